// Command lima2023 builds, validates and reports the reference case of the
// rescue library: the Peruvian police operation of October 2023 that freed
// 44 people (43 Malaysians, 1 Taiwanese) held by the Taiwanese gang Red
// Dragon in a suburb of Lima, as reported by The Malaysian Insight.
//
// Usage:
//
//	go run ./examples/lima2023            # print the report
//	go run ./examples/lima2023 -json      # print the operation as JSON
//	go run ./examples/lima2023 -htcds     # print its people as HTCDS 2.0 CSV
//	go run ./examples/lima2023 -ctdc      # print its victims as CTDC 2024 CSV
//	go run ./examples/lima2023 -in FILE   # report an operation JSON file ("-": stdin)
//
// With -in, an operation that fails validation prints every problem and
// the command exits 1.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/antitrafficking/rescue"
)

func main() {
	asJSON := flag.Bool("json", false, "print the operation as JSON instead of the report")
	asHTCDS := flag.Bool("htcds", false, "print the operation's victims and suspects as HTCDS 2.0 CSV instead of the report")
	asCTDC := flag.Bool("ctdc", false, "print the operation's victims as CTDC 2024 CSV instead of the report")
	in := flag.String("in", "", "read an operation from this JSON `file` (- for standard input) instead of building the reference case")
	flag.Parse()
	if n := btoi(*asJSON) + btoi(*asHTCDS) + btoi(*asCTDC); n > 1 {
		fmt.Fprintln(os.Stderr, "lima2023: -json, -htcds and -ctdc exclude each other")
		os.Exit(2)
	}
	var err error
	switch {
	case *asHTCDS:
		err = export(os.Stdout, *in, rescue.WriteHTCDS)
	case *asCTDC:
		err = export(os.Stdout, *in, rescue.WriteCTDC)
	default:
		err = run(os.Stdout, *in, *asJSON)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "lima2023:", err)
		os.Exit(1)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func run(w io.Writer, in string, asJSON bool) error {
	op, err := load(in)
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(op)
	}
	return Report(w, op)
}

// export writes the operation's people with write: rescue.WriteHTCDS or
// rescue.WriteCTDC.
func export(w io.Writer, in string, write func(io.Writer, ...*rescue.Operation) error) error {
	op, err := load(in)
	if err != nil {
		return err
	}
	return write(w, op)
}

// load reads the operation from the file in, or builds the reference case
// when in is empty.
func load(in string) (*rescue.Operation, error) {
	if in != "" {
		return read(in)
	}
	op := Lima2023()
	if err := op.Validate(); err != nil {
		return nil, fmt.Errorf("the reference operation does not validate:\n%w", err)
	}
	return op, nil
}

func read(name string) (*rescue.Operation, error) {
	r := os.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	op, err := rescue.DecodeOperation(r)
	if err != nil {
		// A validation error joins one error per problem; anything else
		// (a JSON error, one whose cause happens to be a join) is one
		// problem and prints as it is.
		list, ok := err.(interface{ Unwrap() []error })
		if !ok || op == nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		errs := list.Unwrap()
		n := len(errs)
		var more *rescue.MoreErrors
		if errors.As(errs[n-1], &more) {
			n += more.N - 1
		}
		msg := fmt.Sprintf("%s: %d problems:", name, n)
		if n == 1 {
			msg = name + ": 1 problem:"
		}
		for _, e := range errs {
			msg += "\n  " + e.Error()
		}
		return nil, errors.New(msg)
	}
	return op, nil
}
