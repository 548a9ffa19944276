package rescue

import "math"

// Add returns the sum of two counts, stated as honestly as the two allow.
// Each count stands for the whole numbers it allows — "44" for 44, "more
// than 10" for 11 and up, "at most 10" for 0 to 10, "20 to 30" for 20 to
// 30, "about 300" for about 300 — and the sum allows the sums of those:
// lower ends add, and upper ends add, with no upper end if either has
// none. The sum is written in the canonical form of [Count.String]:
//
//   - "more than 10" + "3" is "more than 13", and "more than 10" + "at
//     least 3" is "more than 13" too: a lower end stays strict when either
//     operand's is;
//   - "44" + "at most 10" is "44 to 54", and "44" + "fewer than 10" is "44
//     to 53": inside a range a strict end becomes inclusive (a count below
//     10 is at most 9);
//   - an estimate makes a sum with two ends an estimate of the sum of the
//     figures: "about 300" + "20" is "about 320", "about 20 to 30" + "5" is
//     "about 25 to 35", "about 300" + "at most 10" is "about 300 to 310";
//   - a sum with no upper end is a lower bound, even with an estimate in
//     it, at the sum of the lower ends and the estimated figures: "about
//     300" + "more than 10" is "more than 310". (No count can say "about
//     more than 310"; stating the bound keeps Add associative.)
//
// The zero Count adds as nothing, and Add is commutative and associative,
// so counts can be summed in any order and grouping. A sum past 10^12,
// the largest count the parsers read, states what still holds, so that
// every sum of valid counts is valid and marshals: an upper end past it is
// dropped, which leaves a lower bound ("999999999990 to 1000000000000" +
// "5" is "at least 999999999995"; an estimate's at its lower figure, as
// above), and a lower end past it is "more than 1000000000000". Adding an
// invalid Count gives an unspecified, but never panicking, result.
func (c Count) Add(x Count) Count {
	switch {
	case x.IsZero():
		return c
	case c.IsZero():
		return x
	}
	a, b := c.interval(), x.interval()
	return countInterval{
		lo: countSatAdd(a.lo, b.lo), hi: countSatAdd(a.hi, b.hi), inf: a.inf || b.inf,
		loStrict: a.loStrict || b.loStrict, hiStrict: a.hiStrict || b.hiStrict,
		about: a.about || b.about,
	}.count()
}

// Hull returns the smallest count that holds both c and x: two sources
// that say 497 and 499 give "497 to 499"; "more than 10" and "5" give "at
// least 5". If either is an estimate, the hull is an estimate of the
// figures' hull ("about 300" and "320": "about 300 to 320").
func (c Count) Hull(x Count) Count {
	a, b := c.interval(), x.interval()
	h := countInterval{about: a.about || b.about}
	switch {
	case a.lo < b.lo:
		h.lo, h.loStrict = a.lo, a.loStrict
	case b.lo < a.lo:
		h.lo, h.loStrict = b.lo, b.loStrict
	default:
		h.lo, h.loStrict = a.lo, a.loStrict || b.loStrict
	}
	switch {
	case a.inf || b.inf:
		h.inf = true
	case a.hi > b.hi:
		h.hi, h.hiStrict = a.hi, a.hiStrict
	case b.hi > a.hi:
		h.hi, h.hiStrict = b.hi, b.hiStrict
	default:
		h.hi, h.hiStrict = a.hi, a.hiStrict || b.hiStrict
	}
	return h.count()
}

// countInterval is what a count allows: the whole numbers lo to hi (no
// upper end when inf), which of its ends the text wrote as strict ("more
// than", "fewer than"), and whether the figures are estimated (lo to hi
// are then the figures).
type countInterval struct {
	lo, hi             int
	inf                bool
	loStrict, hiStrict bool
	about              bool
}

func (c Count) interval() countInterval {
	iv := countInterval{lo: c.N, hi: c.N}
	if c.Max != 0 {
		iv.hi = c.Max
	}
	switch c.Qualifier {
	case About:
		iv.about = true
	case AtLeast:
		iv.inf = true
	case MoreThan:
		iv.lo, iv.inf, iv.loStrict = countSatAdd(c.N, 1), true, true
	case AtMost:
		iv.lo = 0
	case LessThan:
		iv.lo, iv.hi, iv.hiStrict = 0, max(c.N-1, 0), true
	}
	return iv
}

// count writes the interval in canonical form. Past 10^12, the largest
// count the parsers read, it says less, never more, so that every sum of
// valid counts is a valid count: an upper end past it is dropped, which
// leaves a lower bound (an estimate's too, at its lower figure, as for an
// estimate plus a count with no upper end), and a lower end past it is
// "more than 10^12". Since counts only grow as they are added, a sum past
// the bound stays past it, and dropping what it cannot write keeps Add
// associative: sums are the same whichever way they are grouped.
func (iv countInterval) count() Count {
	if iv.hi > countMax {
		iv.inf = true
	}
	if iv.lo > countMax {
		return Count{N: countMax, Qualifier: MoreThan}
	}
	switch {
	case iv.inf && iv.loStrict && iv.lo >= 1:
		return Count{N: iv.lo - 1, Qualifier: MoreThan}
	case iv.inf:
		return Count{N: iv.lo, Qualifier: AtLeast}
	case iv.about && iv.lo >= iv.hi:
		return Count{N: iv.lo, Qualifier: About}
	case iv.about:
		return Count{N: iv.lo, Max: iv.hi, Qualifier: About}
	case iv.lo <= 0 && iv.hiStrict && iv.hi < countMax:
		return Count{N: iv.hi + 1, Qualifier: LessThan} // "fewer than 10^12+1" is written "at most 10^12"
	case iv.lo >= iv.hi:
		return Count{N: iv.lo}
	case iv.lo <= 0:
		return Count{N: iv.hi, Qualifier: AtMost}
	}
	return Count{N: iv.lo, Max: iv.hi}
}

// countSatAdd adds, saturating at the largest and smallest int.
func countSatAdd(a, b int) int {
	switch {
	case b > 0 && a > math.MaxInt-b:
		return math.MaxInt
	case b < 0 && a < math.MinInt-b:
		return math.MinInt
	}
	return a + b
}

// intersect returns what c and x allow together: two figures of one
// source for the same people, "more than 200" and "215", give "215". An
// estimate bounds nothing, so the other count is kept; two estimates give
// the hull of their figures ("about 300" and "about 200" give "about 200
// to 300"), which states what the source said, whichever comes first. An
// end that both write, one strictly ("fewer than 10", "at most 9"), is
// written strictly, as Hull writes it. Counts that allow nothing in common
// (which Validate refuses) give their hull, which holds both claims.
//
// intersect is commutative, and associative over counts that do not
// contradict each other, so that a source's tallies of the same people
// give the same figure in any order.
func (c Count) intersect(x Count) Count {
	a, b := c.interval(), x.interval()
	switch {
	case a.about && b.about:
		return c.Hull(x)
	case b.about:
		return c
	case a.about:
		return x
	}
	out := a
	switch {
	case b.lo > out.lo:
		out.lo, out.loStrict = b.lo, b.loStrict
	case b.lo == out.lo:
		out.loStrict = a.loStrict || b.loStrict
	}
	switch {
	case b.inf:
	case out.inf:
		out.hi, out.inf, out.hiStrict = b.hi, false, b.hiStrict
	case b.hi < out.hi:
		out.hi, out.hiStrict = b.hi, b.hiStrict
	case b.hi == out.hi:
		out.hiStrict = a.hiStrict || b.hiStrict
	}
	if !out.inf && out.lo > out.hi {
		return c.Hull(x)
	}
	return out.count()
}

// atLeast returns the lower bound of c alone: "19" and "11 to 19" give
// "at least 19" and "at least 11"; "more than 10" stays. An estimate
// bounds nothing and is returned as it is.
func (c Count) atLeast() Count {
	iv := c.interval()
	if iv.about {
		return c
	}
	iv.inf, iv.hiStrict = true, false
	return iv.count()
}

// remainder returns what c less x may be, never below zero: the people of
// a total that a breakdown does not cover. "44" less "43" is "1"; "more
// than 200" less "215" is "at least 0", which says the rest is not known;
// "50" less "at least 10" is "at most 40". With an estimate on either side
// the remainder is an estimate of the figures' difference.
func (c Count) remainder(x Count) Count {
	a, b := c.interval(), x.interval()
	if a.about || b.about {
		out := countInterval{lo: max(a.lo-b.hi, 0), hi: max(a.hi-b.lo, 0), about: true, inf: a.inf}
		if b.inf {
			out.lo = 0
		}
		if out.inf {
			out.about = false
		}
		return out.count()
	}
	out := countInterval{inf: a.inf}
	if !b.inf {
		out.lo = max(a.lo-b.hi, 0)
	}
	if !a.inf {
		out.hi = max(a.hi-b.lo, 0)
		out.lo = min(out.lo, out.hi)
	}
	return out.count()
}
