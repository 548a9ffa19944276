package rescue

import (
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// maxMoneyText bounds the text of one amount. Real amounts are short; the
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
//   - grouping with commas (1,500,000), Indian grouping (1,50,000), thin or
//     non-breaking spaces, and a decimal point; scale words and suffixes
//     (1.5 million, 1.5m, 2bn, 13.7k, 3 thousand, 2 lakh, 1.2 crore).
//
// A sign or word that names several currencies ("$", "¥", "pesos", "Rs",
// "kr") is an error wrapping [ErrAmbiguousCurrency] (an
// [*AmbiguousCurrencyError] listing the candidates): the parser never
// guesses. Hedged amounts ("more than US$10,000") are for
// [ParseReportedAmount]. Every other problem — empty input, no number, two
// numbers, an unknown sign, an exponent, more than 64 bytes (256 with the
// space around them), more than 30 significant digits — is a [*ParseError]
// that quotes the input; being too long or too precise wraps [ErrRange].
func ParseMoney(s string) (Money, error) {
	if len(s) > maxMoneyPadded {
		// Bounded before trimming: 100 MB of spaces around "USD 5" is
		// refused unread, not scanned for seconds and accepted.
		return Money{}, parseError("ParseMoney", s, "longer than 256 bytes", ErrRange)
	}
	if m, ok := parseCanonicalMoney(s); ok {
		return m, nil
	}
	m, msg, err := scanMoney(s)
	if err != nil {
		return Money{}, parseError("ParseMoney", s, msg, err)
	}
	return m, nil
}

// parseCanonicalMoney reads the canonical text of [Money.String] ("USD
// 10000.00", "JPY -500") when the amount has at most 18 digits: the form
// stored in databases and files, read without the general scanner's work.
// It reports false for anything else, which scanMoney then reads or
// rejects; both give the same Money for what this accepts.
func parseCanonicalMoney(s string) (Money, bool) {
	if len(s) < 5 || len(s) > 24 || s[3] != ' ' {
		return Money{}, false
	}
	c, ok := lookupCurrency(s[:3])
	if !ok {
		return Money{}, false
	}
	t := s[4:]
	neg := t[0] == '-'
	if neg {
		t = t[1:]
	}
	var v int64
	digits, frac := 0, -1
	for i := 0; i < len(t); i++ {
		switch ch := t[i]; {
		case isDigit(ch):
			v = v*10 + int64(ch-'0')
			digits++
			if frac >= 0 {
				frac++
			}
		case ch == '.' && frac < 0 && digits > 0 && i < len(t)-1:
			frac = 0
		default:
			return Money{}, false
		}
	}
	if digits == 0 || digits > 18 {
		return Money{}, false
	}
	if neg {
		v = -v
	}
	return Money{decimal.New(v, -int32(max(frac, 0))), c}, true
}

// scanMoney parses one amount; on failure it returns what was wrong and
// the sentinel (or *AmbiguousCurrencyError) to wrap.
func scanMoney(s string) (Money, string, error) {
	t := strings.TrimFunc(s, isSpaceRune)
	switch {
	case t == "":
		return Money{}, "empty", ErrSyntax
	case len(t) > maxMoneyText:
		return Money{}, "longer than 64 bytes", ErrRange
	case !utf8.ValidString(t):
		return Money{}, "not valid UTF-8", ErrSyntax
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; c < 0x20 || c == 0x7f {
			return Money{}, "contains a control or formatting character", ErrSyntax
		} else if c >= utf8.RuneSelf {
			// Invisible marks (U+200E, U+200F, U+FEFF…) hide what the
			// text says; no amount needs them.
			r, _ := utf8.DecodeRuneInString(t[i:])
			if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
				return Money{}, "contains a control or formatting character", ErrSyntax
			}
		}
	}
	first := strings.IndexFunc(t, func(r rune) bool { return '0' <= r && r <= '9' })
	if first < 0 {
		return scanWordsMoney(t)
	}
	prefix := strings.TrimFunc(t[:first], isSpaceRune)
	neg := false
	if p, ok := cutSign(prefix, true); ok {
		prefix, neg = p, true
	} else if p, ok := cutSign(prefix, false); ok {
		prefix, neg = p, true
	}

	num, n, msg, err := scanNumber(t[first:])
	if err != nil {
		return Money{}, msg, err
	}
	rest := t[first+n:]
	if len(rest) > 0 && (rest[0] == 'e' || rest[0] == 'E') && len(rest) > 1 &&
		(isDigit(rest[1]) || (len(rest) > 2 && (rest[1] == '+' || rest[1] == '-') && isDigit(rest[2]))) {
		return Money{}, "an exponent (write the amount out)", ErrSyntax
	}
	scale, scaleWord, rest := cutScale(rest)
	suffix := strings.TrimFunc(rest, isSpaceRune)
	if strings.IndexFunc(suffix, func(r rune) bool { return '0' <= r && r <= '9' }) >= 0 {
		return Money{}, "two numbers", ErrSyntax
	}
	if neg && suffix != "" && prefix == "" && !strings.HasPrefix(t, "-") && !strings.HasPrefix(t, "−") {
		return Money{}, "a sign where none belongs", ErrSyntax
	}

	cur, err := pickCurrency(prefix, suffix)
	if err != nil {
		// Only now look for a hedge: no currency sign is also a hedge word.
		if _, _, ok := cutQualifier(prefix); ok {
			return Money{}, "a hedged amount (use ParseReportedAmount)", ErrSyntax
		}
		if _, ok := err.(*AmbiguousCurrencyError); ok {
			return Money{}, "", err
		}
		return Money{}, err.Error(), ErrUnknownCurrency
	}
	if strings.EqualFold(scaleWord, "mil") {
		if scale, err = milScale(cur); err != nil {
			return Money{}, `"mil" is a thousand in Spanish and Portuguese but a million in English`, err
		}
	}
	if msg := num.digitsMsg(scale); msg != "" {
		return Money{}, msg, ErrRange
	}
	d := num.decimal(scale)
	if neg {
		d = d.Neg()
	}
	return Money{d, cur}, "", nil
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

type errText string

func (e errText) Error() string { return string(e) }

// pickCurrency resolves the text before and after the number. One of them
// must name the currency; when both do they must agree, except that an
// ambiguous sign is settled by an unambiguous code or word ("$50 AUD").
func pickCurrency(prefix, suffix string) (Currency, error) {
	var pc, sc Currency
	var perr, serr error
	var pok, sok bool
	if prefix != "" {
		pc, pok, perr = resolveCurrency(prefix)
		if !pok && perr == nil {
			return Currency{}, errText(quoteInput(prefix) + " names no currency")
		}
	}
	if suffix != "" {
		sc, sok, serr = resolveCurrency(suffix)
		if !sok && serr == nil {
			return Currency{}, errText(quoteInput(suffix) + " names no currency")
		}
	}
	switch {
	case prefix == "" && suffix == "":
		return Currency{}, errText("no currency")
	case pok && sok:
		if pc != sc {
			return Currency{}, errText("two currencies, " + pc.String() + " and " + sc.String())
		}
		return pc, nil
	case pok && serr != nil:
		if settles(serr, pc) {
			return pc, nil
		}
		return Currency{}, serr
	case sok && perr != nil:
		if settles(perr, sc) {
			return sc, nil
		}
		return Currency{}, perr
	case pok:
		return pc, nil
	case sok:
		return sc, nil
	case perr != nil:
		return Currency{}, perr
	}
	return Currency{}, serr
}

func settles(err error, c Currency) bool {
	a, ok := err.(*AmbiguousCurrencyError)
	if !ok {
		return false
	}
	for _, cand := range a.Candidates {
		if cand == c {
			return true
		}
	}
	return false
}

// parsedNumber is a parsed amount: its digits with no separators, and how many
// of them are after the decimal mark.
type parsedNumber struct {
	digits [maxMoneyText]byte
	n      int
	frac   int
}

// digitsMsg checks the number times 10^scale against the bounds of
// amountDigitsMsg.
func (num *parsedNumber) digitsMsg(scale int32) string {
	d := num.digits[:num.n]
	tz := trailingZeros(d)
	core := d[:len(d)-tz]
	lz := 0
	for lz < len(core) && core[lz] == '0' {
		lz++
	}
	sig := len(core) - lz
	if sig == 0 {
		return ""
	}
	exp := int(scale) - num.frac + tz // the power of ten of the last significant digit
	return amountDigitsMsg(sig, max(sig+exp, 0), max(-exp, 0))
}

// milThousand lists the countries whose languages (Spanish, Portuguese)
// read "mil" as a thousand ("R$ 5 mil" is R$5,000), where English reports
// write it for a million ("RM1.5mil").
const milThousand = "AD AO AR BO BR CL CO CR CU CV DO EC ES GQ GT GW HN MX MZ NI PA PE PR PT PY ST SV TL UY VE"

// milScale says what "mil" after an amount in c means: a thousand when
// every country that uses c speaks Spanish or Portuguese, a million when
// none does; when some do (USD, EUR) it cannot tell, and never guesses.
func milScale(c Currency) (int32, error) {
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
		return 6, nil
	case thousand == n:
		return 3, nil
	}
	return 0, ErrSyntax
}

// decimal returns the number times 10^scale, exactly.
func (num *parsedNumber) decimal(scale int32) decimal.Decimal {
	exp := scale - int32(num.frac)
	if num.n <= 18 {
		var v int64
		for _, c := range num.digits[:num.n] {
			v = v*10 + int64(c-'0')
		}
		return decimal.New(v, exp)
	}
	var bi big.Int
	bi.SetString(string(num.digits[:num.n]), 10)
	return decimal.NewFromBigInt(&bi, exp)
}

// scanNumber reads the number at the start of s: digit groups split by
// commas, dots, apostrophes or spaces, and a decimal mark. It returns how
// many bytes it used.
func scanNumber(s string) (num parsedNumber, used int, msg string, err error) {
	var groups [maxMoneyText]digitGroup
	var seps [maxMoneyText]rune
	ng := 0
	i := 0
	for {
		start := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		groups[ng] = digitGroup{start, i}
		ng++
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isNumberSep(r) || i+size >= len(s) || !isDigit(s[i+size]) {
			break
		}
		seps[ng-1] = r
		i += size
	}
	// A space only groups digits in threes ("100 000"); otherwise the
	// number ends before it and what follows is read as text.
	for k := 1; k < ng; k++ {
		if isSpaceSep(seps[k-1]) && groups[k].end-groups[k].start != 3 {
			ng = k
			break
		}
	}
	used = groups[ng-1].end

	// Which separator is the decimal mark? The last one, when it differs
	// from all the others, or a lone dot. Everything else groups.
	decimalAt := -1
	last := ng - 2
	if last >= 0 {
		mark := seps[last]
		alone := true
		for k := 0; k < last; k++ {
			if seps[k] == mark {
				alone = false
			}
		}
		switch {
		case mark == '.' && alone:
			decimalAt = last
		case mark == ',' && alone && last > 0 && seps[0] != ',':
			decimalAt = last // "1.500.000,50", "1 500,50"
		case mark == ',' && ng == 2 && s[groups[0].start:groups[0].end] == "0":
			decimalAt = last // "0,50": no grouped number starts with 0
		case mark == ',' && ng == 2 && groups[1].end-groups[1].start < 3 && scaleFollows(s[used:]):
			// "1,5 milhão", "1,2 Mio.": one or two digits after a comma
			// never group, and before a scale word nothing else is meant.
			decimalAt = last
		case mark == ',' && ng == 2 && groups[1].end-groups[1].start != 3:
			return num, used, "a comma that is neither a thousands separator nor clearly a decimal mark", ErrSyntax
		}
	}
	intGroups := ng
	if decimalAt >= 0 {
		intGroups = decimalAt + 1
	}
	if intGroups > 1 && !validGrouping(s, groups[:intGroups]) {
		return num, used, "digits grouped irregularly", ErrSyntax
	}
	for k := 1; k < intGroups; k++ {
		if seps[k-1] != seps[0] {
			return num, used, "mixed thousands separators", ErrSyntax
		}
	}
	sig := 0
	for k := 0; k < ng; k++ {
		if k == intGroups {
			num.frac = groups[k].end - groups[k].start
		}
		for _, c := range []byte(s[groups[k].start:groups[k].end]) {
			if sig == 0 && c == '0' && k < intGroups {
				continue // leading zeros carry nothing
			}
			if num.n == len(num.digits) { // cannot happen within 64 bytes
				return num, used, "more than 30 significant digits", ErrRange
			}
			num.digits[num.n] = c
			num.n++
			sig++
		}
	}
	return num, used, "", nil
}

// digitGroup is a run of digits in a number: s[start:end].
type digitGroup struct{ start, end int }

func trailingZeros(b []byte) int {
	n := 0
	for n < len(b) && b[len(b)-1-n] == '0' {
		n++
	}
	return n
}

// validGrouping accepts groups of three after a first group of one to
// three digits (1,500,000), and Indian grouping: groups of two, then a last
// group of three (1,50,000 and 12,34,56,789).
func validGrouping(s string, groups []digitGroup) bool {
	length := func(k int) int { return groups[k].end - groups[k].start }
	first := length(0)
	western := first >= 1 && first <= 3
	for k := 1; k < len(groups) && western; k++ {
		western = length(k) == 3
	}
	if western {
		return true
	}
	if first < 1 || first > 2 || length(len(groups)-1) != 3 || len(groups) < 3 {
		return false
	}
	for k := 1; k < len(groups)-1; k++ {
		if length(k) != 2 {
			return false
		}
	}
	return s[groups[0].end] == ','
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isNumberSep(r rune) bool {
	return r == ',' || r == '.' || r == '\'' || r == '’' || isSpaceSep(r)
}

func isSpaceSep(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u2009' || r == '\u202f'
}

func isSpaceRune(r rune) bool { return unicode.IsSpace(r) || r == '\u2009' || r == '\u202f' }

// scales are the words and suffixes that multiply a number, by the power
// of ten they stand for, in English and in the languages whose words for
// large numbers English-language reports quote (Malay and Indonesian
// "juta", "miliar"; Portuguese "milhão"; Spanish "millones"; German "Mio.").
// "mil" is read by milScale. A word only counts when it ends at a word
// boundary, so the order does not matter.
var scales = []struct {
	word string
	exp  int32
}{
	{"trillion", 12}, {"trn", 12}, {"tn", 12},
	{"billion", 9}, {"bln", 9}, {"bn", 9}, {"b", 9},
	{"million", 6}, {"mln", 6}, {"mil", 6}, {"mn", 6}, {"m", 6},
	{"crores", 7}, {"crore", 7}, {"cr", 7},
	{"lakhs", 5}, {"lakh", 5}, {"lacs", 5}, {"lac", 5},
	{"thousand", 3}, {"k", 3},
	{"juta", 6}, {"miliar", 9}, {"milyar", 9}, {"ribu", 3},
	{"milhões", 6}, {"milhão", 6}, {"bilhões", 9}, {"bilhão", 9},
	{"millones", 6}, {"millón", 6}, {"millon", 6},
	{"mio.", 6}, {"mio", 6}, {"mrd.", 9}, {"mrd", 9},
}

// cutScale reads a scale word or suffix at the start of s ("million",
// " bn", "k") and returns its power of ten, the word as written and the
// rest. The word must end at a word boundary, so "5 MYR", "500 kr" and
// "10 000 Kč" have none.
func cutScale(s string) (exp int32, word, rest string) {
	t := strings.TrimLeft(s, " \u00a0")
	for _, sc := range scales {
		if len(t) < len(sc.word) || !strings.EqualFold(t[:len(sc.word)], sc.word) {
			continue
		}
		after := t[len(sc.word):]
		if r, _ := utf8.DecodeRuneInString(after); after != "" && (unicode.IsLetter(r) || isDigit(after[0])) {
			continue
		}
		return sc.exp, t[:len(sc.word)], after
	}
	return 0, "", s
}

// scaleFollows reports whether s opens with a scale word.
func scaleFollows(s string) bool {
	_, word, _ := cutScale(s)
	return word != ""
}

// scanWordsMoney reads an amount written in words before its currency
// words: "five million baht", "two thousand US dollars". The number is read
// as ParseCount reads an exact number in words; only whole amounts are
// written this way.
func scanWordsMoney(t string) (Money, string, error) {
	n, f := countExactWords(t, countPlain)
	if f.err != nil || n.end == 0 || n.q != Exact {
		return Money{}, "no number", ErrSyntax
	}
	suffix := strings.TrimFunc(t[n.end:], isSpaceRune)
	if suffix == "" {
		return Money{}, "no currency", ErrSyntax
	}
	cur, err := pickCurrency("", suffix)
	if err != nil {
		if _, ok := err.(*AmbiguousCurrencyError); ok {
			return Money{}, "", err
		}
		return Money{}, err.Error(), ErrUnknownCurrency
	}
	return Money{decimal.NewFromInt(n.v), cur}, "", nil
}
