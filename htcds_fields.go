package rescue

import "strings"

// htcdsKind is what the reader does with a column.
type htcdsKind uint8

const (
	hkUnnamed htcdsKind = iota // a column whose header cell is empty: skipped
	hkSkip                     // an HTCDS field (or form metadata) the model has no field for: skipped
	hkID
	hkRole
	hkFirstName
	hkMiddleName
	hkSecondName
	hkGender
	hkCitizenship
	hkDeceased
	hkTraffickingStatus
	hkAge
	hkRelationship
	hkRecruitment
	hkControls
	hkExploitation
	hkIndustry
	hkSexExploitation
	hkRoles
	hkEventType
	hkEventDate
	hkEventCity
	hkEventState
	hkEventCountry
	hkStatus      // this library's own: VictimStatus or SuspectStatus
	hkArrested    // this library's own: Suspect.Arrested
	hkDestination // this library's own: Victim.Destination
	hkExploitedIn // this library's own: Victim.ExploitedIn
	hkRecruitedAt // vic_LocationOfRecruitment: read when it is a country alone
	hkExploitedAt // vic_LocationOfExploitation: read when it is a country alone
	hkConsent     // con_Consent: a person who did not consent is listed (and left out if asked)
	hkOption      // "vic_MethodsOfControl/DebtBondage": one option of a multi-select, as KoBoToolbox exports it
	hkCount
)

// htcdsField is a column the reader knows: an HTCDS 2.0 field, one of this
// library's two (id, role), or form metadata.
type htcdsField struct {
	name  string // as HTCDS spells it
	label string // the field standards' label, as the toolkit's templates put under the name
	kind  htcdsKind
}

// htcdsFields lists every field of the HTCDS 2.0 field standards
// (internal/data/htcds_fields.tsv), with the kind of those the model
// records. A test checks it against the standards.
var htcdsFields = [...]htcdsField{
	{"id", "ID", hkID},                             // this library's own
	{"role", "Role", hkRole},                       // this library's own
	{"status", "Status", hkStatus},                 // this library's own
	{"arrested", "Arrested", hkArrested},           // this library's own
	{"destination", "Destination", hkDestination},  // this library's own
	{"exploitedIn", "Exploited In", hkExploitedIn}, // this library's own
	{"org_Name", "Organisation Name", hkSkip},
	{"org_ShippingCity", "Shipping City", hkSkip},
	{"org_ShippingCountry", "Shipping Country", hkSkip},
	{"org_ShippingState", "Shipping State/Province", hkSkip},
	{"org_ShippingStreet", "Shipping Street", hkSkip},
	{"org_ShippingPostalCode", "Shipping Zip/Postal Code", hkSkip},
	{"org_ShippingLongitude", "Longitude", hkSkip},
	{"org_ShippingLatitude", "Latitude", hkSkip},
	{"org_Phone", "Phone", hkSkip},
	{"org_Type", "Type", hkSkip},
	{"prs_Salutation", "Salutation", hkSkip},
	{"prs_FirstName", "First Name", hkFirstName},
	{"prs_MiddleName", "Middle Name", hkMiddleName},
	{"prs_SecondName", "Second Name", hkSecondName},
	{"prs_Birthdate", "Birthdate", hkSkip},
	{"prs_Gender", "Gender", hkGender},
	{"prs_Deceased", "Deceased", hkDeceased},
	{"prs_MaritalStatus", "Marital Status", hkSkip},
	{"prs_NumberOfChildren", "Number of Children", hkSkip},
	{"prs_PrimaryLanguage", "Primary Language", hkSkip},
	{"prs_SecondaryLanguage", "Secondary Language", hkSkip},
	{"prs_HighestLevelOfEducation", "Highest Level of Education", hkSkip},
	{"prs_Citizenship", "Citizenship", hkCitizenship},
	{"prs_IdentityNumber", "Identity Number", hkSkip},
	{"prs_Title", "Title", hkSkip},
	{"prs_Email", "Email", hkSkip},
	{"prs_HomePhone", "Home Phone", hkSkip},
	{"prs_MobilePhone", "Mobile Phone", hkSkip},
	{"prs_MailingCity", "Mailing City", hkSkip},
	{"prs_MailingCountry", "Mailing Country", hkSkip},
	{"prs_MailingState", "Mailing State/Province", hkSkip},
	{"prs_MailingStreet", "Mailing Street", hkSkip},
	{"prs_MailingPostalCode", "Mailing Zip/Postal Code", hkSkip},
	{"prs_MailingLongitude", "Longitude", hkSkip},
	{"prs_MailingLatitude", "Latitude", hkSkip},
	{"vic_AgreementToManagePersonalData", "Agreement to Manage Personal Data", hkSkip},
	{"vic_TraffickingStatus", "Trafficking Status", hkTraffickingStatus},
	{"vic_TraffickingStatusDecisionMakingOrg", "Trafficking Status Decision Making Organization", hkSkip},
	{"vic_RelationshipToTrafficker", "Relationship to Trafficker", hkRelationship},
	{"vic_AgeWhenTrafficked", "Age when Trafficked", hkAge},
	{"vic_RecruitmentWebsitesAndApps", "Recruitment Websites and Apps", hkSkip},
	{"vic_MethodOfRecruitment", "Method of Recruitment", hkRecruitment},
	{"vic_LocationOfRecruitment", "Location of Recruitment", hkRecruitedAt},
	{"vic_MethodsOfControl", "Methods of Control", hkControls},
	{"vic_TypeOfExploitation", "Type of Exploitation", hkExploitation},
	{"vic_ForcedLabourIndustry", "Forced Labour Industry", hkIndustry},
	{"vic_TypeOfSexExploitation", "Type of Sex Exploitation", hkSexExploitation},
	{"vic_LocationOfExploitation", "Location of Exploitation", hkExploitedAt},
	{"vic_ExploitationWebsitesAndApps", "Exploitation Websites and Apps", hkSkip},
	{"vic_Vulnerabilities", "Vulnerabilities", hkSkip},
	{"vic_DetailsOfVulnerabilities", "Details Of Vulnerabilities", hkSkip},
	{"per_RoleInProcess", "Role in Process", hkRoles},
	{"per_RoleDetails", "Role Details", hkSkip},
	{"per_Organisation", "Organisation", hkSkip},
	{"cas_Status", "Status", hkSkip},
	{"cas_ReasonForCaseClosure", "Reason for Case Closure", hkSkip},
	{"cas_CaseOwner", "Case Owner", hkSkip},
	{"cas_ReferringOrganisation", "Referring Organisation", hkSkip},
	{"cas_IncomingReferralDate", "Incoming Referral Date", hkSkip},
	{"cas_ReferringPrimaryCaseWorker", "Referring Primary Case Worker", hkSkip},
	{"cas_ReasonForIncomingReferral", "Reason for Incoming Referral", hkSkip},
	{"cas_IncomingReferralDetails", "Incoming Referral Details", hkSkip},
	{"cas_ReferredOrganisation", "Referred Organisation", hkSkip},
	{"cas_ReferredPrimaryCaseWorker", "Referred Primary Case Worker", hkSkip},
	{"cas_ReasonForOutgoingReferral", "Reason for Outgoing Referral", hkSkip},
	{"cas_OutgoingReferralDate", "Outgoing Referral Date", hkSkip},
	{"cas_OutgoingReferralDetails", "Outgoing Referral Details", hkSkip},
	{"cco_CaseComment", "Case Comment", hkSkip},
	{"hte_Longitude", "Longitude", hkSkip},
	{"hte_Latitude", "Latitude", hkSkip},
	{"hte_City", "City", hkEventCity},
	{"hte_Country", "Country", hkEventCountry},
	{"hte_State", "State", hkEventState},
	{"hte_Street", "Street", hkSkip},
	{"hte_PostalCode", "PostalCode", hkSkip},
	{"hte_Date", "Date", hkEventDate},
	{"hte_Type", "Type", hkEventType},
	{"hte_Description", "Description", hkSkip},
	{"spl_Objectives", "Objectives", hkSkip},
	{"spl_ActionPlan", "Action Plan", hkSkip},
	{"spl_PlannedEndDate", "Planned End Date", hkSkip},
	{"spl_ActualEndDate", "Actual End Date", hkSkip},
	{"spl_Type", "Type", hkSkip},
	{"con_Consent", "Consent", hkConsent},
}

// htcdsAliases are other spellings of fields, read as the field: the
// toolkit's Excel templates misspell one column, and its XLSForm (so its
// KoBoToolbox and ODK exports) renames three. Case, spaces and
// underscores already do not matter, so prs_First_Name needs no alias;
// they are listed to document them.
var htcdsAliases = [...]struct{ alias, name string }{
	{"vic_TraffickinStatusDecisionMakingOrg", "vic_TraffickingStatusDecisionMakingOrg"}, // the templates
	{"prs_First_Name", "prs_FirstName"},                                                 // the XLSForm
	{"prs_Second_Name", "prs_SecondName"},                                               // the XLSForm
	{"vic_Methods_of_Control", "vic_MethodsOfControl"},                                  // the XLSForm
}

// htcdsFormMetadata are the columns KoBoToolbox and ODK add to an export of
// the XLSForm: when and by whom a form was filled in, not about the
// person. They are matched exactly (with the underscores), and skipped.
var htcdsFormMetadata = [...]string{
	"start", "end", "today", "deviceid", "username", "__version__", "_version_",
	"_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
	"_submitted_by", "_tags", "_index", "_xform_id_string", "_attachments", "_geolocation",
	"meta/instanceID", "meta/rootUuid", "meta/deprecatedID", "formhub/uuid", "instanceID",
}

// htcdsFoldName returns the key a column name is matched by: ASCII
// letters and digits, lower case; everything else dropped.
func htcdsFoldName(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			dst = append(dst, c+'a'-'A')
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			dst = append(dst, c)
		}
	}
	return dst
}

// htcdsFieldIndex maps folded names (and aliases) to their field.
var htcdsFieldIndex = func() map[string]*htcdsField {
	m := make(map[string]*htcdsField, len(htcdsFields)+len(htcdsAliases))
	for i := range htcdsFields {
		m[string(htcdsFoldName(nil, htcdsFields[i].name))] = &htcdsFields[i]
	}
	for _, a := range htcdsAliases {
		m[string(htcdsFoldName(nil, a.alias))] = m[string(htcdsFoldName(nil, a.name))]
	}
	return m
}()

// htcdsLookupField returns the field a header names, or nil.
func htcdsLookupField(name string) *htcdsField {
	var buf [128]byte
	if len(name) > len(buf) {
		return nil
	}
	return htcdsFieldIndex[string(htcdsFoldName(buf[:0], name))]
}

// htcdsIsFormMetadata reports whether name is a column KoBoToolbox or ODK
// add to an export.
func htcdsIsFormMetadata(name string) bool {
	for _, m := range htcdsFormMetadata {
		if name == m {
			return true
		}
	}
	return false
}

// htcdsSide is whose a column is: a victim's, a suspect's, or either's.
type htcdsSide uint8

const (
	htcdsEither htcdsSide = iota
	htcdsVictimSide
	htcdsSuspectSide
)

// htcdsSideOf returns whose field f is, and whether filling it says whose
// a row is when there is no role column: vic_ fields (and this library's
// destination and exploitedIn) are a victim's, per_ fields (and arrested)
// a suspect's; hte_ fields are a victim's too (a Victim records its
// recruitment), but say nothing alone, as HTCDS's events are a case's.
func htcdsSideOf(f *htcdsField) (side htcdsSide, infers bool) {
	switch {
	case strings.HasPrefix(f.name, "vic_"), f.kind == hkDestination, f.kind == hkExploitedIn:
		return htcdsVictimSide, true
	case strings.HasPrefix(f.name, "per_"), f.kind == hkArrested:
		return htcdsSuspectSide, true
	case strings.HasPrefix(f.name, "hte_"):
		return htcdsVictimSide, false
	}
	return htcdsEither, false
}

// htcdsSharedLabel stands for the field of a label several fields share
// ("Type").
var htcdsSharedLabel = &htcdsField{}

// htcdsLabelIndex maps folded labels to their field, or to
// htcdsSharedLabel for a label several fields share.
var htcdsLabelIndex = func() map[string]*htcdsField {
	m := make(map[string]*htcdsField, len(htcdsFields))
	for i := range htcdsFields {
		f := &htcdsFields[i]
		if f.label == "" {
			continue
		}
		key := string(htcdsFoldName(nil, f.label))
		if _, ok := m[key]; ok {
			m[key] = htcdsSharedLabel
		} else {
			m[key] = f
		}
	}
	return m
}()

// htcdsFieldOfLabel returns the field whose label s is, as the toolkit
// puts labels under the header (its templates' second row), case and
// spaces aside: nil if none, htcdsSharedLabel if several fields share it.
func htcdsFieldOfLabel(s string) *htcdsField {
	var buf [128]byte
	if len(s) > len(buf) {
		return nil
	}
	return htcdsLabelIndex[string(htcdsFoldName(buf[:0], s))]
}
