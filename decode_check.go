package rescue

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"unicode/utf8"
)

// decodeProblems are the problems the decoder has found in the records it
// has read, each checked as soon as it is read, by the rules of
// [Operation.Validate] for one record and its ID. They decide when an
// operation has so many problems that it is refused rather than built;
// the error of an operation that is returned is Validate's own.
type decodeProblems struct {
	v   validator
	ids map[string]struct{}
}

// claim checks the ID of the record at p: it is there, and no record read
// before has it.
func (d *decoder) claim(p *path, id string) {
	v := &d.problems.v
	if id == "" {
		v.add(p.field("id"), ErrRequired)
		return
	}
	if d.problems.ids == nil {
		d.problems.ids = make(map[string]struct{})
	}
	if _, dup := d.problems.ids[id]; dup {
		addf1(v, p.field("id"), ErrDuplicateID, "%q", id)
		return
	}
	d.problems.ids[id] = struct{}{}
}

// checked refuses the operation once more than maxFieldErrors problems
// are found: the rest of it is neither read nor built.
func (d *decoder) checked(p *path) bool {
	v := &d.problems.v
	if v.dropped == 0 {
		return true
	}
	at := &JSONError{Path: p.String(), Offset: d.offset(d.pos),
		Err: fmt.Errorf("more than %d problems: stopped reading: %w", maxFieldErrors, ErrTooLarge)}
	d.jerr, d.pathSet = at, true
	d.err = &tooManyProblems{at: at, problems: v.errs}
	return false
}

// allProblems returns the error of an operation in which a value was
// refused: every problem found, in the order found, and then stop, the
// error that stopped the decoder, if one did. One problem is returned as
// it is.
func (d *decoder) allProblems(stop error) error {
	errs := d.problems.v.errs
	if stop != nil {
		errs = append(errs, stop)
	}
	if len(errs) == 1 {
		return errs[0]
	}
	return &validationErrors{errs: errs, total: len(errs)}
}

func (d *decoder) checkGroup(g *Group, p *path) bool {
	d.claim(p, g.ID)
	if g.ID != "" {
		d.problems.v.id(p.field("id"), g.ID)
	}
	d.problems.v.text(p.field("name"), g.Name)
	return d.checked(p)
}

// whole reports whether every value of the record just read was read: a
// record with a value its type refused is left unchecked but for its ID.
func (d *decoder) whole() bool { return d.refused == d.refusedBefore }

func (d *decoder) checkPlace(pl *Place, p *path) bool {
	if pl.ID != "" { // a place needs an ID only when something refers to it
		d.claim(p, pl.ID)
	}
	if d.whole() {
		pl.validate(&d.problems.v, *p)
	}
	return d.checked(p)
}

func (d *decoder) checkVictim(vic *Victim, p *path) bool {
	d.claim(p, vic.ID)
	if d.whole() {
		vic.validate(&d.problems.v, *p)
	}
	return d.checked(p)
}

func (d *decoder) checkSuspect(s *Suspect, p *path) bool {
	d.claim(p, s.ID)
	if d.whole() {
		s.validate(&d.problems.v, *p)
	}
	return d.checked(p)
}

func (d *decoder) checkEvidence(e *Evidence, p *path) bool {
	d.claim(p, e.ID)
	if d.whole() {
		e.validate(&d.problems.v, *p)
	}
	return d.checked(p)
}

// checkTally checks a tally but for its group, which may be one of the
// groups the decoder has yet to read: Validate checks that.
func (d *decoder) checkTally(t *Tally, p *path) bool {
	if d.whole() {
		own := *t
		own.Group = ""
		own.validate(&d.problems.v, *p, nil)
	}
	return d.checked(p)
}

// tallyStatus keeps a tally's status code, with the offset of its key,
// until the tally's "of" says which kind of status it is.
type tallyStatus struct {
	text string
	off  int64
	set  bool
}

func (s *tallyStatus) UnmarshalText(b []byte) error {
	*s = tallyStatus{text: string(b), set: true}
	return nil
}

// tallyStatus reads the status of tally t, whose "of" is known now (or
// was refused: then which kind of status it is is not known).
func (d *decoder) tallyStatus(t *Tally, s *tallyStatus, p *path, ofRefused bool) bool {
	if !s.set || ofRefused {
		return true
	}
	var err error
	if t.Of == OfSuspects {
		err = t.SuspectStatus.UnmarshalText([]byte(s.text))
	} else {
		err = t.VictimStatus.UnmarshalText([]byte(s.text))
	}
	if err != nil {
		return d.refuse(p.field("status"), s.off, err)
	}
	return true
}

// The record types, for the error of an unknown key.
var (
	operationType     = reflect.TypeFor[Operation]()
	agencyType        = reflect.TypeFor[Agency]()
	chargeType        = reflect.TypeFor[Charge]()
	courtDecisionType = reflect.TypeFor[CourtDecision]()
	sentenceType      = reflect.TypeFor[Sentence]()
	tallyType         = reflect.TypeFor[Tally]()
	officerType       = reflect.TypeFor[Officer]()
	placeType         = reflect.TypeFor[Place]()
	triggerType       = reflect.TypeFor[Trigger]()
	groupType         = reflect.TypeFor[Group]()
	victimType        = reflect.TypeFor[Victim]()
	recruitmentType   = reflect.TypeFor[Recruitment]()
	repatriationType  = reflect.TypeFor[Repatriation]()
	suspectType       = reflect.TypeFor[Suspect]()
	evidenceType      = reflect.TypeFor[Evidence]()
	custodyEventType  = reflect.TypeFor[CustodyEvent]()
	sourceType        = reflect.TypeFor[Source]()
)

// unknown records the error of a key that is not a field of the record
// at p (what: "a victim", of type t). The key is quoted only if it is the
// name of a field somewhere in an operation: any other key may be text
// the input holds (a name after a stray brace) and is written "<key>".
// A field of t whose name differs from the key only in case or by one
// edit is suggested.
func (d *decoder) unknown(p *path, key []byte, what string, t reflect.Type) bool {
	hint := ""
	if s := decodeSuggest(string(key), decodeFieldNames(t)); s != "" {
		hint = fmt.Sprintf(" (did you mean %q?)", s)
	}
	if decodeSchemaNames()[string(key)] {
		k := string(key)
		d.failAt(d.keyOff, fmt.Errorf("offset %d: unknown field %q in %s%s: %w", d.keyOff, k, what, hint, ErrSyntax))
		return d.atField(p, k)
	}
	d.failAt(d.keyOff, fmt.Errorf("offset %d: unknown field in %s, not shown%s: %w", d.keyOff, what, hint, ErrSyntax))
	return d.atField(p, "<key>")
}

// decodeFieldNames returns the JSON names of the fields of struct type t.
func decodeFieldNames(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		names = append(names, name)
	}
	if t == tallyType {
		names = append(names, "status") // VictimStatus or SuspectStatus, as "of" says
	}
	return names
}

// decodeSchemaNames is the set of every field name of an operation and
// the records in it.
var decodeSchemaNames = sync.OnceValue(func() map[string]bool {
	names := make(map[string]bool)
	seen := make(map[reflect.Type]bool)
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Slice || t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] || t.PkgPath() != operationType.PkgPath() || decodeValueType(t) {
			return
		}
		seen[t] = true
		for _, n := range decodeFieldNames(t) {
			names[n] = true
		}
		for i := range t.NumField() {
			if t.Field(i).IsExported() {
				walk(t.Field(i).Type)
			}
		}
	}
	walk(operationType)
	return names
})

// decodeValueType reports whether t is read as a value, by its own
// UnmarshalText or UnmarshalJSON (a Count, a ReportedAmount), rather than
// field by field. Tally has an UnmarshalJSON for encoding/json, but the
// decoder reads it field by field.
func decodeValueType(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	return t != tallyType && (p.Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) || p.Implements(reflect.TypeFor[json.Unmarshaler]()))
}

// decodeSuggest returns the name among names that key differs from only
// in case or by one edit (a letter added, dropped, changed, or two
// swapped), if one does; long keys get none.
func decodeSuggest(key string, names []string) string {
	if len(key) > decodeKeyLen || len(key) < 2 {
		return ""
	}
	for _, n := range names {
		if strings.EqualFold(key, n) {
			return n
		}
	}
	if len(key) < 4 {
		return ""
	}
	for _, n := range names {
		if decodeOneEdit(key, n) {
			return n
		}
	}
	return ""
}

// decodeOneEdit reports whether a becomes b by one edit: a byte inserted,
// deleted or replaced, or two adjacent bytes swapped.
func decodeOneEdit(a, b string) bool {
	if !utf8.ValidString(a) {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if i == len(a) {
			return false // equal
		}
		if a[i+1:] == b[i+1:] {
			return true // replaced
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}
