package rescue

import (
	"fmt"
	"log/slog"
	"strconv"
)

// Operation is one counter-trafficking operation — a raid, a rescue — with
// everyone and everything it recorded. Zero values mean "not recorded".
// Validate it with [Operation.Validate]; decode it with [DecodeOperation].
type Operation struct {
	ID            string     `json:"id"` // required
	Name          string     `json:"name,omitempty"`
	Agency        Agency     `json:"agency,omitzero"`
	Lead          Officer    `json:"lead,omitzero"`
	Place         Place      `json:"place,omitzero"`
	When          Period     `json:"when,omitzero"`
	Trigger       Trigger    `json:"trigger,omitzero"`
	Groups        []Group    `json:"groups,omitempty"`
	Victims       []Victim   `json:"victims,omitempty"`
	Suspects      []Suspect  `json:"suspects,omitempty"`
	Evidence      []Evidence `json:"evidence,omitempty"`
	Sources       []Source   `json:"sources,omitempty"`
	Scheme        string     `json:"scheme,omitempty"`        // what the victims were forced to do, in words
	SchemeTargets []Country  `json:"schemeTargets,omitempty"` // where the scheme's targets were
}

// Group is a criminal group named in an operation.
type Group struct {
	ID     string  `json:"id"` // required and unique within the operation
	Name   string  `json:"name,omitempty"`
	Origin Country `json:"origin,omitzero"`
}

// Agency is the body that carried out an operation.
type Agency struct {
	Name    string  `json:"name,omitempty"`
	Unit    string  `json:"unit,omitempty"`
	Country Country `json:"country,omitzero"`
}

// Officer is a public official named in a report. Officials act in their
// public role, so their names are not treated as personal data.
type Officer struct {
	Name  string `json:"name,omitempty"`
	Rank  string `json:"rank,omitempty"`
	Title string `json:"title,omitempty"`
}

// Place is where something happened, as precisely as it was reported.
type Place struct {
	Locality string  `json:"locality,omitempty"` // a city or town: "Lima"
	Area     string  `json:"area,omitempty"`     // within it: "a suburb"
	Region   string  `json:"region,omitempty"`
	Country  Country `json:"country,omitzero"`
}

// String returns the place as "a suburb, Lima, Peru", most precise first.
func (p Place) String() string {
	var s string
	for _, part := range []string{p.Area, p.Locality, p.Region, p.Country.Name()} {
		if part == "" {
			continue
		}
		if s != "" {
			s += ", "
		}
		s += part
	}
	return s
}

// Trigger is what started an operation: who reported what, how many.
type Trigger struct {
	Kind   TriggerKind `json:"kind,omitzero"`
	People Count       `json:"people,omitzero"` // how many people raised the alarm
	Note   string      `json:"note,omitempty"`
}

// Source is a published report an operation's record rests on.
type Source struct {
	URL       string `json:"url,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Title     string `json:"title,omitempty"`
	Published Date   `json:"published,omitzero"`
}

// String describes the operation without personal data: its ID, dates,
// place and how many victims, suspects and items it records:
// "operation PE-2023-10-LIMA (2023-10-07/2023-10-08, a suburb, Lima, Peru:
// 44 victims, 8 suspects, 3 evidence items)".
func (op *Operation) String() string {
	if op == nil {
		return "<nil operation>"
	}
	id := op.ID
	if id == "" {
		id = "(no ID)"
	}
	var head string
	for _, s := range []string{op.When.String(), op.Place.String()} {
		if s != "" && head != "" {
			head += ", "
		}
		head += s
	}
	if head != "" {
		head += ": "
	}
	return fmt.Sprintf("operation %s (%s%s, %s, %s)", id, head, opPlural(len(op.Victims), "victim"),
		opPlural(len(op.Suspects), "suspect"), opPlural(len(op.Evidence), "evidence item"))
}

func opPlural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// GoString is used by %#v; like String it leaves personal data out.
func (op *Operation) GoString() string { return "&rescue.Operation{" + op.String() + "}" }

// Format makes every fmt verb (%v, %+v, %s, %q…) print [Operation.String],
// so that no verb can reach the names held inside. %#v prints GoString.
func (op *Operation) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		fmt.Fprint(f, op.GoString())
		return
	}
	fmt.Fprint(f, op.String())
}

// LogValue implements [slog.LogValuer]: the operation's non-personal
// fields. It is on the value, not the pointer, so that an Operation logged
// by value is resolved too: slog's JSON handler would otherwise write it
// with encoding/json, names and all. (A nil *Operation therefore logs as a
// recovered panic, never as data.)
func (op Operation) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", op.ID),
		slog.String("when", op.When.String()),
		slog.String("place", op.Place.String()),
		slog.Int("victims", len(op.Victims)),
		slog.Int("suspects", len(op.Suspects)),
		slog.Int("evidence", len(op.Evidence)),
	)
}
