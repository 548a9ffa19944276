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
	lima := rescue.Place{Locality: "Lima", Area: "a suburb", Region: "Lima Province", Country: pe}
	op := &rescue.Operation{
		ID:     "OP-1",
		Name:   "Test operation",
		Agency: rescue.Agency{Name: "Peruvian National Police", Unit: "Trafficking unit", Country: pe},
		Lead:   rescue.Officer{Name: "Carlos Malaver", Rank: "General", Title: "Head of unit"},
		Place:  lima,
		When:   rescue.MustParsePeriod("2023-10-07/2023-10-08"),
		Trigger: rescue.Trigger{
			Kind:   rescue.EscapedVictimReport,
			People: rescue.MustParseCount("two women"),
			Note:   "Two women escaped.",
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
			Arrested:           rescue.MustParseDate("2023-10-08"),
			Charges:            []string{"trafficking", "extortion"},
		})
	}
	op.Evidence = []rescue.Evidence{
		{
			ID:          "E1",
			Kind:        rescue.Cash,
			Description: "Cash",
			Cash:        rescue.MustParseReportedAmount("more than US$10,000 (S$13,700)"),
			Seized:      rescue.MustParseDate("2023-10-07"),
			Place:       lima,
			TakenFrom:   "S1",
		},
		{
			ID:          "E2",
			Kind:        rescue.MobilePhone,
			Description: "Cell phones",
			Quantity:    rescue.MustParseCount("numerous cell phones"),
			Seized:      rescue.MustParseDate("2023-10-07"),
			Place:       lima,
			TakenFrom:   "V2",
			Custody: []rescue.CustodyEvent{
				{At: modelT0, Action: rescue.Seized, To: "Officer A", Location: "Lima", Note: "at the house"},
				{At: modelT0.Add(time.Hour), Action: rescue.Sealed, From: "Officer A", Seal: "SEAL-0001"},
				{At: modelT0.Add(24 * time.Hour), Action: rescue.Transferred, From: "Officer A", To: "Forensics lab", Location: "Lima"},
				{At: modelT0.Add(48 * time.Hour), Action: rescue.Examined, From: "Forensics lab", Seal: "sha256:00ff"},
			},
		},
		{ID: "E3", Kind: rescue.BankCard, Quantity: rescue.Count{N: 12}},
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
		[]modelWant{{"groups[0].id", rescue.ErrRequired}, {"suspects[0].group", rescue.ErrUnknownReference}, {"suspects[1].group", rescue.ErrUnknownReference}},
		"a group needs an ID, and the suspects' references to it then name nothing"},
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
	{"arrested first day", func(op *rescue.Operation) { op.Suspects[1].Arrested = rescue.MustParseDate("2023-10-07") },
		nil, "arrested on the first day"},
	{"arrested that month", func(op *rescue.Operation) { op.Suspects[1].Arrested = rescue.MustParseDate("2023-10") },
		nil, "a month that ends after the start may hold the arrest"},
	{"arrested before", func(op *rescue.Operation) { op.Suspects[1].Arrested = rescue.MustParseDate("2023-10-06") },
		[]modelWant{{"suspects[1].arrested", rescue.ErrOutOfOrder}}, "arrested the day before the operation"},
	{"arrested year before", func(op *rescue.Operation) { op.Suspects[0].Arrested = rescue.MustParseDate("2022") },
		[]modelWant{{"suspects[0].arrested", rescue.ErrOutOfOrder}}, "arrested the year before"},
	{"arrested open start", func(op *rescue.Operation) {
		op.When.Start = rescue.Date{}
		op.Suspects[0].Arrested = rescue.MustParseDate("2022")
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
	{"people negative", func(op *rescue.Operation) { op.Trigger.People.N = -2 },
		[]modelWant{{"trigger.people", rescue.ErrNegative}}, "a negative number of people"},
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
	{"trigger kind invalid", func(op *rescue.Operation) { op.Trigger.Kind = 99 },
		[]modelWant{{"trigger.kind", rescue.ErrInvalid}}, "an unknown trigger kind"},
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
