package rescue

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/antitrafficking/rescue/internal/number"
)

// countMaxLen is the longest input ParseCount reads, in bytes.
const countMaxLen = 64

// ParseCount parses a count as reports write it, in any case:
//
//   - digits, grouped by commas, dots, apostrophes or spaces (also
//     no-break and thin spaces) in threes, or in the Indian way: "44",
//     "1,489", "100 000", "1,50,000";
//   - English number words: "three", "Forty-two", "seven hundred and
//     ninety one", "a hundred", "twelve hundred", "two million", "a dozen",
//     "two dozen", "half a dozen";
//   - digits with scale words and abbreviations, spaced, glued or
//     hyphenated: "2 thousand", "1.5 million", "3k", "1.5m", "2 bn",
//     "1.5 mln", "2-million", "5 lakh", "1.2 crore", and the report
//     languages' "juta", "miliar", "ribu", "milyon", "万", "億" (a decimal
//     point is accepted only when the scale makes the count whole);
//   - a number repeated in brackets, as police and legal texts write it:
//     "twenty-four (24) victims";
//   - hedges before the number, read by [ParseQualifier]'s words ("more
//     than", "at least", "nearly", "some", "an estimated", "a total of", …)
//     and after it ("200+", "200 or more", "50-odd", "a dozen or so");
//   - a closed range: "20 to 30", "20-30", "between 15 and 26", "from 20
//     to 30", "two or three", "20 to 30 thousand" (a scale on the upper end
//     alone applies to both). A hedge on a range keeps its side of it:
//     "about 20-30" is about 20 to 30, "more than 20-30" more than 20, "up
//     to 20-30" at most 30. A range from 0 is an upper bound: "0 to 5" is
//     at most 5. A lower end that may be written short ("20-30,000": 20
//     to 30,000, or 20,000 to 30,000; "800-1.2 million": 800 or 800,000,
//     where the upper end's scale shared would make the range fall) is
//     refused as ambiguous;
//   - vague plurals as conservative lower bounds: "a few", "few",
//     "numerous", "many", "multiple", "various", "a number of", "a handful
//     of" are at least 2, "several" at least 3, "tens" at least 10, "dozens"
//     at least 12, "scores" at least 20, "hundreds" at least 100, "thousands"
//     at least 1000, "lakhs" at least 100,000, "millions" at least 10^6, and
//     they multiply: "tens of thousands" is at least 10,000, "several
//     hundred" at least 300, "a few dozen" at least 24;
//   - "a couple" (of) is about 2.
//
// The same text is the same number for every parser of the package: "2 bn"
// is 2,000,000,000 here and in [ParseMoney].
//
// A hedge on a vague plural keeps the lower bound ("some hundreds" is at
// least 100), except an upper-bound hedge, which leaves no figure: "up to
// thousands" and "fewer than dozens" are refused ([ErrSyntax]). A hedge before the number and one after it
// combine: two on the same side give the weaker, an estimate with a bound
// an estimate; a lower and an upper bound on one figure ("less than over
// 10", "nearly 10 or more") contradict each other and are refused.
//
// Words after the number, such as the noun counted ("44 individuals",
// "dozens of victims"), are ignored, but they must not hold another number
// ("44 of 60 people", "10 20" are errors), nor open with a sign that says
// something of the count ("12>", "12 =", "5 ‰"), nor change its figure: a
// fraction ("1½", "one and a half", "two thirds"), a power ("10³"), a
// multiplier or a scale word of another language that the reader does not
// read ("two score", "5 grand", "5 milliards", "5 Tsd", "5 tỉ", "5
// hazar", lower-case "5 arab"), or a word of a script other than Latin
// right after digits ("5만", "5 พัน"; after a scale the reader read it is
// the noun: "5万人"). "0" is a valid count.
//
// The error is a [*ParseError] wrapping [ErrSyntax] for an empty input, no
// number, two numbers, a fraction ("2.5 people"), an exponent, a
// percentage, or invalid UTF-8 or a control or formatting character
// anywhere (NUL, a right-to-left mark: the words after the number are
// ignored, but not corrupt text); [ErrAmbiguous] for a number whose only
// separator is a dot before three digits ("1.500 people": 1500, or 1.5
// written the English way) and for "mil" (a thousand in Spanish and
// Portuguese, a million in English headlines); and [ErrRange] for a
// negative number, a count above 10^12 or an input longer than 64 bytes.
func ParseCount(s string) (Count, error) {
	if len(s) > countMaxLen {
		return Count{}, parseError("ParseCount", s, "too long", ErrRange)
	}
	if msg := countCheckText(s); msg != "" {
		return Count{}, parseError("ParseCount", s, msg, ErrSyntax)
	}
	c, f := countParse(s)
	if f.err != nil {
		return Count{}, parseError("ParseCount", s, f.msg, f.err)
	}
	return c, nil
}

// countCheckText says what is wrong with s as text, or "": invalid UTF-8, a
// control character other than white space, or a formatting character
// such as a right-to-left mark, all of which ParseMoney rejects too.
func countCheckText(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < ' ' && (c < '\t' || c > '\r')) || c == 0x7F {
				return "contains a control character"
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return "not valid UTF-8"
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			return "contains a control or formatting character"
		}
		i += size
	}
	return ""
}

// countFail is why countParse failed: a message and a sentinel. The zero
// countFail is success. It is a value so that failing costs no allocation
// until ParseCount builds the error.
type countFail struct {
	msg string
	err error
}

var (
	countEmpty      = countFail{"empty", ErrSyntax}
	countNoNumber   = countFail{"no number", ErrSyntax}
	countTwo        = countFail{"two numbers", ErrSyntax}
	countFraction   = countFail{"not a whole number", ErrSyntax}
	countLetters    = countFail{"letters run into the number", ErrSyntax}
	countPercent    = countFail{"a percentage, not a count", ErrSyntax}
	countBadRange   = countFail{"range does not rise", ErrSyntax}
	countNegative   = countFail{"negative", ErrRange}
	countTooLarge   = countFail{"above 10^12", ErrRange}
	countMil        = countFail{`"mil" is a thousand in Spanish and Portuguese but a million in English`, ErrAmbiguous}
	countShortRange = countFail{shortRangeMsg, ErrAmbiguous}
)

// vagueUnderBoundMsg says why an upper bound on a vague plural ("up to
// hundreds", "fewer than dozens") is refused, for counts and amounts: the
// plural is only a lower bound, and under an upper bound the text gives
// no figure at all (700 fits "up to hundreds", and so does 5).
const vagueUnderBoundMsg = "an upper bound on a vague plural gives no figure"

// shortRangeMsg says why a range such as "20-30,000" is refused by the
// parsers of counts and amounts alike.
const shortRangeMsg = `the lower end may be written short ("20-30,000" for 20,000 to 30,000) or not`

// unsharedScaleMsg says why a range such as "800-1.2 million" is refused
// (see number.UnsharedScale), for counts and amounts alike.
const unsharedScaleMsg = `the lower end may share the upper end's scale word ("800-1.2 million" for 800,000 to 1.2 million) or not, and shared it would not rise`

// numberFail turns a failure of the number reader into a countFail.
func numberFail(f number.Fail) countFail {
	switch f.Kind {
	case number.Range:
		return countFail{f.Msg, ErrRange}
	case number.Ambiguous:
		return countFail{f.Msg, ErrAmbiguous}
	}
	return countFail{f.Msg, ErrSyntax}
}

// ambiguousNumber says both readings of an ambiguous number.
func ambiguousNumber(x number.Number) string {
	return "the dot may group thousands or mark decimals: " + x.String() + " or " + x.AsDecimal().String()
}

// countMode says what opened a count: "between" needs "and" and a range,
// "from" needs a range.
type countMode uint8

const (
	countPlain countMode = iota
	countBetween
	countFrom
)

// countNum is a count read by countNumber: its value and what the number
// reader said of it.
type countNum struct {
	x   number.Number
	v   int64
	end int
}

// countParse parses s (at most countMaxLen bytes) for ParseCount.
func countParse(s string) (Count, countFail) {
	t := number.Trim(s)
	if t == "" {
		return Count{}, countEmpty
	}
	// Hedges and filler words before the number, in any order.
	var pre hedges
	mode := countPlain
	for t != "" && !isDigit(t[0]) { // no hedge starts with a digit
		if h, rest, ok := cutHedges(t); ok {
			pre.join(h)
			t = rest
			continue
		}
		if rest, ok := countCutFiller(t); ok {
			t = rest
			continue
		}
		if mode == countPlain {
			if rest, ok := number.CutWord(t, "between"); ok {
				t, mode = rest, countBetween
				continue
			}
			if rest, ok := number.CutWord(t, "from"); ok {
				t, mode = rest, countFrom
				continue
			}
		}
		break
	}
	if t == "" {
		return Count{}, countNoNumber
	}

	lo, f := countNumber(t, mode)
	if f.err != nil {
		return Count{}, f
	}
	t = countCutRepeat(t[lo.end:], lo)

	// A hedge right after the number ("200+", "200 or more", "50-odd"), or
	// the upper end of a range ("20-30", "between 20 and 30").
	var post hedges
	var hi countNum
	ranged := false
	if q, rest, ok := countCutSuffix(t); ok {
		post.add(q)
		t = rest
	} else if h, rest, ok, f := countRange(lo, t, mode); f.err != nil {
		return Count{}, f
	} else if ok {
		if number.ShortRange(lo.x, h.x) {
			return Count{}, countShortRange
		}
		if number.UnsharedScale(lo.x, h.x) {
			return Count{}, countFail{unsharedScaleMsg, ErrAmbiguous}
		}
		lo.x = number.ShareScale(lo.x, h.x)
		if lo, f = countValue(lo); f.err != nil {
			return Count{}, f
		}
		if lo.v >= h.v {
			return Count{}, countBadRange
		}
		hi, t, ranged = h, rest, true
	}
	if mode != countPlain && !ranged {
		return Count{}, countFail{"no range after between or from", ErrSyntax}
	}

	// The rest is the thing counted; it may end in a hedge ("200 people or
	// more") but must hold no other number.
	last := lo
	if ranged {
		last = hi
	}
	if f := countCheckTail(t, last.x.Trail != 1); f.err != nil {
		return Count{}, f
	}
	if q, _, ok := cutQualifierSuffix(t); ok {
		post.add(q)
	}
	if h, ok := countTailHedge(t); ok {
		post.join(h)
	}
	pre.join(post)
	if pre.contradictory() {
		return Count{}, countFail{contradictoryMsg, ErrSyntax}
	}
	outer := pre.q

	if ranged {
		return countRangeResult(int(lo.v), int(hi.v), outer)
	}
	q := outer
	switch {
	case lo.x.Vague: // keep the lower bound
		if outer.upper() {
			return Count{}, countFail{vagueUnderBoundMsg, ErrSyntax}
		}
		q = AtLeast
	case lo.x.Couple:
		q = combineQualifier(outer, About)
	}
	if q == LessThan && lo.v == 0 {
		return Count{}, countFail{"fewer than 0 is no count", ErrSyntax}
	}
	return Count{N: int(lo.v), Qualifier: q}, countFail{}
}

// countRangeResult is the range lo to hi under the hedge q: a hedge keeps
// its side of the range.
func countRangeResult(lo, hi int, q Qualifier) (Count, countFail) {
	switch {
	case q.lower():
		return Count{N: lo, Qualifier: q}, countFail{}
	case q.upper():
		return Count{N: hi, Qualifier: q}, countFail{}
	case lo == 0 && q == Exact:
		return Count{N: hi, Qualifier: AtMost}, countFail{}
	}
	return Count{N: lo, Max: hi, Qualifier: q}, countFail{}
}

// countNumber reads the number at the start of s.
func countNumber(s string, mode countMode) (countNum, countFail) {
	c := s[0]
	switch {
	case c == '-' || c == '+' || c == '.' || c == ',':
		if len(s) > 1 && isDigit(s[1]) {
			if c == '-' {
				return countNum{}, countNegative
			}
			return countNum{}, countFail{"sign or point before the number", ErrSyntax}
		}
	case c >= utf8.RuneSelf:
		if r, k := utf8.DecodeRuneInString(s); r == '\u2212' && len(s) > k && isDigit(s[k]) {
			return countNum{}, countNegative
		}
	}
	if w := number.WordAt(s, 0); number.Fold(w, "minus") || number.Fold(w, "negative") {
		return countNum{}, countNegative
	}
	x, end, f := number.Read(s, number.Options{Between: mode == countBetween})
	if f.Kind != number.OK {
		return countNum{}, numberFail(f)
	}
	if end < len(s) && isDigit(s[0]) {
		// Only scale abbreviations may touch the digits: "3k", "2bn";
		// not "1st", "1e5" or "44people".
		if isLetter(s[end]) {
			return countNum{}, countLetters
		}
		if s[end] == '%' || number.SpaceLen(s[end:]) > 0 && number.SkipSpace(s, end) < len(s) && s[number.SkipSpace(s, end)] == '%' {
			return countNum{}, countPercent
		}
	}
	return countValue(countNum{x: x, end: end})
}

// countValue checks the number for a count and sets its value.
func countValue(n countNum) (countNum, countFail) {
	x := n.x
	switch {
	case x.Ambiguous:
		return n, countFail{ambiguousNumber(x), ErrAmbiguous}
	case x.Mil:
		return n, countMil
	case !x.Whole() || x.Frac > 0 && x.Trail == 1:
		return n, countFraction // "2.5 people", "3.0"
	}
	v, ok := x.Int(countMax)
	if !ok {
		return n, countTooLarge
	}
	n.v = v
	return n, countFail{}
}

// countFillers are words that may stand before a count and change nothing:
// "a further 20", "all 44 victims", "only three".
var countFillers = [...]string{
	"a further", "further", "an additional", "additional", "another",
	"all of the", "all the", "all", "the", "only", "just", "a group of",
	"a batch of", "a staggering", "a whopping",
}

func countCutFiller(s string) (string, bool) {
	for _, w := range countFillers {
		if rest, ok := number.CutWord(s, w); ok && rest != "" {
			return rest, true
		}
	}
	return s, false
}

// countCutRepeat removes a repetition of n in brackets after it, as legal
// and police writing has it: "twenty-four (24) victims", "24 (twenty-four)".
func countCutRepeat(s string, n countNum) string {
	i := number.SkipSpace(s, 0)
	if i == len(s) || s[i] != '(' {
		return s
	}
	i = number.SkipSpace(s, i+1)
	if i == len(s) {
		return s
	}
	m, f := countNumber(s[i:], countPlain)
	if f.err != nil || m.v != n.v || m.x.Vague || m.x.Couple {
		return s
	}
	i = number.SkipSpace(s, i+m.end)
	if i == len(s) || s[i] != ')' {
		return s
	}
	return s[i+1:]
}

// countCutSuffix removes a hedge that follows the number: "+", "or more",
// "or so", "-odd", "plus"…, from the qualifierSuffixes of qualifier.go.
func countCutSuffix(s string) (Qualifier, string, bool) {
	i := number.SkipSpace(s, 0)
	if k := number.HyphenLen(s[i:]); k > 0 {
		i = number.SkipSpace(s, i+k)
	}
	t := s[i:]
	for _, w := range qualifierSuffixes {
		word := w.word
		if word[0] == '-' {
			continue // the hyphen is skipped above
		}
		if len(t) < len(word) || !number.Fold(t[:len(word)], word) {
			continue
		}
		if last := word[len(word)-1]; isLetter(last) && len(t) > len(word) && isLetter(t[len(word)]) {
			continue // "plush", "oddly"
		}
		return w.q, t[len(word):], true
	}
	return Exact, s, false
}

// countRange reads the upper end of a range after its lower end lo: "-30",
// "to 30", "or three", "and 30" after "between".
func countRange(lo countNum, s string, mode countMode) (countNum, string, bool, countFail) {
	if lo.x.Vague || lo.x.Couple {
		return countNum{}, s, false, countFail{}
	}
	i, ok := number.CutTo(s, 0, mode == countBetween, mode == countPlain)
	if !ok || i == len(s) {
		return countNum{}, s, false, countFail{}
	}
	if c := s[i]; !isDigit(c) {
		if !number.IsNumberWord(number.WordAt(s, i)) && !number.Fold(number.WordAt(s, i), "a") {
			return countNum{}, s, false, countFail{} // "20-member gang", "two or more" is a suffix
		}
	}
	hi, f := countNumber(s[i:], countPlain)
	if f.err != nil {
		return countNum{}, s, false, f
	}
	if hi.x.Vague || hi.x.Couple {
		return countNum{}, s, false, countTwo
	}
	return hi, s[i+hi.end:], true, countFail{}
}

// countTailHedge finds a hedge of two words or more inside the words after
// a count, where cutQualifierSuffix, which reads the end, does not see
// it: "50 women at most in Lima". A bound written after the noun is as
// much the count's as one before it; dropping it would turn "at most 50"
// into exactly 50.
func countTailHedge(s string) (hedges, bool) {
	var h hedges
	found := false
	for i := 0; i < len(s); i++ {
		if !isLetter(s[i]) || i > 0 && (isLetter(s[i-1]) || isDigit(s[i-1]) || s[i-1] == '-') {
			continue
		}
		for _, w := range qualifierSuffixes {
			word := w.word
			if strings.IndexByte(word, ' ') < 0 || len(s)-i < len(word) || !number.Fold(s[i:i+len(word)], word) {
				continue
			}
			if j := i + len(word); j < len(s) && (isLetter(s[j]) || isDigit(s[j]) || s[j] == '-') {
				continue // "or so-called"
			}
			h.add(w.q)
			found = true
			i += len(word) - 1
			break
		}
	}
	return h, found
}

// countCheckTail checks the words after a count: they must start at a word
// boundary, hold no other number and nothing that changes the figure (see
// countTailFigure). scaled says the count ended in a scale word.
func countCheckTail(s string, scaled bool) countFail {
	if s == "" {
		return countFail{}
	}
	if isLetter(s[0]) || isDigit(s[0]) {
		return countLetters
	}
	j := number.SkipSpace(s, 0)
	switch rest := s[j:]; {
	case rest != "" && rest[0] == '%':
		return countPercent
	case rest != "" && strings.IndexByte("<>=~", rest[0]) >= 0,
		strings.HasPrefix(rest, "≈"), strings.HasPrefix(rest, "≤"), strings.HasPrefix(rest, "≥"):
		// "12>", "12 =": a sign that says something of the count, which
		// it does not read.
		return countFail{"a sign after the count", ErrSyntax}
	}
	if k := number.HyphenLen(s); k > 0 {
		// "forty-something", "20-member gang": a hyphen makes a compound,
		// not a count followed by its noun.
		if j := number.SkipSpace(s, k); j < len(s) && (isLetter(s[j]) || isDigit(s[j])) {
			return countFail{"a compound word, not a count", ErrSyntax}
		}
	}
	if countCutPercent(s) {
		return countPercent
	}
	if f := countTailFigure(s, scaled); f.err != nil {
		return f
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isDigit(c):
			return countTwo
		case isLetter(c):
			j := i
			for j < len(s) && isLetter(s[j]) {
				j++
			}
			if number.IsNumberWord(s[i:j]) {
				return countTwo
			}
			i = j
		default:
			i++
		}
	}
	return countFail{}
}

// countCutPercent reports whether s opens with "per cent" or "percent".
func countCutPercent(s string) bool {
	w, end, _ := number.NextWord(s, 0)
	if number.Fold(w, "percent") {
		return true
	}
	if number.Fold(w, "per") {
		w, _, _ = number.NextWord(s, end)
		return number.Fold(w, "cent")
	}
	return false
}
