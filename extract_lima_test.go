package rescue_test

import (
	"fmt"
	"os"
	"reflect"
	"slices"
	"testing"

	"github.com/antitrafficking/rescue"
)

// limaReport is the reference case's report, read from ../shared like the
// dev set: the project builds without it.
const limaReport = "../shared/reference/seed-lima-2023.txt"

// TestExtractLima checks that the reference report extracts to the figures
// examples/lima2023 records by hand (its golden operation.json): 44 victims (43 Malaysian, 1
// Taiwanese), 8 suspects arrested (6 Taiwanese, 2 Peruvian), the cash
// "more than US$10,000 (S$13,700)", numerous cell phones and bank cards
// (at least two of each: the example's "multiple bank cards"), in a suburb
// of Lima, Peru, over the weekend before the report of Monday 9 October
// 2023, after two women escaped.
func TestExtractLima(t *testing.T) {
	b, err := os.ReadFile(limaReport)
	if err != nil {
		t.Skipf("reference report not available: %v", err)
	}
	d, err := rescue.Extract(string(b), rescue.MustParseDate("2023-10-09"))
	if err != nil {
		t.Fatal(err)
	}
	op := d.Operation

	// The tallies say what examples/lima2023 records by hand: compared
	// through the Summary of each, so that two ways of writing the same
	// figures ("8 arrested" or "6 Taiwanese and 2 Peruvians arrested")
	// compare equal. The example's operation is its golden JSON.
	f, err := os.Open("examples/lima2023/testdata/operation.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ref, err := rescue.DecodeOperation(f)
	if err != nil {
		t.Fatal(err)
	}
	got, want := op.Summary(), ref.Summary()
	for _, c := range []struct {
		what      string
		got, want any
	}{
		{"victims", got.Victims, want.Victims},
		{"victims by nationality", got.VictimsByNationality, want.VictimsByNationality},
		{"suspects", got.Suspects, want.Suspects},
		{"suspects by nationality", got.SuspectsByNationality, want.SuspectsByNationality},
		{"arrested", got.Arrested, want.Arrested},
		{"evidence by kind", got.EvidenceByKind, want.EvidenceByKind},
		{"cash", fmt.Sprint(got.CashRows()), fmt.Sprint(want.CashRows())},
	} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: %v, the example %v", c.what, c.got, c.want)
		}
	}
	// And as the issue gives them: 44 victims (43 MY, 1 TW), 8 suspects
	// arrested (6 TW, 2 PE).
	my, tw, pe := rescue.MustParseNationality("MY"), rescue.MustParseNationality("TW"), rescue.MustParseNationality("PE")
	for _, w := range []rescue.Tally{
		{Of: rescue.OfVictims, Count: rescue.MustParseCount("44")},
		{Of: rescue.OfVictims, Count: rescue.MustParseCount("43"), Nationality: my},
		{Of: rescue.OfVictims, Count: rescue.MustParseCount("1"), Nationality: tw},
		{Of: rescue.OfSuspects, SuspectStatus: rescue.Arrested, Count: rescue.MustParseCount("8")},
		{Of: rescue.OfSuspects, SuspectStatus: rescue.Arrested, Count: rescue.MustParseCount("6"), Nationality: tw},
		{Of: rescue.OfSuspects, SuspectStatus: rescue.Arrested, Count: rescue.MustParseCount("2"), Nationality: pe},
	} {
		if !slices.ContainsFunc(op.Counts, func(t rescue.Tally) bool { return tallyEqual(t, w) }) {
			t.Errorf("no tally %v in %v", w, op.Counts)
		}
	}
	if len(op.Counts) != 6 {
		t.Errorf("%d tallies, want 6: %v", len(op.Counts), op.Counts)
	}

	wantEvidence := []rescue.Evidence{
		{Kind: rescue.Cash, Cash: rescue.MustParseReportedAmount("more than US$10,000 (S$13,700)")},
		{Kind: rescue.MobilePhone, Quantity: rescue.MustParseCount("numerous cell phones")},
		{Kind: rescue.BankCard, Quantity: rescue.MustParseCount("multiple bank cards")},
	}
	if len(op.Evidence) != len(wantEvidence) {
		t.Fatalf("%d evidence items, want %d: %v", len(op.Evidence), len(wantEvidence), op.Evidence)
	}
	for i, w := range wantEvidence {
		e := op.Evidence[i]
		if e.Kind != w.Kind || e.Quantity != w.Quantity || !e.Cash.Equal(w.Cash) {
			t.Errorf("evidence[%d] = %v %v %v, want %v %v %v", i, e.Kind, e.Quantity, e.Cash, w.Kind, w.Quantity, w.Cash)
		}
	}

	if got, want := op.When, rescue.MustParsePeriod("2023-10-07/2023-10-08"); got != want {
		t.Errorf("When = %v, want %v", got, want)
	}
	if p := op.Place(); p.Locality != "Lima" || p.Country != rescue.MustParseCountry("PE") {
		t.Errorf("Place = %v, want Lima, Peru", p)
	}
	if len(op.Triggers) != 1 || op.Triggers[0].Kind != rescue.EscapedVictimReport || op.Triggers[0].People != rescue.MustParseCount("two") {
		t.Errorf("Triggers = %v, want the two women who escaped", op.Triggers)
	}
	if len(op.Agencies) != 1 || op.Agencies[0].Name != "Peruvian police" {
		t.Errorf("Agencies = %v, want the Peruvian police as written", op.Agencies)
	}
}

// tallyEqual compares the fields of a tally that Extract fills.
func tallyEqual(a, b rescue.Tally) bool {
	return a.Of == b.Of && a.Count == b.Count && a.Nationality == b.Nationality && a.Gender == b.Gender &&
		a.Age == b.Age && a.VictimStatus == b.VictimStatus && a.SuspectStatus == b.SuspectStatus
}
