package rescue

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestGeneratedUpToDate runs each generator into a temporary file and checks
// the committed file is what it writes: a data file edited without running
// go generate fails here.
func TestGeneratedUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generators")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool")
	}
	for _, g := range []struct{ gen, file string }{
		{"./internal/gen/countries", "zz_countries_table.go"},
		{"./internal/gen/currencies", "zz_currencies_table.go"},
		{"./internal/gen/vocabulary", "zz_vocabulary.go"},
		{"./internal/gen/numbers", "zz_numbers_table.go"},
	} {
		t.Run(filepath.Base(g.gen), func(t *testing.T) {
			t.Parallel()
			out := filepath.Join(t.TempDir(), g.file)
			cmd := exec.Command(goTool, "run", g.gen, "-o", out)
			if msg, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("go run %s: %v\n%s", g.gen, err, msg)
			}
			want, err := os.ReadFile(g.file)
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s is stale: run go generate", g.file)
			}
		})
	}
}
