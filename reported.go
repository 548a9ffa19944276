package rescue

import (
	"database/sql/driver"
	"errors"
	"strconv"
	"strings"

	"github.com/antitrafficking/rescue/internal/number"
	"golang.org/x/text/language"
)

// ReportedAmount is an amount as a report gave it: the figure, or a closed
// range of figures ("25,000 to 50,000 baht"); how it was hedged ("more
// than US$10,000"); and the equivalents in other currencies that the
// report gave alongside it, each with its own hedge and range ("(around
// RM157,000)"). It keeps what was reported and never makes it more precise
// than it was.
//
// A range has Max above Amount in the same currency and the qualifier
// Exact or About; an amount that is not a range has the zero Max. An
// equivalent has no equivalents of its own.
//
// The zero value is "no amount recorded". The canonical text, which is
// also the JSON form, is written by [ReportedAmount.String]:
// "more than USD 10000.00 (about SGD 13700.00)", "THB 25000.00 to
// 50000.00", "VND 61000000 to 130000000 (USD 2500.00 to 5300.00)".
type ReportedAmount struct {
	Amount      Money            // the figure; for a range, its lower end
	Max         Money            // the upper end of a range; the zero Money otherwise
	Qualifier   Qualifier        // how the true amount relates to the figure
	Equivalents []ReportedAmount // the same sum in other currencies, as reported
}

// maxReportedText bounds the text of a reported amount with its
// equivalents.
const maxReportedText = 256

// maxEquivalents bounds the equivalents ParseReportedAmount reads; the
// 256-byte bound allows no more anyway.
const maxEquivalents = 32

// ParseReportedAmount parses an amount with its hedge, its range and its
// equivalents the way reports write them: "more than US$10,000
// (S$13,700)", "about 1.2 million baht (US$34,000)", "nearly RM6,300",
// "S$500,000 or more", "25,000 to 50,000 baht", "between RM15,000 and
// RM60,000", "VND61-130 million (US$2,500-5,300)", "Tk 8-9 lakh", "Rp 2
// juta sampai dengan Rp 8 juta", "hingga Rp7 juta", and the canonical text
// of [ReportedAmount.String].
//
//   - Each amount takes every form [ParseMoney] reads, under the same
//     rules: an ambiguous sign, word or separator is an error.
//   - The hedge words are those of [ParseQualifier] before the amount, or
//     "+", "or more", "or so" after it; a vague plural ("millions of
//     dollars", "several million baht") is a lower bound, "at least", and
//     under an upper bound ("up to several million baht") gives no figure:
//     refused. A lower and an upper bound on one amount ("less than over
//     US$1 million") are refused as contradictory.
//   - A range joins two amounts with "to", a dash, "between … and",
//     "from … to", or the report languages' words ("sampai dengan",
//     "hingga", "hanggang"); the currency may stand on either end or both
//     ("US$1,000 to $2,000": the "$" is the US dollar), and a scale word on
//     the upper end alone applies to both ("VND61-130 million"). A hedge on
//     a range keeps its side of it: "about 20,000-30,000 baht" is about THB
//     20000.00 to 30000.00, "more than …" a lower bound on the lower end,
//     "up to …" an upper bound on the upper end. A lower end that may be
//     written short ("2-300,000 baht": 2 or 200,000; "RM800-1.2 million":
//     800 or 800,000, where the scale shared would make the range fall) is
//     refused as ambiguous, as [ParseCount] refuses "20-30,000".
//   - Equivalents stand in parentheses or brackets after the amount,
//     several of them separated by ";", ", " or "or": "(US$34,000;
//     S$46,000)". Each keeps its own hedge and range: "US$10,000 (around
//     RM157,000)" is "USD 10000.00 (about MYR 157000.00)".
//
// The result must pass [ReportedAmount.Validate]. Errors are
// [*ParseError]s that quote the input; an ambiguous sign or word wraps
// [ErrAmbiguousCurrency], an ambiguous separator [ErrAmbiguous].
func ParseReportedAmount(s string) (ReportedAmount, error) {
	return parseReported(s, moneyContext{fn: "ParseReportedAmount"})
}

// ParseReportedAmountIn is [ParseReportedAmount] for text written in
// language t, which settles ambiguous signs, words, separators and "mil"
// as [ParseMoneyIn] does: "P2 million" in en-PH is PHP 2000000.00.
func ParseReportedAmountIn(s string, t language.Tag) (ReportedAmount, error) {
	return parseReported(s, contextOf("ParseReportedAmountIn", t))
}

// MustParseReportedAmount is like [ParseReportedAmount] but panics on
// error. It is for tests and hard-coded amounts, which it reads first as
// the canonical text [ReportedAmount.UnmarshalText] reads, as
// [MustParseMoney] does.
func MustParseReportedAmount(s string) ReportedAmount {
	if a, err := parseCanonicalReported("MustParseReportedAmount", s); err == nil && s != "" {
		return a
	}
	a, err := ParseReportedAmount(s)
	if err != nil {
		panic(err)
	}
	return a
}

func parseReported(s string, ctx moneyContext) (ReportedAmount, error) {
	fn := ctx.fn
	if len(s) > 4*maxReportedText { // bound before trimming: padding is input too
		return ReportedAmount{}, parseError(fn, s, "longer than 1024 bytes", ErrRange)
	}
	t, msg, err := checkMoneyText(s)
	if err != nil {
		return ReportedAmount{}, parseError(fn, s, msg, err)
	}
	// The canonical text, whose dots are decimal marks, is read as such.
	if a, ok := scanCanonicalReported(t, ctx.canonical()); ok && a.Validate() == nil {
		return a, nil
	}
	main, inside, errMsg := cutParens(t)
	if errMsg != "" {
		return ReportedAmount{}, parseError(fn, s, errMsg, ErrSyntax)
	}
	a, msg, err := scanReported(main, ctx)
	if err != nil {
		return ReportedAmount{}, reportedError(fn, s, "", msg, err)
	}
	for _, group := range inside {
		for _, part := range splitEquivalents(group) {
			if len(a.Equivalents) == maxEquivalents {
				return ReportedAmount{}, parseError(fn, s, "too many equivalents", ErrRange)
			}
			e, msg, err := scanReported(part, ctx)
			if err != nil {
				return ReportedAmount{}, reportedError(fn, s, part, msg, err)
			}
			a.Equivalents = append(a.Equivalents, e)
		}
	}
	if err := a.Validate(); err != nil {
		return ReportedAmount{}, parseError(fn, s, "", err)
	}
	return a, nil
}

func reportedError(fn, s, part, msg string, err error) error {
	if _, ok := err.(*AmbiguousCurrencyError); ok || msg == "" {
		return parseError(fn, s, "", err)
	}
	if part != "" {
		msg = "equivalent " + quoteInput(strings.TrimSpace(part)) + ": " + msg
	}
	return parseError(fn, s, msg, err)
}

// scanReported reads one amount or range with its hedges (no equivalents).
func scanReported(s string, ctx moneyContext) (ReportedAmount, string, error) {
	h, rest, _ := cutHedges(strings.TrimFunc(s, isSpaceRune))
	if q2, r, ok := cutQualifierSuffix(rest); ok {
		h.add(q2)
		rest = r
	}
	// "200+ USD", "5k+ baht": a plus sign right after the number.
	if i := strings.IndexByte(rest, '+'); i > 0 && (isDigit(rest[i-1]) || isLetter(rest[i-1])) {
		h.add(AtLeast)
		rest = rest[:i] + rest[i+1:]
	}
	if h.contradictory() {
		return ReportedAmount{}, contradictoryMsg, ErrSyntax
	}
	q := h.q
	rest = strings.TrimFunc(rest, isSpaceRune)
	if rest == "" {
		return ReportedAmount{}, "no amount", ErrSyntax
	}
	between := false
	if r, ok := cutWordFold(rest, "between"); ok {
		rest, between = r, true
	} else if r, ok := cutWordFold(rest, "from"); ok {
		rest = r
	}
	var ends [2]moneyEnd
	n := 1
	if lo, hi, ok := splitMoneyRange(rest, between); ok {
		var msg string
		var err error
		if ends[0], msg, err = scanMoneyEnd(lo, ctx); err != nil {
			return ReportedAmount{}, msg, err
		}
		if ends[1], msg, err = scanMoneyEnd(hi, ctx); err != nil {
			return ReportedAmount{}, msg, err
		}
		if number.ShortRange(ends[0].x, ends[1].x) {
			return ReportedAmount{}, shortRangeMsg, ErrAmbiguous
		}
		if number.UnsharedScale(ends[0].x, ends[1].x) {
			return ReportedAmount{}, unsharedScaleMsg, ErrAmbiguous
		}
		ends[0].x = shareScale(ends[0].x, ends[1].x)
		n = 2
	} else if between {
		return ReportedAmount{}, "no range after between", ErrSyntax
	} else {
		var msg string
		var err error
		if ends[0], msg, err = scanMoneyEnd(rest, ctx); err != nil {
			return ReportedAmount{}, msg, err
		}
	}
	var amounts [2]moneyAmount
	if msg, err := resolveMoney(amounts[:n], ends[:n], ctx); err != nil {
		return ReportedAmount{}, msg, err
	}
	lo := amounts[0]
	if n == 1 {
		switch {
		case lo.vague: // keep the lower bound
			if q.upper() {
				return ReportedAmount{}, vagueUnderBoundMsg, ErrSyntax
			}
			q = AtLeast
		case lo.couple:
			q = combineQualifier(q, About)
		}
		return ReportedAmount{Amount: lo.m, Qualifier: q}, "", nil
	}
	hi := amounts[1]
	if lo.vague || lo.couple || hi.vague || hi.couple {
		return ReportedAmount{}, "a vague amount in a range", ErrSyntax
	}
	if cmpAmount(lo.m, hi.m) >= 0 {
		return ReportedAmount{}, "range does not rise", ErrSyntax
	}
	switch {
	case q.lower():
		return ReportedAmount{Amount: lo.m, Qualifier: q}, "", nil
	case q.upper(), q == Exact && lo.m.IsZeroAmount():
		if q == Exact {
			q = AtMost // "0 to 5" is "up to 5"
		}
		return ReportedAmount{Amount: hi.m, Qualifier: q}, "", nil
	}
	return ReportedAmount{Amount: lo.m, Max: hi.m, Qualifier: q}, "", nil
}

// cutWordFold removes the word w (any case) and the spaces after it from
// the start of s.
func cutWordFold(s, w string) (string, bool) {
	if len(s) <= len(w) || !strings.EqualFold(s[:len(w)], w) || !isSpaceRuneByte(s[len(w)]) {
		return s, false
	}
	return strings.TrimLeftFunc(s[len(w):], isSpaceRune), true
}

func isSpaceRuneByte(c byte) bool { return c == ' ' || c == '\t' || c >= 0x80 }

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

// IsRange reports whether a is a closed range of amounts.
func (a ReportedAmount) IsRange() bool { return !a.Max.IsZero() }

// IsZero reports whether a is the zero ReportedAmount: nothing recorded.
func (a ReportedAmount) IsZero() bool {
	return a.Amount.IsZero() && a.Max.IsZero() && a.Qualifier == Exact && len(a.Equivalents) == 0
}

// Equal reports whether a and b hold equal amounts, ranges and qualifiers
// and equal equivalents in the same order.
func (a ReportedAmount) Equal(b ReportedAmount) bool {
	if !a.Amount.Equal(b.Amount) || !a.Max.Equal(b.Max) || a.Qualifier != b.Qualifier || len(a.Equivalents) != len(b.Equivalents) {
		return false
	}
	for i := range a.Equivalents {
		if !a.Equivalents[i].Equal(b.Equivalents[i]) {
			return false
		}
	}
	return true
}

// Validate reports every problem with a, up to 1,000 of them (past that it
// says how many more, as [MoreErrors]): an unknown qualifier; a qualifier,
// range or equivalents with no amount; a range whose upper end is in
// another currency or not above the lower end, or whose qualifier is a
// bound; an upper bound that allows no amount ("less than USD 0.00", "up
// to USD -5.00"); an equivalent with no currency, in the amount's own
// currency, in the currency of an earlier equivalent, of 0 for an amount
// that is not 0 or the other way round (an equivalent is the same sum),
// with equivalents of its own, or with a problem of its own. The zero
// ReportedAmount is valid (nothing recorded). Each problem is a
// [*FieldError] ("equivalents[1].max: …").
func (a ReportedAmount) Validate() error {
	var v reportedValidator
	a.validate(&v, "", true)
	if v.dropped > 0 {
		v.errs = append(v.errs, &MoreErrors{N: v.dropped})
	}
	return errors.Join(v.errs...)
}

// reportedValidator collects problems up to maxFieldErrors.
type reportedValidator struct {
	errs    []error
	dropped int
}

func (v *reportedValidator) add(path func() string, field string, msg string, sentinel error) {
	if len(v.errs) >= maxFieldErrors {
		v.dropped++
		return
	}
	p := path()
	if field != "" {
		if p != "" {
			p += "."
		}
		p += field
	}
	var err error = sentinel
	if msg != "" {
		err = &wrapped{msg, sentinel}
	}
	v.errs = append(v.errs, &FieldError{Path: p, Err: err})
}

// wrapped is an error message that wraps a sentinel, without fmt.
type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

func (a ReportedAmount) validate(v *reportedValidator, prefix string, top bool) {
	path := func() string { return prefix }
	if !a.Qualifier.IsValid() {
		v.add(path, "qualifier", a.Qualifier.String(), ErrInvalid)
	}
	if !a.Amount.IsValid() && !a.IsZero() {
		v.add(path, "amount", "no currency", ErrRequired)
	}
	if msg := a.boundProblem(); msg != "" {
		v.add(path, "amount", msg, ErrInvalid)
	}
	if !a.Max.IsZero() {
		switch {
		case a.Max.cur != a.Amount.cur:
			v.add(path, "max", "not in the amount's currency", ErrCurrencyMismatch)
		case cmpAmount(a.Max, a.Amount) <= 0:
			v.add(path, "max", "a range must rise", ErrInvalid)
		case a.Qualifier == Exact && a.Amount.IsZeroAmount():
			v.add(path, "amount", `an exact range starts above 0 ("0 to 5" is "up to 5")`, ErrInvalid)
		}
		if a.Qualifier != Exact && a.Qualifier != About {
			v.add(path, "qualifier", "a range is exact or about", ErrInvalid)
		}
	}
	if !top && len(a.Equivalents) > 0 {
		v.add(path, "equivalents", "an equivalent has no equivalents of its own", ErrInvalid)
		return
	}
	// seen marks the currencies of the equivalents so far, so that a
	// million equivalents are checked in one pass.
	var seen [(len(currencies) + 63) / 64]uint64
	for i := range a.Equivalents {
		e := &a.Equivalents[i]
		epath := func() string { return "equivalents[" + strconv.Itoa(i) + "]" }
		c := e.Amount.cur
		switch {
		case !e.Amount.IsValid():
			v.add(epath, "", "no currency", ErrRequired)
			continue
		case c == a.Amount.cur:
			v.add(epath, "", "in the amount's own currency", ErrCurrencyMismatch)
		case seen[c.idx/64]&(1<<(c.idx%64)) != 0:
			v.add(epath, "", "a second equivalent in "+c.String(), ErrInvalid)
		case e.onlyZero() && !a.onlyZero():
			v.add(epath, "", "0 where the amount is not (an equivalent is the same sum)", ErrInvalid)
		case a.onlyZero() && !e.onlyZero():
			v.add(epath, "", "not 0 where the amount is 0 (an equivalent is the same sum)", ErrInvalid)
		}
		seen[c.idx/64] |= 1 << (c.idx % 64)
		if len(e.Equivalents) > 0 || !e.Qualifier.IsValid() || !e.Max.IsZero() || e.boundProblem() != "" {
			if len(v.errs) >= maxFieldErrors {
				v.dropped++
				continue
			}
			e.validate(v, epath(), false)
		}
	}
}

// boundProblem says what is wrong with an upper bound that allows no
// amount, as [ReportedAmount.Add] reads bounds (an amount under a bound is
// never below 0): "less than USD 0.00", "up to USD -5.00". It returns ""
// for any other amount.
func (a ReportedAmount) boundProblem() string {
	switch {
	case a.Qualifier == LessThan && a.Amount.Sign() == 0:
		return "less than 0 is no amount"
	case (a.Qualifier == LessThan || a.Qualifier == AtMost) && a.Amount.Sign() < 0:
		return "an upper bound below 0 is no amount"
	}
	return ""
}

// onlyZero reports whether a states an amount of 0: "USD 0.00", "up to
// USD 0.00", "about USD 0.00".
func (a ReportedAmount) onlyZero() bool {
	return a.Amount.IsZeroAmount() && !a.IsRange() && (a.Qualifier == Exact || a.Qualifier == AtMost || a.Qualifier == About)
}

// ImpliedRates returns the exchange rate each equivalent implies, from the
// amount's currency to the equivalent's: "more than US$10,000 (S$13,700)"
// implies 1 USD = 1.37 SGD. Only a single figure and a single equivalent
// imply a rate; a range, or an equivalent that implies no rate (a zero or
// opposite-signed amount), is left out.
func (a ReportedAmount) ImpliedRates() []Rate {
	if a.IsRange() {
		return nil
	}
	var rates []Rate
	for _, e := range a.Equivalents {
		if e.IsRange() {
			continue
		}
		if r, err := ImpliedRate(a.Amount, e.Amount); err == nil {
			rates = append(rates, r)
		}
	}
	return rates
}

// String returns the canonical text: the hedge in words, the amount in the
// canonical form of [Money.String], the upper end of a range as a number,
// and the equivalents in parentheses, separated by "; ": "more than USD
// 10000.00 (about SGD 13700.00)", "THB 25000.00 to 50000.00", "up to MYR
// 6300.00", "VND 61000000 to 130000000 (USD 2500.00 to 5300.00)".
// [ReportedAmount.UnmarshalText] and [MustParseReportedAmount] read it
// back, and so does [ParseReportedAmount] but for an amount whose dot it
// cannot tell from a group separator, as [Money.String] says. The zero
// ReportedAmount is "".
func (a ReportedAmount) String() string {
	if a.IsZero() {
		return ""
	}
	var buf [64]byte
	return string(a.appendText(buf[:0]))
}

func (a ReportedAmount) appendText(b []byte) []byte {
	b = a.appendOne(b)
	for i, e := range a.Equivalents {
		if i == 0 {
			b = append(b, " ("...)
		} else {
			b = append(b, "; "...)
		}
		b = e.appendOne(b)
	}
	if len(a.Equivalents) > 0 {
		b = append(b, ')')
	}
	return b
}

func (a ReportedAmount) appendOne(b []byte) []byte {
	if w := a.Qualifier.words(true); w != "" {
		b = append(b, w...)
		b = append(b, ' ')
	} else if !a.Qualifier.IsValid() {
		b = append(b, a.Qualifier.String()...)
		b = append(b, ' ')
	}
	b = a.Amount.appendText(b)
	if !a.Max.IsZero() {
		b = append(b, " to "...)
		b = appendAmount(b, a.Max, a.Max.cur.Digits())
	}
	return b
}

// Format returns a the way a person reads it in language t, the amounts
// written by [Money.Format]: "more than US$10,000.00 (about
// S$13,700.00)", "฿25,000.00 to ฿50,000.00".
func (a ReportedAmount) Format(t language.Tag) string {
	if a.IsZero() {
		return ""
	}
	st := numberStyleFor(t)
	var buf [128]byte
	b := a.appendFormatOne(buf[:0], st)
	for i, e := range a.Equivalents {
		if i == 0 {
			b = append(b, " ("...)
		} else {
			b = append(b, "; "...)
		}
		b = e.appendFormatOne(b, st)
	}
	if len(a.Equivalents) > 0 {
		b = append(b, ')')
	}
	return string(b)
}

func (a ReportedAmount) appendFormatOne(b []byte, st numberStyle) []byte {
	if w := a.Qualifier.words(true); w != "" {
		b = append(b, w...)
		b = append(b, ' ')
	}
	if a.Amount.IsValid() {
		b = a.Amount.appendFormat(b, st)
	}
	if !a.Max.IsZero() {
		b = append(b, " to "...)
		if a.Max.IsValid() {
			b = a.Max.appendFormat(b, st)
		}
	}
	return b
}

// AppendText implements [encoding.TextAppender] with the canonical text.
// An invalid ReportedAmount is an error (see [ReportedAmount.Validate]),
// so that nothing unreadable is written.
func (a ReportedAmount) AppendText(b []byte) ([]byte, error) {
	if err := a.Validate(); err != nil {
		return b, err
	}
	if a.IsZero() {
		return b, nil
	}
	return a.appendText(b), nil
}

// MarshalText returns the canonical text of [ReportedAmount.String]. It is
// also the JSON form: a string, "" for the zero ReportedAmount.
func (a ReportedAmount) MarshalText() ([]byte, error) { return a.AppendText(nil) }

// UnmarshalText reads the canonical text of [ReportedAmount.String]
// strictly (its currency codes in any case, each amount as
// [Money.UnmarshalText] reads it); empty text gives the zero
// ReportedAmount. Report prose ("more than US$10,000") is for
// [ParseReportedAmount]; the error says what its canonical text would be.
func (a *ReportedAmount) UnmarshalText(b []byte) error {
	v, err := parseCanonicalReported("ReportedAmount.UnmarshalText", string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// UnmarshalJSON reads the JSON string of the canonical text strictly, as
// [ReportedAmount.UnmarshalText] does; JSON null leaves a unchanged.
func (a *ReportedAmount) UnmarshalJSON(b []byte) error {
	const fn = "ReportedAmount.UnmarshalJSON"
	s, null, err := jsonString(fn, b, `"more than USD 10000.00 (about SGD 13700.00)"`)
	if err != nil || null {
		return err
	}
	v, err := parseCanonicalReported(fn, s)
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// Scan implements [database/sql.Scanner] with the canonical text, read as
// [ReportedAmount.UnmarshalText] does; NULL gives the zero ReportedAmount.
func (a *ReportedAmount) Scan(src any) error { return scanText(src, "ReportedAmount", a.UnmarshalText) }

// Value implements [database/sql/driver.Valuer] with the canonical text;
// the zero ReportedAmount is NULL. An invalid one is an error.
func (a ReportedAmount) Value() (driver.Value, error) {
	if a.IsZero() {
		return nil, nil
	}
	b, err := a.MarshalText()
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// parseCanonicalReported reads the canonical text for the strict decoders.
func parseCanonicalReported(fn, s string) (ReportedAmount, error) {
	if s == "" {
		return ReportedAmount{}, nil
	}
	if len(s) > maxReportedText {
		return ReportedAmount{}, parseError(fn, s, "longer than 256 bytes", ErrRange)
	}
	a, ok := scanCanonicalReported(s, canonicalStrict)
	if ok {
		if err := a.Validate(); err != nil {
			return ReportedAmount{}, parseError(fn, s, "", err)
		}
		return a, nil
	}
	msg := "not a reported amount in canonical form"
	if v, err := ParseReportedAmount(s); err == nil {
		msg = suggest(msg, v.String())
	}
	return ReportedAmount{}, parseError(fn, s, msg, ErrSyntax)
}

// scanCanonicalReported reads "ONE[ (ONE[; ONE]…)]" as
// [ReportedAmount.String] writes it, and as far as read takes it (see
// canonicalRead).
func scanCanonicalReported(s string, read canonicalRead) (ReportedAmount, bool) {
	main, inside, hasParens := strings.Cut(s, " (")
	a, ok := scanCanonicalOne(main, read)
	if !ok {
		return ReportedAmount{}, false
	}
	if !hasParens {
		return a, true
	}
	inside, ok = strings.CutSuffix(inside, ")")
	if !ok {
		return ReportedAmount{}, false
	}
	for _, part := range strings.Split(inside, "; ") {
		if len(a.Equivalents) == maxEquivalents {
			return ReportedAmount{}, false
		}
		e, ok := scanCanonicalOne(part, read)
		if !ok {
			return ReportedAmount{}, false
		}
		a.Equivalents = append(a.Equivalents, e)
	}
	return a, true
}

// scanCanonicalOne reads "[words ]CUR AMOUNT[ to AMOUNT]".
func scanCanonicalOne(s string, read canonicalRead) (ReportedAmount, bool) {
	var a ReportedAmount
	for q := AtLeast; q <= About; q++ {
		if w := q.words(true); len(s) > len(w) && s[len(w)] == ' ' && strings.EqualFold(s[:len(w)], w) {
			a.Qualifier, s = q, s[len(w)+1:]
			break
		}
	}
	code, rest, ok := strings.Cut(s, " ")
	if !ok {
		return ReportedAmount{}, false
	}
	c, ok := lookupCurrency(code)
	if !ok {
		return ReportedAmount{}, false
	}
	lo, hi, isRange := strings.Cut(rest, " to ")
	amount := func(t string) (Money, bool) {
		if v, frac, ok := plainInline(t); ok {
			if !canonicalAmount(t, frac, c.Digits(), read) {
				return Money{}, false
			}
			return Money{coef: v, exp: -int32(frac), cur: c}, true
		}
		d, err := parsePlainDecimal("", t)
		if _, frac, _ := strings.Cut(t, "."); err != nil || !canonicalAmount(t, len(frac), c.Digits(), read) {
			return Money{}, false
		}
		return moneyOf(d, c), true
	}
	if a.Amount, ok = amount(lo); !ok {
		return ReportedAmount{}, false
	}
	if isRange {
		if a.Max, ok = amount(hi); !ok {
			return ReportedAmount{}, false
		}
	}
	return a, true
}
