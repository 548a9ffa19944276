package rescue_test

import (
	"database/sql/driver"
	"fmt"

	"github.com/antitrafficking/rescue"
	"golang.org/x/text/language"
)

// Both Rate and ReportedAmount store their canonical text in a database.
var (
	_ driver.Valuer = rescue.Rate{}
	_ driver.Valuer = rescue.ReportedAmount{}
)

func ExampleParseMoneyIn() {
	for _, c := range []struct{ text, lang string }{
		{"P2 million", "en-PH"},   // the region picks the peso among P's candidates
		{"Rs 2.40 lakh", "en-IN"}, // and the Indian rupee among Rs's
		{"$5,000", "en-US"},
		{"$5,000", "en-SG"},
		{"$5,000", "en-PH"},     // the peso is no "$": still ambiguous
		{"Rp 150.000", "id-ID"}, // Indonesian groups with a dot
		{"€ 1.500,50", "de-DE"}, // German marks decimals with a comma
		{"US$1.50", "en-US"},    // English marks decimals with a dot
		{"US$1.500", "en-US"},   // but three decimals of a cent may be grouping
		{"R$ 5 mil", "pt-BR"},   // mil is a thousand in Portuguese
		{"Rp 150.000", "und"},   // no language: the dot is ambiguous
	} {
		m, err := rescue.ParseMoneyIn(c.text, language.MustParse(c.lang))
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s in %s: %v\n", c.text, c.lang, m)
	}
	// Output:
	// P2 million in en-PH: PHP 2000000.00
	// Rs 2.40 lakh in en-IN: INR 240000.00
	// $5,000 in en-US: USD 5000.00
	// $5,000 in en-SG: SGD 5000.00
	// ParseMoneyIn("$5,000"): "$": ambiguous currency (USD, SGD, TWD, HKD, AUD, CAD, …)
	// Rp 150.000 in id-ID: IDR 150000.00
	// € 1.500,50 in de-DE: EUR 1500.50
	// US$1.50 in en-US: USD 1.50
	// ParseMoneyIn("US$1.500"): the dot may group thousands or mark decimals (USD has 2 minor digits): USD 1500.00 or USD 1.50: ambiguous
	// R$ 5 mil in pt-BR: BRL 5000.00
	// ParseMoneyIn("Rp 150.000"): the dot may group thousands or mark decimals: IDR 150000.00 or IDR 150.00: ambiguous
}

func ExampleParseReportedAmountIn() {
	a, err := rescue.ParseReportedAmountIn("nearly P2-million (US$35,000)", language.MustParse("en-PH"))
	fmt.Println(a, err)
	a, err = rescue.ParseReportedAmountIn("Rp 2 juta sampai dengan Rp 8.500.000", language.MustParse("id"))
	fmt.Println(a, err)
	// Output:
	// less than PHP 2000000.00 (USD 35000.00) <nil>
	// IDR 2000000.00 to 8500000.00 <nil>
}

func ExampleRate_Value() {
	r := rescue.MustParseReportedAmount("US$10,000 (S$13,700)").ImpliedRates()[0]
	v, err := r.Value()
	fmt.Printf("%q %v\n", v, err)
	v, err = rescue.Rate{}.Value()
	fmt.Println(v, err)
	// Output:
	// "USD/SGD 1.37 \"implied by a reported equivalent\"" <nil>
	// <nil> <nil>
}

func ExampleReportedAmount_Value() {
	v, err := rescue.MustParseReportedAmount("US$10,000 (around RM157,000)").Value()
	fmt.Printf("%q %v\n", v, err)
	v, err = rescue.ReportedAmount{}.Value()
	fmt.Println(v, err)
	// Output:
	// "USD 10000.00 (about MYR 157000.00)" <nil>
	// <nil> <nil>
}

func ExampleReportedAmount_AppendText() {
	b := []byte("cash: ")
	b, err := rescue.MustParseReportedAmount("25,000 to 50,000 baht").AppendText(b)
	fmt.Println(string(b), err)
	// Output:
	// cash: THB 25000.00 to 50000.00 <nil>
}

func ExampleReportedAmount_IsRange() {
	a := rescue.MustParseReportedAmount("Tk 8-9 lakh")
	fmt.Println(a.IsRange(), a.Amount, a.Max)
	fmt.Println(rescue.MustParseReportedAmount("Tk 8 lakh").IsRange())
	// Output:
	// true BDT 800000.00 BDT 900000.00
	// false
}
