package rescue

import (
	"bytes"
	"errors"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/antitrafficking/rescue/internal/fold"
)

// The values of hte_Type.
const (
	htcdsEventRecruitment = 1 + iota
	htcdsEventTransit
	htcdsEventExploitation
)

// htcdsPicklist is what a picklist column reads: its codes, and its codes
// and labels, each folded as vocabFold folds (case, spaces and punctuation
// do not matter), to the value they mean.
type htcdsPicklist struct {
	name  string           // the field, for errors
	table *vocabTable      // the vocabulary, for suggestions; nil if none
	exact map[string]uint8 // the codes as HTCDS spells them: most cells, found without folding
	valid string           // " (valid: …)", the codes of a short picklist for errors, or ""
	codes map[string]uint8 // folded codes
	all   map[string]uint8 // folded codes and labels
}

var htcdsPicklists = sync.OnceValue(func() *[hkCount]htcdsPicklist {
	var ps [hkCount]htcdsPicklist
	tables := [hkCount]*vocabTable{
		hkGender:            &genderTable,
		hkTraffickingStatus: &traffickingStatusTable,
		hkRecruitment:       &recruitmentMethodTable,
		hkControls:          &controlMethodTable,
		hkExploitation:      &exploitationTable,
		hkIndustry:          &labourSectorTable,
		hkSexExploitation:   &sexExploitationTypeTable,
		hkRoles:             &roleTable,
		hkRelationship:      &recruiterRelationTable,
	}
	for k, text := range htcdsPicklistText {
		if text == nil {
			continue
		}
		p := &ps[k]
		p.table = tables[k]
		p.exact = make(map[string]uint8, len(text)/2)
		p.codes = make(map[string]uint8, len(text)/2)
		p.all = make(map[string]uint8, len(text))
		for i := 0; i < len(text); i += 2 {
			code, label := text[i], text[i+1]
			v := htcdsCodeValue(htcdsKind(k), code)
			p.exact[code] = v
			p.codes[string(fold.Compact(nil, code))] = v
			p.all[string(fold.Compact(nil, code))] = v
			p.all[string(fold.Compact(nil, label))] = v
		}
		if len(p.exact) <= 16 {
			// A short picklist: its errors say what it holds.
			codes := slices.Sorted(maps.Keys(p.exact))
			p.valid = " (valid: " + strings.Join(codes, ", ") + ")"
		}
	}
	// The right spelling of HTCDS's "Unaquainted".
	ps[hkRelationship].all["unacquainted"] = uint8(RecruiterOther)
	for i := range htcdsFields {
		if f := &htcdsFields[i]; ps[f.kind].all != nil {
			ps[f.kind].name = f.name
		}
	}
	return &ps
})

// htcdsLabels maps each picklist's codes to their labels, for writing with
// HTCDSOptions.Labels.
var htcdsLabels = sync.OnceValue(func() *[hkCount]map[string]string {
	var ls [hkCount]map[string]string
	for k, text := range htcdsPicklistText {
		if text == nil {
			continue
		}
		ls[k] = make(map[string]string, len(text)/2)
		for i := 0; i < len(text); i += 2 {
			ls[k][text[i]] = text[i+1]
		}
	}
	return &ls
})

// htcdsCodeValue returns the value an HTCDS code is read as.
func htcdsCodeValue(k htcdsKind, code string) uint8 {
	switch k {
	case hkGender:
		if code == "NonSpecifiedUnknown" {
			return 0 // not recorded
		}
		return htcdsLookup(&genderTable, code)
	case hkRelationship:
		switch code {
		case "Familial":
			return uint8(Family)
		case "Acquainted":
			return uint8(Friend) // the closest CTDC category
		case "Unaquainted":
			return uint8(RecruiterOther)
		}
	case hkEventType:
		switch code {
		case "Recruitment":
			return htcdsEventRecruitment
		case "Transit":
			return htcdsEventTransit
		case "Exploitation":
			return htcdsEventExploitation
		}
	case hkTraffickingStatus:
		return htcdsLookup(&traffickingStatusTable, code)
	case hkRecruitment:
		return htcdsLookup(&recruitmentMethodTable, code)
	case hkControls:
		return htcdsLookup(&controlMethodTable, code)
	case hkExploitation:
		return htcdsLookup(&exploitationTable, code)
	case hkIndustry:
		return htcdsLookup(&labourSectorTable, code)
	case hkSexExploitation:
		return htcdsLookup(&sexExploitationTypeTable, code)
	case hkRoles:
		return htcdsLookup(&roleTable, code)
	}
	panic("rescue: no HTCDS code " + code) // a test reads every code
}

// lookup returns the value of a code or label (codes only if codesOnly).
func (p *htcdsPicklist) lookup(item []byte, codesOnly bool) (uint8, bool) {
	if v, ok := p.exact[string(item)]; ok {
		return v, true
	}
	var buf [vocabMaxInput]byte
	if len(item) > len(buf) {
		return 0, false
	}
	key := fold.Compact(buf[:0], string(item)) // the conversion does not allocate: string(item) is only read
	m := p.all
	if codesOnly {
		m = p.codes
	}
	v, ok := m[string(key)]
	return v, ok
}

// unknown is the error for an item of no code or label of p, with a
// suggestion when the vocabulary's parser, which knows synonyms, reads it.
func (p *htcdsPicklist) unknown(item []byte) error {
	msg := "not " + withArticle(p.name) + " code or label"
	if p.table != nil {
		if v, err := p.table.parse(string(item)); err == nil && v != 0 {
			code := p.table.codes[v]
			if e := p.table.export(v); e != "" {
				code = e
			}
			if _, ok := p.codes[string(fold.Compact(nil, code))]; ok {
				return parseError("ReadHTCDS", string(item), msg+" (did you mean "+strconv.Quote(code)+"?)", ErrInvalid)
			}
		}
	}
	return parseError("ReadHTCDS", string(item), msg+p.valid, ErrInvalid)
}

// htcdsMatcher says which value an item of a multi-select is, if any: a
// code (or, unless codesOnly, a label) of a picklist, or a country (its
// index).
type htcdsMatcher interface {
	match(item []byte, codesOnly bool) (uint16, bool)
}

func (p *htcdsPicklist) match(item []byte, codesOnly bool) (uint16, bool) {
	v, ok := p.lookup(item, codesOnly)
	return uint16(v), ok
}

// htcdsCountryMatcher matches countries: codes and names, and, as
// KoBoToolbox separates codes with spaces, only codes (capitals) there.
type htcdsCountryMatcher struct{}

func (htcdsCountryMatcher) match(item []byte, codesOnly bool) (uint16, bool) {
	if codesOnly && !htcdsIsCountryCode(item) {
		return 0, false
	}
	c, err := htcdsCountry(item)
	return c.idx, err == nil
}

// htcdsItems splits a multi-select cell into its values, appended to
// vals: first each ';'-separated item whole (a label may hold commas and
// spaces: "Agriculture, forestry and fishing"); an item that is not a
// value whole is split at commas, and one that is still not values at
// white space, as KoBoToolbox exports codes (codes then only, not labels,
// whose words could be codes). It returns the item no split could read,
// or nil.
func htcdsItems[M htcdsMatcher](m M, cell []byte, vals []uint16) ([]uint16, []byte) {
	rest := cell
	for len(rest) > 0 {
		item := rest
		if i := bytes.IndexByte(rest, ';'); i >= 0 {
			item, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		item = bytes.TrimSpace(item)
		if len(item) == 0 {
			continue
		}
		if v, ok := m.match(item, false); ok {
			vals = append(vals, v)
			continue
		}
		var ok bool
		if vals, ok = htcdsSplit(m, item, vals, false); ok {
			continue
		}
		if vals, ok = htcdsSplit(m, item, vals, true); ok {
			continue
		}
		return vals, item
	}
	return vals, nil
}

// htcdsSplit splits item at commas (or, if spaces, at white space) and
// appends the parts' values to vals if every part is a value, and there
// are at least two (one is the whole item, tried before).
func htcdsSplit[M htcdsMatcher](m M, item []byte, vals []uint16, spaces bool) ([]uint16, bool) {
	n := len(vals)
	rest := item
	for len(rest) > 0 {
		var part []byte
		if spaces {
			rest = bytes.TrimLeft(rest, " \t")
			i := bytes.IndexAny(rest, " \t")
			if i < 0 {
				i = len(rest)
			}
			part, rest = rest[:i], rest[i:]
		} else if i := bytes.IndexByte(rest, ','); i >= 0 {
			part, rest = rest[:i], rest[i+1:]
		} else {
			part, rest = rest, nil
		}
		if part = bytes.TrimSpace(part); len(part) == 0 {
			continue
		}
		v, ok := m.match(part, spaces)
		if !ok {
			return vals[:n], false
		}
		vals = append(vals, v)
	}
	if len(vals)-n < 2 {
		return vals[:n], false
	}
	return vals, true
}

// htcdsCountries maps the ISO 3166-1 alpha-2 and alpha-3 codes to their
// country, so that the usual cell is read without allocating, and the
// toolkit's names, folded as fold.Compact folds them, to theirs; anything
// else goes to ParseCountry.
var htcdsCountries = sync.OnceValue(func() (m [2]map[string]Country) {
	m[0] = make(map[string]Country, 2*natCountryCount)
	for i := 1; i <= natCountryCount; i++ {
		c := Country{uint16(i)}
		if c.Alpha2() != "" {
			m[0][c.Alpha2()] = c
			m[0][c.Alpha3()] = c
		}
	}
	m[1] = make(map[string]Country, len(htcdsToolkitCountries))
	for _, tc := range htcdsToolkitCountries {
		m[1][string(fold.Compact(nil, tc[0]))] = m[0][tc[1]]
	}
	return m
})

// htcdsCountry reads a country: an ISO 3166-1 code, a name of the
// toolkit's dropdowns, or another English name as [ParseCountry] reads
// them.
func htcdsCountry(item []byte) (Country, error) {
	m := htcdsCountries()
	if c, ok := m[0][string(item)]; ok {
		return c, nil
	}
	var buf [64]byte
	if len(item) <= len(buf) {
		if c, ok := m[1][string(fold.Compact(buf[:0], string(item)))]; ok {
			return c, nil
		}
	}
	c, err := ParseCountry(string(item))
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			return Country{}, parseError("ReadHTCDS", pe.Input, pe.Msg, pe.Err)
		}
		return Country{}, err
	}
	return c, nil
}

// htcdsIsCountryCode reports whether b is two or three capital letters:
// what a KoBoToolbox export separates with spaces.
func htcdsIsCountryCode(b []byte) bool {
	if len(b) != 2 && len(b) != 3 {
		return false
	}
	for _, c := range b {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// htcdsBool reads a checkbox: true, false, yes, no, 1 or 0, in any case,
// and TRUE and FALSE as Excel writes them in CSV in German, French,
// Spanish, Italian, Portuguese and Dutch (WAHR, FALSCH; VRAI, FAUX;
// VERDADERO, FALSO; VERO; VERDADEIRO; WAAR, ONWAAR).
func htcdsBool(b []byte) (value, ok bool) {
	b = bytes.TrimSpace(b)
	for _, s := range [...]string{"true", "yes", "1", "wahr", "vrai", "verdadero", "vero", "verdadeiro", "waar"} {
		if bytes.EqualFold(b, []byte(s)) {
			return true, true
		}
	}
	for _, s := range [...]string{"false", "no", "0", "falsch", "faux", "falso", "onwaar"} {
		if bytes.EqualFold(b, []byte(s)) {
			return false, true
		}
	}
	return false, false
}

// htcdsWhole reads a whole number written as digits, optionally with a
// fraction of zeros ("16.0", and "16,0" as locales with a decimal comma
// write it; never "16,000", which in English is sixteen thousand). It
// fails for anything else, and for over three digits before the point.
func htcdsWhole(b []byte) (int, bool) {
	b = bytes.TrimSpace(b)
	if i := bytes.IndexAny(b, ".,"); i >= 0 {
		frac := b[i+1:]
		if len(frac) == 0 || (b[i] == ',' && len(frac) > 2) {
			return 0, false
		}
		for _, c := range frac {
			if c != '0' {
				return 0, false
			}
		}
		b = b[:i]
	}
	if len(b) == 0 || len(b) > 3 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// htcdsDate reads a date: ISO 8601 at the precision written ("2023",
// "2023-09", "2023-09-15"), the year first with '/' or '.' for '-'
// ("2023/09/15", as spreadsheets in East Asia write it: year, month, day
// is the only order with the year first), or a day, month and four-digit
// year separated by '/', '.' or '-' ("15/09/2023", "9/15/2023",
// "15.09.2023"), as spreadsheets write them. Which of the first two numbers is the day is
// decided by order when the caller gave one, else only where one of them
// is over 12 or they are equal; "05/09/2023" without an order is an error
// wrapping ErrAmbiguous.
func htcdsDate(s string, order DateOrder) (Date, error) {
	s = yearFirstDashes(s)
	if d, ok := dateNumeric(s); ok {
		day, month := d[0], d[1]
		switch {
		case order == MonthDayYear:
			day, month = month, day
		case order == DayMonthYear:
		case day == month:
		case day <= 12 && month <= 12:
			return Date{}, parseError("ReadHTCDS", s, "day and month could be either way round: write the date as YYYY-MM-DD, or say the order with HTCDSOptions.DateOrder (rescue read-htcds -date-order dmy or mdy)", ErrAmbiguous)
		case month > 12:
			day, month = month, day
		}
		dt, err := NewDate(d[2], time.Month(month), day, PrecisionDay)
		if err != nil {
			return Date{}, parseError("ReadHTCDS", s, "no such day", ErrRange)
		}
		return dt, nil
	}
	d, msg, err := dateParse(s)
	if err != nil {
		if hint := htcdsDateHint(s); hint != "" {
			msg = hint
		}
		return Date{}, parseError("ReadHTCDS", s, msg, err)
	}
	return d, nil
}

// htcdsDateHint returns what to say of a date a spreadsheet wrote in a
// form this reader does not take, or "": its serial day number ("45184")
// or a display format with a month's name ("15-Mar-2023").
func htcdsDateHint(s string) string {
	const fix = "format the column as text and write the date YYYY-MM-DD"
	switch {
	case len(s) >= 1 && len(s) <= 6 && strings.Trim(s, "0123456789") == "" && len(s) != 4:
		return "a spreadsheet's day number, not a date: " + fix
	case strings.IndexFunc(s, unicode.IsLetter) >= 0 && strings.IndexFunc(s, unicode.IsDigit) >= 0:
		return "a date with a month's name: " + fix
	}
	return ""
}

// htcdsFormulaStart reports whether a spreadsheet would run a cell that
// starts with b as a formula (OWASP's list: = + - @, tab, carriage
// return).
func htcdsFormulaStart(b byte) bool {
	switch b {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

// htcdsNeutralised reports whether s needs a leading apostrophe so that no
// spreadsheet runs it, the way OWASP recommends: when it starts with a
// formula character, or with apostrophes before one (so that the
// apostrophe the reader removes is always the writer's).
func htcdsNeutralised[T string | []byte](s T) bool {
	i := 0
	for i < len(s) && s[i] == '\'' {
		i++
	}
	return i < len(s) && htcdsFormulaStart(s[i])
}

// htcdsRestore removes the apostrophe htcdsNeutralised adds.
func htcdsRestore(b []byte) []byte {
	if len(b) > 1 && b[0] == '\'' && htcdsNeutralised(b[1:]) {
		return b[1:]
	}
	return b
}

// htcdsAgeProblem says what is wrong with a cell of vic_AgeWhenTrafficked
// that is not a whole number of years from 0 to 150. HTCDS's age is one number: a range or
// a word ("unknown") is no age it can hold.
func htcdsAgeProblem(b []byte) (string, error) {
	t := bytes.TrimSpace(b)
	if len(t) > 1 && t[0] == '-' {
		t = t[1:] // "-1": a number out of range
	}
	switch {
	case bytes.ContainsAny(t, "-–") && bytes.ContainsAny(t, "0123456789"):
		return "an age range; HTCDS's age is one whole number of years (leave the cell empty, or keep the range in JSON, as \"age\": \"15-17\")", ErrSyntax
	case bytes.IndexFunc(t, unicode.IsDigit) < 0:
		return "not a number of years; leave the cell empty when the age is not known", ErrSyntax
	case bytes.IndexFunc(t, unicode.IsLetter) >= 0:
		return "the number of years only, without words (\"17\", not \"17 years\")", ErrSyntax
	}
	return "want whole years from 0 to 150", ErrRange // "17.5", "16,000", "1200"
}

// yearFirstDashes returns s with '-' for its separators when it is a day
// written year first with '/' or '.' ("2023/09/15", "2023.09.15"), else
// s.
func yearFirstDashes(s string) string {
	if len(s) != 10 || s[4] != s[7] || s[4] != '/' && s[4] != '.' {
		return s
	}
	for i := range len(s) {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return s
		}
	}
	return s[:4] + "-" + s[5:7] + "-" + s[8:]
}
