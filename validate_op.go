package rescue

import (
	"errors"
	"hash/maphash"
	"time"
)

// errNil is what Validate reports for a nil record.
var errNil = errors.New("nil")

// Validate reports every problem of the operation at once: nil, or an
// error joining [*FieldError]s whose Path is the field's place in JSON
// names ("victims[3].nationality", "evidence[0].custody[2].at") and whose
// Err wraps a sentinel ([ErrRequired], [ErrInvalid], [ErrDuplicateID],
// [ErrNegative], [ErrOutOfOrder], [ErrCurrencyMismatch],
// [ErrUnknownReference], [ErrRange]). It checks:
//
//   - the operation, and every group, victim, suspect and evidence item, has
//     an ID; no ID is used twice among them and the places' IDs; every ID
//     and every free text keeps the package's rules (at most [MaxIDBytes]
//     or [MaxTextBytes], UTF-8, no control characters);
//   - references name what they should: a suspect's Group a group, Site
//     fields a place, evidence's TakenFrom a victim or suspect, a victim's
//     Recruiters and Exploiters suspects, a tally's Source a source's URL;
//   - the operation's period is in order; no recruitment after the
//     operation ended; no arrest in it (status Arrested) before it started;
//   - every rule of [Victim.Validate], [Suspect.Validate],
//     [Evidence.Validate] and the tallies' rules:
//   - a tally counts victims or suspects, with a status of its own kind and
//     only the fields that describe its kind of people; within one source,
//     a narrower tally cannot exceed a wider one (109 Thais cannot be more
//     than "at most 100 victims"), a breakdown along one dimension cannot
//     add up to more than the tally it breaks down, and the individual
//     records cannot be more than a tally allows (45 victim records against
//     "44 victims" is an error; 10 against "more than 200" is not). Tallies
//     of different sources may disagree: both are kept.
//
// Past 1,000 problems the rest are counted, not listed ([MoreErrors]), so
// a hostile record costs no more than that; the error's text names the
// first ten problems and says how many more there are, and all those kept
// stay reachable through errors.As and Unwrap() []error. No message ever
// holds personal data. Validate of a nil *Operation is an error wrapping
// [ErrRequired].
func (op *Operation) Validate() error {
	if op == nil {
		return &FieldError{Err: errors.Join(errNil, ErrRequired)}
	}
	var v validator
	op.validate(&v)
	return v.err()
}

func (op *Operation) validate(v *validator) {
	var root path
	if op.ID == "" {
		v.add(root.field("id"), ErrRequired)
	} else {
		v.id(root.field("id"), op.ID)
	}
	v.text(root.field("name"), op.Name)
	if err := op.When.Validate(); err != nil {
		v.add(root.field("when"), err)
	}
	for i := range op.Agencies {
		a := &op.Agencies[i]
		p := root.elem("agencies", i)
		if *a == (Agency{}) {
			v.addf(p, ErrRequired, "an agency that records nothing")
		}
		checkCode(v, p, "part", a.Part)
		v.text(p.field("name"), a.Name)
		v.text(p.field("unit"), a.Unit)
	}
	lead := root.field("lead")
	v.text(lead.field("name"), op.Lead.Name)
	v.text(lead.field("rank"), op.Lead.Rank)
	v.text(lead.field("title"), op.Lead.Title)
	for i := range op.Triggers {
		t := &op.Triggers[i]
		p := root.elem("triggers", i)
		if *t == (Trigger{}) {
			v.addf(p, ErrRequired, "a trigger that records nothing")
		}
		checkCode(v, p, "kind", t.Kind)
		v.addCount(p.field("people"), t.People)
		v.text(p.field("note"), string(t.Note))
	}
	for i := range op.Groups {
		gp := root.elem("groups", i)
		v.text(gp.field("name"), op.Groups[i].Name)
	}
	for i := range op.Places {
		p := root.elem("places", i)
		if op.Places[i].IsZero() {
			v.addf(p, ErrRequired, "a place that records nothing")
		}
		op.Places[i].validate(v, p)
	}
	for i := range op.Sources {
		s := &op.Sources[i]
		p := root.elem("sources", i)
		if *s == (Source{}) {
			v.addf(p, ErrRequired, "a source that records nothing")
		}
		v.text(p.field("url"), s.URL)
		v.text(p.field("publisher"), s.Publisher)
		v.text(p.field("title"), s.Title)
	}
	v.text(root.field("scheme"), op.Scheme)

	// IDs are unique across the kinds of entity, since a reference may
	// name a victim or a suspect by ID alone.
	var ids idIndex
	ids.init(op)
	claim := func(p path, id string, e int, required bool) {
		if id == "" {
			if required {
				v.add(p.field("id"), ErrRequired)
			}
			return
		}
		if !ids.claim(id, e) {
			addf1(v, p.field("id"), ErrDuplicateID, "%q", id)
		}
	}
	for i := range op.Groups {
		if id := op.Groups[i].ID; id != "" {
			gp := root.elem("groups", i)
			v.id(gp.field("id"), id)
		}
	}
	e := 0
	for i := range op.Groups {
		claim(root.elem("groups", i), op.Groups[i].ID, e, true)
		e++
	}
	for i := range op.Places {
		claim(root.elem("places", i), op.Places[i].ID, e, false)
		e++
	}
	for i := range op.Victims {
		claim(root.elem("victims", i), op.Victims[i].ID, e, true)
		e++
	}
	for i := range op.Suspects {
		claim(root.elem("suspects", i), op.Suspects[i].ID, e, true)
		e++
	}
	for i := range op.Evidence {
		claim(root.elem("evidence", i), op.Evidence[i].ID, e, true)
		e++
	}
	ref := func(p path, id string, want byte, what string) {
		if id == "" {
			return
		}
		if ids.kind(id) != want {
			addf2(v, p, ErrUnknownReference, "no %s %q in the operation", what, id)
		}
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
		for j, id := range vic.Recruiters {
			ref(p.elem("recruiters", j), id, idSuspect, "suspect")
		}
		for j, id := range vic.Exploiters {
			ref(p.elem("exploiters", j), id, idSuspect, "suspect")
		}
	}
	for i := range op.Suspects {
		p := root.elem("suspects", i)
		s := &op.Suspects[i]
		s.validate(v, p)
		ref(p.field("group"), s.Group, idGroup, "group")
		ref(p.field("site"), s.Site, idPlace, "place")
		if a := s.Arrested; s.Status == Arrested && !a.IsZero() && !op.When.Start.IsZero() &&
			!a.Latest().IsZero() && a.Latest().Before(started) {
			addf2(v, p.field("arrested"), ErrOutOfOrder, "arrested %s, before the operation started %s (a suspect arrested earlier is InCustody)", a, op.When.Start)
		}
	}
	for i := range op.Evidence {
		p := root.elem("evidence", i)
		ev := &op.Evidence[i]
		ev.validate(v, p)
		if ev.TakenFrom != "" {
			if k := ids.kind(ev.TakenFrom); k != idVictim && k != idSuspect {
				addf1(v, p.field("takenFrom"), ErrUnknownReference, "no victim or suspect %q in the operation", ev.TakenFrom)
			}
		}
		ref(p.field("site"), ev.Site, idPlace, "place")
		for j := range ev.Custody {
			cp := p.elem("custody", j)
			ref(cp.field("site"), ev.Custody[j].Site, idPlace, "place")
		}
	}
	op.validateTallies(v, &ids)
	for i, c := range op.SchemeTargets {
		if !c.IsValid() {
			v.add(root.elem("schemeTargets", i), ErrRequired)
		}
	}
}

// validate checks a place of the operation: its ID, when it has one, and
// its text.
func (pl *Place) validate(v *validator, p path) {
	if pl.ID != "" {
		v.id(p.field("id"), pl.ID)
	}
	v.text(p.field("locality"), pl.Locality)
	v.text(p.field("area"), string(pl.Area))
	v.text(p.field("region"), pl.Region)
}

// The kinds of entity an ID may name.
const (
	idNone byte = iota
	idGroup
	idPlace
	idVictim
	idSuspect
	idEvidence
)

// idIndex is a set of the operation's IDs: an open-addressing hash table
// of entity numbers (groups, places, then victims, suspects and evidence,
// in order) in one slice, so that checking N IDs costs one allocation
// rather than the many a map of N strings grows by. Each slot also holds
// the top half of its ID's hash, so that a probe reads another entity's ID
// only when that half matches: on a large operation, reading it is a cache
// miss.
type idIndex struct {
	op    *Operation
	seed  maphash.Seed
	slots []uint64 // 0: empty; otherwise hash>>32<<32 | 1 + an entity number
	mask  uint64
}

func (x *idIndex) init(op *Operation) {
	n := len(op.Groups) + len(op.Places) + len(op.Victims) + len(op.Suspects) + len(op.Evidence)
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
	if e < len(op.Places) {
		return op.Places[e].ID, idPlace
	}
	e -= len(op.Places)
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
// relative to it ("recruitment.when"). It checks that the ID is there and
// keeps the rules for IDs, the name and the promise keep the rules for
// text, every code is one its vocabulary knows, a repatriation comes no
// earlier than the first consular contact, and a Repatriated victim has a
// destination. References to suspects are checked by
// [Operation.Validate], which knows them. Validate of a nil *Victim is an
// error wrapping [ErrRequired].
func (vic *Victim) Validate() error {
	if vic == nil {
		return &FieldError{Err: errors.Join(errNil, ErrRequired)}
	}
	var v validator
	vic.validate(&v, path{})
	return v.err()
}

func (vic *Victim) validate(v *validator, p path) {
	switch {
	case vic.ID == "":
		if p.parent == nil {
			v.add(p.field("id"), ErrRequired)
		}
	default:
		v.id(p.field("id"), vic.ID)
	}
	v.text(p.field("name"), string(vic.Name))
	checkCode(v, p, "gender", vic.Gender)
	checkCode(v, p, "traffickingStatus", vic.TraffickingStatus)
	checkCode(v, p, "status", vic.Status)
	checkCode(v, p, "labourSector", vic.LabourSector)
	checkCode(v, p, "recruiterRelation", vic.RecruiterRelation)
	checkCodes(v, p, "controls", vic.Controls)
	checkCodes(v, p, "exploitation", vic.Exploitation)
	checkCodes(v, p, "sexExploitation", vic.SexExploitation)
	vic.Recruitment.validate(v, p.field("recruitment"))
	for i, n := range vic.OtherNationalities {
		if !n.IsValid() {
			v.add(p.elem("otherNationalities", i), ErrRequired)
		}
	}
	for i, id := range vic.Recruiters {
		v.ref(p.elem("recruiters", i), id)
	}
	for i, id := range vic.Exploiters {
		v.ref(p.elem("exploiters", i), id)
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

func (r *Recruitment) validate(v *validator, p path) {
	checkCodes(v, p, "methods", r.Methods)
	v.text(p.field("promise"), string(r.Promise))
	pl := p.field("place")
	if r.Place.ID != "" {
		v.addf(pl.field("id"), ErrInvalid, "a place of recruitment has no ID (IDs are for the operation's places)")
	}
	v.text(pl.field("locality"), r.Place.Locality)
	v.text(pl.field("area"), string(r.Place.Area))
	v.text(pl.field("region"), r.Place.Region)
}

// Validate reports every problem of the suspect on its own: the ID is
// there and keeps the rules for IDs, the name the rules for text, every
// code is one its vocabulary knows, an arrest date comes with a status,
// every charge names its offence, and every court decision has an outcome,
// a sentence or fine only with a conviction, a sentence that is a term or
// life, and comes in time order. References to the operation's groups and
// places are checked by [Operation.Validate]. Validate of a nil *Suspect
// is an error wrapping [ErrRequired].
func (s *Suspect) Validate() error {
	if s == nil {
		return &FieldError{Err: errors.Join(errNil, ErrRequired)}
	}
	var v validator
	s.validate(&v, path{})
	return v.err()
}

func (s *Suspect) validate(v *validator, p path) {
	switch {
	case s.ID == "":
		if p.parent == nil {
			v.add(p.field("id"), ErrRequired)
		}
	default:
		v.id(p.field("id"), s.ID)
	}
	v.text(p.field("name"), string(s.Name))
	checkCode(v, p, "gender", s.Gender)
	checkCode(v, p, "status", s.Status)
	checkCodes(v, p, "roles", s.Roles)
	for i, n := range s.OtherNationalities {
		if !n.IsValid() {
			v.add(p.elem("otherNationalities", i), ErrRequired)
		}
	}
	if err := s.Arrested.Validate(); err != nil {
		v.add(p.field("arrested"), err)
	}
	if !s.Arrested.IsZero() && s.Status == 0 {
		v.addf(p.field("status"), ErrRequired, "an arrest date needs a status (Arrested, InCustody, Released…)")
	}
	if s.Group != "" {
		v.ref(p.field("group"), s.Group)
	}
	if s.Site != "" {
		v.ref(p.field("site"), s.Site)
	}
	validateCharges(v, p, s.Charges)
	var last Date
	for i := range s.Decisions {
		d := &s.Decisions[i]
		dp := p.elem("decisions", i)
		switch {
		case d.Outcome == 0:
			v.add(dp.field("outcome"), ErrRequired)
		default:
			checkCode(v, dp, "outcome", d.Outcome)
		}
		v.text(dp.field("court"), d.Court)
		if d.Outcome != Convicted {
			if !d.Sentence.IsZero() {
				addf1(v, dp.field("sentence"), ErrInvalid, "a sentence without a conviction (the outcome is %s)", d.Outcome)
			}
			if !d.Fine.IsZero() {
				addf1(v, dp.field("fine"), ErrInvalid, "a fine without a conviction (the outcome is %s)", d.Outcome)
			}
		}
		d.Sentence.validate(v, dp.field("sentence"))
		if !d.Fine.IsZero() {
			validateAmount(v, dp.field("fine"), d.Fine)
		}
		if !d.Date.IsZero() {
			if !last.IsZero() && d.Date.Latest().Before(last.Earliest()) {
				addf2(v, dp.field("date"), ErrOutOfOrder, "%s is before the decision above it (%s)", d.Date, last)
			}
			last = d.Date
		}
	}
}

func validateCharges(v *validator, p path, charges []Charge) {
	for i := range charges {
		c := &charges[i]
		cp := p.elem("charges", i)
		if c.Offence == "" {
			v.add(cp.field("offence"), ErrRequired)
		}
		v.text(cp.field("offence"), c.Offence)
		v.text(cp.field("statute"), c.Statute)
	}
}

func (s *Sentence) validate(v *validator, p path) {
	switch {
	case s.Years < 0:
		v.add(p.field("years"), ErrNegative)
	case s.Years > maxSentenceYears:
		addf1(v, p.field("years"), ErrRange, "more than %d years", maxSentenceYears)
	}
	switch {
	case s.Months < 0:
		v.add(p.field("months"), ErrNegative)
	case s.Months > 12*maxSentenceYears:
		addf1(v, p.field("months"), ErrRange, "more than %d months", 12*maxSentenceYears)
	}
	if s.Life && (s.Years != 0 || s.Months != 0) {
		v.addf(p.field("life"), ErrInvalid, "a life sentence with a term of years or months")
	}
}

// Validate reports every problem of the evidence item on its own: the ID
// and kind are there; Cash has a valid, non-negative amount (and
// non-negative equivalents in other currencies) and nothing else has cash;
// an estimated Value is valid, not negative, and not given for cash; the
// quantity is not negative; the description and custody texts keep the
// rules for text; and the chain of custody is in time order, opens with
// Seized, has nothing after Returned, Released or Destroyed, gives each
// step a time (At or When), and names who received each Transferred item.
// Validate of a nil *Evidence is an error wrapping [ErrRequired].
func (e *Evidence) Validate() error {
	if e == nil {
		return &FieldError{Err: errors.Join(errNil, ErrRequired)}
	}
	var v validator
	e.validate(&v, path{})
	return v.err()
}

func (e *Evidence) validate(v *validator, p path) {
	switch {
	case e.ID == "":
		if p.parent == nil {
			v.add(p.field("id"), ErrRequired)
		}
	default:
		v.id(p.field("id"), e.ID)
	}
	if e.Kind == 0 {
		v.add(p.field("kind"), ErrRequired)
	}
	checkCode(v, p, "kind", e.Kind)
	v.text(p.field("description"), string(e.Description))
	v.addCount(p.field("quantity"), e.Quantity)
	if err := e.Seized.Validate(); err != nil {
		v.add(p.field("seized"), err)
	}
	if e.TakenFrom != "" {
		v.ref(p.field("takenFrom"), e.TakenFrom)
	}
	if e.Site != "" {
		v.ref(p.field("site"), e.Site)
	}
	cash := p.field("cash")
	switch {
	case e.Kind == Cash && e.Cash.IsZero():
		v.addf(cash, ErrRequired, "cash evidence needs its amount")
	case e.Kind == Cash:
		validateAmount(v, cash, e.Cash)
	case !e.Cash.IsZero():
		addf1(v, cash, ErrInvalid, "only cash evidence carries an amount (this is %s)", e.Kind)
	}
	if !e.Value.IsZero() {
		if e.Kind == Cash {
			v.addf(p.field("value"), ErrInvalid, "cash has no estimated value: its amount is its value")
		} else {
			validateAmount(v, p.field("value"), e.Value)
		}
	}
	e.validateCustody(v, p)
}

// validateCustody checks the chain of custody. latest is the latest time
// of the events so far: an event is out of order if it comes before any
// event above it, not only the one just above (which may have no time).
// end is the first Returned, Released or Destroyed: every event after it
// is a problem.
func (e *Evidence) validateCustody(v *validator, p path) {
	var latest time.Time
	var end CustodyAction
	for i := range e.Custody {
		ev := &e.Custody[i]
		cp := p.elem("custody", i)
		if err := ev.When.Validate(); err != nil {
			v.add(cp.field("when"), err)
		}
		start, stop := ev.At, ev.At
		switch {
		case ev.At.IsZero() && ev.When.IsZero():
			v.addf(cp.field("at"), ErrRequired, "a custody step needs its time (at) or its date (when)")
		case ev.At.IsZero():
			start, stop = ev.When.Earliest(), ev.When.Latest()
		case !ev.When.IsZero() && !ev.When.containsTime(ev.At):
			addf2(v, cp.field("at"), ErrInvalid, "%s is outside when (%s)", validRFC3339(ev.At), ev.When)
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
		if !stop.IsZero() {
			if !latest.IsZero() && stop.Before(latest) {
				addf2(v, cp.field("at"), ErrOutOfOrder, "%s is before an event above it (%s)",
					validRFC3339(stop), validRFC3339(latest))
			} else if start.After(latest) {
				latest = start
			}
		}
		if end != 0 {
			addf2(v, cp.field("action"), ErrOutOfOrder, "%s after the item was %s", ev.Action, end)
		}
		if ev.Action == Transferred && ev.To == "" {
			v.addf(cp.field("to"), ErrRequired, "a transfer names who received the item")
		}
		for _, f := range [...]struct {
			name, s string
		}{{"from", ev.From}, {"to", ev.To}, {"location", ev.Location}, {"seal", ev.Seal}, {"note", string(ev.Note)}} {
			v.text(cp.field(f.name), f.s)
		}
		if ev.Site != "" {
			v.ref(cp.field("site"), ev.Site)
		}
		if end == 0 && (ev.Action == Returned || ev.Action == Released || ev.Action == Destroyed) {
			end = ev.Action
		}
	}
}

// containsTime reports whether the instant t falls within the days p
// spans, in UTC, an open end bounding nothing.
func (p Period) containsTime(t time.Time) bool {
	t = t.UTC()
	if !p.Start.IsZero() && t.Before(p.Start.Earliest()) {
		return false
	}
	if !p.End.IsZero() && !t.Before(p.End.Latest()) {
		return false
	}
	return true
}

// validateAmount checks an amount recorded on evidence or a decision: it
// is valid, and neither it nor its equivalents are negative.
func validateAmount(v *validator, p path, a ReportedAmount) {
	if err := a.Validate(); err != nil {
		v.addAll(p, err)
	}
	if a.Amount.Sign() < 0 {
		addf1(v, p.field("amount"), ErrNegative, "%s", a.Amount)
	}
	for i, eq := range a.Equivalents {
		if eq.Amount.Sign() < 0 {
			addf1(v, p.elem("equivalents", i), ErrNegative, "%s", eq.Amount)
		}
	}
}

// id adds the problem of an identifier, if it has one.
func (v *validator) id(p path, id string) {
	if msg := idProblem(id); msg != "" {
		addf1(v, p, ErrInvalid, "%s", msg)
	}
}

// ref adds the problem of a reference to an ID, if it has one: the rules
// are those of IDs.
func (v *validator) ref(p path, id string) {
	if id == "" {
		v.addf(p, ErrRequired, "an empty reference")
		return
	}
	v.id(p, id)
}

// text adds the problem of free text, if it has one. The text itself is
// never quoted: it may be personal.
func (v *validator) text(p path, s string) {
	if s == "" {
		return
	}
	if msg := textProblem(s); msg != "" {
		addf1(v, p, ErrInvalid, "%s", msg)
	}
}
