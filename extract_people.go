package rescue

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/antitrafficking/rescue/internal/extract"
)

// From the engine's figures to the draft's tallies: which figure is the
// report's total, which ones break it down, and which ones are parts.

// extractor builds a Draft from what the engine found.
type extractor struct {
	text      string
	r         *extract.Result
	lex       *extract.Lexicon
	published Date
	op        *Operation
	findings  []Finding

	tallies map[extractKey]extractSlot
	// total is, for victims (0) and suspects (1), the index in op.Counts
	// of the report's total, or -1; totalSent is its sentence (or that of
	// a figure of the kind left out because the text does not say how
	// many of it are of the kind: see victimsAmong).
	total       [2]int
	totalSent   [2]int
	totalClause [2]extract.Span // the clause of the total's figure (extract.Group.Clause)
	whenSent    int             // the sentence of the operation's date, or -1
	// skip maps a sentence of another event to why (a note): one about an
	// earlier year than published, one dated clearly before the
	// operation, one after "Separately" (otherSentences).
	skip map[int]string
	// anchor is the operation's date as its first figure of victims or
	// suspects gives it, or nil (anchorDate).
	anchor *extract.DateExpr
	// lastSent and lastRel are, for victims (0) and suspects (1), the
	// sentence of the last group counted and how it stood to the total
	// (rel…), or -1: a figure that adds to an earlier one ("another 5")
	// adds to the total only right after a figure of it.
	lastSent, lastRel [2]int
	// totalStated is set, for victims (0) and suspects (1), when the total
	// came from a sentence that says it is one ("a total of", "in total").
	totalStated [2]bool
	// statedTotal is, for victims (0) and suspects (1), the first group
	// the text says is the total ("In total, police freed up to 15
	// women"), or nil; verbTotal is set when a group whose role a verb
	// gives could be the total, which a figure named by its noun alone
	// ("Two victims died in the fire") then is not.
	statedTotal [2]*extract.Group
	verbTotal   [2]bool
	named       map[Country]bool // the countries the places name (namedCountries)
	// agreed holds the figures (indexes into the engine's figures) that
	// gave or agreed with a total: a part of them is a breakdown ("three
	// of them minors").
	agreed map[int]bool
	// unsure is set, for victims (0) and suspects (1), when a figure of
	// the kind was left out because the text does not say how many of it
	// are of the kind (victimsAmong): a later figure is then no total.
	unsure [2]bool
	// sent is the sentence of the figures being read (see breakdownNet).
	sent int
}

// extractKey is what a tally counts: one entry of the draft per key.
type extractKey struct {
	of     TallyOf
	status SuspectStatus
	nat    Nationality
	gender Gender
	age    Age
}

// extractSlot is a tally of the draft and how firm it is.
type extractSlot struct {
	idx int
	// exact is set when a figure gave this key's own number; a part's
	// lower bound ("at least 4 Paraguayans" from "four Paraguayan women
	// in Pamplona") is not exact and gives way to one that is.
	exact bool
	// total is set for the figure of a whole group, which a later exact
	// figure within its bounds refines ("over 100", then "119").
	total bool
	// sent is the sentence of the figure that set the tally's count.
	sent int
}

// tallyMode is how a figure fills a tally.
type tallyMode uint8

const (
	modeTotal     tallyMode = iota // the figure of a whole group: exact, refinable
	modeBreakdown                  // a part of a breakdown: exact
	modePart                       // a part of the operation: a lower bound
)

// xfig is a figure with its values read.
type xfig struct {
	f      *extract.Figure
	c      Count
	nat    Nationality
	gender Gender
	age    Age
	notes  []string
	// fromNat is set when the nationality is the one country the people
	// come from ("11 from Uganda").
	fromNat bool
}

func (x *extractor) read() {
	x.tallies = map[extractKey]extractSlot{}
	x.total = [2]int{-1, -1}
	x.totalSent = [2]int{-1, -1}
	x.lastSent, x.lastRel = [2]int{-1, -1}, [2]int{-1, -1}
	x.whenSent = -1
	x.skip = map[int]string{}
	x.agreed = map[int]bool{}
	if !x.published.IsZero() {
		for s, y := range x.r.Years {
			if y < x.published.Year() {
				x.skip[s] = "in a sentence about " + strconv.Itoa(y) + ", before the report: another event; not counted"
			}
		}
	}
	x.otherSentences()
	x.people()
	x.when()
	x.agencyAndPlace()
	x.evidence() // after the place: its country settles ambiguous signs
	x.triggers()
}

// find records a finding.
func (x *extractor) find(sp extract.Span, path, note string) {
	if sp.IsZero() {
		return
	}
	x.findings = append(x.findings, Finding{Start: sp.Start, End: sp.End, Text: Personal(x.text[sp.Start:sp.End]), Path: path, Note: note})
}

func (x *extractor) span(sp extract.Span) string { return x.text[sp.Start:sp.End] }

func countsPath(i int) string { return "counts[" + strconv.Itoa(i) + "]" }

func joinNotes(notes []string) string { return strings.Join(notes, "; ") }

// otherEvent returns why group g is not of the operation (another event,
// a figure replaced by a later one, a figure to date), or "".
func (x *extractor) otherEvent(g *extract.Group) string {
	if note, ok := x.skip[g.Sent]; ok {
		return note
	}
	switch {
	case !g.Other.IsZero():
		return "in a clause about another event (" + strconv.Quote(x.span(g.Other)) + "): not counted"
	case g.Superseded:
		return "a later figure of the same people replaces it: not counted"
	case x.r.Cumulative[g.Sent]:
		return "a figure to date, not of this operation: not counted"
	}
	return ""
}

// totals finds, before the groups are read, the total the text states and
// whether a verb gives a figure that could be the total.
func (x *extractor) totals() {
	for gi := range x.r.Groups {
		g := &x.r.Groups[gi]
		ri := 0
		switch g.Role {
		case extract.RoleVictim:
		case extract.RoleSuspect:
			ri = 1
		default:
			continue
		}
		f := &x.r.Figures[g.Figures[0]]
		if _, earlier := x.skip[g.Sent]; earlier || !g.Other.IsZero() || g.Superseded || x.r.Cumulative[g.Sent] ||
			g.AfterAnd || g.Frame || f.Partitive || f.More {
			continue
		}
		if g.Stated && !g.NounOnly && x.statedTotal[ri] == nil {
			x.statedTotal[ri] = g
		}
		x.verbTotal[ri] = x.verbTotal[ri] || !g.NounOnly
	}
}

// people turns the engine's groups of figures into tallies and triggers.
func (x *extractor) people() {
	x.totals()
	for gi := range x.r.Groups {
		g := &x.r.Groups[gi]
		first := &x.r.Figures[g.Figures[0]]
		lastF := &x.r.Figures[g.Figures[len(g.Figures)-1]]
		whole := extract.Span{Start: first.Phrase.Start, End: lastF.Phrase.End}
		if g.Role != extract.RoleUnknown && g.Role != extract.RoleOther && !x.r.Cumulative[g.Sent] {
			if note := x.otherEvent(g); note != "" {
				x.find(whole, "", note)
				continue
			}
		}
		switch g.Role {
		case extract.RoleVictim:
			x.group(g, OfVictims, 0)
		case extract.RoleSuspect:
			x.group(g, OfSuspects, Arrested)
		case extract.RoleAtLarge:
			x.group(g, OfSuspects, AtLarge)
		case extract.RoleTrigger:
			x.escaped(g)
		case extract.RoleOther:
			x.find(whole, "", "officers, officials or others: not counted")
		default:
			for _, fi := range g.Figures {
				if f := &x.r.Figures[fi]; g.Note != "" {
					x.find(f.Phrase, "", g.Note) // a claim, an act not done, words that disagree
				} else if !f.Elliptic && !f.Named && !f.Article && len(f.Names) == 0 {
					x.find(f.Phrase, "", "nothing says whether they are victims or suspects: not counted")
				}
			}
		}
	}
	for i := range x.r.Origins {
		o := &x.r.Origins[i]
		if _, ok := x.skip[o.Sent]; ok || o.Role != extract.RoleVictim && o.Role != extract.RoleSuspect {
			continue
		}
		of, status := OfVictims, SuspectStatus(0)
		x.sent = o.Sent
		if o.Role == extract.RoleSuspect {
			of, status = OfSuspects, Arrested
		}
		for _, n := range o.Names {
			x.origin(n, of, status)
		}
	}
	x.breakdownNet()
}

// origin records that some of the people counted come from the country
// named at sp: at least one of them has its nationality.
func (x *extractor) origin(sp extract.Span, of TallyOf, status SuspectStatus) {
	c, ok := x.country(sp)
	if !ok {
		return
	}
	n := NationalityOf(c)
	idx, note := x.setTally(extractKey{of: of, status: status, nat: n}, Count{N: 1, Qualifier: AtLeast}, modePart)
	x.find(sp, pathOr(idx), joinNote(note, "people from "+c.Name()+": at least one of them is read as "+n.String()))
}

// extractIsNationality reports whether s names a nationality or a
// country, even one of several countries ("Korean"): the engine's test
// for names joined in a list ("Chinese and Vietnamese nationals").
func extractIsNationality(s string) bool {
	if len(s) > 64 {
		return false
	}
	if _, err := ParseNationality(s); err == nil || errors.Is(err, ErrAmbiguous) {
		return true
	}
	_, err := ParseCountry(s)
	return err == nil || errors.Is(err, ErrAmbiguous)
}

func pathOr(idx int) string {
	if idx < 0 {
		return ""
	}
	return countsPath(idx)
}

// readFigure reads a figure's count and the dimensions it names.
func (x *extractor) readFigure(f *extract.Figure) (xfig, bool) {
	xf := xfig{f: f}
	switch {
	case f.Article || f.Named:
		xf.c = Count{N: 1}
	case f.Bare:
		xf.c = Count{N: 2, Qualifier: AtLeast} // "her children": more than one
	default:
		c, err := ParseCount(x.span(f.Count))
		if err != nil {
			x.find(f.Phrase, "", "the count is not read: "+errDetail(err))
			return xf, false
		}
		xf.c = c
	}
	if f.Article && f.Persons > 1 && f.PerUnit == 0 {
		xf.c = Count{N: f.Persons} // "a father and son"
	}
	if f.PerUnit > 1 {
		// "a Chinese couple": two people; "about 3 couples": about 6.
		xf.c.N *= f.PerUnit
		xf.c.Max *= f.PerUnit
		xf.notes = append(xf.notes, "each one counted is "+strconv.Itoa(f.PerUnit)+" people: read as "+strconv.Quote(xf.c.String()))
	}
	if f.Coordinated {
		if len(f.Names) > 0 || len(f.WholeNames) > 0 {
			xf.notes = append(xf.notes, "the names describe part of the group only: no nationality recorded")
		}
	} else {
		for _, n := range f.Names {
			if nat, note, ok := x.nationality(n); ok {
				xf.nat = nat
				break
			} else if note != "" {
				xf.notes = append(xf.notes, note)
			}
		}
		for _, n := range f.WholeNames {
			if xf.nat.IsValid() {
				break
			}
			// "Indian Ocean" of "Indian Ocean island women": the run
			// names something of its own; only the whole may be a
			// nationality.
			if nat, err := ParseNationality(x.span(n)); err == nil && !x.shortName(x.span(n)) {
				xf.nat = nat
			}
		}
	}
	if len(f.From) == 1 && !xf.nat.IsValid() && !f.Coordinated {
		// "11 from Uganda": the people counted come from one country.
		if c, ok := x.country(f.From[0]); ok {
			xf.nat, xf.fromNat = NationalityOf(c), true
			xf.notes = append(xf.notes, "from "+c.Name()+": read as "+xf.nat.String())
		}
	}
	if len(f.Pred) == 1 && !xf.nat.IsValid() {
		if nat, note, ok := x.nationality(f.Pred[0]); ok {
			xf.nat = nat
		} else if note != "" {
			xf.notes = append(xf.notes, note)
		}
	}
	switch {
	case f.Female && !f.Male && f.Transgender:
		xf.gender = TransgenderFeminine
	case f.Male && !f.Female && f.Transgender:
		xf.gender = TransgenderMasculine
	case f.Female && !f.Male:
		xf.gender = Feminine
	case f.Male && !f.Female:
		xf.gender = Masculine
	}
	if f.Minor {
		xf.age = AgeBetween(0, 17)
	}
	if !f.Ages.IsZero() {
		if a, ok := extractAges(x.span(f.Ages)); ok && (!f.Minor || isMinorAge(a)) {
			if lo, _, _ := a.Range(); f.AgesOpen {
				a = AgeBetween(lo, -1) // "aged 18 and over"
			}
			xf.age = a
		}
	}
	return xf, true
}

// group turns a group of figures of victims or suspects into tallies.
func (x *extractor) group(g *extract.Group, of TallyOf, status SuspectStatus) {
	x.sent = g.Sent
	var figs []xfig
	head := -1
	for _, fi := range g.Figures {
		xf, ok := x.readFigure(&x.r.Figures[fi])
		if !ok {
			continue
		}
		if fi == g.Head {
			head = len(figs)
		}
		figs = append(figs, xf)
	}
	if len(figs) == 0 {
		return
	}
	for _, xf := range figs {
		if xf.f.Unsized {
			// "a family of five", "3 families, 14 people in all": the
			// text's count of groups is no count of people, and a list
			// or a total that holds it would be too low or too high.
			note := strconv.Quote(x.span(xf.f.Phrase)) + " counts groups of people of no stated size: not counted"
			for _, xf := range figs {
				x.find(xf.f.Phrase, "", note)
			}
			return
		}
	}
	if of == OfSuspects && status == Arrested {
		if note := x.victimsAmong(g, figs, head); note != "" {
			x.unsure[1] = true
			if x.totalSent[1] < 0 {
				// The sentence still tells who detained them, when and
				// where: the operation's, as a total's would.
				x.totalSent[1], x.totalClause[1] = g.Sent, g.Clause
			}
			for _, xf := range figs {
				x.find(xf.f.Phrase, "", note)
			}
			return
		}
	}
	for k := 1; k < len(figs); k++ {
		if f := figs[k].f; f.AgesAfterComma && !f.Ages.IsZero() {
			// "6 victims, 3 men and 3 women, aged 20 to 40": the ages
			// after the list may be everyone's or the last figure's.
			figs[k].age = Age{}
			if f.Minor {
				figs[k].age = AgeBetween(0, 17)
			}
			figs[k].notes = append(figs[k].notes, "the ages after a comma may be of the whole list or of its last figure: not recorded")
		}
	}
	if head < 0 && g.Apposition && appositionOf(figs) == appositionBreakdown {
		head = 0
	}
	var tooMany string // why the parts of a breakdown are left out
	if head >= 0 && len(figs) > 1 {
		parts := append(append([]xfig{}, figs[:head]...), figs[head+1:]...)
		if partsExceed(figs[head].c, parts) {
			tooMany = "the parts of " + strconv.Quote(x.span(figs[head].f.Phrase)) + " add up to " +
				strconv.Quote(sumCounts(parts).String()) + ", more than it counts: the text contradicts itself; not recorded"
		}
	}
	// The group's figure: its head's, its only figure's, or the sum of
	// its parts (which the report did not state).
	stated := head >= 0 || len(figs) == 1
	var whole Count
	lead := figs[0]
	if head >= 0 {
		lead = figs[head]
	}
	if stated {
		whole = lead.c
	} else {
		whole = sumCounts(figs)
	}
	// "arrested the brothel owner along with 12 women": the verb's people
	// are at least one more than the figures, and the owner may be a
	// woman too: every figure is a lower bound.
	besides := !g.Besides.IsZero()
	if besides {
		lb, ok := countLowerBound(whole)
		if !ok {
			for _, xf := range figs {
				x.find(xf.f.Phrase, "", "counted besides "+strconv.Quote(x.span(g.Besides))+", whose number the text does not give: not counted")
			}
			return
		}
		whole, stated = lb.Add(Count{N: 1}), true
		g.Note = joinNote(g.Note, "counted besides "+strconv.Quote(x.span(g.Besides))+": at least one more, who may share what the figure says of sex or age")
	}
	ri := 0
	if of == OfSuspects {
		ri = 1
	}
	key0 := extractKey{of: of, status: status}
	if status == AtLarge {
		// "the 17 others remain at large": suspects not arrested, a
		// figure of their own beside the total of those arrested.
		for _, xf := range figs {
			idx, note := x.setTally(key0, xf.c, modeBreakdown)
			x.find(xf.f.Phrase, pathOr(idx), joinNote(note, joinNotes(xf.notes)))
		}
		return
	}
	dims := lead.nat.IsValid() || !lead.age.IsZero() || lead.gender != 0
	rel, totalNote := x.relate(g, ri, key0, whole, stated, dims, lead)
	if rel != relNone {
		x.lastSent[ri], x.lastRel[ri] = g.Sent, rel
		if rel == relPart && g.FrameOf >= 0 && x.agreed[g.FrameOf] {
			x.lastRel[ri] = relAgree // "four of them Thai": a breakdown of the total
		}
	}
	if rel == relAdd {
		x.addMore(figs, head, ri, key0, whole)
		return
	}
	if rel == relNone {
		for _, xf := range figs {
			x.find(xf.f.Phrase, "", joinNote(totalNote, joinNotes(xf.notes)))
		}
		return
	}
	totalIdx := -1
	if rel == relAgree {
		totalIdx = x.total[ri]
		lf := g.Figures[0]
		if g.Head >= 0 {
			lf = g.Head
		}
		x.agreed[lf] = true
	}
	totalNotes := []string{totalNote, g.Note}
	if g.Weak && !g.NounOnly && g.Role == extract.RoleVictim && !g.RoleWord.IsZero() {
		totalNotes = append(totalNotes, "read as victims from "+strconv.Quote(x.span(g.RoleWord)))
	}
	// Which dimensions every part of a list gives: a dimension some parts
	// lack makes the others' figures lower bounds ("seven women, nine
	// children and 23 men": the children may be girls).
	items := figs
	if head >= 0 {
		items = append(append([]xfig{}, figs[:head]...), figs[head+1:]...)
	}
	natAll, genderAll, ageAll := true, true, true
	for _, xf := range items {
		natAll = natAll && xf.nat.IsValid()
		genderAll = genderAll && xf.gender != 0
		ageAll = ageAll && (!xf.age.IsZero() || xf.f.Adult)
	}
	if head >= 0 && lead.f.Mixed && sumCounts(items) != lead.c {
		// "30 women and children, including 10 girls": the women are
		// female too, so the girls are not all the females.
		genderAll, ageAll = false, false
	}
	// A head that is not the total narrows every part: "three of them
	// minors — two Venezuelans and one Peruvian" are two Venezuelan
	// minors and one Peruvian minor.
	var base extractKey = key0
	if head >= 0 && rel != relAgree {
		base.nat, base.gender, base.age = lead.nat, lead.gender, lead.age
	}
	minorsListed := false
	for _, xf := range items {
		if minor, known := xf.age.IsMinor(); minor && known {
			minorsListed = true
		}
	}
	examples := head >= 0 && sumCounts(items) != lead.c
	type sum struct {
		c    Count
		part bool
	}
	sums := map[extractKey]*sum{}
	var order []extractKey
	itemKeys := make([][]extractKey, len(figs))
	for k, xf := range figs {
		isLead := k == head || len(figs) == 1
		if isLead || rel == relDisagree || tooMany != "" || (xf.f.Article || xf.f.Named) && examples {
			// "including a man who had been blackmailed": an example,
			// not a count of men.
			continue
		}
		add := func(key extractKey, complete bool) {
			if key == key0 {
				return
			}
			s := sums[key]
			if s == nil {
				s = &sum{}
				sums[key] = s
				order = append(order, key)
			}
			s.c = s.c.Add(xf.c)
			s.part = s.part || !complete
			itemKeys[k] = append(itemKeys[k], key)
		}
		if xf.nat.IsValid() {
			key := base
			key.nat = xf.nat
			add(key, natAll)
		}
		if xf.gender != 0 {
			key := base
			key.gender = xf.gender
			add(key, genderAll)
		}
		if !xf.age.IsZero() {
			key := base
			key.age = xf.age
			add(key, ageAll)
		} else if xf.f.Adult && ageAll && minorsListed {
			// "seven women, nine children and 23 men": where a list
			// splits minors from grown-ups, the grown-ups are a figure too.
			key := base
			key.age = AgeBetween(18, -1)
			add(key, true)
		}
		if len(itemKeys[k]) == 0 && base != key0 {
			add(base, true) // a part with no dimension of its own
		}
	}
	keyPath := map[extractKey]string{}
	keyNote := map[extractKey]string{}
	for _, key := range order {
		mode := modeBreakdown
		if sums[key].part || besides {
			mode = modePart
		}
		idx, note := x.setTally(key, sums[key].c, mode)
		keyPath[key], keyNote[key] = pathOr(idx), note
		x.natBound(key, sums[key].c)
	}
	for k, xf := range figs {
		isLead := k == head || len(figs) == 1
		notes := xf.notes
		if isLead || head < 0 && k == 0 {
			notes = append(slices.Clip(totalNotes), notes...)
		}
		path := ""
		if totalIdx >= 0 && (isLead || !stated) {
			path = countsPath(totalIdx)
		}
		if isLead {
			d := xf
			mode := modePart
			switch {
			case besides:
			case rel == relAgree:
				mode = modeTotal
			case g.FrameOf >= 0 && x.agreed[g.FrameOf]:
				// "Of the total 187 …, 29 are Filipinos", "three of them
				// minors": a part of a figure of the whole.
				mode = modeBreakdown
			default:
				if cur, ok := x.totalCount(ri); ok && cur.Qualifier == Exact && xf.c.N > cur.N && (d.nat.IsValid() || !d.age.IsZero() || d.gender != 0) {
					d = xfig{} // a part cannot exceed the whole
					notes = append(notes, "larger than the total ("+countsPath(x.total[ri])+"): not recorded")
				}
			}
			if p := x.dimTallies(key0, d, xf.c, mode, &notes); p != "" && path == "" {
				path = p
			}
		}
		for _, key := range itemKeys[k] {
			if p := keyPath[key]; p != "" {
				path = p
				break
			}
		}
		for _, key := range itemKeys[k] {
			notes = append(notes, keyNote[key])
		}
		if !isLead && tooMany != "" {
			notes = append(notes, tooMany)
		}
		switch {
		case xf.fromNat:
		case xf.nat.IsValid() && len(xf.f.From) > 0:
			// "47 Indians trafficked from Laos": the noun gives their
			// nationality; the country is on their way, not theirs.
			notes = append(notes, "the noun gives their nationality: the country they came from is not read as one")
		default:
			for _, n := range xf.f.From {
				x.origin(n, of, status)
			}
		}
		for _, n := range xf.f.Left {
			x.find(n, "", "where they were taken out of, not where they come from: no nationality read")
		}
		if len(xf.f.Pred) > 1 {
			x.predicates(xf.f.Pred, of, status)
		}
		if f := xf.f; f.Coordinated && !f.Alternatives && len(f.Names) > 1 {
			// "40 Chinese and Vietnamese nationals": some of each.
			x.predicates(f.Names, of, status)
		}
		notes = compact(notes)
		if path == "" && len(notes) == 0 {
			notes = append(notes, "part of the operation, with nothing to record beyond the total")
		}
		x.find(xf.f.Phrase, path, joinNotes(notes))
	}
}

// victimsAmong returns why a group of people detained is no figure of
// suspects, when the text says some of them are victims ("Police
// detained 80 workers, 20 of whom were victims", "…, some of whom were
// victims"), or of a part of such a
// group ("30 of them Bangladeshis"); or "". How many of them are suspects
// the text does not say: 80 less the 20 is only an upper bound, and the
// figure of suspects is left out rather than stored as a guess.
func (x *extractor) victimsAmong(g *extract.Group, figs []xfig, head int) string {
	set := g
	if g.FrameOf >= 0 {
		set = &x.r.Groups[x.r.Figures[g.FrameOf].Group]
	}
	if set.VictimPart < 0 && set.VictimWords.IsZero() {
		if set.SuspectPart < 0 {
			return ""
		}
		note := "a part of those detained is called suspects (" + strconv.Quote(x.span(x.r.Figures[set.SuspectPart].Phrase)) +
			"): the others may not be, and how many are the text does not say: not counted"
		if set != g {
			note = "a part of those detained; " + note
		}
		return note
	}
	said := set.VictimWords
	if set.VictimPart >= 0 {
		said = x.r.Figures[set.VictimPart].Phrase
	}
	note := "some of those detained are said to be victims (" + strconv.Quote(x.span(said)) +
		"): how many of them are suspects the text does not say"
	if set != g {
		return "a part of those detained; " + note + ": not counted"
	}
	if set.VictimPart < 0 {
		return note + ": not counted" // "some of whom": no figure bounds them
	}
	part := &x.r.Figures[set.VictimPart]
	whole := sumCounts(figs)
	if head >= 0 || len(figs) == 1 {
		whole = figs[max(head, 0)].c
	}
	if c, err := ParseCount(x.span(part.Count)); err == nil && c.Qualifier == Exact && c.Max == 0 &&
		whole.Qualifier == Exact && whole.Max == 0 && whole.N > c.N {
		note += " (at most " + strconv.Itoa(whole.N-c.N) + ")"
	}
	return note + ": not counted"
}

// How a group of figures stands to the report's total.
const (
	relAgree    = iota // it gives the total, agrees with it or refines it
	relPart            // it counts part of the operation
	relDisagree        // it gives another total
	relNone            // it only mentions victims: not counted
	relAdd             // it adds to the total: "another 5 suspects were arrested"
)

// relate decides how the group stands to the total of its kind, sets the
// total when the group is the first, and returns a note.
func (x *extractor) relate(g *extract.Group, ri int, key0 extractKey, whole Count, stated, dims bool, lead xfig) (int, string) {
	switch {
	case x.r.Cumulative[g.Sent]:
		return relNone, "a figure to date, not of this operation: not counted"
	case g.AfterAnd:
		return relPart, "joined by \"and\" to an earlier figure that nothing says is of victims or suspects: not a total"
	case (g.Frame || lead.f.Partitive) && !g.Across:
		return relPart, ""
	case g.Additive && x.canAdd(g, ri):
		return relAdd, ""
	case lead.f.More:
		return relPart, ""
	case x.statedTotal[ri] != nil && x.statedTotal[ri] != g && x.total[ri] < 0:
		return relPart, "the text states the total later: a part of it"
	}
	cur, ok := x.totalCount(ri)
	if !ok && x.unsure[ri] {
		return relPart, "how many of those detained are suspects the text does not say: a part, not the total"
	}
	if !ok {
		if g.NounOnly && (lead.f.Article || lead.c.Qualifier != Exact || lead.c.N < 2 || x.verbTotal[ri]) {
			// "a fellow victim", "thousands of victims": a mention, not
			// the operation's figure.
			return relNone, "named as victims, but no verb says what happened to them: not counted"
		}
		idx, _ := x.setTally(key0, whole, modeTotal)
		x.totalStated[ri] = g.Stated && stated
		x.total[ri], x.totalSent[ri], x.totalClause[ri] = idx, g.Sent, g.Clause
		note := ""
		if !stated {
			note = "the total (" + countsPath(idx) + ") is the sum of the parts"
		}
		if g.NounOnly {
			note = joinNote(note, "no verb says what happened to them: read as victims from the noun")
		}
		return relAgree, note
	}
	path := countsPath(x.total[ri])
	switch {
	case whole == cur:
		return relAgree, ""
	case g.Stated && stated && !x.totalStated[ri] && countWider(cur, whole):
		// "Four Paraguayan women were freed in Pamplona. In total,
		// police freed up to 15 women": the report's own total; the
		// figure before was a part of it.
		x.lowerBounds(key0)
		x.op.Counts[x.total[ri]].Count = whole
		x.totalStated[ri] = true
		return relAgree, "the report's total: the earlier figure " + strconv.Quote(cur.String()) + " was a part of it"
	case !stated:
		return relPart, "" // a list whose sum the report does not give
	case x.tallies[key0].total && countRefines(cur, whole):
		x.op.Counts[x.total[ri]].Count = whole
		return relAgree, "refines the earlier figure " + strconv.Quote(cur.String())
	case countConsistent(cur, whole):
		return relAgree, "consistent with " + path + " (" + strconv.Quote(cur.String()) + ")"
	case dims:
		return relPart, ""
	case g.NounOnly:
		return relNone, "named as victims, but no verb says what happened to them: not counted"
	}
	return relDisagree, "disagrees with the first figure (" + path + ", " + strconv.Quote(cur.String()) + "): not recorded"
}

// totalCount returns the total of victims (0) or suspects (1), if set.
func (x *extractor) totalCount(ri int) (Count, bool) {
	if x.total[ri] < 0 {
		return Count{}, false
	}
	return x.op.Counts[x.total[ri]].Count, true
}

func sumCounts(figs []xfig) Count {
	var sum Count
	for _, xf := range figs {
		sum = sum.Add(xf.c)
	}
	return sum
}

func joinNote(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	return a + "; " + b
}

// compact drops empty and repeated notes.
func compact(notes []string) []string {
	out := notes[:0:0]
	for _, n := range notes {
		if n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// natBound records what a tally narrowed by a nationality and another
// dimension says of the nationality alone: at least its figure ("two
// Venezuelan minors": at least two Venezuelans), where no tally gives the
// nationality's own figure. A reader of the tallies then does not take the
// narrower figure for the whole.
func (x *extractor) natBound(key extractKey, c Count) {
	if !key.nat.IsValid() || key.gender == 0 && key.age.IsZero() {
		return
	}
	wide := extractKey{of: key.of, status: key.status, nat: key.nat}
	if s, ok := x.tallies[wide]; ok && s.exact {
		return
	}
	x.setTally(wide, c, modePart)
}

// dimTallies records the tallies of the dimensions of a group's lead
// figure, one per dimension: "32 Vietnamese women" gives 32 Vietnamese
// and 32 women. It returns the path of the first tally it filled.
func (x *extractor) dimTallies(key0 extractKey, xf xfig, c Count, mode tallyMode, notes *[]string) string {
	var keys []extractKey
	if xf.nat.IsValid() {
		keys = append(keys, extractKey{of: key0.of, status: key0.status, nat: xf.nat})
	}
	if !xf.age.IsZero() {
		keys = append(keys, extractKey{of: key0.of, status: key0.status, age: xf.age})
	}
	if xf.gender != 0 && mode != modePart {
		keys = append(keys, extractKey{of: key0.of, status: key0.status, gender: xf.gender})
	}
	path := ""
	for _, k := range keys {
		idx, note := x.setTally(k, c, mode)
		if note != "" {
			*notes = append(*notes, note)
		}
		if path == "" && idx >= 0 {
			path = countsPath(idx)
		}
	}
	return path
}

// predicates records what a figure is said to be when it names several
// nationalities ("158 foreigners are Chinese, Vietnamese and Malaysians"):
// at least one of each, at least two of a plural ("Malaysians").
func (x *extractor) predicates(names []extract.Span, of TallyOf, status SuspectStatus) {
	for _, sp := range names {
		nat, note, ok := x.nationality(sp)
		if !ok {
			if note != "" {
				x.find(sp, "", note)
			}
			continue
		}
		n := 1
		w := x.span(sp)
		if _, err := ParseCountry(w); err != nil && !strings.EqualFold(w, nat.Demonym()) && strings.HasSuffix(strings.ToLower(w), "s") {
			n = 2 // a plural demonym: "Malaysians"
		}
		idx, note := x.setTally(extractKey{of: of, status: status, nat: nat}, Count{N: n, Qualifier: AtLeast}, modePart)
		x.find(sp, pathOr(idx), joinNote(note, "named among them without a figure: at least "+strconv.Itoa(n)))
	}
}

// escaped records people who escaped and raised the alarm as a trigger.
func (x *extractor) escaped(g *extract.Group) {
	f := &x.r.Figures[g.Figures[0]]
	xf, ok := x.readFigure(f)
	if !ok {
		return
	}
	for i, t := range x.op.Triggers {
		if t.Kind == EscapedVictimReport {
			x.find(f.Phrase, "", "another escape: "+"triggers["+strconv.Itoa(i)+"] already records one")
			return
		}
	}
	x.op.Triggers = append(x.op.Triggers, Trigger{Kind: EscapedVictimReport, People: xf.c})
	x.find(f.Phrase, "triggers["+strconv.Itoa(len(x.op.Triggers)-1)+"]", "people who escaped and raised the alarm: a trigger, not counted as victims")
}

// setTally records count c for key as mode says, and returns the index of
// the tally it set or confirmed (or -1) and a note when it set nothing or
// changed an earlier figure.
func (x *extractor) setTally(key extractKey, c Count, mode tallyMode) (int, string) {
	if s, ok := x.tallies[key]; ok && x.op.Counts[s.idx].Count == c {
		return s.idx, "" // the same figure again ("all 43 Malaysian citizens")
	}
	converted := mode == modePart && c.Qualifier == Exact
	if mode == modePart {
		lb, ok := countLowerBound(c)
		if !ok {
			return -1, "a figure of part of the operation that gives no lower bound: not recorded"
		}
		c = lb
	}
	s, ok := x.tallies[key]
	if !ok {
		x.op.Counts = append(x.op.Counts, Tally{Of: key.of, Count: c, Nationality: key.nat, Gender: key.gender, Age: key.age, SuspectStatus: key.status})
		s = extractSlot{idx: len(x.op.Counts) - 1, exact: mode != modePart, total: mode == modeTotal, sent: x.sent}
		x.tallies[key] = s
		if converted {
			return s.idx, "a figure of part of the operation: read as " + strconv.Quote(c.String())
		}
		return s.idx, ""
	}
	cur := &x.op.Counts[s.idx].Count
	switch {
	case *cur == c:
		return s.idx, ""
	case s.exact && mode == modePart && c.N > cur.N:
		return -1, "more than " + countsPath(s.idx) + " (" + strconv.Quote(cur.String()) + ") counts: not recorded"
	case s.exact && mode == modePart:
		return -1, "a part of what " + countsPath(s.idx) + " counts: not recorded"
	case !s.exact && mode != modePart:
		*cur = c
		s.exact, s.total, s.sent = true, mode == modeTotal, x.sent
		x.tallies[key] = s
		return s.idx, ""
	case !s.exact:
		if c.N > cur.N {
			*cur = c
		}
		return s.idx, ""
	case s.total && countRefines(*cur, c):
		old := *cur
		*cur = c
		return s.idx, "refines the earlier figure " + strconv.Quote(old.String())
	}
	return -1, "disagrees with " + countsPath(s.idx) + " (" + strconv.Quote(cur.String()) + "): not recorded"
}

// countRefines reports whether later, an exact figure, may replace
// earlier, a hedged one, as the same count made precise: "over 100" then
// "119", "some 187" then "187", "20 to 30" then "25", "as many as 72"
// then "72". An upper bound is refined only by its own figure: a smaller
// one is more often a part ("up to 15 women", then "four Paraguayan women"
// in one city).
func countRefines(earlier, later Count) bool {
	if later.Qualifier != Exact || later.Max != 0 || earlier.Qualifier == Exact && earlier.Max == 0 {
		return false
	}
	iv := earlier.interval()
	switch {
	case iv.about:
		return countNear(later.N, iv.lo, iv.hi)
	case iv.lo <= 0 && !iv.inf:
		return earlier.Qualifier == AtMost && later.N == earlier.N
	}
	return later.N >= iv.lo && (iv.inf || later.N <= iv.hi)
}

// countConsistent reports whether a later hedged figure agrees with an
// exact total: "no fewer than 104" with 104, "as many as 72" with 72.
func countConsistent(total, later Count) bool {
	if total.Qualifier != Exact || total.Max != 0 {
		return false
	}
	iv := later.interval()
	if iv.about {
		return countNear(total.N, iv.lo, iv.hi)
	}
	return total.N >= iv.lo && (iv.inf || total.N <= iv.hi)
}

// countNear reports whether n is within 10% of the range lo to hi.
func countNear(n, lo, hi int) bool {
	return n*10 >= lo*9 && n*10 <= hi*11
}

// countLowerBound returns what a figure of part of the operation says of
// the whole: at least its figure ("four" gives "at least 4", "20 to 30"
// "at least 20", "more than 10" stays), when it has a lower bound; an
// upper bound or an estimate gives none.
func countLowerBound(c Count) (Count, bool) {
	iv := c.interval()
	if iv.about || iv.lo <= 0 {
		return Count{}, false
	}
	return c.atLeast(), true
}
