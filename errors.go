package rescue

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Sentinel errors. Every error the package returns wraps one of these (or is
// a [*ParseError] or [*FieldError] that does), so callers can branch with
// [errors.Is] and never need to match message text.
var (
	// ErrSyntax reports input that a parser cannot read at all.
	ErrSyntax = errors.New("invalid syntax")
	// ErrRange reports a value too large, too long or too precise to hold exactly.
	ErrRange = errors.New("out of range")
	// ErrUnknownCurrency reports a currency code, symbol or word that names no
	// active ISO 4217 currency.
	ErrUnknownCurrency = errors.New("unknown currency")
	// ErrAmbiguousCurrency reports a symbol or word ("$", "pesos") that names
	// more than one currency; the error lists the candidates.
	ErrAmbiguousCurrency = errors.New("ambiguous currency")
	// ErrCurrencyMismatch reports arithmetic, comparison or conversion across
	// two different currencies.
	ErrCurrencyMismatch = errors.New("currency mismatch")
	// ErrUnknownCountry reports a code or name that names no country.
	ErrUnknownCountry = errors.New("unknown country")
	// ErrNotCountry reports a code that is assigned, but to a grouping of
	// countries (a region, an organisation, a withdrawn code that split)
	// rather than to one country or nationality.
	ErrNotCountry = errors.New("not a country")
	// ErrAmbiguous reports text with more than one reading and nothing to
	// decide between them: a name (a demonym such as "Congolese") shared by
	// more than one country, or a number whose separator may group
	// thousands or mark decimals ("1.500"). The error gives the readings.
	ErrAmbiguous = errors.New("ambiguous")

	// ErrRequired reports a field that must be recorded but is not.
	ErrRequired = errors.New("required")
	// ErrInvalid reports a field whose value is not valid.
	ErrInvalid = errors.New("invalid")
	// ErrDuplicateID reports an ID used twice within one operation.
	ErrDuplicateID = errors.New("duplicate ID")
	// ErrNegative reports an amount or quantity below zero.
	ErrNegative = errors.New("negative")
	// ErrOutOfOrder reports dates or events in an impossible order.
	ErrOutOfOrder = errors.New("out of order")
	// ErrUnknownReference reports an ID that refers to nothing in the operation.
	ErrUnknownReference = errors.New("unknown reference")
)

// maxQuoted is how much of a bad input a [ParseError] quotes: enough to
// recognise it, never enough to turn a 100 MB input into a 100 MB message.
const maxQuoted = 64

// ParseError reports input that one of the package's parsers rejected. It
// quotes the input (at most 64 bytes of it) and says what was wrong; Unwrap
// gives the reason's sentinel ([ErrSyntax], [ErrUnknownCurrency], …).
//
// Parsers only ever see codes, amounts, counts and dates, never names of
// people, so quoting the input cannot leak personal data.
type ParseError struct {
	Func  string // the parser, such as "ParseMoney"
	Input string // the input as given (possibly long: Error truncates it)
	Msg   string // what was wrong, if more than the sentinel says
	Err   error  // the reason: a sentinel of this package
}

// Error returns `ParseMoney("US$10,000 and 5"): two numbers: invalid syntax`.
func (e *ParseError) Error() string {
	if e == nil {
		return "<nil>"
	}
	var b strings.Builder
	b.WriteString(e.Func)
	b.WriteByte('(')
	b.WriteString(quoteInput(e.Input))
	b.WriteString("): ")
	e.writeReason(&b)
	return b.String()
}

// writeReason writes what was wrong: the message and the sentinel.
func (e *ParseError) writeReason(b *strings.Builder) {
	if e.Msg != "" {
		b.WriteString(e.Msg)
		if e.Err != nil {
			b.WriteString(": ")
		}
	}
	switch {
	case e.Err != nil:
		// A joined error (several validation problems) prints on one line.
		b.WriteString(strings.ReplaceAll(e.Err.Error(), "\n", "; "))
	case e.Msg == "":
		b.WriteString(ErrInvalid.Error())
	}
}

// Unwrap returns the sentinel that says why the input was rejected.
func (e *ParseError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// errDetail prints err for use inside an error that already carries a
// path ([FieldError], a decoder's JSON path, a table's row and column): a
// [*ParseError] without the name of its parser, `"Malaysian" is not a
// nationality code (did you mean "MY"?): invalid` or `"30 to 20": a range
// must rise: invalid`; any other error as its Error text, joined errors
// on one line. A message that starts with "is " reads on from the quoted
// input; any other follows a colon.
func errDetail(err error) string {
	var pe *ParseError
	if err == nil {
		return ""
	}
	if !errors.As(err, &pe) || pe == nil || pe != err {
		return strings.ReplaceAll(err.Error(), "\n", "; ")
	}
	var b strings.Builder
	b.WriteString(quoteInput(pe.Input))
	if strings.HasPrefix(pe.Msg, "is ") {
		b.WriteByte(' ')
	} else {
		b.WriteString(": ")
	}
	pe.writeReason(&b)
	return b.String()
}

// quoteInput quotes s for an error message, cut to maxQuoted bytes on a rune
// boundary, with the length said when it was cut.
func quoteInput(s string) string {
	if len(s) <= maxQuoted {
		return strconv.Quote(s)
	}
	cut := maxQuoted
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]) + "… (" + strconv.Itoa(len(s)) + " bytes)"
}

func parseError(fn, input, msg string, err error) error {
	return &ParseError{Func: fn, Input: input, Msg: msg, Err: err}
}

// FieldError reports one problem with one field of a value being validated.
// Path names the field by its JSON names, such as "victims[3].nationality"
// or "evidence[0].custody[2].at"; Err says what is wrong and wraps one of
// the package's sentinels, so [errors.Is] works through it.
//
// Validation never puts a person's name into a FieldError.
type FieldError struct {
	Path string
	Err  error
}

// Error returns "victims[3].nationality: …". A value's parse error inside
// it is printed without its parser's name (see [ParseError]). A FieldError
// with no Err says "invalid"; a nil one, "<nil>".
func (e *FieldError) Error() string {
	if e == nil {
		return "<nil>"
	}
	reason := ErrInvalid.Error()
	if e.Err != nil {
		reason = errDetail(e.Err)
	}
	if e.Path == "" {
		return reason
	}
	return e.Path + ": " + reason
}

// Unwrap returns the reason.
func (e *FieldError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// withArticle returns word after "a" or "an", as its first letter asks:
// `an EvidenceKind code`, `a Gender code`. The words it is given are the
// names of the package's types and of HTCDS's columns, English words in
// which an initial vowel letter is sounded as a vowel.
func withArticle(word string) string {
	if word != "" && strings.IndexByte("AEIOUaeiou", word[0]) >= 0 {
		return "an " + word
	}
	return "a " + word
}

// suggest appends the canonical form a prose parser found to msg:
// `not a count (did you mean "at least 12"?)`.
func suggest(msg, canonical string) string {
	return msg + " (did you mean " + strconv.Quote(canonical) + "?)"
}
