package rescue

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
	"pgregory.net/rapid"

	"github.com/antitrafficking/rescue/internal/number"
)

// The tests in this file check that a Money held inline (an int64
// coefficient) gives, for every operation, exactly what the decimal path
// gives: the same coefficient and exponent, the same text, the same error.
// The reference ("ref") side of each comparison computes on the
// decimal.Decimal the amount was drawn as, with shopspring/decimal and the
// package's decimal-only helpers (appendAmountSlow, roundDecimal,
// roundToBounds, exactDecimal, ratRoundHalfEven), never through the inline
// code.

// boundaryCoefs are the coefficients where the inline form starts, ends
// or overflows: the int64 limits, 18 and 19 digits, and the bounds of an
// amount (30 and 31 digits).
var boundaryCoefs = func() []string {
	s := []string{"0", "1", "5", "9", "10", "15", "25", "50",
		"9223372036854775807", "9223372036854775806", "9223372036854775808",
		"9223372036854775809", "18446744073709551615", "18446744073709551616",
		"4611686018427387904", "500000000000000000", "499999999999999999",
		"500000000000000001", "922337203685477580", "922337203685477581"}
	for _, k := range []int{1, 2, 9, 16, 17, 18, 19, 20, 29, 30, 31, 36} {
		p := "1" + strings.Repeat("0", k)
		s = append(s, p, strings.Repeat("9", k), p[:k]+"1", "5"+p[1:], p+"0", "9"+p[1:k]+"1")
	}
	return s
}()

// boundaryExps are the exponents where the bounds of an amount or the
// fast paths change.
var boundaryExps = []int32{-41, -40, -39, -31, -30, -29, -20, -19, -18, -17, -4, -3, -2, -1, 0, 1, 2, 12, 17, 18, 19, 29, 30, 31, 39, 40, 41}

// drawDecimal draws an amount as a decimal: a coefficient at a boundary,
// of any number of digits up to 36, any int64, with trailing zeros, or a
// tie for rounding (…5 followed by zeros, where the rounding modes part);
// and an exponent at a boundary, anywhere within ±45, or within 3 of near
// (so that two amounts align at the edge of the inline form). A tie is
// mostly one for rounding to places.
func drawDecimal(t *rapid.T, label string, near, places int32) decimal.Decimal {
	var c big.Int
	var exp int32
	expSet := false
	switch rapid.IntRange(0, 5).Draw(t, label+"-kind") {
	case 0:
		c.SetString(rapid.SampledFrom(boundaryCoefs).Draw(t, label+"-boundary"), 10)
	case 1:
		n := rapid.IntRange(1, 36).Draw(t, label+"-digits")
		c.SetString(rapid.StringOfN(rapid.RuneFrom([]rune("0123456789")), n, n, -1).Draw(t, label+"-coef"), 10)
	case 2:
		c.SetInt64(rapid.Int64Range(-1_000_000, 1_000_000).Draw(t, label+"-small"))
	case 3:
		c.SetInt64(rapid.Int64().Draw(t, label+"-int64"))
	case 4:
		// q.5000 with k digits dropped to round to places.
		q := rapid.Int64Range(0, 1_000_000).Draw(t, label+"-tie-q")
		k := rapid.IntRange(1, 20).Draw(t, label+"-tie-k")
		if rapid.IntRange(0, 3).Draw(t, label+"-tie-other") == 0 {
			places = rapid.SampledFrom([]int32{0, 2, 3, 4}).Draw(t, label+"-tie-places")
		}
		c.SetString(big.NewInt(q).String()+"5"+strings.Repeat("0", k-1), 10)
		exp, expSet = -places-int32(k), true
	default:
		c.SetInt64(rapid.Int64Range(1, 1_000_000).Draw(t, label+"-zeros-c"))
		c.Mul(&c, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(rapid.IntRange(1, 25).Draw(t, label+"-zeros"))), nil))
	}
	if rapid.Bool().Draw(t, label+"-neg") {
		c.Neg(&c)
	}
	if !expSet {
		switch rapid.IntRange(0, 2).Draw(t, label+"-exp-kind") {
		case 0:
			exp = rapid.SampledFrom(boundaryExps).Draw(t, label+"-exp")
		case 1:
			exp = rapid.Int32Range(-45, 45).Draw(t, label+"-exp")
		default:
			exp = near + rapid.Int32Range(-3, 3).Draw(t, label+"-exp")
		}
	}
	return decimal.NewFromBigInt(&c, exp)
}

var testCurrencies = []Currency{USD, JPY, MustParseCurrency("KWD"), MustParseCurrency("CLF"), MustParseCurrency("XAU")}

// sameDecimal reports whether a and b have the same coefficient and
// exponent, not only the same value.
func sameDecimal(a, b decimal.Decimal) bool {
	return a.Exponent() == b.Exponent() && a.Coefficient().Cmp(b.Coefficient()) == 0
}

// checkHeld checks that m holds want in currency c, inline exactly when the
// coefficient has at most 18 digits.
func checkHeld(t *rapid.T, what string, m Money, want decimal.Decimal, c Currency) {
	t.Helper()
	if !sameDecimal(m.Amount(), want) || m.cur != c {
		t.Fatalf("%s = %s %s (coefficient %s, exponent %d); want %s %s (coefficient %s, exponent %d)",
			what, m.cur, m.Amount(), m.Amount().Coefficient(), m.Amount().Exponent(),
			c, want, want.Coefficient(), want.Exponent())
	}
	if wide := want.NumDigits() > 18; m.isWide() != wide {
		t.Fatalf("%s = %s: held wide %v; want %v (%d digits)", what, want, m.isWide(), wide, want.NumDigits())
	}
	if m.isWide() && m.wide != want.Coefficient().String() {
		t.Fatalf("%s: wide digits %q; want %q", what, m.wide, want.Coefficient().String())
	}
	if m != NewMoney(want, c) {
		t.Fatalf("%s: == differs from a Money made from the same decimal", what)
	}
}

// refString is Money.String on the decimal path.
func refString(d decimal.Decimal, c Currency) string {
	if !c.IsValid() {
		return ""
	}
	return c.String() + " " + string(appendAmountSlow(nil, d, c.Digits()))
}

// sameError checks that got and want are both nil or have the same text
// and sentinel.
func sameError(t *rapid.T, what string, got, want error) {
	t.Helper()
	switch {
	case got == nil && want == nil:
		return
	case got == nil || want == nil:
		t.Fatalf("%s: error %v; want %v", what, got, want)
	case got.Error() != want.Error():
		t.Fatalf("%s: error %q; want %q", what, got, want)
	case errors.Is(want, ErrRange) != errors.Is(got, ErrRange):
		t.Fatalf("%s: error %v does not wrap what %v wraps", what, got, want)
	}
}

// TestMoneyInlineMatchesDecimal is the property test of the two paths:
// for random amounts, on and around every boundary, each operation on
// Money gives the coefficient, exponent, text and error that the same
// operation on decimal.Decimal gives.
func TestMoneyInlineMatchesDecimal(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		c := rapid.SampledFrom(testCurrencies).Draw(t, "currency")
		x := drawDecimal(t, "x", 0, 2)
		y := drawDecimal(t, "y", x.Exponent(), 2)
		m, n := NewMoney(x, c), NewMoney(y, c)
		checkHeld(t, "NewMoney(x)", m, x, c)
		checkHeld(t, "NewMoney(y)", n, y, c)

		// Sign, zero, negation, comparison.
		if m.Sign() != x.Sign() || m.IsZeroAmount() != x.IsZero() {
			t.Fatalf("%s: Sign %d IsZeroAmount %v; want %d %v", x, m.Sign(), m.IsZeroAmount(), x.Sign(), x.IsZero())
		}
		checkHeld(t, "Neg", m.Neg(), x.Neg(), c)
		if got, _ := m.Cmp(n); got != x.Cmp(y) {
			t.Fatalf("Cmp(%s, %s) = %d; want %d", x, y, got, x.Cmp(y))
		}
		if m.Equal(n) != x.Equal(y) {
			t.Fatalf("Equal(%s, %s) = %v; want %v", x, y, m.Equal(n), x.Equal(y))
		}
		// The same value with a zero more, and the values a unit of the
		// next place below and above: equal, and ordered, whatever the
		// exponents.
		k := rapid.Int32Range(1, 20).Draw(t, "k")
		same := decimal.NewFromBigInt(new(big.Int).Mul(x.Coefficient(), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)), x.Exponent()-k)
		unit := decimal.New(1, x.Exponent()-k)
		for _, z := range []decimal.Decimal{same, x.Sub(unit), x.Add(unit)} {
			if got, _ := m.Cmp(NewMoney(z, c)); got != x.Cmp(z) || m.Equal(NewMoney(z, c)) != x.Equal(z) {
				t.Fatalf("Cmp(%s, %s) = %d; want %d", x, z, got, x.Cmp(z))
			}
		}

		// Text.
		if got, want := m.String(), refString(x, c); got != want {
			t.Fatalf("String of %s = %q; want %q", x, got, want)
		}
		if got, _ := m.AppendText([]byte("prefix:")); string(got) != "prefix:"+refString(x, c) {
			t.Fatalf("AppendText of %s = %q", x, got)
		}
		tag := rapid.SampledFrom([]language.Tag{language.English, language.German, language.Spanish, language.Hindi, language.Persian}).Draw(t, "tag")
		if got, want := m.Format(tag), refFormat(x, c, tag); got != want {
			t.Fatalf("Format(%v) of %s = %q; want %q", tag, x, got, want)
		}

		// Arithmetic.
		sum, err := m.Add(n)
		want, wantErr := refArith("Money.Add", " + ", x.Add(y), x, y, c)
		sameError(t, "Add", err, wantErr)
		if err == nil {
			checkHeld(t, "Add", sum, want, c)
		}
		diff, err := m.Sub(n)
		want, wantErr = refArith("Money.Sub", " - ", x.Sub(y), x, y, c)
		sameError(t, "Sub", err, wantErr)
		if err == nil {
			checkHeld(t, "Sub", diff, want, c)
		}
		prod, err := m.Mul(y)
		want = x.Mul(y)
		wantErr = nil
		if msg := decimalDigitsMsg(want); msg != "" {
			wantErr = parseError("Money.Mul", refString(x, c)+" × "+y.String(), msg, ErrRange)
		}
		sameError(t, "Mul", err, wantErr)
		if err == nil {
			checkHeld(t, "Mul", prod, want, c)
		}

		// Rounding to the currency's minor units, in every mode (and an
		// unknown one, which rounds half to even).
		for mode := range RoundingMode(7) {
			want = x
			if c.info().digits >= 0 {
				want = roundDecimal(x, int32(c.Digits()), mode)
			}
			checkHeld(t, "Round("+mode.String()+")", m.Round(mode), want, c)
		}

		// Conversion at a rate: the product, rounded into the bounds.
		if y.Sign() > 0 {
			r := Rate{From: c, To: EUR, Rate: y}
			got, err := r.Convert(m)
			var wantErr error
			want := decimal.Decimal{}
			if verr := r.Validate(); verr != nil {
				wantErr = parseError("Rate.Convert", r.String(), "", verr)
			} else {
				want = roundToBounds(x.Mul(y))
				if msg := decimalDigitsMsg(want); msg != "" {
					wantErr = parseError("Rate.Convert", refString(x, c)+" × "+y.String(), msg, ErrRange)
				}
			}
			sameError(t, "Convert", err, wantErr)
			if err == nil {
				checkHeld(t, "Convert", got, want, EUR)
			}
		}
	})
}

// refArith is the decimal path of Add and Sub: the result d, or the error
// when it leaves the bounds of an amount.
func refArith(fn, op string, d, x, y decimal.Decimal, c Currency) (decimal.Decimal, error) {
	if msg := decimalDigitsMsg(d); msg != "" {
		return d, parseError(fn, refString(x, c)+op+refString(y, c), msg, ErrRange)
	}
	return d, nil
}

// refFormat is Money.Format on the decimal path: the digits written by
// StringFixed, grouped as the style says.
func refFormat(d decimal.Decimal, c Currency, t language.Tag) string {
	st := numberStyleFor(t)
	var b []byte
	if d.Sign() < 0 {
		b = append(b, '-')
	}
	if sym, ok := formatSymbols[c.String()]; ok {
		b = append(b, sym...)
	} else {
		b = append(b, c.String()+" "...)
	}
	intPart, frac, hasFrac := strings.Cut(string(appendAmountSlow(nil, d.Abs(), c.Digits())), ".")
	b = st.appendInt(b, []byte(intPart))
	if hasFrac {
		b = append(b, st.decimal...)
		b = st.appendDigits(b, []byte(frac))
	}
	return string(b)
}

// TestMoneyInlineParse checks the parsers' inline paths against the
// decimal path: the canonical text of any amount reads back as the same
// coefficient and exponent through the fast path and through
// parsePlainDecimal, and a number the reader found becomes the Money its
// Decimal gives.
func TestMoneyInlineParse(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		c := rapid.SampledFrom(testCurrencies[:4]).Draw(t, "currency")
		x := drawDecimal(t, "x", 0, int32(c.Digits()))
		s := NewMoney(x, c).String()
		var m Money
		err := m.UnmarshalText([]byte(s))
		if decimalDigitsMsg(x) != "" {
			if err == nil {
				t.Fatalf("UnmarshalText(%q) = %v; want an error (beyond the bounds)", s, m)
			}
			return
		}
		if err != nil {
			t.Fatalf("UnmarshalText(%q): %v", s, err)
		}
		d, err := parsePlainDecimal("", s[4:])
		if err != nil {
			t.Fatalf("parsePlainDecimal(%q): %v", s[4:], err)
		}
		checkHeld(t, "UnmarshalText("+s+")", m, d, c)
		if v, frac, ok := plainInline(s[4:]); ok {
			checkHeld(t, "plainInline("+s[4:]+")", Money{coef: v, exp: -int32(frac), cur: c}, d, c)
		}
		// ParseMoney, reading prose, reads the same, or refuses a dot
		// before three digits as ambiguous ("USD 3.125").
		if p, err := ParseMoney(s); err != nil && !errors.Is(err, ErrAmbiguous) || err == nil && p != m {
			t.Fatalf("ParseMoney(%q) = %v, %v; want %v", s, p, err, m)
		}

		// The number reader: grouped digits, with a scale word or not.
		text := strings.TrimPrefix(s[4:], "-")
		if rapid.Bool().Draw(t, "scale") {
			text += " million"
		}
		num, _, f := number.Read(text, number.Options{})
		if f.Kind != number.OK {
			return
		}
		neg := rapid.Bool().Draw(t, "neg")
		want := num.Decimal()
		if neg {
			want = want.Neg()
		}
		checkHeld(t, "moneyOfNumber("+text+")", moneyOfNumber(num, neg, c), want, c)
	})
}

// TestExactNumMatchesRat checks the numbers of the interval arithmetic of
// reported amounts against big.Rat, which they replace where they fit:
// the same sums and products, and the same amounts written from them,
// exactly and rounded.
func TestExactNumMatchesRat(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		x := drawDecimal(t, "x", 0, 2)
		y := drawDecimal(t, "y", x.Exponent(), 2)
		a, b := exactOf(NewMoney(x, USD)), exactOfDecimal(y)
		checkRat := func(what string, got exactNum, want *big.Rat) {
			if got.rat().Cmp(want) != 0 {
				t.Fatalf("%s = %s; want %s", what, got.rat().RatString(), want.RatString())
			}
			if got.sign() != want.Sign() {
				t.Fatalf("%s: sign %d; want %d", what, got.sign(), want.Sign())
			}
			checkHeld(t, what+" exactly", got.money(USD, -1), exactDecimal(want), USD)
			places := rapid.SampledFrom([]int32{0, 2, 3, 10}).Draw(t, "places")
			checkHeld(t, what+" rounded", got.money(USD, places), ratRoundHalfEven(want, places), USD)
		}
		checkRat("x", a, x.Rat())
		checkRat("x + y", a.add(b), new(big.Rat).Add(x.Rat(), y.Rat()))
		checkRat("x × y", a.mul(b), new(big.Rat).Mul(x.Rat(), y.Rat()))
		if y.Sign() != 0 {
			inv := exactNum{r: new(big.Rat).Inv(y.Rat())}
			checkRat("x × 1/y", a.mul(inv), new(big.Rat).Quo(x.Rat(), y.Rat()))
		}
	})
}

// TestReportedAddInline checks the sum of two figures end to end: the
// ends are the decimal sums, written with the fewest decimal places.
func TestReportedAddInline(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		x := drawDecimal(t, "x", 0, 2)
		y := drawDecimal(t, "y", x.Exponent(), 2)
		a := ReportedAmount{Amount: NewMoney(x.Abs(), USD)}
		b := ReportedAmount{Amount: NewMoney(y.Abs(), USD)}
		sum, err := a.Add(b)
		want := exactDecimal(x.Abs().Add(y.Abs()).Rat())
		if msg := decimalDigitsMsg(want); msg != "" {
			sameError(t, "ReportedAmount.Add", err, parseError("ReportedAmount.Add", want.String(), msg, ErrRange))
			return
		}
		if err != nil {
			t.Fatalf("%v + %v: %v", a, b, err)
		}
		checkHeld(t, "ReportedAmount.Add", sum.Amount, want, USD)
		if !sum.Max.IsZero() || sum.Qualifier != Exact {
			t.Fatalf("%v + %v = %v; want one figure", a, b, sum)
		}
	})
}

// TestMoneyInlineExtremeExponents checks the operations that never build
// a decimal's 10^exponent on exponents at the ends of an int32, where the
// decimal path would have to build one to compare.
func TestMoneyInlineExtremeExponents(t *testing.T) {
	t.Parallel()
	for _, e := range []int32{math.MinInt32, math.MinInt32 + 1, -1 << 20, 1 << 20, math.MaxInt32 - 1, math.MaxInt32} {
		for _, c := range []int64{-999_999_999_999_999_999, -1, 0, 7, 999_999_999_999_999_999} {
			m := NewMoney(decimal.New(c, e), USD)
			if m.isWide() || m.coef != c || m.exp != e {
				t.Fatalf("NewMoney(%de%d) holds %d e%d (wide %q)", c, e, m.coef, m.exp, m.wide)
			}
			if e < -2 && e != math.MinInt32 {
				// Rounding to cents drops every digit: what is left is 0,
				// or a cent away from zero when rounding up.
				if r := m.Round(HalfEven); r.exp != -2 || r.coef != 0 {
					t.Errorf("Round(%de%d, HalfEven) = %d e%d; want 0 cents", c, e, r.coef, r.exp)
				}
				if r := m.Round(Up); r.exp != -2 || r.coef != int64(sign64(c)) {
					t.Errorf("Round(%de%d, Up) = %d e%d; want %d cents", c, e, r.coef, r.exp, sign64(c))
				}
			}
			one := NewMoney(decimal.New(1, 0), USD)
			got, _ := m.Cmp(one)
			want := -1 // 0, a negative amount, or a tiny positive one
			if c > 0 && e > 0 {
				want = 1
			}
			if got != want {
				t.Errorf("Cmp(%de%d, 1) = %d; want %d", c, e, got, want)
			}
		}
	}
}
