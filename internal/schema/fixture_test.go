package schema_test

import (
	"time"

	"github.com/antitrafficking/rescue"
)

// fullOperation is a valid operation with every field of every object
// recorded at least once, so that a test changing one field at a time
// reaches all of them.
func fullOperation() *rescue.Operation {
	date := rescue.MustParseDate
	period := rescue.MustParsePeriod
	count := rescue.MustParseCount
	amount := rescue.MustParseReportedAmount
	country := rescue.MustParseCountry
	nat := rescue.MustParseNationality
	return &rescue.Operation{
		ID:   "OP-1",
		Name: "Operation One",
		Agencies: []rescue.Agency{
			{Name: "National Police", Unit: "Anti-trafficking unit", Country: country("PE"), Part: rescue.LeadAgency},
			{Name: "Immigration", Part: rescue.SupportAgency},
		},
		Lead:     rescue.Officer{Name: "A. Officer", Rank: "General", Title: "Head of unit"},
		Places:   rescue.List[rescue.Place]{{ID: "SITE-1", Locality: "Lima", Area: "a suburb", Region: "Lima", Country: country("PE")}, {Locality: "Callao"}},
		When:     period("2023-10-07/2023-10-08"),
		Triggers: rescue.List[rescue.Trigger]{{Kind: rescue.EscapedVictimReport, People: count("2 to 3"), Note: "two women escaped"}},
		Groups:   []rescue.Group{{ID: "G-1", Name: "Red Dragon", Origin: country("TW")}},
		Victims: rescue.List[rescue.Victim]{{
			ID: "V01", Name: "Victim Name", Gender: rescue.Feminine, Age: rescue.AgeBetween(15, 26),
			Nationality: nat("MY"), OtherNationalities: []rescue.Nationality{nat("TW")},
			TraffickingStatus: rescue.PossibleVictimOfTrafficking, Status: rescue.Repatriated,
			Recruitment: rescue.Recruitment{
				When: date("2023-09"), Place: rescue.Place{Locality: "Kuala Lumpur", Area: "a street", Region: "KL", Country: country("MY")},
				Methods: []rescue.RecruitmentMethod{rescue.DeceptiveJobOffer}, Promise: "a job",
			},
			Controls:          []rescue.ControlMethod{rescue.WithholdsDocuments, rescue.Isolation},
			Exploitation:      []rescue.Exploitation{rescue.ForcedLabour, rescue.SexualExploitation},
			LabourSector:      rescue.SectorHospitality,
			SexExploitation:   []rescue.SexExploitationType{rescue.Prostitution},
			RecruiterRelation: rescue.Friend,
			Recruiters:        []string{"S01"},
			Exploiters:        []string{"S01"},
			Destination:       country("PE"),
			ExploitedIn:       country("PE"),
			ConsularContact:   date("2023-10-09"),
			Repatriation:      rescue.Repatriation{To: country("MY"), Status: rescue.Completed, When: date("2023-11")},
		}},
		Suspects: rescue.List[rescue.Suspect]{{
			ID: "S01", Name: "Suspect Name", Gender: rescue.Masculine, Age: rescue.AgeYears(40),
			Nationality: nat("TW"), OtherNationalities: []rescue.Nationality{nat("PE")},
			Roles: []rescue.Role{rescue.RecruiterOrIntermediary}, Group: "G-1", Status: rescue.Arrested,
			Arrested: period("2023-10-08"), Site: "SITE-1",
			Charges: []rescue.Charge{{Offence: "trafficking in persons", Statute: "Article 153", Date: date("2023-10-10")}},
			Decisions: []rescue.CourtDecision{{
				Outcome: rescue.Convicted, Date: date("2024-05"), Court: "Lima Superior Court",
				Sentence: rescue.Sentence{Years: 12, Months: 6}, Fine: amount("about PEN 5000.00"),
			}},
		}},
		Counts: rescue.List[rescue.Tally]{
			{Of: rescue.OfVictims, Count: count("44"), Source: "https://example.org/report",
				TraffickingStatus: rescue.PossibleVictimOfTrafficking, Controls: []rescue.ControlMethod{rescue.Isolation},
				Exploitation: []rescue.Exploitation{rescue.ForcedCriminality}, LabourSector: rescue.SectorOtherServices,
				SexExploitation: []rescue.SexExploitationType{rescue.Pornography}, Destinations: []rescue.Country{country("PE")}, ExploitedIn: country("PE"),
				ConsularContact: date("2023-10"), Repatriation: rescue.Repatriation{To: country("MY"), Status: rescue.Pending},
				Recruitment: rescue.Recruitment{When: date("2023-09"), Methods: []rescue.RecruitmentMethod{rescue.DeceptiveJobOffer}}},
			{Of: rescue.OfVictims, Count: count("43"), Nationality: nat("MY"), Gender: rescue.Feminine, Age: rescue.AgeBetween(0, 17), VictimStatus: rescue.Rescued, Source: "https://example.org/report"},
			{Of: rescue.OfSuspects, Count: count("8"), SuspectStatus: rescue.Arrested, Group: "G-1",
				Roles: []rescue.Role{rescue.Exploiter}, Arrested: period("2023-10-07/2023-10-08"),
				Charges: []rescue.Charge{{Offence: "trafficking in persons"}}},
		},
		Evidence: rescue.List[rescue.Evidence]{
			{ID: "E1", Kind: rescue.Cash, Description: "cash in a bag", Cash: amount("more than USD 10000.00 (about SGD 13700.00)"), Seized: period("2023-10-08"), Site: "SITE-1", TakenFrom: "S01",
				Custody: []rescue.CustodyEvent{
					{At: time.Date(2023, 10, 8, 14, 30, 0, 0, time.UTC), When: period("2023-10-08"), Action: rescue.Seized, From: "S01", To: "Officer B", Location: "the house", Site: "SITE-1", Seal: "SEAL-1", Note: "a note"},
					{When: period("2023-10-09"), Action: rescue.Transferred, From: "Officer B", To: "Evidence room"},
				}},
			{ID: "E2", Kind: rescue.Vehicle, Quantity: count("at least 2"), Value: amount("PEN 40000.00 to 50000.00"), Seized: period("2023-10")},
		},
		Sources:       []rescue.Source{{URL: "https://example.org/report", Publisher: "Example News", Title: "Police rescue 44", Published: date("2023-10-09")}},
		Scheme:        "forced to make scam calls",
		SchemeTargets: []rescue.Country{country("MY"), country("TW")},
	}
}
