package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const (
	lima   = "../../examples/lima2023/testdata/operation.json"
	osmach = "../../examples/osmach2024/testdata/operation.json" // the report's figures only
)

// names are the personal data in the test files, which no output of the
// command may hold: problems never quote them, summaries and exports
// leave them out, and redact clears them.
var names = []string{"Maria Secreta", "Ana Oculta", "Lina Privada", "Juan Escondido", "Sok Anonymous", "Somchai Hidden", "Jalan Secreta"}

type cliCase struct {
	name  string // the golden file: testdata/golden/<name>.txt
	args  []string
	stdin string
	code  int // the exit code
	why   string
}

var cliCases = []cliCase{
	{"no-args", nil, "", exitUsage, "no command is a usage error, with the list of commands"},
	{"help", []string{"help"}, "", exitOK, "help lists the commands on standard output"},
	{"help-check", []string{"help", "check"}, "", exitOK, "help COMMAND shows its usage"},
	{"help-unknown", []string{"help", "frobnicate"}, "", exitUsage, "help of no command"},
	{"unknown", []string{"frobnicate"}, "", exitUsage, "an unknown command"},
	{"check-lima", []string{"check", lima}, "", exitOK, "the reference case is valid: nothing printed"},
	{"check-dir", []string{"check", "testdata/ops"}, "", exitOK, "a directory is walked for *.json, other files left alone"},
	{"check-bad", []string{"check", "testdata/bad", lima}, "", exitProblem, "every problem of every file, one a line, with its path; no names"},
	{"check-missing", []string{"check", "testdata/none.json"}, "", exitProblem, "a file that is not there is a problem of that file"},
	{"check-stdin", []string{"check", "-"}, `{"id": "X", "victims": [{"id": "V1", "name": "Maria Secreta", "nationality": "Narnia"}]}`, exitProblem, "- reads standard input, named stdin in problems"},
	{"check-stdin-twice", []string{"check", "-", "-"}, `{"id": "X"}`, exitProblem, "standard input can be read once"},
	{"check-no-files", []string{"check"}, "", exitUsage, "no input is a usage error"},
	{"check-bad-flag", []string{"check", "-x", lima}, "", exitUsage, "an unknown flag is a usage error"},
	{"summary-lima", []string{"summary", lima}, "", exitOK, "the summary of the reference case"},
	{"summary-all", []string{"summary", lima, "testdata/ops"}, "", exitOK, "operations add up"},
	{"summary-json", []string{"summary", "-json", lima, "testdata/ops"}, "", exitOK, "the summary as JSON"},
	{"summary-suppress", []string{"summary", "-suppress", "11", lima, "testdata/ops"}, "", exitOK, "small counts of people hidden"},
	{"summary-bad", []string{"summary", "testdata/ops", "testdata/bad"}, "", exitProblem, "a bad file is left out of the sum, and said"},
	{"summary-negative-k", []string{"summary", "-suppress", "-1", lima}, "", exitUsage, "a negative K"},
	{"extract", []string{"extract", "-published", "2023-05-08", "testdata/report.txt"}, "", exitOK, "a draft on standard output, the findings without their phrases on standard error"},
	{"extract-stdin", []string{"extract"}, "Police rescued 44 foreigners, 43 Malaysians and one Taiwanese.", exitOK, "the report on standard input; no date: no relative dates"},
	{"extract-bad-date", []string{"extract", "-published", "8 May 2023", "testdata/report.txt"}, "", exitUsage, "-published takes an ISO date"},
	{"extract-two", []string{"extract", "testdata/report.txt", "testdata/report.txt"}, "", exitUsage, "extract reads one report"},
	{"extract-not-utf8", []string{"extract", "-"}, "caf\xe9", exitProblem, "text that is not UTF-8 is refused"},
	{"extract-missing", []string{"extract", "testdata/none.txt"}, "", exitProblem, "a report that is not there"},
	{"redact-lima", []string{"redact", "-key-file", "testdata/redact.key", "testdata/ops/a.json"}, "", exitOK, "names cleared, IDs pseudonyms of the key"},
	{"redact-no-key", []string{"redact", lima}, "", exitUsage, "redact needs a key"},
	{"redact-short-key", []string{"redact", "-key-file", "testdata/short.key", lima}, "", exitUsage, "a short key is refused"},
	{"redact-missing-key", []string{"redact", "-key-file", "testdata/none.key", lima}, "", exitUsage, "a key file that is not there"},
	{"redact-several", []string{"redact", "-key-file", "testdata/redact.key", "testdata/ops"}, "", exitUsage, "several results need -out"},
	{"redact-bad", []string{"redact", "-key-file", "testdata/redact.key", "testdata/bad/codes.json"}, "", exitProblem, "an invalid operation is not redacted"},
	{"htcds", []string{"htcds", lima, "testdata/ops"}, "", exitOK, "one header, a row a person of every operation, no names"},
	{"htcds-none", []string{"htcds", "testdata/bad"}, "", exitProblem, "no valid operation: the header alone"},
	{"ctdc", []string{"ctdc", lima, "testdata/ops"}, "", exitOK, "a row a victim, no names"},
	{"htcds-figures", []string{"htcds", osmach}, "", exitOK, "an operation of figures only has no rows: a notice says so, and it is no problem"},
	{"ctdc-figures", []string{"ctdc", osmach}, "", exitOK, "no victim records, tallies of victims: the notice, the header alone"},
	{"ctdc-suspect-records", []string{"ctdc", "-"}, `{"id":"X","suspects":[{"id":"S1"}],"counts":[{"of":"Victims","count":"3"}]}`, exitOK,
		"CTDC is of victims: suspect records do not stand for the victims' figures"},
	{"htcds-no-figures", []string{"htcds", "-"}, `{"id":"X","counts":[]}`, exitOK, "no tallies, no records: nothing to say"},
	{"read-htcds", []string{"read-htcds", "-id", "PEOPLE", "testdata/people.csv"}, "", exitOK, "an HTCDS file as an operation"},
	{"read-htcds-no-id", []string{"read-htcds", "testdata/people.csv"}, "", exitUsage, "read-htcds needs the operation's ID"},
	{"read-htcds-two", []string{"read-htcds", "-id", "X", "testdata/people.csv", "testdata/people.csv"}, "", exitUsage, "read-htcds reads one file"},
	{"read-htcds-notices", []string{"read-htcds", "-id", "X", "-"},
		"id,role,prs_Gender,prs_Birthdate,cas_Status,prs_Email,con_Consent,vic_LocationOfRecruitment,vic_LocationOfExploitation\n" +
			"V1,victim,Feminine,2001-02-03,Active,,Yes,\"El Alto, Bolivia\",Argentina\nV2,victim,Masculine,,,,No,,\nV3,victim,,,,,,,\n",
		exitOK, "the columns that held values not read are named (not their values); a person who did not consent is left out, their row named"},
	{"read-htcds-with-no-consent", []string{"read-htcds", "-id", "X", "-with-no-consent", "-"},
		"id,role,con_Consent\nV1,victim,Yes\nV2,victim,No\n", exitOK, "-with-no-consent reads them, and says so"},
	{"read-htcds-xlsx", []string{"read-htcds", "-id", "X", "-"}, "PK\x03\x04\x14\x00\x06\x00[Content_Types].xml", exitProblem,
		"a workbook given as CSV: say what it is and what to do"},
	{"read-htcds-ambiguous-date", []string{"read-htcds", "-id", "X", "-"}, "id,role,arrested\nS1,suspect,05/09/2023\n", exitProblem,
		"an ambiguous date names the flag that settles it"},
	{"read-htcds-date-order", []string{"read-htcds", "-id", "X", "-date-order", "dmy", "-"}, "id,role,status,arrested\nS1,suspect,Arrested,05/09/2023\n", exitOK,
		"-date-order dmy: 5 September"},
	{"read-htcds-bad-date-order", []string{"read-htcds", "-id", "X", "-date-order", "ymd", "-"}, "", exitUsage, "-date-order takes dmy or mdy"},
	{"check-empty-dir", []string{"check", "testdata/empty"}, "", exitProblem, "a directory with no .json file checks nothing: a problem, not exit 0"},
	{"summary-empty-dir", []string{"summary", "testdata/empty"}, "", exitProblem, "a summary of nothing is a problem"},
	{"check-upper-case", []string{"check", "testdata/upper"}, "", exitOK, "A.JSON is an operation file too"},
	{"read-htcds-bad", []string{"read-htcds", "-id", "X", "-"}, "id,role,prs_Gender\nP1,victim,female\n", exitProblem, "a bad cell is a problem, nothing written"},
	{"schema-args", []string{"schema", "x"}, "", exitUsage, "schema takes no arguments"},
}

func TestRun(t *testing.T) {
	for _, c := range cliCases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(c.args, c.stdin)
			if code != c.code {
				t.Errorf("%s: exit %d, want %d\nstderr:\n%s", c.why, code, c.code, stderr)
			}
			golden(t, c.name, fmt.Sprintf("$ rescue %s\n-- exit %d --\n-- stdout --\n%s-- stderr --\n%s",
				strings.Join(c.args, " "), code, stdout, stderr))
			for _, n := range names {
				if strings.Contains(stdout+stderr, n) {
					t.Errorf("%s: the output holds the name %q", c.why, n)
				}
			}
		})
	}
}

// TestHelp: every command shows its usage with an example on -h, and
// exits 0.
func TestHelp(t *testing.T) {
	for _, c := range commands {
		for _, h := range []string{"-h", "-help", "--help"} {
			code, stdout, stderr := runCLI([]string{c.name, h}, "")
			if code != exitOK || stderr != "" {
				t.Errorf("%s %s: exit %d, stderr %q", c.name, h, code, stderr)
			}
			for _, want := range []string{"usage: rescue " + c.name, "Example:", "rescue " + c.name + " "} {
				if !strings.Contains(stdout, want) {
					t.Errorf("%s %s: the usage lacks %q:\n%s", c.name, h, want, stdout)
				}
			}
		}
	}
}

// TestSchemaCommand: rescue schema prints the committed schema.
func TestSchemaCommand(t *testing.T) {
	code, stdout, stderr := runCLI([]string{"schema"}, "")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want, err := os.ReadFile("../../schema/operation.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if stdout != string(want) {
		t.Error("rescue schema differs from schema/operation.schema.json (go generate rewrites the file)")
	}
}

// TestExtractFindings writes the findings with their phrases to a new
// file, readable by its owner alone, and never over a file.
func TestExtractFindings(t *testing.T) {
	out := filepath.Join(t.TempDir(), "findings.json")
	args := []string{"extract", "-published", "2023-05-08", "-findings", out, "testdata/report.txt"}
	if code, _, stderr := runCLI(args, ""); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var findings []finding
	if err := json.Unmarshal(data, &findings); err != nil {
		t.Fatal(err)
	}
	report, err := os.ReadFile("testdata/report.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(findings) == 0 {
		t.Fatal("no findings")
	}
	for _, f := range findings {
		if f.Start < 0 || f.End > len(report) || string(report[f.Start:f.End]) != f.Text {
			t.Errorf("finding %+v: its text is not the report's bytes %d:%d", f, f.Start, f.End)
		}
	}
	if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("the findings file's mode: %v, %v; want 0600 (its phrases can name people)", fi.Mode(), err)
	}
	if code, _, _ := runCLI(args, ""); code != exitProblem {
		t.Errorf("a second run wrote over the findings file: exit %d", code)
	}
}

// TestExtractReference reads the reference case's report, from ../shared
// where it is (the project builds without it), into a draft that decodes
// once it has an ID.
func TestExtractReference(t *testing.T) {
	const report = "../../../shared/reference/seed-lima-2023.txt"
	if _, err := os.Stat(report); err != nil {
		t.Skipf("reference report not available: %v", err)
	}
	code, stdout, stderr := runCLI([]string{"extract", "-published", "2023-10-09", report}, "")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var draft map[string]any
	if err := json.Unmarshal([]byte(stdout), &draft); err != nil {
		t.Fatalf("the draft is not JSON: %v", err)
	}
	if len(draft["counts"].([]any)) == 0 || len(draft["evidence"].([]any)) == 0 {
		t.Errorf("the draft holds no tallies or no evidence:\n%s", stdout)
	}
}

// TestRedactOut writes each result under -out, mirroring the directory,
// and never writes over a file.
func TestRedactOut(t *testing.T) {
	out := t.TempDir()
	args := []string{"redact", "-key-file", "testdata/redact.key", "-out", out, "testdata/ops", lima}
	if code, _, stderr := runCLI(args, ""); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, name := range []string{"a.json", "more/b.json", "operation.json"} {
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			if bytes.Contains(data, []byte(n)) {
				t.Errorf("%s holds the name %q", name, n)
			}
		}
		if code, _, stderr := runCLI([]string{"check", filepath.Join(out, name)}, ""); code != exitOK {
			t.Errorf("%s does not check: %s", name, stderr)
		}
	}
	code, _, stderr := runCLI(args, "")
	if code != exitProblem || !strings.Contains(stderr, "exists: not written over") {
		t.Errorf("a second run: exit %d, stderr %q; want each file refused", code, stderr)
	}
}

// TestProgress: on a terminal, a progress line counts the files, and is
// cleared before each problem and at the end.
func TestProgress(t *testing.T) {
	saved := isTerminal
	isTerminal = func(io.Writer) bool { return true }
	defer func() { isTerminal = saved }()
	code, _, stderr := runCLI([]string{"check", "testdata/ops", "testdata/bad/codes.json"}, "")
	if code != exitProblem {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"\r0/3 files", "\r1/3 files", "\r2/3 files", "\r\033[K" + "testdata/bad/codes.json: ", "\r3/3 files\r\033[K"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%q", want, stderr)
		}
	}
	if !strings.HasSuffix(stderr, "\r\033[K") {
		t.Errorf("the progress line is not cleared at the end: %q", stderr)
	}
}

func runCLI(args []string, stdin string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(stdin), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// golden compares got with testdata/golden/name.txt, or rewrites the file
// with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name+".txt")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s differs (-want +got; go test -update rewrites it):\n%s", path, diff)
	}
}
