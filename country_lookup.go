package rescue

import (
	"strconv"
	"sync"

	"github.com/antitrafficking/rescue/internal/fold"
)

// natCountryInfo is one row of the generated country table.
type natCountryInfo struct {
	alpha2, alpha3, numeric string
	iso                     string // ISO 3166-1 English short name
	common                  string // common English name
	demonym                 string // primary English demonym
}

// natEntry is what a folded key means. c is the Country index ParseCountry
// returns, or 0 and cm the index of its error in natMsgs (0: unknown
// country); n and nm are the same for ParseNationality.
type natEntry struct {
	c, n, cm, nm uint16
}

// natKey is one row of the generated key table.
type natKey struct {
	key string
	natEntry
}

// natMsg is an error a key gives: its sentinel and what to say.
type natMsg struct {
	kind uint8 // natErr…
	text string
}

const (
	natErrUnknown    = iota // ErrUnknownCountry
	natErrNotCountry        // ErrNotCountry
	natErrAmbiguous         // ErrAmbiguous: text lists the candidates
)

// natMaxInput bounds the input the parsers read. The longest official name
// in the lists the tests read, "Hong Kong Special Administrative Region of
// the People's Republic of China", is 73 bytes.
const natMaxInput = 128

// natBufLen holds the folded form of any input of natMaxInput bytes.
const natBufLen = fold.Growth * natMaxInput

// natTable maps every folded key to its meaning. It is built on first use,
// so programs that never parse a country do not pay for it at start-up.
var natTable = sync.OnceValue(func() map[string]natEntry {
	m := make(map[string]natEntry, len(natKeys))
	for _, k := range natKeys {
		m[k.key] = k.natEntry
	}
	return m
})

// natCodeIndex finds the keys that are codes — two or three ASCII letters,
// or three digits — with one array load, where other keys are folded and
// hashed. A slot holds an index into natKeys plus one; 0 means no such key.
type natCodeIndex struct {
	alpha   [26*26 + 26*26*26]uint16 // two letters, then three
	numeric [1000]uint16
	country [26 * 26]uint16 // the Country each alpha-2 code is (not a natKeys index)
}

// natCodes is built on first use, from natKeys, like natTable.
var natCodes = sync.OnceValue(func() *natCodeIndex {
	ix := new(natCodeIndex)
	for i, k := range natKeys {
		if slot, ok := ix.slot(k.key); ok {
			*slot = uint16(i + 1)
		}
	}
	for i, c := range natCountries[1:] {
		ix.country[int(c.alpha2[0]-'A')*26+int(c.alpha2[1]-'A')] = uint16(i + 1)
	}
	return ix
})

// slot returns where code s belongs, in any case; false if s is not two or
// three ASCII letters or three digits.
func (ix *natCodeIndex) slot(s string) (*uint16, bool) {
	switch {
	case len(s) == 3 && natIsDigit(s[0]) && natIsDigit(s[1]) && natIsDigit(s[2]):
		return &ix.numeric[int(s[0]-'0')*100+int(s[1]-'0')*10+int(s[2]-'0')], true
	case len(s) != 2 && len(s) != 3:
		return nil, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return nil, false
		}
		n = n*26 + int(c-'a')
	}
	if len(s) == 3 {
		n += 26 * 26
	}
	return &ix.alpha[n], true
}

func natIsDigit(c byte) bool { return '0' <= c && c <= '9' }

// natLookup folds s and looks it up, reading the forms of country_forms.go
// when the key itself is not in the table. ok reports whether a key gave
// the entry e; err is set for input too long, empty or with no key at all,
// and for a list whose parts name different countries.
func natLookup(fn, s string, nationality bool) (e natEntry, ok bool, err error) {
	if len(s) > natMaxInput {
		return e, false, parseError(fn, s, "longer than "+strconv.Itoa(natMaxInput)+" bytes", ErrRange)
	}
	if msg := natMissingMark(s); msg != "" {
		return e, false, parseError(fn, s, msg, ErrAmbiguous)
	}
	// A code folds to itself in lower case ("ST" is the exception: it
	// folds to "saint", so no key is "st" and it falls through).
	if len(s) == 2 || len(s) == 3 {
		ix := natCodes()
		if slot, isCode := ix.slot(s); isCode && *slot != 0 {
			return natKeys[*slot-1].natEntry, true, nil
		}
	}
	var buf [natBufLen]byte
	key, res := fold.Name(buf[:], s)
	switch res {
	case fold.Control:
		return e, false, parseError(fn, s, "contains a control character", ErrSyntax)
	case fold.NoKey:
		return e, false, nil
	}
	if len(key) == 0 {
		if natHasLetter(s) {
			return e, false, nil // "the": an article names no country
		}
		return e, false, parseError(fn, s, "empty", ErrSyntax)
	}
	if e, ok = natResolve(key, nationality); ok && e.gives(nationality) {
		return e, true, nil
	}
	pe, pok, perr := natParts(s, nationality)
	switch {
	case perr != "":
		return e, false, parseError(fn, s, "", &natDetailError{ErrAmbiguous, perr})
	case pok:
		return pe, true, nil
	case !ok && natAllDigits(key) && len(key) != 3:
		return e, false, parseError(fn, s, "a numeric code has three digits", ErrSyntax)
	}
	return e, ok, nil
}

// natHasLetter reports whether s holds an ASCII letter.
func natHasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}

// gives reports whether e gives a value to the parser: a Country, or with
// nationality a Nationality.
func (e natEntry) gives(nationality bool) bool {
	if nationality {
		return e.n != 0
	}
	return e.c != 0
}

// natCanonical returns the index of the Country whose alpha-2 code is text,
// in any case, and with statuses that of the Nationality whose ICAO status
// code it is: the text forms MarshalText writes. Nothing else is taken,
// not even a code ParseCountry reads as another (UK, EL, MYS, 458); ST is
// São Tomé here, though folding reads the word "st" as "saint".
func natCanonical(text []byte, statuses bool) (uint16, bool) {
	switch len(text) {
	case 2:
		a, b := text[0]|0x20, text[1]|0x20
		if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
			return 0, false
		}
		if natMissingMark(string(text)) != "" {
			return 0, false // "na": see natMissingMark
		}
		c := natCodes().country[int(a-'a')*26+int(b-'a')]
		return c, c != 0
	case 3:
		if !statuses {
			return 0, false
		}
		for i, st := range natStatuses {
			if text[0]|0x20 == st.code[0]|0x20 && text[1]|0x20 == st.code[1]|0x20 && text[2]|0x20 == st.code[2]|0x20 {
				return natStateless + uint16(i), true
			}
		}
	}
	return 0, false
}

// natTextError is the error of UnmarshalText or Scan (fn) for text that is
// not a canonical code. It reads text as ParseCountry (or, with
// nationality, ParseNationality) would, to suggest the code it names:
// `not a nationality code (did you mean "MY"?)`, or to say why it names
// none.
func natTextError(fn, what, s string, nationality bool) error {
	notCode := "not " + withArticle(what) + " code"
	e, ok, err := natLookup(fn, s, nationality)
	if err == nil {
		v, msg := e.c, e.cm
		if nationality {
			v, msg = e.n, e.nm
		}
		if ok && v != 0 {
			return parseError(fn, s, notCode+" (did you mean "+strconv.Quote(Nationality{v}.String())+"?)", ErrSyntax)
		}
		err = natError(fn, s, ok, msg)
	}
	if pe, isParse := err.(*ParseError); isParse {
		if pe.Msg == "" {
			pe.Msg = notCode
		} else {
			pe.Msg = notCode + ": " + pe.Msg
		}
	}
	return err
}

// natError is the error for a key that gave no country: the message at
// index msg of natMsgs if the key is known, else "unknown country".
func natError(fn, s string, known bool, msg uint16) error {
	if !known || msg == 0 {
		return parseError(fn, s, "", ErrUnknownCountry)
	}
	m := natMsgs[msg]
	switch m.kind {
	case natErrNotCountry:
		return parseError(fn, s, m.text, ErrNotCountry)
	case natErrAmbiguous:
		return parseError(fn, s, "", &natDetailError{ErrAmbiguous, m.text})
	}
	return parseError(fn, s, m.text, ErrUnknownCountry)
}

// natDetailError is a sentinel followed by detail, so that an ambiguous name
// reads "ambiguous: CD (DR Congo), CG (Republic of the Congo)" and still wraps ErrAmbiguous.
type natDetailError struct {
	err    error
	detail string
}

func (e *natDetailError) Error() string { return e.err.Error() + ": " + e.detail }
func (e *natDetailError) Unwrap() error { return e.err }

func natAllDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}

func natHasPrefix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[:len(p)]) == p
}
