package rescue

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

// htcdsHeaderLine is the header of WriteHTCDS.
var htcdsHeaderLine = strings.Join(htcdsColumns[:], ",") + "\n"

// htcdsRowWith returns a row of WriteHTCDS for role with the named
// columns set.
func htcdsRowWith(role string, cells map[string]string) string {
	rec := make([]string, htcdsColumnCount)
	rec[htcdsID], rec[htcdsRole] = "P1", role
	for name, v := range cells {
		for i, c := range htcdsColumns {
			if c == name {
				rec[i] = v
			}
		}
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write(rec)
	w.Flush()
	return b.String()
}

func TestReadHTCDS(t *testing.T) {
	my, tw, th := MustParseNationality("MY"), MustParseNationality("TW"), MustParseNationality("TH")
	v := func(cells map[string]string) string { return htcdsHeaderLine + htcdsRowWith("victim", cells) }
	recruited := func(r Recruitment) []Victim { return []Victim{{ID: "P1", Recruitment: r}} }
	recruitedID := func(id string, r Recruitment) []Victim { return []Victim{{ID: id, Recruitment: r}} }
	tests := []struct {
		name, reason string
		in           string
		victims      []Victim
		suspects     []Suspect
	}{
		{"header only", "no people is no error", htcdsHeaderLine, nil, nil},
		{"some columns, any order", "no column is required",
			"role,vic_MethodsOfControl,id\nvictim,DebtBondage,V1\nsuspect,,S1\n",
			[]Victim{{ID: "V1", Controls: []ControlMethod{DebtBondage}}}, []Suspect{{ID: "S1"}}},
		{"byte order mark", "spreadsheets write one", "\uFEFFid,role\nV1,victim\n", []Victim{{ID: "V1"}}, nil},
		{"CRLF", "spreadsheets write CRLF", "id,role,prs_Gender\r\nV1,victim,Feminine\r\n", []Victim{{ID: "V1", Gender: Feminine}}, nil},
		{"CR", "old Mac spreadsheets end lines with CR alone", "id,role,prs_Gender\rV1,victim,Feminine\rV2,victim,\r",
			[]Victim{{ID: "V1", Gender: Feminine}, {ID: "V2"}}, nil},
		{"no final line end", "the last row may end the file", "id,role\nV1,victim", []Victim{{ID: "V1"}}, nil},
		{"semicolons", "Excel in locales with a decimal comma", "id;role;prs_Citizenship\nV1;victim;\"MY,TW\"\n",
			[]Victim{{ID: "V1", Nationality: my, OtherNationalities: []Nationality{tw}}}, nil},
		{"citizenship alpha-3, repeated, spaced", "the first is the nationality; repeats are read once",
			v(map[string]string{"prs_Citizenship": "MYS; TW;;MY ;TWN"}),
			[]Victim{{ID: "P1", Nationality: my, OtherNationalities: []Nationality{tw}}}, nil},
		{"country names", "the templates' dropdown holds names, some with commas",
			v(map[string]string{"prs_Citizenship": "Korea, Republic of; Viet Nam"}),
			[]Victim{{ID: "P1", Nationality: MustParseNationality("KR"), OtherNationalities: []Nationality{MustParseNationality("VN")}}}, nil},
		{"countries with commas", "a list of names separated by commas",
			v(map[string]string{"prs_Citizenship": "Malaysia, Thailand"}),
			[]Victim{{ID: "P1", Nationality: my, OtherNationalities: []Nationality{th}}}, nil},
		{"countries with spaces", "KoBoToolbox separates codes with spaces",
			v(map[string]string{"prs_Citizenship": "MY TH"}),
			[]Victim{{ID: "P1", Nationality: my, OtherNationalities: []Nationality{th}}}, nil},
		{"NonSpecifiedUnknown", "HTCDS's unknown gender is the zero Gender",
			htcdsHeaderLine + htcdsRowWith("suspect", map[string]string{"prs_Gender": "NonSpecifiedUnknown"}), nil, []Suspect{{ID: "P1"}}},
		{"gender label", "the XLSForm's label, any case", v(map[string]string{"prs_Gender": " transgender feminine "}),
			[]Victim{{ID: "P1", Gender: TransgenderFeminine}}, nil},
		{"code in any case", "case does not matter", v(map[string]string{"vic_TypeOfExploitation": "forcedlabour"}),
			[]Victim{{ID: "P1", Exploitation: []Exploitation{ForcedLabour}}}, nil},
		{"labels with ';'", "the multi-select template's separator",
			v(map[string]string{"vic_MethodsOfControl": "Physical threats; Threatens children/family;Debt bondage "}),
			[]Victim{{ID: "P1", Controls: []ControlMethod{PhysicalThreats, ThreatensChildrenFamily, DebtBondage}}}, nil},
		{"labels with ','", "a comma-separated list of labels",
			v(map[string]string{"vic_TypeOfExploitation": "Forced labour, Forced military (by non-state actors)"}),
			[]Victim{{ID: "P1", Exploitation: []Exploitation{ForcedLabour, ForcedMilitaryByNonStateActors}}}, nil},
		{"label with a comma", "a label that holds commas is one value",
			v(map[string]string{"vic_ForcedLabourIndustry": "Wholesale and retail trade; repair of motor vehicles and motorcycles"}),
			[]Victim{{ID: "P1", LabourSector: SectorTrade}}, nil},
		{"codes with spaces", "KoBoToolbox's multi-select export",
			v(map[string]string{"vic_MethodsOfControl": "PhysicalThreats Other  DebtBondage"}),
			[]Victim{{ID: "P1", Controls: []ControlMethod{PhysicalThreats, ControlOther, DebtBondage}}}, nil},
		{"Unaquainted", "HTCDS's stranger is CTDC's other", v(map[string]string{"vic_RelationshipToTrafficker": "Unaquainted"}),
			[]Victim{{ID: "P1", RecruiterRelation: RecruiterOther}}, nil},
		{"Unacquainted", "and its right spelling", v(map[string]string{"vic_RelationshipToTrafficker": "Unacquainted"}),
			[]Victim{{ID: "P1", RecruiterRelation: RecruiterOther}}, nil},
		{"Acquainted", "the closest category is Friend", v(map[string]string{"vic_RelationshipToTrafficker": "Acquainted"}),
			[]Victim{{ID: "P1", RecruiterRelation: Friend}}, nil},
		{"deceased", "TRUE as Excel writes it", v(map[string]string{"prs_Deceased": "TRUE"}), []Victim{{ID: "P1", Status: Deceased}}, nil},
		{"deceased in German", "WAHR as German Excel writes TRUE", v(map[string]string{"prs_Deceased": "WAHR"}), []Victim{{ID: "P1", Status: Deceased}}, nil},
		{"deceased yes", "a checkbox as a form writes it", v(map[string]string{"prs_Deceased": "yes"}), []Victim{{ID: "P1", Status: Deceased}}, nil},
		{"suspect not deceased", "false says nothing a Suspect records",
			htcdsHeaderLine + htcdsRowWith("suspect", map[string]string{"prs_Deceased": "false"}), nil, []Suspect{{ID: "P1"}}},
		{"recruitment country only", "an event with a country alone",
			v(map[string]string{"hte_Type": "Recruitment", "hte_Country": "MYS"}),
			recruited(Recruitment{Place: Place{Country: MustParseCountry("MY")}}), nil},
		{"recruitment country name", "countries by name", v(map[string]string{"hte_Type": "recruitment", "hte_Country": "Peru"}),
			recruited(Recruitment{Place: Place{Country: MustParseCountry("PE")}}), nil},
		{"recruitment type only", "an event with nothing recorded is nothing", v(map[string]string{"hte_Type": "Recruitment"}),
			[]Victim{{ID: "P1"}}, nil},
		{"date dd/mm/yyyy", "unambiguous: 15 is no month", v(map[string]string{"hte_Type": "Recruitment", "hte_Date": "15/09/2023"}),
			recruited(Recruitment{When: MustParseDate("2023-09-15")}), nil},
		{"date mm/dd/yyyy", "unambiguous: 15 is no month", v(map[string]string{"hte_Type": "Recruitment", "hte_Date": "9/15/2023"}),
			recruited(Recruitment{When: MustParseDate("2023-09-15")}), nil},
		{"date dd.mm.yyyy", "as German spreadsheets write it", v(map[string]string{"hte_Type": "Recruitment", "hte_Date": "23.10.2023"}),
			recruited(Recruitment{When: MustParseDate("2023-10-23")}), nil},
		{"date equal day and month", "either way round", v(map[string]string{"hte_Type": "Recruitment", "hte_Date": "05/05/2023"}),
			recruited(Recruitment{When: MustParseDate("2023-05-05")}), nil},
		{"date yyyy/mm/dd", "the year first is year, month, day, as East Asian spreadsheets write it", v(map[string]string{"hte_Type": "Recruitment", "hte_Date": "2023/09/05"}),
			recruited(Recruitment{When: MustParseDate("2023-09-05")}), nil},
		{"date month", "ISO 8601 at its precision", v(map[string]string{"hte_Type": "Recruitment", "hte_Date": "2023-09"}),
			recruited(Recruitment{When: MustParseDate("2023-09")}), nil},
		{"awkward ID", "IDs are opaque: commas, quotes and inner spaces survive",
			"id,role\n\"a, \"\"b\"\" c\",suspect\n", nil, []Suspect{{ID: "a, \"b\" c"}}},
		{"dead suspect", "prs_Deceased true is the status Deceased", htcdsHeaderLine + htcdsRowWith("suspect", map[string]string{"prs_Deceased": "true"}),
			nil, []Suspect{{ID: "P1", Status: SuspectDeceased}}},
		{"statuses", "this library's own column, codes or labels", "id,role,status,prs_Deceased,arrested\nV1,victim,in care,false,\nS1,suspect,Arrested,,2023-10-07/2023-10-08\nS2,suspect,at large,,\n",
			[]Victim{{ID: "V1", Status: InCare}}, []Suspect{{ID: "S1", Status: Arrested, Arrested: MustParsePeriod("2023-10-07/2023-10-08")}, {ID: "S2", Status: AtLarge}}},
		{"arrested day", "a day as dates are read", "id,role,status,arrested\nS1,suspect,Arrested,15/09/2023\n",
			nil, []Suspect{{ID: "S1", Status: Arrested, Arrested: MustParsePeriod("2023-09-15")}}},
		{"arrested day year first", "'2023/05/12' is one day, not a period from 2023 to a year 05/12", "id,role,status,arrested\nS1,suspect,Arrested,2023/05/12\n",
			nil, []Suspect{{ID: "S1", Status: Arrested, Arrested: MustParsePeriod("2023-05-12")}}},
		{"countries of the journey", "this library's own columns", "id,role,destination,exploitedIn\nV1,victim,Thailand,MY\n",
			[]Victim{{ID: "V1", Destination: MustParseCountry("TH"), ExploitedIn: MustParseCountry("MY")}}, nil},
		{"exploitation event", "its country is where the victim was exploited", v(map[string]string{"hte_Type": "Exploitation", "hte_Country": "TH"}),
			[]Victim{{ID: "P1", ExploitedIn: MustParseCountry("TH")}}, nil},
		{"no role, destination", "a victim's own column says whose the row is", "destination\nTH\n",
			[]Victim{{ID: "R2", Destination: MustParseCountry("TH")}}, nil},
		{"line break in a city", "free text holds line feeds", "id,role,hte_Type,hte_City\nV1,victim,Recruitment,\"Ipoh\nPerak\"\n",
			recruitedID("V1", Recruitment{Place: Place{Locality: "Ipoh\nPerak"}}), nil},
		{"quote inside a field", "it cannot be read any other way", "id,role\nP\"1,victim\n", []Victim{{ID: "P\"1"}}, nil},
		{"formula guard", "the apostrophe the writer adds goes", "id,role,hte_Type,hte_City\n'=1+2,victim,Recruitment,'-Lima\n",
			[]Victim{{ID: "=1+2", Recruitment: Recruitment{Place: Place{Locality: "-Lima"}}}}, nil},
		{"apostrophe kept", "only the guard goes", "id,role\n'x,victim\n''=x,victim\n", []Victim{{ID: "'x"}, {ID: "'=x"}}, nil},
		{"age", "a whole number of years", v(map[string]string{"vic_AgeWhenTrafficked": "017"}), []Victim{{ID: "P1", Age: AgeYears(17)}}, nil},
		{"age 16.0", "spreadsheets write numbers so", v(map[string]string{"vic_AgeWhenTrafficked": "16.0"}), []Victim{{ID: "P1", Age: AgeYears(16)}}, nil},
		{"age 16,0", "with a decimal comma", "id;role;vic_AgeWhenTrafficked\nP1;victim;16,0\n", []Victim{{ID: "P1", Age: AgeYears(16)}}, nil},
		{"no id column", "IDs from row numbers", "role,prs_Gender\nvictim,Feminine\n\nsuspect,Masculine\n",
			[]Victim{{ID: "R2", Gender: Feminine}}, []Suspect{{ID: "R4", Gender: Masculine}}},
		{"no role column", "the prefixes say", "prs_Gender,vic_TraffickingStatus,per_RoleInProcess\nFeminine,Possible victim of trafficking,\nMasculine,,Exploiter\n",
			[]Victim{{ID: "R2", Gender: Feminine, TraffickingStatus: PossibleVictimOfTrafficking}},
			[]Suspect{{ID: "R3", Gender: Masculine, Roles: []Role{Exploiter}}}},
		{"empty role cell", "the prefixes say", "id,role,vic_MethodsOfControl\nV1,,Other\n", []Victim{{ID: "V1", Controls: []ControlMethod{ControlOther}}}, nil},
		{"role in any case", "Victim, SUSPECT", "id,role\nV1,Victim\nS1,SUSPECT\nS2,perpetrator\n", []Victim{{ID: "V1"}}, []Suspect{{ID: "S1"}, {ID: "S2"}}},
		{"names", "first, middle and second names, in the order of a name", "prs_SecondName,id,role,prs_FirstName,prs_MiddleName\nDoe,V1,victim,Ann,\n,S1,suspect,Bo,X\n",
			[]Victim{{ID: "V1", Name: "Ann Doe"}}, []Suspect{{ID: "S1", Name: "Bo X"}}},
		{"XLSForm names", "the XLSForm renames three fields", "id,role,prs_First_Name,prs_Second_Name,vic_Methods_of_Control\nV1,victim,Ann,Doe,DebtBondage\n",
			[]Victim{{ID: "V1", Name: "Ann Doe", Controls: []ControlMethod{DebtBondage}}}, nil},
		{"column case", "column names match whatever their case and underscores", "ID,Role,PRS_GENDER,vic_methodsofcontrol\nV1,victim,Feminine,Other\n",
			[]Victim{{ID: "V1", Gender: Feminine, Controls: []ControlMethod{ControlOther}}}, nil},
		{"skipped columns", "known fields with no model field, form metadata, unnamed", ",id,role,prs_Email,_uuid,vic_TraffickinStatusDecisionMakingOrg\n7,V1,victim,a@b.example,u-1,Police\n",
			[]Victim{{ID: "V1"}}, nil},
		{"option columns", "KoBoToolbox's column per option", "id,role,vic_MethodsOfControl/DebtBondage,vic_MethodsOfControl/Other,per_RoleInProcess/Exploiter\nV1,victim,1,0,0\nS1,suspect,,,1\n",
			[]Victim{{ID: "V1", Controls: []ControlMethod{DebtBondage}}}, []Suspect{{ID: "S1", Roles: []Role{Exploiter}}}},
		{"option and list", "both exports agree", "vic_MethodsOfControl,vic_MethodsOfControl/DebtBondage\nDebtBondage Other,1\n",
			[]Victim{{ID: "R2", Controls: []ControlMethod{DebtBondage, ControlOther}}}, nil},
		{"HXL row", "skipped under the header", "id,role,prs_Gender\n#meta+id,#respondee+type,\nV1,victim,Feminine\n", []Victim{{ID: "V1", Gender: Feminine}}, nil},
		{"labels row", "the templates' second row", "id,role,prs_Gender,vic_MethodsOfControl\n,,Gender,Methods of Control\nV1,victim,Feminine,Other\n",
			[]Victim{{ID: "V1", Gender: Feminine, Controls: []ControlMethod{ControlOther}}}, nil},
		{"blank rows", "rows with nothing in named columns", ",id,role\n1,,\n2,V1,victim\n3, , \n", []Victim{{ID: "V1"}}, nil},
		{"short row", "missing cells at the end are empty", "id,role,prs_Gender\nV1,victim\n", []Victim{{ID: "V1"}}, nil},
		{"line break in a quoted skipped cell", "kept, and skipped", "id,role,cas_IncomingReferralDetails\nV1,victim,\"a\r\nb\"\n", []Victim{{ID: "V1"}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			victims, suspects, err := ReadHTCDS(strings.NewReader(tc.in))
			if err != nil {
				t.Fatalf("%v (%s)", err, tc.reason)
			}
			if d := cmp.Diff(tc.victims, victims); d != "" {
				t.Errorf("victims (-want +got):\n%s\nreason: %s", d, tc.reason)
			}
			if d := cmp.Diff(tc.suspects, suspects); d != "" {
				t.Errorf("suspects (-want +got):\n%s\nreason: %s", d, tc.reason)
			}
			// The same read a byte at a time.
			victims, suspects, err = ReadHTCDS(iotest.OneByteReader(strings.NewReader(tc.in)))
			if err != nil || !cmp.Equal(tc.victims, victims) || !cmp.Equal(tc.suspects, suspects) {
				t.Errorf("read a byte at a time: %v, or other people", err)
			}
		})
	}
}

func TestReadHTCDSErrors(t *testing.T) {
	v := func(cells map[string]string) string { return htcdsHeaderLine + htcdsRowWith("victim", cells) }
	s := func(cells map[string]string) string { return htcdsHeaderLine + htcdsRowWith("suspect", cells) }
	tests := []struct {
		name, reason string
		in           string
		row          int    // 0: not a CellError
		column       string // of the CellError
		want         error
		msg          string // the message, or a part of it
	}{
		{"unknown code", "codes are HTCDS's", v(map[string]string{"vic_MethodsOfControl": "DebtBondage;X"}),
			2, "vic_MethodsOfControl", ErrInvalid, `ReadHTCDS: row 2, column vic_MethodsOfControl: "X": not a vic_MethodsOfControl code or label: invalid`},
		{"extension code", "RestrictsMovement is this library's, not HTCDS's", v(map[string]string{"vic_MethodsOfControl": "RestrictsMovement"}),
			2, "vic_MethodsOfControl", ErrInvalid, `"RestrictsMovement": not a vic_MethodsOfControl code or label (did you mean "Other"?)`},
		{"ForcedCriminality", "exported as ForcedLabour, never written", v(map[string]string{"vic_TypeOfExploitation": "ForcedCriminality"}),
			2, "vic_TypeOfExploitation", ErrInvalid, `(did you mean "ForcedLabour"?)`},
		{"DeceptiveJobOffer", "exported as Other, never written", v(map[string]string{"vic_MethodOfRecruitment": "DeceptiveJobOffer"}),
			2, "vic_MethodOfRecruitment", ErrInvalid, ""},
		{"synonym", "a word HTCDS does not use, with the code it may mean", v(map[string]string{"prs_Gender": "Female"}),
			2, "prs_Gender", ErrInvalid, `"Female": not a prs_Gender code or label (did you mean "Feminine"?)`},
		{"industry letter", "the ISIC letter alone is neither code nor label", v(map[string]string{"vic_ForcedLabourIndustry": "F"}),
			2, "vic_ForcedLabourIndustry", ErrInvalid, ""},
		{"two industries", "a Victim records one", v(map[string]string{"vic_ForcedLabourIndustry": "C_Manufacturing F_Construction"}),
			2, "vic_ForcedLabourIndustry", ErrInvalid, "more than one value"},
		{"labels with spaces", "only codes are separated by spaces", v(map[string]string{"vic_MethodsOfControl": "Physical threats Debt bondage"}),
			2, "vic_MethodsOfControl", ErrInvalid, `"Physical threats Debt bondage"`},
		{"trafficking status", "unknown", v(map[string]string{"vic_TraffickingStatus": "Victim"}), 2, "vic_TraffickingStatus", ErrInvalid, ""},
		{"relationship", "unknown", v(map[string]string{"vic_RelationshipToTrafficker": "Friend"}),
			2, "vic_RelationshipToTrafficker", ErrInvalid, ""},
		{"role", "a person is a victim or a suspect", "id,role\nP1,witness\n", 2, "role", ErrInvalid, `"witness": want "victim" or "suspect"`},
		{"no role, both", "a row is one person's", "prs_Gender,vic_MethodsOfControl,per_RoleInProcess\nFeminine,Other,Exploiter\n",
			2, "role", ErrInvalid, "fills a victim's columns (vic_) and a suspect's (per_)"},
		{"no role, neither", "a row must say what it is", "id,prs_Gender\nP1,Feminine\n", 2, "role", ErrRequired, "fills no victim's column (vic_) and no suspect's (per_)"},
		{"no id", "a person needs an ID", "id,role\n,victim\n", 2, "id", ErrRequired, ""},
		{"blank id", "spaces are no ID", "id,role\n  ,victim\n", 2, "id", ErrRequired, ""},
		{"long id", "IDs are bounded", "id,role\n" + strings.Repeat("x", 257) + ",victim\n", 2, "id", ErrInvalid, "longer than 256 bytes"},
		{"NUL in id", "as DecodeOperation refuses", "id,role\nv\x001,victim\n", 2, "id", ErrInvalid, "control character"},
		{"line break in id", "a record may hold one; an ID may not", "id,role\n\"v\r\n1\",victim\n", 2, "id", ErrInvalid, "control character"},
		{"invalid UTF-8 in id", "as DecodeOperation refuses", "id,role\nv\xff,victim\n", 2, "id", ErrInvalid, "UTF-8"},
		{"bidi override in id", "text that displays as other text", "id,role\nv\u202e1,victim\n", 2, "id", ErrInvalid, "formatting character"},
		{"zero-width space in id", "two IDs that look the same", "id,role\nv\u200b1,victim\n", 2, "id", ErrInvalid, "formatting character"},
		{"space at an end of an id", "two IDs that look the same", "id,role\nv1 ,victim\n", 2, "id", ErrInvalid, "white space at an end"},
		{"long city", "text is bounded", v(map[string]string{"hte_Type": "Recruitment", "hte_City": strings.Repeat("x", MaxTextBytes+1)}),
			2, "hte_City", ErrInvalid, "longer than 16384 bytes"},
		{"bidi in city", "place names are text", v(map[string]string{"hte_Type": "Recruitment", "hte_City": "Ipoh\u2066"}),
			2, "hte_City", ErrInvalid, "bidirectional"},
		{"carriage return in city", "it would not survive a round trip", v(map[string]string{"hte_Type": "Recruitment", "hte_City": "Ipoh\r"}),
			2, "hte_City", ErrInvalid, "control character"},
		{"status", "a victim's statuses are not a suspect's", "id,role,status\nV1,victim,Arrested\n", 2, "status", ErrInvalid, "not a VictimStatus code or label"},
		{"deceased and status", "they disagree", "id,role,status,prs_Deceased\nV1,victim,Rescued,true\n", 2, "prs_Deceased", ErrInvalid, "disagrees with the status Rescued"},
		{"alive and deceased", "they disagree", "id,role,status,prs_Deceased\nS1,suspect,Deceased,no\n", 2, "prs_Deceased", ErrInvalid, "disagrees"},
		{"arrested victim", "a suspect's column", "id,role,arrested\nV1,victim,2023-10\n", 2, "arrested", ErrInvalid, "a suspect's column, filled on a victim's row"},
		{"arrest out of order", "a period in order", "id,role,arrested\nS1,suspect,2023-10-08/2023-10-07\n", 2, "arrested", ErrOutOfOrder, ""},
		{"exploitation event with a city", "a Victim records the country only", v(map[string]string{"hte_Type": "Exploitation", "hte_City": "Bangkok"}),
			2, "hte_City", ErrInvalid, "the country of its exploitation, not its hte_City"},
		{"two countries of exploitation", "the event and the column disagree", "id,role,exploitedIn,hte_Type,hte_Country\nV1,victim,MY,Exploitation,TH\n",
			2, "hte_Country", ErrInvalid, "disagrees with exploitedIn MY"},
		{"unknown column", "nothing is dropped unread", "id,role,prs_FavouriteColour\nP1,victim,red\n",
			1, "3", ErrInvalid, `ReadHTCDS: row 1, column 3: "prs_FavouriteColour": not a field of HTCDS 2.0: invalid`},
		{"misspelt column", "a suggestion", "id,role,prs_Gendre\nP1,victim,Feminine\n", 1, "3", ErrInvalid, `(did you mean "prs_Gender"?)`},
		{"unknown option column", "an option of nothing", "id,role,vic_MethodsOfControl/Blackmail\nP1,victim,1\n", 1, "3", ErrInvalid, "not an option of vic_MethodsOfControl"},
		{"column twice", "which would win?", "id,role,ID\nP1,victim,P2\n", 1, "3", ErrInvalid, "the same field as column 1"},
		{"alias twice", "the XLSForm's name and the standard's", "prs_FirstName,prs_First_Name,role\nA,B,victim\n", 1, "2", ErrInvalid, ""},
		{"per on a victim", "a Victim has no roles", v(map[string]string{"per_RoleInProcess": "Exploiter"}), 2, "per_RoleInProcess", ErrInvalid, ""},
		{"vic on a suspect", "a Suspect has no controls", s(map[string]string{"vic_MethodsOfControl": "DebtBondage"}),
			2, "vic_MethodsOfControl", ErrInvalid, ""},
		{"location vic on a suspect", "a free-text location is not quoted: it may be personal data", "id,role,vic_LocationOfRecruitment\nS1,suspect,Ipoh\n",
			2, "vic_LocationOfRecruitment", ErrInvalid, "a victim's column, filled on a suspect's row (the value is not shown"},
		{"hte on a suspect", "a Suspect has no recruitment", s(map[string]string{"hte_Type": "Recruitment"}), 2, "hte_Type", ErrInvalid, ""},
		{"checkbox", "true or false", v(map[string]string{"prs_Deceased": "maybe"}), 2, "prs_Deceased", ErrSyntax, ""},
		{"option value", "1 or 0", "id,role,vic_MethodsOfControl/Other\nV1,victim,x\n", 2, "vic_MethodsOfControl/Other", ErrSyntax, ""},
		{"transit", "a Victim records no transit", v(map[string]string{"hte_Type": "Transit"}), 2, "hte_Type", ErrInvalid, "a Victim records no transit"},
		{"event type", "unknown", v(map[string]string{"hte_Type": "Arrival"}), 2, "hte_Type", ErrInvalid, ""},
		{"event without type", "which event is the date of?", v(map[string]string{"hte_Date": "2023-09"}), 2, "hte_Type", ErrRequired, ""},
		{"bad date", "no month 13", v(map[string]string{"hte_Type": "Recruitment", "hte_Date": "2023-13"}), 2, "hte_Date", ErrRange, ""},
		{"no such day", "no 31 September", v(map[string]string{"hte_Type": "Recruitment", "hte_Date": "31/09/2023"}), 2, "hte_Date", ErrRange, ""},
		{"ambiguous date", "5 September or May 9?", v(map[string]string{"hte_Type": "Recruitment", "hte_Date": "05/09/2023"}),
			2, "hte_Date", ErrAmbiguous, "HTCDSOptions.DateOrder"},
		{"two-digit year", "which century?", v(map[string]string{"hte_Type": "Recruitment", "hte_Date": "15/09/23"}), 2, "hte_Date", ErrSyntax, ""},
		{"date words", "numbers only", v(map[string]string{"hte_Type": "Recruitment", "hte_Date": "Sept 2023"}), 2, "hte_Date", ErrSyntax, ""},
		{"age range", "HTCDS's age is a number: a range is a form the cell cannot hold, not a number too large", v(map[string]string{"vic_AgeWhenTrafficked": "18-20"}), 2, "vic_AgeWhenTrafficked", ErrSyntax, "an age range"},
		{"age unknown", "a word for an unknown age: the cell is left empty for that", v(map[string]string{"vic_AgeWhenTrafficked": "unknown"}), 2, "vic_AgeWhenTrafficked", ErrSyntax, "leave the cell empty"},
		{"age too old", "0 to 150", v(map[string]string{"vic_AgeWhenTrafficked": "151"}), 2, "vic_AgeWhenTrafficked", ErrRange, ""},
		{"age negative", "0 to 150", v(map[string]string{"vic_AgeWhenTrafficked": "-1"}), 2, "vic_AgeWhenTrafficked", ErrRange, ""},
		{"age decimal", "whole years", v(map[string]string{"vic_AgeWhenTrafficked": "17.5"}), 2, "vic_AgeWhenTrafficked", ErrRange, ""},
		{"age thousands", "16,000 is no age", v(map[string]string{"vic_AgeWhenTrafficked": "16,000"}), 2, "vic_AgeWhenTrafficked", ErrRange, ""},
		{"ZZ", "no country", v(map[string]string{"prs_Citizenship": "MY;ZZ"}), 2, "prs_Citizenship", ErrUnknownCountry, `"ZZ": the code for an unknown country`},
		{"EU", "not a country", v(map[string]string{"prs_Citizenship": "EU"}), 2, "prs_Citizenship", ErrNotCountry, ""},
		{"ambiguous country", "two Koreas", v(map[string]string{"prs_Citizenship": "Korea"}), 2, "prs_Citizenship", ErrAmbiguous, ""},
		{"XXA", "statuses are not written, and not read", v(map[string]string{"prs_Citizenship": "XXA"}), 2, "prs_Citizenship", ErrNotCountry, ""},
		{"demonym", "a country, not a nationality", v(map[string]string{"prs_Citizenship": "Malaysian"}), 2, "prs_Citizenship", ErrUnknownCountry, ""},
		{"event country", "not a country", v(map[string]string{"hte_Type": "Recruitment", "hte_Country": "Atlantis"}), 2, "hte_Country", ErrUnknownCountry, ""},
		{"row 3", "rows count from the header", htcdsHeaderLine + htcdsRowWith("victim", nil) + htcdsRowWith("victim", map[string]string{"prs_Gender": "X"}),
			3, "prs_Gender", ErrInvalid, "row 3, column prs_Gender"},
		{"cell with no column", "a value past the header", "id,role\nP1,victim,extra\n", 2, "3", ErrInvalid, "a value in a column with no header"},
		{"text after a closing quote", "not CSV", "id,role\n\"P\"1,victim\n", 0, "", ErrSyntax, `ReadHTCDS: line 2: text after the closing quote`},
		{"unterminated quote", "not CSV", "id,role\n\"P1,victim\n", 0, "", ErrSyntax, "line 2: a quoted field with no closing quote"},
		{"empty", "no header", "", 0, "", ErrSyntax, "ReadHTCDS: no header row: invalid syntax"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			victims, suspects, err := ReadHTCDS(strings.NewReader(tc.in))
			if err == nil {
				t.Fatalf("no error (%s)", tc.reason)
			}
			if victims != nil || suspects != nil {
				t.Errorf("people returned with the error")
			}
			if !errors.Is(err, tc.want) {
				t.Errorf("error %q does not wrap %q (%s)", err, tc.want, tc.reason)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q lacks %q", err, tc.msg)
			}
			if strings.Contains(err.Error(), "rescue:") || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q: one problem is one line, with no package prefix", err)
			}
			var ce *CellError
			switch {
			case tc.row == 0:
				if errors.As(err, &ce) {
					t.Errorf("error %q is a CellError", err)
				}
			case !errors.As(err, &ce):
				t.Errorf("error %q is not a CellError", err)
			case ce.Row != tc.row || ce.Column != tc.column:
				t.Errorf("row %d, column %s; want row %d, column %s", ce.Row, ce.Column, tc.row, tc.column)
			}
		})
	}
}

// TestReadHTCDSEveryProblem checks that every bad cell is reported, not
// only the first, and that past 1,000 problems the rest are counted.
func TestReadHTCDSEveryProblem(t *testing.T) {
	in := "id,role,prs_Gender,prs_Citizenship\nV1,victim,X,MY\nV2,victim,Feminine,ZZ\nV3,victim,Y,EU\nV4,victim,Feminine,MY\n"
	_, _, err := ReadHTCDS(strings.NewReader(in))
	var cells []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var ce *CellError
		if errors.As(e, &ce) {
			cells = append(cells, strconv.Itoa(ce.Row)+" "+ce.Column)
		}
	}
	want := []string{"2 prs_Gender", "3 prs_Citizenship", "4 prs_Gender", "4 prs_Citizenship"}
	if d := cmp.Diff(want, cells); d != "" {
		t.Errorf("problems (-want +got):\n%s\n%v", d, err)
	}
	if !errors.Is(err, ErrInvalid) || !errors.Is(err, ErrUnknownCountry) || !errors.Is(err, ErrNotCountry) {
		t.Errorf("%v: errors.Is misses a sentinel", err)
	}

	// 1,500 bad cells: 1,000 kept, 500 counted, ten in the text.
	in = "id,role,prs_Gender\n" + strings.Repeat("V,victim,X\n", 1500)
	_, _, err = ReadHTCDS(strings.NewReader(in))
	errs := err.(interface{ Unwrap() []error }).Unwrap()
	var more *MoreErrors
	if len(errs) != 1001 || !errors.As(errs[1000], &more) || more.N != 500 {
		t.Errorf("%d problems kept, want 1,000 and MoreErrors{500}", len(errs))
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 11 || lines[10] != "ReadHTCDS: and 1490 more problems" {
		t.Errorf("the error's text has %d lines, ending %q", len(lines), lines[len(lines)-1])
	}
}

// TestReadHTCDSGolden reads the KoBoToolbox-style export and the
// semicolon CSV of testdata/htcds into the people they hold.
func TestReadHTCDSGolden(t *testing.T) {
	my, th, vn := MustParseNationality("MY"), MustParseNationality("TH"), MustParseNationality("VN")
	tests := []struct {
		file     string
		victims  []Victim
		suspects []Suspect
		skipped  int
	}{
		{"kobo-export.csv", []Victim{
			{ID: "R2", Name: "Example Person-One", Gender: Feminine, Nationality: my, TraffickingStatus: ActualVictimOfTrafficking,
				Recruitment: Recruitment{Methods: []RecruitmentMethod{ThroughOnlineSocialNetworks, AtWork}},
				Controls:    []ControlMethod{PhysicalThreats, DebtBondage}, Exploitation: []Exploitation{ForcedLabour}, LabourSector: SectorAgriculture},
			{ID: "R3", Gender: TransgenderFeminine, Nationality: th, TraffickingStatus: PossibleVictimOfTrafficking,
				Controls: []ControlMethod{ControlOther, WithholdsDocuments}, Exploitation: []Exploitation{SexualExploitation, ForcedMarriage},
				SexExploitation: []SexExploitationType{Prostitution, RemoteInteractiveServices}},
			{ID: "R4", TraffickingStatus: PossibleVictimOfTrafficking, Exploitation: []Exploitation{ForcedBegging}},
			{ID: "R5", Name: "Example Person-Four", Gender: Masculine, Nationality: vn, TraffickingStatus: ActualVictimOfTrafficking,
				Recruitment: Recruitment{Methods: []RecruitmentMethod{ThroughFriendsOrSocialEvents}},
				Controls:    []ControlMethod{ExcessiveWorkingHours, TakesEarnings, PsychologicalAbuse}, Exploitation: []Exploitation{ForcedLabour},
				LabourSector: SectorConstruction},
		}, nil, 30},
		{"semicolon.csv", []Victim{
			{ID: "V1", Gender: Feminine, Nationality: vn, TraffickingStatus: PossibleVictimOfTrafficking, Age: AgeYears(16), RecruiterRelation: Friend,
				Recruitment: Recruitment{When: MustParseDate("2023-09-15"), Place: Place{Locality: "Hà Nội", Country: MustParseCountry("VN")},
					Methods: []RecruitmentMethod{ThroughOnlineSocialNetworks, AtWork}},
				Controls: []ControlMethod{PhysicalThreats, DebtBondage}, Exploitation: []Exploitation{ForcedLabour}, LabourSector: SectorAgriculture},
			{ID: "V2", Gender: TransgenderFeminine, Nationality: MustParseNationality("KR"), TraffickingStatus: ActualVictimOfTrafficking,
				Age: AgeYears(17), RecruiterRelation: RecruiterOther,
				Recruitment: Recruitment{When: MustParseDate("2023-10-23"), Place: Place{Country: MustParseCountry("KR")}},
				Controls:    []ControlMethod{ThreatsLawEnforcement}, Exploitation: []Exploitation{SexualExploitation},
				SexExploitation: []SexExploitationType{Prostitution}},
			{ID: "V3", Nationality: th, OtherNationalities: []Nationality{MustParseNationality("MM")}, Status: Deceased,
				TraffickingStatus: NotAVictimOfTrafficking, RecruiterRelation: Family,
				Recruitment: Recruitment{Methods: []RecruitmentMethod{RecruitmentOther}},
				Controls:    []ControlMethod{ControlOther}, Exploitation: []Exploitation{ExploitationOther}},
		}, []Suspect{
			{ID: "S1", Gender: Masculine, Nationality: th, Roles: []Role{RecruiterOrIntermediary, Exploiter}},
			{ID: "S2", Gender: Masculine, Nationality: th, OtherNationalities: []Nationality{my}, Roles: []Role{Transporter}},
		}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			b, err := os.ReadFile("testdata/htcds/" + tc.file)
			if err != nil {
				t.Fatal(err)
			}
			r := NewHTCDSReader(bytes.NewReader(b), HTCDSOptions{})
			victims, suspects, err := r.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tc.victims, victims); d != "" {
				t.Errorf("victims (-want +got):\n%s", d)
			}
			if d := cmp.Diff(tc.suspects, suspects); d != "" {
				t.Errorf("suspects (-want +got):\n%s", d)
			}
			if n := len(r.Skipped()); n != tc.skipped {
				t.Errorf("%d columns skipped, want %d: %q", n, tc.skipped, r.Skipped())
			}
		})
	}
}

// TestHTCDSReaderStream reads row by row: a bad row is an error with its
// row number, and reading goes on; an error of the file ends it.
func TestHTCDSReaderStream(t *testing.T) {
	in := "id,role,prs_Gender\nV1,victim,Feminine\n\nV3,victim,X\nS4,suspect,\n"
	r := NewHTCDSReader(strings.NewReader(in), HTCDSOptions{})
	var got []string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		switch {
		case err != nil:
			got = append(got, strconv.Itoa(rec.Row)+" error "+err.Error())
		case rec.Victim != nil:
			got = append(got, strconv.Itoa(rec.Row)+" victim "+rec.Victim.ID+" "+rec.Victim.Gender.String())
		default:
			got = append(got, strconv.Itoa(rec.Row)+" suspect "+rec.Suspect.ID)
		}
	}
	want := []string{
		"2 victim V1 Feminine",
		`4 error HTCDSReader.Read: row 4, column prs_Gender: "X": not a prs_Gender code or label: invalid`,
		"5 suspect S4",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	if _, err := r.Read(); err != io.EOF {
		t.Errorf("after the end: %v, want io.EOF", err)
	}

	r = NewHTCDSReader(strings.NewReader("id,role\nV1,victim\n\"V2,victim\n"), HTCDSOptions{})
	if rec, err := r.Read(); err != nil || rec.Victim.ID != "V1" {
		t.Fatalf("%v, %v", rec, err)
	}
	for range 2 {
		if _, err := r.Read(); !errors.Is(err, ErrSyntax) {
			t.Errorf("%v, want the unterminated quote, again and again", err)
		}
	}

	// A record's slices are its own, not the reader's scratch.
	r = NewHTCDSReader(strings.NewReader("role,vic_MethodsOfControl\nvictim,Other\nvictim,DebtBondage\n"), HTCDSOptions{})
	a, _ := r.Read()
	b, _ := r.Read()
	if a.Victim.Controls[0] != ControlOther || b.Victim.Controls[0] != DebtBondage {
		t.Errorf("records share their slices: %v, %v", a.Victim.Controls, b.Victim.Controls)
	}
}

func TestHTCDSOptions(t *testing.T) {
	date := func(opt HTCDSOptions, s string) (Date, error) {
		r := NewHTCDSReader(strings.NewReader("vic_TraffickingStatus,hte_Type,hte_Date\nPossibleVictimOfTrafficking,Recruitment,"+s+"\n"), opt)
		victims, _, err := r.ReadAll()
		if err != nil {
			return Date{}, err
		}
		return victims[0].Recruitment.When, nil
	}
	for _, tc := range []struct {
		order DateOrder
		in    string
		want  string
	}{
		{DayMonthYear, "05/09/2023", "2023-09-05"},
		{MonthDayYear, "05/09/2023", "2023-05-09"},
		{DayMonthYear, "2023-05-09", "2023-05-09"},
		{MonthDayYear, "12.31.2023", "2023-12-31"},
	} {
		d, err := date(HTCDSOptions{DateOrder: tc.order}, tc.in)
		if err != nil || d.String() != tc.want {
			t.Errorf("order %d, %s: %s, %v; want %s", tc.order, tc.in, d, err, tc.want)
		}
	}
	if _, err := date(HTCDSOptions{DateOrder: DayMonthYear}, "9/15/2023"); !errors.Is(err, ErrRange) {
		t.Errorf("month 15 read day first: %v, want ErrRange", err)
	}
	if _, err := date(HTCDSOptions{DateOrder: 9}, "2023"); !errors.Is(err, ErrInvalid) {
		t.Errorf("DateOrder 9: %v, want ErrInvalid", err)
	}

	in := "id,role\n" + strings.Repeat("V,victim\n", 10)
	if v, _, err := NewHTCDSReader(strings.NewReader(in), HTCDSOptions{MaxRecords: 10}).ReadAll(); err != nil || len(v) != 10 {
		t.Errorf("10 records, MaxRecords 10: %d, %v", len(v), err)
	}
	_, _, err := NewHTCDSReader(strings.NewReader(in), HTCDSOptions{MaxRecords: 9}).ReadAll()
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "HTCDSReader.ReadAll: row 11: more than 9 records") {
		t.Errorf("10 records, MaxRecords 9: %v", err)
	}
	if v, _, err := NewHTCDSReader(strings.NewReader(in), HTCDSOptions{MaxBytes: int64(len(in))}).ReadAll(); err != nil || len(v) != 10 {
		t.Errorf("at MaxBytes: %d, %v", len(v), err)
	}
	if _, _, err := NewHTCDSReader(strings.NewReader(in+"V"), HTCDSOptions{MaxBytes: int64(len(in))}).ReadAll(); !errors.Is(err, ErrTooLarge) {
		t.Errorf("past MaxBytes: %v", err)
	}
	if v, _, err := NewHTCDSReader(strings.NewReader(in), HTCDSOptions{MaxBytes: -1, MaxRecords: -1}).ReadAll(); err != nil || len(v) != 10 {
		t.Errorf("no limits: %d, %v", len(v), err)
	}
	if v, _, err := NewHTCDSReader(strings.NewReader("id\trole\nV\tvictim\n"), HTCDSOptions{Comma: '\t'}).ReadAll(); err != nil || len(v) != 1 {
		t.Errorf("tabs: %d, %v", len(v), err)
	}
	if _, _, err := NewHTCDSReader(strings.NewReader(in), HTCDSOptions{Comma: '|'}).ReadAll(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Comma '|': %v, want ErrInvalid", err)
	}
}

// TestHTCDSRowReader reads rows from a csv.Reader, as a spreadsheet's
// rows would be read.
func TestHTCDSRowReader(t *testing.T) {
	cr := csv.NewReader(strings.NewReader("id,role,prs_Gender\nV1,victim,Feminine\nS1,suspect,\n"))
	cr.ReuseRecord = true
	victims, suspects, err := NewHTCDSRowReader(cr, HTCDSOptions{}).ReadAll()
	if err != nil || !cmp.Equal(victims, []Victim{{ID: "V1", Gender: Feminine}}) || !cmp.Equal(suspects, []Suspect{{ID: "S1"}}) {
		t.Errorf("%v %v %v", victims, suspects, err)
	}
	cr = csv.NewReader(strings.NewReader("id,role\n" + strings.Repeat("V,victim\n", 3)))
	if _, _, err := NewHTCDSRowReader(cr, HTCDSOptions{MaxBytes: 20}).ReadAll(); !errors.Is(err, ErrTooLarge) {
		t.Errorf("past MaxBytes: %v", err)
	}
}

// TestReadHTCDSNoPersonalData checks that the values of names, and of the
// columns the reader skips, never reach an error.
func TestReadHTCDSNoPersonalData(t *testing.T) {
	const marker = "Siti Aminah"
	for _, in := range []string{
		"id,role,prs_FirstName\nV1,victim,\"" + marker + "\x01\"\n",
		"id,role,prs_SecondName\nV1,victim," + marker + strings.Repeat("x", MaxTextBytes) + "\n",
		"id,role,prs_FirstName\nV1,victim,\"" + marker + "\u202e\"\n",
		"id,role,vic_LocationOfExploitation\nS1,suspect," + marker + "\n",
		"id,role,prs_FirstName,prs_Gender\nV1,witness," + marker + ",X\n",
		"id,role,prs_FirstName\nV1,victim,\"" + marker + "\"x\n",
		"id,role,prs_FirstName\nV1,victim,\"" + marker,
		"prs_FirstName,prs_Email\n" + marker + "," + marker + "\n",
	} {
		_, _, err := ReadHTCDS(strings.NewReader(in))
		if err == nil {
			t.Errorf("%q: no error", in)
			continue
		}
		if strings.Contains(err.Error(), "Siti") {
			t.Errorf("the error holds a name: %v", err)
		}
	}
}

// TestHTCDSWriterAgrees checks that what WriteHTCDS writes ReadHTCDS reads,
// and what ReadHTCDS refuses WriteHTCDS refuses: IDs and place names break
// the same rules in both.
func TestHTCDSWriterAgrees(t *testing.T) {
	for _, tc := range []struct {
		name, id, city string
		want           error
	}{
		{"257-byte ID", strings.Repeat("x", 257), "", ErrInvalid},
		{"CRLF in an ID", "v\r\n1", "", ErrInvalid},
		{"NUL", "v\x001", "", ErrInvalid},
		{"invalid UTF-8", "v\xff", "", ErrInvalid},
		{"bidi", "v\u202e", "", ErrInvalid},
		{"format", "\ufeffv", "", ErrInvalid},
		{"blank", "  ", "", ErrInvalid},
		{"CR in a city", "V1", "Ip\roh", ErrInvalid},
		{"blank city", "V1", " ", ErrInvalid}, // read as no city: a blank cell is an empty one
		{"256-byte ID", strings.Repeat("x", 256), "", nil},
		{"formula ID", "=HYPERLINK(\"x\")", "@SUM(A1)", nil},
		{"spaces", "a b", "  Ipoh", nil},
		{"tab and line feed in a city", "V1", "\tIpoh\nPerak", nil},
	} {
		op := &Operation{ID: "O", Victims: []Victim{{ID: tc.id, Recruitment: Recruitment{Place: Place{Locality: tc.city}}}}}
		var buf bytes.Buffer
		werr := WriteHTCDS(&buf, op)
		if !errors.Is(werr, tc.want) || tc.want == nil && werr != nil {
			t.Errorf("%s: WriteHTCDS: %v, want %v", tc.name, werr, tc.want)
			continue
		}
		// Build the file by hand for the reader, with the same cells.
		var in bytes.Buffer
		w := csv.NewWriter(&in)
		w.Write([]string{"id", "role", "hte_Type", "hte_City"})
		w.Write([]string{tc.id, "victim", "Recruitment", tc.city})
		w.Flush()
		victims, _, rerr := ReadHTCDS(&in)
		if tc.want == nil {
			if rerr != nil {
				t.Errorf("%s: ReadHTCDS: %v", tc.name, rerr)
			}
			got, _, err := ReadHTCDS(&buf)
			if err != nil || got[0].ID != tc.id || got[0].Recruitment.Place.Locality != tc.city {
				t.Errorf("%s: written and read: %q, %v", tc.name, got, err)
			}
			if bytes.HasPrefix(buf.Bytes()[strings.Index(buf.String(), "\n")+1:], []byte("=")) {
				t.Errorf("%s: a cell a spreadsheet would run: %q", tc.name, buf.String())
			}
			continue
		}
		if rerr == nil && !(strings.TrimSpace(tc.city) == "" && victims[0].Recruitment.Place.Locality == "") {
			t.Errorf("%s: ReadHTCDS read %q, which WriteHTCDS refuses", tc.name, victims)
		}
	}
}
