package rescue

import (
	"maps"
	"slices"
)

// The figures a report's tallies give for one kind of people (victims or
// suspects): each breakdown of a Summary, when the tallies give it.
type tallyFigures struct {
	total                Count
	hasTotal             bool
	explicitTotal        bool // a tally counts everyone; else the total is added up from parts
	nat                  map[Nationality]Count
	gender               map[Gender]Count
	status               map[uint8]Count // VictimStatus or SuspectStatus
	exploitation         map[Exploitation]Count
	exploited            Count // how many the exploitation breakdown covers
	hasExploitation      bool
	minors, adults       Count
	hasMinors, hasAdults bool
	arrested             Count
	hasArrested          bool
}

// summaryTallies returns the figures of the tallies of op that count the
// people of, one source at a time, in the order of each source's first
// tally; nil when op has no such tally.
func summaryTallies(op *Operation, of TallyOf) []tallyFigures {
	var sources []string
	bySource := map[string][]*Tally{}
	for i := range op.Counts {
		t := &op.Counts[i]
		if t.Of != of || t.Count.Validate() != nil {
			continue
		}
		if _, ok := bySource[t.Source]; !ok {
			sources = append(sources, t.Source)
		}
		bySource[t.Source] = append(bySource[t.Source], t)
	}
	out := make([]tallyFigures, 0, len(sources))
	for _, src := range sources {
		out = append(out, sourceFigures(bySource[src], of))
	}
	return out
}

// hullMap widens each count of a to hold b's for the same key. A key only
// one source gives keeps that source's count: the other's breakdown may
// be partial.
func hullMap[K comparable](a, b map[K]Count) map[K]Count {
	if b == nil {
		return a
	}
	if a == nil {
		a = make(map[K]Count, len(b))
	}
	for k, c := range b {
		if old, ok := a[k]; ok {
			a[k] = old.Hull(c)
		} else {
			a[k] = c
		}
	}
	return a
}

// sourceFigures returns the figures of one source's tallies of people of.
func sourceFigures(ts []*Tally, of TallyOf) tallyFigures {
	// The tallies of one key say the same thing: keep what they allow
	// together (the validation refuses those that contradict each other),
	// and every exploitation any of them states.
	var keys []tallyKey
	byKey := map[tallyKey]Count{}
	said := map[tallyKey][]Exploitation{}
	for _, t := range ts {
		k := t.key()
		for _, e := range t.Exploitation {
			if !slices.Contains(said[k], e) {
				said[k] = append(said[k], e)
			}
		}
		if c, ok := byKey[k]; ok {
			byKey[k] = c.intersect(t.Count)
			continue
		}
		keys = append(keys, k)
		byKey[k] = t.Count
	}
	f := tallyFigures{}

	// The breakdowns as the tallies give them, before it is known whether
	// they count everyone.
	nat := breakdownRaw(keys, byKey, dimNationality, func(k tallyKey) Nationality { return k.nat })
	gender := breakdownRaw(keys, byKey, dimGender, func(k tallyKey) Gender { return k.gender })
	status := breakdownRaw(keys, byKey, dimStatus, func(k tallyKey) uint8 { return k.status })
	ages, agesWhole, hasAges := ageBand(keys, byKey, dimAge, Age{})
	if hasAges && !agesWhole {
		ages = ages.atLeast()
	}

	// Everyone: the tally that counts everyone; or else the statuses (a
	// report's "44 rescued" counts them all), or the nationalities, the
	// genders or the ages, added up. Where another breakdown counts more
	// than that ("11 rescued", and Chinese, Indian, Lao and Vietnamese
	// workers who were not), the total is at least the most any of them
	// says.
	if c, ok := byKey[tallyKey{of: of, source: ts[0].Source}]; ok {
		f.total, f.hasTotal, f.explicitTotal = c, true, true
	} else {
		var sums []Count
		if status != nil {
			sums = append(sums, sumMap(status.out))
		}
		if nat != nil {
			sums = append(sums, sumMap(nat.out))
		}
		if gender != nil {
			sums = append(sums, sumMap(gender.out))
		}
		if hasAges {
			sums = append(sums, ages)
		}
		if len(sums) > 0 {
			f.total, f.hasTotal = raiseTotal(sums[0], sums[1:]...), true
		}
	}

	// The breakdowns, whole where the tallies they come from count
	// everyone, else lower bounds.
	f.nat = nat.done(f.total, f.hasTotal)
	f.gender = gender.done(f.total, f.hasTotal)
	f.status = status.done(f.total, f.hasTotal)

	// Minors and adults: the tallies narrowed by age alone whose range lies
	// within 0-17, or from 18 up; or else those narrowed by age and one
	// other dimension ("five Thai children"), whole where they count
	// everyone.
	f.minors, f.hasMinors = f.ageFigure(keys, byKey, AgeBetween(0, 17))
	f.adults, f.hasAdults = f.ageFigure(keys, byKey, AgeBetween(18, -1))

	if of == OfSuspects {
		// The arrested: the tallies of a status that implies an arrest,
		// whole where the tallies of their kind count everyone ("six
		// Taiwanese and two Peruvians arrested" of eight), else a lower
		// bound ("3 Americans arrested" of five suspects); none where
		// statuses count every suspect exactly and none implies an
		// arrest.
		for _, m := range [...]uint8{dimStatus, dimStatus | dimNationality, dimStatus | dimGender} {
			var sum, all Count
			found, any := false, false
			for _, k := range keys {
				if k.mask() != m {
					continue
				}
				all, any = all.Add(byKey[k]), true
				if SuspectStatus(k.status).ImpliesArrest() {
					sum, found = sum.Add(byKey[k]), true
				}
			}
			if !found && any && m == dimStatus && f.hasTotal && all == f.total && all.Qualifier == Exact {
				// Every suspect has a status and none implies an arrest
				// ("two suspects at large" of two): none was arrested.
				f.arrested, f.hasArrested = Count{}, true
				break
			}
			if found {
				f.arrested, f.hasArrested = sum, true
				if m != dimStatus && (!f.hasTotal || all != f.total) {
					f.arrested = sum.atLeast()
				}
				break
			}
		}
		return f
	}

	// Exploitation is said of the people a tally counts, and a victim is
	// counted under each of theirs. For each exploitation, the widest
	// tallies that state it are used, so that no one is counted twice.
	if len(said) > 0 {
		f.hasExploitation = true
		f.exploitation = map[Exploitation]Count{}
		var any []tallyKey
		for _, k := range keys {
			if len(said[k]) > 0 {
				any = append(any, k)
			}
		}
		f.exploited = keysFigure(widest(any), byKey)
		seen := map[Exploitation]bool{}
		for _, k := range any {
			for _, e := range said[k] {
				if seen[e] {
					continue
				}
				seen[e] = true
				var stating []tallyKey
				for _, k := range any {
					if slices.Contains(said[k], e) {
						stating = append(stating, k)
					}
				}
				f.exploitation[e] = keysFigure(widest(stating), byKey)
			}
		}
	}
	return f
}

// raiseTotal returns total, or at least the most any of others counts
// where that is more than total allows.
func raiseTotal(total Count, others ...Count) Count {
	t := total.interval()
	for _, c := range others {
		lo := c.interval().lo
		if lo > t.lo && (t.inf || lo > t.hi) {
			total, t = c.atLeast(), c.atLeast().interval()
		}
	}
	return total
}

// widest returns the keys that count no part of what another of them
// counts: of "20 women" and "12 women rescued", the 20.
func widest(keys []tallyKey) []tallyKey {
	in := make(map[tallyKey]int, len(keys))
	byRest := map[tallyKey][]tallyKey{} // keys narrowed by age, by the rest
	for i, k := range keys {
		in[k] = i
		if !k.age.IsZero() {
			r := k.only(dimAll &^ dimAge)
			byRest[r] = append(byRest[r], k)
		}
	}
	narrower := func(i int, k tallyKey) bool {
		m := k.mask()
		if m == 0 {
			return false // it counts everyone
		}
		for sub := (m - 1) & m; ; sub = (sub - 1) & m {
			if _, ok := in[k.only(sub)]; ok {
				return true
			}
			if sub == 0 {
				break
			}
		}
		// The same dimensions, or fewer, with an age range holding k's.
		if m&dimAge == 0 {
			return false
		}
		for sub := m; ; sub = (sub - 1) & m {
			if sub&dimAge != 0 {
				for _, w := range byRest[k.only(sub&^dimAge)] {
					if w.mask() == sub && w.age != k.age && ageWithin(k.age, w.age) &&
						(!ageWithin(w.age, k.age) || in[w] < i) {
						return true
					}
				}
			}
			if sub == 0 {
				break
			}
		}
		return false
	}
	var out []tallyKey
	for i, k := range keys {
		if !narrower(i, k) {
			out = append(out, k)
		}
	}
	return out
}

// keysFigure returns how many the tallies of keys count together, none of
// them narrower than another: their sum where they count different
// people (one breakdown, ages that do not overlap), else at least the
// most any of them counts.
func keysFigure(keys []tallyKey, byKey map[tallyKey]Count) Count {
	if len(keys) == 0 {
		return Count{}
	}
	m := keys[0].mask()
	disjoint := true
	for _, k := range keys[1:] {
		if k.mask() != m {
			disjoint = false
			break
		}
	}
	if disjoint && m&dimAge != 0 {
		_, disjoint = groupAges(keys, byKey, m)
	}
	if disjoint {
		var sum Count
		for _, k := range keys {
			sum = sum.Add(byKey[k])
		}
		return sum
	}
	most := byKey[keys[0]]
	for _, k := range keys[1:] {
		if c := byKey[k]; c.interval().lo > most.interval().lo {
			most = c
		}
	}
	return most.atLeast()
}

// groupAges returns how many the keys, all narrowed by the dimensions m
// (age among them), count: for the keys that differ only in age, those
// whose ages lie within another's are left out ("5 aged 13-15" of "10
// aged 0-17"), the rest added up where their ages do not overlap, else at
// least the most any of them counts; added up over the rest of the
// dimensions. whole is false where ages overlap.
func groupAges(keys []tallyKey, byKey map[tallyKey]Count, m uint8) (sum Count, whole bool) {
	groups := map[tallyKey][]tallyKey{}
	var order []tallyKey
	for _, k := range keys {
		r := k.only(m &^ dimAge)
		if _, ok := groups[r]; !ok {
			order = append(order, r)
		}
		groups[r] = append(groups[r], k)
	}
	ages := func(k tallyKey) (lo, hi int) {
		lo, hi, _ = k.age.Range()
		if hi < 0 {
			hi = maxAge
		}
		return lo, hi
	}
	whole = true
	for _, r := range order {
		g := groups[r]
		// By the first age, and of those with the same, the widest first:
		// a key then lies within another's ages exactly when it ends no
		// later than the keys before it reach.
		slices.SortStableFunc(g, func(a, b tallyKey) int {
			alo, ahi := ages(a)
			blo, bhi := ages(b)
			if alo != blo {
				return alo - blo
			}
			return bhi - ahi
		})
		apart := true
		reach := -1
		kept := g[:0:0]
		for _, k := range g {
			lo, hi := ages(k)
			if hi <= reach {
				continue
			}
			if lo <= reach {
				apart = false
			}
			reach = hi
			kept = append(kept, k)
		}
		if apart {
			for _, k := range kept {
				sum = sum.Add(byKey[k])
			}
			continue
		}
		whole = false
		most := byKey[kept[0]]
		for _, k := range kept[1:] {
			if c := byKey[k]; c.interval().lo > most.interval().lo {
				most = c
			}
		}
		sum = sum.Add(most.atLeast())
	}
	return sum, whole
}

// ageBand returns how many the tallies narrowed by exactly the dimensions
// m (age among them) count within the ages of band, a zero band meaning
// every age; whole is false where their ages overlap, and ok false where
// there is no such tally.
func ageBand(keys []tallyKey, byKey map[tallyKey]Count, m uint8, band Age) (c Count, whole, ok bool) {
	var in []tallyKey
	for _, k := range keys {
		if k.mask() == m && (band.IsZero() || ageWithin(k.age, band)) {
			in = append(in, k)
		}
	}
	if len(in) == 0 {
		return Count{}, false, false
	}
	c, whole = groupAges(in, byKey, m)
	return c, whole, true
}

// ageFigure returns how many the tallies count within the ages of band:
// those narrowed by age alone; or else, for the other dimension whose
// tallies with age say the most, those added up over its values, whole
// only where the same tallies, of every age, count everyone.
func (f *tallyFigures) ageFigure(keys []tallyKey, byKey map[tallyKey]Count, band Age) (Count, bool) {
	if c, whole, ok := ageBand(keys, byKey, dimAge, band); ok {
		if !whole {
			c = c.atLeast()
		}
		return c, true
	}
	var best Count
	found := false
	for _, e := range [...]uint8{dimStatus, dimNationality, dimGender} {
		c, whole, ok := ageBand(keys, byKey, e|dimAge, band)
		if !ok {
			continue
		}
		if all, allWhole, _ := ageBand(keys, byKey, e|dimAge, Age{}); !whole || !allWhole || !f.hasTotal || all != f.total {
			c = c.atLeast()
		}
		if !found || c.interval().lo > best.interval().lo {
			best, found = c, true
		}
	}
	return best, found
}

// breakdownParts is a breakdown along one dimension as the tallies give
// it, before it is known whether they count everyone.
type breakdownParts[K comparable] struct {
	out     map[K]Count
	by      map[K]uint8     // the other dimension a value's figure is added up over
	covered map[uint8]Count // by that dimension: all its tallies with this one
	partial map[uint8]bool  // ages that overlap: covered is a lower bound
}

// breakdownRaw returns, for each value of dimension d that a tally gives,
// how many the tallies count with that value: the tally narrowed by d
// alone where there is one ("109 Thais"), else the tallies narrowed by d
// and one other dimension, added up over the other ("six Taiwanese
// arrested"; ages that overlap are not added up). Nil when no tally is
// narrowed by d.
func breakdownRaw[K comparable](keys []tallyKey, byKey map[tallyKey]Count, d uint8, value func(tallyKey) K) *breakdownParts[K] {
	b := &breakdownParts[K]{out: map[K]Count{}, by: map[K]uint8{}, covered: map[uint8]Count{}, partial: map[uint8]bool{}}
	for _, k := range keys {
		if k.mask() == d {
			b.out[value(k)] = byKey[k]
		}
	}
	alone := len(b.out)
	for _, e := range [...]uint8{dimStatus, dimNationality, dimGender, dimAge} {
		if e == d {
			continue
		}
		parts := map[K][]tallyKey{}
		var order []K
		for _, k := range keys {
			if k.mask() != d|e {
				continue
			}
			v := value(k)
			if _, ok := parts[v]; !ok {
				order = append(order, v)
			}
			parts[v] = append(parts[v], k)
		}
		for _, v := range order {
			var c Count
			whole := true
			if e == dimAge {
				c, whole = groupAges(parts[v], byKey, d|e)
			} else {
				for _, k := range parts[v] {
					c = c.Add(byKey[k])
				}
			}
			b.covered[e] = b.covered[e].Add(c)
			if !whole {
				b.partial[e] = true
			}
			if _, ok := b.out[v]; ok && b.by[v] != e {
				continue // given alone, or added up over another dimension
			}
			b.by[v] = e
			b.out[v] = c
		}
	}
	if len(b.out) == 0 && alone == 0 {
		return nil
	}
	return b
}

// done returns the breakdown as the summary gives it. The figures added
// up across another dimension count the value only within that
// dimension's values they name (the Thais rescued, not those still held),
// so they are the whole count only where those tallies together count
// everyone, as total says; otherwise they are a lower bound ("at least
// 11"). Nil for a nil breakdown.
func (b *breakdownParts[K]) done(total Count, hasTotal bool) map[K]Count {
	if b == nil {
		return nil
	}
	for v, e := range b.by {
		if !hasTotal || b.partial[e] || b.covered[e] != total {
			b.out[v] = b.out[v].atLeast()
		}
	}
	return b.out
}

// sumMap adds up the counts of m.
func sumMap[K comparable](m map[K]Count) Count {
	var sum Count
	for _, c := range m {
		sum = sum.Add(c)
	}
	return sum
}

// applyTallies puts the figures of op's tallies in s. For each source,
// the records' breakdowns are overlaid with that source's figures,
// breakdown by breakdown: a breakdown the source's tallies give replaces
// the records', one they do not give stays as the records give it, and
// when the total comes from the figures the part of it a breakdown does
// not cover is counted under the breakdown's zero key (not recorded).
// Where there are several sources, the summary holds the hull of what
// each gives ("19" and "11" rescued give "11 to 19").
func (s *Summary) applyTallies(op *Operation) {
	records := *s
	for i, f := range summaryTallies(op, OfVictims) {
		o := records
		o.overlayVictims(op, &f)
		if i == 0 {
			s.Victims, s.VictimsByNationality, s.VictimsByGender = o.Victims, o.VictimsByNationality, o.VictimsByGender
			s.VictimsByStatus, s.VictimsByExploitation = o.VictimsByStatus, o.VictimsByExploitation
			s.Minors, s.MinorityUnknown = o.Minors, o.MinorityUnknown
			continue
		}
		s.Victims = s.Victims.Hull(o.Victims)
		s.VictimsByNationality = hullMap(maps.Clone(s.VictimsByNationality), o.VictimsByNationality)
		s.VictimsByGender = hullMap(maps.Clone(s.VictimsByGender), o.VictimsByGender)
		s.VictimsByStatus = hullMap(maps.Clone(s.VictimsByStatus), o.VictimsByStatus)
		s.VictimsByExploitation = hullMap(maps.Clone(s.VictimsByExploitation), o.VictimsByExploitation)
		s.Minors = s.Minors.Hull(o.Minors)
		s.MinorityUnknown = s.MinorityUnknown.Hull(o.MinorityUnknown)
	}
	for i, f := range summaryTallies(op, OfSuspects) {
		o := records
		o.overlaySuspects(&f)
		if i == 0 {
			s.Suspects, s.SuspectsByNationality, s.Arrested = o.Suspects, o.SuspectsByNationality, o.Arrested
			continue
		}
		s.Suspects = s.Suspects.Hull(o.Suspects)
		s.SuspectsByNationality = hullMap(maps.Clone(s.SuspectsByNationality), o.SuspectsByNationality)
		s.Arrested = s.Arrested.Hull(o.Arrested)
	}
}

// overlayVictims puts one source's figures of victims over the records'.
func (s *Summary) overlayVictims(op *Operation, v *tallyFigures) {
	var statusFig map[VictimStatus]Count
	for k, c := range v.status {
		if statusFig == nil {
			statusFig = make(map[VictimStatus]Count, len(v.status))
		}
		statusFig[VictimStatus(k)] = c
	}
	nat := withRecords(v.nat, s.VictimsByNationality)
	gender := withRecords(v.gender, s.VictimsByGender)
	status := withRecords(statusFig, s.VictimsByStatus)
	if v.hasTotal {
		s.Victims = v.total
		if !v.explicitTotal {
			s.Victims = raiseTotal(v.total, known(nat), known(gender), known(status))
		}
	}
	s.VictimsByNationality = withRest(nat, s.Victims, v.hasTotal)
	s.VictimsByGender = withRest(gender, s.Victims, v.hasTotal)
	s.VictimsByStatus = withRest(status, s.Victims, v.hasTotal)
	switch {
	case v.hasExploitation:
		s.VictimsByExploitation = maps.Clone(v.exploitation)
		if rest := s.Victims.remainder(v.exploited); !rest.IsZero() {
			s.VictimsByExploitation[0] = rest
		}
	case v.hasTotal:
		// The records' breakdown covers the records (a record with no
		// exploitation is under the zero key already); the rest of the
		// total is not recorded.
		if rest := s.Victims.remainder(Count{N: len(op.Victims)}); !rest.IsZero() {
			m := maps.Clone(s.VictimsByExploitation)
			if m == nil {
				m = map[Exploitation]Count{}
			}
			m[0] = m[0].Add(rest)
			s.VictimsByExploitation = m
		}
	}
	if !v.hasMinors && !v.hasAdults && !v.hasTotal {
		return
	}
	recordMinors := Count{N: s.Minors.N}
	if v.hasMinors {
		s.Minors = v.minors
	}
	var known Count
	switch {
	case v.hasMinors || v.hasAdults:
		known = s.Minors
		if v.hasAdults {
			known = known.Add(v.adults)
		}
	default:
		// The records' minors and adults against the figures' total:
		// whether the rest are minors is not known.
		known = recordMinors.Add(recordAdults(op))
	}
	s.MinorityUnknown = s.Victims.remainder(known)
	// The records' minors are a lower bound when the figures count more
	// victims than the records whose age is known; a figure of minors
	// ("including 153 minors") is the report's own, and stays.
	if !v.hasMinors && !s.MinorityUnknown.IsZero() && s.Minors.Qualifier == Exact {
		s.Minors = s.Minors.atLeast()
	}
}

// overlaySuspects puts one source's figures of suspects over the records'.
func (s *Summary) overlaySuspects(p *tallyFigures) {
	nat := withRecords(p.nat, s.SuspectsByNationality)
	if p.hasTotal {
		s.Suspects = p.total
		if !p.explicitTotal {
			s.Suspects = raiseTotal(p.total, known(nat))
		}
	}
	s.SuspectsByNationality = withRest(nat, s.Suspects, p.hasTotal)
	switch {
	case p.hasArrested:
		s.Arrested = p.arrested
	case p.hasTotal:
		// The figures count suspects without saying how many were
		// arrested: at least those of the records.
		s.Arrested = s.Arrested.atLeast()
	}
}

// recordAdults counts the victim records known to be adults.
func recordAdults(op *Operation) Count {
	n := 0
	for i := range op.Victims {
		if minor, known := op.Victims[i].Age.IsMinor(); known && !minor {
			n++
		}
	}
	return Count{N: n}
}

// withRecords returns the breakdown fig the figures give, with the
// records' values it does not give: those are people the figures leave
// out (records of Malaysians beside "109 Thais"). Where the figures give
// no such breakdown, it returns the records'.
func withRecords[K comparable](fig, records map[K]Count) map[K]Count {
	if fig == nil {
		return records
	}
	var zero K
	out := fig
	for k, c := range records {
		if _, ok := fig[k]; ok || k == zero {
			continue
		}
		if len(out) == len(fig) {
			out = maps.Clone(fig)
		}
		out[k] = c
	}
	return out
}

// known adds up the counts of a breakdown but for its zero key (not
// recorded).
func known[K comparable](m map[K]Count) Count {
	var zero K
	var sum Count
	for k, c := range m {
		if k != zero {
			sum = sum.Add(c)
		}
	}
	return sum
}

// withRest returns the breakdown m; when the total comes from the
// figures, with the part of it m does not cover under the zero key.
func withRest[K comparable](m map[K]Count, total Count, totalFromFigures bool) map[K]Count {
	if !totalFromFigures {
		return m
	}
	var zero K
	rest := total.remainder(known(m))
	out := make(map[K]Count, len(m)+1)
	for k, c := range m {
		if k != zero {
			out[k] = c
		}
	}
	if !rest.IsZero() {
		out[zero] = rest
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
