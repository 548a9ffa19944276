package rescue

import (
	"database/sql/driver"
	"fmt"
	"strconv"
	"strings"
)

// Qualifier says how a reported figure relates to the true one: exactly it,
// at least it, at most it, or about it. Reports rarely give exact figures
// ("more than US$10,000", "nearly 50 people"); the qualifier keeps what was
// reported so that a figure is never silently inflated or made exact.
//
// The zero value is Exact.
type Qualifier uint8

// The qualifiers. Their text forms are "", "at-least", "at-most" and "about".
const (
	Exact   Qualifier = iota // the figure as reported, with no hedge
	AtLeast                  // "more than", "over", "at least": a lower bound
	AtMost                   // "up to", "nearly", "less than": an upper bound
	About                    // "about", "some", "an estimated": an estimate
)

var qualifierText = [...]string{Exact: "", AtLeast: "at-least", AtMost: "at-most", About: "about"}

// String returns the qualifier's text form: "" for Exact, "at-least",
// "at-most" or "about". A value out of range prints as "%!Qualifier(N)".
func (q Qualifier) String() string {
	if int(q) < len(qualifierText) {
		return qualifierText[q]
	}
	return "%!Qualifier(" + strconv.Itoa(int(q)) + ")"
}

// IsValid reports whether q is one of the four qualifiers.
func (q Qualifier) IsValid() bool { return int(q) < len(qualifierText) }

// words returns the words that introduce a figure with this qualifier in
// the package's canonical text: "at least", "at most" and "about" for a
// count, "more than", "up to" and "about" for an amount (amount true). It
// returns "" for Exact and for an invalid qualifier.
func (q Qualifier) words(amount bool) string {
	switch q {
	case AtLeast:
		if amount {
			return "more than"
		}
		return "at least"
	case AtMost:
		if amount {
			return "up to"
		}
		return "at most"
	case About:
		return "about"
	}
	return ""
}

// ParseQualifier parses a qualifier's text form ("", "at-least", "at-most",
// "about") or any of the words that reports use for it ("more than",
// "nearly", "approximately", …), in any case. Input longer than 64 bytes,
// spaces included, is an error wrapping [ErrRange]; anything else it does
// not know, [ErrSyntax].
func ParseQualifier(s string) (Qualifier, error) {
	// Bound the input before trimming it, so that 100 MB of spaces is
	// rejected unread rather than scanned and taken for "".
	if len(s) > 64 {
		return Exact, parseError("ParseQualifier", s, "too long", ErrRange)
	}
	t := strings.TrimSpace(s)
	if t == "" {
		return Exact, nil
	}
	if q, rest, ok := cutQualifier(t); ok && rest == "" {
		return q, nil
	}
	for i, text := range qualifierText {
		if i > 0 && strings.EqualFold(t, text) {
			return Qualifier(i), nil
		}
	}
	if strings.EqualFold(t, "exact") || strings.EqualFold(t, "exactly") {
		return Exact, nil
	}
	return Exact, parseError("ParseQualifier", s, "not a qualifier", ErrSyntax)
}

// MarshalText returns the qualifier's text form.
func (q Qualifier) MarshalText() ([]byte, error) {
	if !q.IsValid() {
		return nil, parseError("Qualifier.MarshalText", q.String(), "no such qualifier", ErrInvalid)
	}
	return []byte(q.String()), nil
}

// UnmarshalText sets q from its text form or a qualifying word.
func (q *Qualifier) UnmarshalText(b []byte) error {
	v, err := ParseQualifier(string(b))
	if err != nil {
		return err
	}
	*q = v
	return nil
}

// Scan implements [database/sql.Scanner] for the text form.
func (q *Qualifier) Scan(src any) error {
	return scanText(src, "Qualifier", q.UnmarshalText)
}

// Value implements [database/sql/driver.Valuer]: the text form.
func (q Qualifier) Value() (driver.Value, error) {
	if !q.IsValid() {
		return nil, parseError("Qualifier.Value", q.String(), "no such qualifier", ErrInvalid)
	}
	return q.String(), nil
}

// qualifierWords are the words that open a hedged figure, longest first
// within a shared prefix so that "more than" wins over "more".
var qualifierWords = []struct {
	word string
	q    Qualifier
}{
	{"more than", AtLeast}, {"well over", AtLeast}, {"just over", AtLeast},
	{"over", AtLeast}, {"at least", AtLeast}, {"at-least", AtLeast},
	{"in excess of", AtLeast}, {"upwards of", AtLeast}, {"upward of", AtLeast},
	{"no fewer than", AtLeast}, {"no less than", AtLeast}, {"not less than", AtLeast},
	{"not fewer than", AtLeast}, {"greater than", AtLeast}, {"exceeding", AtLeast},
	{"above", AtLeast}, {"minimum of", AtLeast}, {"a minimum of", AtLeast},
	{"up to", AtMost}, {"less than", AtMost}, {"fewer than", AtMost},
	{"just under", AtMost}, {"under", AtMost}, {"at most", AtMost}, {"at-most", AtMost},
	{"nearly", AtMost}, {"almost", AtMost}, {"no more than", AtMost},
	{"not more than", AtMost}, {"below", AtMost}, {"close to", AtMost},
	{"a maximum of", AtMost}, {"maximum of", AtMost}, {"as many as", AtMost},
	{"as much as", AtMost},
	{"about", About}, {"around", About}, {"approximately", About},
	{"approx.", About}, {"approx", About}, {"roughly", About}, {"some", About},
	{"an estimated", About}, {"estimated", About}, {"est.", About},
	{"circa", About}, {"ca.", About}, {"c.", About}, {"~", About},
	{"an approximate", About}, {"approximate", About}, {"an approximated", About},
	{"reportedly", Exact}, {"a total of", Exact}, {"total of", Exact}, {"exactly", Exact},
}

// cutQualifier removes the qualifying words at the start of s (in any case),
// possibly several, and returns the qualifier and the rest, trimmed. Several
// hedges combine as in combineQualifier: "reportedly more than" is a lower
// bound, "an estimated more than" an estimate. ok is false when s opens with
// no qualifying word.
func cutQualifier(s string) (q Qualifier, rest string, ok bool) {
	rest = s
	for {
		found := false
		for _, w := range qualifierWords {
			if len(rest) < len(w.word) || !strings.EqualFold(rest[:len(w.word)], w.word) {
				continue
			}
			after := rest[len(w.word):]
			last := w.word[len(w.word)-1]
			// A word must end at a word boundary ("overall" is not "over"),
			// except for the words that end in punctuation ("~", "c.").
			if isLetter(last) && after != "" && !isSpaceOrPunct(after[0]) {
				continue
			}
			q = combineQualifier(q, w.q)
			rest = strings.TrimLeft(after, " \t\u00a0")
			found, ok = true, true
			break
		}
		if !found {
			return q, strings.TrimSpace(rest), ok
		}
	}
}

// combineQualifier merges two hedges found on one figure: an estimate of a
// bound is still an estimate, and a bound says more than Exact.
func combineQualifier(a, b Qualifier) Qualifier {
	switch {
	case a == Exact:
		return b
	case b == Exact, a == b:
		return a
	default:
		return About
	}
}

// cutQualifierSuffix removes a trailing hedge ("200+", "200 or more",
// "50 or so", "100-plus") from s and returns the qualifier and the rest.
func cutQualifierSuffix(s string) (q Qualifier, rest string, ok bool) {
	t := strings.TrimRight(s, " \t")
	for _, w := range qualifierSuffixes {
		if len(t) >= len(w.word) && strings.EqualFold(t[len(t)-len(w.word):], w.word) {
			head := t[:len(t)-len(w.word)]
			if w.word[0] != '+' && head != "" && !isSpaceOrPunct(head[len(head)-1]) {
				continue
			}
			return w.q, strings.TrimRight(head, " \t-"), true
		}
	}
	return Exact, s, false
}

var qualifierSuffixes = []struct {
	word string
	q    Qualifier
}{
	{"+", AtLeast}, {"or more", AtLeast}, {"and more", AtLeast}, {"and above", AtLeast},
	{"plus", AtLeast}, {"or over", AtLeast}, {"or less", AtMost}, {"or fewer", AtMost},
	{"or so", About}, {"odd", About}, {"-odd", About}, {"approx.", About}, {"approximately", About},
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isSpaceOrPunct(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '-', ',', '.', ';', ':', '(', ')', '$', '~', '\'', '"':
		return true
	}
	return c >= 0x80 // a multi-byte rune: a currency sign or a non-ASCII space
}

// scanText implements sql.Scanner for a type whose database form is its text.
func scanText(src any, typ string, set func([]byte) error) error {
	switch v := src.(type) {
	case nil:
		return set(nil)
	case string:
		return set([]byte(v))
	case []byte:
		return set(v)
	}
	return parseError(typ+".Scan", "", fmt.Sprintf("cannot scan a %T", src), ErrInvalid)
}
