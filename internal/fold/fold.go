// Package fold turns names and codes into the keys rescue's parsers look
// them up by. The package and the generators that build its tables both
// fold with this code, so a key written by a generator is always the key
// the parser computes for the same text.
package fold

import "unicode/utf8"

// Result says how [Name] ended.
type Result uint8

const (
	// Folded: the key is complete.
	Folded Result = iota
	// Control: the text holds a control character other than white space
	// (NUL, ESC, DEL…), which marks corrupt input rather than a separator.
	Control
	// NoKey: the text holds a character no key holds (a letter of a
	// non-Latin script, a symbol), or its key does not fit the buffer.
	NoKey
)

// Growth is how many bytes of key a byte of text can become at most ("&"
// becomes " and"): a buffer of Growth×len(s) bytes holds any key of s.
const Growth = 4

// Name folds a country name, demonym or code into buf and returns the key:
// ASCII lower-case letters and digits, accents removed ("Côte" → "cote",
// "ß" → "ss"), apostrophes and dots dropped ("d'Ivoire" → "divoire",
// "U.S." → "us"), every run of other punctuation and space one space, "&"
// as "and", the abbreviations "st", "rep" and "dem" spelt out, and the
// word "the" dropped wherever it stands ("The Gambia", "Gambia, The",
// "Saint Vincent and the Grenadines"): no two countries' names differ
// only by it. It writes only into buf, so the caller decides whether
// folding allocates.
func Name(buf []byte, s string) (key []byte, r Result) {
	n := 0     // bytes written
	word := -1 // start of the open word, or -1
	var ok bool
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch x := nameASCII[c]; x {
			case asciiDrop:
			case asciiCtrl:
				return nil, Control
			case asciiSep, asciiAnd:
				if word >= 0 {
					if n, ok = endWord(buf, word, n); !ok {
						return nil, NoKey
					}
					word = -1
				}
				if x == asciiAnd {
					if n+4 > len(buf) {
						return nil, NoKey
					}
					if n > 0 {
						buf[n] = ' '
						n++
					}
					n += copy(buf[n:], "and")
				}
			default:
				if word < 0 {
					if n+1 >= len(buf) {
						return nil, NoKey
					}
					if n > 0 {
						buf[n] = ' '
						n++
					}
					word = n
				} else if n >= len(buf) {
					return nil, NoKey
				}
				buf[n] = x
				n++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\u2019' || r == '\u2018' || r == '\u201B' || r == '\u02BC' ||
			r == '\u02BB' || r == '\u00B4' || r == '\u2032' || r == '\u200B' ||
			r == '\uFEFF' || ('\u0300' <= r && r <= '\u036F'):
			// Apostrophes, zero-width characters and combining accents.
			continue
		case r == '\u00A0' || ('\u2000' <= r && r <= '\u200A') ||
			('\u2010' <= r && r <= '\u2015') || r == '\u201C' || r == '\u201D' ||
			r == '\u201E' || r == '\u00AB' || r == '\u00BB' || r == '\u00B7' ||
			r == '\u2212' || r == '\u3000':
			if word >= 0 {
				if n, ok = endWord(buf, word, n); !ok {
					return nil, NoKey
				}
				word = -1
			}
			continue
		}
		letters := Rune(r)
		if letters == "" {
			return nil, NoKey
		}
		if word < 0 {
			if n > 0 && n < len(buf) {
				buf[n] = ' '
				n++
			}
			word = n
		}
		if n+len(letters) > len(buf) {
			return nil, NoKey
		}
		n += copy(buf[n:], letters)
	}
	if word >= 0 {
		if n, ok = endWord(buf, word, n); !ok {
			return nil, NoKey
		}
	}
	return buf[:n], Folded
}

// What nameASCII holds for bytes that are not kept.
const (
	asciiSep  = 0   // a word break
	asciiDrop = 1   // dropped: "d'Ivoire", "U.S."
	asciiCtrl = 2   // a control character other than white space: corrupt input
	asciiAnd  = '&' // the word "and"
)

// nameASCII folds each ASCII byte: to the lower-case letter or digit it
// keeps, or to asciiSep, asciiDrop, asciiCtrl or asciiAnd.
var nameASCII = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c] = c
		t[c-'a'+'A'] = c
	}
	t['\''], t['.'], t['`'] = asciiDrop, asciiDrop, asciiDrop
	t['&'] = asciiAnd
	for c := range byte(' ') {
		if c < '\t' || c > '\r' {
			t[c] = asciiCtrl
		}
	}
	t[0x7F] = asciiCtrl
	return t
}()

// endWord closes the word buf[word:n], spelling out an abbreviation or
// dropping the word "the" with the space before it, and returns the new
// end; ok is false if the buffer is too small.
func endWord(buf []byte, word, n int) (end int, ok bool) {
	var long string
	// Most words are none of these: their length alone says so.
	switch w := buf[word:n]; {
	case len(w) == 2 && w[0] == 's' && w[1] == 't':
		long = "saint"
	case len(w) != 3:
		return n, true
	case w[0] == 't' && w[1] == 'h' && w[2] == 'e':
		return max(word-1, 0), true
	case w[0] == 'r' && w[1] == 'e' && w[2] == 'p':
		long = "republic"
	case w[0] == 'd' && w[1] == 'e' && w[2] == 'm':
		long = "democratic"
	default:
		return n, true
	}
	if word+len(long) > len(buf) {
		return n, false
	}
	return word + copy(buf[word:], long), true
}

// latinExtA folds U+0100…U+017F; '*' marks the letters folding to two,
// which Rune handles first.
const latinExtA = "aaaaaacccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" +
	"iiiiiiiiii" + "**" + "jj" + "kkk" + "llllllllll" + "nnnnnnnnn" + "oooooo" + "**" +
	"rrrrrr" + "ssssssss" + "tttttt" + "uuuuuuuuuuuu" + "ww" + "yyy" + "zzzzzz" + "s"

// Rune returns the lower-case ASCII letters the Latin letter r folds to,
// or "" if r is not a Latin letter with a fold.
func Rune(r rune) string {
	switch {
	case r == 'ß':
		return "ss"
	case '\u00C0' <= r && r <= '\u00FF':
		r |= 0x20 // lower-case: Latin-1 capitals differ in this bit (× becomes ÷)
		switch r {
		case 'à', 'á', 'â', 'ã', 'ä', 'å':
			return "a"
		case 'æ':
			return "ae"
		case 'ç':
			return "c"
		case 'è', 'é', 'ê', 'ë':
			return "e"
		case 'ì', 'í', 'î', 'ï':
			return "i"
		case 'ð':
			return "d"
		case 'ñ':
			return "n"
		case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø':
			return "o"
		case 'ù', 'ú', 'û', 'ü':
			return "u"
		case 'ý', 'ÿ':
			return "y"
		case 'þ':
			return "th"
		}
		return ""
	case '\u0100' <= r && r <= '\u017F':
		switch r {
		case 'Ĳ', 'ĳ':
			return "ij"
		case 'Œ', 'œ':
			return "oe"
		}
		i := r - 0x100
		return latinExtA[i : i+1]
	case r == 'Ș' || r == 'ș' || r == 'Ş' || r == 'ş':
		return "s"
	case r == 'Ț' || r == 'ț':
		return "t"
	case r == 'Ơ' || r == 'ơ':
		return "o"
	case r == 'Ư' || r == 'ư':
		return "u"
	case '\u1EA0' <= r && r <= '\u1EF9': // Vietnamese: "Việt Nam"
		switch {
		case r <= '\u1EB7':
			return "a"
		case r <= '\u1EC7':
			return "e"
		case r <= '\u1ECB':
			return "i"
		case r <= '\u1EE3':
			return "o"
		case r <= '\u1EF1':
			return "u"
		}
		return "y"
	}
	return ""
}
