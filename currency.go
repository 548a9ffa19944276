package rescue

import (
	"database/sql/driver"
	"strings"
)

//go:generate go run ./internal/gen/currencies

// Currency is an ISO 4217 currency: every code active in 2026 (including
// VED, SLE, ZWG and XCG, newer than golang.org/x/text's tables), plus a few
// codes withdrawn since 2011 that reports from before their withdrawal still
// name (BGN, HRK, ANG, SLL, ZWL, …; see [Currency.Withdrawn]). The test and
// no-currency codes XTS and XXX are not currencies.
//
// A Currency is an index into a table, so it is small, comparable with ==,
// usable as a map key, and cannot be built unvalidated.
//
// The zero value is no currency: IsValid reports false and String "".
type Currency struct {
	idx uint16
}

type currencyInfo struct {
	code, numeric, name string
	digits              int8 // ISO 4217 minor units; -1 where it has none (gold, SDR)
	withdrawn           string
	countries           string // alpha-2 codes of the countries that use it, space-separated
}

// The currencies most reports in the reference region name.
var (
	USD = MustParseCurrency("USD") // US dollar
	SGD = MustParseCurrency("SGD") // Singapore dollar
	MYR = MustParseCurrency("MYR") // Malaysian ringgit
	TWD = MustParseCurrency("TWD") // New Taiwan dollar
	PEN = MustParseCurrency("PEN") // Peruvian sol
	EUR = MustParseCurrency("EUR") // euro
	GBP = MustParseCurrency("GBP") // pound sterling
	CNY = MustParseCurrency("CNY") // Chinese yuan renminbi
	THB = MustParseCurrency("THB") // Thai baht
	PHP = MustParseCurrency("PHP") // Philippine peso
	IDR = MustParseCurrency("IDR") // Indonesian rupiah
	VND = MustParseCurrency("VND") // Vietnamese dong
	HKD = MustParseCurrency("HKD") // Hong Kong dollar
	JPY = MustParseCurrency("JPY") // Japanese yen
)

// currencyIndex maps a three-letter code, as a number in base 26, to its
// index in currencies: one array load per lookup.
var currencyIndex = func() *[26 * 26 * 26]uint16 {
	var ix [26 * 26 * 26]uint16
	for i := 1; i < len(currencies); i++ {
		c := currencies[i].code
		ix[(int(c[0]-'A')*26+int(c[1]-'A'))*26+int(c[2]-'A')] = uint16(i)
	}
	return &ix
}()

// lookupCurrency finds a three-letter code in any case; it reports false for
// anything else.
func lookupCurrency(s string) (Currency, bool) {
	if len(s) != 3 {
		return Currency{}, false
	}
	n := 0
	for i := 0; i < 3; i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return Currency{}, false
		}
		n = n*26 + int(c-'a')
	}
	idx := currencyIndex[n]
	return Currency{idx}, idx != 0
}

// ParseCurrency parses an ISO 4217 alphabetic code in any case, ignoring
// surrounding space: "USD", "usd", " Sgd ".
func ParseCurrency(s string) (Currency, error) {
	if len(s) > 64 { // bound before trimming: padding is input too
		return Currency{}, parseError("ParseCurrency", s, "too long for a currency code", ErrRange)
	}
	t := strings.TrimSpace(s)
	if c, ok := lookupCurrency(t); ok {
		return c, nil
	}
	switch {
	case t == "":
		return Currency{}, parseError("ParseCurrency", s, "empty", ErrSyntax)
	case len(t) > 64:
		return Currency{}, parseError("ParseCurrency", s, "too long for a currency code", ErrRange)
	case strings.EqualFold(t, "XXX"), strings.EqualFold(t, "XTS"):
		return Currency{}, parseError("ParseCurrency", s, "an ISO 4217 code for no currency or for tests", ErrUnknownCurrency)
	}
	return Currency{}, parseError("ParseCurrency", s, "not an ISO 4217 code", ErrUnknownCurrency)
}

// MustParseCurrency is like [ParseCurrency] but panics on error. It is for
// tests and hard-coded codes.
func MustParseCurrency(s string) Currency {
	c, err := ParseCurrency(s)
	if err != nil {
		panic(err)
	}
	return c
}

func (c Currency) info() *currencyInfo { return &currencies[c.idx] }

// IsValid reports whether c is a currency rather than the zero value.
func (c Currency) IsValid() bool { return c.idx != 0 }

// String returns the ISO 4217 code, "USD"; "" for the zero value.
func (c Currency) String() string { return c.info().code }

// Code is the same as String: the ISO 4217 alphabetic code.
func (c Currency) Code() string { return c.info().code }

// Numeric returns the ISO 4217 numeric code, "840"; "" for the zero value.
func (c Currency) Numeric() string { return c.info().numeric }

// Name returns the currency's ISO 4217 English name, "US Dollar".
func (c Currency) Name() string { return c.info().name }

// Digits returns the ISO 4217 minor units: 2 for USD, 0 for JPY, 3 for KWD,
// 4 for CLF. It is 0 for the zero value and for units that have none (gold,
// SDR), which [Money.Round] leaves as they are.
func (c Currency) Digits() int { return max(int(c.info().digits), 0) }

// Withdrawn returns when ISO withdrew the code ("2026-01" for BGN), or ""
// for a currency still in use.
func (c Currency) Withdrawn() string { return c.info().withdrawn }

// Compare orders currencies by code (the zero value first), for
// slices.SortFunc.
func (c Currency) Compare(d Currency) int { return strings.Compare(c.String(), d.String()) }

// Equal reports whether c and d are the same currency.
func (c Currency) Equal(d Currency) bool { return c == d }

// AppendText appends the code to b.
func (c Currency) AppendText(b []byte) ([]byte, error) { return append(b, c.String()...), nil }

// MarshalText returns the code; the zero value gives "".
func (c Currency) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText parses a code with [ParseCurrency]; "" gives the zero value.
func (c *Currency) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Currency{}
		return nil
	}
	v, err := ParseCurrency(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Scan implements [database/sql.Scanner]: a code, or NULL for the zero value.
func (c *Currency) Scan(src any) error { return scanText(src, "Currency", c.UnmarshalText) }

// Value implements [database/sql/driver.Valuer]: the code, or NULL for the
// zero value.
func (c Currency) Value() (driver.Value, error) {
	if !c.IsValid() {
		return nil, nil
	}
	return c.String(), nil
}

// usedIn reports whether the country with alpha-2 code cc uses c.
func (c Currency) usedIn(cc string) bool {
	list := c.info().countries
	for i := 0; i+2 <= len(list); i += 3 {
		if list[i:i+2] == cc {
			return true
		}
	}
	return false
}
