package rescue

import (
	"database/sql/driver"
	"strconv"
	"strings"
)

// Age is a person's age in whole years as it was recorded: exact ("34"), a
// range such as one of CTDC's age bands ("18-20", "48+"), or unknown.
// Ranges are inclusive.
//
// The zero value is unknown; it is comparable and usable as a map key.
type Age struct {
	lo, hi uint8 // hi == openAge: no upper bound ("48+")
	known  bool
}

const (
	maxAge  = 150
	openAge = 255
)

// AgeYears returns the exact age n. It returns the unknown Age when n is
// outside 0 to 150.
func AgeYears(n int) Age {
	if n < 0 || n > maxAge {
		return Age{}
	}
	return Age{uint8(n), uint8(n), true}
}

// AgeBetween returns the inclusive range lo to hi; hi < 0 means no upper
// bound ("48+"). It returns the unknown Age for a range that is empty or
// outside 0 to 150.
func AgeBetween(lo, hi int) Age {
	switch {
	case lo < 0 || lo > maxAge || hi > maxAge:
		return Age{}
	case hi < 0:
		return Age{uint8(lo), openAge, true}
	case hi < lo:
		return Age{}
	}
	return Age{uint8(lo), uint8(hi), true}
}

// ParseAge parses "34", a range "18-20" (also CTDC's "18--20" and "09--17"),
// an open range "48+", or "" for unknown.
func ParseAge(s string) (Age, error) {
	const fn = "ParseAge"
	if len(s) > 64 { // bound before trimming: padding is input too
		return Age{}, parseError(fn, s, "too long", ErrRange)
	}
	t := strings.TrimSpace(s)
	if t == "" {
		return Age{}, nil
	}
	if len(t) > 16 {
		return Age{}, parseError(fn, s, "too long", ErrRange)
	}
	num := func(x string) (int, bool) {
		if x == "" || len(x) > 3 {
			return 0, false
		}
		n, err := strconv.Atoi(x)
		return n, err == nil && n >= 0 && n <= maxAge && x[0] != '+' && x[0] != '-'
	}
	if lo, ok := strings.CutSuffix(t, "+"); ok {
		n, ok := num(strings.TrimSpace(lo))
		if !ok {
			return Age{}, parseError(fn, s, "want years 0 to 150", ErrSyntax)
		}
		return AgeBetween(n, -1), nil
	}
	if lo, hi, ok := strings.Cut(t, "-"); ok {
		hi = strings.TrimPrefix(hi, "-")
		a, ok1 := num(strings.TrimSpace(lo))
		b, ok2 := num(strings.TrimSpace(hi))
		if !ok1 || !ok2 {
			return Age{}, parseError(fn, s, "want a range of years such as 18-20", ErrSyntax)
		}
		if b < a {
			return Age{}, parseError(fn, s, "range ends before it starts", ErrOutOfOrder)
		}
		return AgeBetween(a, b), nil
	}
	n, ok := num(t)
	if !ok {
		return Age{}, parseError(fn, s, "want years 0 to 150", ErrSyntax)
	}
	return AgeYears(n), nil
}

// IsKnown reports whether anything is known of the age.
func (a Age) IsKnown() bool { return a.known }

// IsZero reports whether a is the unknown Age.
func (a Age) IsZero() bool { return !a.known }

// Exact returns the age in years and true when it is known exactly.
func (a Age) Exact() (int, bool) { return int(a.lo), a.known && a.lo == a.hi }

// Range returns the least and greatest age it may be; hi is -1 when it has
// no upper bound, and ok is false when the age is unknown.
func (a Age) Range() (lo, hi int, ok bool) {
	if !a.known {
		return 0, 0, false
	}
	if a.hi == openAge {
		return int(a.lo), -1, true
	}
	return int(a.lo), int(a.hi), true
}

// IsMinor reports whether the person is under 18, and whether that is
// known: an age of 16 is a minor, 18-20 is not, 15-20 is not known.
func (a Age) IsMinor() (minor, known bool) {
	switch {
	case !a.known:
		return false, false
	case a.hi != openAge && a.hi < 18:
		return true, true
	case a.lo >= 18:
		return false, true
	}
	return false, false
}

// Equal reports whether a and b are the same recorded age.
func (a Age) Equal(b Age) bool { return a == b }

// String returns "34", "18-20", "48+", or "" when unknown.
func (a Age) String() string {
	b, _ := a.AppendText(nil)
	return string(b)
}

// AppendText appends the text form of [Age.String] to b.
func (a Age) AppendText(b []byte) ([]byte, error) {
	if !a.known {
		return b, nil
	}
	b = strconv.AppendInt(b, int64(a.lo), 10)
	switch {
	case a.hi == openAge:
		b = append(b, '+')
	case a.hi != a.lo:
		b = append(b, '-')
		b = strconv.AppendInt(b, int64(a.hi), 10)
	}
	return b, nil
}

// MarshalText returns the text form of [Age.String].
func (a Age) MarshalText() ([]byte, error) { return a.AppendText(nil) }

// UnmarshalText parses text with [ParseAge].
func (a *Age) UnmarshalText(b []byte) error {
	v, err := ParseAge(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// Scan implements [database/sql.Scanner] with the text form; an integer
// column is read as an exact age.
func (a *Age) Scan(src any) error {
	if n, ok := src.(int64); ok {
		if v := AgeYears(int(n)); v.known || n == 0 {
			*a = v
			return nil
		}
		return parseError("Age.Scan", strconv.FormatInt(n, 10), "want years 0 to 150", ErrRange)
	}
	return scanText(src, "Age", a.UnmarshalText)
}

// Value implements [database/sql/driver.Valuer] with the text form; the
// unknown Age is NULL.
func (a Age) Value() (driver.Value, error) {
	if !a.known {
		return nil, nil
	}
	return a.String(), nil
}

// ctdcBands are the age bands of the CTDC 2024 dataset (ageBroad), with
// their labels as the CSV writes them (hi < 0: no upper bound).
var ctdcBands = [...]struct {
	lo, hi int
	label  string
}{
	{0, 8, "0--8"}, {9, 17, "09--17"}, {18, 20, "18--20"}, {21, 23, "21--23"}, {24, 26, "24--26"},
	{27, 29, "27--29"}, {30, 38, "30--38"}, {39, 47, "39--47"}, {48, -1, "48+"},
}

// Band returns the CTDC age band that holds a (27 → 27-29, 50 → 48+), the
// coarsening used when records are shared. A range that spans several
// bands becomes the smallest run of bands that holds it; the unknown Age
// stays unknown.
func (a Age) Band() Age {
	if !a.known {
		return a
	}
	out := Age{known: true}
	for _, b := range ctdcBands {
		bhi := b.hi
		if bhi < 0 {
			bhi = maxAge
		}
		if b.lo <= int(a.lo) && int(a.lo) <= bhi {
			out.lo = uint8(b.lo)
		}
		if a.hi == openAge || (b.lo <= int(a.hi) && int(a.hi) <= bhi) {
			out.hi = uint8(b.hi)
			if b.hi < 0 {
				out.hi = openAge
			}
		}
	}
	return out
}

// CTDC returns the CTDC ageBroad label of the band that holds a exactly
// ("0--8", "09--17", "48+"), or "" when a is unknown or spans several
// bands.
func (a Age) CTDC() string {
	b := a.Band()
	if !b.known {
		return ""
	}
	for _, band := range ctdcBands {
		hi := uint8(band.hi)
		if band.hi < 0 {
			hi = openAge
		}
		if int(b.lo) == band.lo && b.hi == hi {
			return band.label
		}
	}
	return ""
}
