package rescue

import (
	"database/sql/driver"
	"encoding/json"
	"math"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Count is a number of people or things as a report gives it: a whole
// number N and a [Qualifier] saying whether N is the figure itself, a lower
// bound ("more than 200 foreigners"), an upper bound ("nearly 50") or an
// estimate ("some 300 people").
//
// Vague plurals are kept as the conservative lower bounds that event-coding
// codebooks use, so that totals are never inflated: "dozens" is at least 12,
// "hundreds" at least 100 (see [ParseCount]).
//
// The zero Count is exactly 0. It also stands for "none recorded": a record
// that must tell "no victims" from "victims not counted" keeps the Count in
// a pointer or an optional field. Counts are comparable with == and usable
// as map keys. The fields are exported so that a Count can be built and
// read directly; [Count.Validate] checks one built by hand.
type Count struct {
	N         int       // the figure; never negative in a valid Count
	Qualifier Qualifier // how N relates to the true number
}

// countMax is the largest count ParseCount accepts: 10^12, far beyond any
// real operation, and small enough that scale arithmetic never overflows.
const countMax = min(1_000_000_000_000, math.MaxInt)

// countMaxLen is the longest input ParseCount reads, in bytes.
const countMaxLen = 64

// ParseCount parses a count as reports write it, in any case:
//
//   - digits, grouped by commas or by spaces (also no-break and thin spaces)
//     in threes: "44", "1,489", "100 000";
//   - English number words: "three", "Forty-two", "seven hundred and
//     ninety one", "a hundred", "twelve hundred", "two million", "a dozen",
//     "two dozen", "half a dozen", and Indian "lakh" and "crore";
//   - digits with scale words: "2 thousand", "1.5 million", and the
//     abbreviations "3k", "1.5m" (or "mn") and "2bn" (a decimal point is
//     accepted only when the scale makes the count whole);
//   - a number repeated in brackets, as police and legal texts write it:
//     "twenty-four (24) victims";
//   - hedges before the number, read by [ParseQualifier]'s words ("more
//     than", "nearly", "some", "an estimated", "a total of", …) and after
//     it ("200+", "200 or more", "50-odd", "a dozen or so");
//   - a range ("20 to 30", "20-30", "between 20 and 30", "from 20 to 30",
//     "two or three") as
//     a lower bound, its lower end: hedged ranges are read as a hedge plus
//     the suffix "or more" ("about 20-30" is about 20);
//   - vague plurals as conservative lower bounds: "a few", "few",
//     "numerous", "many", "multiple", "various", "a number of", "a handful
//     of" are at least 2, "several" at least 3, "tens" at least 10, "dozens"
//     at least 12, "scores" at least 20, "hundreds" at least 100, "thousands"
//     at least 1000, "lakhs" at least 100,000, "millions" at least 10^6, and
//     they multiply: "tens of thousands" is at least 10,000, "several
//     hundred" at least 300, "a few dozen" at least 24;
//   - "a couple" (of) is about 2.
//
// A hedge on a vague plural keeps the lower bound ("some hundreds" is at
// least 100), except an upper-bound hedge, which makes it an estimate ("up
// to thousands" is about 1000). On an exact number, a hedge before and one
// after combine as in [Count.Add].
//
// Words after the number, such as the noun counted ("44 individuals",
// "dozens of victims"), are ignored, but they must not hold another number
// ("44 of 60 people", "10 20" are errors). "0" is a valid count.
//
// The error is a [*ParseError] wrapping [ErrSyntax] for an empty input, no
// number, two numbers, a fraction ("2.5 people", "1.234": a point never
// groups thousands), an exponent, a percentage, or invalid UTF-8 or a
// control or formatting character anywhere (NUL, a right-to-left mark: the
// words after the number are ignored, but not corrupt text), and
// [ErrRange] for a negative number, a count above 10^12 or an input longer
// than 64 bytes.
func ParseCount(s string) (Count, error) {
	if len(s) > countMaxLen {
		return Count{}, parseError("ParseCount", s, "too long", ErrRange)
	}
	if msg := countCheckText(s); msg != "" {
		return Count{}, parseError("ParseCount", s, msg, ErrSyntax)
	}
	c, f := countParse(s)
	if f.err != nil {
		return Count{}, parseError("ParseCount", s, f.msg, f.err)
	}
	return c, nil
}

// countCheckText says what is wrong with s as text, or "": invalid UTF-8, a
// control character other than white space, or a formatting character
// such as a right-to-left mark, all of which ParseMoney rejects too.
func countCheckText(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < ' ' && (c < '\t' || c > '\r')) || c == 0x7F {
				return "contains a control character"
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return "not valid UTF-8"
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			return "contains a control or formatting character"
		}
		i += size
	}
	return ""
}

// MustParseCount is like [ParseCount] but panics on an error. It is meant
// for tests and hard-coded strings.
func MustParseCount(s string) Count {
	c, err := ParseCount(s)
	if err != nil {
		panic(err)
	}
	return c
}

// String returns the count in the words [ParseCount] reads back: "44",
// "at least 2", "at most 10", "about 40". The zero Count is "0". A Count
// with an invalid qualifier prints it as "%!Qualifier(7) 44"; one with a
// negative N prints the minus sign, which ParseCount rejects.
func (c Count) String() string {
	var buf [48]byte
	return string(c.appendTo(buf[:0]))
}

func (c Count) appendTo(b []byte) []byte {
	switch {
	case !c.Qualifier.IsValid():
		b = append(b, c.Qualifier.String()...)
		b = append(b, ' ')
	case c.Qualifier != Exact:
		b = append(b, c.Qualifier.words(false)...)
		b = append(b, ' ')
	}
	return strconv.AppendInt(b, int64(c.N), 10)
}

// AppendText implements [encoding.TextAppender]: it appends the form String
// gives to b. It fails with the error of [Count.Validate] for an invalid
// Count, so that nothing unparseable is ever written.
func (c Count) AppendText(b []byte) ([]byte, error) {
	if err := c.Validate(); err != nil {
		return b, err
	}
	return c.appendTo(b), nil
}

// MarshalText implements [encoding.TextMarshaler] with the String form, so
// that a Count is a JSON string ("at least 2"), a map key and a CSV cell. An
// invalid Count is an error (see [Count.Validate]).
func (c Count) MarshalText() ([]byte, error) {
	return c.AppendText(nil)
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseCount].
// Empty text gives the zero Count.
func (c *Count) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Count{}
		return nil
	}
	v, err := ParseCount(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler]. It reads the string form
// that MarshalText writes ("about 40", read with [ParseCount]) and also a
// bare JSON integer (40), as data sets often hold counts. JSON null leaves c
// unchanged, as for other types in encoding/json.
func (c *Count) UnmarshalJSON(b []byte) error {
	switch {
	case len(b) == 0:
		return parseError("Count.UnmarshalJSON", "", "empty", ErrSyntax)
	case string(b) == "null":
		return nil
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return parseError("Count.UnmarshalJSON", string(b), "not a JSON string", ErrSyntax)
		}
		return c.UnmarshalText([]byte(s))
	case b[0] == '-' || b[0] >= '0' && b[0] <= '9':
		v, err := ParseCount(string(b))
		if err != nil {
			return err
		}
		*c = v
		return nil
	}
	return parseError("Count.UnmarshalJSON", string(b), "not a JSON string or number", ErrSyntax)
}

// Scan implements [database/sql.Scanner]. It accepts the text form (string
// or []byte, read with [ParseCount]), an integer column (int64) and NULL,
// which gives the zero Count.
func (c *Count) Scan(src any) error {
	if n, ok := src.(int64); ok {
		if n < 0 || n > countMax {
			return parseError("Count.Scan", strconv.FormatInt(n, 10), "out of range", ErrRange)
		}
		*c = Count{N: int(n)}
		return nil
	}
	return scanText(src, "Count", c.UnmarshalText)
}

// Value implements [database/sql/driver.Valuer] with the String form. The
// zero Count is "0", not NULL: it is a figure, and Scan reads NULL back as
// the zero Count anyway. An invalid Count is an error.
func (c Count) Value() (driver.Value, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c.String(), nil
}

// Equal reports whether c and x are the same count with the same
// qualifier; it is c == x, for [github.com/google/go-cmp/cmp].
func (c Count) Equal(x Count) bool { return c == x }

// IsZero reports whether c is the zero Count: exactly 0, or none recorded.
// encoding/json's omitzero option uses it.
func (c Count) IsZero() bool { return c == Count{} }

// Add returns the sum of two counts. The qualifier of the sum is what can
// be said of it: an exact count added to anything keeps the other's
// qualifier, two lower bounds give a lower bound and two upper bounds an
// upper bound, while a lower bound plus an upper bound, or anything plus an
// estimate, gives an estimate. The zero Count adds as nothing, and Add is
// commutative and associative, so counts can be summed in any order.
//
// N saturates at the largest int (and, for invalid negative counts, at the
// smallest) instead of overflowing. Adding a Count with an invalid
// qualifier gives an unspecified, but never panicking, qualifier.
func (c Count) Add(x Count) Count {
	n, q := c.N, combineQualifier(c.Qualifier, x.Qualifier)
	switch {
	case x.N > 0 && n > math.MaxInt-x.N:
		n = math.MaxInt
	case x.N < 0 && n < math.MinInt-x.N:
		n = math.MinInt
	default:
		n += x.N
	}
	return Count{N: n, Qualifier: q}
}

// Validate reports whether c is a count ParseCount could give: an error
// wrapping [ErrNegative] if N is negative, [ErrRange] if N is above 10^12
// and [ErrInvalid] if the qualifier is none of the four. The zero Count is
// valid.
func (c Count) Validate() error {
	if msg, sentinel := c.problem(); sentinel != nil {
		return parseError("Count.Validate", c.String(), msg, sentinel)
	}
	return nil
}

// problem is what Validate reports, without building the error: what is
// wrong and the sentinel, or a nil sentinel for a valid count.
func (c Count) problem() (msg string, sentinel error) {
	switch {
	case !c.Qualifier.IsValid():
		return "no such qualifier", ErrInvalid
	case c.N < 0:
		return "", ErrNegative
	case c.N > countMax:
		return "above 10^12", ErrRange
	}
	return "", nil
}

// countFail is why countParse failed: a message and a sentinel. The zero
// countFail is success. It is a value so that failing costs no allocation
// until ParseCount builds the error.
type countFail struct {
	msg string
	err error
}

var (
	countEmpty     = countFail{"empty", ErrSyntax}
	countNoNumber  = countFail{"no number", ErrSyntax}
	countTwo       = countFail{"two numbers", ErrSyntax}
	countFraction  = countFail{"not a whole number", ErrSyntax}
	countGrouping  = countFail{"bad digit grouping", ErrSyntax}
	countLetters   = countFail{"letters run into the number", ErrSyntax}
	countPercent   = countFail{"a percentage, not a count", ErrSyntax}
	countWords     = countFail{"number words out of order", ErrSyntax}
	countBadRange  = countFail{"range does not rise", ErrSyntax}
	countNegative  = countFail{"negative", ErrRange}
	countTooLarge  = countFail{"above 10^12", ErrRange}
	countPrecision = countFail{"too many decimals", ErrRange}
)

// countParse parses s (at most countMaxLen bytes) for ParseCount.
func countParse(s string) (Count, countFail) {
	t := countTrim(s)
	if t == "" {
		return Count{}, countEmpty
	}
	// Hedges and filler words before the number, in any order.
	var pre Qualifier
	mode := countPlain
	for t != "" && !(t[0] >= '0' && t[0] <= '9') { // no hedge starts with a digit
		if q, rest, ok := cutQualifier(t); ok {
			pre = combineQualifier(pre, q)
			t = rest
			continue
		}
		if rest, ok := countCutFiller(t); ok {
			t = rest
			continue
		}
		if mode == countPlain {
			if rest, ok := countCutWord(t, "between"); ok {
				t, mode = rest, countBetween
				continue
			}
			if rest, ok := countCutWord(t, "from"); ok {
				t, mode = rest, countFrom
				continue
			}
		}
		break
	}
	if t == "" {
		return Count{}, countNoNumber
	}

	n, f := countNumber(t, mode)
	if f.err != nil {
		return Count{}, f
	}
	t = countCutRepeat(t[n.end:], n)

	// A hedge right after the number: "200+", "200 or more", "50-odd".
	// Or a range, read as a lower bound: "20-30", "between 20 and 30".
	var post Qualifier
	ranged := false
	if q, rest, ok := countCutSuffix(t); ok {
		post, t = q, rest
	} else if lo, rest, ok, f := countRange(n, t, mode); f.err != nil {
		return Count{}, f
	} else if ok {
		n, t, post, ranged = lo, rest, AtLeast, true
	}
	if mode != countPlain && !ranged {
		return Count{}, countFail{"no range after between or from", ErrSyntax}
	}

	// The rest is the thing counted; it may end in a hedge ("200 people or
	// more") but must hold no other number.
	if f := countCheckTail(t); f.err != nil {
		return Count{}, f
	}
	if q, _, ok := cutQualifierSuffix(t); ok {
		post = combineQualifier(post, q)
	}

	outer := combineQualifier(pre, post)
	q := combineQualifier(outer, n.q)
	if n.q == AtLeast { // a vague plural: keep the lower bound
		q = AtLeast
		if outer == AtMost {
			q = About
		}
	}
	return Count{N: int(n.v), Qualifier: q}, countFail{}
}

// countTrim trims spaces, including the no-break and thin spaces, from both
// ends of s.
func countTrim(s string) string {
	s = s[countSkipSpace(s, 0):]
	for s != "" {
		r, k := utf8.DecodeLastRuneInString(s)
		if !countIsSpaceRune(r) {
			break
		}
		s = s[:len(s)-k]
	}
	return s
}

// countSpaceLen returns the length of the space at the start of s, or 0.
func countSpaceLen(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case ' ', '\t', '\n', '\r':
		return 1
	}
	if s[0] < utf8.RuneSelf {
		return 0
	}
	r, k := utf8.DecodeRuneInString(s)
	if countIsSpaceRune(r) {
		return k
	}
	return 0
}

func countIsSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u00a0', '\u2007', '\u2009', '\u202f', '\u2002', '\u2003':
		return true
	}
	return false
}

// countHyphenLen returns the length of the hyphen or dash at the start of
// s, or 0.
func countHyphenLen(s string) int {
	if s == "" {
		return 0
	}
	if s[0] == '-' {
		return 1
	}
	if s[0] < utf8.RuneSelf {
		return 0
	}
	switch r, k := utf8.DecodeRuneInString(s); r {
	case '\u2010', '\u2011', '\u2012', '\u2013':
		return k
	}
	return 0
}

// countSkipSpace returns the index of the first non-space at or after i.
func countSkipSpace(s string, i int) int {
	for i < len(s) {
		k := countSpaceLen(s[i:])
		if k == 0 {
			break
		}
		i += k
	}
	return i
}

// countNextWord reads the ASCII word after spaces and at most one hyphen at
// s[i:], as in "forty-two" or "forty two". It returns the word and the
// index after it; the word is "" if none follows.
func countNextWord(s string, i int) (w string, end int, hyphen bool) {
	i = countSkipSpace(s, i)
	if k := countHyphenLen(s[i:]); k > 0 {
		i = countSkipSpace(s, i+k)
		hyphen = true
	}
	j := i
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	return s[i:j], j, hyphen
}

// countCutWord removes the word w (any case) and the spaces after it from
// the start of s.
func countCutWord(s, w string) (string, bool) {
	if len(s) < len(w) || !countFold(s[:len(w)], w) {
		return s, false
	}
	if len(s) > len(w) && isLetter(s[len(w)]) {
		return s, false
	}
	return s[countSkipSpace(s, len(w)):], true
}

// countFold is strings.EqualFold for ASCII letters, without the Unicode
// case folding that would let "K" (Kelvin sign) match "k".
func countFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x != y && (x|0x20 != y|0x20 || !isLetter(x)) {
			return false
		}
	}
	return true
}

// countFillers are words that may stand before a count and change nothing:
// "a further 20", "all 44 victims", "only three".
var countFillers = [...]string{
	"a further", "further", "an additional", "additional", "another",
	"all of the", "all the", "all", "the", "only", "just", "a group of",
	"a batch of", "a staggering", "a whopping",
}

func countCutFiller(s string) (string, bool) {
	for _, w := range countFillers {
		if rest, ok := countCutWord(s, w); ok && rest != "" {
			return rest, true
		}
	}
	return s, false
}

// countMode says what opened a count: "between" needs "and" and a range,
// "from" needs a range.
type countMode uint8

const (
	countPlain countMode = iota
	countBetween
	countFrom
)

// countCutRepeat removes a repetition of n in brackets after it, as legal
// and police writing has it: "twenty-four (24) victims", "24 (twenty-four)".
func countCutRepeat(s string, n countNum) string {
	i := countSkipSpace(s, 0)
	if i == len(s) || s[i] != '(' {
		return s
	}
	i = countSkipSpace(s, i+1)
	if i == len(s) {
		return s
	}
	m, f := countNumber(s[i:], countPlain)
	if f.err != nil || m.v != n.v || m.q != Exact {
		return s
	}
	i = countSkipSpace(s, i+m.end)
	if i == len(s) || s[i] != ')' {
		return s
	}
	return s[i+1:]
}

// countNum is a number read by countNumber.
type countNum struct {
	v     int64     // the value
	trail int64     // the scale word that ends it ("30 thousand": 1000), or 1
	q     Qualifier // Exact, AtLeast for a vague plural, About for "a couple"
	end   int       // index just after it
}

// countNumber reads the number at the start of s.
func countNumber(s string, mode countMode) (countNum, countFail) {
	c := s[0]
	switch {
	case c >= '0' && c <= '9':
		return countDigits(s)
	case c == '-' || c == '+' || c == '.' || c == ',':
		if len(s) > 1 && s[1] >= '0' && s[1] <= '9' {
			if c == '-' {
				return countNum{}, countNegative
			}
			return countNum{}, countFail{"sign or point before the number", ErrSyntax}
		}
	case c >= utf8.RuneSelf:
		if r, k := utf8.DecodeRuneInString(s); r == '\u2212' && len(s) > k && s[k] >= '0' && s[k] <= '9' {
			return countNum{}, countNegative
		}
	}
	if w, _, _ := countNextWord(s, 0); countFold(w, "minus") || countFold(w, "negative") {
		return countNum{}, countNegative
	}
	return countWordsNumber(s, mode)
}

// countDigits reads digits, grouped in threes by a comma or a space,
// perhaps with a decimal point and scale words ("1.5 million", "3k").
func countDigits(s string) (countNum, countFail) {
	i := 0
	var v int64
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		if v > countMax {
			return countNum{}, countTooLarge
		}
		v = v*10 + int64(s[i]-'0')
		i++
	}
	if i <= 3 {
		// Thousands separators: one kind throughout, each followed by
		// exactly three digits. A comma followed by digits must group
		// them ("1,00" is an error); a space groups only when exactly
		// three digits follow it ("10 20" is two numbers).
		sep := ""
		for {
			sl := countSpaceLen(s[i:])
			if i < len(s) && s[i] == ',' {
				sl = 1
			}
			if sl == 0 || sep != "" && s[i:i+sl] != sep {
				break
			}
			g := i + sl
			n := 0
			for g+n < len(s) && s[g+n] >= '0' && s[g+n] <= '9' {
				n++
			}
			if n != 3 {
				if s[i] == ',' && n > 0 {
					return countNum{}, countGrouping
				}
				break
			}
			sep = s[i:g]
			v = v*1000 + int64(s[g]-'0')*100 + int64(s[g+1]-'0')*10 + int64(s[g+2]-'0')
			i = g + 3
			if v > countMax {
				return countNum{}, countTooLarge
			}
		}
	}
	if i < len(s) && s[i] == ',' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
		return countNum{}, countGrouping // "1000,000", "1,0000"
	}
	if v > countMax {
		return countNum{}, countTooLarge
	}

	// A decimal fraction, which scale words must make whole.
	var pow int64 = 1
	if i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			if pow == 1_000_000 {
				return countNum{}, countPrecision
			}
			v = v*10 + int64(s[i]-'0')
			pow *= 10
			i++
		}
		if i < len(s) && s[i] == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
			return countNum{}, countFraction // "1.000.000"
		}
	}
	limit := countMax * pow // at most 10^18: no overflow
	trail := int64(1)

	switch {
	case i < len(s) && isLetter(s[i]):
		// Only the headline abbreviations may touch the digits: "3k",
		// "1.5m", "2bn"; not "1st", "1e5" or "44people".
		j := i
		for j < len(s) && isLetter(s[j]) {
			j++
		}
		var m int64
		switch w := s[i:j]; {
		case countFold(w, "k"):
			m = 1_000
		case countFold(w, "m"), countFold(w, "mn"):
			m = 1_000_000
		case countFold(w, "bn"):
			m = 1_000_000_000
		default:
			return countNum{}, countLetters
		}
		if v > limit/m {
			return countNum{}, countTooLarge
		}
		v, trail, i = v*m, m, j
	case i < len(s) && s[i] == '%':
		return countNum{}, countPercent
	default:
		// Scale words, each larger than the one before: "2 hundred
		// thousand", "1.5 million", "5 lakhs".
		var last int64
		for {
			w, end, hyphen := countNextWord(s, i)
			cls, m := countLookup(w)
			if cls == countPlural && (m == 12 || m >= 100) {
				cls = countScale // "2 dozens", "5 lakhs", "10 thousands"
			}
			if hyphen || cls != countScale && cls != countHundred && cls != countDozen || m <= last ||
				m == 12 && last != 0 {
				break
			}
			if v > limit/m {
				return countNum{}, countTooLarge
			}
			v, last, trail, i = v*m, m, m, end
		}
	}
	if v%pow != 0 {
		return countNum{}, countFraction
	}
	if pow > 1 && trail == 1 {
		return countNum{}, countFraction // "3.0"
	}
	return countNum{v: v / pow, trail: trail, end: i}, countFail{}
}

// countCutPercent reports whether s opens with "per cent" or "percent".
func countCutPercent(s string) bool {
	w, end, _ := countNextWord(s, 0)
	if countFold(w, "percent") {
		return true
	}
	if countFold(w, "per") {
		w, _, _ = countNextWord(s, end)
		return countFold(w, "cent")
	}
	return false
}

// countClass is the kind of a number word.
type countClass uint8

const (
	countNone    countClass = iota
	countZero               // zero
	countUnit               // one … nine
	countTeen               // ten … nineteen
	countTens               // twenty … ninety
	countHundred            // hundred
	countScale              // thousand, lakh, million, crore, billion, trillion
	countDozen              // dozen
	countA                  // a, an
	countCouple             // couple
	countHalf               // half
	countAdj                // several, few, many, …: the first factor of a vague plural
	countPlural             // tens, dozens, scores, hundreds, thousands, …: a vague plural, or a scale after a number ("5 lakhs")
)

// countLookup classifies a word of ASCII letters, in any case, and gives
// its value: the number, the scale, or the first factor of a vague plural.
func countLookup(w string) (countClass, int64) {
	var buf [10]byte
	if len(w) > len(buf) || w == "" {
		return countNone, 0
	}
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20 // w is ASCII letters only
	}
	switch string(buf[:len(w)]) {
	case "zero":
		return countZero, 0
	case "one":
		return countUnit, 1
	case "two":
		return countUnit, 2
	case "three":
		return countUnit, 3
	case "four":
		return countUnit, 4
	case "five":
		return countUnit, 5
	case "six":
		return countUnit, 6
	case "seven":
		return countUnit, 7
	case "eight":
		return countUnit, 8
	case "nine":
		return countUnit, 9
	case "ten":
		return countTeen, 10
	case "eleven":
		return countTeen, 11
	case "twelve":
		return countTeen, 12
	case "thirteen":
		return countTeen, 13
	case "fourteen":
		return countTeen, 14
	case "fifteen":
		return countTeen, 15
	case "sixteen":
		return countTeen, 16
	case "seventeen":
		return countTeen, 17
	case "eighteen":
		return countTeen, 18
	case "nineteen":
		return countTeen, 19
	case "twenty":
		return countTens, 20
	case "thirty":
		return countTens, 30
	case "forty", "fourty":
		return countTens, 40
	case "fifty":
		return countTens, 50
	case "sixty":
		return countTens, 60
	case "seventy":
		return countTens, 70
	case "eighty":
		return countTens, 80
	case "ninety":
		return countTens, 90
	case "hundred":
		return countHundred, 100
	case "thousand":
		return countScale, 1_000
	case "lakh", "lac":
		return countScale, 100_000
	case "million":
		return countScale, 1_000_000
	case "crore":
		return countScale, 10_000_000
	case "billion":
		return countScale, 1_000_000_000
	case "trillion":
		return countScale, 1_000_000_000_000
	case "dozen":
		return countDozen, 12
	case "a", "an":
		return countA, 1
	case "couple":
		return countCouple, 2
	case "half":
		return countHalf, 0
	case "several":
		return countAdj, 3
	case "few", "numerous", "many", "multiple", "various", "handful":
		return countAdj, 2
	case "tens":
		return countPlural, 10
	case "dozens":
		return countPlural, 12
	case "scores":
		return countPlural, 20
	case "hundreds":
		return countPlural, 100
	case "thousands":
		return countPlural, 1_000
	case "lakhs", "lacs":
		return countPlural, 100_000
	case "millions":
		return countPlural, 1_000_000
	case "crores":
		return countPlural, 10_000_000
	case "billions":
		return countPlural, 1_000_000_000
	case "trillions":
		return countPlural, 1_000_000_000_000
	}
	return countNone, 0
}

// countIsNumberWord reports whether w names a number, for the check that
// the words after a count hold no second one. The vague adjectives
// ("many of them minors") do not count.
func countIsNumberWord(w string) bool {
	switch cls, _ := countLookup(w); cls {
	case countZero, countUnit, countTeen, countTens, countHundred, countScale, countDozen, countPlural:
		return true
	}
	return false
}

// countWordsNumber reads a number written in words ("seven hundred and
// ninety one", "a dozen", "several hundred", "tens of thousands").
func countWordsNumber(s string, mode countMode) (countNum, countFail) {
	w, end, _ := countNextWord(s, 0)
	cls, v := countLookup(w)
	if cls == countA {
		w2, end2, _ := countNextWord(s, end)
		switch c2, v2 := countLookup(w2); c2 {
		case countAdj:
			if v2 == 2 && !countFold(w2, "few") && !countFold(w2, "handful") {
				return countNum{}, countNoNumber // "a many"
			}
			return countVague(s, end2, v2)
		case countNone:
			if countFold(w2, "number") {
				return countVague(s, end2, 2)
			}
			return countNum{}, countNoNumber
		case countHundred, countScale, countDozen, countCouple:
		default:
			return countNum{}, countNoNumber
		}
	}
	switch cls {
	case countNone:
		return countNum{}, countNoNumber
	case countAdj:
		if countFold(w, "handful") {
			return countNum{}, countNoNumber
		}
		return countVague(s, end, v)
	case countPlural:
		return countVague(s, 0, 1)
	case countHalf:
		// "half a dozen", "half a million"
		wa, enda, _ := countNextWord(s, end)
		ws, ends, _ := countNextWord(s, enda)
		if c, m := countLookup(ws); countFold(wa, "a") && (c == countDozen || c == countHundred || c == countScale) {
			return countNum{v: m / 2, trail: 1, end: ends}, countFail{}
		}
		return countNum{}, countNoNumber
	}
	return countExactWords(s, mode)
}

// countVague reads the scales of a vague plural after its first factor
// (several: 3, a few: 2, or 1 before a bare plural), from s[i:].
func countVague(s string, i int, v int64) (countNum, countFail) {
	var last int64
	for {
		w, end, hyphen := countNextWord(s, i)
		cls, m := countLookup(w)
		if countFold(w, "of") && last != 0 {
			// "tens of thousands": "of" joins two plurals; otherwise it
			// belongs to the noun ("dozens of victims").
			w2, end2, _ := countNextWord(s, end)
			if c2, m2 := countLookup(w2); (c2 == countPlural || c2 == countScale || c2 == countHundred) && m2 > last {
				w, end, cls, m = w2, end2, c2, m2
			}
		}
		if hyphen || m <= last || cls != countPlural && cls != countScale && cls != countHundred && cls != countDozen {
			break
		}
		if v > countMax/m {
			return countNum{}, countTooLarge
		}
		v, last, i = v*m, m, end
	}
	return countNum{v: v, trail: 1, q: AtLeast, end: i}, countFail{}
}

// countExactWords reads an exact number in words with the usual English
// grammar: units after tens, "hundred" after a number below 100, scales
// falling ("one million two hundred thousand"), "and" after hundred or a
// scale.
func countExactWords(s string, mode countMode) (countNum, countFail) {
	const (
		stStart = iota
		stA
		stUnit // a unit, a teen, zero or "a couple"
		stTens
		stTensUnit
		stHundred
		stScale
		stAnd
		stDozen
	)
	var total, group, big int64
	trail := int64(1)
	q := Exact
	st := stStart
	zero := false
	i := 0
	for {
		// A hyphen may join number words ("forty-two", "one-hundred");
		// before any other word ("two-thirds") it ends the number.
		w, end, _ := countNextWord(s, i)
		if w == "" {
			break
		}
		cls, v := countLookup(w)
		switch cls {
		case countA:
			if st != stStart {
				goto done
			}
			st = stA
		case countZero:
			if st != stStart {
				goto done
			}
			st, zero = stUnit, true
		case countUnit:
			switch st {
			case stTens:
				group += v
				st = stTensUnit
			case stStart, stHundred, stScale, stAnd:
				group += v
				st = stUnit
			default:
				goto done
			}
		case countTeen, countTens:
			switch st {
			case stStart, stHundred, stScale, stAnd:
				group += v
				st = stUnit
				if cls == countTens {
					st = stTens
				}
			default:
				goto done
			}
		case countCouple:
			if st != stStart && st != stA {
				goto done
			}
			group, st, q = 2, stUnit, About
			// "a couple of hundred": skip the "of" before a scale.
			if w2, end2, _ := countNextWord(s, end); countFold(w2, "of") {
				if c3, _ := countLookup(countWordAt(s, end2)); c3 == countHundred || c3 == countScale || c3 == countDozen {
					end = end2
				}
			}
		case countHundred, countScale, countDozen, countPlural:
			if zero || cls == countPlural && (st == stStart || st == stA || v < 100 && v != 12) {
				goto done // "hundreds" alone is vague; "tens" after a number is not a scale
			}
			if cls == countPlural && v == 12 {
				cls = countDozen
			} else if cls == countPlural && v == 100 {
				cls = countHundred
			}
			switch st {
			case stStart, stA:
				group = 1
			case stUnit, stTens, stTensUnit:
			case stHundred:
				if cls == countHundred || cls == countDozen {
					goto done
				}
			default:
				goto done
			}
			switch cls {
			case countHundred:
				if group >= 100 {
					goto done
				}
				group *= 100
				st = stHundred
				trail = 100
			case countDozen:
				if total != 0 || group >= 100 {
					goto done
				}
				group *= 12
				st = stDozen
				trail = 12
			default: // a big scale
				if big != 0 && (v >= big || group*v >= big) {
					return countNum{}, countWords // "one thousand two million"
				}
				if group > countMax/v || total > countMax-group*v {
					return countNum{}, countTooLarge
				}
				total += group * v
				group, big, st, trail = 0, v, stScale, v
			}
		default:
			if countFold(w, "and") && mode != countBetween && (st == stHundred || st == stScale) {
				// "and" joins only a number that follows it.
				if c2, _ := countLookup(countWordAt(s, end)); c2 == countUnit || c2 == countTeen || c2 == countTens {
					st = stAnd
					i = end
					continue
				}
			}
			goto done
		}
		if st != stScale && st != stHundred && st != stDozen {
			trail = 1
		}
		i = end
	}
done:
	switch st {
	case stStart, stA, stAnd:
		return countNum{}, countNoNumber
	}
	if big != 0 && group >= big {
		return countNum{}, countWords // "one thousand twelve hundred"
	}
	v := total + group
	if v > countMax {
		return countNum{}, countTooLarge
	}
	return countNum{v: v, trail: trail, q: q, end: i}, countFail{}
}

// countWordAt returns the word after spaces and at most one hyphen at s[i:].
func countWordAt(s string, i int) string {
	w, _, _ := countNextWord(s, i)
	return w
}

// countCutSuffix removes a hedge that follows the number: "+", "or more",
// "or so", "-odd", "plus"…, from the qualifierSuffixes of qualifier.go.
func countCutSuffix(s string) (Qualifier, string, bool) {
	i := countSkipSpace(s, 0)
	if k := countHyphenLen(s[i:]); k > 0 {
		i = countSkipSpace(s, i+k)
	}
	t := s[i:]
	for _, w := range qualifierSuffixes {
		word := w.word
		if word[0] == '-' {
			continue // the hyphen is skipped above
		}
		if len(t) < len(word) || !countFold(t[:len(word)], word) {
			continue
		}
		if last := word[len(word)-1]; isLetter(last) && len(t) > len(word) && isLetter(t[len(word)]) {
			continue // "plush", "oddly"
		}
		return w.q, t[len(word):], true
	}
	return Exact, s, false
}

// countRange reads the upper end of a range after its lower end lo: "-30",
// "to 30", "or three", "and 30" after "between", and returns lo, which the
// caller marks as a lower bound. A scale on the upper end alone applies to
// both ("20 to 30 thousand").
func countRange(lo countNum, s string, mode countMode) (countNum, string, bool, countFail) {
	if lo.q != Exact {
		return lo, s, false, countFail{}
	}
	i := countSkipSpace(s, 0)
	if k := countHyphenLen(s[i:]); k > 0 {
		i += k
	} else {
		w, end, _ := countNextWord(s, i)
		switch {
		case countFold(w, "to"):
		case mode == countBetween && countFold(w, "and"):
		case mode == countPlain && countFold(w, "or"):
		default:
			return lo, s, false, countFail{}
		}
		i = end
	}
	i = countSkipSpace(s, i)
	if i == len(s) {
		return lo, s, false, countFail{}
	}
	if c := s[i]; !(c >= '0' && c <= '9') {
		if cls, _ := countLookup(countWordAt(s, i)); cls != countZero && cls != countUnit && cls != countTeen &&
			cls != countTens && cls != countA && cls != countHalf {
			return lo, s, false, countFail{} // "20-member gang", "two or more" is a suffix
		}
	}
	hi, f := countNumber(s[i:], countPlain)
	if f.err != nil {
		return lo, s, false, f
	}
	if hi.q != Exact {
		return lo, s, false, countTwo
	}
	if lo.trail == 1 && hi.trail > 1 && lo.v < hi.v/hi.trail {
		if lo.v > countMax/hi.trail {
			return lo, s, false, countTooLarge
		}
		lo.v *= hi.trail
	}
	if lo.v >= hi.v {
		return lo, s, false, countBadRange
	}
	return lo, s[i+hi.end:], true, countFail{}
}

// countCheckTail checks the words after a count: they must start at a word
// boundary and hold no other number.
func countCheckTail(s string) countFail {
	if s == "" {
		return countFail{}
	}
	if isLetter(s[0]) || s[0] >= '0' && s[0] <= '9' {
		return countLetters
	}
	if j := countSkipSpace(s, 0); j < len(s) && s[j] == '%' {
		return countPercent
	}
	if k := countHyphenLen(s); k > 0 {
		// "forty-something", "20-member gang": a hyphen makes a compound,
		// not a count followed by its noun.
		if j := countSkipSpace(s, k); j < len(s) && (isLetter(s[j]) || s[j] >= '0' && s[j] <= '9') {
			return countFail{"a compound word, not a count", ErrSyntax}
		}
	}
	if countCutPercent(s) {
		return countPercent
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			return countTwo
		case isLetter(c):
			j := i
			for j < len(s) && isLetter(s[j]) {
				j++
			}
			if countIsNumberWord(s[i:j]) {
				return countTwo
			}
			i = j
		default:
			i++
		}
	}
	return countFail{}
}
