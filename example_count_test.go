package rescue_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/antitrafficking/rescue"
)

func ExampleCount() {
	// A report says "more than 200 foreigners" and "some 30 telephones".
	victims := rescue.Count{N: 200, Qualifier: rescue.AtLeast}
	phones := rescue.MustParseCount("some 30 telephones")
	fmt.Println(victims)
	fmt.Println(phones.N, phones.Qualifier)
	// Output:
	// at least 200
	// 30 about
}

func ExampleParseCount() {
	for _, s := range []string{
		"44 individuals",
		"More than 100 000 persons",
		"seven hundred and ninety one",
		"nearly 1,000",
		"about a dozen",
		"dozens of victims",
		"tens of thousands",
		"200+",
		"20-30 people",
		"2.5 people",
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
	// "More than 100 000 persons": at least 100000
	// "seven hundred and ninety one": 791
	// "nearly 1,000": at most 1000
	// "about a dozen": about 12
	// "dozens of victims": at least 12
	// "tens of thousands": at least 10000
	// "200+": at least 200
	// "20-30 people": at least 20
	// ParseCount("2.5 people"): not a whole number: invalid syntax
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
	fmt.Println(rescue.Count{N: 2, Qualifier: rescue.AtLeast})
	fmt.Println(rescue.Count{N: 10, Qualifier: rescue.AtMost})
	fmt.Println(rescue.Count{N: 40, Qualifier: rescue.About})
	// Output:
	// 0
	// 44
	// at least 2
	// at most 10
	// about 40
}

func ExampleCount_AppendText() {
	b := []byte("victims: ")
	b, err := rescue.MustParseCount("over 1,300").AppendText(b)
	fmt.Println(string(b), err)
	// Output:
	// victims: at least 1300 <nil>
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
	err := c.UnmarshalText([]byte("an estimated 1,500 people"))
	fmt.Println(c, err)
	// Output:
	// about 1500 <nil>
}

func ExampleCount_UnmarshalJSON() {
	var rec struct {
		Victims rescue.Count
		Arrests rescue.Count
	}
	err := json.Unmarshal([]byte(`{"Victims": "more than 60", "Arrests": 11}`), &rec)
	fmt.Println(rec.Victims, rec.Arrests, err)
	// Output:
	// at least 60 11 <nil>
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
	// "at most 50" <nil>
	// "0" <nil>
}

func ExampleCount_Equal() {
	a := rescue.MustParseCount("more than a dozen")
	b := rescue.Count{N: 12, Qualifier: rescue.AtLeast}
	fmt.Println(a.Equal(b), a == b, a.Equal(rescue.Count{N: 12}))
	// Output:
	// true true false
}

func ExampleCount_IsZero() {
	fmt.Println(rescue.Count{}.IsZero(), rescue.MustParseCount("0").IsZero(), rescue.MustParseCount("a few").IsZero())
	// Output:
	// true true false
}

func ExampleCount_Add() {
	// Three raids: "11 persons", "more than 60 victims", "nearly 50".
	total := rescue.Count{}
	for _, s := range []string{"11 persons", "more than 60 victims"} {
		total = total.Add(rescue.MustParseCount(s))
	}
	fmt.Println(total)
	fmt.Println(total.Add(rescue.MustParseCount("nearly 50")))
	// Output:
	// at least 71
	// about 121
}

func ExampleCount_Validate() {
	fmt.Println(rescue.Count{N: 44}.Validate())
	err := rescue.Count{N: -3}.Validate()
	fmt.Println(errors.Is(err, rescue.ErrNegative))
	err = rescue.Count{N: 3, Qualifier: 9}.Validate()
	fmt.Println(errors.Is(err, rescue.ErrInvalid))
	// Output:
	// <nil>
	// true
	// true
}
