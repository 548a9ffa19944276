package rescue

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// ctdcVariable is a variable of the CTDC 2024 codebook, as
// testdata/ctdc/codebook-v2024.tsv transcribes it.
type ctdcVariable struct {
	name, typ string
	values    []string // the values of a string or binary variable; nil for a standard's codes
}

// ctdcCodebook reads the codebook's variables, in its order.
func ctdcCodebook(t testing.TB) []ctdcVariable {
	t.Helper()
	b, err := os.ReadFile("testdata/ctdc/codebook-v2024.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var vars []ctdcVariable
	for line := range strings.SplitSeq(strings.TrimSpace(string(b)), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		v := ctdcVariable{name: f[1], typ: f[3]}
		if f[3] != "numeric" && !strings.HasPrefix(f[4], "ISO") {
			v.values = strings.Split(f[4], "|")
		}
		vars = append(vars, v)
	}
	if len(vars) != 27 {
		t.Fatalf("%d variables in the codebook's list, want 27", len(vars))
	}
	return vars
}

// ctdcCheckCell says what is wrong with a cell of WriteCTDC's output, by
// the codebook's value sets: "" if nothing.
func ctdcCheckCell(v ctdcVariable, cell string) string {
	switch {
	case cell == "":
		return "" // every variable may be NULL
	case v.values != nil:
		if !slices.Contains(v.values, cell) {
			return "not one of the codebook's values " + strings.Join(v.values, ", ")
		}
	case v.typ == "numeric": // yearOfRegistration
		if len(cell) != 4 || strings.Trim(cell, "0123456789") != "" {
			return "not a year"
		}
	default: // ISO 3166-1 alpha-3
		c, err := ParseCountry(cell)
		if err != nil || c.Alpha3() != cell {
			return "not an ISO 3166-1 alpha-3 code"
		}
		if cell == "XKX" {
			return "Kosovo, which the codebook codes as SRB"
		}
	}
	return ""
}

func ctdcWrite(t testing.TB, ops ...*Operation) [][]string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteCTDC(&buf, ops...); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("the output is not CSV: %v", err)
	}
	return rows
}

func TestWriteCTDCLima(t *testing.T) {
	rows := ctdcWrite(t, shareLima())
	if len(rows) != 1+44 {
		t.Fatalf("%d rows, want a header and 44 victims (suspects are not written)", len(rows))
	}
	// The golden file: the whole output.
	var buf bytes.Buffer
	if err := WriteCTDC(&buf, shareLima()); err != nil {
		t.Fatal(err)
	}
	htcdsGolden(t, "ctdc/write-lima.csv", buf.Bytes())
	// Controls FalsePromises, WithholdsDocuments, Isolation,
	// RestrictsMovement and WithholdsNecessities; exploitation
	// ForcedCriminality.
	want := map[int]string{
		1:  "2023,,,MYS,PER,,,,,1,,1,,1,1,,,,,,,,,,,,",
		44: "2023,,,TWN,PER,,,,,1,,1,,1,1,,,,,,,,,,,,",
	}
	for i, w := range want {
		if got := strings.Join(rows[i], ","); got != w {
			t.Errorf("row %d:\n got %s\nwant %s", i+1, got, w)
		}
	}
}

// TestCTDCMapping checks each value of each vocabulary against the column
// WriteCTDC's doc comment gives it.
func TestCTDCMapping(t *testing.T) {
	col := func(name string) int { return slices.Index(ctdcColumns[:], name) }
	tests := []struct {
		name, reason string
		v            Victim
		want         map[string]string // the cells set; every other is empty
	}{
		{"nothing", "nothing recorded, nothing written", Victim{}, nil},
		{"woman", "Feminine", Victim{Gender: Feminine}, map[string]string{"gender": "Woman"}},
		{"man", "Masculine", Victim{Gender: Masculine}, map[string]string{"gender": "Man"}},
		{"trans woman", "CTDC merges trans and non-conforming", Victim{Gender: TransgenderFeminine}, map[string]string{"gender": ctdcTransGender}},
		{"trans man", "CTDC merges trans and non-conforming", Victim{Gender: TransgenderMasculine}, map[string]string{"gender": ctdcTransGender}},
		{"non-conforming", "CTDC merges trans and non-conforming", Victim{Gender: NonConforming}, map[string]string{"gender": ctdcTransGender}},
		{"age", "the band", Victim{Age: AgeYears(16)}, map[string]string{"ageBroad": "09--17"}},
		{"age 48+", "the open band", Victim{Age: AgeYears(70)}, map[string]string{"ageBroad": "48+"}},
		{"age across bands", "no single band", Victim{Age: AgeBetween(15, 20)}, nil},
		{"citizenship", "alpha-3", Victim{Nationality: MustParseNationality("MY")}, map[string]string{"citizenship": "MYS"}},
		{"Kosovo", "CTDC codes Serbia including Kosovo", Victim{Nationality: MustParseNationality("XK")}, map[string]string{"citizenship": "SRB"}},
		{"stateless", "no ISO code", Victim{Nationality: Stateless}, nil},
		{"other nationality", "CTDC has one citizenship", Victim{OtherNationalities: []Nationality{MustParseNationality("MY")}}, nil},
		{"debt bondage", "merged means", Victim{Controls: []ControlMethod{DebtBondage}}, map[string]string{"meansDebtBondageEarnings": "1"}},
		{"takes earnings", "merged means", Victim{Controls: []ControlMethod{TakesEarnings}}, map[string]string{"meansDebtBondageEarnings": "1"}},
		{"physical threats", "merged means", Victim{Controls: []ControlMethod{PhysicalThreats}}, map[string]string{"meansThreats": "1"}},
		{"law enforcement", "merged means", Victim{Controls: []ControlMethod{ThreatsLawEnforcement}}, map[string]string{"meansThreats": "1"}},
		{"family threatened", "merged means", Victim{Controls: []ControlMethod{ThreatensChildrenFamily}}, map[string]string{"meansThreats": "1"}},
		{"psychological", "merged means", Victim{Controls: []ControlMethod{PsychologicalAbuse}}, map[string]string{"meansAbusePsyPhySex": "1"}},
		{"physical", "merged means", Victim{Controls: []ControlMethod{PhysicalAbuse}}, map[string]string{"meansAbusePsyPhySex": "1"}},
		{"sexual", "merged means", Victim{Controls: []ControlMethod{SexualAbuse}}, map[string]string{"meansAbusePsyPhySex": "1"}},
		{"false promises", "its own column", Victim{Controls: []ControlMethod{FalsePromises}}, map[string]string{"meansFalsePromises": "1"}},
		{"drugs", "psychoactive substances", Victim{Controls: []ControlMethod{PsychoactiveSubstance}}, map[string]string{"meansDrugsAlcohol": "1"}},
		{"financial access", "basic needs", Victim{Controls: []ControlMethod{RestrictsFinancialAccess}}, map[string]string{"meansDenyBasicNeeds": "1"}},
		{"movement", "basic needs", Victim{Controls: []ControlMethod{RestrictsMovement}}, map[string]string{"meansDenyBasicNeeds": "1"}},
		{"isolation", "CTDC v6 records it with movement", Victim{Controls: []ControlMethod{Isolation}}, map[string]string{"meansDenyBasicNeeds": "1"}},
		{"medical care", "basic needs", Victim{Controls: []ControlMethod{RestrictsMedicalCare}}, map[string]string{"meansDenyBasicNeeds": "1"}},
		{"necessities", "basic needs", Victim{Controls: []ControlMethod{WithholdsNecessities}}, map[string]string{"meansDenyBasicNeeds": "1"}},
		{"hours", "its own column", Victim{Controls: []ControlMethod{ExcessiveWorkingHours}}, map[string]string{"meansExcessiveWorkHours": "1"}},
		{"documents", "its own column", Victim{Controls: []ControlMethod{WithholdsDocuments}}, map[string]string{"meansWithholdDocs": "1"}},
		{"other control", "no column", Victim{Controls: []ControlMethod{ControlOther}}, nil},
		{"forced labour", "its column", Victim{Exploitation: []Exploitation{ForcedLabour}}, map[string]string{"isForcedLabour": "1"}},
		{"forced criminality", "CTDC: illicit activities are labour", Victim{Exploitation: []Exploitation{ForcedCriminality}}, map[string]string{"isForcedLabour": "1"}},
		{"begging", "CTDC: begging is labour", Victim{Exploitation: []Exploitation{ForcedBegging}}, map[string]string{"isForcedLabour": "1"}},
		{"child labour", "a trafficked child's labour", Victim{Exploitation: []Exploitation{ChildLabour}}, map[string]string{"isForcedLabour": "1"}},
		{"sexual exploitation", "its column", Victim{Exploitation: []Exploitation{SexualExploitation}}, map[string]string{"isSexualExploit": "1"}},
		{"marriage", "other", Victim{Exploitation: []Exploitation{ForcedMarriage}}, map[string]string{"isOtherExploit": "1"}},
		{"servitude", "other", Victim{Exploitation: []Exploitation{Servitude}}, map[string]string{"isOtherExploit": "1"}},
		{"military", "other", Victim{Exploitation: []Exploitation{ForcedMilitaryByNonStateActors}}, map[string]string{"isOtherExploit": "1"}},
		{"organs", "other", Victim{Exploitation: []Exploitation{OrganRemoval}}, map[string]string{"isOtherExploit": "1"}},
		{"adoption", "other", Victim{Exploitation: []Exploitation{ForcedAdoption}}, map[string]string{"isOtherExploit": "1"}},
		{"surrogacy", "other", Victim{Exploitation: []Exploitation{Surrogacy}}, map[string]string{"isOtherExploit": "1"}},
		{"other exploitation", "other", Victim{Exploitation: []Exploitation{ExploitationOther}}, map[string]string{"isOtherExploit": "1"}},
		{"agriculture", "CTDC's agriculture is ISIC A01; SectorAgriculture is all of A, fishing and forestry too", Victim{LabourSector: SectorAgriculture},
			map[string]string{"isForcedLabour": "1"}},
		{"crops and animals", "ISIC A01 is CTDC's agriculture", Victim{LabourSector: SectorCropsAndAnimals},
			map[string]string{"typeOfLabourAgriculture": "1", "isForcedLabour": "1"}},
		{"fishing", "ISIC A03: the codebook keeps fishing out of agriculture", Victim{LabourSector: SectorFishing},
			map[string]string{"isForcedLabour": "1"}},
		{"forestry", "ISIC A02: the codebook keeps forestry out of agriculture", Victim{LabourSector: SectorForestry},
			map[string]string{"isForcedLabour": "1"}},
		{"construction", "ISIC F", Victim{LabourSector: SectorConstruction}, map[string]string{"typeOfLabourConstruction": "1", "isForcedLabour": "1"}},
		{"domestic work", "ISIC T", Victim{LabourSector: SectorDomesticWork}, map[string]string{"typeOfLabourDomesticWork": "1", "isForcedLabour": "1"}},
		{"hospitality", "ISIC I", Victim{LabourSector: SectorHospitality}, map[string]string{"typeOfLabourHospitality": "1", "isForcedLabour": "1"}},
		{"mining", "no column of its own", Victim{LabourSector: SectorMining}, map[string]string{"isForcedLabour": "1"}},
		{"prostitution", "a type means sexual exploitation", Victim{SexExploitation: []SexExploitationType{Prostitution}},
			map[string]string{"typeOfSexProstitution": "1", "isSexualExploit": "1"}},
		{"pornography", "its column", Victim{SexExploitation: []SexExploitationType{Pornography}},
			map[string]string{"typeOfSexPornography": "1", "isSexualExploit": "1"}},
		{"remote", "no column of its own", Victim{SexExploitation: []SexExploitationType{RemoteInteractiveServices}}, map[string]string{"isSexualExploit": "1"}},
		{"private", "no column of its own", Victim{SexExploitation: []SexExploitationType{PrivateSexualServices}}, map[string]string{"isSexualExploit": "1"}},
		{"partner", "one to one", Victim{RecruiterRelation: IntimatePartner}, map[string]string{"recruiterRelationIntimatePartner": "1"}},
		{"friend", "one to one", Victim{RecruiterRelation: Friend}, map[string]string{"recruiterRelationFriend": "1"}},
		{"family", "one to one", Victim{RecruiterRelation: Family}, map[string]string{"recruiterRelationFamily": "1"}},
		{"other relation", "one to one", Victim{RecruiterRelation: RecruiterOther}, map[string]string{"recruiterRelationOther": "1"}},
		{"not written", "names, IDs, dates, status: no column",
			Victim{ID: "V1", Name: "Ana", Status: Deceased, ConsularContact: MustParseDate("2023-10-09"),
				Recruitment: Recruitment{When: MustParseDate("2023-09")}, TraffickingStatus: ActualVictimOfTrafficking}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			rows := ctdcWrite(t, &Operation{ID: "O", Victims: []Victim{tc.v}})
			for name, cell := range map[string]string{"yearOfRegistration": "", "CountryOfExploitation": ""} {
				if got := rows[1][col(name)]; got != cell {
					t.Errorf("%s = %q, want %q: the operation records none", name, got, cell)
				}
			}
			for i, got := range rows[1] {
				if want := tc.want[ctdcColumns[i]]; got != want {
					t.Errorf("%s = %q, want %q (%s)", ctdcColumns[i], got, want, tc.reason)
				}
			}
		})
	}
	// Every control method and exploitation is in the table above.
	for _, c := range ControlMethods() {
		if !slices.ContainsFunc(tests, func(tc struct {
			name, reason string
			v            Victim
			want         map[string]string
		}) bool {
			return slices.Equal(tc.v.Controls, []ControlMethod{c})
		}) {
			t.Errorf("no test of %s", c)
		}
	}
}

// TestWriteCTDCOperationColumns checks the two columns that come from the
// operation.
func TestWriteCTDCOperationColumns(t *testing.T) {
	tests := []struct {
		name, reason, year, country string
		op                          *Operation
	}{
		{"start", "the year the operation started", "2023", "PER",
			&Operation{When: MustParsePeriod("2023-12-30/2024-01-02"), Places: List[Place]{{Country: MustParseCountry("PE")}}}},
		{"year only", "any precision", "2019", "",
			&Operation{When: MustParsePeriod("2019/2020")}},
		{"open start", "no start, no year", "", "", &Operation{When: MustParsePeriod("../2024-01-02")}},
		{"Kosovo", "CTDC codes Serbia including Kosovo", "", "SRB", &Operation{Places: List[Place]{{Country: MustParseCountry("XK")}}}},
		{"exploited in", "where recorded, the country of exploitation", "", "THA",
			&Operation{Places: List[Place]{{Country: MustParseCountry("PE")}}, Victims: List[Victim]{{ID: "V1", ExploitedIn: MustParseCountry("TH")}}}},
		{"exploited in Kosovo", "as SRB", "", "SRB",
			&Operation{Victims: List[Victim]{{ID: "V1", ExploitedIn: MustParseCountry("XK")}}}},
		{"intercepted", "stopped before exploitation: the place of the operation is not where they were exploited", "", "",
			&Operation{Places: List[Place]{{Country: MustParseCountry("NG")}}, Victims: List[Victim]{{ID: "V1", Status: Intercepted, Destination: MustParseCountry("SA")}}}},
		{"intercepted, exploited before", "an ExploitedIn recorded for an intercepted victim is written", "", "LBY",
			&Operation{Places: List[Place]{{Country: MustParseCountry("NG")}}, Victims: List[Victim]{{ID: "V1", Status: Intercepted, ExploitedIn: MustParseCountry("LY")}}}},
		{"rescued", "a rescued victim was exploited where identified: the proxy", "", "NGA",
			&Operation{Places: List[Place]{{Country: MustParseCountry("NG")}}, Victims: List[Victim]{{ID: "V1", Status: Rescued}}}},
		{"status unrecorded", "not known to be intercepted: the codebook's proxy", "", "NGA",
			&Operation{Places: List[Place]{{Country: MustParseCountry("NG")}}}},
	}
	for _, tc := range tests {
		if tc.op.Victims == nil {
			tc.op.Victims = []Victim{{ID: "V1"}}
		}
		rows := ctdcWrite(t, tc.op)
		if got := rows[1][ctdcYear]; got != tc.year {
			t.Errorf("%s: yearOfRegistration = %q, want %q (%s)", tc.name, got, tc.year, tc.reason)
		}
		if got := rows[1][ctdcCountry]; got != tc.country {
			t.Errorf("%s: CountryOfExploitation = %q, want %q (%s)", tc.name, got, tc.country, tc.reason)
		}
	}
}

// TestWriteCTDCAllowedValues checks every cell WriteCTDC writes against
// CTDC's value sets.
func TestWriteCTDCAllowedValues(t *testing.T) {
	ops := []*Operation{shareLima(), shareNamed(), htcdsEveryCode(), shareNamed().Redact()}
	r := rand.New(rand.NewPCG(9, 10))
	victims := 0
	for n := range 200 {
		op := shareRandomOperation(r, n)
		victims += len(op.Victims)
		ops = append(ops, op)
	}
	rows := ctdcWrite(t, ops...)
	vars := ctdcCodebook(t)
	var names []string
	for _, v := range vars {
		names = append(names, v.name)
	}
	if d := cmp.Diff(names, rows[0]); d != "" {
		t.Fatalf("header (-codebook +written):\n%s", d)
	}
	if len(rows) < victims {
		t.Errorf("%d rows for more than %d victims", len(rows), victims)
	}
	set := make([]int, ctdcColumnCount)
	for i, row := range rows[1:] {
		for j, cell := range row {
			if msg := ctdcCheckCell(vars[j], cell); msg != "" {
				t.Errorf("row %d, column %s: %q: %s", i+2, rows[0][j], cell, msg)
			}
			if cell != "" {
				set[j]++
			}
		}
	}
	for j, n := range set {
		// Never written: how long the trafficking lasted, which the model
		// does not record.
		if n == 0 && ctdcColumns[j] != "traffickMonths" {
			t.Errorf("column %s never written: the test checks nothing there", ctdcColumns[j])
		}
	}
}

func TestWriteCTDCInvalidCode(t *testing.T) {
	tests := []struct {
		name, reason, field string
		v                   Victim
	}{
		{"gender", "out of range", "gender", Victim{ID: "V1", Gender: 42}},
		{"control", "out of range", "controls", Victim{ID: "V1", Controls: []ControlMethod{99}}},
		{"exploitation", "out of range", "exploitation", Victim{ID: "V1", Exploitation: []Exploitation{99}}},
		{"sector", "out of range", "labourSector", Victim{ID: "V1", LabourSector: 99}},
		{"sex", "out of range", "sexExploitation", Victim{ID: "V1", SexExploitation: []SexExploitationType{99}}},
		{"relation", "out of range", "recruiterRelation", Victim{ID: "V1", RecruiterRelation: 99}},
	}
	for _, tc := range tests {
		err := WriteCTDC(io.Discard, shareLima(), &Operation{ID: "O", Victims: []Victim{tc.v}})
		if !errors.Is(err, ErrInvalid) || !strings.HasPrefix(err.Error(), `WriteCTDC: operation "O", victim "V1", `+tc.field+": ") {
			t.Errorf("%s: error %v; want ErrInvalid naming victim V1 and %s (%s)", tc.name, err, tc.field, tc.reason)
		}
	}
}

func TestWritersSkipNil(t *testing.T) {
	for _, w := range []struct {
		name  string
		write func(io.Writer, ...*Operation) error
	}{{"WriteHTCDS", WriteHTCDS}, {"WriteCTDC", WriteCTDC}} {
		var a, b bytes.Buffer
		if err := w.write(&a, nil, shareLima(), nil); err != nil {
			t.Fatal(err)
		}
		if err := w.write(&b, shareLima()); err != nil {
			t.Fatal(err)
		}
		if a.String() != b.String() {
			t.Errorf("%s: nil operations change the output", w.name)
		}
		b.Reset()
		if err := w.write(&b); err != nil || strings.Count(b.String(), "\n") != 1 {
			t.Errorf("%s of nothing: %q, %v; want the header alone", w.name, b.String(), err)
		}
	}
}

func TestCTDCAgeBroad(t *testing.T) {
	bands := []struct {
		lo, hi int
		label  string
	}{{0, 8, "0--8"}, {9, 17, "09--17"}, {18, 20, "18--20"}, {21, 23, "21--23"}, {24, 26, "24--26"},
		{27, 29, "27--29"}, {30, 38, "30--38"}, {39, 47, "39--47"}, {48, 150, "48+"}}
	for _, b := range bands {
		for n := b.lo; n <= b.hi; n++ {
			if got := ctdcAgeBroad(AgeYears(n)); got != b.label {
				t.Errorf("age %d: %q, want %q", n, got, b.label)
			}
		}
		hi := b.hi
		if b.label == "48+" {
			hi = -1
		}
		if got := ctdcAgeBroad(AgeBetween(b.lo, hi)); got != b.label {
			t.Errorf("the band %d-%d itself: %q, want %q", b.lo, hi, got, b.label)
		}
	}
	for _, a := range []Age{{}, AgeBetween(8, 9), AgeBetween(40, -1), AgeBetween(0, 150)} {
		if got := ctdcAgeBroad(a); got != "" {
			t.Errorf("age %v: %q, want none: it is unknown or spans bands", a, got)
		}
	}
}
