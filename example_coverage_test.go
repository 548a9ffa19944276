package rescue_test

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestEveryExportHasExample checks that every exported function, type and
// method of the package has an Example (Example<Func>, Example<Type>,
// Example<Type>_<Method>, with an optional _suffix), so that the
// documentation shows each one in use. Constants and variables are shown
// through their type's example.
func TestEveryExportHasExample(t *testing.T) {
	fset := token.NewFileSet()
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var files, tests []*ast.File
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case strings.HasSuffix(name, "_test.go"):
			tests = append(tests, f)
		case f.Name.Name == "rescue":
			files = append(files, f)
		}
	}
	pkg, err := doc.NewFromFiles(fset, files, "github.com/antitrafficking/rescue")
	if err != nil {
		t.Fatal(err)
	}
	examples := map[string]bool{}
	for _, ex := range doc.Examples(tests...) {
		examples[ex.Name] = true
	}
	has := func(name string) bool {
		if examples[name] {
			return true
		}
		for ex := range examples {
			if rest, ok := strings.CutPrefix(ex, name+"_"); ok && rest != "" && rest[0] >= 'a' && rest[0] <= 'z' {
				return true // Example<Name>_suffix
			}
		}
		return false
	}
	var missing []string
	check := func(name string) {
		if !has(name) {
			missing = append(missing, name)
		}
	}
	for _, f := range pkg.Funcs {
		check(f.Name)
	}
	for _, typ := range pkg.Types {
		check(typ.Name)
		for _, f := range typ.Funcs {
			check(f.Name)
		}
		for _, m := range typ.Methods {
			check(typ.Name + "_" + m.Name)
		}
	}
	slices.Sort(missing)
	for _, m := range missing {
		t.Errorf("no Example for %s", strings.Replace(m, "_", ".", 1))
	}
}
