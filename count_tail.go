package rescue

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/antitrafficking/rescue/internal/number"
)

// countTailFigure says why the words after a count may change its figure,
// or gives the zero countFail. ParseCount ignores the noun counted, so
// anything there that multiplies the number, adds to it or divides it
// would be dropped silently: "1½", "10³", "5 ‰", "5만", "5 พัน", "two
// score", "5 milliards", "one and a half", "two thirds". The rules are
// general where they can be — a number sign of any script, a
// mathematical sign, a word of a script other than Latin right after a
// number that ended in digits — and a list of words elsewhere. scaled says
// the number ended in a scale word, after which a word of another script
// is the noun counted ("5万人": 50,000 people).
func countTailFigure(s string, scaled bool) countFail {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsNumber(r) {
			// "1½", "10³", "٥": a vulgar fraction, a power, a digit of
			// another script.
			return countFail{"a fraction, power or other number sign after the count", ErrSyntax}
		}
	}
	i := number.SkipSpace(s, 0)
	r, _ := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == '‰' || r == '‱':
		return countPercent // "5 ‰": a rate, as "5%" is
	case r >= utf8.RuneSelf && unicode.Is(unicode.Sm, r):
		return countFail{"a sign after the count", ErrSyntax} // "5 ×", "5 ∕"
	case !scaled && unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r):
		// "5만", "5百", "5 พัน": words of these scripts after a number
		// are as often a scale the reader does not know as the noun
		// counted; its own ("5 ล้าน", "5億") were read with the number.
		return countFail{"a word in a script other than Latin after the number, which may be a scale word", ErrSyntax}
	}
	w, end := countTailWord(s, i)
	if w == "" {
		return countFail{}
	}
	if number.Fold(w, "and") {
		// "one and a half", "twelve and a quarter"
		w2, end2 := countTailWord(s, number.SkipSpace(s, end))
		if number.Fold(w2, "a") || number.Fold(w2, "an") {
			w2, _ = countTailWord(s, number.SkipSpace(s, end2))
		}
		if isFractionWord(w2) {
			return countFail{"a fraction after the count", ErrSyntax}
		}
		return countFail{}
	}
	if end < len(s) && number.HyphenLen(s[end:]) > 0 {
		return countFail{} // "two half-sisters", "5 grand-children"
	}
	switch {
	case isFractionWord(w):
		return countFail{"a fraction, not a count", ErrSyntax} // "one half", "two thirds"
	case number.IsScaleWord(w) || isCountMultiplier(w):
		return countFail{"a scale word the count does not read: " + quoteInput(w), ErrSyntax}
	}
	return countFail{}
}

// countTailWord returns the word of letters (any script, with their marks)
// at s[i:], and a dot that ends an abbreviation ("Tsd."), and the index
// after it.
func countTailWord(s string, i int) (string, int) {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		j += size
	}
	if j > i && j < len(s) && s[j] == '.' {
		j++
	}
	return s[i:j], j
}

// fractionWords are the English words that make a number a fraction.
var fractionWords = [...]string{
	"half", "halves", "third", "thirds", "quarter", "quarters", "fourth",
	"fourths", "fifth", "fifths", "sixth", "sixths", "seventh", "sevenths",
	"eighth", "eighths", "ninth", "ninths", "tenth", "tenths",
}

func isFractionWord(w string) bool {
	for _, f := range fractionWords {
		if number.Fold(w, f) {
			return true
		}
	}
	return false
}

// countMultipliers are words that multiply a number and that the number
// reader does not read: old English multipliers ("two score" is 40, "5
// gross" 720, "5 grand" 5000, "myriad" 10,000) and the scale words and
// abbreviations of languages whose siblings it reads or that reports
// quote (French, Italian, German, Polish, Czech, Dutch, Scandinavian,
// Portuguese, Vietnamese, Tagalog, Hindi and Urdu in Latin letters). Each
// after a number is far more often a scale than the noun counted.
var countMultipliers = [...]string{
	"score", "gross", "grand", "myriad", "myriads",
	"milliard", "milliards", "mille", "mila", "milla", "mil.", "mld", "mld.", "mlrd", "mlrd.",
	"tsd", "tsd.", "tausend", "mill", "mill.", "md", "mds",
	"tys", "tys.", "tysiąc", "tysiące", "tysięcy", "tis", "tis.", "tisíc",
	"miljoen", "miljoenen", "miljard", "miljarden", "miljon", "miljoner", "miljarder", "millioner", "milliarder",
	"milione", "milioni", "miliardo", "miliardi", "millier", "milliers",
	"bi", "bil", "bil.", "mi", "mi.", "tri", "milhar", "milhares",
	"tỉ", "ti", "trăm", "vạn", "nghin", "ngan", "trieu", "ty",
	"daan", "sandaan", "sanlibo",
	"hazar", "hazaar", "hajar", "hazār", "kharab", "neel",
}

// isCountMultiplier reports whether w is one of countMultipliers, in any
// case, or "arab" (a hundred crore in South Asian counting) in lower case:
// "5 Arab nationals" is a count of people.
func isCountMultiplier(w string) bool {
	if w == "arab" || w == "arabs" {
		return true
	}
	for _, m := range countMultipliers {
		if len(m) == len(w) && (number.Fold(w, m) || strings.EqualFold(w, m)) {
			return true
		}
	}
	return false
}
