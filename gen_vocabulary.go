//go:build ignore

// gen_vocabulary reads internal/data/vocabulary.tsv and writes
// zz_vocabulary.go: the constants, lookup tables and methods of the
// package's controlled vocabularies. Run it with `go generate`.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"go/format"
	"log"
	"os"
	"slices"
	"strconv"
	"strings"
)

const (
	input  = "internal/data/vocabulary.tsv"
	output = "zz_vocabulary.go"
)

type vocab struct {
	typ, values, source, htcdsField string
	line                            int
	items                           []item // the named values, 1…n
	aliases                         []item // rows that mean the zero value
}

type item struct {
	code, konst, label, htcds, note string
	synonyms                        []string
	line                            int
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen_vocabulary: ")
	vocabs, err := read(input)
	if err != nil {
		log.Fatal(err)
	}
	src, err := generate(vocabs)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(output, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

func read(name string) ([]*vocab, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var (
		vocabs []*vocab
		cur    *vocab
		consts = map[string]int{}
	)
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		bad := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: %s", name, n, fmt.Sprintf(format, args...))
		}
		if cols[0] == "type" {
			if len(cols) < 4 || len(cols) > 5 {
				return nil, bad("type row has %d columns, want 4 or 5", len(cols))
			}
			cur = &vocab{typ: cols[1], values: cols[2], source: cols[3], line: n}
			if len(cols) == 5 {
				cur.htcdsField = cols[4]
			}
			vocabs = append(vocabs, cur)
			continue
		}
		if cols[0] != "" {
			return nil, bad("unknown row kind %q", cols[0])
		}
		if cur == nil {
			return nil, bad("value before the first type row")
		}
		if len(cols) != 7 {
			return nil, bad("value row has %d columns, want 7", len(cols))
		}
		it := item{code: cols[1], konst: cols[2], label: cols[3], htcds: cols[4], note: cols[6], line: n}
		if cols[5] != "" {
			it.synonyms = strings.Split(cols[5], "|")
		}
		for _, s := range append([]string{it.code, it.konst, it.label}, it.synonyms...) {
			if strings.TrimSpace(s) != s || s == "" {
				return nil, bad("empty or padded field %q", s)
			}
		}
		if it.konst == "-" {
			cur.aliases = append(cur.aliases, it)
			continue
		}
		if prev, ok := consts[it.konst]; ok {
			return nil, bad("constant %s already defined on line %d", it.konst, prev)
		}
		consts[it.konst] = n
		switch {
		case cur.htcdsField == "" && it.htcds != "":
			return nil, bad("HTCDS column set, but %s has no HTCDS field", cur.typ)
		case cur.htcdsField != "" && it.htcds == "":
			return nil, bad("HTCDS column empty; use - for no HTCDS code")
		case it.htcds == "-":
			it.htcds = ""
		}
		cur.items = append(cur.items, it)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, v := range vocabs {
		if len(v.items) == 0 || len(v.items) > 255 {
			return nil, fmt.Errorf("%s:%d: %s has %d values", name, v.line, v.typ, len(v.items))
		}
	}
	return vocabs, nil
}

// fold must match vocabFold in vocabulary.go; vocabulary_test.go checks
// that every key written here parses back to its value.
func fold(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
		case strings.IndexByte(" \t\n\v\f\r-_/'.,;:()", c) >= 0:
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			i++
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 &&
			(s[i+2] == 0x98 || s[i+2] == 0x99 || s[i+2] == 0x93):
			i += 2
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// keys returns v's folded codes, labels and synonyms, sorted, with the
// value each names; two values sharing a key is an error.
func keys(v *vocab) ([]string, []int, error) {
	m := map[string]int{}
	add := func(text string, val, line int) error {
		k := fold(text)
		if k == "" {
			return fmt.Errorf("%s:%d: %q folds to nothing", input, line, text)
		}
		if len(k) > 128 {
			return fmt.Errorf("%s:%d: %q folds to over 128 bytes", input, line, text)
		}
		if old, ok := m[k]; ok && old != val {
			return fmt.Errorf("%s:%d: %s %q (key %q) already names value %d", input, line, v.typ, text, k, old)
		}
		m[k] = val
		return nil
	}
	for i, it := range v.items {
		for _, s := range append([]string{it.code, it.label}, it.synonyms...) {
			if err := add(s, i+1, it.line); err != nil {
				return nil, nil, err
			}
		}
	}
	for _, it := range v.aliases {
		for _, s := range append([]string{it.code, it.label}, it.synonyms...) {
			if err := add(s, 0, it.line); err != nil {
				return nil, nil, err
			}
		}
	}
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	vals := make([]int, len(ks))
	for i, k := range ks {
		vals[i] = m[k]
	}
	return ks, vals, nil
}

func generate(vocabs []*vocab) ([]byte, error) {
	var b bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("// Code generated by gen_vocabulary.go from %s; DO NOT EDIT.\n\n", input)
	p("package rescue\n\nimport \"database/sql/driver\"\n")
	for _, v := range vocabs {
		ks, vals, err := keys(v)
		if err != nil {
			return nil, err
		}
		T := v.typ
		r := strings.ToLower(T[:1])
		table := strings.ToLower(T[:1]) + T[1:] + "Table"
		ex := v.items[0]
		for _, it := range v.items {
			if it.label != it.code && !strings.ContainsAny(it.label, ",;") {
				ex = it
				break
			}
		}

		p("\n%sconst (\n", comment("", fmt.Sprintf("%s values (%s), in the order %s returns them.", T, v.source, v.values)))
		for i, it := range v.items {
			text := fmt.Sprintf("%s is the %s coded %q", it.konst, T, it.code)
			if fold(it.label) != fold(it.code) {
				text += ": " + it.label
			}
			text += "."
			if it.note != "" {
				text += "\n" + it.note
			}
			p("%s\t%s %s = %d\n", comment("\t", text), it.konst, T, i+1)
		}
		p(")\n\n")

		var codes, labels, htcds, valid []string
		codes, labels, htcds = []string{`""`}, []string{`""`}, []string{`""`}
		for _, it := range v.items {
			codes = append(codes, strconv.Quote(it.code))
			labels = append(labels, strconv.Quote(it.label))
			htcds = append(htcds, strconv.Quote(it.htcds))
			valid = append(valid, it.code)
		}
		p("var %s = vocabTable{\n", table)
		p("\tname: %q,\n", T)
		p("\tcodes: []string{%s},\n", strings.Join(codes, ", "))
		p("\tlabels: []string{%s},\n", strings.Join(labels, ", "))
		if v.htcdsField != "" {
			p("\thtcds: []string{%s},\n", strings.Join(htcds, ", "))
		}
		if len(v.aliases) > 0 {
			var as []string
			for _, a := range v.aliases {
				as = append(as, strconv.Quote(a.code))
			}
			p("\taliases: []string{%s},\n", strings.Join(as, ", "))
		}
		p("\tkeys: []string{\n")
		for _, k := range ks {
			p("\t\t%q,\n", k)
		}
		p("\t},\n\tvals: []uint8{")
		for i, x := range vals {
			if i%20 == 0 {
				p("\n\t\t")
			} else {
				p(" ")
			}
			p("%d,", x)
		}
		p("\n\t},\n")
		p("\tvalid: %q,\n}\n", strings.Join(valid, ", "))

		d := func(text string) { p("\n%s", comment("", text)) }
		sub := strings.NewReplacer("{T}", T, "{r}", r, "{code}", strconv.Quote(ex.code),
			"{label}", strconv.Quote(ex.label), "{values}", v.values, "{field}", v.htcdsField)
		fn := func(doc, code string) {
			d(sub.Replace(doc))
			p("%s\n", strings.ReplaceAll(sub.Replace(code), "{table}", table))
		}
		fn(`String returns the code of {r}, such as {code}, or "" for the zero value. An out-of-range value prints as "%!{T}(N)".`,
			`func ({r} {T}) String() string { return {table}.text(uint8({r})) }`)
		fn(`Label returns a human label for {r}, such as {label}, or "" for the zero value; an out-of-range value gives what String does.`,
			`func ({r} {T}) Label() string { return {table}.label(uint8({r})) }`)
		fn(`IsValid reports whether {r} is one of the {T} constants; the zero value is not.`,
			`func ({r} {T}) IsValid() bool { return {table}.isValid(uint8({r})) }`)
		fn(`AppendText appends the code of {r} to b (nothing for the zero value). It fails, wrapping ErrInvalid, only for an out-of-range value.`,
			`func ({r} {T}) AppendText(b []byte) ([]byte, error) { return {table}.appendText(b, uint8({r})) }`)
		fn(`MarshalText returns the code of {r} (empty for the zero value). It fails, wrapping ErrInvalid, only for an out-of-range value.`,
			`func ({r} {T}) MarshalText() ([]byte, error) { return {table}.appendText(nil, uint8({r})) }`)
		fn(`UnmarshalText sets *{r} to the {T} whose code is exactly text, or to the zero value for empty text. It does not take labels or synonyms (Parse{T} does); anything else is a *ParseError wrapping ErrInvalid that lists the valid codes (ErrRange for text over 256 bytes), and leaves *{r} unchanged.`,
			`func ({r} *{T}) UnmarshalText(text []byte) error {
	val, err := {table}.unmarshal("UnmarshalText", text)
	if err != nil {
		return err
	}
	*{r} = {T}(val)
	return nil
}`)
		fn(`Scan implements database/sql.Scanner: it reads a code from a string or []byte as UnmarshalText does, and NULL as the zero value.`,
			`func ({r} *{T}) Scan(src any) error {
	val, err := {table}.scan(src)
	if err != nil {
		return err
	}
	*{r} = {T}(val)
	return nil
}`)
		fn(`Value implements database/sql/driver.Valuer: the code of {r}, or NULL for the zero value.`,
			`func ({r} {T}) Value() (driver.Value, error) { return {table}.value(uint8({r})) }`)
		if v.htcdsField != "" {
			fn(`HTCDS returns the code of HTCDS field {field} to export {r} as (see [{T}] for the mapping), or "" if there is none, as for the zero value.`,
				`func ({r} {T}) HTCDS() string { return {table}.export(uint8({r})) }`)
		}
		fn(`Parse{T} returns the {T} that s names: its code ({code}), its label ({label}) or a common synonym, in any case, ignoring spaces, hyphens, underscores, slashes, apostrophes and punctuation, and taking a plural "s". Blank input gives the zero value. An unknown name is a *ParseError wrapping ErrInvalid that lists the valid codes; input over 256 bytes is one wrapping ErrRange.`,
			`func Parse{T}(s string) ({T}, error) {
	val, err := {table}.parse(s)
	return {T}(val), err
}`)
		fn(`{values} returns every {T} constant, in order, in a new slice.`,
			`func {values}() []{T} { return []{T}{`+constList(v)+`} }`)
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		return b.Bytes(), fmt.Errorf("formatting the output: %v", err)
	}
	return src, nil
}

func constList(v *vocab) string {
	var cs []string
	for _, it := range v.items {
		cs = append(cs, it.konst)
	}
	return strings.Join(cs, ", ")
}

// comment returns text as a Go comment of lines under 80 columns, each
// starting with indent; a newline in text starts a new paragraph.
func comment(indent, text string) string {
	var b strings.Builder
	for i, para := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteString(indent + "//\n")
		}
		for _, l := range wrap(para, 76-len(indent)*4) {
			b.WriteString(indent + "// " + l + "\n")
		}
	}
	return b.String()
}

// wrap splits s into lines of at most width bytes, at spaces.
func wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}
