package rescue

import (
	"strconv"
	"time"

	"github.com/antitrafficking/rescue/internal/extract"
)

// The date of the operation, from the dates the engine found.

// when records the date of the operation: the first date of the events
// in the clause of the first figure of victims, else of the first figure
// of victims or suspects that a verb gives (x.anchor), else of suspects, else
// the first date after a word of the operation in another sentence ("The
// victims were repatriated on Monday, after being rescued on Friday"). A date is never
// that of a statement ("said on Monday"), of another event ("charged on
// March 1", "repatriated on Friday"), or of a clause of an event before
// or after ("a week after the suspects were arrested on March 10"); a
// weekday and a date that disagree give no date.
func (x *extractor) when() {
	var pick *extract.DateExpr
	for ri, s := range x.totalSent {
		if ri == 1 && pick == nil && x.anchor != nil {
			// No date with the victims' total: the first figure's
			// ("freed by a militia on 12 February"), not that of a later
			// arrest ("arrested in Medan last week").
			pick = x.anchor
		}
		if s < 0 || pick != nil {
			continue
		}
		for i := range x.r.Dates {
			d := &x.r.Dates[i]
			if d.Sent != s || d.Statement {
				continue
			}
			switch {
			case d.Other:
				x.find(d.Span, "", "the date of another event than the operation: not recorded")
			case d.Clause != x.totalClause[ri]:
				x.find(d.Span, "", "in a clause of an event before or after the operation's ("+strconv.Quote(x.span(d.Clause))+"): not recorded")
			case pick == nil:
				pick = d
			}
		}
	}
	for i := range x.r.Dates {
		if pick != nil {
			break
		}
		// A date of a sentence of a total was read above.
		// Nor is a date of a sentence whose figures are to date ("Since
		// January, … 153 … in August alone") the operation's.
		if d := &x.r.Dates[i]; !d.Statement && d.Operation && !d.Other && d.Sent != x.totalSent[0] && d.Sent != x.totalSent[1] &&
			!x.r.Cumulative[d.Sent] {
			if _, ok := x.skip[d.Sent]; !ok {
				pick = d
			}
		}
	}
	if pick == nil {
		return
	}
	if pick.Conflict {
		x.find(pick.Span, "", "the weekday and the date disagree: no date recorded")
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
	switch {
	case pick.Two:
		note = "two days: read as the period from the first to the last, " + x.op.When.String()
	case pick.Start != pick.End || pick.Start.Day == 0:
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
