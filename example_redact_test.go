package rescue_test

import (
	"fmt"
	"strings"

	"github.com/antitrafficking/rescue"
)

// shareExampleOperation is a small operation with personal data in it.
func shareExampleOperation() *rescue.Operation {
	return &rescue.Operation{
		ID:     "PE-2023-10-LIMA",
		Places: rescue.List[rescue.Place]{{Locality: "Lima", Country: rescue.MustParseCountry("Peru")}},
		When:   rescue.MustParsePeriod("2023-10-07/2023-10-08"),
		Triggers: rescue.List[rescue.Trigger]{{
			Kind: rescue.EscapedVictimReport,
			Note: "Siti and a friend escaped and alerted the police.",
		}},
		Victims: []rescue.Victim{{
			ID:                "V01",
			Name:              "Siti Aminah",
			Gender:            rescue.Feminine,
			Age:               rescue.AgeYears(27),
			Nationality:       rescue.MustParseNationality("Malaysian"),
			TraffickingStatus: rescue.PossibleVictimOfTrafficking,
			Status:            rescue.Rescued,
			ConsularContact:   rescue.MustParseDate("2023-10-09"),
			Recruitment: rescue.Recruitment{
				When:    rescue.MustParseDate("2023-09-14"),
				Place:   rescue.Place{Locality: "Ipoh", Area: "Jalan Sultan Idris Shah", Country: rescue.MustParseCountry("MY")},
				Methods: []rescue.RecruitmentMethod{rescue.DeceptiveJobOffer, rescue.ThroughOnlineSocialNetworks},
				Promise: "A job at her cousin's friend's casino",
			},
			Controls:     []rescue.ControlMethod{rescue.WithholdsDocuments, rescue.Isolation},
			Exploitation: []rescue.Exploitation{rescue.ForcedCriminality},
		}},
		Suspects: []rescue.Suspect{{
			ID:          "S01",
			Name:        "Chen Wei",
			Gender:      rescue.Masculine,
			Nationality: rescue.MustParseNationality("Taiwanese"),
			Roles:       []rescue.Role{rescue.Exploiter, rescue.RecruiterOrIntermediary},
			Status:      rescue.Arrested,
			Arrested:    rescue.MustParsePeriod("2023-10-08"),
			Charges:     []rescue.Charge{{Offence: "Trata de personas", Statute: "art. 153 CP"}},
		}},
		Evidence: []rescue.Evidence{{
			ID:          "E2",
			Kind:        rescue.MobilePhone,
			Description: "Chen's phone",
			TakenFrom:   "S01",
		}},
	}
}

func ExampleOperation_RedactWith() {
	// A real key is 32 random bytes, kept secret and reused for every
	// operation whose redacted records are to be joined.
	key := []byte("an example key, never use it....")
	op := shareExampleOperation()
	red := op.RedactWith(key)

	v, s := red.Victims[0], red.Suspects[0]
	fmt.Printf("victim %s: name %q, age %s, consular contact %s\n", v.ID, string(v.Name), v.Age, v.ConsularContact)
	fmt.Printf("recruited %s in %s, promise %q\n", v.Recruitment.When, v.Recruitment.Place, string(v.Recruitment.Promise))
	fmt.Printf("suspect %s: name %q, arrested %s, charged under %s\n", s.ID, string(s.Name), s.Arrested, s.Charges[0].Statute)
	fmt.Printf("evidence %s taken from %s, description %q\n", red.Evidence[0].ID, red.Evidence[0].TakenFrom, string(red.Evidence[0].Description))
	fmt.Printf("trigger note %q, valid: %v\n", string(red.Triggers[0].Note), red.Validate() == nil)
	fmt.Println("same key, same pseudonym:", op.RedactWith(key).Victims[0].ID == v.ID)
	fmt.Println("the original is untouched:", op.Victims[0].ID, op.Victims[0].Age)
	// Output:
	// victim P-3FHLGBHXFUTBCSLZ: name "", age 27-29, consular contact 2023-10
	// recruited 2023-09 in Ipoh, Malaysia, promise ""
	// suspect P-YJFBXE35SZHXCS7E: name "", arrested 2023-10, charged under art. 153 CP
	// evidence E2 taken from P-YJFBXE35SZHXCS7E, description ""
	// trigger note "", valid: true
	// same key, same pseudonym: true
	// the original is untouched: V01 27
}

func ExampleOperation_Redact() {
	op := shareExampleOperation()
	red := op.Redact() // a fresh random key: pseudonyms differ on every call
	v := red.Victims[0]
	fmt.Println("pseudonym:", strings.HasPrefix(v.ID, "P-") && v.ID != op.Redact().Victims[0].ID)
	fmt.Println("references follow:", red.Evidence[0].TakenFrom == red.Suspects[0].ID)
	fmt.Printf("name %q, age %s, gender %s, nationality %s\n", v.Name, v.Age, v.Gender, v.Nationality)
	fmt.Println("valid:", red.Validate() == nil)
	// Output:
	// pseudonym: true
	// references follow: true
	// name "", age 27-29, gender Feminine, nationality MY
	// valid: true
}
