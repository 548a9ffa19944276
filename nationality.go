package rescue

import (
	"database/sql/driver"
	"fmt"
)

// Nationality is the nationality recorded for a person: a Country, or one of
// the statuses ICAO Doc 9303 codes in place of a country ([Stateless],
// [Refugee], [OtherRefugee], [Unspecified]). Like Country it is comparable
// with == and usable as a map key.
//
// The zero Nationality means the nationality is not recorded, which is not
// the same as [Unspecified] (a recorded statement that it is unknown).
type Nationality struct {
	idx uint16 // 0: zero; 1…natCountryCount: a Country; then the statuses
}

// Nationality indices past the countries: the ICAO Doc 9303 statuses.
const (
	natStateless = natCountryCount + 1 + iota
	natRefugee
	natOtherRefugee
	natUnspecified
	natLast = natUnspecified
)

// The ICAO Doc 9303 statuses a Nationality can hold instead of a Country.
// They are variables only because Go has no struct constants; never assign
// to them.
var (
	// Stateless is a stateless person as defined by the 1954 Convention
	// relating to the Status of Stateless Persons (ICAO code XXA).
	Stateless = Nationality{natStateless}
	// Refugee is a refugee as defined by the 1951 Convention relating to the
	// Status of Refugees and its 1967 Protocol (ICAO code XXB).
	Refugee = Nationality{natRefugee}
	// OtherRefugee is a refugee other than one defined by the 1951
	// Convention (ICAO code XXC).
	OtherRefugee = Nationality{natOtherRefugee}
	// Unspecified is a person whose nationality is recorded as unknown or
	// unspecified (ICAO code XXX). Use the zero Nationality instead when
	// nothing at all was recorded.
	Unspecified = Nationality{natUnspecified}
)

// natStatuses describes the statuses, indexed by idx-natStateless.
var natStatuses = [...]struct{ code, name, demonym string }{
	{"XXA", "Stateless", "stateless"},
	{"XXB", "Refugee", "refugee"},
	{"XXC", "Other refugee", "other refugee"},
	{"XXX", "Unspecified", "unspecified"},
}

// ParseNationality parses a nationality from report or form text: anything
// [ParseCountry] takes, an English demonym, singular or plural, masculine
// or feminine ("Malaysian", "Malaysians", "Filipina", "Britons", "Burmese",
// "Lao", "Manxwomen", "Martiniquaise"), a list of one country's demonyms
// ("Antiguan, Barbudan", "Lao or Laotian"), the attributive form of an
// islands' name ("Cook Island", "Turks and Caicos Islanders"), optionally
// with words that leave the nationality as it is ("Chinese nationals",
// "citizens of the Philippines", "Indonesian migrant workers", "Thai
// women"; not words of residence, birth or descent), the ICAO Doc 9303
// codes (XXA, XXB, XXC, XXX; D for Germany; GBD, GBN, GBO, GBP, GBS for
// the United Kingdom; RKS and XXK for Kosovo) and "stateless", "refugee"
// and "unknown". ZZ, the code for an unknown country, gives [Unspecified].
//
// A demonym shared by a state and its territories names the state
// ("French" → FR, "American" → US). Errors wrap [ErrAmbiguous] for a demonym
// two states share ("Congolese", "Dominican", "Korean"; the error lists
// them) and for a list of two nationalities ("Thai, Malaysian");
// [ErrNotCountry] for ICAO codes of organisations (UNO, EUE, XPO), for
// regional and collective words ("European", "Arab", "Papuan",
// "foreigners") and for ethnic groups ("Rohingya", "Kurds", "Persian");
// otherwise as for [ParseCountry].
//
// ParseNationality is for prose. Stored data is read with
// [Nationality.UnmarshalText], which takes only the codes MarshalText
// writes.
func ParseNationality(s string) (Nationality, error) {
	e, ok, err := natLookup("ParseNationality", s, true)
	if err != nil {
		return Nationality{}, err
	}
	if ok && e.n != 0 {
		return Nationality{e.n}, nil
	}
	return Nationality{}, natError("ParseNationality", s, ok, e.nm)
}

// MustParseNationality is like [ParseNationality] but panics if s names no
// nationality. It is for tests and hard-coded strings.
func MustParseNationality(s string) Nationality {
	n, err := ParseNationality(s)
	if err != nil {
		panic(err)
	}
	return n
}

// NationalityOf returns the nationality of country c; the zero Country gives
// the zero Nationality.
func NationalityOf(c Country) Nationality { return Nationality{uint16(c.index())} }

// Country returns the country of n, and false for the statuses ([Stateless],
// [Refugee], [OtherRefugee], [Unspecified]) and the zero Nationality.
func (n Nationality) Country() (Country, bool) {
	if n.idx == 0 || n.idx > natCountryCount {
		return Country{}, false
	}
	return Country(n), true // the same index
}

// status returns n's row of natStatuses, or nil if n is not a status.
func (n Nationality) status() *struct{ code, name, demonym string } {
	if n.idx < natStateless || n.idx > natLast {
		return nil
	}
	return &natStatuses[n.idx-natStateless]
}

// String returns the alpha-2 code of the country, the ICAO code of a status
// ("XXA", "XXB", "XXC", "XXX"), or "" for the zero Nationality.
func (n Nationality) String() string {
	if s := n.status(); s != nil {
		return s.code
	}
	c, _ := n.Country()
	return c.Alpha2()
}

// Name returns the common English name of the country ("Malaysia"), the
// name of a status ("Stateless", "Refugee", "Other refugee",
// "Unspecified"), or "" for the zero Nationality.
func (n Nationality) Name() string {
	if s := n.status(); s != nil {
		return s.name
	}
	c, _ := n.Country()
	return c.Name()
}

// Demonym returns the English demonym of the country ("Malaysian",
// "Taiwanese", "Filipino"), a word for a status ("stateless", "refugee",
// "other refugee", "unspecified"), or "" for the zero Nationality.
// ParseNationality parses each back to n, except demonyms two countries share
// ("Congolese", "Dominican", "Virgin Islander", "Channel Islander") and those
// of territories that use their state's ("Norwegian" for Svalbard).
func (n Nationality) Demonym() string {
	if s := n.status(); s != nil {
		return s.demonym
	}
	c, _ := n.Country()
	return natCountries[c.index()].demonym
}

// IsValid reports whether n is recorded: a country or a status, not the zero
// Nationality.
func (n Nationality) IsValid() bool { return n.idx != 0 && n.idx <= natLast }

// Equal reports whether n and m are the same nationality.
func (n Nationality) Equal(m Nationality) bool { return n == m }

// Compare returns -1, 0 or +1 as n sorts before, with or after m: the zero
// Nationality first, then countries by alpha-2 code, then the statuses in
// the order XXA, XXB, XXC, XXX. It suits [slices.SortFunc].
func (n Nationality) Compare(m Nationality) int {
	switch {
	case n.idx < m.idx:
		return -1
	case n.idx > m.idx:
		return +1
	}
	return 0
}

// AppendText appends n.String() to b.
func (n Nationality) AppendText(b []byte) ([]byte, error) {
	return append(b, n.String()...), nil
}

// MarshalText returns n.String(): an alpha-2 code, an ICAO status code, or
// empty text for the zero Nationality.
func (n Nationality) MarshalText() ([]byte, error) { return n.AppendText(nil) }

// UnmarshalText sets n from the text MarshalText writes: an alpha-2 code
// or an ICAO status code (XXA, XXB, XXC, XXX), in any case (but NA, NR,
// DK and NO in upper case only, as [ParseCountry] says); empty text sets
// the zero Nationality. It takes no demonym, name or other code, so that
// decoding stored data never guesses: anything else is a [*ParseError]
// that says which code [ParseNationality] reads it as (`not a nationality
// code (did you mean "MY"?)`, wrapping [ErrSyntax]) or why it names none
// (wrapping the sentinel ParseNationality gives). Use ParseNationality to
// read reports.
func (n *Nationality) UnmarshalText(text []byte) error {
	return n.unmarshal("Nationality.UnmarshalText", text)
}

func (n *Nationality) unmarshal(fn string, text []byte) error {
	if len(text) == 0 {
		*n = Nationality{}
		return nil
	}
	idx, ok := natCanonical(text, true)
	if !ok {
		return natTextError(fn, "nationality", string(text), true)
	}
	*n = Nationality{idx}
	return nil
}

// Scan implements [database/sql.Scanner]: it takes a string or []byte as
// [Nationality.UnmarshalText] does, and NULL as the zero Nationality.
func (n *Nationality) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*n = Nationality{}
		return nil
	case string:
		return n.unmarshal("Nationality.Scan", []byte(v))
	case []byte:
		return n.unmarshal("Nationality.Scan", v)
	}
	return fmt.Errorf("Nationality.Scan: cannot scan %T: %w", src, ErrSyntax)
}

// Value implements [database/sql/driver.Valuer]: n.String(), or NULL for the
// zero Nationality.
func (n Nationality) Value() (driver.Value, error) {
	if !n.IsValid() {
		return nil, nil
	}
	return n.String(), nil
}
