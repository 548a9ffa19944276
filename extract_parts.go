package rescue

// Parts and wholes: when figures after a comma break the first down, when
// a breakdown contradicts its figure, and when a later total shows that an
// earlier figure was a part.

// How the figures after a comma stand to the first.
const (
	appositionList      = iota // the next figures of a list: "12 women, 5 children and 3 men"
	appositionBreakdown        // parts of the first: "12 people, 4 Peruvians and 6 Venezuelans"
)

// appositionOf decides how the figures after the first of a group, after a
// comma, stand to it. They are its parts when they add up to it ("eight
// suspects, six Taiwanese and two Peruvians"), or when each names what
// the first does not: a nationality after "people" or "women", a sex
// after "Thais" ("12 people, 4 Peruvians and 6 Venezuelans", "30 women,
// one from Nigeria"). Figures that name what the first names ("12 women,
// 5 children and 3 men", "44 Malaysians, 12 Thais") continue a list, and
// so do figures with no noun ("80 in Lima, 40 in Callao").
func appositionOf(figs []xfig) int {
	first, parts := figs[0], figs[1:]
	if sumCounts(parts) == first.c && first.c.Qualifier == Exact {
		return appositionBreakdown
	}
	firstNat, firstKind := dimsOf(first)
	for _, p := range parts {
		nat, kind := dimsOf(p)
		if !nat && !kind || nat && firstNat || kind && firstKind {
			return appositionList
		}
	}
	return appositionBreakdown
}

// partsExceed reports whether the parts of a breakdown, people of one
// kind each ("5 Peruvians and 8 Venezuelans", "200 women, 100 men and 50
// children"), add up to more than the figure they break down: the text
// contradicts itself. Parts of different kinds ("20 women and 15 Thais")
// may count the same people twice, and contradict nothing.
func partsExceed(whole Count, parts []xfig) bool {
	nats, kinds := 0, 0
	for _, p := range parts {
		nat, kind := dimsOf(p)
		switch {
		case nat && !kind:
			nats++
		case kind && !nat:
			kinds++
		default:
			return false
		}
	}
	if nats > 0 && kinds > 0 {
		return false
	}
	w, iv := whole.interval(), sumCounts(parts).interval()
	return !w.inf && !w.about && !iv.about && iv.lo > w.hi
}

// dimsOf reports whether a figure names a nationality (or names one it
// does not read) and whether it names a sex or an age.
func dimsOf(xf xfig) (nat, kind bool) {
	f := xf.f
	nat = xf.nat.IsValid() || len(f.Names) > 0 || len(f.WholeNames) > 0 || len(f.From) > 0 || len(f.Pred) > 0
	kind = xf.gender != 0 || !xf.age.IsZero() || f.Minor || f.Adult || f.Female || f.Male || f.Mixed
	return nat, kind
}

// countWider reports whether later may hold everyone earlier counts and
// more: "up to 15" or "15" after "4", "more than 100" after "80".
func countWider(earlier, later Count) bool {
	e, l := earlier.interval(), later.interval()
	return l.inf || !e.inf && l.hi >= e.hi
}

// lowerBounds makes lower bounds of the tallies of key0's kind of people
// other than the total: their figures came from a part of the
// operation ("four Paraguayan women in Pamplona").
func (x *extractor) lowerBounds(key0 extractKey) {
	for k, s := range x.tallies {
		if k.of != key0.of || k.status != key0.status || k == key0 {
			continue
		}
		if lb, ok := countLowerBound(x.op.Counts[s.idx].Count); ok {
			x.op.Counts[s.idx].Count = lb
		}
		s.exact, s.total = false, false
		x.tallies[k] = s
	}
}
