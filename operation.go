package rescue

import (
	"fmt"
	"log/slog"
	"strconv"
	"strings"
)

// Operation is one counter-trafficking operation — a raid, a rescue, an
// interception — with everyone and everything it recorded. Zero values mean
// "not recorded". Validate it with [Operation.Validate]; decode it with
// [DecodeOperation].
//
// An operation holds two kinds of facts about people. Records (Victims,
// Suspects) are individuals, one each, with an ID. Tallies (Counts) are
// the figures a report gives — "more than 200 foreigners, among them 109
// Thais" — with what it says of everyone they count, so that a report can
// be recorded as it was written, without inventing one record per person.
// Either may be empty; records may be partial where a tally gives the
// whole (ten records against a tally of "more than 200" victims is fine).
// [Operation.Summary] reads tallies first and records where there are none.
type Operation struct {
	ID            string         `json:"id"` // required
	Name          string         `json:"name,omitempty"`
	Agencies      []Agency       `json:"agencies,omitempty"` // who carried it out, the lead first
	Lead          Officer        `json:"lead,omitzero"`      // the official in charge
	Places        List[Place]    `json:"places,omitempty"`   // where it happened: the main site first
	When          Period         `json:"when,omitzero"`
	Triggers      List[Trigger]  `json:"triggers,omitempty"` // what started it
	Groups        []Group        `json:"groups,omitempty"`
	Victims       List[Victim]   `json:"victims,omitempty"`
	Suspects      List[Suspect]  `json:"suspects,omitempty"`
	Counts        List[Tally]    `json:"counts,omitempty"` // the report's own figures
	Evidence      List[Evidence] `json:"evidence,omitempty"`
	Sources       []Source       `json:"sources,omitempty"`
	Scheme        string         `json:"scheme,omitempty"`        // what the victims were forced to do, in words
	SchemeTargets []Country      `json:"schemeTargets,omitempty"` // where the scheme's targets were
}

// Group is a criminal group named in an operation.
type Group struct {
	ID     string  `json:"id"` // required and unique within the operation
	Name   string  `json:"name,omitempty"`
	Origin Country `json:"origin,omitzero"`
}

// Agency is a body that took part in an operation, and its part in it.
type Agency struct {
	Name    string     `json:"name,omitempty"`
	Unit    string     `json:"unit,omitempty"`
	Country Country    `json:"country,omitzero"`
	Part    AgencyPart `json:"part,omitzero"` // Lead or Support
}

// Officer is a public official named in a report. Officials act in their
// public role, so their names are not treated as personal data.
type Officer struct {
	Name  string `json:"name,omitempty"`
	Rank  string `json:"rank,omitempty"`
	Title string `json:"title,omitempty"`
}

// Place is where something happened, as precisely as it was reported.
//
// A place of [Operation.Places] has an ID when something refers to it: a
// suspect arrested there, evidence seized there, a custody step
// ([Suspect.Site], [Evidence.Site], [CustodyEvent.Site]). The ID is unique
// among all the operation's IDs. Area is [Personal]: a street or a
// village can point to someone's home, so it is withheld from logs and
// messages and cleared by [Operation.Redact].
type Place struct {
	ID       string   `json:"id,omitempty"`
	Locality string   `json:"locality,omitempty"` // a city or town: "Lima"
	Area     Personal `json:"area,omitempty"`     // within it: "a suburb"
	Region   string   `json:"region,omitempty"`
	Country  Country  `json:"country,omitzero"`
}

// String returns the place without its Area, most precise first: "Lima,
// Peru".
func (p Place) String() string {
	var b strings.Builder
	for _, part := range [...]string{p.Locality, p.Region, p.Country.Name()} {
		if part == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(part)
	}
	return b.String()
}

// LogValue implements [slog.LogValuer]: the place without its Area.
func (p Place) LogValue() slog.Value {
	return slog.GroupValue(slog.String("id", p.ID), slog.String("place", p.String()))
}

// IsZero reports whether nothing of the place is recorded.
func (p Place) IsZero() bool { return p == Place{} }

// Trigger is one thing that started an operation: who reported what, and
// how many people raised the alarm. Note is [Personal]: it often tells
// what happened to someone.
type Trigger struct {
	Kind   TriggerKind `json:"kind,omitzero"`
	People Count       `json:"people,omitzero"` // how many people raised the alarm
	Note   Personal    `json:"note,omitempty"`
}

// LogValue implements [slog.LogValuer]: the trigger without its note.
func (t Trigger) LogValue() slog.Value {
	return slog.GroupValue(slog.String("kind", t.Kind.String()), slog.String("people", t.People.String()))
}

// Source is a published report an operation's record rests on.
type Source struct {
	URL       string `json:"url,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Title     string `json:"title,omitempty"`
	Published Date   `json:"published,omitzero"`
}

// Place returns the operation's main site: the first of its Places, or the
// zero Place.
func (op *Operation) Place() Place {
	if op == nil || len(op.Places) == 0 {
		return Place{}
	}
	return op.Places[0]
}

// String describes the operation without personal data: its ID, dates,
// main place and how many records, tallies and items it holds, leaving out
// what it has none of: "operation PE-2023-10-LIMA (2023-10-07/2023-10-08,
// Lima, Peru: 5 tallies, 3 evidence items)".
func (op Operation) String() string {
	var b strings.Builder
	b.WriteString("operation ")
	if op.ID == "" {
		b.WriteString("(no ID)")
	} else {
		b.WriteString(op.ID)
	}
	b.WriteString(" (")
	head := false
	for _, s := range [...]string{op.When.String(), op.Place().String()} {
		if s == "" {
			continue
		}
		if head {
			b.WriteString(", ")
		}
		b.WriteString(s)
		head = true
	}
	if head {
		b.WriteString(": ")
	}
	parts := 0
	for _, part := range [...]struct {
		n    int
		noun string
	}{
		{len(op.Victims), "victim record"}, {len(op.Suspects), "suspect record"},
		{len(op.Counts), "tally"}, {len(op.Evidence), "evidence item"},
	} {
		if part.n == 0 {
			continue
		}
		if parts > 0 {
			b.WriteString(", ")
		}
		b.WriteString(opPlural(part.n, part.noun))
		parts++
	}
	if parts == 0 {
		b.WriteString("no records")
	}
	b.WriteByte(')')
	return b.String()
}

func opPlural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "y") {
		return strconv.Itoa(n) + " " + noun[:len(noun)-1] + "ies"
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// GoString is used by %#v; like String it leaves personal data out.
func (op Operation) GoString() string { return "rescue.Operation{" + op.String() + "}" }

// Format makes every fmt verb (%v, %+v, %s, %q…) print [Operation.String],
// and %#v print GoString, so that no verb can reach the personal data held
// inside. It is on the value, so an Operation, a *Operation and a struct
// or slice holding either are all covered; a nil *Operation prints
// "<nil>".
func (op Operation) Format(f fmt.State, verb rune) {
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
		slog.String("place", op.Place().String()),
		slog.Int("victims", len(op.Victims)),
		slog.Int("suspects", len(op.Suspects)),
		slog.Int("counts", len(op.Counts)),
		slog.Int("evidence", len(op.Evidence)),
	)
}
