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
	// together (the validation refuses those that contradict each other).
	var keys []tallyKey
	byKey := map[tallyKey]Count{}
	for _, t := range ts {
		k := t.key()
		if c, ok := byKey[k]; ok {
			byKey[k] = c.intersect(t.Count)
			continue
		}
		keys = append(keys, k)
		byKey[k] = t.Count
	}
	var f tallyFigures

	// The breakdowns as the tallies give them, before it is known whether
	// they count everyone.
	nat, natBy, natCov := breakdownRaw(keys, byKey, dimNationality, func(k tallyKey) Nationality { return k.nat })
	gender, genderBy, genderCov := breakdownRaw(keys, byKey, dimGender, func(k tallyKey) Gender { return k.gender })
	status, statusBy, statusCov := breakdownRaw(keys, byKey, dimStatus, func(k tallyKey) uint8 { return k.status })

	// Everyone: the tally that counts everyone; or else the statuses (a
	// report's "44 rescued" counts them all), or the nationalities, or the
	// genders, added up. Where another breakdown counts more than that
	// ("11 rescued", and Chinese, Indian, Lao and Vietnamese workers who
	// were not), the total is at least the most any of them says.
	if c, ok := byKey[tallyKey{of: of, source: ts[0].Source}]; ok {
		f.total, f.hasTotal = c, true
	} else {
		var sums []Count
		if status != nil {
			sums = append(sums, sumMap(status))
		}
		if nat != nil {
			sums = append(sums, sumMap(nat))
		}
		if gender != nil {
			sums = append(sums, sumMap(gender))
		}
		if len(sums) > 0 {
			f.total, f.hasTotal = sums[0], true
			most := sums[0]
			for _, c := range sums[1:] {
				if c.interval().lo > most.interval().lo {
					most = c
				}
			}
			if p := sums[0].interval(); !p.inf && most.interval().lo > p.hi {
				f.total = most.atLeast()
			}
		}
	}

	// The breakdowns, whole where the tallies they come from count
	// everyone, else lower bounds.
	f.nat = breakdownDone(nat, natBy, natCov, f.total, f.hasTotal)
	f.gender = breakdownDone(gender, genderBy, genderCov, f.total, f.hasTotal)
	f.status = breakdownDone(status, statusBy, statusCov, f.total, f.hasTotal)

	// Minors and adults: the tallies narrowed by age alone whose range lies
	// within 0-17, or from 18 up. Ranges that do not overlap add up;
	// overlapping ones ("0-17" and "13-15") say at least the most either
	// says.
	f.minors, f.hasMinors = ageFigure(keys, byKey, AgeBetween(0, 17))
	f.adults, f.hasAdults = ageFigure(keys, byKey, AgeBetween(18, -1))

	if of == OfSuspects {
		// The arrested: the tallies of a status that implies an arrest,
		// whole where the tallies of their kind count everyone ("six
		// Taiwanese and two Peruvians arrested" of eight), else a lower
		// bound ("3 Americans arrested" of five suspects).
		for _, m := range [...]uint8{dimStatus, dimStatus | dimNationality, dimStatus | dimGender} {
			var sum, all Count
			found := false
			for _, k := range keys {
				if k.mask() != m {
					continue
				}
				all = all.Add(byKey[k])
				if SuspectStatus(k.status).ImpliesArrest() {
					sum, found = sum.Add(byKey[k]), true
				}
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

	// Exploitation is said of the people a tally counts. The widest
	// tallies that say it are used, so that no one is counted twice: a
	// tally narrower than another that says it is left out, and of
	// tallies that are not nested only those that split one breakdown
	// (one mask) are added up; otherwise the one counting the most is.
	var said []*Tally
	for _, t := range ts {
		if len(t.Exploitation) > 0 {
			said = append(said, t)
		}
	}
	said = slices.DeleteFunc(said, func(t *Tally) bool {
		k := t.key()
		for _, u := range said {
			if u != t && isNarrower(k, u.key()) {
				return true
			}
		}
		return false
	})
	if len(said) > 0 {
		m := said[0].key().mask()
		for _, t := range said[1:] {
			if t.key().mask() != m {
				widest := said[0]
				for _, u := range said[1:] {
					if u.Count.interval().lo > widest.Count.interval().lo {
						widest = u
					}
				}
				said = []*Tally{widest}
				break
			}
		}
		f.exploitation = map[Exploitation]Count{}
		f.hasExploitation = true
		for _, t := range said {
			f.exploited = f.exploited.Add(t.Count)
			for j, e := range t.Exploitation {
				if !slices.Contains(t.Exploitation[:j], e) {
					f.exploitation[e] = f.exploitation[e].Add(t.Count)
				}
			}
		}
	}
	return f
}

// isNarrower reports whether a counts part of what b counts: every
// dimension b narrows by, a narrows by too, to the same value, and a
// narrows by more.
func isNarrower(a, b tallyKey) bool {
	am, bm := a.mask(), b.mask()
	return am != bm && am&bm == bm && a.only(bm) == b
}

// sumByMask adds up the tallies narrowed by exactly the dimensions m.
func sumByMask(keys []tallyKey, byKey map[tallyKey]Count, m uint8) (Count, bool) {
	var sum Count
	found := false
	for _, k := range keys {
		if k.mask() == m {
			sum, found = sum.Add(byKey[k]), true
		}
	}
	return sum, found
}

// breakdownRaw returns, for each value of dimension d that a tally gives,
// how many the tallies count with that value: the tally narrowed by d
// alone where there is one ("109 Thais"), else the tallies narrowed by d
// and one other dimension, added up over the other ("six Taiwanese
// arrested"). For the values of the second kind it also returns the other
// dimension (by) and, for each other dimension, how many all its tallies
// with d count together (covered). Nil when no tally is narrowed by d.
func breakdownRaw[K comparable](keys []tallyKey, byKey map[tallyKey]Count, d uint8, value func(tallyKey) K) (out map[K]Count, by map[K]uint8, covered map[uint8]Count) {
	alone := map[K]bool{}
	for _, k := range keys {
		if k.mask() == d {
			if out == nil {
				out = map[K]Count{}
			}
			out[value(k)] = byKey[k]
			alone[value(k)] = true
		}
	}
	by = map[K]uint8{}
	covered = map[uint8]Count{}
	for _, e := range [...]uint8{dimStatus, dimNationality, dimGender, dimAge} {
		if e == d {
			continue
		}
		for _, k := range keys {
			if k.mask() != d|e {
				continue
			}
			covered[e] = covered[e].Add(byKey[k])
			v := value(k)
			if alone[v] {
				continue
			}
			if other, ok := by[v]; ok && other != e {
				continue
			}
			by[v] = e
			if out == nil {
				out = map[K]Count{}
			}
			out[v] = out[v].Add(byKey[k])
		}
	}
	return out, by, covered
}

// breakdownDone returns the breakdown of breakdownRaw as the summary gives
// it. The figures added up across another dimension count the value only
// within that dimension's values they name (the Thais rescued, not those
// still held), so they are the whole count only where those tallies
// together count everyone, as total says; otherwise they are a lower bound
// ("at least 11").
func breakdownDone[K comparable](out map[K]Count, by map[K]uint8, covered map[uint8]Count, total Count, hasTotal bool) map[K]Count {
	for v, e := range by {
		if !hasTotal || covered[e] != total {
			out[v] = out[v].atLeast()
		}
	}
	return out
}

// sumMap adds up the counts of m.
func sumMap[K comparable](m map[K]Count) Count {
	var sum Count
	for _, c := range m {
		sum = sum.Add(c)
	}
	return sum
}

// ageFigure returns how many the tallies narrowed by age alone count
// within the ages of band.
func ageFigure(keys []tallyKey, byKey map[tallyKey]Count, band Age) (Count, bool) {
	var in []tallyKey
	for _, k := range keys {
		if k.mask() == dimAge && ageWithin(k.age, band) {
			in = append(in, k)
		}
	}
	if len(in) == 0 {
		return Count{}, false
	}
	disjoint := true
	for i, a := range in {
		for _, b := range in[:i] {
			if ageOverlap(a.age, b.age) {
				disjoint = false
			}
		}
	}
	if disjoint {
		var sum Count
		for _, k := range in {
			sum = sum.Add(byKey[k])
		}
		return sum, true
	}
	most := byKey[in[0]]
	for _, k := range in[1:] {
		if c := byKey[k]; c.interval().lo > most.interval().lo {
			most = c
		}
	}
	return most.atLeast(), true
}

// ageOverlap reports whether two known ages share a year.
func ageOverlap(a, b Age) bool {
	alo, ahi, _ := a.Range()
	blo, bhi, _ := b.Range()
	if ahi < 0 {
		ahi = maxAge
	}
	if bhi < 0 {
		bhi = maxAge
	}
	return alo <= bhi && blo <= ahi
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
	if v.hasTotal {
		s.Victims = v.total
	}
	s.VictimsByNationality = withRest(v.nat, s.VictimsByNationality, s.Victims, v.hasTotal)
	s.VictimsByGender = withRest(v.gender, s.VictimsByGender, s.Victims, v.hasTotal)
	var status map[VictimStatus]Count
	for k, c := range v.status {
		if status == nil {
			status = make(map[VictimStatus]Count, len(v.status))
		}
		status[VictimStatus(k)] = c
	}
	s.VictimsByStatus = withRest(status, s.VictimsByStatus, s.Victims, v.hasTotal)
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
	if p.hasTotal {
		s.Suspects = p.total
	}
	s.SuspectsByNationality = withRest(p.nat, s.SuspectsByNationality, s.Suspects, p.hasTotal)
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

// withRest returns the breakdown fig when the figures give it, else the
// records' one; in either case, when the total comes from the figures,
// with the part of it the breakdown does not cover under the zero key.
func withRest[K comparable](fig, records map[K]Count, total Count, totalFromFigures bool) map[K]Count {
	out := fig
	if out == nil {
		out = records
	}
	if !totalFromFigures {
		return out
	}
	var zero K
	var covered Count
	for k, c := range out {
		if k != zero {
			covered = covered.Add(c)
		}
	}
	rest := total.remainder(covered)
	if out == nil {
		out = map[K]Count{}
	} else if fig == nil {
		out = maps.Clone(out)
	}
	delete(out, zero)
	if !rest.IsZero() {
		out[zero] = rest
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
