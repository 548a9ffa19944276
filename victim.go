package rescue

import (
	"fmt"
	"log/slog"
	"strings"
)

// Victim is a person trafficked, or possibly trafficked, as recorded in one
// operation. Zero values mean "not recorded".
//
// Name is [Personal]: it is kept for the record holder and written by
// encoding/json, but never appears in an error, in String or any fmt
// verb, or in slog output.
type Victim struct {
	ID                 string                `json:"id"`             // required; opaque and unique within the operation
	Name               Personal              `json:"name,omitempty"` // personal data
	Gender             Gender                `json:"gender,omitzero"`
	Age                Age                   `json:"age,omitzero"`
	Nationality        Nationality           `json:"nationality,omitzero"`
	OtherNationalities []Nationality         `json:"otherNationalities,omitempty"`
	TraffickingStatus  TraffickingStatus     `json:"traffickingStatus,omitzero"`
	Status             VictimStatus          `json:"status,omitzero"`
	Recruitment        Recruitment           `json:"recruitment,omitzero"`
	Controls           []ControlMethod       `json:"controls,omitempty"`
	Exploitation       []Exploitation        `json:"exploitation,omitempty"`
	LabourSector       LabourSector          `json:"labourSector,omitzero"`
	SexExploitation    []SexExploitationType `json:"sexExploitation,omitempty"`
	RecruiterRelation  RecruiterRelation     `json:"recruiterRelation,omitzero"`
	Recruiters         []string              `json:"recruiters,omitempty"`     // IDs of the operation's suspects who recruited them
	Exploiters         []string              `json:"exploiters,omitempty"`     // IDs of the operation's suspects who exploited them
	Destination        Country               `json:"destination,omitzero"`     // where they were bound (an intercepted victim's intended destination)
	ExploitedIn        Country               `json:"exploitedIn,omitzero"`     // the country where they were exploited
	ConsularContact    Date                  `json:"consularContact,omitzero"` // when consular staff first met them
	Repatriation       Repatriation          `json:"repatriation,omitzero"`
}

// Recruitment is how a victim was recruited: when, where, by what methods,
// and what they were promised. Promise and the place's Area are
// [Personal]. The zero value is "not recorded".
type Recruitment struct {
	When    Date                `json:"when,omitzero"`
	Place   Place               `json:"place,omitzero"`
	Methods []RecruitmentMethod `json:"methods,omitempty"`
	Promise Personal            `json:"promise,omitempty"` // what they were offered, in words
}

// IsZero reports whether nothing of the recruitment is recorded.
func (r Recruitment) IsZero() bool {
	return r.When.IsZero() && r.Place == (Place{}) && len(r.Methods) == 0 && r.Promise == ""
}

// LogValue implements [slog.LogValuer]: when, where (without the area) and
// how, never the promise.
func (r Recruitment) LogValue() slog.Value {
	methods := make([]string, len(r.Methods))
	for i, m := range r.Methods {
		methods[i] = m.String()
	}
	return slog.GroupValue(
		slog.String("when", r.When.String()),
		slog.String("place", r.Place.String()),
		slog.String("methods", strings.Join(methods, " ")),
	)
}

// Repatriation is a victim's return to their country. The zero value is
// "not recorded".
type Repatriation struct {
	To     Country            `json:"to,omitzero"`
	Status RepatriationStatus `json:"status,omitzero"`
	When   Date               `json:"when,omitzero"`
}

// String describes v without personal data: "victim V01 (MY, Feminine)".
func (v Victim) String() string {
	return personString("victim", v.ID, v.Nationality, v.Gender.String(), v.Name != "")
}

// GoString is used by %#v; like String it leaves the name out.
func (v Victim) GoString() string { return "rescue.Victim{" + v.String() + "}" }

// Format makes every fmt verb (%v, %+v, %s, %q, %d, %x…) print
// [Victim.String], and %#v print [Victim.GoString], so that no verb can
// reach the name: without it, %d would print every field, the name
// included. Being on the value, it also guards a *Victim, a []Victim and
// a struct with a Victim field.
func (v Victim) Format(f fmt.State, verb rune) { personFormat(f, verb, v.String, v.GoString) }

// LogValue implements [slog.LogValuer]: the victim's non-personal fields.
func (v Victim) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", v.ID),
		slog.String("nationality", v.Nationality.String()),
		slog.String("gender", v.Gender.String()),
		slog.String("age", v.Age.String()),
		slog.String("status", v.Status.String()),
	)
}

// personFormat writes str() for every verb but %#v, which writes gostr().
func personFormat(f fmt.State, verb rune, str, gostr func() string) {
	if verb == 'v' && f.Flag('#') {
		fmt.Fprint(f, gostr())
		return
	}
	fmt.Fprint(f, str())
}

func personString(role, id string, n Nationality, extra string, named bool) string {
	var b strings.Builder
	b.WriteString(role)
	b.WriteByte(' ')
	if id == "" {
		id = "(no ID)"
	}
	b.WriteString(id)
	parts := make([]string, 0, 3)
	if n.IsValid() {
		parts = append(parts, n.String())
	}
	if extra != "" {
		parts = append(parts, extra)
	}
	if named {
		parts = append(parts, "name withheld")
	}
	if len(parts) > 0 {
		b.WriteString(" (")
		b.WriteString(strings.Join(parts, ", "))
		b.WriteByte(')')
	}
	return b.String()
}
