package rescue

import (
	"bytes"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Rate is an exchange rate: 1 unit of From is Rate units of To, as quoted
// on AsOf by Source. It has the shape of ISO 20022's CurrencyExchange
// (SrcCcy, TrgtCcy, XchgRate, QtnDt).
//
// The zero value is no rate; [Rate.Validate] rejects it.
type Rate struct {
	From   Currency        // the source currency (ISO 20022 SrcCcy)
	To     Currency        // the target currency (TrgtCcy)
	Rate   decimal.Decimal // units of To for one unit of From (XchgRate)
	AsOf   time.Time       // when the rate was quoted (QtnDt); zero if unknown
	Source string          // who quoted it, or how it was derived
}

// MaxRateSource is the longest Source a valid [Rate] has, so that its
// text form, quoted, stays within what [ParseRate] reads.
const MaxRateSource = 256

// ImpliedSource is the Source of the rates that [ImpliedRate] and
// [ReportedAmount.ImpliedRates] derive from a reported equivalent.
const ImpliedSource = "implied by a reported equivalent"

// Validate reports what is wrong with r: a missing currency, the same
// currency on both sides, a rate that is not positive or has more than 30
// significant digits (or 30 decimal places), a quote time outside the
// years 1000 to 9999, or a source longer than 256 bytes, not valid UTF-8
// or holding a control or formatting character.
// What Validate accepts, [ParseRate] reads back from [Rate.MarshalText].
func (r Rate) Validate() error {
	var errs []error
	if !r.From.IsValid() {
		errs = append(errs, &FieldError{Path: "from", Err: ErrRequired})
	}
	if !r.To.IsValid() {
		errs = append(errs, &FieldError{Path: "to", Err: ErrRequired})
	}
	if r.From.IsValid() && r.From == r.To {
		errs = append(errs, &FieldError{Path: "to", Err: fmt.Errorf("same currency as from (%s): %w", r.From, ErrInvalid)})
	}
	if r.Rate.Sign() <= 0 {
		errs = append(errs, &FieldError{Path: "rate", Err: fmt.Errorf("%s is not a positive rate: %w", r.Rate, ErrInvalid)})
	} else if msg := decimalDigitsMsg(r.Rate); msg != "" {
		errs = append(errs, &FieldError{Path: "rate", Err: fmt.Errorf("%s: %w", msg, ErrRange)})
	}
	if !r.AsOf.IsZero() && (r.AsOf.Year() < 1000 || r.AsOf.UTC().Year() < 1000 || r.AsOf.Year() > 9999 || r.AsOf.UTC().Year() > 9999) {
		// Its text would not read back: see parseAsOf.
		errs = append(errs, &FieldError{Path: "asOf", Err: fmt.Errorf("quote year %d outside 1000 to 9999: %w", r.AsOf.Year(), ErrRange)})
	}
	switch {
	case len(r.Source) > MaxRateSource:
		errs = append(errs, &FieldError{Path: "source", Err: fmt.Errorf("longer than %d bytes: %w", MaxRateSource, ErrRange)})
	case !utf8.ValidString(r.Source):
		errs = append(errs, &FieldError{Path: "source", Err: fmt.Errorf("not valid UTF-8: %w", ErrInvalid)})
	case countCheckText(r.Source) != "":
		errs = append(errs, &FieldError{Path: "source", Err: fmt.Errorf("%s: %w", countCheckText(r.Source), ErrInvalid)})
	}
	return errors.Join(errs...)
}

// Convert returns m in To: the amount times Rate, exactly when the product
// keeps within the bounds of an amount, and otherwise rounded half to even
// to 30 significant digits and 30 decimal places, so that the result
// always reads back (round it further with [Money.Round] when a payable
// amount is needed). A product with more than 30 digits before the
// decimal mark is an error wrapping [ErrRange]. Money in any currency
// other than From is an error wrapping [ErrCurrencyMismatch]; the zero
// Money converts to 0 in To. An invalid rate is an error wrapping the
// sentinels of [Rate.Validate].
func (r Rate) Convert(m Money) (Money, error) {
	const fn = "Rate.Convert"
	if err := r.Validate(); err != nil {
		return Money{}, parseError(fn, r.String(), "", err)
	}
	if m.cur != r.From && (m.cur.IsValid() || !m.IsZeroAmount()) {
		return Money{}, &MismatchError{Func: fn, Op: "convert", A: m.cur, B: r.From}
	}
	// An inline product within the bounds is what roundToBounds would
	// leave as it is.
	if p, ok := mulMoney(m, r.Rate); ok && p.digitsMsg() == "" {
		p.cur = r.To
		return p, nil
	}
	d := roundToBounds(m.dec().Mul(r.Rate))
	if msg := decimalDigitsMsg(d); msg != "" {
		return Money{}, parseError(fn, m.String()+" × "+r.Rate.String(), msg, ErrRange)
	}
	return moneyOf(d, r.To), nil
}

// roundToBounds rounds d half to even to 30 significant digits and 30
// decimal places, the bounds of an amount; it leaves d as it is when it
// is within them.
func roundToBounds(d decimal.Decimal) decimal.Decimal {
	if decimalDigitsMsg(d) == "" {
		return d
	}
	// The power of ten of the leading digit is NumDigits+Exponent-1.
	lead := int32(d.NumDigits()) + d.Exponent() - 1
	places := min(int32(maxSignificant)-1-lead, maxSignificant)
	if -d.Exponent() > places {
		d = d.RoundBank(places)
	}
	return trimZeros(d)
}

// trimZeros removes the zeros a rounding leaves at the end of d's
// coefficient; the value is unchanged.
func trimZeros(d decimal.Decimal) decimal.Decimal {
	if d.Exponent() >= 0 || d.IsZero() {
		return d
	}
	c := d.Coefficient()
	exp := d.Exponent()
	ten := big.NewInt(10)
	var q, m big.Int
	for exp < 0 {
		q.QuoRem(c, ten, &m)
		if m.Sign() != 0 {
			break
		}
		c.Set(&q)
		exp++
	}
	return decimal.NewFromBigInt(c, exp)
}

// Inverse returns the rate from To to From, quoted at the same time by the
// same source. 1/Rate is exact when it terminates within 30 significant
// digits and is otherwise rounded there, so converting and converting back
// returns the original amount to far better than its minor unit. The
// inverse of a rate that is not positive, or whose inverse has more than
// 30 digits before the decimal mark (a rate below 10^-30), is the zero
// Rate.
func (r Rate) Inverse() Rate {
	if r.Rate.Sign() <= 0 {
		return Rate{}
	}
	inv := quotient(decimal.New(1, 0), r.Rate)
	if decimalDigitsMsg(inv) != "" {
		return Rate{}
	}
	return Rate{From: r.To, To: r.From, Rate: inv, AsOf: r.AsOf, Source: r.Source}
}

// quotient returns a/b to at most 30 significant digits and 30 decimal
// places (the bounds ParseRate reads back), with trailing zeros removed:
// 13700/10000 is 1.37.
func quotient(a, b decimal.Decimal) decimal.Decimal {
	magA := int32(a.NumDigits()) + a.Exponent()
	magB := int32(b.NumDigits()) + b.Exponent()
	// The quotient's leading digit is at 10^lead, where lead is magA-magB
	// or one less; 29-lead places give it 30 significant digits.
	lead := magA - magB
	if a.Abs().Cmp(b.Abs().Shift(lead)) < 0 {
		lead--
	}
	places := min(max(maxSignificant-1-lead, 0), maxSignificant)
	q := a.DivRound(b, places)
	// Trim the zeros DivRound pads with; the value is unchanged.
	trimmed, err := decimal.NewFromString(q.String())
	if err != nil {
		return q
	}
	return trimmed
}

// ImpliedRate returns the rate at which from and to are the same value:
// ImpliedRate(USD 10000, SGD 13700) is 1 USD = 1.37 SGD. Both must be
// valid, in different currencies, and of the same nonzero sign.
func ImpliedRate(from, to Money) (Rate, error) {
	const fn = "ImpliedRate"
	in := from.String() + ", " + to.String()
	switch {
	case !from.IsValid() || !to.IsValid():
		return Rate{}, parseError(fn, in, "an amount with no currency", ErrRequired)
	case from.cur == to.cur:
		return Rate{}, parseError(fn, in, "same currency", ErrInvalid)
	case from.Sign() == 0 || to.Sign() == 0 || from.Sign() != to.Sign():
		return Rate{}, parseError(fn, in, "amounts must be nonzero and of one sign", ErrInvalid)
	}
	return Rate{From: from.cur, To: to.cur, Rate: quotient(to.dec(), from.dec()), Source: ImpliedSource}, nil
}

// Equal reports whether r and s are the same rate: the same currencies,
// numerically equal values, the same instant and the same source.
func (r Rate) Equal(s Rate) bool {
	return r.From == s.From && r.To == s.To && r.Rate.Equal(s.Rate) && r.AsOf.Equal(s.AsOf) && r.Source == s.Source
}

// IsZero reports whether r is the zero Rate.
func (r Rate) IsZero() bool { return r.Equal(Rate{}) }

// String returns "1 USD = 1.37 SGD", with " on 2023-10-09" or the full
// time, and " (source)", when they are known.
func (r Rate) String() string {
	if r.IsZero() {
		return ""
	}
	var b strings.Builder
	b.WriteString("1 ")
	b.WriteString(r.From.String())
	b.WriteString(" = ")
	b.WriteString(r.Rate.String())
	b.WriteByte(' ')
	b.WriteString(r.To.String())
	if !r.AsOf.IsZero() {
		b.WriteString(" on ")
		b.WriteString(formatAsOf(r.AsOf))
	}
	if r.Source != "" {
		b.WriteString(" (")
		b.WriteString(r.Source)
		b.WriteString(")")
	}
	return b.String()
}

func formatAsOf(t time.Time) string {
	if t.Equal(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)) {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339Nano)
}

// MarshalText returns the text form "USD/SGD 1.37", followed by the quote
// date or time when known and the source, quoted, when known:
// `USD/SGD 1.37 2023-10-09 "implied by a reported equivalent"`.
func (r Rate) MarshalText() ([]byte, error) {
	if r.IsZero() {
		return []byte{}, nil
	}
	b := make([]byte, 0, 64)
	b = append(b, r.From.String()...)
	b = append(b, '/')
	b = append(b, r.To.String()...)
	b = append(b, ' ')
	b = append(b, r.Rate.String()...)
	if !r.AsOf.IsZero() {
		b = append(b, ' ')
		b = append(b, formatAsOf(r.AsOf)...)
	}
	if r.Source != "" {
		b = append(b, ' ')
		b = strconv.AppendQuote(b, r.Source)
	}
	return b, nil
}

// ParseRate parses the text form of [Rate.MarshalText]. The rate must be
// valid. A quote time with more than nine digits of a second, or before
// the year 1000 ("0001-01-01" would be time.Time's zero, no date), is an
// error wrapping [ErrRange], not read as another time.
func ParseRate(s string) (Rate, error) {
	const fn = "ParseRate"
	if len(s) > 1024 {
		return Rate{}, parseError(fn, s, "longer than 1024 bytes", ErrRange)
	}
	if !utf8.ValidString(s) {
		// strconv.Unquote would turn the bad bytes into U+FFFD unseen.
		return Rate{}, parseError(fn, s, "not valid UTF-8", ErrSyntax)
	}
	rest := strings.TrimSpace(s)
	pair, rest, _ := strings.Cut(rest, " ")
	from, to, ok := strings.Cut(pair, "/")
	if !ok {
		return Rate{}, parseError(fn, s, `want "FROM/TO VALUE [DATE] [\"SOURCE\"]"`, ErrSyntax)
	}
	var r Rate
	var err error
	if r.From, err = ParseCurrency(from); err != nil {
		return Rate{}, parseError(fn, s, "from: "+errDetail(err), ErrUnknownCurrency)
	}
	if r.To, err = ParseCurrency(to); err != nil {
		return Rate{}, parseError(fn, s, "to: "+errDetail(err), ErrUnknownCurrency)
	}
	value, rest, _ := strings.Cut(strings.TrimSpace(rest), " ")
	if r.Rate, err = parsePlainDecimal(fn, value); err != nil {
		var pe *ParseError
		if errors.As(err, &pe) { // quote the whole input, not just the value
			return Rate{}, parseError(fn, s, "rate "+quoteInput(value)+": "+pe.Msg, pe.Err)
		}
		return Rate{}, err
	}
	rest = strings.TrimSpace(rest)
	if rest != "" && rest[0] != '"' {
		var when string
		when, rest, _ = strings.Cut(rest, " ")
		var msg string
		if r.AsOf, msg, err = parseAsOf(when, true); err != nil {
			return Rate{}, parseError(fn, s, msg, err)
		}
		rest = strings.TrimSpace(rest)
	}
	if rest != "" {
		if r.Source, err = strconv.Unquote(rest); err != nil {
			return Rate{}, parseError(fn, s, "source: want a quoted string", ErrSyntax)
		}
		if !utf8.ValidString(r.Source) { // JSON could not carry it
			return Rate{}, parseError(fn, s, "source: not valid UTF-8", ErrSyntax)
		}
	}
	if err := r.Validate(); err != nil {
		return Rate{}, parseError(fn, s, "", err)
	}
	return r, nil
}

// parseAsOf reads a rate's quote time: RFC 3339 with at most nine digits
// of a second, or with dateOnly a date 2006-01-02. time.Parse drops a
// tenth digit, and a time in the year 1 may be time.Time's zero, which
// means no date, so both are refused rather than read as another time:
// so is any year before 1000, which no exchange rate was quoted in.
func parseAsOf(when string, dateOnly bool) (time.Time, string, error) {
	layout := time.RFC3339Nano
	if dateOnly && len(when) == len(time.DateOnly) {
		layout = time.DateOnly
	}
	t, err := time.Parse(layout, when)
	if err != nil {
		if dateOnly {
			return time.Time{}, "quote date: want 2006-01-02 or RFC 3339", ErrSyntax
		}
		return time.Time{}, "quote date: want RFC 3339", ErrSyntax
	}
	if _, frac, ok := strings.Cut(when, "."); ok {
		n := 0
		for n < len(frac) && isDigit(frac[n]) {
			n++
		}
		if n > 9 {
			return time.Time{}, "quote time: more than nine digits of a second", ErrRange
		}
	}
	if t.Year() < 1000 || t.UTC().Year() < 1000 {
		return time.Time{}, "quote date before the year 1000", ErrRange
	}
	return t, "", nil
}

// UnmarshalText parses text with [ParseRate]; empty text gives the zero
// Rate.
func (r *Rate) UnmarshalText(b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		*r = Rate{}
		return nil
	}
	v, err := ParseRate(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// rateJSON is the JSON form of a Rate. AsOf is text so that
// UnmarshalJSON reads it as ParseRate does (time.Time's own decoder drops
// a tenth digit of a second).
type rateJSON struct {
	From   Currency `json:"from"`
	To     Currency `json:"to"`
	Rate   string   `json:"rate"`
	AsOf   *string  `json:"asOf,omitempty"`
	Source string   `json:"source,omitempty"`
}

// MarshalJSON encodes r as
// {"from":"USD","to":"SGD","rate":"1.37","asOf":"…","source":"…"}, the
// rate a string so that it stays exact. The zero Rate encodes as null,
// which decodes back to the zero Rate.
func (r Rate) MarshalJSON() ([]byte, error) {
	if r.IsZero() {
		return []byte("null"), nil
	}
	j := rateJSON{From: r.From, To: r.To, Rate: r.Rate.String(), Source: r.Source}
	if !r.AsOf.IsZero() {
		if y := r.AsOf.Year(); y < 0 || y > 9999 {
			// As time.Time's own encoder refuses.
			return nil, fmt.Errorf("Rate.MarshalJSON: quote year %d outside 0 to 9999: %w", y, ErrRange)
		}
		when := r.AsOf.Format(time.RFC3339Nano)
		j.AsOf = &when
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes the form of [Rate.MarshalJSON] strictly (no
// unknown or missing key, each key once) and validates it.
func (r *Rate) UnmarshalJSON(b []byte) error {
	const fn = "Rate.UnmarshalJSON"
	if string(bytes.TrimSpace(b)) == "null" {
		*r = Rate{}
		return nil
	}
	if len(b) > 4096 {
		return parseError(fn, string(b), "longer than 4096 bytes", ErrRange)
	}
	var j rateJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return parseError(fn, string(b), `want {"from":"USD","to":"SGD","rate":"1.37"} with optional "asOf" and "source"`, ErrSyntax)
	}
	v, err := parsePlainDecimal(fn, j.Rate)
	if err != nil {
		return err
	}
	nr := Rate{From: j.From, To: j.To, Rate: v, Source: j.Source}
	if j.AsOf != nil {
		var msg string
		if nr.AsOf, msg, err = parseAsOf(*j.AsOf, false); err != nil {
			return parseError(fn, string(b), "asOf: "+msg, err)
		}
	}
	if err := nr.Validate(); err != nil {
		return parseError(fn, string(b), "", err)
	}
	*r = nr
	return nil
}

// Scan implements [database/sql.Scanner] with the text form of
// [Rate.MarshalText]; NULL gives the zero Rate.
func (r *Rate) Scan(src any) error { return scanText(src, "Rate", r.UnmarshalText) }

// Value implements [database/sql/driver.Valuer] with the text form of
// [Rate.MarshalText]; the zero Rate is NULL. An invalid rate is an error.
func (r Rate) Value() (driver.Value, error) {
	if r.IsZero() {
		return nil, nil
	}
	if err := r.Validate(); err != nil {
		return nil, parseError("Rate.Value", r.String(), "", err)
	}
	b, err := r.MarshalText()
	if err != nil {
		return nil, err
	}
	return string(b), nil
}
