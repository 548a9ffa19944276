package rescue

import (
	"database/sql/driver"
	"fmt"
	"log/slog"
	"strconv"
)

// Personal is free text that can identify a person: a victim's or
// suspect's name, a note about what happened to someone, the street or
// village where something happened, what a victim was promised. It is kept
// for the record holder — encoding/json and [Personal.MarshalText] write
// it, [Personal.Value] stores it — but it never reaches a log line or a
// message: String, GoString, every fmt verb and LogValue print
// "(withheld)" in its place (or nothing when it is empty), wherever the
// value is copied or embedded.
//
// To read the text, convert it: string(v.Name). [Operation.Redact] clears
// every Personal field of individual records.
//
// The zero value is no text.
type Personal string

// withheld is what String, Format and LogValue print for non-empty
// personal text.
const withheld = "(withheld)"

// String returns "(withheld)", or "" when p is empty: never the text.
func (p Personal) String() string {
	if p == "" {
		return ""
	}
	return withheld
}

// GoString is used by %#v: `rescue.Personal("(withheld)")`, never the text.
func (p Personal) GoString() string {
	return "rescue.Personal(" + strconv.Quote(p.String()) + ")"
}

// Format makes every fmt verb print [Personal.String] (%#v prints
// [Personal.GoString]), so that %s, %q, %x and %v of p, or of a struct,
// slice or map that holds it, never print the text.
func (p Personal) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		fmt.Fprint(f, p.GoString())
		return
	}
	if verb == 'q' {
		fmt.Fprint(f, strconv.Quote(p.String()))
		return
	}
	fmt.Fprint(f, p.String())
}

// LogValue implements [slog.LogValuer]: the text is withheld.
func (p Personal) LogValue() slog.Value { return slog.StringValue(p.String()) }

// IsZero reports whether p is empty.
func (p Personal) IsZero() bool { return p == "" }

// MarshalText returns the text itself, for storage: encoding/json and
// encoding/xml write it.
func (p Personal) MarshalText() ([]byte, error) { return []byte(p), nil }

// UnmarshalText sets p to the text.
func (p *Personal) UnmarshalText(b []byte) error {
	*p = Personal(b)
	return nil
}

// Scan implements [database/sql.Scanner]: a text column, NULL for empty.
func (p *Personal) Scan(src any) error { return scanText(src, "Personal", p.UnmarshalText) }

// Value implements [database/sql/driver.Valuer]: the text itself, or NULL
// when empty.
func (p Personal) Value() (driver.Value, error) {
	if p == "" {
		return nil, nil
	}
	return string(p), nil
}

// List is a list of the operation's records — victims, suspects, evidence
// items, places, triggers, tallies — that logs safely: slog's JSON handler
// writes a plain slice with encoding/json, personal text and all, but
// resolves a List through [List.LogValue], which logs each element through
// its own LogValue (which leaves personal data out). It is a slice in
// every other way: append to it, range over it, and assign a []T to it.
//
// A container of the caller's own (a []Victim, a struct with a Victim
// field, a []*Operation) has no such method: log its elements one by one,
// or wrap the slice in a List.
type List[T slog.LogValuer] []T

// maxLoggedItems bounds how many elements [List.LogValue] logs.
const maxLoggedItems = 100

// LogValue implements [slog.LogValuer]: a group with the length ("len")
// and the first 100 elements under their indexes ("0", "1", …), each
// logged through its own LogValue.
func (l List[T]) LogValue() slog.Value {
	n := min(len(l), maxLoggedItems)
	attrs := make([]slog.Attr, 0, n+1)
	attrs = append(attrs, slog.Int("len", len(l)))
	for i := range n {
		attrs = append(attrs, slog.Any(strconv.Itoa(i), l[i].LogValue()))
	}
	return slog.GroupValue(attrs...)
}
