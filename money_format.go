package rescue

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Format returns m the way a person reads it in language t. For English it
// writes the sign that names the currency unambiguously, grouping and at
// least the currency's minor units: "US$10,000.00", "S$13,700.00",
// "RM1,500,000.00", "NT$3,000.00", "S/5,000.00", "€2,500,000.00",
// "JP¥500", "-US$3.50"; a currency with no such sign gets its ISO code and
// a space: "KES 1,000.00". What Format prints for English, [ParseMoney]
// reads back to an equal Money. For other languages the grouping and
// decimal marks come from golang.org/x/text (best effort); the signs stay
// those of English. The zero Money formats as "".
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
	var buf [64]byte
	plain := appendAmount(buf[:0], m.amount.Abs(), m.cur.Digits())
	intPart, frac, hasFrac := strings.Cut(string(plain), ".")
	writeGrouped(&b, intPart, st)
	if hasFrac {
		b.WriteString(st.decimal)
		b.WriteString(frac)
	}
	return b.String()
}

// numberStyle is how a language writes 1234567.5: its group and decimal
// marks, and whether it groups in the Indian way (12,34,567).
type numberStyle struct {
	group, decimal string
	indian         bool
}

var numberStyles sync.Map // language.Tag string → numberStyle

// numberStyleFor learns a language's marks by asking x/text to print
// 1234567.5 and reading the marks off the result.
func numberStyleFor(t language.Tag) numberStyle {
	key := t.String()
	if st, ok := numberStyles.Load(key); ok {
		return st.(numberStyle)
	}
	st := numberStyle{group: ",", decimal: "."}
	if t != language.Und {
		s := message.NewPrinter(t).Sprint(number.Decimal(1234567.5))
		var seps []string
		var lead int
		run := ""
		for _, r := range s {
			if unicode.IsDigit(r) {
				if run != "" {
					seps = append(seps, run)
					run = ""
				}
				if len(seps) == 0 {
					lead++
				}
				continue
			}
			run += string(r)
		}
		switch len(seps) {
		case 0:
		case 1:
			st = numberStyle{decimal: seps[0]}
		default:
			st = numberStyle{group: seps[0], decimal: seps[len(seps)-1], indian: lead == 2}
		}
	}
	numberStyles.Store(key, st)
	return st
}

func writeGrouped(b *strings.Builder, digits string, st numberStyle) {
	if st.group == "" || len(digits) <= 3 {
		b.WriteString(digits)
		return
	}
	head := len(digits) - 3
	tail := digits[head:]
	size := 3
	if st.indian {
		size = 2
	}
	first := head % size
	if first == 0 {
		first = size
	}
	b.WriteString(digits[:first])
	for i := first; i < head; i += size {
		b.WriteString(st.group)
		b.WriteString(digits[i : i+size])
	}
	b.WriteString(st.group)
	b.WriteString(tail)
}
