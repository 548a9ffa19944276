package main

import "github.com/antitrafficking/rescue"

// The two accounts of the rescue, which disagree on how many were freed.
const (
	// Thailand's Suranaree Task Force, as VietnamPlus (citing the Bangkok
	// Post) reported it on 17 March 2024.
	thaiAccount = "https://en.vietnamplus.vn/cambodia-rescues-19-thai-people-from-scam-gang/283062.vnp"
	// The head of Oddar Meanchey's provincial administration, to CamboJA
	// News.
	cambodianAccount = "https://cambojanews.com/cambodian-authorities-dispute-thai-governments-account-of-scam-compound-rescue-in-osmach/"
)

// Osmach2024 builds the rescue of Thai workers from a scam operation in
// O'Smach, Oddar Meanchey (Cambodia), on Saturday 16 March 2024, as two
// sources reported it: Thailand's Suranaree Task Force said 19 Thais were
// rescued, among about 50 people lured to the scam centre; Cambodia's
// provincial administration said only 11 were, all Thai, seven of them
// from the La Lin Hotel, and that the Taiwanese operators had left before
// the raid with their Chinese, Indian, Lao and Vietnamese workers. Both
// figures are kept, each with its source: the record does not pick one.
func Osmach2024() *rescue.Operation {
	cambodia := rescue.MustParseCountry("Cambodia")
	thai := rescue.MustParseNationality("Thai")
	op := &rescue.Operation{
		ID:   "KH-2024-03-OSMACH",
		Name: "Rescue of Thai workers from a scam operation in O'Smach",
		Agencies: []rescue.Agency{
			// "about 30 Cambodian officials launched the rescue operation"
			{Name: "Cambodian authorities", Country: cambodia, Part: rescue.LeadAgency},
			// It took the victim's call and gave the first account.
			{Name: "Suranaree Task Force", Country: rescue.MustParseCountry("Thailand"), Part: rescue.SupportAgency},
		},
		Places: rescue.List[rescue.Place]{
			// "a casino complex situated near the Chong Chom border pass"
			{ID: "CASINO", Locality: "O'Smach", Area: "a casino complex near the border pass", Region: "Oddar Meanchey", Country: cambodia},
			// "Seven people were taken from La Lin Hotel"
			{ID: "LA-LIN", Area: "La Lin Hotel", Region: "Oddar Meanchey", Country: cambodia},
		},
		When: rescue.MustParsePeriod("2024-03-16"),
		Triggers: rescue.List[rescue.Trigger]{{
			Kind:   rescue.VictimCall,
			People: rescue.MustParseCount("one"),
			Note:   "One of the Thai victims called Thai officials for help on 14 March.",
		}},
		Sources: []rescue.Source{
			{URL: thaiAccount, Publisher: "VietnamPlus (citing the Bangkok Post)", Title: "Cambodia rescues 19 Thai people from scam gang"},
			{URL: cambodianAccount, Publisher: "CamboJA News",
				Title: "Cambodian Authorities Dispute Thai Government's Account of Scam Compound Rescue in O'Smach"},
		},
		Scheme: "Call scams run from a casino complex by Taiwanese operators.",
	}
	victims := func(source, count string, status rescue.VictimStatus, nat rescue.Nationality) rescue.Tally {
		return rescue.Tally{Of: rescue.OfVictims, Count: rescue.MustParseCount(count), VictimStatus: status,
			Nationality: nat, Source: source}
	}
	// "lured to work at a call scam centre": the scams they were made to
	// run are said of everyone the widest figure counts.
	lured := victims(thaiAccount, "about 50", 0, rescue.Nationality{})
	lured.Recruitment = rescue.Recruitment{Methods: []rescue.RecruitmentMethod{rescue.DeceptiveJobOffer}}
	lured.Exploitation = []rescue.Exploitation{rescue.ForcedCriminality}
	op.Counts = rescue.List[rescue.Tally]{
		// The Thai account: "the 19 rescued people were among about 50
		// lured to work at a call scam centre"; they are Thai nationals.
		lured,
		victims(thaiAccount, "19", rescue.Rescued, rescue.Nationality{}),
		victims(thaiAccount, "19", rescue.Rescued, thai),
		// The Cambodian account: "there were only 11 people [rescued]",
		// "All 11 were Thai nationals".
		victims(cambodianAccount, "11", rescue.Rescued, rescue.Nationality{}),
		victims(cambodianAccount, "11", rescue.Rescued, thai),
	}
	// "the Taiwanese compound operators left with Chinese, Indian, Lao
	// and Vietnamese workers in advance of the raid": at least one of
	// each, their status not reported.
	for _, n := range []string{"Chinese", "Indian", "Lao", "Vietnamese"} {
		op.Counts = append(op.Counts, victims(cambodianAccount, "at least 1", 0, rescue.MustParseNationality(n)))
	}
	// The operators themselves, a plural with no number: at least two,
	// gone before the raid.
	op.Counts = append(op.Counts, rescue.Tally{Of: rescue.OfSuspects, SuspectStatus: rescue.AtLarge,
		Nationality: rescue.MustParseNationality("Taiwanese"), Count: rescue.MustParseCount("at least 2"), Source: cambodianAccount})
	return op
}
