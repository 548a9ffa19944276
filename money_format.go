package rescue

import (
	"bytes"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/language"
)

//go:generate go run ./internal/gen/numbers

// Format returns m the way a person reads it in language t: the sign that
// names the currency unambiguously, then the amount with at least the
// currency's minor units, written with the digits, decimal and group
// symbols and grouping of t's default numbering system as CLDR gives them
// (through golang.org/x/text), CLDR's minimum grouping digits included.
// Each number is in one script: native digits with native separators, or
// Latin digits with Latin separators.
//
// For English: "US$10,000.00", "S$13,700.00", "RM1,500,000.00",
// "NT$3,000.00", "S/5,000.00", "€2,500,000.00", "JP¥500", "-US$3.50"; a
// currency with no such sign gets its ISO code and a space: "KES
// 1,000.00". Other languages: "€1.234.567,59" in German, "€1234,59" in
// Spanish (no group before five digits), "US$۱۲٬۳۴۵٬۶۷۸٫۹۰" in Persian,
// "₹12,34,567.00" in Hindi. The signs stay those of English, which name
// one currency each. The zero Money formats as "".
//
// What Format prints in a language written in Latin digits, [ParseMoneyIn]
// reads back in that language to an equal Money; [ParseMoney] reads back
// what it prints for English. The exception, in both, is an amount with
// exactly three decimals in a currency with fewer minor units, whose mark
// may as well group thousands: it is refused as ambiguous, whether the
// digits before the mark are three or fewer ("US$3.125" in English or
// with no language, "BBD 1.001", "AED 1,001" in German) or grouped
// ("US$1,234.125").
func (m Money) Format(t language.Tag) string {
	if !m.IsValid() {
		return ""
	}
	var buf [128]byte
	return string(m.appendFormat(buf[:0], numberStyleFor(t)))
}

// appendFormat appends what [Money.Format] returns, in style st.
func (m Money) appendFormat(b []byte, st numberStyle) []byte {
	if m.Sign() < 0 {
		b = append(b, '-')
		m = m.Neg()
	}
	if sym, ok := formatSymbols[m.cur.String()]; ok {
		b = append(b, sym...)
	} else {
		b = append(b, m.cur.String()...)
		b = append(b, ' ')
	}
	var pbuf [80]byte
	plain := appendAmount(pbuf[:0], m, m.cur.Digits())
	intPart, frac := plain, []byte(nil)
	if dot := bytes.IndexByte(plain, '.'); dot >= 0 {
		intPart, frac = plain[:dot], plain[dot+1:]
	}
	b = st.appendInt(b, intPart)
	if frac != nil {
		b = append(b, st.decimal...)
		b = st.appendDigits(b, frac)
	}
	return b
}

// appendInt appends the digits of an integer with the style's grouping:
// none when it has fewer digits than the primary group plus the minimum
// grouping digits.
func (st numberStyle) appendInt(b []byte, digits []byte) []byte {
	n := len(digits)
	grouped := st.group != "" && st.primary > 0 && n >= int(st.primary)+int(max(st.minGroup, 1))
	for i := 0; i < n; i++ {
		if grouped && i > 0 {
			left := n - i
			p, s := int(st.primary), int(max(st.secondary, 1))
			if left == p || left > p && (left-p)%s == 0 {
				b = append(b, st.group...)
			}
		}
		b = st.appendDigits(b, digits[i:i+1])
	}
	return b
}

// appendDigits appends ASCII digits in the style's script.
func (st numberStyle) appendDigits(b []byte, digits []byte) []byte {
	if st.zero == '0' {
		return append(b, digits...)
	}
	for _, d := range digits {
		b = utf8.AppendRune(b, st.zero+rune(d-'0'))
	}
	return b
}

// styleKey is a language tag's language, script and region.
type styleKey struct {
	base   language.Base
	script language.Script
	region language.Region
}

// numberStyles maps the tags of numberStyleTable to their styles. It is
// built once, on first use, and never grows.
var numberStyles = sync.OnceValue(func() map[styleKey]numberStyle {
	m := make(map[styleKey]numberStyle, len(numberStyleTable))
	for _, e := range numberStyleTable {
		b, s, r := language.MustParse(e.tag).Raw()
		m[styleKey{b, s, r}] = e.st
	}
	return m
})

// numberStyleFor returns the style of t's language, script and region (its
// extensions aside), or else of its nearest ancestor in the table: with a
// script, the language and script; if that script is the language's usual
// one, or none is given, the language and region, then the language
// alone; then the root. (The generator left out the locales whose style is
// that ancestor's.)
func numberStyleFor(t language.Tag) numberStyle {
	styles := numberStyles()
	b, s, r := t.Raw()
	var none language.Script
	var nowhere language.Region
	if st, ok := styles[styleKey{b, s, r}]; ok {
		return st
	}
	if s != none {
		if st, ok := styles[styleKey{b, s, nowhere}]; ok {
			return st
		}
		if usual, _ := language.Make(b.String()).Script(); usual != s {
			return styles[styleKey{}]
		}
	}
	if st, ok := styles[styleKey{b, none, r}]; ok {
		return st
	}
	if st, ok := styles[styleKey{b, none, nowhere}]; ok {
		return st
	}
	return styles[styleKey{}]
}

// numberStyle is how a locale writes a number: the zero of its digits
// (they run on from it), its decimal and group symbols, its grouping sizes
// (3 and 3, or 3 and 2 in the Indian way) and CLDR's minimum grouping
// digits, and the decimal and group symbols it uses with Latin digits.
type numberStyle struct {
	zero                   rune
	decimal, group         string
	primary, secondary     uint8
	minGroup               uint8
	latnDecimal, latnGroup string
}
