package extract

// Groups: lists of figures, breakdowns, sentence frames and the lists of
// countries people come from.

// figureFrom reads a figure whose first token (its hedge, or its number)
// is token k.
func (d *doc) figureFrom(k int) (Figure, bool) {
	if k >= len(d.toks) {
		return Figure{}, false
	}
	num := k
	if n := d.phraseAt(k, Hedge); n > 0 {
		num = k + n
	} else if d.is(k, Hedge) && !d.isNumberToken(k) {
		num = k + 1
	}
	if num >= len(d.toks) || !d.same(k, num) {
		return Figure{}, false
	}
	f, ok := d.figureAt(num)
	if !ok || f.first != k && num != k {
		return Figure{}, false
	}
	return f, true
}

// namedAt reads a person named in full at token i, with the age that may
// follow ("Blanca Lianeth Rodriguez Perez, 27"): a figure of one, with no
// noun. Only a run of two capitalised words or more that no noun of
// people follows is a name; the caller decides where a name may stand
// (right after a verb of rescue or arrest, or in a list that began so).
func (d *doc) namedAt(i int) (Figure, bool) {
	if i >= len(d.toks) || !d.toks[i].cap || d.toks[i].kind != kWord || d.toks[i].cls != 0 {
		return Figure{}, false
	}
	e := i
	for e+1 < len(d.toks) && d.tok(e+1).cap && d.tok(e+1).kind == kWord && d.same(i, e+1) && d.tok(e+1).cls == 0 {
		e++
	}
	if e == i || d.is(e+1, personClasses) || d.toks[e].cls&AgencyHead != 0 {
		return Figure{}, false
	}
	f := Figure{Count: d.span(i, e), Phrase: d.span(i, e), Named: true, Sent: int(d.toks[i].sent), first: i, last: e, head: -1}
	end := e + 1
	if d.punct(end, ",") && d.tok(min(end+1, len(d.toks)-1)).kind == kNum && (d.punct(end+2, ",") || !d.same(end, end+2)) {
		end += 2 // ", 27"
	}
	f.end = end
	return f, true
}

// joinerAt returns the token after a list's joiner at token j (",", "and",
// ", and", "as well as"), whether it was a bare comma, and ok.
func (d *doc) joinerAt(j int) (next int, comma, ok bool) {
	k := j
	if d.punct(k, ",") {
		k++
	}
	if n := d.listAnd(k); n > 0 && !d.punct(k, ",") {
		return k + n, false, true
	}
	return k, k > j, k > j
}

// listAfter reads the figures that continue a list after token j, which
// follows the figure head. A list that began with a person's name may
// continue with names. An apposition is not a figure of its own: "Somchai
// Jaidee, a Thai national," says what the person named is (its names
// become the named figure's), and "a Chinese man, Li Wei," names the man.
func (d *doc) listAfter(j int, head *Figure) (figs []Figure, end int, comma bool) {
	end = j
	named := head.Named
	last := head
	for len(figs) < 64 {
		k, c, ok := d.joinerAt(end)
		parallel := false
		if !ok || !d.same(j, k) {
			// "80 victims in Lima and 40 in Callao": a modifier of place
			// or time, and the next figure with one of its own.
			m := d.modifierEnd(end)
			if m == end {
				break
			}
			if k, c, ok = d.joinerAt(m); !ok || !d.same(j, k) {
				break
			}
			parallel = true
		}
		if k >= len(d.toks) {
			break
		}
		f, ok := d.figureFrom(k)
		if !ok {
			f, ok = d.possessiveAt(k) // "a mother and her 3 children", "a man and his wife"
		}
		if parallel {
			if !ok || f.pronoun || f.Role == RoleOther || d.tok(f.end).kind != kWord || d.word(f.end) != d.word(end) {
				break
			}
			if f.Elliptic && !last.Elliptic {
				f.inheritNoun(last)
			}
		}
		if c && ok && f.Article && last.Named && len(last.Names) == 0 && d.appositionEnds(f.end) {
			last.Names, last.Minor, last.Female, last.Male, last.Adult = f.Names, f.Minor, f.Female, f.Male, f.Adult
			end = f.end
			continue
		}
		if !ok && c && last.Article && !last.Named {
			if n, isName := d.namedAt(k); isName && d.appositionEnds(n.end) {
				end = n.end
				continue
			}
		}
		if !ok && named {
			f, ok = d.namedAt(k)
		}
		if ok && f.pronoun && c && len(d.asides) < maxAsides {
			// "4 women, one of them pregnant, and a girl": a part of the
			// figure before, said in passing; the list goes on after it.
			if m, ok := d.asideEnd(&f); ok {
				d.asides = append(d.asides, aside{f: f, after: len(figs) - 1})
				end = m
				continue
			}
		}
		if c && (!ok || f.pronoun) {
			// "7 women, most of them Thai, and 2 girls": a part said in
			// passing with no number, which counts no one by itself.
			if m, ok := d.wordAsideEnd(k); ok {
				end = m
				continue
			}
		}
		if !ok || f.pronoun {
			break // "23 people, 14 of them children": a part, not the next of a list
		}
		if f.Role == RoleOther && d.alongEnding(k-1) > 0 {
			break // "rescued 12 women along with 3 officers": who went with them
		}
		if d.otherRole(head, last, &f) {
			break // "rescued 30 women and 4 traffickers were arrested": two groups
		}
		if len(figs) == 0 {
			comma = c
		}
		end = d.allOf(&f, f.end)
		figs = append(figs, f)
		last = &figs[len(figs)-1]
	}
	return figs, end, comma
}

// aside is a part of a figure said in passing inside a list ("one of them
// pregnant" of "4 women, one of them pregnant, and a girl"): after is the
// index, in the figures listAfter returns, of the figure it is a part of
// (-1 for the figure the list continues).
type aside struct {
	f     Figure
	after int
}

// maxAsides bounds the asides of one list.
const maxAsides = 64

// asideEnd returns the comma that closes a part said in passing, figure
// f ("one of them pregnant", "one of whom is a police officer", "two of
// them minors"), when a list's joiner and the list's next figure follow
// that comma; and ok. An aside that holds a number or a verb of rescue or
// arrest ("20 of whom were victims, and …") is left to be read as a
// clause of its own.
func (d *doc) asideEnd(f *Figure) (int, bool) {
	k := f.end
	for ; k < f.end+maxNP*2 && k < len(d.toks) && d.same(f.first, k); k++ {
		if d.punct(k, ",") {
			break
		}
		if d.isPunct(k) || d.isNumberToken(k) || d.is(k, roleVerbs) {
			return 0, false
		}
	}
	if !d.asideClosed(k) {
		return 0, false
	}
	return k, true
}

// asideClosed reports whether token k is the comma that closes a part
// said in passing inside a list: a list's joiner and the list's next
// figure follow it.
func (d *doc) asideClosed(k int) bool {
	if !d.punct(k, ",") {
		return false
	}
	n := d.listAnd(k + 1)
	if n == 0 || d.punct(k+1, ",") || !d.same(k, k+1+n) {
		return false
	}
	if _, ok := d.figureFrom(k + 1 + n); ok {
		return true
	}
	_, ok := d.possessiveAt(k + 1 + n)
	return ok
}

// wordAsideEnd returns the comma that closes a part said in passing with
// no number, starting at token k, when the list goes on after it; and ok.
// Such a part opens on a word of Lexicon.Quantifiers ("most of them Thai",
// "the youngest of them 9", "none of whom had papers", "all girls") or of
// Lexicon.Partly ("mostly girls"). It counts no one: "most of them Thai"
// gives no nationality to anyone, and the list goes on after it. An aside
// that holds a verb of rescue or arrest, a noun of a role ("some of whom
// were victims") or a figure with a noun is left to be read as a clause
// of its own.
func (d *doc) wordAsideEnd(k int) (int, bool) {
	i := k
	if d.is(i, Determiner) && d.lex.Quantifiers[d.word(i+1)] && d.same(i, i+1) {
		i++ // "the youngest of them"
	}
	if !d.lex.Quantifiers[d.word(i)] && !d.lex.Partly[d.word(i)] {
		return 0, false
	}
	m := i + 1
	for ; m < i+1+maxNP*2 && m < len(d.toks) && d.same(i, m); m++ {
		if d.punct(m, ",") {
			break
		}
		if d.isPunct(m) || d.is(m, roleVerbs|VictimNoun|SuspectNoun|DetaineeNoun) {
			return 0, false
		}
		if d.isNumberToken(m) {
			if f, ok := d.figureAt(m); ok && !f.Elliptic {
				return 0, false // "most of them 12 Thai women"
			}
		}
	}
	if m == i+1 || !d.asideClosed(m) {
		return 0, false
	}
	return m, true
}

// otherRole reports whether figure f, after last in a list that began
// with head, names people of another role by its noun: "Three suspects and
// 12 victims", "rescued 30 women and 4 Chinese traffickers were arrested".
func (d *doc) otherRole(head, last, f *Figure) bool {
	r := nounRole(d.headClass(f))
	if r == RoleUnknown {
		return false
	}
	if lr := nounRole(d.headClass(last)); lr != RoleUnknown && lr != r {
		return true
	}
	v := d.leftRole(head.first).role
	return v != RoleUnknown && v != r
}

// nounsDiffer reports whether the nouns of figures a and b name people
// of two roles ("Three suspects and 12 victims"): a list cut there is two
// groups of their own (see otherRole), not a list read in two parts.
func (d *doc) nounsDiffer(a, b *Figure) bool {
	ra, rb := nounRole(d.headClass(a)), nounRole(d.headClass(b))
	return ra != RoleUnknown && rb != RoleUnknown && ra != rb
}

// nounRole returns the role a noun of class c gives by itself: victims,
// suspects ("traffickers"), or none.
func nounRole(c Class) Role {
	switch {
	case c&VictimNoun != 0:
		return RoleVictim
	case c&(SuspectNoun|DetaineeNoun) != 0:
		return RoleSuspect
	}
	return RoleUnknown
}

// appositionEnds reports whether an apposition ending before token j is
// closed there: by a comma, the end of the sentence or of a clause ("and",
// a full stop), so that "a Chinese man, Li Wei, and" is read as one man.
func (d *doc) appositionEnds(j int) bool {
	return j >= len(d.toks) || !d.same(j-1, j) || d.isPunct(j) || d.listAnd(j) > 0 || d.is(j, ClauseBreak)
}

// allOf reads an apposition that says what everyone a figure counts is,
// after the figure ending before token j: ", all Chinese nationals,". Its
// names become the figure's, and it returns the token after the
// apposition's closing comma, or j when there is none.
func (d *doc) allOf(f *Figure, j int) int {
	if !d.punct(j, ",") || d.word(j+1) != "all" {
		return j
	}
	var names []Span
	k := j + 2
	for ; k < j+7 && k < len(d.toks) && d.toks[k].kind == kWord && d.same(j, k); k++ {
		t := d.toks[k]
		switch {
		case t.cap:
			if len(names) > 0 && names[len(names)-1].End == int(d.toks[k-1].e) && d.tok(k-1).cap {
				names[len(names)-1].End = int(t.e)
			} else {
				names = append(names, d.span(k, k))
			}
		case t.cls&personClasses == 0:
			return j
		}
	}
	if !d.punct(k, ",") || len(names) == 0 {
		return j
	}
	if len(f.Names) == 0 {
		f.Names = names
	}
	return k
}

// breakdownAt returns the token after a breakdown's marker that follows a
// figure at token j ("including", ", among them", "—", ":"), skipping a
// phrase that ends the figure's noun ("from a suspected cyber scam
// centre, including …"), and ok.
func (d *doc) breakdownAt(j int) (int, bool) {
	if j >= len(d.toks) {
		return 0, false
	}
	switch d.word(j) {
	case "—", "–", ":", "(":
		return j + 1, true
	case "-":
		if d.toks[j].space {
			return j + 1, true
		}
	}
	for k := j; k < j+12 && k < len(d.toks) && d.same(j, k); k++ {
		if d.is(k, Breakdown) {
			return k + 1, true
		}
		if n := d.phraseAt(k, Breakdown); n > 0 {
			return k + n, true
		}
		if d.isNumberToken(k) || d.is(k, ClauseBreak) {
			return 0, false
		}
		if n := d.listAnd(k); n > 0 && d.is(k+n, Determiner|Article|Possessive|personClasses|roleVerbs) {
			// "12 women on Monday and the suspects arrested included
			// 3 Thais": another noun's breakdown.
			return 0, false
		}
		if d.isPunct(k) && !d.punct(k, ",") {
			return 0, false
		}
	}
	return 0, false
}

// maxBack bounds how far back a group looks for the set it is part of,
// so that a sentence of a million figures is read in linear time.
const maxBack = 32

// findFigures finds every figure of people and groups them.
func (d *doc) findFigures(r *Result) {
	for i := 0; i < len(d.toks) && !r.full(max(len(r.Groups), len(r.Figures)), MaxGroups, "figures"); {
		if d.word(i) == "from" {
			if end := d.origin(r, i); end > i {
				i = end
				continue
			}
		}
		f, ok := d.figureAt(i)
		if !ok && d.is(i-1, SuspectVerb|VictimVerb|InterceptVerb) && d.same(i-1, i) {
			f, ok = d.namedAt(i) // "arrested Blanca Lianeth Rodriguez Perez, 27, and a 13-year-old girl"
		}
		if !ok {
			i++
			continue
		}
		figs := append(d.figs[:0], f)
		head, apposition := -1, false
		d.asides = d.asides[:0]
		asideBase := 1 // the index in figs of the first figure listAfter returns
		j := d.allOf(&figs[0], f.end)
		broken := false // a breakdown follows the figure
		if k, ok := d.breakdownAt(j); ok {
			if g, ok := d.figureFrom(k); ok {
				if d.punct(j, ",") && d.asideClosed(g.end) && nounRole(d.headClass(&g)) == RoleUnknown {
					// "5 men, including a police officer, and 2 women": a
					// part of the figure said in passing, closed by its
					// comma; the list goes on after it.
					g.Partitive = true
					d.asides = append(d.asides, aside{f: g, after: -1})
					more, e, comma := d.listAfter(g.end, &figs[0])
					figs = append(figs, more...)
					j, apposition, broken = e, comma, true
				} else {
					more, e, _ := d.listAfter(g.end, &g)
					figs = append(append(figs, g), more...)
					head, j, asideBase, broken = 0, e, 2, true
				}
			}
		}
		if !broken {
			// No figure after a breakdown's marker ("12 women, some of
			// whom were pregnant, and 3 men"): a list may go on.
			more, e, comma := d.listAfter(j, &figs[0])
			if len(more) > 0 || len(d.asides) > 0 {
				// "12 people, three of them Thai, and 4 suspects were
				// arrested": an aside ends where the next group starts.
				figs = append(figs, more...)
				j, apposition = e, comma
			}
			// "81 men and 38 women totalling 119 Myanmar workers".
			k := j
			if d.punct(k, ",") {
				k++
			}
			n := d.phraseAt(k, TotalWord)
			if n == 0 && d.is(k, TotalWord) {
				n = 1
			}
			if n > 0 && len(figs) > 1 {
				if t, ok := d.figureFrom(k + n); ok {
					figs = append(figs, t)
					head, j = len(figs)-1, t.end
				}
			}
		}
		base := len(r.Figures)
		d.addGroup(r, figs, head, apposition)
		for _, a := range d.asides {
			// Each part said in passing is a group of its own, a part of
			// the figure it follows (see antecedent).
			a.f.partOf = base + asideBase + a.after + 1
			d.addGroup(r, []Figure{a.f}, -1, false)
		}
		d.figs = figs[:0] // reused: addGroup copied them
		i = max(j, i+1)
	}
	d.splitMixed(r)
	d.frames(r)
	for gi := range r.Groups {
		d.groupRole(r, gi)
		d.additive(r, gi)
	}
	for gi := 1; gi < len(r.Groups); gi++ {
		g, prev := &r.Groups[gi], &r.Groups[gi-1]
		first := r.Figures[g.Figures[0]].first
		if prev.Role == RoleUnknown && prev.Sent == g.Sent && d.listAnd(first-1) > 0 && !g.split &&
			!d.nounsDiffer(&r.Figures[prev.Figures[len(prev.Figures)-1]], &r.Figures[g.Figures[0]]) {
			g.AfterAnd = true
		}
	}
}

// addGroup appends the figures and their group to r.
func (d *doc) addGroup(r *Result, figs []Figure, head int, apposition bool) {
	g := Group{Head: -1, Apposition: apposition && head < 0 && len(figs) > 1, Sent: figs[0].Sent, FrameOf: -1, VictimPart: -1, SuspectPart: -1,
		Figures: make([]int, 0, len(figs))}
	gi := len(r.Groups)
	for k, f := range figs {
		f.Group = gi
		if k == head {
			g.Head = len(r.Figures)
		}
		g.Figures = append(g.Figures, len(r.Figures))
		r.Figures = append(r.Figures, f)
	}
	r.Groups = append(r.Groups, g)
}

// origin reads a list of countries people come from at token i ("from"):
// "citizens from Pakistan, Nepal and the Philippines", "the victims were
// from Malaysia (43) and Taiwan (1)". Names with a count in brackets are
// figures. It returns the token after the list, or i if there is none.
func (d *doc) origin(r *Result, i int) int {
	k := i - 1
	removed := false // "the victims rescued from Laos": where they were
	switch {
	case d.is(k, Copula) && !d.is(k, personClasses):
	case d.is(k, personClasses):
		removed = d.removedBefore(k)
	case d.toks[max(k, 0)].kind == kWord && !d.toks[max(k, 0)].cap && d.is(k-1, personClasses) &&
		d.toks[k].cls&(Stop|Aux|ClauseBreak) == 0:
		// "nationals trafficked from"
		removed = d.lex.Removal[d.word(k)]
	default:
		return i
	}
	names, counts, end := d.nameList(i + 1)
	if len(names) == 0 {
		return i
	}
	if removed {
		return end
	}
	var figs []Figure
	o := Origin{Sent: int(d.toks[i].sent), Span: Span{int(d.toks[i].s), int(d.tok(end - 1).e)}}
	for n, c := range counts {
		if c < 0 {
			o.Names = append(o.Names, names[n])
			continue
		}
		// "Malaysia (43)": a figure whose noun is the country.
		nameTok := d.tokenAt(names[n].Start)
		figs = append(figs, Figure{
			Count: d.span(c, c), Phrase: Span{names[n].Start, int(d.tok(c + 1).e)}, Names: []Span{names[n]},
			Sent: int(d.toks[c].sent), first: nameTok, last: c + 1, end: c + 2, head: -1,
		})
	}
	if len(figs) > 0 {
		d.addGroup(r, figs, -1, false)
		g := &r.Groups[len(r.Groups)-1]
		g.Role, _ = d.sentenceRole(i)
	}
	if len(o.Names) > 0 && !r.full(len(r.Origins), MaxFound, "countries of origin") {
		o.Role, _ = d.sentenceRole(i)
		if o.Role == RoleUnknown {
			o.Role = d.rightRole(end).role
		}
		r.Origins = append(r.Origins, o)
	}
	return end
}

// tokenAt returns the token that starts at byte offset off.
func (d *doc) tokenAt(off int) int {
	lo, hi := 0, len(d.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if int(d.toks[m].s) < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// frames marks the groups of a sentence that opens on a set: "Of the
// total 187 workers rescued, 158 foreigners are …, while 29 are …";
// "Among those detained in Pamplona were three …".
func (d *doc) frames(r *Result) {
	for gi := range r.Groups {
		g := &r.Groups[gi]
		start := d.sentenceStart(r.Figures[g.Figures[0]].first)
		for d.isOpener(start) && d.same(start, start+1) {
			start++
		}
		if !d.is(start, FrameWord) {
			continue
		}
		// The frame runs to its comma, or to the verb of "Among those
		// detained … were three".
		end := start + 1
		for end < len(d.toks) && end < start+16 && d.same(start, end) && !d.punct(end, ",") && !d.is(end, Aux|Copula) {
			end++
		}
		first := r.Figures[g.Figures[0]].first
		if first < end {
			continue // the frame's own figure
		}
		g.Frame = true
		for hi := gi - 1; hi >= 0 && hi >= gi-maxBack && r.Groups[hi].Sent == g.Sent; hi-- {
			if r.Figures[r.Groups[hi].Figures[0]].first < end {
				g.FrameOf = r.Groups[hi].Figures[0]
				break
			}
		}
		if role, tok := d.roleWithin(start, end); role != RoleUnknown {
			g.frameRole, g.frameTok = role, tok
		}
	}
}

// additive marks group gi when it adds to an earlier figure of its role:
// "Another 5 suspects were arrested", "a further 5", "53 more", "Police
// also rescued 10 men". A sentence that gives the total itself ("…,
// bringing the total to 81") adds nothing: its figure is part of that
// total; nor does one of a separate operation, or a weak role ("were
// also found").
func (d *doc) additive(r *Result, gi int) {
	g := &r.Groups[gi]
	f := &r.Figures[g.Figures[0]]
	if g.Role != RoleVictim && g.Role != RoleSuspect || g.Weak || g.Frame || f.Partitive || f.pronoun {
		return
	}
	more := f.More || d.passiveAlong(f.first)
	if !more && !g.RoleWord.IsZero() {
		// "also" before the verb that gave the role, perhaps with
		// auxiliaries between: "were also rescued", "have also been
		// detained".
		k := d.tokenAt(g.RoleWord.Start)
		for m := k - 1; m >= 0 && m >= k-3 && d.same(m, k) && d.toks[m].kind == kWord; m-- {
			if d.lex.Also[d.word(m)] {
				more = true
				break
			}
			if !d.is(m, Aux|Adverb) {
				break
			}
		}
	}
	if !more {
		return
	}
	if !g.Other.IsZero() {
		return // "In a separate operation, 40 more were freed": another event's
	}
	start := d.sentenceStart(f.first)
	for k := start; k < len(d.toks) && k < start+maxWindow*4 && d.same(start, k); k++ {
		if d.is(k, TotalWord) || d.phraseAt(k, TotalWord) > 0 {
			return
		}
	}
	g.Additive = true
}

// passiveAlong reports whether the figure whose first token is first
// follows a passive verb and "along with": "27 workers were arrested
// along with six supervisors" counts the six besides the subject, as
// "another six" would.
func (d *doc) passiveAlong(first int) bool {
	n := d.alongEnding(first - 1)
	if n == 0 {
		return false
	}
	v := first - 1 - n
	if !d.same(v, first) || !d.is(v, roleVerbs) {
		return false
	}
	k := v - 1
	for k >= 0 && d.same(k, v) && d.is(k, Adverb) {
		k--
	}
	return k >= 0 && d.same(k, v) && d.is(k, Aux)
}
