package rescue

import (
	"database/sql/driver"
	"fmt"
	"strconv"
	"strings"

	"github.com/antitrafficking/rescue/internal/fold"
)

//go:generate go run ./internal/gen/vocabulary

// The controlled vocabularies below are small typed enums. Each one's text
// form is a code of the standard it comes from — HTCDS 2.0 (IOM Human
// Trafficking Case Data Standard) unless its doc says otherwise — and its
// zero value means "not recorded" and prints as "". Every type has the same
// methods, generated from internal/data/vocabulary.tsv into
// zz_vocabulary.go:
//
//   - String returns the code ("WithholdsDocuments"); an out-of-range
//     value prints like time.Month does ("%!ControlMethod(42)").
//   - Label returns a human label ("Withholds documents").
//   - IsValid reports whether the value is one of the named constants.
//   - MarshalText, AppendText and UnmarshalText use the code; UnmarshalText
//     accepts exactly the codes (and "" for the zero value), so decoding
//     JSON or XML validates.
//   - Scan and Value store the code in a database text column (NULL for
//     the zero value).
//
// Each type also has a parser, Parse<Type>, that reads codes, labels and
// common synonyms for data entry and imports, and a function listing every
// value in order (Genders, ControlMethods, …). The numbers behind the
// constants are not part of the API and may change as codes are added:
// store and exchange the text form.

// Gender is how a person's gender is recorded: HTCDS field prs_Gender. The
// zero value means not recorded.
//
// HTCDS's sixth code, NonSpecifiedUnknown, is read as the zero value by
// both UnmarshalText and ParseGender (so is "unknown"), and the zero value
// is written as "", not as NonSpecifiedUnknown.
//
// ParseGender also takes the genders of IOM's CTDC datasets and common
// words: "Woman", "Female", "Girl" and "F" give Feminine; "Man", "Male",
// "Boy" and "M" give Masculine; "Transgender woman" and "Trans woman" give
// TransgenderFeminine; "Transgender man" and "Trans man" give
// TransgenderMasculine; "Non-binary", and CTDC's combined
// "Trans/Transgender/NonConforming" (as well as "Transgender" or "Trans"
// alone, which do not say which), give NonConforming.
type Gender uint8

// ControlMethod is a means a trafficker used to control a victim: HTCDS
// field vic_MethodsOfControl (a multi-select field, so a victim record
// holds a set of these). The zero value means not recorded.
//
// Beyond HTCDS's 16 codes it has RestrictsMovement (a CTDC code) and
// Isolation (ILO forced-labour indicator 4). HTCDS has no code for either,
// so [ControlMethod.HTCDS] exports both as "Other".
type ControlMethod uint8

// Exploitation is the purpose a victim was trafficked for: HTCDS field
// vic_TypeOfExploitation (multi-select). The zero value means not
// recorded.
//
// Beyond HTCDS's 11 codes it has ForcedCriminality: being forced to commit
// crimes, such as scam or extortion calls from a scam compound.
// [Exploitation.HTCDS] exports it as "ForcedLabour", because CTDC counts
// illicit activities as forced labour.
type Exploitation uint8

// RecruitmentMethod is how a victim was recruited: HTCDS field
// vic_MethodOfRecruitment (multi-select). The zero value means not
// recorded.
//
// Beyond HTCDS's 10 codes it has DeceptiveJobOffer, which
// [RecruitmentMethod.HTCDS] exports as "Other": HTCDS records where the
// offer was made, not that it deceived.
type RecruitmentMethod uint8

// Role is the part a perpetrator played in the trafficking process: HTCDS
// field per_RoleInProcess (multi-select). The zero value means not
// recorded.
type Role uint8

// TraffickingStatus is whether a person has been identified as a victim of
// trafficking: HTCDS field vic_TraffickingStatus. The zero value means not
// recorded (not assessed), which is not NotAVictimOfTrafficking.
type TraffickingStatus uint8

// VictimStatus is where a victim is now. Its codes are this library's own;
// HTCDS has no such field. The zero value means not recorded.
type VictimStatus uint8

// SuspectStatus is where a suspect stands: arrested in the operation, in
// custody (arrested earlier, or on a date not reported), at large,
// released, deceased, or reported with no word of an arrest (Unknown).
// Its codes are this library's own. The zero value means not recorded.
// [SuspectStatus.ImpliesArrest] says which statuses mean the suspect was
// arrested.
type SuspectStatus uint8

// AgencyPart is the part an agency played in an operation: it led it, or
// took part in support. Its codes are this library's own. The zero value
// means not recorded.
type AgencyPart uint8

// CourtOutcome is where a case against a suspect stands in court, after
// the dispositions of NIEM's justice domain (j:CourtEvent). Its codes are
// this library's own. The zero value means not recorded.
type CourtOutcome uint8

// TallyOf says whom a [Tally] counts: victims or suspects. Its codes are
// this library's own. The zero value means not recorded, which
// [Operation.Validate] refuses in a tally.
type TallyOf uint8

// EvidenceKind is what kind of item was seized as evidence. Its codes are
// this library's own (NIEM and CASE/UCO classify items differently). The
// zero value means not recorded.
type EvidenceKind uint8

// CustodyAction is one step in an item of evidence's chain of custody. Its
// codes are this library's own. The zero value means not recorded.
type CustodyAction uint8

// TriggerKind is what started an operation. Its codes are this library's
// own. The zero value means not recorded.
type TriggerKind uint8

// RepatriationStatus is how far a victim's return to their country has
// got. Its codes are this library's own. The zero value means not recorded
// (including "not considered").
type RepatriationStatus uint8

// LabourSector is the industry a victim of forced labour worked in: HTCDS
// field vic_ForcedLabourIndustry, the 21 sections of ISIC rev. 4. The zero
// value means not recorded.
//
// The text form is the HTCDS code; the constants have shorter names:
//
//	SectorAgriculture           A_AgricultureForestryAndFishing
//	SectorMining                B_MiningAndQuarrying
//	SectorManufacturing         C_Manufacturing
//	SectorEnergy                D_ElectricityGasSteamAndAirConditioningSupply
//	SectorWaterSupply           E_WaterSupplySewerageWasteManagement
//	SectorConstruction          F_Construction
//	SectorTrade                 G_WholesaleAndRetailTradeRepairOfMotorVehicles
//	SectorTransport             H_TransportationAndStorage
//	SectorHospitality           I_AccommodationAndFoodServiceActivities
//	SectorInformation           J_InformationAndCommunication
//	SectorFinance               K_FinancialAndInsuranceActivities
//	SectorRealEstate            L_RealEstateActivities
//	SectorProfessional          M_ProfessionalScientificAndTechnicalActivities
//	SectorAdministrative        N_AdministrativeAndSupportServiceActivities
//	SectorPublicAdministration  O_PublicAdministrationAndDefence
//	SectorEducation             P_Education
//	SectorHealth                Q_HumanHealthAndSocialWorkActivities
//	SectorArts                  R_ArtsEntertainmentAndRecreation
//	SectorOtherServices         S_OtherServiceActivities
//	SectorDomesticWork          T_ActivitiesOfHouseholdsAsEmployers
//	SectorExtraterritorial      U_ActivitiesOfExtraterritorialOrganizations
//
// ParseLabourSector also takes the section letter alone ("F"), the ISIC
// titles, and short names including CTDC's labour types: "Agriculture" and
// "Fishing" give SectorAgriculture, "Construction" SectorConstruction,
// "Domestic work" SectorDomesticWork, "Hospitality" SectorHospitality.
type LabourSector uint8

// SexExploitationType is the form a victim's sexual exploitation took:
// HTCDS field vic_TypeOfSexExploitation (multi-select). The zero value
// means not recorded.
type SexExploitationType uint8

// RecruiterRelation is how a victim knew their recruiter, in the four
// categories of IOM's CTDC datasets (columns recruiterRelationIntimatePartner,
// …Family, …Friend and …Other); its codes are those column suffixes. The
// zero value means not recorded.
//
// HTCDS records the relationship more coarsely in vic_RelationshipToTrafficker
// (Familial, Acquainted, Unaquainted). ParseRecruiterRelation takes those
// codes too: Familial gives Family, Acquainted gives Friend (the closest
// category), and Unaquainted (HTCDS's spelling) or "Unacquainted" gives
// RecruiterOther. [RecruiterRelation.HTCDS] maps the other way: Family to
// Familial, IntimatePartner and Friend to Acquainted, and RecruiterOther to
// "" because CTDC's Other mixes strangers with other acquaintances.
type RecruiterRelation uint8

// vocabMaxInput bounds what the vocabulary parsers read: the longest label
// or synonym folds to under 128 bytes.
const vocabMaxInput = 256

// vocabTable holds one vocabulary. The generator writes one per type into
// zz_vocabulary.go; the methods below implement every type's methods.
type vocabTable struct {
	name    string   // the Go type's name, for errors and out-of-range values
	codes   []string // codes[v] is the text form of value v; codes[0] is ""
	labels  []string // labels[v] is the human label of value v
	htcds   []string // htcds[v] is the HTCDS code to export v as, if the type has one
	aliases []string // more codes, accepted by UnmarshalText, that mean the zero value
	keys    []string // folded codes, labels and synonyms, sorted
	vals    []uint8  // vals[i] is the value keys[i] names
	valid   string   // the codes, comma-separated, for error messages
}

// text returns the code of v, or "%!Name(v)" when v is out of range.
func (t *vocabTable) text(v uint8) string {
	if int(v) < len(t.codes) {
		return t.codes[v]
	}
	return "%!" + t.name + "(" + strconv.Itoa(int(v)) + ")"
}

// label returns the label of v, or what text does when v is out of range.
func (t *vocabTable) label(v uint8) string {
	if int(v) < len(t.labels) {
		return t.labels[v]
	}
	return t.text(v)
}

func (t *vocabTable) isValid(v uint8) bool {
	return v != 0 && int(v) < len(t.codes)
}

// export returns the HTCDS code v is exported as ("" for none).
func (t *vocabTable) export(v uint8) string {
	if int(v) < len(t.htcds) {
		return t.htcds[v]
	}
	return ""
}

func (t *vocabTable) appendText(b []byte, v uint8) ([]byte, error) {
	if int(v) >= len(t.codes) {
		return b, fmt.Errorf("%s.MarshalText: cannot marshal %s: %w", t.name, t.text(v), ErrInvalid)
	}
	return append(b, t.codes[v]...), nil
}

func (t *vocabTable) value(v uint8) (driver.Value, error) {
	switch {
	case v == 0:
		return nil, nil
	case int(v) < len(t.codes):
		return t.codes[v], nil
	}
	return nil, fmt.Errorf("%s.Value: cannot store %s: %w", t.name, t.text(v), ErrInvalid)
}

// unmarshal returns the value whose code is text, in any case. method
// names the caller in the error ("UnmarshalText", "Scan"). Labels and
// synonyms are not taken, but the error suggests the code parse reads
// them as: `not a Gender code (did you mean "Feminine"?)`.
func (t *vocabTable) unmarshal(method string, text []byte) (uint8, error) {
	if len(text) == 0 {
		return 0, nil
	}
	if len(text) > vocabMaxInput {
		return 0, parseError(t.name+"."+method, string(text), "too long for "+withArticle(t.name)+" code", ErrRange)
	}
	for i, c := range t.codes {
		if vocabEqualFold(text, c) {
			return uint8(i), nil
		}
	}
	for _, c := range t.aliases {
		if vocabEqualFold(text, c) {
			return 0, nil
		}
	}
	fn, notCode := t.name+"."+method, "not "+withArticle(t.name)+" code"
	if v, err := t.parse(string(text)); err == nil {
		code := t.codes[v]
		if v == 0 && len(t.aliases) > 0 {
			code = t.aliases[0] // "unknown": the code that says not recorded
		}
		return 0, parseError(fn, string(text), notCode+" (did you mean "+strconv.Quote(code)+"?)", ErrInvalid)
	}
	return 0, parseError(fn, string(text), notCode+" (valid: "+t.valid+")", ErrInvalid)
}

// vocabEqualFold reports whether b is s in any ASCII case, without the
// conversion to string that strings.EqualFold would need.
func vocabEqualFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range len(b) {
		x, y := b[i], s[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// scan implements the Scan methods: text columns only, NULL for the zero
// value.
func (t *vocabTable) scan(src any) (uint8, error) {
	switch src := src.(type) {
	case nil:
		return 0, nil
	case string:
		return t.unmarshal("Scan", []byte(src))
	case []byte:
		return t.unmarshal("Scan", src)
	}
	return 0, fmt.Errorf("%s.Scan: cannot scan %T: %w", t.name, src, ErrInvalid)
}

// parse reads a code, label or synonym; see [fold.Compact] for what it
// ignores.
func (t *vocabTable) parse(s string) (uint8, error) {
	if len(s) > vocabMaxInput {
		return 0, parseError("Parse"+t.name, s, "too long for "+withArticle(t.name), ErrRange)
	}
	var buf [vocabMaxInput]byte
	key := fold.Compact(buf[:0], s)
	if len(key) == 0 {
		if strings.TrimSpace(s) == "" {
			return 0, nil
		}
		return 0, t.unknown("Parse"+t.name, s, "name")
	}
	if v, ok := t.lookup(key); ok {
		return v, nil
	}
	// A plural: "cell phones", "smugglers", "passports".
	if n := len(key); n >= 4 && key[n-1] == 's' {
		if v, ok := t.lookup(key[:n-1]); ok {
			return v, nil
		}
	}
	return 0, t.unknown("Parse"+t.name, s, "name")
}

// lookup finds a folded key by binary search, without allocating.
func (t *vocabTable) lookup(key []byte) (uint8, bool) {
	lo, hi := 0, len(t.keys)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.keys[m] < string(key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(t.keys) && t.keys[lo] == string(key) {
		return t.vals[lo], true
	}
	return 0, false
}

func (t *vocabTable) unknown(fn, input, what string) error {
	return parseError(fn, input, "unknown "+t.name+" "+what+" (valid: "+t.valid+")", ErrInvalid)
}
