package schema

import (
	"fmt"
	"strings"
	"unicode"
)

// The character rules of the package's free text and identifiers (its
// text.go), as regular expressions built from the same Unicode tables, so
// that the schema refuses what Validate refuses.

// textPattern matches free text: no control character but tab and line
// feed, and none of the bidirectional embedding, override and isolate
// controls (U+202A–U+202E, U+2066–U+2069).
func textPattern() string {
	return `^[^\x00-\x08\x0B-\x1F\x7F-\x9F` + runeRange(0x202A, 0x202E) + runeRange(0x2066, 0x2069) + `]*$`
}

// idPattern matches a non-empty identifier: no control or formatting
// character (Unicode Cc and Cf), and no white space at either end.
func idPattern() string {
	c := `\x00-\x1F\x7F-\x9F` + class(unicode.Cf)
	cs := c + class(unicode.White_Space)
	return `^[^` + cs + `](?:[^` + c + `]*[^` + cs + `])?$`
}

// class writes the ranges of t outside ASCII and the C1 controls, and the
// ASCII space, as the inside of a character class. (ASCII controls are
// written separately, as escapes.)
func class(t *unicode.RangeTable) string {
	var ranges [][2]rune // merged where they touch
	add := func(lo, hi rune) {
		switch {
		case hi < ' ':
			return
		case lo <= ' ' && ' ' <= hi:
			lo, hi = ' ', ' '
		case hi <= 0x9F:
			return // ASCII and C1: written as escapes
		default:
			lo = max(lo, 0xA0)
		}
		if n := len(ranges); n > 0 && ranges[n-1][1]+1 == lo {
			ranges[n-1][1] = hi
			return
		}
		ranges = append(ranges, [2]rune{lo, hi})
	}
	each := func(lo, hi, stride uint32) {
		for r := lo; r <= hi; r += stride {
			if stride == 1 {
				add(rune(r), rune(hi))
				return
			}
			add(rune(r), rune(r))
		}
	}
	for _, r := range t.R16 {
		each(uint32(r.Lo), uint32(r.Hi), uint32(r.Stride))
	}
	for _, r := range t.R32 {
		each(r.Lo, r.Hi, r.Stride)
	}
	var b strings.Builder
	for _, r := range ranges {
		b.WriteString(runeRange(r[0], r[1]))
	}
	return b.String()
}

// runeRange writes lo-hi, or lo alone, as literal characters.
func runeRange(lo, hi rune) string {
	if lo == hi {
		return string(lo)
	}
	if strings.ContainsRune(`\]^-`, lo) || strings.ContainsRune(`\]^-`, hi) {
		panic(fmt.Sprintf("schema: %U-%U needs escaping in a class", lo, hi))
	}
	return string(lo) + "-" + string(hi)
}
