package fold

// Compact appends to dst the key a vocabulary code, label or synonym is
// looked up by: ASCII letters in lower case, with spaces, hyphens,
// underscores, slashes, apostrophes, dots, commas, semicolons, colons and
// parentheses dropped, along with no-break spaces, typographic apostrophes
// and en dashes. Other bytes are kept, so they match nothing. The key is
// never longer than s.
func Compact(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			dst = append(dst, c+'a'-'A')
		case compactIgnored(c):
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0: // U+00A0 no-break space
			i++
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 &&
			(s[i+2] == 0x98 || s[i+2] == 0x99 || s[i+2] == 0x93): // ‘ ’ –
			i += 2
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

func compactIgnored(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r', '-', '_', '/', '\'', '.', ',', ';', ':', '(', ')':
		return true
	}
	return false
}
