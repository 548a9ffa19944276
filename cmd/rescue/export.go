package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"

	"github.com/antitrafficking/rescue"
)

var htcdsCommand = exportCommand("htcds", "HTCDS 2.0", rescue.WriteHTCDS, figuresOfPeople,
	`Htcds writes the victims and suspects of the operations as one HTCDS 2.0
CSV file (IOM's Human Trafficking Case Data Standard) on standard output,
one row a person, without names. IDs are written as they are: redact the
operations first to share pseudonyms.`,
	"rescue htcds examples/lima2023/testdata/operation.json > people.csv")

var ctdcCommand = exportCommand("ctdc", "CTDC 2024", rescue.WriteCTDC, figuresOfVictims,
	`Ctdc writes the victims of the operations as one CSV file in the columns of
IOM's CTDC 2024 dataset on standard output, one row a victim, without
names, IDs or dates. Publish it only after k-anonymisation.`,
	"rescue ctdc records/ > victims.csv")

// exportCommand is a command that writes the operations with write, one
// header for all of them, streaming: one operation in memory at a time.
// figures describes what an operation records only as the report's
// figures (tallies), which the format, one row a person, cannot hold: a
// notice on standard error says so, as the rows are not missing by
// mistake.
func exportCommand(name, format string, write func(io.Writer, ...*rescue.Operation) error,
	figures func(*rescue.Operation) string, doc, example string) *command {
	c := &command{name: name, args: "FILE|DIR|-...", doc: doc + `
A file with a problem is left out, its problems are printed on standard
error, and the command exits 1. An operation recorded only as the
report's figures (tallies) has no rows: a notice on standard error says
so, and the command exits 0.`, example: example}
	c.flags = func(fs *flag.FlagSet) func(e *env, args []string) int {
		return func(e *env, args []string) int {
			if len(args) == 0 {
				return e.usageError("no input files")
			}
			var out io.Writer = e.stdout
			header := true
			e.each(args, func(input string, r io.Reader) error {
				op, err := decode(r)
				if err != nil {
					return err
				}
				if what := figures(op); what != "" {
					e.clearProgress()
					fmt.Fprintf(e.stderr, "%s: operation %q records %s: %s is case-level, one row a person, so it has no rows for it\n",
						input, op.ID, what, format)
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

// figuresOfPeople describes an operation whose people are recorded only
// as the report's figures: tallies, and no victim or suspect records.
func figuresOfPeople(op *rescue.Operation) string {
	if len(op.Victims) > 0 || len(op.Suspects) > 0 || len(op.Counts) == 0 {
		return ""
	}
	return fmt.Sprintf("the report's figures (%s) and no individual victims or suspects", tallies(len(op.Counts)))
}

// figuresOfVictims describes an operation whose victims are recorded only
// as the report's figures: tallies of victims, and no victim records.
func figuresOfVictims(op *rescue.Operation) string {
	n := 0
	for _, t := range op.Counts {
		if t.Of == rescue.OfVictims {
			n++
		}
	}
	if len(op.Victims) > 0 || n == 0 {
		return ""
	}
	return fmt.Sprintf("the report's figures of victims (%s) and no individual victims", tallies(n))
}

func tallies(n int) string {
	if n == 1 {
		return "1 tally"
	}
	return fmt.Sprintf("%d tallies", n)
}
