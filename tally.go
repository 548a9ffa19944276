package rescue

import (
	"encoding/json"
	"fmt"
	"log/slog"
)

// Tally is one of a report's own figures: a [Count] of victims or of
// suspects, as the report gives it ("more than 200 foreigners", "109
// Thais", "eight arrested: six Taiwanese and two Peruvians"), with what the
// report says of everyone it counts. Tallies let an operation be recorded
// as it was reported, without one invented record per person; they hold
// no personal data.
//
// A tally may be narrowed by four dimensions: Nationality, Gender, Age (a
// range: minors are 0-17) and status (VictimStatus for victims,
// SuspectStatus for suspects; JSON "status"). A tally with none of them
// counts everyone; one with only a status counts everyone in that status
// ("44 rescued", "17 at large"); the others are breakdowns ("43
// Malaysians", "six Taiwanese arrested"). Source, when set, is the URL of
// the operation's [Source] that gave the figure: two sources that disagree
// are both kept, each tally with its source.
//
// The remaining fields are what the report says of everyone the tally
// counts: for victims their recruitment, means of control, exploitation,
// labour sector, trafficking status, the countries they were bound for,
// the country of exploitation, consular contact and repatriation; for
// suspects their group, roles, arrest date and charges.
// [Operation.Validate] refuses a victims' field on a tally of suspects and
// the reverse.
//
// JSON: {"of":"Victims","nationality":"TH","count":"109"},
// {"of":"Suspects","status":"Arrested","nationality":"TW","count":"6"}.
type Tally struct {
	Of            TallyOf       `json:"of"`    // required: Victims or Suspects
	Count         Count         `json:"count"` // required: the figure as reported ("0" for none)
	Nationality   Nationality   `json:"nationality,omitzero"`
	Gender        Gender        `json:"gender,omitzero"`
	Age           Age           `json:"age,omitzero"`
	VictimStatus  VictimStatus  `json:"-"`                // JSON "status" in a tally of victims
	SuspectStatus SuspectStatus `json:"-"`                // JSON "status" in a tally of suspects
	Source        string        `json:"source,omitempty"` // the URL of one of the operation's Sources

	// What the report says of every victim counted.
	TraffickingStatus TraffickingStatus     `json:"traffickingStatus,omitzero"`
	Recruitment       Recruitment           `json:"recruitment,omitzero"`
	Controls          []ControlMethod       `json:"controls,omitempty"`
	Exploitation      []Exploitation        `json:"exploitation,omitempty"`
	LabourSector      LabourSector          `json:"labourSector,omitzero"`
	SexExploitation   []SexExploitationType `json:"sexExploitation,omitempty"`
	Destinations      []Country             `json:"destinations,omitempty"` // where they were bound: each of them for one of these
	ExploitedIn       Country               `json:"exploitedIn,omitzero"`
	ConsularContact   Date                  `json:"consularContact,omitzero"`
	Repatriation      Repatriation          `json:"repatriation,omitzero"`

	// What the report says of every suspect counted.
	Group    string   `json:"group,omitempty"` // the ID of a Group of the operation
	Roles    []Role   `json:"roles,omitempty"`
	Arrested Period   `json:"arrested,omitzero"`
	Charges  []Charge `json:"charges,omitempty"`
}

// Status returns the tally's status code as its JSON form writes it: the
// VictimStatus of a tally of victims, the SuspectStatus of a tally of
// suspects, "" when none is recorded.
func (t Tally) Status() string {
	if t.Of == OfSuspects {
		return t.SuspectStatus.String()
	}
	return t.VictimStatus.String()
}

// String describes the tally: "victims: 109 (TH)", "suspects: 6 (Arrested,
// TW)". It holds no personal data.
func (t Tally) String() string {
	s := "victims"
	if t.Of == OfSuspects {
		s = "suspects"
	} else if t.Of != OfVictims {
		s = "(no of)"
	}
	s += ": " + t.Count.String()
	var dims []string
	for _, d := range [...]string{t.Status(), t.Nationality.String(), t.Gender.String(), t.Age.String()} {
		if d != "" {
			dims = append(dims, d)
		}
	}
	if len(dims) > 0 {
		s += " ("
		for i, d := range dims {
			if i > 0 {
				s += ", "
			}
			s += d
		}
		s += ")"
	}
	return s
}

// LogValue implements [slog.LogValuer]: what the tally counts, without
// the recruitment's promise or place area.
func (t Tally) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("of", t.Of.String()),
		slog.String("count", t.Count.String()),
		slog.String("nationality", t.Nationality.String()),
		slog.String("gender", t.Gender.String()),
		slog.String("age", t.Age.String()),
		slog.String("status", t.Status()),
		slog.String("source", t.Source),
	)
}

// tallyPlain is Tally without its methods, so that encoding/json writes
// its fields without calling MarshalJSON again.
type tallyPlain Tally

// tallyJSON is Tally with its status, of either kind, under one key.
type tallyJSON struct {
	tallyPlain
	Status string `json:"status,omitempty"`
}

// MarshalJSON writes the tally with its status, of whichever kind, under
// the key "status". A tally of suspects with a VictimStatus (or the
// reverse) is an error: [Operation.Validate] refuses it too.
func (t Tally) MarshalJSON() ([]byte, error) {
	if (t.Of == OfSuspects && t.VictimStatus != 0) || (t.Of != OfSuspects && t.SuspectStatus != 0) {
		return nil, &FieldError{Path: "status", Err: errStatusKind}
	}
	return json.Marshal(tallyJSON{tallyPlain(t), t.Status()})
}

// errStatusKind reports a status of the wrong kind for the tally.
var errStatusKind = fmt.Errorf("a status of the wrong kind for the tally's of: %w", ErrInvalid)

// UnmarshalJSON reads the form MarshalJSON writes, with encoding/json's
// usual leniency; [DecodeOperation] is the strict reader. The status is
// read as a VictimStatus or a SuspectStatus as "of" says.
func (t *Tally) UnmarshalJSON(b []byte) error {
	var j tallyJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	out := Tally(j.tallyPlain)
	if j.Status != "" {
		var err error
		if out.Of == OfSuspects {
			err = out.SuspectStatus.UnmarshalText([]byte(j.Status))
		} else {
			err = out.VictimStatus.UnmarshalText([]byte(j.Status))
		}
		if err != nil {
			return err
		}
	}
	*t = out
	return nil
}
