package rescue

import (
	"bytes"
	"slices"
	"strings"

	"github.com/antitrafficking/rescue/internal/fold"
)

// This file reads the forms of a name the key table does not hold as
// keys: official long forms ("Kingdom of Cambodia", "Gabonese Republic",
// "Hong Kong Special Administrative Region of the People's Republic of
// China"), index forms ("Korea, Republic of"), a name with its alternative
// ("Republic of China (Taiwan)"), lists of demonyms of one country
// ("Antiguan, Barbudan") and, for nationalities, words around a demonym
// ("Thai women"). Each rule takes words away or moves them and looks the
// rest up in the table, so it can only give what the table says: a rest
// that two countries share is refused as ambiguous, with its candidates.

// natResolve looks a folded key up, then the forms of it the rules below
// read. It returns the first entry that gives the parser a value, else the
// first one found (whose error says why it gives none); ok is false if no
// form of the key is in the table.
func natResolve(key []byte, nationality bool) (e natEntry, ok bool) {
	m := natTable()
	if e, ok = m[string(key)]; ok {
		return e, true
	}
	var first natEntry
	found := false
	bases := [2][]byte{key}
	if nationality {
		if t := natTrimQualifiers(key); len(t) != len(key) && len(t) > 0 {
			if e, ok = m[string(t)]; ok && e.gives(true) {
				return e, true
			} else if ok {
				first, found = e, true
			}
			bases[1] = t
		}
	}
	for _, b := range bases {
		if b == nil {
			continue
		}
		for rule := range natRuleCount {
			if rule == natRuleIsland && !nationality {
				continue
			}
			e, ok = natApplyRule(rule, b)
			if !ok {
				continue
			}
			if e.gives(nationality) {
				return e, true
			}
			if !found {
				first, found = e, true
			}
		}
	}
	return first, found
}

const (
	natRuleDesignator = iota // "Kingdom of Cambodia"
	natRuleSAR               // "Hong Kong Special Administrative Region"
	natRuleAdjective         // "Gabonese Republic", "Swiss Confederation"
	natRuleTerritory         // "Coral Sea Islands Territory"
	natRuleIsland            // nationalities: "Cook Island", "Saint Martin Islander"
	natRuleCount
)

// natApplyRule reads key by one rule; ok is false if the rule does not
// apply or the rest is not in the table.
func natApplyRule(rule int, key []byte) (natEntry, bool) {
	m := natTable()
	switch rule {
	case natRuleDesignator:
		if rest := natTrimDesignator(key); len(rest) != len(key) && len(rest) > 0 {
			e, ok := m[string(rest)]
			return e, ok
		}
	case natRuleSAR:
		if rest := natTrimSAR(key); len(rest) != len(key) && len(rest) > 0 {
			e, ok := m[string(rest)]
			return e, ok
		}
	case natRuleAdjective:
		if rest := natTrimSuffix(key, false); len(rest) != len(key) && len(rest) > 0 {
			return natOfDemonym(m, rest)
		}
	case natRuleIsland:
		return natIslandName(m, key)
	case natRuleTerritory:
		if rest := natTrimSuffix(key, true); len(rest) != len(key) && len(rest) > 0 {
			// A name only: "Indian Territory" was a part of the United
			// States, not of India.
			if e, ok := m[string(rest)]; ok && e.c != 0 {
				return e, true
			}
		}
	}
	return natEntry{}, false
}

// natOfDemonym reads "<adjective> Republic": the country is the one the
// adjective names as a nationality ("Gabonese" → GA). An adjective two
// countries share gives its ambiguity ("Congolese Republic"), one that
// names no country its error ("Yugoslav Federation").
func natOfDemonym(m map[string]natEntry, adj []byte) (natEntry, bool) {
	e, ok := m[string(adj)]
	switch {
	case !ok || e.c != 0:
		// A name is no adjective: "Dominica Republic" is more likely a
		// slip for the Dominican Republic than a name of Dominica.
		return natEntry{}, false
	case e.n != 0 && e.n <= natCountryCount:
		return natEntry{c: e.n, n: e.n}, true
	case e.nm != 0 && natMsgs[e.nm].kind != natErrUnknown:
		return natEntry{cm: e.nm, nm: e.nm}, true
	}
	return natEntry{}, false
}

// natIslandName reads the attributive and personal forms of a name in
// "Islands": "Cook Island" and "Cook Islander(s)" are of the Cook Islands,
// "Saint Martin Islander" of Saint Martin. Only names are read this way: a
// demonym before "Islander" ("American Islander") names no islands.
func natIslandName(m map[string]natEntry, key []byte) (natEntry, bool) {
	var base []byte
	for _, suffix := range [...]string{" islanders", " islander", " island"} {
		if len(key) > len(suffix) && string(key[len(key)-len(suffix):]) == suffix {
			base = key[:len(key)-len(suffix)]
			break
		}
	}
	if base == nil {
		return natEntry{}, false
	}
	var buf [natBufLen + len(" islands")]byte
	n := copy(buf[:], base)
	n += copy(buf[n:], " islands")
	if e, ok := m[string(buf[:n])]; ok && (e.c != 0 || e.cm != 0 && natMsgs[e.cm].kind == natErrAmbiguous) {
		return e, true
	}
	n = copy(buf[:], base)
	n += copy(buf[n:], " island") // "Bouvet Islander"
	if e, ok := m[string(buf[:n])]; ok && e.c != 0 {
		return e, true
	}
	if e, ok := m[string(base)]; ok && e.c != 0 {
		return e, true
	}
	return natEntry{}, false
}

// natTrimDesignator removes the words before "of" in a formal name when
// all of them designate a kind of state or territory: "Kingdom of
// Cambodia" → "cambodia", "Overseas Collectivity of Saint Martin" → "saint
// martin", "Independent and Sovereign Republic of Kiribati" → "kiribati".
// Formal names the table holds, some of them needed to tell countries apart
// ("Republic of Korea", "Republic of China"), are found before this is
// tried, and a rest two countries share ("Congo") is ambiguous there.
func natTrimDesignator(b []byte) []byte {
	rest, words, and := b, 0, false
	for {
		w, next, ok := natCutWord(rest)
		if !ok {
			return b
		}
		rest = next
		switch {
		case string(w) == "of" && words > 0 && !and:
			return rest
		case string(w) == "and" && words > 0 && !and:
			and = true
		case natIsDesignator(w):
			words++
			and = false
		default:
			return b
		}
	}
}

// natCutWord returns the first word of b and what follows its space; ok is
// false if b is a single word.
func natCutWord(b []byte) (w, rest []byte, ok bool) {
	for i, c := range b {
		if c == ' ' {
			return b[:i], b[i+1:], true
		}
	}
	return b, nil, false
}

// natIsDesignator reports whether w is a word of the designation in a
// formal name: "Republic", "Kingdom", "Federative", "Bailiwick", "Most
// Serene"…
func natIsDesignator(w []byte) bool {
	switch string(w) {
	case "republic", "kingdom", "state", "federal", "federation", "federated", "federative",
		"democratic", "islamic", "peoples", "socialist", "united", "commonwealth", "principality",
		"grand", "duchy", "sultanate", "emirate", "union", "independent", "sovereign", "plurinational",
		"bolivarian", "oriental", "eastern", "hashemite", "cooperative", "co", "operative", "arab",
		"most", "serene", "nation", "country", "realm", "territory", "territorial", "bailiwick",
		"collectivity", "overseas", "department", "lands", "special", "administrative", "region":
		return true
	}
	return false
}

// natTrimSuffix removes a last word that designates a state ("Republic",
// "Confederation", "Federation"; with territory, "Territory"), with the
// adjectives that go with it: "gabonese republic" → "gabonese", "sahrawi
// arab democratic republic" → "sahrawi".
func natTrimSuffix(b []byte, territory bool) []byte {
	i := bytes.LastIndexByte(b, ' ')
	if i < 0 {
		return b
	}
	if last := b[i+1:]; territory && string(last) != "territory" || !territory && !natIsRepublicWord(last) {
		return b
	}
	rest := b[:i]
	for {
		j := bytes.LastIndexByte(rest, ' ')
		if j < 0 || !natIsRepublicAdjective(rest[j+1:]) {
			return rest
		}
		rest = rest[:j]
	}
}

func natIsRepublicWord(w []byte) bool {
	switch string(w) {
	case "republic", "confederation", "federation":
		return true
	}
	return false
}

func natIsRepublicAdjective(w []byte) bool {
	switch string(w) {
	case "arab", "democratic", "peoples", "socialist", "islamic", "federal", "federative":
		return true
	}
	return false
}

// natTrimSAR removes the designation of a Special Administrative Region
// and, after it, the state it belongs to: "hong kong special administrative
// region of peoples republic of china" → "hong kong", "macao sar china" →
// "macao".
func natTrimSAR(b []byte) []byte {
	for _, d := range [...]string{" special administrative region", " sar"} {
		i := natIndex(b, d)
		if i <= 0 {
			continue
		}
		switch string(b[i+len(d):]) {
		case "", " china", " of china", " peoples republic of china", " of peoples republic of china", " prc", " of prc":
			return b[:i]
		}
	}
	return b
}

// natIndex is strings.Index for a []byte, without converting it.
func natIndex(b []byte, sub string) int {
	for i := 0; i+len(sub) <= len(b); i++ {
		if string(b[i:i+len(sub)]) == sub {
			return i
		}
	}
	return -1
}

// natLeadQualifiers are phrases before a nationality that do not change it:
// "citizens of the Philippines".
var natLeadQualifiers = [...]string{
	"citizen of ", "citizens of ", "national of ", "nationals of ",
	"citizens from ", "nationals from ", "people from ", "people of ", "from ",
	"singular ", "plural ", // "Batswana (singular Motswana)"
}

// natMaxTrailing is how many qualifier words natTrimQualifiers removes from
// the end: "Indonesian migrant domestic workers", "Filipino men, women and
// children".
const natMaxTrailing = 4

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
// natMaxTrailing trailing qualifier words, with "and" or "or" between them.
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
	for removed := range natMaxTrailing {
		i := len(b) - 1
		for i >= 0 && b[i] != ' ' {
			i--
		}
		w := b[i+1:]
		// "and" and "or" only between qualifiers: "Thai women and children".
		and := removed > 0 && (string(w) == "and" || string(w) == "or")
		if i < 0 || !natIsQualifier(w) && !and {
			break
		}
		b = b[:i]
	}
	return b
}

// natMaxParts bounds the parts natParts reads.
const natMaxParts = 12

// natParts reads s as an index form or as a list. With one comma, or a
// last part in parentheses, that part goes first: "Korea, Republic of" is
// "Republic of Korea", "China, Hong Kong SAR" "Hong Kong SAR China",
// "Korea (South)" "South Korea". Otherwise s is split at commas,
// semicolons, slashes, parentheses, "&", "or" and "and", and every part
// must name the same country: "Republic of China (Taiwan)", "Antiguan,
// Barbudan", "Lao or Laotian", "Frenchmen and Frenchwomen". Parts that name different countries give
// ambiguous, the candidates listed ("Thai, Malaysian"); ok is false, with
// no detail, if s has no such separator or a part names nothing.
func natParts(s string, nationality bool) (e natEntry, ok bool, ambiguous string) {
	if before, after, inverted := natInverted(s); inverted {
		var buf [natBufLen]byte
		a, res := fold.Name(buf[:], after)
		if n := len(a); res == fold.Folded && n > 0 && n < len(buf) {
			buf[n] = ' '
			before, res := fold.Name(buf[n+1:], before)
			if res == fold.Folded && len(before) > 0 {
				if e, ok = natResolve(buf[:n+1+len(before)], nationality); ok && e.gives(nationality) {
					return e, true, ""
				}
			}
		}
	}
	var values [natMaxParts]uint16
	parts := 0
	for rest := s; rest != ""; {
		part, next := natCutPart(rest)
		rest = next
		var buf [natBufLen]byte
		key, res := fold.Name(buf[:], part)
		if res != fold.Folded {
			return natEntry{}, false, ""
		}
		if len(key) == 0 {
			continue
		}
		if parts == len(values) {
			return natEntry{}, false, ""
		}
		pe, pok := natResolve(key, nationality)
		if !pok || !pe.gives(nationality) {
			return natEntry{}, false, ""
		}
		values[parts] = pe.c
		if nationality {
			values[parts] = pe.n
		}
		parts++
	}
	if parts < 2 {
		return natEntry{}, false, ""
	}
	vs := values[:parts]
	if v := vs[0]; !slices.ContainsFunc(vs, func(x uint16) bool { return x != v }) {
		if nationality {
			e.n = v
		} else {
			e.c, e.n = v, v
		}
		return e, true, ""
	}
	slices.Sort(vs)
	var b strings.Builder
	for i, v := range slices.Compact(vs) {
		if i > 0 {
			b.WriteString(", ")
		}
		n := Nationality{v}
		b.WriteString(n.String() + " (" + n.Name() + ")")
	}
	return natEntry{}, false, b.String()
}

// natInverted splits s into the parts of an index form: before and after
// its only comma, or before a last part in parentheses and inside it.
func natInverted(s string) (before, after string, ok bool) {
	if i := strings.IndexByte(s, ','); i >= 0 {
		if strings.IndexByte(s[i+1:], ',') >= 0 {
			return "", "", false
		}
		return s[:i], s[i+1:], true
	}
	t := strings.TrimRight(s, " ")
	if i := strings.IndexByte(t, '('); i > 0 && strings.IndexByte(t, ')') == len(t)-1 && strings.IndexByte(t[i+1:], '(') < 0 {
		return t[:i], t[i+1 : len(t)-1], true
	}
	return "", "", false
}

// natCutPart returns s up to its first separator — a comma, semicolon,
// slash, parenthesis, "&" or the word "or" or "and" — and what follows it.
// The whole of s has been looked up before, so names with "and" in them
// ("Trinidad and Tobago") are found whole.
func natCutPart(s string) (part, rest string) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ',' || c == ';' || c == '/' || c == '(' || c == ')' || c == '&':
			return s[:i], s[i+1:]
		case c != ' ':
		case natWordAt(s, i+1, "or"):
			return s[:i], s[i+len(" or "):]
		case natWordAt(s, i+1, "and"):
			return s[:i], s[i+len(" and "):]
		}
	}
	return s, ""
}

// natWordAt reports whether s holds the lower-case word w, in any case,
// at i, followed by a space.
func natWordAt(s string, i int, w string) bool {
	if i+len(w) >= len(s) || s[i+len(w)] != ' ' {
		return false
	}
	for j := range len(w) {
		if s[i+j]|0x20 != w[j] {
			return false
		}
	}
	return true
}
