package rescue_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/antitrafficking/rescue"
)

// modelName is a name that appears nowhere else: if it shows up in an
// output, that output leaked personal data.
const modelName = "Zyxwvut Qponml"

// modelT0 is when the evidence of modelOp was seized.
var modelT0 = time.Date(2023, 10, 7, 22, 30, 0, 0, time.FixedZone("PET", -5*3600))

// modelOp returns a valid operation that records every field of every
// entity, a new one on each call: four victims (so that victims[3]
// exists), two suspects, one group, three evidence items with a chain of
// custody, and a source.
func modelOp() *rescue.Operation {
	my := rescue.MustParseCountry("MY")
	tw := rescue.MustParseCountry("TW")
	pe := rescue.MustParseCountry("PE")
	lima := rescue.Place{ID: "P1", Locality: "Lima", Area: "a suburb", Region: "Lima Province", Country: pe}
	op := &rescue.Operation{
		ID:   "OP-1",
		Name: "Test operation",
		Agencies: []rescue.Agency{
			{Name: "Peruvian National Police", Unit: "Trafficking unit", Country: pe, Part: rescue.LeadAgency},
			{Name: "Embassy of Malaysia in Lima", Country: my, Part: rescue.SupportAgency},
		},
		Lead:   rescue.Officer{Name: "Carlos Malaver", Rank: "General", Title: "Head of unit"},
		Places: rescue.List[rescue.Place]{lima, {ID: "P2", Locality: "Callao", Country: pe}},
		When:   rescue.MustParsePeriod("2023-10-07/2023-10-08"),
		Triggers: rescue.List[rescue.Trigger]{
			{Kind: rescue.EscapedVictimReport, People: rescue.MustParseCount("two women"), Note: "Two women escaped."},
			{Kind: rescue.Referral, Note: "The embassy asked for help."},
		},
		Counts: rescue.List[rescue.Tally]{
			{Of: rescue.OfVictims, Count: rescue.MustParseCount("44"), VictimStatus: rescue.Rescued, Source: "https://example.org/r",
				Exploitation: []rescue.Exploitation{rescue.ForcedCriminality}},
			{Of: rescue.OfVictims, Nationality: rescue.MustParseNationality("MY"), Count: rescue.MustParseCount("43"), Source: "https://example.org/r"},
			{Of: rescue.OfSuspects, SuspectStatus: rescue.Arrested, Count: rescue.MustParseCount("8"), Group: "G1"},
			{Of: rescue.OfSuspects, SuspectStatus: rescue.Arrested, Nationality: rescue.MustParseNationality("TW"), Count: rescue.MustParseCount("6")},
		},
		Groups:        []rescue.Group{{ID: "G1", Name: "Red Dragon", Origin: tw}},
		Sources:       []rescue.Source{{URL: "https://example.org/r", Publisher: "Publisher", Title: "Title", Published: rescue.MustParseDate("2023-10-09")}},
		Scheme:        "Extortion calls",
		SchemeTargets: []rescue.Country{my, tw},
	}
	for i := range 4 {
		op.Victims = append(op.Victims, rescue.Victim{
			ID:                 fmt.Sprintf("V%d", i+1),
			Name:               modelName,
			Gender:             rescue.Feminine,
			Age:                rescue.AgeBetween(18, 20),
			Nationality:        rescue.MustParseNationality("Malaysian"),
			OtherNationalities: []rescue.Nationality{rescue.MustParseNationality("Taiwanese")},
			TraffickingStatus:  rescue.PossibleVictimOfTrafficking,
			Status:             rescue.Rescued,
			Recruitment: rescue.Recruitment{
				When:    rescue.MustParseDate("2023-09"),
				Place:   rescue.Place{Locality: "Kuala Lumpur", Country: my},
				Methods: []rescue.RecruitmentMethod{rescue.DeceptiveJobOffer, rescue.ThroughOnlineSocialNetworks},
				Promise: "Casino work",
			},
			Controls:          []rescue.ControlMethod{rescue.FalsePromises, rescue.WithholdsDocuments},
			Exploitation:      []rescue.Exploitation{rescue.ForcedCriminality},
			LabourSector:      rescue.SectorHospitality,
			SexExploitation:   []rescue.SexExploitationType{rescue.Prostitution},
			RecruiterRelation: rescue.Friend,
			ConsularContact:   rescue.MustParseDate("2023-10-10"),
			Repatriation:      rescue.Repatriation{To: my, Status: rescue.Pending, When: rescue.MustParseDate("2023-11")},
			Recruiters:        []string{"S1"},
			Exploiters:        []string{"S1"},
			Destination:       pe,
			ExploitedIn:       pe,
		})
	}
	for i := range 2 {
		op.Suspects = append(op.Suspects, rescue.Suspect{
			ID:                 fmt.Sprintf("S%d", i+1),
			Name:               modelName,
			Gender:             rescue.Masculine,
			Age:                rescue.AgeYears(40),
			Nationality:        rescue.MustParseNationality("Taiwanese"),
			OtherNationalities: []rescue.Nationality{rescue.MustParseNationality("Peruvian")},
			Roles:              []rescue.Role{rescue.Exploiter, rescue.RecruiterOrIntermediary},
			Group:              "G1",
			Status:             rescue.Arrested,
			Arrested:           rescue.MustParsePeriod("2023-10-08"),
			Site:               "P1",
			Charges:            []rescue.Charge{{Offence: "trafficking", Statute: "Art. 153 CP", Date: rescue.MustParseDate("2023-10-10")}, {Offence: "extortion"}},
			Decisions: []rescue.CourtDecision{
				{Outcome: rescue.CourtPending, Date: rescue.MustParseDate("2023-10-11"), Court: "Lima Superior Court"},
				{Outcome: rescue.Convicted, Date: rescue.MustParseDate("2024-06"), Court: "Lima Superior Court",
					Sentence: rescue.Sentence{Years: 15, Months: 6}, Fine: rescue.MustParseReportedAmount("S/ 5,000")},
			},
		})
	}
	op.Evidence = []rescue.Evidence{
		{
			ID:          "E1",
			Kind:        rescue.Cash,
			Description: "Cash",
			Cash:        rescue.MustParseReportedAmount("more than US$10,000 (S$13,700)"),
			Seized:      rescue.MustParsePeriod("2023-10-07"),
			Site:        "P1",
			TakenFrom:   "S1",
		},
		{
			ID:          "E2",
			Kind:        rescue.MobilePhone,
			Description: "Cell phones",
			Quantity:    rescue.MustParseCount("numerous cell phones"),
			Seized:      rescue.MustParsePeriod("2023-10-07"),
			Site:        "P1",
			TakenFrom:   "V2",
			Custody: []rescue.CustodyEvent{
				{At: modelT0, Action: rescue.Seized, To: "Officer A", Location: "Lima", Note: "at the house"},
				{At: modelT0.Add(time.Hour), Action: rescue.Sealed, From: "Officer A", Seal: "SEAL-0001"},
				{At: modelT0.Add(24 * time.Hour), Action: rescue.Transferred, From: "Officer A", To: "Forensics lab", Location: "Lima"},
				{At: modelT0.Add(48 * time.Hour), When: rescue.MustParsePeriod("2023-10-09/2023-10-10"), Action: rescue.Examined, From: "Forensics lab", Seal: "sha256:00ff", Site: "P2"},
			},
		},
		{ID: "E3", Kind: rescue.BankCard, Quantity: rescue.Count{N: 12}},
		{ID: "E4", Kind: rescue.Vehicle, Quantity: rescue.Count{N: 2}, Value: rescue.MustParseReportedAmount("about S/ 80,000"),
			Seized: rescue.MustParsePeriod("2023-10-07/2023-10-08"), Site: "P2"},
	}
	return op
}

// modelWant is one problem a validation must report.
type modelWant struct {
	path string
	err  error
}

// modelProblems splits a validation error into its FieldErrors and the
// MoreErrors at the end, failing the test on anything else.
func modelProblems(t *testing.T, err error) ([]*rescue.FieldError, *rescue.MoreErrors) {
	t.Helper()
	if err == nil {
		return nil, nil
	}
	list, ok := err.(interface{ Unwrap() []error })
	if !ok {
		t.Fatalf("validation error %T is not a join: %v", err, err)
	}
	var fes []*rescue.FieldError
	var more *rescue.MoreErrors
	for i, e := range list.Unwrap() {
		switch e := e.(type) {
		case *rescue.FieldError:
			if more != nil {
				t.Fatalf("FieldError after MoreErrors: %v", e)
			}
			fes = append(fes, e)
		case *rescue.MoreErrors:
			if i != len(list.Unwrap())-1 {
				t.Fatalf("MoreErrors is not last")
			}
			more = e
		default:
			t.Fatalf("problem %d is a %T, not a *FieldError: %v", i, e, e)
		}
	}
	return fes, more
}

// modelCheck checks that err reports exactly want, in order.
func modelCheck(t *testing.T, err error, want []modelWant, reason string) {
	t.Helper()
	fes, more := modelProblems(t, err)
	if more != nil {
		t.Errorf("unexpected %v", more)
	}
	n := max(len(fes), len(want))
	for i := range n {
		switch {
		case i >= len(fes):
			t.Errorf("missing problem %d: %s (%v) (%s)", i, want[i].path, want[i].err, reason)
		case i >= len(want):
			t.Errorf("unexpected problem %d: %v (%s)", i, fes[i], reason)
		case fes[i].Path != want[i].path || !errors.Is(fes[i], want[i].err):
			t.Errorf("problem %d = %v (path %q); want path %q wrapping %v (%s)", i, fes[i], fes[i].Path, want[i].path, want[i].err, reason)
		default:
			if !strings.HasPrefix(fes[i].Error(), fes[i].Path+": ") {
				t.Errorf("problem %d: %q does not start with its path", i, fes[i].Error())
			}
		}
	}
}

func TestModelOpIsValid(t *testing.T) {
	t.Parallel()
	if err := modelOp().Validate(); err != nil {
		t.Fatalf("modelOp().Validate() = %v", err)
	}
}

var validateCases = []struct {
	name   string
	mutate func(op *rescue.Operation)
	want   []modelWant // nil: valid
	reason string
}{
	// IDs: present.
	{"op id missing", func(op *rescue.Operation) { op.ID = "" },
		[]modelWant{{"id", rescue.ErrRequired}}, "an operation needs an ID"},
	{"victim id missing", func(op *rescue.Operation) { op.Victims[3].ID = "" },
		[]modelWant{{"victims[3].id", rescue.ErrRequired}}, "a victim needs an ID"},
	{"suspect id missing", func(op *rescue.Operation) { op.Suspects[1].ID = "" },
		[]modelWant{{"suspects[1].id", rescue.ErrRequired}}, "a suspect needs an ID"},
	{"evidence id missing", func(op *rescue.Operation) { op.Evidence[2].ID = "" },
		[]modelWant{{"evidence[2].id", rescue.ErrRequired}}, "an exhibit needs a number"},
	{"group id missing", func(op *rescue.Operation) { op.Groups[0].ID = "" },
		[]modelWant{{"groups[0].id", rescue.ErrRequired}, {"suspects[0].group", rescue.ErrUnknownReference}, {"suspects[1].group", rescue.ErrUnknownReference},
			{"counts[2].group", rescue.ErrUnknownReference}},
		"a group needs an ID, and the references to it from suspects and tallies then name nothing"},
	// IDs: unique across kinds.
	{"ids distinct", func(op *rescue.Operation) { op.Victims[3].ID = "v1" },
		nil, "IDs are opaque and case-sensitive: v1 is not V1"},
	{"victim id twice", func(op *rescue.Operation) { op.Victims[3].ID = "V1" },
		[]modelWant{{"victims[3].id", rescue.ErrDuplicateID}}, "two victims with one ID; the second is reported"},
	{"suspect has victim id", func(op *rescue.Operation) { op.Suspects[1].ID = "V2" },
		[]modelWant{{"suspects[1].id", rescue.ErrDuplicateID}}, "IDs are unique across victims and suspects"},
	{"victim has group id", func(op *rescue.Operation) { op.Victims[0].ID = "G1" },
		[]modelWant{{"victims[0].id", rescue.ErrDuplicateID}}, "IDs are unique across groups and victims"},
	{"evidence has suspect id", func(op *rescue.Operation) { op.Evidence[0].ID = "S2" },
		[]modelWant{{"evidence[0].id", rescue.ErrDuplicateID}}, "IDs are unique across suspects and evidence"},
	{"evidence id twice", func(op *rescue.Operation) { op.Evidence[2].ID = "E1" },
		[]modelWant{{"evidence[2].id", rescue.ErrDuplicateID}}, "two exhibits with one number"},
	{"group id twice", func(op *rescue.Operation) {
		op.Groups = append(op.Groups, rescue.Group{ID: "G1", Name: "Other"})
	}, []modelWant{{"groups[1].id", rescue.ErrDuplicateID}}, "two groups with one ID"},
	// Suspect's group.
	{"no group", func(op *rescue.Operation) { op.Suspects[1].Group = "" },
		nil, "a suspect need not belong to a group"},
	{"unknown group", func(op *rescue.Operation) { op.Suspects[1].Group = "G9" },
		[]modelWant{{"suspects[1].group", rescue.ErrUnknownReference}}, "the group must be in the operation"},
	{"group names a victim", func(op *rescue.Operation) { op.Suspects[1].Group = "V1" },
		[]modelWant{{"suspects[1].group", rescue.ErrUnknownReference}}, "the group must be a Group, not a victim"},
	// Evidence taken from.
	{"taken from victim", func(op *rescue.Operation) { op.Evidence[2].TakenFrom = "V4" },
		nil, "evidence may be taken from a victim"},
	{"taken from suspect", func(op *rescue.Operation) { op.Evidence[2].TakenFrom = "S2" },
		nil, "evidence may be taken from a suspect"},
	{"taken from nobody", func(op *rescue.Operation) { op.Evidence[1].TakenFrom = "X" },
		[]modelWant{{"evidence[1].takenFrom", rescue.ErrUnknownReference}}, "TakenFrom names a person of the operation"},
	{"taken from group", func(op *rescue.Operation) { op.Evidence[1].TakenFrom = "G1" },
		[]modelWant{{"evidence[1].takenFrom", rescue.ErrUnknownReference}}, "a group is not a person"},
	{"taken from evidence", func(op *rescue.Operation) { op.Evidence[1].TakenFrom = "E1" },
		[]modelWant{{"evidence[1].takenFrom", rescue.ErrUnknownReference}}, "an exhibit is not a person"},
	// The operation's period.
	{"period within a month", func(op *rescue.Operation) {
		op.When = rescue.Period{Start: rescue.MustParseDate("2023-10"), End: rescue.MustParseDate("2023-10-05")}
	},
		nil, "an end within the start month is in order"},
	{"period open", func(op *rescue.Operation) { op.When = rescue.Period{Start: rescue.MustParseDate("2023-10-07")} },
		nil, "an open end is never out of order"},
	{"period reversed", func(op *rescue.Operation) {
		op.When = rescue.Period{Start: rescue.MustParseDate("2023-10-08"), End: rescue.MustParseDate("2023-10-07")}
	},
		[]modelWant{{"when", rescue.ErrOutOfOrder}}, "the end comes before the start"},
	// Recruitment not after the operation ended.
	{"recruited last day", func(op *rescue.Operation) { op.Victims[2].Recruitment.When = rescue.MustParseDate("2023-10-08") },
		nil, "recruited on the last day of the operation"},
	{"recruited that month", func(op *rescue.Operation) { op.Victims[2].Recruitment.When = rescue.MustParseDate("2023-10") },
		nil, "a month that starts before the operation ended may hold the recruitment"},
	{"recruited after", func(op *rescue.Operation) { op.Victims[2].Recruitment.When = rescue.MustParseDate("2023-10-09") },
		[]modelWant{{"victims[2].recruitment.when", rescue.ErrOutOfOrder}}, "recruited the day after the operation ended"},
	{"recruited year after", func(op *rescue.Operation) { op.Victims[0].Recruitment.When = rescue.MustParseDate("2024") },
		[]modelWant{{"victims[0].recruitment.when", rescue.ErrOutOfOrder}}, "recruited the year after"},
	{"recruited open end", func(op *rescue.Operation) {
		op.When.End = rescue.Date{}
		op.Victims[0].Recruitment.When = rescue.MustParseDate("2024")
	}, nil, "an operation with no end bounds nothing"},
	// Arrest not before the operation started.
	{"arrested first day", func(op *rescue.Operation) { op.Suspects[1].Arrested = rescue.MustParsePeriod("2023-10-07") },
		nil, "arrested on the first day"},
	{"arrested that month", func(op *rescue.Operation) { op.Suspects[1].Arrested = rescue.MustParsePeriod("2023-10") },
		nil, "a month that ends after the start may hold the arrest"},
	{"arrested before", func(op *rescue.Operation) { op.Suspects[1].Arrested = rescue.MustParsePeriod("2023-10-06") },
		[]modelWant{{"suspects[1].arrested", rescue.ErrOutOfOrder}}, "arrested the day before the operation"},
	{"arrested year before", func(op *rescue.Operation) { op.Suspects[0].Arrested = rescue.MustParsePeriod("2022") },
		[]modelWant{{"suspects[0].arrested", rescue.ErrOutOfOrder}}, "arrested the year before"},
	{"arrested open start", func(op *rescue.Operation) {
		op.When.Start = rescue.Date{}
		op.Suspects[0].Arrested = rescue.MustParsePeriod("2022")
	}, nil, "an operation with no start bounds nothing"},
	// Repatriation not before consular contact.
	{"repatriated same day", func(op *rescue.Operation) {
		op.Victims[3].Repatriation.When = rescue.MustParseDate("2023-10-10")
	}, nil, "repatriated the day of consular contact"},
	{"repatriated that month", func(op *rescue.Operation) {
		op.Victims[3].ConsularContact = rescue.MustParseDate("2023-10-20")
		op.Victims[3].Repatriation.When = rescue.MustParseDate("2023-10")
	}, nil, "a month that ends after the contact may hold the repatriation"},
	{"repatriated before contact", func(op *rescue.Operation) {
		op.Victims[3].ConsularContact = rescue.MustParseDate("2023-10-20")
		op.Victims[3].Repatriation.When = rescue.MustParseDate("2023-10-19")
	}, []modelWant{{"victims[3].repatriation.when", rescue.ErrOutOfOrder}}, "repatriated the day before the embassy met them"},
	{"repatriated no contact", func(op *rescue.Operation) {
		op.Victims[3].ConsularContact = rescue.Date{}
		op.Victims[3].Repatriation.When = rescue.MustParseDate("2020")
	}, nil, "no consular contact recorded bounds nothing"},
	// A repatriated victim has a destination.
	{"repatriated with destination", func(op *rescue.Operation) { op.Victims[1].Status = rescue.Repatriated },
		nil, "a repatriated victim with a destination"},
	{"repatriated nowhere", func(op *rescue.Operation) {
		op.Victims[1].Status = rescue.Repatriated
		op.Victims[1].Repatriation.To = rescue.Country{}
	}, []modelWant{{"victims[1].repatriation.to", rescue.ErrRequired}}, "a repatriated victim needs a destination"},
	{"rescued nowhere", func(op *rescue.Operation) { op.Victims[1].Repatriation = rescue.Repatriation{} },
		nil, "a victim not repatriated needs no destination"},
	// Cash.
	{"cash zero amount", func(op *rescue.Operation) { op.Evidence[0].Cash = rescue.MustParseReportedAmount("US$0") },
		nil, "an amount of 0 is recorded and not negative"},
	{"cash missing", func(op *rescue.Operation) { op.Evidence[0].Cash = rescue.ReportedAmount{} },
		[]modelWant{{"evidence[0].cash", rescue.ErrRequired}}, "cash evidence needs its amount"},
	{"cash negative", func(op *rescue.Operation) { op.Evidence[0].Cash.Amount = rescue.MustParseMoney("US$10,000").Neg() },
		[]modelWant{{"evidence[0].cash.amount", rescue.ErrNegative}}, "a negative amount of cash"},
	{"cash negative equivalent", func(op *rescue.Operation) {
		op.Evidence[0].Cash.Equivalents = []rescue.ReportedAmount{{Amount: rescue.MustParseMoney("S$13,700").Neg()}}
	}, []modelWant{{"evidence[0].cash.equivalents[0]", rescue.ErrNegative}}, "a negative equivalent"},
	{"cash equivalent same currency", func(op *rescue.Operation) {
		op.Evidence[0].Cash.Equivalents = []rescue.ReportedAmount{{Amount: rescue.MustParseMoney("S$13,700")}, {Amount: rescue.MustParseMoney("US$1")}}
	}, []modelWant{{"evidence[0].cash.equivalents[1]", rescue.ErrCurrencyMismatch}}, "an equivalent in the value's own currency, at its full path"},
	{"cash equivalent no currency", func(op *rescue.Operation) {
		op.Evidence[0].Cash.Equivalents = []rescue.ReportedAmount{{}}
	}, []modelWant{{"evidence[0].cash.equivalents[0]", rescue.ErrRequired}}, "an equivalent with no currency"},
	{"cash bad qualifier", func(op *rescue.Operation) { op.Evidence[0].Cash.Qualifier = 9 },
		[]modelWant{{"evidence[0].cash.qualifier", rescue.ErrInvalid}}, "an unknown qualifier, at its full path"},
	{"cash on phones", func(op *rescue.Operation) { op.Evidence[1].Cash = rescue.MustParseReportedAmount("US$5") },
		[]modelWant{{"evidence[1].cash", rescue.ErrInvalid}}, "only cash evidence carries an amount"},
	// Quantities.
	{"quantity zero", func(op *rescue.Operation) { op.Evidence[1].Quantity = rescue.Count{} },
		nil, "a zero quantity is none recorded"},
	{"quantity negative", func(op *rescue.Operation) { op.Evidence[1].Quantity.N = -1 },
		[]modelWant{{"evidence[1].quantity", rescue.ErrNegative}}, "a negative quantity"},
	{"quantity bad qualifier", func(op *rescue.Operation) { op.Evidence[1].Quantity.Qualifier = 9 },
		[]modelWant{{"evidence[1].quantity", rescue.ErrInvalid}}, "a count whose qualifier is none of the four"},
	{"people negative", func(op *rescue.Operation) { op.Triggers[0].People.N = -2 },
		[]modelWant{{"triggers[0].people", rescue.ErrNegative}}, "a negative number of people"},
	// Chain of custody.
	{"custody empty", func(op *rescue.Operation) { op.Evidence[1].Custody = nil },
		nil, "no chain of custody recorded"},
	{"custody same time", func(op *rescue.Operation) { op.Evidence[1].Custody[1].At = modelT0 },
		nil, "two events at the same instant are in order"},
	{"custody ends destroyed", func(op *rescue.Operation) {
		op.Evidence[1].Custody = append(op.Evidence[1].Custody, rescue.CustodyEvent{At: modelT0.Add(72 * time.Hour), Action: rescue.Destroyed})
	}, nil, "a chain may end in Destroyed"},
	{"custody out of order", func(op *rescue.Operation) { op.Evidence[1].Custody[2].At = modelT0.Add(30 * time.Minute) },
		[]modelWant{{"evidence[1].custody[2].at", rescue.ErrOutOfOrder}}, "the transfer is dated before the sealing above it"},
	{"custody out of order past a gap", func(op *rescue.Operation) {
		op.Evidence[1].Custody[2].At = time.Time{}
		op.Evidence[1].Custody[3].At = modelT0.Add(30 * time.Minute)
		op.Evidence[1].Custody[3].When = rescue.Period{}
	}, []modelWant{{"evidence[1].custody[2].at", rescue.ErrRequired}, {"evidence[1].custody[3].at", rescue.ErrOutOfOrder}},
		"an undated event does not hide that the next one is before the sealing"},
	{"custody no time", func(op *rescue.Operation) { op.Evidence[1].Custody[0].At = time.Time{} },
		[]modelWant{{"evidence[1].custody[0].at", rescue.ErrRequired}}, "every event has a time"},
	{"custody first not seized", func(op *rescue.Operation) { op.Evidence[1].Custody[0].Action = rescue.Examined },
		[]modelWant{{"evidence[1].custody[0].action", rescue.ErrInvalid}}, "the chain opens with Seized"},
	{"custody no action", func(op *rescue.Operation) { op.Evidence[1].Custody[1].Action = 0 },
		[]modelWant{{"evidence[1].custody[1].action", rescue.ErrRequired}}, "every event has an action"},
	{"custody bad action", func(op *rescue.Operation) { op.Evidence[1].Custody[1].Action = 99 },
		[]modelWant{{"evidence[1].custody[1].action", rescue.ErrInvalid}}, "an unknown action"},
	{"custody after returned", func(op *rescue.Operation) { op.Evidence[1].Custody[1].Action = rescue.Returned },
		[]modelWant{{"evidence[1].custody[2].action", rescue.ErrOutOfOrder}, {"evidence[1].custody[3].action", rescue.ErrOutOfOrder}},
		"nothing happens to an item after it is returned: every later event is reported"},
	{"custody after released", func(op *rescue.Operation) {
		op.Evidence[1].Custody[2] = rescue.CustodyEvent{At: modelT0.Add(24 * time.Hour), Action: rescue.Released}
	},
		[]modelWant{{"evidence[1].custody[3].action", rescue.ErrOutOfOrder}}, "nothing after Released"},
	{"custody after destroyed", func(op *rescue.Operation) {
		op.Evidence[1].Custody[2] = rescue.CustodyEvent{At: modelT0.Add(24 * time.Hour), Action: rescue.Destroyed}
	},
		[]modelWant{{"evidence[1].custody[3].action", rescue.ErrOutOfOrder}}, "nothing after Destroyed"},
	{"custody transfer to nobody", func(op *rescue.Operation) { op.Evidence[1].Custody[2].To = "" },
		[]modelWant{{"evidence[1].custody[2].to", rescue.ErrRequired}}, "a transfer names who received the item"},
	// Vocabulary codes.
	{"gender invalid", func(op *rescue.Operation) { op.Victims[3].Gender = 99 },
		[]modelWant{{"victims[3].gender", rescue.ErrInvalid}}, "an unknown gender code"},
	{"gender unrecorded", func(op *rescue.Operation) { op.Victims[3].Gender = 0; op.Suspects[0].Gender = 0 },
		nil, "the zero code is not recorded, which is valid"},
	{"trafficking status invalid", func(op *rescue.Operation) { op.Victims[0].TraffickingStatus = 99 },
		[]modelWant{{"victims[0].traffickingStatus", rescue.ErrInvalid}}, "an unknown trafficking status"},
	{"status invalid", func(op *rescue.Operation) { op.Victims[0].Status = 99 },
		[]modelWant{{"victims[0].status", rescue.ErrInvalid}}, "an unknown victim status"},
	{"labour sector invalid", func(op *rescue.Operation) { op.Victims[0].LabourSector = 99 },
		[]modelWant{{"victims[0].labourSector", rescue.ErrInvalid}}, "an unknown labour sector"},
	{"recruiter relation invalid", func(op *rescue.Operation) { op.Victims[0].RecruiterRelation = 99 },
		[]modelWant{{"victims[0].recruiterRelation", rescue.ErrInvalid}}, "an unknown recruiter relation"},
	{"control invalid", func(op *rescue.Operation) { op.Victims[2].Controls[1] = 200 },
		[]modelWant{{"victims[2].controls[1]", rescue.ErrInvalid}}, "an unknown means of control"},
	{"control empty", func(op *rescue.Operation) { op.Victims[2].Controls[0] = 0 },
		[]modelWant{{"victims[2].controls[0]", rescue.ErrRequired}}, "an empty code in a list"},
	{"exploitation invalid", func(op *rescue.Operation) { op.Victims[1].Exploitation[0] = 99 },
		[]modelWant{{"victims[1].exploitation[0]", rescue.ErrInvalid}}, "an unknown exploitation"},
	{"sex exploitation invalid", func(op *rescue.Operation) { op.Victims[1].SexExploitation[0] = 99 },
		[]modelWant{{"victims[1].sexExploitation[0]", rescue.ErrInvalid}}, "an unknown sexual exploitation type"},
	{"recruitment method invalid", func(op *rescue.Operation) { op.Victims[1].Recruitment.Methods[1] = 99 },
		[]modelWant{{"victims[1].recruitment.methods[1]", rescue.ErrInvalid}}, "an unknown recruitment method"},
	{"repatriation status invalid", func(op *rescue.Operation) { op.Victims[1].Repatriation.Status = 99 },
		[]modelWant{{"victims[1].repatriation.status", rescue.ErrInvalid}}, "an unknown repatriation status"},
	{"role invalid", func(op *rescue.Operation) { op.Suspects[0].Roles[1] = 99 },
		[]modelWant{{"suspects[0].roles[1]", rescue.ErrInvalid}}, "an unknown role"},
	{"suspect gender invalid", func(op *rescue.Operation) { op.Suspects[1].Gender = 99 },
		[]modelWant{{"suspects[1].gender", rescue.ErrInvalid}}, "an unknown gender code"},
	{"evidence kind invalid", func(op *rescue.Operation) { op.Evidence[2].Kind = 99 },
		[]modelWant{{"evidence[2].kind", rescue.ErrInvalid}}, "an unknown evidence kind"},
	{"evidence kind missing", func(op *rescue.Operation) { op.Evidence[2].Kind = 0 },
		[]modelWant{{"evidence[2].kind", rescue.ErrRequired}}, "an exhibit has a kind"},
	{"trigger kind invalid", func(op *rescue.Operation) { op.Triggers[1].Kind = 99 },
		[]modelWant{{"triggers[1].kind", rescue.ErrInvalid}}, "an unknown trigger kind"},
	// Places, agencies, triggers.
	{"empty entries", func(op *rescue.Operation) {
		op.Places = append(op.Places, rescue.Place{})
		op.Agencies = append(op.Agencies, rescue.Agency{})
		op.Triggers = append(op.Triggers, rescue.Trigger{})
		op.Sources = append(op.Sources, rescue.Source{})
	}, []modelWant{{"agencies[2]", rescue.ErrRequired}, {"triggers[2]", rescue.ErrRequired}, {"places[2]", rescue.ErrRequired},
		{"sources[1]", rescue.ErrRequired}},
		"an entry that records nothing says nothing: refused, so that a file of empty entries costs no more than its first 1,000 problems"},
	{"place id twice", func(op *rescue.Operation) { op.Places[1].ID = "P1" },
		[]modelWant{{"places[1].id", rescue.ErrDuplicateID}, {"evidence[1].custody[3].site", rescue.ErrUnknownReference},
			{"evidence[3].site", rescue.ErrUnknownReference}},
		"two places cannot share an ID; the references to P2 then name nothing"},
	{"place id of a victim", func(op *rescue.Operation) { op.Places[1].ID = "V1" },
		[]modelWant{{"victims[0].id", rescue.ErrDuplicateID}, {"evidence[1].custody[3].site", rescue.ErrUnknownReference},
			{"evidence[3].site", rescue.ErrUnknownReference}},
		"a place and a victim cannot share an ID; the custody step's site P2 then names nothing"},
	{"place without id", func(op *rescue.Operation) { op.Places = append(op.Places, rescue.Place{Locality: "Tacna"}) },
		nil, "a place needs an ID only to be referred to"},
	{"suspect site unknown", func(op *rescue.Operation) { op.Suspects[0].Site = "P9" },
		[]modelWant{{"suspects[0].site", rescue.ErrUnknownReference}}, "a site names a place of the operation"},
	{"suspect site is a group", func(op *rescue.Operation) { op.Suspects[0].Site = "G1" },
		[]modelWant{{"suspects[0].site", rescue.ErrUnknownReference}}, "a site names a place, not a group"},
	{"evidence site unknown", func(op *rescue.Operation) { op.Evidence[3].Site = "P9" },
		[]modelWant{{"evidence[3].site", rescue.ErrUnknownReference}}, "a site names a place of the operation"},
	{"agency part invalid", func(op *rescue.Operation) { op.Agencies[1].Part = 99 },
		[]modelWant{{"agencies[1].part", rescue.ErrInvalid}}, "an unknown agency part"},
	{"two lead agencies", func(op *rescue.Operation) { op.Agencies[1].Part = rescue.LeadAgency },
		nil, "joint operations have joint leads"},
	// Suspects: status, arrest, charges, decisions.
	{"arrest date without status", func(op *rescue.Operation) { op.Suspects[0].Status = 0 },
		[]modelWant{{"suspects[0].status", rescue.ErrRequired}}, "an arrest date says nothing without a status"},
	{"in custody arrested earlier", func(op *rescue.Operation) {
		op.Suspects[0].Status = rescue.InCustody
		op.Suspects[0].Arrested = rescue.MustParsePeriod("2022")
	}, nil, "a suspect already in custody was arrested before the operation"},
	{"arrested before the operation", func(op *rescue.Operation) { op.Suspects[0].Arrested = rescue.MustParsePeriod("2022") },
		[]modelWant{{"suspects[0].arrested", rescue.ErrOutOfOrder}}, "arrested in the operation, before it started"},
	{"arrest span", func(op *rescue.Operation) { op.Suspects[0].Arrested = rescue.MustParsePeriod("2023-10-07/2023-10-08") },
		nil, "an arrest over the weekend is recorded as a span"},
	{"at large, no date", func(op *rescue.Operation) {
		op.Suspects[1].Status = rescue.AtLarge
		op.Suspects[1].Arrested = rescue.Period{}
	}, nil, "a suspect at large has no arrest date"},
	{"status invalid", func(op *rescue.Operation) { op.Suspects[1].Status = 99 },
		[]modelWant{{"suspects[1].status", rescue.ErrInvalid}}, "an unknown suspect status"},
	{"charge without offence", func(op *rescue.Operation) { op.Suspects[0].Charges[0].Offence = "" },
		[]modelWant{{"suspects[0].charges[0].offence", rescue.ErrRequired}}, "a charge names its offence"},
	{"decision without outcome", func(op *rescue.Operation) { op.Suspects[0].Decisions[0].Outcome = 0 },
		[]modelWant{{"suspects[0].decisions[0].outcome", rescue.ErrRequired}}, "a decision has an outcome"},
	{"sentence without conviction", func(op *rescue.Operation) { op.Suspects[0].Decisions[1].Outcome = rescue.Acquitted },
		[]modelWant{{"suspects[0].decisions[1].sentence", rescue.ErrInvalid}, {"suspects[0].decisions[1].fine", rescue.ErrInvalid}},
		"an acquittal carries no sentence and no fine"},
	{"life and years", func(op *rescue.Operation) { op.Suspects[0].Decisions[1].Sentence.Life = true },
		[]modelWant{{"suspects[0].decisions[1].sentence.life", rescue.ErrInvalid}}, "a sentence is a term or life, not both"},
	{"negative sentence", func(op *rescue.Operation) { op.Suspects[0].Decisions[1].Sentence.Months = -1 },
		[]modelWant{{"suspects[0].decisions[1].sentence.months", rescue.ErrNegative}}, "a term is not negative"},
	{"eighteen months", func(op *rescue.Operation) { op.Suspects[0].Decisions[1].Sentence = rescue.Sentence{Months: 18} },
		nil, "a term is kept as the court gave it"},
	{"decisions out of order", func(op *rescue.Operation) { op.Suspects[0].Decisions[1].Date = rescue.MustParseDate("2023-09") },
		[]modelWant{{"suspects[0].decisions[1].date", rescue.ErrOutOfOrder}}, "decisions are in time order"},
	{"fine negative", func(op *rescue.Operation) {
		op.Suspects[0].Decisions[1].Fine = rescue.ReportedAmount{Amount: rescue.MustParseMoney("PEN 5").Neg()}
	}, []modelWant{{"suspects[0].decisions[1].fine.amount", rescue.ErrNegative}}, "a fine is not negative"},
	// Victims: references and countries.
	{"recruiter unknown", func(op *rescue.Operation) { op.Victims[0].Recruiters = []string{"S9"} },
		[]modelWant{{"victims[0].recruiters[0]", rescue.ErrUnknownReference}}, "a recruiter is a suspect of the operation"},
	{"exploiter is a victim", func(op *rescue.Operation) { op.Victims[0].Exploiters = []string{"V2"} },
		[]modelWant{{"victims[0].exploiters[0]", rescue.ErrUnknownReference}}, "an exploiter is a suspect, not a victim"},
	{"recruiter empty", func(op *rescue.Operation) { op.Victims[0].Recruiters = []string{""} },
		[]modelWant{{"victims[0].recruiters[0]", rescue.ErrRequired}}, "an empty reference in a list"},
	{"intercepted", func(op *rescue.Operation) { op.Victims[0].Status = rescue.Intercepted },
		nil, "a victim stopped before exploitation"},
	// Evidence value and custody dates.
	{"value on cash", func(op *rescue.Operation) { op.Evidence[0].Value = rescue.MustParseReportedAmount("US$5") },
		[]modelWant{{"evidence[0].value", rescue.ErrInvalid}}, "cash's amount is its value"},
	{"value negative", func(op *rescue.Operation) {
		op.Evidence[3].Value = rescue.ReportedAmount{Amount: rescue.MustParseMoney("PEN 5").Neg()}
	}, []modelWant{{"evidence[3].value.amount", rescue.ErrNegative}}, "a value is not negative"},
	{"custody date only", func(op *rescue.Operation) {
		op.Evidence[1].Custody[3].At = time.Time{}
	}, nil, "a custody step may have only the date reported"},
	{"custody at outside when", func(op *rescue.Operation) {
		op.Evidence[1].Custody[3].When = rescue.MustParsePeriod("2023-11")
	}, []modelWant{{"evidence[1].custody[3].at", rescue.ErrInvalid}}, "the instant falls within the reported date"},
	{"custody span out of order", func(op *rescue.Operation) {
		op.Evidence[1].Custody[3].At = time.Time{}
		op.Evidence[1].Custody[3].When = rescue.MustParsePeriod("2023-10-01/2023-10-05")
	}, []modelWant{{"evidence[1].custody[3].at", rescue.ErrOutOfOrder}}, "a span that ends before an event above it"},
	// Text and IDs.
	{"id with a newline", func(op *rescue.Operation) { op.Victims[0].ID = "V\n1" },
		[]modelWant{{"victims[0].id", rescue.ErrInvalid}}, "an ID has no control characters"},
	{"id too long", func(op *rescue.Operation) { op.Evidence[2].ID = strings.Repeat("E", rescue.MaxIDBytes+1) },
		[]modelWant{{"evidence[2].id", rescue.ErrInvalid}}, "an ID is at most MaxIDBytes"},
	{"id with spaces around", func(op *rescue.Operation) { op.Groups[0].ID = " G1" },
		[]modelWant{{"groups[0].id", rescue.ErrInvalid}, {"suspects[0].group", rescue.ErrUnknownReference},
			{"suspects[1].group", rescue.ErrUnknownReference}, {"counts[2].group", rescue.ErrUnknownReference}},
		"white space around an ID would not survive a spreadsheet"},
	{"name with a carriage return", func(op *rescue.Operation) { op.Victims[1].Name = "Siti\r\nAminah" },
		[]modelWant{{"victims[1].name", rescue.ErrInvalid}}, "a CR would not survive a CSV round trip"},
	{"note with a line feed", func(op *rescue.Operation) { op.Triggers[0].Note = "Two women escaped.\nThey called the police." },
		nil, "free text may have line breaks"},
	{"bidi override in a promise", func(op *rescue.Operation) { op.Victims[1].Recruitment.Promise = "work \u202e in Lima" },
		[]modelWant{{"victims[1].recruitment.promise", rescue.ErrInvalid}}, "text that displays other than it reads"},
	{"invalid UTF-8 in a description", func(op *rescue.Operation) { op.Evidence[1].Description = "\xff" },
		[]modelWant{{"evidence[1].description", rescue.ErrInvalid}}, "not UTF-8"},
	{"zero-width joiner in a name", func(op *rescue.Operation) { op.Victims[1].Name = "\u0645\u200c\u0647" },
		nil, "some scripts need joiners"},
	// Tallies.
	{"tally without of", func(op *rescue.Operation) { op.Counts[0].Of = 0 },
		[]modelWant{{"counts[0].of", rescue.ErrRequired}}, "a tally counts victims or suspects"},
	{"tally suspect status on victims", func(op *rescue.Operation) { op.Counts[1].SuspectStatus = rescue.AtLarge },
		[]modelWant{{"counts[1].status", rescue.ErrInvalid}}, "a victims' tally takes a victim status"},
	{"tally victim field on suspects", func(op *rescue.Operation) {
		op.Counts[2].Exploitation = []rescue.Exploitation{rescue.ForcedLabour}
	}, []modelWant{{"counts[2].exploitation", rescue.ErrInvalid}}, "exploitation describes victims"},
	{"tally suspect field on victims", func(op *rescue.Operation) { op.Counts[0].Group = "G1" },
		[]modelWant{{"counts[0].group", rescue.ErrInvalid}}, "a group describes suspects"},
	{"tally unknown source", func(op *rescue.Operation) { op.Counts[0].Source = "https://example.org/other" },
		[]modelWant{{"counts[0].source", rescue.ErrUnknownReference}}, "a source is one of the operation's"},
	{"narrower exceeds wider", func(op *rescue.Operation) { op.Counts[3].Count = rescue.MustParseCount("9") },
		[]modelWant{{"counts[3].count", rescue.ErrInvalid}},
		"nine Taiwanese arrested out of eight arrested: the narrower tally exceeds the wider (reported once: a breakdown of one part is that narrower tally)"},
	{"narrower lower bound within wider", func(op *rescue.Operation) { op.Counts[3].Count = rescue.MustParseCount("at least 7") },
		nil, "at least 7 of 8"},
	{"estimate never contradicts", func(op *rescue.Operation) { op.Counts[3].Count = rescue.MustParseCount("about 9") },
		nil, "an estimate is no bound"},
	{"breakdown adds up past the total", func(op *rescue.Operation) {
		op.Counts = append(op.Counts, rescue.Tally{Of: rescue.OfSuspects, SuspectStatus: rescue.Arrested,
			Nationality: rescue.MustParseNationality("PE"), Count: rescue.MustParseCount("3")})
	}, []modelWant{{"counts[2].count", rescue.ErrInvalid}}, "six Taiwanese and three Peruvians are more than eight arrested"},
	{"breakdown within the total", func(op *rescue.Operation) {
		op.Counts = append(op.Counts, rescue.Tally{Of: rescue.OfSuspects, SuspectStatus: rescue.Arrested,
			Nationality: rescue.MustParseNationality("PE"), Count: rescue.MustParseCount("2")})
	}, nil, "six Taiwanese and two Peruvians are the eight arrested"},
	{"same figure twice disagrees", func(op *rescue.Operation) {
		op.Counts = append(op.Counts, rescue.Tally{Of: rescue.OfVictims, VictimStatus: rescue.Rescued,
			Count: rescue.MustParseCount("45"), Source: "https://example.org/r"})
	}, []modelWant{{"counts[4].count", rescue.ErrInvalid}}, "one source cannot say 44 and 45 rescued"},
	{"two sources disagree", func(op *rescue.Operation) {
		op.Sources = append(op.Sources, rescue.Source{URL: "https://example.net/other"})
		op.Counts = append(op.Counts, rescue.Tally{Of: rescue.OfVictims, VictimStatus: rescue.Rescued,
			Count: rescue.MustParseCount("46"), Source: "https://example.net/other"})
	}, nil, "two sources may disagree: both figures are kept"},
	{"records exceed the tally", func(op *rescue.Operation) { op.Counts[0].Count = rescue.MustParseCount("3") },
		[]modelWant{{"counts[0].count", rescue.ErrInvalid}}, "four rescued victim records against three rescued"},
	{"records within the widest source", func(op *rescue.Operation) {
		op.Counts[0].Count = rescue.MustParseCount("3")
		op.Sources = append(op.Sources, rescue.Source{URL: "https://example.net/other"})
		op.Counts = append(op.Counts, rescue.Tally{Of: rescue.OfVictims, VictimStatus: rescue.Rescued,
			Count: rescue.MustParseCount("5"), Source: "https://example.net/other"})
	}, nil, "records are held to the most generous of the sources"},
	{"records fewer than a lower bound", func(op *rescue.Operation) { op.Counts[0].Count = rescue.MustParseCount("more than 200") },
		nil, "records may be partial"},
	{"age tally exceeded by records", func(op *rescue.Operation) {
		op.Counts = append(op.Counts, rescue.Tally{Of: rescue.OfVictims, Age: rescue.AgeBetween(18, 25), Count: rescue.MustParseCount("2")})
	}, []modelWant{{"counts[4].count", rescue.ErrInvalid}}, "four victims aged 18-20 are more than two aged 18-25"},
	{"age tally not matching records", func(op *rescue.Operation) {
		op.Counts = append(op.Counts, rescue.Tally{Of: rescue.OfVictims, Age: rescue.AgeBetween(0, 17), Count: rescue.MustParseCount("2")})
	}, nil, "no record is a minor"},
	{"nested ages within the total", func(op *rescue.Operation) {
		op.Counts = append(op.Counts, ageTallies("12", "", "10", "0-17", "5", "13-15", "2", "0-5")...)
	}, nil, "five aged 13-15 and two aged 0-5 are among the ten minors: ten of twelve, not seventeen"},
	{"ages apart past the total", func(op *rescue.Operation) {
		op.Counts = append(op.Counts, ageTallies("12", "", "10", "0-9", "5", "10-17")...)
	}, []modelWant{{"counts[4].count", rescue.ErrInvalid}}, "ten aged 0-9 and five aged 10-17 are more than twelve"},
	{"an age within a wider one counts more", func(op *rescue.Operation) {
		op.Counts = append(op.Counts, ageTallies("10", "0-17", "20", "13-15")...)
	}, []modelWant{{"counts[5].count", rescue.ErrInvalid}}, "twenty aged 13-15 are more than ten aged 0-17"},
	// Lists of countries.
	{"other nationality empty", func(op *rescue.Operation) {
		op.Victims[0].OtherNationalities = append(op.Victims[0].OtherNationalities, rescue.Nationality{})
	},
		[]modelWant{{"victims[0].otherNationalities[1]", rescue.ErrRequired}}, "an empty nationality in a list"},
	{"suspect other nationality empty", func(op *rescue.Operation) { op.Suspects[1].OtherNationalities[0] = rescue.Nationality{} },
		[]modelWant{{"suspects[1].otherNationalities[0]", rescue.ErrRequired}}, "an empty nationality in a list"},
	{"scheme target empty", func(op *rescue.Operation) { op.SchemeTargets[1] = rescue.Country{} },
		[]modelWant{{"schemeTargets[1]", rescue.ErrRequired}}, "an empty country in a list"},
	// Everything at once.
	{"all at once", func(op *rescue.Operation) {
		op.ID = ""
		op.Victims[3].Gender = 99
		op.Victims[2].ID = "V1"
		op.Suspects[1].Group = "G9"
		op.Evidence[1].Quantity.N = -3
		op.Evidence[1].Custody[2].At = modelT0
		op.Evidence[1].Custody[3].To = ""
		op.Evidence[1].Custody[3].Action = rescue.Transferred
		op.SchemeTargets[0] = rescue.Country{}
	}, []modelWant{
		{"id", rescue.ErrRequired},
		{"victims[2].id", rescue.ErrDuplicateID},
		{"victims[3].gender", rescue.ErrInvalid},
		{"suspects[1].group", rescue.ErrUnknownReference},
		{"evidence[1].quantity", rescue.ErrNegative},
		{"evidence[1].custody[2].at", rescue.ErrOutOfOrder},
		{"evidence[1].custody[3].to", rescue.ErrRequired},
		{"schemeTargets[0]", rescue.ErrRequired},
	}, "every problem is reported at once, in the order of the record"},
}

func TestOperationValidate(t *testing.T) {
	t.Parallel()
	for _, tc := range validateCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			op := modelOp()
			tc.mutate(op)
			modelCheck(t, op.Validate(), tc.want, tc.reason)
		})
	}
}

func TestValidateZeroOperation(t *testing.T) {
	t.Parallel()
	var op rescue.Operation
	modelCheck(t, op.Validate(), []modelWant{{"id", rescue.ErrRequired}}, "the zero Operation lacks only its ID")
}

func TestValidateCap(t *testing.T) {
	t.Parallel()
	op := &rescue.Operation{ID: "OP"}
	for range 1501 {
		op.Victims = append(op.Victims, rescue.Victim{ID: "V"})
	}
	err := op.Validate()
	fes, more := modelProblems(t, err)
	if len(fes) != 1000 || more == nil || more.N != 500 {
		t.Fatalf("1,500 duplicate IDs gave %d FieldErrors and %v; want 1,000 and MoreErrors{500}", len(fes), more)
	}
	for i, fe := range fes {
		if want := fmt.Sprintf("victims[%d].id", i+1); fe.Path != want || !errors.Is(fe, rescue.ErrDuplicateID) {
			t.Fatalf("problem %d = %v; want %s: duplicate ID", i, fe, want)
		}
	}
	var m *rescue.MoreErrors
	if !errors.As(err, &m) || m.N != 500 {
		t.Errorf("errors.As(err, *MoreErrors) = %v", m)
	}
	// The text names the first ten problems and counts every other one,
	// kept or dropped: 1,500 in all.
	if msg := err.Error(); !strings.HasSuffix(msg, "\nand 1490 more problems") || strings.Count(msg, "\n") != 10 {
		t.Errorf("message ends %q (%d lines); want ten problems and how many more", msg[max(0, len(msg)-60):], strings.Count(msg, "\n")+1)
	}
	if !errors.Is(err, rescue.ErrDuplicateID) {
		t.Error("errors.Is(err, ErrDuplicateID) = false")
	}
}

func TestValidateStandalone(t *testing.T) {
	t.Parallel()
	t.Run("victim", func(t *testing.T) {
		t.Parallel()
		v := modelOp().Victims[0]
		if err := v.Validate(); err != nil {
			t.Fatalf("valid victim: %v", err)
		}
		v.ID = ""
		v.Gender = 99
		v.Recruitment.Methods[0] = 0
		v.Status = rescue.Repatriated
		v.Repatriation = rescue.Repatriation{When: rescue.MustParseDate("2023-10-01")}
		modelCheck(t, v.Validate(), []modelWant{
			{"id", rescue.ErrRequired},
			{"gender", rescue.ErrInvalid},
			{"recruitment.methods[0]", rescue.ErrRequired},
			{"repatriation.when", rescue.ErrOutOfOrder},
			{"repatriation.to", rescue.ErrRequired},
		}, "a victim's own paths are relative to it")
	})
	t.Run("suspect", func(t *testing.T) {
		t.Parallel()
		s := modelOp().Suspects[0]
		s.Group = "a group no one knows" // not checked on its own
		if err := s.Validate(); err != nil {
			t.Fatalf("valid suspect: %v", err)
		}
		s.ID = ""
		s.Roles[0] = 99
		s.OtherNationalities[0] = rescue.Nationality{}
		modelCheck(t, s.Validate(), []modelWant{
			{"id", rescue.ErrRequired},
			{"roles[0]", rescue.ErrInvalid},
			{"otherNationalities[0]", rescue.ErrRequired},
		}, "a suspect's own paths are relative to it")
	})
	t.Run("evidence", func(t *testing.T) {
		t.Parallel()
		e := modelOp().Evidence[1]
		e.TakenFrom = "nobody" // not checked on its own
		if err := e.Validate(); err != nil {
			t.Fatalf("valid evidence: %v", err)
		}
		e.ID = ""
		e.Quantity.N = -1
		e.Custody[2].At = modelT0.Add(-time.Hour)
		e.Custody[2].To = ""
		modelCheck(t, e.Validate(), []modelWant{
			{"id", rescue.ErrRequired},
			{"quantity", rescue.ErrNegative},
			{"custody[2].at", rescue.ErrOutOfOrder},
			{"custody[2].to", rescue.ErrRequired},
		}, "an exhibit's own paths are relative to it")
		cash := modelOp().Evidence[0]
		cash.Cash.Equivalents = append(cash.Cash.Equivalents, rescue.ReportedAmount{Amount: rescue.MustParseMoney("S$1").Neg()})
		modelCheck(t, cash.Validate(), []modelWant{
			{"cash.equivalents[1]", rescue.ErrInvalid},
			{"cash.equivalents[1]", rescue.ErrNegative},
		}, "a second equivalent in SGD, and a negative one")
	})
}

func TestFieldError(t *testing.T) {
	t.Parallel()
	fe := &rescue.FieldError{Path: "victims[3].nationality", Err: rescue.ErrRequired}
	if fe.Error() != "victims[3].nationality: required" || !errors.Is(fe, rescue.ErrRequired) {
		t.Errorf("FieldError = %q", fe)
	}
	fe = &rescue.FieldError{Err: rescue.ErrInvalid}
	if fe.Error() != "invalid" {
		t.Errorf("FieldError with no path = %q", fe)
	}
	if (&rescue.MoreErrors{N: 3}).Error() != "and 3 more problems" {
		t.Errorf("MoreErrors = %q", &rescue.MoreErrors{N: 3})
	}
}

// TestValidateAllocs pins that validating valid victims allocates
// nothing per victim: the same for 100 as for 1,000.
func TestValidateAllocs(t *testing.T) {
	small, large := modelBenchOp(100), modelBenchOp(1000)
	if err := large.Validate(); err != nil {
		t.Fatal(err)
	}
	a := testing.AllocsPerRun(20, func() { _ = small.Validate() })
	b := testing.AllocsPerRun(20, func() { _ = large.Validate() })
	if a != b || b > 1 {
		t.Errorf("Validate allocates %v times for 100 victims and %v for 1,000; want the same few", a, b)
	}
	v := &large.Victims[0]
	if n := testing.AllocsPerRun(100, func() { _ = v.Validate() }); n != 0 {
		t.Errorf("Victim.Validate of a valid victim allocates %v times; want 0", n)
	}
	for i := range modelOp().Evidence {
		e := &modelOp().Evidence[i]
		if n := testing.AllocsPerRun(100, func() { _ = e.Validate() }); n != 0 {
			t.Errorf("Evidence.Validate of valid exhibit %s allocates %v times; want 0", e.ID, n)
		}
	}
}

// ageTallies returns tallies of victims with no source, from pairs of a
// count and an age ("" for every age).
func ageTallies(pairs ...string) []rescue.Tally {
	var out []rescue.Tally
	for i := 0; i+1 < len(pairs); i += 2 {
		t := rescue.Tally{Of: rescue.OfVictims, Count: rescue.MustParseCount(pairs[i])}
		if pairs[i+1] != "" {
			if err := t.Age.UnmarshalText([]byte(pairs[i+1])); err != nil {
				panic(err)
			}
		}
		out = append(out, t)
	}
	return out
}
