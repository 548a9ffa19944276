package rescue

import (
	"bytes"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/shopspring/decimal"
)

// Money is an exact amount in one currency. The amount is a decimal,
// coefficient × 10^exponent, as a [decimal.Decimal] holds it, so nothing is
// ever lost to binary floating point, and nothing is rounded unless the
// caller asks with [Money.Round]. It is arbitrary-precision, and cheap
// where amounts are: a coefficient of up to 18 digits is held inline and
// its arithmetic, parsing and printing allocate nothing (a wider one is
// handed to shopspring/decimal, with the same results).
//
// Money is immutable and safe to copy. Compare two amounts with
// [Money.Equal] or [Money.Cmp]. The == operator reports whether two Money
// are in the same currency with the same coefficient and exponent: USD 10
// and USD 10.00 are Equal but not ==, and so == is no test of equal
// amounts; a Money can still be a map key.
//
// Every amount has at most 30 significant digits, 30 digits before the
// decimal mark and 30 after it: what the parsers read. Arithmetic that
// would leave those bounds is an error, so that whatever Validate and the
// encoders accept reads back.
//
// The zero value is an amount of 0 in no currency: IsValid reports false,
// IsZero true, String returns "", and it adds as nothing to any other
// Money.
type Money struct {
	coef int64  // the coefficient, when it has at most 18 digits
	wide string // else its decimal digits, with any sign; "" when inline
	exp  int32  // the amount is the coefficient × 10^exp
	cur  Currency
}

// NewMoney returns amount in currency c, exactly as given.
func NewMoney(amount decimal.Decimal, c Currency) Money {
	return moneyOf(amount, c)
}

// MustParseMoney is like [ParseMoney] but panics on error. It is for tests
// and hard-coded amounts, which it reads first as the canonical text
// [Money.UnmarshalText] reads: a hard-coded "USD 3.125" is 3.125, which
// ParseMoney, reading a report, refuses as ambiguous (3,125 in much of the
// world).
func MustParseMoney(s string) Money {
	if m, err := parseCanonicalMoney("MustParseMoney", s); err == nil && s != "" {
		return m
	}
	m, err := ParseMoney(s)
	if err != nil {
		panic(err)
	}
	return m
}

// Amount returns the amount, exactly as held: the coefficient and exponent
// it was made with, or that the arithmetic gave.
func (m Money) Amount() decimal.Decimal { return m.dec() }

// Currency returns the currency; the zero Currency for the zero Money.
func (m Money) Currency() Currency { return m.cur }

// IsValid reports whether m has a currency (the zero Money has none).
func (m Money) IsValid() bool { return m.cur.IsValid() }

// IsZero reports whether m is the zero value: no currency and no amount.
// USD 0.00 is not zero: it is a figure ([Money.IsZeroAmount] asks about
// the amount). encoding/json's omitzero option uses it.
func (m Money) IsZero() bool { return !m.cur.IsValid() && m.IsZeroAmount() }

// IsZeroAmount reports whether the amount is zero, in whatever currency:
// true for USD 0.00 and for the zero Money.
func (m Money) IsZeroAmount() bool { return !m.isWide() && m.coef == 0 }

// Sign returns -1, 0 or +1 as the amount is negative, zero or positive.
func (m Money) Sign() int {
	switch {
	case !m.isWide():
		return sign64(m.coef)
	case m.wide[0] == '-':
		return -1
	}
	return 1
}

// Neg returns the amount negated, in the same currency.
func (m Money) Neg() Money {
	switch {
	case !m.isWide():
		m.coef = -m.coef
	case m.wide[0] == '-':
		m.wide = m.wide[1:]
	default:
		m.wide = "-" + m.wide
	}
	return m
}

// Mul returns the amount multiplied by f, exactly, in the same currency. A
// product beyond the bounds of an amount (30 significant digits, 30 before
// and 30 after the decimal mark) is an error wrapping [ErrRange]: round f
// or the result first.
func (m Money) Mul(f decimal.Decimal) (Money, error) {
	p, ok := mulMoney(m, f)
	if !ok {
		p = moneyOf(m.dec().Mul(f), m.cur)
	}
	if msg := p.digitsMsg(); msg != "" {
		return Money{}, parseError("Money.Mul", m.String()+" × "+f.String(), msg, ErrRange)
	}
	return p, nil
}

// mulMoney returns m × f inline, and false when m, f or the product is
// not inline.
func mulMoney(m Money, f decimal.Decimal) (Money, bool) {
	if m.isWide() {
		return Money{}, false
	}
	fc, fe, ok := decimalInline(f)
	if !ok {
		return Money{}, false
	}
	c, e, ok := mulInline(m.coef, m.exp, fc, fe)
	return Money{coef: c, exp: e, cur: m.cur}, ok
}

// Add returns m + n, exactly. Both must be in the same currency, or the
// error is a [*MismatchError] wrapping [ErrCurrencyMismatch]; the zero
// Money adds as nothing. A sum beyond the bounds of an amount is an error
// wrapping [ErrRange].
func (m Money) Add(n Money) (Money, error) {
	c, err := m.common(n, "Money.Add", "add")
	if err != nil {
		return Money{}, err
	}
	sum := addMoney(m, n, c)
	if msg := sum.digitsMsg(); msg != "" {
		return Money{}, parseError("Money.Add", m.String()+" + "+n.String(), msg, ErrRange)
	}
	return sum, nil
}

// Sub returns m - n, under the same rules as [Money.Add].
func (m Money) Sub(n Money) (Money, error) {
	c, err := m.common(n, "Money.Sub", "subtract")
	if err != nil {
		return Money{}, err
	}
	d := addMoney(m, n.Neg(), c)
	if msg := d.digitsMsg(); msg != "" {
		return Money{}, parseError("Money.Sub", m.String()+" - "+n.String(), msg, ErrRange)
	}
	return d, nil
}

// addMoney returns m + n in currency c, with the coefficient and exponent
// of decimal.Decimal's Add.
func addMoney(m, n Money, c Currency) Money {
	if !m.isWide() && !n.isWide() {
		if s, e, ok := addInline(m.coef, m.exp, n.coef, n.exp); ok {
			return Money{coef: s, exp: e, cur: c}
		}
	}
	return moneyOf(m.dec().Add(n.dec()), c)
}

// Cmp compares the amounts of m and n: -1, 0 or +1 as m is less than,
// equal to or greater than n. Both must be in the same currency, or the
// error wraps [ErrCurrencyMismatch]; the zero Money counts as 0 in any.
func (m Money) Cmp(n Money) (int, error) {
	if _, err := m.common(n, "Money.Cmp", "compare"); err != nil {
		return 0, err
	}
	return cmpAmount(m, n), nil
}

func (m Money) common(n Money, fn, op string) (Currency, error) {
	switch {
	case m.cur == n.cur:
		return m.cur, nil
	case !m.cur.IsValid() && m.IsZeroAmount():
		return n.cur, nil
	case !n.cur.IsValid() && n.IsZeroAmount():
		return m.cur, nil
	}
	return Currency{}, &MismatchError{Func: fn, Op: op, A: m.cur, B: n.cur}
}

// MismatchError reports an operation on amounts in two currencies. It
// wraps [ErrCurrencyMismatch].
type MismatchError struct {
	Func string // the method that failed, such as "Money.Add"; may be empty
	Op   string // "add", "subtract", "compare", "convert"…
	A, B Currency
}

// Error returns "Money.Add: cannot add USD and SGD: currency mismatch".
func (e *MismatchError) Error() string {
	if e == nil {
		return "<nil>"
	}
	a, b := e.A.String(), e.B.String()
	if a == "" {
		a = "no currency"
	}
	if b == "" {
		b = "no currency"
	}
	s := "cannot " + e.Op + " " + a + " and " + b + ": " + ErrCurrencyMismatch.Error()
	if e.Func != "" {
		s = e.Func + ": " + s
	}
	return s
}

// Unwrap returns [ErrCurrencyMismatch].
func (e *MismatchError) Unwrap() error { return ErrCurrencyMismatch }

// Equal reports whether m and n are in the same currency and numerically
// equal: USD 10 equals USD 10.00.
func (m Money) Equal(n Money) bool {
	return m.cur == n.cur && cmpAmount(m, n) == 0
}

// RoundingMode says how [Money.Round] rounds to a currency's minor units.
// The zero value is HalfEven.
type RoundingMode uint8

// The rounding modes.
const (
	HalfEven RoundingMode = iota // to nearest, ties to even (banker's rounding)
	HalfUp                       // to nearest, ties away from zero
	Down                         // toward zero (truncate)
	Up                           // away from zero
	Floor                        // toward negative infinity
	Ceiling                      // toward positive infinity
)

// String returns the mode's name, such as "HalfEven".
func (r RoundingMode) String() string {
	switch r {
	case HalfEven:
		return "HalfEven"
	case HalfUp:
		return "HalfUp"
	case Down:
		return "Down"
	case Up:
		return "Up"
	case Floor:
		return "Floor"
	case Ceiling:
		return "Ceiling"
	}
	return fmt.Sprintf("%%!RoundingMode(%d)", uint8(r))
}

// Round returns m rounded to its currency's minor units (two places for
// USD, none for JPY) with the given mode. Units without minor units (gold,
// SDR) and the zero Money come back as they are; an unknown mode rounds
// half-even.
func (m Money) Round(mode RoundingMode) Money {
	if m.cur.info().digits < 0 || !m.cur.IsValid() {
		return m
	}
	places := int32(m.cur.Digits())
	switch {
	case -m.exp <= places:
		return m // already within the minor units: nothing to round
	case !m.isWide():
		return Money{coef: roundInline(m.coef, m.exp, places, mode), exp: -places, cur: m.cur}
	}
	return moneyOf(roundDecimal(m.dec(), places, mode), m.cur)
}

func roundDecimal(d decimal.Decimal, places int32, mode RoundingMode) decimal.Decimal {
	if -d.Exponent() <= places {
		return d // already within the minor units: nothing to round
	}
	switch mode {
	case HalfUp:
		return d.Round(places)
	case Down:
		return d.RoundDown(places)
	case Up:
		return d.RoundUp(places)
	case Floor:
		return d.RoundFloor(places)
	case Ceiling:
		return d.RoundCeil(places)
	}
	return d.RoundBank(places)
}

// String returns the canonical text: the ISO code, one space, and the
// amount as a plain decimal with no grouping and at least the currency's
// minor units of fraction digits (more where the amount has them):
// "USD 10000.00", "JPY 500", "KWD 1.250", "USD -3.125". The zero Money
// gives "". [Money.UnmarshalText] and [MustParseMoney] read it back to an
// equal Money, and so does [ParseMoney] except where the text alone
// cannot tell the dot from a group separator: exactly three decimals after
// one to three digits, in a currency with fewer minor units ("USD 3.125",
// "USD -3.125": 3,125 in much of the world), which ParseMoney refuses as
// ambiguous, and [ParseMoneyIn] too unless its language groups with a dot
// (3,125 in German).
func (m Money) String() string {
	if !m.IsValid() {
		return ""
	}
	var buf inlineBuf
	if i, ok := buf.amount(m, m.cur.Digits()); ok {
		// The code and a space before the amount, in the same buffer:
		// the string is the one copy.
		code := m.cur.String()
		i -= len(code) + 1
		copy(buf[i:], code)
		buf[i+len(code)] = ' '
		return string(buf[i:])
	}
	return string(m.appendText(nil))
}

// AppendText appends the canonical text of [Money.String] to b.
func (m Money) AppendText(b []byte) ([]byte, error) {
	if !m.IsValid() {
		return b, nil
	}
	return m.appendText(b), nil
}

func (m Money) appendText(b []byte) []byte {
	b = append(b, m.cur.String()...)
	b = append(b, ' ')
	return appendAmount(b, m, m.cur.Digits())
}

// appendAmount appends the amount of m as a plain decimal with at least
// minDigits fraction digits and no trailing zeros beyond them.
func appendAmount(b []byte, m Money, minDigits int) []byte {
	var buf inlineBuf
	if i, ok := buf.amount(m, minDigits); ok {
		return append(b, buf[i:]...)
	}
	return appendAmountSlow(b, m.dec(), minDigits)
}

// inlineBuf holds the text of an inline amount, written right to left: a
// sign, 18 digits, 40 zeros, a point and 40 digits, and a currency code.
type inlineBuf [128]byte

// amount writes the amount of m as appendAmount does at the end of buf and
// returns where it starts; false, with nothing written, when m is not
// inline or its exponent is beyond ±40.
func (buf *inlineBuf) amount(m Money, minDigits int) (int, bool) {
	exp := int(m.exp)
	if exp < -40 || exp > 40 || m.isWide() || minDigits > 40 {
		return 0, false
	}
	u := uint64(abs64(m.coef))
	f := max(-exp, 0) // the digits of u after the point
	for f > minDigits && u%10 == 0 {
		u /= 10
		f--
	}
	i := len(buf)
	for range minDigits - f {
		i--
		buf[i] = '0'
	}
	for range f {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	if f > 0 || minDigits > 0 {
		i--
		buf[i] = '.'
	}
	if m.coef != 0 {
		for range exp {
			i--
			buf[i] = '0'
		}
	}
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if m.coef < 0 {
		i--
		buf[i] = '-'
	}
	return i, true
}

// appendAmountSlow is appendAmount for amounts of more than 18 digits.
func appendAmountSlow(b []byte, d decimal.Decimal, minDigits int) []byte {
	places := max(int32(minDigits), -d.Exponent())
	start := len(b)
	b = append(b, d.StringFixed(places)...)
	if int(places) > minDigits {
		dot := bytes.IndexByte(b[start:], '.')
		if dot >= 0 {
			keep := start + dot + 1 + minDigits
			end := len(b)
			for end > keep && b[end-1] == '0' {
				end--
			}
			if end == start+dot+1 { // "5." → "5"
				end--
			}
			b = b[:end]
		}
	}
	return b
}

// MarshalText returns the canonical text of [Money.String]; the zero Money
// gives "". It is also the JSON form: "USD 10000.00", a string so that no
// decoder turns the amount into a float.
func (m Money) MarshalText() ([]byte, error) { return m.AppendText(nil) }

// UnmarshalText reads the canonical text of [Money.String] strictly: an
// ISO 4217 code (in any case), one space and the amount as String writes
// it ("USD 10000.00", "jpy 500", "USD -3.125", "KWD 1.500"), within the
// bounds of an amount. Any other spelling of the amount is refused, even
// of the same value ("USD 1.5", "USD 0001.50", "USD -0.00", "JPY 500.0"),
// so that stored text has one form. Empty text gives the zero Money.
// Report prose ("US$10,000") is for [ParseMoney]; the error says what its
// canonical text would be.
func (m *Money) UnmarshalText(b []byte) error {
	v, err := parseCanonicalMoney("Money.UnmarshalText", string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// UnmarshalJSON reads the JSON string of the canonical text strictly, as
// [Money.UnmarshalText] does; JSON null leaves m unchanged, as for other
// types in encoding/json.
func (m *Money) UnmarshalJSON(b []byte) error {
	const fn = "Money.UnmarshalJSON"
	s, null, err := jsonString(fn, b, `"USD 10000.00"`)
	if err != nil || null {
		return err
	}
	v, err := parseCanonicalMoney(fn, s)
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// jsonString reads a JSON string or null for the strict decoders; example
// is the form the error asks for.
func jsonString(fn string, b []byte, example string) (s string, null bool, err error) {
	b = bytes.TrimSpace(b)
	switch {
	case string(b) == "null":
		return "", true, nil
	case len(b) == 0 || b[0] != '"':
		return "", false, parseError(fn, string(b), "want a JSON string such as "+example, ErrSyntax)
	}
	if err := json.Unmarshal(b, &s); err != nil {
		return "", false, parseError(fn, string(b), "not a valid JSON string", ErrSyntax)
	}
	return s, false, nil
}

// parseCanonicalMoney reads the canonical text for the strict decoders.
func parseCanonicalMoney(fn, s string) (Money, error) {
	if s == "" {
		return Money{}, nil
	}
	if len(s) > maxMoneyText {
		return Money{}, parseError(fn, s, "longer than 64 bytes", ErrRange)
	}
	if m, ok := parseCanonicalFast(s, canonicalStrict); ok {
		return m, nil
	}
	if m, ok := parseCanonicalNormal(s, canonicalStrict); ok {
		return m, nil
	}
	code, amount, ok := strings.Cut(s, " ")
	if _, known := lookupCurrency(code); ok && known {
		var pe *ParseError
		if _, err := parsePlainDecimal(fn, amount); errors.As(err, &pe) && pe.Err == ErrRange {
			return Money{}, parseError(fn, s, pe.Msg, ErrRange)
		}
	}
	msg := "not an amount in canonical form"
	if v, err := ParseMoney(s); err == nil {
		msg = suggest(msg, v.String())
	}
	return Money{}, parseError(fn, s, msg, ErrSyntax)
}

// Scan implements [database/sql.Scanner]: the canonical text, read as
// [Money.UnmarshalText] does, or NULL for the zero Money.
func (m *Money) Scan(src any) error { return scanText(src, "Money", m.UnmarshalText) }

// Value implements [database/sql/driver.Valuer]: the canonical text, or
// NULL for the zero Money.
func (m Money) Value() (driver.Value, error) {
	if !m.IsValid() {
		return nil, nil
	}
	return m.String(), nil
}

// GoString makes %#v print the canonical text rather than the decimal's
// internals.
func (m Money) GoString() string {
	if !m.IsValid() {
		return "rescue.Money{}"
	}
	return `rescue.MustParseMoney("` + m.String() + `")`
}

// maxSignificant bounds the digits of an amount: no real sum needs more,
// and the bound keeps every operation on a parsed amount cheap.
const maxSignificant = 30

// amountDigitsMsg checks the bounds that every amount the package reads
// must keep: at most 30 significant digits, 30 digits before the decimal
// mark and 30 after it (leading and trailing zeros aside). ParseMoney, the
// JSON decoder and ParseRate share them, so that whatever one accepts the
// others read back from its canonical text. It returns what is wrong, or "".
func amountDigitsMsg(sig, intDigits, fracDigits int) string {
	switch {
	case sig > maxSignificant:
		return "more than 30 significant digits"
	case intDigits > maxSignificant:
		return "more than 30 digits before the decimal mark"
	case fracDigits > maxSignificant:
		return "more than 30 digits after the decimal mark"
	}
	return ""
}

// decimalDigitsMsg checks d against the bounds of amountDigitsMsg.
func decimalDigitsMsg(d decimal.Decimal) string {
	exp := int(d.Exponent())
	n := d.NumDigits()
	if n <= maxSignificant && exp >= -maxSignificant && n+exp <= maxSignificant {
		return "" // within the bounds even before trailing zeros are counted out
	}
	if d.IsZero() {
		return ""
	}
	// Count out the trailing zeros of the coefficient.
	c := new(big.Int).Abs(d.Coefficient())
	ten, r := big.NewInt(10), new(big.Int)
	for {
		q, rem := new(big.Int).QuoRem(c, ten, r)
		if rem.Sign() != 0 {
			break
		}
		c = q
		exp++
	}
	sig := len(c.String())
	return amountDigitsMsg(sig, max(sig+exp, 0), max(-exp, 0))
}

// parsePlainDecimal reads "-123.45": an optional minus, digits, an optional
// fraction. No exponent, no grouping, and within the bounds of
// amountDigitsMsg.
func parsePlainDecimal(fn, s string) (decimal.Decimal, error) {
	t := strings.TrimPrefix(s, "-")
	if t == "" {
		return decimal.Decimal{}, parseError(fn, s, "no amount", ErrSyntax)
	}
	if len(t) > maxMoneyText {
		return decimal.Decimal{}, parseError(fn, s, "longer than 64 bytes", ErrRange)
	}
	intPart, frac, hasDot := strings.Cut(t, ".")
	if intPart == "" || (hasDot && frac == "") || !allDigits(intPart) || !allDigits(frac) {
		return decimal.Decimal{}, parseError(fn, s, "amount is not a plain decimal", ErrSyntax)
	}
	intPart = strings.TrimLeft(intPart, "0")
	frac = strings.TrimRight(frac, "0")
	var sig int
	switch {
	case intPart != "" && frac != "":
		sig = len(intPart) + len(frac)
	case intPart != "":
		sig = len(strings.TrimRight(intPart, "0"))
	default:
		sig = len(strings.TrimLeft(frac, "0"))
	}
	if msg := amountDigitsMsg(sig, len(intPart), len(frac)); msg != "" {
		return decimal.Decimal{}, parseError(fn, s, msg, ErrRange)
	}
	return decimal.NewFromString(s)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
