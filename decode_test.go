package rescue_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/antitrafficking/rescue"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestOperationJSONRoundTrip(t *testing.T) {
	t.Parallel()
	op := modelOp()
	data, err := json.Marshal(op)
	if err != nil {
		t.Fatal(err)
	}
	back, err := rescue.DecodeOperation(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("DecodeOperation: %v", err)
	}
	if diff := cmp.Diff(op, back); diff != "" {
		t.Errorf("json.Marshal then DecodeOperation changed the operation (-want +got):\n%s", diff)
	}
	again, err := json.Marshal(back)
	if err != nil || !bytes.Equal(again, data) {
		t.Errorf("marshalling the decoded operation gave other JSON:\n%s\n%s", data, again)
	}
	// The keys are the lowerCamelCase names of the fields, and the value
	// types and vocabularies are in their text forms.
	for _, want := range []string{
		`"id":"OP-1"`, `"when":"2023-10-07/2023-10-08"`, `"triggers":[{"kind":"EscapedVictimReport","people":"2"`,
		`"agencies":[{"name":"Peruvian National Police","unit":"Trafficking unit","country":"PE","part":"Lead"}`,
		`"places":[{"id":"P1","locality":"Lima","area":"a suburb"`, `"site":"P1"`,
		`"counts":[{"of":"Victims","count":"44","source":"https://example.org/r","exploitation":["ForcedCriminality"],"status":"Rescued"}`,
		`"recruiters":["S1"]`, `"exploiters":["S1"]`, `"destination":"PE"`, `"exploitedIn":"PE"`,
		`"decisions":[{"outcome":"Pending","date":"2023-10-11","court":"Lima Superior Court"}`, `"sentence":{"years":15,"months":6}`,
		`"origin":"TW"`, `"nationality":"MY"`, `"otherNationalities":["TW"]`, `"age":"18-20"`,
		`"traffickingStatus":"PossibleVictimOfTrafficking"`, `"status":"Rescued"`, `"methods":["DeceptiveJobOffer","ThroughOnlineSocialNetworks"]`,
		`"controls":["FalsePromises","WithholdsDocuments"]`, `"exploitation":["ForcedCriminality"]`,
		`"labourSector":"I_AccommodationAndFoodServiceActivities"`, `"sexExploitation":["Prostitution"]`, `"recruiterRelation":"Friend"`,
		`"consularContact":"2023-10-10"`, `"repatriation":{"to":"MY","status":"Pending","when":"2023-11"}`,
		`"roles":["Exploiter","RecruiterOrIntermediary"]`, `"group":"G1"`, `"status":"Arrested"`, `"arrested":"2023-10-08"`,
		`"charges":[{"offence":"trafficking","statute":"Art. 153 CP","date":"2023-10-10"},{"offence":"extortion"}]`,
		`"quantity":"at least 2"`, `"takenFrom":"V2"`, `"custody":[{"at":"2023-10-07T22:30:00-05:00","action":"Seized"`,
		`"seal":"SEAL-0001"`, `"published":"2023-10-09"`, `"schemeTargets":["MY","TW"]`,
	} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("the JSON lacks %s", want)
		}
	}
	// Unrecorded values are left out.
	empty, err := json.Marshal(&rescue.Operation{ID: "X", Victims: []rescue.Victim{{ID: "V"}}, Evidence: []rescue.Evidence{{ID: "E"}}})
	if err != nil || string(empty) != `{"id":"X","victims":[{"id":"V"}],"evidence":[{"id":"E"}]}` {
		t.Errorf("an operation with nothing recorded marshals as %s, %v", empty, err)
	}
}

// modelEndless produces `{"id":"x","name":"` and then 'a' for ever.
type modelEndless struct{ head string }

func (r *modelEndless) Read(p []byte) (int, error) {
	n := copy(p, r.head)
	r.head = r.head[n:]
	for i := n; i < len(p); i++ {
		p[i] = 'a'
	}
	return len(p), nil
}

// modelNested produces n '[' and then endless ']' bytes: nesting that
// never needs to be held whole.
type modelNested struct{ n int }

func (r *modelNested) Read(p []byte) (int, error) {
	for i := range p {
		if r.n > 0 {
			p[i] = '['
			r.n--
		} else {
			p[i] = ']'
		}
	}
	return len(p), nil
}

func TestDecodeOperationErrors(t *testing.T) {
	t.Parallel()
	victims := `{"id":"V1"},{"id":"V2"},{"id":"V3"},`
	cases := []struct {
		name     string
		in       string
		sentinel error  // errors.Is
		path     string // the JSONError's Path, when it is one
		contains string // in the message
		reason   string
	}{
		{"empty", "", rescue.ErrSyntax, "", "empty input", "nothing to decode"},
		{"blank", " \n\t", rescue.ErrSyntax, "", "empty input", "only space"},
		{"unknown field", `{"id":"x","nmae":"y"}`, rescue.ErrSyntax, "nmae", `unknown field "nmae"`, "strict: an unknown field is an error naming it"},
		{"unknown nested field", `{"id":"x","victims":[` + victims + `{"id":"V4","gendre":"Feminine"}]}`, rescue.ErrSyntax, "victims[3].gendre", `unknown field "gendre"`, "the path of an unknown field"},
		{"unknown custody field", `{"id":"x","evidence":[{"id":"E","kind":"Cash","custody":[{"at":"2023-10-07T10:00:00Z","action":"Seized","by":"x"}]}]}`, rescue.ErrSyntax, "evidence[0].custody[0].by", `unknown field "by"`, "deep in a chain of custody"},
		{"trailing data", `{"id":"x"} {"id":"y"}`, rescue.ErrSyntax, "", "data after the operation", "one operation only"},
		{"trailing garbage", `{"id":"x"}x`, rescue.ErrSyntax, "", "data after the operation", "one operation only"},
		{"syntax", `{"id":"x",}`, rescue.ErrSyntax, "", "invalid character", "a syntax error"},
		{"syntax in victim", `{"id":"x","victims":[` + victims + `{"id":"V4","gender":Feminine}]}`, rescue.ErrSyntax, "victims[3].gender", "invalid character 'F'", "a syntax error says where it is"},
		{"truncated", `{"id":"x","victims":[{"id":"V1"`, rescue.ErrSyntax, "victims[0]", "unexpected EOF", "cut-off input"},
		{"type error", `{"id":"x","victims":[` + victims + `{"id":"V4","gender":5}]}`, rescue.ErrSyntax, "victims[3].gender", "cannot unmarshal number", "a type error says where it is"},
		{"bad code", `{"id":"x","victims":[` + victims + `{"id":"V4","gender":"Robot"}]}`, rescue.ErrInvalid, "victims[3].gender", `"Robot"`, "an unknown code, quoted, at its path"},
		{"bad nationality", `{"id":"x","victims":[` + victims + `{"id":"V4","nationality":"Atlantean"}]}`, rescue.ErrUnknownCountry, "victims[3].nationality", `"Atlantean"`, "an unknown nationality at its path"},
		{"bad code in list", `{"id":"x","victims":[{"id":"V1","controls":["FalsePromises","Bogus"]}]}`, rescue.ErrInvalid, "victims[0].controls[1]", `"Bogus"`, "an element of a list of codes"},
		{"bad date", `{"id":"x","when":"2023-13"}`, rescue.ErrRange, "when", "2023-13", "a bad period"},
		{"bad cash", `{"id":"x","evidence":[{"id":"E","kind":"Cash","cash":"USD x"}]}`, rescue.ErrSyntax, "evidence[0].cash", "", "a bad amount"},
		{"bad time", `{"id":"x","evidence":[{"id":"E","kind":"Cash","custody":[{"at":"yesterday","action":"Seized"}]}]}`, rescue.ErrSyntax, "evidence[0].custody[0].at", "yesterday", "a bad custody time"},
		{"array for object", `{"id":"x","victims":{"id":"V1"}}`, rescue.ErrSyntax, "victims", "cannot unmarshal object", "a list must be a list"},
		{"not an object", `["x"]`, rescue.ErrSyntax, "", "cannot unmarshal array", "an operation is an object"},
		{"first of two errors", `{"id":"x","victims":[{"id":"V1","gender":"A"},{"id":"V2","gender":"B"}]}`, rescue.ErrInvalid, "victims[0].gender", `"A"`, "the first problem in the document is reported"},
		{"too deep", `{"id":"x","victims":[{"id":"V1","recruitment":{"place":` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}}]}`, rescue.ErrTooLarge, "", "nested more than 32 levels", "nesting beyond MaxJSONDepth"},
		{"deep strings are fine", `{"id":"x","name":"` + strings.Repeat("[{", 100) + `"}`, nil, "", "", "brackets inside a string do not nest"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			op, err := rescue.DecodeOperation(strings.NewReader(tc.in))
			if tc.sentinel == nil {
				if err != nil {
					t.Fatalf("DecodeOperation = %v (%s)", err, tc.reason)
				}
				return
			}
			if op != nil || !errors.Is(err, tc.sentinel) || !strings.Contains(err.Error(), tc.contains) {
				t.Fatalf("DecodeOperation = %v, %v; want an error wrapping %v containing %q (%s)", op, err, tc.sentinel, tc.contains, tc.reason)
			}
			var je *rescue.JSONError
			if errors.As(err, &je) {
				if je.Path != tc.path {
					t.Errorf("JSONError.Path = %q; want %q (%s)", je.Path, tc.path, tc.reason)
				}
				if tc.path != "" && !strings.HasPrefix(err.Error(), "rescue: decode operation: "+tc.path+": ") {
					t.Errorf("message %q does not start with the path", err)
				}
			} else if tc.path != "" {
				t.Errorf("error %T is not a *JSONError with path %q (%s)", err, tc.path, tc.reason)
			}
		})
	}
}

func TestDecodeOperationTooLarge(t *testing.T) {
	t.Parallel()
	op, err := rescue.DecodeOperation(&modelEndless{head: `{"id":"x","name":"`})
	if op != nil || !errors.Is(err, rescue.ErrTooLarge) || !strings.Contains(err.Error(), "64 MiB") {
		t.Fatalf("an endless string: %v, %v; want ErrTooLarge saying 64 MiB", op, err)
	}
	// Exactly MaxOperationBytes is allowed, one byte more is not. The
	// padding is trailing space, which costs the decoder nothing to hold.
	head := `{"id":"x"}`
	padded := func(n int) io.Reader {
		return io.MultiReader(strings.NewReader(head), io.LimitReader(modelSpaces{}, int64(n-len(head))))
	}
	if _, err := rescue.DecodeOperation(padded(rescue.MaxOperationBytes)); err != nil {
		t.Fatalf("an operation of exactly MaxOperationBytes: %v", err)
	}
	if _, err := rescue.DecodeOperation(padded(rescue.MaxOperationBytes + 1)); !errors.Is(err, rescue.ErrTooLarge) {
		t.Fatalf("an operation of MaxOperationBytes+1: %v; want ErrTooLarge", err)
	}
}

// modelSpaces is an endless run of spaces.
type modelSpaces struct{}

func (modelSpaces) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

func TestDecodeOperationTooDeep(t *testing.T) {
	t.Parallel()
	// Endless nesting is stopped as soon as it passes the bound, long
	// before the size limit.
	if _, err := rescue.DecodeOperation(&modelNested{n: 1 << 40}); !errors.Is(err, rescue.ErrTooLarge) {
		t.Fatalf("endless nesting: %v; want ErrTooLarge", err)
	}
	if _, err := rescue.DecodeOperation(&modelNested{n: rescue.MaxJSONDepth + 1}); !errors.Is(err, rescue.ErrTooLarge) {
		t.Fatalf("MaxJSONDepth+1 levels: %v; want ErrTooLarge", err)
	}
	// MaxJSONDepth levels are let through to the decoder (which then finds
	// an array where an operation should be).
	in := strings.Repeat("[", rescue.MaxJSONDepth) + strings.Repeat("]", rescue.MaxJSONDepth)
	if _, err := rescue.DecodeOperation(strings.NewReader(in)); errors.Is(err, rescue.ErrTooLarge) || !errors.Is(err, rescue.ErrSyntax) {
		t.Fatalf("MaxJSONDepth levels: %v; want a type error, not ErrTooLarge", err)
	}
}

func TestDecodeOperationReadError(t *testing.T) {
	t.Parallel()
	boom := errors.New("boom")
	r := io.MultiReader(strings.NewReader(`{"id":"x",`), iotest.ErrReader(boom))
	if _, err := rescue.DecodeOperation(r); !errors.Is(err, boom) {
		t.Fatalf("a failing reader: %v; want its error", err)
	}
	// One byte at a time is still one operation.
	data, _ := json.Marshal(modelOp())
	if _, err := rescue.DecodeOperation(iotest.OneByteReader(bytes.NewReader(data))); err != nil {
		t.Fatalf("one byte at a time: %v", err)
	}
}

func TestDecodeOperationInvalid(t *testing.T) {
	t.Parallel()
	op := modelOp()
	op.Victims[3].ID = "V1"
	op.Suspects[0].Group = "nope"
	data, err := json.Marshal(op)
	if err != nil {
		t.Fatal(err)
	}
	got, err := rescue.DecodeOperation(bytes.NewReader(data))
	if got == nil {
		t.Fatalf("a well-formed but invalid operation was not returned: %v", err)
	}
	if diff := cmp.Diff(op, got); diff != "" {
		t.Errorf("the invalid operation returned differs (-want +got):\n%s", diff)
	}
	modelCheck(t, err, []modelWant{
		{"victims[3].id", rescue.ErrDuplicateID},
		{"suspects[0].group", rescue.ErrUnknownReference},
	}, "the operation comes back with its validation error")
	if err.Error() != op.Validate().Error() {
		t.Errorf("DecodeOperation's error %q is not Validate's %q", err, op.Validate())
	}
}

func TestJSONError(t *testing.T) {
	t.Parallel()
	e := &rescue.JSONError{Path: "victims[3].gender", Err: rescue.ErrInvalid}
	if e.Error() != "rescue: decode operation: victims[3].gender: invalid" || !errors.Is(e, rescue.ErrInvalid) {
		t.Errorf("JSONError = %q", e)
	}
	e = &rescue.JSONError{Err: rescue.ErrSyntax}
	if e.Error() != "rescue: decode operation: invalid syntax" {
		t.Errorf("JSONError with no path = %q", e)
	}
}

// FuzzDecodeOperation checks that DecodeOperation never panics, and that
// whatever it decodes survives json.Marshal and DecodeOperation again:
// the same operation (empty lists aside, which omitempty drops), the same
// validation result, and from then on the same bytes.
func FuzzDecodeOperation(f *testing.F) {
	full, err := json.Marshal(modelOp())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(full)
	// The reference operation, as the lima2023 example writes it (its
	// golden file, regenerated by its tests with -update), cut to two
	// victims: every field and value is still there, and the fuzzer does
	// not spend its time minimising 40 kB inputs.
	ref, err := os.ReadFile(filepath.Join("examples", "lima2023", "testdata", "operation.json"))
	if err != nil {
		f.Fatal(err)
	}
	refOp, err := rescue.DecodeOperation(bytes.NewReader(ref))
	if err != nil {
		f.Fatal(err)
	}
	// The reference operation records the report's figures (tallies) and
	// no individual records: it is small as it is.
	small, err := json.Marshal(refOp)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(small)
	f.Add([]byte(`{"id":"x","victims":[{"id":"V1","age":"48+","controls":[]}],"evidence":[{"id":"E","kind":"Cash","quantity":3,"cash":"about THB 1200000.00 (USD 34000.00)"}]}`))
	f.Add([]byte(`{"id":"x","evidence":[{"id":"E","kind":"MobilePhone","custody":[{"at":"2023-10-07T10:00:00+05:30","action":"Seized"},{"at":"2023-10-06T10:00:00Z","action":"Transferred"}]}]}`))
	f.Add([]byte(`{"id":"","when":"2023-10-08/2023-10-07","victims":[{"id":"a"},{"id":"a"}]}`))
	f.Add([]byte(`{"ID":"x","Victims":null,"when":null}`))
	f.Add([]byte(`[[[[[[`))
	f.Add([]byte(``))
	f.Fuzz(func(t *testing.T, data []byte) {
		op, err := rescue.DecodeOperation(bytes.NewReader(data))
		if op == nil {
			if err == nil {
				t.Fatal("DecodeOperation returned neither an operation nor an error")
			}
			return
		}
		once, merr := json.Marshal(op)
		if merr != nil {
			t.Fatalf("json.Marshal of a decoded operation: %v", merr)
		}
		back, err2 := rescue.DecodeOperation(bytes.NewReader(once))
		if back == nil {
			t.Fatalf("DecodeOperation(%s) = %v", once, err2)
		}
		if diff := cmp.Diff(op, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("marshal then decode changed the operation (-first +second):\n%s", diff)
		}
		if (err == nil) != (err2 == nil) || (err != nil && err.Error() != err2.Error()) {
			t.Fatalf("validation changed: %v, then %v", err, err2)
		}
		twice, merr := json.Marshal(back)
		if merr != nil || !bytes.Equal(once, twice) {
			t.Fatalf("json.Marshal is not stable:\n%s\n%s", once, twice)
		}
		third, _ := rescue.DecodeOperation(bytes.NewReader(twice))
		if diff := cmp.Diff(back, third); diff != "" {
			t.Fatalf("the second round trip changed the operation (-second +third):\n%s", diff)
		}
	})
}
