package rescue_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestREADMEUsage runs the program of the README's Usage section and
// checks that each line it prints is what the comment beside its
// fmt.Println says, so that the README shows what the library does.
func TestREADMEUsage(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a program")
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)## Usage\n.*?```go\n(.*?)```").FindSubmatch(readme)
	if m == nil {
		t.Fatal("no Go program under ## Usage")
	}
	program := string(m[1])
	var want []string
	printed := regexp.MustCompile(`^\s*fmt\.Println\(.*\)\s+// (.*)$`)
	for _, line := range strings.Split(program, "\n") {
		// fmt.Println(err) under "if err != nil" prints nothing when
		// all is well: its comment says what it would print.
		if m := printed.FindStringSubmatch(line); m != nil && !strings.Contains(line, "Println(err) // every") {
			want = append(want, strings.TrimSpace(m[1]))
		}
	}
	root, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string]string{
		"main.go": program,
		"go.mod": "module readme\n\ngo 1.26.0\n\nrequire github.com/antitrafficking/rescue v0.0.0\n\nreplace github.com/antitrafficking/rescue => " +
			filepath.ToSlash(root) + "\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := os.ReadFile("go.sum")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644); err != nil {
		t.Fatal(err)
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on the PATH")
	}
	tidy := exec.Command(gobin, "mod", "tidy")
	tidy.Dir = dir
	if out, err := tidy.CombinedOutput(); err != nil {
		t.Fatalf("go mod tidy: %v\n%s", err, out)
	}
	run := exec.Command(gobin, "run", ".")
	run.Dir = dir
	out, err := run.CombinedOutput()
	if err != nil {
		t.Fatalf("the README's program fails: %v\n%s", err, out)
	}
	got := strings.Split(strings.TrimSpace(string(out)), "\n")
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("the README's program prints\n%s\nwhere its comments say\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
