package bench

import (
	"fmt"
	"strings"
	"testing"

	"github.com/biter777/countries"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/antitrafficking/rescue"
	"github.com/antitrafficking/rescue/internal/countrylists"
)

// TestCountryListRates reads the public lists of country names and demonyms
// in ../testdata/countries (sources and licences in the library's README)
// and prints, for rescue and the two peers, the share of each list read to
// the right country and the count of wrong countries, as the README's
// table. Texts a list gives to several countries ("Korean") are left out
// of the share; a wrong country is a code the list does not give the text.
// Run it with -v to see the table.
//
// x/text has no parser for names: its CLDR English display names
// (display.English.Regions) are looked up, case-insensitively, after
// language.ParseRegion (canonicalized) for codes. biter777/countries reads names and codes
// with ByName. Neither reads demonyms; both are run on those lists anyway.
func TestCountryListRates(t *testing.T) {
	isCode := func(code string) bool {
		c, err := rescue.ParseCountry(code)
		return err == nil && c.String() == code
	}
	lists, err := countrylists.Load("../testdata/countries", isCode)
	if err != nil {
		t.Fatal(err)
	}
	cldr := cldrNames(isCode)
	parsers := []struct {
		name  string
		parse func(s string, demonyms bool) (string, error)
	}{
		{"rescue", func(s string, demonyms bool) (string, error) {
			if demonyms {
				n, err := rescue.ParseNationality(s)
				return n.String(), err
			}
			c, err := rescue.ParseCountry(s)
			return c.String(), err
		}},
		{"x/text", func(s string, _ bool) (string, error) {
			if r, err := language.ParseRegion(s); err == nil && r.IsCountry() {
				return r.Canonicalize().String(), nil
			}
			return cldr[strings.ToLower(strings.TrimSpace(s))], nil
		}},
		{"biter777", func(s string, _ bool) (string, error) {
			c := countries.ByName(s)
			if c == countries.Unknown {
				return "", nil
			}
			return c.Alpha2(), nil
		}},
	}
	var b strings.Builder
	b.WriteString("\n| list | texts | rescue | x/text | biter777/countries |\n| --- | --- | --- | --- | --- |\n")
	for _, l := range lists {
		fmt.Fprintf(&b, "| %s |", l.Name)
		for i, p := range parsers {
			s := countrylists.Run(l, func(text string) (string, error) {
				return p.parse(text, l.Kind == countrylists.Demonyms)
			})
			if i == 0 {
				fmt.Fprintf(&b, " %d |", s.Entries-s.Shared)
				if s.Wrong > 0 {
					t.Errorf("%s: rescue gave %d wrong codes: %v", l.Name, s.Wrong, s.Wrongs)
				}
			}
			fmt.Fprintf(&b, " %.1f %%", 100*s.Rate())
			if s.Wrong > 0 {
				fmt.Fprintf(&b, " (%d wrong)", s.Wrong)
			}
			b.WriteString(" |")
		}
		b.WriteString("\n")
	}
	t.Log(b.String())
}

// cldrNames maps the lower-case CLDR English name of every ISO 3166-1
// country x/text knows to its code. Deprecated codes (HV, FX, UK) are
// canonicalized first, and CLDR's codes outside ISO 3166-1 (CP, DG) left
// out, so that a name is never scored against x/text for a code that
// ParseRegion would canonicalize.
func cldrNames(isCode func(string) bool) map[string]string {
	names := map[string]string{}
	namer := display.English.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for c := 'A'; c <= 'Z'; c++ {
			r, err := language.ParseRegion(string([]rune{a, c}))
			if err != nil || !r.IsCountry() || r.Canonicalize() != r || !isCode(r.String()) {
				continue
			}
			if n := namer.Name(r); n != "" {
				names[strings.ToLower(n)] = r.String()
			}
		}
	}
	return names
}
