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
	if !d.is(i, DateStart) && !(d.toks[i].kind == kNum && d.lex.Months[d.word(i+1)] != 0) {
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
	// A weekday: "on Friday", "Monday morning", "Friday, October 31".
	if wd, ok := d.lex.Weekdays[d.word(i)]; ok && d.toks[i].cap {
		k := i + 1
		if d.punct(k, ",") {
			k++
		}
		if m := d.month(k); m > 0 {
			if x, ok := d.dateAt(k, pub); ok {
				x.first = i
				return x, true
			}
		}
		if !pub.known() {
			return dateAt{}, false
		}
		t := pub.time()
		back := (int(t.Weekday()) - wd + 7) % 7
		day := ymdOf(t.AddDate(0, 0, -back))
		return dateAt{DateExpr{Start: day, End: day}, i, i}, true
	}
	// "June 22", "October 31, 2025", "June 1 to 6", "June 3 to June 9",
	// "September 2015", "in September".
	if m := d.month(i); m > 0 {
		if day := d.dayNumber(i + 1); day > 0 {
			last := i + 1
			year := 0
			if d.punct(last+1, ",") && d.yearAt(last+2) > 0 {
				year, last = d.yearAt(last+2), last+2
			} else if d.yearAt(last+1) > 0 {
				year, last = d.yearAt(last+1), last+1
			}
			start := YMD{year, m, day}
			end := start
			// A span: "to 6", "to June 9", "-6".
			if w := d.word(last + 1); w == "to" || w == "-" || w == "–" {
				k := last + 2
				em := m
				if m2 := d.month(k); m2 > 0 {
					em, k = m2, k+1
				}
				if day2 := d.dayNumber(k); day2 > 0 {
					end, last = YMD{year, em, day2}, k
				}
			}
			s, e, ok := anchor(start, end, pub)
			if !ok {
				return dateAt{}, false
			}
			return dateAt{DateExpr{Start: s, End: e}, i, last}, true
		}
		if y := d.yearAt(i + 1); y > 0 {
			return dateAt{DateExpr{Start: YMD{y, m, 0}, End: YMD{y, m, 0}}, i, i + 1}, true
		}
		if d.word(i-1) == "in" {
			s, e, ok := anchor(YMD{0, m, 0}, YMD{0, m, 0}, pub)
			if !ok {
				return dateAt{}, false
			}
			return dateAt{DateExpr{Start: s, End: e}, i, i}, true
		}
		return dateAt{}, false
	}
	// "21 July 2017".
	if day := d.dayNumber(i); day > 0 && d.toks[i].kind == kNum {
		if m := d.month(i + 1); m > 0 {
			last := i + 1
			year := 0
			if y := d.yearAt(i + 2); y > 0 {
				year, last = y, i+2
			}
			s, e, ok := anchor(YMD{year, m, day}, YMD{year, m, day}, pub)
			if !ok {
				return dateAt{}, false
			}
			return dateAt{DateExpr{Start: s, End: e}, i, last}, true
		}
	}
	return dateAt{}, false
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
	for k, n := first-1, 0; k >= 0 && n < 3 && d.same(k, first); k-- {
		if d.is(k, StatementVerb) {
			return true
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
