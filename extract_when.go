package rescue

import (
	"time"

	"github.com/antitrafficking/rescue/internal/extract"
)

// The date of the operation, from the dates the engine found.

// when records the date of the operation: the first date of the events
// (not of a statement) in the sentence of the first figure of victims,
// else of suspects, else in the first sentence that speaks of the
// operation.
func (x *extractor) when() {
	var pick *extract.DateExpr
	for _, s := range x.totalSent {
		if s < 0 || pick != nil {
			continue
		}
		for i := range x.r.Dates {
			if d := &x.r.Dates[i]; d.Sent == s && !d.Statement {
				pick = d
				break
			}
		}
	}
	for i := range x.r.Dates {
		if pick != nil {
			break
		}
		if d := &x.r.Dates[i]; !d.Statement && d.Operation {
			if _, ok := x.skip[d.Sent]; !ok {
				pick = d
			}
		}
	}
	if pick == nil {
		return
	}
	start, ok1 := ymdDate(pick.Start)
	end, ok2 := ymdDate(pick.End)
	if !ok1 || !ok2 {
		return
	}
	x.op.When = Period{Start: start, End: end}
	x.whenSent = pick.Sent
	note := ""
	if pick.Start != pick.End || pick.Start.Day == 0 {
		note = "as reported: " + x.op.When.String()
	}
	x.find(pick.Span, "when", note)
}

// ymdDate makes a Date of the precision the engine's date has.
func ymdDate(y extract.YMD) (Date, bool) {
	p := PrecisionDay
	switch {
	case y.Month == 0:
		p = PrecisionYear
	case y.Day == 0:
		p = PrecisionMonth
	}
	d, err := NewDate(y.Year, time.Month(y.Month), y.Day, p)
	return d, err == nil
}
