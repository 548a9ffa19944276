package rescue

import (
	"fmt"
	"log/slog"
	"strconv"
	"strings"
)

// Suspect is a person suspected of trafficking, as recorded in one
// operation. Zero values mean "not recorded".
//
// Status says where the suspect stands (arrested, in custody, at large…);
// Arrested is when, as precisely as the report gives it: a day, a month,
// or a span such as a weekend. An arrest date needs a status. Charges and
// Decisions record the legal process.
//
// Name is [Personal], handled as [Victim.Name] is.
type Suspect struct {
	ID                 string          `json:"id"`             // required; opaque and unique within the operation
	Name               Personal        `json:"name,omitempty"` // personal data
	Gender             Gender          `json:"gender,omitzero"`
	Age                Age             `json:"age,omitzero"`
	Nationality        Nationality     `json:"nationality,omitzero"`
	OtherNationalities []Nationality   `json:"otherNationalities,omitempty"`
	Roles              []Role          `json:"roles,omitempty"`
	Group              string          `json:"group,omitempty"` // the ID of a Group of the operation
	Status             SuspectStatus   `json:"status,omitzero"`
	Arrested           Period          `json:"arrested,omitzero"` // a date, or a span when that is what was reported
	Site               string          `json:"site,omitempty"`    // the ID of the place of the operation where they were arrested
	Charges            []Charge        `json:"charges,omitempty"`
	Decisions          []CourtDecision `json:"decisions,omitempty"` // in time order
}

// IsArrested reports whether the suspect's status says they were arrested:
// Arrested, InCustody or Released ([SuspectStatus.ImpliesArrest]).
func (s Suspect) IsArrested() bool { return s.Status.ImpliesArrest() }

// ImpliesArrest reports whether a suspect with status s has been arrested,
// in this operation or before it: Arrested, InCustody and Released do.
func (s SuspectStatus) ImpliesArrest() bool {
	return s == Arrested || s == InCustody || s == SuspectReleased
}

// Charge is an offence a suspect is charged with (NIEM j:Charge): the
// offence in words as the report gives it, and the law it falls under
// where known. Neither is personal data: keep names out of them.
type Charge struct {
	Offence string `json:"offence"`           // required: "trafficking in persons"
	Statute string `json:"statute,omitempty"` // "Article 153 of the Penal Code"
	Date    Date   `json:"date,omitzero"`     // when the charge was brought
}

// CourtDecision is a court's decision on a suspect's case (NIEM's
// j:CourtEvent with its disposition): the outcome, when and by which
// court, and the sentence and fine it imposed.
type CourtDecision struct {
	Outcome  CourtOutcome   `json:"outcome"` // required
	Date     Date           `json:"date,omitzero"`
	Court    string         `json:"court,omitempty"`
	Sentence Sentence       `json:"sentence,omitzero"` // only with Convicted
	Fine     ReportedAmount `json:"fine,omitzero"`     // only with Convicted
}

// Sentence is a term of imprisonment (NIEM j:SentenceTerm): years and
// months as the court gave them ("18 months" stays 0 years, 18 months), or
// life. The zero value is no sentence recorded.
type Sentence struct {
	Years  int  `json:"years,omitempty"`
	Months int  `json:"months,omitempty"`
	Life   bool `json:"life,omitempty"`
}

// IsZero reports whether no sentence is recorded.
func (s Sentence) IsZero() bool { return s == Sentence{} }

// maxSentenceYears bounds a term: longer terms are life in all but name,
// and the bound keeps sums of terms far from overflowing.
const maxSentenceYears = 1000

// String returns "12 years 6 months", "18 months", "life", or "" for the
// zero Sentence.
func (s Sentence) String() string {
	if s.Life {
		return "life"
	}
	var b strings.Builder
	unit := func(n int, one string) {
		if n == 0 {
			return
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(n))
		b.WriteByte(' ')
		b.WriteString(one)
		if n != 1 {
			b.WriteByte('s')
		}
	}
	unit(s.Years, "year")
	unit(s.Months, "month")
	return b.String()
}

// String describes s without personal data: "suspect S01 (TW, arrested
// 2023-10-08)", "suspect S02 (PE, at large)".
func (s Suspect) String() string {
	extra := s.Gender.String()
	if s.Status != 0 {
		if extra != "" {
			extra += ", "
		}
		extra += strings.ToLower(s.Status.Label())
		if !s.Arrested.IsZero() {
			extra += " " + s.Arrested.String()
		}
	}
	return personString("suspect", s.ID, s.Nationality, extra, s.Name != "")
}

// GoString is used by %#v; like String it leaves the name out.
func (s Suspect) GoString() string { return "rescue.Suspect{" + s.String() + "}" }

// Format makes every fmt verb print [Suspect.String], and %#v print
// [Suspect.GoString], as [Victim.Format] does.
func (s Suspect) Format(f fmt.State, verb rune) { personFormat(f, verb, s.String, s.GoString) }

// LogValue implements [slog.LogValuer]: the suspect's non-personal fields.
func (s Suspect) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", s.ID),
		slog.String("nationality", s.Nationality.String()),
		slog.String("gender", s.Gender.String()),
		slog.String("group", s.Group),
		slog.String("status", s.Status.String()),
		slog.String("arrested", s.Arrested.String()),
	)
}
