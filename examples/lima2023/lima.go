package main

import (
	"fmt"

	"github.com/antitrafficking/rescue"
)

// Lima2023 builds the reference operation from the facts of the report,
// through the library's public API only. Where the report is silent the
// field stays unrecorded; nothing is filled in by guess.
func Lima2023() *rescue.Operation {
	peru := rescue.MustParseCountry("Peru")
	malaysia := rescue.MustParseCountry("Malaysia")
	taiwan := rescue.MustParseCountry("Taiwan")
	lima := rescue.Place{ID: "LIMA", Locality: "Lima", Area: "a suburb", Country: peru}

	op := &rescue.Operation{
		ID:   "PE-2023-10-LIMA",
		Name: "Rescue of 44 foreigners held by Red Dragon in Lima",
		Agencies: []rescue.Agency{{
			Name:    "Peruvian National Police",
			Unit:    "People smuggling investigation unit",
			Country: peru,
			Part:    rescue.LeadAgency,
		}},
		Lead:   rescue.Officer{Name: "Carlos Malaver", Rank: "General", Title: "Head of the people smuggling investigation unit"},
		Places: rescue.List[rescue.Place]{lima},
		// "over the weekend" before the report of Monday 9 October 2023.
		When: rescue.MustParsePeriod("2023-10-07/2023-10-08"),
		Triggers: rescue.List[rescue.Trigger]{{
			Kind:   rescue.EscapedVictimReport,
			People: rescue.MustParseCount("two women"),
			Note:   "Two women escaped from their captors and alerted the authorities.",
		}},
		Groups: []rescue.Group{{ID: "G-RED-DRAGON", Name: "Red Dragon", Origin: taiwan}},
		Scheme: "Forced to call companies in Malaysia and Taiwan posing as police or justice officials, " +
			"demanding money (extortion), working only at night, in cramped quarters with one meal a day.",
		SchemeTargets: []rescue.Country{malaysia, taiwan},
		Sources: []rescue.Source{{
			URL:       "https://t.co/G4x8un9KWy",
			Publisher: "The Malaysian Insight (@msianinsight)",
			Title:     "Peru police rescue Malaysians, Taiwanese held by gang",
			Published: rescue.MustParseDate("2023-10-09"),
		}},
	}

	// The treatment the report describes, shared by all 44.
	recruitment := rescue.Recruitment{
		When:    rescue.MustParseDate("2023-09"),
		Methods: []rescue.RecruitmentMethod{rescue.DeceptiveJobOffer},
		Promise: "Employment in local casinos in Peru",
	}
	controls := []rescue.ControlMethod{
		rescue.FalsePromises,        // the casino jobs
		rescue.WithholdsDocuments,   // passports confiscated on arrival
		rescue.Isolation,            // cut off from communication with their families
		rescue.RestrictsMovement,    // held captive
		rescue.WithholdsNecessities, // one meal a day
	}
	exploitation := []rescue.Exploitation{rescue.ForcedCriminality} // the extortion calls

	for i := 1; i <= 44; i++ {
		v := rescue.Victim{
			ID:                fmt.Sprintf("V%02d", i),
			Nationality:       rescue.MustParseNationality("Malaysian"),
			TraffickingStatus: rescue.PossibleVictimOfTrafficking,
			Status:            rescue.Rescued,
			Recruitment:       recruitment,
			Controls:          controls,
			Exploitation:      exploitation,
		}
		if i == 44 {
			v.Nationality = rescue.MustParseNationality("Taiwanese")
		} else {
			// The Malaysian foreign ministry: embassy staff in Lima visited
			// them, and they would soon be repatriated to Malaysia.
			v.ConsularContact = rescue.MustParseDate("2023-10")
			v.Repatriation = rescue.Repatriation{To: malaysia, Status: rescue.Pending}
		}
		op.Victims = append(op.Victims, v)
	}

	// Six Taiwanese and two Peruvians arrested in the operation.
	for i := 1; i <= 8; i++ {
		nat := "Taiwanese"
		if i > 6 {
			nat = "Peruvian"
		}
		op.Suspects = append(op.Suspects, rescue.Suspect{
			ID:          fmt.Sprintf("S%02d", i),
			Nationality: rescue.MustParseNationality(nat),
			Group:       "G-RED-DRAGON",
			Status:      rescue.Arrested,
			Arrested:    rescue.MustParsePeriod("2023-10"),
		})
	}

	op.Evidence = []rescue.Evidence{
		{
			ID:          "E1",
			Kind:        rescue.Cash,
			Description: "Cash",
			Cash:        rescue.MustParseReportedAmount("more than US$10,000 (S$13,700)"),
			Seized:      rescue.MustParsePeriod("2023-10"),
			Site:        lima.ID,
		},
		{
			ID:          "E2",
			Kind:        rescue.MobilePhone,
			Description: "Cell phones",
			Quantity:    rescue.MustParseCount("numerous cell phones"),
			Seized:      rescue.MustParsePeriod("2023-10"),
			Site:        lima.ID,
		},
		{
			ID:          "E3",
			Kind:        rescue.BankCard,
			Description: "Bank cards",
			Quantity:    rescue.MustParseCount("multiple bank cards"),
			Seized:      rescue.MustParsePeriod("2023-10"),
			Site:        lima.ID,
		},
	}
	return op
}
