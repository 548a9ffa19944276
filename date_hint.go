package rescue

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// The hints ParseDate and ParsePeriod give for the forms people write
// that they refuse. A hint names the ISO form only where the text has one
// reading: "15/09/2023" is 2023-09-15, since 15 is no month, but
// "03/04/2023" is 3 April in most of the world and March 4 in the United
// States, and the error says so rather than choose.

// dateNumeric splits a date written in numbers with the year last,
// "15/09/2023", into 15, 9 and 2023: one or two digits, a separator ('/',
// '.' or '-'), one or two digits, the same separator, four digits. Which
// of the first two is the day is for the caller to decide.
func dateNumeric(s string) (d [3]int, ok bool) {
	part, start := 0, 0
	var sep byte
	for i := 0; i <= len(s); i++ {
		if i < len(s) && '0' <= s[i] && s[i] <= '9' {
			continue
		}
		n := i - start
		if part < 2 && (n < 1 || n > 2) || part == 2 && n != 4 {
			return d, false
		}
		v, _ := strconv.Atoi(s[start:i])
		d[part] = v
		if i == len(s) {
			return d, part == 2
		}
		if part == 2 {
			return d, false
		}
		switch {
		case part == 0 && (s[i] == '/' || s[i] == '.' || s[i] == '-'):
			sep = s[i]
		case part == 1 && s[i] == sep:
		default:
			return d, false
		}
		part++
		start = i + 1
	}
	return d, false
}

// dateNumericProblem returns the message for s, refused by ParseDate, if
// it is a date in numbers with the year last ("15/09/2023").
func dateNumericProblem(s string) (string, bool) {
	d, ok := dateNumeric(s)
	if !ok {
		return "", false
	}
	a, b, year := d[0], d[1], d[2]
	iso := func(day, month int) string {
		date, err := NewDate(year, time.Month(month), day, PrecisionDay)
		if err != nil {
			return ""
		}
		return date.String()
	}
	if a != b && 1 <= a && a <= 12 && 1 <= b && b <= 12 {
		return "day and month could be either way round, " + strconv.Quote(iso(a, b)) +
			" or " + strconv.Quote(iso(b, a)) + ": write YYYY-MM-DD", true
	}
	day, month := a, b // a > 12, or a == b: the day comes first
	if b > 12 {
		day, month = b, a
	}
	if date := iso(day, month); date != "" {
		return suggest("write YYYY-MM-DD", date), true
	}
	return "no such date: write YYYY-MM-DD", true
}

// dateSeparatorProblem returns the message for s, refused by ParseDate
// at s[4], if it is a date with the year first written with '/' or '.'
// ("2023/09/15", "2023.09").
func dateSeparatorProblem(s string) (string, bool) {
	c := s[4]
	if c != '/' && c != '.' {
		return "", false
	}
	d, _, err := dateParse(strings.ReplaceAll(s, string(c), "-"))
	if err != nil {
		return "", false
	}
	return suggest("want '-' after the year", d.String()), true
}

// periodProblem returns the message for s, refused by ParsePeriod for
// its syntax, if it is a period with other signs between its dates, or a
// date written with '/' ("15/09/2023", "2023/09/15"), which ParsePeriod
// would read as a period.
func periodProblem(s string) (string, bool) {
	if msg, ok := periodYearsProblem(s); ok {
		return msg, true
	}
	if msg, ok := periodRangeProblem(s); ok {
		return msg, true
	}
	if msg, ok := dateNumericProblem(s); ok {
		return msg, true
	}
	if len(s) > 4 && dateDigits(s) == 4 {
		return dateSeparatorProblem(s)
	}
	return "", false
}

// periodSeparators are the words and signs people put between the two
// dates of a period, which ParsePeriod writes "start/end".
var periodSeparators = [...]string{" to ", " until ", " till ", " through ", " - ", " – ", " — ", "–", "—", "..", "--", " / "}

// periodRangeProblem returns the message for s, refused by ParsePeriod,
// if it is two dates with something other than '/' between them
// ("2023-01-01 to 2023-02-01"): the period in its own form when the two
// dates are ones ParsePeriod reads, in order.
func periodRangeProblem(s string) (string, bool) {
	for _, sep := range periodSeparators {
		start, end, found := strings.Cut(s, sep)
		if !found || strings.Contains(end, sep) {
			continue
		}
		const want = "two dates are written start/end"
		start, end = strings.TrimSpace(start), strings.TrimSpace(end)
		p, _, err := periodParse(start + "/" + end)
		switch {
		case err == ErrOutOfOrder:
			return want + ", the start first", true
		case err != nil || start == "" || end == "":
			return want + ", as YYYY-MM-DD/YYYY-MM-DD", true
		}
		return suggest(want, p.String()), true
	}
	return "", false
}

// periodYearsProblem returns the message for s, refused by ParsePeriod,
// if it is two years or days joined by a hyphen: "2022-2023" (read as a
// year and a month of three digits), "2019-20" (a month 20), "12-14 May
// 2023". The hint names the form; it does not guess the end of "2019-20",
// which may be a year or a fiscal year.
func periodYearsProblem(s string) (string, bool) {
	start, end, found := strings.Cut(s, "-")
	if !found {
		if start, end, found = strings.Cut(s, "–"); !found {
			return "", false
		}
	}
	digits := func(x string) bool {
		return x != "" && strings.Trim(x, "0123456789") == ""
	}
	switch {
	case len(start) == 4 && digits(start) && len(end) == 4 && digits(end):
		p, _, err := periodParse(start + "/" + end)
		if err == ErrOutOfOrder {
			return "two years are written start/end, the start first", true
		}
		if err == nil {
			return suggest("two years are written start/end", p.String()), true
		}
	case len(start) == 4 && digits(start) && len(end) == 2 && digits(end) && end > "12":
		return end + " is no month; two years are written start/end, as YYYY/YYYY", true
	case digits(start) && len(start) <= 2 && strings.IndexFunc(end, unicode.IsLetter) >= 0:
		return "two dates are written start/end, as YYYY-MM-DD/YYYY-MM-DD", true
	}
	return "", false
}
