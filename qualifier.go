package rescue

import (
	"database/sql/driver"
	"fmt"
	"strconv"
	"strings"
)

// Qualifier says how a reported figure relates to the true one: exactly
// it, a lower bound (inclusive or strict), an upper bound (inclusive or
// strict), or an estimate. Reports rarely give exact figures ("more than
// US$10,000", "nearly 50 people"); the qualifier keeps what was reported,
// with its strength, so that a figure is never silently inflated, made
// exact, or turned into a stronger claim: "at least 200" and "more than
// 200" are different statements and stay different.
//
// The zero value is Exact.
type Qualifier uint8

// The qualifiers. Their text forms are "", "at-least", "more-than",
// "at-most", "less-than" and "about"; the numbers behind them are not part
// of the API.
const (
	Exact    Qualifier = iota // the figure as reported, with no hedge
	AtLeast                   // "at least", "no fewer than", "a minimum of": an inclusive lower bound
	MoreThan                  // "more than", "over", "exceeding": a strict lower bound
	AtMost                    // "up to", "at most", "no more than": an inclusive upper bound
	LessThan                  // "fewer than", "less than", "under", "nearly": a strict upper bound
	About                     // "about", "some", "an estimated": an estimate
)

var qualifierText = [...]string{
	Exact: "", AtLeast: "at-least", MoreThan: "more-than", AtMost: "at-most", LessThan: "less-than", About: "about",
}

// String returns the qualifier's text form: "" for Exact, "at-least",
// "more-than", "at-most", "less-than" or "about". A value out of range
// prints as "%!Qualifier(N)".
func (q Qualifier) String() string {
	if int(q) < len(qualifierText) {
		return qualifierText[q]
	}
	return "%!Qualifier(" + strconv.Itoa(int(q)) + ")"
}

// IsValid reports whether q is one of the six qualifiers.
func (q Qualifier) IsValid() bool { return int(q) < len(qualifierText) }

// IsZero reports whether q is the zero Qualifier, Exact.
func (q Qualifier) IsZero() bool { return q == Exact }

// lower reports whether q is a lower bound, upper an upper bound.
func (q Qualifier) lower() bool { return q == AtLeast || q == MoreThan }
func (q Qualifier) upper() bool { return q == AtMost || q == LessThan }

// words returns the words that introduce a figure with this qualifier in
// the package's canonical text: for a count "at least", "more than", "at
// most", "fewer than", "about"; for an amount (amount true) "at least",
// "more than", "up to", "less than", "about". It returns "" for Exact and
// for an invalid qualifier.
func (q Qualifier) words(amount bool) string {
	switch q {
	case AtLeast:
		return "at least"
	case MoreThan:
		return "more than"
	case AtMost:
		if amount {
			return "up to"
		}
		return "at most"
	case LessThan:
		if amount {
			return "less than"
		}
		return "fewer than"
	case About:
		return "about"
	}
	return ""
}

// ParseQualifier parses a qualifier's text form ("", "at-least",
// "more-than", "at-most", "less-than", "about") or any of the words that
// reports use for it, in any case: "more than", "over", "exceeding" and
// "in excess of" are [MoreThan]; "at least", "no fewer than" and "a
// minimum of" [AtLeast]; "fewer than", "less than", "under", "nearly" and
// "almost" [LessThan]; "up to", "at most", "no more than" and "as many as"
// [AtMost]; "about", "around", "some", "approximately" and "an estimated"
// [About]; and the words of the report languages (Indonesian "lebih dari",
// "sekitar", "hingga"; Tagalog "mahigit", "halos"; …). Several words
// combine ("reportedly more than" is [MoreThan], "an estimated more than"
// [About]), but a lower and an upper bound together ("more than up to")
// contradict each other and are refused. Input longer than 64 bytes,
// spaces included, is an error wrapping [ErrRange]; anything else it does
// not know, or a contradiction, [ErrSyntax].
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
	if q, ok := qualifierFromText(t); ok {
		return q, nil
	}
	if h, rest, ok := cutHedges(t); ok && rest == "" {
		if h.contradictory() {
			return Exact, parseError("ParseQualifier", s, contradictoryMsg, ErrSyntax)
		}
		return h.q, nil
	}
	if strings.EqualFold(t, "exact") || strings.EqualFold(t, "exactly") {
		return Exact, nil
	}
	return Exact, parseError("ParseQualifier", s, "not a qualifier", ErrSyntax)
}

// qualifierFromText reads a text form other than "", in any case.
func qualifierFromText(t string) (Qualifier, bool) {
	for i, text := range qualifierText {
		if i > 0 && strings.EqualFold(t, text) {
			return Qualifier(i), true
		}
	}
	return Exact, false
}

// MarshalText returns the qualifier's text form.
func (q Qualifier) MarshalText() ([]byte, error) {
	if !q.IsValid() {
		return nil, parseError("Qualifier.MarshalText", q.String(), "no such qualifier", ErrInvalid)
	}
	return []byte(q.String()), nil
}

// UnmarshalText sets q from its text form, in any case; empty text is
// Exact. It is strict: the words of reports ("more than") are for
// [ParseQualifier], and the error says which text form they stand for.
func (q *Qualifier) UnmarshalText(b []byte) error {
	s := string(b)
	if s == "" {
		*q = Exact
		return nil
	}
	if v, ok := qualifierFromText(s); ok {
		*q = v
		return nil
	}
	msg := "not a qualifier"
	if v, err := ParseQualifier(s); err == nil {
		msg = suggest(msg, v.String())
	}
	return parseError("Qualifier.UnmarshalText", s, msg, ErrSyntax)
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
	// Strict lower bounds.
	{"more than", MoreThan}, {"well over", MoreThan}, {"just over", MoreThan},
	{"over", MoreThan}, {"in excess of", MoreThan}, {"upwards of", MoreThan},
	{"upward of", MoreThan}, {"greater than", MoreThan}, {"exceeding", MoreThan},
	{"above", MoreThan}, {"more-than", MoreThan},
	// Inclusive lower bounds.
	{"at least", AtLeast}, {"at-least", AtLeast}, {"no fewer than", AtLeast},
	{"no less than", AtLeast}, {"not less than", AtLeast}, {"not fewer than", AtLeast},
	{"a minimum of", AtLeast}, {"minimum of", AtLeast},
	// Inclusive upper bounds.
	{"up to", AtMost}, {"at most", AtMost}, {"at-most", AtMost}, {"no more than", AtMost},
	{"not more than", AtMost}, {"a maximum of", AtMost}, {"maximum of", AtMost},
	{"as many as", AtMost}, {"as much as", AtMost},
	// Strict upper bounds.
	{"fewer than", LessThan}, {"less than", LessThan}, {"less-than", LessThan},
	{"just under", LessThan}, {"under", LessThan}, {"below", LessThan},
	{"nearly", LessThan}, {"almost", LessThan}, {"close to", LessThan},
	// Estimates.
	{"about", About}, {"around", About}, {"approximately", About},
	{"approx.", About}, {"approx", About}, {"roughly", About}, {"some", About},
	{"an estimated", About}, {"estimated", About}, {"est.", About},
	{"circa", About}, {"ca.", About}, {"c.", About}, {"~", About}, {"≈", About},
	{"an approximate", About}, {"approximate", About}, {"an approximated", About},
	// Words that change nothing.
	{"reportedly", Exact}, {"a total of", Exact}, {"total of", Exact}, {"exactly", Exact},
	// The report languages: Indonesian and Malay, Tagalog, Vietnamese.
	{"lebih dari", MoreThan}, {"lebih daripada", MoreThan}, {"mahigit sa", MoreThan},
	{"mahigit", MoreThan}, {"higit sa", MoreThan}, {"hơn", MoreThan}, {"trên", MoreThan},
	{"sedikitnya", AtLeast}, {"setidaknya", AtLeast}, {"paling sedikit", AtLeast},
	{"minimal", AtLeast}, {"hingga", AtMost}, {"sampai", AtMost}, {"maksimal", AtMost},
	{"paling banyak", AtMost}, {"hanggang", AtMost}, {"kurang dari", LessThan},
	{"kurang daripada", LessThan}, {"hampir", LessThan}, {"halos", LessThan},
	{"kulang sa", LessThan}, {"gần", LessThan}, {"dưới", LessThan},
	{"sekitar", About}, {"kira-kira", About}, {"lebih kurang", About},
	{"humigit-kumulang", About}, {"humigit kumulang", About}, {"tinatayang", About},
	{"khoảng", About}, {"mga", About},
}

// cutQualifier removes the qualifying words at the start of s (in any case),
// possibly several, and returns the qualifier and the rest, trimmed. Several
// hedges combine as in combineQualifier: "reportedly more than" is a lower
// bound, "an estimated more than" an estimate. ok is false when s opens with
// no qualifying word.
func cutQualifier(s string) (q Qualifier, rest string, ok bool) {
	h, rest, ok := cutHedges(s)
	return h.q, rest, ok
}

// hedges are the hedges written on one figure: their combined qualifier
// (combineQualifier), and whether any bounds it from below and any from
// above. Both at once contradict each other ("less than over 200",
// "nearly more than"): the figure is refused, not read as an estimate.
type hedges struct {
	q            Qualifier
	lower, upper bool
}

// add adds the hedge q.
func (h *hedges) add(q Qualifier) {
	h.q = combineQualifier(h.q, q)
	h.lower = h.lower || q.lower()
	h.upper = h.upper || q.upper()
}

// join adds the hedges of o.
func (h *hedges) join(o hedges) {
	h.q = combineQualifier(h.q, o.q)
	h.lower = h.lower || o.lower
	h.upper = h.upper || o.upper
}

// contradictory reports whether a lower and an upper bound were written.
func (h hedges) contradictory() bool { return h.lower && h.upper }

// contradictoryMsg is the message for hedges that contradict each other.
const contradictoryMsg = "a lower and an upper bound on one figure contradict each other"

// cutHedges is cutQualifier with the sides of the bounds it read.
func cutHedges(s string) (h hedges, rest string, ok bool) {
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
			h.add(w.q)
			rest = strings.TrimLeft(after, " \t\u00a0")
			found, ok = true, true
			break
		}
		if !found {
			return h, strings.TrimSpace(rest), ok
		}
	}
}

// combineQualifier merges two hedges written on one figure ("reportedly
// more than", "over 200+", "about 200 or more"): a bound says more than
// Exact; two bounds on the same side give the weaker of them ("more than
// 200 or more" claims no more than "at least 200"); an estimate with
// anything gives an estimate. Bounds on both sides give an estimate here,
// but the parsers refuse them (see hedges): "less than over 200" says
// nothing one can record.
func combineQualifier(a, b Qualifier) Qualifier {
	switch {
	case a == Exact:
		return b
	case b == Exact, a == b:
		return a
	case a.lower() && b.lower():
		return AtLeast
	case a.upper() && b.upper():
		return AtMost
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
	{"or above", AtLeast}, {"and over", AtLeast}, {"plus", AtLeast}, {"or over", AtLeast},
	{"or less", AtMost}, {"or fewer", AtMost}, {"or under", AtMost},
	{"or so", About}, {"odd", About}, {"-odd", About}, {"approx.", About}, {"approximately", About},
	// Bounds written after the figure: "50 at most", "50 women at least",
	// "50 and counting" (the figure is still rising: a lower bound).
	{"at most", AtMost}, {"at the most", AtMost}, {"at the very most", AtMost}, {"at a maximum", AtMost},
	{"at maximum", AtMost}, {"at least", AtLeast}, {"at the least", AtLeast}, {"at the very least", AtLeast},
	{"at a minimum", AtLeast}, {"at minimum", AtLeast}, {"and counting", AtLeast},
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
