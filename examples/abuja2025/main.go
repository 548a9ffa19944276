// Command abuja2025 builds, validates and reports NAPTIP's interception of 24
// people, minors among them, at Abuja's airport in October 2025.
//
// It takes the flags of examples/lima2023: -json, -htcds, -ctdc, -in FILE.
package main

import (
	"os"

	"github.com/antitrafficking/rescue/examples/internal/casefile"
)

func main() {
	os.Exit(casefile.Main("abuja2025", Abuja2025, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
