package rescue_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/antitrafficking/rescue"
)

var parseAgeCases = []struct {
	name   string
	in     string
	want   string // the String of the result
	err    error  // the sentinel, or nil
	reason string
}{
	{"empty", "", "", nil, "empty text is the unknown Age"},
	{"blank", "   ", "", nil, "blank text is the unknown Age too"},
	{"exact", "34", "34", nil, "an exact age"},
	{"zero", "0", "0", nil, "a newborn is 0, a known age"},
	{"max", "150", "150", nil, "150 is the greatest age"},
	{"leading zero", "007", "7", nil, "CTDC pads ages; the canonical form does not"},
	{"spaces", " 34 ", "34", nil, "surrounding space is ignored"},
	{"range", "18-20", "18-20", nil, "an inclusive range"},
	{"ctdc range", "18--20", "18-20", nil, "CTDC writes ranges with a double hyphen"},
	{"ctdc padded", "09--17", "9-17", nil, "CTDC pads the lower bound of its second band"},
	{"ctdc first band", "0--8", "0-8", nil, "CTDC's first band"},
	{"spaced range", "18 - 20", "18-20", nil, "space around the hyphen is ignored"},
	{"one-year range", "20-20", "20", nil, "a range of one year is that exact age"},
	{"open", "48+", "48+", nil, "an open range, as CTDC's last band"},
	{"spaced open", "48 +", "48+", nil, "space before the plus is ignored"},
	{"zero open", "0+", "0+", nil, "an open range from 0 says nothing, but it is what was written"},
	{"too old", "151", "", rescue.ErrRange, "ages stop at 150: a number, but out of range"},
	{"negative", "-3", "", rescue.ErrSyntax, "an age is never negative"},
	{"plus sign", "+3", "", rescue.ErrSyntax, "a leading plus is not an age"},
	{"words", "thirty", "30", nil, "an age in words, read by the package's one number reader"},
	{"year-old", "14-year-old", "14", nil, "issue 8: the way reports write an age"},
	{"a year-old girl", "a 16-year-old girl", "16", nil, "issue 8: the noun after the age is ignored"},
	{"words year-old", "sixteen-year-old", "16", nil, "words and year-old"},
	{"years old", "16 years old", "16", nil, "years old"},
	{"aged", "aged 16", "16", nil, "aged before the number"},
	{"prose range", "15 to 26", "15-26", nil, "issue 8: a range in words"},
	{"between", "between 15 and 26", "15-26", nil, "between … and"},
	{"range years old", "15-26 years old", "15-26", nil, "a range with its unit"},
	{"minor", "minor", "0-17", nil, "issue 8: a minor is 0 to 17"},
	{"minors", "minors", "0-17", nil, "issue 8: the plural"},
	{"under 18", "under 18", "0-17", nil, "issue 8: under 18 is 0 to 17"},
	{"underage", "underage", "0-17", nil, "issue 8: underage is 0 to 17"},
	{"teenage", "teenage", "13-19", nil, "issue 8: teenage is 13 to 19"},
	{"teenager", "a teenager", "13-19", nil, "issue 8: a teenager is 13 to 19"},
	{"in their 20s", "in their 20s", "20-29", nil, "issue 8: a decade"},
	{"twenties", "in her twenties", "20-29", nil, "a decade in words"},
	{"and over", "18 and over", "18+", nil, "an open range in words"},
	{"over", "over 60", "60+", nil, "over 60 years is 60 and up in whole years: 60 years and a month is over 60, and is recorded as 60"},
	{"over 18", "over 18", "18+", nil, "over 18 means an adult, as in everyday and legal use"},
	{"months", "18 months", "", rescue.ErrSyntax, "an 18-month-old is not 18 years old: months are refused, never read as years"},
	{"months old", "16 months old", "", rescue.ErrSyntax, "months are not years"},
	{"abbreviated months", "16 mos", "", rescue.ErrSyntax, "months are not years"},
	{"weeks", "3 weeks old", "", rescue.ErrSyntax, "weeks are not years"},
	{"days", "2 days old", "", rescue.ErrSyntax, "days are not years"},
	{"or younger", "16 or younger", "0-16", nil, "up to the age"},
	{"and under", "16 and under", "0-16", nil, "up to the age"},
	{"a count", "three children", "", rescue.ErrSyntax, "a count of children is not an age"},
	{"a count of victims", "16 victims", "", rescue.ErrSyntax, "a number with a noun and no unit is a count, not an age"},
	{"uncertain", "16?", "", rescue.ErrSyntax, "an uncertain age is not exactly 16"},
	{"estimated", "16 (estimated)", "", rescue.ErrSyntax, "an estimated age is not exactly 16"},
	{"a girl", "a 16-year-old girl", "16", nil, "the noun after the unit"},
	{"decade zero", "in their 0s", "", rescue.ErrSyntax, "no decade of zero"},
	{"at least", "at least 18", "18+", nil, "at least 18 is 18 and up"},
	{"adult", "adults", "18+", nil, "an adult is 18 and up"},
	{"estimate", "about 30", "", rescue.ErrSyntax, "an estimate is no range an age can hold"},
	{"two numbers", "40 20", "", rescue.ErrSyntax, "two numbers"},
	{"count first", "two women aged 20", "", rescue.ErrSyntax, "a count of people is not an age"},
	{"fraction", "3.5", "", rescue.ErrSyntax, "ages are whole years"},
	{"reversed", "20-18", "", rescue.ErrOutOfOrder, "a range that ends before it starts"},
	{"open end", "18-", "", rescue.ErrSyntax, "a range needs both ends"},
	{"open start", "-18", "", rescue.ErrSyntax, "a range needs both ends"},
	{"triple hyphen", "18---20", "", rescue.ErrSyntax, "only one or two hyphens"},
	{"range plus", "18-20+", "", rescue.ErrSyntax, "a range is closed or open, not both"},
	{"double plus", "48++", "", rescue.ErrSyntax, "one plus"},
	{"four digits", "0034", "", rescue.ErrSyntax, "at most three digits"},
	{"too long", strings.Repeat("1", 65), "", rescue.ErrRange, "input longer than 64 bytes is rejected before it is read"},
	{"long prose", "a 16-year-old girl rescued from the compound in Poipet", "16", nil, "prose up to 64 bytes is read"},
	{"range too old", "140-151", "", rescue.ErrRange, "both ends within 0 to 150"},
	// Words after an age group or a unit that say more of the age: read
	// as the noun, they were dropped and left the first group or number.
	{"two decades", "in their twenties and thirties", "", rescue.ErrSyntax, "20 to 39, never 20-29"},
	{"teens into twenties", "in their teens and early twenties", "", rescue.ErrSyntax, "into the twenties, never 13-19"},
	{"two groups", "teenagers and adults", "", rescue.ErrSyntax, "13 and up, never 13-19"},
	{"any age", "adults and children", "", rescue.ErrSyntax, "any age, never 18+"},
	{"any age 2", "minors and adults", "", rescue.ErrSyntax, "any age, never 0-17"},
	{"decade or older", "in their twenties or older", "", rescue.ErrSyntax, "20 and up, never 20-29"},
	{"group or younger", "teenager or younger", "", rescue.ErrSyntax, "0 to 19, never 13-19"},
	{"years or more", "16 years or more", "16+", nil, "an open range, as 16 or older"},
	{"or more", "16 or more", "16+", nil, "an open range"},
	{"years plus", "16 years plus", "16+", nil, "an open range"},
	{"years old or so", "16 years old or so", "", rescue.ErrSyntax, "an estimate, as 16 or so is"},
	{"or so", "16 or so", "", rescue.ErrSyntax, "an estimate"},
	{"years older", "16 years older", "", rescue.ErrSyntax, "a difference of ages, never 16"},
	{"years younger", "16 years younger", "", rescue.ErrSyntax, "a difference of ages"},
	{"years ago", "16 years ago", "", rescue.ErrSyntax, "a time, not an age"},
	{"years in prison", "16 years in prison", "", rescue.ErrSyntax, "a sentence, not an age"},
	{"year sentence", "16-year sentence", "", rescue.ErrSyntax, "a sentence: an age is -year-old"},
	{"years of age", "16 years of age", "16", nil, "of age after years says it is an age"},
	{"aged years", "aged 16 years", "16", nil, "years alone at the end"},
	{"year-old victims", "16-year-old victims", "16", nil, "a noun after -year-old"},
	{"child victims", "child victims", "0-17", nil, "a noun after an age group"},
}

func TestParseAge(t *testing.T) {
	t.Parallel()
	for _, tc := range parseAgeCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a, err := rescue.ParseAge(tc.in)
			if tc.err != nil {
				var pe *rescue.ParseError
				if !errors.Is(err, tc.err) || !errors.As(err, &pe) || pe.Func != "ParseAge" || pe.Input != tc.in {
					t.Fatalf("ParseAge(%q) = %v, %v; want a ParseError wrapping %v (%s)", tc.in, a, err, tc.err, tc.reason)
				}
				if a.IsKnown() {
					t.Errorf("ParseAge(%q) failed but returned %v, not the unknown Age", tc.in, a)
				}
				return
			}
			if err != nil || a.String() != tc.want {
				t.Fatalf("ParseAge(%q) = %q, %v; want %q (%s)", tc.in, a, err, tc.want, tc.reason)
			}
			if a.IsKnown() != (tc.want != "") || a.IsZero() == a.IsKnown() {
				t.Errorf("ParseAge(%q): IsKnown %v, IsZero %v", tc.in, a.IsKnown(), a.IsZero())
			}
		})
	}
}

func TestAgeConstructors(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		got    rescue.Age
		want   string
		reason string
	}{
		{"years", rescue.AgeYears(34), "34", "an exact age"},
		{"years zero", rescue.AgeYears(0), "0", "0 is a known age"},
		{"years max", rescue.AgeYears(150), "150", "the greatest age"},
		{"years negative", rescue.AgeYears(-1), "", "out of range gives the unknown Age"},
		{"years too old", rescue.AgeYears(151), "", "out of range gives the unknown Age"},
		{"between", rescue.AgeBetween(18, 20), "18-20", "a range"},
		{"between equal", rescue.AgeBetween(20, 20), "20", "a one-year range is exact"},
		{"between open", rescue.AgeBetween(48, -1), "48+", "hi < 0 is open"},
		{"between open other", rescue.AgeBetween(48, -7), "48+", "any hi < 0 is open"},
		{"between reversed", rescue.AgeBetween(20, 18), "", "an empty range is unknown"},
		{"between negative", rescue.AgeBetween(-1, 5), "", "lo below 0 is unknown"},
		{"between too old", rescue.AgeBetween(140, 151), "", "hi above 150 is unknown"},
		{"between lo too old", rescue.AgeBetween(151, -1), "", "lo above 150 is unknown"},
	}
	for _, tc := range cases {
		if tc.got.String() != tc.want {
			t.Errorf("%s: got %q, want %q (%s)", tc.name, tc.got, tc.want, tc.reason)
		}
	}
	if rescue.AgeYears(20) != rescue.AgeBetween(20, 20) || !rescue.AgeYears(20).Equal(modelAge("20-20")) {
		t.Error("AgeYears(20), AgeBetween(20, 20) and ParseAge(\"20-20\") differ")
	}
}

func TestAgeAccessors(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in           string
		exact        int
		isExact      bool
		lo, hi       int
		known        bool
		minor, mknow bool
		band, ctdc   string
		reason       string
	}{
		{"", 0, false, 0, 0, false, false, false, "", "", "unknown: nothing is known"},
		{"0", 0, true, 0, 0, true, true, true, "0-8", "0--8", "a newborn is a minor in the first band"},
		{"8", 8, true, 8, 8, true, true, true, "0-8", "0--8", "top of the first band"},
		{"9", 9, true, 9, 9, true, true, true, "9-17", "09--17", "bottom of the second band"},
		{"17", 17, true, 17, 17, true, true, true, "9-17", "09--17", "17 is the last year of minority"},
		{"18", 18, true, 18, 18, true, false, true, "18-20", "18--20", "18 is an adult"},
		{"27", 27, true, 27, 27, true, false, true, "27-29", "27--29", "27 → 27-29"},
		{"50", 50, true, 50, 50, true, false, true, "48+", "48+", "50 → 48+"},
		{"150", 150, true, 150, 150, true, false, true, "48+", "48+", "the greatest age"},
		{"16-17", 0, false, 16, 17, true, true, true, "9-17", "09--17", "a range wholly under 18 is a minor"},
		{"18-20", 0, false, 18, 20, true, false, true, "18-20", "18--20", "a CTDC band is its own band"},
		{"15-20", 0, false, 15, 20, true, false, false, "9-20", "", "a range across 18: minority not known; spans two bands"},
		{"25-40", 0, false, 25, 40, true, false, true, "24-47", "", "spans four bands"},
		{"48+", 0, false, 48, -1, true, false, true, "48+", "48+", "the open band"},
		{"40+", 0, false, 40, -1, true, false, true, "39+", "", "an open range from inside a band"},
		{"10+", 0, false, 10, -1, true, false, false, "9+", "", "open from 10: may be a minor or not"},
		{"0+", 0, false, 0, -1, true, false, false, "0+", "", "open from 0 says nothing"},
	}
	for _, tc := range cases {
		a := modelAge(tc.in)
		if n, ok := a.Exact(); ok != tc.isExact || (ok && n != tc.exact) {
			t.Errorf("%q.Exact() = %d, %v; want %d, %v (%s)", tc.in, n, ok, tc.exact, tc.isExact, tc.reason)
		}
		if lo, hi, ok := a.Range(); ok != tc.known || lo != tc.lo || hi != tc.hi {
			t.Errorf("%q.Range() = %d, %d, %v; want %d, %d, %v (%s)", tc.in, lo, hi, ok, tc.lo, tc.hi, tc.known, tc.reason)
		}
		if minor, known := a.IsMinor(); minor != tc.minor || known != tc.mknow {
			t.Errorf("%q.IsMinor() = %v, %v; want %v, %v (%s)", tc.in, minor, known, tc.minor, tc.mknow, tc.reason)
		}
		if got := a.Band().String(); got != tc.band {
			t.Errorf("%q.Band() = %q; want %q (%s)", tc.in, got, tc.band, tc.reason)
		}
		if got := a.CTDC(); got != tc.ctdc {
			t.Errorf("%q.CTDC() = %q; want %q (%s)", tc.in, got, tc.ctdc, tc.reason)
		}
		if tc.ctdc != "" {
			// Every CTDC label parses back to its band.
			if b, err := rescue.ParseAge(tc.ctdc); err != nil || b != a.Band() {
				t.Errorf("ParseAge(%q) = %v, %v; want %v", tc.ctdc, b, err, a.Band())
			}
		}
	}
}

func TestAgeText(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"", "0", "34", "18-20", "48+", "150"} {
		a := modelAge(in)
		b, err := a.MarshalText()
		if err != nil || string(b) != in {
			t.Errorf("%q.MarshalText() = %q, %v", in, b, err)
		}
		b, err = a.AppendText([]byte("age="))
		if err != nil || string(b) != "age="+in {
			t.Errorf("%q.AppendText = %q, %v", in, b, err)
		}
		var back rescue.Age
		if err := back.UnmarshalText([]byte(in)); err != nil || back != a {
			t.Errorf("UnmarshalText(%q) = %v, %v", in, back, err)
		}
		j, err := json.Marshal(struct {
			A rescue.Age `json:"a,omitzero"`
		}{a})
		want := `{"a":"` + in + `"}`
		if in == "" {
			want = `{}`
		}
		if err != nil || string(j) != want {
			t.Errorf("json.Marshal(%q) = %s, %v; want %s", in, j, err, want)
		}
	}
	a := rescue.AgeYears(30)
	if err := a.UnmarshalText([]byte("x")); err == nil || a != rescue.AgeYears(30) {
		t.Errorf("UnmarshalText(\"x\") = %v and left %v; want an error and the Age unchanged", err, a)
	}
	for _, tc := range []struct{ in, msg, reason string }{
		{"a 16-year-old girl", `did you mean "16"?`, "prose is for ParseAge; the error says the canonical text"},
		{"18--20", `did you mean "18-20"?`, "CTDC's form is for ParseAge"},
		{"minors", `did you mean "0-17"?`, "a word for an age group"},
		{"007", `did you mean "7"?`, "no leading zeros"},
		{"20-20", `did you mean "20"?`, "a range of one year is written as the year"},
	} {
		err := a.UnmarshalText([]byte(tc.in))
		if !errors.Is(err, rescue.ErrSyntax) || !strings.Contains(err.Error(), tc.msg) || a != rescue.AgeYears(30) {
			t.Errorf("UnmarshalText(%q) = %v; want ErrSyntax saying %q (%s)", tc.in, err, tc.msg, tc.reason)
		}
	}
	// Comparable, usable as a map key.
	m := map[rescue.Age]int{rescue.AgeYears(3): 1, rescue.AgeBetween(3, 3): 2}
	if len(m) != 1 {
		t.Errorf("AgeYears(3) and AgeBetween(3, 3) are different map keys")
	}
}

func TestAgeSQL(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		src    any
		want   string
		err    error
		reason string
	}{
		{"nil", nil, "", nil, "NULL is the unknown Age"},
		{"string", "18-20", "18-20", nil, "the text form"},
		{"bytes", []byte("48+"), "48+", nil, "the text form as bytes"},
		{"empty", "", "", nil, "empty text is unknown"},
		{"int", int64(34), "34", nil, "an integer column is an exact age"},
		{"int zero", int64(0), "0", nil, "0 is a known age"},
		{"int negative", int64(-1), "", rescue.ErrRange, "a negative integer is out of range"},
		{"int too old", int64(200), "", rescue.ErrRange, "an integer above 150 is out of range"},
		{"bad text", "x", "", rescue.ErrSyntax, "bad text is the parser's error"},
		{"prose", "minors", "", rescue.ErrSyntax, "Scan is strict"},
		{"float", 3.5, "", rescue.ErrInvalid, "other types cannot be scanned"},
		{"time", time.Time{}, "", rescue.ErrInvalid, "other types cannot be scanned"},
	}
	for _, tc := range cases {
		var a rescue.Age
		err := a.Scan(tc.src)
		if tc.err != nil {
			if !errors.Is(err, tc.err) {
				t.Errorf("%s: Scan(%v) = %v; want %v (%s)", tc.name, tc.src, err, tc.err, tc.reason)
			}
			continue
		}
		if err != nil || a.String() != tc.want {
			t.Errorf("%s: Scan(%v) = %v, %v; want %q (%s)", tc.name, tc.src, a, err, tc.want, tc.reason)
		}
		v, err := a.Value()
		if tc.want == "" {
			if v != nil || err != nil {
				t.Errorf("%s: Value() = %v, %v; want NULL", tc.name, v, err)
			}
		} else if v != tc.want || err != nil {
			t.Errorf("%s: Value() = %v, %v; want %q", tc.name, v, err, tc.want)
		}
	}
}

func TestAgeAllocs(t *testing.T) {
	a := rescue.AgeBetween(18, 20)
	buf := make([]byte, 0, 16)
	if n := testing.AllocsPerRun(100, func() {
		buf, _ = a.AppendText(buf[:0])
		_, _ = rescue.ParseAge("18-20")
	}); n != 0 {
		t.Errorf("AppendText and ParseAge allocate %v times; want 0", n)
	}
}

func FuzzParseAge(f *testing.F) {
	for _, tc := range parseAgeCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := rescue.ParseAge(s)
		if err != nil {
			var pe *rescue.ParseError
			if !errors.As(err, &pe) || pe.Input != s || a.IsKnown() {
				t.Fatalf("ParseAge(%q) = %v, %#v; want the unknown Age and a *ParseError quoting the input", s, a, err)
			}
			return
		}
		text := a.String()
		back, err := rescue.ParseAge(text)
		if err != nil || !back.Equal(a) || back.String() != text {
			t.Fatalf("ParseAge(%q) = %v; ParseAge(%q) = %v, %v", s, a, text, back, err)
		}
		if b := a.Band(); b.Band() != b || (a.IsKnown() && !b.IsKnown()) {
			t.Fatalf("%v.Band() = %v is not stable", a, b)
		}
		if minor, known := a.IsMinor(); known {
			lo, hi, _ := a.Range()
			if minor != (hi >= 0 && hi < 18) || (!minor && lo < 18) {
				t.Fatalf("%v.IsMinor() = %v, %v", a, minor, known)
			}
		}
	})
}

// modelAge is ParseAge for ages known to be good.
func modelAge(s string) rescue.Age {
	a, err := rescue.ParseAge(s)
	if err != nil {
		panic(err)
	}
	return a
}
