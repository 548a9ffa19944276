package rescue

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/antitrafficking/rescue/internal/fold"
)

// TestNatTables checks the generated tables hang together.
func TestNatTables(t *testing.T) {
	t.Parallel()
	if len(natCountries) != natCountryCount+1 || natCountries[0] != (natCountryInfo{}) {
		t.Fatalf("natCountries has %d rows; want the zero row and %d", len(natCountries), natCountryCount)
	}
	for i := 2; i < len(natCountries); i++ {
		if natCountries[i-1].alpha2 >= natCountries[i].alpha2 {
			t.Errorf("natCountries not in alpha-2 order at %d: %s, %s (Compare relies on it)", i, natCountries[i-1].alpha2, natCountries[i].alpha2)
		}
	}
	for i, c := range natCountries[1:] {
		if len(c.alpha2) != 2 || len(c.alpha3) != 3 || (len(c.numeric) != 3 && c.alpha2 != "XK") ||
			c.iso == "" || c.common == "" || c.demonym == "" {
			t.Errorf("natCountries[%d] = %+v: a field is missing", i+1, c)
		}
	}
	if !slices.IsSortedFunc(natKeys[:], func(a, b natKey) int { return strings.Compare(a.key, b.key) }) {
		t.Errorf("natKeys not sorted")
	}
	for i := 1; i < len(natKeys); i++ {
		if natKeys[i-1].key == natKeys[i].key {
			t.Errorf("natKeys: %q twice", natKeys[i].key)
		}
	}
	for _, k := range natKeys {
		e := k.natEntry
		if e.c > natCountryCount || e.n > natLast || int(e.cm) >= len(natMsgs) || int(e.nm) >= len(natMsgs) {
			t.Errorf("key %q: entry %+v out of range", k.key, e)
		}
		if (e.c == 0) == (e.cm == 0) || (e.n == 0) == (e.nm == 0) {
			t.Errorf("key %q: entry %+v must give either a value or a message for each parser", k.key, e)
		}
		if e.c != 0 && e.n != e.c {
			t.Errorf("key %q: entry %+v gives a country and a different nationality", k.key, e)
		}
	}
	for i, m := range natMsgs[1:] {
		if m.text == "" {
			t.Errorf("natMsgs[%d] is empty", i+1)
		}
	}
}

// TestNatKeysFolded checks that every key folds to itself. A key that does
// not ("the bahamas", "saint" spelt "st") could never be found.
func TestNatKeysFolded(t *testing.T) {
	t.Parallel()
	for _, k := range natKeys {
		var buf [natBufLen]byte
		got, res := fold.Name(buf[:], k.key)
		if res != fold.Folded || string(got) != k.key {
			t.Errorf("fold.Name(%q) = %q, %v; want it unchanged", k.key, got, res)
		}
	}
}

// TestNatDataKeys folds every raw name, demonym and code in the data files
// and checks the table has the result: the generator dropped none of them.
func TestNatDataKeys(t *testing.T) {
	t.Parallel()
	var raw []string
	// read appends the given columns of a data file; in the column split (if
	// any) several demonyms are separated by ", ".
	read := func(name string, split int, cols ...int) {
		f, err := os.Open(filepath.Join("internal", "data", name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		header := true
		for sc.Scan() {
			line := sc.Text()
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if header {
				header = false
				continue
			}
			fields := strings.Split(line, "\t")
			for _, c := range cols {
				if c >= len(fields) || fields[c] == "" {
					continue
				}
				if c != split {
					raw = append(raw, fields[c])
					continue
				}
				raw = append(raw, strings.Split(fields[c], ", ")...)
			}
		}
	}
	read("countries.tsv", -1, 0, 1, 2, 3) // demonyms: fixes drop some; TestCountryRoundTrip has the rest
	read("country-names.tsv", -1, 1)
	read("country-other.tsv", -1, 0)
	read("iso/icao9303-codes.tsv", -1, 0)
	read("iso/iso3166-3-withdrawn.tsv", -1, 1, 2, 3, 4)
	_, extras := natReadExtras(t)
	for _, e := range extras {
		if e[1] == "name" || e[1] == "demonym" || e[1] == "fix" || e[1] == "code" || e[1] == "icao" {
			raw = append(raw, e[2])
		}
	}
	if len(raw) < 1500 {
		t.Fatalf("read only %d strings", len(raw))
	}
	m := natTable()
	for _, s := range raw {
		var buf [natBufLen]byte
		k, res := fold.Name(buf[:], s)
		if res != fold.Folded {
			t.Errorf("cannot fold %q", s)
			continue
		}
		if _, ok := m[string(k)]; !ok {
			t.Errorf("%q folds to %q, which is not a key", s, k)
		}
	}
}

func natReadExtras(t *testing.T) (header []string, rows [][]string) {
	b, err := os.ReadFile(filepath.Join("internal", "data", "country-extras.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if header == nil {
			header = f
			continue
		}
		if len(f) < 3 {
			t.Fatalf("country-extras.tsv: short line %q", line)
		}
		rows = append(rows, f)
	}
	return header, rows
}

// TestNatExtras checks each name and demonym of country-extras.tsv parses to
// its country, unless the note says it is shared.
func TestNatExtras(t *testing.T) {
	t.Parallel()
	_, rows := natReadExtras(t)
	for _, r := range rows {
		kind, value := r[1], r[2]
		note := ""
		if len(r) > 3 {
			note = r[3]
		}
		if kind != "name" && kind != "demonym" && kind != "fix" && kind != "code" && kind != "icao" {
			continue
		}
		n, err := ParseNationality(value)
		if strings.Contains(note, "ambiguous") || strings.Contains(note, "shared") {
			if err == nil && n.String() != r[0] {
				if strings.Contains(note, "ambiguous") {
					t.Errorf("%s %s %q: parsed as %v; the note says ambiguous", r[0], kind, value, n)
				}
			}
			continue
		}
		if err != nil || n.String() != r[0] {
			t.Errorf("%s %s %q: ParseNationality = %v, %v", r[0], kind, value, n, err)
		}
		if kind == "name" || kind == "code" {
			if c, err := ParseCountry(value); err != nil || c.String() != r[0] {
				t.Errorf("%s %s %q: ParseCountry = %v, %v", r[0], kind, value, c, err)
			}
		}
	}
}
