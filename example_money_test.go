package rescue_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/antitrafficking/rescue"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

func ExampleCurrency() {
	var none rescue.Currency
	fmt.Printf("%q %v\n", none.String(), none.IsValid())
	c := rescue.MustParseCurrency("SGD")
	fmt.Println(c, c.Name(), c.Digits())
	// Output:
	// "" false
	// SGD Singapore Dollar 2
}

func ExampleParseCurrency() {
	for _, s := range []string{"usd", " VED ", "XXX", "US$"} {
		c, err := rescue.ParseCurrency(s)
		fmt.Println(c, err)
	}
	// Output:
	// USD <nil>
	// VED <nil>
	//  ParseCurrency("XXX"): an ISO 4217 code for no currency or for tests: unknown currency
	//  ParseCurrency("US$"): not an ISO 4217 code: unknown currency
}

func ExampleMustParseCurrency() {
	fmt.Println(rescue.MustParseCurrency("kwd").Digits())
	// Output: 3
}

func ExampleUSD() {
	for _, c := range []rescue.Currency{rescue.USD, rescue.SGD, rescue.MYR, rescue.TWD, rescue.PEN, rescue.EUR, rescue.GBP,
		rescue.CNY, rescue.THB, rescue.PHP, rescue.IDR, rescue.VND, rescue.HKD, rescue.JPY} {
		fmt.Printf("%s %d %s\n", c, c.Digits(), c.Name())
	}
	// Output:
	// USD 2 US Dollar
	// SGD 2 Singapore Dollar
	// MYR 2 Malaysian Ringgit
	// TWD 2 New Taiwan Dollar
	// PEN 2 Sol
	// EUR 2 Euro
	// GBP 2 Pound Sterling
	// CNY 2 Yuan Renminbi
	// THB 2 Baht
	// PHP 2 Philippine Peso
	// IDR 2 Rupiah
	// VND 0 Dong
	// HKD 2 Hong Kong Dollar
	// JPY 0 Yen
}

func ExampleCurrency_String() {
	fmt.Println(rescue.TWD.String())
	fmt.Printf("%q\n", rescue.Currency{}.String())
	// Output:
	// TWD
	// ""
}

func ExampleCurrency_Code() {
	fmt.Println(rescue.MustParseCurrency("zwg").Code())
	// Output: ZWG
}

func ExampleCurrency_Numeric() {
	fmt.Println(rescue.USD.Numeric(), rescue.MustParseCurrency("XCG").Numeric())
	// Output: 840 532
}

func ExampleCurrency_Name() {
	fmt.Println(rescue.MustParseCurrency("SLE").Name())
	// Output: Leone
}

func ExampleCurrency_Digits() {
	for _, code := range []string{"USD", "JPY", "KWD", "CLF", "TWD", "ISK"} {
		fmt.Print(code, " ", rescue.MustParseCurrency(code).Digits(), "\n")
	}
	// Output:
	// USD 2
	// JPY 0
	// KWD 3
	// CLF 4
	// TWD 2
	// ISK 0
}

func ExampleCurrency_Withdrawn() {
	fmt.Printf("%q %q\n", rescue.MustParseCurrency("HRK").Withdrawn(), rescue.EUR.Withdrawn())
	// Output: "2023-01" ""
}

func ExampleCurrency_Compare() {
	cs := []rescue.Currency{rescue.USD, rescue.EUR, {}, rescue.SGD}
	slices.SortFunc(cs, rescue.Currency.Compare)
	fmt.Println(cs)
	// Output: [ EUR SGD USD]
}

func ExampleCurrency_Equal() {
	fmt.Println(rescue.USD.Equal(rescue.MustParseCurrency("usd")), rescue.USD.Equal(rescue.SGD))
	// Output: true false
}

func ExampleCurrency_IsValid() {
	var c rescue.Currency
	fmt.Println(c.IsValid(), rescue.PHP.IsValid())
	// Output: false true
}

func ExampleCurrency_AppendText() {
	b, _ := rescue.HKD.AppendText([]byte("currency="))
	fmt.Println(string(b))
	// Output: currency=HKD
}

func ExampleCurrency_MarshalText() {
	b, _ := json.Marshal(map[rescue.Currency]string{rescue.IDR: "rupiah"})
	fmt.Println(string(b))
	// Output: {"IDR":"rupiah"}
}

func ExampleCurrency_UnmarshalText() {
	var c rescue.Currency
	fmt.Println(c.UnmarshalText([]byte("thb")), c)
	fmt.Println(c.UnmarshalText([]byte("XTS")))
	// Output:
	// <nil> THB
	// ParseCurrency("XTS"): an ISO 4217 code for no currency or for tests: unknown currency
}

func ExampleCurrency_Scan() {
	var c rescue.Currency
	fmt.Println(c.Scan([]byte("PEN")), c)
	fmt.Println(c.Scan(nil), c.IsValid())
	// Output:
	// <nil> PEN
	// <nil> false
}

func ExampleCurrency_Value() {
	v, _ := rescue.VND.Value()
	null, _ := rescue.Currency{}.Value()
	fmt.Println(v, null)
	// Output: VND <nil>
}

func ExampleMoney() {
	var none rescue.Money
	fmt.Printf("%q %v\n", none.String(), none.IsValid())
	m := rescue.MustParseMoney("more than US$10,000"[10:])
	fmt.Println(m)
	// Output:
	// "" false
	// USD 10000.00
}

func ExampleNewMoney() {
	m := rescue.NewMoney(decimal.RequireFromString("13700"), rescue.SGD)
	fmt.Println(m)
	// Output: SGD 13700.00
}

func ExampleParseMoney() {
	for _, s := range []string{
		"USD 10,000", "10000.50 usd", "S$13,700", "RM1.5 million", "NT$3,000", "S/. 5,000", "€2.5m",
		"JP¥500", "30.9 million baht", "1,50,000 INR", "₹1.2 crore", "5,000 US dollars", "Rp 1,5 miliar",
	} {
		m, err := rescue.ParseMoney(s)
		fmt.Println(s, "→", m, err)
	}
	// Output:
	// USD 10,000 → USD 10000.00 <nil>
	// 10000.50 usd → USD 10000.50 <nil>
	// S$13,700 → SGD 13700.00 <nil>
	// RM1.5 million → MYR 1500000.00 <nil>
	// NT$3,000 → TWD 3000.00 <nil>
	// S/. 5,000 → PEN 5000.00 <nil>
	// €2.5m → EUR 2500000.00 <nil>
	// JP¥500 → JPY 500 <nil>
	// 30.9 million baht → THB 30900000.00 <nil>
	// 1,50,000 INR → INR 150000.00 <nil>
	// ₹1.2 crore → INR 12000000.00 <nil>
	// 5,000 US dollars → USD 5000.00 <nil>
	// Rp 1,5 miliar → IDR 1500000000.00 <nil>
}

func ExampleParseMoney_ambiguous() {
	_, err := rescue.ParseMoney("$86,000")
	fmt.Println(err)
	fmt.Println(errors.Is(err, rescue.ErrAmbiguousCurrency))
	var ae *rescue.AmbiguousCurrencyError
	if errors.As(err, &ae) {
		fmt.Println(ae.Candidates[:3])
	}
	// Output:
	// ParseMoney("$86,000"): "$": ambiguous currency (USD, SGD, TWD, HKD, AUD, CAD, …)
	// true
	// [USD SGD TWD]
}

func ExampleParseMoney_errors() {
	for _, s := range []string{"", "10000", "US$10,000 and 5", "1e5 USD", "USD 1234567890123456789012345678901"} {
		_, err := rescue.ParseMoney(s)
		fmt.Println(err)
	}
	// Output:
	// ParseMoney(""): empty: invalid syntax
	// ParseMoney("10000"): no currency: unknown currency
	// ParseMoney("US$10,000 and 5"): two numbers: invalid syntax
	// ParseMoney("1e5 USD"): an exponent (write the amount out): invalid syntax
	// ParseMoney("USD 1234567890123456789012345678901"): more than 30 significant digits: out of range
}

func ExampleMustParseMoney() {
	fmt.Println(rescue.MustParseMoney("KWD 1.25"))
	// Output: KWD 1.250
}

func ExampleMoney_Amount() {
	fmt.Println(rescue.MustParseMoney("£6.50").Amount())
	// Output: 6.5
}

func ExampleMoney_Currency() {
	fmt.Println(rescue.MustParseMoney("฿500").Currency())
	// Output: THB
}

func ExampleMoney_IsValid() {
	var none rescue.Money
	fmt.Println(none.IsValid(), rescue.MustParseMoney("USD 0").IsValid())
	// Output: false true
}

func ExampleMoney_IsZero() {
	var none rescue.Money
	fmt.Println(none.IsZero(), rescue.MustParseMoney("USD 0").IsZero(), rescue.MustParseMoney("USD 1").IsZero())
	// Output: true false false
}

func ExampleMoney_IsZeroAmount() {
	var none rescue.Money
	fmt.Println(none.IsZeroAmount(), rescue.MustParseMoney("USD 0").IsZeroAmount(), rescue.MustParseMoney("USD 1").IsZeroAmount())
	// Output: true true false
}

func ExampleMoney_Sign() {
	fmt.Println(rescue.MustParseMoney("-US$5").Sign(), rescue.MustParseMoney("US$0").Sign(), rescue.MustParseMoney("US$5").Sign())
	// Output: -1 0 1
}

func ExampleMoney_Neg() {
	fmt.Println(rescue.MustParseMoney("RM300").Neg())
	// Output: MYR -300.00
}

func ExampleMoney_Mul() {
	share, err := rescue.MustParseMoney("US$10,000").Mul(decimal.RequireFromString("0.125"))
	fmt.Println(share, err)
	// Output: USD 1250.00 <nil>
}

func ExampleMoney_Add() {
	a := rescue.MustParseMoney("US$10,000")
	sum, err := a.Add(rescue.MustParseMoney("USD 250.50"))
	fmt.Println(sum, err)
	sum, err = a.Add(rescue.Money{}) // the zero Money adds as nothing
	fmt.Println(sum, err)
	_, err = a.Add(rescue.MustParseMoney("S$13,700"))
	fmt.Println(err, errors.Is(err, rescue.ErrCurrencyMismatch))
	// Output:
	// USD 10250.50 <nil>
	// USD 10000.00 <nil>
	// Money.Add: cannot add USD and SGD: currency mismatch true
}

func ExampleMoney_Sub() {
	d, err := rescue.MustParseMoney("RM6,300").Sub(rescue.MustParseMoney("RM300"))
	fmt.Println(d, err)
	// Output: MYR 6000.00 <nil>
}

func ExampleMoney_Cmp() {
	c, err := rescue.MustParseMoney("USD 10").Cmp(rescue.MustParseMoney("USD 10.00"))
	fmt.Println(c, err)
	_, err = rescue.MustParseMoney("USD 10").Cmp(rescue.MustParseMoney("EUR 10"))
	fmt.Println(err)
	// Output:
	// 0 <nil>
	// Money.Cmp: cannot compare USD and EUR: currency mismatch
}

func ExampleMoney_Equal() {
	fmt.Println(rescue.MustParseMoney("USD 10").Equal(rescue.MustParseMoney("US$10.00")))
	fmt.Println(rescue.MustParseMoney("USD 10").Equal(rescue.MustParseMoney("SGD 10")))
	// Output:
	// true
	// false
}

func ExampleMoney_Round() {
	m := rescue.MustParseMoney("USD 2.345")
	for _, mode := range []rescue.RoundingMode{rescue.HalfEven, rescue.HalfUp, rescue.Down, rescue.Up, rescue.Floor, rescue.Ceiling} {
		fmt.Println(mode, m.Round(mode), m.Neg().Round(mode))
	}
	fmt.Println(rescue.MustParseMoney("JPY 2.5").Round(rescue.HalfEven))
	// Output:
	// HalfEven USD 2.34 USD -2.34
	// HalfUp USD 2.35 USD -2.35
	// Down USD 2.34 USD -2.34
	// Up USD 2.35 USD -2.35
	// Floor USD 2.34 USD -2.35
	// Ceiling USD 2.35 USD -2.34
	// JPY 2
}

func ExampleRoundingMode() {
	var mode rescue.RoundingMode // the zero value is HalfEven
	fmt.Println(mode, rescue.HalfUp, rescue.Down, rescue.Up, rescue.Floor, rescue.Ceiling)
	// Output: HalfEven HalfUp Down Up Floor Ceiling
}

func ExampleRoundingMode_String() {
	fmt.Println(rescue.Ceiling.String(), rescue.RoundingMode(9).String())
	// Output: Ceiling %!RoundingMode(9)
}

func ExampleMoney_String() {
	for _, s := range []string{"US$10,000", "JP¥500", "KWD 1.25", "USD 1.005", "USD -3.125"} {
		fmt.Println(rescue.MustParseMoney(s).String())
	}
	// Output:
	// USD 10000.00
	// JPY 500
	// KWD 1.250
	// USD 1.005
	// USD -3.125
}

func ExampleMoney_Format() {
	for _, s := range []string{"USD 10000", "SGD 13700", "MYR 1500000", "TWD 3000", "PEN 5000", "EUR 2500000", "JPY 500", "KES 1000", "USD -3.5"} {
		fmt.Println(rescue.MustParseMoney(s).Format(language.English))
	}
	fmt.Println(rescue.MustParseMoney("EUR 2500000").Format(language.German))
	fmt.Println(rescue.MustParseMoney("INR 1500000").Format(language.MustParse("en-IN")))
	// Output:
	// US$10,000.00
	// S$13,700.00
	// RM1,500,000.00
	// NT$3,000.00
	// S/5,000.00
	// €2,500,000.00
	// JP¥500
	// KES 1,000.00
	// -US$3.50
	// €2.500.000,00
	// ₹15,00,000.00
}

func ExampleMoney_AppendText() {
	b, _ := rescue.MustParseMoney("S$13,700").AppendText([]byte("paid: "))
	fmt.Println(string(b))
	// Output: paid: SGD 13700.00
}

func ExampleMoney_MarshalText() {
	b, _ := rescue.MustParseMoney("NT$3,000").MarshalText()
	fmt.Println(string(b))
	// Output: TWD 3000.00
}

func ExampleMoney_UnmarshalText() {
	var m rescue.Money
	fmt.Println(m.UnmarshalText([]byte("usd 5.00")), m)
	// Strict: report prose is for ParseMoney, and the error says the
	// canonical text when ParseMoney reads it.
	fmt.Println(m.UnmarshalText([]byte("US$5")))
	fmt.Println(m.UnmarshalText([]byte("about US$5")))
	// Output:
	// <nil> USD 5.00
	// Money.UnmarshalText("US$5"): not an amount in canonical form (did you mean "USD 5.00"?): invalid syntax
	// Money.UnmarshalText("about US$5"): not an amount in canonical form: invalid syntax
}

func ExampleMoney_MarshalText_json() {
	b, _ := json.Marshal(struct {
		Seized rescue.Money `json:"seized"`
		Paid   rescue.Money `json:"paid,omitzero"`
	}{Seized: rescue.MustParseMoney("US$10,000")})
	fmt.Println(string(b))
	// Output: {"seized":"USD 10000.00"}
}

func ExampleMoney_UnmarshalJSON() {
	var m rescue.Money
	fmt.Println(json.Unmarshal([]byte(`"KWD 1.250"`), &m), m)
	fmt.Println(json.Unmarshal([]byte(`"USD 1e5"`), &m))
	fmt.Println(json.Unmarshal([]byte(`{"amount":"1.250","currency":"KWD"}`), &m))
	// Output:
	// <nil> KWD 1.250
	// Money.UnmarshalJSON("USD 1e5"): not an amount in canonical form: invalid syntax
	// Money.UnmarshalJSON("{\"amount\":\"1.250\",\"currency\":\"KWD\"}"): want a JSON string such as "USD 10000.00": invalid syntax
}

func ExampleMoney_Scan() {
	var m rescue.Money
	fmt.Println(m.Scan([]byte("IDR 150000.00")), m)
	fmt.Println(m.Scan(150000.0))
	// Output:
	// <nil> IDR 150000.00
	// Money.Scan(""): cannot scan a float64: invalid
}

func ExampleMoney_Value() {
	v, _ := rescue.MustParseMoney("Rp 150,000").Value()
	null, _ := rescue.Money{}.Value()
	fmt.Println(v, null)
	// Output: IDR 150000.00 <nil>
}

func ExampleMoney_GoString() {
	fmt.Printf("%#v\n", rescue.MustParseMoney("S$13,700"))
	// Output: rescue.MustParseMoney("SGD 13700.00")
}

func ExampleMismatchError() {
	_, err := rescue.MustParseMoney("USD 1").Sub(rescue.MustParseMoney("SGD 1"))
	var me *rescue.MismatchError
	if errors.As(err, &me) {
		fmt.Println(me.Op, me.A, me.B)
	}
	// Output: subtract USD SGD
}

func ExampleMismatchError_Error() {
	err := &rescue.MismatchError{Op: "convert", A: rescue.EUR, B: rescue.USD}
	fmt.Println(err.Error())
	// Output: cannot convert EUR and USD: currency mismatch
}

func ExampleMismatchError_Unwrap() {
	err := &rescue.MismatchError{Op: "add", A: rescue.EUR, B: rescue.USD}
	fmt.Println(err.Unwrap() == rescue.ErrCurrencyMismatch)
	// Output: true
}

func ExampleAmbiguousCurrencyError() {
	_, err := rescue.ParseMoney("5 million pesos")
	var ae *rescue.AmbiguousCurrencyError
	if errors.As(err, &ae) {
		fmt.Println(ae.Text, ae.Candidates)
	}
	// Output: pesos [MXN PHP ARS CLP COP CUP DOP]
}

func ExampleAmbiguousCurrencyError_Error() {
	err := &rescue.AmbiguousCurrencyError{Text: "¥", Candidates: []rescue.Currency{rescue.JPY, rescue.CNY}}
	fmt.Println(err.Error())
	// Output: "¥": ambiguous currency (JPY, CNY)
}

func ExampleAmbiguousCurrencyError_Unwrap() {
	err := &rescue.AmbiguousCurrencyError{Text: "kr"}
	fmt.Println(err.Unwrap() == rescue.ErrAmbiguousCurrency)
	// Output: true
}

func ExampleRate() {
	r := rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: decimal.RequireFromString("1.37"),
		AsOf: time.Date(2023, 10, 9, 0, 0, 0, 0, time.UTC), Source: "MAS"}
	fmt.Println(r)
	// Output: 1 USD = 1.37 SGD on 2023-10-09 (MAS)
}

func ExampleRate_Validate() {
	fmt.Println(rescue.Rate{From: rescue.USD, To: rescue.USD, Rate: decimal.NewFromInt(1)}.Validate())
	// Output: to: same currency as from (USD): invalid
}

func ExampleRate_Convert() {
	r := rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: decimal.RequireFromString("1.37")}
	fmt.Println(r.Convert(rescue.MustParseMoney("US$10,000")))
	fmt.Println(r.Convert(rescue.MustParseMoney("US$0.01")))
	fmt.Println(r.Convert(rescue.MustParseMoney("€1")))
	// Output:
	// SGD 13700.00 <nil>
	// SGD 0.0137 <nil>
	//  Rate.Convert: cannot convert EUR and USD: currency mismatch
}

func ExampleRate_Inverse() {
	r := rescue.Rate{From: rescue.USD, To: rescue.EUR, Rate: decimal.RequireFromString("1.25")}
	fmt.Println(r.Inverse())
	// Output: 1 EUR = 0.8 USD
}

func ExampleImpliedRate() {
	r, err := rescue.ImpliedRate(rescue.MustParseMoney("US$10,000"), rescue.MustParseMoney("S$13,700"))
	fmt.Println(r, err)
	// Output: 1 USD = 1.37 SGD (implied by a reported equivalent) <nil>
}

func ExampleImpliedSource() {
	r, _ := rescue.ImpliedRate(rescue.MustParseMoney("RM7 million"), rescue.MustParseMoney("US$1.5 million"))
	fmt.Println(r.Source == rescue.ImpliedSource, r.Rate)
	// Output: true 0.214285714285714285714285714286
}

func ExampleRate_Equal() {
	a := rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: decimal.RequireFromString("1.37")}
	b := rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: decimal.RequireFromString("1.3700")}
	fmt.Println(a.Equal(b), a.Equal(a.Inverse()))
	// Output: true false
}

func ExampleRate_IsZero() {
	fmt.Println(rescue.Rate{}.IsZero())
	// Output: true
}

func ExampleRate_String() {
	r := rescue.Rate{From: rescue.EUR, To: rescue.THB, Rate: decimal.RequireFromString("38.5")}
	fmt.Println(r.String())
	// Output: 1 EUR = 38.5 THB
}

func ExampleRate_MarshalText() {
	r := rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: decimal.RequireFromString("1.37"),
		AsOf: time.Date(2023, 10, 9, 0, 0, 0, 0, time.UTC), Source: rescue.ImpliedSource}
	b, _ := r.MarshalText()
	fmt.Println(string(b))
	// Output: USD/SGD 1.37 2023-10-09 "implied by a reported equivalent"
}

func ExampleParseRate() {
	r, err := rescue.ParseRate(`USD/SGD 1.37 2023-10-09 "MAS"`)
	fmt.Println(r, err)
	_, err = rescue.ParseRate("USD/SGD -1.37")
	fmt.Println(err)
	// Output:
	// 1 USD = 1.37 SGD on 2023-10-09 (MAS) <nil>
	// ParseRate("USD/SGD -1.37"): rate: -1.37 is not a positive rate: invalid
}

func ExampleRate_UnmarshalText() {
	var r rescue.Rate
	fmt.Println(r.UnmarshalText([]byte("EUR/USD 1.08")), r)
	// Output: <nil> 1 EUR = 1.08 USD
}

func ExampleRate_MarshalJSON() {
	b, _ := json.Marshal(rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: decimal.RequireFromString("1.37")})
	fmt.Println(string(b))
	b, _ = json.Marshal(rescue.Rate{})
	fmt.Println(string(b))
	// Output:
	// {"from":"USD","to":"SGD","rate":"1.37"}
	// null
}

func ExampleRate_UnmarshalJSON() {
	var r rescue.Rate
	fmt.Println(json.Unmarshal([]byte(`{"from":"USD","to":"SGD","rate":"1.37","asOf":"2023-10-09T00:00:00Z"}`), &r), r)
	fmt.Println(json.Unmarshal([]byte(`{"from":"USD","to":"SGD","rate":"0"}`), &r))
	// Output:
	// <nil> 1 USD = 1.37 SGD on 2023-10-09
	// Rate.UnmarshalJSON("{\"from\":\"USD\",\"to\":\"SGD\",\"rate\":\"0\"}"): rate: 0 is not a positive rate: invalid
}

func ExampleRate_Scan() {
	var r rescue.Rate
	fmt.Println(r.Scan("USD/MYR 4.7"), r)
	// Output: <nil> 1 USD = 4.7 MYR
}

func ExampleReportedAmount() {
	a := rescue.ReportedAmount{
		Amount:      rescue.MustParseMoney("US$10,000"),
		Qualifier:   rescue.MoreThan,
		Equivalents: []rescue.ReportedAmount{{Amount: rescue.MustParseMoney("S$13,700"), Qualifier: rescue.About}},
	}
	fmt.Println(a)
	// Output: more than USD 10000.00 (about SGD 13700.00)
}

func ExampleParseReportedAmount() {
	for _, s := range []string{
		"more than US$10,000 (S$13,700)",
		"about 1.2 million baht (US$34,000; S$46,000)",
		"US$35,000 (around RM157,000)",
		"nearly RM6,300",
		"S$500,000 or more",
		"some 3 billion yen",
	} {
		a, err := rescue.ParseReportedAmount(s)
		fmt.Printf("%q %v %v\n", a.Qualifier, a, err)
	}
	_, err := rescue.ParseReportedAmount("more than $19 million")
	fmt.Println(errors.Is(err, rescue.ErrAmbiguousCurrency))
	// Output:
	// "more-than" more than USD 10000.00 (SGD 13700.00) <nil>
	// "about" about THB 1200000.00 (USD 34000.00; SGD 46000.00) <nil>
	// "" USD 35000.00 (about MYR 157000.00) <nil>
	// "less-than" less than MYR 6300.00 <nil>
	// "at-least" at least SGD 500000.00 <nil>
	// "about" about JPY 3000000000 <nil>
	// true
}

func ExampleMustParseReportedAmount() {
	fmt.Println(rescue.MustParseReportedAmount("over £3 million (US$3.8 million)"))
	// Output: more than GBP 3000000.00 (USD 3800000.00)
}

func ExampleReportedAmount_IsZero() {
	fmt.Println(rescue.ReportedAmount{}.IsZero(), rescue.MustParseReportedAmount("£3").IsZero())
	// Output: true false
}

func ExampleReportedAmount_Equal() {
	a := rescue.MustParseReportedAmount("more than US$10,000 (S$13,700)")
	b := rescue.MustParseReportedAmount("more than USD 10000.00 (SGD 13700.00)")
	fmt.Println(a.Equal(b), a.Equal(rescue.MustParseReportedAmount("US$10,000 (S$13,700)")))
	// Output: true false
}

func ExampleReportedAmount_Validate() {
	a := rescue.ReportedAmount{
		Amount: rescue.MustParseMoney("US$10,000"),
		Equivalents: []rescue.ReportedAmount{
			{Amount: rescue.MustParseMoney("S$13,700")},
			{Amount: rescue.MustParseMoney("USD 10000")},
			{Amount: rescue.MustParseMoney("S$13,800")},
		},
	}
	fmt.Println(a.Validate())
	// Output:
	// equivalents[1]: in the amount's own currency: currency mismatch
	// equivalents[2]: a second equivalent in SGD: invalid
}

func ExampleReportedAmount_ImpliedRates() {
	a := rescue.MustParseReportedAmount("more than US$10,000 (S$13,700; RM47,000)")
	for _, r := range a.ImpliedRates() {
		fmt.Println(r)
	}
	// Output:
	// 1 USD = 1.37 SGD (implied by a reported equivalent)
	// 1 USD = 4.7 MYR (implied by a reported equivalent)
}

func ExampleReportedAmount_String() {
	fmt.Println(rescue.MustParseReportedAmount("about 1.2 million baht (US$34,000)").String())
	// Output: about THB 1200000.00 (USD 34000.00)
}

func ExampleReportedAmount_Format() {
	a := rescue.MustParseReportedAmount("more than USD 10000 (SGD 13700)")
	fmt.Println(a.Format(language.English))
	// Output: more than US$10,000.00 (S$13,700.00)
}

func ExampleReportedAmount_MarshalText() {
	b, _ := rescue.MustParseReportedAmount("up to NT$30 million").MarshalText()
	fmt.Println(string(b))
	// Output: up to TWD 30000000.00
}

func ExampleReportedAmount_UnmarshalText() {
	var a rescue.ReportedAmount
	fmt.Println(a.UnmarshalText([]byte("about JPY 900000000")), a)
	fmt.Println(a.UnmarshalText([]byte("approximately 900 million yen")))
	// Output:
	// <nil> about JPY 900000000
	// ReportedAmount.UnmarshalText("approximately 900 million yen"): not a reported amount in canonical form (did you mean "about JPY 900000000"?): invalid syntax
}

func ExampleReportedAmount_MarshalText_json() {
	b, _ := json.Marshal(rescue.MustParseReportedAmount("more than US$10,000 (around S$13,700)"))
	fmt.Println(string(b))
	// Output: "more than USD 10000.00 (about SGD 13700.00)"
}

func ExampleReportedAmount_UnmarshalJSON() {
	var a rescue.ReportedAmount
	fmt.Println(json.Unmarshal([]byte(`"less than MYR 6300.00"`), &a), a)
	fmt.Println(json.Unmarshal([]byte(`"nearly RM6,300"`), &a))
	// Output:
	// <nil> less than MYR 6300.00
	// ReportedAmount.UnmarshalJSON("nearly RM6,300"): not a reported amount in canonical form (did you mean "less than MYR 6300.00"?): invalid syntax
}

func ExampleReportedAmount_Scan() {
	var a rescue.ReportedAmount
	fmt.Println(a.Scan("more than USD 10000.00 (about SGD 13700.00)"), a.Qualifier, a.Equivalents[0].Qualifier)
	// Output: <nil> more-than about
}

func ExampleMaxRateSource() {
	r := rescue.Rate{
		From:   rescue.USD,
		To:     rescue.SGD,
		Rate:   decimal.RequireFromString("1.37"),
		Source: strings.Repeat("x", rescue.MaxRateSource+1),
	}
	fmt.Println(errors.Is(r.Validate(), rescue.ErrRange))
	// Output:
	// true
}
