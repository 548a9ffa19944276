package rescue

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/antitrafficking/rescue/internal/fold"
)

// htcdsPerson reads the cells of one row into a Victim or a Suspect. Its
// slices are the reader's scratch, reused row after row; the caller
// detaches them (htcdsDetachVictim) before keeping a record.
type htcdsPerson struct {
	r     *HTCDSReader
	build bool // false: only check the cells (a problem was found before)
}

func (p htcdsPerson) victim(v *Victim) {
	r := p.r
	r.nat, r.methods, r.ctrl, r.expl, r.sex = r.nat[:0], r.methods[:0], r.ctrl[:0], r.expl[:0], r.sex[:0]
	dead := -1                         // prs_Deceased: -1 not recorded, 0 false, 1 true
	recruitedAt, exploitedAt := -1, -1 // the columns of a location read as a country
	var recruitedIn, exploitedIn Country
	for i := range r.cols {
		col := &r.cols[i]
		if !r.filled(i) {
			continue
		}
		c := r.cell(i)
		if p.wrongSide(i, col, c, htcdsSuspectSide, "a suspect's", "a victim's") {
			continue
		}
		switch col.kind {
		case hkUnnamed, hkSkip, hkID, hkRole, hkFirstName, hkMiddleName, hkSecondName, hkConsent,
			hkEventType, hkEventDate, hkEventCity, hkEventState, hkEventCountry:
			// read below, or already, or skipped
		case hkStatus:
			if st, ok := p.own(i, c, &victimStatusTable); ok {
				v.Status = VictimStatus(st)
			}
		case hkGender:
			if g, ok := p.single(i, c, hkGender); ok {
				v.Gender = Gender(g)
			}
		case hkCitizenship:
			v.Nationality = p.citizenship(i, c)
		case hkDeceased:
			dead = p.deceased(i, c)
		case hkTraffickingStatus:
			if s, ok := p.single(i, c, hkTraffickingStatus); ok {
				v.TraffickingStatus = TraffickingStatus(s)
			}
		case hkAge:
			if n, ok := htcdsWhole(c); ok && n <= maxAge {
				v.Age = AgeYears(n)
			} else {
				msg, err := htcdsAgeProblem(c)
				r.problem(i, c, msg, err)
			}
		case hkRelationship:
			if rel, ok := p.single(i, c, hkRelationship); ok {
				v.RecruiterRelation = RecruiterRelation(rel)
			}
		case hkRecruitment:
			htcdsMulti(p, i, c, hkRecruitment, &r.methods)
		case hkControls:
			htcdsMulti(p, i, c, hkControls, &r.ctrl)
		case hkExploitation:
			htcdsMulti(p, i, c, hkExploitation, &r.expl)
		case hkSexExploitation:
			htcdsMulti(p, i, c, hkSexExploitation, &r.sex)
		case hkIndustry:
			if s, ok := p.single(i, c, hkIndustry); ok {
				p.sector(i, &v.LabourSector, LabourSector(s))
			}
		case hkDestination:
			v.Destination = p.country(i, c)
		case hkExploitedIn:
			v.ExploitedIn = p.country(i, c)
		case hkRecruitedAt:
			if cty, ok := p.location(i, c); ok {
				recruitedAt, recruitedIn = i, cty
			}
		case hkExploitedAt:
			if cty, ok := p.location(i, c); ok {
				exploitedAt, exploitedIn = i, cty
			}
		case hkOption:
			selected, ok := htcdsBool(c)
			switch {
			case !ok:
				r.problem(i, c, "want 1 or 0", ErrSyntax)
			case !selected:
			case col.optKind == hkRecruitment:
				htcdsAdd(&r.methods, RecruitmentMethod(col.option))
			case col.optKind == hkControls:
				htcdsAdd(&r.ctrl, ControlMethod(col.option))
			case col.optKind == hkExploitation:
				htcdsAdd(&r.expl, Exploitation(col.option))
			case col.optKind == hkSexExploitation:
				htcdsAdd(&r.sex, SexExploitationType(col.option))
			case col.optKind == hkIndustry:
				p.sector(i, &v.LabourSector, LabourSector(col.option))
			}
		}
	}
	p.options()
	v.Status = VictimStatus(p.status(uint8(v.Status), dead, uint8(Deceased), &victimStatusTable))
	if p.build {
		v.Name = Personal(p.name())
	}
	if exploitedAt >= 0 {
		if v.ExploitedIn.IsValid() && v.ExploitedIn != exploitedIn {
			r.problem(exploitedAt, r.cell(exploitedAt), "disagrees with exploitedIn "+v.ExploitedIn.Alpha2(), ErrInvalid)
		}
		v.ExploitedIn = exploitedIn
	}
	p.event(v)
	if recruitedAt >= 0 {
		if c := v.Recruitment.Place.Country; c.IsValid() && c != recruitedIn {
			r.problem(recruitedAt, r.cell(recruitedAt), "disagrees with hte_Country "+c.Alpha2()+" of the recruitment", ErrInvalid)
		}
		v.Recruitment.Place.Country = recruitedIn
	}
	if len(r.nat) > 0 {
		v.OtherNationalities = r.nat
	}
	if len(r.methods) > 0 {
		v.Recruitment.Methods = r.methods
	}
	if len(r.ctrl) > 0 {
		v.Controls = r.ctrl
	}
	if len(r.expl) > 0 {
		v.Exploitation = r.expl
	}
	if len(r.sex) > 0 {
		v.SexExploitation = r.sex
	}
}

func (p htcdsPerson) suspect(s *Suspect) {
	r := p.r
	r.nat, r.roles = r.nat[:0], r.roles[:0]
	dead := -1
	for i := range r.cols {
		col := &r.cols[i]
		if !r.filled(i) {
			continue
		}
		c := r.cell(i)
		if p.wrongSide(i, col, c, htcdsVictimSide, "a victim's", "a suspect's") {
			continue
		}
		switch col.kind {
		case hkStatus:
			if st, ok := p.own(i, c, &suspectStatusTable); ok {
				s.Status = SuspectStatus(st)
			}
		case hkGender:
			if g, ok := p.single(i, c, hkGender); ok {
				s.Gender = Gender(g)
			}
		case hkCitizenship:
			s.Nationality = p.citizenship(i, c)
		case hkDeceased:
			dead = p.deceased(i, c)
		case hkRoles:
			htcdsMulti(p, i, c, hkRoles, &r.roles)
		case hkArrested:
			s.Arrested = p.period(i, c)
		case hkOption:
			switch selected, ok := htcdsBool(c); {
			case !ok:
				r.problem(i, c, "want 1 or 0", ErrSyntax)
			case selected:
				htcdsAdd(&r.roles, Role(col.option))
			}
		}
	}
	p.options()
	s.Status = SuspectStatus(p.status(uint8(s.Status), dead, uint8(SuspectDeceased), &suspectStatusTable))
	if p.build {
		s.Name = Personal(p.name())
	}
	if len(r.nat) > 0 {
		s.OtherNationalities = r.nat
	}
	if len(r.roles) > 0 {
		s.Roles = r.roles
	}
}

// options checks KoBoToolbox's columns of one option against the column
// of the whole multi-select, where a file has both: an option selected
// (1) that the whole column lacks, or not selected (0) that it holds, is
// a problem naming both columns, since either could be the mistake; the
// reader would otherwise add up both.
func (p htcdsPerson) options() {
	r := p.r
	for i := range r.cols {
		col := &r.cols[i]
		if col.kind != hkOption || !r.filled(i) {
			continue
		}
		whole := r.has[col.optKind]
		if whole < 0 {
			continue
		}
		selected, ok := htcdsBool(r.cell(i))
		if !ok {
			continue // a problem already
		}
		var vals []uint16
		if r.filled(whole) {
			var bad []byte
			vals, bad = htcdsItems(&htcdsPicklists()[col.optKind], r.cell(whole), r.vals[:0])
			r.vals = vals
			if bad != nil {
				continue // a problem already
			}
		}
		if slices.Contains(vals, uint16(col.option)) == selected {
			continue
		}
		option := col.name[strings.LastIndexByte(col.name, '/')+1:]
		msg := "selected here, but column " + r.cols[whole].name + " does not hold " + option + ": the two columns disagree"
		if !selected {
			msg = "not selected here, but column " + r.cols[whole].name + " holds " + option + ": the two columns disagree"
		}
		r.problem(i, r.cell(i), msg, ErrInvalid)
	}
}

// wrongSide reports whether col is the other side's (whose), adding a
// problem if it is filled (or its option selected) on this side's (mine)
// row.
func (p htcdsPerson) wrongSide(i int, col *htcdsCol, c []byte, other htcdsSide, whose, mine string) bool {
	if col.side != other {
		return false
	}
	if col.kind != hkOption {
		p.r.problem(i, c, whose+" column, filled on "+mine+" row", ErrInvalid)
	} else if selected, _ := htcdsBool(c); selected {
		p.r.problem(i, c, whose+" option, selected on "+mine+" row", ErrInvalid)
	}
	return true
}

// own reads a code or label of one of this library's vocabularies (the
// status column), case and spaces aside.
func (p htcdsPerson) own(i int, c []byte, t *vocabTable) (uint8, bool) {
	item := bytes.TrimSpace(c)
	m := htcdsStatusIndex()
	k := 0
	if t == &suspectStatusTable {
		k = 1
	}
	if v, ok := m[k][string(item)]; ok {
		return v, true
	}
	var buf [vocabMaxInput]byte
	if len(item) <= vocabMaxInput {
		if v, ok := m[k][string(fold.Compact(buf[:0], string(item)))]; ok {
			return v, true
		}
	}
	p.r.problem(i, c, "not "+withArticle(t.name)+" code or label (valid: "+t.valid+")", ErrInvalid)
	return 0, false
}

// htcdsStatusIndex maps the codes of VictimStatus and SuspectStatus, as
// they are and folded, and their labels folded, to their values.
var htcdsStatusIndex = sync.OnceValue(func() (m [2]map[string]uint8) {
	for k, t := range []*vocabTable{&victimStatusTable, &suspectStatusTable} {
		m[k] = map[string]uint8{}
		for v := 1; v < len(t.codes); v++ {
			m[k][t.codes[v]] = uint8(v)
			m[k][string(fold.Compact(nil, t.codes[v]))] = uint8(v)
			m[k][string(fold.Compact(nil, t.labels[v]))] = uint8(v)
		}
	}
	return m
})

// deceased reads prs_Deceased: 1 for true, 0 for false, -1 for a problem.
func (p htcdsPerson) deceased(i int, c []byte) int {
	switch dead, ok := htcdsBool(c); {
	case !ok:
		p.r.problem(i, c, "want true or false", ErrSyntax)
		return -1
	case dead:
		return 1
	}
	return 0
}

// status reconciles the status column (st) with prs_Deceased (dead: -1 not
// recorded, 0 false, 1 true): true with no status is deceased; a status
// that says otherwise is a problem.
func (p htcdsPerson) status(st uint8, dead int, deceased uint8, t *vocabTable) uint8 {
	r := p.r
	switch {
	case dead == 1 && st == 0:
		return deceased
	case dead == 1 && st != deceased, dead == 0 && st == deceased:
		i := r.has[hkDeceased]
		r.problem(i, r.cell(i), "disagrees with the status "+t.codes[st], ErrInvalid)
	}
	return st
}

// country reads a single country (destination, exploitedIn).
func (p htcdsPerson) country(i int, c []byte) Country {
	cty, err := htcdsCountry(bytes.TrimSpace(c))
	if err != nil {
		p.r.problemErr(i, err)
	}
	return cty
}

// location reads vic_LocationOfRecruitment or vic_LocationOfExploitation
// when the cell is a country alone ("Bolivia", "BO"). The fields are free
// text: anything else ("El Alto, Bolivia") is left unread, whole, and
// listed by Unread, since cutting a country off a place name could read a
// US state ("Atlanta, Georgia") as a country.
func (p htcdsPerson) location(i int, c []byte) (Country, bool) {
	cty, err := htcdsCountry(bytes.TrimSpace(c))
	if err != nil {
		p.r.unread[i] = true
		return Country{}, false
	}
	return cty, true
}

// period reads arrested: a date, as hte_Date is read ("2023/10/07" is a
// day, not a period), or an ISO 8601 interval of two
// ("2023-10-07/2023-10-08").
func (p htcdsPerson) period(i int, c []byte) Period {
	s := yearFirstDashes(string(bytes.TrimSpace(c)))
	if _, ok := dateNumeric(s); ok {
		d, err := htcdsDate(s, p.r.opt.DateOrder)
		if err != nil {
			p.r.problemErr(i, err)
		}
		return Period{Start: d, End: d}
	}
	per, msg, err := periodParse(s)
	if err != nil {
		if hint := htcdsDateHint(s); hint != "" {
			msg = hint
		}
		p.r.problemErr(i, parseError("ReadHTCDS", s, msg, err))
	}
	return per
}

// single reads a single-select cell.
func (p htcdsPerson) single(i int, c []byte, k htcdsKind) (uint8, bool) {
	pl := &htcdsPicklists()[k]
	item := bytes.TrimSpace(c)
	if v, ok := pl.lookup(item, false); ok {
		return v, true
	}
	if p.r.probs.full() {
		return 0, false
	}
	vals, bad := htcdsItems(pl, item, p.r.vals[:0])
	p.r.vals = vals
	if bad == nil && len(vals) > 1 {
		p.r.problem(i, c, "more than one value: "+pl.name+" takes one", ErrInvalid)
		return 0, false
	}
	p.r.problemErr(i, pl.unknown(item))
	return 0, false
}

// sector sets the labour sector, which a Victim records once.
func (p htcdsPerson) sector(i int, dst *LabourSector, s LabourSector) {
	if *dst != 0 && *dst != s {
		p.r.problem(i, p.r.cell(i), "a second labour sector: a Victim records one", ErrInvalid)
		return
	}
	*dst = s
}

// htcdsMulti reads a multi-select cell into dst, each value once.
func htcdsMulti[T ~uint8](p htcdsPerson, i int, c []byte, k htcdsKind, dst *[]T) {
	pl := &htcdsPicklists()[k]
	vals, bad := htcdsItems(pl, c, p.r.vals[:0])
	p.r.vals = vals
	if bad == nil {
		for _, v := range vals {
			htcdsAdd(dst, T(v))
		}
	} else if !p.r.probs.full() {
		p.r.problemErr(i, pl.unknown(bad))
	}
}

// htcdsAdd appends v to dst unless it is there.
func htcdsAdd[T comparable](dst *[]T, v T) {
	for _, x := range *dst {
		if x == v {
			return
		}
	}
	*dst = append(*dst, v)
}

// citizenship reads prs_Citizenship: the first country is the
// nationality, the others go to r.nat.
func (p htcdsPerson) citizenship(i int, c []byte) Nationality {
	r := p.r
	var first Nationality
	vals, bad := htcdsItems(htcdsCountryMatcher{}, c, r.vals[:0])
	r.vals = vals
	if bad == nil {
		for _, v := range vals {
			n := NationalityOf(Country{v})
			switch {
			case !first.IsValid():
				first = n
			case n != first:
				htcdsAdd(&r.nat, n)
			}
		}
	} else if !r.probs.full() {
		_, err := htcdsCountry(bad)
		r.problemErr(i, err)
	}
	return first
}

// name joins the name columns, first, middle and second, with spaces,
// after checking each.
func (p htcdsPerson) name() string {
	r := p.r
	r.name = r.name[:0]
	for _, k := range [...]htcdsKind{hkFirstName, hkMiddleName, hkSecondName} {
		i := r.has[k]
		if i < 0 || !r.filled(i) {
			continue
		}
		c := r.cell(i)
		if msg := textProblem(string(c)); msg != "" {
			r.problem(i, c, msg, ErrInvalid)
			continue
		}
		if len(r.name) > 0 {
			r.name = append(r.name, ' ')
		}
		r.name = append(r.name, c...)
	}
	if len(r.name) == 0 {
		return ""
	}
	if len(r.name) > MaxTextBytes {
		r.problemErr(r.has[hkFirstName], fmt.Errorf("the name, its parts joined, is longer than %d bytes (the value is not shown: it may be personal data): %w", MaxTextBytes, ErrInvalid))
		return ""
	}
	return string(r.name)
}

// event reads the hte_ columns: one historic event of the victim. A
// recruitment is its date and place; an exploitation its country only
// (Victim.ExploitedIn); a transit no Victim records.
func (p htcdsPerson) event(v *Victim) {
	r := p.r
	cols := [...]htcdsKind{hkEventDate, hkEventCity, hkEventState, hkEventCountry}
	t := r.has[hkEventType]
	if t < 0 || !r.filled(t) {
		for _, k := range cols {
			if i := r.has[k]; i >= 0 && r.filled(i) {
				if t < 0 {
					r.problemErr(i, fmt.Errorf("no column hte_Type to say which event (Recruitment, Transit or Exploitation) %s belongs to: %w", r.cols[i].name, ErrRequired))
				} else {
					r.problemErr(t, fmt.Errorf("empty, but %s is filled: hte_Type says which event (Recruitment, Transit or Exploitation) it belongs to: %w", r.cols[i].name, ErrRequired))
				}
				return
			}
		}
		return
	}
	kind, ok := p.single(t, r.cell(t), hkEventType)
	switch {
	case !ok:
		return
	case kind == htcdsEventTransit:
		r.problem(t, r.cell(t), "a Victim records no transit", ErrInvalid)
		return
	case kind == htcdsEventExploitation:
		for _, k := range cols[:3] {
			if i := r.has[k]; i >= 0 && r.filled(i) {
				r.problem(i, r.cell(i), "a Victim records the country of its exploitation, not its "+r.cols[i].name, ErrInvalid)
			}
		}
		if i := r.has[hkEventCountry]; i >= 0 && r.filled(i) {
			c := p.country(i, r.cell(i))
			if v.ExploitedIn.IsValid() && v.ExploitedIn != c {
				r.problem(i, r.cell(i), "disagrees with exploitedIn "+v.ExploitedIn.Alpha2(), ErrInvalid)
			}
			v.ExploitedIn = c
		}
		return
	}
	rec := &v.Recruitment
	if i := r.has[hkEventDate]; i >= 0 && r.filled(i) {
		// A file's dates repeat: the last one read is kept, so as not to
		// parse (and allocate) again.
		if c := bytes.TrimSpace(r.cell(i)); r.date != nil && bytes.Equal(c, r.date) {
			rec.When = r.dateVal
		} else if d, err := htcdsDate(string(c), r.opt.DateOrder); err != nil {
			r.problemErr(i, err)
		} else {
			rec.When = d
			r.date, r.dateVal = append(r.date[:0], c...), d
		}
	}
	rec.Place.Locality = p.text(hkEventCity)
	rec.Place.Region = p.text(hkEventState)
	if i := r.has[hkEventCountry]; i >= 0 && r.filled(i) {
		rec.Place.Country = p.country(i, r.cell(i))
	}
}

// text reads a text column: a place name.
func (p htcdsPerson) text(k htcdsKind) string {
	r := p.r
	i := r.has[k]
	if i < 0 || !r.filled(i) {
		return ""
	}
	c := r.cell(i)
	text := string(c)
	if msg := textProblem(text); msg != "" {
		r.problem(i, c, msg, ErrInvalid)
		return ""
	}
	return text
}

// htcdsDetachVictim gives v slices of its own in place of the reader's
// scratch, each cut by clone.
func htcdsDetachVictim(v *Victim, nat func([]Nationality) []Nationality, methods func([]RecruitmentMethod) []RecruitmentMethod,
	ctrl func([]ControlMethod) []ControlMethod, expl func([]Exploitation) []Exploitation, sex func([]SexExploitationType) []SexExploitationType) {
	v.OtherNationalities = nat(v.OtherNationalities)
	v.Recruitment.Methods = methods(v.Recruitment.Methods)
	v.Controls = ctrl(v.Controls)
	v.Exploitation = expl(v.Exploitation)
	v.SexExploitation = sex(v.SexExploitation)
}

// htcdsDetachSuspect does for a suspect what htcdsDetachVictim does.
func htcdsDetachSuspect(s *Suspect, nat func([]Nationality) []Nationality, roles func([]Role) []Role) {
	s.OtherNationalities = nat(s.OtherNationalities)
	s.Roles = roles(s.Roles)
}

// htcdsRowID is the ID of the person of a row when the file has no id
// column.
func htcdsRowID(row int) string { return "R" + strconv.Itoa(row) }
