// Command rescue checks, summarises, redacts and exports the operation
// records of package rescue (github.com/antitrafficking/rescue) without
// writing Go: operation JSON files in, problems, summaries, redacted
// operations and HTCDS or CTDC CSV out.
//
// Usage:
//
//	rescue check FILE|DIR|-...          decode and validate operations
//	rescue summary [-json] [-suppress K] FILE|DIR|-...
//	rescue extract [-published DATE] [-findings FILE] [FILE|-]
//	                                    a report's text to a draft operation
//	rescue redact -key-file F [-out DIR] FILE|DIR|-...
//	rescue htcds FILE|DIR|-...          victims and suspects as HTCDS 2.0 CSV
//	rescue ctdc FILE|DIR|-...           victims as CTDC 2024 CSV
//	rescue read-htcds -id ID FILE.csv|- an HTCDS CSV file as an operation
//	rescue schema                       the JSON Schema of the operation format
//
// Directories are walked for *.json files; "-" is standard input. Every
// command takes -h, which prints its usage with an example. The exit code
// is 0 when all went well, 1 when an input had a problem (each one is
// printed on standard error as "file: path: message") and 2 for a usage
// error. No message prints a name or any other personal data the files
// hold.
//
// Install it with
//
//	go install github.com/antitrafficking/rescue/cmd/rescue@latest
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
