package main

import "github.com/antitrafficking/rescue"

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

	// The report gives figures, not people: they are recorded as it gives
	// them, with what it says of everyone each counts, and no individual
	// records are invented.
	source := op.Sources[0].URL
	victims := func(count string) rescue.Tally {
		return rescue.Tally{Of: rescue.OfVictims, Count: rescue.MustParseCount(count), Source: source}
	}

	// "Peruvian police successfully rescued 44 individuals who had fallen
	// victim to a criminal organization": the treatment the report
	// describes is that of all 44.
	all := victims("44 individuals")
	all.VictimStatus = rescue.Rescued
	// No formal identification is reported: possible victims.
	all.TraffickingStatus = rescue.PossibleVictimOfTrafficking
	// "lured to Peru in September with promises of employment in local
	// casinos"
	all.Recruitment = rescue.Recruitment{
		When:    rescue.MustParseDate("2023-09"),
		Methods: []rescue.RecruitmentMethod{rescue.DeceptiveJobOffer},
		Promise: "Employment in local casinos in Peru",
	}
	all.Controls = []rescue.ControlMethod{
		rescue.FalsePromises,        // the casino jobs
		rescue.WithholdsDocuments,   // passports confiscated on arrival
		rescue.Isolation,            // cut off from communication with their families
		rescue.RestrictsMovement,    // held captive
		rescue.WithholdsNecessities, // one meal a day
	}
	all.Exploitation = []rescue.Exploitation{rescue.ForcedCriminality} // the extortion calls
	all.ExploitedIn = peru

	// "the victims were from Malaysia (43) and Taiwan (1)"; of the 43
	// Malaysians, the Malaysian foreign ministry: embassy staff in Lima
	// visited them, and they would soon be repatriated to Malaysia.
	malaysians := victims("43")
	malaysians.Nationality = rescue.MustParseNationality("Malaysia")
	malaysians.ConsularContact = rescue.MustParseDate("2023-10")
	malaysians.Repatriation = rescue.Repatriation{To: malaysia, Status: rescue.Pending}
	taiwanese := victims("1")
	taiwanese.Nationality = rescue.MustParseNationality("Taiwan")

	// "Authorities have arrested six Taiwanese and two Peruvians": the
	// report gives the parts, and their sum is the total. The date is
	// the month: the report does not give the day.
	arrested := func(count, nationality string) rescue.Tally {
		return rescue.Tally{Of: rescue.OfSuspects, SuspectStatus: rescue.Arrested, Count: rescue.MustParseCount(count),
			Nationality: rescue.MustParseNationality(nationality), Source: source,
			Group: "G-RED-DRAGON", Arrested: rescue.MustParsePeriod("2023-10")}
	}
	op.Counts = rescue.List[rescue.Tally]{all, malaysians, taiwanese, arrested("six", "Taiwanese"), arrested("two", "Peruvians")}

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
