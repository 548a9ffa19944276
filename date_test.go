package rescue_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/antitrafficking/rescue"
)

// Interfaces Date and Period promise.
var (
	_ encoding.TextMarshaler   = rescue.Date{}
	_ encoding.TextUnmarshaler = (*rescue.Date)(nil)
	_ encoding.TextAppender    = rescue.Date{}
	_ encoding.TextMarshaler   = rescue.Period{}
	_ encoding.TextUnmarshaler = (*rescue.Period)(nil)
	_ encoding.TextAppender    = rescue.Period{}
	_ encoding.TextMarshaler   = rescue.PrecisionDay
	_ encoding.TextUnmarshaler = (*rescue.Precision)(nil)
)

type parseDateCase struct {
	name   string
	in     string
	year   int
	month  time.Month
	day    int
	prec   rescue.Precision
	err    error // sentinel, nil if the parse must succeed
	reason string
}

var parseDateCases = []parseDateCase{
	{name: "empty", in: "", reason: "empty text is how an unrecorded date round-trips"},
	{name: "year", in: "2023", year: 2023, prec: rescue.PrecisionYear, reason: `"in 2023"`},
	{name: "month", in: "2023-09", year: 2023, month: 9, prec: rescue.PrecisionMonth, reason: `"in September"`},
	{name: "day", in: "2023-10-07", year: 2023, month: 10, day: 7, prec: rescue.PrecisionDay, reason: "a reported day"},
	{name: "first year", in: "0001", year: 1, prec: rescue.PrecisionYear, reason: "years start at 0001"},
	{name: "first day", in: "0001-01-01", year: 1, month: 1, day: 1, prec: rescue.PrecisionDay, reason: "the first day a Date holds"},
	{name: "last day", in: "9999-12-31", year: 9999, month: 12, day: 31, prec: rescue.PrecisionDay, reason: "the last day a Date holds"},
	{name: "leap day 2024", in: "2024-02-29", year: 2024, month: 2, day: 29, prec: rescue.PrecisionDay, reason: "2024 is divisible by 4"},
	{name: "leap day 2000", in: "2000-02-29", year: 2000, month: 2, day: 29, prec: rescue.PrecisionDay, reason: "2000 is divisible by 400"},
	{name: "not leap 2023", in: "2023-02-29", err: rescue.ErrRange, reason: "2023 is not a leap year"},
	{name: "not leap 1900", in: "1900-02-29", err: rescue.ErrRange, reason: "1900 is divisible by 100 but not 400"},
	{name: "february 30", in: "2023-02-30", err: rescue.ErrRange, reason: "February never has 30 days"},
	{name: "april 31", in: "2023-04-31", err: rescue.ErrRange, reason: "April has 30 days"},
	{name: "april 30", in: "2023-04-30", year: 2023, month: 4, day: 30, prec: rescue.PrecisionDay, reason: "April's last day"},
	{name: "day 00", in: "2023-10-00", err: rescue.ErrRange, reason: "days start at 01"},
	{name: "day 32", in: "2023-01-32", err: rescue.ErrRange, reason: "no month has 32 days"},
	{name: "month 00", in: "2023-00", err: rescue.ErrRange, reason: "months start at 01"},
	{name: "month 13", in: "2023-13", err: rescue.ErrRange, reason: "there are 12 months"},
	{name: "month 13 with day", in: "2023-13-01", err: rescue.ErrRange, reason: "the month is checked before the day"},
	{name: "year 0000", in: "0000", err: rescue.ErrRange, reason: "ISO 8601 year 0 is 1 BC, outside 0001–9999"},
	{name: "too long", in: strings.Repeat("2", 65), err: rescue.ErrRange, reason: "inputs over 64 bytes are rejected before reading"},
	{name: "too long date-like", in: "2023-10-07" + strings.Repeat(" ", 60), err: rescue.ErrRange, reason: "the length bound comes first"},
	{name: "leading space", in: " 2023", err: rescue.ErrSyntax, reason: "ParseDate does not trim"},
	{name: "trailing space", in: "2023-10-07 ", err: rescue.ErrSyntax, reason: "ParseDate does not trim"},
	{name: "trailing newline", in: "2023\n", err: rescue.ErrSyntax, reason: "ParseDate does not trim"},
	{name: "two-digit year", in: "23-10-07", err: rescue.ErrSyntax, reason: "years have 4 digits"},
	{name: "five-digit year", in: "20231", err: rescue.ErrSyntax, reason: "years 10000 and up are not supported"},
	{name: "expanded year", in: "+2023", err: rescue.ErrSyntax, reason: "ISO 8601 expanded years are not supported"},
	{name: "negative year", in: "-2023", err: rescue.ErrSyntax, reason: "years before 0001 are not supported"},
	{name: "basic format", in: "20231007", err: rescue.ErrSyntax, reason: "only the extended format with '-' is read"},
	{name: "basic month", in: "202310", err: rescue.ErrSyntax, reason: "only the extended format with '-' is read"},
	{name: "one-digit month", in: "2023-9", err: rescue.ErrSyntax, reason: "months have 2 digits"},
	{name: "one-digit day", in: "2023-10-7", err: rescue.ErrSyntax, reason: "days have 2 digits"},
	{name: "three-digit day", in: "2023-10-070", err: rescue.ErrSyntax, reason: "days have 2 digits"},
	{name: "slashes", in: "2023/10/07", err: rescue.ErrSyntax, reason: "'-' separates the fields"},
	{name: "dotted", in: "2023.10", err: rescue.ErrSyntax, reason: "'-' separates the fields"},
	{name: "day first", in: "07/10/2023", err: rescue.ErrSyntax, reason: "DD/MM/YYYY is ambiguous and not ISO 8601"},
	{name: "trailing dash", in: "2023-", err: rescue.ErrSyntax, reason: "a '-' must be followed by a month"},
	{name: "trailing dash after month", in: "2023-10-", err: rescue.ErrSyntax, reason: "a '-' must be followed by a day"},
	{name: "time of day", in: "2023-10-07T10:00:00Z", err: rescue.ErrSyntax, reason: "a Date has no time of day"},
	{name: "space time", in: "2023-10-07 10:00", err: rescue.ErrSyntax, reason: "a Date has no time of day"},
	{name: "time zone", in: "2023-10-07Z", err: rescue.ErrSyntax, reason: "a Date has no time zone"},
	{name: "week date", in: "2023-W40", err: rescue.ErrSyntax, reason: "week dates are not supported"},
	{name: "week day", in: "2023-W40-6", err: rescue.ErrSyntax, reason: "week dates are not supported"},
	{name: "ordinal date", in: "2023-280", err: rescue.ErrSyntax, reason: "ordinal dates are not supported"},
	{name: "month name", in: "September 2023", err: rescue.ErrSyntax, reason: "ParseDate reads ISO 8601 only"},
	{name: "words", in: "over the weekend", err: rescue.ErrSyntax, reason: "ParseDate reads ISO 8601 only"},
	{name: "unknown marker", in: "XXXX", err: rescue.ErrSyntax, reason: "EDTF unspecified digits are not supported"},
	{name: "uncertain", in: "2023?", err: rescue.ErrSyntax, reason: "EDTF qualifiers are not supported"},
	{name: "arabic-indic digits", in: "٢٠٢٣", err: rescue.ErrSyntax, reason: "only ASCII digits"},
	{name: "fullwidth digits", in: "２０２３", err: rescue.ErrSyntax, reason: "only ASCII digits"},
	{name: "nul", in: "2023\x00", err: rescue.ErrSyntax, reason: "control bytes are not dates"},
	{name: "invalid utf-8", in: "2023-\xff", err: rescue.ErrSyntax, reason: "bytes that are not text"},
	{name: "period", in: "2023-10-07/2023-10-08", err: rescue.ErrSyntax, reason: "a period is not a date: use ParsePeriod"},
}

func TestParseDate(t *testing.T) {
	t.Parallel()
	for _, tc := range parseDateCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d, err := rescue.ParseDate(tc.in)
			if tc.err != nil {
				checkParseError(t, err, "ParseDate", tc.in, tc.err, tc.reason)
				if !d.IsZero() {
					t.Errorf("ParseDate(%q) = %v with an error, want the zero Date (%s)", tc.in, d, tc.reason)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q): %v (%s)", tc.in, err, tc.reason)
			}
			if d.Year() != tc.year || d.Month() != tc.month || d.Day() != tc.day || d.Precision() != tc.prec {
				t.Errorf("ParseDate(%q) = year %d, month %d, day %d, precision %q; want %d, %d, %d, %q (%s)",
					tc.in, d.Year(), d.Month(), d.Day(), d.Precision(), tc.year, tc.month, tc.day, tc.prec, tc.reason)
			}
			if got := d.String(); got != tc.in {
				t.Errorf("ParseDate(%q).String() = %q, want the input back (%s)", tc.in, got, tc.reason)
			}
			if d.IsZero() != (tc.in == "") {
				t.Errorf("ParseDate(%q).IsZero() = %v (%s)", tc.in, d.IsZero(), tc.reason)
			}
		})
	}
}

// checkParseError checks that err is a *ParseError from fn, quoting in and
// wrapping want.
func checkParseError(t *testing.T, err error, fn, in string, want error, reason string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s(%q) succeeded, want an error wrapping %v (%s)", fn, in, want, reason)
	}
	if !errors.Is(err, want) {
		t.Errorf("%s(%q) = %v, want an error wrapping %v (%s)", fn, in, err, want, reason)
	}
	var pe *rescue.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("%s(%q) = %T, want *rescue.ParseError (%s)", fn, in, err, reason)
	}
	if pe.Func != fn || pe.Input != in {
		t.Errorf("%s(%q): ParseError{Func: %q, Input: %q}, want the parser and its input (%s)", fn, in, pe.Func, pe.Input, reason)
	}
	if pe.Msg == "" {
		t.Errorf("%s(%q) = %v: want a message saying what is wrong (%s)", fn, in, err, reason)
	}
}

func TestMustParseDate(t *testing.T) {
	t.Parallel()
	if got := rescue.MustParseDate("2023-10-07").String(); got != "2023-10-07" {
		t.Errorf(`MustParseDate("2023-10-07") = %q`, got)
	}
	defer func() {
		if recover() == nil {
			t.Error(`MustParseDate("2023-02-30") did not panic`)
		}
	}()
	rescue.MustParseDate("2023-02-30")
}

// TestDateDaysInMonth checks every month of every year against package
// time, so the leap-year rule cannot drift from the proleptic Gregorian
// calendar that time uses.
func TestDateDaysInMonth(t *testing.T) {
	t.Parallel()
	for y := 1; y <= 9999; y++ {
		for m := time.January; m <= time.December; m++ {
			last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
			d, err := rescue.NewDate(y, m, last, rescue.PrecisionDay)
			if err != nil || d.Day() != last {
				t.Fatalf("NewDate(%d, %d, %d, day) = %v, %v: package time says the month has %d days", y, m, last, d, err, last)
			}
			if _, err := rescue.NewDate(y, m, last+1, rescue.PrecisionDay); !errors.Is(err, rescue.ErrRange) {
				t.Fatalf("NewDate(%d, %d, %d, day) = %v, want ErrRange: package time says the month has %d days", y, m, last+1, err, last)
			}
			if !d.Latest().Equal(d.Truncate(rescue.PrecisionMonth).Latest()) {
				t.Fatalf("%v.Latest() != %v.Latest(): the last day ends its month", d, d.Truncate(rescue.PrecisionMonth))
			}
		}
	}
}

// TestDateEveryDay round-trips every day of a few years through DateOf,
// String, ParseDate and Earliest, checking them against package time.
func TestDateEveryDay(t *testing.T) {
	t.Parallel()
	for _, y := range []int{1, 4, 100, 1582, 1900, 2000, 2023, 2024, 9999} {
		for tm := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC); tm.Year() == y; tm = tm.AddDate(0, 0, 1) {
			d := rescue.DateOf(tm)
			want := tm.Format("2006-01-02")
			if tm.IsZero() {
				// 0001-01-01T00:00:00Z is the zero time.Time, which
				// DateOf reads as "not recorded".
				d = rescue.DateOf(tm.Add(time.Hour))
			}
			if d.String() != want {
				t.Fatalf("DateOf(%v).String() = %q, want %q", tm, d, want)
			}
			p, err := rescue.ParseDate(want)
			if err != nil || p != d {
				t.Fatalf("ParseDate(%q) = %v, %v, want %v", want, p, err, d)
			}
			if !d.Earliest().Equal(tm) || !d.Latest().Equal(tm.Add(24*time.Hour-1)) {
				t.Fatalf("%v spans %v to %v, want %v to %v", d, d.Earliest(), d.Latest(), tm, tm.Add(24*time.Hour-1))
			}
		}
	}
}

func TestNewDate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		year   int
		month  time.Month
		day    int
		prec   rescue.Precision
		want   string
		err    error
		reason string
	}{
		{"day", 2023, time.October, 7, rescue.PrecisionDay, "2023-10-07", nil, "all three fields"},
		{"month", 2023, time.September, 0, rescue.PrecisionMonth, "2023-09", nil, "the day is not needed"},
		{"month ignores day", 2023, time.September, 14, rescue.PrecisionMonth, "2023-09", nil, "fields finer than the precision are ignored"},
		{"month ignores bad day", 2023, time.February, 30, rescue.PrecisionMonth, "2023-02", nil, "fields finer than the precision are not checked"},
		{"year", 2023, 0, 0, rescue.PrecisionYear, "2023", nil, "month and day not needed"},
		{"year ignores month", 2023, 13, -1, rescue.PrecisionYear, "2023", nil, "fields finer than the precision are ignored"},
		{"unknown", 2023, 10, 7, rescue.PrecisionUnknown, "", nil, "PrecisionUnknown gives the zero Date"},
		{"unknown ignores all", -5, 99, 99, rescue.PrecisionUnknown, "", nil, "nothing is kept, so nothing is checked"},
		{"leap day", 2024, time.February, 29, rescue.PrecisionDay, "2024-02-29", nil, "2024 is a leap year"},
		{"no leap day", 2023, time.February, 29, rescue.PrecisionDay, "", rescue.ErrRange, "2023 is not a leap year"},
		{"year 0", 0, 1, 1, rescue.PrecisionDay, "", rescue.ErrRange, "years start at 1"},
		{"year 10000", 10000, 1, 1, rescue.PrecisionYear, "", rescue.ErrRange, "years end at 9999"},
		{"negative year", -1, 1, 1, rescue.PrecisionYear, "", rescue.ErrRange, "years start at 1"},
		{"month 0", 2023, 0, 1, rescue.PrecisionMonth, "", rescue.ErrRange, "the zero time.Month is not a month"},
		{"month 13", 2023, 13, 1, rescue.PrecisionDay, "", rescue.ErrRange, "there are 12 months"},
		{"negative month", 2023, -1, 1, rescue.PrecisionDay, "", rescue.ErrRange, "months start at 1"},
		{"day 0", 2023, 10, 0, rescue.PrecisionDay, "", rescue.ErrRange, "days start at 1"},
		{"day 256", 2023, 10, 256, rescue.PrecisionDay, "", rescue.ErrRange, "no truncation to uint8"},
		{"huge day", 2023, 10, 1 << 40, rescue.PrecisionDay, "", rescue.ErrRange, "no truncation"},
		{"huge year", 1<<16 + 2023, 10, 7, rescue.PrecisionDay, "", rescue.ErrRange, "no truncation to uint16"},
		{"bad precision", 2023, 10, 7, rescue.Precision(4), "", rescue.ErrRange, "only the Precision constants"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d, err := rescue.NewDate(tc.year, tc.month, tc.day, tc.prec)
			if tc.err != nil {
				if !errors.Is(err, tc.err) || !d.IsZero() {
					t.Errorf("NewDate(%d, %d, %d, %d) = %v, %v; want the zero Date and an error wrapping %v (%s)",
						tc.year, tc.month, tc.day, tc.prec, d, err, tc.err, tc.reason)
				}
				return
			}
			if err != nil || d.String() != tc.want {
				t.Errorf("NewDate(%d, %d, %d, %d) = %q, %v; want %q (%s)", tc.year, tc.month, tc.day, tc.prec, d, err, tc.want, tc.reason)
			}
		})
	}
}

func TestDateOf(t *testing.T) {
	t.Parallel()
	lima := time.FixedZone("PET", -5*3600)
	tests := []struct {
		name   string
		in     time.Time
		want   string
		reason string
	}{
		{"utc", time.Date(2023, 10, 7, 23, 30, 0, 0, time.UTC), "2023-10-07", "the civil date in UTC"},
		{"location", time.Date(2023, 10, 7, 23, 30, 0, 0, time.UTC).In(lima), "2023-10-07", "18:30 in Lima is still the 7th"},
		{"location next day", time.Date(2023, 10, 8, 2, 0, 0, 0, time.UTC).In(lima), "2023-10-07", "02:00 UTC on the 8th is the 7th in Lima"},
		{"zero time", time.Time{}, "", "the zero time means not recorded"},
		{"zero time elsewhere", time.Time{}.In(lima), "", "IsZero ignores the location"},
		{"first day", time.Date(1, 1, 1, 12, 0, 0, 0, time.UTC), "0001-01-01", "year 1 noon is not the zero time"},
		{"year 0", time.Date(0, 6, 1, 0, 0, 0, 0, time.UTC), "", "no Date holds year 0"},
		{"year 10000", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), "", "no Date holds year 10000"},
		{"far future", time.Unix(1<<62, 0), "", "no Date holds it"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := rescue.DateOf(tc.in)
			if d.String() != tc.want {
				t.Errorf("DateOf(%v) = %q, want %q (%s)", tc.in, d, tc.want, tc.reason)
			}
			if !d.IsZero() && d.Precision() != rescue.PrecisionDay {
				t.Errorf("DateOf(%v).Precision() = %v, want day (%s)", tc.in, d.Precision(), tc.reason)
			}
		})
	}
}

func TestDateAccessorsZero(t *testing.T) {
	t.Parallel()
	var d rescue.Date
	if d.Year() != 0 || d.Month() != 0 || d.Day() != 0 || d.Precision() != rescue.PrecisionUnknown ||
		!d.IsZero() || d.String() != "" || !d.Earliest().IsZero() || !d.Latest().IsZero() {
		t.Errorf("zero Date: year %d month %d day %d precision %q IsZero %v String %q Earliest %v Latest %v; want all zero",
			d.Year(), d.Month(), d.Day(), d.Precision(), d.IsZero(), d.String(), d.Earliest(), d.Latest())
	}
}

func TestDateEarliestLatest(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		in       string
		earliest string
		latest   string
		reason   string
	}{
		{"year", "2023", "2023-01-01T00:00:00Z", "2023-12-31T23:59:59.999999999Z", "a year runs from 1 January to 31 December"},
		{"month", "2023-09", "2023-09-01T00:00:00Z", "2023-09-30T23:59:59.999999999Z", "September has 30 days"},
		{"december", "2023-12", "2023-12-01T00:00:00Z", "2023-12-31T23:59:59.999999999Z", "the month after December is in the next year"},
		{"february leap", "2024-02", "2024-02-01T00:00:00Z", "2024-02-29T23:59:59.999999999Z", "a leap February"},
		{"february", "2023-02", "2023-02-01T00:00:00Z", "2023-02-28T23:59:59.999999999Z", "a common February"},
		{"day", "2023-10-07", "2023-10-07T00:00:00Z", "2023-10-07T23:59:59.999999999Z", "a day runs midnight to midnight"},
		{"last day of year", "2023-12-31", "2023-12-31T00:00:00Z", "2023-12-31T23:59:59.999999999Z", "the day after is in the next year"},
		{"first year", "0001", "0001-01-01T00:00:00Z", "0001-12-31T23:59:59.999999999Z", "year 1"},
		{"last year", "9999", "9999-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "year 9999 ends in year 10000 less a nanosecond"},
		{"last day", "9999-12-31", "9999-12-31T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "the last day a Date holds"},
		{"zero", "", "0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "the zero Date spans the zero time.Time"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := rescue.MustParseDate(tc.in)
			e, l := d.Earliest(), d.Latest()
			if got := e.Format(time.RFC3339Nano); got != tc.earliest {
				t.Errorf("%q.Earliest() = %s, want %s (%s)", tc.in, got, tc.earliest, tc.reason)
			}
			if got := l.Format(time.RFC3339Nano); got != tc.latest {
				t.Errorf("%q.Latest() = %s, want %s (%s)", tc.in, got, tc.latest, tc.reason)
			}
			if e.Location() != time.UTC || l.Location() != time.UTC {
				t.Errorf("%q: Earliest and Latest in %v and %v, want UTC (%s)", tc.in, e.Location(), l.Location(), tc.reason)
			}
		})
	}
}

// dateOrder lists dates in the order Compare must give them.
var dateOrder = []string{
	"",
	"0001",
	"0001-01",
	"0001-01-01",
	"0001-01-02",
	"0001-02",
	"2023",
	"2023-01",
	"2023-01-01",
	"2023-01-31",
	"2023-02",
	"2023-09",
	"2023-09-30",
	"2023-10",
	"2023-10-01",
	"2023-10-07",
	"2023-10-08",
	"2023-12-31",
	"2024",
	"2024-02-29",
	"9999-12-31",
}

func TestDateCompare(t *testing.T) {
	t.Parallel()
	ds := make([]rescue.Date, len(dateOrder))
	for i, s := range dateOrder {
		ds[i] = rescue.MustParseDate(s)
	}
	for i, a := range ds {
		for j, b := range ds {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := a.Compare(b); got != want {
				t.Errorf("%q.Compare(%q) = %d, want %d (by Earliest, then the less precise first; zero first)", a, b, got, want)
			}
			if got := a.Equal(b); got != (i == j) {
				t.Errorf("%q.Equal(%q) = %v, want %v (same date and precision)", a, b, got, i == j)
			}
			if i < j && a.Earliest().After(b.Earliest()) {
				t.Errorf("%q sorts before %q but begins after it", a, b)
			}
		}
	}
	shuffled := slices.Clone(ds)
	slices.Reverse(shuffled)
	slices.SortFunc(shuffled, rescue.Date.Compare)
	if !slices.Equal(shuffled, ds) {
		t.Errorf("slices.SortFunc(dates, Date.Compare) = %v, want %v", shuffled, ds)
	}
}

func TestDateTruncate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		in     string
		prec   rescue.Precision
		want   string
		reason string
	}{
		{"day to month", "2023-10-07", rescue.PrecisionMonth, "2023-10", "drops the day"},
		{"day to year", "2023-10-07", rescue.PrecisionYear, "2023", "drops month and day"},
		{"day to unknown", "2023-10-07", rescue.PrecisionUnknown, "", "drops everything"},
		{"day to day", "2023-10-07", rescue.PrecisionDay, "2023-10-07", "already that precise"},
		{"month to year", "2023-09", rescue.PrecisionYear, "2023", "drops the month"},
		{"month to day", "2023-09", rescue.PrecisionDay, "2023-09", "Truncate never invents detail"},
		{"year to month", "2023", rescue.PrecisionMonth, "2023", "Truncate never invents detail"},
		{"year to day", "2023", rescue.PrecisionDay, "2023", "Truncate never invents detail"},
		{"zero to year", "", rescue.PrecisionYear, "", "nothing to keep"},
		{"bad precision", "2023-10-07", rescue.Precision(200), "2023-10-07", "a precision finer than day keeps everything"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := rescue.MustParseDate(tc.in).Truncate(tc.prec).String(); got != tc.want {
				t.Errorf("%q.Truncate(%d) = %q, want %q (%s)", tc.in, tc.prec, got, tc.want, tc.reason)
			}
		})
	}
}

func TestDateContains(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		d      string
		other  string
		want   bool
		reason string
	}{
		{"year contains month", "2023", "2023-09", true, "September 2023 is in 2023"},
		{"year contains day", "2023", "2023-10-07", true, "a day of 2023 is in 2023"},
		{"month contains day", "2023-09", "2023-09-30", true, "the last day of the month"},
		{"month contains first day", "2023-09", "2023-09-01", true, "the first day of the month"},
		{"self", "2023-09", "2023-09", true, "every date contains itself"},
		{"day self", "2023-10-07", "2023-10-07", true, "every date contains itself"},
		{"month not next day", "2023-09", "2023-10-01", false, "the day after the month"},
		{"day not month", "2023-09-01", "2023-09", false, "a day does not cover its month"},
		{"month not year", "2023-01", "2023", false, "a month does not cover its year"},
		{"other year", "2023", "2024-01", false, "a different year"},
		{"other month", "2023-09", "2024-09-01", false, "the same month of another year"},
		{"zero contains nothing", "", "2023", false, "the zero Date spans nothing known"},
		{"zero contains zero", "", "", false, "the zero Date spans nothing known"},
		{"nothing contains zero", "2023", "", false, "an unknown date is not known to be in 2023"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d, other := rescue.MustParseDate(tc.d), rescue.MustParseDate(tc.other)
			if got := d.Contains(other); got != tc.want {
				t.Errorf("%q.Contains(%q) = %v, want %v (%s)", tc.d, tc.other, got, tc.want, tc.reason)
			}
			if !d.IsZero() && !other.IsZero() {
				spans := !other.Earliest().Before(d.Earliest()) && !other.Latest().After(d.Latest())
				if spans != tc.want {
					t.Errorf("%q.Contains(%q): the spans say %v, the test says %v (%s)", tc.d, tc.other, spans, tc.want, tc.reason)
				}
			}
		})
	}
}

func TestDateText(t *testing.T) {
	t.Parallel()
	for _, s := range dateOrder {
		d := rescue.MustParseDate(s)
		b, err := d.MarshalText()
		if err != nil || string(b) != s {
			t.Errorf("%q.MarshalText() = %q, %v; want the ISO form", s, b, err)
		}
		b, err = d.AppendText([]byte("x="))
		if err != nil || string(b) != "x="+s {
			t.Errorf("%q.AppendText(x=) = %q, %v; want it appended", s, b, err)
		}
		got := rescue.MustParseDate("1999-01-01")
		if err := got.UnmarshalText([]byte(s)); err != nil || got != d {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v (empty text gives the zero Date)", s, got, err, d)
		}
	}
	d := rescue.MustParseDate("2023-10-07")
	err := d.UnmarshalText([]byte("2023-02-30"))
	checkParseError(t, err, "ParseDate", "2023-02-30", rescue.ErrRange, "UnmarshalText validates with ParseDate")
	if d.String() != "2023-10-07" {
		t.Errorf("failed UnmarshalText changed the Date to %v; want it unchanged", d)
	}
}

func TestDateJSON(t *testing.T) {
	t.Parallel()
	type report struct {
		Rescued  rescue.Date   `json:"rescued"`
		Lured    rescue.Date   `json:"lured,omitempty"`
		Arrested rescue.Date   `json:"arrested,omitzero"`
		Raid     rescue.Period `json:"raid,omitzero"`
		Held     rescue.Period `json:"held"`
	}
	tests := []struct {
		name   string
		in     report
		want   string
		reason string
	}{
		{
			name: "all set",
			in: report{
				Rescued:  rescue.MustParseDate("2023-10-07"),
				Lured:    rescue.MustParseDate("2023-09"),
				Arrested: rescue.MustParseDate("2023"),
				Raid:     rescue.MustParsePeriod("2023-10-07/2023-10-08"),
				Held:     rescue.MustParsePeriod("2023-09/.."),
			},
			want:   `{"rescued":"2023-10-07","lured":"2023-09","arrested":"2023","raid":"2023-10-07/2023-10-08","held":"2023-09/.."}`,
			reason: "each value as its ISO 8601 string",
		},
		{
			name:   "all zero",
			in:     report{},
			want:   `{"rescued":"","lured":"","held":""}`,
			reason: `zero values marshal as ""; omitzero leaves them out, omitempty does not (a Date is a struct)`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			b, err := json.Marshal(tc.in)
			if err != nil || string(b) != tc.want {
				t.Fatalf("json.Marshal = %s, %v; want %s (%s)", b, err, tc.want, tc.reason)
			}
			var back report
			if err := json.Unmarshal(b, &back); err != nil || back != tc.in {
				t.Errorf("json.Unmarshal(%s) = %+v, %v; want %+v (%s)", b, back, err, tc.in, tc.reason)
			}
		})
	}

	bad := []struct {
		name   string
		in     string
		err    error
		reason string
	}{
		{"impossible date", `{"rescued":"2023-02-30"}`, rescue.ErrRange, "decoding validates"},
		{"not a date", `{"rescued":"7 Oct"}`, rescue.ErrSyntax, "decoding validates"},
		{"period out of order", `{"raid":"2023-10-08/2023-10-07"}`, rescue.ErrOutOfOrder, "decoding validates the order"},
	}
	for _, tc := range bad {
		var r report
		if err := json.Unmarshal([]byte(tc.in), &r); !errors.Is(err, tc.err) {
			t.Errorf("json.Unmarshal(%s) = %v, want an error wrapping %v (%s)", tc.in, err, tc.err, tc.reason)
		}
	}

	var r report
	if err := json.Unmarshal([]byte(`{"rescued":null}`), &r); err != nil || !r.Rescued.IsZero() {
		t.Errorf(`json.Unmarshal({"rescued":null}) = %v, %v; want the zero Date`, r.Rescued, err)
	}
	if _, err := json.Marshal(report{Raid: rescue.Period{Start: rescue.MustParseDate("2023-10-08"), End: rescue.MustParseDate("2023-10-07")}}); !errors.Is(err, rescue.ErrOutOfOrder) {
		t.Errorf("json.Marshal of an out-of-order Period = %v, want an error wrapping ErrOutOfOrder", err)
	}
}

func TestDateSQL(t *testing.T) {
	t.Parallel()
	lima := time.FixedZone("PET", -5*3600)
	tests := []struct {
		name   string
		src    any
		want   string
		err    error
		reason string
	}{
		{"string", "2023-10-07", "2023-10-07", nil, "the text form"},
		{"bytes", []byte("2023-09"), "2023-09", nil, "drivers often return []byte"},
		{"empty string", "", "", nil, "empty text is the zero Date"},
		{"nil", nil, "", nil, "SQL NULL is the zero Date"},
		{"time", time.Date(2023, 10, 7, 0, 0, 0, 0, time.UTC), "2023-10-07", nil, "a DATE column, day precision"},
		{"time in location", time.Date(2023, 10, 8, 2, 0, 0, 0, time.UTC).In(lima), "2023-10-07", nil, "the civil date in the time's location"},
		{"zero time", time.Time{}, "", nil, "the zero time is not recorded"},
		{"time out of range", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), "", rescue.ErrRange, "no Date holds year 10000"},
		{"bad string", "2023-02-30", "", rescue.ErrRange, "Scan validates"},
		{"bad bytes", []byte("oct"), "", rescue.ErrSyntax, "Scan validates"},
		{"int", int64(2023), "", rescue.ErrSyntax, "a number is not a date"},
		{"float", 2023.5, "", rescue.ErrSyntax, "a number is not a date"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := rescue.MustParseDate("1999")
			err := d.Scan(tc.src)
			if tc.err != nil {
				if !errors.Is(err, tc.err) || d.String() != "1999" {
					t.Errorf("Scan(%#v) = %v leaving %v; want an error wrapping %v and the Date unchanged (%s)", tc.src, err, d, tc.err, tc.reason)
				}
				return
			}
			if err != nil || d.String() != tc.want {
				t.Errorf("Scan(%#v) = %q, %v; want %q (%s)", tc.src, d, err, tc.want, tc.reason)
			}
			v, err := d.Value()
			if err != nil {
				t.Fatalf("%q.Value(): %v", d, err)
			}
			if d.IsZero() {
				if v != nil {
					t.Errorf("zero Date Value() = %#v, want nil (SQL NULL)", v)
				}
			} else if v != tc.want {
				t.Errorf("%q.Value() = %#v, want the string %q", d, v, tc.want)
			}
		})
	}
}

func TestPrecision(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		p      rescue.Precision
		text   string
		reason string
	}{
		{"unknown", rescue.PrecisionUnknown, "", "the zero Precision prints as nothing"},
		{"year", rescue.PrecisionYear, "year", "lower-case word"},
		{"month", rescue.PrecisionMonth, "month", "lower-case word"},
		{"day", rescue.PrecisionDay, "day", "lower-case word"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := tc.p.String(); got != tc.text {
				t.Errorf("Precision(%d).String() = %q, want %q (%s)", tc.p, got, tc.text, tc.reason)
			}
			b, err := tc.p.MarshalText()
			if err != nil || string(b) != tc.text {
				t.Errorf("Precision(%d).MarshalText() = %q, %v; want %q (%s)", tc.p, b, err, tc.text, tc.reason)
			}
			p := rescue.Precision(9)
			if err := p.UnmarshalText([]byte(tc.text)); err != nil || p != tc.p {
				t.Errorf("UnmarshalText(%q) = %d, %v; want %d (%s)", tc.text, p, err, tc.p, tc.reason)
			}
		})
	}
	if !(rescue.PrecisionUnknown < rescue.PrecisionYear && rescue.PrecisionYear < rescue.PrecisionMonth && rescue.PrecisionMonth < rescue.PrecisionDay) {
		t.Error("precisions must be ordered coarse to fine")
	}
	if got := rescue.Precision(7).String(); got != "%!Precision(7)" {
		t.Errorf("Precision(7).String() = %q, want %q (like time.Month, no panic)", got, "%!Precision(7)")
	}
	if _, err := rescue.Precision(7).MarshalText(); !errors.Is(err, rescue.ErrRange) {
		t.Errorf("Precision(7).MarshalText() = %v, want ErrRange", err)
	}
	for _, bad := range []string{"Day", "days", " day", "hour", "week", "0"} {
		p := rescue.PrecisionMonth
		err := p.UnmarshalText([]byte(bad))
		checkParseError(t, err, "Precision.UnmarshalText", bad, rescue.ErrSyntax, "only the exact lower-case words")
		if p != rescue.PrecisionMonth {
			t.Errorf("failed UnmarshalText(%q) changed the Precision to %v", bad, p)
		}
	}
}

type parsePeriodCase struct {
	name   string
	in     string
	start  string
	end    string
	text   string // String() of the result; the input if empty and the parse succeeds
	err    error
	reason string
}

var parsePeriodCases = []parsePeriodCase{
	{name: "empty", in: "", reason: "the zero Period"},
	{name: "weekend", in: "2023-10-07/2023-10-08", start: "2023-10-07", end: "2023-10-08", reason: `"over the weekend"`},
	{name: "single day", in: "2023-10-07", start: "2023-10-07", end: "2023-10-07", reason: "a single date is Start == End"},
	{name: "single month", in: "2023-09", start: "2023-09", end: "2023-09", reason: `"in September"`},
	{name: "single year", in: "2023", start: "2023", end: "2023", reason: "a single year"},
	{name: "same both ends", in: "2023-10-07/2023-10-07", start: "2023-10-07", end: "2023-10-07", text: "2023-10-07", reason: "written as a single date"},
	{name: "mixed precision", in: "2023-09/2023-10-07", start: "2023-09", end: "2023-10-07", reason: "each end keeps its precision"},
	{name: "end inside start month", in: "2023-10/2023-10-05", start: "2023-10", end: "2023-10-05", reason: "the end day lies in the start month: not out of order"},
	{name: "start inside end month", in: "2023-10-05/2023-10", start: "2023-10-05", end: "2023-10", reason: "the start day lies in the end month"},
	{name: "year and its month", in: "2023/2023-01", start: "2023", end: "2023-01", reason: "the end month lies in the start year"},
	{name: "years", in: "2022/2023", start: "2022", end: "2023", reason: "two years"},
	{name: "open end", in: "2023-10-07/..", start: "2023-10-07", reason: "ISO 8601-2 open end"},
	{name: "open start", in: "../2023-10-08", end: "2023-10-08", reason: "ISO 8601-2 open start"},
	{name: "unknown end", in: "2023-10-07/", start: "2023-10-07", text: "2023-10-07/..", reason: "EDTF unknown end reads as open"},
	{name: "unknown start", in: "/2023-10-08", end: "2023-10-08", text: "../2023-10-08", reason: "EDTF unknown start reads as open"},
	{name: "leap span", in: "2024-02-28/2024-02-29", start: "2024-02-28", end: "2024-02-29", reason: "leap day end"},
	{name: "out of order days", in: "2023-10-08/2023-10-07", err: rescue.ErrOutOfOrder, reason: "the end is before the start"},
	{name: "out of order months", in: "2023-10/2023-09", err: rescue.ErrOutOfOrder, reason: "September ends before October begins"},
	{name: "out of order day month", in: "2023-10-05/2023-09", err: rescue.ErrOutOfOrder, reason: "September ends before the 5th of October"},
	{name: "out of order month day", in: "2023-10/2023-09-30", err: rescue.ErrOutOfOrder, reason: "30 September ends before October begins"},
	{name: "out of order years", in: "2024/2023-12-31", err: rescue.ErrOutOfOrder, reason: "the last day of 2023 ends before 2024"},
	{name: "neither end", in: "../..", err: rescue.ErrSyntax, reason: "a period needs an end"},
	{name: "bare slash", in: "/", err: rescue.ErrSyntax, reason: "a period needs an end"},
	{name: "dots only", in: "..", err: rescue.ErrSyntax, reason: "a period needs an end"},
	{name: "open and empty", in: "../", err: rescue.ErrSyntax, reason: "a period needs an end"},
	{name: "three parts", in: "2023/2024/2025", err: rescue.ErrSyntax, reason: "one '/' only"},
	{name: "bad start", in: "2023-02-30/2023-03", err: rescue.ErrRange, reason: "the start must exist"},
	{name: "bad end", in: "2023-02/2023-02-30", err: rescue.ErrRange, reason: "the end must exist"},
	{name: "bad single", in: "2023-13", err: rescue.ErrRange, reason: "a single date must exist"},
	{name: "syntax end", in: "2023-10-07/08", err: rescue.ErrSyntax, reason: "abbreviated ends are not supported"},
	{name: "duration", in: "2023-10-07/P2D", err: rescue.ErrSyntax, reason: "durations are not supported"},
	{name: "double dash", in: "2023-10-07--2023-10-08", err: rescue.ErrSyntax, reason: "ISO 8601 '--' separator not supported"},
	{name: "spaces around slash", in: "2023-10-07 / 2023-10-08", err: rescue.ErrSyntax, reason: "no trimming"},
	{name: "three dots", in: "2023/...", err: rescue.ErrSyntax, reason: "open is exactly '..'"},
	{name: "too long", in: "2023-10-07/" + strings.Repeat("9", 60), err: rescue.ErrRange, reason: "inputs over 64 bytes are rejected first"},
	{name: "words", in: "over the weekend", err: rescue.ErrSyntax, reason: "ISO 8601 only"},
}

func TestParsePeriod(t *testing.T) {
	t.Parallel()
	for _, tc := range parsePeriodCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p, err := rescue.ParsePeriod(tc.in)
			if tc.err != nil {
				checkParseError(t, err, "ParsePeriod", tc.in, tc.err, tc.reason)
				if !p.IsZero() {
					t.Errorf("ParsePeriod(%q) = %v with an error, want the zero Period (%s)", tc.in, p, tc.reason)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParsePeriod(%q): %v (%s)", tc.in, err, tc.reason)
			}
			if p.Start.String() != tc.start || p.End.String() != tc.end {
				t.Errorf("ParsePeriod(%q) = {%q, %q}, want {%q, %q} (%s)", tc.in, p.Start, p.End, tc.start, tc.end, tc.reason)
			}
			want := tc.text
			if want == "" {
				want = tc.in
			}
			if got := p.String(); got != want {
				t.Errorf("ParsePeriod(%q).String() = %q, want %q (%s)", tc.in, got, want, tc.reason)
			}
			if err := p.Validate(); err != nil {
				t.Errorf("ParsePeriod(%q).Validate() = %v; ParsePeriod returns only valid periods (%s)", tc.in, err, tc.reason)
			}
		})
	}
}

func TestMustParsePeriod(t *testing.T) {
	t.Parallel()
	if got := rescue.MustParsePeriod("2023-09/2023-10-07").String(); got != "2023-09/2023-10-07" {
		t.Errorf(`MustParsePeriod("2023-09/2023-10-07") = %q`, got)
	}
	defer func() {
		if recover() == nil {
			t.Error(`MustParsePeriod("2023-10-08/2023-10-07") did not panic`)
		}
	}()
	rescue.MustParsePeriod("2023-10-08/2023-10-07")
}

// period builds a Period without ParsePeriod, so out-of-order ones too.
func period(start, end string) rescue.Period {
	return rescue.Period{Start: rescue.MustParseDate(start), End: rescue.MustParseDate(end)}
}

func TestPeriodValidate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		p      rescue.Period
		ok     bool
		reason string
	}{
		{"zero", rescue.Period{}, true, "nothing recorded, nothing wrong"},
		{"in order", period("2023-10-07", "2023-10-08"), true, "end after start"},
		{"same day", period("2023-10-07", "2023-10-07"), true, "one day"},
		{"end in start month", period("2023-10", "2023-10-05"), true, "the 5th ends after October begins"},
		{"start in end month", period("2023-10-05", "2023-10"), true, "October ends after the 5th begins"},
		{"end in start year", period("2023", "2023-01-01"), true, "1 January ends after 2023 begins"},
		{"open end", period("2023-10-07", ""), true, "an open end is never out of order"},
		{"open start", period("", "2023-10-07"), true, "an open start is never out of order"},
		{"day before", period("2023-10-08", "2023-10-07"), false, "the 7th ends before the 8th begins"},
		{"month before day", period("2023-10-05", "2023-09"), false, "September ends before the 5th of October"},
		{"day before month", period("2023-10", "2023-09-30"), false, "30 September ends before October"},
		{"year before", period("2024", "2023"), false, "2023 ends before 2024"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			err := tc.p.Validate()
			if tc.ok {
				if err != nil {
					t.Errorf("%v.Validate() = %v, want nil (%s)", tc.p, err, tc.reason)
				}
				return
			}
			if !errors.Is(err, rescue.ErrOutOfOrder) {
				t.Errorf("%v.Validate() = %v, want an error wrapping ErrOutOfOrder (%s)", tc.p, err, tc.reason)
			}
			if err != nil && !strings.Contains(err.Error(), tc.p.String()) {
				t.Errorf("%v.Validate() = %q, want it to name the period (%s)", tc.p, err, tc.reason)
			}
			if _, err := tc.p.MarshalText(); !errors.Is(err, rescue.ErrOutOfOrder) {
				t.Errorf("%v.MarshalText() = %v, want the Validate error (%s)", tc.p, err, tc.reason)
			}
			if _, err := tc.p.Value(); !errors.Is(err, rescue.ErrOutOfOrder) {
				t.Errorf("%v.Value() = %v, want the Validate error (%s)", tc.p, err, tc.reason)
			}
			if _, err := rescue.ParsePeriod(tc.p.String()); !errors.Is(err, rescue.ErrOutOfOrder) {
				t.Errorf("ParsePeriod(%q) = %v, want ErrOutOfOrder (%s)", tc.p, err, tc.reason)
			}
		})
	}
}

func TestPeriodString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		p      rescue.Period
		want   string
		reason string
	}{
		{"zero", rescue.Period{}, "", "the zero Period prints nothing"},
		{"single", period("2023-10-07", "2023-10-07"), "2023-10-07", "Start == End prints one date"},
		{"range", period("2023-10-07", "2023-10-08"), "2023-10-07/2023-10-08", "ISO 8601 interval"},
		{"start only", period("2023-10-07", ""), "2023-10-07/..", "an open end is '..'"},
		{"end only", period("", "2023-10-08"), "../2023-10-08", "an open start is '..'"},
		{"out of order", period("2023-10-08", "2023-10-07"), "2023-10-08/2023-10-07", "String shows even an invalid Period"},
		{"longest", period("2023-10-07", "2024-12-31"), "2023-10-07/2024-12-31", "the longest form"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := tc.p.String(); got != tc.want {
				t.Errorf("%#v.String() = %q, want %q (%s)", tc.p, got, tc.want, tc.reason)
			}
			if tc.p.Validate() != nil {
				return
			}
			b, err := tc.p.AppendText([]byte("p="))
			if err != nil || string(b) != "p="+tc.want {
				t.Errorf("AppendText = %q, %v; want %q (%s)", b, err, "p="+tc.want, tc.reason)
			}
			var back rescue.Period
			if err := back.UnmarshalText([]byte(tc.want)); err != nil || !back.Equal(tc.p) {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v back (%s)", tc.want, back, err, tc.p, tc.reason)
			}
		})
	}
}

func TestPeriodEarliestLatest(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		in       string
		earliest string
		latest   string
		reason   string
	}{
		{"weekend", "2023-10-07/2023-10-08", "2023-10-07T00:00:00Z", "2023-10-08T23:59:59.999999999Z", "two whole days"},
		{"mixed", "2023-09/2023-10-07", "2023-09-01T00:00:00Z", "2023-10-07T23:59:59.999999999Z", "start of the month to end of the day"},
		{"month", "2023-09", "2023-09-01T00:00:00Z", "2023-09-30T23:59:59.999999999Z", "the whole month"},
		{"open end", "2023-10-07/..", "2023-10-07T00:00:00Z", "0001-01-01T00:00:00Z", "an open end has the zero time"},
		{"open start", "../2023-10-07", "0001-01-01T00:00:00Z", "2023-10-07T23:59:59.999999999Z", "an open start has the zero time"},
		{"zero", "", "0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "the zero Period"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := rescue.MustParsePeriod(tc.in)
			if got := p.Earliest().Format(time.RFC3339Nano); got != tc.earliest {
				t.Errorf("%q.Earliest() = %s, want %s (%s)", tc.in, got, tc.earliest, tc.reason)
			}
			if got := p.Latest().Format(time.RFC3339Nano); got != tc.latest {
				t.Errorf("%q.Latest() = %s, want %s (%s)", tc.in, got, tc.latest, tc.reason)
			}
		})
	}
}

func TestPeriodContains(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		p      string
		d      string
		want   bool
		reason string
	}{
		{"first day", "2023-10-07/2023-10-08", "2023-10-07", true, "the start day"},
		{"last day", "2023-10-07/2023-10-08", "2023-10-08", true, "the end day"},
		{"day before", "2023-10-07/2023-10-08", "2023-10-06", false, "before the start"},
		{"day after", "2023-10-07/2023-10-08", "2023-10-09", false, "after the end"},
		{"month too wide", "2023-10-07/2023-10-08", "2023-10", false, "October runs past both ends"},
		{"month inside", "2023-09/2023-10-07", "2023-09", true, "the start month itself"},
		{"day in start month", "2023-09/2023-10-07", "2023-09-14", true, "inside the start month"},
		{"end month too wide", "2023-09/2023-10-07", "2023-10", false, "October runs past the 7th"},
		{"single month day", "2023-09", "2023-09-30", true, "a day of the month"},
		{"open end", "2023-10-07/..", "2030", true, "an open end bounds nothing"},
		{"open end before", "2023-10-07/..", "2023-10-06", false, "the start still bounds"},
		{"open start", "../2023-10-08", "1990-01-01", true, "an open start bounds nothing"},
		{"open start after", "../2023-10-08", "2023-10", false, "the end still bounds"},
		{"zero period", "", "2023", false, "the zero Period contains nothing"},
		{"zero date", "2023-10-07/..", "", false, "the zero Date is in nothing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := rescue.MustParsePeriod(tc.p).Contains(rescue.MustParseDate(tc.d)); got != tc.want {
				t.Errorf("%q.Contains(%q) = %v, want %v (%s)", tc.p, tc.d, got, tc.want, tc.reason)
			}
		})
	}
}

func TestPeriodOverlaps(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		p, q   string
		want   bool
		reason string
	}{
		{"shared day", "2023-09/2023-10-07", "2023-10-07/2023-10-08", true, "both hold the 7th"},
		{"month begun", "2023-09/2023-10-07", "2023-10", true, "the first runs into October"},
		{"day after", "2023-09/2023-10-07", "2023-10-08", false, "the 8th is after the end"},
		{"adjacent months", "2023-09", "2023-10", false, "September and October share no instant"},
		{"inside", "2023", "2023-06-01/2023-06-30", true, "one inside the other"},
		{"self", "2023-10-07", "2023-10-07", true, "every period overlaps itself"},
		{"open end", "2023-10-07/..", "2030", true, "an open end bounds nothing"},
		{"open start", "../2023-10-07", "1990/2000", true, "an open start bounds nothing"},
		{"open end before", "2023-10-07/..", "2023-09", false, "the start still bounds"},
		{"both open", "../2023-10-07", "2024/..", false, "the closed ends still bound"},
		{"both open overlap", "../2023-10-07", "2023/..", true, "2023 begins before the 7th"},
		{"zero", "", "2023", false, "the zero Period overlaps nothing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p, q := rescue.MustParsePeriod(tc.p), rescue.MustParsePeriod(tc.q)
			if got := p.Overlaps(q); got != tc.want {
				t.Errorf("%q.Overlaps(%q) = %v, want %v (%s)", tc.p, tc.q, got, tc.want, tc.reason)
			}
			if got := q.Overlaps(p); got != tc.want {
				t.Errorf("%q.Overlaps(%q) = %v, want %v: Overlaps is symmetric (%s)", tc.q, tc.p, got, tc.want, tc.reason)
			}
		})
	}
}

func TestPeriodEqual(t *testing.T) {
	t.Parallel()
	a := rescue.MustParsePeriod("2023-10-07/2023-10-08")
	if !a.Equal(period("2023-10-07", "2023-10-08")) {
		t.Error("equal periods not Equal")
	}
	if a.Equal(period("2023-10-07", "2023-10")) {
		t.Error("periods with different end precision are Equal; want not (each end keeps its precision)")
	}
	if !(rescue.Period{}).IsZero() || a.IsZero() || period("", "2023").IsZero() {
		t.Error("IsZero must be true only for the Period with neither end")
	}
}

func TestPeriodSQL(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		src    any
		want   string
		err    error
		reason string
	}{
		{"string", "2023-10-07/2023-10-08", "2023-10-07/2023-10-08", nil, "the text form"},
		{"bytes", []byte("2023-09/.."), "2023-09/..", nil, "drivers often return []byte"},
		{"nil", nil, "", nil, "SQL NULL is the zero Period"},
		{"empty", "", "", nil, "empty text is the zero Period"},
		{"time", time.Date(2023, 10, 7, 0, 0, 0, 0, time.UTC), "2023-10-07", nil, "a DATE column is a one-day Period"},
		{"time out of range", time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), "", rescue.ErrRange, "no Date holds year 0"},
		{"out of order", "2023-10-08/2023-10-07", "", rescue.ErrOutOfOrder, "Scan validates"},
		{"int", 7, "", rescue.ErrSyntax, "a number is not a period"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := rescue.MustParsePeriod("1999")
			err := p.Scan(tc.src)
			if tc.err != nil {
				if !errors.Is(err, tc.err) || p.String() != "1999" {
					t.Errorf("Scan(%#v) = %v leaving %v; want an error wrapping %v and the Period unchanged (%s)", tc.src, err, p, tc.err, tc.reason)
				}
				return
			}
			if err != nil || p.String() != tc.want {
				t.Errorf("Scan(%#v) = %q, %v; want %q (%s)", tc.src, p, err, tc.want, tc.reason)
			}
			v, err := p.Value()
			if err != nil {
				t.Fatalf("%q.Value(): %v", p, err)
			}
			if p.IsZero() {
				if v != nil {
					t.Errorf("zero Period Value() = %#v, want nil (SQL NULL)", v)
				}
			} else if v != tc.want {
				t.Errorf("%q.Value() = %#v, want the string %q", p, v, tc.want)
			}
		})
	}
}

func TestDateMapKey(t *testing.T) {
	t.Parallel()
	seen := map[rescue.Date]int{}
	for _, s := range []string{"2023-10", "2023-10-01", "2023-10", ""} {
		seen[rescue.MustParseDate(s)]++
	}
	if len(seen) != 3 || seen[rescue.MustParseDate("2023-10")] != 2 {
		t.Errorf("map keyed by Date = %v; want 2023-10 and 2023-10-01 distinct and 2023-10 counted twice", seen)
	}
}

// TestDateAllocs pins the zero-allocation paths.
func TestDateAllocs(t *testing.T) {
	d := rescue.MustParseDate("2023-10-07")
	p := rescue.MustParsePeriod("2023-09/2023-10-07")
	buf := make([]byte, 0, 64)
	var sink int
	tests := []struct {
		name string
		f    func()
	}{
		{"ParseDate", func() { d, _ = rescue.ParseDate("2023-10-07") }},
		{"ParseDate month", func() { d, _ = rescue.ParseDate("2023-09") }},
		{"ParsePeriod", func() { p, _ = rescue.ParsePeriod("2023-09/2023-10-07") }},
		{"Date.AppendText", func() { buf, _ = d.AppendText(buf[:0]) }},
		{"Period.AppendText", func() { buf, _ = p.AppendText(buf[:0]) }},
		{"Date.Compare", func() { sink += d.Compare(p.Start) }},
		{"Date.Earliest", func() { sink += d.Earliest().Day() + d.Latest().Day() }},
		{"Period.Validate", func() { _ = p.Validate() }},
		{"Period.Contains", func() { _ = p.Contains(d) }},
	}
	for _, tc := range tests {
		if n := testing.AllocsPerRun(100, tc.f); n != 0 {
			t.Errorf("%s allocates %v times per call, want 0", tc.name, n)
		}
	}
	_ = sink
}

var benchDates = []string{"2023", "2023-09", "2023-10-07"}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range benchDates {
			if _, err := rescue.ParseDate(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkParsePeriod(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rescue.ParsePeriod("2023-09/2023-10-07"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDateAppendText(b *testing.B) {
	b.ReportAllocs()
	d := rescue.MustParseDate("2023-10-07")
	buf := make([]byte, 0, 16)
	for b.Loop() {
		buf, _ = d.AppendText(buf[:0])
	}
}
