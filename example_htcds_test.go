package rescue_test

import (
	"errors"
	"fmt"
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
	// id,role,prs_Gender,prs_Citizenship,prs_Deceased,vic_TraffickingStatus,vic_AgeWhenTrafficked,vic_RelationshipToTrafficker,vic_MethodOfRecruitment,vic_MethodsOfControl,vic_TypeOfExploitation,vic_ForcedLabourIndustry,vic_TypeOfSexExploitation,per_RoleInProcess,hte_Type,hte_Date,hte_City,hte_State,hte_Country
	// P-3FHLGBHXFUTBCSLZ,victim,Feminine,MY,false,PossibleVictimOfTrafficking,27,,Other;ThroughOnlineSocialNetworks,WithholdsDocuments;Other,ForcedLabour,,,,Recruitment,2023-09,Ipoh,,MY
	// P-YJFBXE35SZHXCS7E,suspect,Masculine,TW,,,,,,,,,,Exploiter;RecruiterOrIntermediary,,,,,
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

	// What a Victim or Suspect cannot hold is an error naming the cell.
	_, _, err = rescue.ReadHTCDS(strings.NewReader("id,role,vic_MethodsOfControl\nV1,victim,Blackmail\n"))
	fmt.Println(err)
	// Output:
	// V1 Feminine MY [TW] [DebtBondage Other] Friend
	// recruited 2023-09 in Malaysia
	// S1 Masculine TW [Exploiter]
	// ReadHTCDS: row 2, column vic_MethodsOfControl: "Blackmail": not a vic_MethodsOfControl code or label: invalid
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
