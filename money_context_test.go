package rescue_test

import (
	"errors"
	"testing"

	"github.com/antitrafficking/rescue"
	"golang.org/x/text/language"
)

// TestParseReportedAmountInContext checks what a text's language and
// region settle, and what they leave open, for the signs, words and
// abbreviations whose meaning depends on them.
func TestParseReportedAmountInContext(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in, tag string
		want    string // the amount, or "" for an error
		err     error  // the sentinel the error wraps
		reason  string
	}{
		// The letter M: a million in English, a miliar in Indonesian.
		{"Rp1,5 M", "id", "IDR 1500000000.00", nil, `in Indonesian "M" abbreviates miliar, a thousand million`},
		{"Rp 1,5 M", "id-ID", "IDR 1500000000.00", nil, "spaced, the same"},
		{"Rp 2-3 M", "id", "IDR 2000000000.00 to 3000000000.00", nil, "a range shares its M"},
		{"US$ 2 M", "id", "USD 2000000000.00", nil, "in Indonesian text M is miliar whatever the currency"},
		{"Rp 150 jt", "id", "IDR 150000000.00", nil, "jt is juta, a million, in Indonesian"},
		{"Rp1.5M", "en", "IDR 1500000.00", nil, "in English M is a million"},
		{"Rp1.5M", "und-ID", "", rescue.ErrAmbiguous, "with no language, an M in rupiah may be either: refused, never guessed"},
		{"Rp1.5M", "und", "", rescue.ErrAmbiguous, "the same with no context at all"},
		{"US$1.5M", "und", "USD 1500000.00", nil, "outside Indonesia's currency M is read as English writes it"},
		{"₱ 1.5-M", "en-PH", "PHP 1500000.00", nil, "hyphenated, in English"},

		// "lira": the Turkish lira, and the Lebanese and Syrian pounds.
		{"1.5 million lira", "und", "", rescue.ErrAmbiguousCurrency, "lira alone names three currencies"},
		{"1.5 million lira", "und-LB", "LBP 1500000.00", nil, "in Lebanon, the Lebanese pound"},
		{"1.5 million lira", "und-SY", "SYP 1500000.00", nil, "in Syria, the Syrian pound"},
		{"1.5 million lira", "en-TR", "TRY 1500000.00", nil, "in Turkey, the Turkish lira"},
		{"1.5 million liras", "und-TR", "TRY 1500000.00", nil, "the plural"},
		{"1.5 million Lebanese lira", "und", "LBP 1500000.00", nil, "the country's adjective settles it anywhere"},
		{"1.5 million Turkish lira", "und-LB", "TRY 1500000.00", nil, "a full name wins over the region"},

		// "$": the local dollar only where English writes it so.
		{"$50,000", "en-US", "USD 50000.00", nil, "in the United States, the US dollar"},
		{"$50,000", "und-EC", "USD 50000.00", nil, "Ecuador's currency is the US dollar"},
		{"$50,000", "und-AU", "AUD 50000.00", nil, `Australian English writes "$" for its dollar and "US$" for the other`},
		{"$50,000", "en-CA", "CAD 50000.00", nil, "so does Canadian English"},
		{"$50,000", "und-NZ", "NZD 50000.00", nil, "and New Zealand's"},
		{"$50,000", "en-SG", "SGD 50000.00", nil, "and Singapore's"},
		{"$300,000", "und-MX", "", rescue.ErrAmbiguousCurrency, "in English about Mexico, $ is as often the US dollar as the peso"},
		{"$300,000", "en-MX", "", rescue.ErrAmbiguousCurrency, "the same when the language is said to be English"},
		{"$300,000", "es-MX", "MXN 300000.00", nil, "in Mexican Spanish, $ is the peso"},
		{"$300,000 pesos", "und-MX", "MXN 300000.00", nil, "the word settles the sign: pesos, and in Mexico the Mexican peso"},
		{"$300,000 pesos", "und", "", rescue.ErrAmbiguousCurrency, "with no region, several pesos are written with $"},
		{"$50,000", "und-CO", "", rescue.ErrAmbiguousCurrency, "Colombia: the peso or the US dollar"},
		{"$50.000", "es-CO", "COP 50000.00", nil, "in Colombian Spanish, the peso (and the dot groups)"},
		{"$10,000", "und-LR", "", rescue.ErrAmbiguousCurrency, "in Liberia both dollars circulate"},
		{"$10,000", "und-HK", "", rescue.ErrAmbiguousCurrency, "Hong Kong's press writes HK$ for its dollar: a bare $ may be the US dollar"},
		{"$10,000", "zh-HK", "HKD 10000.00", nil, "in Chinese text from Hong Kong, the local dollar"},
		{"$10,000", "und-TW", "", rescue.ErrAmbiguousCurrency, "Taiwan's press writes NT$ for its dollar"},
		{"HK$10,000", "und-TW", "HKD 10000.00", nil, "a sign of one currency needs no context"},
		{"P2 million", "und-PH", "PHP 2000000.00", nil, "a sign with no dollar among its candidates is settled by the region as before"},
		{"50,000 dollars", "und-AU", "AUD 50000.00", nil, "the word follows the sign's rule"},
		{"50,000 dollars", "und-LR", "", rescue.ErrAmbiguousCurrency, "and so does its refusal"},
	} {
		a, err := rescue.ParseReportedAmountIn(tc.in, language.MustParse(tc.tag))
		switch {
		case tc.want == "" && (err == nil || !errors.Is(err, tc.err)):
			t.Errorf("ParseReportedAmountIn(%q, %s) = %v, %v; want an error wrapping %v (%s)", tc.in, tc.tag, a, err, tc.err, tc.reason)
		case tc.want != "" && (err != nil || a.String() != tc.want):
			t.Errorf("ParseReportedAmountIn(%q, %s) = %v, %v; want %s (%s)", tc.in, tc.tag, a, err, tc.want, tc.reason)
		}
	}
}
