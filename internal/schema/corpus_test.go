package schema_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadFiles checks both verdicts on the files of testdata/bad, each an
// operation with one defect its name says. DecodeOperation refuses them
// all. The schema refuses them too, but for two kinds, listed in the
// README, that only DecodeOperation sees: files named cross-* break a
// rule across fields, files named json-* a rule of the JSON text itself
// (duplicate keys, data after the operation, invalid UTF-8, lone
// surrogates, nesting depth) that a validator's JSON reader hides or
// refuses before the schema applies.
func TestBadFiles(t *testing.T) {
	s := compile(t)
	files, err := filepath.Glob("testdata/bad/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no files in testdata/bad: %v", err)
	}
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			schemaErr, decodeErr := verdicts(s, data)
			if decodeErr == nil {
				t.Errorf("DecodeOperation accepts it")
			}
			base := filepath.Base(name)
			switch {
			case strings.HasPrefix(base, "cross-"):
				if schemaErr != nil {
					t.Errorf("a rule across fields, which the schema should leave to Validate: %v", schemaErr)
				}
			case strings.HasPrefix(base, "json-"):
				// The validator's reader may refuse it or not: either way
				// the schema says nothing of it.
			case schemaErr == nil:
				t.Errorf("the schema accepts it; DecodeOperation: %v", decodeErr)
			}
		})
	}
}
