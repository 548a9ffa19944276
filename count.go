package rescue

import (
	"database/sql/driver"
	"encoding/json"
	"math"
	"strconv"
	"strings"
)

// Count is a number of people or things as a report gives it: a whole
// number N, possibly the lower end of a closed range up to Max, and a
// [Qualifier] saying how the true number relates to it: exactly N ("44"),
// a lower bound ("more than 200 foreigners", "at least 36 people"), an
// upper bound ("at most 15", "fewer than 50"), an estimate ("some 300
// people"), or a range ("20 to 30 women", "about 20 to 30").
//
// Vague plurals are kept as the conservative lower bounds that event-coding
// codebooks use, so that totals are never inflated: "dozens" is at least 12,
// "hundreds" at least 100 (see [ParseCount]).
//
// A range has N < Max and the qualifier Exact or About, and an exact range
// starts at 1 or more ("0 to 5" is written "at most 5"; an estimate may be
// "about 0 to 5"). A count that is not a range has Max 0.
//
// The zero Count is exactly 0. It also stands for "none recorded": a record
// that must tell "no victims" from "victims not counted" keeps the Count in
// a pointer or an optional field. Counts are comparable with == and usable
// as map keys. The fields are exported so that a Count can be built and
// read directly; [Count.Validate] checks one built by hand.
type Count struct {
	N         int       // the figure; for a range, its lower end
	Max       int       // the upper end of a closed range; 0 when the count is not a range
	Qualifier Qualifier // Exact or About for a range; any qualifier otherwise
}

// countMax is the largest count ParseCount accepts: 10^12, far beyond any
// real operation, and small enough that no sum of counts overflows.
const countMax = min(1_000_000_000_000, math.MaxInt)

// MustParseCount is like [ParseCount] but panics on an error. It is meant
// for tests and hard-coded strings.
func MustParseCount(s string) Count {
	c, err := ParseCount(s)
	if err != nil {
		panic(err)
	}
	return c
}

// IsRange reports whether c is a closed range ("20 to 30").
func (c Count) IsRange() bool { return c.Max != 0 }

// String returns the canonical text, which [ParseCount] and
// [Count.UnmarshalText] read back: "44", "more than 200", "at least 200",
// "fewer than 50", "at most 50", "about 300", "20 to 30", "about 20 to
// 30". The zero Count is "0". An invalid Count prints what it holds ("%!Qualifier(7) 44",
// "-3"), which the parsers refuse.
func (c Count) String() string {
	var buf [48]byte
	return string(c.appendTo(buf[:0]))
}

func (c Count) appendTo(b []byte) []byte {
	switch {
	case !c.Qualifier.IsValid():
		b = append(b, c.Qualifier.String()...)
		b = append(b, ' ')
	case c.Qualifier != Exact:
		b = append(b, c.Qualifier.words(false)...)
		b = append(b, ' ')
	}
	b = strconv.AppendInt(b, int64(c.N), 10)
	if c.Max != 0 {
		b = append(b, " to "...)
		b = strconv.AppendInt(b, int64(c.Max), 10)
	}
	return b
}

// AppendText implements [encoding.TextAppender]: it appends the canonical
// text to b. It fails with the error of [Count.Validate] for an invalid
// Count, so that nothing unparseable is ever written.
func (c Count) AppendText(b []byte) ([]byte, error) {
	if err := c.Validate(); err != nil {
		return b, err
	}
	return c.appendTo(b), nil
}

// MarshalText implements [encoding.TextMarshaler] with the canonical text,
// so that a Count is a JSON string ("at least 2"), a map key and a CSV
// cell. An invalid Count is an error (see [Count.Validate]).
func (c Count) MarshalText() ([]byte, error) {
	return c.AppendText(nil)
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It is strict: it
// reads only the canonical text of [Count.String] (its words in any case),
// and empty text as the zero Count. Report prose ("dozens", "over 200") is
// for [ParseCount]; the error says what its canonical text would be.
func (c *Count) UnmarshalText(b []byte) error {
	v, err := parseCanonicalCount("Count.UnmarshalText", string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// parseCanonicalCount reads the canonical text for the strict decoders.
func parseCanonicalCount(fn, s string) (Count, error) {
	if s == "" {
		return Count{}, nil
	}
	if len(s) > countMaxLen {
		return Count{}, parseError(fn, s, "too long", ErrRange)
	}
	c, ok := scanCanonicalCount(s)
	if ok {
		if c.Max == 0 && strings.Contains(s, " to ") { // "0 to 0"
			return Count{}, parseError(fn, s, "a range must rise", ErrInvalid)
		}
		if msg, sentinel := c.problem(); sentinel != nil {
			return Count{}, parseError(fn, s, msg, sentinel)
		}
		return c, nil
	}
	msg := "not a count in canonical form"
	if v, err := ParseCount(s); err == nil {
		msg = suggest(msg, v.String())
	}
	return Count{}, parseError(fn, s, msg, ErrSyntax)
}

// scanCanonicalCount reads "[words ]N[ to M]".
func scanCanonicalCount(s string) (Count, bool) {
	var c Count
	for q := AtLeast; q <= About; q++ {
		if w := q.words(false); len(s) > len(w) && s[len(w)] == ' ' && strings.EqualFold(s[:len(w)], w) {
			c.Qualifier, s = q, s[len(w)+1:]
			break
		}
	}
	lo, hi, isRange := strings.Cut(s, " to ")
	var ok bool
	if c.N, ok = canonicalInt(lo); !ok {
		return Count{}, false
	}
	if isRange {
		if c.Max, ok = canonicalInt(hi); !ok {
			return Count{}, false
		}
	}
	return c, true
}

// canonicalInt reads a whole number written as strconv writes it: digits,
// no sign, no leading zero. A number of more than 13 digits reads as
// countMax+1, which Validate refuses as out of range.
func canonicalInt(s string) (int, bool) {
	if s == "" || len(s) > 1 && s[0] == '0' {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		if n <= countMax {
			n = n*10 + int(s[i]-'0')
		}
	}
	return min(n, countMax+1), true
}

// UnmarshalJSON implements [json.Unmarshaler]. It reads the JSON string of
// [Count.MarshalText] strictly, as [Count.UnmarshalText] does, and also a
// bare JSON integer (40), as data sets often hold counts. JSON null leaves
// c unchanged, as for other types in encoding/json.
func (c *Count) UnmarshalJSON(b []byte) error {
	const fn = "Count.UnmarshalJSON"
	switch {
	case len(b) == 0:
		return parseError(fn, "", "empty", ErrSyntax)
	case string(b) == "null":
		return nil
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return parseError(fn, string(b), "not a JSON string", ErrSyntax)
		}
		v, err := parseCanonicalCount(fn, s)
		if err != nil {
			return err
		}
		*c = v
		return nil
	case isDigit(b[0]):
		n, ok := canonicalInt(string(b))
		if !ok {
			return parseError(fn, string(b), "not a whole number in canonical form", ErrSyntax)
		}
		v := Count{N: n}
		if msg, sentinel := v.problem(); sentinel != nil {
			return parseError(fn, string(b), msg, sentinel)
		}
		*c = v
		return nil
	}
	return parseError(fn, string(b), `want a JSON string such as "at least 12", or a whole number`, ErrSyntax)
}

// Scan implements [database/sql.Scanner]. It accepts the canonical text
// (string or []byte, read as [Count.UnmarshalText] does), an integer
// column (int64) and NULL, which gives the zero Count.
func (c *Count) Scan(src any) error {
	if n, ok := src.(int64); ok {
		if n < 0 || n > countMax {
			return parseError("Count.Scan", strconv.FormatInt(n, 10), "out of range", ErrRange)
		}
		*c = Count{N: int(n)}
		return nil
	}
	return scanText(src, "Count", c.UnmarshalText)
}

// Value implements [database/sql/driver.Valuer] with the canonical text.
// The zero Count is "0", not NULL: it is a figure, and Scan reads NULL
// back as the zero Count anyway. An invalid Count is an error.
func (c Count) Value() (driver.Value, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c.String(), nil
}

// Equal reports whether c and x are the same count with the same
// qualifier; it is c == x, for [github.com/google/go-cmp/cmp]. "more than
// 13" and "at least 14" hold the same numbers but are not Equal: they are
// different statements.
func (c Count) Equal(x Count) bool { return c == x }

// IsZero reports whether c is the zero Count: exactly 0, or none recorded.
// encoding/json's omitzero option uses it.
func (c Count) IsZero() bool { return c == Count{} }

// Validate reports whether c is a count the parsers could give: an error
// wrapping [ErrNegative] if N or Max is negative, [ErrRange] if either is
// above 10^12, and [ErrInvalid] for an unknown qualifier, "fewer than 0",
// or a range that does not rise (Max <= N), has a qualifier other than
// Exact or About, or is exact and starts below 1. The zero Count is valid.
func (c Count) Validate() error {
	if msg, sentinel := c.problem(); sentinel != nil {
		return parseError("Count.Validate", c.String(), msg, sentinel)
	}
	return nil
}

// problem is what Validate reports, without building the error: what is
// wrong and the sentinel, or a nil sentinel for a valid count.
func (c Count) problem() (msg string, sentinel error) {
	switch {
	case !c.Qualifier.IsValid():
		return "no such qualifier", ErrInvalid
	case c.N < 0 || c.Max < 0:
		return "", ErrNegative
	case c.N > countMax || c.Max > countMax:
		return "above 10^12", ErrRange
	case c.Qualifier == LessThan && c.N == 0 && c.Max == 0:
		return "fewer than 0 is no count", ErrInvalid
	case c.Max == 0:
		return "", nil
	case c.Max <= c.N:
		return "a range must rise", ErrInvalid
	case c.Qualifier != Exact && c.Qualifier != About:
		return "a range is exact or about", ErrInvalid
	case c.N < 1 && c.Qualifier == Exact:
		return `an exact range starts at 1 or more ("0 to 5" is "at most 5")`, ErrInvalid
	}
	return "", nil
}
