package rescue

import "testing"

// TestSummaryTallyOrder checks that a source's tallies of the same people
// give the same Summary in either order.
func TestSummaryTallyOrder(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		a, b, want string
		reason     string
	}{
		{"about 300", "about 200", "about 200 to 300", "two estimates: the hull of their figures, not the one filed first"},
		{"about 300", "250", "250", "an estimate gives way to a figure"},
		{"fewer than 10", "at most 9", "fewer than 10", "one end written two ways"},
	} {
		tally := func(c string) Tally {
			return Tally{Of: OfVictims, Count: MustParseCount(c), Source: "https://example.org/a"}
		}
		for _, order := range [][2]string{{tc.a, tc.b}, {tc.b, tc.a}} {
			op := &Operation{ID: "O", Counts: List[Tally]{tally(order[0]), tally(order[1])}}
			if got := op.Summary().Victims.String(); got != tc.want {
				t.Errorf("tallies %q then %q: %s victims; want %q (%s)", order[0], order[1], got, tc.want, tc.reason)
			}
		}
	}
}
