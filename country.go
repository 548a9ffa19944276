package rescue

import (
	"database/sql/driver"
	"fmt"
)

//go:generate go run ./internal/gen/countries

// Country is a country or territory of ISO 3166-1: one of the 249 assigned
// codes, or XK for Kosovo (a user-assigned code in general use; it has
// alpha-3 XKX and no numeric code). It is a small index into a generated
// table, so it is comparable with == and usable as a map key, and it cannot
// be built except by the package's parsers.
//
// The zero Country means the country is not recorded: IsValid reports false
// and String returns "".
type Country struct {
	idx uint16 // 0: zero; 1…natCountryCount: natCountries, in alpha-2 order
}

// ParseCountry parses a country from report or form text: an ISO 3166-1
// alpha-2 code ("MY"), alpha-3 code ("MYS") or three-digit numeric code
// ("458"), or an English name, ISO, common or official ("Viet Nam",
// "Vietnam", "South Korea", "UK", "U.S.", "DRC", "Ivory Coast", "Burma").
// Case, accents, dots, apostrophes, hyphens, extra spaces and the word
// "the" do not matter; "&" is "and" and "St." "Saint". XK and XKX give
// Kosovo.
//
// Official long forms are read by rule, each rest looked up in the same
// table: a designation before "of" ("Kingdom of Cambodia", "Bailiwick of
// Jersey", "Most Serene Republic of San Marino"), a demonym before
// "Republic" or "Confederation" ("Gabonese Republic", "Swiss
// Confederation"), "Special Administrative Region" ("Hong Kong Special
// Administrative Region of the People's Republic of China"), index forms
// ("Korea, Republic of", "Korea (South)"), and a name with its alternative
// or code ("Republic of China (Taiwan)", "Malaysia (MYS)"). A rest that
// names two countries is refused as ambiguous with both ("People's Republic
// of Korea"), and so are parts that name different countries ("Niger
// (Nigeria)"). "Congo" is refused too: it is ISO's short name for the
// Republic of the Congo, but reports often mean the DRC by it.
//
// A withdrawn code or name with one successor gives the successor (BU, BUR,
// "Burma" → MM; ZR → CD; DD → DE), and so do the codes reserved for a part
// of a country (UK → GB; AC, TA → SH; IC, EA → ES; DG → IO; CP → FR; CQ → GG)
// and EL, the EU's code for Greece.
//
// Errors wrap [ErrNotCountry] for codes and names of withdrawn countries
// that split (YU, CS, SU, AN; the error lists the successors), of groupings
// (EU, UN, the UN M49 regions such as 150) and of regions ("Europe");
// [ErrAmbiguous] for a name two countries share ("Korea", "Virgin Islands")
// and for the codes that forms also write for a missing value (NA "not
// available", NR "not recorded", DK "don't know", NO a yes/no answer)
// written other than as the bare upper-case code ("na", "N.A.", "n.a.",
// "NA.", "dk", "No"): a code from a
// form that means unknown must not become a country, so only "NA" is
// Namibia;
// [ErrSyntax] for empty input, a control character other than white space
// (NUL, DEL…) and a numeric code without three digits;
// [ErrRange] for input over 128 bytes; and [ErrUnknownCountry] for anything
// else, including ZZ (the code for an unknown country) and demonyms
// ("Malaysian": use [ParseNationality]).
//
// ParseCountry is for prose. Stored data is read with
// [Country.UnmarshalText], which takes only the alpha-2 code.
func ParseCountry(s string) (Country, error) {
	e, ok, err := natLookup("ParseCountry", s, false)
	if err != nil {
		return Country{}, err
	}
	if ok && e.c != 0 {
		return Country{e.c}, nil
	}
	err = natError("ParseCountry", s, ok, e.cm)
	if ok && e.n != 0 && e.n < uint16(len(natCountries)) {
		// A demonym ("Peruvian"): say which country it is of.
		if pe, isPE := err.(*ParseError); isPE && pe.Msg != "" {
			pe.Msg = suggest(pe.Msg, natCountries[e.n].alpha2)
		}
	}
	return Country{}, err
}

// MustParseCountry is like [ParseCountry] but panics if s names no country.
// It is for tests and hard-coded strings.
func MustParseCountry(s string) Country {
	c, err := ParseCountry(s)
	if err != nil {
		panic(err)
	}
	return c
}

// Alpha2 returns the ISO 3166-1 alpha-2 code, such as "MY", or "" for the
// zero Country.
func (c Country) Alpha2() string { return natCountries[c.index()].alpha2 }

// Alpha3 returns the ISO 3166-1 alpha-3 code, such as "MYS", or "" for the
// zero Country.
func (c Country) Alpha3() string { return natCountries[c.index()].alpha3 }

// Numeric returns the ISO 3166-1 numeric code as three digits, such as
// "458" or "004", or "" for Kosovo (which has none) and the zero Country.
func (c Country) Numeric() string { return natCountries[c.index()].numeric }

// Name returns the common English name, such as "Vietnam", "South Korea",
// "Russia" or "United Kingdom", or "" for the zero Country.
func (c Country) Name() string { return natCountries[c.index()].common }

// ISOName returns the ISO 3166-1 English short name, such as "Viet Nam",
// "Korea (Republic of)" or "Russian Federation" ("Kosovo" for Kosovo), or ""
// for the zero Country. ParseCountry reads each back except "Congo", the
// Republic of the Congo's, which it refuses as ambiguous.
func (c Country) ISOName() string { return natCountries[c.index()].iso }

// String returns the alpha-2 code, or "" for the zero Country.
func (c Country) String() string { return c.Alpha2() }

// IsValid reports whether c is a country rather than the zero Country.
func (c Country) IsValid() bool { return c.idx != 0 }

// Equal reports whether c and d are the same country.
func (c Country) Equal(d Country) bool { return c == d }

// Compare returns -1, 0 or +1 as c sorts before, with or after d: by alpha-2
// code, the zero Country first. It suits [slices.SortFunc].
func (c Country) Compare(d Country) int {
	switch {
	case c.idx < d.idx:
		return -1
	case c.idx > d.idx:
		return +1
	}
	return 0
}

// index returns c's row of natCountries; out-of-range indices cannot be
// built, but the zero row keeps every method safe regardless.
func (c Country) index() int {
	if int(c.idx) >= len(natCountries) {
		return 0
	}
	return int(c.idx)
}

// AppendText appends the alpha-2 code (nothing for the zero Country) to b.
func (c Country) AppendText(b []byte) ([]byte, error) {
	return append(b, c.Alpha2()...), nil
}

// MarshalText returns the alpha-2 code, or empty text for the zero Country.
func (c Country) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText sets c from its alpha-2 code, in any case ("MY", "my"),
// the text MarshalText writes, except NA, NR, DK and NO, taken in upper
// case only ("na" is "not available" in forms, see [ParseCountry]); empty text
// sets the zero Country. It takes
// no other code and no name, so that decoding stored data never guesses:
// anything else is a [*ParseError] that says which code [ParseCountry]
// reads it as (`not a country code (did you mean "MY"?)`, wrapping
// [ErrSyntax]) or why it names no country (wrapping the sentinel
// ParseCountry gives). Use ParseCountry to read names from reports.
func (c *Country) UnmarshalText(text []byte) error {
	return c.unmarshal("Country.UnmarshalText", text)
}

func (c *Country) unmarshal(fn string, text []byte) error {
	if len(text) == 0 {
		*c = Country{}
		return nil
	}
	idx, ok := natCanonical(text, false)
	if !ok {
		return natTextError(fn, "country", string(text), false)
	}
	*c = Country{idx}
	return nil
}

// Scan implements [database/sql.Scanner]: it takes a string or []byte as
// [Country.UnmarshalText] does, and NULL as the zero Country.
func (c *Country) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*c = Country{}
		return nil
	case string:
		return c.unmarshal("Country.Scan", []byte(v))
	case []byte:
		return c.unmarshal("Country.Scan", v)
	}
	return fmt.Errorf("Country.Scan: cannot scan %T: %w", src, ErrSyntax)
}

// Value implements [database/sql/driver.Valuer]: the alpha-2 code, or NULL
// for the zero Country.
func (c Country) Value() (driver.Value, error) {
	if !c.IsValid() {
		return nil, nil
	}
	return c.Alpha2(), nil
}
