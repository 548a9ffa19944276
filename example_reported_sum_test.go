package rescue_test

import (
	"fmt"

	"github.com/antitrafficking/rescue"
)

func ExampleReportedAmount_Add() {
	a := rescue.MustParseReportedAmount("more than US$10,000 (S$13,700; RM47,000)")
	b := rescue.MustParseReportedAmount("US$2,500 (RM11,750)")
	sum, err := a.Add(b)
	fmt.Println(sum, err)

	// An upper bound adds nothing to a sum with no upper end; the
	// equivalent is dropped, as c reported none.
	c := rescue.MustParseReportedAmount("up to US$500")
	sum, _ = sum.Add(c)
	fmt.Println(sum)

	// A figure and an upper bound give a range.
	d, _ := rescue.MustParseReportedAmount("US$44").Add(rescue.MustParseReportedAmount("up to US$10"))
	fmt.Println(d)

	_, err = a.Add(rescue.MustParseReportedAmount("S$100"))
	fmt.Println(err)
	// Output:
	// more than USD 12500.00 (MYR 58750.00) <nil>
	// more than USD 12500.00
	// USD 44.00 to 54.00
	// ReportedAmount.Add: cannot add USD and SGD: currency mismatch
}
