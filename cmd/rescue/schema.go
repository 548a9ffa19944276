package main

import (
	"flag"
	"fmt"

	"github.com/antitrafficking/rescue/internal/schema"
)

var schemaCommand = &command{
	name: "schema",
	args: "",
	doc: `Schema prints the JSON Schema (2020-12) of the operation JSON files the
other commands read: the same as schema/operation.schema.json. Editors
and validators in any language can check records with it; the rules
across fields (unique IDs, references, dates in order, tallies that add
up) are left to "rescue check".`,
	example: "rescue schema > operation.schema.json",
	flags: func(fs *flag.FlagSet) func(e *env, args []string) int {
		return func(e *env, args []string) int {
			if len(args) > 0 {
				return e.usageError("schema takes no arguments")
			}
			b, err := schema.Generate()
			if err == nil {
				_, err = e.stdout.Write(b)
			}
			if err != nil {
				fmt.Fprintf(e.stderr, "rescue schema: %v\n", err)
				return exitProblem
			}
			return exitOK
		}
	},
}
