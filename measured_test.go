package rescue_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/antitrafficking/rescue"
	"golang.org/x/text/language"
)

// TestMeasuredValueTypes holds every input of the "Measured" list of the
// issue that revised the value types (never silently wrong), for the value
// types: what each must give now, and why. want is the canonical text of
// the result, or "error" with the sentinel it must wrap.
func TestMeasuredValueTypes(t *testing.T) {
	t.Parallel()
	und := language.Und
	tests := []struct {
		parse  string // "amount", "count", "money", "count text", "count json", "money json"
		in     string
		tag    language.Tag
		want   string
		err    error
		reason string
	}{
		// Separators are never guessed.
		{"amount", "Rp 150.000", und, "", rescue.ErrAmbiguous, "150.000 is 150,000 in Indonesian and 150 in English: refused, not read 1,000 times too small"},
		{"amount", "€ 170.000", und, "", rescue.ErrAmbiguous, "the dot groups in most of Europe"},
		{"amount", "R$ 1.500", und, "", rescue.ErrAmbiguous, "the dot groups in Portuguese"},
		{"amount", "US$1.500", und, "", rescue.ErrAmbiguous, "even in dollars, 1.500 has two readings"},
		{"amount", "Rp 1.500.000", und, "IDR 1500000.00", nil, "several dots group: it was read right and still is"},
		{"amount", "Rp 150.000", language.MustParse("id-ID"), "IDR 150000.00", nil, "Indonesian groups with a dot"},
		{"amount", "€ 170.000", language.MustParse("de-DE"), "EUR 170000.00", nil, "German groups with a dot"},
		{"amount", "R$ 1.500", language.MustParse("pt-BR"), "BRL 1500.00", nil, "Portuguese groups with a dot"},
		{"amount", "US$1.500", language.MustParse("en-US"), "", rescue.ErrAmbiguous, "English marks decimals with a dot, but three decimals of a cent are as likely 1,500 dollars"},
		{"amount", "US$1.50", language.MustParse("en-US"), "USD 1.50", nil, "English marks decimals with a dot"},
		{"amount", "KWD 1.500", und, "KWD 1.500", nil, "three minor units: 1.500 is a decimal"},
		// One reader for numbers in words and digits.
		{"count", "2 bn", und, "2000000000", nil, "2 bn is two billion for a count as for money, never 2"},
		{"money", "US$2 bn", und, "USD 2000000000.00", nil, "the same text is the same number"},
		{"count", "1.5 mln", und, "1500000", nil, "mln is a million for a count too"},
		{"count", "1,50,000", und, "150000", nil, "Indian grouping for a count too"},
		{"count text", "2 bn", und, "", rescue.ErrSyntax, `the strict text form refuses prose ("quantity": "2 bn" in JSON), suggesting 2000000000`},
		// Qualifiers keep their strength.
		{"amount", "at least US$10,000", und, "at least USD 10000.00", nil, "at least is not made into more than"},
		{"count", "more than 200", und, "more than 200", nil, "more than stays strict"},
		{"count", "at least 200", und, "at least 200", nil, "at least stays inclusive"},
		// Ranges.
		{"count", "20 to 30 women", und, "20 to 30", nil, "the upper bound is kept"},
		{"count", "between 15 and 26", und, "15 to 26", nil, "the upper bound is kept"},
		{"amount", "25,000 to 50,000 baht", und, "THB 25000.00 to 50000.00", nil, "a range of amounts"},
		{"amount", "VND61-130 million (US$2,500-5,300)", und, "VND 61000000 to 130000000 (USD 2500.00 to 5300.00)", nil, "a range with a shared scale and a range equivalent"},
		{"amount", "Tk 8-9 lakh", und, "BDT 800000.00 to 900000.00", nil, "a range in lakh"},
		// Equivalents keep their hedges.
		{"amount", "US$10,000 (around RM157,000)", und, "USD 10000.00 (about MYR 157000.00)", nil, "the equivalent's own hedge is kept"},
		// Text and JSON forms are strict.
		{"count json", `"dozens"`, und, "", rescue.ErrSyntax, "a JSON count is its canonical text: dozens is prose"},
		{"money json", `{"amount":"10000.00","currency":"USD"}`, und, "", rescue.ErrSyntax, "the JSON form of Money is its canonical text"},
		{"money json", `"US$10,000"`, und, "", rescue.ErrSyntax, "a JSON amount is not prose"},
		{"money json", `"USD 10000.00"`, und, "USD 10000.00", nil, "the canonical text"},
	}
	for _, tc := range tests {
		t.Run(tc.parse+"/"+tc.in+"/"+tc.tag.String(), func(t *testing.T) {
			t.Parallel()
			var got string
			var err error
			switch tc.parse {
			case "amount":
				var a rescue.ReportedAmount
				a, err = rescue.ParseReportedAmountIn(tc.in, tc.tag)
				got = a.String()
			case "money":
				var m rescue.Money
				m, err = rescue.ParseMoneyIn(tc.in, tc.tag)
				got = m.String()
			case "count":
				var c rescue.Count
				c, err = rescue.ParseCount(tc.in)
				got = c.String()
			case "count text":
				var c rescue.Count
				err = c.UnmarshalText([]byte(tc.in))
				got = c.String()
			case "count json":
				var c rescue.Count
				err = json.Unmarshal([]byte(tc.in), &c)
				got = c.String()
			case "money json":
				var m rescue.Money
				err = json.Unmarshal([]byte(tc.in), &m)
				got = m.String()
			}
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("%s(%q) = %q, %v; want an error wrapping %v (%s)", tc.parse, tc.in, got, err, tc.err, tc.reason)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("%s(%q) = %q, %v; want %q (%s)", tc.parse, tc.in, got, err, tc.want, tc.reason)
			}
		})
	}

	// The ambiguous separator's error gives both readings.
	_, err := rescue.ParseReportedAmount("Rp 150.000")
	if msg := err.Error(); !strings.Contains(msg, "IDR 150000.00 or IDR 150.00") {
		t.Errorf("error %q does not give both readings", msg)
	}
	// CashIn of a hedged equivalent keeps the hedge.
	s := (&rescue.Operation{ID: "X", Evidence: []rescue.Evidence{{ID: "E", Kind: rescue.Cash,
		Cash: rescue.MustParseReportedAmount("US$10,000 (around RM157,000)")}}}).Summary()
	if got, err := s.CashIn(rescue.MYR); err != nil || got.String() != "about MYR 157000.00" {
		t.Errorf("CashIn(MYR) = %q, %v; want about MYR 157000.00: the equivalent's hedge is kept", got, err)
	}
	// IsZero means the zero value.
	if rescue.MustParseMoney("USD 0").IsZero() || !rescue.MustParseMoney("USD 0").IsZeroAmount() {
		t.Error("MustParseMoney(\"USD 0\").IsZero() must be false, IsZeroAmount true")
	}
	// Format: one script per number, and CLDR's minimum grouping.
	if got := rescue.MustParseMoney("USD 12345678.90").Format(language.Persian); got != "US$۱۲٬۳۴۵٬۶۷۸٫۹۰" {
		t.Errorf("Format(Persian) = %q; want Persian digits with Persian separators", got)
	}
	if got := rescue.MustParseMoney("EUR 1234.59").Format(language.Spanish); got != "€1234,59" {
		t.Errorf("Format(Spanish) = %q; want €1234,59 (minimum grouping digits 2)", got)
	}
}
