package rescue

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/antitrafficking/rescue/internal/number"
)

// maxMoneyText bounds the text of one amount, in characters (a group
// separator may take three bytes: "1’234"). Real amounts are short; the
// bound keeps parsing cheap whatever a caller passes.
const maxMoneyText = 64

// maxMoneyPadded bounds the text with the space around it.
const maxMoneyPadded = 4 * maxMoneyText

// ParseMoney parses an amount the way reports and case files write it, and
// the canonical text of [Money.String]:
//
//   - an ISO code before or after the number, with or without a space, in
//     any case: "USD 10,000", "USD10,000", "10,000 USD", "10000.50 usd";
//   - a sign that names one currency, before (or after) the number:
//     "US$10,000", "S$13,700", "RM1.5 million", "NT$3,000", "S/ 5,000",
//     "€2.5m", "£6.50", "JP¥500", "Rp 150,000", "₱1,000";
//   - a whole amount in words before currency words: "five million baht";
//   - currency words after the number: "30.9 million baht", "5,000 US
//     dollars", "2 lakh Indian rupees", "1.2 billion yen", "300 ringgit";
//   - the number as the package's one number reader reads it for every
//     type: grouping by commas, dots, apostrophes or spaces (1,500,000,
//     1.500.000, 1'500, 2 098), Indian grouping (1,50,000), a decimal mark,
//     and scale words and abbreviations spaced, glued or hyphenated (1.5
//     million, 1.5m, 2bn, 1.5 mln, 13.7k, 2 lakh, 1.2 crore, P2-million,
//     Rp 2 juta, 3 miliar, 50 ribu, P3 milyon, 3億円).
//
// The parser never guesses. A sign or word that names several currencies
// ("$", "¥", "pesos", "lira", "Rs", "kr") is an error wrapping
// [ErrAmbiguousCurrency] (an [*AmbiguousCurrencyError] listing the
// candidates). A number whose only separator is a dot followed by exactly
// three digits ("Rp 150.000", "US$1.500") groups thousands in Indonesian,
// Portuguese and most of Europe but marks decimals in English: it is an
// error wrapping [ErrAmbiguous] that gives both readings, except in a
// currency with three minor units (KWD, BHD, OMR, JOD, TND, LYD, IQD),
// where it is a decimal ("KWD 1.500" is a dinar and a half, as
// [Money.String] writes it). "mil" is a thousand where every user of the
// currency speaks Spanish or Portuguese and a million where none does;
// otherwise ambiguous. [ParseMoneyIn] settles these from the text's
// language and region.
//
// Hedged amounts and ranges ("more than US$10,000", "25,000 to 50,000
// baht") are for [ParseReportedAmount]. Every other problem — empty input,
// no number, two numbers, an unknown sign, an exponent, a decimal point
// with no digit before it ("US$.50", refused rather than read as the
// "US$." of fifty dollars), more than 64 bytes
// (256 with the space around them), more than 30 significant digits — is a
// [*ParseError] that quotes the input; being too long or too precise wraps
// [ErrRange].
func ParseMoney(s string) (Money, error) {
	if m, ok := parseCanonicalFast(s, canonicalProse); ok { // the stored form, read first
		return m, nil
	}
	return parseMoney(s, moneyContext{fn: "ParseMoney"})
}

// ParseMoneyIn is [ParseMoney] for text written in language t, which
// settles what the text alone cannot:
//
//   - t's region picks the currency of an ambiguous sign or word when it is
//     one of the candidates: "P2 million" in en-PH is PHP 2000000.00, "Rs
//     2.40 lakh" in en-IN INR 240000.00, "$5,000" in en-US USD and in en-SG
//     SGD (and in en-PH still ambiguous: the peso is no "$"). A "$" or
//     "dollars" that could be the US dollar names another dollar or peso
//     in English text only in Australia, Canada, New Zealand and
//     Singapore, whose press writes "US$" for the US dollar: "$300,000"
//     is MXN in es-MX but ambiguous in en-MX, as in Colombia, Liberia,
//     Hong Kong or Taiwan. "£", elsewhere the pound sterling, is the
//     local pound where one is used (EG, LB, SY, SD, SS, GI, FK, SH):
//     "£5,000" in ar-EG is EGP 5000.00, as "pounds" is; "C$", elsewhere
//     the Canadian dollar, is the córdoba in Nicaragua;
//   - "M" after a number is a miliar (10^9) in Indonesian and a million
//     in English; in rupiah with no language it is ambiguous;
//   - t's language decides the decimal mark, from CLDR's number symbols
//     (through golang.org/x/text): "Rp 150.000" in id-ID is IDR 150000.00,
//     "€ 1.500,50" in de-DE EUR 1500.50, "US$1.50" in en-US USD 1.50. It
//     decides in a currency with three minor units too, and in text of
//     the canonical form: "KWD 1.500" and "1.500 KWD" are KWD 1500.000 in
//     de-DE and KWD 1.500 in en. But a decimal mark before exactly three
//     digits that would give more decimals than the currency has is as
//     likely grouping, as reports mix conventions, whatever made it the
//     mark — the language ("5,000 FCFA" in fr-SN, "USD 10,000" in de-DE,
//     "US$1.500" in en-US, "¥5.000" in ja-JP, "S/ 1.025" in es-PE) or
//     other separators before it ("US$1 000,000", "JPY 1 500,500", in any
//     language or none): it is an error wrapping [ErrAmbiguous] that
//     gives both readings;
//   - "mil" is a thousand in Spanish and Portuguese and a million in
//     English.
//
// Only a region written in t counts ("en" names none). What the text says
// itself wins over t: "1,500.50" has one reading in any language. t =
// [language.Und] is ParseMoney.
func ParseMoneyIn(s string, t language.Tag) (Money, error) {
	return parseMoney(s, contextOf("ParseMoneyIn", t))
}

func parseMoney(s string, ctx moneyContext) (Money, error) {
	if len(s) > maxMoneyPadded {
		// Bounded before trimming: 100 MB of spaces around "USD 5" is
		// refused unread, not scanned for seconds and accepted.
		return Money{}, parseError(ctx.fn, s, "longer than 256 bytes", ErrRange)
	}
	if m, ok := parseCanonicalFast(s, ctx.canonical()); ok {
		return m, nil
	}
	return parseMoneySlow(s, ctx)
}

// parseMoneySlow is parseMoney without the fast path for the canonical
// text, which gives the same result.
func parseMoneySlow(s string, ctx moneyContext) (Money, error) {
	if m, ok := parseCanonicalNormal(s, ctx.canonical()); ok {
		return m, nil
	}
	return parseMoneyScan(s, ctx)
}

// parseMoneyScan is parseMoneySlow without the canonical text's path: the
// general scanner, which gives the same result.
func parseMoneyScan(s string, ctx moneyContext) (Money, error) {
	t, msg, err := checkMoneyText(s)
	if err != nil {
		return Money{}, parseError(ctx.fn, s, msg, err)
	}
	e, msg, err := scanMoneyEnd(t, ctx)
	if err == nil {
		var amounts [1]moneyAmount
		if msg, err = resolveMoney(amounts[:], []moneyEnd{e}, ctx); err == nil {
			a := amounts[0]
			switch {
			case a.vague:
				msg, err = "a vague amount (use ParseReportedAmount)", ErrSyntax
			case a.couple:
				msg, err = "an estimate (use ParseReportedAmount)", ErrSyntax
			default:
				return a.m, nil
			}
		}
	}
	if _, ok := err.(*AmbiguousCurrencyError); ok {
		return Money{}, parseError(ctx.fn, s, "", err)
	}
	return Money{}, parseError(ctx.fn, s, msg, err)
}

// moneyContext is what the caller says about the text: the parser's name
// for errors, the decimal mark of its language, its region and language.
type moneyContext struct {
	fn     string
	opts   number.Options
	region string // ISO 3166 alpha-2, or ""
	lang   string // the base language, or ""
}

// canonical says how much of the canonical text the prose parsers may read
// as it stands in this context: with a language, the language decides a
// dot that may group thousands.
func (ctx moneyContext) canonical() canonicalRead {
	if ctx.opts.Decimal != 0 {
		return canonicalProseIn
	}
	return canonicalProse
}

// contextOf reads a language tag for the parsers.
func contextOf(fn string, t language.Tag) moneyContext {
	ctx := moneyContext{fn: fn}
	if t == language.Und {
		return ctx
	}
	base, _, region := t.Raw()
	if b := base.String(); b != "und" {
		ctx.lang = b
		ctx.opts.Decimal = numberStyleFor(t).latnDecimal[0]
	}
	if r := region.String(); r != "ZZ" && len(r) == 2 {
		ctx.region = r
	}
	return ctx
}

// checkMoneyText trims s and checks it is text an amount can be: not too
// long, valid UTF-8, no control or formatting character.
func checkMoneyText(s string) (string, string, error) {
	t := strings.TrimFunc(s, isSpaceRune)
	switch {
	case t == "":
		return "", "empty", ErrSyntax
	case len(t) > maxReportedText:
		return "", "longer than 256 bytes", ErrRange
	case !utf8.ValidString(t):
		return "", "not valid UTF-8", ErrSyntax
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; c < 0x20 || c == 0x7f {
			return "", "contains a control or formatting character", ErrSyntax
		} else if c >= utf8.RuneSelf {
			// Invisible marks (U+200E, U+200F, U+FEFF…) hide what the
			// text says; no amount needs them.
			r, _ := utf8.DecodeRuneInString(t[i:])
			if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
				return "", "contains a control or formatting character", ErrSyntax
			}
		}
	}
	return t, "", nil
}

// moneyEnd is one amount as written: the currency text before and after
// the number, the number, and its sign.
type moneyEnd struct {
	prefix, suffix string
	x              number.Number
	neg            bool
}

// scanMoneyEnd reads one amount (t trimmed and checked) into its parts;
// on failure it returns what was wrong and the sentinel.
func scanMoneyEnd(t string, ctx moneyContext) (moneyEnd, string, error) {
	if len(t) > maxMoneyText && utf8.RuneCountInString(t) > maxMoneyText {
		return moneyEnd{}, "longer than 64 characters", ErrRange
	}
	first := strings.IndexFunc(t, func(r rune) bool { return '0' <= r && r <= '9' })
	if first < 0 {
		// A whole amount in words before its currency words.
		x, end, f := number.Read(t, ctx.opts)
		if f.Kind != number.OK || end == 0 {
			return moneyEnd{}, "no number", ErrSyntax
		}
		return moneyEnd{x: x, suffix: strings.TrimFunc(t[end:], isSpaceRune)}, "", nil
	}
	if leadingPoint(t[:first]) {
		return moneyEnd{}, "a decimal point with no digit before it (write 0.5, not .5)", ErrSyntax
	}
	e := moneyEnd{prefix: strings.TrimFunc(t[:first], isSpaceRune)}
	if p, ok := cutSign(e.prefix, true); ok {
		e.prefix, e.neg = p, true
	} else if p, ok := cutSign(e.prefix, false); ok {
		e.prefix, e.neg = p, true
	}
	x, n, f := number.Read(t[first:], ctx.opts)
	if f.Kind != number.OK {
		return moneyEnd{}, f.Msg, numberSentinel(f)
	}
	e.x = x
	rest := t[first+n:]
	if len(rest) > 0 && (rest[0] == 'e' || rest[0] == 'E') && len(rest) > 1 &&
		(isDigit(rest[1]) || (len(rest) > 2 && (rest[1] == '+' || rest[1] == '-') && isDigit(rest[2]))) {
		return moneyEnd{}, "an exponent (write the amount out)", ErrSyntax
	}
	e.suffix = strings.TrimFunc(rest, isSpaceRune)
	if strings.IndexFunc(e.suffix, func(r rune) bool { return '0' <= r && r <= '9' }) >= 0 {
		return moneyEnd{}, "two numbers", ErrSyntax
	}
	if e.neg && e.suffix != "" && e.prefix == "" && !strings.HasPrefix(t, "-") && !strings.HasPrefix(t, "−") {
		return moneyEnd{}, "a sign where none belongs", ErrSyntax
	}
	return e, "", nil
}

// leadingPoint reports whether prefix, the text before an amount's first
// digit, ends in a dot that can only be the amount's decimal mark: after a
// currency symbol, a space, a minus or nothing ("US$.50", "US$ .75", ".50
// USD"). Such an amount is refused, as ParseCount refuses ".5": taking
// the dot for part of the sign, as foldSymbol (which drops dots) would,
// reads fifty cents as fifty dollars. A dot right after a letter or a
// slash ends an abbreviation that is the sign: "Rs. 500", "Rs.500",
// "S/.16 963", "Ksh.200".
func leadingPoint(prefix string) bool {
	t := strings.TrimRightFunc(prefix, isSpaceRune)
	dot := len(t) - 1
	if dot < 0 || t[dot] != '.' {
		return false
	}
	if dot == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t[:dot])
	return isSpaceRune(r) || r == '-' || r == '−' || unicode.Is(unicode.Sc, r)
}

// numberSentinel is the sentinel for a failure of the number reader.
func numberSentinel(f number.Fail) error {
	switch f.Kind {
	case number.Range:
		return ErrRange
	case number.Ambiguous:
		return ErrAmbiguous
	}
	return ErrSyntax
}

// moneyAmount is one amount resolved: the Money and what kind of figure
// its words made it.
type moneyAmount struct {
	m      Money
	vague  bool // a vague plural: a lower bound ("millions of dollars")
	couple bool // "a couple of million": an estimate
}

// resolveMoney finds the one currency that the ends name together (the
// ends of a range share it: "US$1,000 to $2,000") and turns each end's
// number into an amount in it, into out.
func resolveMoney(out []moneyAmount, ends []moneyEnd, ctx moneyContext) (string, error) {
	cur, msg, err := pickCurrency(ends, ctx)
	if err != nil {
		// Only now look for a hedge: no currency sign is also a hedge word.
		for _, e := range ends {
			if _, _, ok := cutQualifier(e.prefix); ok {
				return "a hedged amount (use ParseReportedAmount)", ErrSyntax
			}
		}
		return msg, err
	}
	for i, e := range ends {
		x := e.x
		if x.Ambiguous {
			if cur.Digits() != 3 {
				a, d := moneyOfNumber(x, e.neg, cur), moneyOfNumber(x.AsDecimal(), e.neg, cur)
				return "the dot may group thousands or mark decimals: " + a.String() + " or " + d.String(), ErrAmbiguous
			}
			x = x.AsDecimal() // "KWD 1.500" is one and a half dinars
		}
		if x.Mil {
			scale, ok := milScale(cur, ctx.lang)
			if !ok {
				return `"mil" is a thousand in Spanish and Portuguese but a million in English`, ErrAmbiguous
			}
			x = x.Shift(scale)
		}
		if x.CrAbbrev && !crCurrency(cur) {
			return `"cr" is a crore in South Asian amounts but a credit mark in statements`, ErrAmbiguous
		}
		if x.LetterM {
			shift, ok := letterMShift(cur, ctx.lang)
			if !ok {
				return letterMAmbiguous, ErrAmbiguous
			}
			x = x.Shift(shift)
		}
		if x.Chosen && x.Places() > cur.Digits() {
			// "5,000 FCFA" in French, "¥5.000" in Japanese, "US$1 000,000":
			// a decimal mark before exactly three digits, giving more
			// decimals than the currency has, is as likely grouping,
			// whatever chose the mark (the language, or other separators
			// before it): reports mix conventions. Amounts are not quoted
			// to a thousandth of a currency's minor unit, but the text
			// does not say, so both readings are given. A currency with
			// three minor units ("KWD 1.500" in English) is read.
			g, d := moneyOfNumber(x.AsGrouping(), e.neg, cur), moneyOfNumber(x, e.neg, cur)
			return "the " + markName(x.Mark) + " may group thousands or mark decimals (" + cur.String() + " has " +
				strconv.Itoa(cur.Digits()) + " minor digits): " + g.String() + " or " + d.String(), ErrAmbiguous
		}
		if msg := amountDigitsMsg(x.Digits()); msg != "" {
			return msg, ErrRange
		}
		out[i] = moneyAmount{m: moneyOfNumber(x, e.neg, cur), vague: x.Vague, couple: x.Couple}
	}
	return "", nil
}

// markName names a decimal mark in an error.
func markName(mark byte) string {
	if mark == ',' {
		return "comma"
	}
	return "dot"
}

// moneyOfNumber returns x (negated when neg) in currency c, exactly as
// x.Decimal() gives it.
func moneyOfNumber(x number.Number, neg bool, c Currency) Money {
	v, exp, ok := x.Inline()
	if !ok {
		d := x.Decimal()
		if neg {
			d = d.Neg()
		}
		return moneyOf(d, c)
	}
	if neg {
		v = -v
	}
	return Money{coef: v, exp: exp, cur: c}
}

// canonicalRead says which canonical text of [Money.String] a reader takes
// as it stands, without the general scanner.
type canonicalRead uint8

const (
	// canonicalStrict takes all of it, and nothing else: the strict
	// decoders ([Money.UnmarshalText]) and the Must functions.
	canonicalStrict canonicalRead = iota
	// canonicalProse is for the prose parsers with no language: not
	// where one dot before three digits could as well group thousands
	// ("USD 3.125", "DJF 1.001": 1,001 in French or German), which the
	// general scanner leaves ambiguous, except in a currency with three
	// minor units ("KWD 1.500"), where ParseMoney reads a decimal.
	canonicalProse
	// canonicalProseIn is for the prose parsers given a language, which
	// decides any dot that could group thousands ("KWD 1.500" is 1,500
	// in German).
	canonicalProseIn
)

// parseCanonicalFast reads the canonical text of [Money.String] ("USD
// 10000.00", "JPY -500", "KWD 1.500") when the amount has at most 18
// digits: the form stored in databases and files, read without the general
// scanner's work. It reports false for anything else, and for what read
// leaves to the general scanner, which then reads or rejects it.
func parseCanonicalFast(s string, read canonicalRead) (Money, bool) {
	if len(s) < 5 || len(s) > 24 || s[3] != ' ' {
		return Money{}, false
	}
	c, ok := lookupCurrency(s[:3])
	if !ok {
		return Money{}, false
	}
	t := s[4:]
	v, frac, ok := plainInline(t)
	if !ok || !canonicalAmount(t, frac, c.Digits(), read) {
		return Money{}, false
	}
	return Money{coef: v, exp: -int32(frac), cur: c}, true
}

// plainInline reads a plain decimal ("-123.45": an optional minus, digits,
// an optional fraction) of at most 18 digits, as parsePlainDecimal reads
// it, into a coefficient and the number of digits after the point; it
// reports false for anything else.
func plainInline(t string) (v int64, frac int, ok bool) {
	neg := len(t) > 0 && t[0] == '-'
	if neg {
		t = t[1:]
	}
	digits, f := 0, -1
	for i := 0; i < len(t); i++ {
		switch ch := t[i]; {
		case isDigit(ch) && digits < 18:
			v = v*10 + int64(ch-'0')
			digits++
			if f >= 0 {
				f++
			}
		case ch == '.' && f < 0 && digits > 0 && i < len(t)-1:
			f = 0
		default:
			return 0, 0, false
		}
	}
	if digits == 0 {
		return 0, 0, false
	}
	if neg {
		v = -v
	}
	return v, max(f, 0), true
}

// parseCanonicalNormal reads the canonical text of [Money.String] of any
// length, as parseCanonicalFast does for the short ones.
func parseCanonicalNormal(s string, read canonicalRead) (Money, bool) {
	if len(s) < 5 || len(s) > maxMoneyText || s[3] != ' ' {
		return Money{}, false
	}
	c, ok := lookupCurrency(s[:3])
	if !ok {
		return Money{}, false
	}
	t := s[4:]
	intPart, frac, hasDot := strings.Cut(strings.TrimPrefix(t, "-"), ".")
	if intPart == "" || hasDot && frac == "" || !allDigits(intPart) || !allDigits(frac) || !canonicalAmount(t, len(frac), c.Digits(), read) {
		return Money{}, false
	}
	d, err := parsePlainDecimal("", t)
	if err != nil {
		return Money{}, false
	}
	return moneyOf(d, c), true
}

// canonicalAmount reports whether the plain decimal t ("-3.125"), with
// frac digits after its point, is written as [Money.String] writes an
// amount with minor digits — no leading zero, at least the minor digits
// after the point, no trailing zero beyond them, no minus on 0 — and
// whether a reader of kind read takes it as it stands (see canonicalRead).
func canonicalAmount(t string, frac, minor int, read canonicalRead) bool {
	u := strings.TrimPrefix(t, "-")
	intLen := len(u)
	if frac > 0 {
		intLen -= frac + 1
	}
	switch {
	case intLen > 1 && u[0] == '0':
		return false
	case frac < minor:
		return false
	case frac > minor && u[len(u)-1] == '0':
		return false
	case len(u) < len(t) && strings.Trim(u, "0.") == "":
		return false // "-0.00"
	}
	// One dot before three digits, after one to three digits that are
	// not a lone 0: a group separator in much of the world.
	mayGroup := frac == 3 && intLen <= 3 && u[0] != '0'
	switch read {
	case canonicalProse:
		return !mayGroup || minor == 3
	case canonicalProseIn:
		return !mayGroup
	}
	return true
}

// cutSign removes a minus sign from the start (or the end) of a currency
// prefix: "-US$" and "US$-" are both negative.
func cutSign(p string, atStart bool) (string, bool) {
	for _, minus := range [...]string{"-", "−"} {
		if atStart && strings.HasPrefix(p, minus) {
			return strings.TrimFunc(p[len(minus):], isSpaceRune), true
		}
		if !atStart && strings.HasSuffix(p, minus) {
			return strings.TrimFunc(p[:len(p)-len(minus)], isSpaceRune), true
		}
	}
	return p, false
}

// pickCurrency resolves the currency texts of the ends of one amount
// (before and after the number; both ends of a range). One of them must
// name the currency; when several do they must agree, except that an
// ambiguous sign is settled by an unambiguous code or word ("$50 AUD",
// "US$1,000 to $2,000"), or else by the region of the text when exactly
// one candidate is used there. A sign of localSigns names the local
// currency in a region that uses it.
func pickCurrency(ends []moneyEnd, ctx moneyContext) (Currency, string, error) {
	var found Currency
	var ambiguous []*AmbiguousCurrencyError
	named := false
	for _, e := range ends {
		for _, text := range [2]string{e.prefix, e.suffix} {
			if text == "" {
				continue
			}
			named = true
			c, ok, err := resolveCurrency(text)
			if ok && ctx.region != "" {
				if locals := localSignsOf(text); locals != nil {
					c = localSignIn(locals, c, ctx.region) // "£" in Egypt, "C$" in Nicaragua
				}
			}
			switch {
			case ok && found.IsValid() && found != c:
				return Currency{}, "two currencies, " + found.String() + " and " + c.String(), ErrUnknownCurrency
			case ok:
				found = c
			case err != nil:
				ambiguous = append(ambiguous, err.(*AmbiguousCurrencyError))
			default:
				return Currency{}, quoteInput(text) + " names no currency", ErrUnknownCurrency
			}
		}
	}
	if !named {
		return Currency{}, "no currency", ErrUnknownCurrency
	}
	for i := 0; !found.IsValid() && i < len(ambiguous) && ctx.region != ""; i++ {
		found = ambiguous[i].inRegion(ctx.region, ctx.lang) // "$300,000 pesos" in Mexico: the peso settles the "$"
	}
	for _, a := range ambiguous {
		if !found.IsValid() || !settles(a, found) {
			return Currency{}, "", a
		}
	}
	return found, "", nil
}

// inRegion returns the one candidate used in the region, or the zero
// Currency; a dollar sign's only where it is no other (see localSign).
func (e *AmbiguousCurrencyError) inRegion(region, lang string) Currency {
	var found Currency
	for _, c := range e.Candidates {
		if c.usedIn(region) {
			if found.IsValid() {
				return Currency{}
			}
			found = c
		}
	}
	if found.IsValid() && !localSign(e.Candidates, found, region, lang) {
		return Currency{}
	}
	return found
}

func settles(a *AmbiguousCurrencyError, c Currency) bool {
	for _, cand := range a.Candidates {
		if cand == c {
			return true
		}
	}
	return false
}

// milThousand lists the countries whose languages (Spanish, Portuguese)
// read "mil" as a thousand ("R$ 5 mil" is R$5,000), where English reports
// write it for a million ("RM1.5mil").
const milThousand = "AD AO AR BO BR CL CO CR CU CV DO EC ES GQ GT GW HN MX MZ NI PA PE PR PT PY ST SV TL UY VE"

// milScale says what "mil" after an amount in c means in language lang
// (or none): a thousand in Spanish and Portuguese, a million in English;
// with no language, a thousand when every country that uses c speaks
// Spanish or Portuguese, a million when none does. When some do (USD, EUR)
// it cannot tell, and never guesses.
func milScale(c Currency, lang string) (int32, bool) {
	switch lang {
	case "es", "pt":
		return 3, true
	case "en":
		return 6, true
	}
	users := c.info().countries
	n, thousand := 0, 0
	for i := 0; i+2 <= len(users); i += 3 {
		n++
		if strings.Contains(milThousand, users[i:i+2]) {
			thousand++
		}
	}
	switch {
	case thousand == 0:
		return 6, true
	case thousand == n:
		return 3, true
	}
	return 0, false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isSpaceRune(r rune) bool { return unicode.IsSpace(r) || r == '\u2009' || r == '\u202f' }

// splitMoneyRange splits "25,000 to 50,000 baht", "VND61-130 million",
// "RM15,000 and RM60,000" (after "between") at the word or dash that joins
// the two ends, when there is a number on each side of it.
func splitMoneyRange(s string, between bool) (lo, hi string, ok bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != ' ' && number.HyphenLen(s[i:]) == 0 && number.SpaceLen(s[i:]) == 0 {
			continue
		}
		j, ok := number.CutTo(s, i, between, false)
		if !ok || j >= len(s) {
			continue
		}
		left, right := strings.TrimFunc(s[:i], isSpaceRune), s[j:]
		if hasDigit(left) && hasDigit(right) && (isDigit(right[0]) || !isHyphenSign(s, i)) {
			return left, right, true
		}
	}
	return "", "", false
}

// isHyphenSign reports whether the hyphen at s[i:] is a minus sign: right
// before a currency sign or a number, and not right after the range's
// lower end ("US$10 - -5" has one; "US$5,000-US$10,000" none).
func isHyphenSign(s string, i int) bool {
	k := number.HyphenLen(s[i:])
	return k > 0 && i+k < len(s) && s[i+k] != ' ' && (i == 0 || isSpaceRune(rune(s[i-1])))
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// shareScale gives the lower end of a range the upper end's scale word
// ("VND61-130 million"), as the number reader's ShareScale does.
func shareScale(lo, hi number.Number) number.Number { return number.ShareScale(lo, hi) }
