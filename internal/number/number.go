// Package number reads the numbers that reports write, in digits or in
// words, with their grouping, decimal mark and scale words. It is the one
// reader behind rescue's Count, Money, ReportedAmount and Age, so that a
// text means the same number in every type: "2 bn" is 2,000,000,000
// whether it is read as a count or an amount.
//
// The reader never guesses. A dot or a comma that may group thousands or
// mark decimals, with nothing in the text or the caller's convention to
// decide, makes the number [Ambiguous]; "mil", a thousand in Spanish and
// Portuguese but a million in English headlines, is reported as such for
// the caller to settle.
package number

import (
	"math"
	"math/big"
	"strconv"

	"github.com/shopspring/decimal"
)

// MaxDigits bounds the significant digits of a number the reader keeps.
// rescue's own bounds are tighter (30 for an amount); the reader's is only
// there so that its arrays are fixed.
const MaxDigits = 40

// Number is a non-negative decimal number as the reader found it:
// digits × 10^exp, and what kind of figure the words made it.
type Number struct {
	digits [MaxDigits]byte // ASCII digits, no leading zeros; empty for 0
	n      int8
	exp    int32

	// Vague is set for a vague plural ("dozens", "several hundred",
	// "tens of thousands"): the number is the conservative lower bound
	// that event-coding codebooks use.
	Vague bool
	// Couple is set for "a couple" (of hundred): about the number.
	Couple bool
	// Trail is the scale word that ends the number ("30 thousand": 1000,
	// "2 dozen": 12), or 1. A range shares it: "20 to 30 thousand".
	Trail int64
	// Mil is set when the number ends in "mil", which the reader has not
	// applied: the caller decides between 10^3 and 10^6 (see [Number.Shift]).
	Mil bool
	// LetterM is set when the scale that ends the number is the letter
	// "m" or "M" alone ("1.5M", "Rp 1,5 M"), read as a million: English
	// writes it for a million, Indonesian for a miliar, a thousand million.
	// The caller decides from the language (see [Number.Shift]).
	LetterM bool
	// CrAbbrev is set when the scale that ends the number is "cr" ("Rs
	// 5,000 cr"), read as a crore: South Asian amounts abbreviate it so,
	// but statements write "CR" for a credit. The caller decides from the
	// currency.
	CrAbbrev bool
	// Ambiguous is set when the number's only separator is a dot followed
	// by exactly three digits, which may group thousands or mark decimals,
	// and nothing decided which. The number is read as grouping;
	// [Number.AsDecimal] gives the other reading.
	Ambiguous bool
	// Chosen is set when the number's last separator, followed by exactly
	// three digits, could group thousands and was read as the decimal
	// mark: because Options.Decimal says so ("1,500" in German is 1.5) or
	// because other separators group before it ("1 000,000", "1,500.500").
	// The caller may know better (no currency has three decimals but a
	// few): [Number.AsGrouping] gives the other reading.
	Chosen bool
	// Mark is the decimal mark as written, '.' or ',', or 0 when the
	// number has none.
	Mark byte
	// Grouped is set when a separator grouped the digits.
	Grouped bool
	// Frac is the number of digits written after the decimal mark ("1.50":
	// 2), before any scale word.
	Frac int8
}

// FromInt returns v as a Number (v >= 0).
func FromInt(v int64) Number {
	var x Number
	x.Trail = 1
	x.setInt(v)
	return x
}

func (x *Number) setInt(v int64) {
	x.n, x.exp = 0, 0
	if v <= 0 {
		return
	}
	var buf [20]byte
	b := strconv.AppendInt(buf[:0], v, 10)
	x.n = int8(copy(x.digits[:], b))
}

// IsZero reports whether the number is 0.
func (x Number) IsZero() bool { return x.n == 0 }

// Shift returns x × 10^k.
func (x Number) Shift(k int32) Number {
	if x.n > 0 {
		x.exp += k
	}
	return x
}

// AsDecimal returns the other reading of an [Ambiguous] number: its dot
// as the decimal mark ("1.500" is 1.5 rather than 1500).
func (x Number) AsDecimal() Number {
	if !x.Ambiguous {
		return x
	}
	x.Ambiguous = false
	x.Grouped = false
	x.Frac = 3
	return x.Shift(-3)
}

// AsGrouping returns the other reading of a [Number.Chosen] number: its
// separator as grouping ("1,500" is 1500 rather than 1.5).
func (x Number) AsGrouping() Number {
	if !x.Chosen {
		return x
	}
	x.Chosen = false
	x.Mark = 0
	x.Grouped = true
	x.Frac = 0
	return x.Shift(3)
}

// Places returns the number of digits x has below the units as written,
// trailing zeros included: 3 for "1,500" read as 1.5, 0 for "1,500
// million" read as 1.5 million.
func (x Number) Places() int {
	if x.n == 0 || x.exp >= 0 {
		return 0
	}
	return int(-x.exp)
}

// Whole reports whether x is a whole number.
func (x Number) Whole() bool {
	if x.exp >= 0 || x.n == 0 {
		return true
	}
	// The digits below the units must all be zero.
	k := int(-x.exp)
	if k > int(x.n) {
		return false
	}
	for _, c := range x.digits[int(x.n)-k : x.n] {
		if c != '0' {
			return false
		}
	}
	return true
}

// Int returns x as an int64 when it is whole and at most limit.
func (x Number) Int(limit int64) (int64, bool) {
	if !x.Whole() {
		return 0, false
	}
	if x.n == 0 {
		return 0, true
	}
	// Magnitude: the number of digits before the decimal point.
	intDigits := int(x.n) + int(x.exp)
	if intDigits > 19 {
		return 0, false
	}
	var v int64
	end := int(x.n)
	if x.exp < 0 {
		end += int(x.exp)
	}
	for _, c := range x.digits[:end] {
		if v > (math.MaxInt64-9)/10 {
			return 0, false
		}
		v = v*10 + int64(c-'0')
	}
	for range max(x.exp, 0) {
		if v > math.MaxInt64/10 {
			return 0, false
		}
		v *= 10
	}
	if v > limit {
		return 0, false
	}
	return v, true
}

// Digits returns the number's significant digits (leading and trailing
// zeros aside), the digits before the decimal point and the digits after
// it, trailing zeros aside: what rescue's bounds on an amount count.
func (x Number) Digits() (sig, intDigits, fracDigits int) {
	d := x.digits[:x.n]
	tz := 0
	for tz < len(d) && d[len(d)-1-tz] == '0' {
		tz++
	}
	sig = len(d) - tz
	if sig == 0 {
		return 0, 0, 0
	}
	exp := int(x.exp) + tz // the power of ten of the last significant digit
	return sig, max(sig+exp, 0), max(-exp, 0)
}

// Inline returns x as coefficient × 10^exp when the coefficient has at
// most 18 digits: the coefficient and exponent of [Number.Decimal],
// without allocating.
func (x Number) Inline() (coef int64, exp int32, ok bool) {
	if x.n > 18 {
		return 0, 0, false
	}
	for _, c := range x.digits[:x.n] {
		coef = coef*10 + int64(c-'0')
	}
	return coef, x.exp, true
}

// Decimal returns x exactly as a decimal.
func (x Number) Decimal() decimal.Decimal {
	if v, exp, ok := x.Inline(); ok {
		return decimal.New(v, exp)
	}
	var bi big.Int
	bi.SetString(string(x.digits[:x.n]), 10)
	return decimal.NewFromBigInt(&bi, x.exp)
}

// String returns x as a plain decimal ("1500", "1.5"), for messages.
func (x Number) String() string {
	return x.Decimal().String()
}

// Cmp compares x and y: -1, 0 or +1.
func Cmp(x, y Number) int {
	xd, xm := x.norm()
	yd, ym := y.norm()
	switch {
	case len(xd) == 0 && len(yd) == 0:
		return 0
	case len(xd) == 0:
		return -1
	case len(yd) == 0:
		return 1
	case xm != ym:
		if xm < ym {
			return -1
		}
		return 1
	}
	for i := 0; i < len(xd) || i < len(yd); i++ {
		var a, b byte = '0', '0'
		if i < len(xd) {
			a = xd[i]
		}
		if i < len(yd) {
			b = yd[i]
		}
		if a != b {
			if a < b {
				return -1
			}
			return 1
		}
	}
	return 0
}

// norm returns the significant digits without trailing zeros and the
// magnitude (the power of ten just above the leading digit).
func (x *Number) norm() ([]byte, int) {
	d := x.digits[:x.n]
	tz := 0
	for tz < len(d) && d[len(d)-1-tz] == '0' {
		tz++
	}
	return d[:len(d)-tz], int(x.n) + int(x.exp)
}

// mul returns x × m for a scale m (a power of ten, or 12 for a dozen), and
// false if the result does not fit.
func (x Number) mul(m int64) (Number, bool) {
	if p := pow10(m); p >= 0 {
		return x.Shift(int32(p)), true
	}
	// A dozen: multiply the digits by m.
	v, ok := x.Shift(-x.exp).Int(math.MaxInt64 / 16)
	if !ok {
		return x, false
	}
	exp := x.exp
	x.setInt(v * m)
	x.exp = exp
	if x.n == 0 {
		x.exp = 0
	}
	return x, true
}

// pow10 returns k when m is 10^k, else -1.
func pow10(m int64) int {
	k := 0
	for m > 1 && m%10 == 0 {
		m /= 10
		k++
	}
	if m != 1 {
		return -1
	}
	return k
}
