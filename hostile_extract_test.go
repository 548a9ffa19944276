package rescue

// Hostile input for Extract: a 10 MB text is refused unread; text of only
// digits, of 100,000 currency signs, of a million figures or amounts,
// one endless sentence, costs memory in proportion to the text, within a
// bound stated here, and never panics. Time is bounded by construction:
// the engine reads every token a bounded number of times (its loops that
// look back or ahead stop after a constant number of tokens or groups),
// and what it collects is capped (extract.MaxGroups, extract.MaxFound).

import (
	"errors"
	"strings"
	"testing"
)

// extractBytesPerByte bounds the bytes Extract allocates per byte of
// text, measured on the worst of the texts below (about 35: the figures
// read are capped at extract.MaxGroups, so that a report repeated to 1
// MiB or one endless list costs about what short sentences do).
const extractBytesPerByte = 100

// TestHostileExtractLong gives Extract 10 MB. It must refuse it with
// ErrRange without reading it: the middle is unreadable where the
// platform allows, so a scan faults.
func TestHostileExtractLong(t *testing.T) {
	const size = 10 << 20
	s, ok := hostileGuarded(size, "Police rescued 5 women. ", "Police rescued 5 women. ")
	if !ok {
		s = strings.Repeat("Police rescued 5 women. ", size/24+1)[:size]
	}
	var err error
	var d *Draft
	noFault(t, "Extract", func() { d, err = Extract(s, Date{}) })
	if !errors.Is(err, ErrRange) || d != nil {
		t.Fatalf("Extract(10 MB) = %v, %v; want nil and an error wrapping ErrRange", d, err)
	}
	var allocs, bytes float64
	noFault(t, "Extract", func() { allocs, bytes = hostileMeasure(10, func() { _, _ = Extract(s, Date{}) }) })
	// The race detector's runtime allocates now and then on its own,
	// which MemStats counts: an average just over 4 there is not ours.
	maxAllocs, maxBytes := 4.0, 512.0
	if hostileRace {
		maxAllocs, maxBytes = 8, 1024
	}
	if allocs > maxAllocs || bytes > maxBytes {
		t.Errorf("Extract(10 MB): %.1f allocations, %.0f bytes; want at most %.0f and %.0f", allocs, bytes, maxAllocs, maxBytes)
	}
}

// TestHostileExtractBounded gives Extract texts of just under 1 MiB made
// to be as costly as possible, and checks the memory each costs.
func TestHostileExtractBounded(t *testing.T) {
	if testing.Short() || hostileRace {
		t.Skip("reads several texts of 1 MiB: run without -short and -race")
	}
	const size = 1<<20 - 256
	fill := func(head, unit string) string { return head + strings.Repeat(unit, (size-len(head))/len(unit)) }
	cases := []struct {
		name, text string
		truncated  bool // a bound on what is collected is reached
	}{
		{"only digits", fill("", "0123456789"), false},
		{"spaced digits", fill("", "1 "), false},
		{"100,000 currency signs", strings.Repeat("$", 100000), false},
		{"spaced currency signs", fill("", "$ "), false},
		{"amounts seized", fill("Police seized ", "$1 "), true},
		{"amounts", fill("", "US$1 "), true},
		{"words", fill("", "a "), false},
		{"figures", fill("", "rescued 5 people, "), true},
		{"a list of countries", fill("victims from ", "Peru, "), false},
		{"dashed numbers", fill("", "1-"), false},
		{"numbers in brackets", fill("", "(1) "), false},
		{"one endless sentence", fill("", "police rescued 12 women and seized RM5 and phones over the weekend on Friday "), true},
		{"short sentences", fill("", "Police rescued 12 women. "), true},
		{"a report repeated", fill("", "Peruvian police rescued 44 foreigners — 43 Malaysians and one Taiwanese — in a suburb of Lima over the weekend. "), true},
		{"figures added", fill("Police arrested 10 suspects. ", "Another 5 suspects aged 20 to 30 were arrested. "), true},
		{"names joined", fill("Police rescued 5 ", "Thai, Lao "), false},
		{"lists past modifiers", fill("Police rescued 5 ", "in Lima and 4 "), true},
		{"one endless list", fill("Police rescued ", "4 women and "), true},
		{"places named like another country's", fill("Nigerian police rescued 12 women ", "in Benin, Georgia "), true},
		{"weekdays with dates", fill("Police rescued 12 women ", "on Thursday (March 7) and 8 "), true},
		{"claims", fill("", "reports claimed that 12 women were rescued, "), true},
		{"ranks and names", fill("", "said Police Major General Surachate Hakparn of the Royal Thai Police "), true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var d *Draft
			var err error
			noFault(t, "Extract", func() { d, err = Extract(tc.text, MustParseDate("2023-10-09")) })
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got := len(d.Findings) > 0 && strings.Contains(d.Findings[len(d.Findings)-1].Note, "than Extract reads")
			if got != tc.truncated {
				t.Errorf("a bound reached: %v, want %v", got, tc.truncated)
			}
			_, bytes := hostileMeasure(1, func() { _, _ = Extract(tc.text, MustParseDate("2023-10-09")) })
			per := bytes / float64(len(tc.text))
			if per > extractBytesPerByte {
				t.Errorf("%.0f bytes allocated per byte of text; want at most %d", per, extractBytesPerByte)
			}
			t.Logf("%.1f bytes allocated per byte of text", per)
		})
	}
}
