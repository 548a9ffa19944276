package rescue

import (
	"cmp"
	"maps"
	"math"
	"slices"
)

// Suppress returns a copy of s fit to publish: small counts of people,
// which can identify them, are replaced by bounds, as the CTDC datasets
// publish only cells of at least 11 (Suppress(11)). The counts of people
// are Victims, Suspects, Minors, MinorityUnknown, Arrested and every cell
// of VictimsByNationality, VictimsByGender, VictimsByStatus,
// VictimsByExploitation and SuspectsByNationality, whether they come from
// individual records or from a report's figures (tallies): a small
// figure identifies people as a small count of records does.
// Operations, OperationsWithVictims, OperationsWithSuspects,
// EvidenceByKind, Cash and Value count operations, things and
// money, not people, and are left as they are.
//
// The method has two steps.
//
// Primary suppression. Every count of people from 1 to k-1 is replaced by
// Count{N: k-1, Qualifier: AtMost}, "at most k-1" (so is an upper bound
// from 1 to k-1, "fewer than 5"). A lower bound in that range ("at least
// 3", "more than 2", which may be any larger number) cannot be stated as an
// upper bound; it becomes "at least 0", which says nothing. A range that
// starts in it ("5 to 20") becomes "at most" its upper end, or k-1 if that
// is larger. Zero stays zero, and an upper bound of k or more ("at most
// 50") stays, as it identifies no one.
//
// Complementary suppression. A hidden count must not be recoverable by
// subtraction: if Victims is 44 and every nationality but one is published
// exactly, the hidden one is 44 less the others. Suppress works out, for
// each hidden count, every value consistent with what is published — the
// total, the other cells of its breakdown, and the other breakdowns of the
// same total, each count read as the interval it states ("at most 10" is 0
// to 10, "at least 11" is 11 or more, "20 to 30" is 20 to 30; an estimate
// is read as its figures) — and while a hidden count has only one such value (other than
// 0, which is no small cell), it hides one more count: the smallest other
// count of the same breakdown that is not hidden yet, which becomes "at
// least k" (true, as it is not small; an upper bound becomes "at least
// 0"). One small cell thus takes the next smallest with it, while two or
// more small cells usually hide each other. The breakdowns and their
// relations are:
//
//   - VictimsByNationality, VictimsByGender and VictimsByStatus each split
//     Victims: their cells add up to it;
//   - VictimsByExploitation covers Victims: a victim counts under each of
//     their kinds of exploitation, or under the zero key if none is
//     recorded, so the cells add up to Victims or more, and none exceeds
//     it;
//   - Minors and MinorityUnknown are parts of Victims (the rest are adults),
//     and Arrested is a part of Suspects (the rest were not arrested): a
//     rest from 1 to k-1 is protected like a hidden count, so that "20
//     suspects, 18 arrested" does not reveal the two who were not;
//   - SuspectsByNationality splits Suspects.
//
// In the rare case where a breakdown has no count left to hide (all its
// cells are small, and together they pin the total), Suppress widens the
// total to "at least k" and then cells of the other breakdowns of that
// total, and as a last resort states counts as "at least 0".
//
// What remains visible: a hidden cell still shows that its key (a
// nationality, say) occurs, since absent keys mean zero. The guarantee
// above reads "at most k-1" as 0 to k-1; a reader who also uses the fact
// that the key occurs knows a hidden count is 1 to k-1, and can work out
// small cells that leave no room (two hidden cells that must add up to 2
// are 1 each). Delete such keys before publishing where that matters.
// Totals of k or more stay exact, except in the rare case above.
// Suppressed summaries are for publishing, not for adding up: sums of
// upper and lower bounds are mere estimates.
//
// k <= 1 suppresses nothing and returns a copy; k above 10^12+1 acts as
// 10^12+1, so that every count published is valid. The result never shares
// memory with s, and s is not modified.
func (s Summary) Suppress(k int) Summary {
	out := s.clone()
	if k <= 1 {
		return out
	}
	k = min(k, countMax+1)

	victims := &supGroup{k: k, total: supNewCell(k, 0, out.Victims, func(c Count) { out.Victims = c })}
	victims.add(supPartition, supMapCells(k, out.VictimsByNationality, func(n Nationality) int { return int(n.idx) }))
	victims.add(supPartition, supMapCells(k, out.VictimsByGender, func(g Gender) int { return int(g) }))
	victims.add(supPartition, supMapCells(k, out.VictimsByStatus, func(s VictimStatus) int { return int(s) }))
	victims.add(supCover, supMapCells(k, out.VictimsByExploitation, func(e Exploitation) int { return int(e) }))
	victims.add(supPart, []*supCell{
		supNewCell(k, 0, out.Minors, func(c Count) { out.Minors = c }),
		supNewCell(k, 1, out.MinorityUnknown, func(c Count) { out.MinorityUnknown = c }),
	})
	victims.solve()

	suspects := &supGroup{k: k, total: supNewCell(k, 0, out.Suspects, func(c Count) { out.Suspects = c })}
	suspects.add(supPartition, supMapCells(k, out.SuspectsByNationality, func(n Nationality) int { return int(n.idx) }))
	suspects.add(supPart, []*supCell{supNewCell(k, 0, out.Arrested, func(c Count) { out.Arrested = c })})
	suspects.solve()
	return out
}

// clone returns a deep copy of s.
func (s Summary) clone() Summary {
	s.VictimsByNationality = maps.Clone(s.VictimsByNationality)
	s.VictimsByGender = maps.Clone(s.VictimsByGender)
	s.VictimsByExploitation = maps.Clone(s.VictimsByExploitation)
	s.VictimsByStatus = maps.Clone(s.VictimsByStatus)
	s.SuspectsByNationality = maps.Clone(s.SuspectsByNationality)
	s.EvidenceByKind = maps.Clone(s.EvidenceByKind)
	s.Cash = cloneAmounts(s.Cash)
	s.Value = cloneAmounts(s.Value)
	return s
}

// supInf stands for no upper bound.
const supInf = math.MaxInt

// supIv is the interval of values a published count allows.
type supIv struct{ lo, hi int }

// supAdd adds with saturation at supInf.
func supAdd(a, b int) int {
	if a == supInf || b == supInf || a > supInf-b {
		return supInf
	}
	return a + b
}

// supSub returns a-b where b may be supInf (giving -1, below any bound);
// a of supInf stays supInf.
func supSub(a, b int) int {
	switch {
	case a == supInf:
		return supInf
	case b == supInf:
		return -1
	}
	return a - b
}

// supInterval is how a reader takes a published count: an exact count or
// an estimate as the figure itself, a lower bound up to infinity, an upper
// bound down to zero.
func supInterval(c Count) supIv {
	n := max(c.N, 0)
	switch {
	case c.Max != 0: // a range, or an estimate of one read as its figures
		return supIv{n, max(c.Max, n)}
	case c.Qualifier == AtLeast:
		return supIv{n, supInf}
	case c.Qualifier == MoreThan:
		return supIv{supAdd(n, 1), supInf}
	case c.Qualifier == AtMost:
		return supIv{0, n}
	case c.Qualifier == LessThan:
		return supIv{0, max(n-1, 0)}
	}
	return supIv{n, n}
}

// supCell is one published count of people.
type supCell struct {
	orig    Count // as given
	pub     Count // as it will be published
	ord     int   // the key's number, for a deterministic order
	primary bool  // 1 to k-1 as given: hidden
	level   uint8 // 0 as given (or primary), 1 hidden as a complement, 2 stated as at least 0
	set     func(Count)
}

func supNewCell(k int, ord int, c Count, set func(Count)) *supCell {
	cell := &supCell{orig: c, pub: c, ord: ord, set: set}
	iv := supInterval(c)
	small := func(n int) bool { return n >= 1 && n <= k-1 }
	switch {
	case c.Max != 0 && small(iv.lo): // a range that may be small
		cell.primary = true
		cell.pub = Count{N: max(iv.hi, k-1), Qualifier: AtMost}
	case c.Qualifier.lower() && small(iv.lo):
		cell.primary = true
		cell.pub = Count{N: 0, Qualifier: AtLeast}
	case c.Qualifier.upper() && small(iv.hi), c.Max == 0 && !c.Qualifier.lower() && !c.Qualifier.upper() && small(c.N):
		cell.primary = true
		cell.pub = Count{N: k - 1, Qualifier: AtMost}
	}
	return cell
}

// widen returns what the cell would be published as one level up, and
// whether that says less than it does now. A count that is not hidden
// becomes "at least k" (true, as it is not small), or "at least 0" if that
// says nothing less; a count already widened once becomes "at least 0".
// Counts hidden by primary suppression and zeros are not widened.
func (c *supCell) widen(k int) (Count, bool) {
	if c.level >= 2 || c.primary || c.orig.N < 1 {
		return c.pub, false
	}
	if c.level == 0 && !c.orig.Qualifier.upper() {
		if next := (Count{N: k, Qualifier: AtLeast}); supInterval(next) != supInterval(c.pub) {
			return next, true
		}
	}
	next := Count{N: 0, Qualifier: AtLeast}
	return next, supInterval(next) != supInterval(c.pub)
}

func supMapCells[K comparable](k int, m map[K]Count, ord func(K) int) []*supCell {
	cells := make([]*supCell, 0, len(m))
	for key, c := range m {
		cells = append(cells, supNewCell(k, ord(key), c, func(c Count) { m[key] = c }))
	}
	slices.SortFunc(cells, func(a, b *supCell) int { return cmp.Compare(a.ord, b.ord) })
	return cells
}

type supKind uint8

const (
	supPartition supKind = iota // the cells add up to the total
	supCover                    // every one counts in some cell; cells[0] is the zero key when ord 0
	supPart                     // disjoint parts of the total; the rest is not published
)

// supRel is one breakdown of a total.
type supRel struct {
	kind  supKind
	cells []*supCell
	rest  bool // supPart: the rest is small and must not be recoverable
}

// supGroup is a total and its breakdowns.
type supGroup struct {
	k     int
	total *supCell
	rels  []*supRel
}

func (g *supGroup) add(kind supKind, cells []*supCell) {
	if len(cells) == 0 {
		return
	}
	g.rels = append(g.rels, &supRel{kind: kind, cells: cells})
}

// markRests decides which rests of parts to protect: those that the counts
// as given allow to be small. (The rest may be known better than the
// total less the parts says, as when a hedged total is pinned by a
// breakdown.)
func (g *supGroup) markRests() {
	all := g.cells()
	for _, c := range all {
		c.pub, c.orig = c.orig, c.pub
	}
	t := g.teff()
	for _, r := range g.rels {
		if r.kind == supPart {
			iv := r.rangeOf(-1, t)
			r.rest = iv.lo <= g.k-1 && iv.hi >= 1
		}
	}
	for _, c := range all {
		c.pub, c.orig = c.orig, c.pub
	}
}

// cells returns the total and every cell of the group.
func (g *supGroup) cells() []*supCell {
	all := []*supCell{g.total}
	for _, r := range g.rels {
		all = append(all, r.cells...)
	}
	return all
}

// projection is the interval of totals r allows.
func (r *supRel) projection() supIv {
	p := supIv{0, 0}
	switch r.kind {
	case supPartition:
		for _, c := range r.cells {
			iv := supInterval(c.pub)
			p.lo, p.hi = supAdd(p.lo, iv.lo), supAdd(p.hi, iv.hi)
		}
	case supCover:
		zero, rest := r.coverSplit()
		maxLo, sumHi := 0, 0
		for _, c := range rest {
			iv := supInterval(c.pub)
			maxLo, sumHi = max(maxLo, iv.lo), supAdd(sumHi, iv.hi)
		}
		z := supIv{}
		if zero != nil {
			z = supInterval(zero.pub)
		}
		p = supIv{supAdd(z.lo, maxLo), supAdd(z.hi, sumHi)}
	case supPart:
		for _, c := range r.cells {
			p.lo = supAdd(p.lo, supInterval(c.pub).lo)
		}
		p.hi = supInf
	}
	return p
}

// coverSplit returns the zero-key cell of a cover (nil if none) and the
// others.
func (r *supRel) coverSplit() (*supCell, []*supCell) {
	if len(r.cells) > 0 && r.cells[0].ord == 0 {
		return r.cells[0], r.cells[1:]
	}
	return nil, r.cells
}

// teff is the interval of totals that the published total and every
// breakdown allow together.
func (g *supGroup) teff() supIv {
	t := supInterval(g.total.pub)
	for _, r := range g.rels {
		p := r.projection()
		t.lo, t.hi = max(t.lo, p.lo), min(t.hi, p.hi)
	}
	return t
}

// rangeOf returns the values cell i of r (i == -1: the unpublished rest of
// a supPart) may take when the total is in t.
func (r *supRel) rangeOf(i int, t supIv) supIv {
	others := func(skip *supCell, cells []*supCell) (sumLo, sumHi, maxLo int) {
		for _, c := range cells {
			if c == skip {
				continue
			}
			iv := supInterval(c.pub)
			sumLo, sumHi, maxLo = supAdd(sumLo, iv.lo), supAdd(sumHi, iv.hi), max(maxLo, iv.lo)
		}
		return
	}
	if i < 0 { // the rest of a supPart
		sumLo, sumHi, _ := others(nil, r.cells)
		return supIv{max(0, supSub(t.lo, sumHi)), supSub(t.hi, sumLo)}
	}
	cell := r.cells[i]
	own := supInterval(cell.pub)
	switch r.kind {
	case supPartition:
		sumLo, sumHi, _ := others(cell, r.cells)
		return supIv{max(own.lo, supSub(t.lo, sumHi)), min(own.hi, supSub(t.hi, sumLo))}
	case supCover:
		zero, rest := r.coverSplit()
		if cell == zero {
			_, sumHi, maxLo := others(nil, rest)
			return supIv{max(own.lo, supSub(t.lo, sumHi)), min(own.hi, supSub(t.hi, maxLo))}
		}
		z := supIv{}
		if zero != nil {
			z = supInterval(zero.pub)
		}
		// r victims have some exploitation recorded: the total less the
		// zero key's.
		rLo, rHi := max(0, supSub(t.lo, z.hi)), supSub(t.hi, z.lo)
		_, sumHi, _ := others(cell, rest)
		return supIv{max(own.lo, supSub(rLo, sumHi)), min(own.hi, rHi)}
	default: // supPart: the rest is free
		sumLo, _, _ := others(cell, r.cells)
		return supIv{own.lo, min(own.hi, supSub(t.hi, sumLo))}
	}
}

// pinned reports whether an interval leaves a hidden count recoverable:
// it holds a single value other than 0 (a count that can only be 0 is no
// small cell), or none at all, as when the counts contradict each other.
func (iv supIv) pinned() bool { return iv.lo > iv.hi || iv.lo == iv.hi && iv.lo != 0 }

// solve hides counts until no hidden count, and no small rest, is pinned
// to a single value. Each step widens one cell, so it ends.
func (g *supGroup) solve() {
	defer g.write()
	g.markRests()
	for range 3*len(g.cells()) + 1 {
		rel, ok := g.findPinned()
		if !ok {
			return
		}
		if !g.widenFor(rel) {
			break
		}
	}
	// Nothing left to widen, or a summary whose counts contradict each
	// other: say nothing of any count that may still be recovered.
	g.giveUp()
}

// findPinned returns the breakdown of a hidden count that only one value
// fits (nil for the total itself), and whether there is one.
func (g *supGroup) findPinned() (*supRel, bool) {
	t := g.teff()
	if g.total.primary && t.pinned() {
		return nil, true
	}
	for _, r := range g.rels {
		if r.rest && r.rangeOf(-1, t).pinned() {
			return r, true
		}
		for i, c := range r.cells {
			if c.primary && r.rangeOf(i, t).pinned() {
				return r, true
			}
		}
	}
	return nil, false
}

// widenFor widens one cell to free a pinned count of rel (nil: the total):
// the smallest one of the same breakdown that can be, else the total,
// else one of the breakdown that bounds the total most tightly from below;
// complements before second widenings. It reports false if no cell can be
// widened.
func (g *supGroup) widenFor(rel *supRel) bool {
	others := make([]*supRel, 0, len(g.rels))
	for _, r := range g.rels {
		if r != rel {
			others = append(others, r)
		}
	}
	slices.SortStableFunc(others, func(a, b *supRel) int { return cmp.Compare(b.projection().lo, a.projection().lo) })
	for level := uint8(0); level < 2; level++ {
		if rel != nil && g.widenSmallest(rel.cells, level) {
			return true
		}
		if g.widenSmallest([]*supCell{g.total}, level) {
			return true
		}
		for _, r := range others {
			if g.widenSmallest(r.cells, level) {
				return true
			}
		}
	}
	return false
}

// widenSmallest widens, among the cells at the given level, the one with
// the smallest count (by N, then key) whose widening says less, and
// reports whether there was one.
func (g *supGroup) widenSmallest(cells []*supCell, level uint8) bool {
	var best *supCell
	var bestPub Count
	for _, c := range cells {
		if c.level != level {
			continue
		}
		next, ok := c.widen(g.k)
		if !ok {
			continue
		}
		if best == nil || c.orig.N < best.orig.N || c.orig.N == best.orig.N && c.ord < best.ord {
			best, bestPub = c, next
		}
	}
	if best == nil {
		return false
	}
	best.pub = bestPub
	best.level = level + 1
	if bestPub.N == 0 {
		best.level = 2
	}
	return true
}

// giveUp states every count of the group that is not already a bound
// as "at least 0".
func (g *supGroup) giveUp() {
	for _, c := range g.cells() {
		if c.orig.N >= 1 {
			c.pub, c.level = Count{N: 0, Qualifier: AtLeast}, 2
		}
	}
}

func (g *supGroup) write() {
	g.total.set(g.total.pub)
	for _, r := range g.rels {
		for _, c := range r.cells {
			c.set(c.pub)
		}
	}
}

// cloneAmounts returns a deep copy of m.
func cloneAmounts(m map[Currency]ReportedAmount) map[Currency]ReportedAmount {
	if m == nil {
		return nil
	}
	out := make(map[Currency]ReportedAmount, len(m))
	for c, a := range m {
		out[c] = a.clone()
	}
	return out
}
