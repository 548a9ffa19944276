package main

import (
	"flag"
	"io"

	"github.com/antitrafficking/rescue"
)

var checkCommand = &command{
	name: "check",
	args: "FILE|DIR|-...",
	doc: `Check decodes and validates operation JSON files and prints every problem
of every file on standard error, one a line, as "file: path: message".
It prints nothing else, and exits 1 if any file has a problem.`,
	example: "rescue check examples/lima2023/testdata/operation.json\nrescue check records/   # every *.json below records/",
	flags: func(fs *flag.FlagSet) func(e *env, args []string) int {
		return func(e *env, args []string) int {
			if len(args) == 0 {
				return e.usageError("no input files")
			}
			e.each(args, func(_ string, r io.Reader) error {
				_, err := decode(r)
				return err
			})
			return e.exit()
		}
	},
}

// decode reads one operation and validates it: the operation, or every
// problem it has.
func decode(r io.Reader) (*rescue.Operation, error) {
	op, err := rescue.DecodeOperation(r)
	if err != nil {
		return nil, err
	}
	return op, nil
}

// exit returns the exit code of a run whose usage was right.
func (e *env) exit() int {
	if e.failed {
		return exitProblem
	}
	return exitOK
}
