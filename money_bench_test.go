package rescue_test

import (
	"testing"

	"github.com/antitrafficking/rescue"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// The sinks keep the compiler from optimising the benchmarked work away.
var (
	benchString string
	benchInt    int
	benchCur    rescue.Currency
	benchMoney  rescue.Money
	benchAmount rescue.ReportedAmount
)

// moneySequence is the work a case file does with an amount: parse two,
// add them, compare and print.
func moneySequence() (string, int, error) {
	x, err := rescue.ParseMoney("USD 10000.00")
	if err != nil {
		return "", 0, err
	}
	y, err := rescue.ParseMoney("USD 250.50")
	if err != nil {
		return "", 0, err
	}
	sum, err := x.Add(y)
	if err != nil {
		return "", 0, err
	}
	c, err := sum.Cmp(x)
	if err != nil {
		return "", 0, err
	}
	return sum.String(), c, nil
}

// BenchmarkMoneySequence times moneySequence. Compare with
// BenchmarkDecimalSequence, the same with a plain decimal.
func BenchmarkMoneySequence(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		s, c, err := moneySequence()
		if err != nil {
			b.Fatal(err)
		}
		benchString, benchInt = s, c
	}
}

// TestMoneySequenceAllocs pins the allocations of the money sequence: the
// amounts are held inline, so the only allocation is the output string.
func TestMoneySequenceAllocs(t *testing.T) {
	var s string
	var err error
	n := testing.AllocsPerRun(200, func() { s, _, err = moneySequence() })
	if err != nil || s != "USD 10250.50" {
		t.Fatalf("moneySequence() = %q, %v; want USD 10250.50", s, err)
	}
	if n != 1 {
		t.Errorf("the money sequence allocates %v times; want 1 (the output string)", n)
	}
}

// TestMoneyInlineAllocs pins that the operations on amounts of up to 18
// digits allocate nothing but the strings they return.
func TestMoneyInlineAllocs(t *testing.T) {
	x := rescue.MustParseMoney("USD 10000.00")
	y := rescue.MustParseMoney("USD -250.125")
	rate := rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: decimal.RequireFromString("1.3712")}
	a := rescue.MustParseReportedAmount("more than USD 10000.00")
	b := rescue.MustParseReportedAmount("USD 20.00 to 30.50")
	buf := make([]byte, 0, 64)
	text := []byte("USD 3.125")
	for _, tc := range []struct {
		name string
		want float64
		f    func()
	}{
		{"ParseMoney", 0, func() { benchMoney, _ = rescue.ParseMoney("USD 10000.00") }},
		{"ParseMoney prose", 0, func() { benchMoney, _ = rescue.ParseMoney("US$10,000.50") }},
		{"UnmarshalText", 1, func() { _ = benchMoney.UnmarshalText(text) }}, // string(text), which an error would keep
		{"Add", 0, func() { benchMoney, _ = x.Add(y) }},
		{"Sub", 0, func() { benchMoney, _ = x.Sub(y) }},
		{"Cmp", 0, func() { benchInt, _ = x.Cmp(y) }},
		{"Equal", 0, func() { _ = x.Equal(y) }},
		{"Round", 0, func() { benchMoney = y.Round(rescue.HalfEven) }},
		{"Mul", 0, func() { benchMoney, _ = x.Mul(rate.Rate) }},
		{"AppendText", 0, func() { _, _ = y.AppendText(buf[:0]) }},
		{"String", 1, func() { benchString = y.String() }},
		{"Format", 1, func() { benchString = y.Format(language.German) }},
		{"Rate.Convert", 0, func() { benchMoney, _ = rate.Convert(x) }},
		{"ReportedAmount.Add", 0, func() { benchAmount, _ = a.Add(b) }},
	} {
		if n := testing.AllocsPerRun(100, tc.f); n != tc.want {
			t.Errorf("%s: %v allocations; want %v", tc.name, n, tc.want)
		}
	}
}

// BenchmarkDecimalSequence is BenchmarkMoneySequence with
// shopspring/decimal alone: no currency, no validation.
func BenchmarkDecimalSequence(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		x, err := decimal.NewFromString("10000.00")
		if err != nil {
			b.Fatal(err)
		}
		y, err := decimal.NewFromString("250.50")
		if err != nil {
			b.Fatal(err)
		}
		sum := x.Add(y)
		benchInt = sum.Cmp(x)
		benchString = sum.String()
	}
}

func BenchmarkParseCurrency(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, err := rescue.ParseCurrency("usd")
		if err != nil {
			b.Fatal(err)
		}
		benchCur = c
	}
}

func BenchmarkParseMoney(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"canonical", "USD 10000.00"},
		{"symbol", "S$13,700"},
		{"words", "1.5 million Malaysian ringgit"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				m, err := rescue.ParseMoney(bc.in)
				if err != nil {
					b.Fatal(err)
				}
				benchMoney = m
			}
		})
	}
	// The context-resolved and range forms, against the plain amount they
	// extend (issue 8: at most twice its cost).
	for _, bc := range []struct {
		name, in string
		tag      language.Tag
	}{
		{"plain", "Rp 150,000", language.Und},
		{"in-id-ID", "Rp 150.000", language.MustParse("id-ID")},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				m, err := rescue.ParseMoneyIn(bc.in, bc.tag)
				if err != nil {
					b.Fatal(err)
				}
				benchMoney = m
			}
		})
	}
	for _, bc := range []struct{ name, in string }{
		{"reported-plain", "25,000 baht"},
		{"reported-range", "25,000 to 50,000 baht"},
		{"reported-plain-sign", "US$2,500"},
		{"reported-range-sign", "US$2,500-5,300"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				a, err := rescue.ParseReportedAmount(bc.in)
				if err != nil {
					b.Fatal(err)
				}
				benchAmount = a
			}
		})
	}
	b.Run("reported", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			a, err := rescue.ParseReportedAmount("more than US$10,000 (S$13,700; RM46,000)")
			if err != nil {
				b.Fatal(err)
			}
			benchAmount = a
		}
	})
}
