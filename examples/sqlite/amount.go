package main

import (
	"database/sql/driver"

	"github.com/antitrafficking/rescue"
)

// amount stores a ReportedAmount as its canonical text, NULL for none.
// Until the value types' revision (issue 8), ReportedAmount has a field
// named Value and so cannot be a driver.Valuer itself; then this goes.
type amount struct{ a rescue.ReportedAmount }

func (a amount) Value() (driver.Value, error) {
	r := a.a
	if r.IsZero() {
		return nil, nil
	}
	b, err := r.MarshalText()
	return string(b), err
}

// cashCurrency is the currency of an amount's figure, which the summary
// files it under.
func cashCurrency(a rescue.ReportedAmount) rescue.Currency { return a.Value.Currency() }
