package rescue

import (
	"math/big"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// TestSummaryTallyOrder checks that a source's tallies of the same people
// give the same Summary in either order.
func TestSummaryTallyOrder(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		a, b, want string
		reason     string
	}{
		{"about 300", "about 200", "about 200 to 300", "two estimates: the hull of their figures, not the one filed first"},
		{"about 300", "250", "250", "an estimate gives way to a figure"},
		{"fewer than 10", "at most 9", "fewer than 10", "one end written two ways"},
	} {
		tally := func(c string) Tally {
			return Tally{Of: OfVictims, Count: MustParseCount(c), Source: "https://example.org/a"}
		}
		for _, order := range [][2]string{{tc.a, tc.b}, {tc.b, tc.a}} {
			op := &Operation{ID: "O", Counts: List[Tally]{tally(order[0]), tally(order[1])}}
			if got := op.Summary().Victims.String(); got != tc.want {
				t.Errorf("tallies %q then %q: %s victims; want %q (%s)", order[0], order[1], got, tc.want, tc.reason)
			}
		}
	}
}

// TestSummaryCashOrder checks that the cash of a Summary is the same
// whatever the order of the amounts, summed in one operation or across
// operations, and that a total past what an amount holds (30 digits) is
// never written as a smaller figure.
func TestSummaryCashOrder(t *testing.T) {
	t.Parallel()
	const nines = "999999999999999999999999999999" // the largest amount: 30 digits
	for _, tc := range []struct {
		amounts []string
		want    string
		reason  string
	}{
		{[]string{"USD 10.00", "USD 20.50"}, "USD 30.50", "an ordinary total, exactly"},
		{[]string{"USD 6e29", "USD 5e29", "USD 4e29"}, "more than USD " + nines + ".00",
			"the review's case: 1.5e30 does not fit; the total is more than the largest amount, whichever amount comes first"},
		{[]string{"USD 9e29", "about USD 2e29"}, "more than USD " + nines + ".00", "an estimate past the bound is a lower bound at its figure, as for counts"},
		{[]string{"USD 999999999999999999999999999990 to " + nines, "USD 5.00"}, "at least USD 999999999999999999999999999995.00",
			"an upper end past the bound is dropped: a lower bound is left"},
		{[]string{"USD 1e28", "USD 0.001"}, "USD 10000000000000000000000000000.00 to 10000000000000000000000000000.10",
			"more digits than an amount holds: the ends are rounded outward, to a range that holds the total"},
		{[]string{"USD 8e29", "more than USD 1e29", "USD 2e29"}, "more than USD " + nines + ".00", "a strict lower bound past the bound"},
	} {
		amounts := make([]ReportedAmount, len(tc.amounts))
		for i, s := range tc.amounts {
			amounts[i] = reportedForTest(t, s)
		}
		for _, order := range [][]ReportedAmount{amounts, reversed(amounts)} {
			// In one operation.
			op := &Operation{ID: "O"}
			for i, a := range order {
				op.Evidence = append(op.Evidence, Evidence{ID: "E" + string(rune('1'+i)), Kind: Cash, Cash: a})
			}
			one := op.Summary().Cash[order[0].Amount.cur]
			// Across operations.
			var all Summary
			for _, a := range order {
				all.Add(Summary{Operations: 1, Cash: map[Currency]ReportedAmount{a.Amount.cur: a}})
			}
			across := all.Cash[order[0].Amount.cur]
			for _, got := range []ReportedAmount{one, across} {
				if got.String() != tc.want {
					t.Errorf("%v: cash %q; want %q (%s)", order, got, tc.want, tc.reason)
				}
				if err := got.Validate(); err != nil {
					t.Errorf("%v: cash %q is invalid: %v", order, got, err)
				}
				var back ReportedAmount
				if err := back.UnmarshalText([]byte(got.String())); err != nil || !back.Equal(got) {
					t.Errorf("%v: cash %q does not read back: %v, %v", order, got, back, err)
				}
			}
		}
	}
}

// reportedForTest reads s as a reported amount; "e" in a figure gives a
// power of ten ("USD 6e29"), which the parser does not read.
func reportedForTest(t *testing.T, s string) ReportedAmount {
	t.Helper()
	s = powersOfTen.ReplaceAllStringFunc(s, func(m string) string {
		digit, exp, _ := strings.Cut(m, "e")
		n, _ := strconv.Atoi(exp)
		return digit + strings.Repeat("0", n)
	})
	a, err := ParseReportedAmount(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

var powersOfTen = regexp.MustCompile(`[0-9]e[0-9]+`)

func reversed[T any](s []T) []T {
	out := slices.Clone(s)
	slices.Reverse(out)
	return out
}

// amountDraw draws a valid amount in USD of every shape whose figures are
// small or near 10^30, the bound of an amount, with up to places decimal
// places.
func amountDraw(t *rapid.T, label string, places int) ReportedAmount {
	figure := func(name string) decimal.Decimal {
		var d decimal.Decimal
		switch rapid.IntRange(0, 2).Draw(t, name+" size") {
		case 0:
			d = decimal.NewFromInt(int64(rapid.IntRange(0, 3000).Draw(t, name)))
		case 1:
			d = decimal.New(int64(rapid.IntRange(1, 9).Draw(t, name+" lead")), 29).Add(decimal.NewFromInt(int64(rapid.IntRange(0, 3000).Draw(t, name))))
		default:
			d = decimal.RequireFromString(strings.Repeat("9", 30)).Sub(decimal.NewFromInt(int64(rapid.IntRange(0, 3000).Draw(t, name))))
		}
		if places > 0 && d.LessThan(decimal.New(1, 28)) {
			d = d.Add(decimal.New(int64(rapid.IntRange(0, 999).Draw(t, name+" fraction")), -int32(places)))
		}
		return d
	}
	m := func(d decimal.Decimal) Money { return NewMoney(d, USD) }
	lo := figure(label)
	switch shape := rapid.IntRange(0, 7).Draw(t, label+" shape"); shape {
	case 0:
		return ReportedAmount{}
	case 1, 2, 3, 4, 5:
		q := []Qualifier{Exact, AtLeast, MoreThan, AtMost, About}[shape-1]
		if q == AtMost && lo.IsZero() {
			lo = decimal.NewFromInt(1)
		}
		return ReportedAmount{Amount: m(lo), Qualifier: q}
	case 6:
		return ReportedAmount{Amount: m(lo.Add(decimal.NewFromInt(1))), Qualifier: LessThan}
	}
	hi := lo.Add(decimal.NewFromInt(int64(rapid.IntRange(1, 3000).Draw(t, label+" width"))))
	if hi.GreaterThan(decimal.RequireFromString(strings.Repeat("9", 30))) {
		hi = decimal.RequireFromString(strings.Repeat("9", 30))
	}
	lo = decimal.Max(lo, decimal.NewFromInt(1))
	if !hi.GreaterThan(lo) {
		lo = hi.Sub(decimal.NewFromInt(1))
	}
	q := Exact
	if rapid.Bool().Draw(t, label+" about") {
		q = About
	}
	return ReportedAmount{Amount: m(lo), Max: m(hi), Qualifier: q}
}

// amountValue draws a value a allows (for an estimate, within its
// figures), as an exact rational; an amount with no upper end gives values
// up to 3000 above its lower end.
func amountValue(t *rapid.T, a ReportedAmount, label string) *big.Rat {
	iv := amountIntervalOf(a)
	lo := iv.lo.rat()
	if iv.inf {
		d := rapid.IntRange(0, 3000).Draw(t, label)
		if iv.loStrict && d == 0 {
			d = 1
		}
		return lo.Add(lo, new(big.Rat).SetInt64(int64(d)))
	}
	k := rapid.IntRange(0, 1000).Draw(t, label)
	if iv.hiStrict && k == 1000 {
		k = 999
	}
	span := new(big.Rat).Sub(iv.hi.rat(), lo)
	return lo.Add(lo, span.Mul(span, big.NewRat(int64(k), 1000)))
}

// amountAllows reports whether a allows v (for an estimate, its figures).
func amountAllows(a ReportedAmount, v *big.Rat) bool {
	iv := amountIntervalOf(a)
	c := v.Cmp(iv.lo.rat())
	if c < 0 || c == 0 && iv.loStrict {
		return false
	}
	if iv.inf {
		return true
	}
	c = v.Cmp(iv.hi.rat())
	return c < 0 || c == 0 && !iv.hiStrict
}

// TestAddWithinLaws checks with rapid that the sum Summary gives cash is
// sound (it allows the sum of any values the amounts allow), valid, and
// commutative; and, for whole amounts, whose digits only run out past
// 10^30, associative, so that a Summary's cash does not depend on the
// order of the amounts.
func TestAddWithinLaws(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		places := rapid.IntRange(0, 3).Draw(t, "places")
		a, b, c := amountDraw(t, "a", places), amountDraw(t, "b", places), amountDraw(t, "c", places)
		add := func(x, y ReportedAmount) ReportedAmount {
			s, err := x.addWithin(y)
			if err != nil {
				t.Fatalf("%v + %v: %v", x, y, err)
			}
			return s
		}
		if l, r := add(a, b), add(b, a); !l.Equal(r) {
			t.Fatalf("%v + %v = %v but %v + %v = %v", a, b, l, b, a, r)
		}
		sum := add(add(a, b), c)
		if err := sum.Validate(); err != nil {
			t.Fatalf("%v + %v + %v = %v, invalid: %v", a, b, c, sum, err)
		}
		if !a.IsZero() && !b.IsZero() && !c.IsZero() {
			va, vb, vc := amountValue(t, a, "va"), amountValue(t, b, "vb"), amountValue(t, c, "vc")
			v := new(big.Rat).Add(va, vb)
			v.Add(v, vc)
			if !amountAllows(sum, v) {
				t.Fatalf("%v allows %s, %v %s and %v %s, but their sum %v does not allow %s",
					a, va.FloatString(3), b, vb.FloatString(3), c, vc.FloatString(3), sum, v.FloatString(3))
			}
		}
		if places == 0 {
			if l, r := add(add(a, b), c), add(a, add(b, c)); !l.Equal(r) {
				t.Fatalf("(%v + %v) + %v = %v but %v + (%v + %v) = %v", a, b, c, l, a, b, c, r)
			}
		}
	})
}
