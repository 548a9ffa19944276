package rescue_test

import (
	"fmt"
	"strings"

	"github.com/antitrafficking/rescue"
	"github.com/shopspring/decimal"
)

// raid is a small operation for the examples: five victims, two suspects
// and what was seized.
func raid() *rescue.Operation {
	my, th := rescue.MustParseNationality("Malaysian"), rescue.MustParseNationality("Thai")
	return &rescue.Operation{
		ID: "TH-2024-03",
		Victims: []rescue.Victim{
			{ID: "V1", Nationality: my, Gender: rescue.Feminine, Age: rescue.AgeYears(16), Status: rescue.Rescued, Exploitation: []rescue.Exploitation{rescue.SexualExploitation}},
			{ID: "V2", Nationality: my, Gender: rescue.Feminine, Age: rescue.AgeYears(22), Status: rescue.Rescued, Exploitation: []rescue.Exploitation{rescue.SexualExploitation, rescue.ForcedLabour}},
			{ID: "V3", Nationality: th, Gender: rescue.Masculine, Status: rescue.Rescued, Exploitation: []rescue.Exploitation{rescue.ForcedLabour}},
			{ID: "V4", Nationality: my, Gender: rescue.Masculine, Age: rescue.AgeBetween(18, 20), Status: rescue.Escaped},
			{ID: "V5"},
		},
		Suspects: []rescue.Suspect{
			{ID: "S1", Nationality: th, Status: rescue.Arrested, Arrested: rescue.MustParsePeriod("2024-03-02")},
			{ID: "S2", Nationality: th, Status: rescue.AtLarge},
		},
		Evidence: []rescue.Evidence{
			{ID: "E1", Kind: rescue.MobilePhone, Quantity: rescue.MustParseCount("12")},
			{ID: "E2", Kind: rescue.MobilePhone, Quantity: rescue.MustParseCount("several")},
			{ID: "E3", Kind: rescue.Cash, Cash: rescue.MustParseReportedAmount("about 1.2 million baht (US$34,000)")},
			{ID: "E4", Kind: rescue.Vehicle, Quantity: rescue.MustParseCount("two"), Value: rescue.MustParseReportedAmount("about 900,000 baht")},
		},
	}
}

func ExampleOperation_Summary() {
	s := raid().Summary()
	fmt.Println("victims:", s.Victims)
	fmt.Println("Malaysians:", s.VictimsByNationality[rescue.MustParseNationality("MY")])
	fmt.Println("not recorded:", s.VictimsByNationality[rescue.Nationality{}])
	fmt.Println("forced labour:", s.VictimsByExploitation[rescue.ForcedLabour])
	fmt.Println("minors:", s.Minors, "of whom not known:", s.MinorityUnknown)
	fmt.Println("arrested:", s.Arrested, "of", s.Suspects)
	fmt.Println("phones:", s.EvidenceByKind[rescue.MobilePhone])
	fmt.Println("cash:", s.Cash[rescue.THB])
	// Output:
	// victims: 5
	// Malaysians: 3
	// not recorded: 1
	// forced labour: 2
	// minors: at least 1 of whom not known: 2
	// arrested: 1 of 2
	// phones: at least 15
	// cash: about THB 1200000.00 (USD 34000.00)
}

func ExampleSummary() {
	// Summaries of many operations add up, in any order.
	var total rescue.Summary
	for _, op := range []*rescue.Operation{raid(), raid(), raid()} {
		total.Add(op.Summary())
	}
	fmt.Println(total.Operations, "operations,", total.Victims, "victims")
	for _, row := range total.VictimsByNationalityRows() {
		fmt.Printf("%-3s %s\n", row.Key, row.Count)
	}
	// Output:
	// 3 operations, 15 victims
	// MY  9
	// TH  3
	//     3
}

func ExampleSummary_Add() {
	a := raid().Summary()
	b := (&rescue.Operation{ID: "MY-2024-05", Evidence: []rescue.Evidence{
		{ID: "E1", Kind: rescue.Cash, Cash: rescue.MustParseReportedAmount("more than THB 300,000")},
		{ID: "E2", Kind: rescue.MobilePhone, Quantity: rescue.MustParseCount("3")},
	}}).Summary()
	a.Add(b)
	fmt.Println(a.Operations, a.Victims)
	fmt.Println(a.EvidenceByKind[rescue.MobilePhone])
	// about 1.2 million + more than 300,000 has no upper end: a lower
	// bound. The equivalent in US$ is dropped, as the second amount
	// reported none.
	fmt.Println(a.Cash[rescue.THB])
	// Output:
	// 2 5
	// at least 18
	// more than THB 1500000.00
}

func ExampleSummary_String() {
	fmt.Print(raid().Summary())
	// Output:
	// Operations                   1
	// Victims                      5
	//   by nationality
	//     Malaysia (MY)            3
	//     Thailand (TH)            1
	//     not recorded             1
	//   by gender
	//     Feminine                 2
	//     Masculine                2
	//     not recorded             1
	//   by status
	//     Rescued                  3
	//     Escaped                  1
	//     not recorded             1
	//   by exploitation
	//     Forced labour            2
	//     Sexual exploitation      2
	//     not recorded             2
	//   minors                     at least 1 (not known for 2)
	// Suspects                     2
	//   by nationality
	//     Thailand (TH)            2
	//   arrested                   1
	// Evidence seized
	//   Mobile phone               at least 15
	//   Vehicle                    2
	//   Cash                       at least 1
	// Cash seized
	//   THB                        about ฿1,200,000.00 (US$34,000.00)
	// Value of other items seized
	//   THB                        about ฿900,000.00
}

func ExampleSummary_String_notRecorded() {
	// A seizure of cash that records no victims or suspects: their
	// totals are not recorded, not 0.
	seizure := &rescue.Operation{ID: "MY-2024-05", Evidence: []rescue.Evidence{
		{ID: "E1", Kind: rescue.Cash, Cash: rescue.MustParseReportedAmount("THB 300,000")},
	}}
	fmt.Print(seizure.Summary())
	// A report that says nobody was found: a tally of 0 victims is a figure.
	nobody := &rescue.Operation{ID: "TH-2024-06", Counts: []rescue.Tally{{Of: rescue.OfVictims, Count: rescue.Count{}}}}
	fmt.Print(nobody.Summary())
	// Added up, a total says how many of the operations record it.
	s := raid().Summary()
	s.Add(seizure.Summary())
	fmt.Println(strings.Split(s.String(), "\n")[1])
	// Output:
	// Operations       1
	// Victims          not recorded
	// Suspects         not recorded
	// Evidence seized
	//   Cash           at least 1
	// Cash seized
	//   THB            ฿300,000.00
	// Operations  1
	// Victims     0
	//   minors    0
	// Suspects    not recorded
	// Victims                      5 (recorded for 1 of 2 operations)
}

func ExampleSummary_CashIn() {
	s := raid().Summary()
	s.Add((&rescue.Operation{ID: "X", Evidence: []rescue.Evidence{
		{ID: "E1", Kind: rescue.Cash, Cash: rescue.MustParseReportedAmount("US$2,500")},
		{ID: "E2", Kind: rescue.Cash, Cash: rescue.MustParseReportedAmount("RM4,700")},
	}}).Summary())

	// The baht converts by the equivalent reported with it; the ringgit
	// needs a rate, used inversely here.
	_, err := s.CashIn(rescue.USD)
	fmt.Println(err)
	usdMYR := rescue.Rate{From: rescue.USD, To: rescue.MYR, Rate: decimal.RequireFromString("4.7")}
	total, err := s.CashIn(rescue.USD, usdMYR)
	fmt.Println(total, err)
	// Output:
	// Summary.CashIn("USD"): no rate or reported equivalent to convert MYR: currency mismatch
	// about USD 37500.00 <nil>
}

func ExampleSummary_VictimsByNationalityRows() {
	for _, row := range raid().Summary().VictimsByNationalityRows() {
		name := row.Key.Name()
		if name == "" {
			name = "not recorded"
		}
		fmt.Println(name, row.Count)
	}
	// Output:
	// Malaysia 3
	// Thailand 1
	// not recorded 1
}

func ExampleSummary_SuspectsByNationalityRows() {
	for _, row := range raid().Summary().SuspectsByNationalityRows() {
		fmt.Println(row.Key.Demonym(), row.Count)
	}
	// Output:
	// Thai 2
}

func ExampleSummary_VictimsByGenderRows() {
	for _, row := range raid().Summary().VictimsByGenderRows() {
		fmt.Printf("%q %s\n", row.Key, row.Count)
	}
	// Output:
	// "Feminine" 2
	// "Masculine" 2
	// "" 1
}

func ExampleSummary_VictimsByExploitationRows() {
	// A victim counts under each kind of exploitation recorded for them.
	for _, row := range raid().Summary().VictimsByExploitationRows() {
		fmt.Printf("%q %s\n", row.Key.Label(), row.Count)
	}
	// Output:
	// "Forced labour" 2
	// "Sexual exploitation" 2
	// "" 2
}

func ExampleSummary_EvidenceByKindRows() {
	for _, row := range raid().Summary().EvidenceByKindRows() {
		fmt.Println(row.Key.Label()+":", row.Count)
	}
	// Output:
	// Mobile phone: at least 15
	// Vehicle: 2
	// Cash: at least 1
}

func ExampleSummary_CashRows() {
	s := raid().Summary()
	s.Add((&rescue.Operation{ID: "X", Evidence: []rescue.Evidence{
		{ID: "E1", Kind: rescue.Cash, Cash: rescue.MustParseReportedAmount("nearly US$900")},
	}}).Summary())
	for _, row := range s.CashRows() {
		fmt.Println(row.Currency, row.Amount)
	}
	// Output:
	// THB about THB 1200000.00 (USD 34000.00)
	// USD less than USD 900.00
}

func ExampleCountRow() {
	// Rows sort by count, largest first; for the same count, a lower
	// bound first and an upper bound last; then by code.
	s := rescue.Summary{EvidenceByKind: map[rescue.EvidenceKind]rescue.Count{
		rescue.SIMCard:     rescue.MustParseCount("20"),
		rescue.MobilePhone: rescue.MustParseCount("more than 20"),
		rescue.BankCard:    rescue.MustParseCount("20"),
		rescue.Weapon:      rescue.MustParseCount("nearly 20"),
		rescue.Vehicle:     rescue.MustParseCount("2"),
	}}
	for _, row := range s.EvidenceByKindRows() {
		fmt.Printf("%-11s %s\n", row.Key, row.Count)
	}
	// Output:
	// MobilePhone more than 20
	// BankCard    20
	// SIMCard     20
	// Weapon      fewer than 20
	// Vehicle     2
}

func ExampleCashRow() {
	rows := raid().Summary().CashRows()
	fmt.Println(rows[0].Currency.Name()+":", rows[0].Amount.Amount)
	// Output:
	// Baht: THB 1200000.00
}

func ExampleSummary_VictimsByStatusRows() {
	for _, row := range raid().Summary().VictimsByStatusRows() {
		fmt.Printf("%q %s\n", row.Key, row.Count)
	}
	// Output:
	// "Rescued" 3
	// "Escaped" 1
	// "" 1
}

func ExampleSummary_ValueRows() {
	// The estimated value of what was seized besides cash: vehicles,
	// property.
	for _, row := range raid().Summary().ValueRows() {
		fmt.Println(row.Currency, row.Amount)
	}
	// Output: THB about THB 900000.00
}
