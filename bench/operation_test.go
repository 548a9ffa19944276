package bench

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/antitrafficking/rescue"
)

// benchOperation builds an operation shaped like the Lima 2023 reference
// (examples/lima2023) with n victims, 8 suspects and 3 items of evidence,
// every victim recorded with the same fields as there.
func benchOperation(n int) *rescue.Operation {
	peru := rescue.MustParseCountry("PE")
	malaysia := rescue.MustParseCountry("MY")
	lima := rescue.Place{ID: "LIMA", Locality: "Lima", Area: "a suburb", Country: peru}
	op := &rescue.Operation{
		ID:       "PE-2023-10-LIMA",
		Name:     "Rescue of foreigners held by Red Dragon in Lima",
		Agencies: []rescue.Agency{{Name: "Peruvian National Police", Country: peru, Part: rescue.LeadAgency}},
		Places:   rescue.List[rescue.Place]{lima},
		When:     rescue.MustParsePeriod("2023-10-07/2023-10-08"),
		Triggers: rescue.List[rescue.Trigger]{{Kind: rescue.EscapedVictimReport, People: rescue.MustParseCount("two women")}},
		Groups:   []rescue.Group{{ID: "G-RED-DRAGON", Name: "Red Dragon", Origin: rescue.MustParseCountry("TW")}},
	}
	recruitment := rescue.Recruitment{
		When:    rescue.MustParseDate("2023-09"),
		Methods: []rescue.RecruitmentMethod{rescue.DeceptiveJobOffer},
		Promise: "Employment in local casinos in Peru",
	}
	controls := []rescue.ControlMethod{rescue.FalsePromises, rescue.WithholdsDocuments, rescue.Isolation,
		rescue.RestrictsMovement, rescue.WithholdsNecessities}
	op.Victims = make([]rescue.Victim, n)
	for i := range op.Victims {
		op.Victims[i] = rescue.Victim{
			ID:                fmt.Sprintf("V%06d", i+1),
			Name:              rescue.Personal(fmt.Sprintf("Person %d", i+1)),
			Gender:            rescue.Feminine,
			Age:               rescue.AgeYears(18 + i%30),
			Nationality:       rescue.MustParseNationality("Malaysian"),
			TraffickingStatus: rescue.PossibleVictimOfTrafficking,
			Status:            rescue.Rescued,
			Recruitment:       recruitment,
			Controls:          controls,
			Exploitation:      []rescue.Exploitation{rescue.ForcedCriminality},
			ConsularContact:   rescue.MustParseDate("2023-10"),
			Repatriation:      rescue.Repatriation{To: malaysia, Status: rescue.Pending},
		}
	}
	for i := 1; i <= 8; i++ {
		op.Suspects = append(op.Suspects, rescue.Suspect{
			ID:          fmt.Sprintf("S%02d", i),
			Nationality: rescue.MustParseNationality("Taiwanese"),
			Group:       "G-RED-DRAGON",
			Status:      rescue.Arrested,
			Arrested:    rescue.MustParsePeriod("2023-10"),
		})
	}
	op.Evidence = []rescue.Evidence{
		{ID: "E1", Kind: rescue.Cash, Cash: rescue.MustParseReportedAmount("more than US$10,000 (S$13,700)"),
			Seized: rescue.MustParsePeriod("2023-10"), Site: lima.ID},
		{ID: "E2", Kind: rescue.MobilePhone, Quantity: rescue.MustParseCount("numerous cell phones"),
			Seized: rescue.MustParsePeriod("2023-10"), Site: lima.ID},
		{ID: "E3", Kind: rescue.BankCard, Quantity: rescue.MustParseCount("multiple bank cards"),
			Seized: rescue.MustParsePeriod("2023-10"), Site: lima.ID},
	}
	if err := op.Validate(); err != nil {
		panic(err)
	}
	return op
}

// The plain structs encoding/json fills: every code, date and amount a
// string, nothing checked.
type (
	plainPlace struct {
		ID       string `json:"id"`
		Locality string `json:"locality"`
		Area     string `json:"area"`
		Region   string `json:"region"`
		Country  string `json:"country"`
	}
	plainVictim struct {
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
		ConsularContact   string   `json:"consularContact"`
		Repatriation      struct {
			To     string `json:"to"`
			Status string `json:"status"`
			When   string `json:"when"`
		} `json:"repatriation"`
	}
	plainOperation struct {
		ID       string `json:"id"`
		Name     string `json:"name"`
		Agencies []struct {
			Name    string `json:"name"`
			Unit    string `json:"unit"`
			Country string `json:"country"`
			Part    string `json:"part"`
		} `json:"agencies"`
		Places   []plainPlace `json:"places"`
		When     string       `json:"when"`
		Triggers []struct {
			Kind   string `json:"kind"`
			People string `json:"people"`
			Note   string `json:"note"`
		} `json:"triggers"`
		Groups []struct {
			ID     string `json:"id"`
			Name   string `json:"name"`
			Origin string `json:"origin"`
		} `json:"groups"`
		Victims  []plainVictim `json:"victims"`
		Suspects []struct {
			ID          string   `json:"id"`
			Name        string   `json:"name"`
			Nationality string   `json:"nationality"`
			Roles       []string `json:"roles"`
			Group       string   `json:"group"`
			Status      string   `json:"status"`
			Arrested    string   `json:"arrested"`
		} `json:"suspects"`
		Evidence []struct {
			ID       string `json:"id"`
			Kind     string `json:"kind"`
			Quantity string `json:"quantity"`
			Seized   string `json:"seized"`
			Site     string `json:"site"`
			Cash     string `json:"cash"`
		} `json:"evidence"`
	}
)

var sinkOp *rescue.Operation

// TestPlainShape checks that the plain structs read every field of the
// benchmark's JSON, so that the comparison does not flatter encoding/json
// by letting it skip what it has no field for.
func TestPlainShape(t *testing.T) {
	data, err := json.Marshal(benchOperation(3))
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var p plainOperation
	if err := dec.Decode(&p); err != nil {
		t.Fatalf("the plain structs do not have the shape of the JSON: %v", err)
	}
	if len(p.Victims) != 3 || len(p.Victims[0].Controls) == 0 || p.Evidence[0].Cash == "" {
		t.Fatalf("the plain structs missed fields: %+v", p)
	}
}

// BenchmarkDecode reads an operation of 10,000 victims (about 5 MB of
// JSON): rescue.DecodeOperation, which validates every code, date and
// amount and then the whole operation, against encoding/json filling
// plain strings.
func BenchmarkDecode(b *testing.B) {
	data, err := json.Marshal(benchOperation(10_000))
	if err != nil {
		b.Fatal(err)
	}
	b.Run("rescue.DecodeOperation", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			op, err := rescue.DecodeOperation(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			sinkOp = op
		}
		if len(sinkOp.Victims) != 10_000 {
			b.Fatal(len(sinkOp.Victims))
		}
	})
	b.Run("encoding-json.plain", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		var plain plainOperation
		for b.Loop() {
			plain = plainOperation{}
			if err := json.NewDecoder(bytes.NewReader(data)).Decode(&plain); err != nil {
				b.Fatal(err)
			}
		}
		if len(plain.Victims) != 10_000 {
			b.Fatal(len(plain.Victims))
		}
	})
}

// BenchmarkValidate validates a valid operation of 100,000 victims.
func BenchmarkValidate(b *testing.B) {
	op := benchOperation(100_000)
	b.ReportAllocs()
	for b.Loop() {
		if err := op.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}
