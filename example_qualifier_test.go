package rescue_test

import (
	"fmt"

	"github.com/antitrafficking/rescue"
)

func ExampleQualifier() {
	c := rescue.MustParseCount("nearly 50 people")
	if c.Qualifier == rescue.AtMost {
		fmt.Println("at most", c.N)
	}
	// Output:
	// at most 50
}

func ExampleParseQualifier() {
	for _, s := range []string{"", "at-least", "more than", "Nearly", "an estimated", "a total of", "perhaps"} {
		q, err := rescue.ParseQualifier(s)
		fmt.Printf("%q: %q %v\n", s, q, err)
	}
	// Output:
	// "": "" <nil>
	// "at-least": "at-least" <nil>
	// "more than": "at-least" <nil>
	// "Nearly": "at-most" <nil>
	// "an estimated": "about" <nil>
	// "a total of": "" <nil>
	// "perhaps": "" ParseQualifier("perhaps"): not a qualifier: invalid syntax
}

func ExampleQualifier_String() {
	fmt.Printf("%q %q %q %q %q\n", rescue.Exact, rescue.AtLeast, rescue.AtMost, rescue.About, rescue.Qualifier(7))
	// Output:
	// "" "at-least" "at-most" "about" "%!Qualifier(7)"
}

func ExampleQualifier_IsValid() {
	fmt.Println(rescue.About.IsValid(), rescue.Qualifier(7).IsValid())
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
	err := q.UnmarshalText([]byte("upwards of"))
	fmt.Println(q, err)
	// Output:
	// at-least <nil>
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
