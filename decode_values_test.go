package rescue

import (
	"strconv"
	"testing"

	"pgregory.net/rapid"
)

// TestDecodeFastPaths checks the decoder's fast paths against the types'
// UnmarshalText: whatever a fast path reads, UnmarshalText reads the same,
// and the canonical text of every date and age takes the fast path.
func TestDecodeFastPaths(t *testing.T) {
	t.Parallel()
	shapes := rapid.OneOf(
		rapid.StringMatching(`[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?`),
		rapid.StringMatching(`[0-9]{1,4}([-+][0-9]{0,4})?`),
		rapid.StringMatching(`[0-9+\- ]{0,11}`),
	)
	rapid.Check(t, func(t *rapid.T) {
		s := shapes.Draw(t, "text")
		if d, ok := decodeDateFast([]byte(s)); ok {
			var want Date
			if err := want.UnmarshalText([]byte(s)); err != nil || want != d {
				t.Fatalf("the fast path reads %q as the date %v; UnmarshalText gives %v, %v", s, d, want, err)
			}
		}
		if a, ok := decodeAgeFast([]byte(s)); ok {
			var want Age
			if err := want.UnmarshalText([]byte(s)); err != nil || want != a {
				t.Fatalf("the fast path reads %q as the age %v; UnmarshalText gives %v, %v", s, a, want, err)
			}
		}
	})
	for y := 1; y <= 9999; y += 37 {
		for m := 1; m <= 12; m++ {
			d, err := NewDate(y, 1, 1, PrecisionYear)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range []Date{d, MustParseDate(strconv.Itoa(10000 + y)[1:] + "-" + strconv.Itoa(100 + m)[1:]), MustParseDate(strconv.Itoa(10000 + y)[1:] + "-" + strconv.Itoa(100 + m)[1:] + "-28")} {
				if got, ok := decodeDateFast([]byte(d.String())); !ok || got != d {
					t.Fatalf("the fast path reads %q as %v, %v", d, got, ok)
				}
			}
		}
	}
	for lo := 0; lo <= 150; lo++ {
		for _, a := range []Age{AgeYears(lo), AgeBetween(lo, -1), AgeBetween(lo, min(150, lo+1+lo%7))} {
			if !a.IsKnown() {
				continue
			}
			if got, ok := decodeAgeFast([]byte(a.String())); !ok || got != a {
				t.Fatalf("the fast path reads %q as %v, %v", a, got, ok)
			}
		}
	}
}
