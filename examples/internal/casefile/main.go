// Package casefile holds what the example programs share: reading or
// building an operation, and printing it as a report, as JSON, or as
// HTCDS or CTDC CSV.
package casefile

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/antitrafficking/rescue"
)

// Main runs an example program named name: it builds the operation with
// build (or reads -in FILE, "-" for stdin), validates it and prints its
// report, or with -json, -htcds or -ctdc the operation in that form. It
// returns the exit code: 0, 1 when the operation is invalid or cannot be
// read or written, 2 for a usage error.
func Main(name string, build func() *rescue.Operation, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the operation as JSON instead of the report")
	asHTCDS := fs.Bool("htcds", false, "print the operation's victims and suspects as HTCDS 2.0 CSV instead of the report")
	asCTDC := fs.Bool("ctdc", false, "print the operation's victims as CTDC 2024 CSV instead of the report")
	in := fs.String("in", "", "read an operation from this JSON `file` (- for standard input) instead of building the example")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "%s: unexpected arguments %q\n", name, fs.Args())
		return 2
	}
	if btoi(*asJSON)+btoi(*asHTCDS)+btoi(*asCTDC) > 1 {
		fmt.Fprintf(stderr, "%s: -json, -htcds and -ctdc exclude each other\n", name)
		return 2
	}
	op, err := load(*in, build, stdin)
	if err == nil {
		switch {
		case *asJSON:
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			err = enc.Encode(op)
		case *asHTCDS:
			err = export(stdout, stderr, op, "HTCDS", rescue.WriteHTCDS)
		case *asCTDC:
			err = export(stdout, stderr, op, "CTDC", rescue.WriteCTDC)
		default:
			err = Report(stdout, op)
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return 1
	}
	return 0
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// export writes the operation's people with write. HTCDS and CTDC are
// case-level: one row per person. An operation recorded only as the
// report's figures (tallies) has no such rows; export says so on stderr
// and writes the header alone, which is a valid, empty file.
func export(stdout, stderr io.Writer, op *rescue.Operation, format string, write func(io.Writer, ...*rescue.Operation) error) error {
	if len(op.Victims) == 0 && len(op.Suspects) == 0 && len(op.Counts) > 0 {
		fmt.Fprintf(stderr, "operation %s records the report's figures (%d tallies) and no individual victims or suspects: "+
			"%s is case-level, so the file has its header only\n", op.ID, len(op.Counts), format)
	}
	return write(stdout, op)
}

// load reads the operation from the file in, or builds the example when
// in is empty.
func load(in string, build func() *rescue.Operation, stdin io.Reader) (*rescue.Operation, error) {
	if in != "" {
		return read(in, stdin)
	}
	op := build()
	if err := op.Validate(); err != nil {
		return nil, fmt.Errorf("the example operation does not validate:\n%w", err)
	}
	return op, nil
}

func read(name string, stdin io.Reader) (*rescue.Operation, error) {
	r := stdin
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
