package rescue_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/antitrafficking/rescue"
)

func ExamplePersonal() {
	v := rescue.Victim{ID: "V01", Name: "Siti Aminah"}
	// Every fmt verb, String and slog withhold the name...
	fmt.Printf("%v | %s | %q | %x\n", v.Name, v.Name, v.Name, v.Name)
	// ...and the record holder reads it by converting it.
	fmt.Println(string(v.Name))
	// encoding/json stores it.
	b, _ := json.Marshal(v)
	fmt.Println(string(b))
	// Output:
	// (withheld) | (withheld) | "(withheld)" | (withheld)
	// Siti Aminah
	// {"id":"V01","name":"Siti Aminah"}
}

func ExamplePersonal_String() {
	fmt.Printf("%q %q\n", rescue.Personal("Lee Mei Ling").String(), rescue.Personal("").String())
	// Output: "(withheld)" ""
}

func ExamplePersonal_GoString() {
	fmt.Printf("%#v\n", rescue.Place{Locality: "Ipoh", Area: "Jalan Sultan Idris Shah"})
	// Output: rescue.Place{ID:"", Locality:"Ipoh", Area:rescue.Personal("(withheld)"), Region:"", Country:rescue.Country{idx:0x0}}
}

func ExamplePersonal_Format() {
	// Format guards the text wherever it is held: in a struct, a slice, a
	// map.
	r := rescue.Recruitment{Promise: "a job at her cousin's restaurant"}
	fmt.Printf("%+v\n", r)
	fmt.Println([]rescue.Personal{"Chen", ""}, map[string]rescue.Personal{"note": "found in Chen's bag"})
	// Output:
	// {When: Place: Methods:[] Promise:(withheld)}
	// [(withheld) ] map[note:(withheld)]
}

func ExamplePersonal_LogValue() {
	exampleLogger(true).Info("note", "note", rescue.Personal("Siti called from the hotel"))
	// Output: {"level":"INFO","msg":"note","note":"(withheld)"}
}

func ExamplePersonal_IsZero() {
	fmt.Println(rescue.Personal("").IsZero(), rescue.Personal("x").IsZero())
	// Output: true false
}

func ExamplePersonal_MarshalText() {
	b, err := rescue.Personal("Lee Mei Ling").MarshalText()
	fmt.Println(string(b), err)
	// Output: Lee Mei Ling <nil>
}

func ExamplePersonal_UnmarshalText() {
	var p rescue.Personal
	err := p.UnmarshalText([]byte("Lee Mei Ling"))
	fmt.Println(string(p), err)
	// Output: Lee Mei Ling <nil>
}

func ExamplePersonal_Scan() {
	var p rescue.Personal
	err := p.Scan([]byte("Lee Mei Ling")) // as database/sql passes a text column
	fmt.Println(string(p), err)
	err = p.Scan(nil)
	fmt.Printf("%q %v\n", string(p), err)
	// Output:
	// Lee Mei Ling <nil>
	// "" <nil>
}

func ExamplePersonal_Value() {
	v, err := rescue.Personal("Lee Mei Ling").Value()
	fmt.Println(v, err)
	v, err = rescue.Personal("").Value()
	fmt.Println(v, err)
	// Output:
	// Lee Mei Ling <nil>
	// <nil> <nil>
}

func ExampleList() {
	op := &rescue.Operation{ID: "OP-1"}
	// A List is a slice: append to it, assign a []Victim to it, range over it.
	op.Victims = append(op.Victims, rescue.Victim{ID: "V01", Name: "Siti Aminah"})
	op.Victims = []rescue.Victim{{ID: "V01", Name: "Siti Aminah"}, {ID: "V02"}}
	fmt.Println(len(op.Victims), op.Victims[1].ID)
	// slog's JSON handler logs it through each victim's LogValue: no name.
	exampleLogger(true).Info("records", "victims", op.Victims)
	// Output:
	// 2 V02
	// {"level":"INFO","msg":"records","victims":{"len":2,"0":{"id":"V01","nationality":"","gender":"","age":"","status":""},"1":{"id":"V02","nationality":"","gender":"","age":"","status":""}}}
}

func ExampleList_LogValue() {
	// A plain slice of the caller's own would go through encoding/json,
	// names and all; wrapping it in a List logs each element safely.
	people := []rescue.Suspect{{ID: "S01", Name: "Chen Wei", Status: rescue.AtLarge}}
	exampleLogger(false).Info("wanted", "suspects", rescue.List[rescue.Suspect](people))
	// Output: level=INFO msg=wanted suspects.len=1 suspects.0.id=S01 suspects.0.nationality="" suspects.0.gender="" suspects.0.group="" suspects.0.status=AtLarge suspects.0.arrested=""
}

func ExamplePlace_LogValue() {
	p := rescue.Place{ID: "SITE-1", Locality: "Bamban", Area: "a compound on MacArthur Highway", Region: "Tarlac", Country: rescue.MustParseCountry("PH")}
	exampleLogger(true).Info("raid", "site", p)
	// Output: {"level":"INFO","msg":"raid","site":{"id":"SITE-1","place":"Bamban, Tarlac, Philippines"}}
}

func ExamplePlace_IsZero() {
	fmt.Println(rescue.Place{}.IsZero(), rescue.Place{Locality: "Lima"}.IsZero())
	// Output: true false
}

func ExampleTrigger_LogValue() {
	t := rescue.Trigger{Kind: rescue.Tip, People: rescue.MustParseCount("one"), Note: "a neighbour of Siti's"}
	exampleLogger(true).Info("trigger", "trigger", t)
	// Output: {"level":"INFO","msg":"trigger","trigger":{"kind":"Tip","people":"1"}}
}

func ExampleRecruitment_LogValue() {
	r := rescue.Recruitment{
		When:    rescue.MustParseDate("2023-09"),
		Place:   rescue.Place{Locality: "Ipoh", Area: "Jalan Sultan Idris Shah", Country: rescue.MustParseCountry("MY")},
		Methods: []rescue.RecruitmentMethod{rescue.DeceptiveJobOffer, rescue.ThroughOnlineSocialNetworks},
		Promise: "a job at her cousin's casino",
	}
	exampleLogger(true).Info("recruited", "recruitment", r)
	// Output: {"level":"INFO","msg":"recruited","recruitment":{"when":"2023-09","place":"Ipoh, Malaysia","methods":"DeceptiveJobOffer ThroughOnlineSocialNetworks"}}
}

func ExampleEvidence_LogValue() {
	e := rescue.Evidence{ID: "E2", Kind: rescue.IdentityDocument, Description: "passport of Siti Aminah",
		Quantity: rescue.MustParseCount("1"), Seized: rescue.MustParsePeriod("2023-10-08")}
	exampleLogger(true).Info("seized", "item", e)
	// Output: {"level":"INFO","msg":"seized","item":{"id":"E2","kind":"IdentityDocument","quantity":"1","cash":"","value":"","seized":"2023-10-08","custody":0}}
}

func ExampleCustodyEvent_LogValue() {
	c := rescue.CustodyEvent{At: time.Date(2023, 10, 9, 9, 0, 0, 0, time.UTC), Action: rescue.Transferred,
		From: "PNP DIVINTRAP", To: "Fiscalía", Note: "counted by S. Aminah"}
	exampleLogger(true).Info("custody", "step", c)
	// Output: {"level":"INFO","msg":"custody","step":{"when":"2023-10-09T09:00:00Z","action":"Transferred","from":"PNP DIVINTRAP","to":"Fiscalía"}}
}

func ExampleOperation_Place() {
	op := &rescue.Operation{Places: rescue.List[rescue.Place]{
		{ID: "COMPOUND", Locality: "Bamban", Country: rescue.MustParseCountry("PH")},
		{ID: "HIDEOUT", Locality: "Porac", Country: rescue.MustParseCountry("PH")},
	}}
	fmt.Println(op.Place(), "|", (&rescue.Operation{}).Place().IsZero())
	// Output: Bamban, Philippines | true
}

func ExamplePeriod_Truncate() {
	p := rescue.MustParsePeriod("2023-10-07/2023-10-08")
	fmt.Println(p.Truncate(rescue.PrecisionMonth), p.Truncate(rescue.PrecisionYear))
	// Output: 2023-10 2023
}
