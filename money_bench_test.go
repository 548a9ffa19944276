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

// BenchmarkMoneySequence is the work a case file does with an amount:
// parse two, add them, compare and print. Compare with
// BenchmarkDecimalSequence, the same with a plain decimal.
func BenchmarkMoneySequence(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		x, err := rescue.ParseMoney("USD 10000.00")
		if err != nil {
			b.Fatal(err)
		}
		y, err := rescue.ParseMoney("USD 250.50")
		if err != nil {
			b.Fatal(err)
		}
		sum, err := x.Add(y)
		if err != nil {
			b.Fatal(err)
		}
		c, err := sum.Cmp(x)
		if err != nil {
			b.Fatal(err)
		}
		benchInt = c
		benchString = sum.String()
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
