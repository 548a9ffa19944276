package rescue_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/antitrafficking/rescue"
	"golang.org/x/text/language"
)

func mtRA(s string) rescue.ReportedAmount { return rescue.MustParseReportedAmount(s) }

func TestParseReportedAmount(t *testing.T) {
	t.Parallel()
	tests := []mtParseCase{
		{name: "contract", in: "more than US$10,000 (S$13,700)", want: "more than USD 10000.00 (SGD 13700.00)",
			reason: "a strict bound, the amount and its equivalent as written"},
		{name: "canonical", in: "more than USD 10000.00 (about SGD 13700.00)", want: "more than USD 10000.00 (about SGD 13700.00)",
			reason: "the String form reads back"},
		{name: "at least", in: "at least US$10,000", want: "at least USD 10000.00",
			reason: "at least is an inclusive bound, not made into more than (issue 8)"},
		{name: "baht", in: "about 1.2 million baht (US$34,000)", want: "about THB 1200000.00 (USD 34000.00)",
			reason: "a currency word, a scale word and an equivalent"},
		{name: "semicolon", in: "about 1.2 million baht (US$34,000; S$46,000)", want: "about THB 1200000.00 (USD 34000.00; SGD 46000.00)",
			reason: "several equivalents separated by ;"},
		{name: "comma", in: "THB 1.2 million (US$34,000, S$46,000)", want: "THB 1200000.00 (USD 34000.00; SGD 46000.00)",
			reason: "several equivalents separated by a comma and a space (a grouping comma has none)"},
		{name: "or", in: "THB 1.2 million (US$34,000 or S$46,000)", want: "THB 1200000.00 (USD 34000.00; SGD 46000.00)",
			reason: "several equivalents separated by or"},
		{name: "own hedge", in: "US$10,000 (around RM157,000)", want: "USD 10000.00 (about MYR 157000.00)",
			reason: "an equivalent keeps its own hedge (issue 8)"},
		{name: "own hedges several", in: "about US$2 million (approximately RM9.4 million; some S$2.7 million)",
			want: "about USD 2000000.00 (about MYR 9400000.00; about SGD 2700000.00)", reason: "each equivalent keeps its hedge"},
		{name: "two pairs", in: "NT$30 million (US$970,000) (S$1.3 million)", want: "TWD 30000000.00 (USD 970000.00; SGD 1300000.00)",
			reason: "one pair of parentheses after another"},
		{name: "brackets", in: "RM20 million [US$4.3 million]", want: "MYR 20000000.00 (USD 4300000.00)", reason: "square brackets hold an equivalent too"},
		{name: "nearly", in: "nearly RM6,300", want: "less than MYR 6300.00", reason: "nearly is a strict upper bound"},
		{name: "up to", in: "up to S$100,000", want: "up to SGD 100000.00", reason: "an inclusive upper bound"},
		{name: "or more", in: "S$500,000 or more", want: "at least SGD 500000.00", reason: "a hedge after the amount: the figure or more"},
		{name: "plus", in: "US$10,000+", want: "at least USD 10000.00", reason: "a plus after the number: the figure or more"},
		{name: "or so", in: "5,000 euros or so", want: "about EUR 5000.00", reason: "an estimate after the amount"},
		{name: "tilde", in: "~US$5,000", want: "about USD 5000.00", reason: "~ is about"},
		{name: "almost equal", in: "≈US$150,000", want: "about USD 150000.00", reason: "≈ is about, as ~ is (it was taken for part of the sign)"},
		{name: "an estimated", in: "an estimated US$1.5 billion", want: "about USD 1500000000.00", reason: "an estimate"},
		{name: "in excess of", in: "in excess of £1 million", want: "more than GBP 1000000.00", reason: "a strict lower bound"},
		{name: "exact", in: "RM7,000", want: "MYR 7000.00", reason: "no hedge is Exact"},
		{name: "capitalised", in: "More than S$2 million", want: "more than SGD 2000000.00", reason: "any case"},
		{name: "vague", in: "several million baht", want: "at least THB 3000000.00", reason: "a vague plural is its conservative lower bound, as for counts"},
		// Ranges (issue 8: none of 9 real ones parsed).
		{name: "range to", in: "25,000 to 50,000 baht", want: "THB 25000.00 to 50000.00", reason: "the currency after the upper end serves both"},
		{name: "range shared scale", in: "VND61-130 million (US$2,500-5,300)", want: "VND 61000000 to 130000000 (USD 2500.00 to 5300.00)",
			reason: "a scale on the upper end applies to both; the equivalent is a range too"},
		{name: "range lakh", in: "Tk 8-9 lakh", want: "BDT 800000.00 to 900000.00", reason: "lakh on the upper end"},
		{name: "range between", in: "between RM15,000 and RM60,000", want: "MYR 15000.00 to 60000.00", reason: "between … and"},
		{name: "range dash with the sign twice", in: "US$5,000-US$10,000", want: "USD 5000.00 to 10000.00",
			reason: "a dash right after the lower end joins a range; it is no minus sign of the upper end"},
		{name: "range dash with a symbol twice", in: "₱5,000-₱10,000", want: "PHP 5000.00 to 10000.00", reason: "the same with a symbol"},
		{name: "range settles sign", in: "US$1,000 to $2,000", want: "USD 1000.00 to 2000.00", reason: "the $ of the upper end is settled by US$"},
		{name: "range sampai dengan", in: "Rp 2 juta sampai dengan Rp 8 juta", want: "IDR 2000000.00 to 8000000.00", reason: "Indonesian: sampai dengan joins a range"},
		{name: "range hedged", in: "about 20,000-30,000 baht", want: "about THB 20000.00 to 30000.00", reason: "an estimate of a range"},
		{name: "range more than", in: "more than 20,000-30,000 baht", want: "more than THB 20000.00", reason: "a lower bound on a range bounds its lower end"},
		{name: "range up to", in: "up to 20,000-30,000 baht", want: "up to THB 30000.00", reason: "an upper bound on a range bounds its upper end"},
		{name: "range canonical", in: "about THB 25000.00 to 50000.00", want: "about THB 25000.00 to 50000.00", reason: "the canonical text of an estimated range"},
		{name: "hingga", in: "hingga Rp7 juta", want: "up to IDR 7000000.00", reason: "Indonesian hingga, up to"},
		{name: "empty", in: "", wantErr: rescue.ErrSyntax, reason: "nothing to parse"},
		{name: "hedge only", in: "more than", wantErr: rescue.ErrSyntax, reason: "no amount"},
		{name: "ambiguous value", in: "more than $19 million", wantErr: rescue.ErrAmbiguousCurrency, reason: "a bare $ is never guessed"},
		{name: "ambiguous equivalent", in: "US$50,000 (Sh6.46 million)", wantErr: rescue.ErrAmbiguousCurrency, reason: "nor in an equivalent"},
		{name: "ambiguous separator", in: "Rp 150.000", wantErr: rescue.ErrAmbiguous, reason: "150.000 is 150,000 in Indonesian and 150 in English"},
		{name: "up to a vague plural", in: "up to several million baht", wantErr: rescue.ErrSyntax, reason: "an upper bound on a vague plural gives no figure: never about THB 3000000.00"},
		{name: "fewer than a vague plural", in: "fewer than several million baht", wantErr: rescue.ErrSyntax, reason: "as above"},
		{name: "nearly several million", in: "nearly several million baht", wantErr: rescue.ErrSyntax, reason: "an upper bound on a vague plural, a strict one too"},
		{name: "mixed separators", in: "US$1 000,000", wantErr: rescue.ErrAmbiguous, reason: "three decimals of a cent after space grouping: 1,000,000 or 1000.00"},
		{name: "mixed separators no sign", in: "5 000,000 baht", wantErr: rescue.ErrAmbiguous, reason: "as above, with no language"},
		{name: "range falls", in: "50,000 to 25,000 baht", wantErr: rescue.ErrSyntax, reason: "a range must rise"},
		{name: "opposite hedges", in: "less than over US$1 million", wantErr: rescue.ErrSyntax, reason: "a lower and an upper bound contradict each other: refused, never 'about USD 1000000.00'"},
		{name: "opposite hedges nearly", in: "nearly over US$1 million", wantErr: rescue.ErrSyntax, reason: "nearly is an upper bound, over a lower one"},
		{name: "range two currencies", in: "RM15,000 to S$60,000", wantErr: rescue.ErrUnknownCurrency, reason: "the ends of a range share a currency"},
		{name: "equivalent in own currency", in: "US$10,000 (US$10,000)", wantErr: rescue.ErrCurrencyMismatch, reason: "an equivalent is in another currency"},
		{name: "duplicate equivalents", in: "US$10,000 (S$13,700; S$13,800)", wantErr: rescue.ErrInvalid, reason: "one equivalent per currency"},
		{name: "unbalanced", in: "US$10,000 (S$13,700", wantErr: rescue.ErrSyntax, reason: "an unclosed parenthesis"},
		{name: "unbalanced close", in: "US$10,000 S$13,700)", wantErr: rescue.ErrSyntax, reason: "a stray parenthesis"},
		{name: "text after", in: "US$10,000 (S$13,700) in cash", wantErr: rescue.ErrSyntax, reason: "the parentheses close the text"},
		{name: "empty parens", in: "US$10,000 ()", wantErr: rescue.ErrSyntax, reason: "an empty equivalent"},
		{name: "too long", in: "US$10,000 (" + strings.Repeat("S$1; ", 60) + ")", wantErr: rescue.ErrRange, reason: "more than 256 bytes is rejected early"},
		{name: "count not money", in: "numerous cell phones", wantErr: rescue.ErrUnknownCurrency, reason: "a vague number of things that are no currency"},
		{name: "less than zero", in: "less than USD 0.00", wantErr: rescue.ErrInvalid, reason: "no amount is less than 0, as no count is fewer than 0"},
		{name: "less than zero prose", in: "less than US$0", wantErr: rescue.ErrInvalid, reason: "the prose reader refuses it too"},
		{name: "up to negative", in: "up to USD -5.00", wantErr: rescue.ErrInvalid, reason: "an upper bound is on an amount of 0 or more: below 0 it allows none"},
		{name: "zero equivalent", in: "US$10,000 (₱0)", wantErr: rescue.ErrInvalid, reason: "an equivalent is the same sum: 0 only when the amount is"},
		{name: "equivalent of zero", in: "US$0 (S$5)", wantErr: rescue.ErrInvalid, reason: "the equivalent of 0 is 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := rescue.ParseReportedAmount(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("ParseReportedAmount(%.80q) = %v, %v; want an error wrapping %v (%s)", tt.in, got, err, tt.wantErr, tt.reason)
				}
				if !got.IsZero() {
					t.Errorf("returned %v with the error; want the zero ReportedAmount", got)
				}
				mtCheckQuotes(t, err, "ParseReportedAmount", tt.in)
				return
			}
			if err != nil || got.String() != tt.want {
				t.Fatalf("ParseReportedAmount(%q) = %q, %v; want %q (%s)", tt.in, got, err, tt.want, tt.reason)
			}
			mtCheckReportedRoundTrip(t, got)
		})
	}
}

// mtCheckReportedRoundTrip checks that a's String, Format(English), text
// and JSON forms all read back to an equal value.
func mtCheckReportedRoundTrip(t *testing.T, a rescue.ReportedAmount) {
	t.Helper()
	if back, err := rescue.ParseReportedAmount(a.String()); err != nil || !back.Equal(a) {
		t.Errorf("ParseReportedAmount(%q) = %v, %v; want %v back", a.String(), back, err, a)
	}
	if back, err := rescue.ParseReportedAmountIn(a.Format(language.English), language.English); err != nil || !back.Equal(a) {
		t.Errorf("ParseReportedAmountIn(%q, English) = %v, %v; want %v back", a.Format(language.English), back, err, a)
	}
	if s := a.String(); mtRA(s).String() != s {
		t.Errorf("String not stable: %q then %q", s, mtRA(s).String())
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var j rescue.ReportedAmount
	if err := json.Unmarshal(b, &j); err != nil || !j.Equal(a) {
		t.Errorf("JSON %s decodes to %v, %v; want %v", b, j, err, a)
	}
}

// TestReportedAmountDevPhrases reads the money phrases of the shared
// development set (testdata/report-phrases-money.tsv, copied from
// report-phrases-dev.tsv): kind, span, status (ok or error), expect (the
// canonical text; for an error, "ambiguous" means ErrAmbiguousCurrency or
// ErrAmbiguous), source_url.
func TestReportedAmountDevPhrases(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("testdata/report-phrases-money.tsv")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		f := strings.Split(line, "\t")
		if i == 0 || f[0] != "money" {
			continue
		}
		n++
		span, status, expect, source := f[1], f[2], f[3], f[4]
		t.Run(span, func(t *testing.T) {
			t.Parallel()
			got, err := rescue.ParseReportedAmount(span)
			if status == "error" {
				if expect == "ambiguous" && !errors.Is(err, rescue.ErrAmbiguousCurrency) && !errors.Is(err, rescue.ErrAmbiguous) {
					t.Fatalf("ParseReportedAmount(%q) = %v, %v; want ErrAmbiguousCurrency or ErrAmbiguous (from %s)", span, got, err, source)
				}
				if err == nil {
					t.Fatalf("ParseReportedAmount(%q) = %v; want an error (from %s)", span, got, source)
				}
				return
			}
			if err != nil || got.String() != expect {
				t.Fatalf("ParseReportedAmount(%q) = %q, %v; want %q (from %s)", span, got, err, expect, source)
			}
			mtCheckReportedRoundTrip(t, got)
		})
	}
	if n < 60 {
		t.Errorf("only %d money phrases in testdata", n)
	}
}

// TestReportedAmountRealPhrases holds amounts written the way Asian,
// African, Latin American and European news and NGO reports write them.
func TestReportedAmountRealPhrases(t *testing.T) {
	t.Parallel()
	tests := []mtParseCase{
		{name: "Rp 1.5 billion", in: "Rp 1.5 billion", want: "IDR 1500000000.00", reason: "Indonesian press: Rp and an English scale word"},
		{name: "Rp 500 juta", in: "Rp 500 juta", want: "IDR 500000000.00", reason: "Indonesian: juta is a million"},
		{name: "Rp 1,5 miliar", in: "Rp 1,5 miliar", want: "IDR 1500000000.00", reason: "Indonesian: decimal comma and miliar"},
		{name: "P2 million", in: "P2 million", wantErr: rescue.ErrAmbiguousCurrency, reason: "Philippine press writes P for the peso, but Botswana's pula is P too"},
		{name: "₱5 million", in: "₱5 million", want: "PHP 5000000.00", reason: "the peso sign is unambiguous"},
		{name: "Php 5 million", in: "Php 5 million", want: "PHP 5000000.00", reason: "Philippine press abbreviation"},
		{name: "5 million Philippine pesos", in: "5 million Philippine pesos", want: "PHP 5000000.00", reason: "the ISO name"},
		{name: "KSh 50,000", in: "KSh 50,000", want: "KES 50000.00", reason: "Kenyan shilling"},
		{name: "Ksh50,000", in: "Ksh50,000", want: "KES 50000.00", reason: "Kenyan shilling, glued"},
		{name: "Sh 50,000", in: "Sh 50,000", wantErr: rescue.ErrAmbiguousCurrency, reason: "Sh is every East African shilling"},
		{name: "USh 2 million", in: "USh 2 million", want: "UGX 2000000", reason: "Ugandan shilling"},
		{name: "TSh 500,000", in: "TSh 500,000", want: "TZS 500000.00", reason: "Tanzanian shilling"},
		{name: "500,000 Tanzanian shillings", in: "500,000 Tanzanian shillings", want: "TZS 500000.00", reason: "the ISO name"},
		{name: "N$ 20,000", in: "N$ 20,000", want: "NAD 20000.00", reason: "Namibian dollar"},
		{name: "₦5 million", in: "₦5 million", want: "NGN 5000000.00", reason: "the naira sign"},
		{name: "300,000 naira", in: "300,000 naira", want: "NGN 300000.00", reason: "the word"},
		{name: "Over N4m", in: "Over N4m", wantErr: rescue.ErrAmbiguousCurrency, reason: "N is the naira and the Namibian dollar"},
		{name: "GH₵ 10,000", in: "GH₵ 10,000", want: "GHS 10000.00", reason: "Ghanaian cedi"},
		{name: "10,000 cedis", in: "10,000 cedis", want: "GHS 10000.00", reason: "the plural"},
		{name: "about 250,000 rand", in: "about 250,000 rand", want: "about ZAR 250000.00", reason: "rand"},
		{name: "R500", in: "R500", wantErr: rescue.ErrAmbiguousCurrency, reason: "R is the rand, but also a rupee"},
		{name: "ZAR 500,000", in: "ZAR 500,000", want: "ZAR 500000.00", reason: "code"},
		{name: "E£ 5,000", in: "E£ 5,000", want: "EGP 5000.00", reason: "Egyptian pound sign"},
		{name: "5,000 Egyptian pounds", in: "5,000 Egyptian pounds", want: "EGP 5000.00", reason: "the ISO name"},
		{name: "10,000 Moroccan dirhams", in: "10,000 Moroccan dirhams", want: "MAD 10000.00", reason: "the ISO name"},
		{name: "10,000 dirhams", in: "10,000 dirhams", wantErr: rescue.ErrAmbiguousCurrency, reason: "UAE or Morocco"},
		{name: "500,000 CFA francs", in: "500,000 CFA francs", wantErr: rescue.ErrAmbiguousCurrency, reason: "West or Central African"},
		{name: "XOF 500,000", in: "XOF 500,000", want: "XOF 500000", reason: "code"},
		{name: "20,000 birr", in: "20,000 birr", want: "ETB 20000.00", reason: "Ethiopian birr"},
		{name: "MK 100,000", in: "MK 100,000", want: "MWK 100000.00", reason: "Malawian kwacha sign"},
		{name: "100,000 kwacha", in: "100,000 kwacha", wantErr: rescue.ErrAmbiguousCurrency, reason: "Malawi or Zambia"},
		{name: "R$ 5 mil", in: "R$ 5 mil", want: "BRL 5000.00", reason: "Brazilian Portuguese: mil is a thousand"},
		{name: "R$ 1,5 milhão", in: "R$ 1,5 milhão", want: "BRL 1500000.00", reason: "Portuguese million with a decimal comma"},
		{name: "R$1.5 million", in: "R$1.5 million", want: "BRL 1500000.00", reason: "English style"},
		{name: "S/ 20 mil", in: "S/ 20 mil", want: "PEN 20000.00", reason: "Peruvian Spanish: mil is a thousand"},
		{name: "S/. 20,000", in: "S/. 20,000", want: "PEN 20000.00", reason: "the older sol sign"},
		{name: "Mex$ 50,000", in: "Mex$ 50,000", want: "MXN 50000.00", reason: "Mexican peso"},
		{name: "50,000 Mexican pesos", in: "50,000 Mexican pesos", want: "MXN 50000.00", reason: "the ISO name"},
		{name: "50 mil pesos", in: "50 mil pesos", wantErr: rescue.ErrAmbiguousCurrency, reason: "the peso is ambiguous whatever mil means"},
		{name: "$100,000 ARS", in: "$100,000 ARS", want: "ARS 100000.00", reason: "the code settles the dollar sign"},
		{name: "COP 2 million", in: "COP 2 million", want: "COP 2000000.00", reason: "code"},
		{name: "Q 10,000", in: "Q 10,000", want: "GTQ 10000.00", reason: "Guatemalan quetzal"},
		{name: "10,000 quetzales", in: "10,000 quetzales", want: "GTQ 10000.00", reason: "Spanish plural"},
		{name: "₲ 1.000.000", in: "₲ 1.000.000", want: "PYG 1000000", reason: "guaraní with dot grouping"},
		{name: "5,000 bolivianos", in: "5,000 bolivianos", want: "BOB 5000.00", reason: "boliviano"},
		{name: "Bs. 5,000", in: "Bs. 5,000", wantErr: rescue.ErrAmbiguousCurrency, reason: "Bolivia or Venezuela"},
		{name: "€1.2m", in: "€1.2m", want: "EUR 1200000.00", reason: "euro, suffix"},
		{name: "€ 1.200,50", in: "€ 1.200,50", want: "EUR 1200.50", reason: "continental marks"},
		{name: "1 200 000 €", in: "1 200 000 €", want: "EUR 1200000.00", reason: "French grouping, sign after"},
		{name: "EUR 1,2 Mio.", in: "EUR 1,2 Mio.", want: "EUR 1200000.00", reason: "German million"},
		{name: "about 100,000 euros", in: "about 100,000 euros", want: "about EUR 100000.00", reason: "euro word, hedged"},
		{name: "2.5 million euros", in: "2.5 million euros", want: "EUR 2500000.00", reason: "euro word"},
		{name: "over £3 million", in: "over £3 million", want: "more than GBP 3000000.00", reason: "pound, hedged"},
		{name: "£1.2bn", in: "£1.2bn", want: "GBP 1200000000.00", reason: "bn suffix"},
		{name: "around 1 million pounds", in: "around 1 million pounds", wantErr: rescue.ErrAmbiguousCurrency, reason: "pound alone is ambiguous"},
		{name: "1 million pounds sterling", in: "1 million pounds sterling", want: "GBP 1000000.00", reason: "sterling settles it"},
		{name: "5 000 zł", in: "5 000 zł", want: "PLN 5000.00", reason: "złoty sign"},
		{name: "Kč 10,000", in: "Kč 10,000", want: "CZK 10000.00", reason: "koruna sign"},
		{name: "10,000 Romanian lei", in: "10,000 Romanian lei", want: "RON 10000.00", nat: true, reason: "demonym and plural lei"},
		{name: "2 million roubles", in: "2 million roubles", wantErr: rescue.ErrAmbiguousCurrency, reason: "Russian or Belarusian"},
		{name: "₽ 2 million", in: "₽ 2 million", want: "RUB 2000000.00", reason: "the ruble sign"},
		{name: "500,000 hryvnias", in: "500,000 hryvnias", want: "UAH 500000.00", reason: "hryvnia"},
		{name: "CHF 5,000", in: "CHF 5,000", want: "CHF 5000.00", reason: "code"},
		{name: "Fr. 5,000", in: "Fr. 5,000", wantErr: rescue.ErrAmbiguousCurrency, reason: "franc sign: Swiss or African"},
		{name: "100 000 kronor", in: "100 000 kronor", want: "SEK 100000.00", reason: "kronor is Swedish"},
		{name: "10,000 kroner", in: "10,000 kroner", wantErr: rescue.ErrAmbiguousCurrency, reason: "Norway or Denmark"},
		{name: "kr 10,000", in: "kr 10,000", wantErr: rescue.ErrAmbiguousCurrency, reason: "any Scandinavian crown"},
		{name: "20,000 yuan", in: "20,000 yuan", want: "CNY 20000.00", reason: "yuan"},
		{name: "RMB 3 million", in: "RMB 3 million", want: "CNY 3000000.00", reason: "renminbi"},
		{name: "CN¥ 2 million", in: "CN¥ 2 million", want: "CNY 2000000.00", reason: "yuan sign"},
		{name: "¥10 million (US$67,000)", in: "¥10 million (US$67,000)", wantErr: rescue.ErrAmbiguousCurrency, reason: "¥ is the yen and the yuan"},
		{name: "some 3 billion yen (US$20 million)", in: "some 3 billion yen (US$20 million)", want: "about JPY 3000000000 (USD 20000000.00)", reason: "hedged yen with an equivalent"},
		{name: "HK$1.2 billion", in: "HK$1.2 billion", want: "HKD 1200000000.00", reason: "Hong Kong dollar"},
		{name: "500,000 Hong Kong dollars", in: "500,000 Hong Kong dollars", want: "HKD 500000.00", reason: "the ISO name"},
		{name: "A$500,000", in: "A$500,000", want: "AUD 500000.00", reason: "Australian dollar"},
		{name: "1.2 million Australian dollars", in: "1.2 million Australian dollars", want: "AUD 1200000.00", reason: "the ISO name"},
		{name: "NZ$1 million", in: "NZ$1 million", want: "NZD 1000000.00", reason: "New Zealand dollar"},
		{name: "C$500,000", in: "C$500,000", want: "CAD 500000.00", reason: "Canadian dollar"},
		{name: "US$1.5 million (RM7 million)", in: "US$1.5 million (RM7 million)", want: "USD 1500000.00 (MYR 7000000.00)", reason: "an equivalent"},
		{name: "US$1.5 million (RM7 million, S$2 million)", in: "US$1.5 million (RM7 million, S$2 million)", want: "USD 1500000.00 (MYR 7000000.00; SGD 2000000.00)", reason: "two equivalents with a comma"},
		{name: "about US$2 million (approximately RM9.4 million)", in: "about US$2 million (approximately RM9.4 million)", want: "about USD 2000000.00 (about MYR 9400000.00)", reason: "a hedged equivalent keeps its hedge"},
		{name: "USD 2,500", in: "USD 2,500", want: "USD 2500.00", reason: "code before"},
		{name: "2,500 USD", in: "2,500 USD", want: "USD 2500.00", reason: "code after"},
		{name: "more than 10,000 USD", in: "more than 10,000 USD", want: "more than USD 10000.00", reason: "hedged, code after"},
		{name: "USD 10,000+", in: "USD 10,000+", want: "at least USD 10000.00", reason: "a plus after the number: the figure or more"},
		{name: "US$10,000-plus", in: "US$10,000-plus", want: "at least USD 10000.00", reason: "plus as a word: the figure or more"},
		{name: "1.5 million Malaysian ringgit", in: "1.5 million Malaysian ringgit", want: "MYR 1500000.00", reason: "the ISO name"},
		{name: "RM1.5mil", in: "RM1.5mil", want: "MYR 1500000.00", reason: "Malaysian English: mil is a million"},
		{name: "RM1.5 juta", in: "RM1.5 juta", want: "MYR 1500000.00", reason: "Malay: juta is a million"},
		{name: "nearly RM6,300", in: "nearly RM6,300", want: "less than MYR 6300.00", reason: "nearly is a strict upper bound"},
		{name: "up to S$100,000", in: "up to S$100,000", want: "up to SGD 100000.00", reason: "AtMost"},
		{name: "S$13.7k", in: "S$13.7k", want: "SGD 13700.00", reason: "k suffix"},
		{name: "13,700 Singapore dollars", in: "13,700 Singapore dollars", want: "SGD 13700.00", reason: "the ISO name"},
		{name: "NT$1.2 million", in: "NT$1.2 million", want: "TWD 1200000.00", reason: "New Taiwan dollar"},
		{name: "1.2 million Taiwan dollars", in: "1.2 million Taiwan dollars", want: "TWD 1200000.00", nat: true, reason: "country and unit word"},
		{name: "about 1.2 million baht (US$34,000; S$46,000)", in: "about 1.2 million baht (US$34,000; S$46,000)", want: "about THB 1200000.00 (USD 34000.00; SGD 46000.00)", reason: "two equivalents with a semicolon"},
		{name: "1.2 million baht (US$34,000 or S$46,000)", in: "1.2 million baht (US$34,000 or S$46,000)", want: "THB 1200000.00 (USD 34000.00; SGD 46000.00)", reason: "two equivalents with or"},
		{name: "1.2 million Thai baht", in: "1.2 million Thai baht", want: "THB 1200000.00", nat: true, reason: "demonym and unit word"},
		{name: "฿1.2 million", in: "฿1.2 million", want: "THB 1200000.00", reason: "baht sign"},
		{name: "20 billion dong", in: "20 billion dong", want: "VND 20000000000", reason: "dong"},
		{name: "1.000.000 đồng", in: "1.000.000 đồng", want: "VND 1000000", reason: "Vietnamese spelling"},
		{name: "20 billion Vietnamese dong", in: "20 billion Vietnamese dong", want: "VND 20000000000", nat: true, reason: "demonym and unit word"},
		{name: "5 million kyat", in: "5 million kyat", want: "MMK 5000000.00", reason: "kyat"},
		{name: "MMK 5 million", in: "MMK 5 million", want: "MMK 5000000.00", reason: "code"},
		{name: "4 million riel", in: "4 million riel", want: "KHR 4000000.00", reason: "riel"},
		{name: "₭ 10 million", in: "₭ 10 million", want: "LAK 10000000.00", reason: "kip sign"},
		{name: "Tk 10 lakh", in: "Tk 10 lakh", want: "BDT 1000000.00", reason: "taka"},
		{name: "10 lakh taka", in: "10 lakh taka", want: "BDT 1000000.00", reason: "taka word after a lakh"},
		{name: "₹5 crore", in: "₹5 crore", want: "INR 50000000.00", reason: "rupee sign and crore"},
		{name: "INR 2.5 crore", in: "INR 2.5 crore", want: "INR 25000000.00", reason: "code and crore"},
		{name: "5 crore rupees", in: "5 crore rupees", wantErr: rescue.ErrAmbiguousCurrency, reason: "rupees alone are ambiguous"},
		{name: "Rs 50,000 (about US$600)", in: "Rs 50,000 (about US$600)", wantErr: rescue.ErrAmbiguousCurrency, reason: "Rs is every rupee"},
		{name: "NPR 50,000", in: "NPR 50,000", want: "NPR 50000.00", reason: "code"},
		{name: "1 million Pakistani rupees", in: "1 million Pakistani rupees", want: "PKR 1000000.00", nat: true, reason: "demonym and unit word"},
		{name: "50,000 Nepalese rupees", in: "50,000 Nepalese rupees", want: "NPR 50000.00", reason: "the ISO name"},
		{name: "₩50 million", in: "₩50 million", want: "KRW 50000000", reason: "won sign"},
		{name: "50 million won", in: "50 million won", wantErr: rescue.ErrAmbiguousCurrency, reason: "South or North Korean"},
		{name: "approximately 5.3 billion won (US$4 million)", in: "approximately 5.3 billion won (US$4 million)", wantErr: rescue.ErrAmbiguousCurrency, reason: "won alone is ambiguous"},
		{name: "AED 50,000", in: "AED 50,000", want: "AED 50000.00", reason: "code"},
		{name: "20,000 Saudi riyals", in: "20,000 Saudi riyals", want: "SAR 20000.00", reason: "the ISO name"},
		{name: "QR 10,000", in: "QR 10,000", want: "QAR 10000.00", reason: "Qatari riyal"},
		{name: "KD 1,000", in: "KD 1,000", want: "KWD 1000.000", reason: "Kuwaiti dinar"},
		{name: "Nu 10,000", in: "Nu 10,000", want: "BTN 10000.00", reason: "Bhutanese ngultrum"},
		{name: "more than $1 million", in: "more than $1 million", wantErr: rescue.ErrAmbiguousCurrency, reason: "a bare $"},
		{name: "over 1 million dollars", in: "over 1 million dollars", wantErr: rescue.ErrAmbiguousCurrency, reason: "dollars alone"},
	}
	if len(tests) < 60 {
		t.Fatalf("only %d phrases", len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if tt.nat {
				mtNeedsNationality(t)
			}
			got, err := rescue.ParseReportedAmount(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("ParseReportedAmount(%q) = %v, %v; want an error wrapping %v (%s)", tt.in, got, err, tt.wantErr, tt.reason)
				}
				mtCheckQuotes(t, err, "ParseReportedAmount", tt.in)
				return
			}
			if err != nil || got.String() != tt.want {
				t.Fatalf("ParseReportedAmount(%q) = %q, %v; want %q (%s)", tt.in, got, err, tt.want, tt.reason)
			}
			mtCheckReportedRoundTrip(t, got)
		})
	}
}

func TestReportedAmountString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name         string
		a            rescue.ReportedAmount
		str, english string
		reason       string
	}{
		{name: "contract", a: rescue.ReportedAmount{Amount: mtM("USD 10000"), Qualifier: rescue.MoreThan,
			Equivalents: []rescue.ReportedAmount{{Amount: mtM("SGD 13700"), Qualifier: rescue.About}}},
			str: "more than USD 10000.00 (about SGD 13700.00)", english: "more than US$10,000.00 (about S$13,700.00)", reason: "the contract's canonical text"},
		{name: "two equivalents", a: rescue.ReportedAmount{Amount: mtM("THB 1200000"), Qualifier: rescue.About,
			Equivalents: []rescue.ReportedAmount{{Amount: mtM("USD 34000")}, {Amount: mtM("SGD 46000")}}},
			str: "about THB 1200000.00 (USD 34000.00; SGD 46000.00)", english: "about ฿1,200,000.00 (US$34,000.00; S$46,000.00)", reason: "equivalents separated by ;"},
		{name: "at most", a: rescue.ReportedAmount{Amount: mtM("MYR 6300"), Qualifier: rescue.AtMost},
			str: "up to MYR 6300.00", english: "up to RM6,300.00", reason: "AtMost reads up to"},
		{name: "less than", a: rescue.ReportedAmount{Amount: mtM("MYR 50"), Qualifier: rescue.LessThan},
			str: "less than MYR 50.00", english: "less than RM50.00", reason: "LessThan reads less than"},
		{name: "at least", a: rescue.ReportedAmount{Amount: mtM("MYR 50"), Qualifier: rescue.AtLeast},
			str: "at least MYR 50.00", english: "at least RM50.00", reason: "AtLeast reads at least"},
		{name: "range", a: rescue.ReportedAmount{Amount: mtM("VND 61000000"), Max: mtM("VND 130000000"),
			Equivalents: []rescue.ReportedAmount{{Amount: mtM("USD 2500"), Max: mtM("USD 5300")}}},
			str: "VND 61000000 to 130000000 (USD 2500.00 to 5300.00)", english: "₫61,000,000 to ₫130,000,000 (US$2,500.00 to US$5,300.00)", reason: "a range and a range equivalent"},
		{name: "exact", a: rescue.ReportedAmount{Amount: mtM("JPY 500")}, str: "JPY 500", english: "JP¥500", reason: "no hedge words"},
		{name: "zero", a: rescue.ReportedAmount{}, str: "", english: "", reason: "nothing recorded prints as nothing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.a.String(); got != tt.str {
				t.Errorf("String() = %q, want %q (%s)", got, tt.str, tt.reason)
			}
			if got := tt.a.Format(language.English); got != tt.english {
				t.Errorf("Format(English) = %q, want %q (%s)", got, tt.english, tt.reason)
			}
			if b, err := tt.a.MarshalText(); err != nil || string(b) != tt.str {
				t.Errorf("MarshalText() = %q, %v", b, err)
			}
			var back rescue.ReportedAmount
			if err := back.UnmarshalText([]byte(tt.str)); err != nil || !back.Equal(tt.a) {
				t.Errorf("UnmarshalText(%q) = %v, %v", tt.str, back, err)
			}
		})
	}
	if got := mtRA("about 1.2 million baht").Format(language.German); got != "about ฿1.200.000,00" {
		t.Errorf("Format(German) = %q", got)
	}
}

func TestReportedAmountValidate(t *testing.T) {
	t.Parallel()
	eq := func(ms ...string) []rescue.ReportedAmount {
		var out []rescue.ReportedAmount
		for _, m := range ms {
			if m == "" {
				out = append(out, rescue.ReportedAmount{})
				continue
			}
			out = append(out, rescue.ReportedAmount{Amount: mtM(m)})
		}
		return out
	}
	tests := []struct {
		name    string
		a       rescue.ReportedAmount
		wantErr error // nil: valid
		path    string
		reason  string
	}{
		{name: "zero", a: rescue.ReportedAmount{}, reason: "nothing recorded is valid"},
		{name: "amount only", a: rescue.ReportedAmount{Amount: mtM("USD 5")}, reason: "an exact amount"},
		{name: "valid", a: rescue.ReportedAmount{Amount: mtM("USD 5"), Qualifier: rescue.About, Equivalents: eq("SGD 7", "MYR 20")}, reason: "equivalents in other currencies"},
		{name: "range", a: rescue.ReportedAmount{Amount: mtM("USD 5"), Max: mtM("USD 7"), Qualifier: rescue.About}, reason: "an estimated range"},
		{name: "own currency", a: rescue.ReportedAmount{Amount: mtM("USD 5"), Equivalents: eq("USD 5")}, wantErr: rescue.ErrCurrencyMismatch, path: "equivalents[0]", reason: "an equivalent in the amount's own currency is no equivalent"},
		{name: "duplicate", a: rescue.ReportedAmount{Amount: mtM("USD 5"), Equivalents: eq("SGD 7", "SGD 7.1")}, wantErr: rescue.ErrInvalid, path: "equivalents[1]", reason: "two equivalents in one currency"},
		{name: "equivalent no currency", a: rescue.ReportedAmount{Amount: mtM("USD 5"), Equivalents: eq("")}, wantErr: rescue.ErrRequired, path: "equivalents[0]", reason: "an equivalent needs a currency"},
		{name: "nested equivalents", a: rescue.ReportedAmount{Amount: mtM("USD 5"), Equivalents: []rescue.ReportedAmount{{Amount: mtM("SGD 7"), Equivalents: eq("MYR 20")}}},
			wantErr: rescue.ErrInvalid, path: "equivalents[0].equivalents", reason: "an equivalent has no equivalents of its own"},
		{name: "no amount", a: rescue.ReportedAmount{Qualifier: rescue.AtLeast}, wantErr: rescue.ErrRequired, path: "amount", reason: "a qualifier with no amount"},
		{name: "equivalents no amount", a: rescue.ReportedAmount{Equivalents: eq("SGD 7")}, wantErr: rescue.ErrRequired, path: "amount", reason: "equivalents with no amount"},
		{name: "bad qualifier", a: rescue.ReportedAmount{Amount: mtM("USD 5"), Qualifier: rescue.Qualifier(9)}, wantErr: rescue.ErrInvalid, path: "qualifier", reason: "an unknown qualifier"},
		{name: "range falls", a: rescue.ReportedAmount{Amount: mtM("USD 5"), Max: mtM("USD 5")}, wantErr: rescue.ErrInvalid, path: "max", reason: "a range must rise"},
		{name: "range currency", a: rescue.ReportedAmount{Amount: mtM("USD 5"), Max: mtM("SGD 7")}, wantErr: rescue.ErrCurrencyMismatch, path: "max", reason: "a range is in one currency"},
		{name: "range bound", a: rescue.ReportedAmount{Amount: mtM("USD 5"), Max: mtM("USD 7"), Qualifier: rescue.MoreThan}, wantErr: rescue.ErrInvalid, path: "qualifier", reason: "a range is exact or about"},
		{name: "less than zero", a: rescue.ReportedAmount{Amount: mtM("USD 0"), Qualifier: rescue.LessThan}, wantErr: rescue.ErrInvalid, path: "amount", reason: "no amount is less than 0"},
		{name: "less than negative", a: rescue.ReportedAmount{Amount: mtM("USD -5"), Qualifier: rescue.LessThan}, wantErr: rescue.ErrInvalid, path: "amount", reason: "an upper bound below 0 allows no amount"},
		{name: "up to negative", a: rescue.ReportedAmount{Amount: mtM("USD -5"), Qualifier: rescue.AtMost}, wantErr: rescue.ErrInvalid, path: "amount", reason: "an upper bound below 0 allows no amount"},
		{name: "up to zero", a: rescue.ReportedAmount{Amount: mtM("USD 0"), Qualifier: rescue.AtMost}, reason: "up to 0 is 0, as a count of at most 0 is"},
		{name: "more than negative", a: rescue.ReportedAmount{Amount: mtM("USD -5"), Qualifier: rescue.MoreThan}, reason: "a lower bound below 0 allows amounts"},
		{name: "equivalent less than zero", a: rescue.ReportedAmount{Amount: mtM("USD 5"), Equivalents: []rescue.ReportedAmount{{Amount: mtM("SGD 0"), Qualifier: rescue.LessThan}}},
			wantErr: rescue.ErrInvalid, path: "equivalents[0].amount", reason: "an equivalent is checked as an amount"},
		{name: "zero equivalent", a: rescue.ReportedAmount{Amount: mtM("USD 5"), Equivalents: eq("SGD 0")}, wantErr: rescue.ErrInvalid, path: "equivalents[0]", reason: "an equivalent is the same sum: not 0 when the amount is not"},
		{name: "equivalent of zero", a: rescue.ReportedAmount{Amount: mtM("USD 0"), Equivalents: eq("SGD 7")}, wantErr: rescue.ErrInvalid, path: "equivalents[0]", reason: "the equivalent of 0 is 0"},
		{name: "zero bound equivalent", a: rescue.ReportedAmount{Amount: mtM("USD 5"), Qualifier: rescue.AtMost, Equivalents: []rescue.ReportedAmount{{Amount: mtM("SGD 0"), Qualifier: rescue.AtMost}}},
			wantErr: rescue.ErrInvalid, path: "equivalents[0]", reason: "up to 0 is 0, no equivalent of up to 5"},
		{name: "zero equivalents", a: rescue.ReportedAmount{Amount: mtM("USD 0"), Qualifier: rescue.About, Equivalents: eq("SGD 0")}, reason: "0 is 0 in any currency, hedged or not"},
		{name: "lower bound zero equivalent", a: rescue.ReportedAmount{Amount: mtM("USD 5"), Qualifier: rescue.MoreThan, Equivalents: []rescue.ReportedAmount{{Amount: mtM("SGD 0"), Qualifier: rescue.AtLeast}}},
			reason: "at least 0 is not 0: a weak but true equivalent"},
		{name: "equivalents negative", a: rescue.ReportedAmount{Amount: mtM("USD -5"), Equivalents: eq("SGD -7")}, reason: "a negative amount with a negative equivalent"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := tt.a.Validate()
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("Validate() = %v; want nil (%s)", err, tt.reason)
				}
				return
			}
			var fe *rescue.FieldError
			if !errors.Is(err, tt.wantErr) || !errors.As(err, &fe) || fe.Path != tt.path {
				t.Fatalf("Validate() = %v; want a FieldError at %s wrapping %v (%s)", err, tt.path, tt.wantErr, tt.reason)
			}
		})
	}
}

func TestReportedAmountImpliedRates(t *testing.T) {
	t.Parallel()
	// Validate refuses a zero equivalent of another amount; ImpliedRates
	// does not rely on it.
	a := mtRA("more than US$10,000 (S$13,700; RM47,000)")
	a.Equivalents = append(a.Equivalents, rescue.ReportedAmount{Amount: mtM("PHP 0")})
	rates := a.ImpliedRates()
	var got []string
	for _, r := range rates {
		got = append(got, r.String())
	}
	want := []string{"1 USD = 1.37 SGD (implied by a reported equivalent)", "1 USD = 4.7 MYR (implied by a reported equivalent)"}
	if !slices.Equal(got, want) {
		t.Errorf("ImpliedRates() = %q, want %q (a zero equivalent implies no rate)", got, want)
	}
	if r := mtRA("RM7,000").ImpliedRates(); len(r) != 0 {
		t.Errorf("no equivalents imply %v", r)
	}
}

func TestReportedAmountJSON(t *testing.T) {
	t.Parallel()
	a := mtRA("more than US$10,000 (around S$13,700)")
	b, err := json.Marshal(a)
	want := `"more than USD 10000.00 (about SGD 13700.00)"`
	if err != nil || string(b) != want {
		t.Fatalf("Marshal = %s, %v; want %s: the canonical text as a JSON string", b, err, want)
	}
	var back rescue.ReportedAmount
	if err := json.Unmarshal(b, &back); err != nil || !back.Equal(a) {
		t.Fatalf("round trip = %v, %v", back, err)
	}
	if b, _ := json.Marshal(rescue.ReportedAmount{}); string(b) != `""` {
		t.Errorf("zero: %s; want \"\"", b)
	}
	if err := json.Unmarshal([]byte(`null`), &back); err != nil || !back.Equal(a) {
		t.Errorf("null leaves the value: %v, %v", back, err)
	}
	for _, bad := range []struct {
		name, in string
		err      error
		msg      string
		reason   string
	}{
		{"prose", `"more than US$10,000 (S$13,700)"`, rescue.ErrSyntax, `did you mean "more than USD 10000.00 (SGD 13700.00)"?`, "JSON is strict; the error suggests the canonical text"},
		{"own currency", `"USD 1.00 (USD 1.00)"`, rescue.ErrCurrencyMismatch, "", "decoding validates"},
		{"object", `{"amount":"USD 1.00"}`, rescue.ErrSyntax, "want a JSON string", "no object form"},
		{"number", `5`, rescue.ErrSyntax, "want a JSON string", "no number"},
		{"ambiguous", `"$5"`, rescue.ErrSyntax, "canonical form", "prose that does not parse gets no suggestion"},
		{"short fraction", `"about USD 1.5"`, rescue.ErrSyntax, `did you mean "about USD 1.50"?`, "strict: the amount as String writes it"},
		{"short upper end", `"THB 25000.00 to 50000"`, rescue.ErrSyntax, `did you mean "THB 25000.00 to 50000.00"?`, "strict: the upper end too"},
		{"short equivalent", `"USD 10.00 (SGD 13.7)"`, rescue.ErrSyntax, `did you mean "USD 10.00 (SGD 13.70)"?`, "strict: the equivalents too"},
		{"minus zero", `"about USD -0.00 to 5.00"`, rescue.ErrSyntax, `did you mean "about USD 0.00 to 5.00"?`, "strict: 0 has no sign"},
	} {
		var r rescue.ReportedAmount
		err := json.Unmarshal([]byte(bad.in), &r)
		if !errors.Is(err, bad.err) || !strings.Contains(fmt.Sprint(err), bad.msg) {
			t.Errorf("%s: Unmarshal(%s) = %v, %v; want an error wrapping %v saying %q (%s)", bad.name, bad.in, r, err, bad.err, bad.msg, bad.reason)
		}
	}
}

func TestReportedAmountEqualScanMust(t *testing.T) {
	t.Parallel()
	a := mtRA("about US$5 (S$7)")
	if !a.Equal(mtRA("about USD 5.00 (SGD 7.00)")) || a.Equal(mtRA("US$5 (S$7)")) || a.Equal(mtRA("about US$5")) || a.Equal(mtRA("about US$5 (RM7)")) ||
		a.Equal(mtRA("about US$5-6 (S$7)")) || a.Equal(mtRA("about US$5 (about S$7)")) {
		t.Error("Equal compares the amount, the range, the qualifier and the equivalents")
	}
	if !(rescue.ReportedAmount{}).IsZero() || a.IsZero() {
		t.Error("IsZero")
	}
	var s rescue.ReportedAmount
	if err := s.Scan("about USD 5.00 (SGD 7.00)"); err != nil || !s.Equal(a) {
		t.Errorf("Scan = %v, %v", s, err)
	}
	if err := s.Scan(nil); err != nil || !s.IsZero() {
		t.Errorf("Scan(nil) = %v, %v", s, err)
	}
	if err := s.Scan(5); !errors.Is(err, rescue.ErrInvalid) {
		t.Errorf("Scan(int) = %v", err)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParseReportedAmount(\"$5\") did not panic")
		}
	}()
	mtRA("$5")
}

func FuzzParseReportedAmount(f *testing.F) {
	for _, s := range []string{
		"more than US$10,000 (S$13,700)", "about 1.2 million baht (US$34,000; S$46,000)", "US$35,000 (around RM157,000)",
		"nearly RM6,300", "S$500,000 or more", "US$10,000+", "more than $19 million", "(", ")", "US$1 (", "US$1 (S$1) (RM1)",
		"about US$2 million (approximately RM9.4 million, some S$2.7 million or HK$15 million)", "~₹5 crore", "R$ 5 mil",
	} {
		f.Add(s)
	}
	if data, err := os.ReadFile("testdata/report-phrases-money.tsv"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if fields := strings.Split(line, "\t"); len(fields) > 1 && fields[0] == "money" {
				f.Add(fields[1])
			}
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := rescue.ParseReportedAmount(s)
		if err != nil {
			if !a.IsZero() {
				t.Fatalf("ParseReportedAmount(%q) returned %v with error %v", s, a, err)
			}
			return
		}
		if err := a.Validate(); err != nil {
			t.Fatalf("ParseReportedAmount(%q) = %v, which is invalid: %v", s, a, err)
		}
		text := a.String()
		back, err := rescue.ParseReportedAmount(text)
		ambiguous := errors.Is(err, rescue.ErrAmbiguous)
		if ambiguous {
			// "AUD 10.001": three decimals of a cent may group thousands
			// in prose (see TestParseMoneyCanonicalAmbiguous); the strict
			// reader reads the canonical text.
			err = back.UnmarshalText([]byte(text))
		}
		if err != nil || !back.Equal(a) {
			t.Fatalf("ParseReportedAmount(%q) = %v; ParseReportedAmount(%q), or UnmarshalText where it is ambiguous = %v, %v", s, a, text, back, err)
		}
		if back.String() != text {
			t.Fatalf("String not stable: %q then %q", text, back.String())
		}
		english := a.Format(language.English)
		f, err := rescue.ParseReportedAmountIn(english, language.English)
		if ambiguous && errors.Is(err, rescue.ErrAmbiguous) {
			return
		}
		if err != nil || !f.Equal(a) {
			t.Fatalf("Format(English) = %q reads back as %v, %v; want %v", english, f, err, a)
		}
		_ = a.ImpliedRates()
	})
}
