package rescue_test

import (
	gocmp "cmp"
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/antitrafficking/rescue"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// The checker below is an attacker: it takes a published summary and works
// out, by brute force over whole numbers, every value a suppressed count can
// have given everything else that is published. It knows how the
// breakdowns relate to their totals, reads each count as the interval its
// qualifier states (an estimate as exact), and it is written apart from
// Suppress's own interval arithmetic so that one checks the other.

type chkKind int

const (
	chkPartition chkKind = iota // cells add up to the total
	chkCover                    // zero key + the rest; every one in some cell, none above the total
	chkPart                     // disjoint parts, the rest free
)

type chkCell struct {
	name      string
	in, out   rescue.Count // given to Suppress, and published
	truth     int          // the true value
	lo, hi    int          // the published interval, capped
	isZeroKey bool
}

type chkRel struct {
	name  string
	kind  chkKind
	cells []chkCell
	rest  int // chkPart: the true rest
}

type chkGroup struct {
	name  string
	k     int
	cap   int
	total chkCell
	rels  []chkRel
}

func chkInterval(c rescue.Count, cap int) (int, int) {
	n := min(max(c.N, 0), cap)
	switch c.Qualifier {
	case rescue.AtLeast:
		return n, cap
	case rescue.AtMost:
		return 0, n
	}
	return n, n
}

func chkNewCell(name string, in, out rescue.Count, truth int, cap int) chkCell {
	c := chkCell{name: name, in: in, out: out, truth: truth}
	c.lo, c.hi = chkInterval(out, cap)
	return c
}

// chkMapRel makes a relation of a breakdown, the cells in key order.
func chkMapRel[K comparable](t chkT, name string, kind chkKind, in, out map[K]rescue.Count, truth map[K]int, cap int) chkRel {
	keys := chkSortedKeys(in)
	if !slices.Equal(keys, chkSortedKeys(out)) {
		t.Fatalf("%s: Suppress changed the keys: %v → %v", name, in, out)
	}
	r := chkRel{name: name, kind: kind}
	for _, key := range keys {
		c := chkNewCell(fmt.Sprintf("%s[%v]", name, key), in[key], out[key], truth[key], cap)
		var zero K
		c.isZeroKey = key == zero
		r.cells = append(r.cells, c)
	}
	return r
}

func chkSortedKeys[K comparable](m map[K]rescue.Count) []K {
	ks := slices.Collect(maps.Keys(m))
	slices.SortFunc(ks, func(a, b K) int { return gocmp.Compare(fmt.Sprintf("%#v", a), fmt.Sprintf("%#v", b)) })
	return ks
}

// chkT is what the checker needs of *testing.T and *rapid.T.
type chkT interface {
	Helper()
	Fatalf(format string, args ...any)
}

// sums returns which totals the cells (but skip) can add up to, 0 to cap.
func chkSums(cells []chkCell, skip int, cap int) []bool {
	reach := make([]bool, cap+1)
	reach[0] = true
	for i, c := range cells {
		if i == skip {
			continue
		}
		next := make([]bool, cap+1)
		for s, ok := range reach {
			if !ok {
				continue
			}
			for v := c.lo; v <= c.hi && s+v <= cap; v++ {
				next[s+v] = true
			}
		}
		reach = next
	}
	return reach
}

// feasible reports whether r allows total T with cell i (-1: none) at x.
func (r chkRel) feasible(T, i, x int, cap int) bool {
	switch r.kind {
	case chkPartition:
		if i < 0 {
			return chkSums(r.cells, -1, cap)[T]
		}
		return T-x >= 0 && chkSums(r.cells, i, cap)[T-x]
	case chkPart:
		sum := 0
		for j, c := range r.cells {
			if j == i {
				sum += x
			} else {
				sum += c.lo
			}
		}
		return sum <= T
	}
	// chkCover: e0 victims with nothing recorded, rr with something.
	zero := -1
	for j, c := range r.cells {
		if c.isZeroKey {
			zero = j
		}
	}
	e0lo, e0hi := 0, 0
	if zero >= 0 {
		e0lo, e0hi = r.cells[zero].lo, r.cells[zero].hi
		if i == zero {
			e0lo, e0hi = x, x
		}
	}
	for e0 := e0lo; e0 <= e0hi && e0 <= T; e0++ {
		rr := T - e0
		ok, maxSum := true, 0
		for j, c := range r.cells {
			if j == zero {
				continue
			}
			lo, hi := c.lo, c.hi
			if j == i {
				lo, hi = x, x
			}
			if lo > rr {
				ok = false
				break
			}
			maxSum += min(hi, rr)
		}
		if ok && maxSum >= rr {
			return true
		}
	}
	return false
}

// values returns up to two values that cell i of relation ri (ri -1: the
// total; i -1: the rest of a chkPart) can take.
func (g chkGroup) values(ri, i int) []int {
	var found []int
	add := func(v int) bool {
		if !slices.Contains(found, v) {
			found = append(found, v)
		}
		return len(found) >= 2
	}
	for T := g.total.lo; T <= g.total.hi; T++ {
		ok := true
		for j, r := range g.rels {
			if j != ri && !r.feasible(T, -1, 0, g.cap) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		switch {
		case ri < 0:
			if add(T) {
				return found
			}
		case i < 0: // the rest: T less what the parts can add up to
			for s, reach := range chkSums(g.rels[ri].cells, -1, g.cap) {
				if reach && s <= T && add(T-s) {
					return found
				}
			}
		default:
			c := g.rels[ri].cells[i]
			for x := c.lo; x <= c.hi; x++ {
				if g.rels[ri].feasible(T, i, x, g.cap) && add(x) {
					return found
				}
			}
		}
	}
	return found
}

// check fails t if a count the group hides is pinned to one value, or if
// anything published is untrue.
func (g chkGroup) check(t chkT) {
	t.Helper()
	// A count is hidden if it is small as given; it must not be
	// recoverable if it is small in truth too (a hedged count such as "at
	// most 5" may truly be 0, which the other counts may show, and 0 is no
	// small cell: it is published as it is).
	small := func(c chkCell) bool { return c.in.N >= 1 && c.in.N <= g.k-1 && c.truth >= 1 && c.truth <= g.k-1 }
	truthful := func(c chkCell) {
		lo, hi := chkInterval(c.out, 1<<62)
		if c.truth < lo || c.truth > hi {
			t.Fatalf("k=%d: %s: published %q, but the truth is %d", g.k, c.name, c.out, c.truth)
		}
		if c.out.N >= 1 && c.out.N <= g.k-1 && !(c.out == rescue.Count{N: g.k - 1, Qualifier: rescue.AtMost}) {
			t.Fatalf("k=%d: %s: published %q, a small count", g.k, c.name, c.out)
		}
	}
	pinned := func(what string, truth int, vals []int) {
		if len(vals) < 2 {
			t.Fatalf("k=%d: %s (truth %d) is recoverable: only %v fits what is published:\n%s", g.k, what, truth, vals, g)
		}
	}
	truthful(g.total)
	if small(g.total) {
		pinned(g.total.name, g.total.truth, g.values(-1, 0))
	}
	for ri, r := range g.rels {
		for i, c := range r.cells {
			truthful(c)
			if small(c) {
				pinned(c.name, c.truth, g.values(ri, i))
			}
		}
		if r.kind == chkPart && r.rest >= 1 && r.rest <= g.k-1 {
			pinned(r.name+" rest", r.rest, g.values(ri, -1))
		}
	}
}

func (g chkGroup) String() string {
	s := fmt.Sprintf("  %s: %q → %q\n", g.total.name, g.total.in, g.total.out)
	for _, r := range g.rels {
		for _, c := range r.cells {
			s += fmt.Sprintf("  %s: %q → %q\n", c.name, c.in, c.out)
		}
	}
	return s
}

// chkTruth is the true values behind a summary given to Suppress.
type chkTruth struct {
	victims, minors, unknown, suspects, arrested int
	vnat, snat                                   map[rescue.Nationality]int
	gender                                       map[rescue.Gender]int
	expl                                         map[rescue.Exploitation]int
}

func chkTruthOf(s rescue.Summary) chkTruth {
	n := func(c rescue.Count) int { return c.N }
	return chkTruth{
		victims: s.Victims.N, minors: s.Minors.N, unknown: s.MinorityUnknown.N, suspects: s.Suspects.N, arrested: s.Arrested.N,
		vnat: chkMapN(s.VictimsByNationality, n), snat: chkMapN(s.SuspectsByNationality, n),
		gender: chkMapN(s.VictimsByGender, n), expl: chkMapN(s.VictimsByExploitation, n),
	}
}

func chkMapN[K comparable](m map[K]rescue.Count, n func(rescue.Count) int) map[K]int {
	out := make(map[K]int, len(m))
	for k, c := range m {
		out[k] = n(c)
	}
	return out
}

// chkSuppressed checks Suppress(k) of in, whose true values are truth.
func chkSuppressed(t chkT, in rescue.Summary, truth chkTruth, k int) rescue.Summary {
	t.Helper()
	before := in.String()
	out := in.Suppress(k)
	if in.String() != before {
		t.Fatalf("Suppress modified its receiver")
	}
	if out.Operations != in.Operations || !cmp.Equal(out.EvidenceByKind, in.EvidenceByKind) || !cmp.Equal(out.Cash, in.Cash) {
		t.Fatalf("Suppress changed what does not count people")
	}
	cap := 2*max(truth.victims, truth.suspects) + 4*k + 10

	v := chkGroup{name: "victims", k: k, cap: cap, total: chkNewCell("Victims", in.Victims, out.Victims, truth.victims, cap)}
	for _, r := range []chkRel{
		chkMapRel(t, "VictimsByNationality", chkPartition, in.VictimsByNationality, out.VictimsByNationality, truth.vnat, cap),
		chkMapRel(t, "VictimsByGender", chkPartition, in.VictimsByGender, out.VictimsByGender, truth.gender, cap),
		chkMapRel(t, "VictimsByExploitation", chkCover, in.VictimsByExploitation, out.VictimsByExploitation, truth.expl, cap),
		{name: "minority", kind: chkPart, rest: truth.victims - truth.minors - truth.unknown, cells: []chkCell{
			chkNewCell("Minors", in.Minors, out.Minors, truth.minors, cap),
			chkNewCell("MinorityUnknown", in.MinorityUnknown, out.MinorityUnknown, truth.unknown, cap),
		}},
	} {
		if len(r.cells) > 0 {
			v.rels = append(v.rels, r)
		}
	}
	v.check(t)

	s := chkGroup{name: "suspects", k: k, cap: cap, total: chkNewCell("Suspects", in.Suspects, out.Suspects, truth.suspects, cap)}
	for _, r := range []chkRel{
		chkMapRel(t, "SuspectsByNationality", chkPartition, in.SuspectsByNationality, out.SuspectsByNationality, truth.snat, cap),
		{name: "arrest", kind: chkPart, rest: truth.suspects - truth.arrested, cells: []chkCell{
			chkNewCell("Arrested", in.Arrested, out.Arrested, truth.arrested, cap),
		}},
	} {
		if len(r.cells) > 0 {
			s.rels = append(s.rels, r)
		}
	}
	s.check(t)
	return out
}

// TestSuppressProperty: for summaries of random operations and every k,
// no count Suppress hides can be recovered by subtraction from what it
// publishes, in any breakdown, and nothing published is untrue.
func TestSuppressProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var s rescue.Summary
		for range rapid.IntRange(1, 4).Draw(t, "ops") {
			s.Add(sumTestOperation(rapidDraw(t), 25).Summary())
		}
		k := rapid.IntRange(2, 15).Draw(t, "k")
		out := chkSuppressed(t, s, chkTruthOf(s), k)
		// Suppressing again changes nothing.
		if again := out.Suppress(k); !cmp.Equal(again, out) {
			t.Fatalf("Suppress is not idempotent:\n%s", cmp.Diff(out, again))
		}
	})
}

// TestSuppressHedgedProperty: the same, for summaries whose counts carry
// hedges (true ones: a lower bound below the truth, an upper bound above
// it, an estimate of it), as summaries built from reports do.
func TestSuppressHedgedProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var s rescue.Summary
		for range rapid.IntRange(1, 3).Draw(t, "ops") {
			s.Add(sumTestOperation(rapidDraw(t), 25).Summary())
		}
		truth := chkTruthOf(s)
		hedge := func(c rescue.Count) rescue.Count {
			switch rapid.IntRange(0, 5).Draw(t, "hedge") {
			case 1:
				d := rapid.IntRange(0, c.N).Draw(t, "d")
				return rescue.Count{N: c.N - d, Qualifier: rescue.AtLeast}
			case 2:
				return rescue.Count{N: c.N + rapid.IntRange(0, 5).Draw(t, "d"), Qualifier: rescue.AtMost}
			case 3:
				return rescue.Count{N: c.N, Qualifier: rescue.About}
			}
			return rescue.Count{N: c.N}
		}
		hedgeMap := func(m map[rescue.Nationality]rescue.Count) {
			for _, key := range slices.SortedFunc(maps.Keys(m), rescue.Nationality.Compare) {
				m[key] = hedge(m[key])
			}
		}
		s.Victims, s.Suspects, s.Arrested, s.MinorityUnknown = hedge(s.Victims), hedge(s.Suspects), hedge(s.Arrested), hedge(s.MinorityUnknown)
		if s.Minors.Qualifier == rescue.Exact {
			s.Minors = hedge(s.Minors)
		}
		hedgeMap(s.VictimsByNationality)
		hedgeMap(s.SuspectsByNationality)
		for _, key := range slices.Sorted(maps.Keys(s.VictimsByGender)) {
			s.VictimsByGender[key] = hedge(s.VictimsByGender[key])
		}
		for _, key := range slices.Sorted(maps.Keys(s.VictimsByExploitation)) {
			s.VictimsByExploitation[key] = hedge(s.VictimsByExploitation[key])
		}
		chkSuppressed(t, s, truth, rapid.IntRange(2, 15).Draw(t, "k"))
	})
}

func TestSuppress(t *testing.T) {
	my, tw, pe, th := rescue.MustParseNationality("MY"), rescue.MustParseNationality("TW"), rescue.MustParseNationality("PE"), rescue.MustParseNationality("TH")
	n := func(n int) rescue.Count { return rescue.Count{N: n} }
	atMost := func(n int) rescue.Count { return rescue.Count{N: n, Qualifier: rescue.AtMost} }
	atLeast := func(n int) rescue.Count { return rescue.Count{N: n, Qualifier: rescue.AtLeast} }
	tests := []struct {
		name   string
		k      int
		in     rescue.Summary
		want   rescue.Summary
		reason string
	}{
		{
			"one small cell", 11,
			rescue.Summary{Victims: n(44), VictimsByNationality: map[rescue.Nationality]rescue.Count{my: n(30), tw: n(13), pe: n(1)}},
			rescue.Summary{Victims: n(44), VictimsByNationality: map[rescue.Nationality]rescue.Count{my: n(30), tw: atLeast(11), pe: atMost(10)}},
			"one small cell would be 44-30-13; the next smallest, 13, is hidden too, as at least 11",
		},
		{
			"two small cells", 11,
			rescue.Summary{Victims: n(44), VictimsByNationality: map[rescue.Nationality]rescue.Count{my: n(38), tw: n(3), pe: n(3)}},
			rescue.Summary{Victims: n(44), VictimsByNationality: map[rescue.Nationality]rescue.Count{my: n(38), tw: atMost(10), pe: atMost(10)}},
			"two small cells hide each other: 6 between them could be 0+6 … 6+0",
		},
		{
			"small cells at the bound", 3,
			rescue.Summary{Victims: n(14), VictimsByNationality: map[rescue.Nationality]rescue.Count{my: n(10), tw: n(2), pe: n(2)}},
			rescue.Summary{Victims: n(14), VictimsByNationality: map[rescue.Nationality]rescue.Count{my: atLeast(3), tw: atMost(2), pe: atMost(2)}},
			"two cells of at most 2 adding up to 4 are both 2: a third must be hidden",
		},
		{
			"small total", 11,
			rescue.Summary{Victims: n(7), VictimsByNationality: map[rescue.Nationality]rescue.Count{my: n(7)}, Minors: n(2)},
			rescue.Summary{Victims: atMost(10), VictimsByNationality: map[rescue.Nationality]rescue.Count{my: atMost(10)}, Minors: atMost(10)},
			"a small total and all its cells are hidden",
		},
		{
			"arrested rest", 11,
			rescue.Summary{Suspects: n(20), Arrested: n(18)},
			rescue.Summary{Suspects: n(20), Arrested: atLeast(11)},
			"20 suspects, 18 arrested would show the 2 not arrested",
		},
		{
			"hedged small", 11,
			rescue.Summary{Victims: n(50), Minors: atLeast(3), MinorityUnknown: n(30)},
			rescue.Summary{Victims: n(50), Minors: atLeast(0), MinorityUnknown: n(30)},
			"at least 3 cannot become at most 10, which may be false; it becomes at least 0",
		},
		{
			"untouched", 11,
			rescue.Summary{Operations: 3, Victims: n(0), EvidenceByKind: map[rescue.EvidenceKind]rescue.Count{rescue.Weapon: n(1)}},
			rescue.Summary{Operations: 3, Victims: n(0), EvidenceByKind: map[rescue.EvidenceKind]rescue.Count{rescue.Weapon: n(1)}},
			"zero stays zero, and evidence is not people",
		},
		{
			"k 1", 1,
			rescue.Summary{Victims: n(1), VictimsByGender: map[rescue.Gender]rescue.Count{rescue.Feminine: n(1)}},
			rescue.Summary{Victims: n(1), VictimsByGender: map[rescue.Gender]rescue.Count{rescue.Feminine: n(1)}},
			"k <= 1 hides nothing",
		},
		{
			"exploitation", 11,
			rescue.Summary{Victims: n(50), VictimsByExploitation: map[rescue.Exploitation]rescue.Count{rescue.ForcedLabour: n(40), rescue.SexualExploitation: n(20), 0: n(10), rescue.ForcedBegging: n(2)}},
			rescue.Summary{Victims: n(50), VictimsByExploitation: map[rescue.Exploitation]rescue.Count{rescue.ForcedLabour: n(40), rescue.SexualExploitation: n(20), 0: atMost(10), rescue.ForcedBegging: atMost(10)}},
			"kinds of exploitation overlap: 10 with none recorded is not 50-40, as the 40 and the 20 may share victims",
		},
		{
			"exploitation pinned", 11,
			rescue.Summary{Victims: n(50), VictimsByExploitation: map[rescue.Exploitation]rescue.Count{rescue.ForcedLabour: n(40), 0: n(10)}},
			rescue.Summary{Victims: n(50), VictimsByExploitation: map[rescue.Exploitation]rescue.Count{rescue.ForcedLabour: atLeast(11), 0: atMost(10)}},
			"with one kind of exploitation, the 10 with none recorded are 50-40: the 40 is hidden too",
		},
		{
			"all at the bound", 11,
			rescue.Summary{
				Victims:              n(20),
				VictimsByNationality: map[rescue.Nationality]rescue.Count{my: n(10), th: n(10)},
				VictimsByGender:      map[rescue.Gender]rescue.Count{rescue.Feminine: n(20)},
			},
			rescue.Summary{
				Victims:              atLeast(11),
				VictimsByNationality: map[rescue.Nationality]rescue.Count{my: atMost(10), th: atMost(10)},
				VictimsByGender:      map[rescue.Gender]rescue.Count{rescue.Feminine: atLeast(11)},
			},
			"10+10 of at most 10 each is pinned by the total; the total and the other breakdown are widened",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := chkSuppressed(t, tt.in, chkTruthOf(tt.in), max(tt.k, 2))
			if tt.k <= 1 {
				got = tt.in.Suppress(tt.k)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("Suppress(%d) (-want +got):\n%s\nreason: %s", tt.k, d, tt.reason)
			}
		})
	}
}

// TestSuppressCopies: the result shares no memory with the receiver.
func TestSuppressCopies(t *testing.T) {
	s := lima().Summary()
	for _, k := range []int{0, 11} {
		out := s.Suppress(k)
		out.VictimsByNationality[rescue.Nationality{}] = rescue.Count{N: 99}
		out.EvidenceByKind[rescue.Weapon] = rescue.Count{N: 99}
		usd := out.Cash[rescue.USD]
		usd.Equivalents[0] = rescue.MustParseReportedAmount("SGD 1")
		if _, ok := s.VictimsByNationality[rescue.Nationality{}]; ok {
			t.Errorf("k=%d: the result shares VictimsByNationality", k)
		}
		if _, ok := s.EvidenceByKind[rescue.Weapon]; ok {
			t.Errorf("k=%d: the result shares EvidenceByKind", k)
		}
		if s.Cash[rescue.USD].Equivalents[0].String() != "SGD 13700.00" {
			t.Errorf("k=%d: the result shares the cash equivalents", k)
		}
	}
}

// TestSuppressOdd: contradictory or invalid counts never panic or hang.
func TestSuppressOdd(t *testing.T) {
	s := rescue.Summary{
		Victims:              rescue.Count{N: 3},
		VictimsByNationality: map[rescue.Nationality]rescue.Count{{}: {N: 40}, rescue.Stateless: {N: -5, Qualifier: 9}},
		VictimsByGender:      map[rescue.Gender]rescue.Count{1: {N: 1 << 62, Qualifier: rescue.AtLeast}},
		Minors:               rescue.Count{N: 50, Qualifier: rescue.AtMost},
		Suspects:             rescue.Count{N: 1<<63 - 1},
		Arrested:             rescue.Count{N: 1<<63 - 1, Qualifier: rescue.About},
	}
	for _, k := range []int{2, 11, 1 << 62, 1<<63 - 1} {
		_ = s.Suppress(k).String()
	}
}

// FuzzSuppress: whatever the counts, even contradictory or out of range,
// Suppress and String neither panic nor hang, and no count of people is
// published small except as "at most k-1".
func FuzzSuppress(f *testing.F) {
	f.Add([]byte{44, 0, 30, 0, 13, 0, 1, 0, 20, 0, 18, 0}, 11)
	f.Add([]byte{20, 0, 10, 0, 10, 0, 20, 2, 0, 0}, 11)
	f.Add([]byte{7, 1, 7, 2, 3, 3, 255, 9}, 2)
	f.Fuzz(func(t *testing.T, data []byte, k int) {
		next := func() rescue.Count {
			if len(data) < 2 {
				return rescue.Count{}
			}
			c := rescue.Count{N: int(data[0]), Qualifier: rescue.Qualifier(data[1] % 5)}
			if data[1] >= 250 {
				c.N = 1<<63 - 1 - int(data[0])
			}
			data = data[2:]
			return c
		}
		nats := []rescue.Nationality{{}, rescue.MustParseNationality("MY"), rescue.MustParseNationality("TH"), rescue.Stateless}
		s := rescue.Summary{Victims: next()}
		for _, n := range nats {
			if c := next(); c != (rescue.Count{}) {
				if s.VictimsByNationality == nil {
					s.VictimsByNationality = map[rescue.Nationality]rescue.Count{}
				}
				s.VictimsByNationality[n] = c
			}
		}
		s.Suspects, s.Arrested, s.Minors, s.MinorityUnknown = next(), next(), next(), next()
		for g := range rescue.Gender(4) {
			if c := next(); c != (rescue.Count{}) {
				if s.VictimsByGender == nil {
					s.VictimsByGender = map[rescue.Gender]rescue.Count{}
				}
				s.VictimsByGender[g] = c
			}
		}
		for e := range rescue.Exploitation(4) {
			if c := next(); c != (rescue.Count{}) {
				if s.VictimsByExploitation == nil {
					s.VictimsByExploitation = map[rescue.Exploitation]rescue.Count{}
				}
				s.VictimsByExploitation[e] = c
			}
		}
		out := s.Suppress(k)
		_ = out.String()
		if k <= 1 {
			return
		}
		k = min(k, 1e12+1) // the largest valid Count is 10^12
		small := func(name string, c rescue.Count) {
			// The figure that shows: the lower end of a lower bound ("more
			// than 1" shows 2), the upper end of an upper bound ("fewer than
			// 5" shows 4, "at most k-1" is the suppressed form).
			n := c.N
			switch c.Qualifier {
			case rescue.MoreThan:
				n++
			case rescue.LessThan:
				n--
			}
			upper := c.Qualifier == rescue.AtMost || c.Qualifier == rescue.LessThan
			if n >= 1 && n <= k-1 && !(upper && n == k-1) {
				t.Fatalf("k=%d: %s published as %q", k, name, c)
			}
		}
		small("Victims", out.Victims)
		small("Suspects", out.Suspects)
		small("Arrested", out.Arrested)
		small("Minors", out.Minors)
		small("MinorityUnknown", out.MinorityUnknown)
		for n, c := range out.VictimsByNationality {
			small("nationality "+n.String(), c)
		}
		for g, c := range out.VictimsByGender {
			small("gender "+g.String(), c)
		}
		for e, c := range out.VictimsByExploitation {
			small("exploitation "+e.String(), c)
		}
	})
}
