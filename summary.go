package rescue

import (
	"cmp"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Summary is what one or many operations add up to: how many victims and
// suspects, from where, what was seized. It answers "how many" without
// naming anyone, and summaries merge with [Summary.Add], so the summary of
// a thousand operations is the sum of theirs, in any order.
//
// [Operation.Summary] reads the report's own figures first: for each
// breakdown of each operation, the tallies (Operation.Counts) where they
// give it, else the individual records. Counts of people are therefore
// exact where the records or the figures are, and carry the figures'
// hedges and ranges otherwise ("more than 200"); where two sources
// disagree, a count holds both ("11 to 19"). Counts of evidence carry the
// hedges of the quantities they sum, following the rules of [Count.Add],
// and cash amounts those of the amounts ([ReportedAmount.Add]).
//
// Where a source's figures give no total, it is added up from one of its
// breakdowns — the statuses, else the nationalities, genders or ages —
// and is never less than what another breakdown, or the records beside
// the figures, count: "11 rescued" and Lao workers who were not are "at
// least 12". A figure given only within another dimension ("six Taiwanese
// arrested") is the value's whole count only where those figures count
// everyone, else a lower bound. Ages that lie within others are not
// counted twice ("5 aged 13-15" of "10 minors"), and ages that overlap
// give at least the most either says. A victim is counted under each
// exploitation a figure states of them.
//
// In every breakdown the people whose value was not recorded are counted
// under the map's zero key: VictimsByNationality[Nationality{}] is the
// number of victims whose nationality is not recorded — for records, those
// with no nationality; for figures, the total less the nationalities
// given ("more than 200" less 215 given is "at least 0": the rest, if
// any, is not recorded). Keys with a count of zero are left out, and a
// breakdown with no keys is nil. Only a victim's or suspect's Nationality
// counts, not their OtherNationalities.
//
// A Summary encodes to JSON as an object whose breakdowns are keyed by
// the text forms of their keys ("MY", "Feminine", "USD"; "" for not
// recorded) and whose counts are strings ("at least 2"), and decodes back
// to an equal Summary.
//
// The zero Summary is the summary of no operations; it is ready to use as
// the start of a sum. [Summary.Suppress] prepares a summary for
// publication.
type Summary struct {
	Operations int `json:"operations"` // how many operations were summed
	// OperationsWithVictims and OperationsWithSuspects are how many of the
	// Operations record victims, and suspects, as records or as the
	// report's figures (tallies). They tell a figure of 0 (a tally of
	// none) from an operation that records none, whose count is 0 too
	// but which says nothing of how many there were; [Summary.String]
	// writes such a total "not recorded".
	OperationsWithVictims  int `json:"operationsWithVictims"`
	OperationsWithSuspects int `json:"operationsWithSuspects"`

	Victims               Count                  `json:"victims"`                         // all victims
	VictimsByNationality  map[Nationality]Count  `json:"victimsByNationality,omitempty"`  // each victim once, by Nationality
	VictimsByGender       map[Gender]Count       `json:"victimsByGender,omitempty"`       // each victim once, by Gender
	VictimsByExploitation map[Exploitation]Count `json:"victimsByExploitation,omitempty"` // each victim under each of their exploitations (so the counts may add up to more than Victims), or under the zero key if none is recorded
	VictimsByStatus       map[VictimStatus]Count `json:"victimsByStatus,omitempty"`       // each victim once, by Status (rescued, intercepted…)
	// Minors is how many victims are under 18. A victim counts if
	// [Age.IsMinor] reports a known minor. If it is not known for some
	// victims (their age is unknown, or a range such as 15-20 that spans
	// 18), those are counted in MinorityUnknown and Minors is a lower
	// bound (at least N; "at least 0" when no victim is known to be a
	// minor, which String writes as "not recorded"). Otherwise it is
	// exact. Tallies narrowed by age give it where they lie within 0-17
	// ("at least 3" minors), and MinorityUnknown is then the rest of the
	// victims less the minors and adults they count.
	Minors          Count `json:"minors"`
	MinorityUnknown Count `json:"minorityUnknown"` // victims of whom it is not known whether they are under 18

	Suspects              Count                 `json:"suspects"`                        // all suspects
	SuspectsByNationality map[Nationality]Count `json:"suspectsByNationality,omitempty"` // each suspect once, by Nationality
	Arrested              Count                 `json:"arrested"`                        // suspects whose status says they were arrested ([SuspectStatus.ImpliesArrest])

	// EvidenceByKind is how many items were seized, by kind: the sum of
	// the items' Quantity. An item whose Quantity has no positive figure
	// (none recorded) counts as at least one item, since it was seized.
	EvidenceByKind map[EvidenceKind]Count `json:"evidenceByKind,omitempty"`
	// Cash is the cash seized, summed per currency with
	// [ReportedAmount.Add] (a total an amount cannot hold is stated as
	// [Summary.Add] says), under the currency of each amount's value. It
	// holds the Cash of every item that records some, whatever its Kind.
	Cash map[Currency]ReportedAmount `json:"cash,omitempty"`
	// Value is the estimated value of what else was seized ([Evidence.Value]:
	// vehicles, property), summed per currency as Cash is.
	Value map[Currency]ReportedAmount `json:"value,omitempty"`
}

// Summary returns the summary of op: one operation, its victims, suspects
// and evidence counted as [Summary] describes. A nil op gives the zero
// Summary. It does not validate op; invalid values are counted under their
// own keys.
//
// Summary reads each victim once and costs no allocation per victim or
// suspect; the maps are filled at the end.
func (op *Operation) Summary() Summary {
	if op == nil {
		return Summary{}
	}
	s := Summary{Operations: 1}
	var acc sumCounter
	var minors, unknown int
	for i := range op.Victims {
		v := &op.Victims[i]
		acc.nationality(&acc.victimNat, v.Nationality)
		acc.gender[v.Gender]++
		acc.status[v.Status]++
		switch ex := v.Exploitation; len(ex) {
		case 0:
			acc.exploitation[0]++
		case 1:
			acc.exploitation[ex[0]]++
		default:
			for j, e := range ex {
				if !slices.Contains(ex[:j], e) { // a victim counts once under each
					acc.exploitation[e]++
				}
			}
		}
		switch minor, known := v.Age.IsMinor(); {
		case !known:
			unknown++
		case minor:
			minors++
		}
	}
	s.Victims = Count{N: len(op.Victims)}
	s.Minors = Count{N: minors}
	if unknown > 0 {
		s.Minors.Qualifier = AtLeast
	}
	s.MinorityUnknown = Count{N: unknown}

	arrested := 0
	for i := range op.Suspects {
		p := &op.Suspects[i]
		acc.nationality(&acc.suspectNat, p.Nationality)
		if p.IsArrested() {
			arrested++
		}
	}
	s.Suspects = Count{N: len(op.Suspects)}
	s.Arrested = Count{N: arrested}

	s.VictimsByNationality = sumNationalities(&acc.victimNat, acc.victimNatOther)
	s.SuspectsByNationality = sumNationalities(&acc.suspectNat, acc.suspectNatOther)
	s.VictimsByGender = sumFromArray(acc.gender[:], func(i int) Gender { return Gender(i) })
	s.VictimsByExploitation = sumFromArray(acc.exploitation[:], func(i int) Exploitation { return Exploitation(i) })
	s.VictimsByStatus = sumFromArray(acc.status[:], func(i int) VictimStatus { return VictimStatus(i) })
	if len(op.Counts) > 0 {
		s.applyTallies(op)
	}
	if len(op.Victims) > 0 || sumHasTally(op, OfVictims) {
		s.OperationsWithVictims = 1
	}
	if len(op.Suspects) > 0 || sumHasTally(op, OfSuspects) {
		s.OperationsWithSuspects = 1
	}

	for i := range op.Evidence {
		e := &op.Evidence[i]
		q := e.Quantity
		if q.N <= 0 {
			q = Count{N: 1, Qualifier: AtLeast}
		}
		if s.EvidenceByKind == nil {
			s.EvidenceByKind = make(map[EvidenceKind]Count)
		}
		s.EvidenceByKind[e.Kind] = s.EvidenceByKind[e.Kind].Add(q)
		sumAmount(&s.Cash, e.Cash)
		sumAmount(&s.Value, e.Value)
	}
	return s
}

// sumHasTally reports whether op has a tally of people of that the
// summary reads (one whose count is valid).
func sumHasTally(op *Operation, of TallyOf) bool {
	for i := range op.Counts {
		if t := &op.Counts[i]; t.Of == of && t.Count.Validate() == nil {
			return true
		}
	}
	return false
}

// sumAmount adds a to the total of its currency in *m.
func sumAmount(m *map[Currency]ReportedAmount, a ReportedAmount) {
	if a.IsZero() {
		return
	}
	if *m == nil {
		*m = make(map[Currency]ReportedAmount)
	}
	c := a.Amount.cur
	if sum, err := (*m)[c].addWithin(a); err == nil { // same currency: fails only below -10^30
		(*m)[c] = sum
	}
}

// sumCounter accumulates the breakdowns of one operation in arrays indexed
// by the values themselves, so that counting a person costs a few
// increments and no map operation.
type sumCounter struct {
	victimNat, suspectNat           [natLast + 1]int
	victimNatOther, suspectNatOther map[Nationality]int // indexes past natLast, which no parser makes
	gender                          [256]int
	exploitation                    [256]int
	status                          [256]int
}

func (acc *sumCounter) nationality(counts *[natLast + 1]int, n Nationality) {
	if int(n.idx) < len(counts) {
		counts[n.idx]++
		return
	}
	other := &acc.victimNatOther
	if counts == &acc.suspectNat {
		other = &acc.suspectNatOther
	}
	if *other == nil {
		*other = make(map[Nationality]int)
	}
	(*other)[n]++
}

func sumNationalities(counts *[natLast + 1]int, other map[Nationality]int) map[Nationality]Count {
	m := sumFromArray(counts[:], func(i int) Nationality { return Nationality{uint16(i)} })
	for n, c := range other {
		if m == nil {
			m = make(map[Nationality]Count)
		}
		m[n] = Count{N: c}
	}
	return m
}

// sumFromArray turns the nonzero counts of an array into a map, nil if
// there are none.
func sumFromArray[K comparable](counts []int, key func(int) K) map[K]Count {
	var m map[K]Count
	for i, c := range counts {
		if c == 0 {
			continue
		}
		if m == nil {
			m = make(map[K]Count)
		}
		m[key(i)] = Count{N: c}
	}
	return m
}

// Add adds o to s, so that s becomes the summary of the operations of both:
// the operations, every count and every breakdown are added key by key with
// [Count.Add], and the cash per currency with [ReportedAmount.Add]. Add is
// commutative and associative: any order of adding the same summaries
// gives the same result. s shares no memory with o afterwards.
//
// Operations stops at the largest int rather than wrap around, and counts
// past 10^12 are stated as what still holds (see [Count.Add]). So are
// totals of cash that an amount cannot hold (30 digits; no seizure comes
// near): a total past the largest amount is "more than" it, an upper end
// past it is dropped, and a total with more digits than an amount holds is
// rounded outward, to a range that holds it (USD 10^28 + USD 0.001 is
// "USD 10000000000000000000000000000.00 to 10000000000000000000000000000.10").
// No amount is left out, and every total holds the exact sum; only how
// tightly a total rounded outward holds it may depend on the order. Add on
// a nil *Summary does nothing.
//
// Add assumes, as [Operation.Summary] ensures, that each amount of Cash is
// filed under the currency of its value; an amount filed under another
// currency is not added.
func (s *Summary) Add(o Summary) {
	if s == nil {
		return
	}
	s.Operations = countSatAdd(s.Operations, o.Operations)
	s.OperationsWithVictims = countSatAdd(s.OperationsWithVictims, o.OperationsWithVictims)
	s.OperationsWithSuspects = countSatAdd(s.OperationsWithSuspects, o.OperationsWithSuspects)
	s.Victims = s.Victims.Add(o.Victims)
	s.Minors = s.Minors.Add(o.Minors)
	s.MinorityUnknown = s.MinorityUnknown.Add(o.MinorityUnknown)
	s.Suspects = s.Suspects.Add(o.Suspects)
	s.Arrested = s.Arrested.Add(o.Arrested)
	sumAddMap(&s.VictimsByNationality, o.VictimsByNationality)
	sumAddMap(&s.VictimsByGender, o.VictimsByGender)
	sumAddMap(&s.VictimsByExploitation, o.VictimsByExploitation)
	sumAddMap(&s.VictimsByStatus, o.VictimsByStatus)
	sumAddMap(&s.SuspectsByNationality, o.SuspectsByNationality)
	sumAddMap(&s.EvidenceByKind, o.EvidenceByKind)
	sumAddAmounts(&s.Cash, o.Cash)
	sumAddAmounts(&s.Value, o.Value)
}

func sumAddAmounts(dst *map[Currency]ReportedAmount, src map[Currency]ReportedAmount) {
	for c, a := range src {
		if *dst == nil {
			*dst = make(map[Currency]ReportedAmount, len(src))
		}
		if sum, err := (*dst)[c].addWithin(a); err == nil {
			(*dst)[c] = sum
		}
	}
}

func sumAddMap[K comparable](dst *map[K]Count, src map[K]Count) {
	for k, c := range src {
		if *dst == nil {
			*dst = make(map[K]Count, len(src))
		}
		(*dst)[k] = (*dst)[k].Add(c)
	}
}

// CountRow is one row of a breakdown of a [Summary]: a key (a nationality,
// a gender, a kind of exploitation or of evidence) and its count. The zero
// Key stands for "not recorded".
type CountRow[K comparable] struct {
	Key   K
	Count Count
}

// sumRows returns the rows of m, the largest count first. Counts with the
// same N are ordered by what they say of the true number: at least N, then
// exactly N, about N, at most N. Equal counts are ordered by code, the zero
// key (not recorded) last.
func sumRows[K comparable](m map[K]Count, code func(K) string) []CountRow[K] {
	if len(m) == 0 {
		return nil
	}
	rows := make([]CountRow[K], 0, len(m))
	for k, c := range m {
		rows = append(rows, CountRow[K]{k, c})
	}
	var zero K
	slices.SortFunc(rows, func(a, b CountRow[K]) int {
		if c := cmp.Compare(b.Count.N, a.Count.N); c != 0 {
			return c
		}
		if c := cmp.Compare(sumQualifierRank(a.Count.Qualifier), sumQualifierRank(b.Count.Qualifier)); c != 0 {
			return c
		}
		if az, bz := a.Key == zero, b.Key == zero; az != bz {
			if az {
				return 1
			}
			return -1
		}
		return strings.Compare(code(a.Key), code(b.Key))
	})
	return rows
}

// sumQualifierRank orders qualifiers of one figure from the largest true
// number it allows to the smallest.
func sumQualifierRank(q Qualifier) int {
	switch q {
	case MoreThan:
		return 0
	case AtLeast:
		return 1
	case Exact:
		return 2
	case About:
		return 3
	case AtMost:
		return 4
	case LessThan:
		return 5
	}
	return 6
}

// VictimsByNationalityRows returns VictimsByNationality as rows, the most
// victims first; see [Summary.EvidenceByKindRows] for the order of ties.
func (s Summary) VictimsByNationalityRows() []CountRow[Nationality] {
	return sumRows(s.VictimsByNationality, Nationality.String)
}

// SuspectsByNationalityRows returns SuspectsByNationality as rows, the
// most suspects first; see [Summary.EvidenceByKindRows] for the order of
// ties.
func (s Summary) SuspectsByNationalityRows() []CountRow[Nationality] {
	return sumRows(s.SuspectsByNationality, Nationality.String)
}

// VictimsByGenderRows returns VictimsByGender as rows, the most victims
// first; see [Summary.EvidenceByKindRows] for the order of ties.
func (s Summary) VictimsByGenderRows() []CountRow[Gender] {
	return sumRows(s.VictimsByGender, Gender.String)
}

// VictimsByExploitationRows returns VictimsByExploitation as rows, the
// most victims first; see [Summary.EvidenceByKindRows] for the order of
// ties.
func (s Summary) VictimsByExploitationRows() []CountRow[Exploitation] {
	return sumRows(s.VictimsByExploitation, Exploitation.String)
}

// VictimsByStatusRows returns VictimsByStatus as rows, the most victims
// first; see [Summary.EvidenceByKindRows] for the order of ties.
func (s Summary) VictimsByStatusRows() []CountRow[VictimStatus] {
	return sumRows(s.VictimsByStatus, VictimStatus.String)
}

// EvidenceByKindRows returns EvidenceByKind as rows, the most items first.
// The order is deterministic, as for every row method of Summary: by N,
// largest first; for the same N by qualifier, in the order at least N,
// exactly N, about N, at most N (the largest true number first); then by
// code (the alpha-2 or ICAO code of a nationality, the code of a
// vocabulary value), with the zero key, "not recorded", last. An empty
// breakdown gives nil.
func (s Summary) EvidenceByKindRows() []CountRow[EvidenceKind] {
	return sumRows(s.EvidenceByKind, EvidenceKind.String)
}

// CashRow is one row of the cash of a [Summary]: a currency and the amount
// seized in it. The zero Currency stands for amounts with no currency.
type CashRow struct {
	Currency Currency
	Amount   ReportedAmount
}

// CashRows returns Cash as rows in the order of the currency codes, amounts
// with no currency last. No cash gives nil.
func (s Summary) CashRows() []CashRow { return sumAmountRows(s.Cash) }

// ValueRows returns Value as rows, in the order of [Summary.CashRows].
func (s Summary) ValueRows() []CashRow { return sumAmountRows(s.Value) }

func sumAmountRows(m map[Currency]ReportedAmount) []CashRow {
	if len(m) == 0 {
		return nil
	}
	rows := make([]CashRow, 0, len(m))
	for c, a := range m {
		rows = append(rows, CashRow{c, a})
	}
	slices.SortFunc(rows, func(a, b CashRow) int {
		if av, bv := a.Currency.IsValid(), b.Currency.IsValid(); av != bv {
			if av {
				return -1
			}
			return 1
		}
		return a.Currency.Compare(b.Currency)
	})
	return rows
}

// String returns the summary as a table for people to read, one figure a
// line, the breakdowns indented under their totals, largest first (the
// order of the row methods), nationalities with their names and codes
// ("Malaysia (MY)"), vocabulary values with their labels, counts as
// [Count.String] writes them ("at least 2", "at most 10") and cash in the
// English form of [ReportedAmount.Format] ("more than US$10,000.00
// (S$13,700.00)"):
//
//	Operations            1
//	Victims               44
//	  by nationality
//	    Malaysia (MY)     43
//	    Taiwan (TW)       1
//	  …
//
// The total of victims, or of suspects, of operations that record none
// of them (no records and no tallies, as OperationsWithVictims and
// OperationsWithSuspects count) is "not recorded", with no line under
// it, as a 0 would read as a fact; a tally of none gives 0. A total that
// only some of the operations record says so: "5 (recorded for 1 of 2
// operations)". The evidence and cash sections are left out when there
// is none. The exact layout is for people and may change; programs
// should read the fields or the rows.
func (s Summary) String() string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	line := func(indent, label, value string) {
		fmt.Fprintf(tw, "%s%s\t%s\n", indent, label, value)
	}
	heading := func(indent, label string) { fmt.Fprintf(tw, "%s%s\t\n", indent, label) }
	natLabel := func(n Nationality) string {
		if n == (Nationality{}) {
			return "not recorded"
		}
		if name := n.Name(); name != "" {
			return name + " (" + n.String() + ")"
		}
		return n.String()
	}
	rows := func(title string, r []CountRow[Nationality]) {
		if len(r) == 0 {
			return
		}
		heading("  ", title)
		for _, row := range r {
			line("    ", natLabel(row.Key), sumCountText(row.Count))
		}
	}

	line("", "Operations", fmt.Sprint(s.Operations))
	victims, anyVictims := sumTotalText(s.Victims, s.OperationsWithVictims, s.Operations)
	line("", "Victims", victims)
	rows("by nationality", s.VictimsByNationalityRows())
	if r := s.VictimsByGenderRows(); len(r) > 0 {
		heading("  ", "by gender")
		for _, row := range r {
			line("    ", sumLabel(row.Key.Label(), row.Key == 0), sumCountText(row.Count))
		}
	}
	if r := s.VictimsByStatusRows(); len(r) > 0 {
		heading("  ", "by status")
		for _, row := range r {
			line("    ", sumLabel(row.Key.Label(), row.Key == 0), sumCountText(row.Count))
		}
	}
	if r := s.VictimsByExploitationRows(); len(r) > 0 {
		heading("  ", "by exploitation")
		for _, row := range r {
			line("    ", sumLabel(row.Key.Label(), row.Key == 0), sumCountText(row.Count))
		}
	}
	var minors string
	switch {
	case s.Minors == (Count{Qualifier: AtLeast}) && !s.MinorityUnknown.IsZero():
		minors = "not recorded"
	case s.MinorityUnknown.IsZero():
		minors = s.Minors.String()
	default:
		minors = s.Minors.String() + " (not known for " + s.MinorityUnknown.String() + ")"
	}
	if anyVictims {
		line("  ", "minors", minors)
	}
	suspects, anySuspects := sumTotalText(s.Suspects, s.OperationsWithSuspects, s.Operations)
	line("", "Suspects", suspects)
	rows("by nationality", s.SuspectsByNationalityRows())
	if anySuspects {
		line("  ", "arrested", sumCountText(s.Arrested))
	}
	if r := s.EvidenceByKindRows(); len(r) > 0 {
		heading("", "Evidence seized")
		for _, row := range r {
			line("  ", sumLabel(row.Key.Label(), row.Key == 0), row.Count.String())
		}
	}
	amounts := func(title string, r []CashRow) {
		if len(r) == 0 {
			return
		}
		heading("", title)
		for _, row := range r {
			code := row.Currency.String()
			if code == "" {
				code = "no currency"
			}
			line("  ", code, row.Amount.Format(language.English))
		}
	}
	amounts("Cash seized", s.CashRows())
	amounts("Value of other items seized", s.ValueRows())
	tw.Flush()
	// The tab writer pads the empty cell of a heading; drop the padding.
	out := b.String()
	if !strings.Contains(out, " \n") {
		return out
	}
	lines := strings.SplitAfter(out, "\n")
	for i, l := range lines {
		if t := strings.TrimRight(l, " \n"); len(t)+1 < len(l) {
			lines[i] = t + "\n"
		}
	}
	return strings.Join(lines, "")
}

// sumNotRecorded is "at least 0", the count of which nothing is known.
var sumNotRecorded = Count{Qualifier: AtLeast}

// sumCountText writes a count of people for the table of String: as
// [Count.String] does, except "at least 0", a count of which nothing is
// known, which it writes as "unknown".
func sumCountText(c Count) string {
	if c == sumNotRecorded {
		return "unknown"
	}
	return c.String()
}

// sumTotalText writes the total of victims or of suspects for the table
// of String, and reports whether anything is known of them. The total is
// "not recorded" where the operations record none of them (with is 0 of
// ops), and where it says nothing ("at least 0"); a 0 is a figure, of a
// tally that counts none. A total that only some of the operations
// record says so: "44 (recorded for 1 of 2 operations)". A total that
// disagrees with with (a Summary built by hand, or decoded from JSON
// written before the field) is written as it is.
func sumTotalText(total Count, with, ops int) (string, bool) {
	switch {
	case total == sumNotRecorded, ops > 0 && with == 0 && total == Count{}:
		return "not recorded", false
	case 0 < with && with < ops:
		return total.String() + " (recorded for " + strconv.Itoa(with) + " of " + strconv.Itoa(ops) + " operations)", true
	}
	return total.String(), true
}

// sumLabel is the label of a vocabulary value, or "not recorded" for the
// zero value.
func sumLabel(label string, zero bool) string {
	if zero {
		return "not recorded"
	}
	return label
}

// cashInOtherPlaces is the number of decimal places CashIn rounds a total to
// in a unit that has no minor units (gold, SDR).
const cashInOtherPlaces = 10

// CashIn returns the total of the cash in currency c. Each amount is
// converted:
//
//   - an amount already in c is taken as it is;
//   - otherwise with the first of rates that converts from its currency to
//     c, or else with the inverse of the first that converts from c to its
//     currency;
//   - otherwise, when no rate is given for its currency, with the
//     equivalent in c that was reported with it. The equivalent converts
//     the figure the amount's hedge is on, so that hedge applies to it, as
//     in [ReportedAmount.Add]: a bound counts from the equivalent's lower
//     end (or up to its upper end), whether or not the equivalent is an
//     estimate, and an estimate makes the equivalent one. "USD 10000.00
//     (about MYR 157000.00)" counts as about MYR 157000.00, "more than USD
//     10000.00 (about SGD 13700.00)" and "more than USD 10000.00 (SGD
//     13700.00 to 14000.00)" as more than SGD 13700.00, "less than USD
//     10000.00 (about SGD 13700.00)" as less than SGD 13700.00. One figure
//     given for a range ("USD 10000.00 to 20000.00 (SGD 13700.00)") does
//     not say which part of the range it converts, and converts none of
//     it.
//
// An amount that none of these converts is an error wrapping
// [ErrCurrencyMismatch] that names its currency (all such currencies,
// in code order), and says so where its equivalent in c is one figure
// for a range. An invalid rate, or an invalid c, is an error too.
//
// The amounts, ranges and bounds are added as [ReportedAmount.Add] adds
// them; the arithmetic is exact, in rationals, including division by a
// rate used inversely, and only the ends of the total are rounded to the
// minor units of c (to 10 places for a unit without minor units, such as
// gold): a bound and the ends of a range outward, so that the total says
// a little less than the exact one, never more ("more than USD 0.019" is
// "more than USD 0.01"; "up to USD 0.011" is "up to USD 0.02"), and one
// figure or an estimate half to even, to the nearest. The total has no
// equivalents. No cash gives 0 in c.
func (s Summary) CashIn(c Currency, rates ...Rate) (ReportedAmount, error) {
	const fn = "Summary.CashIn"
	if !c.IsValid() {
		return ReportedAmount{}, parseError(fn, "", "no currency to total in", ErrRequired)
	}
	for i, r := range rates {
		if err := r.Validate(); err != nil {
			return ReportedAmount{}, parseError(fn, c.String(), "rate "+strconv.Itoa(i)+" ("+r.String()+"): "+errDetail(err), ErrInvalid)
		}
	}
	var total amountInterval
	var missing []string
	for _, a := range s.Cash {
		if a.IsZero() {
			continue
		}
		iv, why := cashConvert(a, c, rates)
		if why != "" {
			missing = append(missing, why)
			continue
		}
		total = total.add(iv)
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		return ReportedAmount{}, parseError(fn, c.String(), "no rate or reported equivalent to convert "+strings.Join(missing, ", "), ErrCurrencyMismatch)
	}
	places := int32(cashInOtherPlaces)
	if c.info().digits >= 0 {
		places = int32(c.Digits())
	}
	sum, err := total.reported(c, places)
	if err != nil {
		return ReportedAmount{}, parseError(fn, c.String(), errDetail(err), ErrRange)
	}
	return sum, nil
}

// cashConvert returns what a allows in c; when nothing converts it, it
// returns why: its currency, and what its equivalent in c lacks.
func cashConvert(a ReportedAmount, c Currency, rates []Rate) (amountInterval, string) {
	from := a.Amount.cur
	iv := amountIntervalOf(a)
	if from == c {
		return iv, ""
	}
	if !from.IsValid() {
		return iv, "no currency"
	}
	for _, r := range rates {
		if r.From == from && r.To == c {
			return iv.scale(exactOfDecimal(r.Rate)), ""
		}
	}
	for _, r := range rates {
		if r.From == c && r.To == from {
			return iv.scale(exactNum{r: new(big.Rat).Inv(r.Rate.Rat())}), ""
		}
	}
	for _, e := range a.Equivalents {
		if e.Amount.cur == c {
			if eq, ok := equivalentInterval(a, e); ok {
				return eq, ""
			}
			return iv, from.String() + " (the " + c.String() + " equivalent of a range is one figure)"
		}
	}
	return iv, from.String()
}

// ratRoundHalfEven rounds x to places decimal places, half to even.
func ratRoundHalfEven(x *big.Rat, places int32) decimal.Decimal {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	num := new(big.Int).Mul(x.Num(), scale)
	den := x.Denom()
	quo, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	if rem.Sign() != 0 {
		twice := new(big.Int).Abs(rem)
		twice.Lsh(twice, 1)
		if c := twice.Cmp(den); c > 0 || c == 0 && quo.Bit(0) == 1 {
			quo.Add(quo, big.NewInt(int64(num.Sign()))) // away from zero
		}
	}
	return decimal.NewFromBigInt(quo, -places)
}
