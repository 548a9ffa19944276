package rescue_test

import (
	"encoding/json"
	"fmt"

	"github.com/antitrafficking/rescue"
)

func ExampleTally() {
	// "Thai and Cambodian authorities ... rescued 215 foreign nationals,
	// including 109 Thais, 50 Pakistanis, 48 Indians, five Taiwanese, and
	// three Indonesians." The report's figures, as it gives them.
	src := "https://example.org/poipet"
	op := &rescue.Operation{
		ID:      "KH-2025-POIPET",
		Sources: []rescue.Source{{URL: src}},
		Counts: rescue.List[rescue.Tally]{
			{Of: rescue.OfVictims, VictimStatus: rescue.Rescued, Count: rescue.MustParseCount("215"), Source: src,
				Exploitation: []rescue.Exploitation{rescue.ForcedCriminality}},
		},
	}
	for _, n := range []struct{ nat, count string }{{"Thais", "109"}, {"Pakistanis", "50"}, {"Indians", "48"}, {"Taiwanese", "five"}, {"Indonesians", "three"}} {
		op.Counts = append(op.Counts, rescue.Tally{Of: rescue.OfVictims, Nationality: rescue.MustParseNationality(n.nat),
			Count: rescue.MustParseCount(n.count), Source: src})
	}
	fmt.Println(op.Validate())
	for _, t := range op.Counts {
		fmt.Println(t)
	}
	// Output:
	// <nil>
	// victims: 215 (Rescued)
	// victims: 109 (TH)
	// victims: 50 (PK)
	// victims: 48 (IN)
	// victims: 5 (TW)
	// victims: 3 (ID)
}

func ExampleTally_String() {
	t := rescue.Tally{Of: rescue.OfSuspects, SuspectStatus: rescue.Arrested, Nationality: rescue.MustParseNationality("TW"), Count: rescue.MustParseCount("six")}
	fmt.Println(t.String())
	// Output: suspects: 6 (Arrested, TW)
}

func ExampleTally_Status() {
	v := rescue.Tally{Of: rescue.OfVictims, VictimStatus: rescue.Intercepted}
	s := rescue.Tally{Of: rescue.OfSuspects, SuspectStatus: rescue.AtLarge}
	fmt.Println(v.Status(), s.Status())
	// Output: Intercepted AtLarge
}

func ExampleTally_MarshalJSON() {
	t := rescue.Tally{Of: rescue.OfSuspects, SuspectStatus: rescue.AtLarge, Count: rescue.MustParseCount("at least 1")}
	b, err := json.Marshal(t)
	fmt.Println(string(b), err)
	// Output: {"of":"Suspects","count":"at least 1","status":"AtLarge"} <nil>
}

func ExampleTally_UnmarshalJSON() {
	var t rescue.Tally
	err := json.Unmarshal([]byte(`{"of":"Victims","age":"0-17","count":"at least 3"}`), &t)
	fmt.Println(t, err)
	// Output: victims: at least 3 (0-17) <nil>
}

func ExampleTally_LogValue() {
	t := rescue.Tally{Of: rescue.OfVictims, Nationality: rescue.MustParseNationality("MY"), Count: rescue.MustParseCount("43"),
		Recruitment: rescue.Recruitment{Promise: "work in casinos"}}
	exampleLogger(true).Info("figure", "tally", t)
	// Output: {"level":"INFO","msg":"figure","tally":{"of":"Victims","count":"43","nationality":"MY","gender":"","age":"","status":"","source":""}}
}

func ExampleCharge() {
	s := rescue.Suspect{ID: "S1", Status: rescue.InCustody, Charges: []rescue.Charge{
		{Offence: "trafficking in persons", Statute: "Republic Act 9208, as amended", Date: rescue.MustParseDate("2024-05")},
		{Offence: "money laundering"},
	}}
	for _, c := range s.Charges {
		fmt.Printf("%s | %q | %q\n", c.Offence, c.Statute, c.Date)
	}
	fmt.Println(s.Validate())
	// Output:
	// trafficking in persons | "Republic Act 9208, as amended" | "2024-05"
	// money laundering | "" | ""
	// <nil>
}

func ExampleCourtDecision() {
	s := rescue.Suspect{ID: "S1", Status: rescue.InCustody, Decisions: []rescue.CourtDecision{
		{Outcome: rescue.Convicted, Date: rescue.MustParseDate("2024-06-12"), Court: "Regional Trial Court, Capas",
			Sentence: rescue.Sentence{Life: true}, Fine: rescue.MustParseReportedAmount("PHP 2,000,000")},
	}}
	fmt.Println(s.Validate())
	s.Decisions[0].Outcome = rescue.Acquitted
	printProblems(s.Validate())
	// Output:
	// <nil>
	// decisions[0].sentence: a sentence without a conviction (the outcome is Acquitted): invalid
	// decisions[0].fine: a fine without a conviction (the outcome is Acquitted): invalid
}

func ExampleSentence() {
	for _, s := range []rescue.Sentence{{Years: 12, Months: 6}, {Months: 18}, {Years: 1}, {Life: true}} {
		fmt.Println(s)
	}
	// Output:
	// 12 years 6 months
	// 18 months
	// 1 year
	// life
}

func ExampleSentence_String() {
	fmt.Printf("%q %q\n", rescue.Sentence{Years: 20}.String(), rescue.Sentence{}.String())
	// Output: "20 years" ""
}

func ExampleSentence_IsZero() {
	fmt.Println(rescue.Sentence{}.IsZero(), rescue.Sentence{Life: true}.IsZero())
	// Output: true false
}
