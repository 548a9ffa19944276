package rescue

import (
	"log/slog"
	"time"
)

// Evidence is an item or lot seized in an operation, with its chain of
// custody: the shape of NIEM's j:Evidence and j:ItemSeizure. Zero values
// mean "not recorded".
//
// Cash holds the amount of a Cash item. Value is what any item was
// reported to be worth ("a compound worth P6 billion", "vehicles worth
// ₦40 million"); cash needs none, its amount is its value. Description is
// [Personal]: it can name the owner ("passport of …").
type Evidence struct {
	ID          string         `json:"id"` // the exhibit number; required and unique within the operation
	Kind        EvidenceKind   `json:"kind,omitzero"`
	Description Personal       `json:"description,omitempty"`
	Quantity    Count          `json:"quantity,omitzero"`   // how many items ("numerous cell phones": at least 2)
	Cash        ReportedAmount `json:"cash,omitzero"`       // required for Cash, and only for Cash
	Value       ReportedAmount `json:"value,omitzero"`      // the estimated value of anything but cash
	Seized      Period         `json:"seized,omitzero"`     // a date, or a span when that is what was reported
	Site        string         `json:"site,omitempty"`      // the ID of the place of the operation where it was seized
	TakenFrom   string         `json:"takenFrom,omitempty"` // the ID of a suspect or victim of the operation
	Custody     []CustodyEvent `json:"custody,omitempty"`   // in time order, the first one Seized
}

// LogValue implements [slog.LogValuer]: the item without its description
// or the notes of its custody.
func (e Evidence) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", e.ID),
		slog.String("kind", e.Kind.String()),
		slog.String("quantity", e.Quantity.String()),
		slog.String("cash", e.Cash.String()),
		slog.String("value", e.Value.String()),
		slog.String("seized", e.Seized.String()),
		slog.Int("custody", len(e.Custody)),
	)
}

// CustodyEvent is one link of the chain of custody: who did what with the
// item, when and where (NIEM j:CustodyTransfer, CASE/UCO
// investigation:InvestigativeAction). Custodians are officials or
// agencies, not personal data; Note is [Personal].
//
// At is the instant, when the record holds it to the second; When is the
// date or span as reported otherwise ("on Monday", "over the weekend").
// One of them is required; with both, At falls within When.
type CustodyEvent struct {
	At       time.Time     `json:"at,omitzero"`
	When     Period        `json:"when,omitzero"`
	Action   CustodyAction `json:"action"`
	From     string        `json:"from,omitempty"` // the custodian releasing the item
	To       string        `json:"to,omitempty"`   // the custodian receiving it; required for Transferred
	Location string        `json:"location,omitempty"`
	Site     string        `json:"site,omitempty"` // the ID of a place of the operation, where that is where it happened
	Seal     string        `json:"seal,omitempty"` // a seal number, or a content hash such as "sha256:…"
	Note     Personal      `json:"note,omitempty"`
}

// LogValue implements [slog.LogValuer]: the event without its note.
func (c CustodyEvent) LogValue() slog.Value {
	when := c.When.String()
	if !c.At.IsZero() {
		when = c.At.Format(time.RFC3339)
	}
	return slog.GroupValue(
		slog.String("when", when),
		slog.String("action", c.Action.String()),
		slog.String("from", c.From),
		slog.String("to", c.To),
	)
}
