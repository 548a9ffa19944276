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

func (e *MoreErrors) Error() string { return "and " + strconv.Itoa(e.N) + " more problems" }

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

// Validate reports every problem of the operation at once: nil, or an
// error joining [*FieldError]s whose Path is the field's place in JSON
// names ("victims[3].nationality", "evidence[0].custody[2].at") and whose
// Err wraps a sentinel ([ErrRequired], [ErrInvalid], [ErrDuplicateID],
// [ErrNegative], [ErrOutOfOrder], [ErrCurrencyMismatch],
// [ErrUnknownReference]). It checks:
//
//   - the operation, and every group, victim, suspect and evidence item, has
//     an ID, and no ID is used twice among them;
//   - a suspect's Group names a group of the operation, and evidence's
//     TakenFrom a victim or suspect of it;
//   - the operation's period is in order; no recruitment after the
//     operation ended; no arrest before it started;
//   - every rule of [Victim.Validate], [Suspect.Validate] and
//     [Evidence.Validate].
//
// Past 1,000 problems the rest are counted, not listed ([MoreErrors]),
// so a hostile record costs no more than that; the error's text names the
// first ten problems and says how many more there are, and all those kept
// stay reachable through errors.As and Unwrap() []error. No message ever
// holds a person's name.
func (op *Operation) Validate() error {
	var v validator
	op.validate(&v)
	return v.err()
}

func (op *Operation) validate(v *validator) {
	var root path
	if op.ID == "" {
		v.add(root.field("id"), ErrRequired)
	}
	if err := op.When.Validate(); err != nil {
		v.add(root.field("when"), err)
	}
	trigger := root.field("trigger")
	checkCode(v, trigger, "kind", op.Trigger.Kind)
	if op.Trigger.People.N < 0 {
		addf1(v, trigger.field("people"), ErrNegative, "%d people", op.Trigger.People.N)
	}

	// IDs are unique across the kinds of entity, since evidence may refer
	// to a victim or a suspect by ID alone.
	kinds := make(map[string]byte, len(op.Groups)+len(op.Victims)+len(op.Suspects)+len(op.Evidence))
	claim := func(p path, id string, kind byte) {
		if id == "" {
			v.add(p.field("id"), ErrRequired)
			return
		}
		if _, dup := kinds[id]; dup {
			addf1(v, p.field("id"), ErrDuplicateID, "%q", id)
			return
		}
		kinds[id] = kind
	}
	const (
		kindGroup    = 'g'
		kindVictim   = 'v'
		kindSuspect  = 's'
		kindEvidence = 'e'
	)
	for i := range op.Groups {
		claim(root.elem("groups", i), op.Groups[i].ID, kindGroup)
	}
	for i := range op.Victims {
		claim(root.elem("victims", i), op.Victims[i].ID, kindVictim)
	}
	for i := range op.Suspects {
		claim(root.elem("suspects", i), op.Suspects[i].ID, kindSuspect)
	}
	for i := range op.Evidence {
		claim(root.elem("evidence", i), op.Evidence[i].ID, kindEvidence)
	}

	ended, started := op.When.Latest(), op.When.Earliest()
	for i := range op.Victims {
		p := root.elem("victims", i)
		vic := &op.Victims[i]
		vic.validate(v, p)
		if w := vic.Recruitment.When; !w.IsZero() && !op.When.End.IsZero() && w.Earliest().After(ended) {
			r := p.field("recruitment")
			addf2(v, r.field("when"), ErrOutOfOrder, "recruited %s, after the operation ended %s", w, op.When.End)
		}
	}
	for i := range op.Suspects {
		p := root.elem("suspects", i)
		s := &op.Suspects[i]
		s.validate(v, p)
		if s.Group != "" && kinds[s.Group] != kindGroup {
			addf1(v, p.field("group"), ErrUnknownReference, "no group %q in the operation", s.Group)
		}
		if a := s.Arrested; !a.IsZero() && !op.When.Start.IsZero() && a.Latest().Before(started) {
			addf2(v, p.field("arrested"), ErrOutOfOrder, "arrested %s, before the operation started %s", a, op.When.Start)
		}
	}
	for i := range op.Evidence {
		p := root.elem("evidence", i)
		e := &op.Evidence[i]
		e.validate(v, p)
		if e.TakenFrom != "" {
			if k := kinds[e.TakenFrom]; k != kindVictim && k != kindSuspect {
				addf1(v, p.field("takenFrom"), ErrUnknownReference, "no victim or suspect %q in the operation", e.TakenFrom)
			}
		}
	}
	for i, c := range op.SchemeTargets {
		if !c.IsValid() {
			v.add(root.elem("schemeTargets", i), ErrRequired)
		}
	}
}

// Validate reports every problem of the victim on its own: the paths are
// relative to it ("recruitment.when"). It checks that the ID is there,
// every code is one its vocabulary knows, a repatriation comes no earlier
// than the first consular contact, and a Repatriated victim has a
// destination.
func (vic *Victim) Validate() error {
	var v validator
	vic.validate(&v, path{})
	return v.err()
}

func (vic *Victim) validate(v *validator, p path) {
	if vic.ID == "" && p.parent == nil {
		v.add(p.field("id"), ErrRequired)
	}
	checkCode(v, p, "gender", vic.Gender)
	checkCode(v, p, "traffickingStatus", vic.TraffickingStatus)
	checkCode(v, p, "status", vic.Status)
	checkCode(v, p, "labourSector", vic.LabourSector)
	checkCode(v, p, "recruiterRelation", vic.RecruiterRelation)
	checkCodes(v, p, "controls", vic.Controls)
	checkCodes(v, p, "exploitation", vic.Exploitation)
	checkCodes(v, p, "sexExploitation", vic.SexExploitation)
	r := p.field("recruitment")
	checkCodes(v, r, "methods", vic.Recruitment.Methods)
	for i, n := range vic.OtherNationalities {
		if !n.IsValid() {
			v.add(p.elem("otherNationalities", i), ErrRequired)
		}
	}
	rep := p.field("repatriation")
	checkCode(v, rep, "status", vic.Repatriation.Status)
	if w, c := vic.Repatriation.When, vic.ConsularContact; !w.IsZero() && !c.IsZero() && w.Latest().Before(c.Earliest()) {
		addf2(v, rep.field("when"), ErrOutOfOrder, "repatriated %s, before consular contact %s", w, c)
	}
	if vic.Status == Repatriated && !vic.Repatriation.To.IsValid() {
		v.addf(rep.field("to"), ErrRequired, "a repatriated victim needs a destination")
	}
}

// Validate reports every problem of the suspect on its own: the ID is
// there and every code is one its vocabulary knows.
func (s *Suspect) Validate() error {
	var v validator
	s.validate(&v, path{})
	return v.err()
}

func (s *Suspect) validate(v *validator, p path) {
	if s.ID == "" && p.parent == nil {
		v.add(p.field("id"), ErrRequired)
	}
	checkCode(v, p, "gender", s.Gender)
	checkCodes(v, p, "roles", s.Roles)
	for i, n := range s.OtherNationalities {
		if !n.IsValid() {
			v.add(p.elem("otherNationalities", i), ErrRequired)
		}
	}
}

// Validate reports every problem of the evidence item on its own: the ID
// and kind are there; Cash has a valid, non-negative amount (and
// non-negative equivalents in other currencies) and nothing else has cash;
// the quantity is not negative; and the chain of custody is in time order,
// opens with Seized, has nothing after Returned, Released or Destroyed,
// and names who received each Transferred item.
func (e *Evidence) Validate() error {
	var v validator
	e.validate(&v, path{})
	return v.err()
}

func (e *Evidence) validate(v *validator, p path) {
	if e.ID == "" && p.parent == nil {
		v.add(p.field("id"), ErrRequired)
	}
	if e.Kind == 0 {
		v.add(p.field("kind"), ErrRequired)
	}
	checkCode(v, p, "kind", e.Kind)
	if e.Quantity.N < 0 {
		addf1(v, p.field("quantity"), ErrNegative, "%d items", e.Quantity.N)
	}
	cash := p.field("cash")
	switch {
	case e.Kind == Cash && e.Cash.IsZero():
		v.addf(cash, ErrRequired, "cash evidence needs its amount")
	case e.Kind == Cash:
		if err := e.Cash.Validate(); err != nil {
			v.add(cash, err)
		}
		if e.Cash.Value.Sign() < 0 {
			addf1(v, cash.field("value"), ErrNegative, "%s", e.Cash.Value)
		}
		for i, eq := range e.Cash.Equivalents {
			if eq.Sign() < 0 {
				addf1(v, cash.elem("equivalents", i), ErrNegative, "%s", eq)
			}
		}
	case !e.Cash.IsZero():
		addf1(v, cash, ErrInvalid, "only cash evidence carries an amount (this is %s)", e.Kind)
	}
	var last CustodyEvent
	for i := range e.Custody {
		ev := &e.Custody[i]
		cp := p.elem("custody", i)
		if ev.At.IsZero() {
			v.add(cp.field("at"), ErrRequired)
		}
		switch {
		case ev.Action == 0:
			v.add(cp.field("action"), ErrRequired)
		case !ev.Action.IsValid():
			addf1(v, cp.field("action"), ErrInvalid, "%s", ev.Action)
		}
		if i == 0 && ev.Action != Seized && ev.Action != 0 {
			addf1(v, cp.field("action"), ErrInvalid, "the chain of custody opens with Seized, not %s", ev.Action)
		}
		if i > 0 {
			if !ev.At.IsZero() && !last.At.IsZero() && ev.At.Before(last.At) {
				addf2(v, cp.field("at"), ErrOutOfOrder, "%s is before the event above it (%s)",
					validRFC3339(ev.At), validRFC3339(last.At))
			}
			if last.Action == Returned || last.Action == Released || last.Action == Destroyed {
				addf2(v, cp.field("action"), ErrOutOfOrder, "%s after the item was %s", ev.Action, last.Action)
			}
		}
		if ev.Action == Transferred && ev.To == "" {
			v.addf(cp.field("to"), ErrRequired, "a transfer names who received the item")
		}
		last = *ev
	}
}

// validRFC3339 prints a time as 2006-01-02T15:04:05Z07:00, formatted only
// if the problem it describes is kept.
type validRFC3339 time.Time

func (t validRFC3339) String() string { return time.Time(t).Format(time.RFC3339) }

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
