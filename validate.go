package rescue

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// maxFieldErrors bounds what one validation keeps: past it, the rest are
// only counted, so validating a hostile record stays cheap.
const maxFieldErrors = 1000

// validator collects the problems of one value. Paths are built only when
// a problem is found, so validating a valid record allocates nothing.
type validator struct {
	errs    []error
	dropped int
}

// path is a field's place as a chain of JSON names, turned into text
// ("victims[3].recruitment.when") only for an error.
type path struct {
	parent *path
	name   string
	index  int // >= 0: an element of the slice named name
}

func (p *path) field(name string) path       { return path{parent: p, name: name, index: -1} }
func (p *path) elem(name string, i int) path { return path{parent: p, name: name, index: i} }

func (p *path) String() string { return string(p.appendTo(nil)) }

// appendTo writes the path by recursion rather than into a slice of
// pointers, so that the compiler keeps paths on the stack.
func (p *path) appendTo(b []byte) []byte {
	if p == nil {
		return b
	}
	b = p.parent.appendTo(b)
	if p.name == "" {
		return b
	}
	if len(b) > 0 {
		b = append(b, '.')
	}
	b = append(b, p.name...)
	if p.index >= 0 {
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(p.index), 10)
		b = append(b, ']')
	}
	return b
}

func (v *validator) add(p path, err error) {
	if v.full() {
		return
	}
	v.errs = append(v.errs, &FieldError{Path: p.String(), Err: err})
}

// addAll adds err at p; a [*FieldError] from a value's own Validate, or a
// join of them, is added at its path below p ("cash.equivalents[1]"), so
// that every problem is one FieldError with its full path.
func (v *validator) addAll(p path, err error) {
	switch e := err.(type) {
	case interface{ Unwrap() []error }:
		for _, e := range e.Unwrap() {
			v.addAll(p, e)
		}
	case *FieldError:
		v.add(p.field(e.Path), e.Err)
	default:
		v.add(p, err)
	}
}

// addf adds a problem described by a constant format with no arguments.
func (v *validator) addf(p path, sentinel error, format string) {
	if v.full() {
		return
	}
	v.add(p, fmt.Errorf(format+": %w", sentinel))
}

// addf1 and addf2 add a problem described with one or two arguments. They
// are generic, not variadic, so that an argument is boxed for fmt only
// once the problem is kept: a million duplicate IDs allocate nothing past
// the first 1,000.
func addf1[A any](v *validator, p path, sentinel error, format string, a A) {
	if v.full() {
		return
	}
	v.add(p, fmt.Errorf(format+": %w", a, sentinel))
}

func addf2[A, B any](v *validator, p path, sentinel error, format string, a A, b B) {
	if v.full() {
		return
	}
	v.add(p, fmt.Errorf(format+": %w", a, b, sentinel))
}

func addf3[A, B, C any](v *validator, p path, sentinel error, format string, a A, b B, c C) {
	if v.full() {
		return
	}
	v.add(p, fmt.Errorf(format+": %w", a, b, c, sentinel))
}

// addCount adds the problem of [Count.Validate], if c has one, building
// the error only if it is kept.
func (v *validator) addCount(p path, c Count) {
	if _, sentinel := c.problem(); sentinel == nil || v.full() {
		return
	}
	v.add(p, c.Validate())
}

// full reports whether the validator keeps no more problems, and if so
// counts the one its caller found.
func (v *validator) full() bool {
	if len(v.errs) >= maxFieldErrors {
		v.dropped++
		return true
	}
	return false
}

// MoreErrors stands at the end of a validation error that found more than
// 1,000 problems: it says how many more there were.
type MoreErrors struct{ N int }

// Error returns "and 500 more problems"; a nil *MoreErrors says "and more
// problems".
func (e *MoreErrors) Error() string {
	if e == nil {
		return "and more problems"
	}
	return "and " + strconv.Itoa(e.N) + " more problems"
}

// shownErrors is how many problems the text of a validation error names.
const shownErrors = 10

// validationErrors is the error Validate returns: like [errors.Join], its
// Unwrap gives every [*FieldError] kept (and the [*MoreErrors] after them),
// so [errors.Is] and [errors.As] see them all; but its text names only the
// first ten and says how many more there are, so that a record with a
// million problems does not make a message of a million lines.
type validationErrors struct {
	errs  []error // the *FieldErrors, then a *MoreErrors if some were dropped
	total int     // every problem found, kept or dropped
}

// Error returns the problems one to a line, as errors.Join does: all of
// them up to ten, else the first ten and "and N more problems".
func (e *validationErrors) Error() string {
	var b strings.Builder
	for i, err := range e.errs {
		if i == shownErrors && e.total > shownErrors {
			b.WriteString("\nand ")
			b.WriteString(strconv.Itoa(e.total - shownErrors))
			b.WriteString(" more problems")
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(err.Error())
	}
	return b.String()
}

// Unwrap returns every problem kept, for errors.Is and errors.As.
func (e *validationErrors) Unwrap() []error { return e.errs }

func (v *validator) err() error {
	if len(v.errs) == 0 {
		return nil
	}
	errs := v.errs
	if v.dropped > 0 {
		errs = append(errs, &MoreErrors{v.dropped})
	}
	return &validationErrors{errs: errs, total: len(v.errs) + v.dropped}
}

// code is what every vocabulary type has: validity and its code.
type code interface {
	comparable
	IsValid() bool
	String() string
}

func checkCode[T code](v *validator, p path, name string, c T) {
	var zero T
	if c != zero && !c.IsValid() {
		addf1(v, p.field(name), ErrInvalid, "%s", c)
	}
}

func checkCodes[T code](v *validator, p path, name string, cs []T) {
	var zero T
	for i, c := range cs {
		if c == zero {
			v.addf(p.elem(name, i), ErrRequired, "an empty code in a list")
		} else if !c.IsValid() {
			addf1(v, p.elem(name, i), ErrInvalid, "%s", c)
		}
	}
}

// validRFC3339 prints a time as 2006-01-02T15:04:05Z07:00, formatted only
// if the problem it describes is kept.
type validRFC3339 time.Time

func (t validRFC3339) String() string { return time.Time(t).Format(time.RFC3339) }
