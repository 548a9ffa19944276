package rescue

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
)

// The columns of [WriteCTDC], in the order of the CTDC 2024 synthetic
// dataset.
const (
	ctdcYear = iota
	ctdcGender
	ctdcAge
	ctdcCitizenship
	ctdcCountry
	ctdcMonths
	ctdcDebtBondageEarnings
	ctdcThreats
	ctdcAbuse
	ctdcFalsePromises
	ctdcDrugsAlcohol
	ctdcDenyBasicNeeds
	ctdcExcessiveWorkHours
	ctdcWithholdDocs
	ctdcForcedLabour
	ctdcSexualExploit
	ctdcOtherExploit
	ctdcAgriculture
	ctdcConstruction
	ctdcDomesticWork
	ctdcHospitality
	ctdcProstitution
	ctdcPornography
	ctdcIntimatePartner
	ctdcFriend
	ctdcFamily
	ctdcRelationOther
	ctdcColumnCount
)

var ctdcColumns = [ctdcColumnCount]string{
	ctdcYear:                "yearOfRegistration",
	ctdcGender:              "gender",
	ctdcAge:                 "ageBroad",
	ctdcCitizenship:         "citizenship",
	ctdcCountry:             "CountryOfExploitation",
	ctdcMonths:              "traffickMonths",
	ctdcDebtBondageEarnings: "meansDebtBondageEarnings",
	ctdcThreats:             "meansThreats",
	ctdcAbuse:               "meansAbusePsyPhySex",
	ctdcFalsePromises:       "meansFalsePromises",
	ctdcDrugsAlcohol:        "meansDrugsAlcohol",
	ctdcDenyBasicNeeds:      "meansDenyBasicNeeds",
	ctdcExcessiveWorkHours:  "meansExcessiveWorkHours",
	ctdcWithholdDocs:        "meansWithholdDocs",
	ctdcForcedLabour:        "isForcedLabour",
	ctdcSexualExploit:       "isSexualExploit",
	ctdcOtherExploit:        "isOtherExploit",
	ctdcAgriculture:         "typeOfLabourAgriculture",
	ctdcConstruction:        "typeOfLabourConstruction",
	ctdcDomesticWork:        "typeOfLabourDomesticWork",
	ctdcHospitality:         "typeOfLabourHospitality",
	ctdcProstitution:        "typeOfSexProstitution",
	ctdcPornography:         "typeOfSexPornography",
	ctdcIntimatePartner:     "recruiterRelationIntimatePartner",
	ctdcFriend:              "recruiterRelationFriend",
	ctdcFamily:              "recruiterRelationFamily",
	ctdcRelationOther:       "recruiterRelationOther",
}

// ctdcTransGender is CTDC's one gender for every trans and non-conforming
// person.
const ctdcTransGender = "Trans/Transgender/NonConforming"

// WriteCTDC writes the victims of ops as CSV, one row per victim, in the
// 27 columns of IOM's CTDC 2024 global synthetic dataset, in its order and
// with its spellings, so that records can be pooled with CTDC's data or
// analysed with the same code. Suspects are not written: CTDC's datasets
// are of victims. Flags are "1" or empty, and empty means "not recorded"
// (or not known), never "no": a victim whose recorded controls do not
// include debt bondage gets an empty meansDebtBondageEarnings, as one
// whose controls are unrecorded does. The columns:
//
//	yearOfRegistration        the year the operation started (op.When.Start); empty if unrecorded
//	gender                    Feminine → Woman, Masculine → Man, TransgenderFeminine,
//	                          TransgenderMasculine, NonConforming → Trans/Transgender/NonConforming;
//	                          empty if unrecorded
//	ageBroad                  Age.CTDC(): 0--8, 09--17, 18--20, 21--23, 24--26, 27--29, 30--38,
//	                          39--47, 48+; empty if unknown or if the age spans several bands
//	citizenship               Nationality as ISO 3166-1 alpha-3, but Kosovo as SRB: CTDC codes
//	                          Serbia including Kosovo, following UN guidelines (codebook,
//	                          Appendix II). Empty for the ICAO statuses (stateless, refugee,
//	                          unspecified), which have no code. CTDC has one citizenship:
//	                          OtherNationalities are not written
//	CountryOfExploitation     the victim's ExploitedIn where recorded, else the country where
//	                          the victim was identified: the operation's first place's country
//	                          ([Operation.Place]), alpha-3, Kosovo as SRB. The codebook's
//	                          variable is that proxy too, "usually the country where a victim
//	                          is first identified and/or referred" (Appendix II), as IOM's last
//	                          country of exploitation is often missing. Empty for an
//	                          Intercepted victim without ExploitedIn: stopped before
//	                          exploitation, they were not exploited where they were identified
//	traffickMonths            always empty: the library does not record how long the
//	                          trafficking lasted
//	meansDebtBondageEarnings  Controls hold DebtBondage or TakesEarnings
//	meansThreats              PhysicalThreats, ThreatsLawEnforcement or ThreatensChildrenFamily
//	meansAbusePsyPhySex       PsychologicalAbuse, PhysicalAbuse or SexualAbuse
//	meansFalsePromises        FalsePromises
//	meansDrugsAlcohol         PsychoactiveSubstance
//	meansDenyBasicNeeds       RestrictsFinancialAccess, RestrictsMovement, RestrictsMedicalCare,
//	                          WithholdsNecessities or Isolation (CTDC records isolation as
//	                          "denied freedom of movement/kept in isolation")
//	meansExcessiveWorkHours   ExcessiveWorkingHours
//	meansWithholdDocs         WithholdsDocuments
//	                          (ControlOther has no column)
//	isForcedLabour            Exploitation holds ForcedLabour, ForcedCriminality or ForcedBegging
//	                          (CTDC counts illicit activities and begging as forced labour),
//	                          or ChildLabour (a trafficked child's labour; CTDC has no child
//	                          labour type); or a LabourSector is recorded, as it is only for
//	                          forced labour
//	isSexualExploit           Exploitation holds SexualExploitation, or SexExploitation is recorded
//	isOtherExploit            ForcedMarriage, Servitude, ForcedMilitaryByNonStateActors,
//	                          OrganRemoval, ForcedAdoption, Surrogacy or ExploitationOther
//	                          (CTDC's 2024 dataset folds its other types into this one)
//	typeOfLabourAgriculture   SectorCropsAndAnimals only: the codebook's agriculture is ISIC
//	                          section A division 01 (crop and animal production). Forestry
//	                          (SectorForestry, A02) and fishing (SectorFishing, A03), which
//	                          the codebook keeps apart, and SectorAgriculture, all of section A
//	                          without saying which division, have isForcedLabour only, as a
//	                          fisher has in CTDC's data
//	typeOfLabourConstruction  SectorConstruction (ISIC F)
//	typeOfLabourDomesticWork  SectorDomesticWork (ISIC T)
//	typeOfLabourHospitality   SectorHospitality (ISIC I); the other sectors have no column
//	typeOfSexProstitution     SexExploitation holds Prostitution
//	typeOfSexPornography      Pornography; RemoteInteractiveServices and PrivateSexualServices
//	                          have no column
//	recruiterRelationIntimatePartner, …Friend, …Family, …Other
//	                          RecruiterRelation IntimatePartner, Friend, Family, RecruiterOther
//
// The value sets are the codebook's (testdata/ctdc/codebook-v2024.tsv, a
// test checks every column against it).
//
// Names, IDs and dates are never written, but a row is still one person:
// CTDC publishes only after k-anonymisation or differential privacy, and
// so should anyone who publishes these rows.
//
// WriteCTDC streams: it writes each row as it goes, holding one row in
// memory whatever the number of operations. A nil operation is skipped. It
// returns the first error of w, or an error wrapping [ErrInvalid] naming
// the operation, victim and field of a code out of its vocabulary's range
// (the rows before it are written): `WriteCTDC: operation "O", victim "V1",
// gender: %!Gender(42): invalid`.
func WriteCTDC(w io.Writer, ops ...*Operation) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(ctdcColumns[:]); err != nil {
		return err
	}
	var rec [ctdcColumnCount]string
	for _, op := range ops {
		if op == nil {
			continue
		}
		year := ""
		if s := op.When.Start; !s.IsZero() {
			year = strconv.Itoa(s.Year())
		}
		country := ctdcAlpha3(op.Place().Country)
		for i := range op.Victims {
			v := &op.Victims[i]
			if field, err := ctdcRow(&rec, v); err != nil {
				return fmt.Errorf("WriteCTDC: operation %s, victim %s, %s: %w", quoteInput(op.ID), quoteInput(v.ID), field, err)
			}
			rec[ctdcYear] = year
			switch {
			case v.ExploitedIn.IsValid():
				rec[ctdcCountry] = ctdcAlpha3(v.ExploitedIn)
			case v.Status != Intercepted:
				// The place of the operation stands for the country of
				// exploitation only for a victim who was exploited.
				rec[ctdcCountry] = country
			}
			if err := cw.Write(rec[:]); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// ctdcRow fills rec with v's columns but for the operation's; on error it
// returns the JSON name of the field at fault.
func ctdcRow(rec *[ctdcColumnCount]string, v *Victim) (string, error) {
	*rec = [ctdcColumnCount]string{}
	switch v.Gender {
	case 0:
	case Feminine:
		rec[ctdcGender] = "Woman"
	case Masculine:
		rec[ctdcGender] = "Man"
	case TransgenderFeminine, TransgenderMasculine, NonConforming:
		rec[ctdcGender] = ctdcTransGender
	default:
		return "gender", fmt.Errorf("%s: %w", v.Gender, ErrInvalid)
	}
	rec[ctdcAge] = ctdcAgeBroad(v.Age)
	if c, ok := v.Nationality.Country(); ok {
		rec[ctdcCitizenship] = ctdcAlpha3(c)
	}
	for _, c := range v.Controls {
		col, err := ctdcControl(c)
		if err != nil {
			return "controls", err
		}
		ctdcSet(rec, col)
	}
	for _, e := range v.Exploitation {
		col, err := ctdcExploitation(e)
		if err != nil {
			return "exploitation", err
		}
		ctdcSet(rec, col)
	}
	switch v.LabourSector {
	case 0:
	case SectorCropsAndAnimals:
		ctdcSet(rec, ctdcAgriculture)
	case SectorConstruction:
		ctdcSet(rec, ctdcConstruction)
	case SectorDomesticWork:
		ctdcSet(rec, ctdcDomesticWork)
	case SectorHospitality:
		ctdcSet(rec, ctdcHospitality)
	default:
		if !v.LabourSector.IsValid() {
			return "labourSector", fmt.Errorf("%s: %w", v.LabourSector, ErrInvalid)
		}
	}
	if v.LabourSector != 0 {
		ctdcSet(rec, ctdcForcedLabour)
	}
	for _, s := range v.SexExploitation {
		switch s {
		case 0:
			continue
		case Prostitution:
			ctdcSet(rec, ctdcProstitution)
		case Pornography:
			ctdcSet(rec, ctdcPornography)
		default:
			if !s.IsValid() {
				return "sexExploitation", fmt.Errorf("%s: %w", s, ErrInvalid)
			}
		}
		ctdcSet(rec, ctdcSexualExploit)
	}
	switch v.RecruiterRelation {
	case 0:
	case IntimatePartner:
		ctdcSet(rec, ctdcIntimatePartner)
	case Friend:
		ctdcSet(rec, ctdcFriend)
	case Family:
		ctdcSet(rec, ctdcFamily)
	case RecruiterOther:
		ctdcSet(rec, ctdcRelationOther)
	default:
		return "recruiterRelation", fmt.Errorf("%s: %w", v.RecruiterRelation, ErrInvalid)
	}
	return "", nil
}

// ctdcKosovo is Kosovo, which CTDC codes as Serbia.
var ctdcKosovo = MustParseCountry("XK")

// ctdcAlpha3 returns the alpha-3 code CTDC gives c: its own, but SRB for
// Kosovo; "" for the zero Country.
func ctdcAlpha3(c Country) string {
	if c == ctdcKosovo {
		return "SRB"
	}
	return c.Alpha3()
}

// ctdcAgeBands are the ageBroad bands of the CTDC 2024 dataset, with
// their labels as the dataset spells them; hi -1 is no upper bound.
var ctdcAgeBands = [...]struct {
	lo, hi int
	label  string
}{
	{0, 8, "0--8"}, {9, 17, "09--17"}, {18, 20, "18--20"}, {21, 23, "21--23"}, {24, 26, "24--26"},
	{27, 29, "27--29"}, {30, 38, "30--38"}, {39, 47, "39--47"}, {48, -1, "48+"},
}

// ctdcAgeBroad returns the ageBroad label of the band that holds a, as
// [Age.CTDC] does, or "" when a is unknown or spans several bands. It
// looks the label up rather than building it, and so never allocates.
func ctdcAgeBroad(a Age) string {
	lo, hi, ok := a.Band().Range()
	for _, b := range ctdcAgeBands {
		if ok && b.lo == lo && b.hi == hi {
			return b.label
		}
	}
	return ""
}

// ctdcSet sets the flag of column col; col < 0 is none.
func ctdcSet(rec *[ctdcColumnCount]string, col int) {
	if col >= 0 {
		rec[col] = "1"
	}
}

// ctdcControl returns the means… column of c, or -1 for none.
func ctdcControl(c ControlMethod) (int, error) {
	switch c {
	case DebtBondage, TakesEarnings:
		return ctdcDebtBondageEarnings, nil
	case PhysicalThreats, ThreatsLawEnforcement, ThreatensChildrenFamily:
		return ctdcThreats, nil
	case PsychologicalAbuse, PhysicalAbuse, SexualAbuse:
		return ctdcAbuse, nil
	case FalsePromises:
		return ctdcFalsePromises, nil
	case PsychoactiveSubstance:
		return ctdcDrugsAlcohol, nil
	case RestrictsFinancialAccess, RestrictsMovement, RestrictsMedicalCare, WithholdsNecessities, Isolation:
		return ctdcDenyBasicNeeds, nil
	case ExcessiveWorkingHours:
		return ctdcExcessiveWorkHours, nil
	case WithholdsDocuments:
		return ctdcWithholdDocs, nil
	case 0, ControlOther:
		return -1, nil
	}
	return -1, fmt.Errorf("%s: %w", c, ErrInvalid)
}

// ctdcExploitation returns the is…Exploit column of e, or -1 for none.
func ctdcExploitation(e Exploitation) (int, error) {
	switch e {
	case ForcedLabour, ForcedCriminality, ForcedBegging, ChildLabour:
		return ctdcForcedLabour, nil
	case SexualExploitation:
		return ctdcSexualExploit, nil
	case ForcedMarriage, Servitude, ForcedMilitaryByNonStateActors, OrganRemoval, ForcedAdoption, Surrogacy, ExploitationOther:
		return ctdcOtherExploit, nil
	case 0:
		return -1, nil
	}
	return -1, fmt.Errorf("%s: %w", e, ErrInvalid)
}
