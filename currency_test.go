package rescue_test

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/antitrafficking/rescue"
)

// mtISOCurrency is one active row of internal/data/iso4217.csv.
type mtISOCurrency struct {
	code, numeric, minor string
}

// mtActiveISOCodes reads the active ISO 4217 codes (no withdrawal date)
// from the copy of the list the table is generated from, once per code.
func mtActiveISOCodes(t testing.TB) []mtISOCurrency {
	t.Helper()
	f, err := os.Open("internal/data/iso4217.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var out []mtISOCurrency
	for _, r := range rows[1:] {
		if r[2] == "" || r[5] != "" || seen[r[2]] {
			continue
		}
		seen[r[2]] = true
		out = append(out, mtISOCurrency{code: r[2], numeric: r[3], minor: r[4]})
	}
	if len(out) < 170 {
		t.Fatalf("only %d active codes in internal/data/iso4217.csv", len(out))
	}
	return out
}

// mtWithdrawnCodes reads the withdrawn codes the package still accepts.
func mtWithdrawnCodes(t testing.TB) map[string]string {
	t.Helper()
	data, err := os.ReadFile("internal/data/currency-withdrawn.tsv")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "code\t") {
			continue
		}
		f := strings.Split(line, "\t")
		out[f[0]] = f[3]
	}
	return out
}

// mtAllCurrencies is every currency the package knows: the active ISO
// codes but XXX and XTS, and the withdrawn codes it still accepts.
func mtAllCurrencies(t testing.TB) []rescue.Currency {
	t.Helper()
	var cs []rescue.Currency
	for _, row := range mtActiveISOCodes(t) {
		if row.code == "XXX" || row.code == "XTS" {
			continue
		}
		cs = append(cs, rescue.MustParseCurrency(row.code))
	}
	for code := range mtWithdrawnCodes(t) {
		cs = append(cs, rescue.MustParseCurrency(code))
	}
	slices.SortFunc(cs, rescue.Currency.Compare)
	return cs
}

func TestParseCurrencyEveryActiveISOCode(t *testing.T) {
	t.Parallel()
	for _, row := range mtActiveISOCodes(t) {
		for _, in := range []string{row.code, strings.ToLower(row.code), " " + row.code[:1] + strings.ToLower(row.code[1:]) + "\t"} {
			c, err := rescue.ParseCurrency(in)
			if row.code == "XXX" || row.code == "XTS" {
				if !errors.Is(err, rescue.ErrUnknownCurrency) {
					t.Errorf("ParseCurrency(%q) = %v, %v; want ErrUnknownCurrency: XXX and XTS are the no-currency and test codes", in, c, err)
				}
				continue
			}
			if err != nil {
				t.Errorf("ParseCurrency(%q): %v; every active ISO 4217 code must parse, in any case and with surrounding space", in, err)
				continue
			}
			if c.String() != row.code || c.Code() != row.code || c.Numeric() != row.numeric {
				t.Errorf("ParseCurrency(%q) = %s (numeric %s), want %s (%s)", in, c, c.Numeric(), row.code, row.numeric)
			}
			wantDigits := 0
			if d, err := strconv.Atoi(row.minor); err == nil {
				wantDigits = d
			}
			if c.Digits() != wantDigits {
				t.Errorf("%s.Digits() = %d, want %d (ISO 4217 minor unit %q)", row.code, c.Digits(), wantDigits, row.minor)
			}
			if c.Withdrawn() != "" || !c.IsValid() || c.Name() == "" {
				t.Errorf("%s: Withdrawn %q IsValid %v Name %q; an active code is valid, named and not withdrawn", row.code, c.Withdrawn(), c.IsValid(), c.Name())
			}
		}
	}
}

func TestParseCurrency(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		in      string
		want    string
		wantErr error
		reason  string
	}{
		{name: "upper", in: "USD", want: "USD", reason: "the canonical form"},
		{name: "lower", in: "usd", want: "USD", reason: "any case"},
		{name: "mixed and spaced", in: " Sgd ", want: "SGD", reason: "surrounding space is ignored"},
		{name: "VED", in: "VED", want: "VED", reason: "Venezuela's bolívar soberano (2021), newer than x/text's tables"},
		{name: "SLE", in: "SLE", want: "SLE", reason: "Sierra Leone's new leone (2022)"},
		{name: "ZWG", in: "ZWG", want: "ZWG", reason: "Zimbabwe gold (2024)"},
		{name: "XCG", in: "XCG", want: "XCG", reason: "the Caribbean guilder (2025)"},
		{name: "withdrawn BGN", in: "BGN", want: "BGN", reason: "withdrawn in 2026 but named by earlier reports"},
		{name: "withdrawn HRK", in: "hrk", want: "HRK", reason: "withdrawn in 2023 but named by earlier reports"},
		{name: "XXX", in: "XXX", wantErr: rescue.ErrUnknownCurrency, reason: "the code for no currency is not a currency"},
		{name: "XTS", in: "xts", wantErr: rescue.ErrUnknownCurrency, reason: "the code reserved for tests is not a currency"},
		{name: "empty", in: "", wantErr: rescue.ErrSyntax, reason: "nothing to parse"},
		{name: "spaces", in: "   ", wantErr: rescue.ErrSyntax, reason: "only space is empty"},
		{name: "two letters", in: "US", wantErr: rescue.ErrUnknownCurrency, reason: "codes have three letters"},
		{name: "four letters", in: "USDD", wantErr: rescue.ErrUnknownCurrency, reason: "codes have three letters"},
		{name: "unassigned", in: "ABC", wantErr: rescue.ErrUnknownCurrency, reason: "not an ISO 4217 code"},
		{name: "symbol", in: "US$", wantErr: rescue.ErrUnknownCurrency, reason: "ParseCurrency reads codes only; signs are for ParseMoney"},
		{name: "inner space", in: "U SD", wantErr: rescue.ErrUnknownCurrency, reason: "a code has no space inside"},
		{name: "digits", in: "840", wantErr: rescue.ErrUnknownCurrency, reason: "numeric codes are not accepted"},
		{name: "non-ASCII", in: "ÜSD", wantErr: rescue.ErrUnknownCurrency, reason: "codes are ASCII letters"},
		{name: "NUL", in: "US\x00", wantErr: rescue.ErrUnknownCurrency, reason: "a control character is no letter"},
		{name: "invalid UTF-8", in: "\xffSD", wantErr: rescue.ErrUnknownCurrency, reason: "invalid UTF-8 is no code"},
		{name: "too long", in: strings.Repeat("A", 65), wantErr: rescue.ErrRange, reason: "input over 64 bytes is rejected early"},
		{name: "very long", in: strings.Repeat("USD", 1<<16), wantErr: rescue.ErrRange, reason: "a huge input is rejected early and not echoed in full"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, err := rescue.ParseCurrency(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("ParseCurrency(%q) = %v, %v; want an error wrapping %v (%s)", tt.in, c, err, tt.wantErr, tt.reason)
				}
				if c.IsValid() {
					t.Errorf("ParseCurrency(%q) returned %v with its error; want the zero Currency", tt.in, c)
				}
				mtCheckQuotes(t, err, "ParseCurrency", tt.in)
				return
			}
			if err != nil || c.String() != tt.want {
				t.Fatalf("ParseCurrency(%q) = %v, %v; want %s (%s)", tt.in, c, err, tt.want, tt.reason)
			}
		})
	}
}

// mtCheckQuotes checks that err is a *rescue.ParseError from fn that
// quotes the input (its first 64 bytes when longer), and that the message
// stays short whatever the input's length.
func mtCheckQuotes(t *testing.T, err error, fn, in string) {
	t.Helper()
	var pe *rescue.ParseError
	if !errors.As(err, &pe) || pe.Func != fn {
		t.Errorf("%s(%q): error %T %v is not a *ParseError from %s", fn, in, err, err, fn)
		return
	}
	quoted := in
	if len(quoted) > 64 {
		quoted = quoted[:64]
		for len(quoted) > 0 && quoted[len(quoted)-1]&0xC0 == 0x80 {
			quoted = quoted[:len(quoted)-1]
		}
		if len(quoted) > 0 && quoted[len(quoted)-1] >= 0xC0 {
			quoted = quoted[:len(quoted)-1]
		}
	}
	q := strconv.Quote(quoted)
	if len(in) > 64 {
		q = q[:len(q)-1] // the cut quote is followed by "… (N bytes)"
	}
	if !strings.Contains(err.Error(), q) {
		t.Errorf("%s(%q): error %q does not quote the input as %s", fn, in, err, q)
	}
	if len(err.Error()) > 400 {
		t.Errorf("%s: error message is %d bytes; a long input must not make a long message", fn, len(err.Error()))
	}
}

func TestCurrencyDigits(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		code   string
		want   int
		reason string
	}{
		{name: "USD", code: "USD", want: 2, reason: "cents"},
		{name: "JPY", code: "JPY", want: 0, reason: "the yen has no minor unit in use"},
		{name: "KWD", code: "KWD", want: 3, reason: "1,000 fils to the dinar"},
		{name: "CLF", code: "CLF", want: 4, reason: "the Unidad de Fomento has four decimals"},
		{name: "TWD", code: "TWD", want: 2, reason: "ISO 4217 says 2, although coins are whole dollars"},
		{name: "ISK", code: "ISK", want: 0, reason: "the króna has no minor unit"},
		{name: "VND", code: "VND", want: 0, reason: "the dong has no minor unit"},
		{name: "KRW", code: "KRW", want: 0, reason: "the won has no minor unit"},
		{name: "BHD", code: "BHD", want: 3, reason: "1,000 fils to the dinar"},
		{name: "UYW", code: "UYW", want: 4, reason: "Uruguay's wage index unit"},
		{name: "XAU", code: "XAU", want: 0, reason: "gold has no minor unit (ISO N.A.); Digits says 0"},
		{name: "VED", code: "VED", want: 2, reason: "a code newer than x/text still has its minor unit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := rescue.MustParseCurrency(tt.code).Digits(); got != tt.want {
				t.Errorf("%s.Digits() = %d, want %d (%s)", tt.code, got, tt.want, tt.reason)
			}
		})
	}
}

func TestCurrencyAccessors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name                         string
		c                            rescue.Currency
		code, numeric, cname, withdr string
		valid                        bool
		reason                       string
	}{
		{name: "zero", c: rescue.Currency{}, reason: "the zero value is no currency: every accessor is empty"},
		{name: "USD", c: rescue.USD, code: "USD", numeric: "840", cname: "US Dollar", valid: true, reason: "the ISO 4217 entry"},
		{name: "KMF", c: rescue.MustParseCurrency("KMF"), code: "KMF", numeric: "174", cname: "Comorian Franc", valid: true, reason: "the ISO list has a trailing space in this name; the table trims it"},
		{name: "BGN", c: rescue.MustParseCurrency("BGN"), code: "BGN", numeric: "975", cname: "Bulgarian Lev", withdr: "2026-01", valid: true, reason: "a withdrawn code says when"},
		{name: "SLL", c: rescue.MustParseCurrency("SLL"), code: "SLL", numeric: "694", cname: "Leone", withdr: "2023-12", valid: true, reason: "the old leone, replaced by SLE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := tt.c
			if c.String() != tt.code || c.Code() != tt.code || c.Numeric() != tt.numeric || c.Name() != tt.cname ||
				c.Withdrawn() != tt.withdr || c.IsValid() != tt.valid {
				t.Errorf("got String %q Code %q Numeric %q Name %q Withdrawn %q IsValid %v; want %q %q %q %q %q %v (%s)",
					c.String(), c.Code(), c.Numeric(), c.Name(), c.Withdrawn(), c.IsValid(),
					tt.code, tt.code, tt.numeric, tt.cname, tt.withdr, tt.valid, tt.reason)
			}
		})
	}
}

func TestPredeclaredCurrencies(t *testing.T) {
	t.Parallel()
	for code, c := range map[string]rescue.Currency{
		"USD": rescue.USD, "SGD": rescue.SGD, "MYR": rescue.MYR, "TWD": rescue.TWD, "PEN": rescue.PEN,
		"EUR": rescue.EUR, "GBP": rescue.GBP, "CNY": rescue.CNY, "THB": rescue.THB, "PHP": rescue.PHP,
		"IDR": rescue.IDR, "VND": rescue.VND, "HKD": rescue.HKD, "JPY": rescue.JPY,
	} {
		if c != rescue.MustParseCurrency(code) || c.String() != code {
			t.Errorf("predeclared %s = %v; want the parsed code (they must be the same table entry)", code, c)
		}
	}
}

func TestCurrencyCompareAndEqual(t *testing.T) {
	t.Parallel()
	cs := []rescue.Currency{rescue.USD, {}, rescue.EUR, rescue.SGD, rescue.MustParseCurrency("AUD")}
	slices.SortFunc(cs, rescue.Currency.Compare)
	var got []string
	for _, c := range cs {
		got = append(got, c.String())
	}
	if want := []string{"", "AUD", "EUR", "SGD", "USD"}; !slices.Equal(got, want) {
		t.Errorf("sorted = %q, want %q: Compare orders by code with the zero value first", got, want)
	}
	if !rescue.USD.Equal(rescue.MustParseCurrency("usd")) || rescue.USD.Equal(rescue.SGD) || !(rescue.Currency{}).Equal(rescue.Currency{}) {
		t.Error("Equal must report whether two currencies are the same")
	}
	if rescue.USD.Compare(rescue.USD) != 0 || rescue.USD.Compare(rescue.EUR) != 1 || rescue.EUR.Compare(rescue.USD) != -1 {
		t.Error("Compare must return -1, 0, +1")
	}
	m := map[rescue.Currency]int{rescue.USD: 1}
	m[rescue.MustParseCurrency("USD")]++
	if m[rescue.USD] != 2 {
		t.Error("a Currency must work as a map key")
	}
}

func TestCurrencyText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		in      string
		want    rescue.Currency
		wantErr error
		reason  string
	}{
		{name: "code", in: "SGD", want: rescue.SGD, reason: "UnmarshalText calls ParseCurrency"},
		{name: "lower", in: "sgd", want: rescue.SGD, reason: "any case, like ParseCurrency"},
		{name: "empty", in: "", want: rescue.Currency{}, reason: "empty text is the zero value"},
		{name: "unknown", in: "ABC", wantErr: rescue.ErrUnknownCurrency, reason: "decoding validates"},
		{name: "XXX", in: "XXX", wantErr: rescue.ErrUnknownCurrency, reason: "decoding validates"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := rescue.EUR // to see that UnmarshalText overwrites it
			err := c.UnmarshalText([]byte(tt.in))
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("UnmarshalText(%q) = %v; want %v (%s)", tt.in, err, tt.wantErr, tt.reason)
				}
				return
			}
			if err != nil || c != tt.want {
				t.Fatalf("UnmarshalText(%q) = %v, %v; want %v (%s)", tt.in, c, err, tt.want, tt.reason)
			}
			b, err := c.MarshalText()
			if err != nil || string(b) != tt.want.String() {
				t.Errorf("MarshalText() = %q, %v; want %q", b, err, tt.want.String())
			}
			b, err = c.AppendText([]byte("x:"))
			if err != nil || string(b) != "x:"+tt.want.String() {
				t.Errorf("AppendText = %q, %v", b, err)
			}
		})
	}
}

func TestCurrencyJSON(t *testing.T) {
	t.Parallel()
	type record struct {
		Currency rescue.Currency         `json:"currency"`
		ByCode   map[rescue.Currency]int `json:"byCode"`
	}
	in := record{Currency: rescue.TWD, ByCode: map[rescue.Currency]int{rescue.USD: 1, rescue.SGD: 2}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"currency":"TWD","byCode":{"SGD":2,"USD":1}}`; string(b) != want {
		t.Errorf("json = %s, want %s: a Currency is its code, also as a map key", b, want)
	}
	var out record
	if err := json.Unmarshal(b, &out); err != nil || out.Currency != in.Currency || out.ByCode[rescue.SGD] != 2 {
		t.Errorf("round trip = %+v, %v", out, err)
	}
	if err := json.Unmarshal([]byte(`{"currency":"XTS"}`), &out); !errors.Is(err, rescue.ErrUnknownCurrency) {
		t.Errorf("decoding XTS: %v; want ErrUnknownCurrency", err)
	}
	if err := json.Unmarshal([]byte(`{"currency":""}`), &out); err != nil || out.Currency.IsValid() {
		t.Errorf(`decoding "": %v, %v; want the zero Currency`, out.Currency, err)
	}
}

func TestCurrencyScanValue(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		src     any
		want    rescue.Currency
		wantErr error
		reason  string
	}{
		{name: "string", src: "MYR", want: rescue.MYR, reason: "a text column"},
		{name: "bytes", src: []byte("myr"), want: rescue.MYR, reason: "drivers give []byte"},
		{name: "nil", src: nil, want: rescue.Currency{}, reason: "NULL is the zero value"},
		{name: "int", src: int64(458), wantErr: rescue.ErrInvalid, reason: "a number is no code"},
		{name: "unknown", src: "QQQ", wantErr: rescue.ErrUnknownCurrency, reason: "scanning validates"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := rescue.EUR
			err := c.Scan(tt.src)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Scan(%#v) = %v; want %v (%s)", tt.src, err, tt.wantErr, tt.reason)
				}
				return
			}
			if err != nil || c != tt.want {
				t.Fatalf("Scan(%#v) = %v, %v; want %v (%s)", tt.src, c, err, tt.want, tt.reason)
			}
			v, err := c.Value()
			switch {
			case err != nil:
				t.Fatal(err)
			case !tt.want.IsValid() && v != nil:
				t.Errorf("Value() = %#v; want nil (NULL) for the zero Currency", v)
			case tt.want.IsValid() && v != tt.want.String():
				t.Errorf("Value() = %#v; want %q", v, tt.want.String())
			}
		})
	}
}

func TestMustParseCurrencyPanics(t *testing.T) {
	t.Parallel()
	defer func() {
		if recover() == nil {
			t.Error("MustParseCurrency(\"XXX\") did not panic")
		}
	}()
	rescue.MustParseCurrency("XXX")
}

func TestCurrencyAllocs(t *testing.T) {
	var c rescue.Currency
	if n := testing.AllocsPerRun(100, func() { c, _ = rescue.ParseCurrency(" usd ") }); n != 0 {
		t.Errorf("ParseCurrency allocates %v times; want 0 (a table lookup)", n)
	}
	buf := make([]byte, 0, 16)
	if n := testing.AllocsPerRun(100, func() { buf, _ = c.AppendText(buf[:0]) }); n != 0 {
		t.Errorf("Currency.AppendText allocates %v times into a large enough buffer; want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { _ = c.String() }); n != 0 {
		t.Errorf("Currency.String allocates %v times; want 0", n)
	}
}

func FuzzParseCurrency(f *testing.F) {
	for _, s := range []string{"USD", "usd", " Sgd ", "VED", "XXX", "XTS", "", "US", "USDD", "ÜSD", "\xffSD", "BGN", "840"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := rescue.ParseCurrency(s)
		if err != nil {
			if c.IsValid() {
				t.Fatalf("ParseCurrency(%q) returned %v with error %v", s, c, err)
			}
			var pe *rescue.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ParseCurrency(%q): %T is not a *ParseError", s, err)
			}
			return
		}
		text := c.String()
		if len(text) != 3 || strings.ToUpper(text) != text {
			t.Fatalf("ParseCurrency(%q) = %q, not a three-letter code", s, text)
		}
		d, err := rescue.ParseCurrency(text)
		if err != nil || d != c || d.String() != text {
			t.Fatalf("ParseCurrency(%q) = %v; reparsing %q gave %v, %v", s, c, text, d, err)
		}
	})
}
