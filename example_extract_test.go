package rescue_test

import (
	"fmt"
	"log/slog"
	"os"

	"github.com/antitrafficking/rescue"
)

// A short report, written for the examples.
const exampleReport = `Peruvian police rescued 44 foreigners — 43 Malaysians and one Taiwanese — in a suburb of Lima over the weekend.
Officers arrested eight suspects, six Taiwanese and two Peruvians, and seized more than US$10,000 (S$13,700) and numerous cell phones.
The raid began after two women who escaped alerted the authorities.`

func ExampleExtract() {
	d, err := rescue.Extract(exampleReport, rescue.MustParseDate("2023-10-09"))
	if err != nil {
		fmt.Println(err)
		return
	}
	op := d.Operation
	for _, t := range op.Counts {
		fmt.Println(t)
	}
	for _, e := range op.Evidence {
		if e.Kind == rescue.Cash {
			fmt.Println(e.Kind, e.Cash)
		} else {
			fmt.Println(e.Kind, e.Quantity)
		}
	}
	fmt.Println(op.Place(), op.When, op.Agencies[0].Name)
	fmt.Println(op.Triggers[0].Kind, op.Triggers[0].People)
	// Output:
	// victims: 44
	// victims: 43 (MY)
	// victims: 1 (TW)
	// suspects: 8 (Arrested)
	// suspects: 6 (Arrested, TW)
	// suspects: 2 (Arrested, PE)
	// Cash more than USD 10000.00 (SGD 13700.00)
	// MobilePhone at least 2
	// Lima, Peru 2023-10-07/2023-10-08 Peruvian police
	// EscapedVictimReport 2
}

// A figure whose subject the text leaves open is not counted, and a
// currency sign of several countries is not guessed: the findings say so.
func ExampleExtract_uncertain() {
	d, err := rescue.Extract("Police seized $5,000 in cash. The driver was carrying 40 migrants.", rescue.Date{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(d.Operation.Counts), len(d.Operation.Evidence))
	for _, f := range d.Findings {
		if f.Note != "" {
			fmt.Println(f.Note)
		}
	}
	// Output:
	// 0 0
	// the currency is ambiguous: "$5,000": "$": ambiguous currency (USD, SGD, TWD, HKD, AUD, CAD, …); not recorded
	// nothing says whether they are victims or suspects: not counted
}

func ExampleDraft() {
	text := "Police freed 23 people, 14 of them children."
	d, err := rescue.Extract(text, rescue.Date{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// Each tally of the draft rests on the findings whose path names it.
	for i, t := range d.Operation.Counts {
		fmt.Print(t, " <- ")
		for _, f := range d.Findings {
			if f.Path == fmt.Sprintf("counts[%d]", i) {
				fmt.Printf("%q", text[f.Start:f.End])
			}
		}
		fmt.Println()
	}
	// Output:
	// victims: 23 <- "23 people"
	// victims: 14 (0-17) <- "14 of them children"
}

func ExampleFinding() {
	text := "A total of 104 victims were intercepted; 80 victims were rescued in Kano."
	d, err := rescue.Extract(text, rescue.Date{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range d.Findings {
		// Text is Personal: convert it to read it.
		fmt.Printf("%q %q %q\n", string(f.Text), f.Path, f.Note)
	}
	// Output:
	// "A total of 104 victims" "counts[0]" ""
	// "80 victims" "" "disagrees with the first figure (counts[0], \"104\"): not recorded"
}

func ExampleFinding_String() {
	d, err := rescue.Extract("Police arrested John Smith and Mary Jones.", rescue.Date{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// The phrase can name someone: String and every fmt verb leave it out.
	for _, f := range d.Findings {
		fmt.Println(f)
	}
	// Output:
	// agencies[0].name at 0:6
	// counts[0] at 16:26: the total (counts[0]) is the sum of the parts
	// counts[0] at 31:41
}

func ExampleFinding_LogValue() {
	d, err := rescue.Extract("Police arrested John Smith.", rescue.Date{})
	if err != nil {
		fmt.Println(err)
		return
	}
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	logger.Info("finding", "f", d.Findings[1])
	// Output:
	// level=INFO msg=finding f.path=counts[0] f.start=16 f.end=26 f.note=""
}

func ExampleDraft_LogValue() {
	d, err := rescue.Extract("Police arrested John Smith.", rescue.Date{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// The JSON handler would write a plain struct with encoding/json, the
	// name included; Draft logs itself without personal text.
	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	logger.Info("draft", "d", d)
	// Output:
	// {"level":"INFO","msg":"draft","d":{"operation":{"id":"","when":"","place":"","victims":0,"suspects":0,"counts":1,"evidence":0},"findings":{"len":2,"0":{"path":"agencies[0].name","start":0,"end":6,"note":""},"1":{"path":"counts[0]","start":16,"end":26,"note":""}}}}
}
