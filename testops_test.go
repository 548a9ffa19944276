package rescue

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// shareLima builds the reference case of examples/lima2023 by hand: the
// Peruvian police operation of October 2023 that freed 43 Malaysians and a
// Taiwanese held by Red Dragon in a suburb of Lima.
func shareLima() *Operation {
	peru := MustParseCountry("PE")
	malaysia := MustParseCountry("MY")
	taiwan := MustParseCountry("TW")
	lima := Place{ID: "P-LIMA", Locality: "Lima", Area: "a suburb", Country: peru}
	op := &Operation{
		ID:       "PE-2023-10-LIMA",
		Name:     "Rescue of 44 foreigners held by Red Dragon in Lima",
		Agencies: []Agency{{Name: "Peruvian National Police", Unit: "People smuggling investigation unit", Country: peru, Part: LeadAgency}},
		Lead:     Officer{Name: "Carlos Malaver", Rank: "General"},
		Places:   List[Place]{lima},
		When:     MustParsePeriod("2023-10-07/2023-10-08"),
		Triggers: List[Trigger]{{
			Kind:   EscapedVictimReport,
			People: MustParseCount("two women"),
			Note:   "Two women escaped from their captors and alerted the authorities.",
		}},
		Groups:        []Group{{ID: "G-RED-DRAGON", Name: "Red Dragon", Origin: taiwan}},
		Scheme:        "Forced to call companies in Malaysia and Taiwan posing as police.",
		SchemeTargets: []Country{malaysia, taiwan},
		Sources: []Source{{
			URL:       "https://t.co/G4x8un9KWy",
			Publisher: "The Malaysian Insight (@msianinsight)",
			Published: MustParseDate("2023-10-09"),
		}},
	}
	for i := 1; i <= 44; i++ {
		v := Victim{
			ID:                fmt.Sprintf("V%02d", i),
			Nationality:       NationalityOf(malaysia),
			TraffickingStatus: PossibleVictimOfTrafficking,
			Status:            Rescued,
			Recruitment: Recruitment{
				When:    MustParseDate("2023-09"),
				Methods: []RecruitmentMethod{DeceptiveJobOffer},
				Promise: "Employment in local casinos in Peru",
			},
			Controls:     []ControlMethod{FalsePromises, WithholdsDocuments, Isolation, RestrictsMovement, WithholdsNecessities},
			Exploitation: []Exploitation{ForcedCriminality},
		}
		if i == 44 {
			v.Nationality = NationalityOf(taiwan)
		} else {
			v.ConsularContact = MustParseDate("2023-10")
			v.Repatriation = Repatriation{To: malaysia, Status: Pending}
		}
		op.Victims = append(op.Victims, v)
	}
	for i := 1; i <= 8; i++ {
		nat := NationalityOf(taiwan)
		if i > 6 {
			nat = NationalityOf(peru)
		}
		op.Suspects = append(op.Suspects, Suspect{
			ID:          fmt.Sprintf("S%02d", i),
			Nationality: nat,
			Group:       "G-RED-DRAGON",
			Status:      Arrested,
			Arrested:    MustParsePeriod("2023-10"),
		})
	}
	op.Evidence = []Evidence{
		{ID: "E1", Kind: Cash, Description: "Cash", Cash: MustParseReportedAmount("more than US$10,000 (S$13,700)"),
			Seized: MustParsePeriod("2023-10"), Site: lima.ID},
		{ID: "E2", Kind: MobilePhone, Description: "Cell phones", Quantity: MustParseCount("numerous cell phones"),
			Seized: MustParsePeriod("2023-10"), Site: lima.ID},
		{ID: "E3", Kind: BankCard, Description: "Bank cards", Quantity: MustParseCount("multiple bank cards"),
			Seized: MustParsePeriod("2023-10"), Site: lima.ID},
	}
	return op
}

// shareRandomOperation returns a random operation that passes Validate,
// with every field that can be recorded recorded now and then: names,
// notes, exact ages, day-precise dates and spans, duplicate codes, every
// code of every vocabulary, statuses for nationalities, places, agencies,
// triggers, tallies, charges and court decisions. The decoder's round trip
// and the redaction tests depend on it reaching every field.
func shareRandomOperation(r *rand.Rand, n int) *Operation {
	pick := func(k int) int { return r.IntN(k) }
	chance := func(p float64) bool { return r.Float64() < p }
	country := func() Country { return Country{uint16(1 + pick(natCountryCount))} }
	nationality := func() Nationality {
		switch {
		case chance(0.1):
			return Nationality{}
		case chance(0.1):
			return Nationality{uint16(natStateless + pick(natLast-natStateless+1))}
		}
		return NationalityOf(country())
	}
	nationalities := func() []Nationality {
		var out []Nationality
		for range pick(3) {
			n := nationality()
			if !n.IsValid() {
				n = Stateless
			}
			out = append(out, n)
		}
		return out
	}
	age := func() Age {
		switch pick(4) {
		case 0:
			return Age{}
		case 1:
			lo := pick(90)
			return AgeBetween(lo, lo+pick(12))
		case 2:
			return AgeBetween(pick(90), -1)
		}
		return AgeYears(pick(100))
	}
	day := func(t time.Time) Date { return DateOf(t) }
	coarse := func(d Date) Date {
		switch pick(4) {
		case 0:
			return d.Truncate(PrecisionYear)
		case 1:
			return d.Truncate(PrecisionMonth)
		}
		return d
	}
	span := func(t time.Time) Period {
		d := coarse(day(t))
		if d.Precision() == PrecisionDay && chance(0.3) {
			return Period{Start: d, End: day(t.AddDate(0, 0, 1+pick(3)))}
		}
		return Period{Start: d, End: d}
	}
	text := func(prefix string) string {
		if chance(0.3) {
			return ""
		}
		return fmt.Sprintf("%s %d-%d", prefix, n, pick(1000))
	}
	amount := func() ReportedAmount {
		switch pick(3) {
		case 0:
			return MustParseReportedAmount("more than US$10,000 (S$13,700)")
		case 1:
			return MustParseReportedAmount("about 1.2 million baht (US$34,000)")
		}
		return MustParseReportedAmount("RM1,500")
	}

	start := time.Date(2018+pick(7), time.Month(1+pick(12)), 1+pick(28), 0, 0, 0, 0, time.UTC)
	end := start.AddDate(0, 0, pick(5))
	op := &Operation{
		ID:     fmt.Sprintf("OP-%d", n),
		Name:   text("Operation"),
		Lead:   Officer{Name: text("Officer"), Rank: text("Rank"), Title: text("Title")},
		When:   Period{Start: day(start), End: day(end)},
		Scheme: text("Scheme"),
	}
	if chance(0.2) {
		op.When.Start = Date{}
	}
	for range pick(3) {
		op.Agencies = append(op.Agencies, Agency{Name: text("Agency"), Unit: text("Unit"), Country: country(),
			Part: AgencyPart(pick(len(agencyPartTable.codes)))})
	}
	var sites []string
	for i := range pick(3) {
		pl := Place{Locality: text("Town"), Area: Personal(text("Area")), Region: text("Region"), Country: country()}
		if chance(0.7) {
			pl.ID = fmt.Sprintf("P%d", i)
			sites = append(sites, pl.ID)
		}
		op.Places = append(op.Places, pl)
	}
	site := func() string {
		if len(sites) == 0 || chance(0.4) {
			return ""
		}
		return sites[pick(len(sites))]
	}
	for range pick(3) {
		op.Triggers = append(op.Triggers, Trigger{
			Kind:   TriggerKind(1 + pick(len(triggerKindTable.codes)-1)),
			People: Count{N: pick(5)},
			Note:   Personal(text("Trigger note")),
		})
	}
	for i := range pick(3) {
		op.Groups = append(op.Groups, Group{ID: fmt.Sprintf("G%d", i), Name: text("Gang"), Origin: country()})
	}
	if chance(0.6) {
		op.Sources = []Source{{URL: "https://example.org/" + op.ID, Publisher: text("Publisher"), Title: text("Title"), Published: op.When.End}}
		if chance(0.3) {
			op.Sources = append(op.Sources, Source{URL: "https://example.net/" + op.ID})
		}
	}
	var suspects []string
	for i := range pick(10) {
		s := Suspect{
			ID:                 fmt.Sprintf("S%d", i),
			Name:               Personal(text("Suspect name")),
			Gender:             Gender(pick(len(genderTable.codes))),
			Age:                age(),
			Nationality:        nationality(),
			OtherNationalities: nationalities(),
			Roles:              shareRandomCodes[Role](r, &roleTable),
			Site:               site(),
		}
		if len(op.Groups) > 0 && chance(0.7) {
			s.Group = op.Groups[pick(len(op.Groups))].ID
		}
		if chance(0.8) {
			s.Status = SuspectStatus(1 + pick(len(suspectStatusTable.codes)-1))
		}
		if s.Status != 0 && s.Status != Arrested && chance(0.6) || s.Status == Arrested {
			s.Arrested = span(start.AddDate(0, 0, pick(30)))
		}
		if chance(0.5) {
			s.Charges = []Charge{{Offence: "trafficking in persons", Statute: "Art. 153 Código Penal", Date: coarse(day(end))},
				{Offence: "Charge " + fmt.Sprint(pick(100))}}
		}
		if chance(0.4) {
			d := CourtDecision{Outcome: CourtOutcome(1 + pick(len(courtOutcomeTable.codes)-1)), Date: coarse(day(end.AddDate(0, 3, 0))), Court: text("Court")}
			if d.Outcome == Convicted {
				if chance(0.5) {
					d.Sentence = Sentence{Years: pick(30), Months: pick(12)}
				} else if chance(0.3) {
					d.Sentence = Sentence{Life: true}
				}
				if chance(0.5) {
					d.Fine = amount()
				}
			}
			s.Decisions = []CourtDecision{d}
		}
		suspects = append(suspects, s.ID)
		op.Suspects = append(op.Suspects, s)
	}
	people := slices.Clone(suspects)
	refs := func() []string {
		var out []string
		for range pick(3) {
			if len(suspects) > 0 {
				out = append(out, suspects[pick(len(suspects))])
			}
		}
		return out
	}
	for i := range pick(30) {
		v := Victim{
			ID:                 fmt.Sprintf("V%d", i),
			Name:               Personal(text("Victim name")),
			Gender:             Gender(pick(len(genderTable.codes))),
			Age:                age(),
			Nationality:        nationality(),
			OtherNationalities: nationalities(),
			TraffickingStatus:  TraffickingStatus(pick(len(traffickingStatusTable.codes))),
			LabourSector:       LabourSector(pick(len(labourSectorTable.codes))),
			RecruiterRelation:  RecruiterRelation(pick(len(recruiterRelationTable.codes))),
			Recruiters:         refs(),
			Exploiters:         refs(),
		}
		if chance(0.8) {
			v.Status = VictimStatus(1 + pick(len(victimStatusTable.codes)-1))
		}
		if chance(0.3) {
			v.Destination = country()
		}
		if chance(0.3) {
			v.ExploitedIn = country()
		}
		if chance(0.7) {
			rec := start.AddDate(0, -pick(40), -pick(30))
			v.Recruitment = Recruitment{
				When:    coarse(day(rec)),
				Place:   Place{Locality: text("Village"), Area: Personal(text("Street")), Region: text("State"), Country: country()},
				Methods: shareRandomCodes[RecruitmentMethod](r, &recruitmentMethodTable),
				Promise: Personal(text("Promise")),
			}
		}
		v.Controls = shareRandomCodes[ControlMethod](r, &controlMethodTable)
		v.Exploitation = shareRandomCodes[Exploitation](r, &exploitationTable)
		v.SexExploitation = shareRandomCodes[SexExploitationType](r, &sexExploitationTypeTable)
		if chance(0.5) {
			contact := start.AddDate(0, 0, pick(60))
			v.ConsularContact = coarse(day(contact))
			if chance(0.5) {
				v.Repatriation = Repatriation{
					To:     country(),
					Status: RepatriationStatus(pick(len(repatriationStatusTable.codes))),
					When:   coarse(day(contact.AddDate(0, 0, pick(90)))),
				}
			}
		}
		if v.Status == Repatriated && !v.Repatriation.To.IsValid() {
			v.Repatriation.To = country()
		}
		people = append(people, v.ID)
		op.Victims = append(op.Victims, v)
	}
	for i := range pick(6) {
		e := Evidence{
			ID:          fmt.Sprintf("E%d", i),
			Kind:        EvidenceKind(1 + pick(len(evidenceKindTable.codes)-1)),
			Description: Personal(text("Description")),
			Quantity:    Count{N: pick(20)},
			Seized:      Period{Start: op.When.Start, End: op.When.Start},
			Site:        site(),
		}
		if e.Kind == Cash {
			e.Cash = amount()
		} else if chance(0.3) {
			e.Value = amount()
		}
		if len(people) > 0 && chance(0.5) {
			e.TakenFrom = people[pick(len(people))]
		}
		at := start.Add(time.Duration(pick(1000)) * time.Minute)
		for j := range pick(4) {
			ev := CustodyEvent{Action: Seized, To: "Officer A", Note: Personal(text("Custody note")), Seal: text("sha256:"), Site: site()}
			switch pick(3) {
			case 0:
				ev.At = at
			case 1:
				ev.When = Period{Start: day(at), End: day(at)}
			default:
				ev.At = at
				ev.When = Period{Start: day(at), End: day(at.AddDate(0, 0, 1))}
			}
			if j > 0 {
				ev.Action = []CustodyAction{Sealed, Transferred, Examined}[pick(3)]
			}
			e.Custody = append(e.Custody, ev)
			at = at.Add(24 * time.Hour)
		}
		op.Evidence = append(op.Evidence, e)
	}
	op.Counts = shareRandomTallies(r, op, pick, chance, nationality, age, country)
	if chance(0.5) {
		op.SchemeTargets = []Country{country()}
	}
	return op
}

// shareRandomTallies returns random tallies that agree with each other
// and with op's records: the tallies that count everyone (or everyone in
// a status) are lower bounds or estimates, and the breakdowns exact
// figures no smaller than the records they could cover, so that no rule
// of Validate is broken.
func shareRandomTallies(r *rand.Rand, op *Operation, pick func(int) int, chance func(float64) bool,
	nationality func() Nationality, age func() Age, country func() Country) List[Tally] {
	var out List[Tally]
	records := len(op.Victims) + len(op.Suspects)
	for range pick(6) {
		t := Tally{Of: OfVictims}
		if chance(0.4) {
			t.Of = OfSuspects
		}
		if len(op.Sources) > 0 && chance(0.5) {
			t.Source = op.Sources[pick(len(op.Sources))].URL
		}
		breakdown := chance(0.6)
		if breakdown {
			t.Count = Count{N: records + pick(50)}
			switch pick(3) {
			case 0:
				for !t.Nationality.IsValid() {
					t.Nationality = nationality()
				}
			case 1:
				t.Gender = Gender(1 + pick(len(genderTable.codes)-1))
			default:
				for t.Age.IsZero() {
					t.Age = age()
				}
			}
		} else {
			t.Count = Count{N: pick(500), Qualifier: []Qualifier{AtLeast, About}[pick(2)]}
		}
		if t.Of == OfVictims {
			if chance(0.3) {
				t.VictimStatus = VictimStatus(1 + pick(len(victimStatusTable.codes)-1))
			}
			if chance(0.5) {
				t.Exploitation = shareRandomCodes[Exploitation](r, &exploitationTable)
				t.Controls = shareRandomCodes[ControlMethod](r, &controlMethodTable)
				t.Recruitment = Recruitment{Methods: shareRandomCodes[RecruitmentMethod](r, &recruitmentMethodTable), Promise: "a job"}
				t.TraffickingStatus = TraffickingStatus(pick(len(traffickingStatusTable.codes)))
				t.LabourSector = LabourSector(pick(len(labourSectorTable.codes)))
				t.SexExploitation = shareRandomCodes[SexExploitationType](r, &sexExploitationTypeTable)
				t.Destinations = []Country{country(), country()}
				t.ExploitedIn = country()
				t.ConsularContact = op.When.End
				t.Repatriation = Repatriation{To: country(), Status: Pending}
			}
		} else {
			if chance(0.3) {
				t.SuspectStatus = SuspectStatus(1 + pick(len(suspectStatusTable.codes)-1))
			}
			if chance(0.5) {
				t.Roles = shareRandomCodes[Role](r, &roleTable)
				t.Charges = []Charge{{Offence: "trafficking in persons"}}
				t.Arrested = op.When
				if len(op.Groups) > 0 {
					t.Group = op.Groups[pick(len(op.Groups))].ID
				}
			}
		}
		if !slices.ContainsFunc(out, func(u Tally) bool { return u.key() == t.key() }) {
			out = append(out, t) // one figure per key and source: two would have to agree
		}
	}
	return out
}

// shareRandomCodes returns a random list of values of t: empty (nil), or a
// few codes, sometimes repeated.
func shareRandomCodes[T ~uint8](r *rand.Rand, t *vocabTable) []T {
	var out []T
	for range r.IntN(5) {
		out = append(out, T(1+r.IntN(len(t.codes)-1)))
	}
	return out
}

// shareClone deep-copies op through JSON, which holds every field.
func shareClone(t testing.TB, op *Operation) *Operation {
	t.Helper()
	b, err := json.Marshal(op)
	if err != nil {
		t.Fatal(err)
	}
	var out Operation
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(op, &out); d != "" {
		t.Fatalf("a JSON round trip changes the operation (-before +after):\n%s", d)
	}
	return &out
}

// shareNamed returns the Lima operation with the personal data Redact
// removes: names, notes, exact ages, day-precise dates, a recruitment
// area, evidence taken from a person.
func shareNamed() *Operation {
	op := shareLima()
	op.Victims[0].Name = "Siti Aminah binti Yusof"
	op.Victims[0].Age = AgeYears(27)
	op.Victims[0].ConsularContact = MustParseDate("2023-10-09")
	op.Victims[0].Recruitment.When = MustParseDate("2023-09-14")
	op.Victims[0].Recruitment.Place = Place{Locality: "Ipoh", Area: "Jalan Sultan Idris Shah", Region: "Perak", Country: MustParseCountry("MY")}
	op.Victims[0].Repatriation.When = MustParseDate("2023-10-20")
	op.Victims[1].Name = "Lee Mei Ling"
	op.Victims[1].Age = AgeBetween(15, 20)
	op.Suspects[0].Name = "Chen Wei-Ting"
	op.Suspects[0].Age = AgeYears(41)
	op.Suspects[0].Arrested = MustParsePeriod("2023-10-08")
	op.Suspects[0].Charges = []Charge{{Offence: "Trata de personas", Statute: "art. 153 CP"}}
	op.Evidence[1].TakenFrom = "S01"
	op.Evidence[2].TakenFrom = "V02"
	op.Evidence[2].Description = "Bank cards of Lee Mei Ling"
	op.Evidence[0].Custody = []CustodyEvent{
		{At: time.Date(2023, 10, 8, 3, 0, 0, 0, time.UTC), Action: Seized, To: "PNP DIVINTRAP", Note: "found in Chen's bag"},
		{At: time.Date(2023, 10, 9, 9, 0, 0, 0, time.UTC), Action: Transferred, From: "PNP DIVINTRAP", To: "Fiscalía", Note: "counted by S. Aminah"},
	}
	return op
}
