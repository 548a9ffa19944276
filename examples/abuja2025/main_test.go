package main

import (
	"flag"
	"testing"

	"github.com/antitrafficking/rescue"
	"github.com/antitrafficking/rescue/examples/internal/casefile"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestExample(t *testing.T) {
	casefile.CheckExample(t, "abuja2025", Abuja2025, *update,
		"2025-10-01", "Nnamdi Azikiwe International Airport, Abuja", "NAPTIP), Nigeria, lead", "Department of State Services, Nigeria, support",
		"Binta Adamu Bello", "Tip:", "Victims            24", "Intercepted    24", "minors           at least 1 (not known for at most 23)",
		"Suspects           5", "arrested         5", "Recruiter           family (1)",
		"bound for: Iraq, Sudan, Egypt, Saudi Arabia, Bahrain, Afghanistan")
}

// TestFigures checks every figure of the report in the operation.
func TestFigures(t *testing.T) {
	op := Abuja2025()
	s := op.Summary()
	for _, c := range []struct {
		what, got, want string
	}{
		{"24 victims", s.Victims.String(), "24"},
		{"all intercepted", s.VictimsByStatus[rescue.Intercepted].String(), "24"},
		{"aged 15 to 26: at least one minor", s.Minors.String(), "at least 1"},
		{"five suspects arrested", s.Arrested.String(), "5"},
		{"the daughter on record", op.Victims[0].Recruiters[0], op.Suspects[0].ID},
		{"her father recruited her", op.Victims[0].RecruiterRelation.String(), "Family"},
		{"six destinations", string(rune('0' + len(op.Counts[0].Destinations))), "6"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %s, want %s", c.what, c.got, c.want)
		}
	}
}
