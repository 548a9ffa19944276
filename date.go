package rescue

import (
	"database/sql/driver"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a [Date] was reported: the year only ("in
// 2023"), the month ("in September"), or the day. The zero value,
// [PrecisionUnknown], is the precision of the zero Date: nothing is known.
//
// Precisions are ordered from coarse to fine, so p < q means p says less.
type Precision uint8

// The precisions a [Date] can have, coarsest first.
const (
	PrecisionUnknown Precision = iota // no date recorded
	PrecisionYear                     // 2023
	PrecisionMonth                    // 2023-09
	PrecisionDay                      // 2023-10-07
)

// String returns "year", "month" or "day", and "" for [PrecisionUnknown].
// A value outside the constants prints as "%!Precision(7)", as
// [time.Month] does, rather than panicking.
func (p Precision) String() string {
	switch p {
	case PrecisionUnknown:
		return ""
	case PrecisionYear:
		return "year"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	}
	return "%!Precision(" + strconv.Itoa(int(p)) + ")"
}

// MarshalText returns the [Precision.String] form; it fails only for a
// value outside the constants, with an error wrapping [ErrRange].
func (p Precision) MarshalText() ([]byte, error) {
	if p > PrecisionDay {
		return nil, fmt.Errorf("Precision.MarshalText: unknown precision %d: %w", uint8(p), ErrRange)
	}
	return []byte(p.String()), nil
}

// UnmarshalText accepts "year", "month", "day", and empty text for
// [PrecisionUnknown]. Anything else is a [*ParseError] wrapping [ErrSyntax]
// and leaves p unchanged.
func (p *Precision) UnmarshalText(text []byte) error {
	switch string(text) {
	case "":
		*p = PrecisionUnknown
	case "year":
		*p = PrecisionYear
	case "month":
		*p = PrecisionMonth
	case "day":
		*p = PrecisionDay
	default:
		return parseError("Precision.UnmarshalText", string(text), `want "year", "month", "day" or ""`, ErrSyntax)
	}
	return nil
}

// Date is a civil date known to the precision it was reported with: a year
// ("in 2023"), a month ("in September 2023") or a day ("on 7 October
// 2023"). It has no time of day and no time zone: it is the date written on
// the report. Dates use the proleptic Gregorian calendar, as ISO 8601 and
// package time do, and years 1 to 9999.
//
// The zero Date means the date is unknown or was not recorded: IsZero
// reports true, String returns "", and it sorts before every other Date.
//
// A Date is a small immutable value: compare it with == (two Dates are
// equal exactly when they have the same fields and the same precision, so
// 2023-10 != 2023-10-01), use it as a map key, copy it freely. Its fields
// are unexported, so every Date was validated when it was made.
type Date struct {
	year  uint16 // 1–9999; 0 for the zero Date
	month uint8  // 1–12; 0 when the precision is the year (or unknown)
	day   uint8  // 1–31; 0 unless the precision is the day
}

const (
	// dateMaxLen bounds the input ParseDate and ParsePeriod read: longer
	// input is rejected with ErrRange unread. No valid form is longer than
	// 21 bytes; 64 leaves room to say what is wrong with a timestamp such
	// as "2023-10-07T12:00:00.000000000+05:00".
	dateMaxLen  = 64
	dateMaxYear = 9999
)

// ParseDate parses a date in one of the ISO 8601 calendar forms that say
// how precise it is: "2023" (a year), "2023-09" (a month) or "2023-10-07"
// (a day). The year has four digits, 0001 to 9999; the month two, 01 to 12;
// the day two, valid for its month (2024-02-29 is a date, 2023-02-29 is
// not).
//
// The empty string gives the zero Date and a nil error, so that an
// unrecorded date round-trips through its text form.
//
// ParseDate does not trim: surrounding spaces, a time of day, a time zone,
// the basic form 20231007, week dates and ordinal dates are all rejected,
// as is anything else. Errors are [*ParseError]s quoting the input and
// wrapping [ErrSyntax] for text that is not a date, or [ErrRange] for a
// well-formed date that does not exist (2023-02-30, 0000) or input longer
// than 64 bytes. For a date written in numbers in another order the
// error gives the ISO form where the text has only one reading:
// "15/09/2023" (did you mean "2023-09-15"?), as 15 is no month, but
// "03/04/2023" is 3 April or March 4, and the error gives both.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	d, msg, err := dateParse(s)
	if err != nil {
		return Date{}, parseError("ParseDate", s, msg, err)
	}
	return d, nil
}

// MustParseDate is like [ParseDate] but panics if s is not a date. It is
// for tests and hard-coded strings.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// dateParse parses a non-empty s. On failure it returns what was wrong and
// the sentinel, so that ParseDate and ParsePeriod can each build their own
// ParseError (quoting their own input) without allocating on success.
func dateParse(s string) (d Date, msg string, err error) {
	if len(s) > dateMaxLen {
		return Date{}, "too long for a date", ErrRange
	}
	if dateIsSpace(s[0]) || dateIsSpace(s[len(s)-1]) {
		return Date{}, "leading or trailing space", ErrSyntax
	}
	n := dateDigits(s)
	switch {
	case n == 8 && len(s) == 8:
		return Date{}, "basic format: write YYYY-MM-DD", ErrSyntax
	case n == 0:
		return Date{}, "want YYYY, YYYY-MM or YYYY-MM-DD", ErrSyntax
	case n != 4:
		if msg, ok := dateNumericProblem(s); ok {
			return Date{}, msg, ErrSyntax
		}
		if n < 4 && n < len(s) && s[n] != '-' { // "7 Oct 2023"
			return Date{}, "want YYYY, YYYY-MM or YYYY-MM-DD", ErrSyntax
		}
		return Date{}, "year must have 4 digits", ErrSyntax
	}
	year := dateAtoi(s[:4])
	if year == 0 {
		return Date{}, "year 0000 is out of range", ErrRange
	}
	d.year = uint16(year)
	if len(s) == 4 {
		return d, "", nil
	}
	if s[4] != '-' {
		if msg, ok := dateSeparatorProblem(s); ok {
			return Date{}, msg, ErrSyntax
		}
		return Date{}, "want '-' after the year", ErrSyntax
	}

	rest := s[5:]
	n = dateDigits(rest)
	switch {
	case rest != "" && rest[0] == 'W':
		return Date{}, "week dates are not supported", ErrSyntax
	case n == 3 && len(rest) == 3:
		return Date{}, "ordinal dates are not supported", ErrSyntax
	case n != 2:
		return Date{}, "month must have 2 digits", ErrSyntax
	}
	month := dateAtoi(rest[:2])
	if month < 1 || month > 12 {
		return Date{}, "month out of range", ErrRange
	}
	d.month = uint8(month)
	if len(rest) == 2 {
		return d, "", nil
	}
	if rest[2] != '-' {
		return Date{}, "want '-' after the month", ErrSyntax
	}

	rest = rest[3:]
	n = dateDigits(rest)
	switch {
	case n != 2:
		return Date{}, "day must have 2 digits", ErrSyntax
	case len(rest) > 2 && (rest[2] == 'T' || rest[2] == 't' || rest[2] == ' ' && dateDigits(rest[3:]) > 0 && strings.IndexByte(rest, ':') > 0):
		return Date{}, "a time of day is not part of a date", ErrSyntax
	case len(rest) > 2:
		return Date{}, "unexpected text after the day", ErrSyntax
	}
	day := dateAtoi(rest)
	if day < 1 || day > dateDaysIn(year, month) {
		return Date{}, "day out of range for the month", ErrRange
	}
	d.day = uint8(day)
	return d, "", nil
}

func dateIsSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// dateDigits returns how many ASCII digits s starts with.
func dateDigits(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return i
		}
	}
	return len(s)
}

// dateAtoi converts a short run of ASCII digits.
func dateAtoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func dateIsLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// dateDaysIn returns the number of days in a month (1–12) of year.
func dateDaysIn(year, month int) int {
	switch month {
	case 2:
		if dateIsLeap(year) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// NewDate returns the date with precision p: NewDate(2023, 9, 0,
// PrecisionMonth) is September 2023. Fields finer than p are ignored (so
// NewDate(2023, 9, 14, PrecisionMonth) is September 2023 too), and
// [PrecisionUnknown] gives the zero Date. The fields p keeps must be in
// range (year 1–9999, month 1–12, day valid for the month); if one is not,
// or p is not one of the Precision constants, NewDate returns the zero Date
// and an error wrapping [ErrRange].
func NewDate(year int, month time.Month, day int, p Precision) (Date, error) {
	if p > PrecisionDay {
		return Date{}, fmt.Errorf("NewDate: unknown precision %d: %w", uint8(p), ErrRange)
	}
	if p == PrecisionUnknown {
		return Date{}, nil
	}
	if year < 1 || year > dateMaxYear {
		return Date{}, fmt.Errorf("NewDate: year %d out of range 1–9999: %w", year, ErrRange)
	}
	d := Date{year: uint16(year)}
	if p == PrecisionYear {
		return d, nil
	}
	if month < time.January || month > time.December {
		return Date{}, fmt.Errorf("NewDate: month %d out of range 1–12: %w", int(month), ErrRange)
	}
	d.month = uint8(month)
	if p == PrecisionMonth {
		return d, nil
	}
	if day < 1 || day > dateDaysIn(year, int(month)) {
		return Date{}, fmt.Errorf("NewDate: day %d out of range for %s: %w", day, d, ErrRange)
	}
	d.day = uint8(day)
	return d, nil
}

// DateOf returns the civil date of t in t's location, with day precision:
// the day a clock in that place showed at t. Use [time.Time.UTC] or [time.Time.In]
// first to choose another place.
//
// DateOf maps the zero [time.Time] to the zero Date (both mean "not
// recorded"), and returns the zero Date too for a t whose year is outside
// 1 to 9999, which no Date can hold.
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	y, m, d := t.Date()
	if y < 1 || y > dateMaxYear {
		return Date{}
	}
	return Date{year: uint16(y), month: uint8(m), day: uint8(d)}
}

// Precision reports how precise d is: [PrecisionUnknown] for the zero
// Date.
func (d Date) Precision() Precision {
	switch {
	case d.year == 0:
		return PrecisionUnknown
	case d.month == 0:
		return PrecisionYear
	case d.day == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

// Year returns the year, 1 to 9999, or 0 for the zero Date.
func (d Date) Year() int { return int(d.year) }

// Month returns the month, or 0 if d has year precision (or is zero).
func (d Date) Month() time.Month { return time.Month(d.month) }

// Day returns the day of the month, or 0 unless d has day precision.
func (d Date) Day() int { return int(d.day) }

// IsZero reports whether d is the zero Date, the unknown date. It lets
// encoding/json's `omitzero` option leave unrecorded dates out.
func (d Date) IsZero() bool { return d == Date{} }

// Equal reports whether d and other are the same date with the same
// precision; it is d == other, there so that go-cmp needs no options.
// 2023-10 and 2023-10-01 are not Equal (but 2023-10 [Date.Contains] the
// other).
func (d Date) Equal(other Date) bool { return d == other }

// Compare returns -1, 0 or +1 as d sorts before, the same as, or after
// other, so that slices.SortFunc(ds, Date.Compare) sorts by time. Dates
// sort by the instant they begin ([Date.Earliest]), then the less precise
// first: 2023 < 2023-01 < 2023-01-01 < 2023-01-02 < 2023-02. The zero Date
// sorts before every other Date.
func (d Date) Compare(other Date) int {
	if c := d.sortKey() - other.sortKey(); c != 0 {
		if c < 0 {
			return -1
		}
		return 1
	}
	return 0
}

// sortKey packs the Compare order into one integer: year, month (1 for a
// year), day (1 for a month or year), then precision.
func (d Date) sortKey() int {
	m, day := d.first()
	return ((int(d.year)*16+int(m))*32+day)*4 + int(d.Precision())
}

// first returns the month and day d begins with: January for a year, the
// 1st for a month or year.
func (d Date) first() (time.Month, int) {
	m, day := time.Month(d.month), int(d.day)
	if m == 0 {
		m = time.January
	}
	if day == 0 {
		day = 1
	}
	return m, day
}

// Earliest returns the first instant of the span d covers, in UTC:
// midnight at the start of its first day (2023-09 → 2023-09-01T00:00:00Z).
// It returns the zero [time.Time] for the zero Date.
func (d Date) Earliest() time.Time {
	if d.year == 0 {
		return time.Time{}
	}
	m, day := d.first()
	return time.Date(int(d.year), m, day, 0, 0, 0, 0, time.UTC)
}

// Latest returns the last instant of the span d covers, in UTC: the last
// nanosecond of its last day (2023-09 → 2023-09-30T23:59:59.999999999Z),
// so that an instant t lies within d exactly when neither
// t.Before(d.Earliest()) nor t.After(d.Latest()). It returns the zero
// [time.Time] for the zero Date.
func (d Date) Latest() time.Time {
	if d.year == 0 {
		return time.Time{}
	}
	y, m, day := int(d.year), time.Month(d.month), int(d.day)
	switch d.Precision() {
	case PrecisionYear:
		y, m, day = y+1, time.January, 1
	case PrecisionMonth:
		m, day = m+1, 1 // time.Date normalises December+1
	default:
		day++
	}
	return time.Date(y, m, day, 0, 0, 0, -1, time.UTC)
}

// Truncate returns d reduced to precision p: 2023-10-07 truncated to
// [PrecisionMonth] is 2023-10, to [PrecisionYear] 2023, and to
// [PrecisionUnknown] the zero Date. A p as fine as d's precision or finer
// returns d unchanged: Truncate never invents detail. It is how a report
// is made less precise before it is shared.
func (d Date) Truncate(p Precision) Date {
	switch p {
	case PrecisionUnknown:
		return Date{}
	case PrecisionYear:
		return Date{year: d.year}
	case PrecisionMonth:
		return Date{year: d.year, month: d.month}
	}
	return d
}

// Truncate returns p with both ends truncated to precision prec, as
// [Date.Truncate] does: 2023-10-07/2023-10-08 to the month is 2023-10
// (Start and End both 2023-10). A truncated period begins no later and
// ends no earlier than p.
func (p Period) Truncate(prec Precision) Period {
	return Period{Start: p.Start.Truncate(prec), End: p.End.Truncate(prec)}
}

// Contains reports whether the span of d covers the span of other: 2023
// contains 2023-09, which contains 2023-09-14, and every Date contains
// itself. The zero Date contains nothing and is contained by nothing.
func (d Date) Contains(other Date) bool {
	p := d.Precision()
	return p != PrecisionUnknown && p <= other.Precision() && other.Truncate(p) == d
}

// String returns d in the ISO 8601 form [ParseDate] reads: "2023",
// "2023-09" or "2023-10-07"; "" for the zero Date.
func (d Date) String() string {
	var buf [10]byte
	return string(d.appendTo(buf[:0]))
}

// AppendText appends the [Date.String] form of d to b. It implements
// [encoding.TextAppender] and never fails.
func (d Date) AppendText(b []byte) ([]byte, error) {
	return d.appendTo(b), nil
}

// MarshalText returns the [Date.String] form of d, empty for the zero
// Date. It implements [encoding.TextMarshaler], so encoding/json writes a
// Date as a JSON string, and never fails.
func (d Date) MarshalText() ([]byte, error) {
	return d.appendTo(make([]byte, 0, 10)), nil
}

// UnmarshalText sets d from text by [ParseDate]; empty text gives the zero
// Date. On error d is unchanged.
func (d *Date) UnmarshalText(text []byte) error {
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Scan implements [database/sql.Scanner]. It accepts a string or []byte
// in a form [ParseDate] reads, nil (SQL NULL) for the zero Date, and a
// [time.Time] (what drivers return for a DATE column) for the civil date
// in the time's location, with day precision; the zero time.Time gives the
// zero Date. Any other type, or a time whose year is outside 1 to 9999, is
// an error and leaves d unchanged.
func (d *Date) Scan(src any) error {
	var v Date
	var err error
	switch src := src.(type) {
	case nil:
	case string:
		v, err = ParseDate(src)
	case []byte:
		v, err = ParseDate(string(src))
	case time.Time:
		v = DateOf(src)
		if v.IsZero() && !src.IsZero() {
			err = fmt.Errorf("Date.Scan: year %d out of range 1–9999: %w", src.Year(), ErrRange)
		}
	default:
		err = fmt.Errorf("Date.Scan: cannot scan %T into a Date: %w", src, ErrSyntax)
	}
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Value implements [database/sql/driver.Valuer]: the [Date.String] form,
// or nil (SQL NULL) for the zero Date. A column for dates of every
// precision must be text: a DATE column takes only day-precision dates.
func (d Date) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	return d.String(), nil
}

func (d Date) appendTo(b []byte) []byte {
	if d.year == 0 {
		return b
	}
	y := d.year
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	if d.month != 0 {
		b = append(b, '-', '0'+d.month/10, '0'+d.month%10)
	}
	if d.day != 0 {
		b = append(b, '-', '0'+d.day/10, '0'+d.day%10)
	}
	return b
}

// Period is a span of time between two [Date]s, each with its own
// precision: "from 2023-09 to 2023-10-07", "over the weekend" (2023-10-07
// to 2023-10-08). It covers everything from the first instant of Start to
// the last instant of End, so 2023-10/2023-10-05 is 1 to 5 October.
//
// A zero Start or End is an open end: not recorded, or still going on.
// The zero Period (both zero) means no period was recorded. A Period whose
// End ends before its Start begins is out of order: [Period.Validate]
// reports it, [ParsePeriod] never returns one, and the text methods refuse
// to write one. A Period is comparable with == and usable as a map key.
type Period struct {
	Start Date // the first day, month or year; zero if open
	End   Date // the last day, month or year; zero if open
}

// ParsePeriod parses an ISO 8601 time interval of two dates, "start/end",
// each in a form [ParseDate] reads: "2023-10-07/2023-10-08",
// "2023-09/2023-10-07". A single date, "2023-10", is a Period with
// Start == End. An open end is written ".." as in ISO 8601-2 and EDTF
// ("2023-10-07/..", "../2023-10-08"); an empty side, EDTF's unknown end
// ("2023-10-07/"), reads the same. The empty string is the zero Period.
//
// Errors are [*ParseError]s quoting the input: [ErrSyntax] or [ErrRange]
// as for ParseDate (the message says which end), [ErrSyntax] for a period
// with neither end ("../.."), and [ErrOutOfOrder] when the end ends before
// the start begins ("2023-10-08/2023-10-07"). Durations ("P2D") and
// abbreviated ends ("2023-10-07/08") are not supported. Two dates joined
// otherwise ("2023-10-07 to 2023-10-08", "–", "..") are refused with the
// period written as ParsePeriod reads it: (did you mean
// "2023-10-07/2023-10-08"?).
func ParsePeriod(s string) (Period, error) {
	if s == "" {
		return Period{}, nil
	}
	p, msg, err := periodParse(s)
	if err != nil {
		if err == ErrSyntax {
			if hint, ok := periodProblem(s); ok {
				msg = hint
			}
		} else if hint, ok := periodYearsProblem(s); ok && err == ErrRange {
			msg = hint // "2019-20": no month 20, but perhaps two years
		}
		return Period{}, parseError("ParsePeriod", s, msg, err)
	}
	return p, nil
}

// MustParsePeriod is like [ParsePeriod] but panics if s is not a period.
// It is for tests and hard-coded strings.
func MustParsePeriod(s string) Period {
	p, err := ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

func periodParse(s string) (p Period, msg string, err error) {
	if len(s) > dateMaxLen {
		return Period{}, "too long for a period", ErrRange
	}
	start, end, found := strings.Cut(s, "/")
	if !found {
		if s == ".." {
			return Period{}, "a period needs a start or an end", ErrSyntax
		}
		d, msg, err := dateParse(s)
		if err != nil {
			return Period{}, msg, err
		}
		return Period{Start: d, End: d}, "", nil
	}
	if strings.IndexByte(end, '/') >= 0 {
		return Period{}, "more than one '/'", ErrSyntax
	}
	if start != "" && start != ".." {
		if p.Start, msg, err = dateParse(start); err != nil {
			return Period{}, "start: " + msg, err
		}
	}
	if end != "" && end != ".." {
		if p.End, msg, err = dateParse(end); err != nil {
			return Period{}, "end: " + msg, err
		}
	}
	if p.IsZero() {
		return Period{}, "a period needs a start or an end", ErrSyntax
	}
	if p.outOfOrder() {
		return Period{}, "end before start", ErrOutOfOrder
	}
	return p, "", nil
}

// IsZero reports whether p is the zero Period, with neither Start nor End.
// It lets encoding/json's `omitzero` option leave unrecorded periods out.
func (p Period) IsZero() bool { return p == Period{} }

// Equal reports whether p and other have Equal Starts and Equal Ends; it
// is p == other, there so that go-cmp needs no options.
func (p Period) Equal(other Period) bool { return p == other }

// Earliest returns the first instant of p, Start.Earliest(): the zero
// [time.Time] if the start is open.
func (p Period) Earliest() time.Time { return p.Start.Earliest() }

// Latest returns the last instant of p, End.Latest(): the zero
// [time.Time] if the end is open.
func (p Period) Latest() time.Time { return p.End.Latest() }

// Validate returns nil unless p's End ends before its Start begins
// (End.Latest() before Start.Earliest()), when it returns an error
// wrapping [ErrOutOfOrder]. A Period with an open end is never out of
// order, and neither is 2023-10/2023-10-05, whose end lies within its
// start month.
func (p Period) Validate() error {
	if p.outOfOrder() {
		return fmt.Errorf("period %s: end before start: %w", p, ErrOutOfOrder)
	}
	return nil
}

func (p Period) outOfOrder() bool {
	return !p.Start.IsZero() && !p.End.IsZero() && p.End.Latest().Before(p.Start.Earliest())
}

// Contains reports whether the whole span of d lies within p: from
// 2023-10-07 to 2023-10-08 contains 2023-10-07 but not 2023-10, whose span
// runs past the end. An open end bounds nothing on its side, so
// 2023-10-07/.. contains every date from 7 October 2023 on. The zero
// Period contains nothing, and the zero Date is contained by nothing.
func (p Period) Contains(d Date) bool {
	if p.IsZero() || d.IsZero() {
		return false
	}
	return (p.Start.IsZero() || !d.Earliest().Before(p.Start.Earliest())) &&
		(p.End.IsZero() || !d.Latest().After(p.End.Latest()))
}

// Overlaps reports whether p and other share at least one instant:
// 2023-09/2023-10-07 overlaps 2023-10-07/2023-10-08 (they share the 7th)
// and 2023-10 (a month that the first begins), but not 2023-10-08. Open
// ends bound nothing on their side. A zero Period overlaps nothing.
func (p Period) Overlaps(other Period) bool {
	if p.IsZero() || other.IsZero() {
		return false
	}
	return periodNotBefore(p.End, other.Start) && periodNotBefore(other.End, p.Start)
}

// periodNotBefore reports whether the span that ends with end does not end
// before the span that begins with start begins; open ends never do.
func periodNotBefore(end, start Date) bool {
	return end.IsZero() || start.IsZero() || !end.Latest().Before(start.Earliest())
}

// String returns p in the form [ParsePeriod] reads:
// "2023-10-07/2023-10-08"; a single date, "2023-10", when Start == End;
// ".." for an open end ("2023-10-07/..", "../2023-10-08"); "" for the zero
// Period. It writes an out-of-order Period as it is, so that error
// messages can show it.
func (p Period) String() string {
	var buf [21]byte
	return string(p.appendTo(buf[:0]))
}

// AppendText appends the [Period.String] form of p to b. It implements
// [encoding.TextAppender]; it fails, with the [Period.Validate] error, only
// for an out-of-order Period, which ParsePeriod would not read back.
func (p Period) AppendText(b []byte) ([]byte, error) {
	if err := p.Validate(); err != nil {
		return b, err
	}
	return p.appendTo(b), nil
}

// MarshalText returns the [Period.String] form of p, so that encoding/json
// writes a Period as a string ("2023-10-07/2023-10-08"). It fails, with
// the [Period.Validate] error, only for an out-of-order Period.
func (p Period) MarshalText() ([]byte, error) {
	return p.AppendText(make([]byte, 0, 21))
}

// UnmarshalText sets p from text by [ParsePeriod]; empty text gives the
// zero Period. On error p is unchanged.
func (p *Period) UnmarshalText(text []byte) error {
	v, err := ParsePeriod(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Scan implements [database/sql.Scanner]. It accepts a string or []byte in
// a form [ParsePeriod] reads, nil (SQL NULL) for the zero Period, and a
// [time.Time] for the single day [DateOf] gives (Start == End). Any other
// type, or a time whose year is outside 1 to 9999, is an error and leaves p
// unchanged.
func (p *Period) Scan(src any) error {
	var v Period
	var err error
	switch src := src.(type) {
	case nil:
	case string:
		v, err = ParsePeriod(src)
	case []byte:
		v, err = ParsePeriod(string(src))
	case time.Time:
		var d Date
		err = d.Scan(src)
		v = Period{Start: d, End: d}
	default:
		err = fmt.Errorf("Period.Scan: cannot scan %T into a Period: %w", src, ErrSyntax)
	}
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Value implements [database/sql/driver.Valuer]: the [Period.String] form,
// or nil (SQL NULL) for the zero Period. It fails, with the
// [Period.Validate] error, for an out-of-order Period.
func (p Period) Value() (driver.Value, error) {
	if p.IsZero() {
		return nil, nil
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return p.String(), nil
}

func (p Period) appendTo(b []byte) []byte {
	switch {
	case p.IsZero():
		return b
	case p.Start == p.End:
		return p.Start.appendTo(b)
	}
	if p.Start.IsZero() {
		b = append(b, ".."...)
	} else {
		b = p.Start.appendTo(b)
	}
	b = append(b, '/')
	if p.End.IsZero() {
		return append(b, ".."...)
	}
	return p.End.appendTo(b)
}
