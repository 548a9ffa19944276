package rescue_test

import (
	"flag"
	"testing"

	"github.com/antitrafficking/rescue"
	"github.com/antitrafficking/rescue/internal/countrylists"
)

var listMisses = flag.Bool("list-misses", false, "TestCountryLists: print every text not read")

// TestCountryLists reads the public lists of names and demonyms in
// testdata/countries (sources and licences in README.md) and reports
// ParseCountry's and ParseNationality's rate on each. It fails on any
// wrong code, and on a rate under 98 %.
func TestCountryLists(t *testing.T) {
	t.Parallel()
	lists, err := countrylists.Load("testdata/countries", func(code string) bool {
		c, err := rescue.ParseCountry(code)
		return err == nil && c.String() == code
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lists {
		parse := func(s string) (string, error) {
			c, err := rescue.ParseCountry(s)
			return c.String(), err
		}
		if l.Kind == countrylists.Demonyms {
			parse = func(s string) (string, error) {
				n, err := rescue.ParseNationality(s)
				return n.String(), err
			}
		}
		s := countrylists.Run(l, parse)
		t.Logf("%-22s %s; %d shared by several countries", s.List, s, s.Shared)
		for _, w := range s.Wrongs {
			t.Errorf("%s: %s", s.List, w)
		}
		if s.Rate() < 0.98 {
			t.Errorf("%s: %s read; want at least 98 %%", s.List, s)
		}
		if *listMisses {
			for _, m := range s.Misses {
				t.Logf("  %s", m)
			}
		}
	}
}
