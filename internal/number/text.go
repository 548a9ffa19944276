package number

import "unicode/utf8"

// SpaceLen returns the length of the space at the start of s, or 0: an
// ASCII space or tab, or a no-break, figure, thin or narrow no-break space.
func SpaceLen(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case ' ', '\t', '\n', '\r':
		return 1
	}
	if s[0] < utf8.RuneSelf {
		return 0
	}
	r, k := utf8.DecodeRuneInString(s)
	if IsSpace(r) {
		return k
	}
	return 0
}

// IsSpace reports whether r is a space the reader skips.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u00a0', '\u2007', '\u2009', '\u202f', '\u2002', '\u2003':
		return true
	}
	return false
}

// SkipSpace returns the index of the first non-space at or after i.
func SkipSpace(s string, i int) int {
	for i < len(s) {
		k := SpaceLen(s[i:])
		if k == 0 {
			break
		}
		i += k
	}
	return i
}

// Trim trims the spaces of [IsSpace] from both ends of s.
func Trim(s string) string {
	s = s[SkipSpace(s, 0):]
	for s != "" {
		r, k := utf8.DecodeLastRuneInString(s)
		if !IsSpace(r) {
			break
		}
		s = s[:len(s)-k]
	}
	return s
}

// HyphenLen returns the length of the hyphen or dash at the start of s,
// or 0: a hyphen-minus, a hyphen, a non-breaking hyphen, a figure dash or
// an en dash.
func HyphenLen(s string) int {
	if s == "" {
		return 0
	}
	if s[0] == '-' {
		return 1
	}
	if s[0] < utf8.RuneSelf {
		return 0
	}
	switch r, k := utf8.DecodeRuneInString(s); r {
	case '\u2010', '\u2011', '\u2012', '\u2013':
		return k
	}
	return 0
}

// IsDigit reports whether c is an ASCII digit.
func IsDigit(c byte) bool { return '0' <= c && c <= '9' }

// IsLetter reports whether c is an ASCII letter.
func IsLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// NextWord reads the ASCII word after spaces and at most one hyphen at
// s[i:], as in "forty-two" or "forty two". It returns the word, the index
// after it, and whether a hyphen came before it; the word is "" if none
// follows.
func NextWord(s string, i int) (w string, end int, hyphen bool) {
	i = SkipSpace(s, i)
	if k := HyphenLen(s[i:]); k > 0 {
		i = SkipSpace(s, i+k)
		hyphen = true
	}
	j := i
	for j < len(s) && IsLetter(s[j]) {
		j++
	}
	return s[i:j], j, hyphen
}

// WordAt returns the word of [NextWord] at s[i:].
func WordAt(s string, i int) string {
	w, _, _ := NextWord(s, i)
	return w
}

// Fold is strings.EqualFold for ASCII letters, without the Unicode case
// folding that would let "K" (the Kelvin sign) match "k".
func Fold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x != y && (x|0x20 != y|0x20 || !IsLetter(x)) {
			return false
		}
	}
	return true
}

// CutWord removes the word or phrase w (any case) and the spaces after it
// from the start of s; w must end at a word boundary.
func CutWord(s, w string) (string, bool) {
	if len(s) < len(w) || !Fold(s[:len(w)], w) {
		return s, false
	}
	if len(s) > len(w) && (IsLetter(s[len(w)]) || IsDigit(s[len(w)])) && IsLetter(w[len(w)-1]) {
		return s, false
	}
	return s[SkipSpace(s, len(w)):], true
}
