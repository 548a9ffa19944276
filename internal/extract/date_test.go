package extract_test

import (
	"slices"
	"testing"

	"github.com/antitrafficking/rescue/internal/extract"
	"github.com/antitrafficking/rescue/internal/extract/en"
)

// TestDates checks the dates the engine reads with the English lexicon:
// the span it takes and the days it resolves them to, published on Friday
// 15 March 2024.
func TestDates(t *testing.T) {
	pub := extract.YMD{Year: 2024, Month: 3, Day: 15}
	type ymd = extract.YMD
	for _, tc := range []struct {
		text, span string
		start, end ymd
		two        bool
		conflict   bool
		reason     string
	}{
		{"on Thursday (March 7)", "Thursday (March 7)", ymd{2024, 3, 7}, ymd{2024, 3, 7}, false, false, "a weekday with its date is the date"},
		{"on Thursday, 7 March", "Thursday, 7 March", ymd{2024, 3, 7}, ymd{2024, 3, 7}, false, false, "a date written day first after a weekday"},
		{"on Tuesday 14 March", "Tuesday 14 March", ymd{}, ymd{}, false, true, "14 March 2024 is a Thursday: the two disagree"},
		{"on Thursday last week", "Thursday last week", ymd{2024, 3, 7}, ymd{2024, 3, 7}, false, false, "the Thursday of the week before publication"},
		{"last Friday", "Friday", ymd{2024, 3, 8}, ymd{2024, 3, 8}, false, false, "\"last Friday\" on a Friday is a week before"},
		{"on Friday", "Friday", ymd{2024, 3, 15}, ymd{2024, 3, 15}, false, false, "a weekday alone is the last on or before publication"},
		{"on 14-17 March", "14-17 March", ymd{2024, 3, 14}, ymd{2024, 3, 17}, false, false, "a span written day first starts before publication: this year"},
		{"between 14 and 17 March", "14 and 17 March", ymd{2024, 3, 14}, ymd{2024, 3, 17}, false, false, "\"between\" makes \"and\" a span"},
		{"from 14 to 17 March", "14 to 17 March", ymd{2024, 3, 14}, ymd{2024, 3, 17}, false, false, "\"to\" joins a span"},
		{"between March 3 and 5", "March 3 and 5", ymd{2024, 3, 3}, ymd{2024, 3, 5}, false, false, "a span written month first"},
		{"on March 7 and 8", "March 7 and 8", ymd{2024, 3, 7}, ymd{2024, 3, 8}, true, false, "two days, not a span"},
		{"on 30 and 31 December", "30 and 31 December", ymd{2023, 12, 30}, ymd{2023, 12, 31}, true, false, "after publication this year: the year before"},
		{"on Feb. 2", "Feb. 2", ymd{2024, 2, 2}, ymd{2024, 2, 2}, false, false, "a month abbreviated with a dot"},
		{"from June 3 to June 9, 2023", "June 3 to June 9, 2023", ymd{2023, 6, 3}, ymd{2023, 6, 9}, false, false, "the year after the end is the start's too"},
	} {
		text := "Police rescued 12 women " + tc.text + "."
		r := extract.Run(text, en.Lexicon(), extract.Parsers{}, pub)
		if len(r.Dates) != 1 {
			t.Errorf("%q: %d dates, want 1 (%s)", tc.text, len(r.Dates), tc.reason)
			continue
		}
		d := r.Dates[0]
		if got := text[d.Span.Start:d.Span.End]; got != tc.span || d.Start != tc.start || d.End != tc.end || d.Two != tc.two || d.Conflict != tc.conflict {
			t.Errorf("%q: %q %v/%v two=%v conflict=%v; want %q %v/%v two=%v conflict=%v (%s)", tc.text,
				got, d.Start, d.End, d.Two, d.Conflict, tc.span, tc.start, tc.end, tc.two, tc.conflict, tc.reason)
		}
	}
	// Dates that are none, or less than they look: a weekday to come, a
	// span that ends before it starts, and "and" before a figure of
	// people.
	for _, tc := range []struct {
		text   string
		want   []ymd // the start and end of each date read
		reason string
	}{
		{"on Friday next week", nil, "a weekday to come is no date of a report"},
		{"on next Friday", nil, "a weekday to come is no date of a report"},
		{"from June 6 to 1", nil, "a span that ends before it starts is refused"},
		{"on March 7 and 8 women were freed", []ymd{{2024, 3, 7}, {2024, 3, 7}}, "\"8 women\" is a figure, not a day"},
	} {
		r := extract.Run("Police rescued 12 women "+tc.text+".", en.Lexicon(), extract.Parsers{}, pub)
		var got []ymd
		for _, d := range r.Dates {
			got = append(got, d.Start, d.End)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: dates %v, want %v (%s)", tc.text, got, tc.want, tc.reason)
		}
	}
}
