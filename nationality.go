package rescue

import (
	"database/sql/driver"
	"fmt"
	"sync"
	"unicode/utf8"
)

//go:generate go run gen_countries.go

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

// natMaxInput bounds the input the parsers read; a name of a country is
// never this long ("South Georgia and the South Sandwich Islands" is 44).
const natMaxInput = 64

// natBufLen holds the folded form of any input of natMaxInput bytes: only
// "&" (folded to " and ") and "st" (folded to "saint") grow, "&" the most.
const natBufLen = 4 * natMaxInput

// natTable maps every folded key to its meaning. It is built on first use,
// so programs that never parse a country do not pay for it at start-up.
var natTable = sync.OnceValue(func() map[string]natEntry {
	m := make(map[string]natEntry, len(natKeys))
	for _, k := range natKeys {
		m[k.key] = k.natEntry
	}
	return m
})

// ParseCountry parses a country from an ISO 3166-1 alpha-2 code ("MY"),
// alpha-3 code ("MYS") or three-digit numeric code ("458"), or from an
// English name, ISO or common ("Viet Nam", "Vietnam", "South Korea",
// "Korea (Republic of)", "UK", "U.S.", "DRC", "Ivory Coast", "Burma"),
// including formal names ("Kingdom of Cambodia"). Case, accents, a leading "the", dots, apostrophes, hyphens and extra
// spaces do not matter. XK and XKX give Kosovo.
//
// A withdrawn code or name with one successor gives the successor (BU, BUR,
// "Burma" → MM; ZR → CD; DD → DE), and so do the codes reserved for a part
// of a country (UK → GB; AC, TA → SH; IC, EA → ES; DG → IO; CP → FR; CQ → GG)
// and EL, the EU's code for Greece.
//
// Errors wrap [ErrNotCountry] for codes and names of withdrawn countries
// that split (YU, CS, SU, AN; the error lists the successors), of groupings
// (EU, UN, the UN M49 regions such as 150) and of regions ("Europe");
// [ErrAmbiguous] for a name two countries share ("Korea", "Virgin Islands");
// [ErrSyntax] for empty input, a control character other than white space
// (NUL, DEL…) and a numeric code without three digits;
// [ErrRange] for input over 64 bytes; and [ErrUnknownCountry] for anything
// else, including ZZ (the code for an unknown country) and demonyms
// ("Malaysian": use [ParseNationality]).
func ParseCountry(s string) (Country, error) {
	e, ok, err := natLookup("ParseCountry", s, false)
	if err != nil {
		return Country{}, err
	}
	if ok && e.c != 0 {
		return Country{e.c}, nil
	}
	return Country{}, natError("ParseCountry", s, ok, e.cm)
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

// ParseNationality parses a nationality from anything [ParseCountry] takes,
// from an English demonym, singular or plural ("Malaysian", "Malaysians",
// "Filipina", "Britons", "Burmese", "Lao"), optionally with words that
// leave the nationality as it is ("Chinese nationals", "citizens of the
// Philippines", "Indonesian migrant workers", "Thai women"; not words of
// residence, birth or descent), from the ICAO Doc 9303 codes (XXA, XXB, XXC, XXX; D for
// Germany; GBD, GBN, GBO, GBP, GBS for the United Kingdom; RKS and XXK for
// Kosovo) and from "stateless", "refugee" and "unknown". ZZ, the code for an
// unknown country, gives [Unspecified].
//
// A demonym shared by a state and its territories names the state
// ("French" → FR, "American" → US). Errors wrap [ErrAmbiguous] for a demonym
// two states share ("Congolese", "Dominican", "Korean"; the error lists
// them); [ErrNotCountry] for ICAO codes of organisations (UNO, EUE, XPO),
// for regional and collective words ("European", "Arab", "foreigners") and
// for ethnic groups ("Rohingya", "Kurds"); otherwise as for [ParseCountry].
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

// natCodeIndex finds the keys that are codes — two or three ASCII letters,
// or three digits — with one array load, where other keys are folded and
// hashed. A slot holds an index into natKeys plus one; 0 means no such key.
type natCodeIndex struct {
	alpha   [26*26 + 26*26*26]uint16 // two letters, then three
	numeric [1000]uint16
}

// natCodes is built on first use, from natKeys, like natTable.
var natCodes = sync.OnceValue(func() *natCodeIndex {
	ix := new(natCodeIndex)
	for i, k := range natKeys {
		if slot, ok := ix.slot(k.key); ok {
			*slot = uint16(i + 1)
		}
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

// natLookup folds s and looks it up. ok reports whether the key is known;
// err is set only for input too long, empty or with no key at all.
func natLookup(fn, s string, nationality bool) (e natEntry, ok bool, err error) {
	if len(s) > natMaxInput {
		return e, false, parseError(fn, s, "longer than 64 bytes", ErrRange)
	}
	// A code folds to itself in lower case ("ST" is the exception: it
	// folds to "saint", so no key is "st" and it falls through).
	if len(s) == 2 || len(s) == 3 {
		ix := natCodes()
		if slot, isCode := ix.slot(s); isCode && *slot != 0 {
			return natKeys[*slot-1].natEntry, true, nil
		}
	}
	var f natFolder
	key, folded := f.fold(s)
	if !folded {
		if f.ctrl {
			return e, false, parseError(fn, s, "contains a control character", ErrSyntax)
		}
		return e, false, nil
	}
	if len(key) == 0 {
		return e, false, parseError(fn, s, "empty", ErrSyntax)
	}
	m := natTable()
	if e, ok = m[string(key)]; ok {
		return e, true, nil
	}
	k := key
	if nationality {
		if k = natTrimQualifiers(k); len(k) != len(key) && len(k) > 0 {
			if e, ok = m[string(k)]; ok {
				return e, true, nil
			}
		}
	}
	if f := natTrimFormal(k); len(f) != len(k) && len(f) > 0 {
		if e, ok = m[string(f)]; ok {
			return e, true, nil
		}
	}
	if natAllDigits(key) && len(key) != 3 {
		return e, false, parseError(fn, s, "a numeric code has three digits", ErrSyntax)
	}
	return e, false, nil
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
// reads "ambiguous: CD (DR Congo), CG (Congo)" and still wraps ErrAmbiguous.
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

// natLeadQualifiers are phrases before a nationality that do not change it:
// "citizens of the Philippines".
var natLeadQualifiers = [...]string{
	"citizen of ", "citizens of ", "national of ", "nationals of ",
	"citizens from ", "nationals from ", "people from ", "people of ", "from ",
}

// natMaxTrailing is how many qualifier words natTrimQualifiers removes from
// the end: "Indonesian migrant domestic workers".
const natMaxTrailing = 3

// natIsQualifier reports whether a word after a demonym leaves the
// nationality as it is: "Chinese nationals", "Thai women", "Filipino
// seafarers", "Syrian asylum seekers". Words of residence, birth or descent
// ("residents", "born", "origin") are not among them: they say nothing
// about nationality.
func natIsQualifier(w []byte) bool {
	switch string(w) {
	case "national", "nationals", "citizen", "citizens", "nationality", "subject", "subjects",
		"passport", "passports", "holder", "holders",
		"people", "person", "persons", "individual", "individuals", "man", "men", "woman", "women",
		"girl", "girls", "boy", "boys", "child", "children", "kid", "kids", "minor", "minors",
		"teen", "teens", "teenager", "teenagers", "youth", "youths", "adult", "adults",
		"family", "families", "couple", "couples", "bride", "brides", "wife", "wives",
		"husband", "husbands", "spouse", "spouses",
		"worker", "workers", "labourer", "labourers", "laborer", "laborers", "employee", "employees",
		"domestic", "helper", "helpers", "maid", "maids", "nanny", "nannies", "sex", "farm", "factory",
		"construction", "fishing", "crew", "crews", "crewman", "crewmen", "crewmember", "crewmembers",
		"member", "members", "seafarer", "seafarers", "sailor", "sailors", "fisherman", "fishermen",
		"fisher", "fishers", "student", "students", "tourist", "tourists", "traveller", "travellers",
		"traveler", "travelers", "visitor", "visitors", "job", "jobseeker", "jobseekers",
		"victim", "victims", "survivor", "survivors", "migrant", "migrants", "immigrant", "immigrants",
		"refugee", "refugees", "asylum", "seeker", "seekers", "defector", "defectors",
		"suspect", "suspects", "trafficker", "traffickers", "smuggler", "smugglers",
		"recruiter", "recruiters", "broker", "brokers", "agent", "agents", "scammer", "scammers",
		"boss", "bosses", "operator", "operators":
		return true
	}
	return false
}

// natTrimQualifiers removes an article, a leading qualifier and up to
// natMaxTrailing trailing qualifier words, then a "the" they uncover.
func natTrimQualifiers(b []byte) []byte {
	if natHasPrefix(b, "a ") {
		b = b[len("a "):]
	} else if natHasPrefix(b, "an ") {
		b = b[len("an "):]
	}
	for _, q := range natLeadQualifiers {
		if natHasPrefix(b, q) {
			b = b[len(q):]
			break
		}
	}
	for range natMaxTrailing {
		i := len(b) - 1
		for i >= 0 && b[i] != ' ' {
			i--
		}
		if i < 0 || !natIsQualifier(b[i+1:]) {
			break
		}
		b = b[:i]
	}
	if natHasPrefix(b, "the ") {
		b = b[len("the "):]
	}
	return b
}

// natTrimFormal removes the start of a formal name that the table lacks:
// "Kingdom of Cambodia" → "cambodia", "Federal Democratic Republic of
// Ethiopia" → "ethiopia". Formal names the table holds, some of them needed
// to tell countries apart ("Republic of Korea"), are found before this is
// tried.
func natTrimFormal(b []byte) []byte {
	rest, words := b, 0
	for {
		i := 0
		for i < len(rest) && rest[i] != ' ' {
			i++
		}
		if i == len(rest) {
			return b
		}
		w := rest[:i]
		rest = rest[i+1:]
		if string(w) == "of" && words > 0 {
			break
		}
		if !natIsFormalWord(w) {
			return b
		}
		words++
	}
	if natHasPrefix(rest, "the ") {
		rest = rest[len("the "):]
	}
	return rest
}

func natIsFormalWord(w []byte) bool {
	switch string(w) {
	case "republic", "kingdom", "state", "federal", "federation", "federated", "democratic",
		"islamic", "peoples", "socialist", "united", "commonwealth", "principality", "grand",
		"duchy", "sultanate", "emirate", "union", "independent", "plurinational", "bolivarian",
		"oriental", "hashemite", "cooperative", "co", "operative", "arab":
		return true
	}
	return false
}

func natHasPrefix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[:len(p)]) == p
}

func natHasSuffix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[len(b)-len(p):]) == p
}

// natFolder folds a name or code to the form the key table holds: ASCII
// lower-case letters and digits, accents removed ("Côte" → "cote",
// "ß" → "ss"), apostrophes and dots dropped ("d'Ivoire" → "divoire",
// "U.S." → "us"), every run of other punctuation and space one space, "&"
// as "and", the abbreviations "st", "rep" and "dem" spelt out, and a
// leading or trailing "the" removed. It works in a fixed buffer so that
// parsing does not allocate.
//
// gen_countries.go holds a copy of this code (it cannot import the package
// it generates); keep the two the same. TestNatKeysFolded and
// TestNatDataFolds check that they agree.
type natFolder struct {
	buf  [natBufLen]byte
	ctrl bool // s holds a control character
}

// What natASCII holds for bytes that are not kept.
const (
	natSep  = 0   // a word break
	natDrop = 1   // dropped: "d'Ivoire", "U.S."
	natCtrl = 2   // a control character other than white space: corrupt input
	natAnd  = '&' // the word "and"
)

// natASCII folds each ASCII byte: to the lower-case letter or digit it
// keeps, or to natSep, natDrop, natCtrl or natAnd.
var natASCII = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c] = c
		t[c-'a'+'A'] = c
	}
	t['\''], t['.'], t['`'] = natDrop, natDrop, natDrop
	t['&'] = natAnd
	for c := range byte(' ') {
		if c < '\t' || c > '\r' {
			t[c] = natCtrl
		}
	}
	t[0x7F] = natCtrl
	return t
}()

// fold folds s into f.buf and returns the result. ok is false if s holds a
// character no key holds (such as a letter of a non-Latin script).
func (f *natFolder) fold(s string) (key []byte, ok bool) {
	buf := f.buf[:]
	n := 0     // bytes written
	word := -1 // start of the open word, or -1
	for i := 0; i < len(s); {
		var letters string // what a non-ASCII letter folds to
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch x := natASCII[c]; x {
			case natDrop:
			case natCtrl:
				// A control character other than white space (NUL, ESC,
				// DEL…) is no separator: it marks corrupt input.
				f.ctrl = true
				return nil, false
			case natSep, natAnd:
				if word >= 0 {
					if n, ok = natEndWord(buf, word, n); !ok {
						return nil, false
					}
					word = -1
				}
				if x == natAnd {
					if n+4 > len(buf) {
						return nil, false
					}
					if n > 0 {
						buf[n] = ' '
						n++
					}
					n += copy(buf[n:], "and")
				}
			default:
				if word < 0 {
					if n+1 >= len(buf) {
						return nil, false
					}
					if n > 0 {
						buf[n] = ' '
						n++
					}
					word = n
				} else if n >= len(buf) {
					return nil, false
				}
				buf[n] = x
				n++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\u2019' || r == '\u2018' || r == '\u201B' || r == '\u02BC' ||
			r == '\u02BB' || r == '\u00B4' || r == '\u2032' || r == '\u200B' ||
			r == '\uFEFF' || ('\u0300' <= r && r <= '\u036F'):
			// Apostrophes, zero-width characters and combining accents.
			continue
		case r == '\u00A0' || ('\u2000' <= r && r <= '\u200A') ||
			('\u2010' <= r && r <= '\u2015') || r == '\u201C' || r == '\u201D' ||
			r == '\u201E' || r == '\u00AB' || r == '\u00BB' || r == '\u00B7' ||
			r == '\u2212' || r == '\u3000':
			if word >= 0 {
				if n, ok = natEndWord(buf, word, n); !ok {
					return nil, false
				}
				word = -1
			}
			continue
		}
		if letters = natFoldRune(r); letters == "" {
			return nil, false
		}
		if word < 0 {
			if n > 0 && n < len(buf) {
				buf[n] = ' '
				n++
			}
			word = n
		}
		if n+len(letters) > len(buf) {
			return nil, false
		}
		n += copy(buf[n:], letters)
	}
	if word >= 0 {
		if n, ok = natEndWord(buf, word, n); !ok {
			return nil, false
		}
	}
	b := buf[:n]
	if natHasPrefix(b, "the ") {
		b = b[len("the "):]
	}
	if natHasSuffix(b, " the") {
		b = b[:len(b)-len(" the")]
	}
	return b, true
}

// natEndWord closes the word buf[word:n], spelling out an abbreviation, and
// returns the new end; ok is false if the buffer is too small.
func natEndWord(buf []byte, word, n int) (end int, ok bool) {
	var long string
	switch n - word {
	case 2:
		if buf[word] == 's' && buf[word+1] == 't' {
			long = "saint"
		}
	case 3:
		switch string(buf[word:n]) {
		case "rep":
			long = "republic"
		case "dem":
			long = "democratic"
		}
	}
	if long == "" {
		return n, true
	}
	if word+len(long) > len(buf) {
		return n, false
	}
	return word + copy(buf[word:], long), true
}

// natLatinExtA folds U+0100…U+017F; '*' marks the letters folding to two.
const natLatinExtA = "aaaaaacccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" +
	"iiiiiiiiii" + "**" + "jj" + "kkk" + "llllllllll" + "nnnnnnnnn" + "oooooo" + "**" +
	"rrrrrr" + "ssssssss" + "tttttt" + "uuuuuuuuuuuu" + "ww" + "yyy" + "zzzzzz" + "s"

// natFoldRune returns the ASCII letters the Latin letter r folds to, or ""
// if r is not a Latin letter with a fold.
func natFoldRune(r rune) string {
	switch {
	case r == 'ß':
		return "ss"
	case '\u00C0' <= r && r <= '\u00FF':
		r |= 0x20 // lower-case: Latin-1 capitals differ in this bit (× becomes ÷)
		switch r {
		case 'à', 'á', 'â', 'ã', 'ä', 'å':
			return "a"
		case 'æ':
			return "ae"
		case 'ç':
			return "c"
		case 'è', 'é', 'ê', 'ë':
			return "e"
		case 'ì', 'í', 'î', 'ï':
			return "i"
		case 'ð':
			return "d"
		case 'ñ':
			return "n"
		case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø':
			return "o"
		case 'ù', 'ú', 'û', 'ü':
			return "u"
		case 'ý', 'ÿ':
			return "y"
		case 'þ':
			return "th"
		}
		return ""
	case '\u0100' <= r && r <= '\u017F':
		switch r {
		case 'Ĳ', 'ĳ':
			return "ij"
		case 'Œ', 'œ':
			return "oe"
		}
		i := r - 0x100
		return natLatinExtA[i : i+1]
	case r == 'Ș' || r == 'ș' || r == 'Ş' || r == 'ş':
		return "s"
	case r == 'Ț' || r == 'ț':
		return "t"
	case r == 'Ơ' || r == 'ơ':
		return "o"
	case r == 'Ư' || r == 'ư':
		return "u"
	case '\u1EA0' <= r && r <= '\u1EF9': // Vietnamese: "Việt Nam"
		switch {
		case r <= '\u1EB7':
			return "a"
		case r <= '\u1EC7':
			return "e"
		case r <= '\u1ECB':
			return "i"
		case r <= '\u1EE3':
			return "o"
		case r <= '\u1EF1':
			return "u"
		}
		return "y"
	}
	return ""
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
// for the zero Country.
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

// UnmarshalText sets c from anything [ParseCountry] takes; empty text sets
// the zero Country.
func (c *Country) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = Country{}
		return nil
	}
	x, err := ParseCountry(string(text))
	if err != nil {
		return err
	}
	*c = x
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
		return c.UnmarshalText([]byte(v))
	case []byte:
		return c.UnmarshalText(v)
	}
	return fmt.Errorf("rescue: cannot scan %T into a Country: %w", src, ErrSyntax)
}

// Value implements [database/sql/driver.Valuer]: the alpha-2 code, or NULL
// for the zero Country.
func (c Country) Value() (driver.Value, error) {
	if !c.IsValid() {
		return nil, nil
	}
	return c.Alpha2(), nil
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

// UnmarshalText sets n from anything [ParseNationality] takes; empty text
// sets the zero Nationality.
func (n *Nationality) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*n = Nationality{}
		return nil
	}
	x, err := ParseNationality(string(text))
	if err != nil {
		return err
	}
	*n = x
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
		return n.UnmarshalText([]byte(v))
	case []byte:
		return n.UnmarshalText(v)
	}
	return fmt.Errorf("rescue: cannot scan %T into a Nationality: %w", src, ErrSyntax)
}

// Value implements [database/sql/driver.Valuer]: n.String(), or NULL for the
// zero Nationality.
func (n Nationality) Value() (driver.Value, error) {
	if !n.IsValid() {
		return nil, nil
	}
	return n.String(), nil
}
