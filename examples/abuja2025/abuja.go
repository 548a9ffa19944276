package main

import "github.com/antitrafficking/rescue"

// Abuja2025 builds the interception of 24 people at Nnamdi Azikiwe
// International Airport, Abuja, on Wednesday 1 October 2025, as NAPTIP's
// statement reported it: victims aged 15 to 26, recruited in Kano,
// Katsina, Oyo, Ondo and Rivers states and bound for Iraq, Sudan, Egypt,
// Saudi Arabia, Bahrain and Afghanistan, stopped before they left; five
// suspects arrested, among them a retired senior law enforcement officer
// who had deceived his own daughter with a supermarket job in Baghdad.
func Abuja2025() *rescue.Operation {
	nigeria := rescue.MustParseCountry("Nigeria")
	airport := rescue.Place{ID: "ABV", Locality: "Abuja", Area: "Nnamdi Azikiwe International Airport",
		Region: "Federal Capital Territory", Country: nigeria}
	const statement = "https://newtelegraphng.com/naptip-rescues-24-traffic-victims-at-airport-arrests-5-suspects/"
	op := &rescue.Operation{
		ID:   "NG-2025-10-ABUJA-AIRPORT",
		Name: "Interception of 24 trafficking victims at Abuja airport",
		Agencies: []rescue.Agency{
			{Name: "National Agency for the Prohibition of Trafficking in Persons (NAPTIP)", Country: nigeria, Part: rescue.LeadAgency},
			{Name: "Department of State Services", Country: nigeria, Part: rescue.SupportAgency},
			{Name: "Nigeria Immigration Service", Country: nigeria, Part: rescue.SupportAgency},
			{Name: "Airport security", Country: nigeria, Part: rescue.SupportAgency},
		},
		Lead:   rescue.Officer{Name: "Binta Adamu Bello", Title: "Director General, NAPTIP"},
		Places: rescue.List[rescue.Place]{airport},
		// "on Wednesday", in a statement of Wednesday 1 October 2025.
		When: rescue.MustParsePeriod("2025-10-01"),
		Triggers: rescue.List[rescue.Trigger]{{
			Kind: rescue.Tip,
			Note: "Concerned stakeholders and partners reported an influx of suspected victims at the airport.",
		}},
		Sources: []rescue.Source{
			{URL: statement, Publisher: "New Telegraph", Title: "NAPTIP rescues 24 traffic victims at airport, arrests 5 suspects",
				Published: rescue.MustParseDate("2025-10-02")},
			{URL: "https://von.gov.ng/human-trafficking-naptip-rescues-24-victims", Publisher: "Voice of Nigeria",
				Title: "Human Trafficking: NAPTIP Rescues 24 Victims"},
		},
	}
	destinations := []rescue.Country{}
	for _, c := range []string{"Iraq", "Sudan", "Egypt", "Saudi Arabia", "Bahrain", "Afghanistan"} {
		destinations = append(destinations, rescue.MustParseCountry(c))
	}
	op.Counts = rescue.List[rescue.Tally]{
		// "the rescue of 24 suspected victims": stopped at the airport.
		{Of: rescue.OfVictims, VictimStatus: rescue.Intercepted, Count: rescue.MustParseCount("24"), Source: statement,
			TraffickingStatus: rescue.PossibleVictimOfTrafficking,
			Recruitment:       rescue.Recruitment{Place: rescue.Place{Region: "Kano, Katsina, Oyo, Ondo and Rivers states", Country: nigeria}},
			Destinations:      destinations},
		// "whose ages range between 15 years to 26 years"
		{Of: rescue.OfVictims, Age: rescue.AgeBetween(15, 26), Count: rescue.MustParseCount("24"), Source: statement},
		// The youngest is 15: at least one of them is a minor.
		{Of: rescue.OfVictims, Age: rescue.AgeBetween(0, 17), Count: rescue.MustParseCount("at least 1"), Source: statement},
		// "the arrest of five suspected trafficking agents"
		{Of: rescue.OfSuspects, SuspectStatus: rescue.Arrested, Count: rescue.MustParseCount("five"), Source: statement,
			Arrested: rescue.MustParsePeriod("2025-10-01")},
	}
	// The one suspect and victim the report tells apart: a father, "a
	// retired senior uniform Officer ... alleged to be a prominent member
	// of the trafficking syndicate operating within the South West", and
	// the daughter he told of a supermarket job in Baghdad.
	op.Suspects = rescue.List[rescue.Suspect]{{
		ID:       "S1",
		Gender:   rescue.Masculine,
		Roles:    []rescue.Role{rescue.RecruiterOrIntermediary},
		Status:   rescue.Arrested,
		Arrested: rescue.MustParsePeriod("2025-10-01"),
		Site:     airport.ID,
	}}
	op.Victims = rescue.List[rescue.Victim]{{
		ID:                "V1",
		Gender:            rescue.Feminine,
		TraffickingStatus: rescue.PossibleVictimOfTrafficking,
		Status:            rescue.Intercepted,
		Recruitment: rescue.Recruitment{
			Methods: []rescue.RecruitmentMethod{rescue.DeceptiveJobOffer, rescue.ThroughFamilyOrFamilyEvents},
			Promise: "A job at a supermarket in Baghdad",
		},
		RecruiterRelation: rescue.Family,
		Recruiters:        []string{"S1"},
		Destination:       rescue.MustParseCountry("Iraq"),
	}}
	return op
}
