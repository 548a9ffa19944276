package rescue

import (
	"bytes"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Money is an exact amount in one currency. The amount is a
// [decimal.Decimal], so nothing is ever lost to binary floating point, and
// nothing is rounded unless the caller asks with [Money.Round].
//
// Money is immutable and safe to copy. Because a decimal holds a pointer,
// compare two amounts with [Money.Equal] or [Money.Cmp], not ==.
//
// The zero value is an amount of 0 in no currency: IsValid reports false,
// String returns "", and it adds as nothing to any other Money.
type Money struct {
	amount decimal.Decimal
	cur    Currency
}

// NewMoney returns amount in currency c, exactly as given.
func NewMoney(amount decimal.Decimal, c Currency) Money {
	return Money{amount: amount, cur: c}
}

// MustParseMoney is like [ParseMoney] but panics on error. It is for tests
// and hard-coded amounts.
func MustParseMoney(s string) Money {
	m, err := ParseMoney(s)
	if err != nil {
		panic(err)
	}
	return m
}

// Amount returns the amount, exactly as held.
func (m Money) Amount() decimal.Decimal { return m.amount }

// Currency returns the currency; the zero Currency for the zero Money.
func (m Money) Currency() Currency { return m.cur }

// IsValid reports whether m has a currency (the zero Money has none).
func (m Money) IsValid() bool { return m.cur.IsValid() }

// IsZero reports whether the amount is zero, in whatever currency. (It is
// about the amount, as in decimal and the other money libraries: USD 0.00
// is zero but valid. Use IsValid to tell the zero value.)
func (m Money) IsZero() bool { return m.amount.IsZero() }

// Sign returns -1, 0 or +1 as the amount is negative, zero or positive.
func (m Money) Sign() int { return m.amount.Sign() }

// Neg returns the amount negated, in the same currency.
func (m Money) Neg() Money { return Money{m.amount.Neg(), m.cur} }

// Mul returns the amount multiplied by f, exactly, in the same currency.
func (m Money) Mul(f decimal.Decimal) Money { return Money{m.amount.Mul(f), m.cur} }

// Add returns m + n. Both must be in the same currency, or the error wraps
// [ErrCurrencyMismatch]; the zero Money adds as nothing.
func (m Money) Add(n Money) (Money, error) {
	c, err := m.common(n, "add")
	if err != nil {
		return Money{}, err
	}
	return Money{m.amount.Add(n.amount), c}, nil
}

// Sub returns m - n, under the same rules as [Money.Add].
func (m Money) Sub(n Money) (Money, error) {
	c, err := m.common(n, "subtract")
	if err != nil {
		return Money{}, err
	}
	return Money{m.amount.Sub(n.amount), c}, nil
}

// Cmp compares the amounts of m and n: -1, 0 or +1 as m is less than,
// equal to or greater than n. Both must be in the same currency, or the
// error wraps [ErrCurrencyMismatch]; the zero Money counts as 0 in any.
func (m Money) Cmp(n Money) (int, error) {
	if _, err := m.common(n, "compare"); err != nil {
		return 0, err
	}
	return m.amount.Cmp(n.amount), nil
}

func (m Money) common(n Money, op string) (Currency, error) {
	switch {
	case m.cur == n.cur:
		return m.cur, nil
	case !m.cur.IsValid() && m.amount.IsZero():
		return n.cur, nil
	case !n.cur.IsValid() && n.amount.IsZero():
		return m.cur, nil
	}
	return Currency{}, &MismatchError{Op: op, A: m.cur, B: n.cur}
}

// MismatchError reports an operation on amounts in two currencies. It
// wraps [ErrCurrencyMismatch].
type MismatchError struct {
	Op   string // "add", "subtract", "compare", "convert"…
	A, B Currency
}

func (e *MismatchError) Error() string {
	a, b := e.A.String(), e.B.String()
	if a == "" {
		a = "no currency"
	}
	if b == "" {
		b = "no currency"
	}
	return "rescue: cannot " + e.Op + " " + a + " and " + b + ": " + ErrCurrencyMismatch.Error()
}

// Unwrap returns [ErrCurrencyMismatch].
func (e *MismatchError) Unwrap() error { return ErrCurrencyMismatch }

// Equal reports whether m and n are in the same currency and numerically
// equal: USD 10 equals USD 10.00.
func (m Money) Equal(n Money) bool {
	return m.cur == n.cur && m.amount.Equal(n.amount)
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
	return Money{roundDecimal(m.amount, int32(m.cur.Digits()), mode), m.cur}
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
// gives "". [ParseMoney] reads it back to an equal Money.
func (m Money) String() string {
	if !m.IsValid() {
		return ""
	}
	var buf [48]byte
	return string(m.appendText(buf[:0]))
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
	return appendAmount(b, m.amount, m.cur.Digits())
}

// appendAmount appends d as a plain decimal with at least minDigits fraction
// digits and no trailing zeros beyond them.
func appendAmount(b []byte, d decimal.Decimal, minDigits int) []byte {
	if exp := d.Exponent(); exp >= -18 && exp <= 18 && d.NumDigits() <= 18 {
		// Every real amount: write the int64 coefficient's digits here,
		// rather than through StringFixed's three allocations.
		return appendSmallAmount(b, d.CoefficientInt64(), exp, minDigits)
	}
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

// appendSmallAmount appends c×10^exp as appendAmount does, for |c| < 10^18
// and exp within ±18.
func appendSmallAmount(b []byte, c int64, exp int32, minDigits int) []byte {
	if c < 0 {
		b = append(b, '-')
		c = -c
	}
	var buf [20]byte
	ds := strconv.AppendUint(buf[:0], uint64(c), 10)
	if exp >= 0 {
		b = append(b, ds...)
		for i := int32(0); i < exp && c != 0; i++ {
			b = append(b, '0')
		}
		if minDigits > 0 {
			b = append(b, '.')
			for range minDigits {
				b = append(b, '0')
			}
		}
		return b
	}
	frac := int(-exp)
	if len(ds) > frac {
		b = append(b, ds[:len(ds)-frac]...)
		ds = ds[len(ds)-frac:]
	} else {
		b = append(b, '0')
	}
	lead := frac - len(ds) // zeros between the point and the digits
	for len(ds) > 0 && ds[len(ds)-1] == '0' && lead+len(ds) > minDigits {
		ds = ds[:len(ds)-1]
	}
	if len(ds) == 0 {
		lead = min(lead, minDigits)
	}
	if lead+len(ds) == 0 && minDigits == 0 {
		return b
	}
	b = append(b, '.')
	for range lead {
		b = append(b, '0')
	}
	b = append(b, ds...)
	for i := lead + len(ds); i < minDigits; i++ {
		b = append(b, '0')
	}
	return b
}

// MarshalText returns the canonical text of [Money.String].
func (m Money) MarshalText() ([]byte, error) { return m.AppendText(nil) }

// UnmarshalText parses text with [ParseMoney]; empty text gives the zero
// Money.
func (m *Money) UnmarshalText(b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		*m = Money{}
		return nil
	}
	v, err := ParseMoney(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

type moneyJSON struct {
	Amount   string `json:"amount"`
	Currency string `json:"currency"`
}

// MarshalJSON encodes m as {"amount":"10000.00","currency":"USD"}: the
// amount is a string so that no decoder turns it into a float. The zero
// Money encodes as null.
func (m Money) MarshalJSON() ([]byte, error) {
	if !m.IsValid() {
		return []byte("null"), nil
	}
	b := append(make([]byte, 0, 48), `{"amount":"`...)
	b = appendAmount(b, m.amount, m.cur.Digits())
	b = append(b, `","currency":"`...)
	b = append(b, m.cur.String()...)
	return append(b, `"}`...), nil
}

// UnmarshalJSON decodes the form of [Money.MarshalJSON], and null as the
// zero Money. It validates: an unknown currency, an amount that is not a
// plain decimal string, or one too long to hold exactly is an error.
func (m *Money) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		*m = Money{}
		return nil
	}
	var j moneyJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return fmt.Errorf("rescue: money: %w", err)
	}
	c, err := ParseCurrency(j.Currency)
	if err != nil {
		return err
	}
	d, err := parsePlainDecimal("Money.UnmarshalJSON", j.Amount)
	if err != nil {
		return err
	}
	*m = Money{d, c}
	return nil
}

// Scan implements [database/sql.Scanner]: the canonical text, or NULL for
// the zero Money.
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

// parsePlainDecimal reads "-123.45": an optional minus, digits, an optional
// fraction. No exponent, no grouping, at most maxSignificant digits.
func parsePlainDecimal(fn, s string) (decimal.Decimal, error) {
	t := strings.TrimPrefix(s, "-")
	n, seenDot, digits := 0, false, 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= '0' && c <= '9':
			if digits > 0 || c != '0' {
				digits++
			}
			n++
		case c == '.' && !seenDot && n > 0 && i < len(t)-1:
			seenDot = true
		default:
			return decimal.Decimal{}, parseError(fn, s, "amount is not a plain decimal", ErrSyntax)
		}
	}
	if n == 0 {
		return decimal.Decimal{}, parseError(fn, s, "no amount", ErrSyntax)
	}
	if digits > maxSignificant || len(t) > 2*maxSignificant {
		return decimal.Decimal{}, parseError(fn, s, "more than 30 significant digits", ErrRange)
	}
	return decimal.NewFromString(s)
}
