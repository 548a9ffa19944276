package rescue

import (
	"fmt"
	"hash/maphash"
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

// Error returns "and 500 more problems".
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
	v.addCount(trigger.field("people"), op.Trigger.People)

	// IDs are unique across the kinds of entity, since evidence may refer
	// to a victim or a suspect by ID alone.
	var ids idIndex
	ids.init(op)
	claim := func(p path, id string, e int) {
		if id == "" {
			v.add(p.field("id"), ErrRequired)
			return
		}
		if !ids.claim(id, e) {
			addf1(v, p.field("id"), ErrDuplicateID, "%q", id)
		}
	}
	e := 0
	for i := range op.Groups {
		claim(root.elem("groups", i), op.Groups[i].ID, e)
		e++
	}
	for i := range op.Victims {
		claim(root.elem("victims", i), op.Victims[i].ID, e)
		e++
	}
	for i := range op.Suspects {
		claim(root.elem("suspects", i), op.Suspects[i].ID, e)
		e++
	}
	for i := range op.Evidence {
		claim(root.elem("evidence", i), op.Evidence[i].ID, e)
		e++
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
		if s.Group != "" && ids.kind(s.Group) != idGroup {
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
			if k := ids.kind(e.TakenFrom); k != idVictim && k != idSuspect {
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

// The kinds of entity an ID may name.
const (
	idNone byte = iota
	idGroup
	idVictim
	idSuspect
	idEvidence
)

// idIndex is a set of the operation's IDs: an open-addressing hash table
// of entity numbers (groups, then victims, suspects and evidence, in
// order) in one slice, so that checking N IDs costs one allocation rather
// than the many a map of N strings grows by. Each slot also holds the top
// half of its ID's hash, so that a probe reads another entity's ID only
// when that half matches: on a large operation, reading it is a cache
// miss.
type idIndex struct {
	op    *Operation
	seed  maphash.Seed
	slots []uint64 // 0: empty; otherwise hash>>32<<32 | 1 + an entity number
	mask  uint64
}

func (x *idIndex) init(op *Operation) {
	n := len(op.Groups) + len(op.Victims) + len(op.Suspects) + len(op.Evidence)
	size := 8
	for size < 2*n { // at most half full, so probes stay short
		size <<= 1
	}
	*x = idIndex{op: op, seed: maphash.MakeSeed(), slots: make([]uint64, size), mask: uint64(size - 1)}
}

// entity returns the ID and kind of entity number e.
func (x *idIndex) entity(e int) (string, byte) {
	op := x.op
	if e < len(op.Groups) {
		return op.Groups[e].ID, idGroup
	}
	e -= len(op.Groups)
	if e < len(op.Victims) {
		return op.Victims[e].ID, idVictim
	}
	e -= len(op.Victims)
	if e < len(op.Suspects) {
		return op.Suspects[e].ID, idSuspect
	}
	return op.Evidence[e-len(op.Suspects)].ID, idEvidence
}

// find returns the slot that holds id, or the empty slot where it would
// go, and the kind of the entity that has it (idNone if none has).
func (x *idIndex) find(id string) (slot uint64, tag uint64, kind byte) {
	h := maphash.String(x.seed, id)
	tag = h &^ (1<<32 - 1)
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		s := x.slots[i]
		if s == 0 {
			return i, tag, idNone
		}
		if s&^(1<<32-1) == tag {
			if other, k := x.entity(int(s&(1<<32-1)) - 1); other == id {
				return i, tag, k
			}
		}
	}
}

// claim records id as entity e's; it reports false, recording nothing,
// when an earlier entity has it.
func (x *idIndex) claim(id string, e int) bool {
	i, tag, k := x.find(id)
	if k != idNone {
		return false
	}
	x.slots[i] = tag | uint64(e+1)
	return true
}

// kind returns the kind of the entity that has id, or idNone.
func (x *idIndex) kind(id string) byte {
	_, _, k := x.find(id)
	return k
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
	v.addCount(p.field("quantity"), e.Quantity)
	cash := p.field("cash")
	switch {
	case e.Kind == Cash && e.Cash.IsZero():
		v.addf(cash, ErrRequired, "cash evidence needs its amount")
	case e.Kind == Cash:
		if err := e.Cash.Validate(); err != nil {
			v.addAll(cash, err)
		}
		if e.Cash.Amount.Sign() < 0 {
			addf1(v, cash.field("amount"), ErrNegative, "%s", e.Cash.Amount)
		}
		for i, eq := range e.Cash.Equivalents {
			if eq.Amount.Sign() < 0 {
				addf1(v, cash.elem("equivalents", i), ErrNegative, "%s", eq.Amount)
			}
		}
	case !e.Cash.IsZero():
		addf1(v, cash, ErrInvalid, "only cash evidence carries an amount (this is %s)", e.Kind)
	}
	// latest is the latest time of the events so far: an event is out of
	// order if it comes before any event above it, not only the one just
	// above (which may have no time). end is the first Returned, Released
	// or Destroyed: every event after it is a problem.
	var latest time.Time
	var end CustodyAction
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
		if !ev.At.IsZero() {
			if !latest.IsZero() && ev.At.Before(latest) {
				addf2(v, cp.field("at"), ErrOutOfOrder, "%s is before an event above it (%s)",
					validRFC3339(ev.At), validRFC3339(latest))
			} else {
				latest = ev.At
			}
		}
		if end != 0 {
			addf2(v, cp.field("action"), ErrOutOfOrder, "%s after the item was %s", ev.Action, end)
		}
		if ev.Action == Transferred && ev.To == "" {
			v.addf(cp.field("to"), ErrRequired, "a transfer names who received the item")
		}
		if end == 0 && (ev.Action == Returned || ev.Action == Released || ev.Action == Destroyed) {
			end = ev.Action
		}
	}
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
