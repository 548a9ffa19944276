// Examples of the methods every vocabulary shares, one set per type (Gender's
// are in example_vocabulary_test.go). Written by a one-off program from the
// vocabularies' first values; go test checks every output.

package rescue_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/antitrafficking/rescue"
)

func ExampleControlMethod_String() {
	fmt.Println(rescue.ControlMethods()[0].String())
	// Output: PhysicalThreats
}

func ExampleControlMethod_Label() {
	fmt.Println(rescue.ControlMethods()[0].Label())
	// Output: Physical threats
}

func ExampleControlMethod_IsValid() {
	var unrecorded rescue.ControlMethod
	fmt.Println(rescue.ControlMethods()[0].IsValid(), unrecorded.IsValid(), rescue.ControlMethod(200).IsValid())
	// Output: true false false
}

func ExampleControlMethod_AppendText() {
	b, err := rescue.ControlMethods()[0].AppendText([]byte("code: "))
	fmt.Println(string(b), err)
	// Output: code: PhysicalThreats <nil>
}

func ExampleControlMethod_MarshalText() {
	b, err := json.Marshal(map[string]rescue.ControlMethod{"v": rescue.ControlMethods()[0]})
	fmt.Println(string(b), err)
	// Output: {"v":"PhysicalThreats"} <nil>
}

func ExampleControlMethod_UnmarshalText() {
	var v rescue.ControlMethod
	err := v.UnmarshalText([]byte("PhysicalThreats"))
	fmt.Println(v, err)
	err = v.UnmarshalText([]byte("no such code"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), v)
	// Output:
	// PhysicalThreats <nil>
	// true PhysicalThreats
}

func ExampleControlMethod_Scan() {
	var v rescue.ControlMethod
	err := v.Scan("PhysicalThreats") // as database/sql passes a text column
	fmt.Println(v, err)
	// Output: PhysicalThreats <nil>
}

func ExampleControlMethod_Value() {
	var unrecorded rescue.ControlMethod
	v, err := rescue.ControlMethods()[0].Value()
	fmt.Println(v, err)
	v, err = unrecorded.Value()
	fmt.Println(v, err)
	// Output:
	// PhysicalThreats <nil>
	// <nil> <nil>
}

func ExampleExploitation_String() {
	fmt.Println(rescue.Exploitations()[0].String())
	// Output: ForcedLabour
}

func ExampleExploitation_Label() {
	fmt.Println(rescue.Exploitations()[0].Label())
	// Output: Forced labour
}

func ExampleExploitation_IsValid() {
	var unrecorded rescue.Exploitation
	fmt.Println(rescue.Exploitations()[0].IsValid(), unrecorded.IsValid(), rescue.Exploitation(200).IsValid())
	// Output: true false false
}

func ExampleExploitation_AppendText() {
	b, err := rescue.Exploitations()[0].AppendText([]byte("code: "))
	fmt.Println(string(b), err)
	// Output: code: ForcedLabour <nil>
}

func ExampleExploitation_MarshalText() {
	b, err := json.Marshal(map[string]rescue.Exploitation{"v": rescue.Exploitations()[0]})
	fmt.Println(string(b), err)
	// Output: {"v":"ForcedLabour"} <nil>
}

func ExampleExploitation_UnmarshalText() {
	var v rescue.Exploitation
	err := v.UnmarshalText([]byte("ForcedLabour"))
	fmt.Println(v, err)
	err = v.UnmarshalText([]byte("no such code"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), v)
	// Output:
	// ForcedLabour <nil>
	// true ForcedLabour
}

func ExampleExploitation_Scan() {
	var v rescue.Exploitation
	err := v.Scan("ForcedLabour") // as database/sql passes a text column
	fmt.Println(v, err)
	// Output: ForcedLabour <nil>
}

func ExampleExploitation_Value() {
	var unrecorded rescue.Exploitation
	v, err := rescue.Exploitations()[0].Value()
	fmt.Println(v, err)
	v, err = unrecorded.Value()
	fmt.Println(v, err)
	// Output:
	// ForcedLabour <nil>
	// <nil> <nil>
}

func ExampleRecruitmentMethod_String() {
	fmt.Println(rescue.RecruitmentMethods()[0].String())
	// Output: AtAPlaceOfBusiness
}

func ExampleRecruitmentMethod_Label() {
	fmt.Println(rescue.RecruitmentMethods()[0].Label())
	// Output: At a place of business
}

func ExampleRecruitmentMethod_IsValid() {
	var unrecorded rescue.RecruitmentMethod
	fmt.Println(rescue.RecruitmentMethods()[0].IsValid(), unrecorded.IsValid(), rescue.RecruitmentMethod(200).IsValid())
	// Output: true false false
}

func ExampleRecruitmentMethod_AppendText() {
	b, err := rescue.RecruitmentMethods()[0].AppendText([]byte("code: "))
	fmt.Println(string(b), err)
	// Output: code: AtAPlaceOfBusiness <nil>
}

func ExampleRecruitmentMethod_MarshalText() {
	b, err := json.Marshal(map[string]rescue.RecruitmentMethod{"v": rescue.RecruitmentMethods()[0]})
	fmt.Println(string(b), err)
	// Output: {"v":"AtAPlaceOfBusiness"} <nil>
}

func ExampleRecruitmentMethod_UnmarshalText() {
	var v rescue.RecruitmentMethod
	err := v.UnmarshalText([]byte("AtAPlaceOfBusiness"))
	fmt.Println(v, err)
	err = v.UnmarshalText([]byte("no such code"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), v)
	// Output:
	// AtAPlaceOfBusiness <nil>
	// true AtAPlaceOfBusiness
}

func ExampleRecruitmentMethod_Scan() {
	var v rescue.RecruitmentMethod
	err := v.Scan("AtAPlaceOfBusiness") // as database/sql passes a text column
	fmt.Println(v, err)
	// Output: AtAPlaceOfBusiness <nil>
}

func ExampleRecruitmentMethod_Value() {
	var unrecorded rescue.RecruitmentMethod
	v, err := rescue.RecruitmentMethods()[0].Value()
	fmt.Println(v, err)
	v, err = unrecorded.Value()
	fmt.Println(v, err)
	// Output:
	// AtAPlaceOfBusiness <nil>
	// <nil> <nil>
}

func ExampleRole_String() {
	fmt.Println(rescue.Roles()[0].String())
	// Output: TravellingPartner
}

func ExampleRole_Label() {
	fmt.Println(rescue.Roles()[0].Label())
	// Output: Travelling partner
}

func ExampleRole_IsValid() {
	var unrecorded rescue.Role
	fmt.Println(rescue.Roles()[0].IsValid(), unrecorded.IsValid(), rescue.Role(200).IsValid())
	// Output: true false false
}

func ExampleRole_AppendText() {
	b, err := rescue.Roles()[0].AppendText([]byte("code: "))
	fmt.Println(string(b), err)
	// Output: code: TravellingPartner <nil>
}

func ExampleRole_MarshalText() {
	b, err := json.Marshal(map[string]rescue.Role{"v": rescue.Roles()[0]})
	fmt.Println(string(b), err)
	// Output: {"v":"TravellingPartner"} <nil>
}

func ExampleRole_UnmarshalText() {
	var v rescue.Role
	err := v.UnmarshalText([]byte("TravellingPartner"))
	fmt.Println(v, err)
	err = v.UnmarshalText([]byte("no such code"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), v)
	// Output:
	// TravellingPartner <nil>
	// true TravellingPartner
}

func ExampleRole_Scan() {
	var v rescue.Role
	err := v.Scan("TravellingPartner") // as database/sql passes a text column
	fmt.Println(v, err)
	// Output: TravellingPartner <nil>
}

func ExampleRole_Value() {
	var unrecorded rescue.Role
	v, err := rescue.Roles()[0].Value()
	fmt.Println(v, err)
	v, err = unrecorded.Value()
	fmt.Println(v, err)
	// Output:
	// TravellingPartner <nil>
	// <nil> <nil>
}

func ExampleTraffickingStatus_String() {
	fmt.Println(rescue.TraffickingStatuses()[0].String())
	// Output: PossibleVictimOfTrafficking
}

func ExampleTraffickingStatus_Label() {
	fmt.Println(rescue.TraffickingStatuses()[0].Label())
	// Output: Possible victim of trafficking
}

func ExampleTraffickingStatus_IsValid() {
	var unrecorded rescue.TraffickingStatus
	fmt.Println(rescue.TraffickingStatuses()[0].IsValid(), unrecorded.IsValid(), rescue.TraffickingStatus(200).IsValid())
	// Output: true false false
}

func ExampleTraffickingStatus_AppendText() {
	b, err := rescue.TraffickingStatuses()[0].AppendText([]byte("code: "))
	fmt.Println(string(b), err)
	// Output: code: PossibleVictimOfTrafficking <nil>
}

func ExampleTraffickingStatus_MarshalText() {
	b, err := json.Marshal(map[string]rescue.TraffickingStatus{"v": rescue.TraffickingStatuses()[0]})
	fmt.Println(string(b), err)
	// Output: {"v":"PossibleVictimOfTrafficking"} <nil>
}

func ExampleTraffickingStatus_UnmarshalText() {
	var v rescue.TraffickingStatus
	err := v.UnmarshalText([]byte("PossibleVictimOfTrafficking"))
	fmt.Println(v, err)
	err = v.UnmarshalText([]byte("no such code"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), v)
	// Output:
	// PossibleVictimOfTrafficking <nil>
	// true PossibleVictimOfTrafficking
}

func ExampleTraffickingStatus_Scan() {
	var v rescue.TraffickingStatus
	err := v.Scan("PossibleVictimOfTrafficking") // as database/sql passes a text column
	fmt.Println(v, err)
	// Output: PossibleVictimOfTrafficking <nil>
}

func ExampleTraffickingStatus_Value() {
	var unrecorded rescue.TraffickingStatus
	v, err := rescue.TraffickingStatuses()[0].Value()
	fmt.Println(v, err)
	v, err = unrecorded.Value()
	fmt.Println(v, err)
	// Output:
	// PossibleVictimOfTrafficking <nil>
	// <nil> <nil>
}

func ExampleVictimStatus_String() {
	fmt.Println(rescue.VictimStatuses()[0].String())
	// Output: Captive
}

func ExampleVictimStatus_Label() {
	fmt.Println(rescue.VictimStatuses()[0].Label())
	// Output: Captive
}

func ExampleVictimStatus_IsValid() {
	var unrecorded rescue.VictimStatus
	fmt.Println(rescue.VictimStatuses()[0].IsValid(), unrecorded.IsValid(), rescue.VictimStatus(200).IsValid())
	// Output: true false false
}

func ExampleVictimStatus_AppendText() {
	b, err := rescue.VictimStatuses()[0].AppendText([]byte("code: "))
	fmt.Println(string(b), err)
	// Output: code: Captive <nil>
}

func ExampleVictimStatus_MarshalText() {
	b, err := json.Marshal(map[string]rescue.VictimStatus{"v": rescue.VictimStatuses()[0]})
	fmt.Println(string(b), err)
	// Output: {"v":"Captive"} <nil>
}

func ExampleVictimStatus_UnmarshalText() {
	var v rescue.VictimStatus
	err := v.UnmarshalText([]byte("Captive"))
	fmt.Println(v, err)
	err = v.UnmarshalText([]byte("no such code"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), v)
	// Output:
	// Captive <nil>
	// true Captive
}

func ExampleVictimStatus_Scan() {
	var v rescue.VictimStatus
	err := v.Scan("Captive") // as database/sql passes a text column
	fmt.Println(v, err)
	// Output: Captive <nil>
}

func ExampleVictimStatus_Value() {
	var unrecorded rescue.VictimStatus
	v, err := rescue.VictimStatuses()[0].Value()
	fmt.Println(v, err)
	v, err = unrecorded.Value()
	fmt.Println(v, err)
	// Output:
	// Captive <nil>
	// <nil> <nil>
}

func ExampleEvidenceKind_String() {
	fmt.Println(rescue.EvidenceKinds()[0].String())
	// Output: Cash
}

func ExampleEvidenceKind_Label() {
	fmt.Println(rescue.EvidenceKinds()[0].Label())
	// Output: Cash
}

func ExampleEvidenceKind_IsValid() {
	var unrecorded rescue.EvidenceKind
	fmt.Println(rescue.EvidenceKinds()[0].IsValid(), unrecorded.IsValid(), rescue.EvidenceKind(200).IsValid())
	// Output: true false false
}

func ExampleEvidenceKind_AppendText() {
	b, err := rescue.EvidenceKinds()[0].AppendText([]byte("code: "))
	fmt.Println(string(b), err)
	// Output: code: Cash <nil>
}

func ExampleEvidenceKind_MarshalText() {
	b, err := json.Marshal(map[string]rescue.EvidenceKind{"v": rescue.EvidenceKinds()[0]})
	fmt.Println(string(b), err)
	// Output: {"v":"Cash"} <nil>
}

func ExampleEvidenceKind_UnmarshalText() {
	var v rescue.EvidenceKind
	err := v.UnmarshalText([]byte("Cash"))
	fmt.Println(v, err)
	err = v.UnmarshalText([]byte("no such code"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), v)
	// Output:
	// Cash <nil>
	// true Cash
}

func ExampleEvidenceKind_Scan() {
	var v rescue.EvidenceKind
	err := v.Scan("Cash") // as database/sql passes a text column
	fmt.Println(v, err)
	// Output: Cash <nil>
}

func ExampleEvidenceKind_Value() {
	var unrecorded rescue.EvidenceKind
	v, err := rescue.EvidenceKinds()[0].Value()
	fmt.Println(v, err)
	v, err = unrecorded.Value()
	fmt.Println(v, err)
	// Output:
	// Cash <nil>
	// <nil> <nil>
}

func ExampleCustodyAction_String() {
	fmt.Println(rescue.CustodyActions()[0].String())
	// Output: Seized
}

func ExampleCustodyAction_Label() {
	fmt.Println(rescue.CustodyActions()[0].Label())
	// Output: Seized
}

func ExampleCustodyAction_IsValid() {
	var unrecorded rescue.CustodyAction
	fmt.Println(rescue.CustodyActions()[0].IsValid(), unrecorded.IsValid(), rescue.CustodyAction(200).IsValid())
	// Output: true false false
}

func ExampleCustodyAction_AppendText() {
	b, err := rescue.CustodyActions()[0].AppendText([]byte("code: "))
	fmt.Println(string(b), err)
	// Output: code: Seized <nil>
}

func ExampleCustodyAction_MarshalText() {
	b, err := json.Marshal(map[string]rescue.CustodyAction{"v": rescue.CustodyActions()[0]})
	fmt.Println(string(b), err)
	// Output: {"v":"Seized"} <nil>
}

func ExampleCustodyAction_UnmarshalText() {
	var v rescue.CustodyAction
	err := v.UnmarshalText([]byte("Seized"))
	fmt.Println(v, err)
	err = v.UnmarshalText([]byte("no such code"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), v)
	// Output:
	// Seized <nil>
	// true Seized
}

func ExampleCustodyAction_Scan() {
	var v rescue.CustodyAction
	err := v.Scan("Seized") // as database/sql passes a text column
	fmt.Println(v, err)
	// Output: Seized <nil>
}

func ExampleCustodyAction_Value() {
	var unrecorded rescue.CustodyAction
	v, err := rescue.CustodyActions()[0].Value()
	fmt.Println(v, err)
	v, err = unrecorded.Value()
	fmt.Println(v, err)
	// Output:
	// Seized <nil>
	// <nil> <nil>
}

func ExampleTriggerKind_String() {
	fmt.Println(rescue.TriggerKinds()[0].String())
	// Output: EscapedVictimReport
}

func ExampleTriggerKind_Label() {
	fmt.Println(rescue.TriggerKinds()[0].Label())
	// Output: Report by an escaped victim
}

func ExampleTriggerKind_IsValid() {
	var unrecorded rescue.TriggerKind
	fmt.Println(rescue.TriggerKinds()[0].IsValid(), unrecorded.IsValid(), rescue.TriggerKind(200).IsValid())
	// Output: true false false
}

func ExampleTriggerKind_AppendText() {
	b, err := rescue.TriggerKinds()[0].AppendText([]byte("code: "))
	fmt.Println(string(b), err)
	// Output: code: EscapedVictimReport <nil>
}

func ExampleTriggerKind_MarshalText() {
	b, err := json.Marshal(map[string]rescue.TriggerKind{"v": rescue.TriggerKinds()[0]})
	fmt.Println(string(b), err)
	// Output: {"v":"EscapedVictimReport"} <nil>
}

func ExampleTriggerKind_UnmarshalText() {
	var v rescue.TriggerKind
	err := v.UnmarshalText([]byte("EscapedVictimReport"))
	fmt.Println(v, err)
	err = v.UnmarshalText([]byte("no such code"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), v)
	// Output:
	// EscapedVictimReport <nil>
	// true EscapedVictimReport
}

func ExampleTriggerKind_Scan() {
	var v rescue.TriggerKind
	err := v.Scan("EscapedVictimReport") // as database/sql passes a text column
	fmt.Println(v, err)
	// Output: EscapedVictimReport <nil>
}

func ExampleTriggerKind_Value() {
	var unrecorded rescue.TriggerKind
	v, err := rescue.TriggerKinds()[0].Value()
	fmt.Println(v, err)
	v, err = unrecorded.Value()
	fmt.Println(v, err)
	// Output:
	// EscapedVictimReport <nil>
	// <nil> <nil>
}

func ExampleRepatriationStatus_String() {
	fmt.Println(rescue.RepatriationStatuses()[0].String())
	// Output: Pending
}

func ExampleRepatriationStatus_Label() {
	fmt.Println(rescue.RepatriationStatuses()[0].Label())
	// Output: Pending
}

func ExampleRepatriationStatus_IsValid() {
	var unrecorded rescue.RepatriationStatus
	fmt.Println(rescue.RepatriationStatuses()[0].IsValid(), unrecorded.IsValid(), rescue.RepatriationStatus(200).IsValid())
	// Output: true false false
}

func ExampleRepatriationStatus_AppendText() {
	b, err := rescue.RepatriationStatuses()[0].AppendText([]byte("code: "))
	fmt.Println(string(b), err)
	// Output: code: Pending <nil>
}

func ExampleRepatriationStatus_MarshalText() {
	b, err := json.Marshal(map[string]rescue.RepatriationStatus{"v": rescue.RepatriationStatuses()[0]})
	fmt.Println(string(b), err)
	// Output: {"v":"Pending"} <nil>
}

func ExampleRepatriationStatus_UnmarshalText() {
	var v rescue.RepatriationStatus
	err := v.UnmarshalText([]byte("Pending"))
	fmt.Println(v, err)
	err = v.UnmarshalText([]byte("no such code"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), v)
	// Output:
	// Pending <nil>
	// true Pending
}

func ExampleRepatriationStatus_Scan() {
	var v rescue.RepatriationStatus
	err := v.Scan("Pending") // as database/sql passes a text column
	fmt.Println(v, err)
	// Output: Pending <nil>
}

func ExampleRepatriationStatus_Value() {
	var unrecorded rescue.RepatriationStatus
	v, err := rescue.RepatriationStatuses()[0].Value()
	fmt.Println(v, err)
	v, err = unrecorded.Value()
	fmt.Println(v, err)
	// Output:
	// Pending <nil>
	// <nil> <nil>
}

func ExampleLabourSector_String() {
	fmt.Println(rescue.LabourSectors()[0].String())
	// Output: A_AgricultureForestryAndFishing
}

func ExampleLabourSector_Label() {
	fmt.Println(rescue.LabourSectors()[0].Label())
	// Output: Agriculture, forestry and fishing
}

func ExampleLabourSector_IsValid() {
	var unrecorded rescue.LabourSector
	fmt.Println(rescue.LabourSectors()[0].IsValid(), unrecorded.IsValid(), rescue.LabourSector(200).IsValid())
	// Output: true false false
}

func ExampleLabourSector_AppendText() {
	b, err := rescue.LabourSectors()[0].AppendText([]byte("code: "))
	fmt.Println(string(b), err)
	// Output: code: A_AgricultureForestryAndFishing <nil>
}

func ExampleLabourSector_MarshalText() {
	b, err := json.Marshal(map[string]rescue.LabourSector{"v": rescue.LabourSectors()[0]})
	fmt.Println(string(b), err)
	// Output: {"v":"A_AgricultureForestryAndFishing"} <nil>
}

func ExampleLabourSector_UnmarshalText() {
	var v rescue.LabourSector
	err := v.UnmarshalText([]byte("A_AgricultureForestryAndFishing"))
	fmt.Println(v, err)
	err = v.UnmarshalText([]byte("no such code"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), v)
	// Output:
	// A_AgricultureForestryAndFishing <nil>
	// true A_AgricultureForestryAndFishing
}

func ExampleLabourSector_Scan() {
	var v rescue.LabourSector
	err := v.Scan("A_AgricultureForestryAndFishing") // as database/sql passes a text column
	fmt.Println(v, err)
	// Output: A_AgricultureForestryAndFishing <nil>
}

func ExampleLabourSector_Value() {
	var unrecorded rescue.LabourSector
	v, err := rescue.LabourSectors()[0].Value()
	fmt.Println(v, err)
	v, err = unrecorded.Value()
	fmt.Println(v, err)
	// Output:
	// A_AgricultureForestryAndFishing <nil>
	// <nil> <nil>
}

func ExampleSexExploitationType_String() {
	fmt.Println(rescue.SexExploitationTypes()[0].String())
	// Output: Prostitution
}

func ExampleSexExploitationType_Label() {
	fmt.Println(rescue.SexExploitationTypes()[0].Label())
	// Output: Prostitution
}

func ExampleSexExploitationType_IsValid() {
	var unrecorded rescue.SexExploitationType
	fmt.Println(rescue.SexExploitationTypes()[0].IsValid(), unrecorded.IsValid(), rescue.SexExploitationType(200).IsValid())
	// Output: true false false
}

func ExampleSexExploitationType_AppendText() {
	b, err := rescue.SexExploitationTypes()[0].AppendText([]byte("code: "))
	fmt.Println(string(b), err)
	// Output: code: Prostitution <nil>
}

func ExampleSexExploitationType_MarshalText() {
	b, err := json.Marshal(map[string]rescue.SexExploitationType{"v": rescue.SexExploitationTypes()[0]})
	fmt.Println(string(b), err)
	// Output: {"v":"Prostitution"} <nil>
}

func ExampleSexExploitationType_UnmarshalText() {
	var v rescue.SexExploitationType
	err := v.UnmarshalText([]byte("Prostitution"))
	fmt.Println(v, err)
	err = v.UnmarshalText([]byte("no such code"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), v)
	// Output:
	// Prostitution <nil>
	// true Prostitution
}

func ExampleSexExploitationType_Scan() {
	var v rescue.SexExploitationType
	err := v.Scan("Prostitution") // as database/sql passes a text column
	fmt.Println(v, err)
	// Output: Prostitution <nil>
}

func ExampleSexExploitationType_Value() {
	var unrecorded rescue.SexExploitationType
	v, err := rescue.SexExploitationTypes()[0].Value()
	fmt.Println(v, err)
	v, err = unrecorded.Value()
	fmt.Println(v, err)
	// Output:
	// Prostitution <nil>
	// <nil> <nil>
}

func ExampleRecruiterRelation_String() {
	fmt.Println(rescue.RecruiterRelations()[0].String())
	// Output: IntimatePartner
}

func ExampleRecruiterRelation_Label() {
	fmt.Println(rescue.RecruiterRelations()[0].Label())
	// Output: Intimate partner
}

func ExampleRecruiterRelation_IsValid() {
	var unrecorded rescue.RecruiterRelation
	fmt.Println(rescue.RecruiterRelations()[0].IsValid(), unrecorded.IsValid(), rescue.RecruiterRelation(200).IsValid())
	// Output: true false false
}

func ExampleRecruiterRelation_AppendText() {
	b, err := rescue.RecruiterRelations()[0].AppendText([]byte("code: "))
	fmt.Println(string(b), err)
	// Output: code: IntimatePartner <nil>
}

func ExampleRecruiterRelation_MarshalText() {
	b, err := json.Marshal(map[string]rescue.RecruiterRelation{"v": rescue.RecruiterRelations()[0]})
	fmt.Println(string(b), err)
	// Output: {"v":"IntimatePartner"} <nil>
}

func ExampleRecruiterRelation_UnmarshalText() {
	var v rescue.RecruiterRelation
	err := v.UnmarshalText([]byte("IntimatePartner"))
	fmt.Println(v, err)
	err = v.UnmarshalText([]byte("no such code"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), v)
	// Output:
	// IntimatePartner <nil>
	// true IntimatePartner
}

func ExampleRecruiterRelation_Scan() {
	var v rescue.RecruiterRelation
	err := v.Scan("IntimatePartner") // as database/sql passes a text column
	fmt.Println(v, err)
	// Output: IntimatePartner <nil>
}

func ExampleRecruiterRelation_Value() {
	var unrecorded rescue.RecruiterRelation
	v, err := rescue.RecruiterRelations()[0].Value()
	fmt.Println(v, err)
	v, err = unrecorded.Value()
	fmt.Println(v, err)
	// Output:
	// IntimatePartner <nil>
	// <nil> <nil>
}

func ExampleSuspectStatus_String() {
	fmt.Println(rescue.SuspectStatuses()[0].String())
	// Output: Arrested
}

func ExampleSuspectStatus_Label() {
	fmt.Println(rescue.SuspectStatuses()[0].Label())
	// Output: Arrested
}

func ExampleSuspectStatus_IsValid() {
	var unrecorded rescue.SuspectStatus
	fmt.Println(rescue.SuspectStatuses()[0].IsValid(), unrecorded.IsValid(), rescue.SuspectStatus(200).IsValid())
	// Output: true false false
}

func ExampleSuspectStatus_AppendText() {
	b, err := rescue.SuspectStatuses()[0].AppendText([]byte("code: "))
	fmt.Println(string(b), err)
	// Output: code: Arrested <nil>
}

func ExampleSuspectStatus_MarshalText() {
	b, err := json.Marshal(map[string]rescue.SuspectStatus{"v": rescue.SuspectStatuses()[0]})
	fmt.Println(string(b), err)
	// Output: {"v":"Arrested"} <nil>
}

func ExampleSuspectStatus_UnmarshalText() {
	var v rescue.SuspectStatus
	err := v.UnmarshalText([]byte("Arrested"))
	fmt.Println(v, err)
	err = v.UnmarshalText([]byte("no such code"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), v)
	// Output:
	// Arrested <nil>
	// true Arrested
}

func ExampleSuspectStatus_Scan() {
	var v rescue.SuspectStatus
	err := v.Scan("Arrested") // as database/sql passes a text column
	fmt.Println(v, err)
	// Output: Arrested <nil>
}

func ExampleSuspectStatus_Value() {
	var unrecorded rescue.SuspectStatus
	v, err := rescue.SuspectStatuses()[0].Value()
	fmt.Println(v, err)
	v, err = unrecorded.Value()
	fmt.Println(v, err)
	// Output:
	// Arrested <nil>
	// <nil> <nil>
}

func ExampleAgencyPart_String() {
	fmt.Println(rescue.AgencyParts()[0].String())
	// Output: Lead
}

func ExampleAgencyPart_Label() {
	fmt.Println(rescue.AgencyParts()[0].Label())
	// Output: Lead
}

func ExampleAgencyPart_IsValid() {
	var unrecorded rescue.AgencyPart
	fmt.Println(rescue.AgencyParts()[0].IsValid(), unrecorded.IsValid(), rescue.AgencyPart(200).IsValid())
	// Output: true false false
}

func ExampleAgencyPart_AppendText() {
	b, err := rescue.AgencyParts()[0].AppendText([]byte("code: "))
	fmt.Println(string(b), err)
	// Output: code: Lead <nil>
}

func ExampleAgencyPart_MarshalText() {
	b, err := json.Marshal(map[string]rescue.AgencyPart{"v": rescue.AgencyParts()[0]})
	fmt.Println(string(b), err)
	// Output: {"v":"Lead"} <nil>
}

func ExampleAgencyPart_UnmarshalText() {
	var v rescue.AgencyPart
	err := v.UnmarshalText([]byte("Lead"))
	fmt.Println(v, err)
	err = v.UnmarshalText([]byte("no such code"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), v)
	// Output:
	// Lead <nil>
	// true Lead
}

func ExampleAgencyPart_Scan() {
	var v rescue.AgencyPart
	err := v.Scan("Lead") // as database/sql passes a text column
	fmt.Println(v, err)
	// Output: Lead <nil>
}

func ExampleAgencyPart_Value() {
	var unrecorded rescue.AgencyPart
	v, err := rescue.AgencyParts()[0].Value()
	fmt.Println(v, err)
	v, err = unrecorded.Value()
	fmt.Println(v, err)
	// Output:
	// Lead <nil>
	// <nil> <nil>
}

func ExampleCourtOutcome_String() {
	fmt.Println(rescue.CourtOutcomes()[0].String())
	// Output: Pending
}

func ExampleCourtOutcome_Label() {
	fmt.Println(rescue.CourtOutcomes()[0].Label())
	// Output: Pending
}

func ExampleCourtOutcome_IsValid() {
	var unrecorded rescue.CourtOutcome
	fmt.Println(rescue.CourtOutcomes()[0].IsValid(), unrecorded.IsValid(), rescue.CourtOutcome(200).IsValid())
	// Output: true false false
}

func ExampleCourtOutcome_AppendText() {
	b, err := rescue.CourtOutcomes()[0].AppendText([]byte("code: "))
	fmt.Println(string(b), err)
	// Output: code: Pending <nil>
}

func ExampleCourtOutcome_MarshalText() {
	b, err := json.Marshal(map[string]rescue.CourtOutcome{"v": rescue.CourtOutcomes()[0]})
	fmt.Println(string(b), err)
	// Output: {"v":"Pending"} <nil>
}

func ExampleCourtOutcome_UnmarshalText() {
	var v rescue.CourtOutcome
	err := v.UnmarshalText([]byte("Pending"))
	fmt.Println(v, err)
	err = v.UnmarshalText([]byte("no such code"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), v)
	// Output:
	// Pending <nil>
	// true Pending
}

func ExampleCourtOutcome_Scan() {
	var v rescue.CourtOutcome
	err := v.Scan("Pending") // as database/sql passes a text column
	fmt.Println(v, err)
	// Output: Pending <nil>
}

func ExampleCourtOutcome_Value() {
	var unrecorded rescue.CourtOutcome
	v, err := rescue.CourtOutcomes()[0].Value()
	fmt.Println(v, err)
	v, err = unrecorded.Value()
	fmt.Println(v, err)
	// Output:
	// Pending <nil>
	// <nil> <nil>
}

func ExampleTallyOf_String() {
	fmt.Println(rescue.TallySubjects()[0].String())
	// Output: Victims
}

func ExampleTallyOf_Label() {
	fmt.Println(rescue.TallySubjects()[0].Label())
	// Output: Victims
}

func ExampleTallyOf_IsValid() {
	var unrecorded rescue.TallyOf
	fmt.Println(rescue.TallySubjects()[0].IsValid(), unrecorded.IsValid(), rescue.TallyOf(200).IsValid())
	// Output: true false false
}

func ExampleTallyOf_AppendText() {
	b, err := rescue.TallySubjects()[0].AppendText([]byte("code: "))
	fmt.Println(string(b), err)
	// Output: code: Victims <nil>
}

func ExampleTallyOf_MarshalText() {
	b, err := json.Marshal(map[string]rescue.TallyOf{"v": rescue.TallySubjects()[0]})
	fmt.Println(string(b), err)
	// Output: {"v":"Victims"} <nil>
}

func ExampleTallyOf_UnmarshalText() {
	var v rescue.TallyOf
	err := v.UnmarshalText([]byte("Victims"))
	fmt.Println(v, err)
	err = v.UnmarshalText([]byte("no such code"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), v)
	// Output:
	// Victims <nil>
	// true Victims
}

func ExampleTallyOf_Scan() {
	var v rescue.TallyOf
	err := v.Scan("Victims") // as database/sql passes a text column
	fmt.Println(v, err)
	// Output: Victims <nil>
}

func ExampleTallyOf_Value() {
	var unrecorded rescue.TallyOf
	v, err := rescue.TallySubjects()[0].Value()
	fmt.Println(v, err)
	v, err = unrecorded.Value()
	fmt.Println(v, err)
	// Output:
	// Victims <nil>
	// <nil> <nil>
}
