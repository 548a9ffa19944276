// Package htcdsxlsx reads and writes the people of [rescue] operations as
// Excel workbooks in the layout of IOM's HTCDS 2.0 toolkit: its sheet
// ("Case Sheet"), its header rows (the field names, hidden, then their
// labels), its dropdowns of English labels (a "validation" sheet). It is a
// module of its own, so that the rescue module does not depend on
// excelize.
//
// What a cell may hold, and how it is read, is as [rescue.HTCDSReader]
// says: Read reads the workbooks people fill in with the toolkit's
// templates as well as those Write writes.
package htcdsxlsx

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/antitrafficking/rescue"
	"github.com/antitrafficking/rescue/internal/readsome"
	"github.com/xuri/excelize/v2"
)

// The sheets of a workbook, as the toolkit's templates name them.
const (
	caseSheet       = "Case Sheet"
	validationSheet = "validation"
	aboutSheet      = "about"
)

// validatedRows is how many rows past the last written get the dropdowns,
// for people to add rows: the templates validate 500.
const validatedRows = 500

// Write writes the victims and suspects of ops as an Excel workbook: the
// columns of [rescue.WriteHTCDS], in the toolkit's layout and with its
// labels (opt.Labels is taken as set; opt.HXL adds the HXL row, opt.Comma
// is ignored). Each column with a list gets a dropdown of its values on
// its cells, as the templates' dropdowns work: a single-select column's
// dropdown refuses other text; a multi-select's (and the countries of
// prs_Citizenship) warns, for a cell holding several values ("Physical
// threats; Debt bondage"). A cell that would start with =, +, -, @, a tab
// or a carriage return is written with an apostrophe before it, as
// rescue.WriteHTCDS does, and [Read] removes it.
//
// Rows are streamed to the workbook, and the workbook to w when all are
// written. Errors are those of rescue.HTCDSWriter (a value that cannot be
// written names its operation, person and column) and of writing the
// workbook.
func Write(w io.Writer, opt rescue.HTCDSOptions, ops ...*rescue.Operation) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", caseSheet); err != nil {
		return fmt.Errorf("htcdsxlsx.Write: %w", err)
	}
	sw, err := f.NewStreamWriter(caseSheet)
	if err != nil {
		return fmt.Errorf("htcdsxlsx.Write: %w", err)
	}
	sink := &rowSink{sw: sw}
	opt.Labels = true
	hw := rescue.NewHTCDSRowWriter(sink, opt)
	for _, op := range ops {
		if err := hw.Write(op); err != nil {
			return err
		}
	}
	if err := hw.Flush(); err != nil {
		return err
	}
	// The dropdowns join the sheet's settings, which the stream writer
	// writes when it is flushed.
	if err := dropdowns(f, sink.header, sink.row+validatedRows); err != nil {
		return fmt.Errorf("htcdsxlsx.Write: %w", err)
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("htcdsxlsx.Write: %w", err)
	}
	if err := about(f); err != nil {
		return fmt.Errorf("htcdsxlsx.Write: %w", err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("htcdsxlsx.Write: %w", err)
	}
	return nil
}

// rowSink gives the rows of an HTCDSWriter to a stream writer: the first
// (the field names) hidden, as in the templates.
type rowSink struct {
	sw     *excelize.StreamWriter
	row    int
	header []string
	cells  []any
}

func (s *rowSink) Write(rec []string) error {
	s.row++
	if s.row == 1 {
		s.header = append([]string(nil), rec...)
	}
	s.cells = s.cells[:0]
	for _, c := range rec {
		s.cells = append(s.cells, c)
	}
	cell, err := excelize.CoordinatesToCellName(1, s.row)
	if err != nil {
		return err
	}
	if s.row == 1 {
		return s.sw.SetRow(cell, s.cells, excelize.RowOpts{Hidden: true})
	}
	return s.sw.SetRow(cell, s.cells)
}

// dropdowns writes each column's list in the validation sheet and adds
// the dropdown to the column's cells, from row 3 to row last.
func dropdowns(f *excelize.File, header []string, last int) error {
	if _, err := f.NewSheet(validationSheet); err != nil {
		return err
	}
	listCol := 0
	for i, name := range header {
		choices := rescue.HTCDSChoices(name, true)
		if choices == nil {
			continue
		}
		listCol++
		colName, err := excelize.ColumnNumberToName(listCol)
		if err != nil {
			return err
		}
		if err := f.SetCellValue(validationSheet, colName+"1", name); err != nil {
			return err
		}
		for j, c := range choices {
			if err := f.SetCellValue(validationSheet, colName+strconv.Itoa(j+2), c); err != nil {
				return err
			}
		}
		target, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		dv := excelize.NewDataValidation(true)
		dv.Sqref = target + "3:" + target + strconv.Itoa(max(last, 3))
		dv.SetSqrefDropList(fmt.Sprintf("%s!$%s$2:$%s$%d", validationSheet, colName, colName, len(choices)+1))
		if multi(name) {
			dv.SetError(excelize.DataValidationErrorStyleWarning, name, "Several values are separated by \"; \".")
		} else {
			dv.SetError(excelize.DataValidationErrorStyleStop, name, "Choose a value of the list.")
		}
		if err := f.AddDataValidation(caseSheet, dv); err != nil {
			return err
		}
	}
	return nil
}

// multi reports whether a column may hold several values (or, for
// status, the values of two lists, a victim's and a suspect's).
func multi(column string) bool {
	switch column {
	case "prs_Citizenship", "status", "vic_MethodOfRecruitment", "vic_MethodsOfControl", "vic_TypeOfExploitation",
		"vic_TypeOfSexExploitation", "per_RoleInProcess":
		return true
	}
	return false
}

// about writes the sheet that says where the layout comes from.
func about(f *excelize.File) error {
	if _, err := f.NewSheet(aboutSheet); err != nil {
		return err
	}
	for i, line := range []string{
		"HTCDS 2.0, written by github.com/antitrafficking/rescue",
		"The layout and labels of IOM's HTCDS 2.0 toolkit: https://github.com/UNMigration/HTCDS (CC BY 4.0). Use of HTCDS does not suggest IOM endorsement.",
	} {
		if err := f.SetCellValue(aboutSheet, "A"+strconv.Itoa(i+1), line); err != nil {
			return err
		}
	}
	return nil
}

// Read reads the people of a workbook: of its sheet named "Case Sheet" (the
// toolkit's templates with dropdowns) if it has one, else of its first
// sheet (the plain template's "Sheet1"). It reads as
// [rescue.HTCDSReader.ReadAll] does, with a cell's stored value: a number
// as its digits, and a date in a date column — hte_Date, arrested, and
// the columns whose name ends in "Date" (prs_Birthdate, cas_…Date), which
// a spreadsheet stores as a number of days — as its ISO 8601 day; a whole
// number under 10000 there is a year. Workbooks written with Excel's 1904 date system
// are read in it.
//
// It reads at most opt.MaxBytes of r (rescue.MaxHTCDSBytes if 0), and
// refuses a workbook that unzips to more; otherwise its memory is that of
// excelize, which holds the workbook's files but streams the sheet's rows
// (a sheet over 16 MiB of XML goes to a temporary file). Errors of the
// workbook name htcdsxlsx.Read; those of its cells are
// rescue.HTCDSReader's ("HTCDSReader.ReadAll: row 3, column …").
func Read(r io.Reader, opt rescue.HTCDSOptions) ([]rescue.Victim, []rescue.Suspect, error) {
	limit := opt.MaxBytes
	if limit == 0 {
		limit = rescue.MaxHTCDSBytes
	}
	if limit < 0 {
		limit = math.MaxInt64
	}
	lr := &limitReader{r: r, left: limit}
	f, err := excelize.OpenReader(lr, excelize.Options{UnzipSizeLimit: limit, RawCellValue: true})
	if err != nil {
		var tooLarge *limitError
		if errors.As(err, &tooLarge) {
			return nil, nil, fmt.Errorf("htcdsxlsx.Read: more than %d bytes (HTCDSOptions.MaxBytes): %w", limit, rescue.ErrTooLarge)
		}
		if lr.err != nil {
			return nil, nil, fmt.Errorf("htcdsxlsx.Read: reading the input: %w", lr.err)
		}
		return nil, nil, fmt.Errorf("htcdsxlsx.Read: not a workbook: %v: %w", err, rescue.ErrSyntax)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, nil, fmt.Errorf("htcdsxlsx.Read: a workbook with no sheet: %w", rescue.ErrSyntax)
	}
	sheet := sheets[0]
	for _, s := range sheets {
		if s == caseSheet {
			sheet = s
		}
	}
	props, err := f.GetWorkbookProps()
	if err != nil {
		return nil, nil, fmt.Errorf("htcdsxlsx.Read: %v: %w", err, rescue.ErrSyntax)
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, nil, fmt.Errorf("htcdsxlsx.Read: sheet %q: %v: %w", sheet, err, rescue.ErrSyntax)
	}
	defer rows.Close()
	src := &rowSource{rows: rows, date1904: props.Date1904 != nil && *props.Date1904}
	return rescue.NewHTCDSRowReader(src, opt).ReadAll()
}

// rowSource gives a sheet's rows to an HTCDSReader, a day's number in a
// date column as its date.
type rowSource struct {
	rows     *excelize.Rows
	row      int
	date1904 bool
	dates    []int // the date columns
}

func (s *rowSource) Read() ([]string, error) {
	if !s.rows.Next() {
		if err := s.rows.Error(); err != nil {
			return nil, fmt.Errorf("sheet: %v: %w", err, rescue.ErrSyntax)
		}
		return nil, io.EOF
	}
	s.row++
	cells, err := s.rows.Columns()
	if err != nil {
		return nil, fmt.Errorf("row %d: %v: %w", s.row, err, rescue.ErrSyntax)
	}
	if s.row == 1 {
		for i, c := range cells {
			if isDateColumn(c) {
				s.dates = append(s.dates, i)
			}
		}
		return cells, nil
	}
	for _, i := range s.dates {
		if i < len(cells) {
			cells[i] = day(cells[i], s.date1904)
		}
	}
	return cells, nil
}

// isDateColumn reports whether a header names a column of dates: arrested
// (this library's own), or a field whose name ends in "Date" (hte_Date,
// prs_Birthdate, cas_IncomingReferralDate…), case and underscores aside.
func isDateColumn(name string) bool {
	key := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(name), "_", ""))
	return key == "arrested" || strings.HasSuffix(key, "date")
}

// day returns the ISO 8601 day of a spreadsheet's number of days, or the
// cell as it is if it is not one (text, as HTCDSReader reads it). A whole
// number of five digits or more is a day's number (10000 is 1927-05-18); one
// of four digits or fewer is left as it is, a year ("2023"), which is what
// it is when someone types it; a fraction (a time of day) is left too,
// and refused by the reader.
func day(cell string, date1904 bool) string {
	n, err := strconv.ParseFloat(cell, 64)
	if err != nil || n < 10000 || n > 2958465 || n != math.Trunc(n) { // 2958465: 9999-12-31
		return cell
	}
	t, err := excelize.ExcelDateToTime(n, date1904)
	if err != nil {
		return cell
	}
	return t.Format(time.DateOnly)
}

// limitReader fails once more than left bytes are read. It reads through
// readsome, so that a reader that gives nothing for ever fails (excelize
// reads with io.ReadAll, which would loop on it), and keeps the reader's
// error, so that Read can tell it from a workbook's.
type limitReader struct {
	r    io.Reader
	left int64
	err  error // the reader's error, other than io.EOF
}

type limitError struct{}

func (*limitError) Error() string { return "input too large" }

func (l *limitReader) Read(p []byte) (int, error) {
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := readsome.Read(l.r, p)
	l.left -= int64(n)
	if l.left < 0 {
		return 0, &limitError{}
	}
	if err != nil && err != io.EOF {
		l.err = err
	}
	return n, err
}
