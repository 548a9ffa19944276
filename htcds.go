package rescue

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// The columns of [WriteHTCDS], in order: two of this library's own, then
// HTCDS 2.0 fields.
const (
	htcdsID = iota
	htcdsRole
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
	htcdsEventType:         "hte_Type",
	htcdsEventDate:         "hte_Date",
	htcdsEventCity:         "hte_City",
	htcdsEventState:        "hte_State",
	htcdsEventCountry:      "hte_Country",
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
// The header row names the columns. The first two are this library's own:
// id (the person's ID) and role ("victim" or "suspect"). The others are
// HTCDS fields, empty where nothing is recorded or the field does not apply
// to the role:
//
//	prs_Gender                    Gender; the zero value is empty, not NonSpecifiedUnknown
//	prs_Citizenship               Nationality then OtherNationalities, ISO 3166-1 alpha-2,
//	                              each once; the ICAO statuses (Stateless, Refugee,
//	                              OtherRefugee, Unspecified) have no ISO code and are left out
//	prs_Deceased                  victims: "true" for Status Deceased, "false" for any other
//	                              status but Missing (the person is known to be alive);
//	                              empty for Missing, for no status, and for suspects
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
//	vic_ForcedLabourIndustry      LabourSector
//	vic_TypeOfSexExploitation     SexExploitation, each once
//	per_RoleInProcess             suspects: Roles, each once
//	hte_Type                      victims: "Recruitment" when the recruitment's date or
//	hte_Date                      place is recorded: Recruitment.When as ISO 8601 at its
//	hte_City                      own precision ("2023-09"), Recruitment.Place's Locality,
//	hte_State                     Region and Country (alpha-2). One row holds one
//	hte_Country                   historic event; the recruitment is the one a Victim
//	                              records. Place.Area has no HTCDS field and is left out
//
// Names are never written: the file is for sharing, and HTCDS's name
// fields (prs_FirstName …) are not among the columns. IDs are written as
// they are; pass [Operation.Redact]ed operations to share pseudonyms
// instead, which also keeps persons of different operations apart (an ID
// is unique only within its operation, and the file does not say which
// operation a row came from). Nothing else of an operation, victim or
// suspect is written: HTCDS has no field for VictimStatus (but Deceased),
// ConsularContact, Repatriation, Recruitment.Promise, a suspect's age,
// Group, Arrested or Charges. There are no cas_ columns: an operation is
// not an HTCDS case, and none of its fields maps to cas_Status.
//
// The export is lossy where a code maps to a coarser HTCDS one (marked →
// above, and nationalities that are statuses): [ReadHTCDS] reads the HTCDS
// code back, not the original.
//
// WriteHTCDS streams: it writes each row as it goes, holding one row in
// memory whatever the number of operations. A nil operation is skipped. It
// returns the first error of w, or an error wrapping [ErrInvalid] naming the
// operation, person and column of a code out of its vocabulary's range (the
// rows before it are written).
func WriteHTCDS(w io.Writer, ops ...*Operation) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(htcdsColumns[:]); err != nil {
		return err
	}
	var row htcdsRow
	for _, op := range ops {
		if op == nil {
			continue
		}
		for i := range op.Victims {
			v := &op.Victims[i]
			if col, err := row.victim(v); err != nil {
				return htcdsWriteError(op, htcdsVictim, v.ID, col, err)
			}
			if err := cw.Write(row.record()); err != nil {
				return err
			}
		}
		for i := range op.Suspects {
			s := &op.Suspects[i]
			if col, err := row.suspect(s); err != nil {
				return htcdsWriteError(op, htcdsSuspect, s.ID, col, err)
			}
			if err := cw.Write(row.record()); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func htcdsWriteError(op *Operation, role, id string, col int, err error) error {
	return fmt.Errorf("rescue: WriteHTCDS: operation %q, %s %q, column %s: %w", op.ID, role, id, htcdsColumns[col], err)
}

// htcdsRow builds one row in a single buffer, so that a row costs one
// allocation (the string its cells are cut from), not one per cell.
type htcdsRow struct {
	buf  []byte
	ends [htcdsColumnCount]int
	rec  [htcdsColumnCount]string
}

// end closes column col: what was appended since the last end is its cell.
func (r *htcdsRow) end(col int) { r.ends[col] = len(r.buf) }

func (r *htcdsRow) record() []string {
	s := string(r.buf)
	start := 0
	for i, end := range r.ends {
		r.rec[i] = s[start:end]
		start = end
	}
	return r.rec[:]
}

// person writes the columns a victim and a suspect share: id to
// prs_Citizenship.
func (r *htcdsRow) person(id, role string, g Gender, n Nationality, others []Nationality) (int, error) {
	r.buf = append(r.buf[:0], id...)
	r.end(htcdsID)
	r.buf = append(r.buf, role...)
	r.end(htcdsRole)
	var err error
	if r.buf, err = g.AppendText(r.buf); err != nil {
		return htcdsGender, err
	}
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
		}
		r.buf = append(r.buf, c.Alpha2()...)
	}
	add(n)
	for _, o := range others {
		add(o)
	}
}

func (r *htcdsRow) victim(v *Victim) (int, error) {
	if col, err := r.person(v.ID, htcdsVictim, v.Gender, v.Nationality, v.OtherNationalities); err != nil {
		return col, err
	}
	switch {
	case v.Status == Deceased:
		r.buf = append(r.buf, "true"...)
	case v.Status == Missing || v.Status == 0:
	case v.Status.IsValid():
		r.buf = append(r.buf, "false"...)
	default:
		return htcdsDeceased, fmt.Errorf("status %s: %w", v.Status, ErrInvalid)
	}
	r.end(htcdsDeceased)
	var err error
	if r.buf, err = v.TraffickingStatus.AppendText(r.buf); err != nil {
		return htcdsTraffickingStatus, err
	}
	r.end(htcdsTraffickingStatus)
	if n, ok := v.Age.Exact(); ok {
		r.buf = strconv.AppendInt(r.buf, int64(n), 10)
	}
	r.end(htcdsAge)
	if v.RecruiterRelation != 0 && !v.RecruiterRelation.IsValid() {
		return htcdsRelationship, fmt.Errorf("%s: %w", v.RecruiterRelation, ErrInvalid)
	}
	r.buf = append(r.buf, v.RecruiterRelation.HTCDS()...)
	r.end(htcdsRelationship)
	if err := htcdsAppendCodes(r, &recruitmentMethodTable, v.Recruitment.Methods); err != nil {
		return htcdsRecruitment, err
	}
	r.end(htcdsRecruitment)
	if err := htcdsAppendCodes(r, &controlMethodTable, v.Controls); err != nil {
		return htcdsControls, err
	}
	r.end(htcdsControls)
	if err := htcdsAppendCodes(r, &exploitationTable, v.Exploitation); err != nil {
		return htcdsExploitation, err
	}
	r.end(htcdsExploitation)
	if r.buf, err = v.LabourSector.AppendText(r.buf); err != nil {
		return htcdsIndustry, err
	}
	r.end(htcdsIndustry)
	if err := htcdsAppendCodes(r, &sexExploitationTypeTable, v.SexExploitation); err != nil {
		return htcdsSexExploitation, err
	}
	r.end(htcdsSexExploitation)
	r.end(htcdsRoles)
	rec := v.Recruitment
	p := rec.Place
	if !rec.When.IsZero() || p.Locality != "" || p.Region != "" || p.Country.IsValid() {
		r.buf = append(r.buf, htcdsRecruitedAt...)
		r.end(htcdsEventType)
		r.buf = rec.When.appendTo(r.buf)
		r.end(htcdsEventDate)
		r.buf = append(r.buf, p.Locality...)
		r.end(htcdsEventCity)
		r.buf = append(r.buf, p.Region...)
		r.end(htcdsEventState)
		r.buf = append(r.buf, p.Country.Alpha2()...)
		r.end(htcdsEventCountry)
	} else {
		for col := htcdsEventType; col <= htcdsEventCountry; col++ {
			r.end(col)
		}
	}
	return 0, nil
}

func (r *htcdsRow) suspect(s *Suspect) (int, error) {
	if col, err := r.person(s.ID, htcdsSuspect, s.Gender, s.Nationality, s.OtherNationalities); err != nil {
		return col, err
	}
	for col := htcdsDeceased; col < htcdsRoles; col++ {
		r.end(col)
	}
	if err := htcdsAppendCodes(r, &roleTable, s.Roles); err != nil {
		return htcdsRoles, err
	}
	r.end(htcdsRoles)
	for col := htcdsEventType; col <= htcdsEventCountry; col++ {
		r.end(col)
	}
	return 0, nil
}

// htcdsAppendCodes appends the HTCDS codes of vs, joined with ";", each code
// once, in the order of first appearance. Zero values are skipped.
func htcdsAppendCodes[T ~uint8](r *htcdsRow, t *vocabTable, vs []T) error {
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
		}
		first = false
		r.buf = append(r.buf, t.codes[c]...)
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

// MaxHTCDSBytes is the most CSV [ReadHTCDS] reads: about 1.5 million rows
// of [WriteHTCDS]. It bounds what a hostile file can make ReadHTCDS hold.
const MaxHTCDSBytes = 256 << 20

// htcdsMaxCell bounds a cell's length: an ID or a place name, or the
// longest multi-select (every vic_MethodsOfControl code, about 300 bytes).
const htcdsMaxCell = 1024

// htcdsMaxText bounds an ID or a place name.
const htcdsMaxText = 256

// CellError reports a cell of a CSV file that [ReadHTCDS] cannot read: its
// row (the header is row 1, as a spreadsheet numbers them; a row is a CSV
// record, which may span lines), its column's name (for a cell of the
// header, its position counted from 1), and why. Err is a
// [*ParseError] quoting the cell, and wraps a sentinel ([ErrInvalid],
// [ErrRequired], [ErrSyntax], [ErrRange], [ErrUnknownCountry]…).
type CellError struct {
	Row    int
	Column string
	Err    error
}

// Error returns `row 3, column vic_MethodsOfControl: ReadHTCDS("X"): …`.
func (e *CellError) Error() string {
	return "row " + strconv.Itoa(e.Row) + ", column " + e.Column + ": " + e.Err.Error()
}

// Unwrap returns the reason.
func (e *CellError) Unwrap() error { return e.Err }

// ReadHTCDS reads CSV as [WriteHTCDS] writes it: a header row naming the
// columns, then one row per person. The columns may come in any order and
// all but id and role may be missing; a column WriteHTCDS does not write
// (such as prs_FirstName) is an error, so nothing is dropped unread.
//
// It reads each HTCDS code as the value WriteHTCDS writes it from, so
// codes that WriteHTCDS maps coarsely come back coarse: Other in
// vic_MethodsOfControl is ControlOther (never RestrictsMovement or
// Isolation), Other in vic_MethodOfRecruitment is RecruitmentOther (never
// DeceptiveJobOffer), ForcedLabour is ForcedLabour (never
// ForcedCriminality), Acquainted is Friend (never IntimatePartner), and
// prs_Deceased "false" is no status (the status it stood for is lost).
// Unaquainted, which WriteHTCDS never writes, is read as RecruiterOther,
// which WriteHTCDS writes as empty. prs_Citizenship's first code is the
// Nationality and the rest OtherNationalities; a code that appears twice
// in a multi-select is read once, and spaces around codes and empty items
// are ignored. Codes must be spelled exactly as HTCDS spells them, except
// that prs_Citizenship and hte_Country also take alpha-3 codes (and, as
// [ParseCountry] does, codes with one successor: UK is GB, BU is MM). An
// empty cell is "not recorded".
//
// What a Victim or Suspect cannot hold is an error: a [*CellError] naming
// the row and column, such as `row 3, column vic_MethodsOfControl:
// ReadHTCDS("X"): unknown vic_MethodsOfControl code: invalid`. That
// includes an unknown code or column; a vic_ or hte_ value on a suspect's
// row or a per_ value on a victim's; a suspect who is deceased; an hte_Type
// other than Recruitment (a Victim records no transit or exploitation
// event) and hte_ values with no hte_Type; an age that is not a whole
// number of years from 0 to 150; a country code that names no country
// (ZZ, EU); an empty id; and an id or place name over 256 bytes. Input that
// is not CSV, or rows of different lengths, is an error wrapping
// [ErrSyntax]; input over [MaxHTCDSBytes] one wrapping [ErrTooLarge].
// ReadHTCDS stops at the first error and then returns no people.
func ReadHTCDS(r io.Reader) ([]Victim, []Suspect, error) {
	return readHTCDS(r, MaxHTCDSBytes)
}

// readHTCDS is ReadHTCDS reading at most max bytes.
func readHTCDS(r io.Reader, max int64) ([]Victim, []Suspect, error) {
	lr := &htcdsLimitReader{r: r, left: max, max: max}
	cr := csv.NewReader(lr)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return nil, nil, htcdsReadError(lr, err)
	}
	cols, err := htcdsHeader(header)
	if err != nil {
		return nil, nil, err
	}
	var (
		victims  []Victim
		suspects []Suspect
	)
	for row := 2; ; row++ {
		rec, err := cr.Read()
		if err == io.EOF {
			if lr.err != nil {
				return nil, nil, lr.err
			}
			return victims, suspects, nil
		}
		if err != nil {
			return nil, nil, htcdsReadError(lr, err)
		}
		var cells [htcdsColumnCount]string
		for i, col := range cols {
			cells[col] = rec[i]
		}
		rr := htcdsReader{row: row, cells: &cells}
		switch cells[htcdsRole] {
		case htcdsVictim:
			v, err := rr.victim()
			if err != nil {
				return nil, nil, err
			}
			victims = append(victims, v)
		case htcdsSuspect:
			s, err := rr.suspect()
			if err != nil {
				return nil, nil, err
			}
			suspects = append(suspects, s)
		default:
			return nil, nil, rr.fail(htcdsRole, `want "victim" or "suspect"`, ErrInvalid)
		}
	}
}

func htcdsReadError(lr *htcdsLimitReader, err error) error {
	switch {
	case lr.err != nil:
		return lr.err
	case err == io.EOF:
		return fmt.Errorf("rescue: ReadHTCDS: no header row: %w", ErrSyntax)
	}
	var perr *csv.ParseError
	if errors.As(err, &perr) {
		return fmt.Errorf("rescue: ReadHTCDS: %w: %w", err, ErrSyntax)
	}
	return fmt.Errorf("rescue: ReadHTCDS: %w", err)
}

// htcdsHeader maps the header's columns to the columns of WriteHTCDS.
func htcdsHeader(header []string) ([]int, error) {
	cols := make([]int, len(header))
	var seen [htcdsColumnCount]bool
	for i, name := range header {
		if i == 0 {
			name = strings.TrimPrefix(name, "\uFEFF") // a byte order mark, as spreadsheets write
		}
		fail := func(msg string, err error) error {
			return &CellError{Row: 1, Column: strconv.Itoa(i + 1), Err: parseError("ReadHTCDS", name, msg, err)}
		}
		col := -1
		for c, n := range htcdsColumns {
			if n == name {
				col = c
			}
		}
		switch {
		case col < 0:
			return nil, fail("not a column of WriteHTCDS", ErrInvalid)
		case seen[col]:
			return nil, fail("column named twice", ErrInvalid)
		}
		seen[col] = true
		cols[i] = col
	}
	for _, col := range []int{htcdsID, htcdsRole} {
		if !seen[col] {
			return nil, &CellError{Row: 1, Column: htcdsColumns[col], Err: parseError("ReadHTCDS", "", "no "+htcdsColumns[col]+" column", ErrRequired)}
		}
	}
	return cols, nil
}

// htcdsReader reads the cells of one row.
type htcdsReader struct {
	row   int
	cells *[htcdsColumnCount]string
}

func (rr *htcdsReader) fail(col int, msg string, err error) error {
	return &CellError{Row: rr.row, Column: htcdsColumns[col], Err: parseError("ReadHTCDS", rr.cells[col], msg, err)}
}

// cell returns the cell of col, failing if it is longer than max.
func (rr *htcdsReader) cell(col, max int) (string, error) {
	s := rr.cells[col]
	if len(s) > max {
		return "", rr.fail(col, "longer than "+strconv.Itoa(max)+" bytes", ErrRange)
	}
	return s, nil
}

// code reads a single-select cell: the value of t coded exactly as the
// cell, through an UnmarshalText that takes the vocabulary's codes.
func (rr *htcdsReader) code(col int, t *vocabTable) (uint8, error) {
	s, err := rr.cell(col, htcdsMaxCell)
	if err != nil || s == "" {
		return 0, err
	}
	if v := htcdsLookup(t, s); v != 0 {
		return v, nil
	}
	for _, a := range t.aliases { // NonSpecifiedUnknown: the zero Gender
		if s == a {
			return 0, nil
		}
	}
	return 0, rr.fail(col, "unknown "+htcdsColumns[col]+" code", ErrInvalid)
}

// htcdsCodes reads a multi-select cell into values of t, each once.
func htcdsCodes[T ~uint8](rr *htcdsReader, col int, t *vocabTable) ([]T, error) {
	s, err := rr.cell(col, htcdsMaxCell)
	if err != nil || s == "" {
		return nil, err
	}
	var (
		out  []T
		seen uint64
	)
	for item := range strings.SplitSeq(s, ";") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		v := htcdsLookup(t, item)
		if v == 0 {
			return nil, &CellError{Row: rr.row, Column: htcdsColumns[col],
				Err: parseError("ReadHTCDS", item, "unknown "+htcdsColumns[col]+" code", ErrInvalid)}
		}
		if seen&(1<<v) == 0 {
			seen |= 1 << v
			out = append(out, T(v))
		}
	}
	return out, nil
}

// countries reads country codes, alpha-2 or alpha-3, each once.
func (rr *htcdsReader) countries(col int) ([]Country, error) {
	s, err := rr.cell(col, htcdsMaxCell)
	if err != nil || s == "" {
		return nil, err
	}
	var out []Country
	for item := range strings.SplitSeq(s, ";") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		c, err := htcdsCountry(item)
		if err != nil {
			return nil, &CellError{Row: rr.row, Column: htcdsColumns[col], Err: err}
		}
		dup := false
		for _, o := range out {
			dup = dup || o == c
		}
		if !dup {
			out = append(out, c)
		}
	}
	return out, nil
}

// htcdsCountry reads an ISO 3166-1 alpha-2 or alpha-3 code: two or three
// capital letters (no names, which ParseCountry also takes).
func htcdsCountry(s string) (Country, error) {
	ok := len(s) == 2 || len(s) == 3
	for i := 0; ok && i < len(s); i++ {
		ok = 'A' <= s[i] && s[i] <= 'Z'
	}
	if !ok {
		return Country{}, parseError("ReadHTCDS", s, "want an ISO 3166-1 alpha-2 or alpha-3 code", ErrSyntax)
	}
	c, err := ParseCountry(s)
	if err != nil {
		var perr *ParseError
		if errors.As(err, &perr) {
			return Country{}, parseError("ReadHTCDS", s, perr.Msg, perr.Err)
		}
		return Country{}, err
	}
	return c, nil
}

// empty fails unless the cells of cols are empty: fields that do not apply
// to the row's role.
func (rr *htcdsReader) empty(role string, cols ...int) error {
	for _, col := range cols {
		if rr.cells[col] != "" {
			return rr.fail(col, "a "+role+" has no "+htcdsColumns[col], ErrInvalid)
		}
	}
	return nil
}

// person reads the columns a victim and a suspect share.
func (rr *htcdsReader) person() (id string, g Gender, n Nationality, others []Nationality, err error) {
	if id, err = rr.cell(htcdsID, htcdsMaxText); err != nil {
		return
	}
	if id == "" {
		err = rr.fail(htcdsID, "", ErrRequired)
		return
	}
	var v uint8
	if v, err = rr.code(htcdsGender, &genderTable); err != nil {
		return
	}
	g = Gender(v)
	var cs []Country
	if cs, err = rr.countries(htcdsCitizenship); err != nil {
		return
	}
	for i, c := range cs {
		if i == 0 {
			n = NationalityOf(c)
		} else {
			others = append(others, NationalityOf(c))
		}
	}
	return
}

func (rr *htcdsReader) victim() (Victim, error) {
	var v Victim
	var err error
	if v.ID, v.Gender, v.Nationality, v.OtherNationalities, err = rr.person(); err != nil {
		return Victim{}, err
	}
	if err := rr.empty(htcdsVictim, htcdsRoles); err != nil {
		return Victim{}, err
	}
	if s := rr.cells[htcdsDeceased]; s != "" {
		dead, err := strconv.ParseBool(s)
		if err != nil {
			return Victim{}, rr.fail(htcdsDeceased, `want "true" or "false"`, ErrSyntax)
		}
		if dead {
			v.Status = Deceased
		}
	}
	c, err := rr.code(htcdsTraffickingStatus, &traffickingStatusTable)
	if err != nil {
		return Victim{}, err
	}
	v.TraffickingStatus = TraffickingStatus(c)
	if v.Age, err = rr.age(); err != nil {
		return Victim{}, err
	}
	switch s := rr.cells[htcdsRelationship]; s {
	case "":
	case "Familial":
		v.RecruiterRelation = Family
	case "Acquainted":
		v.RecruiterRelation = Friend
	case "Unaquainted":
		v.RecruiterRelation = RecruiterOther
	default:
		return Victim{}, rr.fail(htcdsRelationship, "unknown "+htcdsColumns[htcdsRelationship]+" code", ErrInvalid)
	}
	if v.Recruitment.Methods, err = htcdsCodes[RecruitmentMethod](rr, htcdsRecruitment, &recruitmentMethodTable); err != nil {
		return Victim{}, err
	}
	if v.Controls, err = htcdsCodes[ControlMethod](rr, htcdsControls, &controlMethodTable); err != nil {
		return Victim{}, err
	}
	if v.Exploitation, err = htcdsCodes[Exploitation](rr, htcdsExploitation, &exploitationTable); err != nil {
		return Victim{}, err
	}
	if c, err = rr.code(htcdsIndustry, &labourSectorTable); err != nil {
		return Victim{}, err
	}
	v.LabourSector = LabourSector(c)
	if v.SexExploitation, err = htcdsCodes[SexExploitationType](rr, htcdsSexExploitation, &sexExploitationTypeTable); err != nil {
		return Victim{}, err
	}
	if err := rr.recruitment(&v.Recruitment); err != nil {
		return Victim{}, err
	}
	return v, nil
}

// age reads vic_AgeWhenTrafficked: a whole number of years.
func (rr *htcdsReader) age() (Age, error) {
	s := rr.cells[htcdsAge]
	if s == "" {
		return Age{}, nil
	}
	ok := len(s) <= 3
	for i := 0; ok && i < len(s); i++ {
		ok = '0' <= s[i] && s[i] <= '9'
	}
	if n, err := strconv.Atoi(s); ok && err == nil && n <= maxAge {
		return AgeYears(n), nil
	}
	return Age{}, rr.fail(htcdsAge, "want whole years from 0 to 150", ErrRange)
}

// recruitment reads the hte_ columns into rec.
func (rr *htcdsReader) recruitment(rec *Recruitment) error {
	switch rr.cells[htcdsEventType] {
	case htcdsRecruitedAt:
	case "Transit", "Exploitation":
		return rr.fail(htcdsEventType, "a Victim records only its recruitment", ErrInvalid)
	case "":
		for col := htcdsEventDate; col <= htcdsEventCountry; col++ {
			if rr.cells[col] != "" {
				return rr.fail(htcdsEventType, "needed to say which event "+htcdsColumns[col]+" belongs to", ErrRequired)
			}
		}
		return nil
	default:
		return rr.fail(htcdsEventType, "unknown "+htcdsColumns[htcdsEventType]+" code", ErrInvalid)
	}
	if s := rr.cells[htcdsEventDate]; s != "" {
		d, msg, err := dateParse(s)
		if err != nil {
			return rr.fail(htcdsEventDate, msg, err)
		}
		rec.When = d
	}
	var err error
	if rec.Place.Locality, err = rr.cell(htcdsEventCity, htcdsMaxText); err != nil {
		return err
	}
	if rec.Place.Region, err = rr.cell(htcdsEventState, htcdsMaxText); err != nil {
		return err
	}
	if s := rr.cells[htcdsEventCountry]; s != "" {
		c, err := htcdsCountry(s)
		if err != nil {
			return &CellError{Row: rr.row, Column: htcdsColumns[htcdsEventCountry], Err: err}
		}
		rec.Place.Country = c
	}
	return nil
}

func (rr *htcdsReader) suspect() (Suspect, error) {
	var s Suspect
	var err error
	if s.ID, s.Gender, s.Nationality, s.OtherNationalities, err = rr.person(); err != nil {
		return Suspect{}, err
	}
	switch d := rr.cells[htcdsDeceased]; d {
	case "":
	default:
		dead, err := strconv.ParseBool(d)
		if err != nil {
			return Suspect{}, rr.fail(htcdsDeceased, `want "true" or "false"`, ErrSyntax)
		}
		if dead {
			return Suspect{}, rr.fail(htcdsDeceased, "a Suspect records no death", ErrInvalid)
		}
	}
	if err := rr.empty(htcdsSuspect, htcdsTraffickingStatus, htcdsAge, htcdsRelationship, htcdsRecruitment,
		htcdsControls, htcdsExploitation, htcdsIndustry, htcdsSexExploitation,
		htcdsEventType, htcdsEventDate, htcdsEventCity, htcdsEventState, htcdsEventCountry); err != nil {
		return Suspect{}, err
	}
	if s.Roles, err = htcdsCodes[Role](rr, htcdsRoles, &roleTable); err != nil {
		return Suspect{}, err
	}
	return s, nil
}

// htcdsLimitReader fails once more than left bytes are read.
type htcdsLimitReader struct {
	r         io.Reader
	left, max int64
	err       error
}

func (l *htcdsLimitReader) Read(p []byte) (int, error) {
	if l.err != nil {
		return 0, l.err
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		l.err = fmt.Errorf("rescue: ReadHTCDS: more than %d bytes: %w", l.max, ErrTooLarge)
		return 0, l.err
	}
	return n, err
}
