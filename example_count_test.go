package rescue_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/antitrafficking/rescue"
)

func ExampleCount() {
	// A report says "more than 200 foreigners", "some 30 telephones" and
	// "20 to 30 women".
	victims := rescue.Count{N: 200, Qualifier: rescue.MoreThan}
	phones := rescue.MustParseCount("some 30 telephones")
	women := rescue.MustParseCount("20 to 30 women")
	fmt.Println(victims)
	fmt.Println(phones.N, phones.Qualifier)
	fmt.Println(women.N, women.Max, women)
	// Output:
	// more than 200
	// 30 about
	// 20 30 20 to 30
}

func ExampleParseCount() {
	for _, s := range []string{
		"44 individuals",
		"More than 100 000 persons",
		"at least 36 people",
		"seven hundred and ninety one",
		"nearly 1,000",
		"about a dozen",
		"dozens of victims",
		"tens of thousands",
		"200+",
		"20-30 people",
		"between 15 and 26",
		"2 bn",
		"2.5 people",
		"1.500 people",
		"44 of 60 people",
	} {
		c, err := rescue.ParseCount(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q: %v\n", s, c)
	}
	// Output:
	// "44 individuals": 44
	// "More than 100 000 persons": more than 100000
	// "at least 36 people": at least 36
	// "seven hundred and ninety one": 791
	// "nearly 1,000": fewer than 1000
	// "about a dozen": about 12
	// "dozens of victims": at least 12
	// "tens of thousands": at least 10000
	// "200+": at least 200
	// "20-30 people": 20 to 30
	// "between 15 and 26": 15 to 26
	// "2 bn": 2000000000
	// ParseCount("2.5 people"): not a whole number: invalid syntax
	// ParseCount("1.500 people"): the dot may group thousands or mark decimals: 1500 or 1.5: ambiguous
	// ParseCount("44 of 60 people"): two numbers: invalid syntax
}

func ExampleMustParseCount() {
	fmt.Println(rescue.MustParseCount("Forty-two people"))
	// Output:
	// 42
}

func ExampleCount_String() {
	fmt.Println(rescue.Count{})
	fmt.Println(rescue.Count{N: 44})
	fmt.Println(rescue.Count{N: 200, Qualifier: rescue.MoreThan})
	fmt.Println(rescue.Count{N: 200, Qualifier: rescue.AtLeast})
	fmt.Println(rescue.Count{N: 50, Qualifier: rescue.LessThan})
	fmt.Println(rescue.Count{N: 50, Qualifier: rescue.AtMost})
	fmt.Println(rescue.Count{N: 300, Qualifier: rescue.About})
	fmt.Println(rescue.Count{N: 20, Max: 30})
	fmt.Println(rescue.Count{N: 20, Max: 30, Qualifier: rescue.About})
	// Output:
	// 0
	// 44
	// more than 200
	// at least 200
	// fewer than 50
	// at most 50
	// about 300
	// 20 to 30
	// about 20 to 30
}

func ExampleCount_IsRange() {
	fmt.Println(rescue.MustParseCount("20-30 women").IsRange(), rescue.MustParseCount("about 30").IsRange())
	// Output:
	// true false
}

func ExampleCount_AppendText() {
	b := []byte("victims: ")
	b, err := rescue.MustParseCount("over 1,300").AppendText(b)
	fmt.Println(string(b), err)
	// Output:
	// victims: more than 1300 <nil>
}

func ExampleCount_MarshalText() {
	b, err := json.Marshal(struct {
		Victims rescue.Count `json:"victims"`
		Phones  rescue.Count `json:"phones,omitzero"`
	}{Victims: rescue.MustParseCount("hundreds")})
	fmt.Println(string(b), err)
	// Output:
	// {"victims":"at least 100"} <nil>
}

func ExampleCount_UnmarshalText() {
	var c rescue.Count
	fmt.Println(c.UnmarshalText([]byte("about 1500")), c)
	// Report prose is for ParseCount; the error says the canonical text.
	fmt.Println(c.UnmarshalText([]byte("an estimated 1,500 people")))
	// Output:
	// <nil> about 1500
	// Count.UnmarshalText("an estimated 1,500 people"): not a count in canonical form (did you mean "about 1500"?): invalid syntax
}

func ExampleCount_UnmarshalJSON() {
	var rec struct {
		Victims rescue.Count
		Arrests rescue.Count
	}
	err := json.Unmarshal([]byte(`{"Victims": "more than 60", "Arrests": 11}`), &rec)
	fmt.Println(rec.Victims, rec.Arrests, err)
	// Output:
	// more than 60 11 <nil>
}

func ExampleCount_Scan() {
	var c rescue.Count
	fmt.Println(c.Scan("at least 36"), c)
	fmt.Println(c.Scan(int64(12)), c)
	fmt.Println(c.Scan(nil), c)
	// Output:
	// <nil> at least 36
	// <nil> 12
	// <nil> 0
}

func ExampleCount_Value() {
	v, err := rescue.MustParseCount("nearly 50").Value()
	fmt.Printf("%q %v\n", v, err)
	v, err = rescue.Count{}.Value()
	fmt.Printf("%q %v\n", v, err)
	// Output:
	// "fewer than 50" <nil>
	// "0" <nil>
}

func ExampleCount_Equal() {
	a := rescue.MustParseCount("more than a dozen")
	b := rescue.Count{N: 12, Qualifier: rescue.MoreThan}
	fmt.Println(a.Equal(b), a == b, a.Equal(rescue.Count{N: 12, Qualifier: rescue.AtLeast}))
	// Output:
	// true true false
}

func ExampleCount_IsZero() {
	fmt.Println(rescue.Count{}.IsZero(), rescue.MustParseCount("0").IsZero(), rescue.MustParseCount("a few").IsZero())
	// Output:
	// true true false
}

func ExampleCount_Add() {
	// Three raids: "11 persons", "more than 60 victims", "at most 10".
	total := rescue.Count{}
	for _, s := range []string{"11 persons", "more than 60 victims"} {
		total = total.Add(rescue.MustParseCount(s))
	}
	fmt.Println(total)
	fmt.Println(rescue.MustParseCount("44").Add(rescue.MustParseCount("at most 10")))
	fmt.Println(rescue.MustParseCount("about 300").Add(rescue.MustParseCount("20 to 30")))
	// Output:
	// more than 71
	// 44 to 54
	// about 320 to 330
}

func ExampleCount_Hull() {
	// Two sources: 497 rescued, and 499.
	fmt.Println(rescue.MustParseCount("497").Hull(rescue.MustParseCount("499")))
	// Output:
	// 497 to 499
}

func ExampleCount_Validate() {
	fmt.Println(rescue.Count{N: 44}.Validate())
	err := rescue.Count{N: -3}.Validate()
	fmt.Println(errors.Is(err, rescue.ErrNegative))
	err = rescue.Count{N: 30, Max: 20}.Validate()
	fmt.Println(err)
	// Output:
	// <nil>
	// true
	// Count.Validate("30 to 20"): a range must rise: invalid
}
