package number

import (
	"testing"
)

func TestRead(t *testing.T) {
	t.Parallel()
	type want struct {
		v         string // the value as a plain decimal
		end       int    // bytes read; -1: all of the input
		ambiguous bool
		vague     bool
		mil       bool
		letterM   bool
	}
	for _, tc := range []struct {
		in     string
		o      Options
		want   want
		reason string
	}{
		{"44", Options{}, want{v: "44", end: -1}, "plain digits"},
		{"007", Options{}, want{v: "7", end: -1}, "leading zeros carry nothing"},
		{"1,489", Options{}, want{v: "1489", end: -1}, "a comma followed by three digits groups"},
		{"1,500,000", Options{}, want{v: "1500000", end: -1}, "several comma groups"},
		{"1.500.000", Options{}, want{v: "1500000", end: -1}, "several dot groups: a decimal mark never repeats"},
		{"1,50,000", Options{}, want{v: "150000", end: -1}, "Indian grouping"},
		{"12,34,56,789", Options{}, want{v: "123456789", end: -1}, "Indian grouping, crore"},
		{"2 098", Options{}, want{v: "2098", end: -1}, "a space followed by three digits groups"},
		{"100\u202f000", Options{}, want{v: "100000", end: -1}, "a narrow no-break space groups"},
		{"1'500", Options{}, want{v: "1500", end: -1}, "an apostrophe groups"},
		{"1’500.50", Options{}, want{v: "1500.5", end: -1}, "a typographic apostrophe groups, the dot is then the decimal mark"},
		{"1.500,50", Options{}, want{v: "1500.5", end: -1}, "the last separator, alone and different, is the decimal mark"},
		{"1,500.50", Options{}, want{v: "1500.5", end: -1}, "English grouping with a decimal"},
		{"1 500,50", Options{}, want{v: "1500.5", end: -1}, "space grouping with a decimal comma"},
		{"1.5", Options{}, want{v: "1.5", end: -1}, "a dot followed by one digit cannot group"},
		{"1500.000", Options{}, want{v: "1500", end: -1}, "a dot after four digits cannot group"},
		{"0.500", Options{}, want{v: "0.5", end: -1}, "no grouped number starts with 0"},
		{"0,50", Options{}, want{v: "0.5", end: -1}, "a comma after 0 is a decimal mark"},
		{"1.500", Options{}, want{v: "1500", end: -1, ambiguous: true}, "a lone dot and three digits: grouping or decimal"},
		{"150.000", Options{}, want{v: "150000", end: -1, ambiguous: true}, "Rp 150.000"},
		{"1.500", Options{Decimal: ','}, want{v: "1500", end: -1}, "in a decimal-comma language the dot groups"},
		{"1.500", Options{Decimal: '.'}, want{v: "1.5", end: -1}, "in a decimal-dot language the dot is the decimal mark"},
		{"1,500", Options{Decimal: ','}, want{v: "1.5", end: -1}, "in a decimal-comma language the comma is the decimal mark"},
		{"1,5", Options{Decimal: ','}, want{v: "1.5", end: -1}, "a decimal comma"},
		{"1,500,000", Options{Decimal: ','}, want{v: "1500000", end: -1}, "a repeated comma groups whatever the language"},
		{"10 20", Options{}, want{v: "10", end: 2}, "a space before two digits ends the number"},
		{"1,489.", Options{}, want{v: "1489", end: 5}, "a full stop after the number is not read"},
		{"1.5 million", Options{}, want{v: "1500000", end: -1}, "a scale word"},
		{"2bn", Options{}, want{v: "2000000000", end: -1}, "a glued abbreviation"},
		{"2 bn", Options{}, want{v: "2000000000", end: -1}, "the same text means the same number"},
		{"1.5 mln", Options{}, want{v: "1500000", end: -1}, "mln is a million"},
		{"2-million", Options{}, want{v: "2000000", end: -1}, "a hyphenated scale word"},
		{"6-billion", Options{}, want{v: "6000000000", end: -1}, "a hyphenated scale word"},
		{"2 juta", Options{}, want{v: "2000000", end: -1}, "Indonesian juta"},
		{"3 miliar", Options{}, want{v: "3000000000", end: -1}, "Indonesian miliar"},
		{"50 ribu", Options{}, want{v: "50000", end: -1}, "Indonesian ribu"},
		{"3 milyon", Options{}, want{v: "3000000", end: -1}, "Tagalog milyon"},
		{"2 bilyon", Options{}, want{v: "2000000000", end: -1}, "Tagalog bilyon"},
		{"3億", Options{}, want{v: "300000000", end: -1}, "Japanese 億"},
		{"5万人", Options{}, want{v: "50000", end: len("5万")}, "Chinese 万 before a noun"},
		{"2 lakh", Options{}, want{v: "200000", end: -1}, "lakh"},
		{"1.2 crore", Options{}, want{v: "12000000", end: -1}, "crore"},
		{"2 hundred thousand", Options{}, want{v: "200000", end: -1}, "rising scale words multiply"},
		{"5 mil", Options{}, want{v: "5", end: -1, mil: true}, "mil is left to the caller"},
		{"5 mil millones", Options{}, want{v: "5000000000", end: -1}, "mil millones is a milliard"},
		{"1.5M", Options{}, want{v: "1500000", end: -1, letterM: true}, "the letter M is read as a million and marked for the caller"},
		{"1,5 M", Options{Decimal: ','}, want{v: "1500000", end: -1, letterM: true}, "spaced, it is the same letter"},
		{"2 mn", Options{}, want{v: "2000000", end: -1}, "mn is no lone letter"},
		{"2-m", Options{}, want{v: "2000000", end: -1, letterM: true}, "hyphenated, it is the same letter"},
		{"5 MYR", Options{}, want{v: "5", end: 1}, "a currency code is no scale word"},
		{"500 kr", Options{}, want{v: "500", end: 3}, "kr is no scale word"},
		{"3km", Options{}, want{v: "3", end: 1}, "km is no scale word"},
		{"forty-two people", Options{}, want{v: "42", end: len("forty-two")}, "number words"},
		{"seven hundred and ninety one", Options{}, want{v: "791", end: -1}, "number words with and"},
		{"a dozen", Options{}, want{v: "12", end: -1}, "a dozen"},
		{"dozens of victims", Options{}, want{v: "12", end: len("dozens"), vague: true}, "a vague plural"},
		{"several hundred", Options{}, want{v: "300", end: -1, vague: true}, "several times a scale"},
		{"five million baht", Options{}, want{v: "5000000", end: len("five million")}, "words before currency words"},
	} {
		x, end, f := Read(tc.in, tc.o)
		if f.Kind != OK {
			t.Errorf("Read(%q) failed: %s (%s)", tc.in, f.Msg, tc.reason)
			continue
		}
		wantEnd := tc.want.end
		if wantEnd < 0 {
			wantEnd = len(tc.in)
		}
		if got := x.String(); got != tc.want.v || end != wantEnd || x.Ambiguous != tc.want.ambiguous ||
			x.Vague != tc.want.vague || x.Mil != tc.want.mil || x.LetterM != tc.want.letterM {
			t.Errorf("Read(%q) = %s end %d ambiguous %v vague %v mil %v letterM %v; want %+v (%s)",
				tc.in, got, end, x.Ambiguous, x.Vague, x.Mil, x.LetterM, tc.want, tc.reason)
		}
	}
}

func TestReadFails(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in     string
		kind   Kind
		reason string
	}{
		{"", Syntax, "empty"},
		{"people", Syntax, "no number"},
		{"1,00", Syntax, "a comma followed by two digits neither groups nor clearly marks decimals"},
		{"1,0000", Syntax, "a comma followed by four digits"},
		{"1000,000", Syntax, "a grouped number starts with at most three digits"},
		{"1,000 000", Syntax, "one kind of separator"},
		{"10,000,00", Syntax, "irregular groups"},
		{"one thousand two million", Syntax, "scales must fall"},
		{"1234567890123456789012345678901234567890123", Range, "more digits than the reader keeps"},
	} {
		_, _, f := Read(tc.in, Options{})
		if f.Kind != tc.kind {
			t.Errorf("Read(%q) = kind %d (%s); want %d (%s)", tc.in, f.Kind, f.Msg, tc.kind, tc.reason)
		}
	}
}

func TestAsDecimal(t *testing.T) {
	t.Parallel()
	x, _, _ := Read("1.500 million", Options{})
	if !x.Ambiguous || x.String() != "1500000000" || x.AsDecimal().String() != "1500000" {
		t.Errorf("Read(1.500 million) = %s / %s, ambiguous %v; want 1500000000 / 1500000", x, x.AsDecimal(), x.Ambiguous)
	}
}

func TestChosen(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in               string
		o                Options
		chosen           bool
		v, other, reason string
		places           int
	}{
		{"1,500", Options{Decimal: ','}, true, "1.5", "1500", "the language chose the decimal comma over grouping", 3},
		{"1.500", Options{Decimal: '.'}, true, "1.5", "1500", "the language chose the decimal dot", 3},
		{"1,500 million", Options{Decimal: ','}, true, "1500000", "1500000000", "chosen before the scale word; no places after it", 0},
		{"1,50", Options{Decimal: ','}, false, "1.5", "1.5", "two digits cannot be a group: nothing chosen", 2},
		{"1.500", Options{Decimal: ','}, false, "1500", "1500", "the language chose grouping, which is no decimal to undo", 0},
		{"1,500", Options{}, false, "1500", "1500", "with no language a comma before three digits groups", 0},
		{"1 000,000", Options{}, true, "1000", "1000000", "space grouping made the comma the mark, but before three digits it could group", 3},
		{"1,500.500", Options{}, true, "1500.5", "1500500", "comma grouping made the dot the mark, before three digits", 3},
		{"1 000,50", Options{}, false, "1000.5", "1000.5", "two digits after the mark cannot group", 2},
		{"1000.500", Options{}, false, "1000.5", "1000.5", "four digits before the dot: it cannot group", 3},
	} {
		x, _, _ := Read(tc.in, Options{Decimal: tc.o.Decimal})
		if x.Chosen != tc.chosen || x.String() != tc.v || x.AsGrouping().String() != tc.other || x.Places() != tc.places {
			t.Errorf("Read(%q, %c) = %s chosen %v places %d, other reading %s; want %s %v %d, %s (%s)",
				tc.in, tc.o.Decimal, x, x.Chosen, x.Places(), x.AsGrouping(), tc.v, tc.chosen, tc.places, tc.other, tc.reason)
		}
	}
}

func TestShareScale(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		lo, hi, want string
		reason       string
	}{
		{"20", "30 thousand", "20000", "a scale on the upper end alone applies to both"},
		{"61", "130 million", "61000000", "VND61-130 million"},
		{"8", "9 lakh", "800000", "Tk 8-9 lakh"},
		{"1500", "2 thousand", "1500", "a lower end above the upper figure keeps its own value"},
		{"1 million", "2 million", "1000000", "an end with its own scale keeps it"},
		{"2500", "5300", "2500", "no scale to share"},
	} {
		lo, _, _ := Read(tc.lo, Options{})
		hi, _, _ := Read(tc.hi, Options{})
		if got := ShareScale(lo, hi).String(); got != tc.want {
			t.Errorf("ShareScale(%s, %s) = %s; want %s (%s)", tc.lo, tc.hi, got, tc.want, tc.reason)
		}
	}
}

func TestUnsharedScale(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		lo, hi string
		want   bool
		reason string
	}{
		{"800", "1.2 million", true, "800 to 1,200,000, or 800,000 written short"},
		{"3", "2 thousand", true, "shared, 3,000 to 2,000 falls"},
		{"500", "2 thousand", true, "500 to 2,000, or 500,000 written short"},
		{"2.5", "2 million", true, "a fraction below the scale may be short too"},
		{"800", "1.2 mil", true, "\"mil\" is shared the same way"},
		{"900", "1.2M", true, "and the letter M"},
		{"20", "30 thousand", false, "shared, the range rises: ShareScale applies it"},
		{"1500", "2 thousand", false, "a lower end at or above the scale is written out"},
		{"900,000", "1.2 million", false, "a grouped lower end is written out"},
		{"1 million", "2 million", false, "an end with its own scale keeps it"},
		{"0", "2 thousand", false, "0 is 0 in any scale"},
		{"800", "1200", false, "no scale to share"},
		{"dozens", "2 thousand", false, "a vague lower end is no plain number"},
	} {
		lo, _, _ := Read(tc.lo, Options{})
		hi, _, _ := Read(tc.hi, Options{})
		if got := UnsharedScale(lo, hi); got != tc.want {
			t.Errorf("UnsharedScale(%s, %s) = %v; want %v (%s)", tc.lo, tc.hi, got, tc.want, tc.reason)
		}
	}
}

func TestCmpAndInt(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"1", "2", -1}, {"10", "9", 1}, {"1.5", "1.50", 0}, {"0", "0.001", -1}, {"1000", "1 thousand", 0},
		{"0.25", "0.3", -1}, {"120", "12", 1},
	} {
		a, _, _ := Read(tc.a, Options{})
		b, _, _ := Read(tc.b, Options{})
		if got := Cmp(a, b); got != tc.want {
			t.Errorf("Cmp(%s, %s) = %d; want %d", tc.a, tc.b, got, tc.want)
		}
	}
	x, _, _ := Read("1.5 million", Options{})
	if v, ok := x.Int(1e12); !ok || v != 1500000 {
		t.Errorf("Int(1.5 million) = %d, %v", v, ok)
	}
	x, _, _ = Read("2.5", Options{})
	if _, ok := x.Int(1e12); ok {
		t.Errorf("Int(2.5) is whole")
	}
	x, _, _ = Read("3 dozen", Options{})
	if v, ok := x.Int(1e12); !ok || v != 36 {
		t.Errorf("Int(3 dozen) = %d, %v", v, ok)
	}
}
