package rescue_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/antitrafficking/rescue"
)

func ExampleCountry() {
	// Countries are small comparable values: count victims by country of
	// exploitation, whatever form the reports used.
	counts := map[rescue.Country]int{}
	for _, s := range []string{"Cambodia", "KH", "KHM", "Myanmar", "Burma", "116"} {
		counts[rescue.MustParseCountry(s)]++
	}
	fmt.Println(counts[rescue.MustParseCountry("KH")], counts[rescue.MustParseCountry("MM")])
	// Output: 4 2
}

func ExampleParseCountry() {
	for _, s := range []string{"Viet Nam", "South Korea", "U.S.", "Ivory Coast", "the Philippines", "ZR"} {
		c, err := rescue.ParseCountry(s)
		fmt.Println(c, err)
	}
	_, err := rescue.ParseCountry("EU")
	fmt.Println(err)
	_, err = rescue.ParseCountry("YU")
	fmt.Println(errors.Is(err, rescue.ErrNotCountry))
	_, err = rescue.ParseCountry("Atlantis")
	fmt.Println(err)
	// Output:
	// VN <nil>
	// KR <nil>
	// US <nil>
	// CI <nil>
	// PH <nil>
	// CD <nil>
	// ParseCountry("EU"): the European Union, a grouping: not a country
	// true
	// ParseCountry("Atlantis"): unknown country
}

func ExampleMustParseCountry() {
	fmt.Println(rescue.MustParseCountry("Malaysia").Alpha3())
	// Output: MYS
}

func ExampleCountry_Alpha2() {
	fmt.Println(rescue.MustParseCountry("Great Britain").Alpha2())
	// Output: GB
}

func ExampleCountry_Alpha3() {
	fmt.Println(rescue.MustParseCountry("Kosovo").Alpha3())
	// Output: XKX
}

func ExampleCountry_Numeric() {
	fmt.Printf("%q %q\n", rescue.MustParseCountry("Afghanistan").Numeric(), rescue.MustParseCountry("XK").Numeric())
	// Output: "004" ""
}

func ExampleCountry_Name() {
	for _, s := range []string{"VN", "KR", "RU", "CD", "CG", "TW"} {
		fmt.Println(rescue.MustParseCountry(s).Name())
	}
	// Output:
	// Vietnam
	// South Korea
	// Russia
	// DR Congo
	// Republic of the Congo
	// Taiwan
}

func ExampleCountry_ISOName() {
	for _, s := range []string{"VN", "KR", "BO"} {
		fmt.Println(rescue.MustParseCountry(s).ISOName())
	}
	// Output:
	// Viet Nam
	// Korea (Republic of)
	// Bolivia (Plurinational State of)
}

func ExampleCountry_String() {
	var unknown rescue.Country
	fmt.Printf("%v %q\n", rescue.MustParseCountry("Peru"), unknown)
	// Output: PE ""
}

func ExampleCountry_IsValid() {
	var c rescue.Country
	fmt.Println(c.IsValid(), rescue.MustParseCountry("PE").IsValid())
	// Output: false true
}

func ExampleCountry_Compare() {
	cs := []rescue.Country{rescue.MustParseCountry("Thailand"), rescue.MustParseCountry("Laos"), rescue.MustParseCountry("China")}
	slices.SortFunc(cs, rescue.Country.Compare)
	fmt.Println(cs)
	// Output: [CN LA TH]
}

func ExampleCountry_Equal() {
	fmt.Println(rescue.MustParseCountry("Burma").Equal(rescue.MustParseCountry("Myanmar")))
	// Output: true
}

func ExampleCountry_AppendText() {
	b := []byte("country=")
	b, _ = rescue.MustParseCountry("Nepal").AppendText(b)
	fmt.Println(string(b))
	// Output: country=NP
}

func ExampleCountry_MarshalText() {
	rec := struct {
		Exploitation rescue.Country `json:"exploitation"`
		Transit      rescue.Country `json:"transit"`
	}{Exploitation: rescue.MustParseCountry("Cambodia")}
	b, _ := json.Marshal(rec)
	fmt.Println(string(b))
	// Output: {"exploitation":"KH","transit":""}
}

func ExampleCountry_UnmarshalText() {
	// Stored data holds codes; a name is refused, with the code it names.
	var rec struct {
		Exploitation rescue.Country `json:"exploitation"`
	}
	err := json.Unmarshal([]byte(`{"exploitation": "la"}`), &rec)
	fmt.Println(rec.Exploitation, err)
	err = json.Unmarshal([]byte(`{"exploitation": "Lao PDR"}`), &rec)
	fmt.Println(err)
	// Output:
	// LA <nil>
	// Country.UnmarshalText("Lao PDR"): not a country code (did you mean "LA"?): invalid syntax
}

func ExampleCountry_Scan() {
	// As database/sql would call it for a text column and for NULL.
	var c rescue.Country
	err := c.Scan([]byte("TH"))
	fmt.Println(c, err)
	err = c.Scan(nil)
	fmt.Printf("%q %v\n", c, err)
	// Output:
	// TH <nil>
	// "" <nil>
}

func ExampleCountry_Value() {
	var unknown rescue.Country
	v, _ := rescue.MustParseCountry("Thailand").Value()
	null, _ := unknown.Value()
	fmt.Println(v, null)
	// Output: TH <nil>
}

func ExampleNationality() {
	// Nationalities as reports give them, counted.
	counts := map[rescue.Nationality]int{}
	for _, s := range []string{"Filipinos", "Filipina", "Indonesians", "PHL", "stateless", "Indonesian nationals"} {
		counts[rescue.MustParseNationality(s)]++
	}
	for _, n := range slices.SortedFunc(maps.Keys(counts), rescue.Nationality.Compare) {
		fmt.Println(n, n.Demonym(), counts[n])
	}
	// Output:
	// ID Indonesian 2
	// PH Filipino 3
	// XXA stateless 1
}

func ExampleParseNationality() {
	for _, s := range []string{"Malaysians", "Burmese", "Britons", "Nigeriens", "French", "GBD", "XXB"} {
		n, err := rescue.ParseNationality(s)
		fmt.Println(n, err)
	}
	_, err := rescue.ParseNationality("Congolese")
	fmt.Println(err)
	_, err = rescue.ParseNationality("European")
	fmt.Println(errors.Is(err, rescue.ErrNotCountry))
	// Output:
	// MY <nil>
	// MM <nil>
	// GB <nil>
	// NE <nil>
	// FR <nil>
	// GB <nil>
	// XXB <nil>
	// ParseNationality("Congolese"): ambiguous: CD (DR Congo), CG (Republic of the Congo)
	// true
}

func ExampleMustParseNationality() {
	fmt.Println(rescue.MustParseNationality("Taiwanese").Name())
	// Output: Taiwan
}

func ExampleNationalityOf() {
	c := rescue.MustParseCountry("Lao People's Democratic Republic")
	fmt.Println(rescue.NationalityOf(c).Demonym())
	// Output: Laotian
}

func ExampleNationality_Country() {
	for _, n := range []rescue.Nationality{rescue.MustParseNationality("Peruvians"), rescue.Stateless} {
		c, ok := n.Country()
		fmt.Printf("%q %v\n", c, ok)
	}
	// Output:
	// "PE" true
	// "" false
}

func ExampleNationality_Demonym() {
	for _, s := range []string{"MY", "TW", "PH", "NE", "AE", "XXA"} {
		fmt.Println(rescue.MustParseNationality(s).Demonym())
	}
	// Output:
	// Malaysian
	// Taiwanese
	// Filipino
	// Nigerien
	// Emirati
	// stateless
}

func ExampleNationality_String() {
	var notRecorded rescue.Nationality
	fmt.Printf("%v %v %q\n", rescue.MustParseNationality("Thais"), rescue.Unspecified, notRecorded)
	// Output: TH XXX ""
}

func ExampleNationality_Name() {
	fmt.Println(rescue.MustParseNationality("Vietnamese").Name())
	fmt.Println(rescue.Refugee.Name())
	// Output:
	// Vietnam
	// Refugee
}

func ExampleNationality_IsValid() {
	var n rescue.Nationality
	fmt.Println(n.IsValid(), rescue.Unspecified.IsValid())
	// Output: false true
}

func ExampleNationality_Compare() {
	ns := []rescue.Nationality{rescue.Stateless, rescue.MustParseNationality("Thai"), rescue.MustParseNationality("Chinese")}
	slices.SortFunc(ns, rescue.Nationality.Compare)
	fmt.Println(ns)
	// Output: [CN TH XXA]
}

func ExampleNationality_Equal() {
	fmt.Println(rescue.MustParseNationality("Filipina").Equal(rescue.MustParseNationality("Filipinos")))
	// Output: true
}

func ExampleNationality_AppendText() {
	b, _ := rescue.OtherRefugee.AppendText([]byte("nat="))
	fmt.Println(string(b))
	// Output: nat=XXC
}

func ExampleNationality_MarshalText() {
	b, _ := json.Marshal([]rescue.Nationality{rescue.MustParseNationality("Kenyans"), rescue.Stateless, {}})
	fmt.Println(string(b))
	// Output: ["KE","XXA",""]
}

func ExampleNationality_UnmarshalText() {
	var ns []rescue.Nationality
	err := json.Unmarshal([]byte(`["UG", "xxa", ""]`), &ns)
	fmt.Println(ns, err)
	// Stored data holds codes; a demonym is refused, with the code it names.
	err = json.Unmarshal([]byte(`["Ugandans"]`), &ns)
	fmt.Println(err)
	// Output:
	// [UG XXA ] <nil>
	// Nationality.UnmarshalText("Ugandans"): not a nationality code (did you mean "UG"?): invalid syntax
}

func ExampleNationality_Scan() {
	var n rescue.Nationality
	err := n.Scan("LK")
	fmt.Println(n, err)
	// Output: LK <nil>
}

func ExampleNationality_Value() {
	v, _ := rescue.Stateless.Value()
	fmt.Println(v)
	// Output: XXA
}
