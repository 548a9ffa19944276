package rescue

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// exactNum is an exact rational number, for the interval arithmetic of
// reported amounts: c × 10^e while r is nil, else r. Sums of amounts held
// inline, and their products with a rate held inline, stay inline while
// they fit in 18 digits, and cost no allocation; past that, and for the
// quotients an inverse rate makes, the number is a big.Rat. An r once set
// is never changed, so exactNums may share it.
type exactNum struct {
	c int64
	e int32
	r *big.Rat
}

// exactOf returns the amount of m.
func exactOf(m Money) exactNum {
	if !m.isWide() {
		return exactNum{c: m.coef, e: m.exp}
	}
	return exactNum{r: m.dec().Rat()}
}

// exactOfDecimal returns d.
func exactOfDecimal(d decimal.Decimal) exactNum {
	if c, e, ok := decimalInline(d); ok {
		return exactNum{c: c, e: e}
	}
	return exactNum{r: d.Rat()}
}

// rat returns x as a new big.Rat.
func (x exactNum) rat() *big.Rat {
	if x.r != nil {
		return new(big.Rat).Set(x.r)
	}
	return decimal.New(x.c, x.e).Rat()
}

func (x exactNum) sign() int {
	if x.r != nil {
		return x.r.Sign()
	}
	return sign64(x.c)
}

func (x exactNum) add(y exactNum) exactNum {
	if x.r == nil && y.r == nil {
		if c, e, ok := addInline(x.c, x.e, y.c, y.e); ok {
			return exactNum{c: c, e: e}
		}
	}
	return exactNum{r: new(big.Rat).Add(x.rat(), y.rat())}
}

func (x exactNum) mul(y exactNum) exactNum {
	if x.r == nil && y.r == nil {
		if c, e, ok := mulInline(x.c, x.e, y.c, y.e); ok {
			return exactNum{c: c, e: e}
		}
	}
	return exactNum{r: new(big.Rat).Mul(x.rat(), y.rat())}
}

// money returns x in currency c: exactly when places < 0, as
// exactDecimal writes it (the fewest decimal places that hold it; a whole
// number with exponent 0), else rounded half to even to that many places,
// as ratRoundHalfEven does. The coefficient and exponent depend on the
// value alone, not on how x holds it.
func (x exactNum) money(c Currency, places int32) Money {
	if x.r != nil {
		if places < 0 {
			return moneyOf(exactDecimal(x.r), c)
		}
		return moneyOf(ratRoundHalfEven(x.r, places), c)
	}
	v, e := x.c, x.e
	switch {
	case places < 0 && v == 0:
		return Money{cur: c}
	case places < 0 && e < 0:
		for e < 0 && v%10 == 0 {
			v /= 10
			e++
		}
		return Money{coef: v, exp: e, cur: c}
	case places < 0:
		places = 0 // a whole number: exponent 0
	case int64(e) < -int64(places):
		return Money{coef: roundInline(v, e, places, HalfEven), exp: -places, cur: c}
	}
	// Exact at exponent -places: v × 10^(e+places).
	k := int64(e) + int64(places)
	if s, ok := scaleUp(v, k); ok {
		return Money{coef: s, exp: -places, cur: c}
	}
	b := new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil)
	return moneyOfBig(b.Mul(b, big.NewInt(v)), -places, c)
}
