package rescue

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/language"

	"github.com/antitrafficking/rescue/internal/number"
)

// fuzzPhrases returns the spans of the report phrases of one kind in
// testdata (copied from the shared development set): the real phrases the
// fuzz targets start from.
func fuzzPhrases(f *testing.F, kind string) []string {
	f.Helper()
	data, err := os.ReadFile("testdata/report-phrases-" + kind + ".tsv")
	if err != nil {
		f.Fatal(err)
	}
	var spans []string
	for _, line := range strings.Split(string(data), "\n") {
		if fields := strings.Split(line, "\t"); len(fields) > 1 && fields[0] == kind {
			spans = append(spans, fields[1])
		}
	}
	return spans
}

// fuzzTags are the languages the context-taking parsers are fuzzed in.
var fuzzTags = []language.Tag{
	language.Und, language.MustParse("en-US"), language.MustParse("en-PH"), language.MustParse("en-IN"),
	language.MustParse("id-ID"), language.MustParse("de-DE"), language.MustParse("pt-BR"), language.MustParse("fr-CH"),
	language.MustParse("es-MX"), language.MustParse("ms-MY"),
}

// FuzzParseMoneyIn: ParseMoneyIn never panics; what it reads is valid and
// reads back from its canonical text, and from what Format writes in the
// same language when that is in Latin digits.
func FuzzParseMoneyIn(f *testing.F) {
	for i, s := range fuzzPhrases(f, "money") {
		f.Add(s, uint8(i))
	}
	for _, s := range []string{"Rp 150.000", "€ 1.500,50", "$5,000", "P2 million", "Rs 2.40 lakh", "R$ 5 mil", "KWD 1.500", "1'500 CHF"} {
		f.Add(s, uint8(len(s)))
	}
	f.Fuzz(func(t *testing.T, s string, i uint8) {
		tag := fuzzTags[int(i)%len(fuzzTags)]
		m, err := ParseMoneyIn(s, tag)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || !m.IsZero() {
				t.Fatalf("ParseMoneyIn(%q, %v) = %v, %v; want the zero Money and a *ParseError", s, tag, m, err)
			}
			return
		}
		if !m.IsValid() {
			t.Fatalf("ParseMoneyIn(%q, %v) = %#v, no currency", s, tag, m)
		}
		var back Money
		if err := back.UnmarshalText([]byte(m.String())); err != nil || !back.Equal(m) {
			t.Fatalf("ParseMoneyIn(%q, %v) = %v; UnmarshalText(%q) = %v, %v", s, tag, m, m.String(), back, err)
		}
		if p, err := ParseMoney(m.String()); err == nil && !p.Equal(m) {
			t.Fatalf("ParseMoneyIn(%q, %v) = %v; ParseMoney(%q) reads another amount, %v", s, tag, m, m.String(), p)
		}
		formatted := m.Format(tag)
		if strings.ContainsFunc(formatted, func(r rune) bool { return unicode.IsDigit(r) && r > '9' }) {
			return
		}
		back, err = ParseMoneyIn(formatted, tag)
		if tag == language.Und && errors.Is(err, ErrAmbiguous) {
			return // with no language, "R$10.001" is left open: 10,001 or 10.001
		}
		if _, frac, _ := strings.Cut(m.String(), "."); errors.Is(err, ErrAmbiguous) && len(frac) == 3 && m.Currency().Digits() < 3 {
			return // "MX$1,000.001": three decimals of a cent may group thousands in any language
		}
		if err != nil || !back.Equal(m) {
			t.Fatalf("Format(%v) of %v = %q, which ParseMoneyIn reads as %v, %v", tag, m, formatted, back, err)
		}
	})
}

// FuzzParseReportedAmountIn: ParseReportedAmountIn never panics; what it
// reads is valid and reads back from its canonical text, strictly too.
func FuzzParseReportedAmountIn(f *testing.F) {
	for i, s := range fuzzPhrases(f, "money") {
		f.Add(s, uint8(i))
	}
	for _, s := range []string{"VND61-130 million (US$2,500-5,300)", "Tk 8-9 lakh", "between RM15,000 and RM60,000",
		"US$10,000 (around RM157,000)", "nearly P2-million", "hingga Rp7 juta", "about THB 25000.00 to 50000.00"} {
		f.Add(s, uint8(len(s)))
	}
	f.Fuzz(func(t *testing.T, s string, i uint8) {
		tag := fuzzTags[int(i)%len(fuzzTags)]
		a, err := ParseReportedAmountIn(s, tag)
		if err != nil {
			if !a.IsZero() {
				t.Fatalf("ParseReportedAmountIn(%q, %v) = %v with error %v", s, tag, a, err)
			}
			return
		}
		if err := a.Validate(); err != nil {
			t.Fatalf("ParseReportedAmountIn(%q, %v) = %v, invalid: %v", s, tag, a, err)
		}
		text := a.String()
		var strict ReportedAmount
		if err := strict.UnmarshalText([]byte(text)); err != nil || !strict.Equal(a) {
			t.Fatalf("ParseReportedAmountIn(%q, %v) = %q; UnmarshalText reads %v, %v", s, tag, text, strict, err)
		}
		// The prose reader reads the canonical text back, or leaves it open
		// ("USD 3.125"): never another amount.
		if back, err := ParseReportedAmount(text); err == nil && !back.Equal(a) || err != nil && !errors.Is(err, ErrAmbiguous) {
			t.Fatalf("ParseReportedAmountIn(%q, %v) = %q; ParseReportedAmount reads %v, %v", s, tag, text, back, err)
		}
	})
}

// FuzzCountText: the strict text form reads only canonical text, which
// means what ParseCount reads it as and is written back the same.
func FuzzCountText(f *testing.F) {
	for _, s := range fuzzPhrases(f, "count") {
		f.Add(s)
	}
	for _, s := range []string{"44", "more than 200", "At Least 2", "fewer than 50", "about 20 to 30", "20 to 30", "0", "007", "30 to 20"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var c Count
		if err := c.UnmarshalText([]byte(s)); err != nil {
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("UnmarshalText(%q) = %#v, invalid: %v", s, c, err)
		}
		if s != "" && !strings.EqualFold(c.String(), s) {
			t.Fatalf("UnmarshalText(%q) = %q: the strict form reads only canonical text", s, c)
		}
		if p, err := ParseCount(s); s != "" && (err != nil || p != c) {
			t.Fatalf("UnmarshalText(%q) = %v but ParseCount gives %v, %v", s, c, p, err)
		}
	})
}

// FuzzNumberRead: the number reader never panics, reads within its input,
// and gives numbers that compare and print consistently.
func FuzzNumberRead(f *testing.F) {
	for _, kind := range []string{"count", "money"} {
		for _, s := range fuzzPhrases(f, kind) {
			f.Add(s, uint8(0))
		}
	}
	for _, s := range []string{"1.500", "1,50,000", "2 098", "1'500.50", "5 mil millones", "3億", "2-million", "between two and three"} {
		f.Add(s, uint8(1))
	}
	f.Fuzz(func(t *testing.T, s string, mode uint8) {
		o := number.Options{Between: mode&4 != 0}
		switch mode % 3 {
		case 1:
			o.Decimal = '.'
		case 2:
			o.Decimal = ','
		}
		x, end, fail := number.Read(s, o)
		if end < 0 || end > len(s) {
			t.Fatalf("Read(%q) ends at %d", s, end)
		}
		if fail.Kind != number.OK {
			return
		}
		if number.Cmp(x, x) != 0 {
			t.Fatalf("Read(%q) = %v is not equal to itself", s, x)
		}
		if x.Ambiguous && number.Cmp(x.AsDecimal(), x) >= 0 && !x.IsZero() {
			t.Fatalf("Read(%q) = %v; its decimal reading %v is not smaller", s, x, x.AsDecimal())
		}
		if d := x.Decimal(); d.Sign() < 0 {
			t.Fatalf("Read(%q) = %v, negative", s, d)
		}
	})
}
