package rescue_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/antitrafficking/rescue"
)

// modelBenchOp returns a valid operation with n victims that vary as real
// records do: nationality, gender, age, status, recruitment, controls,
// exploitation, consular contact and repatriation, with a name for some.
func modelBenchOp(n int) *rescue.Operation {
	op := modelOp()
	op.Counts = nil // records only: the tallies of modelOp count its four victims
	nats := []rescue.Nationality{
		rescue.MustParseNationality("MY"), rescue.MustParseNationality("TW"), rescue.MustParseNationality("ID"),
		rescue.MustParseNationality("PH"), rescue.MustParseNationality("VN"), rescue.MustParseNationality("TH"),
	}
	countries := []rescue.Country{
		rescue.MustParseCountry("MY"), rescue.MustParseCountry("TW"), rescue.MustParseCountry("ID"),
		rescue.MustParseCountry("PH"), rescue.MustParseCountry("VN"), rescue.MustParseCountry("TH"),
	}
	ages := []rescue.Age{rescue.AgeYears(19), rescue.AgeBetween(21, 23), rescue.AgeYears(34), rescue.AgeBetween(48, -1), {}}
	statuses := []rescue.VictimStatus{rescue.Rescued, rescue.InCare, rescue.Repatriated, rescue.Escaped}
	months := []rescue.Date{rescue.MustParseDate("2023-08"), rescue.MustParseDate("2023-09"), rescue.MustParseDate("2023-09-15")}
	controls := [][]rescue.ControlMethod{
		{rescue.FalsePromises, rescue.WithholdsDocuments, rescue.Isolation, rescue.RestrictsMovement, rescue.WithholdsNecessities},
		{rescue.DebtBondage, rescue.PhysicalThreats},
		{rescue.ExcessiveWorkingHours},
	}
	op.Victims = make([]rescue.Victim, n)
	for i := range op.Victims {
		v := rescue.Victim{
			ID:                fmt.Sprintf("V%d", i+1),
			Gender:            rescue.Genders()[i%2],
			Age:               ages[i%len(ages)],
			Nationality:       nats[i%len(nats)],
			TraffickingStatus: rescue.PossibleVictimOfTrafficking,
			Status:            statuses[i%len(statuses)],
			Recruitment: rescue.Recruitment{
				When:    months[i%len(months)],
				Methods: []rescue.RecruitmentMethod{rescue.DeceptiveJobOffer},
				Promise: "Employment in local casinos",
			},
			Controls:        controls[i%len(controls)],
			Exploitation:    []rescue.Exploitation{rescue.ForcedCriminality},
			ConsularContact: rescue.MustParseDate("2023-10-10"),
			Repatriation:    rescue.Repatriation{To: countries[i%len(countries)], Status: rescue.Pending},
		}
		if i%3 == 0 {
			v.Name = rescue.Personal(fmt.Sprintf("Person %d", i))
		}
		if v.Status == rescue.Repatriated {
			v.Repatriation.Status = rescue.Completed
			v.Repatriation.When = rescue.MustParseDate("2023-11")
		}
		op.Victims[i] = v
	}
	return op
}

func modelBenchJSON(b *testing.B, n int) []byte {
	b.Helper()
	data, err := json.Marshal(modelBenchOp(n))
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// plainOperation has the shape of Operation's JSON with every value a
// string, a []string or a struct of those: what encoding/json costs with
// no typing and no validation.
type plainOperation struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Agencies []struct {
		Name, Unit, Country, Part string
	} `json:"agencies"`
	Lead struct {
		Name, Rank, Title string
	} `json:"lead"`
	Places   []plainPlace `json:"places"`
	When     string       `json:"when"`
	Triggers []struct {
		Kind, People, Note string
	} `json:"triggers"`
	Groups []struct {
		ID, Name, Origin string
	} `json:"groups"`
	Victims  []plainVictim `json:"victims"`
	Suspects []struct {
		ID                 string   `json:"id"`
		Name               string   `json:"name"`
		Gender             string   `json:"gender"`
		Age                string   `json:"age"`
		Nationality        string   `json:"nationality"`
		OtherNationalities []string `json:"otherNationalities"`
		Roles              []string `json:"roles"`
		Group              string   `json:"group"`
		Status             string   `json:"status"`
		Arrested           string   `json:"arrested"`
		Site               string   `json:"site"`
		Charges            []struct {
			Offence, Statute, Date string
		} `json:"charges"`
		Decisions []struct {
			Outcome, Date, Court string
			Sentence             struct {
				Years, Months int
				Life          bool
			}
			Fine string
		} `json:"decisions"`
	} `json:"suspects"`
	Counts   []map[string]any `json:"counts"`
	Evidence []struct {
		ID          string `json:"id"`
		Kind        string `json:"kind"`
		Description string `json:"description"`
		Quantity    string `json:"quantity"`
		Cash        string `json:"cash"`
		Value       string `json:"value"`
		Seized      string `json:"seized"`
		Site        string `json:"site"`
		TakenFrom   string `json:"takenFrom"`
		Custody     []struct {
			At, When, Action, From, To, Location, Site, Seal, Note string
		} `json:"custody"`
	} `json:"evidence"`
	Sources []struct {
		URL, Publisher, Title, Published string
	} `json:"sources"`
	Scheme        string   `json:"scheme"`
	SchemeTargets []string `json:"schemeTargets"`
}

type plainPlace struct {
	ID, Locality, Area, Region, Country string
}

type plainVictim struct {
	ID                 string   `json:"id"`
	Name               string   `json:"name"`
	Gender             string   `json:"gender"`
	Age                string   `json:"age"`
	Nationality        string   `json:"nationality"`
	OtherNationalities []string `json:"otherNationalities"`
	TraffickingStatus  string   `json:"traffickingStatus"`
	Status             string   `json:"status"`
	Recruitment        struct {
		When    string     `json:"when"`
		Place   plainPlace `json:"place"`
		Methods []string   `json:"methods"`
		Promise string     `json:"promise"`
	} `json:"recruitment"`
	Controls          []string `json:"controls"`
	Exploitation      []string `json:"exploitation"`
	LabourSector      string   `json:"labourSector"`
	SexExploitation   []string `json:"sexExploitation"`
	RecruiterRelation string   `json:"recruiterRelation"`
	Recruiters        []string `json:"recruiters"`
	Exploiters        []string `json:"exploiters"`
	Destination       string   `json:"destination"`
	ExploitedIn       string   `json:"exploitedIn"`
	ConsularContact   string   `json:"consularContact"`
	Repatriation      struct {
		To, Status, When string
	} `json:"repatriation"`
}

func TestPlainOperationShape(t *testing.T) {
	// The plain struct must read every field the benchmark's JSON has, or
	// the comparison would flatter encoding/json.
	data, err := json.Marshal(modelBenchOp(3))
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var p plainOperation
	if err := dec.Decode(&p); err != nil {
		t.Fatalf("the plain struct does not have the shape of the JSON: %v", err)
	}
	if len(p.Victims) != 3 || len(p.Victims[0].Controls) == 0 || p.Evidence[0].Cash == "" || p.Evidence[1].Custody[0].At == "" {
		t.Fatalf("the plain struct missed fields: %+v", p.Victims)
	}
}

func BenchmarkDecodeOperation(b *testing.B) {
	data := modelBenchJSON(b, 10000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rescue.DecodeOperation(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodePlain(b *testing.B) {
	data := modelBenchJSON(b, 10000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		var p plainOperation
		if err := dec.Decode(&p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		op := modelBenchOp(n)
		if err := op.Validate(); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := op.Validate(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/victim")
		})
	}
}
