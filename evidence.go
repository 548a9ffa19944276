package rescue

import "time"

// Evidence is an item or lot seized in an operation, with its chain of
// custody: the shape of NIEM's j:Evidence and j:ItemSeizure. Zero values
// mean "not recorded".
type Evidence struct {
	ID          string         `json:"id"` // the exhibit number; required and unique within the operation
	Kind        EvidenceKind   `json:"kind,omitzero"`
	Description string         `json:"description,omitempty"`
	Quantity    Count          `json:"quantity,omitzero"` // how many items ("numerous cell phones": at least 2)
	Cash        ReportedAmount `json:"cash,omitzero"`     // required for Cash, and only for Cash
	Seized      Date           `json:"seized,omitzero"`
	Place       Place          `json:"place,omitzero"`
	TakenFrom   string         `json:"takenFrom,omitempty"` // the ID of a suspect or victim of the operation
	Custody     []CustodyEvent `json:"custody,omitempty"`   // in time order, the first one Seized
}

// CustodyEvent is one link of the chain of custody: who did what with the
// item, when and where (NIEM j:CustodyTransfer, CASE/UCO
// investigation:InvestigativeAction). Custodians are officials or
// agencies, not personal data.
type CustodyEvent struct {
	At       time.Time     `json:"at"`
	Action   CustodyAction `json:"action"`
	From     string        `json:"from,omitempty"` // the custodian releasing the item
	To       string        `json:"to,omitempty"`   // the custodian receiving it; required for Transferred
	Location string        `json:"location,omitempty"`
	Seal     string        `json:"seal,omitempty"` // a seal number, or a content hash such as "sha256:…"
	Note     string        `json:"note,omitempty"`
}
