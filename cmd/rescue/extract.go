package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/antitrafficking/rescue"
	"github.com/antitrafficking/rescue/internal/readsome"
)

// maxReportBytes bounds what extract reads of its input; Extract itself
// refuses a text over its own bound (4 MiB) with an error.
const maxReportBytes = 8 << 20

var extractCommand = &command{
	name: "extract",
	args: "[-published DATE] [-findings FILE] [FILE|-]",
	doc: `Extract reads the text of a report on an operation (a news article or a
press release, in English, as plain text) and writes a draft operation
as JSON on standard output, with every figure it found: the counts of
victims and suspects as tallies, cash and items seized, places, dates,
the agency, what started it. The draft is for a person to review and
complete (it has no ID; "rescue check" says what it lacks).

Standard error lists the findings without their text: the field each
phrase filled, its byte span, and a note where the reading was
uncertain or nothing was filled. -findings writes them as JSON with the
phrases themselves, which can name people: keep that file as you keep the
report. With no FILE, or "-", the report is read from standard input.`,
	example: "rescue extract -published 2023-10-09 report.txt > draft.json\nrescue extract -published 2023-10-09 -findings findings.json report.txt > draft.json",
	flags: func(fs *flag.FlagSet) func(e *env, args []string) int {
		published := fs.String("published", "", "the `date` the report was published (2023-10-09, 2023-10 or 2023): it anchors \"on Friday\", \"last month\"")
		findingsFile := fs.String("findings", "", "write the findings, with their phrases, to this JSON `file`")
		return func(e *env, args []string) int {
			if len(args) > 1 {
				return e.usageError("extract reads one report")
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			date, err := rescue.ParseDate(*published)
			if err != nil {
				return e.usageError("-published: " + err.Error())
			}
			e.each(args, func(name string, r io.Reader) error {
				// io.ReadAll would loop for ever on a reader that gives
				// no bytes and no error; readsome gives up on it.
				text, err := io.ReadAll(io.LimitReader(readsome.Reader{R: r}, maxReportBytes+1))
				if err != nil {
					return err
				}
				if len(text) > maxReportBytes {
					return fmt.Errorf("longer than %d MiB", maxReportBytes>>20)
				}
				draft, err := rescue.Extract(string(text), date)
				if err != nil {
					return err
				}
				for _, f := range draft.Findings {
					fmt.Fprintf(e.stderr, "%s: %s\n", name, f) // Finding.String leaves the phrase out
				}
				if *findingsFile != "" {
					if err := writeFindings(*findingsFile, draft.Findings); err != nil {
						return err
					}
				}
				return writeJSON(e.stdout, draft.Operation)
			})
			return e.exit()
		}
	},
}

// finding is a Finding as the findings file writes it.
type finding struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Path  string `json:"path,omitempty"`
	Note  string `json:"note,omitempty"`
}

// writeFindings writes the findings, phrases and all, to a new file that
// only its owner can read.
func writeFindings(name string, fs []rescue.Finding) error {
	out := make([]finding, len(fs))
	for i, f := range fs {
		out[i] = finding{f.Start, f.End, string(f.Text), f.Path, f.Note}
	}
	return writeNew(name, out, 0o600)
}
