package rescue

import (
	"math/big"
	"slices"

	"github.com/shopspring/decimal"
)

// Add returns the sum of two amounts in the same currency, as a total of
// reported amounts can honestly be stated. Each amount stands for the
// values it allows — "USD 50.00" for 50, "more than USD 10.00" for
// anything above 10, "up to USD 5.00" for 0 to 5 (an amount of cash is
// never below 0), "USD 20.00 to 30.00" for 20 to 30, "about USD 300.00" for
// about 300 — and the sum allows the sums of those, as [Count.Add] states
// them:
//
//   - lower ends add and upper ends add (with no upper end if either has
//     none); a lower end stays strict when either operand's is: "more than
//     USD 10.00" + "USD 3.00" is "more than USD 13.00";
//   - a sum with both ends is a range ("USD 44.00" + "up to USD 10.00" is
//     "USD 44.00 to 54.00"); a strict upper end inside a range is written
//     as an inclusive one, which says a little less, never more;
//   - an estimate makes a sum with two ends an estimate of the sum of the
//     figures ("about USD 300.00" + "USD 10.00" is "about USD 310.00"), and
//     a sum with no upper end is a lower bound, as for counts;
//   - an equivalent is kept only in a currency in which both a and b
//     reported one, and it is the sum of theirs under the same rules,
//     each first taking its amount's hedge (it converts the figure the
//     hedge is on, as [Summary.CashIn] reads it), and written again as the
//     figure the sum's hedge is on where that says the same: "up to USD
//     10.00 (SGD 13.00)" + "USD 10.00 (SGD 13.00)" is "USD 10.00 to 20.00
//     (SGD 13.00 to 26.00)", "more than USD 10.00 (about SGD 13.00)" +
//     "USD 5.00 (SGD 6.50)" is "more than USD 15.00 (SGD 19.50)". One
//     figure given for a range converts no part of it, and its currency
//     is left out of the sum. The equivalents of the sum are in the order
//     of their currency codes.
//
// The values are added exactly. The zero ReportedAmount adds as nothing:
// a.Add(ReportedAmount{}) is a, with its equivalents in their own order
// (copied, so the result shares no memory with a or b). Otherwise the
// amounts must be in the same currency, or the error is a
// [*MismatchError] wrapping [ErrCurrencyMismatch]; a sum beyond the bounds
// of an amount (30 significant digits) wraps [ErrRange]. Add is
// commutative and associative, so amounts can be summed in any order.
//
// Add does not validate a or b: an invalid qualifier gives an unspecified
// qualifier, and two equivalents of one amount in the same currency count
// as their sum.
func (a ReportedAmount) Add(b ReportedAmount) (ReportedAmount, error) {
	return a.add(b, false)
}

// addWithin returns a.Add(b), except that a total beyond the bounds of an
// amount is not refused but widened, outward, to the nearest that can be
// written and still holds every value the exact total allows (see
// amountInterval.within): a [Summary], which cannot fail, sums cash with
// it, so that no amount is left out and no total is written as a smaller
// figure than the amounts add up to. Its only errors are a currency
// mismatch and, for negative amounts (which Validate refuses), a total
// below -10^30.
//
// Past 10^30 addWithin is commutative and associative as Add is, since
// sums of amounts only grow: "more than" the largest amount stays so. Where
// the digits run out below it (USD 10^28 + USD 0.001 has 31), the rounded
// total depends on the order of the amounts, but holds the exact total
// whatever the order.
func (a ReportedAmount) addWithin(b ReportedAmount) (ReportedAmount, error) {
	return a.add(b, true)
}

func (a ReportedAmount) add(b ReportedAmount, widen bool) (ReportedAmount, error) {
	switch {
	case b.IsZero():
		return a.clone(), nil
	case a.IsZero():
		return b.clone(), nil
	case a.Amount.cur != b.Amount.cur:
		return ReportedAmount{}, &MismatchError{Func: "ReportedAmount.Add", Op: "add", A: a.Amount.cur, B: b.Amount.cur}
	}
	sum, err := amountIntervalOf(a).add(amountIntervalOf(b)).total(a.Amount.cur, widen)
	if err != nil {
		return ReportedAmount{}, err
	}
	for i, e := range a.Equivalents {
		c := e.Amount.cur
		if !c.IsValid() || slices.ContainsFunc(a.Equivalents[:i], func(x ReportedAmount) bool { return x.Amount.cur == c }) {
			continue // counted with the first equivalent in its currency
		}
		ea, okA := equivalentTotal(a, c)
		eb, okB := equivalentTotal(b, c)
		if !okA || !okB {
			continue
		}
		eq, err := ea.add(eb).total(c, widen)
		if err != nil {
			return ReportedAmount{}, err
		}
		sum.Equivalents = append(sum.Equivalents, unhedged(sum, eq))
	}
	slices.SortFunc(sum.Equivalents, func(x, y ReportedAmount) int { return x.Amount.cur.Compare(y.Amount.cur) })
	return sum, nil
}

// equivalentTotal returns what the equivalents of a in currency c allow
// (one equivalent, unless a is invalid), and false when a has none in c or
// one that converts no part of a (see equivalentInterval).
func equivalentTotal(a ReportedAmount, c Currency) (amountInterval, bool) {
	var total amountInterval
	found := false
	for _, x := range a.Equivalents {
		if x.Amount.cur != c {
			continue
		}
		iv, ok := equivalentInterval(a, x)
		if !ok {
			return amountInterval{}, false
		}
		total, found = total.add(iv), true
	}
	return total, found
}

// equivalentInterval returns what the equivalent e of a allows in e's
// currency. A report converts a's figure (or the ends of its range), and
// gives the result with its own hedge: "more than US$10,000 (about
// S$13,700)" is more than a figure that is worth about S$13,700. So a's
// hedge applies to what e allows:
//
//   - a figure: e as it is ("USD 10000.00 (about SGD 13700.00)" is about
//     SGD 13700.00);
//   - an estimate: e estimated, as [ReportedAmount.Add] adds an estimate:
//     a lower bound stays one, an upper bound becomes an estimated range
//     from 0;
//   - a lower bound: from e's lower end up, strict when either is, and
//     no longer an estimate: the bound is what the amount says ("more
//     than USD 10000.00 (about SGD 13700.00)" and "more than USD 10000.00
//     (SGD 13700.00 to 14000.00)" are more than SGD 13700.00);
//   - an upper bound: up to e's upper end, strict when either is, and no
//     longer an estimate ("less than USD 10000.00 (about SGD 13700.00)" is
//     less than SGD 13700.00);
//   - a range: e's range. A single figure for a range ("USD 10000.00 to
//     20000.00 (SGD 13700.00)") does not say which part of the range it
//     converts (the lower end, the middle?), so it converts none: false.
func equivalentInterval(a, e ReportedAmount) (amountInterval, bool) {
	iv := amountIntervalOf(e)
	if a.IsRange() && !e.IsRange() && (e.Qualifier == Exact || e.Qualifier == About) {
		return amountInterval{}, false
	}
	switch a.Qualifier {
	case Exact:
		if a.onlyZero() {
			return amountInterval{}, true // 0 in any currency, however hedged
		}
	case About:
		iv.about = true
	case AtLeast, MoreThan:
		iv.hi, iv.hiStrict = iv.lo, false
		iv.inf, iv.about = true, false
		iv.loStrict = iv.loStrict || a.Qualifier == MoreThan
	case AtMost, LessThan:
		iv.lo, iv.loStrict, iv.about = exactNum{}, false, false
		iv.hiStrict = iv.hiStrict || a.Qualifier == LessThan
	}
	return iv, true
}

// unhedged returns the equivalent eq of sum, which states what the sum
// allows in its currency, as the figure sum's hedge is on, when that says
// the same: "more than USD 15.00 (SGD 19.50)" rather than "more than USD
// 15.00 (more than SGD 19.50)". Otherwise it returns eq.
func unhedged(sum, eq ReportedAmount) ReportedAmount {
	if sum.IsRange() || sum.Qualifier == Exact || eq.Qualifier != sum.Qualifier {
		return eq
	}
	fig := eq
	fig.Qualifier = Exact
	if fig.Amount.IsZeroAmount() {
		// "about SGD 0.00 to 5.00" (an exact range starts above 0), "at
		// least SGD 0.00" (0 is no equivalent of a sum that is not 0).
		return eq
	}
	iv, ok := equivalentInterval(sum, fig)
	if !ok {
		return eq
	}
	if back, err := iv.reported(eq.Amount.cur, -1); err != nil || !back.Equal(eq) {
		return eq
	}
	return fig
}

// clone returns a copy of a whose equivalents share no memory with a's.
func (a ReportedAmount) clone() ReportedAmount {
	a.Equivalents = slices.Clone(a.Equivalents)
	return a
}

// amountInterval is what an amount allows, exactly: lo to hi (no upper
// end when inf), which ends the text wrote as strict, and whether the
// figures are estimated (lo to hi are then the figures). The zero
// amountInterval is exactly 0.
type amountInterval struct {
	lo, hi             exactNum
	inf                bool
	loStrict, hiStrict bool
	about              bool
}

func amountIntervalOf(a ReportedAmount) amountInterval {
	var iv amountInterval
	iv.lo = exactOf(a.Amount)
	if !a.Max.IsZero() {
		iv.hi = exactOf(a.Max)
	} else {
		iv.hi = iv.lo
	}
	iv.setQualifier(a.Qualifier)
	return iv
}

// setQualifier makes the figures lo to hi the interval q states.
func (iv *amountInterval) setQualifier(q Qualifier) {
	switch q {
	case About:
		iv.about = true
	case AtLeast, MoreThan:
		iv.inf, iv.loStrict = true, q == MoreThan
	case AtMost, LessThan:
		iv.lo = exactNum{}
		iv.hiStrict = q == LessThan
	}
}

// scale returns iv times f (positive).
func (iv amountInterval) scale(f exactNum) amountInterval {
	out := iv
	out.lo, out.hi = iv.lo.mul(f), iv.hi.mul(f)
	return out
}

func (iv amountInterval) add(x amountInterval) amountInterval {
	return amountInterval{
		lo:       iv.lo.add(x.lo),
		hi:       iv.hi.add(x.hi),
		inf:      iv.inf || x.inf,
		loStrict: iv.loStrict || x.loStrict,
		hiStrict: iv.hiStrict || x.hiStrict,
		about:    iv.about || x.about,
	}
}

// total writes the interval exactly in currency c, as reported does; past
// the bounds of an amount, widened to them when widen is set, else an
// error wrapping ErrRange.
func (iv amountInterval) total(c Currency, widen bool) (ReportedAmount, error) {
	sum, err := iv.reported(c, -1)
	if err == nil || !widen {
		return sum, err
	}
	if w, ok := iv.within(); ok {
		return w.reported(c, -1)
	}
	return ReportedAmount{}, err
}

// amountLargest is the largest amount: 10^30 - 1, thirty nines.
var amountLargest = new(big.Rat).SetInt(new(big.Int).Sub(new(big.Int).Exp(big.NewInt(10), big.NewInt(maxSignificant), nil), big.NewInt(1)))

// within returns the nearest interval to iv whose ends an amount can hold
// (30 digits) and that holds every value iv allows, rounding outward as
// interval arithmetic does:
//
//   - a lower end above the largest amount gives "more than" it;
//   - an upper end above it is dropped, which leaves a lower bound (an
//     estimate's too, at its lower figure, as when an estimate is added to
//     an amount with no upper end);
//   - an end with more digits than an amount holds is rounded outward to
//     30 digits: the lower end down, the upper end up.
//
// It reports false for a lower end below -10^30 (negative amounts, which
// Validate refuses), which no amount can bound.
func (iv amountInterval) within() (amountInterval, bool) {
	lo := iv.lo.rat()
	if lo.Cmp(amountLargest) > 0 {
		return amountInterval{lo: exactNum{r: amountLargest}, inf: true, loStrict: true}, true
	}
	if new(big.Rat).Neg(lo).Cmp(amountLargest) > 0 {
		return iv, false
	}
	out := iv
	out.lo = exactNum{r: roundOutward(lo, false)}
	if !iv.inf {
		if hi := iv.hi.rat(); hi.Cmp(amountLargest) > 0 {
			out.inf = true
		} else {
			out.hi = exactNum{r: roundOutward(hi, true)}
		}
	}
	return out, true
}

// roundOutward returns x (at most 10^30 - 1 in magnitude) rounded to the
// 30 digits an amount holds: down, or up when up is set. x itself when it
// fits.
func roundOutward(x *big.Rat, up bool) *big.Rat {
	whole := new(big.Int).Quo(x.Num(), x.Denom()) // toward zero
	digits := 0                                   // before the decimal mark
	if whole.Sign() != 0 {
		digits = len(whole.Abs(whole).Text(10))
	}
	return roundDirected(x, int32(maxSignificant-digits), up)
}

// reported writes the interval in canonical form in currency c: exactly
// when places < 0, else to that many places. Rounded, a bound or an end of
// a range is moved outward, so that the amount says a little less than the
// exact interval, never more ("more than 12.345" is "more than 12.34", "at
// most 12.341" is "at most 12.35", "12.341 to 12.349" is "12.34 to 12.35");
// one figure and an estimate are rounded half to even to the nearest.
func (iv amountInterval) reported(c Currency, places int32) (ReportedAmount, error) {
	dec := func(x exactNum, dir int) (Money, error) {
		if places >= 0 && dir != 0 {
			x = exactNum{r: roundDirected(x.rat(), places, dir > 0)}
		}
		m := x.money(c, places)
		if msg := m.digitsMsg(); msg != "" {
			return Money{}, parseError("ReportedAmount.Add", m.dec().String(), msg, ErrRange)
		}
		return m, nil
	}
	one := func(x exactNum, q Qualifier, dir int) (ReportedAmount, error) {
		m, err := dec(x, dir)
		return ReportedAmount{Amount: m, Qualifier: q}, err
	}
	two := func(q Qualifier) (ReportedAmount, error) {
		outward := 0
		if q == Exact && iv.lo.rat().Cmp(iv.hi.rat()) != 0 {
			outward = 1
		}
		a, err := dec(iv.lo, -outward)
		if err != nil {
			return ReportedAmount{}, err
		}
		b, err := dec(iv.hi, outward)
		if err != nil {
			return ReportedAmount{}, err
		}
		if cmpAmount(b, a) <= 0 { // one figure, or equal once rounded
			return ReportedAmount{Amount: a, Qualifier: q}, nil
		}
		return ReportedAmount{Amount: a, Max: b, Qualifier: q}, nil
	}
	switch {
	case iv.inf && iv.loStrict:
		return one(iv.lo, MoreThan, -1)
	case iv.inf:
		return one(iv.lo, AtLeast, -1)
	case iv.about:
		return two(About)
	case iv.lo.sign() <= 0 && iv.hi.sign() > 0 && iv.hiStrict:
		return one(iv.hi, LessThan, 1)
	case iv.lo.sign() <= 0 && iv.hi.sign() > 0:
		return one(iv.hi, AtMost, 1)
	}
	return two(Exact)
}

// roundDirected returns x rounded to places decimal places: up (toward
// +inf) when up is set, else down (toward -inf).
func roundDirected(x *big.Rat, places int32, up bool) *big.Rat {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	num := new(big.Int).Mul(x.Num(), scale)
	q, m := new(big.Int).DivMod(num, x.Denom(), new(big.Int)) // floor: the denominator is positive
	if up && m.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	return new(big.Rat).SetFrac(q, scale)
}

// exactDecimal returns r as a decimal, exactly when its denominator
// divides a power of ten (a sum of decimals, or one times a decimal rate),
// else rounded half to even to 30 places.
func exactDecimal(r *big.Rat) decimal.Decimal {
	den := new(big.Int).Set(r.Denom())
	twos := den.TrailingZeroBits()
	den.Rsh(den, twos)
	fives := uint(0)
	five := big.NewInt(5)
	for {
		var q, m big.Int
		q.QuoRem(den, five, &m)
		if m.Sign() != 0 {
			break
		}
		den.Set(&q)
		fives++
	}
	if den.Cmp(big.NewInt(1)) != 0 {
		return ratRoundHalfEven(r, maxSignificant)
	}
	k := max(twos, fives)
	num := new(big.Int).Mul(r.Num(), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil))
	num.Quo(num, r.Denom())
	return decimal.NewFromBigInt(num, -int32(k))
}
