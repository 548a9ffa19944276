package number

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// scaleWords are the words and abbreviations that multiply a number, in
// English and in the languages whose words English-language reports quote
// or that reports are written in: Indonesian and Malay (ribu, juta,
// miliar), Tagalog (libo, milyon, bilyon), Portuguese and Spanish
// (milhão, millones), German (Mio., Mrd.), Vietnamese (nghìn, triệu, tỷ),
// Thai (ล้าน) and Chinese and Japanese (千, 万, 億, 兆). "mil" is read by
// the caller (see [Number.Mil]); "hundred" and "dozen" are scales after
// digits too ("3 dozen"). A word counts only when it ends at a word
// boundary, so the order does not matter.
var scaleWords = []struct {
	word string
	m    int64
}{
	{"hundred", 100}, {"hundreds", 100}, {"dozen", 12}, {"dozens", 12},
	{"k", 1e3}, {"thousand", 1e3}, {"thousands", 1e3}, {"ribu", 1e3}, {"rb", 1e3},
	{"libo", 1e3}, {"nghìn", 1e3}, {"ngàn", 1e3},
	{"lakh", 1e5}, {"lakhs", 1e5}, {"lac", 1e5}, {"lacs", 1e5},
	{"m", 1e6}, {"mn", 1e6}, {"mln", 1e6}, {"mio", 1e6}, {"mio.", 1e6},
	{"million", 1e6}, {"millions", 1e6}, {"juta", 1e6}, {"jt", 1e6}, {"milyon", 1e6},
	{"milhão", 1e6}, {"milhões", 1e6}, {"millón", 1e6}, {"millon", 1e6},
	{"millones", 1e6}, {"triệu", 1e6}, {"ล้าน", 1e6},
	{"crore", 1e7}, {"crores", 1e7}, {"cr", 1e7},
	{"b", 1e9}, {"bn", 1e9}, {"bln", 1e9}, {"billion", 1e9}, {"billions", 1e9},
	{"miliar", 1e9}, {"milyar", 1e9}, {"bilyon", 1e9}, {"bilhão", 1e9},
	{"bilhões", 1e9}, {"mrd", 1e9}, {"mrd.", 1e9}, {"tỷ", 1e9},
	{"tn", 1e12}, {"trn", 1e12}, {"trillion", 1e12}, {"trillions", 1e12},
	{"triliun", 1e12}, {"trilyon", 1e12}, {"billón", 1e12}, {"billones", 1e12},
}

// cjkScales are the Chinese and Japanese scale characters, which need no
// word boundary: "3億円", "1万人".
var cjkScales = []struct {
	word string
	m    int64
}{{"千", 1e3}, {"万", 1e4}, {"萬", 1e4}, {"億", 1e8}, {"亿", 1e8}, {"兆", 1e12}}

// milWord is "mil", a thousand in Spanish and Portuguese ("R$ 5 mil") and a
// million in English headlines ("RM1.5mil").
const milWord = "mil"

// cutScaleWord reads a scale word at s[i:], after at most one space or
// hyphen. It returns the multiplier (0 for "mil") and the index after the
// word, or ok false.
func cutScaleWord(s string, i int) (m int64, end int, ok bool) {
	j := i
	if k := SpaceLen(s[j:]); k > 0 {
		j = SkipSpace(s, j+k)
	} else if k := HyphenLen(s[j:]); k > 0 {
		j += k // "P2-million", "₱6-billion"
	}
	t := s[j:]
	for _, c := range cjkScales {
		if strings.HasPrefix(t, c.word) {
			return c.m, j + len(c.word), true
		}
	}
	if t == "" || !(IsLetter(t[0]) || t[0] >= utf8.RuneSelf) {
		return 0, i, false
	}
	// The word runs to the next rune that is not a letter (a dot may end
	// an abbreviation: "Mio.").
	w := t
	for k, r := range t {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) { // marks: Thai tone marks
			w = t[:k]
			break
		}
	}
	if len(w) < len(t) && t[len(w)] == '.' {
		if m, ok := lookupScale(t[:len(w)+1]); ok {
			return m, j + len(w) + 1, true
		}
	}
	if Fold(w, milWord) {
		return 0, j + len(w), true
	}
	if m, ok := lookupScale(w); ok {
		return m, j + len(w), true
	}
	return 0, i, false
}

// isLetterM reports whether the scale word that ends at s[:end] is the
// letter "m" alone.
func isLetterM(s string, end int) bool {
	return end >= 1 && s[end-1]|0x20 == 'm' && (end == 1 || !IsLetter(s[end-2]))
}

// isCrAbbrev reports whether the scale word ending at s[end] is "cr"
// alone, the abbreviation of crore.
func isCrAbbrev(s string, end int) bool {
	return end >= 2 && s[end-2]|0x20 == 'c' && s[end-1]|0x20 == 'r' && (end == 2 || !IsLetter(s[end-3]))
}

func lookupScale(w string) (int64, bool) {
	for _, sc := range scaleWords {
		if len(sc.word) != len(w) {
			continue
		}
		// ASCII words fold as ASCII, so that the Kelvin sign is no "k".
		if Fold(w, sc.word) || hasNonASCII(sc.word) && strings.EqualFold(w, sc.word) {
			return sc.m, true
		}
	}
	return 0, false
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// IsScaleWord reports whether w is a scale word or abbreviation ("million",
// "bn", "juta", "mil").
func IsScaleWord(w string) bool {
	if Fold(w, milWord) {
		return true
	}
	_, ok := lookupScale(w)
	return ok
}

// readScales reads the scale words after a number at s[i:], each larger
// than the one before ("2 hundred thousand", "mil millones"), and applies
// them to x. It returns the new x and the index after the last word.
func readScales(x Number, s string, i int) (Number, int, Fail) {
	var last int64
	mil := false
	for {
		m, end, ok := cutScaleWord(s, i)
		if !ok {
			break
		}
		if m == 0 { // "mil"
			if mil || last != 0 {
				break
			}
			mil, i = true, end
			continue
		}
		if mil {
			if m < 1e6 {
				break
			}
			// "mil millones", "mil milhões": a thousand millions, a
			// milliard, in every language that says it.
			m *= 1000
			mil = false
		}
		if m <= last || m == 12 && last != 0 {
			break
		}
		y, ok := x.mul(m)
		if !ok {
			return x, i, failTooLarge
		}
		x, last, i = y, m, end
		x.Trail = m
		x.LetterM = isLetterM(s, end)
		x.CrAbbrev = isCrAbbrev(s, end)
	}
	x.Mil = mil
	if mil && last == 0 {
		x.Trail = 1
	}
	return x, i, Fail{}
}
