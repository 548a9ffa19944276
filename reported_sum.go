package rescue

import "slices"

// Add returns the sum of two amounts in the same currency, as a total of
// reported amounts can honestly be stated:
//
//   - the values are added exactly, with no rounding;
//   - the qualifier follows the rules of [Count.Add]: exact plus exact is
//     exact, a lower bound plus an exact amount or another lower bound is a
//     lower bound ("more than"), an upper bound likewise ("up to"), and a
//     lower bound plus an upper bound, or anything plus an estimate, is an
//     estimate ("about");
//   - an equivalent is kept only in a currency in which both a and b
//     reported one, and it is the sum of theirs. The equivalents of the sum
//     are in the order of their currency codes.
//
// The zero ReportedAmount adds as nothing: a.Add(ReportedAmount{}) is a,
// with its equivalents in their own order (copied, so the result shares no
// memory with a or b). Otherwise the values must be in the same currency,
// or the error is a [*MismatchError] wrapping [ErrCurrencyMismatch]. Add is
// commutative and associative, so amounts can be summed in any order.
//
// Add does not validate a or b: an invalid qualifier gives an unspecified
// qualifier, and two equivalents of one amount in the same currency count
// as their sum.
func (a ReportedAmount) Add(b ReportedAmount) (ReportedAmount, error) {
	switch {
	case b.IsZero():
		return a.clone(), nil
	case a.IsZero():
		return b.clone(), nil
	case a.Value.cur != b.Value.cur:
		return ReportedAmount{}, &MismatchError{Op: "add", A: a.Value.cur, B: b.Value.cur}
	}
	sum := ReportedAmount{
		Value:     Money{a.Value.amount.Add(b.Value.amount), a.Value.cur},
		Qualifier: combineQualifier(a.Qualifier, b.Qualifier),
	}
	for i, e := range a.Equivalents {
		if !e.IsValid() || slices.ContainsFunc(a.Equivalents[:i], func(x Money) bool { return x.cur == e.cur }) {
			continue // counted with the first equivalent in its currency
		}
		inB := false
		total := Money{cur: e.cur}
		for _, x := range b.Equivalents {
			if x.cur == e.cur {
				inB = true
				total.amount = total.amount.Add(x.amount)
			}
		}
		if !inB {
			continue
		}
		for _, x := range a.Equivalents[i:] {
			if x.cur == e.cur {
				total.amount = total.amount.Add(x.amount)
			}
		}
		sum.Equivalents = append(sum.Equivalents, total)
	}
	slices.SortFunc(sum.Equivalents, func(x, y Money) int { return x.cur.Compare(y.cur) })
	return sum, nil
}

// clone returns a copy of a whose equivalents share no memory with a's.
func (a ReportedAmount) clone() ReportedAmount {
	a.Equivalents = slices.Clone(a.Equivalents)
	return a
}
