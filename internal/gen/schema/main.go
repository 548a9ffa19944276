// Command schema writes schema/operation.schema.json, the JSON Schema of
// the operation JSON, from the package's Go types (see internal/schema).
// Run it with `go generate` at the root of the module; -o writes
// elsewhere.
package main

import (
	"flag"
	"log"
	"os"

	"github.com/antitrafficking/rescue/internal/schema"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen/schema: ")
	out := flag.String("o", "schema/operation.schema.json", "write the schema to this `file`")
	flag.Parse()
	b, err := schema.Generate()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
}
