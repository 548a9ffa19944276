package number

import "unicode/utf8"

// Kind says why the reader failed.
type Kind uint8

// The kinds of failure.
const (
	OK        Kind = iota
	Syntax         // not a number as reports write one
	Range          // too large or too precise
	Ambiguous      // more than one reading, and nothing decides
)

// Fail is why a read failed: a message and its kind. The zero Fail is
// success. It is a value, so failing costs no allocation until the caller
// builds an error from it.
type Fail struct {
	Msg  string
	Kind Kind
}

var (
	failNoNumber = Fail{"no number", Syntax}
	failGrouping = Fail{"digits grouped irregularly", Syntax}
	failMixed    = Fail{"mixed thousands separators", Syntax}
	failComma    = Fail{"a comma that is neither a thousands separator nor clearly a decimal mark", Syntax}
	failWords    = Fail{"number words out of order", Syntax}
	failTooLarge = Fail{"too large", Range}
	failTooMany  = Fail{"too many digits", Range}
)

// Options are the caller's conventions.
type Options struct {
	// Decimal is the decimal mark of the caller's convention, '.' or ',',
	// taken from the language of the text; 0 when the text alone decides.
	// It settles only what the text leaves open: "1.500" is 1500 when the
	// mark is ',' and 1.5 when it is '.'.
	Decimal byte
	// Between is set inside "between … and …", where "and" ends a number
	// in words rather than joining its parts.
	Between bool
}

// Read reads the number at the start of s, in digits ("1,500,000",
// "1.5 million", "2bn", "Rp 8 juta" from "8 juta") or in words ("forty-two",
// "seven hundred and ninety one", "a dozen", "several hundred"), with the
// scale words after it. It returns the number and the index just after it.
//
// Digits are grouped in threes by commas, dots, apostrophes or spaces
// (also no-break and thin spaces), or in the Indian way by commas
// (1,50,000). The decimal mark is the last separator when it differs from
// all the others ("1.500.000,50", "1,500.50"), a dot that cannot group
// ("1.5", "1500.000") or a comma that cannot ("0,50", "1,5 milhão"). A dot
// followed by exactly three digits and nothing else ("1.500") may be
// either: Options.Decimal decides, or the number is [Number.Ambiguous]. A
// comma followed by exactly three digits groups ("1,500"), unless
// Options.Decimal is ','. Where Options.Decimal or the other separators
// make a separator before three digits that could group them a decimal
// mark ("1,500" in German, "1 000,000"), the number is [Number.Chosen].
func Read(s string, o Options) (Number, int, Fail) {
	if s == "" {
		return Number{}, 0, failNoNumber
	}
	if IsDigit(s[0]) {
		x, i, f := readDigits(s, o)
		if f.Kind != OK {
			return x, i, f
		}
		return readScales(x, s, i)
	}
	return readWords(s, o)
}

// isSep reports whether r may separate digit groups, and whether it is a
// space.
func isSep(r rune) (sep, space bool) {
	switch r {
	case ',', '.', '\'', '’':
		return true, false
	case ' ', '\u00a0', '\u2007', '\u2009', '\u202f':
		return true, true
	}
	return false, false
}

// group is a run of digits s[start:end] and the separator before it.
type group struct {
	start, end int
	sep        rune
}

func (g group) len() int { return g.end - g.start }

const maxGroups = 24

// readDigits reads the digits, separators and decimal mark at the start of s.
func readDigits(s string, o Options) (Number, int, Fail) {
	var gs [maxGroups]group
	ng := 0
	i := 0
	for {
		start := i
		for i < len(s) && IsDigit(s[i]) {
			i++
		}
		if ng == len(gs) {
			return Number{}, i, failTooMany
		}
		gs[ng].start, gs[ng].end = start, i
		ng++
		r, size := utf8.DecodeRuneInString(s[i:])
		sep, space := isSep(r)
		if !sep || i+size >= len(s) || !IsDigit(s[i+size]) {
			break
		}
		if space {
			// A space groups only three digits ("100 000"); otherwise the
			// number ends before it ("10 20" is two numbers).
			n := 0
			for i+size+n < len(s) && IsDigit(s[i+size+n]) {
				n++
			}
			if n != 3 {
				break
			}
		}
		gs[ng].sep = r
		i += size
	}
	used := gs[ng-1].end
	groups := gs[:ng]

	// Which separator, if any, is the decimal mark?
	dec := -1 // index of the group after the decimal mark
	ambiguous, chosen := false, false
	if ng >= 2 {
		last := groups[ng-1].sep
		alone := true
		for _, g := range groups[1 : ng-1] {
			if g.sep == last {
				alone = false
			}
		}
		after := groups[ng-1].len()
		first := s[groups[0].start:groups[0].end]
		canGroup := after == 3 && len(first) <= 3 && first[0] != '0'
		switch {
		case last != '.' && last != ',':
			// spaces and apostrophes only group
		case !alone:
			// "1.500.000", "1,500,000": a decimal mark never repeats
		case ng > 2:
			dec = ng - 1 // "1.500.000,50", "1,500.50", "1 500,50"
			// The other separators settled the mark, but before exactly
			// three digits it could as well group them ("1 000,000"
			// may be a million written with two kinds of grouping).
			chosen = after == 3 && validGrouping(groups)
		case !canGroup:
			switch {
			case last == '.' || o.Decimal == ',':
				dec = 1 // "1.5", "1500.000", "1,5" in a decimal-comma language
			case first == "0":
				dec = 1 // "0,50": no grouped number starts with 0
			case after < 3 && scaleFollows(s, used):
				dec = 1 // "1,5 milhão": before a scale word nothing else is meant
			case o.Decimal == '.' || after != 3:
				return Number{}, used, failComma
			}
		case o.Decimal != 0:
			if last == rune(o.Decimal) {
				dec, chosen = 1, true
			}
		case last == '.':
			ambiguous = true // "1.500": 1500 or 1.5
		}
	}
	intGroups := groups
	if dec >= 0 {
		intGroups = groups[:dec]
	}
	if len(intGroups) > 1 {
		sep := intGroups[1].sep
		for _, g := range intGroups[2:] {
			if g.sep != sep {
				return Number{}, used, failMixed
			}
		}
		if !validGrouping(intGroups) {
			return Number{}, used, failGrouping
		}
	}

	var x Number
	x.Trail = 1
	x.Ambiguous, x.Chosen = ambiguous, chosen
	x.Grouped = len(intGroups) > 1
	for k, g := range groups {
		if k == dec {
			x.exp = -int32(g.len())
			x.Frac = int8(g.len())
			x.Mark = byte(g.sep)
		}
		for _, c := range []byte(s[g.start:g.end]) {
			if x.n == 0 && c == '0' {
				continue // leading zeros carry nothing
			}
			if int(x.n) == len(x.digits) {
				return Number{}, used, failTooMany
			}
			x.digits[x.n] = c
			x.n++
		}
	}
	return x, used, Fail{}
}

// validGrouping accepts groups of three after a first group of one to
// three digits (1,500,000), and Indian grouping by commas: groups of two,
// then a last group of three (1,50,000 and 12,34,56,789).
func validGrouping(gs []group) bool {
	first := gs[0].len()
	western := first >= 1 && first <= 3
	for _, g := range gs[1:] {
		western = western && g.len() == 3
	}
	if western {
		return true
	}
	if first < 1 || first > 2 || gs[len(gs)-1].len() != 3 || len(gs) < 3 || gs[1].sep != ',' {
		return false
	}
	for _, g := range gs[1 : len(gs)-1] {
		if g.len() != 2 {
			return false
		}
	}
	return true
}

// scaleFollows reports whether a scale word follows at s[i:].
func scaleFollows(s string, i int) bool {
	_, _, ok := cutScaleWord(s, i)
	return ok
}
