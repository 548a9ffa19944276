package bench

import (
	"strconv"
	"testing"

	rhymond "github.com/Rhymond/go-money"
	bojanz "github.com/bojanz/currency"
	govalues "github.com/govalues/money"
	"github.com/shopspring/decimal"

	"github.com/antitrafficking/rescue"
)

// The money sequence every library runs: parse "10000.00" in USD, add
// 250.50 USD (built once, outside the loop), compare the sum with the
// parsed amount, and write the sum as text. Each library takes its own
// fastest public path; the README says which.
const (
	moneyText = "10000.00"
	moneyWant = "10250.50"
)

var sinkString string

// BenchmarkMoney/rescue.ParseMoney parses the canonical text "USD 10000.00"
// (the code and the number in one string, as rescue reads a report), then
// Add, Cmp and String.
func BenchmarkMoney(b *testing.B) {
	b.Run("rescue.ParseMoney", func(b *testing.B) {
		add := rescue.MustParseMoney("USD 250.50")
		b.ReportAllocs()
		for b.Loop() {
			m, err := rescue.ParseMoney("USD " + moneyText)
			if err != nil {
				b.Fatal(err)
			}
			sum, err := m.Add(add)
			if err != nil {
				b.Fatal(err)
			}
			if c, err := sum.Cmp(m); err != nil || c <= 0 {
				b.Fatal(c, err)
			}
			sinkString = sum.String()
		}
		if sinkString != "USD "+moneyWant {
			b.Fatalf("got %q", sinkString)
		}
	})
	// The number and the currency given apart, as the peers take them:
	// decimal.NewFromString and NewMoney with the package's USD.
	b.Run("rescue.NewMoney", func(b *testing.B) {
		add := rescue.MustParseMoney("USD 250.50")
		b.ReportAllocs()
		for b.Loop() {
			d, err := decimal.NewFromString(moneyText)
			if err != nil {
				b.Fatal(err)
			}
			m := rescue.NewMoney(d, rescue.USD)
			sum, err := m.Add(add)
			if err != nil {
				b.Fatal(err)
			}
			if c, err := sum.Cmp(m); err != nil || c <= 0 {
				b.Fatal(c, err)
			}
			sinkString = sum.String()
		}
		if sinkString != "USD "+moneyWant {
			b.Fatalf("got %q", sinkString)
		}
	})
	b.Run("bojanz-currency", func(b *testing.B) {
		add, _ := bojanz.NewAmount("250.50", "USD")
		b.ReportAllocs()
		for b.Loop() {
			m, err := bojanz.NewAmount(moneyText, "USD")
			if err != nil {
				b.Fatal(err)
			}
			sum, err := m.Add(add)
			if err != nil {
				b.Fatal(err)
			}
			if c, err := sum.Cmp(m); err != nil || c <= 0 {
				b.Fatal(c, err)
			}
			sinkString = sum.String()
		}
		if sinkString != moneyWant+" USD" {
			b.Fatalf("got %q", sinkString)
		}
	})
	b.Run("govalues-money", func(b *testing.B) {
		add := govalues.MustParseAmount("USD", "250.50")
		b.ReportAllocs()
		for b.Loop() {
			m, err := govalues.ParseAmount("USD", moneyText)
			if err != nil {
				b.Fatal(err)
			}
			sum, err := m.Add(add)
			if err != nil {
				b.Fatal(err)
			}
			if c, err := sum.Cmp(m); err != nil || c <= 0 {
				b.Fatal(c, err)
			}
			sinkString = sum.String()
		}
		if sinkString != "USD "+moneyWant {
			b.Fatalf("got %q", sinkString)
		}
	})
	// go-money has no parser: its amounts are int64 minor units. The
	// closest public path from text is strconv.ParseFloat and
	// NewFromFloat (which truncates, so "0.29" can become 28 cents).
	// Display is its only text form ("$10,250.50").
	b.Run("Rhymond-go-money", func(b *testing.B) {
		add := rhymond.New(25050, rhymond.USD)
		b.ReportAllocs()
		for b.Loop() {
			f, err := strconv.ParseFloat(moneyText, 64)
			if err != nil {
				b.Fatal(err)
			}
			m := rhymond.NewFromFloat(f, rhymond.USD)
			sum, err := m.Add(add)
			if err != nil {
				b.Fatal(err)
			}
			if c, err := sum.Compare(m); err != nil || c <= 0 {
				b.Fatal(c, err)
			}
			sinkString = sum.Display()
		}
		if sinkString != "$10,250.50" {
			b.Fatalf("got %q", sinkString)
		}
	})
	// A bare decimal, with no currency at all: the floor for any
	// library built on shopspring/decimal.
	b.Run("shopspring-decimal", func(b *testing.B) {
		add := decimal.RequireFromString("250.50")
		b.ReportAllocs()
		for b.Loop() {
			m, err := decimal.NewFromString(moneyText)
			if err != nil {
				b.Fatal(err)
			}
			sum := m.Add(add)
			if sum.Cmp(m) <= 0 {
				b.Fatal("sum not greater")
			}
			sinkString = sum.StringFixed(2)
		}
		if sinkString != moneyWant {
			b.Fatalf("got %q", sinkString)
		}
	})
}
