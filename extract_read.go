package rescue

import (
	"errors"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/antitrafficking/rescue/internal/extract"
)

// The package's parsers, as Extract uses them on the phrases the engine
// finds.

// extractIsCurrency reports whether s names a currency, or several (an
// ambiguous sign such as "$" or "P"): the engine's test for an amount.
func extractIsCurrency(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	_, ok, err := resolveCurrency(s)
	return ok || err != nil
}

// shortName reports whether s is too short to be taken for a country or
// a nationality unless the lexicon lists it: "Na", a passenger's initials,
// is not Namibia's code.
func (x *extractor) shortName(s string) bool {
	return utf8.RuneCountInString(s) <= 3 && !x.lex.ShortNames[s]
}

// nationality reads the nationality a name in the text gives ("Malaysian",
// "Thais", "Haitian National"). The note says why a name that looks like
// one gives none (an ambiguous demonym such as "Korean").
func (x *extractor) nationality(sp extract.Span) (Nationality, string, bool) {
	s := x.span(sp)
	if x.shortName(s) {
		return Nationality{}, "", false
	}
	n, err := ParseNationality(s)
	if err == nil {
		return n, "", true
	}
	if errors.Is(err, ErrAmbiguous) {
		return Nationality{}, errDetail(err) + ": nationality left out", false
	}
	// "Americans Citizens" reads whole; a longer run may hold the name
	// at its start when the rest is an abbreviation ("Filipino OFWs"), but
	// not when it is a name of its own: "Thai Airways staff" are of no
	// nationality the text gives, "Chinese Malaysian women" not Chinese.
	if i := strings.IndexFunc(s, unicode.IsSpace); i > 0 && !x.shortName(s[:i]) && abbreviations(s[i:]) {
		if n, err := ParseNationality(s[:i]); err == nil {
			return n, "", true
		} else if errors.Is(err, ErrAmbiguous) {
			return Nationality{}, errDetail(err) + ": nationality left out", false
		}
	}
	return Nationality{}, "", false
}

// abbreviations reports whether the words of s are all abbreviations in
// capitals, perhaps plural: "OFWs", "IDPs", "OFW".
func abbreviations(s string) bool {
	words := strings.Fields(s)
	for _, w := range words {
		w = strings.TrimSuffix(w, "s")
		if len(w) < 2 || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsUpper(r) }) >= 0 {
			return false
		}
	}
	return len(words) > 0
}

// country reads the country a name in the text gives ("Peru", "the
// Philippines", "Ivory Coast").
func (x *extractor) country(sp extract.Span) (Country, bool) {
	s := x.span(sp)
	if x.shortName(s) {
		return Country{}, false
	}
	c, err := ParseCountry(s)
	return c, err == nil
}

// extractAges reads the ages a report gives after "aged" ("15 to 26",
// "between 18 and 35", "20 and 19") as the range that holds them all,
// through ParseAge: every person counted is within it.
func extractAges(s string) (Age, bool) {
	lo, hi := -1, -1
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r < '0' || r > '9' }) {
		n, err := strconv.Atoi(f)
		if err != nil || n > maxAge {
			return Age{}, false
		}
		if lo < 0 || n < lo {
			lo = n
		}
		hi = max(hi, n)
	}
	if lo < 0 {
		return Age{}, false
	}
	text := strconv.Itoa(lo)
	if hi > lo {
		text += "-" + strconv.Itoa(hi)
	}
	a, err := ParseAge(text)
	return a, err == nil
}

// isMinorAge reports whether everyone of age a is known to be under 18.
func isMinorAge(a Age) bool {
	minor, known := a.IsMinor()
	return minor && known
}
