package rescue

import (
	"database/sql/driver"
	"strconv"
	"strings"

	"github.com/antitrafficking/rescue/internal/number"
)

// Age is a person's age in whole years as it was recorded: exact ("34"), a
// range such as one of CTDC's age bands ("18-20", "48+"), or unknown.
// Ranges are inclusive.
//
// The zero value is unknown; it is comparable and usable as a map key.
type Age struct {
	lo, hi uint8 // hi == openAge: no upper bound ("48+")
	known  bool
}

const (
	maxAge  = 150
	openAge = 255
)

// AgeYears returns the exact age n. It returns the unknown Age when n is
// outside 0 to 150.
func AgeYears(n int) Age {
	if n < 0 || n > maxAge {
		return Age{}
	}
	return Age{uint8(n), uint8(n), true}
}

// AgeBetween returns the inclusive range lo to hi; hi < 0 means no upper
// bound ("48+"). It returns the unknown Age for a range that is empty or
// outside 0 to 150.
func AgeBetween(lo, hi int) Age {
	switch {
	case lo < 0 || lo > maxAge || hi > maxAge:
		return Age{}
	case hi < 0:
		return Age{uint8(lo), openAge, true}
	case hi < lo:
		return Age{}
	}
	return Age{uint8(lo), uint8(hi), true}
}

// ageMaxLen is the longest input ParseAge reads, in bytes, spaces
// included: enough for "a 16-year-old girl" or "aged between 15 and 26
// years", and refused unread beyond.
const ageMaxLen = 64

// ParseAge parses an age as records and reports write it:
//
//   - the canonical text of [Age.String]: "34", "18-20", "48+", and "" for
//     unknown; CTDC's "18--20" and "09--17" too;
//   - a number in digits or words, with the words around it: "16",
//     "sixteen", "a 16-year-old girl", "14-year-old", "aged 16", "16 years
//     old";
//   - a range: "15 to 26", "between 15 and 26", "15-26 years old";
//   - an open range: "48 and over", "18 or older", "16 years or more", "16
//     plus", "over 18" (18 and up: 18 years and a month is over 18), "under
//     18" (0 to 17), "16 or younger" (0 to 16);
//   - words for an age group: "minor", "minors", "underage", "child",
//     "children" are 0 to 17; "teenage", "teenager", "teens" 13 to 19;
//     "adult" 18 and up; "in their 20s", "in her twenties" 20 to 29.
//
// A number followed by anything but years and a noun is refused: "18
// months" is not 18 years, "16 victims" is a count, "16?" not an exact
// age. After "years" alone nothing may follow but "of age" ("16 years
// ago", "16 years older", "16 years in prison", "16-year sentence" are
// refused); after "years old", "-year-old" or an age group, a noun, but
// no word that joins, bounds or hedges ("teenagers and adults", "in their
// twenties or older", "16 years old or so" are refused). Input longer than 64 bytes, spaces included, is an error wrapping
// [ErrRange], read no further, as is an age above 150; a range that ends
// before it starts, [ErrOutOfOrder]; anything else it cannot read,
// [ErrSyntax]. [Age.UnmarshalText] reads only the canonical text.
func ParseAge(s string) (Age, error) {
	const fn = "ParseAge"
	if len(s) > ageMaxLen { // bound before trimming: padding is input too
		return Age{}, parseError(fn, s, "longer than 64 bytes", ErrRange)
	}
	if msg := countCheckText(s); msg != "" {
		return Age{}, parseError(fn, s, msg, ErrSyntax)
	}
	t := number.Trim(s)
	if t == "" {
		return Age{}, nil
	}
	if a, msg, err := parseAgeCanonical(t, true); err != nil || msg == "" {
		if err != nil {
			return Age{}, parseError(fn, s, msg, err)
		}
		return a, nil
	}
	a, msg, err := parseAgeProse(strings.ToLower(t))
	if err != nil {
		return Age{}, parseError(fn, s, msg, err)
	}
	return a, nil
}

// parseAgeCanonical reads "34", "18-20", "48+" (and with ctdc set CTDC's
// "18--20", "09--17" and spaces around the marks). It returns a non-empty
// msg and a nil error when t is not in that form at all.
func parseAgeCanonical(t string, ctdc bool) (Age, string, error) {
	num := func(x string) (int, bool) {
		if ctdc {
			x = strings.TrimSpace(x)
		}
		if x == "" || len(x) > 3 || !allDigits(x) || !ctdc && len(x) > 1 && x[0] == '0' {
			return 0, false
		}
		n, _ := strconv.Atoi(x)
		return n, true
	}
	const notCanonical = "not canonical"
	const years = "want years 0 to 150"
	if lo, ok := strings.CutSuffix(t, "+"); ok {
		n, ok := num(lo)
		switch {
		case !ok:
			return Age{}, notCanonical, nil
		case n > maxAge:
			return Age{}, years, ErrRange
		}
		return AgeBetween(n, -1), "", nil
	}
	if lo, hi, ok := strings.Cut(t, "-"); ok {
		if ctdc {
			hi = strings.TrimPrefix(hi, "-")
		}
		a, ok1 := num(lo)
		b, ok2 := num(hi)
		switch {
		case !ok1 || !ok2:
			return Age{}, notCanonical, nil
		case a > maxAge || b > maxAge:
			return Age{}, years, ErrRange
		case b < a:
			return Age{}, "range ends before it starts", ErrOutOfOrder
		case !ctdc && a == b:
			return Age{}, notCanonical, nil // written "20"
		}
		return AgeBetween(a, b), "", nil
	}
	n, ok := num(t)
	switch {
	case !ok:
		return Age{}, notCanonical, nil
	case n > maxAge:
		return Age{}, years, ErrRange
	}
	return AgeYears(n), "", nil
}

// ageGroups are the words for an age group, lower case.
var ageGroups = [...]struct {
	word   string
	lo, hi int // hi < 0: no upper bound
}{
	{"minors", 0, 17}, {"minor", 0, 17}, {"underage", 0, 17}, {"under-age", 0, 17}, {"under age", 0, 17},
	{"children", 0, 17}, {"child", 0, 17}, {"juveniles", 0, 17}, {"juvenile", 0, 17},
	{"teenagers", 13, 19}, {"teenager", 13, 19}, {"teenage", 13, 19}, {"teens", 13, 19}, {"teen", 13, 19},
	{"adults", 18, -1}, {"adult", 18, -1},
}

// ageDecades are the decades "in their 20s" reads, by their first year.
var ageDecades = [...]struct {
	word string
	lo   int
}{
	{"twenties", 20}, {"thirties", 30}, {"forties", 40}, {"fifties", 50}, {"sixties", 60},
	{"seventies", 70}, {"eighties", 80}, {"nineties", 90},
}

// parseAgeProse reads the prose forms of ParseAge from t, in lower case.
func parseAgeProse(t string) (Age, string, error) {
	const syntax = "not an age"
	// Words before the age.
	for _, w := range [...]string{"a", "an", "aged", "age", "ages", "of", "in their", "in his", "in her", "in the"} {
		if rest, ok := number.CutWord(t, w); ok {
			t = rest
		}
	}
	for _, g := range ageGroups {
		if rest, ok := number.CutWord(t, g.word); ok && ageTailOK(rest, ageUnitNoun) {
			return AgeBetween(g.lo, g.hi), "", nil
		}
	}
	for _, d := range ageDecades {
		if rest, ok := number.CutWord(t, d.word); ok && ageTailOK(rest, ageUnitNoun) {
			return AgeBetween(d.lo, d.lo+9), "", nil
		}
	}
	// "under 18", "over 60", "at least 18": a bound before the number.
	h, rest, hedged := cutHedges(t)
	if hedged {
		t = rest
	}
	if h.contradictory() {
		return Age{}, contradictoryMsg, ErrSyntax
	}
	q := h.q
	between := false
	if rest, ok := number.CutWord(t, "between"); ok {
		t, between = rest, true
	}
	lo, end, msg, err := ageNumber(t, between)
	if err != nil {
		return Age{}, msg, err
	}
	t = t[end:]
	// "20s": a decade.
	if rest, ok := strings.CutPrefix(t, "s"); ok && lo%10 == 0 && lo >= 10 && !hedged && ageTailOK(rest, ageUnitNoun) {
		return AgeBetween(lo, lo+9), "", nil
	}
	hi := lo
	if i, ok := number.CutTo(t, 0, between, false); ok && i < len(t) && (isDigit(t[i]) || number.IsNumberWord(number.WordAt(t, i))) {
		var end int
		if hi, end, msg, err = ageNumber(t[i:], false); err != nil {
			return Age{}, msg, err
		}
		if hi < lo {
			return Age{}, "range ends before it starts", ErrOutOfOrder
		}
		t = t[i+end:]
	} else if between {
		return Age{}, "no range after between", ErrSyntax
	}
	// "years old", "-year-old": the unit.
	var unit ageUnit
	t, unit = ageCutUnit(t)
	// "16 or younger", "16 and under": up to the age.
	for _, w := range [...]string{"or younger", "and younger", "or under", "and under", "or less", "and below", "or below"} {
		if rest, ok := number.CutWord(strings.TrimLeft(t, " "), w); ok {
			if hedged || hi != lo || !ageTailOK(rest, unit) {
				return Age{}, syntax, ErrSyntax
			}
			return AgeBetween(0, lo), "", nil
		}
	}
	// "and over", "or older", "+": an open range.
	open := false
	for _, w := range [...]string{"+", "and over", "and older", "or older", "or over", "and above", "or above", "or more", "and more", "plus"} {
		if rest, ok := number.CutWord(strings.TrimLeft(t, " "), w); ok || w == "+" && strings.HasPrefix(strings.TrimLeft(t, " "), "+") {
			if w == "+" {
				rest = strings.TrimLeft(t, " ")[1:]
			}
			t, open = rest, true
			break
		}
	}
	if !ageTailOK(t, unit) {
		return Age{}, syntax, ErrSyntax
	}
	switch {
	case open && (hedged || hi != lo):
		return Age{}, syntax, ErrSyntax
	case open:
		return AgeBetween(lo, -1), "", nil
	case !hedged || q == Exact:
		return AgeBetween(lo, hi), "", nil
	case hi != lo:
		return Age{}, "a bound on a range of ages", ErrSyntax
	}
	switch q {
	case AtLeast:
		return AgeBetween(lo, -1), "", nil
	case MoreThan:
		// Over 18 years is 18 and up in whole years: someone of 18 years
		// and a month is over 18, and is recorded as 18.
		return AgeBetween(lo, -1), "", nil
	case AtMost:
		return AgeBetween(0, lo), "", nil
	case LessThan:
		if lo == 0 {
			return Age{}, "under 0 is no age", ErrSyntax
		}
		return AgeBetween(0, lo-1), "", nil
	}
	return Age{}, "an estimated age (record the range it allows)", ErrSyntax
}

// ageNumber reads a whole number of years, 0 to 150, at the start of t.
func ageNumber(t string, between bool) (int, int, string, error) {
	if t == "" {
		return 0, 0, "no age", ErrSyntax
	}
	x, end, f := number.Read(t, number.Options{Between: between, Decimal: '.'})
	if f.Kind != number.OK || x.Vague || x.Couple || x.Mil || isDigit(t[0]) && x.Trail != 1 {
		return 0, 0, "not an age", ErrSyntax
	}
	n, ok := x.Int(maxAge)
	switch {
	case x.Frac > 0 || isDigit(t[0]) && end > 3 && ok:
		return 0, 0, "want whole years 0 to 150", ErrSyntax // "20.5", "0034"
	case !ok || isDigit(t[0]) && end > 3:
		return 0, 0, "want whole years 0 to 150", ErrRange
	}
	if end < len(t) && (isLetter(t[end]) || isDigit(t[end])) && t[end] != 's' {
		return 0, 0, "letters run into the number", ErrSyntax
	}
	return int(n), end, "", nil
}

// ageUnit is what follows an age's number: what may follow it in turn.
type ageUnit uint8

const (
	ageUnitNone  ageUnit = iota // "16": nothing
	ageUnitYears                // "16 years": nothing but "of age"
	ageUnitNoun                 // "16 years old", "-year-old", "minors": a noun
)

// ageCutUnit removes "years old", "year-old", "yrs", "years" after an age,
// and says which it found.
func ageCutUnit(t string) (string, ageUnit) {
	s := strings.TrimLeft(t, " ")
	if k := number.HyphenLen(s); k > 0 {
		s = s[k:]
	}
	for _, w := range [...]string{"years old", "year old", "years-old", "year-old", "yrs old", "yr old", "yo", "y.o."} {
		if rest, ok := number.CutWord(s, w); ok {
			return rest, ageUnitNoun
		}
	}
	for _, w := range [...]string{"years", "year", "yrs", "yr"} {
		if rest, ok := number.CutWord(s, w); ok {
			return rest, ageUnitYears
		}
	}
	return t, ageUnitNone
}

// ageTailOK reports whether the words after an age leave it an age in
// years. With no unit, nothing may follow: "16 months", "16 victims" and
// "16?" are not ages in years. After "years" alone only "of age" may:
// "16 years ago", "16 years older", "16 years in prison" and "16-year
// sentence" are a time, a difference or a term. After "years old",
// "-year-old" or an age group ("minors"), only a noun may ("girl",
// "victims"): no digit, no number word, no word of another unit of time,
// no mark but a full stop or a comma, and no word that joins, bounds or
// hedges ("teenagers and adults", "in their twenties or older", "16 years
// old or so"), which would leave part of what the text says unread.
func ageTailOK(t string, unit ageUnit) bool {
	u := strings.TrimSpace(t)
	switch unit {
	case ageUnitNone:
		return u == ""
	case ageUnitYears:
		return u == "" || u == "of age"
	}
	for i := 0; i < len(u); {
		c := u[i]
		switch {
		case isLetter(c):
			j := i
			for j < len(u) && isLetter(u[j]) {
				j++
			}
			w := u[i:j]
			if number.IsNumberWord(w) || ageOtherUnit(w) || ageTailStop(w) {
				return false
			}
			i = j
		case c == ' ' || c == '\'' || c == '.' || c == ',':
			i++
		default:
			return false
		}
	}
	return true
}

// ageTailStop reports whether w, after an age and its unit or an age
// group, says more of the age than a noun would: it joins another age or
// group ("and", "or"), bounds or hedges it ("older", "plus", "so"), or is
// itself an age group or decade ("adults", "twenties", "early").
func ageTailStop(w string) bool {
	for _, s := range [...]string{
		"and", "or", "nor", "to", "through", "thru", "till", "until", "than", "plus", "so",
		"more", "less", "older", "younger", "elder", "over", "under", "above", "below",
		"ago", "early", "late", "mid", "teens", "teen",
	} {
		if w == s {
			return true
		}
	}
	for _, g := range ageGroups {
		if w == g.word {
			return true
		}
	}
	for _, d := range ageDecades {
		if w == d.word {
			return true
		}
	}
	return false
}

// ageOtherUnit reports whether w is a unit of time other than years.
func ageOtherUnit(w string) bool {
	for _, u := range [...]string{"month", "months", "mo", "mos", "week", "weeks", "wk", "wks", "day", "days", "hour", "hours"} {
		if strings.EqualFold(w, u) {
			return true
		}
	}
	return false
}

// IsKnown reports whether anything is known of the age.
func (a Age) IsKnown() bool { return a.known }

// IsZero reports whether a is the unknown Age.
func (a Age) IsZero() bool { return !a.known }

// Exact returns the age in years and true when it is known exactly.
func (a Age) Exact() (int, bool) { return int(a.lo), a.known && a.lo == a.hi }

// Range returns the least and greatest age it may be; hi is -1 when it has
// no upper bound, and ok is false when the age is unknown.
func (a Age) Range() (lo, hi int, ok bool) {
	if !a.known {
		return 0, 0, false
	}
	if a.hi == openAge {
		return int(a.lo), -1, true
	}
	return int(a.lo), int(a.hi), true
}

// IsMinor reports whether the person is under 18, and whether that is
// known: an age of 16 is a minor, 18-20 is not, 15-20 is not known.
func (a Age) IsMinor() (minor, known bool) {
	switch {
	case !a.known:
		return false, false
	case a.hi != openAge && a.hi < 18:
		return true, true
	case a.lo >= 18:
		return false, true
	}
	return false, false
}

// Equal reports whether a and b are the same recorded age.
func (a Age) Equal(b Age) bool { return a == b }

// String returns "34", "18-20", "48+", or "" when unknown.
func (a Age) String() string {
	b, _ := a.AppendText(nil)
	return string(b)
}

// AppendText appends the text form of [Age.String] to b.
func (a Age) AppendText(b []byte) ([]byte, error) {
	if !a.known {
		return b, nil
	}
	b = strconv.AppendInt(b, int64(a.lo), 10)
	switch {
	case a.hi == openAge:
		b = append(b, '+')
	case a.hi != a.lo:
		b = append(b, '-')
		b = strconv.AppendInt(b, int64(a.hi), 10)
	}
	return b, nil
}

// MarshalText returns the text form of [Age.String].
func (a Age) MarshalText() ([]byte, error) { return a.AppendText(nil) }

// UnmarshalText reads the canonical text of [Age.String] strictly: "34",
// "18-20", "48+", or "" for unknown. Prose ("a 16-year-old girl", CTDC's
// "18--20") is for [ParseAge]; the error says what its canonical text
// would be.
func (a *Age) UnmarshalText(b []byte) error {
	const fn = "Age.UnmarshalText"
	s := string(b)
	if s == "" {
		*a = Age{}
		return nil
	}
	if len(s) > ageMaxLen {
		return parseError(fn, s, "longer than 64 bytes", ErrRange)
	}
	v, msg, err := parseAgeCanonical(s, false)
	if err != nil {
		return parseError(fn, s, msg, err)
	}
	if msg != "" {
		msg = "not an age in canonical form"
		if p, err := ParseAge(s); err == nil && p.known {
			msg = suggest(msg, p.String())
		}
		return parseError(fn, s, msg, ErrSyntax)
	}
	*a = v
	return nil
}

// Scan implements [database/sql.Scanner] with the canonical text, read as
// [Age.UnmarshalText] does; an integer column is read as an exact age.
func (a *Age) Scan(src any) error {
	if n, ok := src.(int64); ok {
		if v := AgeYears(int(n)); v.known || n == 0 {
			*a = v
			return nil
		}
		return parseError("Age.Scan", strconv.FormatInt(n, 10), "want years 0 to 150", ErrRange)
	}
	return scanText(src, "Age", a.UnmarshalText)
}

// Value implements [database/sql/driver.Valuer] with the text form; the
// unknown Age is NULL.
func (a Age) Value() (driver.Value, error) {
	if !a.known {
		return nil, nil
	}
	return a.String(), nil
}

// ctdcBands are the age bands of the CTDC 2024 dataset (ageBroad), with
// their labels as the CSV writes them (hi < 0: no upper bound).
var ctdcBands = [...]struct {
	lo, hi int
	label  string
}{
	{0, 8, "0--8"}, {9, 17, "09--17"}, {18, 20, "18--20"}, {21, 23, "21--23"}, {24, 26, "24--26"},
	{27, 29, "27--29"}, {30, 38, "30--38"}, {39, 47, "39--47"}, {48, -1, "48+"},
}

// Band returns the CTDC age band that holds a (27 → 27-29, 50 → 48+), the
// coarsening used when records are shared. A range that spans several
// bands becomes the smallest run of bands that holds it; the unknown Age
// stays unknown.
func (a Age) Band() Age {
	if !a.known {
		return a
	}
	out := Age{known: true}
	for _, b := range ctdcBands {
		bhi := b.hi
		if bhi < 0 {
			bhi = maxAge
		}
		if b.lo <= int(a.lo) && int(a.lo) <= bhi {
			out.lo = uint8(b.lo)
		}
		if a.hi == openAge || (b.lo <= int(a.hi) && int(a.hi) <= bhi) {
			out.hi = uint8(b.hi)
			if b.hi < 0 {
				out.hi = openAge
			}
		}
	}
	return out
}

// CTDC returns the CTDC ageBroad label of the band that holds a exactly
// ("0--8", "09--17", "48+"), or "" when a is unknown or spans several
// bands.
func (a Age) CTDC() string {
	b := a.Band()
	if !b.known {
		return ""
	}
	for _, band := range ctdcBands {
		hi := uint8(band.hi)
		if band.hi < 0 {
			hi = openAge
		}
		if int(b.lo) == band.lo && b.hi == hi {
			return band.label
		}
	}
	return ""
}
