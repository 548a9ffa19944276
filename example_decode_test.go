package rescue_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/antitrafficking/rescue"
)

func ExampleDecodeOperation() {
	in := `{
	  "id": "PE-2023-10-LIMA",
	  "when": "2023-10-07/2023-10-08",
	  "victims": [{"id": "V01", "nationality": "MY", "status": "Rescued"}],
	  "suspects": [{"id": "S01", "nationality": "TW", "group": "G1", "status": "Arrested", "arrested": "2023-10"}],
	  "groups": [{"id": "G1", "name": "Red Dragon", "origin": "TW"}]
	}`
	op, err := rescue.DecodeOperation(strings.NewReader(in))
	fmt.Println(op, err)

	// A well-formed operation that fails validation comes back with its
	// problems.
	op, err = rescue.DecodeOperation(strings.NewReader(`{"id":"X","suspects":[{"id":"S01","group":"G9"}]}`))
	fmt.Println(op.ID, err)

	// Strict: an unknown field is an error, and so is a key given twice.
	_, err = rescue.DecodeOperation(strings.NewReader(`{"id":"X","victims":[{"id":"V01","gendre":"Feminine"}]}`))
	fmt.Println(err)
	_, err = rescue.DecodeOperation(strings.NewReader(`{"id":"X","id":"Y"}`))
	fmt.Println(err)

	// A list of codes is an array of codes.
	_, err = rescue.DecodeOperation(strings.NewReader(`{"id":"X","victims":[{"id":"V01","exploitation":"AQI="}]}`))
	fmt.Println(err)
	// Output:
	// operation PE-2023-10-LIMA (2023-10-07/2023-10-08: 1 victim record, 1 suspect record) <nil>
	// X suspects[0].group: no group "G9" in the operation: unknown reference
	// DecodeOperation: victims[0].<key>: offset 33: unknown field in a victim, not shown (did you mean "gender"?): invalid syntax
	// DecodeOperation: id: offset 10: duplicate key "id": invalid syntax
	// DecodeOperation: victims[0].exploitation: offset 48: want an array of codes, found a string: invalid syntax
}

func ExampleDecodeOptions() {
	// The defaults: at most 1,000,000 entries in each of the operation's
	// lists, and 1,000 in each list inside a record.
	var opts rescue.DecodeOptions
	in := `{"id":"X","victims":[{"id":"V1","controls":["DebtBondage","DebtBondage","DebtBondage"]}]}`
	op, err := opts.DecodeOperation(strings.NewReader(in))
	fmt.Println(len(op.Victims[0].Controls), err)
	// A tighter limit for lists inside records.
	opts.MaxItems = 2
	_, err = opts.DecodeOperation(strings.NewReader(in))
	fmt.Println(err)
	// Output:
	// 3 <nil>
	// DecodeOperation: victims[0].controls: more than 2 entries (DecodeOptions.MaxItems): input too large
}

func ExampleDecodeOptions_DecodeOperation() {
	// A service that takes operations of at most 1,000 victims.
	opts := rescue.DecodeOptions{MaxRecords: 1000}
	in := `{"id":"X","victims":[` + strings.Repeat(`{"id":"V"},`, 1000) + `{"id":"V"}]}`
	_, err := opts.DecodeOperation(strings.NewReader(in))
	fmt.Println(err)
	fmt.Println(errors.Is(err, rescue.ErrTooLarge))
	// Output:
	// DecodeOperation: victims: more than 1000 entries (DecodeOptions.MaxRecords): input too large
	// true
}

func ExampleJSONError() {
	_, err := rescue.DecodeOperation(strings.NewReader(
		`{"id":"x","victims":[{"id":"V1"},{"id":"V2","gender":"Robot"}]}`))
	var je *rescue.JSONError
	if errors.As(err, &je) {
		fmt.Println(je.Path, je.Offset)
	}
	fmt.Println(err)
	// Output:
	// victims[1].gender 53
	// DecodeOperation: victims[1].gender: "Robot": not a Gender code (valid: Feminine, Masculine, TransgenderFeminine, TransgenderMasculine, NonConforming): invalid
}

func ExampleJSONError_Error() {
	_, err := rescue.DecodeOperation(strings.NewReader(`{"id":"x","victims":[{"id":"V1","gender":}]}`))
	fmt.Println(err)
	// A key that is not the name of a field is not quoted: it could be a
	// name, after a stray brace.
	_, err = rescue.DecodeOperation(strings.NewReader(`{"id":"x","victims":[{"id":"V1","recruitment":{"Siti's cousin":"Ipoh"}}]}`))
	fmt.Println(err)
	// Output:
	// DecodeOperation: victims[0].gender: offset 41: invalid character '}' looking for a string: invalid syntax
	// DecodeOperation: victims[0].recruitment.<key>: offset 47: unknown field in a recruitment, not shown: invalid syntax
}

func ExampleJSONError_Unwrap() {
	_, err := rescue.DecodeOperation(strings.NewReader(`{"id":"x","victims":[{"id":"V1","nationality":"Atlantean"}]}`))
	fmt.Println(errors.Is(err, rescue.ErrUnknownCountry))
	// Output:
	// true
}

func ExampleMaxOperationBytes() {
	// An endless string: DecodeOperation stops once it has read 64 MiB.
	_, err := rescue.DecodeOperation(&modelEndless{head: `{"id":"x","scheme":"`})
	fmt.Println(err)
	// Output:
	// DecodeOperation: scheme: more than 64 MiB: input too large
}

func ExampleErrTooLarge() {
	// An operation with more than 1,000 problems is refused, unread past
	// the problem that makes 1,001.
	in := `{"id":"x","victims":[` + strings.Repeat(`{},`, 5000) + `{}]}`
	_, err := rescue.DecodeOperation(strings.NewReader(in))
	fmt.Println(errors.Is(err, rescue.ErrTooLarge), errors.Is(err, rescue.ErrRequired))
	fmt.Println(err)
	// Output:
	// true true
	// DecodeOperation: victims[1000]: more than 1000 problems: stopped reading: input too large
	// victims[0].id: required
	// victims[1].id: required
	// victims[2].id: required
	// victims[3].id: required
	// victims[4].id: required
	// victims[5].id: required
	// victims[6].id: required
	// victims[7].id: required
	// victims[8].id: required
	// victims[9].id: required
	// and 990 more problems before it
}
