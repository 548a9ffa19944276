// Package countrylists reads the public lists of country names and
// demonyms copied under testdata/countries, and scores a parser against
// them. The library's tests use it to report ParseCountry's and
// ParseNationality's rates, and the bench module the peers' rates on the
// same lists; nothing in the library itself imports it.
package countrylists

import (
	"bufio"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Kind says which parser a list is for.
type Kind int

const (
	Names    Kind = iota // names of countries: ParseCountry
	Demonyms             // demonyms and nationality forms: ParseNationality
)

// Entry is one text of a list and the codes the list gives it. A text the
// list gives to two or more countries ("Korean", "Congolese", "Channel
// Islander") names none of them alone.
type Entry struct {
	Text  string
	Codes []string // ISO 3166-1 alpha-2, sorted
}

// Shared reports whether the list gives the text to several countries.
func (e Entry) Shared() bool { return len(e.Codes) > 1 }

// List is one list of names or demonyms.
type List struct {
	Name    string // as the README table shows it
	Kind    Kind
	Entries []Entry // in the order first met
}

// Load reads every list from dir (testdata/countries). isCode reports
// whether a code is a current ISO 3166-1 alpha-2 code (or XK); rows of
// other codes (GeoNames keeps CS and AN, withdrawn) are left out.
func Load(dir string, isCode func(string) bool) ([]List, error) {
	var lists []List
	add := func(name string, kind Kind, rows [][2]string) {
		l := List{Name: name, Kind: kind}
		at := map[string]int{}
		for _, r := range rows {
			code, text := r[0], r[1]
			if !isCode(code) || text == "" {
				continue
			}
			i, ok := at[text]
			if !ok {
				i = len(l.Entries)
				at[text] = i
				l.Entries = append(l.Entries, Entry{Text: text})
			}
			if e := &l.Entries[i]; !slices.Contains(e.Codes, code) {
				e.Codes = append(e.Codes, code)
				slices.Sort(e.Codes)
			}
		}
		lists = append(lists, l)
	}
	cc, err := readTSV(filepath.Join(dir, "country-codes.tsv"))
	if err != nil {
		return nil, err
	}
	add("UNTERM short", Names, column(cc, 1))
	add("UNTERM formal", Names, column(cc, 2))
	add("UN M49 / ISO 3166", Names, column(cc, 3))
	add("CLDR English", Names, column(cc, 4))
	gn, err := readTSV(filepath.Join(dir, "geonames.tsv"))
	if err != nil {
		return nil, err
	}
	add("GeoNames", Names, column(gn, 1))
	ml, err := readTSV(filepath.Join(dir, "mledoze.tsv"))
	if err != nil {
		return nil, err
	}
	add("mledoze common", Names, column(ml, 1))
	add("mledoze official", Names, column(ml, 2))
	add("mledoze demonyms", Demonyms, column(ml, 3))
	fb, err := readTSV(filepath.Join(dir, "factbook.tsv"))
	if err != nil {
		return nil, err
	}
	var names, forms [][2]string
	for _, r := range fb {
		code := r[1]
		for _, s := range r[2:4] {
			if n := FactbookName(s); n != "" {
				names = append(names, [2]string{code, n})
			}
		}
		for _, s := range r[4:6] {
			for _, f := range FactbookForms(s) {
				forms = append(forms, [2]string{code, f})
			}
		}
	}
	add("Factbook names", Names, names)
	add("Factbook nationality", Demonyms, forms)
	for _, l := range lists {
		if len(l.Entries) < 150 {
			return nil, fmt.Errorf("%s: only %d entries", l.Name, len(l.Entries))
		}
	}
	return lists, nil
}

// column returns the alpha-2 code (column 0) and column i of each row.
func column(rows [][]string, i int) [][2]string {
	out := make([][2]string, 0, len(rows))
	for _, r := range rows {
		if i < len(r) {
			out = append(out, [2]string{r[0], r[i]})
		}
	}
	return out
}

// readTSV returns the rows of a tab-separated file after its header line,
// skipping comments. Fields are kept as they are, spaces included.
func readTSV(name string) ([][]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	header := true
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows, sc.Err()
}

// FactbookName returns the name a Factbook "conventional long/short form"
// field gives, or "" for "none": HTML entities decoded ("C&ocirc;te"),
// and without the Factbook's notes, which follow a semicolon ("; note -
// the island of Great Britain includes …") or stand in parentheses that
// start in lower case ("(sometimes referred to as Spitsbergen …)", "(prior
// to 15 August 2021)"). Parentheses that are part of the name stay:
// "Congo (Brazzaville)", "Cocos (Keeling) Islands".
func FactbookName(s string) string {
	s = html.UnescapeString(s)
	if i := strings.IndexByte(s, ';'); i >= 0 {
		s = s[:i]
	}
	s = dropNotes(s, false)
	if s == "none" {
		return ""
	}
	return s
}

// FactbookForms returns the nationality forms a Factbook "noun" or
// "adjective" field gives: "Finn(s)" is "Finn" and "Finns";
// "Dutchman(men), Dutchwoman(women)" four forms; alternatives separated by
// commas, semicolons, " or " and "/" are separate forms; notes in
// parentheses ("(singular and plural)", "(US citizens)", "(colloquial)")
// and after "; note" are dropped, and "(or Taiwanese)" is an alternative.
// "none" and "NA" give nothing.
func FactbookForms(s string) []string {
	s = html.UnescapeString(s)
	if i := strings.Index(s, "; note"); i >= 0 {
		s = s[:i]
	}
	s = strings.NewReplacer(";", ",", " or ", ",", "/", ",").Replace(dropNotes(s, true))
	var out []string
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" || part == "none" || part == "NA" {
			continue
		}
		base, plural, hasPlural := strings.Cut(part, "(")
		base = strings.TrimSpace(base)
		out = append(out, base)
		if !hasPlural {
			continue
		}
		switch p := strings.TrimSuffix(plural, ")"); {
		case p == "s":
			out = append(out, base+"s")
		case strings.HasSuffix(base, p[:len(p)-2]+"an"): // Manxman (men), Irishwoman(women)
			out = append(out, strings.TrimSuffix(base, p[:len(p)-2]+"an")+p)
		default:
			out = append(out, base, p)
		}
	}
	return out
}

// dropNotes removes parenthesised notes: those starting in lower case,
// and in forms also "(US citizens)" and the like; "(s)", "(men)" and
// "(women)" stay for FactbookForms to expand, and "(or Taiwanese)" becomes
// the alternative ", Taiwanese".
func dropNotes(s string, forms bool) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '(')
		j := strings.IndexByte(s[max(i, 0):], ')')
		if i < 0 || j < 0 {
			b.WriteString(s)
			return strings.TrimSpace(b.String())
		}
		note := s[i+1 : i+j]
		switch {
		case note == "s" || note == "men" || note == "women":
			b.WriteString(s[:i+j+1])
		case forms && strings.HasPrefix(note, "or "):
			b.WriteString(strings.TrimRight(s[:i], " ") + ", " + note[len("or "):])
		case note != "" && 'a' <= note[0] && note[0] <= 'z', forms && strings.HasPrefix(note, "US "):
			b.WriteString(strings.TrimRight(s[:i], " "))
		default:
			b.WriteString(s[:i+j+1])
		}
		s = s[i+j+1:]
	}
}
