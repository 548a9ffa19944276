package rescue

import (
	"strings"
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
// 1,000.00". What Format prints for English, [ParseMoney] reads back to an
// equal Money. Other languages: "€1.234.567,59" in German, "€1234,59" in
// Spanish (no group before five digits), "US$۱۲٬۳۴۵٬۶۷۸٫۹۰" in Persian,
// "₹12,34,567.00" in Hindi. The signs stay those of English, which name
// one currency each. The zero Money formats as "".
func (m Money) Format(t language.Tag) string {
	if !m.IsValid() {
		return ""
	}
	st := numberStyleFor(t)
	var b strings.Builder
	b.Grow(32)
	if m.amount.Sign() < 0 {
		b.WriteByte('-')
	}
	if sym, ok := formatSymbols[m.cur.String()]; ok {
		b.WriteString(sym)
	} else {
		b.WriteString(m.cur.String())
		b.WriteByte(' ')
	}
	var buf [80]byte
	plain := appendAmount(buf[:0], m.amount.Abs(), m.cur.Digits())
	intPart, frac, hasFrac := strings.Cut(string(plain), ".")
	st.writeInt(&b, intPart)
	if hasFrac {
		b.WriteString(st.decimal)
		st.writeDigits(&b, frac)
	}
	return b.String()
}

// writeInt writes the digits of an integer with the style's grouping:
// none when it has fewer digits than the primary group plus the minimum
// grouping digits.
func (st numberStyle) writeInt(b *strings.Builder, digits string) {
	n := len(digits)
	grouped := st.group != "" && st.primary > 0 && n >= int(st.primary)+int(max(st.minGroup, 1))
	for i := 0; i < n; i++ {
		if grouped && i > 0 {
			left := n - i
			p, s := int(st.primary), int(max(st.secondary, 1))
			if left == p || left > p && (left-p)%s == 0 {
				b.WriteString(st.group)
			}
		}
		st.writeDigits(b, digits[i:i+1])
	}
}

// writeDigits writes ASCII digits in the style's script.
func (st numberStyle) writeDigits(b *strings.Builder, digits string) {
	if st.zero == '0' {
		b.WriteString(digits)
		return
	}
	for i := 0; i < len(digits); i++ {
		var rb [utf8.UTFMax]byte
		b.Write(utf8.AppendRune(rb[:0], st.zero+rune(digits[i]-'0')))
	}
}

// numberStyles maps the tags of numberStyleTable to their styles. It is
// built once, on first use, and never grows.
var numberStyles = sync.OnceValue(func() map[language.Tag]numberStyle {
	m := make(map[language.Tag]numberStyle, len(numberStyleTable))
	for _, e := range numberStyleTable {
		m[language.MustParse(e.tag)] = e.st
	}
	return m
})

// numberStyleFor returns the style of t's language, script and region (its
// extensions aside), or of its nearest CLDR parent that has one.
func numberStyleFor(t language.Tag) numberStyle {
	styles := numberStyles()
	base, script, region := t.Raw()
	if c, err := language.Compose(base, script, region); err == nil {
		t = c
	}
	for range 8 { // the longest parent chain is shorter
		if st, ok := styles[t]; ok {
			return st
		}
		if t == language.Und {
			break
		}
		t = t.Parent()
	}
	return styles[language.Und]
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
