package main

import (
	"flag"
	"testing"

	"github.com/antitrafficking/rescue"
	"github.com/antitrafficking/rescue/examples/internal/casefile"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestExample(t *testing.T) {
	casefile.CheckExample(t, "osmach2024", Osmach2024, *update,
		"2024-03-16", "O'Smach, Oddar Meanchey, Cambodia", "La Lin Hotel", "Call for help from a victim (1 person)",
		"Rescued             11 to 19", "Thailand (TH)       at least 11", "China (CN)          at least 1",
		"victims: 19 (Rescued, TH)           VietnamPlus", "victims: 11 (Rescued, TH)           CamboJA News",
		"Taiwan (TW)         at least 2", "arrested              unknown")
}

// TestSourcesDisagree checks the figures of both accounts: each source's
// own, and the range the summary gives.
func TestSourcesDisagree(t *testing.T) {
	op := Osmach2024()
	s := op.Summary()
	th := rescue.MustParseNationality("TH")
	for _, c := range []struct {
		what, got, want string
	}{
		{"rescued", s.VictimsByStatus[rescue.Rescued].String(), "11 to 19"},
		{"Thais: rescued Thais, and perhaps others", s.VictimsByNationality[th].String(), "at least 11"},
		{"victims in all: the 11 rescued Thais and at least one worker of each of four other nationalities", s.Victims.String(), "at least 15"},
		{"status not recorded: the four nationalities' workers", s.VictimsByStatus[0].String(), "at least 4"},
		{"Lao workers taken away", s.VictimsByNationality[rescue.MustParseNationality("LA")].String(), "at least 1"},
		{"operators at large", s.SuspectsByNationality[rescue.MustParseNationality("TW")].String(), "at least 2"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %s, want %s", c.what, c.got, c.want)
		}
	}
	// Each source on its own.
	for src, want := range map[string]string{thaiAccount: "19", cambodianAccount: "11"} {
		one := *op
		one.Counts = nil
		for _, tl := range op.Counts {
			if tl.Source == src {
				one.Counts = append(one.Counts, tl)
			}
		}
		if got := one.Summary().VictimsByStatus[rescue.Rescued].String(); got != want {
			t.Errorf("rescued according to %s: %s, want %s", src, got, want)
		}
	}
}
