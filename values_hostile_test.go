package rescue_test

import (
	"encoding/json"
	"errors"
	"runtime"
	"strconv"
	"testing"

	"github.com/antitrafficking/rescue"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
	"pgregory.net/rapid"
)

// TestReportedAmountValidateBounded: a million invalid equivalents built
// in Go give at most 1,000 problems and a bounded error text, in one pass
// with a bounded number of allocations (issue 9: 957 ms and 7 M
// allocations, and an unbounded text, before).
func TestReportedAmountValidateBounded(t *testing.T) {
	a := rescue.ReportedAmount{Amount: mtM("USD 1"), Equivalents: make([]rescue.ReportedAmount, 1_000_000)}
	for i := range a.Equivalents {
		a.Equivalents[i] = rescue.ReportedAmount{Amount: mtM("USD 1")} // each in the amount's own currency
	}
	var err error
	allocs := testing.AllocsPerRun(1, func() { err = a.Validate() })
	var more *rescue.MoreErrors
	if !errors.Is(err, rescue.ErrCurrencyMismatch) || !errors.As(err, &more) || more.N != 1_000_000-1000 {
		t.Fatalf("Validate() of a million bad equivalents: %T, MoreErrors %+v; want 1,000 problems and the count of the rest", err, more)
	}
	if n := len(err.(interface{ Unwrap() []error }).Unwrap()); n != 1001 {
		t.Errorf("%d errors joined; want 1,000 problems and one MoreErrors", n)
	}
	if allocs > 5000 {
		t.Errorf("Validate allocates %v times; want a bounded number (the 1,000 kept problems)", allocs)
	}
	if len(err.Error()) > 100_000 {
		t.Errorf("error text of %d bytes", len(err.Error()))
	}
	// A valid amount with equivalents allocates nothing to validate.
	ok := mtRA("US$10,000 (S$13,700; RM47,000; about ฿350,000)")
	if n := testing.AllocsPerRun(100, func() { _ = ok.Validate() }); n != 0 {
		t.Errorf("Validate of a valid amount allocates %v times; want 0", n)
	}
}

// TestMoneyFormatNoCache: formatting in many distinct languages keeps no
// memory (issue 9: 200 k distinct tags held 42 MiB forever).
func TestMoneyFormatNoCache(t *testing.T) {
	m := mtM("USD 12345.67")
	_ = m.Format(language.English) // build the style table once
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := range 20_000 {
		tag := language.Make("en-US-x-t" + strconv.Itoa(i))
		_ = m.Format(tag)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	if grown := int64(after.HeapAlloc) - int64(before.HeapAlloc); grown > 1<<20 {
		t.Errorf("the heap grew by %d bytes after formatting in 20,000 distinct tags; want no cache", grown)
	}
}

// TestArithmeticRoundTrips: what Convert, Inverse, Add, Sub and Mul return
// is within what the parsers read, or an error: every result that passes
// Validate is written and read back (issue 9: Inverse then Convert gave
// 34 significant digits, which the decoders refused).
func TestArithmeticRoundTrips(t *testing.T) {
	// The case.
	r := rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: mtD("1.37")}
	back, err := r.Inverse().Convert(mtM("SGD 13700"))
	if err != nil || back.String() != "USD 10000.00" {
		t.Errorf("Inverse().Convert(SGD 13700) = %q, %v; want USD 10000.00: rounded to 30 significant digits", back, err)
	}
	digits := rapid.StringMatching(`[1-9][0-9]{0,14}`)
	decimalOf := func(t *rapid.T, label string) decimal.Decimal {
		d, _ := decimal.NewFromString(digits.Draw(t, label))
		return d.Shift(-int32(rapid.IntRange(0, 30).Draw(t, label+" shift")))
	}
	rapid.Check(t, func(t *rapid.T) {
		rate := rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: decimalOf(t, "rate")}
		if rate.Validate() != nil {
			t.Skip("rate out of bounds")
		}
		a := rescue.NewMoney(decimalOf(t, "a").Shift(int32(rapid.IntRange(0, 15).Draw(t, "big"))), rescue.USD)
		b := rescue.NewMoney(decimalOf(t, "b"), rescue.USD)
		results := map[string]func() (rescue.Money, error){
			"Convert": func() (rescue.Money, error) { return rate.Convert(a) },
			"Inverse.Convert": func() (rescue.Money, error) {
				inv := rate.Inverse()
				if inv.IsZero() {
					return rescue.Money{}, nil
				}
				if err := inv.Validate(); err != nil {
					t.Fatalf("Inverse of %v = %v, invalid: %v", rate, inv, err)
				}
				c, err := rate.Convert(a)
				if err != nil {
					return c, err
				}
				return inv.Convert(c)
			},
			"Add": func() (rescue.Money, error) { return a.Add(b) },
			"Sub": func() (rescue.Money, error) { return a.Sub(b) },
			"Mul": func() (rescue.Money, error) { return a.Mul(rate.Rate) },
		}
		for name, f := range results {
			m, err := f()
			if err != nil {
				if !errors.Is(err, rescue.ErrRange) {
					t.Fatalf("%s: %v; want a result or ErrRange", name, err)
				}
				continue
			}
			if !m.IsValid() {
				continue
			}
			text, err := m.MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			var got rescue.Money
			if err := got.UnmarshalText(text); err != nil || !got.Equal(m) {
				t.Fatalf("%s = %v; UnmarshalText(%q) = %v, %v", name, m, text, got, err)
			}
			j, _ := json.Marshal(m)
			if err := json.Unmarshal(j, &got); err != nil || !got.Equal(m) {
				t.Fatalf("%s = %v; JSON %s reads back as %v, %v", name, m, j, got, err)
			}
			ra := rescue.ReportedAmount{Amount: m}
			if err := ra.Validate(); err == nil {
				var back rescue.ReportedAmount
				text, _ := ra.MarshalText()
				if err := back.UnmarshalText(text); err != nil || !back.Equal(ra) {
					t.Fatalf("%s: ReportedAmount %q reads back as %v, %v", name, text, back, err)
				}
			}
		}
	})
}

// TestErrorsNilSafe: no Error method of the package panics on a zero or
// nil receiver (issue 9).
func TestErrorsNilSafe(t *testing.T) {
	t.Parallel()
	for _, err := range []error{
		&rescue.FieldError{}, (*rescue.FieldError)(nil), &rescue.ParseError{}, (*rescue.ParseError)(nil),
		&rescue.MismatchError{}, (*rescue.MismatchError)(nil), &rescue.AmbiguousCurrencyError{}, (*rescue.AmbiguousCurrencyError)(nil),
		&rescue.MoreErrors{}, (*rescue.MoreErrors)(nil),
	} {
		if s := err.Error(); s == "" {
			t.Errorf("%T.Error() = %q; want a message", err, s)
		}
		_ = errors.Unwrap(err)
	}
	if got := (&rescue.FieldError{Path: "victims[0].age"}).Error(); got != "victims[0].age: invalid" {
		t.Errorf("a FieldError with no Err says %q", got)
	}
}

func BenchmarkReportedAmountValidateMillion(b *testing.B) {
	a := rescue.ReportedAmount{Amount: mtM("USD 1"), Equivalents: make([]rescue.ReportedAmount, 1_000_000)}
	for i := range a.Equivalents {
		a.Equivalents[i] = rescue.ReportedAmount{Amount: mtM("USD 1")}
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = a.Validate()
	}
}
