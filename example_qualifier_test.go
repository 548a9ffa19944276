package rescue_test

import (
	"fmt"

	"github.com/antitrafficking/rescue"
)

func ExampleQualifier() {
	// "nearly 50" is a strict upper bound, "at least 36" an inclusive
	// lower bound: each keeps the strength the report gave it.
	for _, s := range []string{"nearly 50 people", "at least 36 people", "more than 200 foreigners"} {
		c := rescue.MustParseCount(s)
		fmt.Printf("%-9s %v\n", c.Qualifier, c)
	}
	// Output:
	// less-than fewer than 50
	// at-least  at least 36
	// more-than more than 200
}

func ExampleParseQualifier() {
	for _, s := range []string{"", "at-least", "more than", "no fewer than", "Nearly", "up to", "an estimated", "a total of", "lebih dari", "perhaps"} {
		q, err := rescue.ParseQualifier(s)
		fmt.Printf("%q: %q %v\n", s, q, err)
	}
	// Output:
	// "": "" <nil>
	// "at-least": "at-least" <nil>
	// "more than": "more-than" <nil>
	// "no fewer than": "at-least" <nil>
	// "Nearly": "less-than" <nil>
	// "up to": "at-most" <nil>
	// "an estimated": "about" <nil>
	// "a total of": "" <nil>
	// "lebih dari": "more-than" <nil>
	// "perhaps": "" ParseQualifier("perhaps"): not a qualifier: invalid syntax
}

func ExampleQualifier_String() {
	for _, q := range []rescue.Qualifier{rescue.Exact, rescue.AtLeast, rescue.MoreThan, rescue.AtMost, rescue.LessThan, rescue.About, 7} {
		fmt.Printf("%q ", q)
	}
	fmt.Println()
	// Output:
	// "" "at-least" "more-than" "at-most" "less-than" "about" "%!Qualifier(7)"
}

func ExampleQualifier_IsValid() {
	fmt.Println(rescue.About.IsValid(), rescue.Qualifier(7).IsValid())
	// Output:
	// true false
}

func ExampleQualifier_IsZero() {
	fmt.Println(rescue.Exact.IsZero(), rescue.About.IsZero())
	// Output:
	// true false
}

func ExampleQualifier_MarshalText() {
	b, err := rescue.AtMost.MarshalText()
	fmt.Printf("%s %v\n", b, err)
	_, err = rescue.Qualifier(7).MarshalText()
	fmt.Println(err)
	// Output:
	// at-most <nil>
	// Qualifier.MarshalText("%!Qualifier(7)"): no such qualifier: invalid
}

func ExampleQualifier_UnmarshalText() {
	var q rescue.Qualifier
	fmt.Println(q.UnmarshalText([]byte("more-than")), q)
	// The words of reports are for ParseQualifier.
	fmt.Println(q.UnmarshalText([]byte("upwards of")))
	// Output:
	// <nil> more-than
	// Qualifier.UnmarshalText("upwards of"): not a qualifier (did you mean "more-than"?): invalid syntax
}

func ExampleQualifier_Scan() {
	var q rescue.Qualifier
	fmt.Println(q.Scan([]byte("about")), q)
	fmt.Println(q.Scan(nil), q == rescue.Exact)
	// Output:
	// <nil> about
	// <nil> true
}

func ExampleQualifier_Value() {
	v, err := rescue.AtLeast.Value()
	fmt.Printf("%q %v\n", v, err)
	// Output:
	// "at-least" <nil>
}
