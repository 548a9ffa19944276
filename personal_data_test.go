package rescue_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/antitrafficking/rescue"
)

// These tests prove that a victim's or suspect's name (modelName) never
// reaches an output other than the record's own JSON.

// modelLeaks reports whether out holds the name, as text or in the hex
// that %x would print.
func modelLeaks(out string) bool {
	return strings.Contains(out, modelName) || strings.Contains(out, "Zyxwvut") ||
		strings.Contains(strings.ToLower(out), fmt.Sprintf("%x", "Zyxwvut"))
}

// modelHolders returns values that hold names in every way the tests try.
func modelHolders() map[string]any {
	op := modelOp()
	v, s := op.Victims[0], op.Suspects[0]
	type holder struct {
		Victim   rescue.Victim
		Suspect  rescue.Suspect
		PVictim  *rescue.Victim
		Victims  []rescue.Victim
		Suspects []*rescue.Suspect
		Op       *rescue.Operation
		OpValue  rescue.Operation
		ByID     map[string]rescue.Victim
	}
	h := holder{v, s, &v, op.Victims, []*rescue.Suspect{&s}, op, *op, map[string]rescue.Victim{v.ID: v}}
	return map[string]any{
		"Victim":            v,
		"*Victim":           &v,
		"[]Victim":          op.Victims,
		"[]*Victim":         []*rescue.Victim{&v},
		"Suspect":           s,
		"*Suspect":          &s,
		"[]Suspect":         op.Suspects,
		"*Operation":        op,
		"Operation":         *op,
		"[]Operation":       []rescue.Operation{*op},
		"struct":            h,
		"*struct":           &h,
		"map[string]Victim": map[string]rescue.Victim{v.ID: v},
		"[]any":             []any{v, &s, op},
	}
}

func TestNamesNotFormatted(t *testing.T) {
	t.Parallel()
	for what, x := range modelHolders() {
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%d", "%x", "%X", "%t", "%o", "%10.4v", "%-20s", "%T"} {
			if out := fmt.Sprintf(verb, x); modelLeaks(out) {
				t.Errorf("fmt.Sprintf(%q, %s) holds the name: %s", verb, what, out)
			}
		}
		if out := fmt.Sprint(x) + fmt.Sprintln(x); modelLeaks(out) {
			t.Errorf("fmt.Sprint(%s) holds the name: %s", what, out)
		}
	}
}

func TestNamesNotInStrings(t *testing.T) {
	t.Parallel()
	op := modelOp()
	v, s := op.Victims[0], op.Suspects[0]
	for what, out := range map[string]string{
		"Victim.String":      v.String(),
		"Victim.GoString":    v.GoString(),
		"Suspect.String":     s.String(),
		"Suspect.GoString":   s.GoString(),
		"Operation.String":   op.String(),
		"Operation.GoString": op.GoString(),
	} {
		if modelLeaks(out) {
			t.Errorf("%s holds the name: %s", what, out)
		}
		if !strings.Contains(out, "V1") && !strings.Contains(out, "S1") && !strings.Contains(out, "OP-1") {
			t.Errorf("%s = %q does not even say which record it is", what, out)
		}
	}
	if got := v.String(); got != "victim V1 (MY, Feminine, name withheld)" {
		t.Errorf("Victim.String() = %q", got)
	}
	if got := s.String(); got != "suspect S1 (TW, Masculine, arrested 2023-10-08, name withheld)" {
		t.Errorf("Suspect.String() = %q", got)
	}
	if got := (rescue.Victim{}).String(); got != "victim (no ID)" {
		t.Errorf("the zero Victim's String() = %q", got)
	}
	if got := op.String(); got != "operation OP-1 (2023-10-07/2023-10-08, Lima, Lima Province, Peru: 4 victim records, 2 suspect records, 4 tallies, 4 evidence items)" {
		t.Errorf("Operation.String() = %q", got)
	}
	if got := (&rescue.Operation{Victims: []rescue.Victim{{}}}).String(); got != "operation (no ID) (1 victim record)" {
		t.Errorf("an operation with no ID, date or place: String() = %q", got)
	}
	var nilVictim *rescue.Victim
	var nilOp *rescue.Operation
	if got := fmt.Sprintf("%v %+v %v %#v", nilVictim, nilVictim, nilOp, nilOp); got != "<nil> <nil> <nil> <nil>" {
		t.Errorf("nil pointers print %q", got)
	}
}

func TestNamesNotInValidationErrors(t *testing.T) {
	t.Parallel()
	op := modelOp()
	op.ID = ""
	for i := range op.Victims {
		op.Victims[i].ID = "V" // duplicates
		op.Victims[i].Gender = 99
		op.Victims[i].Status = rescue.Repatriated
		op.Victims[i].Repatriation = rescue.Repatriation{When: rescue.MustParseDate("2001")}
	}
	for i := range op.Suspects {
		op.Suspects[i].Group = "nope"
		op.Suspects[i].Roles = []rescue.Role{0, 99}
		op.Suspects[i].Arrested = rescue.MustParsePeriod("2001")
	}
	op.Evidence[1].TakenFrom = "nobody"
	errs := map[string]error{
		"Operation.Validate": op.Validate(),
		"Victim.Validate":    op.Victims[0].Validate(),
		"Suspect.Validate":   op.Suspects[0].Validate(),
	}
	// DecodeOperation sees the problems JSON can carry.
	op = modelOp()
	for i := range op.Victims {
		op.Victims[i].ID = "V"
		op.Victims[i].Status = rescue.Repatriated
		op.Victims[i].Repatriation = rescue.Repatriation{When: rescue.MustParseDate("2001")}
	}
	op.Suspects[1].Group = "nope"
	data, err := json.Marshal(op)
	if err != nil {
		t.Fatal(err)
	}
	_, errs["DecodeOperation"] = rescue.DecodeOperation(bytes.NewReader(data))
	for what, err := range errs {
		if err == nil {
			t.Fatalf("%s passed", what)
		}
		if out := err.Error() + fmt.Sprintf("%v %+v %#v", err, err, err); modelLeaks(out) {
			t.Errorf("%s's error holds the name: %s", what, out)
		}
	}
}

func TestNamesNotInDecodeErrors(t *testing.T) {
	t.Parallel()
	name := `"name":"` + modelName + `"`
	for _, in := range []string{
		`{"id":"x","victims":[{"id":"V1",` + name + `,"gender":"Robot"}]}`,
		`{"id":"x","victims":[{"id":"V1",` + name + `,"gender":5}]}`,
		`{"id":"x","victims":[{"id":"V1",` + name + `,"nmae":"x"}]}`,
		`{"id":"x","suspects":[{"id":"S1",` + name + `,"age":"old"}]}`,
		`{"id":"x","suspects":[{"id":"S1",` + name + `}`,
		`{"id":"x","suspects":[{"id":"S1",` + name + `}]} trailing`,
		`{"id":"x","suspects":[{"id":"S1",` + name + `,}]}`,
		`{"id":"x","victims":[{"id":"V1","name":5}]}`,
		`{"id":"x","victims":[{"id":"V1","name":"` + modelName + `\u00"}]}`,
		`{"id":"x","victims":[{"id":"V1","name":"` + modelName + "\x01" + `"}]}`,
		`{"id":"x","victims":[{"id":"V1",` + name + `},{"id":"V1",` + name + `}]}`,
	} {
		_, err := rescue.DecodeOperation(strings.NewReader(in))
		if err == nil {
			t.Fatalf("DecodeOperation(%s) passed", in)
		}
		if modelLeaks(err.Error()) {
			t.Errorf("DecodeOperation(%s) = %v: the error holds the name", in, err)
		}
	}
}

func TestNamesNotLogged(t *testing.T) {
	t.Parallel()
	op := modelOp()
	v, s := op.Victims[0], op.Suspects[0]
	values := map[string]any{"Victim": v, "*Victim": &v, "Suspect": s, "*Suspect": &s, "*Operation": op, "Operation": *op}
	for _, handler := range []string{"text", "json"} {
		for what, x := range values {
			var buf bytes.Buffer
			var h slog.Handler = slog.NewTextHandler(&buf, nil)
			if handler == "json" {
				h = slog.NewJSONHandler(&buf, nil)
			}
			logger := slog.New(h)
			logger.Info("x", "value", x)
			logger.Info("x", slog.Any("value", x), slog.Group("g", "value", x))
			logger.With("value", x).WithGroup("g").Info("x", "value", x)
			if modelLeaks(buf.String()) {
				t.Errorf("slog %s handler, %s: the log holds the name: %s", handler, what, buf.String())
			}
			if !strings.Contains(buf.String(), "id") {
				t.Errorf("slog %s handler, %s: the log does not say which record: %s", handler, what, buf.String())
			}
		}
	}
	// The fields LogValue gives.
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})).Info("rescued", "victim", &v, "op", op)
	want := `{"level":"INFO","msg":"rescued","victim":{"id":"V1","nationality":"MY","gender":"Feminine","age":"18-20","status":"Rescued"},` +
		`"op":{"id":"OP-1","when":"2023-10-07/2023-10-08","place":"Lima, Lima Province, Peru","victims":4,"suspects":2,"counts":4,"evidence":4}}` + "\n"
	if buf.String() != want {
		t.Errorf("slog JSON:\n got %s\nwant %s", buf.String(), want)
	}
}

// TestNamesInJSON shows the one output that does hold names: the record's
// own JSON, so that a record holder can store and reload it.
func TestNamesInJSON(t *testing.T) {
	t.Parallel()
	data, err := json.Marshal(modelOp())
	if err != nil || !strings.Contains(string(data), modelName) {
		t.Errorf("json.Marshal dropped the names: %v", err)
	}
}

// extractRanks are ranks and titles: a capitalised word after one is a
// person's name (or more of the title), which no agency's name may hold.
var extractRanks = []string{"General", "Colonel", "Major", "Lieutenant", "Captain", "Inspector",
	"Superintendent", "Commissioner", "Chief", "Director", "Spokesperson", "Spokesman", "Sergeant",
	"Commander", "Deputy", "Head", "Minister", "Secretary", "Gen.", "Col.", "Lt.", "Maj.", "Pol."}

// rankThenName reports whether name holds a rank or a title followed by a
// capitalised word.
func rankThenName(name string) bool {
	words := strings.Fields(name)
	for i := 0; i+1 < len(words); i++ {
		next := []rune(words[i+1])
		if slices.Contains(extractRanks, words[i]) && len(next) > 0 && unicode.IsUpper(next[0]) {
			return true
		}
	}
	return false
}

// TestExtractAgencyHoldsNoName proves that an agency's name from Extract,
// which is not personal text and so reaches logs and messages, never
// absorbs the name of an officer quoted beside it: a name ends before a
// rank or a title, and the person after it is skipped.
func TestExtractAgencyHoldsNoName(t *testing.T) {
	t.Parallel()
	texts := []string{
		`"We rescued 12 women," said Police Major General Zyxwvut Qwerty.`,
		"Police Lieutenant Colonel Zyxwvut Qwerty of the Royal Thai Police said 12 women were rescued.",
		"Immigration Commissioner Zyxwvut Qwerty said 12 women were rescued.",
		"Pol. Gen. Zyxwvut Qwerty, head of the Anti-Trafficking Police Division, said 12 women were rescued.",
		"Zyxwvut Qwerty of the Philippine National Police said 12 women were rescued.",
		"NBI Director Zyxwvut Qwerty said agents rescued 12 women.",
		"Police Chief Zyxwvut Qwerty and Interior Minister Zyxwvut Qwerty said the Bureau of Immigration rescued 12 women.",
		"The raid was led by Police Superintendent Zyxwvut Qwerty of the Lima Police.",
		"Director General Zyxwvut Qwerty of the National Police Agency said 30 victims were freed.",
		"According to Police Spokesperson Zyxwvut Qwerty, officers rescued 12 women.",
		"Police Captain Zyxwvut Qwerty Police Station officers arrested 3 suspects.",
	}
	for _, tc := range extractCases {
		texts = append(texts, tc.text)
	}
	for _, text := range texts {
		d, err := rescue.Extract(text, rescue.MustParseDate("2024-03-15"))
		if err != nil {
			t.Fatalf("Extract(%q): %v", text, err)
		}
		for i, a := range d.Operation.Agencies {
			out := a.Name + " " + a.Unit + " " + fmt.Sprintf("%+v", a)
			if strings.Contains(out, "Zyxwvut") || strings.Contains(out, "Qwerty") || rankThenName(a.Name) || rankThenName(a.Unit) {
				t.Errorf("Extract(%q): agencies[%d] holds a person's name: %q", text, i, a.Name)
			}
		}
		if s := d.Operation.String(); strings.Contains(s, "Zyxwvut") || strings.Contains(s, "Qwerty") {
			t.Errorf("Extract(%q): the operation's String holds a person's name: %s", text, s)
		}
	}
}
