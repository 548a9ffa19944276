package rescue_test

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/antitrafficking/rescue"
)

func ExampleWriteHTCDS() {
	// Share pseudonyms, not the IDs of the case file. Names are never
	// written.
	op := shareExampleOperation().RedactWith([]byte("an example key, never use it...."))
	op.Victims[0].Age = rescue.AgeYears(27) // HTCDS takes exact ages only; Redact bands them
	if err := rescue.WriteHTCDS(os.Stdout, op); err != nil {
		fmt.Println(err)
	}
	// Output:
	// id,role,status,prs_Gender,prs_Citizenship,prs_Deceased,vic_TraffickingStatus,vic_AgeWhenTrafficked,vic_RelationshipToTrafficker,vic_MethodOfRecruitment,vic_MethodsOfControl,vic_TypeOfExploitation,vic_ForcedLabourIndustry,vic_TypeOfSexExploitation,per_RoleInProcess,arrested,destination,exploitedIn,hte_Type,hte_Date,hte_City,hte_State,hte_Country
	// P-3FHLGBHXFUTBCSLZ,victim,Rescued,Feminine,MY,false,PossibleVictimOfTrafficking,27,,Other;ThroughOnlineSocialNetworks,WithholdsDocuments;Other,ForcedLabour,,,,,,,Recruitment,2023-09,Ipoh,,MY
	// P-YJFBXE35SZHXCS7E,suspect,Arrested,Masculine,TW,false,,,,,,,,,Exploiter;RecruiterOrIntermediary,2023-10,,,,,,,
}

func ExampleReadHTCDS() {
	const file = `id,role,prs_Gender,prs_Citizenship,vic_MethodsOfControl,vic_RelationshipToTrafficker,per_RoleInProcess,hte_Type,hte_Date,hte_Country
V1,victim,Feminine,MY;TW,DebtBondage;Other,Acquainted,,Recruitment,2023-09,MY
S1,suspect,Masculine,TWN,,,Exploiter,,,
`
	victims, suspects, err := rescue.ReadHTCDS(strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	v, s := victims[0], suspects[0]
	fmt.Println(v.ID, v.Gender, v.Nationality, v.OtherNationalities, v.Controls, v.RecruiterRelation)
	fmt.Println("recruited", v.Recruitment.When, "in", v.Recruitment.Place)
	fmt.Println(s.ID, s.Gender, s.Nationality, s.Roles)

	// Every cell that cannot be read is reported, each on its line.
	_, _, err = rescue.ReadHTCDS(strings.NewReader("id,role,prs_Gender,vic_MethodsOfControl\nV1,victim,Female,Blackmail\nV2,victim,,Isolation\n"))
	fmt.Println(err)
	// Output:
	// V1 Feminine MY [TW] [DebtBondage Other] Friend
	// recruited 2023-09 in Malaysia
	// S1 Masculine TW [Exploiter]
	// ReadHTCDS: row 2, column prs_Gender: "Female": not a prs_Gender code or label (did you mean "Feminine"?): invalid
	// ReadHTCDS: row 2, column vic_MethodsOfControl: "Blackmail": not a vic_MethodsOfControl code or label: invalid
	// ReadHTCDS: row 3, column vic_MethodsOfControl: "Isolation": not a vic_MethodsOfControl code or label (did you mean "Other"?): invalid
}

// A file as people fill in the toolkit's template and Excel saves it in a
// German locale: ';', labels, country names, dd.mm.yyyy, no id or role.
func ExampleReadHTCDS_toolkit() {
	const file = "\ufeff;prs_FirstName;prs_Gender;prs_Citizenship;vic_TraffickingStatus;vic_MethodsOfControl;cas_Status\r\n" +
		";First Name;Gender;Citizenship;Trafficking Status;Methods of Control;Status\r\n" +
		"1;Ann;Feminine;Viet Nam;Actual victim of trafficking;\"Debt bondage; Physical threats\";Active\r\n" +
		"2;;;;;;\r\n"
	victims, _, err := rescue.ReadHTCDS(strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	v := victims[0]
	fmt.Println(v.ID, v.Name, v.Gender, v.Nationality, v.TraffickingStatus, v.Controls)
	fmt.Println(string(v.Name)) // Personal text prints withheld; convert it to read it
	// Output:
	// R3 (withheld) Feminine VN ActualVictimOfTrafficking [DebtBondage PhysicalThreats]
	// Ann
}

func ExampleCellError() {
	_, _, err := rescue.ReadHTCDS(strings.NewReader("id,role,prs_Citizenship\nV1,victim,MY;EU\n"))
	var cell *rescue.CellError
	if errors.As(err, &cell) {
		fmt.Println("row", cell.Row, "column", cell.Column)
		fmt.Println(errors.Is(err, rescue.ErrNotCountry))
	}
	// Output:
	// row 2 column prs_Citizenship
	// true
}

func ExampleCellError_Error() {
	err := &rescue.CellError{Row: 3, Column: "prs_Gender", Err: rescue.ErrInvalid}
	fmt.Println(err)
	// Output:
	// row 3, column prs_Gender: invalid
}

func ExampleCellError_Unwrap() {
	_, _, err := rescue.ReadHTCDS(strings.NewReader("id,role\n,victim\n"))
	var cell *rescue.CellError
	if errors.As(err, &cell) {
		fmt.Println(errors.Is(cell.Unwrap(), rescue.ErrRequired))
	}
	// Output:
	// true
}

func ExampleDateOrder() {
	const file = "role,hte_Type,hte_Date\nvictim,Recruitment,05/09/2023\n"
	_, _, err := rescue.ReadHTCDS(strings.NewReader(file))
	fmt.Println(errors.Is(err, rescue.ErrAmbiguous))
	for _, order := range []rescue.DateOrder{rescue.DayMonthYear, rescue.MonthDayYear} {
		victims, _, _ := rescue.NewHTCDSReader(strings.NewReader(file), rescue.HTCDSOptions{DateOrder: order}).ReadAll()
		fmt.Println(victims[0].Recruitment.When)
	}
	// Output:
	// true
	// 2023-09-05
	// 2023-05-09
}

func ExampleHTCDSChoices() {
	fmt.Println(rescue.HTCDSChoices("vic_TypeOfSexExploitation", false))
	fmt.Println(rescue.HTCDSChoices("vic_TypeOfSexExploitation", true))
	fmt.Println(len(rescue.HTCDSChoices("prs_Citizenship", true)), rescue.HTCDSChoices("prs_Citizenship", true)[0])
	fmt.Println(rescue.HTCDSChoices("id", false) == nil)
	// Output:
	// [Prostitution Pornography RemoteInteractiveServices PrivateSexualServices]
	// [Prostitution Pornography Remote Interactive Services Private Sexual Services]
	// 250 Afghanistan
	// true
}

func ExampleHTCDSOptions() {
	// Write as the toolkit's templates are filled in, with HXL hashtags,
	// for a spreadsheet in a locale that separates with ';'.
	op := &rescue.Operation{ID: "O", Victims: []rescue.Victim{{ID: "V1", Gender: rescue.Feminine, Controls: []rescue.ControlMethod{rescue.DebtBondage}}}}
	w := rescue.NewHTCDSWriter(os.Stdout, rescue.HTCDSOptions{Comma: ';', Labels: true, HXL: true})
	w.Write(op)
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// id;role;status;prs_Gender;prs_Citizenship;prs_Deceased;vic_TraffickingStatus;vic_AgeWhenTrafficked;vic_RelationshipToTrafficker;vic_MethodOfRecruitment;vic_MethodsOfControl;vic_TypeOfExploitation;vic_ForcedLabourIndustry;vic_TypeOfSexExploitation;per_RoleInProcess;arrested;destination;exploitedIn;hte_Type;hte_Date;hte_City;hte_State;hte_Country
	// ID;Role;Status;Gender;Citizenship;Deceased;Trafficking Status;Age when Trafficked;Relationship to Trafficker;Method of Recruitment;Methods of Control;Type of Exploitation;Forced Labour Industry;Type of Sex Exploitation;Role in Process;Arrested;Destination;Exploited In;Type;Date;City;State;Country
	// #meta+id;#respondee+type;#status+respondee;#respondee+gender;#country+code+nationality;#respondee+deceased;#status+trafficking;#respondee+age;#respondee+recruiter+relationship;#cause+recruitment+code;#cause+control+code;#impact+exploitation+code;#sector+isic+code;#impact+exploitation+sexual+code;#group+role+code;#date+arrested;#country+code+dest;#country+code+exploitation;#event+type;#date+event;#loc+name;#adm1+name;#country+code
	// V1;victim;;Feminine;;;;;;;Debt bondage;;;;;;;;;;;;
}

func ExampleHTCDSReader() {
	// A KoBoToolbox export of the toolkit's XLSForm: ';', codes separated
	// by spaces, a column per option, the XLSForm's own field names.
	const export = "start;prs_First_Name;vic_Methods_of_Control;vic_Methods_of_Control/Other;vic_TypeOfExploitation;_uuid\n" +
		"2024-03-04T09:12:40;Ann;PhysicalThreats DebtBondage;0;ForcedLabour SexualExploitation;0c5d6a3e\n"
	r := rescue.NewHTCDSReader(strings.NewReader(export), rescue.HTCDSOptions{})
	victims, _, err := r.ReadAll()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(victims[0].ID, victims[0].Controls, victims[0].Exploitation)
	fmt.Println("skipped:", r.Skipped())
	// Output:
	// R2 [PhysicalThreats DebtBondage] [ForcedLabour SexualExploitation]
	// skipped: [start _uuid]
}

func ExampleHTCDSReader_Read() {
	r := rescue.NewHTCDSReader(strings.NewReader("id,role,prs_Gender\nV1,victim,Feminine\nV2,victim,Woman\nS1,suspect,Masculine\n"), rescue.HTCDSOptions{})
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		switch {
		case err != nil: // a bad row: reading goes on
			fmt.Println(err)
		case rec.Victim != nil:
			fmt.Println(rec.Row, rec.Victim)
		default:
			fmt.Println(rec.Row, rec.Suspect)
		}
	}
	// Output:
	// 2 victim V1 (Feminine)
	// HTCDSReader.Read: row 3, column prs_Gender: "Woman": not a prs_Gender code or label (did you mean "Feminine"?): invalid
	// 4 suspect S1 (Masculine)
}

func ExampleHTCDSReader_ReadAll() {
	r := rescue.NewHTCDSReader(strings.NewReader("id,role\nV1,victim\nV2,victim\nS1,suspect\n"), rescue.HTCDSOptions{MaxRecords: 2})
	_, _, err := r.ReadAll()
	fmt.Println(err)
	fmt.Println(errors.Is(err, rescue.ErrTooLarge))
	// Output:
	// HTCDSReader.ReadAll: row 4: more than 2 records (HTCDSOptions.MaxRecords): input too large
	// true
}

func ExampleHTCDSReader_Skipped() {
	r := rescue.NewHTCDSReader(strings.NewReader(",id,role,prs_Email,cas_Status\n1,V1,victim,a@b.example,Active\n"), rescue.HTCDSOptions{})
	if _, err := r.Read(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(r.Skipped())
	// Output:
	// [column 1 prs_Email cas_Status]
}

func ExampleHTCDSReader_Unread() {
	const file = "id,role,prs_Email,cas_Status,vic_LocationOfRecruitment,vic_LocationOfExploitation\n" +
		"V1,victim,,Active,\"El Alto, Bolivia\",Argentina\n"
	r := rescue.NewHTCDSReader(strings.NewReader(file), rescue.HTCDSOptions{})
	rec, err := r.Read()
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println("exploited in:", rec.Victim.ExploitedIn)
	fmt.Println("not read:", r.Unread()) // prs_Email is empty: nothing left behind
	// Output:
	// exploited in: AR
	// not read: [cas_Status vic_LocationOfRecruitment]
}

func ExampleHTCDSReader_NoConsent() {
	const file = "id,role,con_Consent\nV1,victim,Yes\nV2,victim,No\n"
	r := rescue.NewHTCDSReader(strings.NewReader(file), rescue.HTCDSOptions{LeaveOutNoConsent: true})
	victims, _, err := r.ReadAll()
	if err != nil {
		fmt.Println(err)
	}
	rows, n := r.NoConsent()
	fmt.Println(len(victims), "read; left out, without consent: rows", rows, "of", n)
	// Output:
	// 1 read; left out, without consent: rows [3] of 1
}

func ExampleHTCDSRecord() {
	r := rescue.NewHTCDSReader(strings.NewReader("role,per_RoleInProcess\nsuspect,Exploiter\n"), rescue.HTCDSOptions{})
	rec, _ := r.Read()
	fmt.Println(rec.Row, rec.Victim == nil, rec.Suspect.ID, rec.Suspect.Roles)
	// Output:
	// 2 true R2 [Exploiter]
}

func ExampleNewHTCDSReader() {
	r := rescue.NewHTCDSReader(strings.NewReader("id;role;vic_AgeWhenTrafficked\nV1;victim;16,0\n"), rescue.HTCDSOptions{})
	victims, _, err := r.ReadAll()
	fmt.Println(victims[0].Age, err)
	// Output:
	// 16 <nil>
}

func ExampleNewHTCDSRowReader() {
	// Rows from anywhere: a csv.Reader here, a spreadsheet's rows in
	// htcdsxlsx.
	cr := csv.NewReader(strings.NewReader("id\trole\nV1\tvictim\n"))
	cr.Comma = '\t'
	victims, _, err := rescue.NewHTCDSRowReader(cr, rescue.HTCDSOptions{}).ReadAll()
	fmt.Println(victims[0].ID, err)
	// Output:
	// V1 <nil>
}

func ExampleHTCDSWriter() {
	w := rescue.NewHTCDSWriter(os.Stdout, rescue.HTCDSOptions{})
	for _, op := range []*rescue.Operation{
		{ID: "O1", Victims: []rescue.Victim{{ID: "V1"}}},
		{ID: "O2", Suspects: []rescue.Suspect{{ID: "S1", Status: rescue.AtLarge}}},
	} {
		if err := w.Write(op); err != nil {
			fmt.Println(err)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// id,role,status,prs_Gender,prs_Citizenship,prs_Deceased,vic_TraffickingStatus,vic_AgeWhenTrafficked,vic_RelationshipToTrafficker,vic_MethodOfRecruitment,vic_MethodsOfControl,vic_TypeOfExploitation,vic_ForcedLabourIndustry,vic_TypeOfSexExploitation,per_RoleInProcess,arrested,destination,exploitedIn,hte_Type,hte_Date,hte_City,hte_State,hte_Country
	// V1,victim,,,,,,,,,,,,,,,,,,,,,
	// S1,suspect,AtLarge,,,,,,,,,,,,,,,,,,,,
}

func ExampleHTCDSWriter_Write() {
	w := rescue.NewHTCDSWriter(io.Discard, rescue.HTCDSOptions{})
	// A value the readers would refuse is refused here too; the writer
	// can go on with other operations.
	err := w.Write(&rescue.Operation{ID: "O", Victims: []rescue.Victim{{ID: "V 1 "}}})
	fmt.Println(err)
	fmt.Println(w.Write(&rescue.Operation{ID: "O2", Victims: []rescue.Victim{{ID: "V1"}}}))
	// Output:
	// HTCDSWriter.Write: operation "O", victim "V 1 ", column id: white space at an end: invalid
	// <nil>
}

func ExampleHTCDSWriter_Flush() {
	var b strings.Builder
	w := rescue.NewHTCDSWriter(&b, rescue.HTCDSOptions{})
	fmt.Println(w.Flush(), strings.Count(b.String(), "\n")) // the header alone
	// Output:
	// <nil> 1
}

func ExampleNewHTCDSWriter() {
	// A cell a spreadsheet would run as a formula is written with an
	// apostrophe before it, which the readers remove.
	var b strings.Builder
	w := rescue.NewHTCDSWriter(&b, rescue.HTCDSOptions{})
	w.Write(&rescue.Operation{ID: "O", Victims: []rescue.Victim{{ID: "=HYPERLINK(\"http://x.example\")"}}})
	w.Flush()
	fmt.Print(strings.SplitAfter(b.String(), "\n")[1])
	victims, _, _ := rescue.ReadHTCDS(strings.NewReader(b.String()))
	fmt.Println(victims[0].ID)
	// Output:
	// "'=HYPERLINK(""http://x.example"")",victim,,,,,,,,,,,,,,,,,,,,,
	// =HYPERLINK("http://x.example")
}

func ExampleNewHTCDSRowWriter() {
	// Rows for anything that takes them: a spreadsheet's sheet in
	// htcdsxlsx, a slice here.
	var rows rowSlice
	w := rescue.NewHTCDSRowWriter(&rows, rescue.HTCDSOptions{})
	w.Write(&rescue.Operation{ID: "O", Victims: []rescue.Victim{{ID: "V1", Nationality: rescue.MustParseNationality("MY")}}})
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(len(rows), rows[1][:5])
	// Output:
	// 2 [V1 victim   MY]
}

// rowSlice keeps the rows written to it.
type rowSlice [][]string

func (r *rowSlice) Write(row []string) error {
	*r = append(*r, append([]string(nil), row...)) // the writer reuses row
	return nil
}
