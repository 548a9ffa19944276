package extract

import (
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// kind is what a token is.
type kind uint8

const (
	kNone    kind = iota // no token: what doc.tok gives out of range
	kWord                // letters, with inner hyphens, apostrophes and the dots of "U.S."
	kNum                 // digits, grouped or with a decimal part: "1,374", "12.5", "3k"
	kOrdinal             // digits and an ordinal suffix: "23rd"
	kPunct               // one other character: ",", "(", "$", "—"
)

// token is a word, a number or a punctuation mark of the text. Offsets are
// int32 to keep a token small: the caller bounds the text well below 2 GiB.
type token struct {
	s, e  int32 // the byte span in the text
	sent  int32 // the sentence it belongs to
	cls   Class // its classes in the lexicon (words only)
	kind  kind
	cap   bool  // it starts with an upper-case letter
	upper bool  // it has two letters or more, all upper case
	space bool  // white space comes before it
	nl    uint8 // how many line breaks come before it (at most 2)
}

// isSpace reports white space, including the no-break and thin spaces.
func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// lowerASCII returns s with its ASCII letters in lower case: every byte
// keeps its offset, so a token's span indexes both.
func lowerASCII(s string) string {
	if s == "" {
		return ""
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	// b is never written again: the string shares it instead of copying
	// it a second time.
	return unsafe.String(&b[0], len(b))
}

// tokenize splits text into tokens. It reads each byte a bounded number of
// times, so it is linear in the length of the text. The slice is allocated
// for a token every five bytes, which holds the tokens of a report (about
// one every 5.6 bytes) in one pass; a denser text makes it count the rest
// and allocate once more at the exact size, so that a text of one token per
// byte costs no more than a fifth more than it must.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+16)
	for i := 0; ; {
		var t token
		if t, i = nextToken(text, i); i < 0 {
			return toks
		}
		if len(toks) == cap(toks) {
			n := 0
			for j := i; ; n++ {
				if _, j = nextToken(text, j); j < 0 {
					break
				}
			}
			toks = append(make([]token, 0, len(toks)+1+n), toks...)
		}
		toks = append(toks, t)
	}
}

// nextToken reads the token after the space at text[i:], and returns it
// and the offset after it, or -1 at the end of the text.
func nextToken(text string, i int) (token, int) {
	space, nl := i == 0, 0
	for i < len(text) {
		var t token
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, most of any report: no decoding.
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f':
				space = true
				if c == '\n' && nl < 2 {
					nl++
				}
				i++
				continue
			case isLetterByte(c):
				t = scanWord(text, i)
			case isDigit(c):
				t = scanNumber(text, i)
			default:
				t = token{s: int32(i), e: int32(i + 1), kind: kPunct}
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case isSpace(r):
				space = true
				i += size
				continue
			case unicode.IsLetter(r):
				t = scanWord(text, i)
			default:
				t = token{s: int32(i), e: int32(i + size), kind: kPunct}
			}
		}
		t.space, t.nl = space, uint8(nl)
		return t, int(t.e)
	}
	return token{}, -1
}

// scanWord reads a word from text[i], which is a letter.
func scanWord(text string, i int) token {
	t := token{s: int32(i), kind: kWord}
	letters, uppers, first := 0, 0, true
	digits := false // after a hyphen, digits belong to the word: "COVID-19"
	j := i
	for j < len(text) {
		if c := text[j]; isLetterByte(c) {
			// ASCII letters: no decoding.
			if c <= 'Z' {
				uppers++
				if first {
					t.cap = true
				}
			}
			letters++
			first, digits = false, false
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		switch {
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			if unicode.IsUpper(r) {
				uppers++
				if first {
					t.cap = true
				}
			}
			letters++
			first, digits = false, false
			j += size
			continue
		case r < utf8.RuneSelf && isDigit(byte(r)):
			// "COVID-19" keeps its digits after a hyphen; "Rp12" splits.
			if digits || j > i && text[j-1] == '-' {
				digits = true
				j += size
				continue
			}
		case r == '-' || r == '\'' || r == '’':
			// Inside a word only between two letters or digits:
			// "forty-two", "tip-off", "country's".
			if j > i && j+size < len(text) {
				next, _ := utf8.DecodeRuneInString(text[j+size:])
				if unicode.IsLetter(next) || (r == '-' && next < utf8.RuneSelf && isDigit(byte(next))) {
					j += size
					continue
				}
			}
		case r == '.':
			// The dots of "U.S." and "a.m.": single letters each.
			if j-i >= 1 && isSingleLetterRun(text[i:j]) && j+2 <= len(text) {
				next, _ := utf8.DecodeRuneInString(text[j+1:])
				if unicode.IsLetter(next) && (j+2 >= len(text) || !isLetterByte(text[j+2])) {
					j += 2
					if j < len(text) && text[j] == '.' {
						j++
					}
					continue
				}
			}
		}
		break
	}
	t.e = int32(j)
	t.upper = letters >= 2 && uppers == letters
	return t
}

// isSingleLetterRun reports whether w is a letter, or letters each followed
// by a dot ("U.S"): the start of an abbreviation written with dots.
func isSingleLetterRun(w string) bool {
	for k := 0; k < len(w); k++ {
		if k%2 == 0 && !isLetterByte(w[k]) || k%2 == 1 && w[k] != '.' {
			return false
		}
	}
	return true
}

func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// scanNumber reads a number from text[i], which is a digit: digits grouped
// by "," or "." ("1,374", "12.5"), then an ordinal suffix ("23rd"), a
// scale letter ("3k", "1.5m", "2bn") or, after a hyphen, the rest of a
// compound word ("13-year-old", which is a word).
func scanNumber(text string, i int) token {
	t := token{s: int32(i), kind: kNum}
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	for j+1 < len(text) && (text[j] == ',' || text[j] == '.') && isDigit(text[j+1]) {
		j++
		for j < len(text) && isDigit(text[j]) {
			j++
		}
	}
	// Letters right after the digits.
	k := j
	for k < len(text) && isLetterByte(text[k]) {
		k++
	}
	if k > j {
		suffix := lowerASCII(text[j:k])
		scale := false
		switch suffix {
		case "k", "m", "mn", "bn", "b":
			scale = true
		}
		// A scale letter before a hyphen and a word keeps its number:
		// "£1.2m-worth", "$5bn-a-year" (the hyphen is then a token of its
		// own); before a digit, or in "3D-printed", the letters do not.
		hyphenWord := k+1 < len(text) && text[k] == '-' && isLetterByte(text[k+1])
		if k < len(text) && (isDigit(text[k]) || text[k] == '-' && !(scale && hyphenWord)) {
			t.e = int32(j)
			return t
		}
		switch suffix {
		case "k", "m", "mn", "bn", "b":
			t.e = int32(k)
		case "st", "nd", "rd", "th":
			t.kind, t.e = kOrdinal, int32(k)
		default:
			t.e = int32(j) // "2Twenty": the digits alone
		}
		return t
	}
	if j+1 < len(text) && text[j] == '-' && isLetterByte(text[j+1]) {
		// "13-year-old", "20-member": a compound word, not a count.
		w := scanWord(text, j+1)
		t.kind, t.e = kWord, w.e
		return t
	}
	t.e = int32(j)
	return t
}
