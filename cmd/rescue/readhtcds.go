package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/antitrafficking/rescue"
)

var readHTCDSCommand = &command{
	name: "read-htcds",
	args: "-id ID [-date-order dmy|mdy] [-with-no-consent] FILE.csv|-",
	doc: `Read-htcds reads an HTCDS 2.0 CSV file and writes its victims and
suspects as an operation JSON file, with the ID given, on standard output.
It reads what the htcds command writes, the IOM toolkit's Excel templates
filled in and saved as CSV (codes or the templates' labels, the label row
under the header), and KoBoToolbox or ODK exports of the toolkit's form
(a column per option included). An Excel workbook (.xlsx) must be saved
as CSV first, or read with the Go module
github.com/antitrafficking/rescue/htcdsxlsx.

Columns the operation has no field for (addresses, case and referral
fields…) are not read: standard error names those that held values
(never the values). A person whose con_Consent is no is left out, and
their rows are named, unless -with-no-consent is given.

A file that cannot be read, or whose people do not make a valid operation,
is an error: its problems are printed on standard error, nothing is
written, and the command exits 1.`,
	example: "rescue read-htcds -id PE-2023-10-LIMA people.csv > operation.json\nrescue read-htcds -id X -date-order dmy kobo-export.csv > operation.json",
	flags: func(fs *flag.FlagSet) func(e *env, args []string) int {
		id := fs.String("id", "", "the `ID` of the operation to write (required: the CSV file has none)")
		order := fs.String("date-order", "", "how to read dates such as 05/09/2023: `dmy` (5 September) or mdy (May 9); without it such a date is an error unless the day is over 12")
		withNoConsent := fs.Bool("with-no-consent", false, "also read the people whose con_Consent is no")
		return func(e *env, args []string) int {
			opt := rescue.HTCDSOptions{LeaveOutNoConsent: !*withNoConsent}
			switch *order {
			case "":
			case "dmy":
				opt.DateOrder = rescue.DayMonthYear
			case "mdy":
				opt.DateOrder = rescue.MonthDayYear
			default:
				return e.usageError(fmt.Sprintf("-date-order %q: want dmy or mdy", *order))
			}
			switch {
			case len(args) != 1:
				return e.usageError("read-htcds reads one file")
			case *id == "":
				return e.usageError("-id is required")
			}
			var op *rescue.Operation
			e.each(args, func(name string, r io.Reader) error {
				hr := rescue.NewHTCDSReader(r, opt)
				victims, suspects, err := hr.ReadAll()
				if err != nil {
					return err
				}
				e.notices(name, hr, opt.LeaveOutNoConsent)
				o := &rescue.Operation{ID: *id, Victims: victims, Suspects: suspects}
				if err := o.Validate(); err != nil {
					return err
				}
				op = o
				return nil
			})
			if op == nil {
				return exitProblem
			}
			if err := writeJSON(e.stdout, op); err != nil {
				fmt.Fprintf(e.stderr, "rescue read-htcds: %v\n", err)
				return exitProblem
			}
			return e.exit()
		}
	},
}

// notices tells on standard error what the file held that the operation
// does not: the columns with values left unread, and the people who did
// not consent. They are notices, not problems: the exit code stays 0.
func (e *env) notices(name string, hr *rescue.HTCDSReader, leftOut bool) {
	if cols := hr.Unread(); len(cols) > 0 {
		fmt.Fprintf(e.stderr, "rescue read-htcds: %s: not read, the operation has no field for them (or a location is not a country alone): %s\n",
			name, strings.Join(cols, ", "))
	}
	rows, n := hr.NoConsent()
	if n == 0 {
		return
	}
	list := make([]string, len(rows))
	for i, r := range rows {
		list[i] = strconv.Itoa(r)
	}
	if n > len(rows) {
		list = append(list, "… ("+strconv.Itoa(n)+" in all)")
	}
	what := "their people are left out (-with-no-consent reads them)"
	if !leftOut {
		what = "their people are read, as -with-no-consent asks"
	}
	rowWord := "rows"
	if n == 1 {
		rowWord = "row"
	}
	fmt.Fprintf(e.stderr, "rescue read-htcds: %s: con_Consent is no in %s %s: %s\n", name, rowWord, strings.Join(list, ", "), what)
}
