package rescue

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
)

// A Money holds its amount as a coefficient and an exponent, the amount
// being coefficient × 10^exponent, exactly as a [decimal.Decimal] does.
// A coefficient of at most 18 digits — every amount a report gives — is an
// int64 inside the Money, and the arithmetic on it is int64 arithmetic
// that allocates nothing; a wider one is kept as its decimal digits and
// handed to shopspring/decimal. The two paths give the same coefficient
// and exponent for the same operation (money_inline_test.go checks it on
// random amounts and at every boundary), so which one ran never shows.

// inlineLimit bounds the coefficients held inline: at most 18 digits, so
// that the sum of two never overflows an int64.
const inlineLimit = 1_000_000_000_000_000_000

// pow10 holds 10^0 to 10^18.
var pow10 = [19]int64{
	1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
	1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000,
	10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
	10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
}

// moneyOf returns d in currency c, inline when its coefficient has at most
// 18 digits.
func moneyOf(d decimal.Decimal, c Currency) Money {
	if d.NumDigits() <= 18 {
		return Money{coef: d.CoefficientInt64(), exp: d.Exponent(), cur: c}
	}
	return Money{wide: d.Coefficient().String(), exp: d.Exponent(), cur: c}
}

// moneyOfBig returns v × 10^exp in currency c, inline when v has at most
// 18 digits.
func moneyOfBig(v *big.Int, exp int32, c Currency) Money {
	if v.IsInt64() {
		if i := v.Int64(); -inlineLimit < i && i < inlineLimit {
			return Money{coef: i, exp: exp, cur: c}
		}
	}
	return Money{wide: v.String(), exp: exp, cur: c}
}

// isWide reports whether the coefficient is held as digits.
func (m Money) isWide() bool { return m.wide != "" }

// dec returns the amount as a decimal.
func (m Money) dec() decimal.Decimal {
	if !m.isWide() {
		return decimal.New(m.coef, m.exp)
	}
	v, _ := new(big.Int).SetString(m.wide, 10)
	return decimal.NewFromBigInt(v, m.exp)
}

// abs64 returns |c| for a coefficient held inline.
func abs64(c int64) int64 {
	if c < 0 {
		return -c
	}
	return c
}

// numDigits returns the number of digits of |c| (1 for 0), for |c| below
// inlineLimit.
func numDigits(c int64) int {
	u := uint64(abs64(c))
	n := bits.Len64(u) * 1233 >> 12 // floor(log10(2^bits)): the count or one less
	if n < len(pow10) && u >= uint64(pow10[n]) {
		n++
	}
	return max(n, 1)
}

// scaleUp returns c × 10^k and true when the product stays below
// inlineLimit in magnitude (k >= 0).
func scaleUp(c int64, k int64) (int64, bool) {
	if c == 0 {
		return 0, true
	}
	if k >= int64(len(pow10)) {
		return 0, false
	}
	p := pow10[k]
	if abs64(c) > (inlineLimit-1)/p {
		return 0, false
	}
	return c * p, true
}

// alignInline brings two inline coefficients to the smaller exponent, as
// decimal.Decimal's Add does, and reports false when either leaves the
// inline range.
func alignInline(c1 int64, e1 int32, c2 int64, e2 int32) (int64, int64, int32, bool) {
	e := min(e1, e2)
	a, ok1 := scaleUp(c1, int64(e1)-int64(e))
	b, ok2 := scaleUp(c2, int64(e2)-int64(e))
	return a, b, e, ok1 && ok2
}

// addInline returns c1×10^e1 + c2×10^e2 with the coefficient and exponent
// decimal.Decimal's Add gives, and false when the sum is not inline.
func addInline(c1 int64, e1 int32, c2 int64, e2 int32) (int64, int32, bool) {
	a, b, e, ok := c1, c2, e1, true
	if e1 != e2 {
		a, b, e, ok = alignInline(c1, e1, c2, e2)
		if !ok {
			return 0, 0, false
		}
	}
	s := a + b // both below 10^18 in magnitude: no overflow
	if s <= -inlineLimit || s >= inlineLimit {
		return 0, 0, false
	}
	return s, e, true
}

// mulInline returns c1×10^e1 × c2×10^e2 with the coefficient and exponent
// decimal.Decimal's Mul gives, and false when the product is not inline.
func mulInline(c1 int64, e1 int32, c2 int64, e2 int32) (int64, int32, bool) {
	e := int64(e1) + int64(e2)
	if e < math.MinInt32 || e > math.MaxInt32 {
		return 0, 0, false
	}
	hi, lo := bits.Mul64(uint64(abs64(c1)), uint64(abs64(c2)))
	if hi != 0 || lo >= inlineLimit {
		return 0, 0, false
	}
	p := int64(lo)
	if (c1 < 0) != (c2 < 0) {
		p = -p
	}
	return p, int32(e), true
}

// cmpInline compares c1×10^e1 and c2×10^e2 (both inline), with no
// allocation whatever the exponents.
func cmpInline(c1 int64, e1 int32, c2 int64, e2 int32) int {
	s1, s2 := sign64(c1), sign64(c2)
	switch {
	case s1 != s2:
		return cmp64(int64(s1), int64(s2))
	case s1 == 0:
		return 0
	case e1 == e2:
		return cmp64(c1, c2)
	}
	// Same sign: compare the magnitudes, first by the power of ten of the
	// leading digit, then digit by digit at a common exponent, which is
	// then at most 17 places from either.
	m1 := int64(numDigits(c1)) + int64(e1)
	m2 := int64(numDigits(c2)) + int64(e2)
	r := cmp64(m1, m2)
	if r == 0 {
		a, b, _, _ := alignInline(abs64(c1), e1, abs64(c2), e2)
		r = cmp64(a, b)
	}
	return r * s1
}

func sign64(c int64) int {
	switch {
	case c < 0:
		return -1
	case c > 0:
		return 1
	}
	return 0
}

func cmp64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// roundInline rounds c×10^e to places decimal places (fewer than -e) in
// mode, with the coefficient shopspring/decimal's rounding gives; the
// exponent of the result is -places.
func roundInline(c int64, e int32, places int32, mode RoundingMode) int64 {
	k := -int64(e) - int64(places) // > 0: digits dropped
	var q, r, p int64
	if k < int64(len(pow10)) {
		p = pow10[k]
		q, r = c/p, c%p
	} else {
		// More digits dropped than c has: all of it is the remainder, and
		// it is below half of 10^k.
		q, r, p = 0, c, 0
	}
	away := false
	switch mode {
	case HalfUp:
		away = p != 0 && 2*abs64(r) >= p
	case Down:
	case Up:
		away = r != 0
	case Floor:
		away = r < 0
	case Ceiling:
		away = r > 0
	default: // HalfEven
		away = p != 0 && (2*abs64(r) > p || 2*abs64(r) == p && q%2 != 0)
	}
	if away { // r is nonzero and has c's sign
		if c < 0 {
			q--
		} else {
			q++
		}
	}
	return q
}

// inlineDigitsMsg is amountDigitsMsg for an inline amount, counted
// without allocation as decimalDigitsMsg counts a decimal.
func inlineDigitsMsg(c int64, e int32) string {
	if -maxSignificant <= e && e <= maxSignificant-18 {
		return "" // at most 18 digits: within the bounds at any such exponent
	}
	n := int64(numDigits(c))
	exp := int64(e)
	if exp >= -maxSignificant && n+exp <= maxSignificant {
		return "" // within the bounds even before trailing zeros are counted out
	}
	if c == 0 {
		return ""
	}
	for c%10 == 0 {
		c /= 10
		exp++
	}
	sig := int64(numDigits(c))
	return amountDigitsMsg64(sig, max(sig+exp, 0), max(-exp, 0))
}

// amountDigitsMsg64 is amountDigitsMsg for counts that may pass an int.
func amountDigitsMsg64(sig, intDigits, fracDigits int64) string {
	clamp := func(n int64) int { return int(min(n, maxSignificant+1)) }
	return amountDigitsMsg(clamp(sig), clamp(intDigits), clamp(fracDigits))
}

// digitsMsg checks m against the bounds of an amount (see
// amountDigitsMsg).
func (m Money) digitsMsg() string {
	if !m.isWide() {
		return inlineDigitsMsg(m.coef, m.exp)
	}
	return decimalDigitsMsg(m.dec())
}

// cmpAmount compares the amounts of m and n, whatever their currencies.
func cmpAmount(m, n Money) int {
	if !m.isWide() && !n.isWide() {
		return cmpInline(m.coef, m.exp, n.coef, n.exp)
	}
	return m.dec().Cmp(n.dec())
}

// decimalInline returns d's coefficient and exponent when the coefficient
// has at most 18 digits, without allocating.
func decimalInline(d decimal.Decimal) (int64, int32, bool) {
	if d.NumDigits() > 18 {
		return 0, 0, false
	}
	return d.CoefficientInt64(), d.Exponent(), true
}
