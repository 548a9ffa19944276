// Command osmach2024 builds, validates and reports the rescue of Thai workers from
// a scam operation in O'Smach, Cambodia, in March 2024, whose two sources
// disagree on how many were freed (19 or 11): both figures are kept.
//
// It takes the flags of examples/lima2023: -json, -htcds, -ctdc, -in FILE.
package main

import (
	"os"

	"github.com/antitrafficking/rescue/examples/internal/casefile"
)

func main() {
	os.Exit(casefile.Main("osmach2024", Osmach2024, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
