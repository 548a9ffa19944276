package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/antitrafficking/rescue"
)

var summaryCommand = &command{
	name: "summary",
	args: "[-json] [-suppress K] FILE|DIR|-...",
	doc: `Summary prints what the operations add up to: victims and suspects by
nationality, gender and exploitation, minors, arrests, evidence and cash
seized. A file with a problem is left out of the sum, its problems are
printed on standard error, and the command exits 1.`,
	example: "rescue summary -suppress 11 records/\nrescue summary -json examples/lima2023/testdata/operation.json",
	flags: func(fs *flag.FlagSet) func(e *env, args []string) int {
		asJSON := fs.Bool("json", false, "print the summary as JSON")
		k := fs.Int("suppress", 0, "replace counts of people from 1 to `K`-1 by bounds, and hide what would reveal them, before printing (CTDC publishes with K=11)")
		return func(e *env, args []string) int {
			if len(args) == 0 {
				return e.usageError("no input files")
			}
			if *k < 0 {
				return e.usageError("-suppress takes a number of 0 or more")
			}
			var sum rescue.Summary
			e.each(args, func(_ string, r io.Reader) error {
				op, err := decode(r)
				if err != nil {
					return err
				}
				sum.Add(op.Summary())
				return nil
			})
			if *k > 1 {
				sum = sum.Suppress(*k)
			}
			if err := writeSummary(e.stdout, sum, *asJSON); err != nil {
				fmt.Fprintf(e.stderr, "rescue summary: %v\n", err)
				return exitProblem
			}
			return e.exit()
		}
	},
}

func writeSummary(w io.Writer, s rescue.Summary, asJSON bool) error {
	if !asJSON {
		_, err := io.WriteString(w, s.String())
		return err
	}
	return writeJSON(w, s)
}

// writeJSON writes v as indented JSON, with &, < and > as they are.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
