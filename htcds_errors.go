package rescue

import (
	"errors"
	"strconv"
	"strings"
)

// CellError reports a cell of an HTCDS file that cannot be read: its row
// (the header is row 1, as a spreadsheet numbers rows; a row of a CSV file
// is a record, which may span lines), its column's name as the header
// spells it (for a cell of the header, or of a column with no header, its
// position counted from 1), and why. Err wraps a sentinel ([ErrInvalid],
// [ErrRequired], [ErrSyntax], [ErrRange], [ErrUnknownCountry],
// [ErrAmbiguous]…); where it quotes the cell it is a [*ParseError]. The
// cell of a name, or of a column the reader skips, is never quoted.
type CellError struct {
	Row    int
	Column string
	Err    error
}

// Error returns `row 3, column vic_MethodsOfControl: "X": not a
// vic_MethodsOfControl code or label: invalid`. The function that read the
// file is named by the error that holds the CellError.
func (e *CellError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := "row " + strconv.Itoa(e.Row) + ", column " + e.Column
	if e.Err != nil {
		s += ": " + htcdsDetail(e.Err)
	}
	return s
}

// Unwrap returns the reason.
func (e *CellError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// htcdsDetail prints err without the name of the function that made it:
// a [*ParseError] as `"X": what was wrong: invalid`, as the contract's
// errDetail will.
func htcdsDetail(err error) string {
	var pe *ParseError
	if errors.As(err, &pe) && pe == err {
		s := quoteInput(pe.Input)
		if pe.Msg != "" {
			s += ": " + pe.Msg
		}
		if pe.Err != nil {
			s += ": " + strings.ReplaceAll(pe.Err.Error(), "\n", "; ")
		}
		return s
	}
	return err.Error()
}

// htcdsProblems collects the problems of a file, bounded as
// [Operation.Validate] bounds them: past 1,000, problems are counted, not
// kept.
type htcdsProblems struct {
	errs []error
	more int
}

// full reports whether no more problems are kept, and if so counts the
// one its caller found, so that the caller does not build it.
func (p *htcdsProblems) full() bool {
	if len(p.errs) >= maxFieldErrors {
		p.more++
		return true
	}
	return false
}

func (p *htcdsProblems) add(err error) {
	if !p.full() {
		p.errs = append(p.errs, err)
	}
}

// err returns the problems as one error naming fn, or nil.
func (p *htcdsProblems) err(fn string) error {
	if len(p.errs) == 0 {
		return nil
	}
	errs := p.errs
	if p.more > 0 {
		errs = append(errs, &MoreErrors{p.more})
	}
	return &htcdsErrors{fn: fn, errs: errs, total: len(p.errs) + p.more}
}

// htcdsErrors is the error of a reader: like the error of Validate, its
// Unwrap gives every problem kept (and a [*MoreErrors] after them), and
// its text names the first ten, each on a line naming the function.
type htcdsErrors struct {
	fn    string
	errs  []error
	total int
}

func (e *htcdsErrors) Error() string {
	var b strings.Builder
	for i, err := range e.errs {
		if i == shownErrors && e.total > shownErrors {
			b.WriteString("\n" + e.fn + ": and " + strconv.Itoa(e.total-shownErrors) + " more problems")
			break
		}
		if _, ok := err.(*MoreErrors); ok {
			continue
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.fn)
		b.WriteString(": ")
		b.WriteString(err.Error())
	}
	return b.String()
}

func (e *htcdsErrors) Unwrap() []error { return e.errs }

// htcdsSimilar returns the known field name closest to name, if it is at
// most two edits away once case and punctuation are set aside; else the
// one field whose label name is, or whose name is name's with another
// prefix; else "".
func htcdsSimilar(name string) string {
	var buf [64]byte
	if len(name) > len(buf) {
		return ""
	}
	key := htcdsFoldName(buf[:0], name)
	best, bestD := "", 3
	for i := range htcdsFields {
		var fb [64]byte
		d := htcdsEditDistance(key, htcdsFoldName(fb[:0], htcdsFields[i].name), bestD)
		if d < bestD {
			best, bestD = htcdsFields[i].name, d
		}
	}
	if best != "" {
		return best
	}
	// A label for a name ("Gender", the templates' visible row), or a
	// name with another prefix ("vic_Gender" for "prs_Gender"): the one
	// field it can be.
	_, suffix, prefixed := strings.Cut(name, "_")
	var sb [64]byte
	suffixKey := htcdsFoldName(sb[:0], suffix)
	found := ""
	for i := range htcdsFields {
		f := &htcdsFields[i]
		var lb, fb [64]byte
		_, fs, _ := strings.Cut(f.name, "_")
		if string(htcdsFoldName(lb[:0], f.label)) == string(key) ||
			prefixed && len(suffixKey) > 2 && string(htcdsFoldName(fb[:0], fs)) == string(suffixKey) {
			if found != "" && found != f.name {
				return "" // two fields: no suggestion
			}
			found = f.name
		}
	}
	return found
}

// htcdsEditDistance returns the Levenshtein distance of a and b, or limit
// if it is at least limit.
func htcdsEditDistance(a, b []byte, limit int) int {
	if len(a)-len(b) >= limit || len(b)-len(a) >= limit || len(b) >= 64 {
		return limit
	}
	var pa, ca [65]int
	prev, cur := pa[:len(b)+1], ca[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], limit)
}
