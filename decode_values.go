package rescue

import "time"

// The value types' UnmarshalText take a string of their text, which
// allocates; dates and ages are in most records several times. These fast
// paths read the canonical forms from the bytes and build the value with
// its constructor; anything else, errors included, is left to
// UnmarshalText. TestDecodeFastPaths checks that they agree with it.

// decodeFast sets the value u points to from text if text is a canonical
// date or age, and reports whether it did.
func decodeFast(u any, text []byte) bool {
	switch x := u.(type) {
	case *Date:
		if d, ok := decodeDateFast(text); ok {
			*x = d
			return true
		}
	case *Age:
		if a, ok := decodeAgeFast(text); ok {
			*x = a
			return true
		}
	}
	return false
}

// decodeDateFast reads "2023", "2023-10" or "2023-10-07".
func decodeDateFast(b []byte) (Date, bool) {
	var y, m, d int
	p := PrecisionYear
	switch {
	case len(b) == 4:
	case len(b) == 7 && b[4] == '-':
		p = PrecisionMonth
	case len(b) == 10 && b[4] == '-' && b[7] == '-':
		p = PrecisionDay
	default:
		return Date{}, false
	}
	y, ok := decodeDigits(b[:4])
	m, d = 1, 1
	if ok && p >= PrecisionMonth {
		m, ok = decodeDigits(b[5:7])
	}
	if ok && p == PrecisionDay {
		d, ok = decodeDigits(b[8:10])
	}
	if !ok {
		return Date{}, false
	}
	date, err := NewDate(y, time.Month(m), d, p)
	return date, err == nil
}

// decodeAgeFast reads "16", "15-26" and "48+": numbers without a leading
// zero, a range that rises.
func decodeAgeFast(b []byte) (Age, bool) {
	i := 0
	lo, ok := decodeNumber(b, &i)
	switch {
	case !ok:
		return Age{}, false
	case i == len(b):
		a := AgeYears(lo)
		return a, a.IsKnown()
	case i == len(b)-1 && b[i] == '+':
		a := AgeBetween(lo, -1)
		return a, a.IsKnown()
	case b[i] != '-':
		return Age{}, false
	}
	i++
	hi, ok := decodeNumber(b, &i)
	if !ok || i != len(b) || hi <= lo {
		return Age{}, false
	}
	a := AgeBetween(lo, hi)
	return a, a.IsKnown()
}

// decodeNumber reads one to three digits at b[*i:], without a leading zero
// (but "0").
func decodeNumber(b []byte, i *int) (int, bool) {
	start := *i
	for *i < len(b) && *i-start < 4 && '0' <= b[*i] && b[*i] <= '9' {
		*i++
	}
	n := *i - start
	if n == 0 || n > 3 || n > 1 && b[start] == '0' {
		return 0, false
	}
	v, _ := decodeDigits(b[start:*i])
	return v, true
}

// decodeDigits reads b, all digits.
func decodeDigits(b []byte) (int, bool) {
	v := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}
