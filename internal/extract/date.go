package extract

import (
	"strconv"
	"time"
)

// Dates: explicit ("October 31", "21 July 2017", "from June 1 to 6", "in
// September 2015") and relative to the publication date ("over the
// weekend", "on Friday", "last month").

// known reports whether the date is set.
func (y YMD) known() bool { return y.Year > 0 }

func (y YMD) time() time.Time {
	return time.Date(y.Year, time.Month(y.Month), y.Day, 12, 0, 0, 0, time.UTC)
}

func ymdOf(t time.Time) YMD { return YMD{t.Year(), int(t.Month()), t.Day()} }

// dayNumber returns the day of the month token i gives ("22", "23rd"), or 0.
func (d *doc) dayNumber(i int) int {
	if i < 0 || i >= len(d.toks) {
		return 0
	}
	w := d.word(i)
	if d.toks[i].kind == kOrdinal {
		w = w[:len(w)-2]
	} else if d.toks[i].kind != kNum {
		return 0
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}

// yearAt returns the year token i gives, or 0.
func (d *doc) yearAt(i int) int {
	if i < 0 || i >= len(d.toks) || !d.isYear(i) {
		return 0
	}
	n, _ := strconv.Atoi(d.word(i))
	return n
}

// month returns the month a capitalised token i names, or 0.
func (d *doc) month(i int) int {
	if i < 0 || i >= len(d.toks) || !d.toks[i].cap {
		return 0
	}
	w := d.word(i)
	if w == "may" && d.punct(i+1, ".") {
		return 0
	}
	return d.lex.Months[w]
}

// findDates finds the dates of the text and resolves them against
// published (zero when unknown: then only dates that name their year are
// kept).
func (d *doc) findDates(r *Result, published YMD) {
	r.Years = map[int]int{}
	for i := 0; i < len(d.toks); i++ {
		if y := d.yearAt(i); y > 0 && d.toks[i].space || y > 0 && i == 0 {
			s := int(d.toks[i].sent)
			r.Years[s] = max(r.Years[s], y)
		}
		e, ok := d.dateAt(i, published)
		if !ok || r.full(len(r.Dates), MaxFound, "dates") {
			continue
		}
		e.Statement = d.statementNear(e.first, e.last)
		e.Operation = d.operationBefore(e.first)
		e.Other = d.otherEventAt(e.first) || !d.anotherEvent(e.first, e.last).IsZero()
		e.Clause = d.sequenceClause(e.first)
		e.Span, e.Sent = d.span(e.first, e.last), int(d.toks[i].sent)
		r.Dates = append(r.Dates, e.DateExpr)
		i = e.last
	}
}

// dateAt is a date found at a token, with its token range.
type dateAt struct {
	DateExpr
	first, last int
}

// dateAt reads a date starting at token i.
func (d *doc) dateAt(i int, pub YMD) (dateAt, bool) {
	if !d.is(i, DateStart) && !(d.toks[i].kind == kNum && d.dayFirstAt(i) > 0) {
		return dateAt{}, false
	}
	// A relative phrase: "over the weekend", "last week".
	for n := 5; n >= 1; n-- {
		if !d.wordsKey(i, n) {
			continue
		}
		if rel, ok := d.lex.Relative[string(d.key)]; ok {
			if !pub.known() {
				return dateAt{}, false
			}
			s, e := resolveRelative(rel, pub)
			return dateAt{DateExpr{Start: s, End: e}, i, i + n - 1}, true
		}
	}
	if wd, ok := d.lex.Weekdays[d.word(i)]; ok && d.toks[i].cap {
		return d.weekdayAt(i, wd, pub)
	}
	// "June 22", "October 31, 2025", "June 1 to 6", "June 3 to June 9",
	// "between March 14 and 17", "Feb. 2", "September 2015", "in September".
	if m := d.month(i); m > 0 {
		dn := i + 1
		if d.punct(dn, ".") && d.lex.Abbreviations[d.word(i)] && d.toks[dn].s == d.toks[i].e {
			dn++ // "Feb. 2"
		}
		if day := d.dayNumber(dn); day > 0 {
			last := dn
			year := d.yearAfter(&last)
			start := YMD{year, m, day}
			end := start
			two := false
			// A span: "to 6", "to June 9", "-6", "and 17" after
			// "between"; two days: "on March 7 and 8".
			if w := d.word(last + 1); w == "to" || w == "-" || w == "–" || w == "and" {
				k := last + 2
				em := m
				if m2 := d.month(k); m2 > 0 {
					em, k = m2, k+1
				}
				if day2 := d.dayNumber(k); day2 > 0 && (w != "and" || !d.is(k+1, personClasses) && !d.isNumberToken(k+1)) {
					two = w == "and" && !d.is(i-1, RangeOpen)
					last = k
					end = YMD{d.yearAfter(&last), em, day2}
					switch {
					case end.Year == 0:
						end.Year = year
					case year == 0 && em >= m:
						start.Year = end.Year // "June 3 to June 9, 2025"
					case year == 0:
						start.Year = end.Year - 1
					}
				}
			}
			return d.anchored(start, end, pub, i, last, two)
		}
		if y := d.yearAt(i + 1); y > 0 {
			return dateAt{DateExpr{Start: YMD{y, m, 0}, End: YMD{y, m, 0}}, i, i + 1}, true
		}
		if d.word(i-1) == "in" {
			return d.anchored(YMD{0, m, 0}, YMD{0, m, 0}, pub, i, i, false)
		}
		return dateAt{}, false
	}
	// "21 July 2017", "14-17 March", "between 14 and 17 March", "from 14
	// to 17 March".
	if mt := d.dayFirstAt(i); mt > 0 {
		m := d.month(mt)
		last := mt
		year := d.yearAfter(&last)
		start := YMD{year, m, d.dayNumber(i)}
		end := start
		two := false
		if mt > i+1 {
			end.Day = d.dayNumber(mt - 1)
			two = d.word(i+1) == "and" && !d.is(i-1, RangeOpen)
		}
		return d.anchored(start, end, pub, i, last, two)
	}
	return dateAt{}, false
}

// dayFirstAt returns the token of the month of a date written day first
// from token i ("21 July", "14-17 March", "14 to 17 March", "14 and 17
// March"), or 0.
func (d *doc) dayFirstAt(i int) int {
	if d.dayNumber(i) == 0 || d.toks[i].kind != kNum {
		return 0
	}
	if d.month(i+1) > 0 {
		return i + 1
	}
	switch d.word(i + 1) {
	case "-", "–", "to", "and":
		if d.dayNumber(i+2) > 0 && d.tok(i+2).kind == kNum && d.month(i+3) > 0 {
			return i + 3
		}
	}
	return 0
}

// yearAfter reads the year after token *last ("June 22, 2025", "21 July
// 2017"), moves *last to it, and returns it, or 0.
func (d *doc) yearAfter(last *int) int {
	if d.punct(*last+1, ",") && d.yearAt(*last+2) > 0 {
		*last += 2
		return d.yearAt(*last)
	}
	if y := d.yearAt(*last + 1); y > 0 {
		*last++
		return y
	}
	return 0
}

// anchored returns the date from start to end at tokens [first, last],
// anchored to the year of publication when it names none. two is set for
// two days that are not a span ("on March 14 and 17").
func (d *doc) anchored(start, end, pub YMD, first, last int, two bool) (dateAt, bool) {
	s, e, ok := anchor(start, end, pub)
	if !ok {
		return dateAt{}, false
	}
	return dateAt{DateExpr{Start: s, End: e, Two: two}, first, last}, true
}

// weekdayAt reads a date starting at the weekday wd at token i: "on
// Friday", "Thursday (March 7)", "Tuesday, 14 March", "Thursday last
// week", "last Thursday". A weekday with a date is that date, and the
// date is refused when the two disagree; a weekday alone is the last one
// on or before publication, or the one in the week a phrase names.
func (d *doc) weekdayAt(i, wd int, pub YMD) (dateAt, bool) {
	k := i + 1
	paren := d.punct(k, "(")
	if d.punct(k, ",") || paren {
		k++
	}
	if d.month(k) > 0 || d.dayFirstAt(k) > 0 {
		if x, ok := d.dateAt(k, pub); ok {
			if paren && d.punct(x.last+1, ")") {
				x.last++
			}
			x.first = i
			if x.Start.Day > 0 && int(x.Start.time().Weekday()) != wd {
				x.Start, x.End, x.Conflict = YMD{}, YMD{}, true
			}
			return x, true
		}
	}
	if !pub.known() {
		return dateAt{}, false
	}
	t := pub.time()
	back := (int(t.Weekday()) - wd + 7) % 7
	switch shift := d.lex.WeekdayShift[d.word(i-1)]; {
	case shift > 0:
		return dateAt{}, false // "next Friday": not yet
	case shift < 0 && back == 0:
		back = 7 // "last Friday", on a Friday: a week before
	}
	if d.lex.WeekdayShift[d.word(i+1)] > 0 {
		return dateAt{}, false // "Friday next week"
	}
	// "Thursday last week", "Friday this week": the weekday of that week.
	for n := 3; n >= 2; n-- {
		if !d.wordsKey(i+1, n) {
			continue
		}
		if rel, ok := d.lex.Relative[string(d.key)]; ok && (rel.Kind == RelLastWeek || rel.Kind == RelThisWeek) {
			monday, _ := resolveRelative(rel, pub)
			day := ymdOf(monday.time().AddDate(0, 0, (wd+6)%7))
			if day.time().After(t) {
				return dateAt{}, false
			}
			return dateAt{DateExpr{Start: day, End: day}, i, i + n}, true
		}
	}
	day := ymdOf(t.AddDate(0, 0, -back))
	if x, ok := d.weekdayPair(i, wd, day, pub); ok {
		return x, true
	}
	return dateAt{DateExpr{Start: day, End: day}, i, i}, true
}

// weekdayPair reads two weekdays joined ("on Tuesday and Wednesday",
// "from Monday to Thursday") from the first, wd at token i, which falls
// on first when alone: the days from the first to the second, the last
// one on or before publication. Only bare weekdays pair: "Tuesday and
// Wednesday last week" and "Monday and Tuesday (March 3)" are left to
// the single weekday.
func (d *doc) weekdayPair(i, wd int, first, pub YMD) (dateAt, bool) {
	if d.lex.WeekdayShift[d.word(i-1)] != 0 {
		return dateAt{}, false
	}
	w := d.word(i + 1)
	switch w {
	case "and", "to", "through", "-", "–":
	default:
		return dateAt{}, false
	}
	k := i + 2
	wd2, ok := d.lex.Weekdays[d.word(k)]
	if !ok || !d.toks[k].cap || !d.same(i, k) || wd2 == wd {
		return dateAt{}, false
	}
	if n := d.word(k + 1); d.lex.WeekdayShift[n] != 0 || d.is(k+1, DateStart) || n == "(" ||
		n == "," && (d.month(k+2) > 0 || d.dayFirstAt(k+2) > 0) {
		return dateAt{}, false
	}
	// The second is the last such weekday on or before publication,
	// unless it comes after the first in that week.
	gap := (wd2 - wd + 7) % 7
	start, end := first, ymdOf(first.time().AddDate(0, 0, gap))
	if end.time().After(pub.time()) {
		start, end = ymdOf(start.time().AddDate(0, 0, -7)), ymdOf(end.time().AddDate(0, 0, -7))
	}
	return dateAt{DateExpr{Start: start, End: end, Two: w == "and"}, i, k}, true
}

// anchor gives a date without a year the year of publication, or the year
// before when the date would fall after publication. It fails when the
// year is unknown and nothing anchors it, or the date does not exist.
func anchor(s, e YMD, pub YMD) (YMD, YMD, bool) {
	if s.Year == 0 {
		if !pub.known() {
			return YMD{}, YMD{}, false
		}
		s.Year, e.Year = pub.Year, pub.Year
		if s.Month > pub.Month || s.Month == pub.Month && s.Day > pub.Day {
			s.Year--
			e.Year--
		}
	}
	if e.Month < s.Month {
		e.Year = s.Year + 1
	}
	for _, x := range [...]YMD{s, e} {
		if x.Day > 0 && ymdOf(x.time()) != x {
			return YMD{}, YMD{}, false // 31 June
		}
	}
	if e.time().Before(s.time()) {
		return YMD{}, YMD{}, false // "June 6 to 1", "May 2 and 1"
	}
	return s, e, true
}

// resolveRelative returns the first and last day a relative phrase means,
// published on pub.
func resolveRelative(rel Relative, pub YMD) (YMD, YMD) {
	t := pub.time()
	day := func(n int) YMD { return ymdOf(t.AddDate(0, 0, n)) }
	// Monday of the week of publication.
	monday := -((int(t.Weekday()) + 6) % 7)
	switch rel.Kind {
	case RelToday:
		return pub, pub
	case RelYesterday:
		return day(-1), day(-1)
	case RelWeekend:
		// The last Saturday and Sunday that end before or on publication.
		back := (int(t.Weekday()) + 7) % 7 // days since Sunday
		return day(-back - 1), day(-back)
	case RelThisWeek:
		return day(monday), pub
	case RelLastWeek:
		return day(monday - 7), day(monday - 1)
	case RelThisMonth:
		m := YMD{pub.Year, pub.Month, 0}
		return m, m
	case RelLastMonth:
		p := ymdOf(time.Date(pub.Year, time.Month(pub.Month)-1, 1, 12, 0, 0, 0, time.UTC))
		p.Day = 0
		return p, p
	case RelPastDays:
		return day(-rel.Days), pub
	case RelDaysAgo:
		return day(-rel.Days), day(-rel.Days)
	case RelWeeksAgo:
		// "Two weeks ago" is not a day: the week that holds the day 14
		// days back, as "last week" is the week that holds the day 7 back.
		return day(monday - 7*rel.Days), day(monday - 7*rel.Days + 6)
	case RelMonthsAgo:
		p := ymdOf(time.Date(pub.Year, time.Month(pub.Month-rel.Days), 1, 12, 0, 0, 0, time.UTC))
		p.Day = 0
		return p, p
	}
	return YMD{}, YMD{}
}

// operationBefore reports whether a word of the operation (a raid, a
// rescue, an arrest) comes before token i in its sentence with no clause
// between them: "The operation, carried out … over the weekend", not
// "the operation started after one of the victims dialed … in December".
func (d *doc) operationBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxWindow && d.same(k, i); k-- {
		if d.is(k, OperationNoun|roleVerbs) {
			return true
		}
		if d.is(k, ClauseBreak) {
			return false
		}
	}
	return false
}

// statementNear reports whether the date at tokens [first, last] is that
// of a statement ("said on Monday", "on Friday, October 31, said") or of
// a dateline ("DAKAR, June 22"), not of the events.
func (d *doc) statementNear(first, last int) bool {
	// "said on Monday", "told local media on Monday"; not "said they
	// rescued 12 women on Monday".
	for k, n := first-1, 0; k >= 0 && n < 4 && d.same(k, first); k-- {
		if d.is(k, StatementVerb) {
			return true
		}
		if d.is(k, roleVerbs|OperationNoun) {
			break
		}
		if d.toks[k].kind == kWord {
			n++
		}
	}
	for k, n := last+1, 0; k < len(d.toks) && n < 2 && d.same(k, last); k++ {
		if d.is(k, StatementVerb) {
			return true
		}
		if d.toks[k].kind == kWord {
			n++
		}
	}
	// A dateline: a place and a comma before the date, and the story
	// right after it ("DAKAR, June 22 Police in …", "JAKARTA, April 22 —").
	if d.punct(first-1, ",") && d.tok(first-2).cap && d.tok(first-2).kind == kWord {
		n := d.tok(last + 1)
		if n.kind == kPunct && (d.word(last+1) == "—" || d.word(last+1) == "–" || d.word(last+1) == "-" || d.word(last+1) == "(") ||
			n.kind == kWord && n.cap && d.month(last+1) == 0 {
			return true
		}
	}
	return false
}
