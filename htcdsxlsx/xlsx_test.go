package htcdsxlsx

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/antitrafficking/rescue"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// readCSV reads a CSV file of the rescue module's testdata into people.
func readCSV(t *testing.T, name string) ([]rescue.Victim, []rescue.Suspect) {
	t.Helper()
	b, err := os.ReadFile("../testdata/htcds/" + name)
	if err != nil {
		t.Fatal(err)
	}
	victims, suspects, err := rescue.ReadHTCDS(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return victims, suspects
}

// TestRoundTrip writes the people of the rescue module's test files to a
// workbook and reads them back, equal but for names, which are not
// written.
func TestRoundTrip(t *testing.T) {
	for _, name := range []string{"write-lima.csv", "semicolon.csv", "kobo-export.csv", "toolkit-filled.csv"} {
		t.Run(name, func(t *testing.T) {
			victims, suspects := readCSV(t, name)
			for i := range victims {
				victims[i].Name = ""
				if victims[i].RecruiterRelation == rescue.RecruiterOther {
					victims[i].RecruiterRelation = 0 // written as empty, as WriteHTCDS does
				}
			}
			for i := range suspects {
				suspects[i].Name = ""
			}
			op := &rescue.Operation{ID: "O", Victims: victims, Suspects: suspects}
			var buf bytes.Buffer
			if err := Write(&buf, rescue.HTCDSOptions{HXL: true}, op); err != nil {
				t.Fatal(err)
			}
			v2, s2, err := Read(bytes.NewReader(buf.Bytes()), rescue.HTCDSOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(victims, v2); d != "" {
				t.Errorf("victims (-written +read):\n%s", d)
			}
			if d := cmp.Diff(suspects, s2); d != "" {
				t.Errorf("suspects (-written +read):\n%s", d)
			}
		})
	}
}

// TestDropdowns checks the workbook Write writes: the toolkit's sheets and
// header rows, and on every column with a list a dropdown that offers the
// list, kept in the validation sheet.
func TestDropdowns(t *testing.T) {
	victims, suspects := readCSV(t, "write-lima.csv")
	var buf bytes.Buffer
	if err := Write(&buf, rescue.HTCDSOptions{}, &rescue.Operation{ID: "O", Victims: victims, Suspects: suspects}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !cmp.Equal(got, []string{"Case Sheet", "validation", "about"}) {
		t.Errorf("sheets %q", got)
	}
	rows, err := f.GetRows("Case Sheet")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2+len(victims)+len(suspects) || rows[0][0] != "id" || rows[1][0] != "ID" || rows[1][3] != "Gender" {
		t.Errorf("%d rows, starting %q, %q", len(rows), rows[0][:3], rows[1][:3])
	}
	if visible, err := f.GetRowVisible("Case Sheet", 1); err != nil || visible {
		t.Errorf("the field names' row is not hidden: %v", err)
	}
	dvs, err := f.GetDataValidations("Case Sheet")
	if err != nil {
		t.Fatal(err)
	}
	lists := 0
	for i, name := range rows[0] {
		choices := rescue.HTCDSChoices(name, true)
		col, _ := excelize.ColumnNumberToName(i + 1)
		var dv *excelize.DataValidation
		for _, d := range dvs {
			if strings.HasPrefix(d.Sqref, col+"3:") {
				dv = d
			}
		}
		if choices == nil {
			if dv != nil {
				t.Errorf("%s: a dropdown on a column with no list", name)
			}
			continue
		}
		if dv == nil {
			t.Errorf("%s: no dropdown", name)
			continue
		}
		lists++
		if !strings.Contains(dv.Formula1, "validation!$") {
			t.Errorf("%s: dropdown %q is not a range of the validation sheet", name, dv.Formula1)
			continue
		}
		listCol := strings.Split(strings.Split(dv.Formula1, "$")[1], "$")[0]
		for j, c := range choices {
			got, _ := f.GetCellValue("validation", listCol+strconv.Itoa(j+2))
			if got != c {
				t.Errorf("%s: choice %d is %q, want %q", name, j, got, c)
			}
		}
		if !strings.HasSuffix(dv.Formula1, "$"+strconv.Itoa(len(choices)+1)) && !strings.Contains(dv.Formula1, "$"+strconv.Itoa(len(choices)+1)+"<") {
			t.Errorf("%s: the dropdown %q does not end at row %d", name, dv.Formula1, len(choices)+1)
		}
	}
	if lists != 17 {
		t.Errorf("%d dropdowns, want 17", lists)
	}
}

// fillTemplate fills a template of the toolkit with a row per value of
// each of its dropdowns (as people pick them), and returns the workbook.
func fillTemplate(t *testing.T, name string) ([]byte, []rescue.Victim) {
	t.Helper()
	f, err := excelize.OpenFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetList()[0]
	header, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	col := func(field string) string {
		for i, h := range header[0] {
			if h == field {
				c, _ := excelize.ColumnNumberToName(i + 1)
				return c
			}
		}
		t.Fatalf("%s: no column %s", name, field)
		return ""
	}
	type pick struct{ field, value string }
	rows := [][]pick{
		{{"prs_Gender", "TransgenderFeminine"}, {"prs_Citizenship", "Viet Nam"}, {"vic_TraffickingStatus", "Actual victim of trafficking"},
			{"vic_MethodsOfControl", "Threatens children/family"}, {"vic_TypeOfExploitation", "Forced military (by non-state actors)"},
			{"vic_ForcedLabourIndustry", "Wholesale and retail trade; repair of motor vehicles and motorcycles"}, {"prs_FirstName", "Ann"}},
		{{"prs_Citizenship", "Korea, Republic of"}, {"vic_MethodOfRecruitment", "Through friends or social events"},
			{"vic_TypeOfSexExploitation", "Remote Interactive Services"}, {"cas_Status", "Closed Referred"}},
	}
	if strings.HasSuffix(name, ".xlsm") { // the macro joins choices with ";"
		rows = append(rows, []pick{{"vic_MethodsOfControl", "Debt bondage;Physical threats"}, {"vic_TypeOfExploitation", "Forced labour;Child labour"}})
	}
	for i, r := range rows {
		for _, p := range r {
			if err := f.SetCellValue(sheet, col(p.field)+strconv.Itoa(3+i), p.value); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	want := []rescue.Victim{
		{ID: "R3", Name: "Ann", Gender: rescue.TransgenderFeminine, Nationality: rescue.MustParseNationality("VN"),
			TraffickingStatus: rescue.ActualVictimOfTrafficking, Controls: []rescue.ControlMethod{rescue.ThreatensChildrenFamily},
			Exploitation: []rescue.Exploitation{rescue.ForcedMilitaryByNonStateActors}, LabourSector: rescue.SectorTrade},
		{ID: "R4", Nationality: rescue.MustParseNationality("KR"), Recruitment: rescue.Recruitment{Methods: []rescue.RecruitmentMethod{rescue.ThroughFriendsOrSocialEvents}},
			SexExploitation: []rescue.SexExploitationType{rescue.RemoteInteractiveServices}},
	}
	if len(rows) == 3 {
		want = append(want, rescue.Victim{ID: "R5", Controls: []rescue.ControlMethod{rescue.DebtBondage, rescue.PhysicalThreats},
			Exploitation: []rescue.Exploitation{rescue.ForcedLabour, rescue.ChildLabour}})
	}
	return buf.Bytes(), want
}

// TestToolkitTemplates reads the toolkit's three templates, empty (their
// thousand numbered rows are no one's) and filled in.
func TestToolkitTemplates(t *testing.T) {
	for _, name := range []string{"template-v2.0.xlsx", "template-single-select.xlsx", "template-multi-select.xlsm"} {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile("testdata/" + name)
			if err != nil {
				t.Fatal(err)
			}
			victims, suspects, err := Read(bytes.NewReader(b), rescue.HTCDSOptions{})
			if err != nil || victims != nil || suspects != nil {
				t.Errorf("empty template: %d victims, %d suspects, %v", len(victims), len(suspects), err)
			}
			filled, want := fillTemplate(t, name)
			victims, _, err = Read(bytes.NewReader(filled), rescue.HTCDSOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(want, victims); d != "" {
				t.Errorf("victims (-want +got):\n%s", d)
			}
		})
	}
}

// TestDates reads a date a spreadsheet stores as a number of days, and a
// year typed as a number.
func TestDates(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	for i, v := range []any{"id", "role", "hte_Type", "hte_Date"} {
		c, _ := excelize.CoordinatesToCellName(i+1, 1)
		f.SetCellValue("Sheet1", c, v)
	}
	f.SetSheetRow("Sheet1", "A2", &[]any{"V1", "victim", "Recruitment", time.Date(2023, 9, 15, 0, 0, 0, 0, time.UTC)})
	f.SetSheetRow("Sheet1", "A3", &[]any{"V2", "victim", "Recruitment", 2023})
	f.SetSheetRow("Sheet1", "A4", &[]any{"V3", "victim", "Recruitment", "2023-09"})
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	victims, _, err := Read(&buf, rescue.HTCDSOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"2023-09-15", "2023", "2023-09"} {
		if got := victims[i].Recruitment.When.String(); got != want {
			t.Errorf("%s: %s, want %s", victims[i].ID, got, want)
		}
	}
}

// TestArrestedDates: a date typed in Excel in the arrested column is a
// serial number of days, read as its day like hte_Date's; a span typed as
// text is read as it is.
func TestArrestedDates(t *testing.T) {
	cases := []struct {
		cell   any
		want   string
		reason string
	}{
		{time.Date(2023, 10, 7, 0, 0, 0, 0, time.UTC), "2023-10-07", "a date cell, stored as 45206"},
		{45207, "2023-10-08", "the serial number typed or pasted as a number"},
		{"2023-10-07/2023-10-08", "2023-10-07/2023-10-08", "a span, as text"},
	}
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetRow("Sheet1", "A1", &[]any{"id", "role", "status", "Arrested"})
	for i, tc := range cases {
		f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+2), &[]any{fmt.Sprintf("S%d", i+1), "suspect", "Arrested", tc.cell})
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	_, suspects, err := Read(&buf, rescue.HTCDSOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i, tc := range cases {
		if got := suspects[i].Arrested.String(); got != tc.want {
			t.Errorf("%s: %s, want %s (%s)", suspects[i].ID, got, tc.want, tc.reason)
		}
	}
}

func TestReadErrors(t *testing.T) {
	if _, _, err := Read(strings.NewReader("id,role\nV1,victim\n"), rescue.HTCDSOptions{}); !errors.Is(err, rescue.ErrSyntax) ||
		!strings.HasPrefix(err.Error(), "htcdsxlsx.Read: not a workbook") {
		t.Errorf("CSV: %v", err)
	}
	victims, suspects := readCSV(t, "write-lima.csv")
	var buf bytes.Buffer
	if err := Write(&buf, rescue.HTCDSOptions{}, &rescue.Operation{ID: "O", Victims: victims, Suspects: suspects}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Read(bytes.NewReader(buf.Bytes()), rescue.HTCDSOptions{MaxBytes: int64(buf.Len() - 1)}); !errors.Is(err, rescue.ErrTooLarge) {
		t.Errorf("past MaxBytes: %v", err)
	}
	if _, _, err := Read(bytes.NewReader(buf.Bytes()), rescue.HTCDSOptions{MaxRecords: 3}); !errors.Is(err, rescue.ErrTooLarge) {
		t.Errorf("past MaxRecords: %v", err)
	}
	err := Write(&buf, rescue.HTCDSOptions{}, &rescue.Operation{ID: "O", Victims: []rescue.Victim{{ID: strings.Repeat("x", 300)}}})
	if !errors.Is(err, rescue.ErrInvalid) {
		t.Errorf("a 300-byte ID: %v", err)
	}
}

// TestFormulas writes cells a spreadsheet would run and reads back their
// text.
func TestFormulas(t *testing.T) {
	op := &rescue.Operation{ID: "O", Victims: []rescue.Victim{{ID: "=1+2", Recruitment: rescue.Recruitment{Place: rescue.Place{Locality: "@SUM(A1)"}}}}}
	var buf bytes.Buffer
	if err := Write(&buf, rescue.HTCDSOptions{}, op); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := f.GetCellValue("Case Sheet", "A3"); v != "'=1+2" {
		t.Errorf("A3 holds %q", v)
	}
	if fm, _ := f.GetCellFormula("Case Sheet", "A3"); fm != "" {
		t.Errorf("A3 is a formula: %q", fm)
	}
	f.Close()
	victims, _, err := Read(&buf, rescue.HTCDSOptions{})
	if err != nil || victims[0].ID != "=1+2" || victims[0].Recruitment.Place.Locality != "@SUM(A1)" {
		t.Errorf("%v, %v", victims, err)
	}
}
