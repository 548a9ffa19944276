package rescue

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// The columns of [WriteHTCDS], in order: two of this library's own, then
// HTCDS 2.0 fields.
const (
	htcdsID = iota
	htcdsRole
	htcdsStatus
	htcdsGender
	htcdsCitizenship
	htcdsDeceased
	htcdsTraffickingStatus
	htcdsAge
	htcdsRelationship
	htcdsRecruitment
	htcdsControls
	htcdsExploitation
	htcdsIndustry
	htcdsSexExploitation
	htcdsRoles
	htcdsArrested
	htcdsDestination
	htcdsExploitedIn
	htcdsEventType
	htcdsEventDate
	htcdsEventCity
	htcdsEventState
	htcdsEventCountry
	htcdsColumnCount
)

var htcdsColumns = [htcdsColumnCount]string{
	htcdsID:                "id",
	htcdsRole:              "role",
	htcdsStatus:            "status",
	htcdsGender:            "prs_Gender",
	htcdsCitizenship:       "prs_Citizenship",
	htcdsDeceased:          "prs_Deceased",
	htcdsTraffickingStatus: "vic_TraffickingStatus",
	htcdsAge:               "vic_AgeWhenTrafficked",
	htcdsRelationship:      "vic_RelationshipToTrafficker",
	htcdsRecruitment:       "vic_MethodOfRecruitment",
	htcdsControls:          "vic_MethodsOfControl",
	htcdsExploitation:      "vic_TypeOfExploitation",
	htcdsIndustry:          "vic_ForcedLabourIndustry",
	htcdsSexExploitation:   "vic_TypeOfSexExploitation",
	htcdsRoles:             "per_RoleInProcess",
	htcdsArrested:          "arrested",
	htcdsDestination:       "destination",
	htcdsExploitedIn:       "exploitedIn",
	htcdsEventType:         "hte_Type",
	htcdsEventDate:         "hte_Date",
	htcdsEventCity:         "hte_City",
	htcdsEventState:        "hte_State",
	htcdsEventCountry:      "hte_Country",
}

// htcdsHXL are the HXL 1.1 hashtags WriteHTCDS writes under the header
// when asked to (HTCDSOptions.HXL): core hashtags of the HXL dictionary,
// refined with attributes. The README lists them.
var htcdsHXL = [htcdsColumnCount]string{
	htcdsID:                "#meta+id",
	htcdsRole:              "#respondee+type",
	htcdsStatus:            "#status+respondee",
	htcdsGender:            "#respondee+gender",
	htcdsCitizenship:       "#country+code+nationality",
	htcdsDeceased:          "#respondee+deceased",
	htcdsTraffickingStatus: "#status+trafficking",
	htcdsAge:               "#respondee+age",
	htcdsRelationship:      "#respondee+recruiter+relationship",
	htcdsRecruitment:       "#cause+recruitment+code",
	htcdsControls:          "#cause+control+code",
	htcdsExploitation:      "#impact+exploitation+code",
	htcdsIndustry:          "#sector+isic+code",
	htcdsSexExploitation:   "#impact+exploitation+sexual+code",
	htcdsRoles:             "#group+role+code",
	htcdsArrested:          "#date+arrested",
	htcdsDestination:       "#country+code+dest",
	htcdsExploitedIn:       "#country+code+exploitation",
	htcdsEventType:         "#event+type",
	htcdsEventDate:         "#date+event",
	htcdsEventCity:         "#loc+name",
	htcdsEventState:        "#adm1+name",
	htcdsEventCountry:      "#country+code",
}

const (
	htcdsVictim      = "victim"
	htcdsSuspect     = "suspect"
	htcdsRecruitedAt = "Recruitment" // the hte_Type of a recruitment
)

// WriteHTCDS writes the victims and suspects of ops as CSV, one row per
// person, in the fields of IOM's Human Trafficking Case Data Standard
// (HTCDS 2.0), with codes exactly as HTCDS spells them ("Unaquainted"
// included) and the values of a multi-select field joined with ";".
// [ReadHTCDS] reads it back.
//
// The header row names the columns. Six are this library's own, named as
// the model's JSON names them (HTCDS has no field for them): id, role
// ("victim" or "suspect"), status, arrested, destination and exploitedIn.
// The others are HTCDS fields. A cell is empty where nothing is recorded
// or the field does not apply to the role:
//
//	id                            the person's ID
//	role                          "victim" or "suspect"
//	status                        victims: VictimStatus; suspects: SuspectStatus (their codes)
//	prs_Gender                    Gender; the zero value is empty, not NonSpecifiedUnknown
//	prs_Citizenship               Nationality then OtherNationalities, ISO 3166-1 alpha-2,
//	                              each once; the ICAO statuses (Stateless, Refugee,
//	                              OtherRefugee, Unspecified) have no ISO code and are left out
//	prs_Deceased                  "true" for the status Deceased; "false" where the status
//	                              says the person is alive (a victim's but Missing, a
//	                              suspect's that implies an arrest); else empty
//	vic_TraffickingStatus         TraffickingStatus
//	vic_AgeWhenTrafficked         Age, when known exactly; HTCDS wants a number, so an age
//	                              range (and so a banded age of a redacted operation) is
//	                              left out. The library records age at identification, so
//	                              for trafficking that lasted years this is later than
//	                              HTCDS's age when first trafficked
//	vic_RelationshipToTrafficker  RecruiterRelation.HTCDS: Family → Familial; IntimatePartner,
//	                              Friend → Acquainted; RecruiterOther → empty
//	vic_MethodOfRecruitment       Recruitment.Methods, by RecruitmentMethod.HTCDS, each once
//	                              (DeceptiveJobOffer → Other)
//	vic_MethodsOfControl          Controls, by ControlMethod.HTCDS, each once
//	                              (RestrictsMovement, Isolation → Other)
//	vic_TypeOfExploitation        Exploitation, by Exploitation.HTCDS, each once
//	                              (ForcedCriminality → ForcedLabour)
//	vic_ForcedLabourIndustry      LabourSector.HTCDS (the divisions SectorCropsAndAnimals,
//	                              SectorForestry, SectorFishing → A_AgricultureForestryAndFishing)
//	vic_TypeOfSexExploitation     SexExploitation, each once
//	per_RoleInProcess             suspects: Roles, each once
//	arrested                      suspects: Arrested, ISO 8601 at its precision, a span as
//	                              "2023-10-07/2023-10-08"
//	destination, exploitedIn      victims: Destination, ExploitedIn (alpha-2)
//	hte_Type                      victims: "Recruitment" when the recruitment's date or
//	hte_Date                      place is recorded: Recruitment.When as ISO 8601 at its
//	hte_City                      own precision ("2023-09"), Recruitment.Place's Locality,
//	hte_State                     Region and Country (alpha-2). One row holds one
//	hte_Country                   historic event; the recruitment is the one a Victim
//	                              records in full. Place.Area and ID are left out
//
// Names are never written: the file is for sharing, and HTCDS's name
// fields (prs_FirstName …) are not among the columns. IDs are written as
// they are; pass [Operation.Redact]ed operations to share pseudonyms
// instead, which also keeps persons of different operations apart (an ID
// is unique only within its operation, and the file does not say which
// operation a row came from). Nothing else of an operation, victim or
// suspect is written: HTCDS has no field for ConsularContact,
// Repatriation, Recruitment.Promise, a victim's Recruiters and Exploiters
// (links between rows), a suspect's Age, Group, Site, Charges or
// Decisions. There are no cas_ columns: an operation is not an HTCDS case,
// and none of its fields maps to cas_Status.
//
// The export is lossy where a code maps to a coarser HTCDS one (marked →
// above, and nationalities that are statuses): [ReadHTCDS] reads the HTCDS
// code back, not the original.
//
// No cell is written that a spreadsheet would run as a formula: an ID or a
// place name that starts with =, +, -, @, a tab or a carriage return (or
// with apostrophes and then one of them) is written with an apostrophe
// before it, as OWASP recommends against CSV injection; [HTCDSReader]
// removes it, so the text reads back as it was. An ID or a place name
// that the readers (and [Operation.Validate]) would refuse is an error
// here too, so that what is written is read back; so is a place name of
// white space only, which a reader reads as no name.
//
// WriteHTCDS streams: it writes each row as it goes, holding one row in
// memory whatever the number of operations. A nil operation is skipped. It
// returns the first error of w, or an error wrapping [ErrInvalid] (or
// [ErrRequired], [ErrOutOfOrder]) naming the operation, person and
// column of a value it cannot write (the rows before it are written):
// `WriteHTCDS: operation "O", victim "V1", column id: longer than 256
// bytes: invalid`. For the HXL hashtag row, the toolkit's labels, a
// delimiter other than ',', or rows for a spreadsheet, use an
// [HTCDSWriter].
func WriteHTCDS(w io.Writer, ops ...*Operation) error {
	hw := NewHTCDSWriter(w, HTCDSOptions{})
	hw.fn = "WriteHTCDS"
	for _, op := range ops {
		if err := hw.Write(op); err != nil {
			return err
		}
	}
	return hw.Flush()
}

// HTCDSWriter writes operations in the columns of [WriteHTCDS], a row at a
// time: as CSV ([NewHTCDSWriter]) or as rows for a spreadsheet
// ([NewHTCDSRowWriter]). It writes the header (and, if the options ask,
// the HXL hashtags) before the first row.
type HTCDSWriter struct {
	fn    string
	opt   HTCDSOptions
	csv   *csv.Writer
	rows  interface{ Write([]string) error }
	row   htcdsRow
	begun bool
	err   error
}

// NewHTCDSWriter returns a writer of CSV to w. Call Flush at the end.
func NewHTCDSWriter(w io.Writer, opt HTCDSOptions) *HTCDSWriter {
	cw := csv.NewWriter(w)
	hw := &HTCDSWriter{fn: "HTCDSWriter.Write", opt: opt, csv: cw, rows: cw}
	comma, err := htcdsComma(opt.Comma, ',')
	cw.Comma = rune(comma)
	hw.err = err
	return hw
}

// NewHTCDSRowWriter returns a writer that gives each row to rows.Write,
// such as a *csv.Writer or a spreadsheet's. A row's slice is reused for
// the next row. Flush does nothing more than return the first error.
func NewHTCDSRowWriter(rows interface{ Write([]string) error }, opt HTCDSOptions) *HTCDSWriter {
	return &HTCDSWriter{fn: "HTCDSWriter.Write", opt: opt, rows: rows}
}

// Write writes the victims and then the suspects of op, a row each; a nil
// op writes nothing (but the header, if nothing was written before). It
// returns the first error of the destination, or an error wrapping
// [ErrInvalid] (or [ErrRange], [ErrSyntax]) naming the operation, person
// and column of a value [HTCDSReader] would not read back: a code out of
// its vocabulary's range, an empty ID, or an ID or place name that breaks
// the rules of text (the rows before it are written).
func (w *HTCDSWriter) Write(op *Operation) error {
	if w.err != nil {
		return w.err
	}
	if !w.begun {
		w.begun = true
		if w.err = w.rows.Write(htcdsColumns[:]); w.err != nil {
			return w.err
		}
		if w.opt.Labels {
			w.row.labels = true
			var labels [htcdsColumnCount]string
			for i, name := range htcdsColumns {
				labels[i] = htcdsLookupField(name).label
			}
			if w.err = w.rows.Write(labels[:]); w.err != nil {
				return w.err
			}
		}
		if w.opt.HXL {
			if w.err = w.rows.Write(htcdsHXL[:]); w.err != nil {
				return w.err
			}
		}
	}
	if op == nil {
		return nil
	}
	for i := range op.Victims {
		v := &op.Victims[i]
		if col, err := w.row.victim(v); err != nil {
			return w.fail(op, htcdsVictim, v.ID, col, err)
		}
		if w.err = w.rows.Write(w.row.record()); w.err != nil {
			return w.err
		}
	}
	for i := range op.Suspects {
		s := &op.Suspects[i]
		if col, err := w.row.suspect(s); err != nil {
			return w.fail(op, htcdsSuspect, s.ID, col, err)
		}
		if w.err = w.rows.Write(w.row.record()); w.err != nil {
			return w.err
		}
	}
	return nil
}

// Flush writes what is buffered (the header, if nothing else was written)
// and returns the first error of writing.
func (w *HTCDSWriter) Flush() error {
	if w.err == nil && !w.begun {
		w.Write(nil)
	}
	if w.csv != nil {
		w.csv.Flush()
		if w.err == nil {
			w.err = w.csv.Error()
		}
	}
	return w.err
}

// HTCDSChoices returns the values a column of [WriteHTCDS] takes from a
// list, as a spreadsheet's dropdown would offer them: its HTCDS codes, or
// with labels the toolkit's English labels; for the countries
// (prs_Citizenship, destination, exploitedIn, hte_Country) every
// country's ISO 3166-1 alpha-2 code, or with labels its ISO name, in the
// order of the names; for status the codes (or labels) of [VictimStatus]
// and [SuspectStatus]; for prs_Deceased "true" and "false". It returns nil
// for a column with no list (id, dates, ages, places) or that is no column
// of WriteHTCDS.
func HTCDSChoices(column string, labels bool) []string {
	f := htcdsLookupField(column)
	if f == nil || f.name != column {
		return nil
	}
	switch f.kind {
	case hkRole:
		return []string{htcdsVictim, htcdsSuspect}
	case hkDeceased:
		return []string{"true", "false"}
	case hkStatus:
		var out []string
		for _, t := range []*vocabTable{&victimStatusTable, &suspectStatusTable} {
			for v := 1; v < len(t.codes); v++ {
				c := t.codes[v]
				if labels {
					c = t.labels[v]
				}
				if !slices.Contains(out, c) {
					out = append(out, c)
				}
			}
		}
		return out
	case hkCitizenship, hkEventCountry, hkDestination, hkExploitedIn:
		cs := make([]Country, 0, natCountryCount)
		for i := 1; i <= natCountryCount; i++ {
			cs = append(cs, Country{uint16(i)})
		}
		slices.SortFunc(cs, func(a, b Country) int { return strings.Compare(a.ISOName(), b.ISOName()) })
		out := make([]string, len(cs))
		for i, c := range cs {
			if labels {
				out[i] = c.ISOName()
			} else {
				out[i] = c.Alpha2()
			}
		}
		return out
	}
	text := htcdsPicklistText[f.kind]
	if text == nil || !slices.Contains(htcdsColumns[:], column) {
		return nil
	}
	var out []string
	for i := 0; i < len(text); i += 2 {
		if f.kind == hkGender && text[i] == "NonSpecifiedUnknown" {
			continue // written as empty: the zero Gender
		}
		if f.kind == hkEventType && text[i] != htcdsRecruitedAt {
			continue // a Victim records its recruitment only
		}
		if labels {
			out = append(out, text[i+1])
		} else {
			out = append(out, text[i])
		}
	}
	return out
}

// fail is the error of a value that cannot be written. It is not sticky:
// the caller may go on with other operations.
func (w *HTCDSWriter) fail(op *Operation, role, id string, col int, err error) error {
	return fmt.Errorf("%s: operation %s, %s %s, column %s: %w", w.fn, quoteInput(op.ID), role, quoteInput(id), htcdsColumns[col], err)
}

// htcdsRow builds one row in a single buffer, so that a row costs one
// allocation (the string its cells are cut from), not one per cell.
type htcdsRow struct {
	buf    []byte
	ends   [htcdsColumnCount]int
	rec    [htcdsColumnCount]string
	labels bool // the toolkit's labels and country names, not codes
}

// end closes column col: what was appended since the last end is its cell.
func (r *htcdsRow) end(col int) { r.ends[col] = len(r.buf) }

// record returns the row's cells. A cell a spreadsheet would run as a
// formula gets a leading apostrophe (see htcdsNeutralised); only IDs and
// place names can be such cells.
func (r *htcdsRow) record() []string {
	s := string(r.buf)
	start := 0
	for i, end := range r.ends {
		r.rec[i] = s[start:end]
		if htcdsNeutralised(r.rec[i]) {
			r.rec[i] = "'" + r.rec[i]
		}
		start = end
	}
	return r.rec[:]
}

// code appends an HTCDS code of a picklist, or its label.
func (r *htcdsRow) code(k htcdsKind, code string) {
	if r.labels && code != "" {
		code = htcdsLabels()[k][code]
	}
	r.buf = append(r.buf, code...)
}

// own appends a code of one of this library's vocabularies, or its label.
func (r *htcdsRow) own(t *vocabTable, v uint8) {
	if r.labels {
		r.buf = append(r.buf, t.label(v)...)
	} else {
		r.buf = append(r.buf, t.text(v)...)
	}
}

// country appends c's alpha-2 code, or its name; nothing for the zero
// Country.
func (r *htcdsRow) country(c Country) {
	switch {
	case !c.IsValid():
	case r.labels:
		r.buf = append(r.buf, c.ISOName()...)
	default:
		r.buf = append(r.buf, c.Alpha2()...)
	}
}

// htcdsCheckText checks an ID (id) or a place name against the rules the
// readers and Validate apply (idProblem, textProblem), so that what is
// written is read back. A place name of white space only is refused too:
// the readers read a blank cell as an empty one.
func htcdsCheckText(s string, id bool) error {
	switch {
	case id && s == "":
		return fmt.Errorf("no ID: %w", ErrRequired)
	case id:
		if msg := idProblem(s); msg != "" {
			return fmt.Errorf("%s: %w", msg, ErrInvalid)
		}
	case s != "" && strings.TrimSpace(s) == "":
		return fmt.Errorf("only white space: %w", ErrInvalid)
	default:
		if msg := textProblem(s); msg != "" {
			return fmt.Errorf("%s: %w", msg, ErrInvalid)
		}
	}
	return nil
}

// htcdsCheckCode fails for a value out of its vocabulary's range; the zero
// value is "not recorded".
func htcdsCheckCode(t *vocabTable, v uint8) error {
	if v != 0 && !t.isValid(v) {
		return fmt.Errorf("%s: %w", t.text(v), ErrInvalid)
	}
	return nil
}

// person writes the columns a victim and a suspect share: id to
// prs_Citizenship.
func (r *htcdsRow) person(id, role string, status *vocabTable, st uint8, g Gender, n Nationality, others []Nationality) (int, error) {
	if err := htcdsCheckText(id, true); err != nil {
		return htcdsID, err
	}
	r.buf = append(r.buf[:0], id...)
	r.end(htcdsID)
	r.buf = append(r.buf, role...)
	r.end(htcdsRole)
	if err := htcdsCheckCode(status, st); err != nil {
		return htcdsStatus, err
	}
	if st != 0 {
		r.own(status, st)
	}
	r.end(htcdsStatus)
	if err := htcdsCheckCode(&genderTable, uint8(g)); err != nil {
		return htcdsGender, err
	}
	r.code(hkGender, g.String())
	r.end(htcdsGender)
	r.citizenship(n, others)
	r.end(htcdsCitizenship)
	return 0, nil
}

// citizenship appends the alpha-2 codes of n and others, each once.
func (r *htcdsRow) citizenship(n Nationality, others []Nationality) {
	var seen [natCountryCount/64 + 1]uint64
	add := func(n Nationality) {
		c, ok := n.Country()
		if !ok {
			return
		}
		i := c.index()
		if seen[i/64]&(1<<(i%64)) != 0 {
			return
		}
		seen[i/64] |= 1 << (i % 64)
		if len(r.buf) > r.ends[htcdsGender] {
			r.buf = append(r.buf, ';')
			if r.labels {
				r.buf = append(r.buf, ' ')
			}
		}
		r.country(c)
	}
	add(n)
	for _, o := range others {
		add(o)
	}
}

func (r *htcdsRow) victim(v *Victim) (int, error) {
	if col, err := r.person(v.ID, htcdsVictim, &victimStatusTable, uint8(v.Status), v.Gender, v.Nationality, v.OtherNationalities); err != nil {
		return col, err
	}
	switch {
	case v.Status == Deceased:
		r.buf = append(r.buf, "true"...)
	case v.Status == Missing || v.Status == 0:
	default:
		r.buf = append(r.buf, "false"...)
	}
	r.end(htcdsDeceased)
	if err := htcdsCheckCode(&traffickingStatusTable, uint8(v.TraffickingStatus)); err != nil {
		return htcdsTraffickingStatus, err
	}
	r.code(hkTraffickingStatus, v.TraffickingStatus.String())
	r.end(htcdsTraffickingStatus)
	if n, ok := v.Age.Exact(); ok {
		r.buf = strconv.AppendInt(r.buf, int64(n), 10)
	}
	r.end(htcdsAge)
	if err := htcdsCheckCode(&recruiterRelationTable, uint8(v.RecruiterRelation)); err != nil {
		return htcdsRelationship, err
	}
	r.code(hkRelationship, v.RecruiterRelation.HTCDS())
	r.end(htcdsRelationship)
	if err := htcdsAppendCodes(r, hkRecruitment, &recruitmentMethodTable, v.Recruitment.Methods); err != nil {
		return htcdsRecruitment, err
	}
	r.end(htcdsRecruitment)
	if err := htcdsAppendCodes(r, hkControls, &controlMethodTable, v.Controls); err != nil {
		return htcdsControls, err
	}
	r.end(htcdsControls)
	if err := htcdsAppendCodes(r, hkExploitation, &exploitationTable, v.Exploitation); err != nil {
		return htcdsExploitation, err
	}
	r.end(htcdsExploitation)
	if err := htcdsCheckCode(&labourSectorTable, uint8(v.LabourSector)); err != nil {
		return htcdsIndustry, err
	}
	r.code(hkIndustry, v.LabourSector.HTCDS())
	r.end(htcdsIndustry)
	if err := htcdsAppendCodes(r, hkSexExploitation, &sexExploitationTypeTable, v.SexExploitation); err != nil {
		return htcdsSexExploitation, err
	}
	r.end(htcdsSexExploitation)
	r.end(htcdsRoles)
	r.end(htcdsArrested)
	r.country(v.Destination)
	r.end(htcdsDestination)
	r.country(v.ExploitedIn)
	r.end(htcdsExploitedIn)
	rec := v.Recruitment
	p := rec.Place
	if !rec.When.IsZero() || p.Locality != "" || p.Region != "" || p.Country.IsValid() {
		if err := htcdsCheckText(p.Locality, false); err != nil {
			return htcdsEventCity, err
		}
		if err := htcdsCheckText(p.Region, false); err != nil {
			return htcdsEventState, err
		}
		r.code(hkEventType, htcdsRecruitedAt)
		r.end(htcdsEventType)
		r.buf = rec.When.appendTo(r.buf)
		r.end(htcdsEventDate)
		r.buf = append(r.buf, p.Locality...)
		r.end(htcdsEventCity)
		r.buf = append(r.buf, p.Region...)
		r.end(htcdsEventState)
		r.country(p.Country)
		r.end(htcdsEventCountry)
	} else {
		for col := htcdsEventType; col <= htcdsEventCountry; col++ {
			r.end(col)
		}
	}
	return 0, nil
}

func (r *htcdsRow) suspect(s *Suspect) (int, error) {
	if col, err := r.person(s.ID, htcdsSuspect, &suspectStatusTable, uint8(s.Status), s.Gender, s.Nationality, s.OtherNationalities); err != nil {
		return col, err
	}
	switch {
	case s.Status == SuspectDeceased:
		r.buf = append(r.buf, "true"...)
	case s.Status.ImpliesArrest():
		r.buf = append(r.buf, "false"...) // known alive when arrested
	}
	r.end(htcdsDeceased)
	for col := htcdsTraffickingStatus; col < htcdsRoles; col++ {
		r.end(col)
	}
	if err := htcdsAppendCodes(r, hkRoles, &roleTable, s.Roles); err != nil {
		return htcdsRoles, err
	}
	r.end(htcdsRoles)
	if err := s.Arrested.Validate(); err != nil {
		return htcdsArrested, err
	}
	r.buf = s.Arrested.appendTo(r.buf)
	r.end(htcdsArrested)
	for col := htcdsDestination; col <= htcdsEventCountry; col++ {
		r.end(col)
	}
	return 0, nil
}

// htcdsAppendCodes appends the HTCDS codes of vs, joined with ";", each code
// once, in the order of first appearance. Zero values are skipped.
func htcdsAppendCodes[T ~uint8](r *htcdsRow, k htcdsKind, t *vocabTable, vs []T) error {
	var seen uint64 // by canonical value; every vocabulary has under 64
	first := true
	for _, v := range vs {
		if v == 0 {
			continue
		}
		if !t.isValid(uint8(v)) {
			return fmt.Errorf("%s: %w", t.text(uint8(v)), ErrInvalid)
		}
		c := htcdsCanonical(t, uint8(v))
		if c == 0 || seen&(1<<c) != 0 {
			continue
		}
		seen |= 1 << c
		if !first {
			r.buf = append(r.buf, ';')
			if r.labels {
				r.buf = append(r.buf, ' ')
			}
		}
		first = false
		r.code(k, t.codes[c])
	}
	return nil
}

// htcdsCanonical returns the value whose code is the HTCDS code v is
// exported as: v itself for a vocabulary whose codes are HTCDS codes, and
// for one with an HTCDS mapping the value coded as v's export (Isolation →
// ControlOther, whose code is "Other"); 0 if v has no export.
func htcdsCanonical(t *vocabTable, v uint8) uint8 {
	if t.htcds == nil {
		return v
	}
	return htcdsLookup(t, t.export(v))
}

// htcdsLookup returns the value of t that is read from HTCDS code s: the
// one coded s whose export is s too; 0 if none.
func htcdsLookup(t *vocabTable, s string) uint8 {
	if s == "" {
		return 0
	}
	for i := 1; i < len(t.codes); i++ {
		if t.codes[i] == s && (t.htcds == nil || t.htcds[i] == s) {
			return uint8(i)
		}
	}
	return 0
}
