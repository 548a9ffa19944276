package rescue_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/antitrafficking/rescue"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

func mtRate(from, to rescue.Currency, v string) rescue.Rate {
	return rescue.Rate{From: from, To: to, Rate: mtD(v)}
}

func TestRateValidate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		r        rescue.Rate
		wantErrs []error  // each must be wrapped; nil: valid
		paths    []string // field paths that must be named
		reason   string
	}{
		{name: "valid", r: mtRate(rescue.USD, rescue.SGD, "1.37"), reason: "two currencies and a positive value"},
		{name: "zero", r: rescue.Rate{}, wantErrs: []error{rescue.ErrRequired, rescue.ErrInvalid}, paths: []string{"from", "to", "rate"}, reason: "the zero Rate is no rate"},
		{name: "no from", r: rescue.Rate{To: rescue.SGD, Rate: mtD("1")}, wantErrs: []error{rescue.ErrRequired}, paths: []string{"from"}, reason: "From is required"},
		{name: "same currency", r: mtRate(rescue.USD, rescue.USD, "1"), wantErrs: []error{rescue.ErrInvalid}, paths: []string{"to"}, reason: "a rate converts between two currencies"},
		{name: "zero value", r: mtRate(rescue.USD, rescue.SGD, "0"), wantErrs: []error{rescue.ErrInvalid}, paths: []string{"rate"}, reason: "a rate of 0 converts everything to nothing"},
		{name: "negative", r: mtRate(rescue.USD, rescue.SGD, "-1.37"), wantErrs: []error{rescue.ErrInvalid}, paths: []string{"rate"}, reason: "rates are positive"},
		{name: "year 999", r: rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: mtD("1.37"), AsOf: time.Date(999, 1, 1, 0, 0, 0, 0, time.UTC)}, wantErrs: []error{rescue.ErrRange}, paths: []string{"asOf"}, reason: "its text would not read back"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := tt.r.Validate()
			if tt.wantErrs == nil {
				if err != nil {
					t.Fatalf("Validate() = %v; want nil (%s)", err, tt.reason)
				}
				return
			}
			for _, want := range tt.wantErrs {
				if !errors.Is(err, want) {
					t.Errorf("Validate() = %v; want it to wrap %v (%s)", err, want, tt.reason)
				}
			}
			var fe *rescue.FieldError
			if !errors.As(err, &fe) {
				t.Errorf("Validate() = %v; want *FieldErrors", err)
			}
			for _, p := range tt.paths {
				if !strings.Contains(err.Error(), p+":") {
					t.Errorf("Validate() = %q; want it to name %q", err, p)
				}
			}
		})
	}
}

func TestRateConvert(t *testing.T) {
	t.Parallel()
	r := mtRate(rescue.USD, rescue.SGD, "1.37")
	tests := []struct {
		name    string
		r       rescue.Rate
		m       rescue.Money
		want    string
		wantErr error
		reason  string
	}{
		{name: "exact", r: r, m: mtM("USD 10000"), want: "SGD 13700.00", reason: "10000 × 1.37"},
		{name: "not rounded", r: r, m: mtM("USD 0.01"), want: "SGD 0.0137", reason: "Convert is exact; round with Money.Round"},
		{name: "negative", r: r, m: mtM("USD -100"), want: "SGD -137.00", reason: "signs"},
		{name: "long rate", r: mtRate(rescue.USD, rescue.IDR, "16234.56789"), m: mtM("USD 3"), want: "IDR 48703.70367", reason: "every digit of the rate"},
		{name: "zero Money", r: r, m: rescue.Money{}, want: "SGD 0.00", reason: "the zero Money converts to 0 in To"},
		{name: "mismatch", r: r, m: mtM("EUR 5"), wantErr: rescue.ErrCurrencyMismatch, reason: "money in another currency than From"},
		{name: "to currency", r: r, m: mtM("SGD 5"), wantErr: rescue.ErrCurrencyMismatch, reason: "the rate converts From to To, not back (use Inverse)"},
		{name: "invalid rate", r: mtRate(rescue.USD, rescue.SGD, "0"), m: mtM("USD 5"), wantErr: rescue.ErrInvalid, reason: "an invalid rate converts nothing"},
		{name: "zero rate", r: rescue.Rate{}, m: mtM("USD 5"), wantErr: rescue.ErrRequired, reason: "the zero Rate converts nothing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := tt.r.Convert(tt.m)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Convert(%v) = %v, %v; want %v (%s)", tt.m, got, err, tt.wantErr, tt.reason)
				}
				return
			}
			if err != nil || got.String() != tt.want {
				t.Fatalf("Convert(%v) = %v, %v; want %s (%s)", tt.m, got, err, tt.want, tt.reason)
			}
		})
	}
}

func TestRateInverse(t *testing.T) {
	t.Parallel()
	asOf := time.Date(2023, 10, 9, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		r      rescue.Rate
		want   string
		reason string
	}{
		{name: "half", r: mtRate(rescue.USD, rescue.GBP, "0.5"), want: "2", reason: "exact when it terminates"},
		{name: "1.25", r: mtRate(rescue.USD, rescue.EUR, "1.25"), want: "0.8", reason: "exact when it terminates"},
		{name: "IDR", r: mtRate(rescue.USD, rescue.IDR, "16000"), want: "0.0000625", reason: "exact when it terminates"},
		{name: "1.37", r: mtRate(rescue.USD, rescue.SGD, "1.37"), want: "0.729927007299270072992700729927", reason: "rounded to 30 significant digits"},
		{name: "third", r: mtRate(rescue.USD, rescue.EUR, "3"), want: "0.333333333333333333333333333333", reason: "30 significant digits, 30 places"},
		{name: "tiny rate", r: mtRate(rescue.IDR, rescue.USD, "0.0001234"), want: "8103.72771474878444084278768233", reason: "30 significant digits, which ParseRate reads back"},
		{name: "huge divisor", r: mtRate(rescue.USD, rescue.MustParseCurrency("VES"), "16001"), want: "0.000062496093994125367164552215", reason: "at most 30 places, which ParseRate reads back"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := tt.r
			r.AsOf, r.Source = asOf, "central bank"
			inv := r.Inverse()
			if inv.From != r.To || inv.To != r.From || inv.Rate.String() != tt.want || !inv.AsOf.Equal(asOf) || inv.Source != "central bank" {
				t.Fatalf("Inverse() = %v; want 1 %v = %s %v, same date and source (%s)", inv, r.To, tt.want, r.From, tt.reason)
			}
			if err := inv.Validate(); err != nil {
				t.Errorf("the inverse is invalid: %v", err)
			}
			text, _ := inv.MarshalText()
			back, err := rescue.ParseRate(string(text))
			if err != nil || !back.Equal(inv) {
				t.Errorf("ParseRate(%q) = %v, %v; the inverse must read back", text, back, err)
			}
		})
	}
	if inv := (rescue.Rate{}).Inverse(); !inv.IsZero() {
		t.Errorf("the inverse of the zero Rate is %v; want the zero Rate", inv)
	}
	if inv := mtRate(rescue.USD, rescue.SGD, "-2").Inverse(); !inv.IsZero() {
		t.Errorf("the inverse of a negative rate is %v; want the zero Rate", inv)
	}
}

func TestImpliedRate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		from, to rescue.Money
		want     string
		wantErr  error
		reason   string
	}{
		{name: "contract", from: mtM("USD 10000"), to: mtM("SGD 13700"), want: "1.37", reason: "US$10,000 (S$13,700) implies 1 USD = 1.37 SGD"},
		{name: "scales differ", from: mtM("TWD 9300000"), to: mtM("USD 334232"), want: "0.035938924731182795698924731183", reason: "rounded to 30 decimal places, the most ParseRate reads back"},
		{name: "negatives", from: mtM("USD -10"), to: mtM("SGD -13.7"), want: "1.37", reason: "two refunds of one sign"},
		{name: "same currency", from: mtM("USD 1"), to: mtM("USD 2"), wantErr: rescue.ErrInvalid, reason: "no rate within one currency"},
		{name: "zero from", from: mtM("USD 0"), to: mtM("SGD 2"), wantErr: rescue.ErrInvalid, reason: "division by zero"},
		{name: "zero to", from: mtM("USD 1"), to: mtM("SGD 0"), wantErr: rescue.ErrInvalid, reason: "a rate of 0"},
		{name: "signs differ", from: mtM("USD 1"), to: mtM("SGD -2"), wantErr: rescue.ErrInvalid, reason: "a negative rate"},
		{name: "zero Money", from: rescue.Money{}, to: mtM("SGD 2"), wantErr: rescue.ErrRequired, reason: "no currency to convert from"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r, err := rescue.ImpliedRate(tt.from, tt.to)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("ImpliedRate(%v, %v) = %v, %v; want %v (%s)", tt.from, tt.to, r, err, tt.wantErr, tt.reason)
				}
				return
			}
			if err != nil || r.Rate.String() != tt.want || r.From != tt.from.Currency() || r.To != tt.to.Currency() || r.Source != rescue.ImpliedSource {
				t.Fatalf("ImpliedRate(%v, %v) = %v, %v; want value %s (%s)", tt.from, tt.to, r, err, tt.want, tt.reason)
			}
			if err := r.Validate(); err != nil {
				t.Errorf("implied rate invalid: %v", err)
			}
		})
	}
}

func TestRateString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		r         rescue.Rate
		str, text string
		reason    string
	}{
		{name: "zero", r: rescue.Rate{}, str: "", text: "", reason: "the zero Rate prints as nothing"},
		{name: "plain", r: mtRate(rescue.USD, rescue.SGD, "1.37"), str: "1 USD = 1.37 SGD", text: "USD/SGD 1.37", reason: "no date, no source"},
		{name: "date", r: rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: mtD("1.37"), AsOf: time.Date(2023, 10, 9, 0, 0, 0, 0, time.UTC)},
			str: "1 USD = 1.37 SGD on 2023-10-09", text: "USD/SGD 1.37 2023-10-09", reason: "a midnight UTC quote is a date"},
		{name: "time and source", r: rescue.Rate{From: rescue.EUR, To: rescue.THB, Rate: mtD("38.5"), AsOf: time.Date(2024, 1, 2, 15, 4, 5, 0, time.FixedZone("ICT", 7*3600)), Source: `Bank of "Thailand"`},
			str: `1 EUR = 38.5 THB on 2024-01-02T15:04:05+07:00 (Bank of "Thailand")`, text: `EUR/THB 38.5 2024-01-02T15:04:05+07:00 "Bank of \"Thailand\""`, reason: "the full time, and the source quoted"},
		{name: "source only", r: rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: mtD("1.37"), Source: rescue.ImpliedSource},
			str: "1 USD = 1.37 SGD (implied by a reported equivalent)", text: `USD/SGD 1.37 "implied by a reported equivalent"`, reason: "source without a date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.r.String(); got != tt.str {
				t.Errorf("String() = %q, want %q (%s)", got, tt.str, tt.reason)
			}
			b, err := tt.r.MarshalText()
			if err != nil || string(b) != tt.text {
				t.Fatalf("MarshalText() = %q, %v; want %q (%s)", b, err, tt.text, tt.reason)
			}
			var back rescue.Rate
			if err := back.UnmarshalText(b); err != nil || !back.Equal(tt.r) {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, tt.r)
			}
		})
	}
}

func TestParseRate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		in      string
		want    rescue.Rate
		wantErr error
		reason  string
	}{
		{name: "plain", in: "USD/SGD 1.37", want: mtRate(rescue.USD, rescue.SGD, "1.37"), reason: "the text form"},
		{name: "lower and spaces", in: "  usd/sgd   1.37  ", want: mtRate(rescue.USD, rescue.SGD, "1.37"), reason: "codes in any case; space trimmed"},
		{name: "date", in: "USD/SGD 1.37 2023-10-09", want: rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: mtD("1.37"), AsOf: time.Date(2023, 10, 9, 0, 0, 0, 0, time.UTC)}, reason: "a quote date"},
		{name: "source", in: `USD/SGD 1.37 "MAS"`, want: rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: mtD("1.37"), Source: "MAS"}, reason: "a quoted source"},
		{name: "no value", in: "USD/SGD", wantErr: rescue.ErrSyntax, reason: "a rate needs a value"},
		{name: "no slash", in: "USD SGD 1.37", wantErr: rescue.ErrSyntax, reason: "FROM/TO"},
		{name: "unknown from", in: "ABC/SGD 1.37", wantErr: rescue.ErrUnknownCurrency, reason: "codes are validated"},
		{name: "unknown to", in: "USD/XXX 1.37", wantErr: rescue.ErrUnknownCurrency, reason: "codes are validated"},
		{name: "exponent", in: "USD/SGD 1.37e0", wantErr: rescue.ErrSyntax, reason: "a plain decimal"},
		{name: "negative", in: "USD/SGD -1.37", wantErr: rescue.ErrInvalid, reason: "rates are positive"},
		{name: "same", in: "USD/USD 1", wantErr: rescue.ErrInvalid, reason: "two currencies"},
		{name: "bad date", in: "USD/SGD 1.37 2023-13-09", wantErr: rescue.ErrSyntax, reason: "a real date"},
		{name: "unquoted source", in: "USD/SGD 1.37 2023-10-09 MAS", wantErr: rescue.ErrSyntax, reason: "the source is quoted"},
		{name: "too long", in: "USD/SGD 1.37 \"" + strings.Repeat("x", 2000) + "\"", wantErr: rescue.ErrRange, reason: "rejected early"},
		{name: "31 digits", in: "USD/SGD 1.234567890123456789012345678901", wantErr: rescue.ErrRange, reason: "30 significant digits at most"},
		{name: "year 1", in: "USD/SGD 1.37 0001-01-01", wantErr: rescue.ErrRange, reason: "time.Time's zero, which means no date: the date would be dropped"},
		{name: "year 999", in: "USD/SGD 1.37 0999-12-31T00:00:00Z", wantErr: rescue.ErrRange, reason: "no rate was quoted before the year 1000"},
		{name: "ten fraction digits", in: "USD/SGD 1.37 2023-10-09T10:00:00.1234567891Z", wantErr: rescue.ErrRange, reason: "time keeps nine digits: the tenth would be dropped"},
		{name: "nine fraction digits", in: "USD/SGD 1.37 2023-10-09T10:00:00.123456789Z", want: rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: mtD("1.37"), AsOf: time.Date(2023, 10, 9, 10, 0, 0, 123456789, time.UTC)}, reason: "nanoseconds are kept"},
		{name: "year 1000", in: "USD/SGD 1.37 1000-01-01", want: rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: mtD("1.37"), AsOf: time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC)}, reason: "the first year read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r, err := rescue.ParseRate(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("ParseRate(%.60q) = %v, %v; want %v (%s)", tt.in, r, err, tt.wantErr, tt.reason)
				}
				mtCheckQuotes(t, err, "ParseRate", tt.in)
				return
			}
			if err != nil || !r.Equal(tt.want) {
				t.Fatalf("ParseRate(%q) = %v, %v; want %v (%s)", tt.in, r, err, tt.want, tt.reason)
			}
		})
	}
}

func TestRateJSON(t *testing.T) {
	t.Parallel()
	r := rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: mtD("1.37"), AsOf: time.Date(2023, 10, 9, 0, 0, 0, 0, time.UTC), Source: "MAS"}
	b, err := json.Marshal(r)
	if want := `{"from":"USD","to":"SGD","rate":"1.37","asOf":"2023-10-09T00:00:00Z","source":"MAS"}`; err != nil || string(b) != want {
		t.Fatalf("Marshal = %s, %v; want %s", b, err, want)
	}
	var back rescue.Rate
	if err := json.Unmarshal(b, &back); err != nil || !back.Equal(r) {
		t.Fatalf("round trip = %v, %v", back, err)
	}
	short := mtRate(rescue.USD, rescue.SGD, "1.37")
	if b, _ := json.Marshal(short); string(b) != `{"from":"USD","to":"SGD","rate":"1.37"}` {
		t.Errorf("without date and source: %s", b)
	}
	if b, _ := json.Marshal(rescue.Rate{}); string(b) != "null" {
		t.Errorf("the zero Rate encodes as %s; want null, so that it decodes back", b)
	}
	if err := json.Unmarshal([]byte("null"), &back); err != nil || !back.IsZero() {
		t.Errorf("null decodes to %v, %v", back, err)
	}
	for _, bad := range []struct{ name, in, reason string }{
		{"number", `{"from":"USD","to":"SGD","rate":1.37}`, "the value is a string, to stay exact"},
		{"exponent", `{"from":"USD","to":"SGD","rate":"1.37e0"}`, "a plain decimal"},
		{"unknown code", `{"from":"USD","to":"XTS","rate":"1.37"}`, "codes are validated"},
		{"same", `{"from":"USD","to":"USD","rate":"1"}`, "two currencies"},
		{"zero", `{"from":"USD","to":"SGD","rate":"0"}`, "a positive value"},
		{"unknown field", `{"from":"USD","to":"SGD","rate":"1.37","value":"1"}`, "unknown fields are rejected"},
		{"missing to", `{"from":"USD","rate":"1.37"}`, "both currencies"},
		{"year 1", `{"from":"USD","to":"SGD","rate":"1.37","asOf":"0001-01-01T00:00:00Z"}`, "time.Time's zero: the date would be dropped"},
		{"ten fraction digits", `{"from":"USD","to":"SGD","rate":"1.37","asOf":"2023-10-09T10:00:00.1234567891Z"}`, "the tenth digit would be dropped"},
		{"date only", `{"from":"USD","to":"SGD","rate":"1.37","asOf":"2023-10-09"}`, "JSON's asOf is RFC 3339, as before"},
	} {
		var r rescue.Rate
		if err := json.Unmarshal([]byte(bad.in), &r); err == nil {
			t.Errorf("%s: Unmarshal(%s) = %v; want an error (%s)", bad.name, bad.in, r, bad.reason)
		}
	}
}

func TestRateEqualAndScan(t *testing.T) {
	t.Parallel()
	a := rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: mtD("1.37"), AsOf: time.Date(2023, 10, 9, 8, 0, 0, 0, time.UTC)}
	b := rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: mtD("1.3700"), AsOf: time.Date(2023, 10, 9, 16, 0, 0, 0, time.FixedZone("SGT", 8*3600))}
	if !a.Equal(b) {
		t.Error("Equal compares values numerically and times as instants")
	}
	if a.Equal(a.Inverse()) || !(rescue.Rate{}).IsZero() || a.IsZero() {
		t.Error("Equal and IsZero")
	}
	var r rescue.Rate
	if err := r.Scan("USD/SGD 1.37"); err != nil || !r.Equal(mtRate(rescue.USD, rescue.SGD, "1.37")) {
		t.Errorf("Scan(string) = %v, %v", r, err)
	}
	if err := r.Scan([]byte("EUR/USD 1.08")); err != nil || r.From != rescue.EUR {
		t.Errorf("Scan([]byte) = %v, %v", r, err)
	}
	if err := r.Scan(nil); err != nil || !r.IsZero() {
		t.Errorf("Scan(nil) = %v, %v; want the zero Rate", r, err)
	}
	if err := r.Scan(1.37); !errors.Is(err, rescue.ErrInvalid) {
		t.Errorf("Scan(float) = %v; want ErrInvalid", err)
	}
}

func TestRateConvertInverseProperty(t *testing.T) {
	cs := mtAllCurrencies(t)
	rapid.Check(t, func(t *rapid.T) {
		from := rapid.SampledFrom(cs).Draw(t, "from")
		to := rapid.SampledFrom(cs).Filter(func(c rescue.Currency) bool { return c != from }).Draw(t, "to")
		// Rates from 10^-6 to 10^6, with up to 8 significant digits.
		v := decimal.New(rapid.Int64Range(1, 99_999_999).Draw(t, "rate digits"), rapid.Int32Range(-13, -1).Draw(t, "rate exp"))
		r := rescue.Rate{From: from, To: to, Rate: v}
		m := mtGenAmount(from).Draw(t, "m")
		converted, err := r.Convert(m)
		if err != nil {
			t.Fatal(err)
		}
		back, err := r.Inverse().Convert(converted)
		if err != nil {
			t.Fatal(err)
		}
		diff, err := back.Sub(m)
		if err != nil {
			t.Fatal(err)
		}
		if unit := decimal.New(1, -int32(from.Digits())); diff.Amount().Abs().GreaterThanOrEqual(unit) {
			t.Fatalf("%v at %v is %v; back at %v is %v, more than one minor unit away", m, r, converted, r.Inverse(), back)
		}
		// Rounded to the minor units, the round trip is exact (for units
		// that have minor units: gold and SDR are never rounded).
		hasMinor := !rescue.NewMoney(mtD("0.00001"), from).Round(rescue.HalfEven).Equal(rescue.NewMoney(mtD("0.00001"), from))
		if rounded := back.Round(rescue.HalfEven); hasMinor && from.Digits() >= int(-m.Amount().Exponent()) && !rounded.Equal(m) {
			t.Fatalf("%v converted and back is %v, rounds to %v", m, back, rounded)
		}
	})
}

func FuzzParseRate(f *testing.F) {
	for _, s := range []string{
		"USD/SGD 1.37", "usd/sgd 1.37 2023-10-09", `EUR/THB 38.5 2024-01-02T15:04:05+07:00 "Bank of \"Thailand\""`,
		`USD/SGD 1.37 "implied by a reported equivalent"`, "USD/USD 1", "USD/SGD -1", "USD/SGD 1e5", "", "/", "USD/ 1",
		"USD/SGD 0.000000000000000000000000000001", `USD/SGD 1 "\xff"`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := rescue.ParseRate(s)
		if err != nil {
			if !r.IsZero() {
				t.Fatalf("ParseRate(%q) returned %v with error %v", s, r, err)
			}
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("ParseRate(%q) = %v, which is invalid: %v", s, r, err)
		}
		text, err := r.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		back, err := rescue.ParseRate(string(text))
		if err != nil || !back.Equal(r) {
			t.Fatalf("ParseRate(%q) = %v; ParseRate(%q) = %v, %v", s, r, text, back, err)
		}
		if again, _ := back.MarshalText(); string(again) != string(text) {
			t.Fatalf("text not stable: %q then %q", text, again)
		}
		_ = r.String()
		j, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var fromJSON rescue.Rate
		if err := json.Unmarshal(j, &fromJSON); err != nil || !fromJSON.Equal(r) {
			t.Fatalf("JSON %s decodes to %v, %v; want %v", j, fromJSON, err, r)
		}
		if inv := r.Inverse(); inv.Validate() != nil && !inv.IsZero() {
			t.Fatalf("the inverse of %v is invalid: %v; want a valid rate or the zero Rate", r, inv.Validate())
		}
	})
}

func TestRateSourceBounds(t *testing.T) {
	t.Parallel()
	valid := rescue.Rate{From: rescue.USD, To: rescue.SGD, Rate: decimal.RequireFromString("1.37")}
	cases := []struct {
		name, reason string
		text         string
		wantErr      error
	}{
		{"invalid UTF-8 source", "Unquote would replace the bytes with U+FFFD and the text would change meaning", "USD/SGD 1.37 \"\xcf\xcf\"", rescue.ErrSyntax},
		{"source at the bound", "256 bytes is allowed", "USD/SGD 1.37 \"" + strings.Repeat("a", rescue.MaxRateSource) + "\"", nil},
		{"source over the bound", "a longer source could not read back once quoted", "USD/SGD 1.37 \"" + strings.Repeat("a", rescue.MaxRateSource+1) + "\"", rescue.ErrRange},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r, err := rescue.ParseRate(tc.text)
			if !errors.Is(err, tc.wantErr) || (tc.wantErr == nil) != (err == nil) {
				t.Fatalf("ParseRate: err = %v, want %v (%s)", err, tc.wantErr, tc.reason)
			}
			if err == nil {
				b, _ := r.MarshalText()
				if back, err := rescue.ParseRate(string(b)); err != nil || !back.Equal(r) {
					t.Errorf("round trip: %v, %v (%s)", back, err, tc.reason)
				}
			}
		})
	}
	long := valid
	long.Source = strings.Repeat("é", rescue.MaxRateSource)
	if err := long.Validate(); !errors.Is(err, rescue.ErrRange) {
		t.Errorf("Validate of a %d-byte source: %v, want ErrRange", len(long.Source), err)
	}
}
