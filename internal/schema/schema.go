// Package schema generates the JSON Schema (2020-12) of the operation JSON
// of package rescue from its Go types: the objects and their fields from
// the structs and their json tags, every code set from its vocabulary type,
// and the canonical texts of the value types from patterns.go. The
// committed schema/operation.schema.json is its output
// (internal/gen/schema writes it; `go generate` runs that), and `rescue
// schema` prints it.
package schema

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/antitrafficking/rescue"
)

// ID is the schema's $id.
const ID = "https://raw.githubusercontent.com/antitrafficking/rescue/main/schema/operation.schema.json"

// Generate returns the schema, indented, in ASCII (characters outside it
// escaped, so that no invisible character hides in the file), ending in a
// newline.
func Generate() ([]byte, error) {
	g := &generator{defs: map[string]object{}}
	root, err := g.structSchema(reflect.TypeFor[rescue.Operation]())
	if err != nil {
		return nil, err
	}
	out := object{
		{"$schema", "https://json-schema.org/draft/2020-12/schema"},
		{"$id", ID},
		{"title", "rescue operation"},
		{"description", rootDescription},
	}
	for _, m := range root {
		switch m.key {
		case "description":
		case "type":
			out = append(out, member{"type", "object"})
		default:
			out = append(out, m)
		}
	}
	names := make([]string, 0, len(g.defs))
	for name := range g.defs {
		names = append(names, name)
	}
	slices.Sort(names)
	var defs object
	for _, name := range names {
		defs = append(defs, member{name, g.defs[name]})
	}
	out = append(out, member{"$defs", defs})
	var b bytes.Buffer
	if err := indent(&b, out, ""); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	if !json.Valid(b.Bytes()) {
		return nil, fmt.Errorf("schema: the generated schema is not JSON")
	}
	return asciiJSON(b.Bytes()), nil
}

const rootDescription = `An operation record of package rescue (github.com/antitrafficking/rescue): ` +
	`a counter-trafficking operation with its victims, suspects, tallies and evidence. ` +
	`A key that is absent, null, or (for text) the empty string means "not recorded". ` +
	`Value types are written in their canonical text. Rules across fields ` +
	`(unique IDs, references, dates in order, tallies that add up) are checked by ` +
	`rescue's DecodeOperation and Validate, not by this schema; see the README.`

// generator collects the definitions of the types it meets.
type generator struct {
	defs map[string]object
}

// define adds the definition name, built by build, the first time.
func (g *generator) define(name string, build func() (object, error)) (object, error) {
	if _, ok := g.defs[name]; !ok {
		g.defs[name] = nil // reserved: a struct may refer to itself
		def, err := build()
		if err != nil {
			return nil, err
		}
		g.defs[name] = def
	}
	return ref(name), nil
}

var (
	personalType = reflect.TypeFor[rescue.Personal]()
	timeType     = reflect.TypeFor[time.Time]()
	tallyType    = reflect.TypeFor[rescue.Tally]()
)

// typeSchema returns the schema of a value of type t (a reference to its
// definition for the named types). field is the struct field it is the
// type of ("Suspect.Site"), or of whose elements it is, for strings.
func (g *generator) typeSchema(t reflect.Type, field string) (object, error) {
	switch {
	case t == personalType:
		return g.define("Personal", func() (object, error) { return textDef(personalDescription), nil })
	case t == timeType:
		return g.define("Time", func() (object, error) {
			return object{
				{"description", "An instant in RFC 3339, with its time zone: 2023-10-08T14:30:00-05:00."},
				{"type", []string{"string", "null"}},
				{"format", "date-time"},
				{"pattern", timePattern},
			}, nil
		})
	case isVocabulary(t):
		return g.define(t.Name(), func() (object, error) { return vocabularyDef(t) })
	case implementsText(t):
		build, ok := valueTypes[t.Name()]
		if !ok || t.PkgPath() != reflect.TypeFor[rescue.Operation]().PkgPath() {
			return nil, fmt.Errorf("schema: no schema for the text type %s: add it to valueTypes", t)
		}
		return g.define(t.Name(), func() (object, error) { return build(t) })
	}
	switch t.Kind() {
	case reflect.String:
		switch {
		case strings.HasSuffix(field, ".ID") && !optionalIDs[field]:
			return g.define("ID", func() (object, error) { return idDef(), nil })
		case strings.HasSuffix(field, ".ID") || references[field]:
			return g.define("Reference", func() (object, error) { return referenceDef(), nil })
		}
		return g.define("Text", func() (object, error) { return textDef(textDescription), nil })
	case reflect.Int:
		lim, ok := integerBounds[field]
		if !ok {
			return nil, fmt.Errorf("schema: no bounds for the integer field %s: add them to integerBounds", field)
		}
		return object{{"type", []string{"integer", "null"}}, {"minimum", lim[0]}, {"maximum", lim[1]}}, nil
	case reflect.Bool:
		return object{{"type", []string{"boolean", "null"}}}, nil
	case reflect.Slice:
		elem, err := g.typeSchema(t.Elem(), field)
		if err != nil {
			return nil, err
		}
		if g.zeroRefused(t.Elem(), field) {
			elem = g.nonZero(elem, t.Elem())
		}
		return object{{"type", []string{"array", "null"}}, {"items", elem}}, nil
	case reflect.Struct:
		return g.define(t.Name(), func() (object, error) { return g.structSchema(t) })
	}
	return nil, fmt.Errorf("schema: no schema for %s (%s)", t, field)
}

// structSchema returns the definition of a struct: its fields as
// properties under their JSON names, those Validate requires listed as
// required, no other property allowed (DecodeOperation refuses unknown
// fields).
func (g *generator) structSchema(t reflect.Type) (object, error) {
	props := object{}
	var required []string
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		name, opts, _ := strings.Cut(tag, ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		field := t.Name() + "." + f.Name
		s, err := g.typeSchema(f.Type, field)
		if err != nil {
			return nil, err
		}
		omit := strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")
		switch {
		case recorded[field]:
			required = append(required, name)
			s = append(slices.Clone(s), member{"not", object{{"enum", []any{nil, ""}}}})
		case (!omit && !notRequired[field]) || alsoRequired[field]:
			required = append(required, name)
			s = g.nonZero(s, f.Type)
		}
		props = append(props, member{name, s})
	}
	def := object{}
	if d, ok := structDescriptions[t.Name()]; ok {
		def = def.set("description", d)
	}
	def = def.set("type", []string{"object", "null"})
	if t == tallyType {
		var err error
		if props, def, err = g.tallyStatus(props, def); err != nil {
			return nil, err
		}
	}
	def = def.set("properties", props)
	if len(required) > 0 {
		def = def.set("required", required)
	}
	def = def.set("additionalProperties", false)
	return def, nil
}

// nonZero narrows s, a schema of type t, to the values that are not its
// zero value: not null, and for text not empty.
func (g *generator) nonZero(s object, t reflect.Type) object {
	if name, ok := refName(s); ok && name == "ID" {
		return s
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		if t != timeType && !implementsText(t) {
			s = append(slices.Clone(s), member{"type", "object"})
			if nonEmpty[t.Name()] {
				s = append(s, member{"minProperties", 1})
			}
			return s
		}
	case reflect.Slice:
		return append(slices.Clone(s), member{"type", "array"})
	case reflect.Int:
		return append(slices.Clone(s), member{"type", "integer"})
	}
	return append(slices.Clone(s), member{"type", "string"}, member{"minLength", 1})
}

// zeroRefused reports whether Validate refuses the zero value of t as an
// element of a list: an empty code, nationality or reference, a struct
// with a required field or that must record something (nonEmpty).
func (g *generator) zeroRefused(t reflect.Type, field string) bool {
	if t.Kind() != reflect.Struct || implementsText(t) || t == timeType || nonEmpty[t.Name()] {
		return true
	}
	def := g.defs[t.Name()]
	_, ok := def.get("required")
	return ok
}

func refName(s object) (string, bool) {
	v, ok := s.get("$ref")
	if !ok {
		return "", false
	}
	name, _ := strings.CutPrefix(v.(string), "#/$defs/")
	return name, true
}

// tallyStatus adds the tally's "status", a VictimStatus or a SuspectStatus
// as "of" says. (That a tally of suspects has no victims' fields, and the
// reverse, is left to Validate: a field left empty in any of its forms —
// "", [], {}, null — is no field at all, which a schema says only at
// length.)
func (g *generator) tallyStatus(props, def object) (object, object, error) {
	for i := range props {
		if src, ok := props[i].value.(object); ok && props[i].key == "source" {
			// A copy: the object may be shared with other properties.
			props[i].value = append(object{}, src...).set("description",
				"The URL of the operation's source that gives this figure: it must be the url of one of the operation's sources.")
		}
	}
	props = append(props, member{"status", object{
		{"description", "The status of everyone counted: a VictimStatus in a tally of victims, a SuspectStatus in a tally of suspects."},
		{"type", []string{"string", "null"}},
	}})
	var rules []object
	for _, kind := range []struct {
		of     rescue.TallyOf
		status reflect.Type
	}{
		{rescue.OfVictims, reflect.TypeFor[rescue.VictimStatus]()},
		{rescue.OfSuspects, reflect.TypeFor[rescue.SuspectStatus]()},
	} {
		status, err := g.typeSchema(kind.status, "Tally.Status")
		if err != nil {
			return nil, nil, err
		}
		then := object{{"status", status}}
		rules = append(rules, object{
			{"if", object{{"properties", object{{"of", object{{"const", kind.of.String()}}}}}, {"required", []string{"of"}}}},
			{"then", object{{"properties", then}}},
		})
	}
	return props, def.set("allOf", rules), nil
}

// isVocabulary reports whether t is one of the package's controlled
// vocabularies: a uint8 with a code (String) and a Label.
func isVocabulary(t reflect.Type) bool {
	_, label := t.MethodByName("Label")
	return t.Kind() == reflect.Uint8 && label && implementsText(t)
}

func implementsText(t reflect.Type) bool {
	return reflect.PointerTo(t).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) &&
		t.Implements(reflect.TypeFor[encoding.TextMarshaler]())
}

// vocabularyDef is the definition of the vocabulary t: its codes with
// their labels, then the texts read as "not recorded" (the empty string,
// the codes UnmarshalText maps to the zero value, and null); see codeSet.
func vocabularyDef(t reflect.Type) (object, error) {
	var codes, labels, lines []string
	for i := 1; i < 256; i++ {
		v := reflect.New(t).Elem()
		v.SetUint(uint64(i))
		if !v.MethodByName("IsValid").Call(nil)[0].Bool() {
			continue
		}
		code := v.MethodByName("String").Call(nil)[0].String()
		label := v.MethodByName("Label").Call(nil)[0].String()
		codes = append(codes, code)
		labels = append(labels, label)
		lines = append(lines, code+": "+label)
	}
	if len(codes) == 0 {
		return nil, fmt.Errorf("schema: the vocabulary %s has no codes", t)
	}
	zero := append([]string{""}, zeroAliases[t.Name()]...)
	for _, alias := range zero {
		u := reflect.New(t)
		err := u.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(alias))
		if err != nil || !u.Elem().IsZero() {
			return nil, fmt.Errorf("schema: %s does not read %q as not recorded: update zeroAliases", t, alias)
		}
	}
	return codeSet(t, "One of: "+strings.Join(lines, "; ")+".", codes, labels, zero, folds(t, codes[0])), nil
}

// codeSet is the definition of a set of codes: an enum of the codes, with
// their labels in enumDescriptions (the key editors such as VS Code show
// beside each value), then the texts zero read as "not recorded", and
// null. When UnmarshalText reads the codes in any case (fold), a second
// branch takes them so: [Ff][Ee][Mm]…; editors still offer the enum.
func codeSet(t reflect.Type, description string, codes, labels, zero []string, fold bool) object {
	enum := make([]any, 0, len(codes)+len(zero)+1)
	descs := slices.Clone(labels)
	for _, c := range codes {
		enum = append(enum, c)
	}
	for _, z := range zero {
		enum = append(enum, z)
		descs = append(descs, "not recorded")
	}
	enum = append(enum, nil)
	descs = append(descs, "not recorded")
	def := object{{"title", t.Name()}, {"description", description}}
	if !fold {
		return append(def, member{"enum", enum}, member{"enumDescriptions", descs})
	}
	all := append(slices.Clone(codes), zero[1:]...)
	return append(def, member{"anyOf", []object{
		{{"enum", enum}, {"enumDescriptions", descs}},
		{{"description", "The same codes in any case."}, {"type", "string"}, {"pattern", anchored(alternation(all, true), false)}},
	}})
}

// folds reports whether t reads code in lower case too.
func folds(t reflect.Type, code string) bool {
	u := reflect.New(t)
	lower := strings.ToLower(code)
	return lower != code && u.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(lower)) == nil
}

// probe returns the texts of up to three letters (and of three digits,
// when digits is set) that UnmarshalText of t accepts, in order, with
// whether it accepts them in lower case too.
func probe(t reflect.Type, digits bool) (codes []string, fold bool) {
	accept := func(s string) bool {
		u := reflect.New(t)
		return u.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)) == nil && !u.Elem().IsZero()
	}
	var try func(prefix string, n int)
	try = func(prefix string, n int) {
		if n == 0 {
			if accept(prefix) {
				codes = append(codes, prefix)
			}
			return
		}
		for c := 'A'; c <= 'Z'; c++ {
			try(prefix+string(c), n-1)
		}
	}
	for n := 1; n <= 3; n++ {
		try("", n)
	}
	if digits {
		for i := range 1000 {
			if s := fmt.Sprintf("%03d", i); accept(s) {
				codes = append(codes, s)
			}
		}
	}
	slices.Sort(codes)
	fold = len(codes) > 0 && accept(strings.ToLower(codes[0]))
	return codes, fold
}

// acceptsEmpty reports whether t reads the empty text (as the zero value).
func acceptsEmpty(t reflect.Type) bool {
	u := reflect.New(t)
	return u.Interface().(encoding.TextUnmarshaler).UnmarshalText(nil) == nil && u.Elem().IsZero()
}

// acceptsNumber reports whether t reads a JSON number too ("count": 44).
func acceptsNumber(t reflect.Type) bool {
	u := reflect.New(t)
	return json.Unmarshal([]byte("44"), u.Interface()) == nil
}

// textType returns the definition of a value type written as text
// matching pattern, accepting the empty text and a number when t does.
func textType(t reflect.Type, description, pattern string, maxLen int) object {
	types := []string{"string", "null"}
	def := object{{"title", t.Name()}, {"description", description}}
	if acceptsNumber(t) {
		types = []string{"string", "integer", "null"}
		description += " A whole number is read as the exact count."
		def = def.set("description", description)
		def = append(def, member{"type", types}, member{"minimum", 0}, member{"maximum", 1_000_000_000_000})
	} else {
		def = append(def, member{"type", types})
	}
	if maxLen > 0 {
		def = append(def, member{"maxLength", maxLen})
	}
	return append(def, member{"pattern", anchored(pattern, acceptsEmpty(t))})
}

// valueTypes build the definitions of the package's value types.
var valueTypes = map[string]func(t reflect.Type) (object, error){
	"Count": func(t reflect.Type) (object, error) {
		return textType(t, `A count as reported: "44", "more than 200", "at least 200", "fewer than 50", "at most 50", "about 300", "20 to 30", "about 20 to 30".`, countPattern(), 0), nil
	},
	"Age": func(t reflect.Type) (object, error) {
		return textType(t, `An age in years, 0 to 150: "16", a range "15-26", or "48+".`, agePattern(), 0), nil
	},
	"Date": func(t reflect.Type) (object, error) {
		return textType(t, `A date as precisely as it was reported (ISO 8601): a year "2023", a month "2023-10" or a day "2023-10-07".`, datePattern(), 0), nil
	},
	"Period": func(t reflect.Type) (object, error) {
		return textType(t, `A date, or a span of two dates "start/end" with either end open (ISO 8601): "2023-10-07/2023-10-08", "2023-09/", "/2023-10". The end does not come before the start.`, periodPattern(), 0), nil
	},
	"Country": func(t reflect.Type) (object, error) {
		return codeType(t, "A country: its ISO 3166-1 alpha-2 code.")
	},
	"Nationality": func(t reflect.Type) (object, error) {
		return codeType(t, "A nationality: the ISO 3166-1 alpha-2 code of the country, or an ICAO 9303 code for a status (stateless, refugee).")
	},
	"ReportedAmount": func(t reflect.Type) (object, error) {
		codes, fold := probe(reflect.TypeFor[rescue.Currency](), false)
		if len(codes) == 0 {
			return nil, fmt.Errorf("schema: no currency codes")
		}
		// The amounts are written with each currency's minor digits.
		byMinor := map[int][]string{}
		for _, c := range codes {
			d := rescue.MustParseCurrency(c).Digits()
			byMinor[d] = append(byMinor[d], c)
		}
		var groups []currencyGroup
		for _, d := range slices.Sorted(maps.Keys(byMinor)) {
			groups = append(groups, currencyGroup{codes: alternation(byMinor[d], fold), minor: d})
		}
		return textType(t, `An amount of money as reported, in ISO 4217 codes and plain decimals with the currency's minor digits: "USD 10000.00", "more than USD 10000.00 (about SGD 13700.00)", "THB 25000.00 to 50000.00", "VND 61000000 to 130000000 (USD 2500.00 to 5300.00)", "KWD 1.500". Hedges: more than, at least, less than, up to, about.`,
			reportedPattern(groups), 256), nil
	},
}

// codeType is the definition of a code type (Country, Nationality): the
// codes UnmarshalText accepts, with their names as labels; see codeSet.
func codeType(t reflect.Type, description string) (object, error) {
	codes, fold := probe(t, false)
	if len(codes) == 0 {
		return nil, fmt.Errorf("schema: no codes for %s", t)
	}
	var canonical, names []string
	for _, c := range codes {
		u := reflect.New(t)
		if err := u.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(c)); err != nil {
			return nil, err
		}
		if s := u.Elem().Interface().(fmt.Stringer).String(); s != c {
			return nil, fmt.Errorf("schema: %s reads %q as %q: a code set with two spellings of a code", t, c, s)
		}
		name := c
		if n, ok := u.Elem().Interface().(interface{ Name() string }); ok && n.Name() != "" {
			name = n.Name()
		}
		canonical = append(canonical, c)
		names = append(names, name)
	}
	zero := []string{}
	if acceptsEmpty(t) {
		zero = append(zero, "")
	}
	return codeSet(t, description, canonical, names, zero, fold), nil
}

var (
	textDescription     = "Free text: at most " + strconv.Itoa(rescue.MaxTextBytes) + " bytes of UTF-8, no control characters but tab and line feed, no bidirectional embedding, override or isolate controls."
	personalDescription = "Personal free text (a name, a note about someone, a street, a promise): kept by the record holder, cleared by rescue's redaction; its rules are those of Text."
)

func textDef(description string) object {
	return object{
		{"description", description},
		{"type", []string{"string", "null"}},
		{"maxLength", rescue.MaxTextBytes},
		{"pattern", textPattern()},
	}
}

func idDef() object {
	return object{
		{"description", "An identifier, unique among the operation's groups, places, victims, suspects and evidence: at most " + strconv.Itoa(rescue.MaxIDBytes) + " bytes of UTF-8, no control or formatting characters, no white space at either end."},
		{"type", "string"},
		{"minLength", 1},
		{"maxLength", rescue.MaxIDBytes},
		{"pattern", idPattern()},
	}
}

func referenceDef() object {
	return object{
		{"description", "The ID of another record of the operation, or empty for none; the rules of ID."},
		{"type", []string{"string", "null"}},
		{"maxLength", rescue.MaxIDBytes},
		{"pattern", "^$|" + idPattern()},
	}
}

// asciiJSON escapes every character of b outside ASCII as \uXXXX (a
// surrogate pair beyond the BMP). JSON allows both; escapes keep
// invisible and bidirectional characters of the patterns visible.
func asciiJSON(b []byte) []byte {
	var out bytes.Buffer
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		switch {
		case r < utf8.RuneSelf:
			out.WriteByte(b[0])
		case r > 0xFFFF:
			r -= 0x10000
			fmt.Fprintf(&out, `\u%04x\u%04x`, 0xD800+(r>>10), 0xDC00+(r&0x3FF))
		default:
			fmt.Fprintf(&out, `\u%04x`, r)
		}
		b = b[size:]
	}
	return out.Bytes()
}
