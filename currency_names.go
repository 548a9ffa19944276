package rescue

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// AmbiguousCurrencyError reports a symbol or word that names more than one
// currency, such as "$" or "pesos". It wraps [ErrAmbiguousCurrency] and
// lists the candidates, most used first, so a person can say which one the
// report meant; the package never guesses.
type AmbiguousCurrencyError struct {
	Text       string     // the symbol or word as written
	Candidates []Currency // the currencies it may name, most used first
}

// Error returns `"$": ambiguous currency (USD, SGD, TWD, HKD, AUD, CAD, …)`.
func (e *AmbiguousCurrencyError) Error() string {
	if e == nil {
		return "<nil>"
	}
	var b strings.Builder
	b.WriteString(quoteInput(e.Text))
	b.WriteString(": ambiguous currency (")
	for i, c := range e.Candidates {
		if i == 6 && len(e.Candidates) > 7 {
			b.WriteString(", …")
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(c.String())
	}
	b.WriteString(")")
	return b.String()
}

// Unwrap returns [ErrAmbiguousCurrency].
func (e *AmbiguousCurrencyError) Unwrap() error { return ErrAmbiguousCurrency }

// currencyName is what a symbol or word names: one currency, or several.
type currencyName struct {
	cur        Currency
	candidates []Currency
}

// prominence orders the candidates of an ambiguous name: the currencies
// reports name most first, then the rest by code.
var prominence = strings.Fields(`USD EUR GBP JPY CNY SGD TWD HKD AUD CAD NZD MXN
	PHP INR PKR LKR NPR KRW KPW SEK NOK DKK ISK ZAR BWP KES UGX TZS SOS NGN NAD
	XOF XAF CHF AED MAD SAR QAR OMR IRR YER`)

// localDollarRegions are the countries whose own dollar a bare "$" names
// in English-language reports on them: their press writes "$" for it and
// "US$" for the US dollar (Australia, Canada, New Zealand, Singapore).
// Elsewhere a "$" that could be the local currency is left open in
// English: where the peso is written "$" (Mexico, Colombia, Argentina,
// Chile) English-language reports quote the US dollar as often, and
// with the same sign; in Liberia both dollars circulate; the press of
// Hong Kong and Taiwan marks its own dollar "HK$" and "NT$", so a bare
// "$" there is as likely the US dollar of a wire report.
const localDollarRegions = "AU CA NZ SG"

// localSign reports whether found, the one candidate of an ambiguous sign
// or word used in region, is what it names in text of language lang (""
// when unknown): always where the US dollar is not among the candidates
// or is the one found; for another dollar, only in the countries of
// localDollarRegions or in text in another language than English ("$"
// in Spanish text from Mexico is the peso).
func localSign(cands []Currency, found Currency, region, lang string) bool {
	if found == USD || !slices.Contains(cands, USD) {
		return true
	}
	return strings.Contains(localDollarRegions, region) || lang != "" && lang != "en"
}

// localSigns are signs that name one currency, except in the countries
// whose own currency writes the same sign: "£" is the pound sterling, but
// in Egypt, Lebanon, Syria, Sudan, South Sudan, Gibraltar, the Falklands
// and Saint Helena their own pound (the ISO 4217 pounds in use), as the
// word "pounds" is there; "C$" is the Canadian dollar, but in Nicaragua
// the córdoba. Only a region the caller gives counts (see pickCurrency).
var localSigns = map[string][]Currency{
	"£":  codes("EGP LBP SYP SDG SSP GIP FKP SHP"),
	"c$": codes("NIO"),
}

// localSignsOf returns the local currencies that text, a sign, may name
// instead of its usual one (see localSigns), or nil.
func localSignsOf(text string) []Currency {
	if len(text) > 16 {
		return nil
	}
	var buf [16]byte
	return localSigns[string(foldSymbol(buf[:0], text))]
}

// localSignIn returns the currency of locals used in region, or c.
func localSignIn(locals []Currency, c Currency, region string) Currency {
	for _, local := range locals {
		if local.usedIn(region) {
			return local
		}
	}
	return c
}

func rank(c Currency) int {
	for i, code := range prominence {
		if c.String() == code {
			return i
		}
	}
	return len(prominence)
}

func sortCandidates(cs []Currency) {
	// Insertion sort: the lists are short and this runs at init only.
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && less(cs[j], cs[j-1]); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

func less(a, b Currency) bool {
	ra, rb := rank(a), rank(b)
	if ra != rb {
		return ra < rb
	}
	return a.Compare(b) < 0
}

func codes(s string) []Currency {
	var cs []Currency
	for _, f := range strings.Fields(s) {
		cs = append(cs, MustParseCurrency(f))
	}
	return cs
}

// currencySymbols maps signs and abbreviations, folded by foldSymbol (lower
// case, no spaces, no dots), to what they name. The sign a person writes
// before or after the number.
var currencySymbols = func() map[string]currencyName {
	one := map[string]string{
		"us$": "USD", "usd$": "USD", "u$s": "USD", "$us": "USD",
		"s$": "SGD", "sg$": "SGD", "sgd$": "SGD",
		"rm":  "MYR",
		"nt$": "TWD", "ntd": "TWD",
		"hk$": "HKD", "hkd$": "HKD",
		"a$": "AUD", "au$": "AUD", "aud$": "AUD",
		"c$": "CAD", "ca$": "CAD", "can$": "CAD", "cad$": "CAD",
		"nz$": "NZD", "nzd$": "NZD",
		"s/": "PEN",
		"€":  "EUR", "eur€": "EUR",
		"£": "GBP", "gb£": "GBP", "uk£": "GBP", "stg": "GBP", "stg£": "GBP",
		"₱": "PHP", "php₱": "PHP",
		"฿":   "THB",
		"₫":   "VND",
		"₩":   "KRW",
		"rp":  "IDR",
		"₹":   "INR",
		"r$":  "BRL",
		"cn¥": "CNY", "rmb": "CNY", "rmb¥": "CNY",
		"jp¥": "JPY",
		"mx$": "MXN", "mex$": "MXN",
		"₪": "ILS", "nis": "ILS",
		"₦": "NGN",
		"₴": "UAH",
		"₽": "RUB",
		"₺": "TRY",
		"₸": "KZT",
		"₭": "LAK",
		"៛": "KHR",
		"₲": "PYG",
		"₵": "GHS", "gh₵": "GHS", "gh¢": "GHS",
		"₾": "GEL",
		"₼": "AZN",
		"₮": "MNT",
		"₡": "CRC",
		"৳": "BDT", "tk": "BDT",
		"ksh": "KES", "kshs": "KES",
		"ush": "UGX", "ushs": "UGX",
		"tsh": "TZS", "tshs": "TZS",
		"nrs": "NPR",
		"e£":  "EGP",
		"l£":  "LBP",
		"tt$": "TTD", "j$": "JMD", "bz$": "BZD", "bds$": "BBD", "fj$": "FJD",
		"ec$": "XCD", "n$": "NAD", "si$": "SBD", "z$": "ZWL",
		"sfr": "CHF", "chf": "CHF",
		"ks": "MMK",
		"zł": "PLN", "kč": "CZK", "ft": "HUF",
		"q": "GTQ", "rd$": "DOP", "b/": "PAB", "mop$": "MOP",
		"mk": "MWK", "zk": "ZMW", "fbu": "BIF", "frw": "RWF",
		"nu": "BTN", "qr": "QAR", "kd": "KWD",
	}
	many := map[string]string{
		"$":   "USD SGD TWD HKD AUD CAD NZD MXN ARS CLP COP BND BSD FJD LRD NAD SBD TTD XCD",
		"¥":   "JPY CNY",
		"kr":  "SEK NOK DKK ISK",
		"p":   "PHP BWP",
		"rs":  "INR PKR LKR NPR MUR SCR",
		"₨":   "INR PKR LKR NPR MUR SCR",
		"le":  "EGP SLE", // L.E., the Egyptian pound; Le, the leone
		"sr":  "SAR SCR",
		"bs":  "BOB VES VED",
		"br":  "ETB BYN",
		"r":   "ZAR INR",
		"n":   "NGN NAD",
		"sh":  "KES UGX TZS SOS",
		"shs": "KES UGX TZS SOS",
		"k":   "MMK PGK ZMW MWK",
		"b$":  "BND BSD",
		"fr":  "CHF XOF XAF XPF BIF CDF DJF GNF KMF RWF",
		"cfa": "XOF XAF", "fcfa": "XOF XAF",
		"dh": "AED MAD", "dhs": "AED MAD",
		"l": "HNL LSL MDL RON ALL",
	}
	m := make(map[string]currencyName, len(one)+len(many))
	for k, v := range one {
		m[k] = currencyName{cur: MustParseCurrency(v)}
	}
	for k, v := range many {
		cs := codes(v)
		sortCandidates(cs)
		m[k] = currencyName{candidates: cs}
	}
	return m
}()

// formatSymbols is what [Money.Format] writes before an English amount:
// only signs that name one currency, so that the text reads back exactly.
var formatSymbols = map[string]string{
	"USD": "US$", "SGD": "S$", "MYR": "RM", "TWD": "NT$", "PEN": "S/",
	"EUR": "€", "GBP": "£", "JPY": "JP¥", "CNY": "CN¥", "HKD": "HK$",
	"AUD": "A$", "CAD": "CA$", "NZD": "NZ$", "PHP": "₱", "THB": "฿",
	"VND": "₫", "KRW": "₩", "IDR": "Rp", "INR": "₹", "BRL": "R$",
	"MXN": "MX$", "ILS": "₪", "NGN": "₦", "UAH": "₴", "RUB": "₽",
	"TRY": "₺", "KZT": "₸", "LAK": "₭", "KHR": "៛", "PYG": "₲",
	"GEL": "₾", "AZN": "₼", "MNT": "₮", "CRC": "₡", "BDT": "৳",
}

// fundCodes are ISO 4217 units that are not a country's money (funds,
// metals, units of account): their names are not read as currency words.
const fundCodes = "BOV CHE CHW CLF COU MXV USN UYI UYW XAG XAU XBA XBB XBC XBD XDR XPD XPT XSU XUA XAD"

// unitOverrides gives the unit word of the currencies whose ISO name does
// not end in it.
var unitOverrides = map[string]string{
	"XOF": "franc", "XAF": "franc", "XPF": "franc", "CNY": "yuan", "GBP": "pound",
	"OMR": "rial", "BAM": "mark", "VES": "bolivar", "VED": "bolivar",
	"ZWG": "gold", "XCG": "guilder", "ANG": "guilder", "TMT": "manat",
}

// wordSynonyms fold spelling variants of unit words and plurals that do
// not just add "s" or "es" onto the singular.
var wordSynonyms = map[string]string{
	"riyal": "rial", "riyals": "rial", "rials": "rial",
	"rouble": "ruble", "roubles": "ruble", "rubles": "ruble",
	"lei": "leu", "leva": "lev", "reais": "real", "reals": "real",
	"kronor": "swedish krona", "kronur": "iceland krona", "kroner": "krone",
	"zlotys": "zloty", "zlotych": "zloty", "korun": "koruna",
	"shekalim": "shekel", "new shekels": "shekel", "new shekel": "shekel",
	"nuevos soles": "sol", "nuevo sol": "sol", "soles": "sol",
	"yuan renminbi": "yuan", "renminbi": "yuan",
	"pounds sterling": "pound sterling", "sterling": "pound sterling",
	"greenbacks": "us dollar", "quetzales": "quetzal", "colones": "colon",
	"bolivares": "bolivar", "guaranies": "guarani", "cedis": "cedi",
}

// currencyWords maps folded words (foldWords: lower case, no accents or
// apostrophes, single spaces) to what they name: every ISO 4217 name and
// its plural ("us dollars", "malaysian ringgit", "philippine pesos"), the
// unit words alone ("ringgit", "baht", and the ambiguous "dollars",
// "pesos", "won"…), and the variants of wordSynonyms.
var currencyWords = func() map[string]currencyName {
	units := map[string][]Currency{}
	names := map[string][]Currency{}
	add := func(m map[string][]Currency, w string, c Currency) {
		for _, have := range m[w] {
			if have == c {
				return
			}
		}
		m[w] = append(m[w], c)
	}
	for i := 1; i < len(currencies); i++ {
		c := Currency{uint16(i)}
		code := c.String()
		if strings.Contains(fundCodes, code) {
			continue
		}
		var buf [64]byte
		name := string(foldWords(buf[:0], c.Name()))
		add(names, name, c)
		unit := unitOverrides[code]
		if unit == "" {
			unit = name[strings.LastIndexByte(name, ' ')+1:]
		}
		if syn, ok := wordSynonyms[unit]; ok { // "riyal" (SAR) is a "rial" too
			unit = syn
		}
		add(units, unit, c)
	}
	m := map[string]currencyName{}
	put := func(w string, cs []Currency) {
		// Prefer currencies in use: "leone" is SLE, not the withdrawn SLL.
		var active []Currency
		for _, c := range cs {
			if c.Withdrawn() == "" {
				active = append(active, c)
			}
		}
		if len(active) > 0 {
			cs = active
		}
		if len(cs) == 1 {
			m[w] = currencyName{cur: cs[0]}
			return
		}
		cs = append([]Currency(nil), cs...)
		sortCandidates(cs)
		m[w] = currencyName{candidates: cs}
	}
	for w, cs := range units {
		put(w, cs)
	}
	for w, cs := range names { // a full name wins over a unit word
		if strings.Contains(w, " ") {
			put(w, cs)
		}
	}
	// "Lira" is the Turkish lira, and the Arabic name of the Lebanese and
	// Syrian pounds, which English-language reports from Beirut and
	// Damascus use too ("1.5 million lira"): the report's country decides.
	m["lira"] = currencyName{candidates: codes("TRY LBP SYP")}
	m["yuan"] = currencyName{cur: CNY}
	m["pound sterling"] = currencyName{cur: GBP}
	m["us dollar"] = currencyName{cur: USD}
	m["cfa franc"] = currencyName{candidates: codes("XOF XAF")}
	m["west african cfa franc"] = currencyName{cur: MustParseCurrency("XOF")}
	m["central african cfa franc"] = currencyName{cur: MustParseCurrency("XAF")}
	m["cfp franc"] = currencyName{cur: MustParseCurrency("XPF")}
	return m
}()

// lookupWords finds folded words, singular or plural, in currencyWords.
func lookupWords(w string) (currencyName, bool) {
	if syn, ok := wordSynonyms[w]; ok {
		w = syn
	}
	if n, ok := currencyWords[w]; ok {
		return n, true
	}
	for _, suffix := range [...]string{"s", "es"} {
		if base, ok := strings.CutSuffix(w, suffix); ok {
			if syn, ok := wordSynonyms[base]; ok {
				base = syn
			}
			if n, ok := currencyWords[base]; ok {
				return n, true
			}
		}
	}
	// "Kenyan shillings", "Thai baht", "US dollars": a country or demonym,
	// then a unit word that the country's currency has.
	sp := strings.LastIndexByte(w, ' ')
	if sp <= 0 {
		return currencyName{}, false
	}
	unit, ok := lookupWords(w[sp+1:])
	if !ok {
		return currencyName{}, false
	}
	nat, err := ParseNationality(w[:sp])
	if err != nil {
		return currencyName{}, false
	}
	country, ok := nat.Country()
	if !ok {
		return currencyName{}, false
	}
	cands := unit.candidates
	if unit.cur.IsValid() {
		cands = []Currency{unit.cur}
	}
	cc := country.Alpha2()
	var found Currency
	for _, c := range cands {
		if c.usedIn(cc) || c.String()[:2] == cc {
			if found.IsValid() && found != c {
				return currencyName{}, false
			}
			found = c
		}
	}
	return currencyName{cur: found}, found.IsValid()
}

// foldWords appends s to b in lower case, with accents, dots and
// apostrophes removed and runs of spaces and hyphens made one space.
func foldWords(b []byte, s string) []byte {
	space := false
	for _, r := range s {
		switch {
		case r == '.' || r == '\'' || r == '’':
			continue
		case r == ' ' || r == '-' || r == '\t' || r == '\u00a0' || r == '\u2009' || r == '\u202f':
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			continue
		}
		b = utf8.AppendRune(b, unaccent(unicode.ToLower(r)))
	}
	return b
}

// foldSymbol appends s to b in lower case with spaces and dots removed:
// "US $" and "us$" and "Rs." and "RS" fold alike.
func foldSymbol(b []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r == '.' || r == ' ' || r == '\u00a0' || r == '\u2009' || r == '\u202f':
			continue
		case 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case r == '＄' || r == '﹩':
			r = '$'
		case r == '￥':
			r = '¥'
		case r >= utf8.RuneSelf:
			r = unicode.ToLower(r) // "ZŁ", "KČ"
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

// unaccent maps a lower-case accented Latin letter to its base letter
// ("é" → "e", "ồ" → "o", "đ" → "d"), so that "đồng" and "guaraníes" fold
// like "dong" and "guaranies". Other runes are returned as they are.
func unaccent(r rune) rune {
	switch r {
	case 'đ':
		return 'd'
	case 'ł':
		return 'l'
	case 'ø':
		return 'o'
	}
	var buf [utf8.UTFMax]byte
	d := norm.NFD.Properties(buf[:utf8.EncodeRune(buf[:], r)]).Decomposition()
	if len(d) > 0 && d[0] < utf8.RuneSelf && isLetter(d[0]) {
		return rune(d[0])
	}
	return r
}

// resolveCurrency says which currency a sign, code or words name. It
// returns an *AmbiguousCurrencyError for a name of several, and false with
// no error for text that names none.
func resolveCurrency(text string) (Currency, bool, error) {
	if c, ok := lookupCurrency(text); ok {
		return c, true, nil
	}
	var buf [64]byte
	if len(text) > len(buf) {
		return Currency{}, false, nil
	}
	if n, ok := currencySymbols[string(foldSymbol(buf[:0], text))]; ok {
		return n.resolve(text)
	}
	if n, ok := lookupWords(string(foldWords(buf[:0], text))); ok {
		return n.resolve(text)
	}
	return Currency{}, false, nil
}

func (n currencyName) resolve(text string) (Currency, bool, error) {
	if n.cur.IsValid() {
		return n.cur, true, nil
	}
	return Currency{}, false, &AmbiguousCurrencyError{Text: text, Candidates: n.candidates}
}
