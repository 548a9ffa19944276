// Command schema writes schema/operation.schema.json, the JSON Schema of
// the operation JSON, from the package's Go types (see internal/schema).
// Run it with `go generate` at the root of the module.
package main

import (
	"log"
	"os"

	"github.com/antitrafficking/rescue/internal/schema"
)

const output = "schema/operation.schema.json"

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen/schema: ")
	b, err := schema.Generate()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(output, b, 0o644); err != nil {
		log.Fatal(err)
	}
}
