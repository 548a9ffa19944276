package rescue_test

import (
	"errors"
	"testing"
	"time"

	"github.com/antitrafficking/rescue"
)

func FuzzParseDate(f *testing.F) {
	for _, tc := range parseDateCases {
		f.Add(tc.in)
	}
	for _, s := range dateOrder {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := rescue.ParseDate(s)
		if len(s) == 10 && s[:4] != "0000" {
			// package time reads the same day form (and also year 0000).
			_, terr := time.Parse(time.DateOnly, s)
			if (terr == nil) != (err == nil) {
				t.Errorf("ParseDate(%q) = %v, but time.Parse = %v", s, err, terr)
			}
		}
		if err != nil {
			var pe *rescue.ParseError
			if !errors.As(err, &pe) || pe.Input != s || !d.IsZero() {
				t.Fatalf("ParseDate(%q) = %v, %#v; want the zero Date and a *ParseError quoting the input", s, d, err)
			}
			return
		}
		text := d.String()
		if text != s {
			t.Fatalf("ParseDate(%q).String() = %q; ParseDate reads only the canonical form", s, text)
		}
		back, err := rescue.ParseDate(text)
		if err != nil || !back.Equal(d) || back.String() != text {
			t.Fatalf("ParseDate(%q) = %v, %v; want %v back", text, back, err, d)
		}
		if d.IsZero() {
			return
		}
		if !d.Earliest().Before(d.Latest()) {
			t.Fatalf("%v: Earliest %v is not before Latest %v", d, d.Earliest(), d.Latest())
		}
		if d.Compare(d) != 0 || !d.Contains(d) {
			t.Fatalf("%v does not compare equal to or contain itself", d)
		}
		for p := rescue.PrecisionUnknown; p <= rescue.PrecisionDay; p++ {
			c := d.Truncate(p)
			if c.Precision() != min(p, d.Precision()) {
				t.Fatalf("%v.Truncate(%v) = %v with precision %v", d, p, c, c.Precision())
			}
			if !c.IsZero() && (!c.Contains(d) || c.Compare(d) > 0) {
				t.Fatalf("%v.Truncate(%v) = %v does not contain and precede it", d, p, c)
			}
			if !c.IsZero() && (c.Earliest().After(d.Earliest()) || d.Latest().After(c.Latest())) {
				t.Fatalf("%v.Truncate(%v) = %v: spans do not nest", d, p, c)
			}
		}
		nd, err := rescue.NewDate(d.Year(), d.Month(), d.Day(), d.Precision())
		if err != nil || nd != d {
			t.Fatalf("NewDate(%d, %d, %d, %v) = %v, %v; want %v", d.Year(), d.Month(), d.Day(), d.Precision(), nd, err, d)
		}
		if d.Precision() == rescue.PrecisionDay && rescue.DateOf(d.Earliest().Add(time.Hour)) != d {
			t.Fatalf("DateOf(%v) != %v", d.Earliest(), d)
		}
	})
}

func FuzzParsePeriod(f *testing.F) {
	for _, tc := range parsePeriodCases {
		f.Add(tc.in)
	}
	for _, tc := range parseDateCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := rescue.ParsePeriod(s)
		if err != nil {
			var pe *rescue.ParseError
			if !errors.As(err, &pe) || pe.Input != s || !p.IsZero() {
				t.Fatalf("ParsePeriod(%q) = %v, %#v; want the zero Period and a *ParseError quoting the input", s, p, err)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("ParsePeriod(%q) = %v, which does not validate: %v", s, p, err)
		}
		text := p.String()
		back, err := rescue.ParsePeriod(text)
		if err != nil || !back.Equal(p) || back.String() != text {
			t.Fatalf("ParsePeriod(%q) = %v, %v; want %v back", text, back, err, p)
		}
		b, err := p.MarshalText()
		if err != nil || string(b) != text {
			t.Fatalf("%v.MarshalText() = %q, %v; want %q", p, b, err, text)
		}
		if p.IsZero() {
			return
		}
		if !p.Start.IsZero() && !p.End.IsZero() && p.Latest().Before(p.Earliest()) {
			t.Fatalf("%v: Latest %v before Earliest %v", p, p.Latest(), p.Earliest())
		}
		if !p.Overlaps(p) {
			t.Fatalf("%v does not overlap itself", p)
		}
		if p.Start == p.End && !p.Contains(p.Start) {
			t.Fatalf("%v does not contain its one date", p)
		}
	})
}
