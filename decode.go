package rescue

import (
	"errors"
	"io"
	"strconv"
	"strings"
)

// MaxOperationBytes is the most JSON [DecodeOperation] reads.
const MaxOperationBytes = 64 << 20

// ErrTooLarge reports JSON over [MaxOperationBytes], a list longer than
// [DecodeOptions] allow, or an operation with more problems than
// validation lists (1,000).
var ErrTooLarge = errors.New("input too large")

// The default limits of [DecodeOptions].
const (
	defaultMaxRecords = 1_000_000
	defaultMaxItems   = 1_000
)

// DecodeOptions are the limits [DecodeOptions.DecodeOperation] holds an
// operation to. The zero value gives the defaults, which [DecodeOperation]
// uses.
type DecodeOptions struct {
	// MaxRecords is the most entries each list of the operation itself
	// may hold: victims, suspects, evidence items, groups, sources, scheme
	// targets. Zero means 1,000,000.
	MaxRecords int
	// MaxItems is the most entries each list inside a record may hold: a
	// victim's control methods or other nationalities, a suspect's
	// charges, an evidence item's chain of custody. Zero means 1,000.
	MaxItems int
}

func (o DecodeOptions) maxRecords() int {
	if o.MaxRecords > 0 {
		return o.MaxRecords
	}
	return defaultMaxRecords
}

func (o DecodeOptions) maxItems() int {
	if o.MaxItems > 0 {
		return o.MaxItems
	}
	return defaultMaxItems
}

// DecodeOperation reads one operation as JSON (the form encoding/json
// writes for [Operation]) with the default [DecodeOptions], and validates
// it. See [DecodeOptions.DecodeOperation].
func DecodeOperation(r io.Reader) (*Operation, error) {
	return DecodeOptions{}.DecodeOperation(r)
}

// DecodeOperation reads one operation as JSON (the form encoding/json
// writes for [Operation]) and validates it.
//
// It is strict. Keys match field names exactly, once each: an unknown
// key, a key in another case ("ID") and a key given twice are errors, and
// so is anything after the operation. A list of codes is a JSON array of
// codes; a code, date, age, count or amount is the text its type writes,
// read by the type's UnmarshalText or UnmarshalJSON. Where encoding/json
// would put U+FFFD in place of what it cannot read, DecodeOperation
// refuses the input: invalid UTF-8, an escaped UTF-16 surrogate
// ("\ud800") that is not half of a pair, and a NUL ("\u0000" or raw) in
// any string.
//
// An error in the JSON is a [*JSONError] that says where it is
// ("victims[3].gender") and wraps [ErrSyntax] or the reason the value's
// type gave; its path is made of the operation's field names and list
// indexes only, never of the input's text, so that no name reaches it.
// A well-formed operation that fails [Operation.Validate] is returned with
// that error.
//
// A value its type refuses (a code, a date, an amount) stops nothing: the
// decoder reads on, and the error lists every value refused, each a
// *JSONError, with the problems of the records read without one (as
// Validate finds them: a missing ID, a duplicate one, an age out of
// order), in the order they come in the input, and last the error in the
// JSON's syntax that stopped it, if one did; one problem alone is
// returned as it is. No operation is returned then, and the problems
// between records (a reference to an ID, tallies that contradict each
// other) are for Validate once every value reads. A record with a value
// refused is not checked but for its ID, so that the zero value left in
// its place makes no problem of its own ("kind: required" after "kind":
// "Phone").
//
// It is bounded, in what it reads and in what it builds. It reads at most
// [MaxOperationBytes]; a list longer than o allows is refused when its
// entry past the limit begins, before that entry is built; and since
// it validates each record as it reads it, an operation is refused once
// more than 1,000 problems are found in it, without reading or building
// the rest. These errors wrap [ErrTooLarge]. Its memory is then the
// records it has built, the text of their strings (at most the size of
// the input), and a window of 32 KiB of the input (more only for a
// string longer than that); it keeps no copy of what it has read.
func (o DecodeOptions) DecodeOperation(r io.Reader) (*Operation, error) {
	d := newDecoder(r, o)
	op := new(Operation)
	ok := d.top(op)
	if ok {
		ok = d.finish()
	}
	var tooMany *tooManyProblems
	switch {
	case !ok && (d.refused == 0 || errors.As(d.err, &tooMany)):
		return nil, d.err
	case !ok || d.refused > 0:
		// The error of a refused value, and the others found with it.
		return nil, d.allProblems(d.err)
	}
	if err := op.Validate(); err != nil {
		return op, err
	}
	return op, nil
}

// JSONError is an error in an operation's JSON: a syntax error, a value
// of the wrong kind or one its type refuses, or a limit passed. Path is
// where it is, in the operation's field names and list indexes
// ("victims[3].gender"); a key that is not a field name is written
// "<key>", never quoted. Offset is the byte offset in the input of the
// value (or key) in error.
type JSONError struct {
	Path   string
	Offset int64
	Err    error
}

// Error returns "DecodeOperation: victims[3].gender: …"; the error of a
// value's own type is given without its function's name.
func (e *JSONError) Error() string {
	if e == nil {
		return "<nil>"
	}
	var b strings.Builder
	b.WriteString("DecodeOperation: ")
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	if e.Err == nil {
		b.WriteString("invalid JSON")
	} else {
		b.WriteString(errDetail(e.Err))
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *JSONError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// tooManyProblems is the error of an operation that DecodeOperation
// stopped reading because more than 1,000 problems were found in it: at
// says where it stopped (wrapping ErrTooLarge), and problems are the
// first 1,000 (*FieldErrors, and *JSONErrors of values refused), in the
// order they were found.
type tooManyProblems struct {
	at       *JSONError
	problems []error
}

// Error returns where decoding stopped, then the first ten problems one
// to a line, and how many more were found.
func (e *tooManyProblems) Error() string {
	if e == nil {
		return "<nil>"
	}
	var b strings.Builder
	b.WriteString(e.at.Error())
	for i, p := range e.problems {
		if i == shownErrors {
			b.WriteString("\nand ")
			b.WriteString(strconv.Itoa(len(e.problems) - shownErrors))
			b.WriteString(" more problems before it")
			break
		}
		b.WriteByte('\n')
		b.WriteString(p.Error())
	}
	return b.String()
}

// Unwrap returns at and the problems, for errors.Is and errors.As.
func (e *tooManyProblems) Unwrap() []error {
	if e == nil {
		return nil
	}
	return append([]error{e.at}, e.problems...)
}
