package schema_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/antitrafficking/rescue"
	"github.com/antitrafficking/rescue/internal/schema"
	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

const committed = "../../schema/operation.schema.json"

// TestGenerateIsCurrent fails when schema/operation.schema.json is not
// what the generator writes from the package as it is now.
func TestGenerateIsCurrent(t *testing.T) {
	got, err := schema.Generate()
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale: run go generate at the root of the module\n%s", committed,
			cmp.Diff(string(want), string(got)))
	}
}

// TestGenerateIsASCII: invisible characters of the patterns are escaped.
func TestGenerateIsASCII(t *testing.T) {
	got, err := schema.Generate()
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range got {
		if c >= 0x80 || (c < ' ' && c != '\n') {
			t.Fatalf("byte %d is %#x: the schema must be printable ASCII", i, c)
		}
	}
}

// TestZeroAliases checks the generator's list of codes read as "not
// recorded" against the vocabularies' data file.
func TestZeroAliases(t *testing.T) {
	f, err := os.Open("../data/vocabulary.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got := map[string][]string{}
	typ := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		switch {
		case strings.HasPrefix(cols[0], "#") || len(cols) < 3:
		case cols[0] == "type":
			typ = cols[1]
		case cols[0] == "" && cols[2] == "-":
			got[typ] = append(got[typ], cols[1])
		}
	}
	if diff := cmp.Diff(schema.ZeroAliases(), got); diff != "" {
		t.Errorf("zeroAliases in fields.go differ from vocabulary.tsv (-fields.go +tsv):\n%s", diff)
	}
}

// compile compiles the committed schema, asserting formats.
func compile(t *testing.T) *jsonschema.Schema {
	t.Helper()
	b, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(schema.ID, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(schema.ID)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// verdicts returns the schema's and DecodeOperation's errors on data.
func verdicts(s *jsonschema.Schema, data []byte) (schemaErr, decodeErr error) {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		schemaErr = err
	} else {
		schemaErr = s.Validate(inst)
	}
	_, decodeErr = rescue.DecodeOperation(bytes.NewReader(data))
	return schemaErr, decodeErr
}

// TestRepositoryOperations validates every operation JSON file of the
// repository: every *.json file but the schema itself, fuzz corpora and
// the files under directories named "bad", which hold invalid operations
// on purpose. DecodeOperation must accept them too.
func TestRepositoryOperations(t *testing.T) {
	s := compile(t)
	root := "../.."
	n := 0
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case ".git", "bad", "fuzz", "schema":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".json") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n++
		schemaErr, decodeErr := verdicts(s, data)
		if schemaErr != nil {
			t.Errorf("%s: the schema refuses it: %v", path, schemaErr)
		}
		if decodeErr != nil {
			t.Errorf("%s: DecodeOperation refuses it: %v", path, decodeErr)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no operation JSON file found")
	}
	t.Logf("%d operation files", n)
}

// TestFullOperation: the fixture reaching every field is valid, and the
// schema accepts its JSON.
func TestFullOperation(t *testing.T) {
	op := fullOperation()
	if err := op.Validate(); err != nil {
		t.Fatalf("the fixture is invalid: %v", err)
	}
	data, err := json.Marshal(op)
	if err != nil {
		t.Fatal(err)
	}
	schemaErr, decodeErr := verdicts(compile(t), data)
	if schemaErr != nil || decodeErr != nil {
		t.Fatalf("schema: %v\nDecodeOperation: %v", schemaErr, decodeErr)
	}
}

// TestRequiredFields drops, one at a time, each property the schema
// requires from the full operation's JSON: the schema and DecodeOperation
// must both refuse the result.
func TestRequiredFields(t *testing.T) {
	s := compile(t)
	base := fullJSON(t)
	var schemaDoc map[string]any
	b, _ := os.ReadFile(committed)
	if err := json.Unmarshal(b, &schemaDoc); err != nil {
		t.Fatal(err)
	}
	checked := 0
	walkObjects(base, "", func(path string, obj map[string]any) {
		def := definitionAt(schemaDoc, path)
		req, _ := def["required"].([]any)
		for _, r := range req {
			key := r.(string)
			if _, ok := obj[key]; !ok {
				continue
			}
			saved := obj[key]
			delete(obj, key)
			data, _ := json.Marshal(base)
			schemaErr, decodeErr := verdicts(s, data)
			if schemaErr == nil || decodeErr == nil {
				t.Errorf("without %s.%s: schema error %v, DecodeOperation error %v; want both", path, key, schemaErr, decodeErr)
			}
			obj[key] = saved
			checked++
		}
	})
	if checked == 0 {
		t.Fatal("no required field checked")
	}
}

// fullJSON is the full operation as generic JSON.
func fullJSON(t *testing.T) map[string]any {
	t.Helper()
	data, err := json.Marshal(fullOperation())
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

// walkObjects calls fn with every object of v and its path ("victims.0").
func walkObjects(v any, path string, fn func(string, map[string]any)) {
	switch v := v.(type) {
	case map[string]any:
		fn(path, v)
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			walkObjects(v[k], join(path, k), fn)
		}
	case []any:
		for i, x := range v {
			walkObjects(x, join(path, itoa(i)), fn)
		}
	}
}

// definitionAt follows the schema's properties, items and $refs along
// path to the definition of the object there.
func definitionAt(doc map[string]any, path string) map[string]any {
	def := doc
	resolve := func(d map[string]any) map[string]any {
		for {
			r, ok := d["$ref"].(string)
			if !ok {
				return d
			}
			name := strings.TrimPrefix(r, "#/$defs/")
			d = doc["$defs"].(map[string]any)[name].(map[string]any)
		}
	}
	if path == "" {
		return def
	}
	for _, part := range strings.Split(path, ".") {
		def = resolve(def)
		if part[0] >= '0' && part[0] <= '9' {
			def = def["items"].(map[string]any)
			continue
		}
		def = def["properties"].(map[string]any)[part].(map[string]any)
	}
	return resolve(def)
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func itoa(i int) string { return strconv.Itoa(i) }
