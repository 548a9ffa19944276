package rescue_test

import (
	"fmt"
	"os"

	"github.com/antitrafficking/rescue"
)

func ExampleWriteCTDC() {
	op := shareExampleOperation()
	op.Victims = append(op.Victims, rescue.Victim{
		ID:                "V02",
		Gender:            rescue.TransgenderFeminine,
		Age:               rescue.AgeYears(16),
		Nationality:       rescue.MustParseNationality("Vietnamese"),
		Exploitation:      []rescue.Exploitation{rescue.SexualExploitation},
		SexExploitation:   []rescue.SexExploitationType{rescue.Prostitution},
		Controls:          []rescue.ControlMethod{rescue.DebtBondage, rescue.PhysicalThreats},
		RecruiterRelation: rescue.IntimatePartner,
	})
	// One row per victim; suspects, names, IDs and dates are not written.
	if err := rescue.WriteCTDC(os.Stdout, op); err != nil {
		fmt.Println(err)
	}
	// Output:
	// yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,traffickMonths,meansDebtBondageEarnings,meansThreats,meansAbusePsyPhySex,meansFalsePromises,meansDrugsAlcohol,meansDenyBasicNeeds,meansExcessiveWorkHours,meansWithholdDocs,isForcedLabour,isSexualExploit,isOtherExploit,typeOfLabourAgriculture,typeOfLabourConstruction,typeOfLabourDomesticWork,typeOfLabourHospitality,typeOfSexProstitution,typeOfSexPornography,recruiterRelationIntimatePartner,recruiterRelationFriend,recruiterRelationFamily,recruiterRelationOther
	// 2023,Woman,27--29,MYS,PER,,,,,,,1,,1,1,,,,,,,,,,,,
	// 2023,Trans/Transgender/NonConforming,09--17,VNM,PER,,1,1,,,,,,,,1,,,,,,1,,1,,,
}
