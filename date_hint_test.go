package rescue_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/antitrafficking/rescue"
)

// TestDateHints: what ParseDate and ParsePeriod say of the forms people
// write that they refuse. A hint gives the ISO form only where the text
// has one reading.
func TestDateHints(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, fn, in, want, reason string
	}{
		{"day first", "ParseDate", "15/09/2023",
			`ParseDate("15/09/2023"): write YYYY-MM-DD (did you mean "2023-09-15"?): invalid syntax`, "15 is no month: the day comes first"},
		{"month first", "ParseDate", "9/15/2023",
			`ParseDate("9/15/2023"): write YYYY-MM-DD (did you mean "2023-09-15"?): invalid syntax`, "15 is no month: the month comes first"},
		{"dots", "ParseDate", "15.09.2023",
			`ParseDate("15.09.2023"): write YYYY-MM-DD (did you mean "2023-09-15"?): invalid syntax`, "the German form"},
		{"same day and month", "ParseDate", "05/05/2023",
			`ParseDate("05/05/2023"): write YYYY-MM-DD (did you mean "2023-05-05"?): invalid syntax`, "either way round it is 5 May"},
		{"ambiguous", "ParseDate", "03/04/2023",
			`ParseDate("03/04/2023"): day and month could be either way round, "2023-04-03" or "2023-03-04": write YYYY-MM-DD: invalid syntax`,
			"3 April in most of the world, March 4 in the United States: both readings, no choice"},
		{"no such date", "ParseDate", "31/09/2023",
			`ParseDate("31/09/2023"): no such date: write YYYY-MM-DD: invalid syntax`, "September has 30 days: nothing to suggest"},
		{"no month", "ParseDate", "13/14/2023",
			`ParseDate("13/14/2023"): no such date: write YYYY-MM-DD: invalid syntax`, "neither number is a month"},
		{"two-digit year", "ParseDate", "15/09/23",
			`ParseDate("15/09/23"): want YYYY, YYYY-MM or YYYY-MM-DD: invalid syntax`, "which century? no suggestion"},
		{"year first with slashes", "ParseDate", "2023/09/15",
			`ParseDate("2023/09/15"): want '-' after the year (did you mean "2023-09-15"?): invalid syntax`, "the year first is year, month, day"},
		{"year and month with a dot", "ParseDate", "2023.09",
			`ParseDate("2023.09"): want '-' after the year (did you mean "2023-09"?): invalid syntax`, "a month"},
		{"two years", "ParseDate", "2023/2024",
			`ParseDate("2023/2024"): want '-' after the year: invalid syntax`, "no date to suggest"},
		{"words", "ParseDate", "7 Oct 2023",
			`ParseDate("7 Oct 2023"): want YYYY, YYYY-MM or YYYY-MM-DD: invalid syntax`, "not a short year: say the forms"},
		{"range as a date", "ParseDate", "2023-10-07 to 2023-10-08",
			`ParseDate("2023-10-07 to 2023-10-08"): unexpected text after the day: invalid syntax`, "a space then words is no time of day"},
		{"time after a space", "ParseDate", "2023-10-07 10:00",
			`ParseDate("2023-10-07 10:00"): a time of day is not part of a date: invalid syntax`, "a time of day"},
		{"two years", "ParsePeriod", "2022-2023",
			`ParsePeriod("2022-2023"): two years are written start/end (did you mean "2022/2023"?): invalid syntax`, "not a month 2023 of 2022: two years"},
		{"two years backwards", "ParsePeriod", "2023-2022",
			`ParsePeriod("2023-2022"): two years are written start/end, the start first: invalid syntax`, "nothing to suggest for years out of order"},
		{"year and short year", "ParsePeriod", "2019-20",
			`ParsePeriod("2019-20"): 20 is no month; two years are written start/end, as YYYY/YYYY: out of range`,
			"perhaps 2019 to 2020, perhaps a fiscal year: the form, not a guess"},
		{"days of a month", "ParsePeriod", "12-14 May 2023",
			`ParsePeriod("12-14 May 2023"): two dates are written start/end, as YYYY-MM-DD/YYYY-MM-DD: invalid syntax`, "not a year of two digits: days with a month's name"},
		{"to", "ParsePeriod", "2023-01-01 to 2023-02-01",
			`ParsePeriod("2023-01-01 to 2023-02-01"): two dates are written start/end (did you mean "2023-01-01/2023-02-01"?): invalid syntax`, "the period in its own form"},
		{"hyphen", "ParsePeriod", "2023-01 - 2023-03",
			`ParsePeriod("2023-01 - 2023-03"): two dates are written start/end (did you mean "2023-01/2023-03"?): invalid syntax`, "months"},
		{"en dash", "ParsePeriod", "2023-10-07–2023-10-08",
			`ParsePeriod("2023-10-07–2023-10-08"): two dates are written start/end (did you mean "2023-10-07/2023-10-08"?): invalid syntax`, "typeset"},
		{"dots between", "ParsePeriod", "2023..2024",
			`ParsePeriod("2023..2024"): two dates are written start/end (did you mean "2023/2024"?): invalid syntax`, "EDTF's range in a set"},
		{"spaces round the slash", "ParsePeriod", "2023-10-07 / 2023-10-08",
			`ParsePeriod("2023-10-07 / 2023-10-08"): two dates are written start/end (did you mean "2023-10-07/2023-10-08"?): invalid syntax`, "no spaces"},
		{"out of order", "ParsePeriod", "2023-02-01 to 2023-01-01",
			`ParsePeriod("2023-02-01 to 2023-01-01"): two dates are written start/end, the start first: invalid syntax`, "no suggestion that reverses what was written"},
		{"words between", "ParsePeriod", "7 Oct to 9 Oct 2023",
			`ParsePeriod("7 Oct to 9 Oct 2023"): two dates are written start/end, as YYYY-MM-DD/YYYY-MM-DD: invalid syntax`, "the dates are not ISO: the form only"},
		{"open end", "ParsePeriod", "2023-10-07 until",
			`ParsePeriod("2023-10-07 until"): unexpected text after the day: invalid syntax`, "no second date: no period to suggest"},
		{"date in numbers", "ParsePeriod", "15/09/2023",
			`ParsePeriod("15/09/2023"): write YYYY-MM-DD (did you mean "2023-09-15"?): invalid syntax`, "a date, not a period of two"},
		{"ambiguous date", "ParsePeriod", "03/04/2023",
			`ParsePeriod("03/04/2023"): day and month could be either way round, "2023-04-03" or "2023-03-04": write YYYY-MM-DD: invalid syntax`, "both readings"},
		{"year first with slashes in a period", "ParsePeriod", "2023/09/15",
			`ParsePeriod("2023/09/15"): want '-' after the year (did you mean "2023-09-15"?): invalid syntax`, "a date, not three parts"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var err error
			if tc.fn == "ParseDate" {
				_, err = rescue.ParseDate(tc.in)
			} else {
				_, err = rescue.ParsePeriod(tc.in)
			}
			if err == nil || err.Error() != tc.want {
				t.Errorf("%s(%q) = %v\nwant %s\n(%s)", tc.fn, tc.in, err, tc.want, tc.reason)
			}
		})
	}
}

// TestDateHintsNeverMislead writes every day of a leap year day first and
// month first: the suggestion, where there is one, is that day, and
// where the two numbers could each be the month there is none.
func TestDateHintsNeverMislead(t *testing.T) {
	t.Parallel()
	for d := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == 2024; d = d.AddDate(0, 0, 1) {
		day, month := d.Day(), int(d.Month())
		iso := d.Format("2006-01-02")
		for _, in := range []string{fmt.Sprintf("%d/%d/2024", day, month), fmt.Sprintf("%02d.%02d.2024", day, month), fmt.Sprintf("%d/%d/2024", month, day)} {
			_, err := rescue.ParseDate(in)
			if err == nil {
				t.Fatalf("ParseDate(%q) read it", in)
			}
			msg := err.Error()
			suggested := strings.Contains(msg, "did you mean")
			switch {
			case day <= 12 && day != month:
				if suggested || !strings.Contains(msg, "either way round") || !strings.Contains(msg, `"`+iso+`"`) {
					t.Errorf("ParseDate(%q) = %v; want both readings and no suggestion", in, err)
				}
			case !suggested || !strings.Contains(msg, `(did you mean "`+iso+`"?)`):
				t.Errorf("ParseDate(%q) = %v; want the suggestion %q", in, err, iso)
			}
		}
	}
}
