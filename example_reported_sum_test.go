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

	c := rescue.MustParseReportedAmount("up to US$500")
	sum, _ = sum.Add(c)
	fmt.Println(sum)

	_, err = a.Add(rescue.MustParseReportedAmount("S$100"))
	fmt.Println(err)
	// Output:
	// more than USD 12500.00 (MYR 58750.00) <nil>
	// about USD 13000.00
	// rescue: cannot add USD and SGD: currency mismatch
}
