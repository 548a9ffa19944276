package casefile

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/antitrafficking/rescue"
	"github.com/google/go-cmp/cmp"
)

// Golden compares got with testdata/name, or rewrites the file when
// update is set: the examples' tests share it.
func Golden(t testing.TB, name string, got []byte, update bool) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got; go test -update rewrites it):\n%s", path, diff)
	}
}

// Run runs an example program as its user does, with args and stdin, and
// returns what it printed and its exit code.
func Run(name string, build func() *rescue.Operation, stdin []byte, args ...string) (stdout, stderr string, code int) {
	var out, errs bytes.Buffer
	code = Main(name, build, args, bytes.NewReader(stdin), &out, &errs)
	return out.String(), errs.String(), code
}

// CheckExample runs the checks every example program must pass: its
// operation validates; its report matches testdata/report.golden and holds
// every text of want; its -json output matches testdata/operation.json and
// decodes back to the operation; and its -htcds and -ctdc outputs succeed,
// saying on stderr when the report has figures and no individual records.
func CheckExample(t *testing.T, name string, build func() *rescue.Operation, update bool, want ...string) {
	t.Helper()
	op := build()
	if err := op.Validate(); err != nil {
		t.Fatalf("the operation does not validate: %v", err)
	}
	report, stderr, code := Run(name, build, nil)
	if code != 0 {
		t.Fatalf("%s: exit %d: %s", name, code, stderr)
	}
	Golden(t, "report.golden", []byte(report), update)
	for _, w := range want {
		if !strings.Contains(report, w) {
			t.Errorf("the report lacks %q", w)
		}
	}
	data, stderr, code := Run(name, build, nil, "-json")
	if code != 0 {
		t.Fatalf("%s -json: exit %d: %s", name, code, stderr)
	}
	Golden(t, "operation.json", []byte(data), update)
	back, err := rescue.DecodeOperation(strings.NewReader(data))
	if err != nil {
		t.Fatalf("the -json output does not decode: %v", err)
	}
	if diff := cmp.Diff(op, back); diff != "" {
		t.Errorf("the -json output decodes to another operation (-want +got):\n%s", diff)
	}
	for _, format := range []string{"-htcds", "-ctdc"} {
		out, stderr, code := Run(name, build, nil, format)
		if code != 0 || out == "" {
			t.Errorf("%s %s: exit %d, %d bytes: %s", name, format, code, len(out), stderr)
		}
		records := len(op.Victims)+len(op.Suspects) > 0
		if said := strings.Contains(stderr, "no individual victims or suspects"); said == records {
			t.Errorf("%s %s: stderr %q; want the lack of individual records said exactly when there are none", name, format, stderr)
		}
	}
}
