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
	"os"

	"github.com/antitrafficking/rescue/examples/internal/casefile"
)

func main() {
	os.Exit(casefile.Main("lima2023", Lima2023, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
