package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/antitrafficking/rescue"
)

var readHTCDSCommand = &command{
	name: "read-htcds",
	args: "-id ID FILE.csv|-",
	doc: `Read-htcds reads an HTCDS 2.0 CSV file (as the htcds command writes it)
and writes its victims and suspects as an operation JSON file, with the
ID given, on standard output. A file that cannot be read, or whose people
do not make a valid operation, is an error: its problems are printed on
standard error, nothing is written, and the command exits 1.`,
	example: "rescue read-htcds -id PE-2023-10-LIMA people.csv > operation.json",
	flags: func(fs *flag.FlagSet) func(e *env, args []string) int {
		id := fs.String("id", "", "the `ID` of the operation to write (required: the CSV file has none)")
		return func(e *env, args []string) int {
			switch {
			case len(args) != 1:
				return e.usageError("read-htcds reads one file")
			case *id == "":
				return e.usageError("-id is required")
			}
			var op *rescue.Operation
			e.each(args, func(_ string, r io.Reader) error {
				victims, suspects, err := rescue.ReadHTCDS(r)
				if err != nil {
					return err
				}
				o := &rescue.Operation{ID: *id, Victims: victims, Suspects: suspects}
				if err := o.Validate(); err != nil {
					return err
				}
				op = o
				return nil
			})
			if op == nil {
				return exitProblem
			}
			if err := writeJSON(e.stdout, op); err != nil {
				fmt.Fprintf(e.stderr, "rescue read-htcds: %v\n", err)
				return exitProblem
			}
			return e.exit()
		}
	},
}
