package rescue

import (
	"slices"
	"strconv"
	"time"

	"github.com/antitrafficking/rescue/internal/extract"
)

// Sentences of another event than the operation, told by their dates:
// an arrest "last month" or "in May" in a report of a rescue on Tuesday,
// and what follows "Separately, …" in its paragraph.

// clearlyBefore is how many days a date must end before the operation's
// starts, when both are days or spans of days, to be another event's: the
// day before is often the operation's first ("police raided the building
// on Monday and rescued 9 women on Tuesday").
const clearlyBefore = 7

// otherSentences finds the operation's date (anchorDate) and marks in
// x.skip the sentences dated clearly before it, and those opened by a
// phrase of another event ("Separately, …", "In a separate raid, …")
// with the rest of their paragraph, until a sentence dated as the
// operation ties back to it.
func (x *extractor) otherSentences() {
	bySent := map[int][]int{} // a sentence's dates of events
	for i := range x.r.Dates {
		if d := &x.r.Dates[i]; !d.Statement && !d.Other && !d.Conflict && d.Start.Year > 0 {
			bySent[d.Sent] = append(bySent[d.Sent], i)
		}
	}
	x.anchorDate(bySent)
	for s, ds := range bySent {
		if _, ok := x.skip[s]; ok || x.anchor == nil || s == x.anchor.Sent {
			continue
		}
		var before *extract.DateExpr
		for _, i := range ds {
			d := &x.r.Dates[i]
			if !d.Clause.IsZero() {
				continue // "a week after the suspects were arrested in May"
			}
			if !x.beforeAnchor(d) {
				before = nil
				break
			}
			before = d
		}
		if before != nil {
			x.skip[s] = "in a sentence dated " + strconv.Quote(x.span(before.Span)) + ", before the operation (" +
				strconv.Quote(x.span(x.anchor.Span)) + "): another event; not counted"
		}
	}
	for s := 0; s < x.r.Sentences; s++ {
		sp, ok := x.r.Separate[s]
		if !ok {
			continue
		}
		note := "in a sentence about another event (" + strconv.Quote(x.span(sp)) + "): not counted"
		if _, done := x.skip[s]; !done {
			x.skip[s] = note
		}
		for t := s + 1; t < x.r.Sentences && t < len(x.r.ParagraphStart) && !x.r.ParagraphStart[t]; t++ {
			if _, next := x.r.Separate[t]; next || x.tiesBack(bySent[t]) {
				break
			}
			if _, done := x.skip[t]; !done {
				x.skip[t] = "after a sentence about another event (" + strconv.Quote(x.span(sp)) +
					") in the same paragraph, and not dated as the operation: not counted"
			}
			s = t
		}
	}
}

// anchorDate sets x.anchor: the date, in the same clause, of the first
// group of victims or suspects a verb gives that is of the operation
// ("Police rescued 9 women on Tuesday").
func (x *extractor) anchorDate(bySent map[int][]int) {
	for gi := range x.r.Groups {
		g := &x.r.Groups[gi]
		if g.Role != extract.RoleVictim && g.Role != extract.RoleSuspect || g.NounOnly || !g.Other.IsZero() ||
			g.Superseded || x.r.Cumulative[g.Sent] {
			continue
		}
		if _, ok := x.skip[g.Sent]; ok {
			continue
		}
		if _, ok := x.r.Separate[g.Sent]; ok {
			continue
		}
		for _, i := range bySent[g.Sent] {
			if d := &x.r.Dates[i]; d.Clause == g.Clause {
				x.anchor = d
				return
			}
		}
	}
}

// beforeAnchor reports whether date d ends clearly before the operation's
// date starts: in an earlier month when either is a month ("last month",
// "in May"), else at least clearlyBefore days before.
func (x *extractor) beforeAnchor(d *extract.DateExpr) bool {
	_, end := ymdDays(d.Start, d.End)
	start, _ := ymdDays(x.anchor.Start, x.anchor.End)
	if !end.Before(start) {
		return false
	}
	if d.End.Day == 0 || x.anchor.Start.Day == 0 {
		return end.Year() != start.Year() || end.Month() != start.Month()
	}
	return start.Sub(end) >= clearlyBefore*24*time.Hour
}

// tiesBack reports whether one of the dates (indexes into the engine's
// dates) overlaps the operation's.
func (x *extractor) tiesBack(ds []int) bool {
	if x.anchor == nil {
		return false
	}
	as, ae := ymdDays(x.anchor.Start, x.anchor.End)
	return slices.ContainsFunc(ds, func(i int) bool {
		s, e := ymdDays(x.r.Dates[i].Start, x.r.Dates[i].End)
		return !e.Before(as) && !s.After(ae)
	})
}

// ymdDays returns the first and the last day of the engine's date from
// start to end: a month runs from its first day to its last, a year from
// 1 January to 31 December.
func ymdDays(start, end extract.YMD) (time.Time, time.Time) {
	s := time.Date(start.Year, time.Month(max(start.Month, 1)), max(start.Day, 1), 0, 0, 0, 0, time.UTC)
	var e time.Time
	switch {
	case end.Month == 0:
		e = time.Date(end.Year, time.December, 31, 0, 0, 0, 0, time.UTC)
	case end.Day == 0:
		e = time.Date(end.Year, time.Month(end.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	default:
		e = time.Date(end.Year, time.Month(end.Month), end.Day, 0, 0, 0, 0, time.UTC)
	}
	return s, e
}
