package countrylists

import (
	"slices"
	"testing"
)

func TestFactbookName(t *testing.T) {
	for _, tc := range []struct{ in, want, reason string }{
		{"Republic of C&ocirc;te d'Ivoire", "Republic of Côte d'Ivoire", "HTML entities decoded"},
		{"United Kingdom of Great Britain and Northern Ireland; note - the island of Great Britain includes England, Scotland, and Wales", "United Kingdom of Great Britain and Northern Ireland", "a note after a semicolon goes"},
		{"Svalbard (sometimes referred to as Spitsbergen, the largest island in the archipelago)", "Svalbard", "a lower-case parenthesis is a note"},
		{"Congo (Brazzaville)", "Congo (Brazzaville)", "a capitalised parenthesis is part of the name"},
		{"none", "", "no name"},
	} {
		if got := FactbookName(tc.in); got != tc.want {
			t.Errorf("FactbookName(%q) = %q; want %q (%s)", tc.in, got, tc.want, tc.reason)
		}
	}
}

func TestFactbookForms(t *testing.T) {
	for _, tc := range []struct {
		in     string
		want   []string
		reason string
	}{
		{"Finn(s)", []string{"Finn", "Finns"}, "(s) is the plural"},
		{"Dutchman(men), Dutchwoman(women)", []string{"Dutchman", "Dutchmen", "Dutchwoman", "Dutchwomen"}, "(men) and (women)"},
		{"Manxman (men), Manxwoman (women)", []string{"Manxman", "Manxmen", "Manxwoman", "Manxwomen"}, "with a space before"},
		{"Motswana (singular), Batswana (plural)", []string{"Motswana", "Batswana"}, "notes go"},
		{"Puerto Rican(s) (US citizens)", []string{"Puerto Rican", "Puerto Ricans"}, "a note on citizenship goes"},
		{"Equatorial Guinean(s) or Equatoguinean(s)", []string{"Equatorial Guinean", "Equatorial Guineans", "Equatoguinean", "Equatoguineans"}, "or separates forms"},
		{"Taiwan (or Taiwanese)", []string{"Taiwan", "Taiwanese"}, "an alternative in parentheses"},
		{"Chinese/Hong Konger", []string{"Chinese", "Hong Konger"}, "a slash separates forms"},
		{"liSwati (singular), emaSwati (plural); note - former term, Swazi(s), still used among English speakers", []string{"liSwati", "emaSwati"}, "the note goes"},
		{"NA (US citizens)", nil, "NA is no form"},
		{"none", nil, "no form"},
	} {
		if got := FactbookForms(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("FactbookForms(%q) = %q; want %q (%s)", tc.in, got, tc.want, tc.reason)
		}
	}
}

func TestRun(t *testing.T) {
	l := List{Name: "test", Entries: []Entry{
		{Text: "Malaysia", Codes: []string{"MY"}},
		{Text: "Korea", Codes: []string{"KP", "KR"}},
		{Text: "Thailand", Codes: []string{"TH"}},
		{Text: "Congo", Codes: []string{"CG"}},
	}}
	got := map[string]string{"Malaysia": "MY", "Korea": "KR", "Thailand": "LA"}
	s := Run(l, func(text string) (string, error) { return got[text], nil })
	if s.Entries != 4 || s.Shared != 1 || s.Read != 1 || s.Wrong != 1 || len(s.Misses) != 1 {
		t.Errorf("Run = %+v; want 4 entries, 1 shared (Korea: KR is one of its codes), 1 read, 1 wrong, 1 miss", s)
	}
	if s.String() != "1/3 (33.3 %)" {
		t.Errorf("String() = %q", s.String())
	}
}
