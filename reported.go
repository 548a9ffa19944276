package rescue

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// ReportedAmount is an amount as a report gave it: the value, how it was
// hedged ("more than US$10,000"), and the equivalents in other currencies
// that the report gave alongside it ("(S$13,700)"). It keeps what was
// reported and never makes it more precise than it was.
//
// The zero value is "no amount recorded".
type ReportedAmount struct {
	Value       Money     `json:"value"`
	Qualifier   Qualifier `json:"qualifier,omitempty"`
	Equivalents []Money   `json:"equivalents,omitempty"`
}

// maxReportedText bounds the text of a reported amount with its
// equivalents.
const maxReportedText = 256

// ParseReportedAmount parses an amount with its hedge and its equivalents
// the way reports write them: "more than US$10,000 (S$13,700)", "about 1.2
// million baht (US$34,000)", "nearly RM6,300", "S$500,000 or more". The
// amount takes every form [ParseMoney] does; the hedge words are those of
// [ParseQualifier] (before the amount) or "+", "or more", "or so" (after
// it). Equivalents stand in parentheses after the amount, several of them
// separated by ";", ", " or "or": "(US$34,000; S$46,000)". An equivalent
// may carry its own hedge ("(around RM157,000)"): equivalents are
// conversions, approximate by nature, so the hedge is read and not kept.
//
// The result must pass [ReportedAmount.Validate]. Errors are
// [*ParseError]s that quote the input; an ambiguous sign or word wraps
// [ErrAmbiguousCurrency].
func ParseReportedAmount(s string) (ReportedAmount, error) {
	const fn = "ParseReportedAmount"
	if len(s) > 4*maxReportedText { // bound before trimming: padding is input too
		return ReportedAmount{}, parseError(fn, s, "longer than 1024 bytes", ErrRange)
	}
	t := strings.TrimFunc(s, isSpaceRune)
	switch {
	case t == "":
		return ReportedAmount{}, parseError(fn, s, "empty", ErrSyntax)
	case len(t) > maxReportedText:
		return ReportedAmount{}, parseError(fn, s, "longer than 256 bytes", ErrRange)
	}
	main, inside, err := cutParens(t)
	if err != "" {
		return ReportedAmount{}, parseError(fn, s, err, ErrSyntax)
	}
	var a ReportedAmount
	var msg string
	var perr error
	a.Qualifier, a.Value, msg, perr = scanHedged(main)
	if perr != nil {
		return ReportedAmount{}, parseError(fn, s, msg, perr)
	}
	for _, group := range inside {
		for _, part := range splitEquivalents(group) {
			_, m, msg, perr := scanHedged(part)
			if perr != nil {
				if msg == "" {
					return ReportedAmount{}, parseError(fn, s, "", perr)
				}
				return ReportedAmount{}, parseError(fn, s, "equivalent "+quoteInput(part)+": "+msg, perr)
			}
			a.Equivalents = append(a.Equivalents, m)
		}
	}
	if err := a.Validate(); err != nil {
		return ReportedAmount{}, parseError(fn, s, "", err)
	}
	return a, nil
}

// MustParseReportedAmount is like [ParseReportedAmount] but panics on
// error. It is for tests and hard-coded amounts.
func MustParseReportedAmount(s string) ReportedAmount {
	a, err := ParseReportedAmount(s)
	if err != nil {
		panic(err)
	}
	return a
}

// scanHedged reads one amount with the hedge words before or after it.
func scanHedged(s string) (Qualifier, Money, string, error) {
	q, rest, _ := cutQualifier(strings.TrimFunc(s, isSpaceRune))
	if q2, r, ok := cutQualifierSuffix(rest); ok {
		q, rest = combineQualifier(q, q2), r
	}
	// "200+ USD", "5k+ baht": a plus sign right after the number.
	if i := strings.IndexByte(rest, '+'); i > 0 && (isDigit(rest[i-1]) || isLetter(rest[i-1])) {
		q, rest = combineQualifier(q, AtLeast), rest[:i]+rest[i+1:]
	}
	m, msg, err := scanMoney(rest)
	return q, m, msg, err
}

// cutParens splits "A (B) (C)" into A and the insides of the parentheses,
// which must close the text.
func cutParens(s string) (main string, inside []string, errMsg string) {
	open := strings.IndexAny(s, "([")
	if open < 0 {
		if strings.ContainsAny(s, ")]") {
			return "", nil, "unbalanced parenthesis"
		}
		return s, nil, ""
	}
	main, rest := s[:open], s[open:]
	for rest != "" {
		closer := byte(')')
		if rest[0] == '[' {
			closer = ']'
		}
		end := strings.IndexByte(rest, closer)
		if end < 0 || strings.ContainsAny(rest[1:end], "()[]") {
			return "", nil, "unbalanced parenthesis"
		}
		inside = append(inside, rest[1:end])
		rest = strings.TrimFunc(rest[end+1:], isSpaceRune)
		if rest != "" && rest[0] != '(' && rest[0] != '[' {
			return "", nil, "text after the parentheses"
		}
	}
	return main, inside, ""
}

// splitEquivalents splits the inside of a pair of parentheses at ";", at
// a comma followed by a space (a grouping comma has none), and at "or".
func splitEquivalents(s string) []string {
	var parts []string
	for _, a := range strings.Split(s, ";") {
		for _, b := range strings.Split(a, ", ") {
			for {
				i := indexFold(b, " or ")
				if i < 0 {
					break
				}
				parts = append(parts, b[:i])
				b = b[i+4:]
			}
			parts = append(parts, b)
		}
	}
	return parts
}

func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// IsZero reports whether a is the zero ReportedAmount: nothing recorded.
func (a ReportedAmount) IsZero() bool {
	return !a.Value.IsValid() && a.Value.IsZero() && a.Qualifier == Exact && len(a.Equivalents) == 0
}

// Equal reports whether a and b hold equal values and qualifiers and equal
// equivalents in the same order.
func (a ReportedAmount) Equal(b ReportedAmount) bool {
	if !a.Value.Equal(b.Value) || a.Qualifier != b.Qualifier || len(a.Equivalents) != len(b.Equivalents) {
		return false
	}
	for i := range a.Equivalents {
		if !a.Equivalents[i].Equal(b.Equivalents[i]) {
			return false
		}
	}
	return true
}

// Validate reports every problem with a: an unknown qualifier, equivalents
// or a qualifier with no value, an equivalent with no currency or in the
// value's own currency, and two equivalents in one currency. The zero
// ReportedAmount is valid (nothing recorded). Each problem is a
// [*FieldError] ("equivalents[1]: …").
func (a ReportedAmount) Validate() error {
	var errs []error
	if !a.Qualifier.IsValid() {
		errs = append(errs, &FieldError{"qualifier", fmt.Errorf("%s: %w", a.Qualifier, ErrInvalid)})
	}
	if !a.Value.IsValid() && !a.IsZero() {
		errs = append(errs, &FieldError{"value", fmt.Errorf("no currency: %w", ErrRequired)})
	}
	for i, e := range a.Equivalents {
		path := func() string { return "equivalents[" + strconv.Itoa(i) + "]" } // built only for an error
		switch {
		case !e.IsValid():
			errs = append(errs, &FieldError{path(), fmt.Errorf("no currency: %w", ErrRequired)})
		case e.cur == a.Value.cur:
			errs = append(errs, &FieldError{path(), fmt.Errorf("%s is in the value's own currency: %w", e, ErrCurrencyMismatch)})
		default:
			for j := range i {
				if a.Equivalents[j].cur == e.cur {
					errs = append(errs, &FieldError{path(), fmt.Errorf("a second equivalent in %s: %w", e.cur, ErrInvalid)})
					break
				}
			}
		}
	}
	return errors.Join(errs...)
}

// ImpliedRates returns the exchange rate each equivalent implies, from the
// value's currency to the equivalent's: "more than US$10,000 (S$13,700)"
// implies 1 USD = 1.37 SGD. An equivalent that implies no rate (a zero or
// opposite-signed amount) is left out.
func (a ReportedAmount) ImpliedRates() []Rate {
	var rates []Rate
	for _, e := range a.Equivalents {
		if r, err := ImpliedRate(a.Value, e); err == nil {
			rates = append(rates, r)
		}
	}
	return rates
}

// String returns the canonical text: the hedge in words, the value and the
// equivalents in the canonical form of [Money.String]: "more than USD
// 10000.00 (SGD 13700.00)", "about THB 1200000.00 (USD 34000.00; SGD
// 46000.00)", "up to MYR 6300.00". [ParseReportedAmount] reads it back.
func (a ReportedAmount) String() string {
	return a.text(func(m Money) string { return m.String() })
}

// Format returns a the way a person reads it in language t, the amounts
// written by [Money.Format]: "more than US$10,000.00 (S$13,700.00)".
func (a ReportedAmount) Format(t language.Tag) string {
	return a.text(func(m Money) string { return m.Format(t) })
}

func (a ReportedAmount) text(money func(Money) string) string {
	if a.IsZero() {
		return ""
	}
	var b strings.Builder
	if w := a.Qualifier.words(true); w != "" {
		b.WriteString(w)
		b.WriteByte(' ')
	}
	b.WriteString(money(a.Value))
	for i, e := range a.Equivalents {
		if i == 0 {
			b.WriteString(" (")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(money(e))
	}
	if len(a.Equivalents) > 0 {
		b.WriteByte(')')
	}
	return b.String()
}

// MarshalText returns the canonical text of [ReportedAmount.String].
func (a ReportedAmount) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText parses text with [ParseReportedAmount]; empty text gives
// the zero ReportedAmount.
func (a *ReportedAmount) UnmarshalText(b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		*a = ReportedAmount{}
		return nil
	}
	v, err := ParseReportedAmount(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// MarshalJSON encodes a as an object:
// {"value":{"amount":"10000.00","currency":"USD"},"qualifier":"at-least","equivalents":[…]}.
// The zero ReportedAmount encodes as null.
func (a ReportedAmount) MarshalJSON() ([]byte, error) {
	if a.IsZero() {
		return []byte("null"), nil
	}
	type plain ReportedAmount // without the methods, so no recursion
	return json.Marshal(plain(a))
}

// UnmarshalJSON decodes the form of [ReportedAmount.MarshalJSON] (or the
// canonical text as a JSON string) and validates it.
func (a *ReportedAmount) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case string(b) == "null":
		*a = ReportedAmount{}
		return nil
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		return a.UnmarshalText([]byte(s))
	}
	type plain ReportedAmount
	var v plain
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return fmt.Errorf("rescue: reported amount: %w", err)
	}
	if err := ReportedAmount(v).Validate(); err != nil {
		return fmt.Errorf("rescue: reported amount: %w", err)
	}
	*a = ReportedAmount(v)
	return nil
}

// Scan implements [database/sql.Scanner] with the canonical text.
// ReportedAmount cannot also be a [database/sql/driver.Valuer]: the method
// would be called Value, the name of its field. Store
// [ReportedAmount.MarshalText] instead.
func (a *ReportedAmount) Scan(src any) error { return scanText(src, "ReportedAmount", a.UnmarshalText) }
