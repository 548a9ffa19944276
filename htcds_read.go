package rescue

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// MaxHTCDSBytes is the most input an [HTCDSReader] reads unless its
// options say otherwise: about 1.5 million rows of [WriteHTCDS].
const MaxHTCDSBytes = 256 << 20

// MaxHTCDSRecords is the most records an [HTCDSReader] returns unless its
// options say otherwise: what [HTCDSReader.ReadAll] holds of them is about
// 300 bytes each, so a million is about 300 MB.
const MaxHTCDSRecords = 1_000_000

// DateOrder says how to read a date written with the day and month as
// numbers ("05/09/2023"), which is 5 September in most of the world and
// May 9 in the United States. The zero value reads such a date only where
// it is unambiguous: one of the two numbers is over 12, or they are equal.
// A date written year first ("2023/09/05", "2023.09.05") is always year,
// month, day, whatever the order.
type DateOrder uint8

const (
	// DayMonthYear reads "05/09/2023" as 2023-09-05.
	DayMonthYear DateOrder = 1 + iota
	// MonthDayYear reads "05/09/2023" as 2023-05-09.
	MonthDayYear
)

// HTCDSOptions configures an [HTCDSReader] and an [HTCDSWriter]. The zero
// value is the defaults.
type HTCDSOptions struct {
	// Comma is the delimiter: ',', ';' or '\t'. When reading, 0 detects
	// ',' or ';' from the header row; when writing, 0 writes ','.
	Comma rune
	// DateOrder says how to read dates such as "05/09/2023".
	DateOrder DateOrder
	// LeaveOutNoConsent makes a reader leave out the person of a row
	// whose con_Consent says no (false, no, 0…): their row is not read
	// (nor checked) and is not a record. Whatever this says,
	// [HTCDSReader.NoConsent] lists such rows.
	LeaveOutNoConsent bool
	// MaxRecords is the most records a reader returns: 0 means
	// MaxHTCDSRecords, a negative number no limit. Past it, reading fails
	// with an error wrapping ErrTooLarge.
	MaxRecords int
	// MaxBytes is the most input a reader reads: 0 means MaxHTCDSBytes, a
	// negative number no limit. Past it, reading fails with an error
	// wrapping ErrTooLarge.
	MaxBytes int64
	// HXL makes a writer add the row of HXL hashtags under the header
	// (the README lists them). Readers skip such a row whatever this says.
	HXL bool
	// Labels makes a writer write as the toolkit's templates are filled
	// in: a row of the fields' labels ("Methods of Control") under the
	// header, and the toolkit's English labels ("Physical threats") and
	// countries' ISO names ("Viet Nam") in place of codes, several values
	// joined with "; ". Readers read both, whatever this says.
	Labels bool
}

// HTCDSRecord is one person read from an HTCDS file: a victim or a
// suspect, and the row it was read from.
type HTCDSRecord struct {
	Row     int      // the spreadsheet's row number: the header is row 1
	Victim  *Victim  // set for a victim's row
	Suspect *Suspect // set for a suspect's row
}

// htcdsCol is one column of a file, as its header names it.
type htcdsCol struct {
	name    string // as the header spells it, for errors
	kind    htcdsKind
	side    htcdsSide // whose the column is
	infers  bool      // filling it says whose the row is
	optKind htcdsKind // an option column's multi-select
	option  uint8     // an option column's value
}

// quotable reports whether errors may quote the column's cells: not names,
// not the free-text locations, and not what the reader skips, which may
// be personal data.
func (c *htcdsCol) quotable() bool {
	switch c.kind {
	case hkUnnamed, hkSkip, hkFirstName, hkMiddleName, hkSecondName, hkRecruitedAt, hkExploitedAt:
		return false
	}
	return true
}

// HTCDSReader reads people from a file in the layout of IOM's Human
// Trafficking Case Data Standard (HTCDS 2.0): what [WriteHTCDS] writes,
// what people fill in with the toolkit's Excel templates (saved as CSV),
// and what KoBoToolbox and ODK export from the toolkit's XLSForm. It reads
// a row at a time and holds one row at a time, so a file of any size is
// read in constant memory.
//
// The first row names the columns, in any order. Every field of the HTCDS
// 2.0 field standards is known: those a [Victim] or [Suspect] records are
// read (see [WriteHTCDS] for the mapping, and its six columns of this
// library's own), plus prs_FirstName, prs_MiddleName and prs_SecondName,
// read into Name, joined with spaces; the others (addresses, phone
// numbers, case and referral fields…), the metadata columns of KoBoToolbox
// and ODK exports (start, _id, _uuid…) and columns with an empty header are
// skipped, unread, and listed by [HTCDSReader.Skipped]; those that held a
// value are listed by [HTCDSReader.Unread]. vic_LocationOfRecruitment and
// vic_LocationOfExploitation are free text: a cell that is a country alone
// ("Bolivia", "BO") is read as Recruitment.Place.Country and ExploitedIn;
// any other ("El Alto, Bolivia") is left unread, whole, and listed by
// Unread. con_Consent is read as a checkbox: [HTCDSReader.NoConsent] lists
// the rows where it says no, and [HTCDSOptions] may leave them out. A column no one
// knows is an error naming it, so that nothing is dropped unnoticed.
// Column names match whatever their case, spaces and underscores, and the
// XLSForm's renamed fields (prs_First_Name, vic_Methods_of_Control) and the
// templates' misspelled vic_TraffickinStatusDecisionMakingOrg are read as
// the fields they mean. KoBoToolbox's one-column-per-option export of a
// multi-select ("vic_MethodsOfControl/DebtBondage", 1 or 0) is read too.
//
// A row right under the header that holds HXL hashtags ("#affected"), or
// the fields' labels (as the toolkit's templates have), is skipped, and
// so is a row with no value in any named column.
//
// Cells hold HTCDS codes or the toolkit's English labels ("Physical
// threats" for PhysicalThreats), whatever their case and spacing;
// countries as ISO 3166-1 codes (alpha-2 or alpha-3) or English names, as
// [ParseCountry] reads them ("Viet Nam"); checkboxes as true, false, yes,
// no, 1 or 0 (and as Excel writes TRUE and FALSE in German, French,
// Spanish, Italian, Portuguese and Dutch); ages as whole numbers ("16",
// "16.0"); dates as ISO 8601 or, with the day and month as numbers, as
// [DateOrder] says. A multi-select holds values separated by ';', ',' or,
// as KoBoToolbox exports codes, spaces. A cell that starts with an
// apostrophe before =, +, -, @, a tab or a carriage return has the
// apostrophe removed: it is how [WriteHTCDS] keeps spreadsheets from
// running a cell as a formula.
//
// The status column and prs_Deceased must agree; prs_Deceased "true" with
// no status is the status Deceased. An hte_Type of Exploitation gives
// Victim.ExploitedIn from hte_Country (a Victim records no more of that
// event); a Transit is an error, as a Victim records none.
//
// Without an id column a person's ID is "R" and their row number ("R2",
// "R3"…), stable as long as the rows keep their order. Without a role
// column, or where its cell is empty, a row that fills a victim's column
// (vic_, destination, exploitedIn) is a victim's and one that fills a
// suspect's (per_, arrested) a suspect's; a row that fills both or
// neither is an error. IDs and text follow the rules every reader of this
// package and [Operation.Validate] apply ([MaxIDBytes], [MaxTextBytes]):
// UTF-8, no control characters (text may hold tabs and line feeds), no
// bidirectional controls, and in an ID no formatting character and no
// white space at either end.
//
// The CSV may be delimited by ',' or ';' (as Excel saves it in locales
// with a decimal comma), detected from the header; it may start with a
// UTF-8 byte order mark and end lines with CRLF, LF or CR. A row is at
// most 1 MiB, a header at most 4,096 columns. [HTCDSOptions] bound the
// input and the records.
type HTCDSReader struct {
	fn   string // the function named in errors
	opt  HTCDSOptions
	csv  *htcdsCSV
	rows interface{ Read() ([]string, error) }

	buf  []byte // a row from rows, back to back
	ends []int

	cols     []htcdsCol
	has      [hkCount]int // has[k] is the column of kind k, or -1
	skipped  []string
	unread   []bool // unread[i]: column i held a value the reader did not read
	refused  []int  // the rows whose con_Consent says no, up to maxFieldErrors
	nrefused int
	row      int  // the row read last
	victim   bool // the row read last is a victim's
	special  bool // the rows read so far since the header could be HXL or labels
	records  int
	err      error // sticky

	// Scratch, reused row after row; ReadAll reads into the next slot of
	// its blocks instead, found by vdst and sdst.
	v       Victim
	s       Suspect
	vblocks *htcdsBlocks[Victim]
	sblocks *htcdsBlocks[Suspect]
	vdst    *Victim
	sdst    *Suspect
	nat     []Nationality
	methods []RecruitmentMethod
	ctrl    []ControlMethod
	expl    []Exploitation
	sex     []SexExploitationType
	roles   []Role
	name    []byte
	vals    []uint16 // the values of a multi-select cell
	full    []bool   // full[i]: cell i of the row holds more than white space
	date    []byte   // the date read last, and what it was read as
	dateVal Date
	probs   htcdsProblems
}

// NewHTCDSReader returns a reader of CSV from r.
func NewHTCDSReader(r io.Reader, opt HTCDSOptions) *HTCDSReader {
	hr := newHTCDSReader("HTCDSReader.Read", opt)
	comma, err := htcdsComma(opt.Comma, 0)
	if hr.err == nil {
		hr.err = err
	}
	maxBytes := opt.MaxBytes
	if maxBytes == 0 {
		maxBytes = MaxHTCDSBytes
	}
	hr.csv = newHTCDSCSV(r, comma, maxBytes)
	return hr
}

// NewHTCDSRowReader returns a reader of rows that rows.Read returns, one
// call a row, io.EOF at the end: a *csv.Reader, or a spreadsheet's rows.
// The reader copies each row before reading it, so rows.Read may reuse
// its slice. MaxBytes counts the bytes of the cells, and one for each cell
// (its delimiter or the line's end, as in CSV), at least one a row: a
// source that gives empty rows for ever reaches it too.
func NewHTCDSRowReader(rows interface{ Read() ([]string, error) }, opt HTCDSOptions) *HTCDSReader {
	hr := newHTCDSReader("HTCDSReader.Read", opt)
	hr.rows = rows
	return hr
}

func newHTCDSReader(fn string, opt HTCDSOptions) *HTCDSReader {
	hr := &HTCDSReader{fn: fn, opt: opt}
	if opt.MaxRecords == 0 {
		hr.opt.MaxRecords = MaxHTCDSRecords
	}
	if opt.MaxBytes == 0 {
		hr.opt.MaxBytes = MaxHTCDSBytes
	}
	if opt.DateOrder > MonthDayYear {
		hr.err = &htcdsErrors{fn: fn, errs: []error{fmt.Errorf("HTCDSOptions.DateOrder %d: %w", opt.DateOrder, ErrInvalid)}, total: 1}
	}
	return hr
}

// htcdsComma returns the delimiter opt asks for (def for 0).
func htcdsComma(c rune, def byte) (byte, error) {
	switch c {
	case 0:
		return def, nil
	case ',', ';', '\t':
		return byte(c), nil
	}
	return 0, &htcdsErrors{fn: "HTCDSOptions.Comma", errs: []error{fmt.Errorf("%q: want ',', ';' or '\\t': %w", c, ErrInvalid)}, total: 1}
}

// Skipped returns the names of the columns the reader skips, as the
// header spells them (a column with no name as "column 3"), once the
// header has been read (by the first Read).
func (r *HTCDSReader) Skipped() []string { return slices.Clone(r.skipped) }

// Unread returns the names of the columns, as the header spells them,
// that held a value the reader did not read in a row read so far: the
// skipped columns with a value, and a vic_LocationOfRecruitment or
// vic_LocationOfExploitation cell that is not a country alone ("El Alto,
// Bolivia": the reader reads "Bolivia" or "BO", never half a cell). It
// is what a program should tell its user was left behind; it never holds
// the values, which may be personal data.
func (r *HTCDSReader) Unread() []string {
	var names []string
	for i, u := range r.unread {
		if u {
			names = append(names, r.cols[i].name)
		}
	}
	return names
}

// NoConsent returns the rows read so far whose con_Consent says no
// (false, no, 0…), in order, the first 1,000 of them, and how many there
// are in all. The options say whether their people are read
// (LeaveOutNoConsent).
func (r *HTCDSReader) NoConsent() (rows []int, total int) {
	return slices.Clone(r.refused), r.nrefused
}

// Read returns the next person, or io.EOF at the end of the file. A row
// that cannot be read gives its row number and an error listing every
// problem of the row, each a [*CellError]; reading goes on with the next
// row. An error of the file itself (the header, CSV syntax, a limit of
// [HTCDSOptions], the reader's own error) ends reading: every later call
// returns it. Errors name "HTCDSReader.Read".
func (r *HTCDSReader) Read() (HTCDSRecord, error) {
	r.probs = htcdsProblems{errs: r.probs.errs[:0]}
	for {
		ok, err := r.next(true)
		if err != nil {
			return HTCDSRecord{}, err
		}
		if !ok {
			continue
		}
		rec := HTCDSRecord{Row: r.row}
		if err := r.probs.err(r.fn); err != nil {
			r.probs.errs = nil // given away in err
			return rec, err
		}
		if r.victim {
			v := r.v
			htcdsDetachVictim(&v, htcdsClone[Nationality], htcdsClone[RecruitmentMethod], htcdsClone[ControlMethod], htcdsClone[Exploitation], htcdsClone[SexExploitationType])
			rec.Victim = &v
		} else {
			s := r.s
			htcdsDetachSuspect(&s, htcdsClone[Nationality], htcdsClone[Role])
			rec.Suspect = &s
		}
		return rec, nil
	}
}

// ReadAll reads the rest of the file and returns its victims and
// suspects, in the order of their rows, or an error listing every problem
// (up to 1,000; past them they are counted), each a [*CellError] naming
// its row and column, or an error of the file. It returns no people with
// an error, and stops building them at the first problem.
//
// What it allocates is bounded: the records it returns, twice at most
// (gathered in blocks of 1,024, then copied once into slices of their
// exact length), plus at most 32 bytes per byte of input, plus about 1 MiB
// for the problems an error keeps; [HTCDSOptions] cap the records
// (MaxRecords) and the input (MaxBytes). Errors name "HTCDSReader.ReadAll".
func (r *HTCDSReader) ReadAll() ([]Victim, []Suspect, error) {
	if r.fn == "HTCDSReader.Read" {
		r.fn = "HTCDSReader.ReadAll"
	}
	var (
		victims  htcdsBlocks[Victim]
		suspects htcdsBlocks[Suspect]
		nats     htcdsArena[Nationality]
		methods  htcdsArena[RecruitmentMethod]
		ctrl     htcdsArena[ControlMethod]
		expl     htcdsArena[Exploitation]
		sex      htcdsArena[SexExploitationType]
		roles    htcdsArena[Role]
	)
	r.probs = htcdsProblems{}
	r.vblocks, r.sblocks = &victims, &suspects
	defer func() { r.vblocks, r.sblocks = nil, nil }()
	for {
		build := len(r.probs.errs) == 0
		ok, err := r.next(build)
		if err == io.EOF {
			break
		}
		if err != nil {
			var he *htcdsErrors
			if errors.As(err, &he) {
				for _, e := range he.errs {
					r.probs.add(e)
				}
			}
			return nil, nil, r.probs.err(r.fn)
		}
		if !ok || len(r.probs.errs) > 0 {
			continue
		}
		if r.victim {
			victims.commit()
			htcdsDetachVictim(r.vdst, nats.clone, methods.clone, ctrl.clone, expl.clone, sex.clone)
		} else {
			suspects.commit()
			htcdsDetachSuspect(r.sdst, nats.clone, roles.clone)
		}
	}
	if err := r.probs.err(r.fn); err != nil {
		return nil, nil, err
	}
	return victims.all(), suspects.all(), nil
}

// ReadHTCDS reads every person of an HTCDS file of CSV, with the default
// [HTCDSOptions]: it is NewHTCDSReader(r, HTCDSOptions{}).ReadAll(), with
// errors naming ReadHTCDS (`ReadHTCDS: row 3, column prs_Gender: …`). See
// [HTCDSReader] for what it reads.
func ReadHTCDS(r io.Reader) ([]Victim, []Suspect, error) {
	hr := NewHTCDSReader(r, HTCDSOptions{})
	hr.fn = "ReadHTCDS"
	return hr.ReadAll()
}

// next reads the next row into r.v or r.s (build) or only checks it,
// problems into r.probs. It reports false for a row that is no one's
// (blank, HXL, labels); its error is the file's.
func (r *HTCDSReader) next(build bool) (bool, error) {
	if r.err != nil {
		return false, r.err
	}
	if r.cols == nil {
		if err := r.fetch(); err != nil {
			if err == io.EOF {
				err = fmt.Errorf("no header row: %w", ErrSyntax)
			}
			return false, r.fail(err)
		}
		r.row = 1
		if err := r.header(); err != nil {
			r.err = err
			return false, err
		}
		r.special = true
	}
	if err := r.fetch(); err != nil {
		if err == io.EOF {
			r.err = io.EOF
			return false, io.EOF
		}
		return false, r.fail(err)
	}
	r.row++
	r.measure()
	if r.blank() {
		return false, nil
	}
	if r.special {
		if r.hxl() || r.labels() {
			return false, nil
		}
		r.special = false
	}
	if r.refuses() && r.opt.LeaveOutNoConsent {
		return false, nil
	}
	if r.opt.MaxRecords >= 0 && r.records >= r.opt.MaxRecords {
		return false, r.fail(fmt.Errorf("row %d: more than %d records (HTCDSOptions.MaxRecords): %w", r.row, r.opt.MaxRecords, ErrTooLarge))
	}
	r.records++
	r.person(build)
	return true, nil
}

// fail makes err the reader's final error.
func (r *HTCDSReader) fail(err error) error {
	r.err = &htcdsErrors{fn: r.fn, errs: []error{err}, total: 1}
	return r.err
}

// fetch reads the next row's cells.
func (r *HTCDSReader) fetch() error {
	if r.csv != nil {
		err := r.csv.read()
		switch {
		case err == nil || err == io.EOF:
			return err
		case errors.Is(err, errCSVInputLarge):
			return fmt.Errorf("more than %d bytes (HTCDSOptions.MaxBytes): %w", r.opt.MaxBytes, ErrTooLarge)
		}
		return err
	}
	rec, err := r.rows.Read()
	if err != nil {
		return err
	}
	r.buf, r.ends = r.buf[:0], r.ends[:0]
	for _, c := range rec {
		r.buf = append(r.buf, c...)
		r.ends = append(r.ends, len(r.buf))
	}
	if r.opt.MaxBytes >= 0 {
		r.opt.MaxBytes -= int64(len(r.buf) + max(len(rec), 1))
		if r.opt.MaxBytes < 0 {
			return fmt.Errorf("more bytes than HTCDSOptions.MaxBytes: %w", ErrTooLarge)
		}
	}
	if len(r.buf) > htcdsMaxRowBytes {
		return fmt.Errorf("row %d: longer than %d MiB: %w", r.row+1, htcdsMaxRowBytes>>20, ErrTooLarge)
	}
	return nil
}

// ncells returns the number of cells of the row.
func (r *HTCDSReader) ncells() int {
	if r.csv != nil {
		return r.csv.cells()
	}
	return len(r.ends)
}

// raw returns cell i of the row as it is, or nil past its end.
func (r *HTCDSReader) raw(i int) []byte {
	if i >= r.ncells() {
		return nil
	}
	if r.csv != nil {
		return r.csv.cell(i)
	}
	start := 0
	if i > 0 {
		start = r.ends[i-1]
	}
	return r.buf[start:r.ends[i]]
}

// cell returns cell i with a writer's formula guard removed.
func (r *HTCDSReader) cell(i int) []byte { return htcdsRestore(r.raw(i)) }

// filled reports whether cell i holds more than white space.
func (r *HTCDSReader) filled(i int) bool { return i < len(r.full) && r.full[i] }

// measure sets r.full for the row just fetched.
func (r *HTCDSReader) measure() {
	n := r.ncells()
	r.full = slices.Grow(r.full[:0], n)[:n]
	for i := range n {
		c := r.raw(i)
		r.full[i] = len(c) > 0 && (c[0] > ' ' && c[0] < 0x80 || len(bytes.TrimSpace(c)) > 0)
	}
}

// htcdsMaxColumns bounds a header: HTCDS has under a hundred fields, and a
// KoBoToolbox export with a column per option of every multi-select a few
// hundred.
const htcdsMaxColumns = 4096

// header reads the header row into r.cols.
func (r *HTCDSReader) header() error {
	n := r.ncells()
	if n > htcdsMaxColumns {
		r.cols = []htcdsCol{}
		return &htcdsErrors{fn: r.fn, errs: []error{fmt.Errorf("a header of %d columns, more than %d: %w", n, htcdsMaxColumns, ErrTooLarge)}, total: 1}
	}
	r.cols = make([]htcdsCol, n)
	r.unread = make([]bool, n)
	for k := range r.has {
		r.has[k] = -1
	}
	var (
		probs   htcdsProblems
		options map[[2]uint8]int // an option column's (field, option): its column
	)
	for i := range n {
		name := string(bytes.TrimSpace(r.raw(i)))
		if i == 0 {
			name = strings.TrimPrefix(name, "\uFEFF") // a byte order mark a row source left
		}
		col := &r.cols[i]
		col.name = name
		if err := r.column(col, len(probs.errs) >= maxFieldErrors); err != nil {
			if !probs.full() {
				probs.errs = append(probs.errs, &CellError{Row: 1, Column: strconv.Itoa(i + 1), Err: err})
			}
			continue
		}
		switch col.kind {
		case hkUnnamed:
			col.name = "column " + strconv.Itoa(i+1)
			r.skipped = append(r.skipped, col.name)
		case hkSkip:
			r.skipped = append(r.skipped, name)
		case hkOption:
			if options == nil {
				options = map[[2]uint8]int{}
			}
			key := [2]uint8{uint8(col.optKind), col.option}
			if j, ok := options[key]; ok {
				probs.add(&CellError{Row: 1, Column: strconv.Itoa(i + 1), Err: parseError("ReadHTCDS", name, "the same option as column "+strconv.Itoa(j+1), ErrInvalid)})
				continue
			}
			options[key] = i
		default:
			if j := r.has[col.kind]; j >= 0 {
				probs.add(&CellError{Row: 1, Column: strconv.Itoa(i + 1), Err: parseError("ReadHTCDS", name, "the same field as column "+strconv.Itoa(j+1), ErrInvalid)})
				continue
			}
			r.has[col.kind] = i
		}
	}
	return probs.err(r.fn)
}

// column sets what col is from its name. Once the problems are full, it
// spares the search for a suggestion.
func (r *HTCDSReader) column(col *htcdsCol, full bool) error {
	name := col.name
	switch {
	case name == "":
		col.kind = hkUnnamed
		return nil
	case htcdsIsFormMetadata(name):
		col.kind = hkSkip
		return nil
	}
	if len(name) > 128 {
		return parseError("ReadHTCDS", name, "longer than 128 bytes: no field's name is", ErrInvalid)
	}
	if msg := textProblem(name); msg != "" {
		return parseError("ReadHTCDS", name, msg, ErrInvalid)
	}
	if f := htcdsLookupField(name); f != nil {
		col.kind = f.kind
		col.side, col.infers = htcdsSideOf(f)
		return nil
	}
	// KoBoToolbox's column of one option: "vic_MethodsOfControl/DebtBondage".
	if j := strings.LastIndexByte(name, '/'); j > 0 {
		if f := htcdsLookupField(name[:j]); f != nil && htcdsIsMulti(f.kind) {
			v, ok := htcdsPicklists()[f.kind].lookup([]byte(strings.TrimSpace(name[j+1:])), true)
			if !ok {
				return parseError("ReadHTCDS", name, "not an option of "+f.name, ErrInvalid)
			}
			col.kind, col.optKind, col.option = hkOption, f.kind, v
			col.side, col.infers = htcdsSideOf(f)
			return nil
		}
	}
	if full {
		return errHTCDSUnknownColumn // counted, not shown: build nothing
	}
	msg := "not a field of HTCDS 2.0"
	if s := htcdsSimilar(name); s != "" {
		msg += " (did you mean " + strconv.Quote(s) + "?)"
	}
	return parseError("ReadHTCDS", name, msg, ErrInvalid)
}

var errHTCDSUnknownColumn = fmt.Errorf("not a field of HTCDS 2.0: %w", ErrInvalid)

// htcdsIsMulti reports whether a field is a multi-select this reader maps.
func htcdsIsMulti(k htcdsKind) bool {
	switch k {
	case hkRecruitment, hkControls, hkExploitation, hkSexExploitation, hkRoles, hkIndustry:
		return true
	}
	return false
}

// blank reports whether the row has no value in a named column.
func (r *HTCDSReader) blank() bool {
	for i := range r.ncells() {
		if (i >= len(r.cols) || r.cols[i].kind != hkUnnamed) && r.filled(i) {
			return false
		}
	}
	return true
}

// hxl reports whether the row is HXL hashtags: every value starts with '#'.
func (r *HTCDSReader) hxl() bool {
	for i := range r.ncells() {
		if c := bytes.TrimSpace(r.raw(i)); len(c) > 0 && c[0] != '#' {
			return false
		}
	}
	return true
}

// labels reports whether the row is the fields' labels, as the toolkit's
// templates have under the header: at least two values, each a label. A
// column with no name under the label of a skipped field takes the
// field's name (the templates' column AJ is cas_ReasonForOutgoingReferral
// by its label alone).
func (r *HTCDSReader) labels() bool {
	n := 0
	for i := range r.ncells() {
		if c := bytes.TrimSpace(r.raw(i)); len(c) > 0 {
			if htcdsFieldOfLabel(string(c)) == nil {
				return false
			}
			n++
		}
	}
	if n < 2 {
		return false
	}
	for i := range min(r.ncells(), len(r.cols)) {
		col := &r.cols[i]
		if col.kind != hkUnnamed {
			continue
		}
		if f := htcdsFieldOfLabel(string(bytes.TrimSpace(r.raw(i)))); f != nil && f.kind == hkSkip {
			for j, s := range r.skipped {
				if s == col.name {
					r.skipped[j] = f.name
				}
			}
			col.name, col.kind = f.name, hkSkip
			col.side, col.infers = htcdsSideOf(f)
		}
	}
	return true
}

// problem adds a problem with cell i of the row, quoting the cell where
// its column may be quoted.
func (r *HTCDSReader) problem(i int, input []byte, msg string, sentinel error) {
	if r.probs.full() {
		return
	}
	col := r.colName(i)
	if i < len(r.cols) && !r.cols[i].quotable() {
		r.probs.errs = append(r.probs.errs, &CellError{Row: r.row, Column: col, Err: fmt.Errorf("%s (the value is not shown: it may be personal data): %w", msg, sentinel)})
		return
	}
	r.probs.errs = append(r.probs.errs, &CellError{Row: r.row, Column: col, Err: parseError("ReadHTCDS", string(input), msg, sentinel)})
}

// problemErr adds err, a problem with cell i built by a parser.
func (r *HTCDSReader) problemErr(i int, err error) {
	if !r.probs.full() {
		r.probs.errs = append(r.probs.errs, &CellError{Row: r.row, Column: r.colName(i), Err: err})
	}
}

func (r *HTCDSReader) colName(i int) string {
	if i < len(r.cols) {
		return r.cols[i].name
	}
	return strconv.Itoa(i + 1)
}

// refuses reports whether the row's con_Consent says no, and lists the
// row if so; a consent that is neither yes nor no is a problem of the row.
func (r *HTCDSReader) refuses() bool {
	i := r.has[hkConsent]
	if i < 0 || !r.filled(i) {
		return false
	}
	c := r.cell(i)
	consent, ok := htcdsBool(c)
	switch {
	case !ok:
		r.problem(i, c, "want yes or no", ErrSyntax)
		return false
	case consent:
		return false
	}
	if len(r.refused) < maxFieldErrors {
		r.refused = append(r.refused, r.row)
	}
	r.nrefused++
	return true
}

// person reads the row into r.v (a victim's row) or r.s, or only checks
// it unless build.
func (r *HTCDSReader) person(build bool) {
	for i := len(r.cols); i < r.ncells(); i++ {
		if r.filled(i) {
			r.problemErr(i, fmt.Errorf("a value in a column with no header: %w", ErrInvalid))
		}
	}
	for i := range r.cols {
		if k := r.cols[i].kind; (k == hkSkip || k == hkUnnamed) && r.filled(i) {
			r.unread[i] = true
		}
	}
	victim, ok := r.role()
	r.victim = victim
	if !ok {
		return
	}
	var id string
	if i := r.has[hkID]; i >= 0 {
		c := r.cell(i)
		if len(bytes.TrimSpace(c)) == 0 {
			r.problem(i, c, "no ID", ErrRequired)
		} else if s := string(c); idProblem(s) != "" {
			r.problem(i, c, idProblem(s), ErrInvalid)
		} else {
			id = s
		}
	} else if build {
		id = htcdsRowID(r.row)
	}
	p := htcdsPerson{r: r, build: build}
	if victim {
		r.vdst = &r.v
		if r.vblocks != nil && build {
			r.vdst = r.vblocks.peek() // read in place: no copy of the record
		}
		*r.vdst = Victim{ID: id}
		p.victim(r.vdst)
	} else {
		r.sdst = &r.s
		if r.sblocks != nil && build {
			r.sdst = r.sblocks.peek()
		}
		*r.sdst = Suspect{ID: id}
		p.suspect(r.sdst)
	}
}

// role says whether the row is a victim's (or a suspect's); false if it
// cannot tell.
func (r *HTCDSReader) role() (victim, ok bool) {
	if i := r.has[hkRole]; i >= 0 && r.filled(i) {
		c := bytes.TrimSpace(r.cell(i))
		switch {
		case bytes.EqualFold(c, []byte("victim")):
			return true, true
		case bytes.EqualFold(c, []byte("suspect")), bytes.EqualFold(c, []byte("perpetrator")):
			return false, true
		}
		r.problem(i, c, `want "victim" or "suspect"`, ErrInvalid)
		return false, false
	}
	vic, per := false, false
	for i := range r.cols {
		col := &r.cols[i]
		if !col.infers || !r.filled(i) {
			continue
		}
		if col.kind == hkOption {
			if v, ok := htcdsBool(r.raw(i)); ok && !v {
				continue
			}
		}
		vic = vic || col.side == htcdsVictimSide
		per = per || col.side == htcdsSuspectSide
	}
	var err error
	switch {
	case vic && per:
		err = fmt.Errorf("the row fills a victim's columns (vic_) and a suspect's (per_): say in a role column whose it is: %w", ErrInvalid)
	case !vic && !per:
		err = fmt.Errorf("the row fills no victim's column (vic_) and no suspect's (per_): say in a role column whose it is: %w", ErrRequired)
	default:
		return vic, true
	}
	if !r.probs.full() {
		r.probs.errs = append(r.probs.errs, &CellError{Row: r.row, Column: "role", Err: err})
	}
	return false, false
}

// htcdsClone is the detach function of Read: each record its own slices.
func htcdsClone[T any](xs []T) []T {
	if len(xs) == 0 {
		return nil
	}
	return slices.Clone(xs)
}

// htcdsArena hands out slices cut from large blocks, so that ReadAll
// allocates a block per thousands of records, not a slice per record.
type htcdsArena[T any] struct{ block []T }

func (a *htcdsArena[T]) clone(xs []T) []T {
	if len(xs) == 0 {
		return nil
	}
	if cap(a.block)-len(a.block) < len(xs) {
		a.block = make([]T, 0, max(4096, len(xs)))
	}
	n := len(a.block)
	a.block = append(a.block, xs...)
	return a.block[n:len(a.block):len(a.block)]
}

// htcdsBlocks collects records in blocks of 1,024, and then into one
// slice of exactly their number: a growing slice would allocate (and
// copy) several times its final size.
type htcdsBlocks[T any] struct {
	blocks [][]T
	n      int
}

// peek returns the slot of the next record, which commit adds.
func (b *htcdsBlocks[T]) peek() *T {
	if len(b.blocks) == 0 || len(b.blocks[len(b.blocks)-1]) == cap(b.blocks[len(b.blocks)-1]) {
		b.blocks = append(b.blocks, make([]T, 0, 1024))
	}
	last := b.blocks[len(b.blocks)-1]
	return &last[:len(last)+1][len(last)]
}

// commit adds the record of the slot peek returned.
func (b *htcdsBlocks[T]) commit() {
	last := &b.blocks[len(b.blocks)-1]
	*last = (*last)[:len(*last)+1]
	b.n++
}

func (b *htcdsBlocks[T]) all() []T {
	if b.n == 0 {
		return nil
	}
	if len(b.blocks) == 1 {
		return slices.Clip(b.blocks[0])
	}
	out := make([]T, 0, b.n)
	for i, blk := range b.blocks {
		out = append(out, blk...)
		b.blocks[i] = nil // let the block go as soon as it is copied
	}
	return out
}
