package rescue_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"

	"github.com/antitrafficking/rescue"
)

func ExampleGender() {
	g, err := rescue.ParseGender("trans woman")
	if err != nil {
		log.Fatal(err)
	}
	text, _ := g.MarshalText()
	fmt.Printf("%s | %s | %s\n", g, g.Label(), text)

	// HTCDS's NonSpecifiedUnknown is the zero value: not recorded.
	var unknown rescue.Gender
	err = json.Unmarshal([]byte(`"NonSpecifiedUnknown"`), &unknown)
	fmt.Printf("%q %v %v\n", unknown, unknown.IsValid(), err)
	// Output:
	// TransgenderFeminine | Transgender feminine | TransgenderFeminine
	// "" false <nil>
}

func ExampleParseGender() {
	for _, s := range []string{"Woman", "MALE", "Trans/Transgender/NonConforming", "non-binary", "Not Specified/Unknown", "X"} {
		g, err := rescue.ParseGender(s)
		fmt.Printf("%q %v\n", g, err)
	}
	// Output:
	// "Feminine" <nil>
	// "Masculine" <nil>
	// "NonConforming" <nil>
	// "NonConforming" <nil>
	// "" <nil>
	// "" ParseGender("X"): unknown Gender name (valid: Feminine, Masculine, TransgenderFeminine, TransgenderMasculine, NonConforming): invalid
}

func ExampleGenders() {
	for _, g := range rescue.Genders() {
		fmt.Printf("%s: %s\n", g, g.Label())
	}
	// Output:
	// Feminine: Feminine
	// Masculine: Masculine
	// TransgenderFeminine: Transgender feminine
	// TransgenderMasculine: Transgender masculine
	// NonConforming: Non-conforming
}

func ExampleGender_String() {
	fmt.Printf("%s %q %s\n", rescue.TransgenderMasculine, rescue.Gender(0), rescue.Gender(42))
	// Output: TransgenderMasculine "" %!Gender(42)
}

func ExampleGender_Label() {
	fmt.Println(rescue.NonConforming.Label())
	// Output: Non-conforming
}

func ExampleGender_IsValid() {
	var notRecorded rescue.Gender
	fmt.Println(rescue.Feminine.IsValid(), notRecorded.IsValid(), rescue.Gender(42).IsValid())
	// Output: true false false
}

func ExampleGender_AppendText() {
	b := []byte("gender=")
	b, err := rescue.Masculine.AppendText(b)
	fmt.Println(string(b), err)
	// Output: gender=Masculine <nil>
}

func ExampleGender_MarshalText() {
	b, err := json.Marshal(map[string]rescue.Gender{"victim": rescue.Feminine, "suspect": 0})
	fmt.Println(string(b), err)
	// Output: {"suspect":"","victim":"Feminine"} <nil>
}

func ExampleGender_UnmarshalText() {
	var g rescue.Gender
	fmt.Println(g.UnmarshalText([]byte("TransgenderMasculine")), g)

	// Labels and synonyms are for ParseGender; decoding takes codes only.
	err := g.UnmarshalText([]byte("trans man"))
	fmt.Println(errors.Is(err, rescue.ErrInvalid), g)
	// Output:
	// <nil> TransgenderMasculine
	// true TransgenderMasculine
}

func ExampleGender_Scan() {
	var g rescue.Gender
	fmt.Println(g.Scan([]byte("Feminine")), g)
	fmt.Printf("%v %q\n", g.Scan(nil), g)
	// Output:
	// <nil> Feminine
	// <nil> ""
}

func ExampleGender_Value() {
	v, err := rescue.Feminine.Value()
	fmt.Printf("%#v %v\n", v, err)
	v, err = rescue.Gender(0).Value()
	fmt.Printf("%#v %v\n", v, err)
	// Output:
	// "Feminine" <nil>
	// <nil> <nil>
}

func ExampleControlMethod() {
	c, err := rescue.ParseControlMethod("passport confiscated")
	if err != nil {
		log.Fatal(err)
	}
	text, _ := c.MarshalText()
	fmt.Printf("%s | %s | %s\n", c, c.Label(), text)
	// Output: WithholdsDocuments | Withholds documents | WithholdsDocuments
}

func ExampleParseControlMethod() {
	for _, s := range []string{"withholds documents", "WITHHOLDS-DOCUMENTS", "Withholds_Documents", "debt bondage", "deception", "Denied freedom of movement/kept in isolation"} {
		c, err := rescue.ParseControlMethod(s)
		fmt.Println(c, err)
	}
	// Output:
	// WithholdsDocuments <nil>
	// WithholdsDocuments <nil>
	// WithholdsDocuments <nil>
	// DebtBondage <nil>
	// FalsePromises <nil>
	// RestrictsMovement <nil>
}

func ExampleControlMethods() {
	for _, c := range rescue.ControlMethods() {
		if c.HTCDS() != c.String() {
			fmt.Printf("%s is exported to HTCDS as %s\n", c, c.HTCDS())
		}
	}
	fmt.Println(len(rescue.ControlMethods()), "methods of control")
	// Output:
	// RestrictsMovement is exported to HTCDS as Other
	// Isolation is exported to HTCDS as Other
	// 18 methods of control
}

func ExampleControlMethod_HTCDS() {
	fmt.Println(rescue.DebtBondage.HTCDS(), rescue.Isolation.HTCDS())
	// Output: DebtBondage Other
}

func ExampleExploitation() {
	e, err := rescue.ParseExploitation("scam compound")
	if err != nil {
		log.Fatal(err)
	}
	text, _ := e.MarshalText()
	fmt.Printf("%s | %s | %s\n", e, e.Label(), text)
	// Output: ForcedCriminality | Forced criminality | ForcedCriminality
}

func ExampleParseExploitation() {
	for _, s := range []string{"forced labor", "Forced military (by non-state actors)", "Other"} {
		e, err := rescue.ParseExploitation(s)
		fmt.Println(e, err)
	}
	// Output:
	// ForcedLabour <nil>
	// ForcedMilitaryByNonStateActors <nil>
	// Other <nil>
}

func ExampleExploitations() {
	es := rescue.Exploitations()
	fmt.Println(len(es), es[0], es[len(es)-1] == rescue.ExploitationOther)
	// Output: 12 ForcedLabour true
}

func ExampleExploitation_HTCDS() {
	fmt.Println(rescue.SexualExploitation.HTCDS(), rescue.ForcedCriminality.HTCDS())
	// Output: SexualExploitation ForcedLabour
}

func ExampleRecruitmentMethod() {
	r, err := rescue.ParseRecruitmentMethod("fake job offer")
	if err != nil {
		log.Fatal(err)
	}
	text, _ := r.MarshalText()
	fmt.Printf("%s | %s | %s\n", r, r.Label(), text)
	// Output: DeceptiveJobOffer | Deceptive job offer | DeceptiveJobOffer
}

func ExampleParseRecruitmentMethod() {
	for _, s := range []string{"social media", "Through a newspaper advert", "at school"} {
		r, err := rescue.ParseRecruitmentMethod(s)
		fmt.Println(r, err)
	}
	// Output:
	// ThroughOnlineSocialNetworks <nil>
	// ThroughANewspaperAdvert <nil>
	// AtAnEducationalInstitution <nil>
}

func ExampleRecruitmentMethods() {
	for _, r := range rescue.RecruitmentMethods()[:3] {
		fmt.Println(r.Label())
	}
	// Output:
	// At a place of business
	// At an educational institution
	// At work
}

func ExampleRecruitmentMethod_HTCDS() {
	fmt.Println(rescue.AtWork.HTCDS(), rescue.DeceptiveJobOffer.HTCDS())
	// Output: AtWork Other
}

func ExampleRole() {
	r, err := rescue.ParseRole("recruiter")
	if err != nil {
		log.Fatal(err)
	}
	text, _ := r.MarshalText()
	fmt.Printf("%s | %s | %s\n", r, r.Label(), text)
	// Output: RecruiterOrIntermediary | Recruiter or intermediary | RecruiterOrIntermediary
}

func ExampleParseRole() {
	for _, s := range []string{"smugglers", "Broker Travel Agent", "buyer"} {
		r, err := rescue.ParseRole(s)
		fmt.Println(r, err)
	}
	// Output:
	// Smuggler <nil>
	// BrokerTravelAgent <nil>
	// BoughtIndividual <nil>
}

func ExampleRoles() {
	fmt.Println(len(rescue.Roles()), rescue.Roles()[0])
	// Output: 15 TravellingPartner
}

func ExampleTraffickingStatus() {
	s, err := rescue.ParseTraffickingStatus("presumed victim")
	if err != nil {
		log.Fatal(err)
	}
	text, _ := s.MarshalText()
	fmt.Printf("%s | %s | %s\n", s, s.Label(), text)
	// Output: PossibleVictimOfTrafficking | Possible victim of trafficking | PossibleVictimOfTrafficking
}

func ExampleParseTraffickingStatus() {
	s, err := rescue.ParseTraffickingStatus("confirmed victim")
	fmt.Println(s, err)
	// Output: ActualVictimOfTrafficking <nil>
}

func ExampleTraffickingStatuses() {
	fmt.Println(rescue.TraffickingStatuses())
	// Output: [PossibleVictimOfTrafficking ActualVictimOfTrafficking NotAVictimOfTrafficking]
}

func ExampleVictimStatus() {
	s, err := rescue.ParseVictimStatus("in a shelter")
	if err != nil {
		log.Fatal(err)
	}
	text, _ := s.MarshalText()
	fmt.Printf("%s | %s | %s\n", s, s.Label(), text)
	// Output: InCare | In care | InCare
}

func ExampleParseVictimStatus() {
	for _, s := range []string{"IN_CARE", "freed", "whereabouts unknown"} {
		v, err := rescue.ParseVictimStatus(s)
		fmt.Println(v, err)
	}
	// Output:
	// InCare <nil>
	// Rescued <nil>
	// Missing <nil>
}

func ExampleVictimStatuses() {
	fmt.Println(rescue.VictimStatuses())
	// Output: [Captive Escaped Rescued Intercepted InCare Repatriated Missing Deceased]
}

func ExampleEvidenceKind() {
	e, err := rescue.ParseEvidenceKind("cell phones")
	if err != nil {
		log.Fatal(err)
	}
	text, _ := e.MarshalText()
	fmt.Printf("%s | %s | %s\n", e, e.Label(), text)
	// Output: MobilePhone | Mobile phone | MobilePhone
}

func ExampleParseEvidenceKind() {
	for _, s := range []string{"bank cards", "passports", "SIM cards", "laptops", "Other"} {
		e, err := rescue.ParseEvidenceKind(s)
		fmt.Println(e, err)
	}
	// Output:
	// BankCard <nil>
	// IdentityDocument <nil>
	// SIMCard <nil>
	// Computer <nil>
	// Other <nil>
}

func ExampleEvidenceKinds() {
	fmt.Println(rescue.EvidenceKinds())
	// Output: [Cash MobilePhone BankCard IdentityDocument SIMCard Computer Document Vehicle Weapon Drugs Other]
}

func ExampleCustodyAction() {
	c, err := rescue.ParseCustodyAction("handed over")
	if err != nil {
		log.Fatal(err)
	}
	text, _ := c.MarshalText()
	fmt.Printf("%s | %s | %s\n", c, c.Label(), text)
	// Output: Transferred | Transferred | Transferred
}

func ExampleParseCustodyAction() {
	c, err := rescue.ParseCustodyAction("seizure")
	fmt.Println(c, err)
	// Output: Seized <nil>
}

func ExampleCustodyActions() {
	fmt.Println(rescue.CustodyActions())
	// Output: [Seized Sealed Transferred Examined Returned Released Destroyed]
}

func ExampleTriggerKind() {
	k, err := rescue.ParseTriggerKind("escaped victim report")
	if err != nil {
		log.Fatal(err)
	}
	text, _ := k.MarshalText()
	fmt.Printf("%s | %s | %s\n", k, k.Label(), text)
	// Output: EscapedVictimReport | Report by an escaped victim | EscapedVictimReport
}

func ExampleParseTriggerKind() {
	k, err := rescue.ParseTriggerKind("tip-off")
	fmt.Println(k, err)
	// Output: Tip <nil>
}

func ExampleTriggerKinds() {
	fmt.Println(rescue.TriggerKinds())
	// Output: [EscapedVictimReport VictimCall Tip Hotline Referral Investigation Patrol Other]
}

func ExampleRepatriationStatus() {
	s, err := rescue.ParseRepatriationStatus("awaiting repatriation")
	if err != nil {
		log.Fatal(err)
	}
	text, _ := s.MarshalText()
	fmt.Printf("%s | %s | %s\n", s, s.Label(), text)
	// Output: Pending | Pending | Pending
}

func ExampleParseRepatriationStatus() {
	s, err := rescue.ParseRepatriationStatus("refused")
	fmt.Println(s, err)
	// Output: Declined <nil>
}

func ExampleRepatriationStatuses() {
	fmt.Println(rescue.RepatriationStatuses())
	// Output: [Pending Completed Declined]
}

func ExampleLabourSector() {
	s, err := rescue.ParseLabourSector("domestic work")
	if err != nil {
		log.Fatal(err)
	}
	text, _ := s.MarshalText()
	fmt.Printf("%s | %s | %s\n", s, s.Label(), text)
	fmt.Println(s == rescue.SectorDomesticWork)
	// Output:
	// T_ActivitiesOfHouseholdsAsEmployers | Activities of households as employers | T_ActivitiesOfHouseholdsAsEmployers
	// true
}

func ExampleParseLabourSector() {
	for _, s := range []string{"F", "agriculture", "fishing", "hospitality", "Wholesale and retail trade; repair of motor vehicles and motorcycles"} {
		l, err := rescue.ParseLabourSector(s)
		fmt.Println(l, err)
	}
	// Output:
	// F_Construction <nil>
	// A_AgricultureForestryAndFishing <nil>
	// A03_FishingAndAquaculture <nil>
	// I_AccommodationAndFoodServiceActivities <nil>
	// G_WholesaleAndRetailTradeRepairOfMotorVehicles <nil>
}

func ExampleLabourSectors() {
	for _, s := range rescue.LabourSectors()[:3] {
		fmt.Println(s.Label())
	}
	fmt.Println(len(rescue.LabourSectors()), "ISIC sections and the three divisions of section A")
	// Output:
	// Agriculture, forestry and fishing
	// Mining and quarrying
	// Manufacturing
	// 24 ISIC sections and the three divisions of section A
}

func ExampleLabourSector_HTCDS() {
	// HTCDS records ISIC sections; the divisions of section A, which
	// CTDC tells apart, go to HTCDS as their section.
	for _, s := range []rescue.LabourSector{rescue.SectorFishing, rescue.SectorCropsAndAnimals, rescue.SectorConstruction} {
		fmt.Println(s, "→", s.HTCDS())
	}
	// Output:
	// A03_FishingAndAquaculture → A_AgricultureForestryAndFishing
	// A01_CropAndAnimalProduction → A_AgricultureForestryAndFishing
	// F_Construction → F_Construction
}

func ExampleSexExploitationType() {
	s, err := rescue.ParseSexExploitationType("webcam")
	if err != nil {
		log.Fatal(err)
	}
	text, _ := s.MarshalText()
	fmt.Printf("%s | %s | %s\n", s, s.Label(), text)
	// Output: RemoteInteractiveServices | Remote interactive services | RemoteInteractiveServices
}

func ExampleParseSexExploitationType() {
	s, err := rescue.ParseSexExploitationType("Private Sexual Services")
	fmt.Println(s, err)
	// Output: PrivateSexualServices <nil>
}

func ExampleSexExploitationTypes() {
	fmt.Println(rescue.SexExploitationTypes())
	// Output: [Prostitution Pornography RemoteInteractiveServices PrivateSexualServices]
}

func ExampleRecruiterRelation() {
	r, err := rescue.ParseRecruiterRelation("boyfriend")
	if err != nil {
		log.Fatal(err)
	}
	text, _ := r.MarshalText()
	fmt.Printf("%s | %s | %s\n", r, r.Label(), text)
	// Output: IntimatePartner | Intimate partner | IntimatePartner
}

func ExampleParseRecruiterRelation() {
	// HTCDS's vic_RelationshipToTrafficker codes parse too.
	for _, s := range []string{"Familial", "Acquainted", "Unaquainted"} {
		r, err := rescue.ParseRecruiterRelation(s)
		fmt.Println(r, err)
	}
	// Output:
	// Family <nil>
	// Friend <nil>
	// Other <nil>
}

func ExampleRecruiterRelations() {
	fmt.Println(rescue.RecruiterRelations())
	// Output: [IntimatePartner Family Friend Other]
}

func ExampleRecruiterRelation_HTCDS() {
	for _, r := range rescue.RecruiterRelations() {
		fmt.Printf("%s → %q\n", r, r.HTCDS())
	}
	// Output:
	// IntimatePartner → "Acquainted"
	// Family → "Familial"
	// Friend → "Acquainted"
	// Other → ""
}

func ExampleSuspectStatus() {
	s, err := rescue.ParseSuspectStatus("already in custody")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s | %s | arrested: %v\n", s, s.Label(), s.ImpliesArrest())
	// Output: InCustody | In custody | arrested: true
}

func ExampleSuspectStatus_ImpliesArrest() {
	for _, s := range rescue.SuspectStatuses() {
		fmt.Println(s, s.ImpliesArrest())
	}
	// Output:
	// Arrested true
	// InCustody true
	// AtLarge false
	// Released true
	// Deceased false
	// Unknown false
}

func ExampleParseSuspectStatus() {
	for _, text := range []string{"on the run", "released on bail", "detained"} {
		s, err := rescue.ParseSuspectStatus(text)
		fmt.Println(s, err)
	}
	// Output:
	// AtLarge <nil>
	// Released <nil>
	// Arrested <nil>
}

func ExampleSuspectStatuses() {
	fmt.Println(rescue.SuspectStatuses())
	// Output: [Arrested InCustody AtLarge Released Deceased Unknown]
}

func ExampleAgencyPart() {
	p, err := rescue.ParseAgencyPart("supporting")
	fmt.Println(p, p.Label(), err)
	// Output: Support Support <nil>
}

func ExampleParseAgencyPart() {
	p, err := rescue.ParseAgencyPart("lead agency")
	fmt.Println(p, err)
	// Output: Lead <nil>
}

func ExampleAgencyParts() {
	fmt.Println(rescue.AgencyParts())
	// Output: [Lead Support]
}

func ExampleCourtOutcome() {
	o, err := rescue.ParseCourtOutcome("found guilty")
	fmt.Println(o, o.Label(), err)
	// Output: Convicted Convicted <nil>
}

func ExampleParseCourtOutcome() {
	for _, text := range []string{"charges dropped", "awaiting trial", "not guilty"} {
		o, err := rescue.ParseCourtOutcome(text)
		fmt.Println(o, err)
	}
	// Output:
	// Withdrawn <nil>
	// Pending <nil>
	// Acquitted <nil>
}

func ExampleCourtOutcomes() {
	fmt.Println(rescue.CourtOutcomes())
	// Output: [Pending Convicted Acquitted Dismissed Withdrawn]
}

func ExampleTallyOf() {
	of, err := rescue.ParseTallyOf("suspects")
	fmt.Println(of, err)
	// Output: Suspects <nil>
}

func ExampleParseTallyOf() {
	_, err := rescue.ParseTallyOf("officers")
	fmt.Println(errors.Is(err, rescue.ErrInvalid))
	// Output: true
}

func ExampleTallySubjects() {
	fmt.Println(rescue.TallySubjects())
	// Output: [Victims Suspects]
}
