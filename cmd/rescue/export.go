package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"

	"github.com/antitrafficking/rescue"
)

var htcdsCommand = exportCommand("htcds", "HTCDS 2.0", rescue.WriteHTCDS,
	`Htcds writes the victims and suspects of the operations as one HTCDS 2.0
CSV file (IOM's Human Trafficking Case Data Standard) on standard output,
one row a person, without names. IDs are written as they are: redact the
operations first to share pseudonyms.`,
	"rescue htcds examples/lima2023/testdata/operation.json > people.csv")

var ctdcCommand = exportCommand("ctdc", "CTDC 2024", rescue.WriteCTDC,
	`Ctdc writes the victims of the operations as one CSV file in the columns of
IOM's CTDC 2024 dataset on standard output, one row a victim, without
names, IDs or dates. Publish it only after k-anonymisation.`,
	"rescue ctdc records/ > victims.csv")

// exportCommand is a command that writes the operations with write, one
// header for all of them, streaming: one operation in memory at a time.
func exportCommand(name, format string, write func(io.Writer, ...*rescue.Operation) error, doc, example string) *command {
	c := &command{name: name, args: "FILE|DIR|-...", doc: doc + `
A file with a problem is left out, its problems are printed on standard
error, and the command exits 1.`, example: example}
	c.flags = func(fs *flag.FlagSet) func(e *env, args []string) int {
		return func(e *env, args []string) int {
			if len(args) == 0 {
				return e.usageError("no input files")
			}
			var out io.Writer = e.stdout
			header := true
			e.each(args, func(_ string, r io.Reader) error {
				op, err := decode(r)
				if err != nil {
					return err
				}
				// Each call writes the header: keep only the first.
				var buf bytes.Buffer
				if err := write(&buf, op); err != nil {
					return err
				}
				b := buf.Bytes()
				if !header {
					b = b[bytes.IndexByte(b, '\n')+1:]
				}
				if _, err := out.Write(b); err != nil {
					return fmt.Errorf("writing %s: %w", format, err)
				}
				header = false
				return nil
			})
			if header { // no operation: the header alone
				if err := write(out); err != nil {
					fmt.Fprintf(e.stderr, "rescue %s: %v\n", name, err)
					return exitProblem
				}
			}
			return e.exit()
		}
	}
	return c
}
