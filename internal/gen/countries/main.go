// Command countries generates zz_countries_table.go, the tables behind Country
// and Nationality, from the data in internal/data:
//
//	countries.tsv                 ISO 3166-1 codes, names, demonyms, UN membership
//	country-names.tsv             the common English name of each country
//	country-extras.tsv            fixes to countries.tsv, Kosovo, more names and demonyms
//	country-other.tsv             groupings, regional words, ethnic groups, status words
//	iso/iso3166-3-withdrawn.tsv   withdrawn codes and their successors
//	iso/icao9303-codes.tsv        ICAO Doc 9303 codes beyond ISO alpha-3
//
// Run it with "go generate" in the package directory (country.go holds the
// directive). It folds every name with package fold, as the parsers do, and
// fails if two keys fold to the same form with meanings that cannot be
// merged.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/antitrafficking/rescue/internal/fold"
)

var (
	dataDir = flag.String("data", "internal/data", "directory of the data files")
	outFile = flag.String("o", "zz_countries_table.go", "output file")
	verbose = flag.Bool("v", false, "print the demonym fixes and the ambiguous keys")
)

type country struct {
	alpha2, alpha3, numeric string
	iso, common, demonym    string
	sovereign               bool
	idx                     int
	names, demonyms         []string
	fixed                   string // the countries.tsv demonym a fix replaced
	hasFix                  bool
}

// keyInfo collects everything a folded key may mean.
type keyInfo struct {
	codes      map[int]bool // country codes (current ISO and extra)
	successor  int          // a withdrawn code with one successor
	split      []string     // messages of withdrawn entries that split
	icao       int          // an ICAO code naming a country (nationality only)
	status     int          // an ICAO status (nationality index)
	notCountry string       // grouping, word, ethnic group, ICAO organisation
	unknownMsg string       // a message for ErrUnknownCountry (ZZ)
	names      map[int]bool
	demonyms   map[int]bool
	sources    []string
}

type gen struct {
	countries []*country
	byAlpha2  map[string]*country
	byAlpha3  map[string]*country
	keys      map[string]*keyInfo
}

const countryCount = 250 // ISO 3166-1 (249) plus XK; checked below

// Status nationality indices, as in country.go.
var statusIndex = map[string]int{
	"XXA": countryCount + 1, "XXB": countryCount + 2, "XXC": countryCount + 3, "XXX": countryCount + 4,
}

var statusWords = map[string]string{
	"XXA": "stateless", "XXB": "a refugee", "XXC": "a refugee other than by the 1951 Convention", "XXX": "unspecified",
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen/countries: ")
	flag.Parse()
	g := &gen{byAlpha2: map[string]*country{}, byAlpha3: map[string]*country{}, keys: map[string]*keyInfo{}}
	g.readCountries()
	g.readExtras()
	g.readNames()
	g.addCountryKeys()
	g.readWithdrawn()
	g.readICAO()
	g.readOther()
	g.addFeminines()
	g.addPlurals()
	src := g.emit()
	out, err := format.Source(src)
	if err != nil {
		os.WriteFile(*outFile+".broken", src, 0o644)
		log.Fatalf("formatting output: %v", err)
	}
	if err := os.WriteFile(*outFile, out, 0o644); err != nil {
		log.Fatal(err)
	}
}

// readTSV returns the rows of a tab-separated file, skipping comments, blank
// lines and the header line.
func readTSV(name string, minCols int) [][]string {
	f, err := os.Open(filepath.Join(*dataDir, name))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	header := true
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) < minCols {
			log.Fatalf("%s:%d: want at least %d columns, have %d", name, line, minCols, len(cols))
		}
		for len(cols) < 8 {
			cols = append(cols, "")
		}
		rows = append(rows, cols)
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	return rows
}

func (g *gen) readCountries() {
	for _, r := range readTSV("countries.tsv", 6) {
		c := &country{alpha2: r[0], alpha3: r[1], numeric: r[2], iso: r[3], sovereign: r[5] == "yes"}
		for _, d := range strings.Split(r[4], ", ") {
			if d != "" {
				c.demonyms = append(c.demonyms, d)
			}
		}
		g.addCountry(c)
	}
}

func (g *gen) addCountry(c *country) {
	if g.byAlpha2[c.alpha2] != nil {
		log.Fatalf("country %s twice", c.alpha2)
	}
	g.countries = append(g.countries, c)
	g.byAlpha2[c.alpha2] = c
	g.byAlpha3[c.alpha3] = c
}

func (g *gen) country(alpha2, where string) *country {
	c := g.byAlpha2[alpha2]
	if c == nil {
		log.Fatalf("%s: no country %q", where, alpha2)
	}
	return c
}

// extras are the rows of country-extras.tsv other than "add", read after
// all countries exist.
var extraCodes, icaoCodes [][2]string
var successorFixes = map[string][]string{}

func (g *gen) readExtras() {
	rows := readTSV("country-extras.tsv", 3)
	for _, r := range rows {
		if r[1] == "add" {
			alpha3, iso, ok := strings.Cut(r[2], "|")
			if !ok {
				log.Fatalf("country-extras.tsv: add %s: want alpha3|iso_name", r[0])
			}
			g.addCountry(&country{alpha2: r[0], alpha3: alpha3, iso: iso})
		}
	}
	slices.SortFunc(g.countries, func(a, b *country) int { return strings.Compare(a.alpha2, b.alpha2) })
	if len(g.countries) != countryCount {
		log.Fatalf("%d countries, want %d", len(g.countries), countryCount)
	}
	for i, c := range g.countries {
		c.idx = i + 1
	}
	for _, r := range rows {
		where := "country-extras.tsv: " + r[0] + " " + r[1] + " " + r[2]
		switch r[1] {
		case "add":
		case "state":
			g.country(r[0], where).sovereign = true
		case "fix":
			c := g.country(r[0], where)
			if c.fixed != "" || (c.demonym != "") {
				log.Fatalf("%s: a second fix", where)
			}
			c.fixed = strings.Join(c.demonyms, ", ")
			c.hasFix = true
			c.demonym = r[2]
			c.demonyms = []string{r[2]}
		case "demonym":
			c := g.country(r[0], where)
			c.demonyms = append(c.demonyms, r[2])
		case "name":
			c := g.country(r[0], where)
			c.names = append(c.names, r[2])
		case "code":
			g.country(r[0], where)
			extraCodes = append(extraCodes, [2]string{r[2], r[0]})
		case "icao":
			g.country(r[0], where)
			icaoCodes = append(icaoCodes, [2]string{r[2], r[0]})
		case "successor":
			g.country(r[2], where)
			successorFixes[r[0]] = append(successorFixes[r[0]], r[2])
		default:
			log.Fatalf("%s: unknown kind", where)
		}
	}
	for _, c := range g.countries {
		if c.demonym == "" {
			if len(c.demonyms) == 0 {
				log.Fatalf("%s has no demonym", c.alpha2)
			}
			c.demonym = c.demonyms[0]
		}
	}
	if *verbose {
		for _, c := range g.countries {
			if c.hasFix {
				fmt.Printf("fix %s %q -> %q (also accepted: %s)\n", c.alpha2, c.fixed, c.demonym, strings.Join(c.demonyms[1:], ", "))
			}
		}
	}
}

func (g *gen) readNames() {
	seen := map[string]bool{}
	for _, r := range readTSV("country-names.tsv", 2) {
		c := g.country(r[0], "country-names.tsv")
		c.common = r[1]
		seen[r[0]] = true
	}
	if len(seen) != countryCount {
		log.Fatalf("country-names.tsv: %d countries, want %d", len(seen), countryCount)
	}
}

// info returns the keyInfo of the folded form of s, noting where s came from.
func (g *gen) info(s, source string) (string, *keyInfo) {
	k := foldKey(s)
	if k == "" {
		log.Fatalf("%s: %q folds to nothing", source, s)
	}
	ki := g.keys[k]
	if ki == nil {
		ki = &keyInfo{codes: map[int]bool{}, names: map[int]bool{}, demonyms: map[int]bool{}}
		g.keys[k] = ki
	}
	ki.sources = append(ki.sources, source+" "+s)
	return k, ki
}

func (g *gen) addCountryKeys() {
	for _, c := range g.countries {
		for _, code := range []string{c.alpha2, c.alpha3, c.numeric} {
			if code != "" {
				_, ki := g.info(code, c.alpha2+" code")
				ki.codes[c.idx] = true
			}
		}
	}
	for _, x := range extraCodes {
		_, ki := g.info(x[0], x[1]+" extra code")
		ki.codes[g.byAlpha2[x[1]].idx] = true
	}
	for _, c := range g.countries {
		for _, n := range append([]string{c.iso, c.common}, c.names...) {
			_, ki := g.info(n, c.alpha2+" name")
			ki.names[c.idx] = true
		}
		for _, d := range c.demonyms {
			_, ki := g.info(d, c.alpha2+" demonym")
			ki.demonyms[c.idx] = true
		}
	}
}

type withdrawn struct {
	alpha2, alpha3, numeric, name, year, kind string
	successors                                []string // alpha-3
}

func (g *gen) readWithdrawn() {
	byAlpha3 := map[string]*withdrawn{}
	var all []*withdrawn
	for _, r := range readTSV("iso/iso3166-3-withdrawn.tsv", 10) {
		w := &withdrawn{alpha2: r[1], alpha3: r[2], numeric: r[3], name: r[4], year: r[5][:4], kind: r[6]}
		w.successors = strings.Split(r[8], ",")
		for _, s := range successorFixes[w.alpha2] {
			w.successors = append(w.successors, g.byAlpha2[s].alpha3)
		}
		byAlpha3[w.alpha3] = w
		all = append(all, w)
	}
	// describe returns the successor of w, or a message saying it split.
	var describe func(w *withdrawn) (int, string)
	describe = func(w *withdrawn) (int, string) {
		if w.kind != "split" && len(w.successors) == 1 {
			s := w.successors[0]
			if c := g.byAlpha3[s]; c != nil {
				return c.idx, ""
			}
			next := byAlpha3[s]
			if next == nil {
				log.Fatalf("withdrawn %s: unknown successor %s", w.alpha3, s)
			}
			idx, msg := describe(next)
			if idx != 0 {
				return idx, ""
			}
			return 0, fmt.Sprintf("%s (withdrawn %s) became %s", w.name, w.year, msg)
		}
		var parts []string
		for _, s := range w.successors {
			c := g.byAlpha3[s]
			if c == nil {
				log.Fatalf("withdrawn %s: successor %s is not a country", w.alpha3, s)
			}
			parts = append(parts, c.alpha2+" ("+c.common+")")
		}
		slices.Sort(parts)
		return 0, fmt.Sprintf("%s (withdrawn %s), which split into %s", w.name, w.year, strings.Join(parts, ", "))
	}
	splitMsg = map[string]string{}
	for _, w := range all {
		idx, msg := describe(w)
		if msg != "" {
			msg = strings.Replace(msg, ", which split", ", split", 1)
			splitMsg[w.alpha3] = msg
		}
		source := "withdrawn " + w.alpha3
		for _, code := range []string{w.alpha2, w.alpha3, w.numeric} {
			if code == "" {
				continue
			}
			k := foldKey(code)
			if ki := g.keys[k]; ki != nil && len(ki.codes) > 0 {
				continue // reassigned: the current code wins (BY, GE, SK, ATF, 104…)
			}
			_, ki := g.info(code, source)
			if idx != 0 {
				ki.successor = idx
			} else {
				ki.split = append(ki.split, msg)
			}
		}
		_, ki := g.info(w.name, source+" name")
		if idx != 0 {
			ki.names[idx] = true
		} else {
			ki.split = append(ki.split, msg)
		}
	}
}

var splitMsg map[string]string

func (g *gen) readICAO() {
	icao := map[string]string{}
	for _, x := range icaoCodes {
		icao[x[0]] = x[1]
	}
	for _, r := range readTSV("iso/icao9303-codes.tsv", 2) {
		code, meaning := r[0], r[1]
		k := foldKey(code)
		if ki := g.keys[k]; ki != nil {
			if len(ki.codes) > 0 || len(ki.split) > 0 {
				continue // an ISO code, current or withdrawn (ANT, NTZ)
			}
		}
		_, ki := g.info(code, "ICAO")
		switch {
		case icao[code] != "":
			ki.icao = g.byAlpha2[icao[code]].idx
			delete(icao, code)
		case statusIndex[code] != 0:
			ki.status = statusIndex[code]
		default:
			ki.notCountry = "the ICAO Doc 9303 code for " + lowerFirst(meaning) + ", not a nationality"
		}
	}
	if len(icao) > 0 {
		log.Fatalf("country-extras.tsv: icao codes not in icao9303-codes.tsv: %v", icao)
	}
}

func lowerFirst(s string) string {
	// Keep proper names: lower-case only a first word that is a common noun.
	for _, w := range []string{"Stateless", "Refugee", "Person", "Resident"} {
		if strings.HasPrefix(s, w+" ") {
			return strings.ToLower(w) + s[len(w):]
		}
	}
	return s
}

func (g *gen) readOther() {
	for _, r := range readTSV("country-other.tsv", 3) {
		key, kind, value := r[0], r[1], r[2]
		_, ki := g.info(key, "other "+kind)
		switch kind {
		case "grouping":
			ki.notCountry = value + ", a grouping"
		case "word", "ethnic":
			ki.notCountry = value
		case "withdrawn":
			msg := splitMsg[value]
			if msg == "" {
				log.Fatalf("country-other.tsv: %s: no split entry %s", key, value)
			}
			ki.split = append(ki.split, msg)
		case "status":
			ki.status = statusIndex[value]
			if ki.status == 0 {
				log.Fatalf("country-other.tsv: %s: unknown status %s", key, value)
			}
			if key == "ZZ" {
				ki.unknownMsg = "the code for an unknown country"
			}
		default:
			log.Fatalf("country-other.tsv: %s: unknown kind %s", key, kind)
		}
	}
}

// plural returns the plural of a folded demonym or word, or "" if it has
// none distinct from the singular ("Chinese", "Swiss", "French").
func plural(k string) string {
	last := k[strings.LastIndexByte(k, ' ')+1:]
	switch {
	case last == "czech":
		return k + "s"
	case strings.HasSuffix(last, "man") && len(last) > 3 && strings.ContainsRune("hsyx", rune(last[len(last)-4])):
		return k[:len(k)-3] + "men"
	case strings.HasSuffix(last, "woman"):
		return k[:len(k)-5] + "women"
	case strings.HasSuffix(last, "ese"), strings.HasSuffix(last, "sh"), strings.HasSuffix(last, "ch"),
		strings.HasSuffix(last, "s"), strings.HasSuffix(last, "x"), strings.HasSuffix(last, "z"),
		strings.HasSuffix(last, "y"):
		return ""
	}
	return k + "s"
}

// feminine returns the feminine of a folded demonym, or "" if it has none
// distinct from it: "manxman" → "manxwoman" (the men of plural), and the
// French "-ais" and "-ois" forms of the French territories and Seychelles,
// "martiniquais" → "martiniquaise".
func feminine(k string) string {
	last := k[strings.LastIndexByte(k, ' ')+1:]
	switch {
	case strings.HasSuffix(last, "man") && !strings.HasSuffix(last, "woman") && plural(k) == k[:len(k)-3]+"men":
		return k[:len(k)-3] + "woman"
	case strings.HasSuffix(last, "ais"), strings.HasSuffix(last, "ois"):
		return k + "e"
	}
	return ""
}

// addFeminines adds the feminine of every demonym that has one, unless it
// is already a key: Manxwoman, Martiniquaise, Seychelloise.
func (g *gen) addFeminines() {
	var ks []string
	for k, ki := range g.keys {
		if len(ki.demonyms) > 0 && len(ki.codes) == 0 && len(ki.names) == 0 {
			ks = append(ks, k)
		}
	}
	slices.Sort(ks)
	for _, k := range ks {
		f := feminine(k)
		if f == "" || g.keys[f] != nil {
			continue
		}
		_, fi := g.info(f, "feminine of")
		for c := range g.keys[k].demonyms {
			fi.demonyms[c] = true
		}
	}
}

// addPlurals adds the plural of every demonym and word, unless it would
// clash with a key of another meaning.
func (g *gen) addPlurals() {
	var singulars []string
	for k := range g.keys {
		singulars = append(singulars, k)
	}
	slices.Sort(singulars)
	for _, k := range singulars {
		ki := g.keys[k]
		if len(ki.codes) > 0 || ki.successor != 0 || ki.icao != 0 || strings.HasSuffix(ki.notCountry, ", a grouping") {
			continue
		}
		if len(ki.names) > 0 && len(ki.demonyms) == 0 {
			continue
		}
		p := plural(k)
		if p == "" {
			continue
		}
		if pi := g.keys[p]; pi != nil {
			compatible := len(pi.codes) == 0 && pi.successor == 0 && pi.icao == 0 && pi.status == ki.status &&
				pi.notCountry == "" && ki.notCountry == "" && len(pi.split) == 0 && len(ki.split) == 0
			if !compatible {
				if pi.notCountry == "" && pi.status == 0 {
					log.Printf("not adding plural %q of %q: it is already a key (%s)", p, k, strings.Join(pi.sources, "; "))
				}
				continue
			}
		}
		_, pi := g.info(p, "plural of")
		for c := range ki.demonyms {
			pi.demonyms[c] = true
		}
		pi.status = ki.status
		pi.notCountry = ki.notCountry
		pi.split = append(pi.split, ki.split...)
	}
}

type entry struct{ c, n, cm, nm int }

type msg struct {
	kind string // natErr… constant name
	text string
}

func (g *gen) emit() []byte {
	var msgs []msg
	msgIndex := map[msg]int{}
	addMsg := func(kind, text string) int {
		m := msg{kind, text}
		if i, ok := msgIndex[m]; ok {
			return i
		}
		msgs = append(msgs, m)
		msgIndex[m] = len(msgs)
		return len(msgs)
	}
	var keys []string
	for k := range g.keys {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	entries := map[string]entry{}
	var failed bool
	fail := func(k string, ki *keyInfo, why string) {
		log.Printf("key %q: %s (from %s)", k, why, strings.Join(ki.sources, "; "))
		failed = true
	}
	for _, k := range keys {
		ki := g.keys[k]
		var e entry
		kinds := 0
		for _, b := range []bool{len(ki.codes) > 0, ki.successor != 0, len(ki.split) > 0, ki.icao != 0,
			ki.status != 0, ki.notCountry != "", len(ki.names)+len(ki.demonyms) > 0} {
			if b {
				kinds++
			}
		}
		switch {
		case len(ki.codes) > 0:
			if len(ki.codes) > 1 {
				fail(k, ki, "a code of several countries")
			}
			for c := range ki.codes {
				e.c, e.n = c, c
			}
			if kinds > 2 || !subset(ki.names, ki.codes) || !subset(ki.demonyms, ki.codes) {
				fail(k, ki, "a code that also means something else")
			}
		case ki.successor != 0:
			e.c, e.n = ki.successor, ki.successor
			if kinds > 2 || !subset(ki.names, map[int]bool{ki.successor: true}) || len(ki.demonyms) > 0 {
				fail(k, ki, "a withdrawn code that also means something else")
			}
		case len(ki.split) > 0:
			slices.Sort(ki.split)
			m := addMsg("natErrNotCountry", strings.Join(slices.Compact(ki.split), "; "))
			e.cm, e.nm = m, m
			if kinds > 1 {
				fail(k, ki, "a withdrawn country that split, and something else")
			}
		case ki.icao != 0:
			e.n = ki.icao
			e.cm = addMsg("natErrUnknown", "an ICAO Doc 9303 nationality code, not an ISO 3166-1 code")
			if kinds > 1 {
				fail(k, ki, "an ICAO code that also means something else")
			}
		case ki.status != 0:
			e.n = ki.status
			if ki.unknownMsg != "" {
				e.cm = addMsg("natErrUnknown", ki.unknownMsg)
			} else {
				code := ""
				for c, i := range statusIndex {
					if i == ki.status {
						code = c
					}
				}
				e.cm = addMsg("natErrNotCountry", "a nationality status (ICAO "+code+": "+statusWords[code]+"), not a country")
			}
			if kinds > 1 {
				fail(k, ki, "a status that also means something else")
			}
		case ki.notCountry != "":
			m := addMsg("natErrNotCountry", ki.notCountry)
			e.cm, e.nm = m, m
			if kinds > 1 {
				fail(k, ki, "not a country, and something else")
			}
		default:
			all := map[int]bool{}
			for c := range ki.names {
				all[c] = true
			}
			for c := range ki.demonyms {
				all[c] = true
			}
			n, amb := g.resolve(all)
			if n != 0 {
				e.n = n
			} else {
				e.nm = addMsg("natErrAmbiguous", amb)
				if *verbose {
					fmt.Printf("ambiguous %q: %s\n", k, amb)
				}
			}
			if len(ki.names) > 0 {
				c, amb := g.resolve(ki.names)
				if c != 0 {
					e.c = c
					if n != 0 && c != n {
						fail(k, ki, "a name of one country and a demonym of another")
					}
				} else {
					e.cm = addMsg("natErrAmbiguous", amb)
				}
			} else {
				e.cm = addMsg("natErrUnknown", "a demonym, not the name of a country")
			}
		}
		entries[k] = e
	}
	if failed {
		log.Fatal("conflicting keys")
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by \"go run ./internal/gen/countries\"; DO NOT EDIT.\n\n")
	fmt.Fprintf(&b, "package rescue\n\n")
	fmt.Fprintf(&b, "// natCountryCount is the number of countries: ISO 3166-1 and XK.\n")
	fmt.Fprintf(&b, "const natCountryCount = %d\n\n", countryCount)
	fmt.Fprintf(&b, "// natCountries describes each country by index: 0 is the zero Country, the\n")
	fmt.Fprintf(&b, "// rest are in alpha-2 order.\n")
	fmt.Fprintf(&b, "var natCountries = [...]natCountryInfo{\n\t{},\n")
	for _, c := range g.countries {
		fmt.Fprintf(&b, "\t{%q, %q, %q, %q, %q, %q}, // %d\n", c.alpha2, c.alpha3, c.numeric, c.iso, c.common, c.demonym, c.idx)
	}
	fmt.Fprintf(&b, "}\n\n")
	fmt.Fprintf(&b, "// natMsgs are the errors keys give; index 0 is unused.\n")
	fmt.Fprintf(&b, "var natMsgs = [...]natMsg{\n\t{},\n")
	for i, m := range msgs {
		fmt.Fprintf(&b, "\t{%s, %q}, // %d\n", m.kind, m.text, i+1)
	}
	fmt.Fprintf(&b, "}\n\n")
	fmt.Fprintf(&b, "// natKeys holds every folded key: the Country (c) and Nationality (n) index\n")
	fmt.Fprintf(&b, "// it gives, or the index in natMsgs of the error it gives (cm, nm).\n")
	fmt.Fprintf(&b, "var natKeys = [...]natKey{\n")
	for _, k := range keys {
		e := entries[k]
		fmt.Fprintf(&b, "\t{%q, natEntry{%d, %d, %d, %d}},\n", k, e.c, e.n, e.cm, e.nm)
	}
	fmt.Fprintf(&b, "}\n")
	log.Printf("%d countries, %d keys, %d messages", len(g.countries), len(keys), len(msgs))
	return b.Bytes()
}

func subset(a, b map[int]bool) bool {
	for x := range a {
		if !b[x] {
			return false
		}
	}
	return true
}

// resolve returns the one country of set, or the one sovereign state in it;
// otherwise it returns 0 and the candidates (the states if several are, else
// all) as "CD (DR Congo), CG (Republic of the Congo)".
func (g *gen) resolve(set map[int]bool) (int, string) {
	var all, states []*country
	for i := range set {
		c := g.countries[i-1]
		all = append(all, c)
		if c.sovereign {
			states = append(states, c)
		}
	}
	if len(all) == 1 {
		return all[0].idx, ""
	}
	if len(states) == 1 {
		return states[0].idx, ""
	}
	if len(states) > 1 {
		all = states
	}
	slices.SortFunc(all, func(a, b *country) int { return strings.Compare(a.alpha2, b.alpha2) })
	var parts []string
	for _, c := range all {
		parts = append(parts, c.alpha2+" ("+c.common+")")
	}
	return 0, strings.Join(parts, ", ")
}

// foldKey folds s as the parsers do.
func foldKey(s string) string {
	b, res := fold.Name(make([]byte, fold.Growth*len(s)), s)
	if res != fold.Folded {
		log.Fatalf("cannot fold %q", s)
	}
	return string(b)
}
