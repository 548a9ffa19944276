package rescue_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/antitrafficking/rescue"
	"github.com/google/go-cmp/cmp"
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
		{"unknown key", `{"id":"x","nmae":"y"}`, rescue.ErrSyntax, "<key>", `unknown field in an operation, not shown (did you mean "name"?)`,
			"strict; a key that is no field's name is not quoted, and the field it is close to is suggested"},
		{"unknown nested key", `{"id":"x","victims":[` + victims + `{"id":"V4","gendre":"Feminine"}]}`, rescue.ErrSyntax, "victims[3].<key>", `(did you mean "gender"?)`, "the path of an unknown key"},
		{"field of another record", `{"id":"x","victims":[{"id":"V1","kind":"Cash"}]}`, rescue.ErrSyntax, "victims[0].kind", `unknown field "kind" in a victim`,
			"a key that is a field name elsewhere is named"},
		{"unknown custody key", `{"id":"x","evidence":[{"id":"E","kind":"Cash","custody":[{"at":"2023-10-07T10:00:00Z","action":"Seized","by":"x"}]}]}`, rescue.ErrSyntax,
			"evidence[0].custody[0].<key>", "unknown field in a custody event", "deep in a chain of custody"},
		{"key in another case", `{"ID":"a"}`, rescue.ErrSyntax, "<key>", `(did you mean "id"?)`, "keys match exactly, not as encoding/json does"},
		{"keys in other cases", `{"id":"a","Id":"b","iD":"c"}`, rescue.ErrSyntax, "<key>", `(did you mean "id"?)`, "no merging of keys that differ in case"},
		{"escaped key", `{"\u0069d":"x","na\u006de":"y","victims":[{"\u0069\u0064":"V1"}]}`, nil, "", "", "a key with escapes is the key it spells"},
		{"duplicate key", `{"id":"X","id":"Y"}`, rescue.ErrSyntax, "id", `offset 10: duplicate key "id"`, "a key given twice is refused, not the last kept"},
		{"duplicate list", `{"id":"x","victims":[{"id":"V1","name":"A"}],"victims":[{"id":"V2"}]}`, rescue.ErrSyntax, "victims", "duplicate key", "two lists of victims are not merged"},
		{"duplicate nested key", `{"id":"x","victims":[{"id":"V1","gender":"Feminine","gender":"Masculine"}]}`, rescue.ErrSyntax, "victims[0].gender", "duplicate key", "in a record"},
		{"codes as base64", `{"id":"x","victims":[{"id":"V1","exploitation":"AQI="}]}`, rescue.ErrSyntax, "victims[0].exploitation", "want an array of codes, found a string",
			"encoding/json read a []uint8 kind from base64"},
		{"code for codes", `{"id":"x","victims":[{"id":"V1","exploitation":"Other"}]}`, rescue.ErrSyntax, "victims[0].exploitation", "want an array of codes", "one code is not a list"},
		{"number in codes", `{"id":"x","victims":[{"id":"V1","controls":[1]}]}`, rescue.ErrSyntax, "victims[0].controls[0]", "want a code, found a number", "codes are strings"},
		{"trailing data", `{"id":"x"} {"id":"y"}`, rescue.ErrSyntax, "", "offset 11: data after the operation", "one operation only"},
		{"trailing garbage", `{"id":"x"}x`, rescue.ErrSyntax, "", "data after the operation", "one operation only"},
		{"trailing comma", `{"id":"x",}`, rescue.ErrSyntax, "", "invalid character '}' looking for a key", "a syntax error"},
		{"syntax in victim", `{"id":"x","victims":[` + victims + `{"id":"V4","gender":Feminine}]}`, rescue.ErrSyntax, "victims[3].gender", "invalid character 'F' looking for a string", "a syntax error says where it is"},
		{"missing comma", `{"id":"x","victims":[{"id":"V1"} {"id":"V2"}]}`, rescue.ErrSyntax, "victims", "after an entry of an array", "between entries"},
		{"missing colon", `{"id" "x"}`, rescue.ErrSyntax, "", "invalid character '\"' after a key", "after a key"},
		{"truncated", `{"id":"x","victims":[{"id":"V1"`, rescue.ErrSyntax, "victims[0]", "unexpected end of input", "cut-off input"},
		{"truncated string", `{"id":"x","victims":[{"id":"V1`, rescue.ErrSyntax, "victims[0].id", "unexpected end of input in a string", "cut inside a string"},
		{"type error", `{"id":"x","victims":[` + victims + `{"id":"V4","gender":5}]}`, rescue.ErrSyntax, "victims[3].gender", "want a string, found a number", "a type error says where it is"},
		{"number for ID", `{"id":5}`, rescue.ErrSyntax, "id", "want a string, found a number", "an ID is a string"},
		{"bad code", `{"id":"x","victims":[` + victims + `{"id":"V4","gender":"Robot"}]}`, rescue.ErrInvalid, "victims[3].gender", `"Robot"`, "an unknown code, quoted, at its path"},
		{"bad nationality", `{"id":"x","victims":[` + victims + `{"id":"V4","nationality":"Atlantean"}]}`, rescue.ErrUnknownCountry, "victims[3].nationality", `"Atlantean"`, "an unknown nationality at its path"},
		{"prose for a nationality code", `{"id":"x","victims":[{"id":"V1","nationality":"Malaysian"}]}`, rescue.ErrSyntax, "victims[0].nationality",
			`"Malaysian": not a nationality code (did you mean "MY"?)`, "JSON takes codes, not the words of a report; the error says the code"},
		{"prose for a code", `{"id":"x","victims":[{"id":"V1","gender":"female"}]}`, rescue.ErrInvalid, "victims[0].gender",
			`"female": not a Gender code (did you mean "Feminine"?)`, "a label is not a code"},
		{"bad code in list", `{"id":"x","victims":[{"id":"V1","controls":["FalsePromises","Bogus"]}]}`, rescue.ErrInvalid, "victims[0].controls[1]", `"Bogus"`, "an element of a list of codes"},
		{"bad date", `{"id":"x","when":"2023-13"}`, rescue.ErrRange, "when", "2023-13", "a bad period"},
		{"bad cash", `{"id":"x","evidence":[{"id":"E","kind":"Cash","cash":"USD x"}]}`, rescue.ErrSyntax, "evidence[0].cash", "", "a bad amount"},
		{"bad time", `{"id":"x","evidence":[{"id":"E","kind":"Cash","custody":[{"at":"yesterday","action":"Seized"}]}]}`, rescue.ErrSyntax, "evidence[0].custody[0].at",
			`"yesterday" is not an RFC 3339 time`, "a bad custody time"},
		{"object for victims", `{"id":"x","victims":{"id":"V1"}}`, rescue.ErrSyntax, "victims", "want an array of victims, found an object", "a list must be a list"},
		{"string for object", `{"id":"x","lead":"Carlos"}`, rescue.ErrSyntax, "lead", "want an object, found a string", "an officer is an object"},
		{"object for array", `{"id":"x","places":{"locality":"Lima"}}`, rescue.ErrSyntax, "places", "want an array of places, found an object", "places are a list"},
		{"number for bool", `{"id":"x","suspects":[{"id":"S1","decisions":[{"outcome":"Convicted","sentence":{"life":1}}]}]}`, rescue.ErrSyntax,
			"suspects[0].decisions[0].sentence.life", "want true or false, found a number", "life is a boolean"},
		{"fraction for years", `{"id":"x","suspects":[{"id":"S1","decisions":[{"outcome":"Convicted","sentence":{"years":1.5}}]}]}`, rescue.ErrSyntax,
			"suspects[0].decisions[0].sentence.years", `"1.5" is not a whole number`, "years are whole"},
		{"huge years", `{"id":"x","suspects":[{"id":"S1","decisions":[{"outcome":"Convicted","sentence":{"years":99999999999999999999}}]}]}`, rescue.ErrRange,
			"suspects[0].decisions[0].sentence.years", `"99999999999999999999" is too large`, "years past int"},
		{"tally status of the wrong kind", `{"id":"x","counts":[{"status":"Arrested","of":"Victims","count":"3"}]}`, rescue.ErrInvalid,
			"counts[0].status", `"Arrested"`, "a tally of victims has a victim's status, whichever key comes first"},
		{"tally without a count", `{"id":"x","counts":[{"of":"Victims","nationality":"TH"}]}`, rescue.ErrRequired,
			"counts[0].count", "a tally needs its count", "a tally's count is its whole point: absent, it would read as 0 Thais"},
		{"tally with a null count", `{"id":"x","counts":[{"of":"Victims","count":null}]}`, rescue.ErrRequired,
			"counts[0].count", "a tally needs its count", "null is not recorded"},
		{"tally with an empty count", `{"id":"x","counts":[{"of":"Victims","count":""}]}`, rescue.ErrRequired,
			"counts[0].count", "a tally needs its count", "\"\" is not recorded"},
		{"not an object", `["x"]`, rescue.ErrSyntax, "", "want an object (an operation), found an array", "an operation is an object"},
		{"first of two errors", `{"id":"x","victims":[{"id":"V1","gender":"A"},{"id":"V2","gender":"B"}]}`, rescue.ErrInvalid, "victims[0].gender", `"A"`,
			"both are reported (TestDecodeOperationEveryValue), the first in the document first"},
		{"stray brace", `{"victims":[{"id":"V1","name":{"Siti Aminah","gender":"Feminine"}]}`, rescue.ErrSyntax, "victims[0].name", "want a string, found an object",
			"what follows a stray brace is never read as a key"},
		{"deep", `{"id":"x","victims":[{"id":"V1","recruitment":{"place":` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}}]}`, rescue.ErrSyntax,
			"victims[0].recruitment.place", "want an object, found an array", "nesting the shape has not is refused at its first bracket"},
		{"deep strings are fine", `{"id":"x","name":"` + strings.Repeat("[{", 100) + `"}`, nil, "", "", "brackets inside a string do not nest"},
		{"nulls", `{"id":"x","when":null,"victims":null,"lead":null,"triggers":[{"kind":"Tip","people":null}],"schemeTargets":null}`, nil, "", "", "null is not recorded, as for encoding/json"},
		{"bad literal", `{"id":nul}`, rescue.ErrSyntax, "id", "invalid literal", "null misspelt"},
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
			if strings.Contains(err.Error(), "Siti") || strings.Contains(err.Error(), "rescue:") || strings.Contains(err.Error(), "json:") {
				t.Errorf("the error %q quotes a name, or says rescue: or json:", err)
			}
			var je *rescue.JSONError
			if !errors.As(err, &je) {
				t.Fatalf("error %T is not a *JSONError (%s)", err, tc.reason)
			}
			if je.Path != tc.path {
				t.Errorf("JSONError.Path = %q; want %q (%s)", je.Path, tc.path, tc.reason)
			}
			prefix := "DecodeOperation: "
			if tc.path != "" {
				prefix += tc.path + ": "
			}
			if !strings.HasPrefix(err.Error(), prefix) {
				t.Errorf("message %q does not start with %q", err, prefix)
			}
		})
	}
}

// TestDecodeOperationEveryValue: a value its type refuses does not stop
// the decoder: the error lists every one, with the problems of the records
// read without one, in the order of the input.
func TestDecodeOperationEveryValue(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		want     []string // the paths of the problems, in order
		reason   string
	}{
		{"two codes", `{"id":"X","victims":[{"id":"V1","gender":"f"},{"id":"V2","nationality":"Thai"}]}`,
			[]string{"victims[0].gender", "victims[1].nationality"}, "a bad code does not hide the next"},
		{"two in a record", `{"id":"X","places":[{"country":"XX","locality":"Lima"}],"victims":[{"id":"V1","gender":"f","age":"200"}]}`,
			[]string{"places[0].country", "victims[0].gender", "victims[0].age"}, "nor one in the same record"},
		{"codes of a list", `{"id":"X","victims":[{"id":"V1","exploitation":["Labour","ForcedLabour","x"]}]}`,
			[]string{"victims[0].exploitation[0]", "victims[0].exploitation[2]"}, "every bad element of a list of codes"},
		{"every reader", `{"id":"X","when":"15/09/2023","counts":[{"of":"Victims","count":"many"}],` +
			`"suspects":[{"id":"S1","decisions":[{"outcome":"Convicted","sentence":{"years":1.5}}]}],` +
			`"evidence":[{"id":"E","kind":"Cash","cash":"USD x","custody":[{"at":"yesterday","action":"Seized"}]}]}`,
			[]string{"when", "counts[0].count", "suspects[0].decisions[0].sentence.years", "evidence[0].cash", "evidence[0].custody[0].at"},
			"text, JSON values, whole numbers and times are all read on past"},
		{"with the records' problems", `{"id":"X","victims":[{"id":"V1","gender":"f"},{"id":"V1"},{"gender":"Feminine"}]}`,
			[]string{"victims[0].gender", "victims[1].id", "victims[2].id"}, "a duplicate and a missing ID, found as the records are read, are listed with them"},
		{"no problem of the zero value", `{"id":"X","evidence":[{"id":"E","kind":"Phone"}]}`,
			[]string{"evidence[0].kind"}, `the kind refused is not also "required"`},
		{"status of an unknown kind", `{"id":"X","counts":[{"of":"Suspect","status":"Arrested","count":"3"}]}`,
			[]string{"counts[0].of"}, "with its of refused, a tally's status is neither a victim's nor a suspect's: not refused as a victim's"},
		{"then a syntax error", `{"id":"X","victims":[{"id":"V1","gender":"f"},{"id":"V2"}`,
			[]string{"victims[0].gender", "victims"}, "the values refused before the JSON breaks off, and then where it does"},
		{"between records", `{"id":"X","victims":[{"id":"V1","gender":"f"}],"suspects":[{"id":"S1","group":"G-NONE"}]}`,
			[]string{"victims[0].gender"}, "a reference to an ID no record has is for Validate, once the values read"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			op, err := rescue.DecodeOperation(strings.NewReader(tc.in))
			if op != nil || err == nil {
				t.Fatalf("DecodeOperation = %v, %v; want no operation and an error (%s)", op, err, tc.reason)
			}
			var paths []string
			for _, p := range decodeProblems(err) {
				switch x := p.(type) {
				case *rescue.JSONError:
					paths = append(paths, x.Path)
				case *rescue.FieldError:
					paths = append(paths, x.Path)
				default:
					t.Errorf("a problem of type %T: %v", p, p)
				}
			}
			if d := cmp.Diff(tc.want, paths); d != "" {
				t.Errorf("the problems' paths (-want +got):\n%s\nerror:\n%v\n(%s)", d, err, tc.reason)
			}
			if strings.Contains(err.Error(), "UnmarshalText(") || strings.Contains(err.Error(), "UnmarshalJSON(") {
				t.Errorf("the error names a method:\n%v", err)
			}
		})
	}
	// One problem is the *JSONError itself, as before.
	_, err := rescue.DecodeOperation(strings.NewReader(`{"id":"X","victims":[{"id":"V1","gender":"f"}]}`))
	if _, ok := err.(*rescue.JSONError); !ok {
		t.Errorf("one value refused: %T, want *rescue.JSONError", err)
	}
	// Past 1,000 problems the decoder stops reading.
	in := `{"id":"X","victims":[` + strings.Repeat(`{"id":"V","gender":"f"},`, 1500) + `{"id":"W"}]}`
	if _, err := rescue.DecodeOperation(strings.NewReader(in)); !errors.Is(err, rescue.ErrTooLarge) || len(decodeProblems(err)) != 1001 {
		t.Errorf("1,500 values refused: %d problems, %v; want the first 1,000 and where it stopped, wrapping ErrTooLarge", len(decodeProblems(err)), err)
	}
}

// decodeProblems lists the problems of err: those it joins, or err.
func decodeProblems(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
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

func TestDecodeOperationReadError(t *testing.T) {
	t.Parallel()
	boom := errors.New("boom")
	r := io.MultiReader(strings.NewReader(`{"id":"x",`), iotest.ErrReader(boom))
	if _, err := rescue.DecodeOperation(r); !errors.Is(err, boom) || err.Error() != "DecodeOperation: offset 10: reading the input: boom" {
		t.Fatalf("a failing reader: %v; want its error, at the offset where it failed", err)
	}
	// A reader that gives nothing, for ever.
	if _, err := rescue.DecodeOperation(decodeNothing{}); !errors.Is(err, io.ErrNoProgress) {
		t.Fatalf("a reader that makes no progress: %v; want io.ErrNoProgress", err)
	}
	// One byte at a time is still one operation.
	data, _ := json.Marshal(modelOp())
	if _, err := rescue.DecodeOperation(iotest.OneByteReader(bytes.NewReader(data))); err != nil {
		t.Fatalf("one byte at a time: %v", err)
	}
}

// decodeNothing reads nothing and no error, for ever.
type decodeNothing struct{}

func (decodeNothing) Read([]byte) (int, error) { return 0, nil }

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
	if e.Error() != "DecodeOperation: victims[3].gender: invalid" || !errors.Is(e, rescue.ErrInvalid) {
		t.Errorf("JSONError = %q", e)
	}
	e = &rescue.JSONError{Err: rescue.ErrSyntax}
	if e.Error() != "DecodeOperation: invalid syntax" {
		t.Errorf("JSONError with no path = %q", e)
	}
	// A value's own error is given without its function's name.
	_, perr := rescue.ParseAge("old")
	e = &rescue.JSONError{Path: "victims[0].age", Err: perr}
	if got := e.Error(); !strings.HasPrefix(got, `DecodeOperation: victims[0].age: "old": `) || strings.Contains(got, "ParseAge") || !errors.Is(e, rescue.ErrSyntax) {
		t.Errorf("JSONError of a ParseError = %q", got)
	}
	var nilErr *rescue.JSONError
	if nilErr.Error() != "<nil>" || nilErr.Unwrap() != nil || (&rescue.JSONError{}).Error() != "DecodeOperation: invalid JSON" {
		t.Errorf("a nil or empty JSONError panics or says %q", (&rescue.JSONError{}).Error())
	}
}

func TestDecodeUnknownKeyQuoting(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		key, path, reason string
		quoted            bool
	}{
		{"kind", "victims[0].kind", "a field of another record is a field name", true},
		{"outcome", "victims[0].outcome", "a field of a court decision", true},
		{"N", "victims[0].<key>", "Count's Go fields are not field names of the JSON", false},
		{"amount", "victims[0].<key>", "the inside of a value type's form is not a field name", false},
		{"Siti Aminah", "victims[0].<key>", "a name is never quoted", false},
	} {
		_, err := rescue.DecodeOperation(strings.NewReader(`{"id":"x","victims":[{"id":"V1",` + strconv.Quote(tc.key) + `:1}]}`))
		var je *rescue.JSONError
		if !errors.As(err, &je) || je.Path != tc.path || strings.Contains(err.Error(), strconv.Quote(tc.key)) != tc.quoted {
			t.Errorf("key %q: %v; want path %s, quoted %v (%s)", tc.key, err, tc.path, tc.quoted, tc.reason)
		}
	}
}

// TestDecodeOperationEveryPrefix cuts a fully-filled operation at every
// byte: each cut is an error (never no operation and no error), at a path
// of the operation's field names.
func TestDecodeOperationEveryPrefix(t *testing.T) {
	t.Parallel()
	data, err := json.Marshal(decodeOps.Example(2))
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(data) {
		op, err := rescue.DecodeOperation(bytes.NewReader(data[:n]))
		var je *rescue.JSONError
		if op != nil || !errors.As(err, &je) || !errors.Is(err, rescue.ErrSyntax) {
			t.Fatalf("the first %d bytes (…%s): %v, %v; want a JSONError wrapping ErrSyntax", n, data[max(0, n-40):n], op != nil, err)
		}
	}
}
