package rescue_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/antitrafficking/rescue"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// Values the random operations draw from, zero values (not recorded)
// included.
var (
	sumTestNationalities = []rescue.Nationality{
		{}, rescue.MustParseNationality("MY"), rescue.MustParseNationality("TW"),
		rescue.MustParseNationality("PE"), rescue.MustParseNationality("TH"), rescue.Stateless,
	}
	sumTestAges = []rescue.Age{
		{}, rescue.AgeYears(9), rescue.AgeYears(16), rescue.AgeYears(17), rescue.AgeYears(18),
		rescue.AgeYears(34), rescue.AgeBetween(15, 20), rescue.AgeBetween(9, 17), rescue.AgeBetween(48, -1),
	}
	sumTestCurrencies = []rescue.Currency{rescue.USD, rescue.THB, rescue.SGD, rescue.JPY}
)

// sumDraw draws an int from lo to hi; label names it for rapid.
type sumDraw func(lo, hi int, label string) int

// rapidDraw draws with rapid, which shrinks failures.
func rapidDraw(t *rapid.T) sumDraw {
	return func(lo, hi int, label string) int { return rapid.IntRange(lo, hi).Draw(t, label) }
}

// randDraw draws with math/rand, far faster for large inputs.
func randDraw(seed uint64) sumDraw {
	r := rand.New(rand.NewPCG(seed, 1))
	return func(lo, hi int, _ string) int { return lo + r.IntN(hi-lo+1) }
}

// sumTestOperation draws a random operation: the shape of real records,
// with the awkward cases (several exploitations, repeated ones, unknown
// ages, hedged quantities, cash with and without equivalents) common.
func sumTestOperation(d sumDraw, maxPeople int) *rescue.Operation {
	op := &rescue.Operation{ID: "OP"}
	exploitations := []rescue.Exploitation{rescue.ForcedLabour, rescue.SexualExploitation, rescue.ForcedCriminality}
	nv := d(0, maxPeople, "victims")
	for i := range nv {
		v := rescue.Victim{
			ID:          fmt.Sprint("V", i),
			Nationality: sumTestNationalities[d(0, len(sumTestNationalities)-1, "nat")],
			Gender:      rescue.Gender(d(0, 5, "gender")),
			Age:         sumTestAges[d(0, len(sumTestAges)-1, "age")],
		}
		for range d(0, 3, "nexpl") {
			v.Exploitation = append(v.Exploitation, exploitations[d(0, len(exploitations)-1, "expl")])
		}
		op.Victims = append(op.Victims, v)
	}
	ns := d(0, maxPeople/2, "suspects")
	for i := range ns {
		s := rescue.Suspect{ID: fmt.Sprint("S", i), Nationality: sumTestNationalities[d(0, len(sumTestNationalities)-1, "snat")]}
		if d(0, 1, "arrested") == 1 {
			s.Status, s.Arrested = rescue.Arrested, rescue.MustParsePeriod("2023-10")
		}
		op.Suspects = append(op.Suspects, s)
	}
	for i := range d(0, 4, "evidence") {
		e := rescue.Evidence{
			ID:       fmt.Sprint("E", i),
			Kind:     rescue.EvidenceKind(d(0, 11, "kind")),
			Quantity: rescue.Count{N: d(0, 20, "qty"), Qualifier: rescue.Qualifier(d(0, 3, "qq"))},
		}
		if e.Kind == rescue.Cash && d(0, 1, "hascash") == 1 {
			e.Cash = sumTestAmount(d)
		}
		op.Evidence = append(op.Evidence, e)
	}
	return op
}

func sumTestAmount(d sumDraw) rescue.ReportedAmount {
	cur := sumTestCurrencies[d(0, len(sumTestCurrencies)-1, "cur")]
	a := rescue.ReportedAmount{
		Amount:    rescue.NewMoney(decimal.New(int64(d(1, 1_000_000, "cents")), -2), cur),
		Qualifier: rescue.Qualifier(d(0, 5, "aq")),
	}
	for _, c := range sumTestCurrencies {
		if c != cur && d(0, 1, "eq") == 1 {
			a.Equivalents = append(a.Equivalents, rescue.ReportedAmount{Amount: rescue.NewMoney(decimal.New(int64(d(1, 1_000_000, "eqcents")), -2), c)})
		}
	}
	return a
}

// sumTestJoin returns one operation holding every victim, suspect and item
// of ops: its summary is what the summaries of ops must add up to.
func sumTestJoin(ops []*rescue.Operation) *rescue.Operation {
	all := &rescue.Operation{ID: "ALL"}
	for _, op := range ops {
		all.Victims = append(all.Victims, op.Victims...)
		all.Suspects = append(all.Suspects, op.Suspects...)
		all.Evidence = append(all.Evidence, op.Evidence...)
	}
	return all
}

// sumTestWith counts the operations of ops that record victims, and
// suspects: what the summaries of ops add up to, where the summary of
// one operation holding them all says 1.
func sumTestWith(ops []*rescue.Operation) (victims, suspects int) {
	for _, op := range ops {
		if len(op.Victims) > 0 {
			victims++
		}
		if len(op.Suspects) > 0 {
			suspects++
		}
	}
	return victims, suspects
}

// sumTestTree adds the summaries in a random binary tree.
func sumTestTree(t *rapid.T, sums []rescue.Summary) rescue.Summary {
	switch len(sums) {
	case 0:
		return rescue.Summary{}
	case 1:
		var s rescue.Summary
		s.Add(sums[0])
		return s
	}
	cut := rapid.IntRange(1, len(sums)-1).Draw(t, "cut")
	l, r := sumTestTree(t, sums[:cut]), sumTestTree(t, sums[cut:])
	if rapid.Bool().Draw(t, "flip") {
		l, r = r, l
	}
	l.Add(r)
	return l
}

// TestSummaryMergeProperty: the summaries of many operations, added in any
// order or grouping, equal the summary of one operation holding them all.
func TestSummaryMergeProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 30).Draw(t, "ops")
		ops := make([]*rescue.Operation, n)
		sums := make([]rescue.Summary, n)
		for i := range ops {
			ops[i] = sumTestOperation(rapidDraw(t), 12)
			sums[i] = ops[i].Summary()
		}
		want := sumTestJoin(ops).Summary()
		want.Operations = n
		want.OperationsWithVictims, want.OperationsWithSuspects = sumTestWith(ops)
		if n == 0 {
			want = rescue.Summary{}
		}

		var inOrder rescue.Summary
		for _, s := range sums {
			inOrder.Add(s)
		}
		if d := cmp.Diff(want, inOrder); d != "" {
			t.Fatalf("summaries added in order differ from the summary of all (-want +got):\n%s", d)
		}
		perm := rapid.Permutation(sums).Draw(t, "perm")
		if d := cmp.Diff(want, sumTestTree(t, perm)); d != "" {
			t.Fatalf("summaries added in a random order and grouping differ (-want +got):\n%s", d)
		}
	})
}

// TestSummaryThousandOperations: a thousand operations, summed in several
// random orders, equal the summary of all of them at once.
func TestSummaryThousandOperations(t *testing.T) {
	for seed := range uint64(5) {
		d := randDraw(seed)
		ops := make([]*rescue.Operation, 1000)
		sums := make([]rescue.Summary, len(ops))
		for i := range ops {
			ops[i] = sumTestOperation(d, 8)
			sums[i] = ops[i].Summary()
		}
		want := sumTestJoin(ops).Summary()
		want.Operations = len(ops)
		want.OperationsWithVictims, want.OperationsWithSuspects = sumTestWith(ops)
		r := rand.New(rand.NewPCG(seed, 2))
		for range 3 {
			r.Shuffle(len(sums), func(i, j int) { sums[i], sums[j] = sums[j], sums[i] })
			var got rescue.Summary
			for _, s := range sums {
				got.Add(s)
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Fatalf("seed %d: 1000 summaries in a random order (-want +got):\n%s", seed, d)
			}
		}
	}
}

func TestSummaryAddDoesNotAlias(t *testing.T) {
	a := lima().Summary()
	var s rescue.Summary
	s.Add(a)
	s.Add(a)
	if a.Victims.N != 44 || a.VictimsByNationality[rescue.MustParseNationality("MY")].N != 43 {
		t.Fatalf("Add changed its argument: %v", a)
	}
	usd := a.Cash[rescue.USD]
	if len(usd.Equivalents) != 1 || usd.Equivalents[0].String() != "SGD 13700.00" {
		t.Fatalf("Add changed the cash of its argument: %v", usd)
	}
	if got := s.Cash[rescue.USD].String(); got != "more than USD 20000.00 (SGD 27400.00)" {
		t.Errorf("cash of twice Lima = %q", got)
	}
	// Adding a summary to itself doubles it.
	s = lima().Summary()
	s.Add(s)
	if s.Victims.N != 88 || s.VictimsByNationality[rescue.MustParseNationality("TW")].N != 2 || s.Operations != 2 {
		t.Errorf("s.Add(s) = %v", s)
	}
}

// lima is a small operation like the reference case of examples/lima2023.
func lima() *rescue.Operation {
	op := &rescue.Operation{ID: "PE-2023-10-LIMA"}
	for i := 1; i <= 44; i++ {
		nat := "Malaysian"
		if i == 44 {
			nat = "Taiwanese"
		}
		op.Victims = append(op.Victims, rescue.Victim{
			ID:           fmt.Sprintf("V%02d", i),
			Nationality:  rescue.MustParseNationality(nat),
			Exploitation: []rescue.Exploitation{rescue.ForcedCriminality},
		})
	}
	for i := 1; i <= 8; i++ {
		nat := "Taiwanese"
		if i > 6 {
			nat = "Peruvian"
		}
		op.Suspects = append(op.Suspects, rescue.Suspect{
			ID: fmt.Sprintf("S%02d", i), Nationality: rescue.MustParseNationality(nat), Status: rescue.Arrested, Arrested: rescue.MustParsePeriod("2023-10"),
		})
	}
	op.Evidence = []rescue.Evidence{
		{ID: "E1", Kind: rescue.Cash, Cash: rescue.MustParseReportedAmount("more than US$10,000 (S$13,700)")},
		{ID: "E2", Kind: rescue.MobilePhone, Quantity: rescue.MustParseCount("numerous cell phones")},
		{ID: "E3", Kind: rescue.BankCard, Quantity: rescue.MustParseCount("multiple bank cards")},
	}
	return op
}

func TestOperationSummary(t *testing.T) {
	my, tw := rescue.MustParseNationality("MY"), rescue.MustParseNationality("TW")
	tests := []struct {
		name   string
		op     *rescue.Operation
		want   rescue.Summary
		reason string
	}{
		{"nil", nil, rescue.Summary{}, "a nil operation summarises to nothing"},
		{"empty", &rescue.Operation{ID: "X"}, rescue.Summary{Operations: 1}, "an operation with nobody in it counts as one operation, every map nil"},
		{
			"unrecorded", &rescue.Operation{ID: "X", Victims: []rescue.Victim{{ID: "V1"}}, Suspects: []rescue.Suspect{{ID: "S1"}}},
			rescue.Summary{
				Operations: 1, OperationsWithVictims: 1, OperationsWithSuspects: 1, Victims: rescue.Count{N: 1},
				VictimsByNationality:  map[rescue.Nationality]rescue.Count{{}: {N: 1}},
				VictimsByGender:       map[rescue.Gender]rescue.Count{0: {N: 1}},
				VictimsByExploitation: map[rescue.Exploitation]rescue.Count{0: {N: 1}},
				VictimsByStatus:       map[rescue.VictimStatus]rescue.Count{0: {N: 1}},
				Minors:                rescue.Count{Qualifier: rescue.AtLeast}, MinorityUnknown: rescue.Count{N: 1},
				Suspects: rescue.Count{N: 1}, SuspectsByNationality: map[rescue.Nationality]rescue.Count{{}: {N: 1}},
			},
			"unrecorded values count under the zero key; an unknown age makes Minors a lower bound",
		},
		{
			"exploitations", &rescue.Operation{ID: "X", Victims: []rescue.Victim{
				{ID: "V1", Nationality: my, Gender: rescue.Feminine, Age: rescue.AgeYears(16), Exploitation: []rescue.Exploitation{rescue.ForcedLabour, rescue.SexualExploitation, rescue.ForcedLabour}},
				{ID: "V2", Nationality: tw, Gender: rescue.Feminine, Age: rescue.AgeYears(30), Exploitation: []rescue.Exploitation{rescue.ForcedLabour}},
			}},
			rescue.Summary{
				Operations: 1, OperationsWithVictims: 1, Victims: rescue.Count{N: 2},
				VictimsByNationality:  map[rescue.Nationality]rescue.Count{my: {N: 1}, tw: {N: 1}},
				VictimsByGender:       map[rescue.Gender]rescue.Count{rescue.Feminine: {N: 2}},
				VictimsByExploitation: map[rescue.Exploitation]rescue.Count{rescue.ForcedLabour: {N: 2}, rescue.SexualExploitation: {N: 1}},
				VictimsByStatus:       map[rescue.VictimStatus]rescue.Count{0: {N: 2}},
				Minors:                rescue.Count{N: 1},
			},
			"a victim counts under each exploitation once, even if it is listed twice; known ages make Minors exact",
		},
		{
			"evidence", &rescue.Operation{ID: "X", Evidence: []rescue.Evidence{
				{ID: "E1", Kind: rescue.MobilePhone, Quantity: rescue.Count{N: 3}},
				{ID: "E2", Kind: rescue.MobilePhone},
				{ID: "E3", Kind: rescue.Cash, Cash: rescue.MustParseReportedAmount("THB 5,000 (US$140)")},
				{ID: "E4", Kind: rescue.Cash, Cash: rescue.MustParseReportedAmount("about THB 1,000")},
				{ID: "E5", Kind: rescue.Cash, Cash: rescue.MustParseReportedAmount("US$50")},
			}},
			rescue.Summary{
				Operations: 1,
				EvidenceByKind: map[rescue.EvidenceKind]rescue.Count{
					rescue.MobilePhone: {N: 4, Qualifier: rescue.AtLeast},
					rescue.Cash:        {N: 3, Qualifier: rescue.AtLeast},
				},
				Cash: map[rescue.Currency]rescue.ReportedAmount{
					rescue.THB: rescue.MustParseReportedAmount("about THB 6,000"),
					rescue.USD: rescue.MustParseReportedAmount("US$50"),
				},
			},
			"an item with no quantity is at least one; cash sums per currency, keeping only equivalents every part has",
		},
		{
			"tallies of none", &rescue.Operation{ID: "X", Counts: []rescue.Tally{
				{Of: rescue.OfVictims, Count: rescue.Count{}}, {Of: rescue.OfSuspects, Count: rescue.Count{N: 2}},
			}},
			rescue.Summary{
				Operations: 1, OperationsWithVictims: 1, OperationsWithSuspects: 1,
				Suspects: rescue.Count{N: 2}, Arrested: rescue.Count{Qualifier: rescue.AtLeast},
				SuspectsByNationality: map[rescue.Nationality]rescue.Count{{}: {N: 2}},
			},
			"a tally of 0 victims records victims: the operation counts among those with victims, and its 0 is a figure",
		},
		{
			"invalid tally", &rescue.Operation{ID: "X", Counts: []rescue.Tally{{Of: rescue.OfVictims, Count: rescue.Count{N: -1}}}},
			rescue.Summary{Operations: 1},
			"a tally the summary does not read records nothing",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if d := cmp.Diff(tt.want, tt.op.Summary()); d != "" {
				t.Errorf("Summary() (-want +got):\n%s\nreason: %s", d, tt.reason)
			}
		})
	}
}

func TestSummaryRowsOrder(t *testing.T) {
	my, tw, pe := rescue.MustParseNationality("MY"), rescue.MustParseNationality("TW"), rescue.MustParseNationality("PE")
	s := rescue.Summary{VictimsByNationality: map[rescue.Nationality]rescue.Count{
		{}:                                {N: 5},
		tw:                                {N: 5},
		my:                                {N: 5, Qualifier: rescue.AtMost},
		pe:                                {N: 5, Qualifier: rescue.AtLeast},
		rescue.Stateless:                  {N: 5, Qualifier: rescue.About},
		rescue.MustParseNationality("TH"): {N: 9},
	}}
	var got []string
	for _, r := range s.VictimsByNationalityRows() {
		got = append(got, r.Key.String()+" "+r.Count.String())
	}
	want := []string{"TH 9", "PE at least 5", "TW 5", " 5", "XXA about 5", "MY at most 5"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("rows (-want +got):\n%s\nreason: largest N first; for one N at least, exact, about, at most; then by code, not recorded last", d)
	}
	if rows := (rescue.Summary{}).VictimsByGenderRows(); rows != nil {
		t.Errorf("rows of an empty breakdown = %v, want nil", rows)
	}
}

func TestSummaryString(t *testing.T) {
	got := lima().Summary().String()
	want := `Operations              1
Victims                 44
  by nationality
    Malaysia (MY)       43
    Taiwan (TW)         1
  by gender
    not recorded        44
  by status
    not recorded        44
  by exploitation
    Forced criminality  44
  minors                not recorded
Suspects                8
  by nationality
    Taiwan (TW)         6
    Peru (PE)           2
  arrested              8
Evidence seized
  Bank card             at least 2
  Mobile phone          at least 2
  Cash                  at least 1
Cash seized
  USD                   more than US$10,000.00 (S$13,700.00)
`
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("String() (-want +got):\n%s", d)
	}
	// Never panics, whatever the values.
	odd := rescue.Summary{
		VictimsByGender: map[rescue.Gender]rescue.Count{200: {N: -1, Qualifier: 9}},
		Cash:            map[rescue.Currency]rescue.ReportedAmount{{}: {Qualifier: 7}},
	}
	if s := odd.String(); !strings.Contains(s, "%!Gender(200)") {
		t.Errorf("String of odd values = %q", s)
	}
	if s := (rescue.Summary{}).String(); !strings.HasPrefix(s, "Operations  0\nVictims     0\n") {
		t.Errorf("String of the zero Summary = %q", s)
	}
}

// TestSummaryStringNotRecorded: a total of victims or suspects that no
// operation records reads "not recorded"; a 0 that a tally gives reads 0.
func TestSummaryStringNotRecorded(t *testing.T) {
	t.Parallel()
	sum := func(ops ...*rescue.Operation) rescue.Summary {
		var s rescue.Summary
		for _, op := range ops {
			s.Add(op.Summary())
		}
		return s
	}
	none := &rescue.Operation{ID: "X"}
	zeroVictims := &rescue.Operation{ID: "Z", Counts: []rescue.Tally{{Of: rescue.OfVictims, Count: rescue.Count{}}}}
	zeroSuspects := &rescue.Operation{ID: "Z", Counts: []rescue.Tally{{Of: rescue.OfSuspects, Count: rescue.Count{}}}}
	vague := &rescue.Operation{ID: "V", Counts: []rescue.Tally{{Of: rescue.OfVictims, Count: rescue.Count{Qualifier: rescue.AtLeast}}}}
	people := &rescue.Operation{ID: "P", Victims: []rescue.Victim{{ID: "V1", Age: rescue.AgeYears(30)}}, Suspects: []rescue.Suspect{{ID: "S1"}}}
	tests := []struct {
		name string
		s    rescue.Summary
		want []string // lines of the table, in order
		not  []string // lines it must not hold
		why  string
	}{
		{"no operations", rescue.Summary{}, []string{"Victims     0", "  minors    0", "Suspects    0", "  arrested  0"}, nil,
			"the sum of no operations is 0 of everything"},
		{"nothing recorded", sum(none), []string{"Victims     not recorded", "Suspects    not recorded"}, []string{"minors", "arrested"},
			"the review's case: an operation with no records and no tallies says nothing of how many; nothing under the totals"},
		{"a tally of no victims", sum(zeroVictims), []string{"Victims     0", "  minors    0", "Suspects    not recorded"}, []string{"arrested"},
			"a tally that counts none is a figure"},
		{"a tally of no suspects", sum(zeroSuspects), []string{"Victims     not recorded", "Suspects    0"}, []string{"minors"},
			"a tally that counts none is a figure"},
		{"a tally of at least 0", sum(vague), []string{"Victims     not recorded"}, []string{"minors"},
			"at least 0 says nothing"},
		{"some operations", sum(people, none, zeroVictims), []string{"Victims     1 (recorded for 2 of 3 operations)", "Suspects    1 (recorded for 1 of 3 operations)"}, nil,
			"a total that not every operation records says how many do"},
		{"every operation", sum(people, people), []string{"Victims     2", "Suspects    2"}, []string{"recorded for"},
			"no note when every operation records them"},
		{"built by hand", rescue.Summary{Operations: 2, Victims: rescue.Count{N: 5}}, []string{"Victims     5", "Suspects    not recorded"}, []string{"recorded for"},
			"a total the operation counts disagree with (or JSON from before them) is written as it is"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := tc.s.String()
			lines := strings.Split(got, "\n")
			next := 0
			for _, w := range tc.want {
				for next < len(lines) && strings.Join(strings.Fields(lines[next]), " ") != strings.Join(strings.Fields(w), " ") {
					next++
				}
				if next == len(lines) {
					t.Errorf("String() lacks %q after the lines before it (%s):\n%s", w, tc.why, got)
					break
				}
			}
			for _, n := range tc.not {
				if strings.Contains(got, n) {
					t.Errorf("String() holds %q (%s):\n%s", n, tc.why, got)
				}
			}
		})
	}
}

func TestCashIn(t *testing.T) {
	usdToMYR := rescue.Rate{From: rescue.USD, To: rescue.MYR, Rate: decimal.RequireFromString("4.7")}
	myrToUSD := usdToMYR.Inverse()
	thirds := rescue.Rate{From: rescue.USD, To: rescue.THB, Rate: decimal.NewFromInt(3)}
	cash := func(amounts ...string) rescue.Summary {
		var s rescue.Summary
		for _, a := range amounts {
			s.Add((&rescue.Operation{ID: "X", Evidence: []rescue.Evidence{{ID: "E", Kind: rescue.Cash, Cash: rescue.MustParseReportedAmount(a)}}}).Summary())
		}
		return s
	}
	tests := []struct {
		name    string
		s       rescue.Summary
		in      rescue.Currency
		rates   []rescue.Rate
		want    string
		wantErr string
		reason  string
	}{
		{"none", rescue.Summary{}, rescue.USD, nil, "USD 0.00", "", "no cash is 0"},
		{"same", cash("US$10", "more than US$5.25"), rescue.USD, nil, "more than USD 15.25", "", "amounts in the currency itself are added"},
		{"equivalent", cash("more than US$10,000 (S$13,700)"), rescue.SGD, nil, "more than SGD 13700.00", "", "with no rate, the reported equivalent converts"},
		{"direct rate", cash("US$100"), rescue.MYR, []rescue.Rate{usdToMYR}, "MYR 470.00", "", "a rate from the currency converts directly"},
		{"inverse rate", cash("RM470"), rescue.USD, []rescue.Rate{usdToMYR}, "USD 100.00", "", "a rate to the currency converts by its inverse, exactly"},
		{"rate wins", cash("US$100 (RM400)"), rescue.MYR, []rescue.Rate{usdToMYR}, "MYR 470.00", "", "a given rate is used before a reported equivalent"},
		{"inverse exact", cash("THB 1", "THB 1", "THB 1"), rescue.USD, []rescue.Rate{thirds}, "USD 1.00", "", "1/3 three times is exactly 1: no rounding until the end"},
		{"half even", cash("THB 0.015"), rescue.USD, []rescue.Rate{{From: rescue.THB, To: rescue.USD, Rate: decimal.NewFromInt(1)}}, "USD 0.02", "", "0.015 rounds half to even, to 0.02"},
		{"half even down", cash("THB 0.025"), rescue.USD, []rescue.Rate{{From: rescue.THB, To: rescue.USD, Rate: decimal.NewFromInt(1)}}, "USD 0.02", "", "0.025 rounds half to even, to 0.02"},
		{"more than rounds down", cash("more than THB 0.019"), rescue.USD, []rescue.Rate{{From: rescue.THB, To: rescue.USD, Rate: decimal.NewFromInt(1)}}, "more than USD 0.01", "", "a lower bound rounds down: 'more than 0.02' would claim more than the report"},
		{"at least rounds down", cash("at least THB 0.015"), rescue.USD, []rescue.Rate{{From: rescue.THB, To: rescue.USD, Rate: decimal.NewFromInt(1)}}, "at least USD 0.01", "", "a lower bound rounds down even at a tie"},
		{"at most rounds up", cash("up to THB 0.011"), rescue.USD, []rescue.Rate{{From: rescue.THB, To: rescue.USD, Rate: decimal.NewFromInt(1)}}, "up to USD 0.02", "", "an upper bound rounds up: 'up to 0.01' would leave out what the report allows"},
		{"less than rounds up", cash("less than THB 0.011"), rescue.USD, []rescue.Rate{{From: rescue.THB, To: rescue.USD, Rate: decimal.NewFromInt(1)}}, "less than USD 0.02", "", "a strict upper bound rounds up too"},
		{"range rounds outward", cash("THB 0.011 to 0.019"), rescue.USD, []rescue.Rate{{From: rescue.THB, To: rescue.USD, Rate: decimal.NewFromInt(1)}}, "USD 0.01 to 0.02", "", "a range's ends round outward, so the range holds every value the report allows"},
		{"estimate rounds to nearest", cash("about THB 0.019"), rescue.USD, []rescue.Rate{{From: rescue.THB, To: rescue.USD, Rate: decimal.NewFromInt(1)}}, "about USD 0.02", "", "an estimate is a figure, not a bound: to the nearest"},
		{"yen", cash("US$1"), rescue.JPY, []rescue.Rate{{From: rescue.USD, To: rescue.JPY, Rate: decimal.RequireFromString("149.5")}}, "JPY 150", "", "rounded to the yen's minor units, none; 149.5 is a tie, to even"},
		{"qualifiers", cash("about US$10", "up to S$10 (US$7)"), rescue.USD, nil, "about USD 10.00 to 17.00", "", "bounds add as for counts; the equivalent takes its amount's hedge"},
		{"hedged equivalent", cash("US$10,000 (around RM157,000)"), rescue.MYR, nil, "about MYR 157000.00", "", "issue 8: the equivalent's own hedge is kept"},
		{"range", cash("25,000 to 50,000 baht", "THB 5,000"), rescue.THB, nil, "THB 30000.00 to 55000.00", "", "ranges add as intervals"},
		{"range equivalent", cash("VND61-130 million (US$2,500-5,300)"), rescue.USD, nil, "USD 2500.00 to 5300.00", "", "a range equivalent converts a range"},
		{"inverse of given", cash("RM47"), rescue.USD, []rescue.Rate{myrToUSD}, "USD 10.00", "", "a rate from the currency, even an inverse, converts directly"},
		{"more than about", cash("more than USD 10000.00 (about SGD 13700.00)"), rescue.SGD, nil, "more than SGD 13700.00", "", "more than a figure worth about SGD 13700: the bound wins over the estimate, as in Add"},
		{"less than about", cash("less than USD 10000.00 (about SGD 13700.00)"), rescue.SGD, nil, "less than SGD 13700.00", "", "less than a figure worth about SGD 13700: the hedge is kept, not turned into an estimate"},
		{"up to about", cash("up to USD 10000.00 (about SGD 13700.00)"), rescue.SGD, nil, "up to SGD 13700.00", "", "an inclusive upper bound stays one"},
		{"more than range", cash("more than USD 10000.00 (SGD 13700.00 to 14000.00)"), rescue.SGD, nil, "more than SGD 13700.00", "", "more than a figure worth 13700 to 14000 is more than 13700, not a closed range"},
		{"less than range", cash("less than USD 10000.00 (SGD 13700.00 to 14000.00)"), rescue.SGD, nil, "less than SGD 14000.00", "", "less than a figure worth 13700 to 14000 is less than 14000"},
		{"about lower bound", cash("about USD 10000.00 (more than SGD 13000.00)"), rescue.SGD, nil, "more than SGD 13000.00", "", "an estimate of a lower bound is the bound, as in Add"},
		{"about upper bound", cash("about USD 10000.00 (up to SGD 14000.00)"), rescue.SGD, nil, "about SGD 0.00 to 14000.00", "", "an estimate of an upper bound is an estimated range from 0, as in Add"},
		{"about range", cash("about USD 10000.00 to 20000.00 (SGD 13700.00 to 27400.00)"), rescue.SGD, nil, "about SGD 13700.00 to 27400.00", "", "an estimated range makes its range equivalent an estimate"},
		{"range one figure", cash("USD 10000.00 to 20000.00 (SGD 13700.00)"), rescue.SGD, nil, "", "USD (the SGD equivalent of a range is one figure)", "one figure for a range does not say which part of the range it converts"},
		{"range one figure rate", cash("USD 10000.00 to 20000.00 (SGD 13700.00)"), rescue.SGD, []rescue.Rate{{From: rescue.USD, To: rescue.SGD, Rate: decimal.RequireFromString("1.37")}}, "SGD 13700.00 to 27400.00", "", "a rate converts the range end by end"},
		{"summed hedges", cash("up to USD 10.00 (SGD 13.00)", "USD 10.00 (SGD 13.00)"), rescue.SGD, nil, "SGD 13.00 to 26.00", "", "the summed equivalents keep each amount's hedge: 0 to 13 plus 13, not 26"},
		{"missing", cash("US$10", "THB 5", "RM3"), rescue.SGD, nil, "", "no rate or reported equivalent to convert MYR, THB, USD", "every currency that cannot convert is named"},
		{"bad rate", cash("US$10"), rescue.USD, []rescue.Rate{{From: rescue.USD}}, "", "rate 0", "an invalid rate is an error"},
		{"no currency", cash("US$10"), rescue.Currency{}, nil, "", "no currency", "the zero Currency is no currency to total in"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := tt.s.CashIn(tt.in, tt.rates...)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("CashIn = %v, %v; want error containing %q\nreason: %s", got, err, tt.wantErr, tt.reason)
				}
				if (tt.name == "missing" || tt.name == "range one figure") && !errors.Is(err, rescue.ErrCurrencyMismatch) {
					t.Errorf("error %v does not wrap ErrCurrencyMismatch", err)
				}
				return
			}
			if err != nil || got.String() != tt.want {
				t.Errorf("CashIn = %q, %v; want %q\nreason: %s", got, err, tt.want, tt.reason)
			}
		})
	}
}

func TestReportedAmountAdd(t *testing.T) {
	tests := []struct {
		name, a, b, want string
		reason           string
	}{
		{"exact", "US$10", "US$5.50", "USD 15.50", "exact plus exact is exact"},
		{"at least", "more than US$10", "US$5", "more than USD 15.00", "a lower bound plus exact is a lower bound"},
		{"at most", "up to US$10", "up to US$5", "up to USD 15.00", "two upper bounds give an upper bound"},
		{"mixed bounds", "more than US$10", "up to US$5", "more than USD 10.00", "an upper bound adds nothing to a sum with no upper end"},
		{"exact and upper", "US$44", "up to US$10", "USD 44.00 to 54.00", "a figure plus an upper bound is a range"},
		{"strict", "more than US$10", "at least US$3", "more than USD 13.00", "a strict lower end stays strict"},
		{"less than", "less than US$10", "less than US$3", "less than USD 13.00", "two strict upper bounds"},
		{"ranges", "US$20 to US$30", "US$5 to US$6", "USD 25.00 to 36.00", "ranges add end by end"},
		{"about range", "about US$20 to US$30", "US$5", "about USD 25.00 to 35.00", "an estimated range"},
		{"equivalent hedges", "US$10 (about S$13)", "US$20 (S$26)", "USD 30.00 (about SGD 39.00)", "an equivalent's hedge is kept in the sum"},
		{"about", "about US$10", "US$5", "about USD 15.00", "anything plus an estimate is an estimate"},
		{"bound equivalents", "up to USD 10.00 (SGD 13.00)", "USD 10.00 (SGD 13.00)", "USD 10.00 to 20.00 (SGD 13.00 to 26.00)", "an equivalent takes its amount's hedge before it is added: 0 to 13 plus 13"},
		{"lower bound equivalents", "more than USD 10.00 (about SGD 13.00)", "USD 5.00 (SGD 6.50)", "more than USD 15.00 (SGD 19.50)", "more than a figure worth about 13, plus 6.50, is more than a figure worth 19.50"},
		{"estimate equivalents", "about USD 10.00 (SGD 13.00)", "USD 5.00 (SGD 6.50)", "about USD 15.00 (SGD 19.50)", "the estimate is on the figure, and the equivalent converts the figure"},
		{"range one figure", "USD 10.00 to 20.00 (SGD 13.00)", "USD 5.00 (SGD 6.50)", "USD 15.00 to 25.00", "one figure for a range converts no part of it: the equivalent is dropped"},
		{"equivalents kept", "US$10 (S$13; RM47)", "US$20 (RM94; S$26)", "USD 30.00 (MYR 141.00; SGD 39.00)", "equivalents both report are summed, in code order"},
		{"equivalents dropped", "US$10 (S$13; RM47)", "US$20 (RM94)", "USD 30.00 (MYR 141.00)", "an equivalent only one reports is dropped"},
		{"zero right", "US$10 (S$13; RM47)", "", "USD 10.00 (SGD 13.00; MYR 47.00)", "the zero amount adds as nothing, order kept"},
		{"zero left", "", "up to US$10", "up to USD 10.00", "the zero amount adds as nothing"},
		{"both zero", "", "", "", "nothing plus nothing is nothing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var a, b rescue.ReportedAmount
			if tt.a != "" {
				a = rescue.MustParseReportedAmount(tt.a)
			}
			if tt.b != "" {
				b = rescue.MustParseReportedAmount(tt.b)
			}
			got, err := a.Add(b)
			if err != nil || got.String() != tt.want {
				t.Errorf("%q + %q = %q, %v; want %q\nreason: %s", tt.a, tt.b, got, err, tt.want, tt.reason)
			}
			if back, _ := b.Add(a); !back.Equal(got) && tt.a != "" && tt.b != "" {
				t.Errorf("Add is not commutative: %q, %q", got, back)
			}
		})
	}
	_, err := rescue.MustParseReportedAmount("US$1").Add(rescue.MustParseReportedAmount("S$1"))
	var mm *rescue.MismatchError
	if !errors.Is(err, rescue.ErrCurrencyMismatch) || !errors.As(err, &mm) || mm.A != rescue.USD || mm.B != rescue.SGD {
		t.Errorf("USD + SGD: err = %v, want a *MismatchError wrapping ErrCurrencyMismatch", err)
	}
	// The result never shares the equivalents of its operands.
	a := rescue.MustParseReportedAmount("US$10 (S$13)")
	sum, _ := a.Add(rescue.ReportedAmount{})
	sum.Equivalents[0] = rescue.MustParseReportedAmount("SGD 1")
	if a.Equivalents[0].String() != "SGD 13.00" {
		t.Error("Add returned the operand's equivalents, not a copy")
	}
}

// TestReportedAmountAddLaws: Add is commutative and associative, as Summary.Add needs.
func TestReportedAmountAddLaws(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var xs [3]rescue.ReportedAmount
		for i := range xs {
			if rapid.IntRange(0, 4).Draw(t, "zero") > 0 {
				xs[i] = sumTestAmount(rapidDraw(t))
				xs[i].Amount = rescue.NewMoney(xs[i].Amount.Amount(), rescue.USD)
				var eq []rescue.ReportedAmount
				for _, e := range xs[i].Equivalents {
					if e.Amount.Currency() != rescue.USD {
						eq = append(eq, e)
					}
				}
				xs[i].Equivalents = eq
			}
		}
		add := func(a, b rescue.ReportedAmount) rescue.ReportedAmount {
			s, err := a.Add(b)
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		ab, ba := add(xs[0], xs[1]), add(xs[1], xs[0])
		if !ab.Equal(ba) {
			t.Fatalf("a+b = %v, b+a = %v", ab, ba)
		}
		if l, r := add(ab, xs[2]), add(xs[0], add(xs[1], xs[2])); !l.Equal(r) {
			t.Fatalf("(a+b)+c = %v, a+(b+c) = %v", l, r)
		}
	})
}

// TestReportedAmountAddEveryShape: Add is commutative and associative, and
// its sums valid, over every shape of amount (each hedge, ranges, zero)
// with every shape of equivalent, which the random amounts of
// TestReportedAmountAddLaws rarely reach.
func TestReportedAmountAddEveryShape(t *testing.T) {
	t.Parallel()
	usd := func(cents int64) rescue.Money { return rescue.NewMoney(decimal.New(cents, -2), rescue.USD) }
	sgd := func(cents int64) rescue.Money { return rescue.NewMoney(decimal.New(cents, -2), rescue.SGD) }
	quals := []rescue.Qualifier{rescue.Exact, rescue.AtLeast, rescue.MoreThan, rescue.AtMost, rescue.LessThan, rescue.About}
	// The equivalents of an amount of n cents, of every shape; those
	// Validate refuses for an amount are left out.
	equivalents := func(n int64) []rescue.ReportedAmount {
		return []rescue.ReportedAmount{
			{Amount: sgd(n * 137 / 100)},
			{Amount: sgd(n * 137 / 100), Qualifier: rescue.About},
			{Amount: sgd(n * 137 / 100), Qualifier: rescue.AtMost},
			{Amount: sgd(n*137/100 + 7)},
			{Amount: sgd(n*137/100 + 7), Qualifier: rescue.About},
			{Amount: sgd(n*137/100 + 7), Max: sgd(n*2 + 9)},
			{Amount: sgd(n*137/100 + 7), Max: sgd(n*2 + 9), Qualifier: rescue.About},
			{Amount: sgd(n*137/100 + 7), Qualifier: rescue.MoreThan},
			{Amount: sgd(n * 137 / 100), Qualifier: rescue.AtLeast},
			{Amount: sgd(n*2 + 9), Qualifier: rescue.LessThan},
		}
	}
	var all []rescue.ReportedAmount
	i := 0
	for _, n := range []int64{0, 150, 300} {
		for _, q := range quals {
			shapes := []rescue.ReportedAmount{{Amount: usd(n), Qualifier: q}}
			for _, mx := range []int64{200, 450} {
				shapes = append(shapes, rescue.ReportedAmount{Amount: usd(n), Max: usd(mx), Qualifier: q})
			}
			for _, a := range shapes {
				if a.Validate() != nil {
					continue
				}
				all = append(all, a)
				// Every equivalent of 0, where Validate refuses most; two
				// for other amounts, in turn, to keep the triples few.
				eqs := equivalents(n)
				ks := []int{i % len(eqs), (i + 3) % len(eqs)}
				if n == 0 {
					ks = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
				}
				for _, k := range ks {
					a.Equivalents = eqs[k : k+1]
					if a.Validate() == nil {
						all = append(all, a)
					}
				}
				i++
			}
		}
	}
	t.Logf("%d amounts", len(all))
	if len(all) < 50 {
		t.Fatalf("only %d amounts", len(all))
	}
	add := func(a, b rescue.ReportedAmount) rescue.ReportedAmount {
		s, err := a.Add(b)
		if err != nil {
			t.Fatalf("%s + %s: %v", a, b, err)
		}
		return s
	}
	bad := 0
	for _, a := range all {
		for _, b := range all {
			ab := add(a, b)
			if ba := add(b, a); !ab.Equal(ba) {
				t.Errorf("%s + %s = %s, but the other way %s", a, b, ab, ba)
				bad++
			}
			if err := ab.Validate(); err != nil {
				t.Errorf("%s + %s = %s, which is invalid: %v", a, b, ab, err)
				bad++
			}
			for _, c := range all {
				if l, r := add(ab, c), add(a, add(b, c)); !l.Equal(r) {
					t.Errorf("(%s + %s) + %s = %s, but %s + (%s + %s) = %s", a, b, c, l, a, b, c, r)
					bad++
				}
			}
			if bad > 10 {
				t.FailNow()
			}
		}
	}
}

func TestSummaryAllocs(t *testing.T) {
	// Both have every key, so the maps are the same size.
	op := sumBenchOperation(20_000, 1)
	small := sumBenchOperation(10_000, 1)
	perVictim := (testing.AllocsPerRun(5, func() { op.Summary() }) - testing.AllocsPerRun(5, func() { small.Summary() })) / float64(len(op.Victims)-len(small.Victims))
	if perVictim > 0 {
		t.Errorf("Summary allocates %v times per victim, want 0", perVictim)
	}
}

// sumBenchOperation makes an operation with n victims and n/10 suspects,
// varied as real ones are.
func sumBenchOperation(n int, seed uint64) *rescue.Operation {
	r := rand.New(rand.NewPCG(seed, 0))
	nats := make([]rescue.Nationality, 0, 40)
	for _, code := range strings.Fields("MY TW PE TH PH VN ID KH MM LA CN IN NP BD LK PK NG GH KE ET ER SO UA RU RO BG AL MX GT HN SV VE CO BR US GB FR DE IT ES") {
		nats = append(nats, rescue.MustParseNationality(code))
	}
	nats = append(nats, rescue.Nationality{}, rescue.Stateless)
	expl := [][]rescue.Exploitation{
		nil, {rescue.ForcedLabour}, {rescue.SexualExploitation}, {rescue.ForcedCriminality},
		{rescue.ForcedLabour, rescue.ForcedCriminality}, {rescue.SexualExploitation, rescue.ForcedLabour, rescue.Servitude},
	}
	op := &rescue.Operation{ID: "BENCH", Victims: make([]rescue.Victim, n), Suspects: make([]rescue.Suspect, n/10)}
	for i := range op.Victims {
		op.Victims[i] = rescue.Victim{
			ID:           "V",
			Nationality:  nats[r.IntN(len(nats))],
			Gender:       rescue.Gender(r.IntN(6)),
			Age:          sumTestAges[r.IntN(len(sumTestAges))],
			Exploitation: expl[r.IntN(len(expl))],
		}
	}
	for i := range op.Suspects {
		op.Suspects[i] = rescue.Suspect{ID: "S", Nationality: nats[r.IntN(len(nats))]}
		if r.IntN(2) == 0 {
			op.Suspects[i].Status, op.Suspects[i].Arrested = rescue.Arrested, rescue.MustParsePeriod("2023-10")
		}
	}
	return op
}

func BenchmarkSummary(b *testing.B) {
	const victims = 1_000_000
	op := sumBenchOperation(victims, 1)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		op.Summary()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/victims, "ns/victim")
}

func BenchmarkSummaryMerge(b *testing.B) {
	const n = 10_000
	sums := make([]rescue.Summary, n)
	for i := range sums {
		op := sumBenchOperation(20+i%50, uint64(i))
		op.Evidence = []rescue.Evidence{
			{ID: "E1", Kind: rescue.MobilePhone, Quantity: rescue.Count{N: i % 7}},
			{ID: "E2", Kind: rescue.Cash, Cash: rescue.MustParseReportedAmount("more than US$10,000 (S$13,700)")},
		}
		sums[i] = op.Summary()
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		var total rescue.Summary
		for i := range sums {
			total.Add(sums[i])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/summary")
}

// TestSummaryJSON: a summary, with unrecorded keys and hedged counts,
// survives a JSON round trip.
func TestSummaryJSON(t *testing.T) {
	s := lima().Summary()
	s.Add((&rescue.Operation{ID: "X", Victims: []rescue.Victim{{ID: "V1", Gender: rescue.Feminine}}}).Summary())
	for _, s := range []rescue.Summary{s, s.Suppress(11), {}} {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back rescue.Summary
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("Unmarshal(%s): %v", b, err)
		}
		if d := cmp.Diff(s, back); d != "" {
			t.Errorf("JSON round trip of %s (-want +got):\n%s", b, d)
		}
	}
	b, _ := json.Marshal(lima().Summary().Suppress(11))
	if want := `"victimsByNationality":{"MY":"at least 11","TW":"at most 10"}`; !strings.Contains(string(b), want) {
		t.Errorf("JSON %s lacks %s", b, want)
	}
}

func TestSummaryAddEdges(t *testing.T) {
	t.Parallel()
	var nilSummary *rescue.Summary
	nilSummary.Add(rescue.Summary{Operations: 1}) // must not panic
	s := rescue.Summary{Operations: math.MaxInt}
	s.Add(rescue.Summary{Operations: 1})
	if s.Operations != math.MaxInt {
		t.Errorf("Operations after MaxInt + 1 = %d, want it to stay at MaxInt rather than wrap", s.Operations)
	}
}
