package extract

// Roles: who a figure counts, from the verbs and nouns around it.

// found is a role read at a token.
type found struct {
	role Role
	tok  int // the token that gave it, or -1
	dist int // how many tokens from the figure
	weak bool
	// unreal is the word that says the act did not happen or has not yet
	// ("did not rescue", "were not rescued", "plan to rescue"), or zero.
	unreal Span
	// besides is the object of the verb before "along with" ("the
	// brothel owner" of "arrested the brothel owner along with 12
	// women"), or zero: people the verb counts besides the figure.
	besides Span
}

var none = found{tok: -1}

// roleAt returns the role token k gives as a verb or a participle.
func (d *doc) roleAt(k, dist int) found {
	c := d.toks[k].cls
	switch {
	case c&SuspectVerb != 0:
		return found{RoleSuspect, k, dist, false, Span{}, Span{}}
	case c&(VictimVerb|InterceptVerb) != 0:
		return found{RoleVictim, k, dist, false, Span{}, Span{}}
	case c&FoundVerb != 0:
		return found{RoleVictim, k, dist, true, Span{}, Span{}}
	}
	return none
}

// leftRole reads the verb before a figure whose first token is first:
// "rescued 44", "successfully rescued 47", "arrested the five suspects",
// "the rescue of nine victims", "Police found 432".
//
// A verb of another event ("deported 200 Chinese nationals") gives no
// role, but its token: a weak word after the figure ("found working")
// does not make those people victims. Through "along with", the verb is
// that of the object before ("arrested the brothel owner along with 12
// women").
func (d *doc) leftRole(first int) found {
	k := first - 1
	if n := d.alongEnding(k); n > 0 {
		for m := k - n; m >= 0 && m > k-n-6 && d.same(m, first) && d.toks[m].kind == kWord; m-- {
			if d.is(m, roleVerbs) {
				f := d.roleAt(m, first-m)
				f.unreal = d.unrealBefore(m)
				if m < k-n {
					f.besides = d.span(m+1, k-n)
				}
				return f
			}
			if d.is(m, Stop|ClauseBreak|Aux|Copula) {
				break
			}
		}
		return none
	}
	for skipped := 0; k >= 0 && d.same(k, first) && skipped <= 3; k-- {
		switch {
		case d.is(k, roleVerbs):
			f := d.roleAt(k, first-k)
			f.unreal = d.unrealBefore(k)
			return f
		case d.lex.OtherEvents[d.word(k)]:
			return found{RoleUnknown, k, first - k, false, Span{}, Span{}}
		case d.word(k) == "of" && d.is(k-1, RoleNoun):
			k-- // "the rescue of"
			return d.roleAt(k, first-k)
		case d.is(k, Breakdown|Copula):
			// "the victims comprised seven women, …", "the suspects were".
			m := k - 1
			if d.is(m, VictimNoun) {
				return found{RoleVictim, m, first - m, false, Span{}, Span{}}
			}
			if d.is(m, DetaineeNoun|SuspectNoun) {
				return found{RoleSuspect, m, first - m, true, Span{}, Span{}}
			}
		case d.is(k, Adverb|Determiner):
			skipped++
			continue
		}
		break
	}
	return none
}

// rightRole reads the verb after a figure's group, from token k: an
// adjacent participle ("eight suspects arrested", "Six Rescued"), or a
// passive ("were rescued", "have also been detained") after the rest of
// the noun phrase ("Hundreds of people forced to work in … were
// rescued"), or "are victims" / "remain at large".
//
// A verb with an object is what the figure did, not what was done to it
// ("3 men who had trafficked 12 women"). After a relative pronoun, the
// object's figure is skipped, and the verb after the clause is the
// figure's ("A Thai woman who recruited 12 Lao women was arrested").
func (d *doc) rightRole(k int) found {
	start := k
	if k < len(d.toks) && d.is(k, roleVerbs) && d.same(k-1, k) {
		if d.objectAfter(k) {
			return none
		}
		return d.roleAt(k, 0)
	}
	rel := d.is(start, ClauseBreak)
	// conj is set after a word that opens another clause ("while",
	// "but"), and subject when that clause has a subject of its own
	// ("while the alleged ringleader remains at large"): its verb is not
	// the figure's, unless a pronoun names the figure's people again
	// ("but police said they were victims").
	conj, subject := false, false
	for ; k < len(d.toks) && k < start+16 && d.same(start-1, k); k++ {
		t := d.toks[k]
		if conj && t.kind == kWord {
			switch {
			case d.lex.Pronouns[d.word(k)]:
				subject = false
			case d.lex.Quantifiers[d.word(k)]:
				// "but all were victims": of the figure's people
			case t.cls&(Determiner|Article|Possessive|personClasses|AgencyHead) != 0 || t.cap:
				subject = true
			}
		}
		switch {
		case t.kind == kPunct:
			switch d.word(k) {
			case ";", ":", "—", "–", "(", ")", "\"", "“", "”":
				return none
			}
		case d.isNumberToken(k) && k > start:
			if f, ok := d.figureAt(k); ok && rel {
				k, rel = f.last, false // the relative clause's object
				continue
			}
			return none // another figure's verb
		case t.cls&ClauseBreak != 0 && k > start+1:
			return none
		case t.cls&ClauseBreak != 0:
			conj = conj || !d.lex.RelativePronouns[d.word(k)]
		case t.cls&(Aux|Copula) != 0:
			if subject {
				return none
			}
			// The auxiliaries and adverbs before the participle, and the
			// words that say it did not happen ("were not rescued",
			// "will be freed", "have yet to be rescued").
			var unreal Span
			m := k
			for ; m < len(d.toks) && m < k+6; m++ {
				switch {
				case d.lex.Unreal[d.word(m)] && !d.toks[m].cap:
					unreal = d.span(m, m)
					continue
				case m > k && d.is(m, Aux|Adverb), !unreal.IsZero() && d.is(m, Stop):
					continue
				case m == k:
					continue
				}
				break
			}
			if m >= len(d.toks) || !d.same(k, m) {
				return none
			}
			if !unreal.IsZero() {
				f := none
				if n := d.phraseAt(m, SuspectVerb|VictimVerb); n > 0 {
					f = found{roleOfClass(d.phrase(m, n)), m, m - start, false, Span{}, Span{}}
				} else if d.is(m, roleVerbs) {
					f = d.roleAt(m, m-start)
				}
				if f.role != RoleUnknown {
					f.unreal = unreal
				}
				return f
			}
			if n := d.phraseAt(m, AtLargeWord); n > 0 || d.is(m, AtLargeWord) {
				return found{RoleAtLarge, m, m - start, false, Span{}, Span{}}
			}
			if n := d.phraseAt(m, SuspectVerb|VictimVerb); n > 0 {
				if d.phrase(m, n)&SuspectVerb != 0 {
					return found{RoleSuspect, m, m - start, false, Span{}, Span{}}
				}
				return found{RoleVictim, m, m - start, false, Span{}, Span{}}
			}
			if d.is(m, roleVerbs) {
				if d.objectAfter(m) {
					k = m // "who had trafficked 12 women": what they did
					continue
				}
				return d.roleAt(m, m-start)
			}
			if d.is(m, VictimNoun) {
				return found{RoleVictim, m, m - start, true, Span{}, Span{}} // "believed to be victims"
			}
			if d.is(m, Determiner) && d.is(m+1, VictimNoun) {
				return found{RoleVictim, m + 1, m + 1 - start, true, Span{}, Span{}}
			}
			return none
		}
	}
	return none
}

// escapeAfter reports whether the figure ending before token k is of people
// who escaped: "two women who escaped", "five victims managed to escape",
// "a Vietnamese man who alleged to have escaped".
func (d *doc) escapeAfter(k int) (int, bool) {
	for m := k; m < k+6 && m < len(d.toks) && d.same(k-1, m); m++ {
		if d.is(m, EscapeVerb) {
			return m, true
		}
		if d.toks[m].kind != kWord || d.is(m, roleVerbs) || d.isNumberToken(m) {
			return 0, false
		}
	}
	return 0, false
}

// objectAfter reports whether the verb at token m has an object of
// people right after it ("trafficked 12 women", "sold the children"):
// the figure before the verb did the act.
func (d *doc) objectAfter(m int) bool {
	k := m + 1
	for k < len(d.toks) && d.is(k, Adverb) && d.same(m, k) {
		k++
	}
	if k >= len(d.toks) || !d.same(m, k) {
		return false
	}
	if d.isNumberToken(k) || d.is(k, personClasses) {
		return true
	}
	return d.is(k, Article|Determiner) && d.same(k, k+1) &&
		(d.isNumberToken(k+1) || d.is(k+1, personClasses) || d.is(k+2, personClasses) && d.same(k, k+2))
}

// relativeObject reports whether the figure whose first token is first is
// the object of the verb of a clause opened just before it ("who
// recruited 12 Lao women", "who had trafficked 12 women"): the verb after
// that clause is its subject's, not the figure's.
func (d *doc) relativeObject(first int) bool {
	k := first - 1
	for k >= 0 && d.is(k, Determiner|Adverb) && d.same(k, first) {
		k--
	}
	if k < 0 || !d.same(k, first) || d.toks[k].kind != kWord || d.is(k, Stop|Aux|Copula|ClauseBreak|personClasses) {
		return false
	}
	for k--; k >= 0 && d.is(k, Aux|Adverb) && d.same(k, first); k-- {
	}
	return k >= 0 && d.same(k, first) && d.is(k, ClauseBreak)
}

// possessor returns the noun a figure is the "of" phrase of, when that
// noun is not a set the figure counts (Lexicon.GroupNouns): "The parents
// of 12 children were arrested" speaks of the parents; "a group of 12
// women" counts the women. It returns -1 when there is none.
func (d *doc) possessor(first int) int {
	n := first - 2
	if n < 0 || d.word(first-1) != "of" || !d.same(n, first) || d.toks[n].kind != kWord || d.toks[n].cap ||
		d.is(n, Stop|Determiner|Article|Hedge|NumberWord|More|RoleNoun|Breakdown|Rest|FrameWord|Aux|Copula|roleVerbs|ClauseBreak|PartitiveDet|personClasses) ||
		d.lex.GroupNouns[d.word(n)] {
		return -1
	}
	// A noun, as a determiner before it says ("the parents", "their
	// families"), not a verb ("consisted of").
	for k := n - 1; k >= n-2 && k >= 0 && d.same(k, n); k-- {
		if d.is(k, Determiner|Article|Possessive) {
			return n
		}
	}
	return -1
}

// alongEnding returns the length of a phrase of Lexicon.Along ending at
// token k ("along with"), or 0.
func (d *doc) alongEnding(k int) int {
	for n := 2; n >= 1; n-- {
		if d.wordsKey(k-n+1, n) && d.lex.Along[string(d.key)] {
			return n
		}
	}
	return 0
}

// roleWord returns the role a word gives wherever it stands in a clause:
// a verb of rescue or arrest, a victim's or a detainee's noun.
func (d *doc) roleWord(k int) Role {
	switch {
	case d.is(k, roleVerbs):
		return d.roleAt(k, 0).role
	case d.is(k, VictimNoun):
		return RoleVictim
	case d.is(k, DetaineeNoun):
		return RoleSuspect
	}
	return RoleUnknown
}

// roleWithin returns the role the first role word in tokens [i, j) gives,
// and its token.
func (d *doc) roleWithin(i, j int) (Role, int) {
	for k := i; k < j && k < len(d.toks); k++ {
		if r := d.roleWord(k); r != RoleUnknown {
			return r, k
		}
	}
	return RoleUnknown, -1
}

// sentenceRole returns the role of the nearest role word before token i in
// its sentence: "The rescued individuals include citizens from …", "the
// victims were from …".
func (d *doc) sentenceRole(i int) (Role, int) {
	for k := i - 1; k >= 0 && k >= i-maxWindow && d.same(k, i); k-- {
		if r := d.roleWord(k); r != RoleUnknown {
			return r, k
		}
	}
	return RoleUnknown, -1
}

// groupRole decides the role of group gi: a trigger ("who escaped"), a
// participle in a noun phrase, the verb after or before the figures, the
// noun, the sentence's frame, or the set a pronoun names ("three of
// them"). Where the verbs before and after disagree, or only a weak word
// or the noun says, the group gets a note.
//
// It also reads what makes the group no figure of the operation: a phrase
// of another event in its clause ("in a separate raid"), a claim ("Media
// reports claimed 80 people were rescued"), and a later figure that
// replaces an earlier group's ("the figure rose to 45").
func (d *doc) groupRole(r *Result, gi int) {
	g := &r.Groups[gi]
	first := &r.Figures[g.Figures[0]]
	g.Clause = d.sequenceClause(first.first)
	g.Other = d.anotherEvent(first.first, r.Figures[g.Figures[len(g.Figures)-1]].end-1)
	g.Stated = d.stated(first)
	d.groupRoleOf(r, gi)
	d.victimPart(r, gi)
	if g.Role == RoleSuspect && g.Head >= 0 && g.VictimPart < 0 {
		// "Police detained 30 people, including 12 victims": a part of
		// those detained that the text calls victims.
		for _, fi := range g.Figures {
			if fi != g.Head && nounRole(d.headClass(&r.Figures[fi])) == RoleVictim {
				g.VictimPart = fi
				break
			}
		}
		// "The 40 people detained included 15 suspects": the others may
		// be victims or witnesses.
		for _, fi := range g.Figures {
			if g.VictimPart < 0 && fi != g.Head && nounRole(d.headClass(&r.Figures[fi])) == RoleSuspect &&
				d.headClass(&r.Figures[g.Head])&(SuspectNoun|DetaineeNoun) == 0 {
				g.SuspectPart = fi
				break
			}
		}
	}
	if g.Role == RoleSuspect && g.VictimPart < 0 {
		d.victimWords(r, gi)
	}
	if g.FrameOf < 0 && g.Role != RoleUnknown {
		d.antecedent(r, gi)
	}
	if g.Role == RoleVictim || g.Role == RoleSuspect {
		if c := d.claimBefore(first.first); !c.IsZero() {
			g.Role, g.RoleWord = RoleUnknown, c
			g.Note = quote(d.text[c.Start:c.End]) + ": a claim, not a fact: not counted"
		}
	}
	d.update(r, gi)
}

func (d *doc) groupRoleOf(r *Result, gi int) {
	g := &r.Groups[gi]
	firstF := &r.Figures[g.Figures[0]]
	lastF := &r.Figures[g.Figures[len(g.Figures)-1]]
	set := func(f found, note string) {
		g.Role, g.Weak, g.Note, g.Besides = f.role, f.weak, note, f.besides
		if f.tok >= 0 {
			g.RoleWord = d.span(f.tok, f.tok)
		}
		if !f.unreal.IsZero() {
			// "did not rescue 30 victims", "plan to rescue 500 people".
			g.Role, g.RoleWord = RoleUnknown, f.unreal
			g.Note = quote(d.text[f.unreal.Start:f.unreal.End]) + " before " + quote(d.raw(f.tok)) +
				": the act did not happen, or has not yet: not counted"
		}
	}
	if g.Role != RoleUnknown {
		return // set where the group was read (a list of countries)
	}
	if w := firstF.first - 1; d.lex.Agents[d.word(w)] && d.same(w, firstF.first) && firstF.Role != RoleOther {
		g.Note = "the doer of the act (" + quote(d.raw(w)) + "), not what happened to them: not counted"
		return
	}
	if n := d.possessor(firstF.first); n >= 0 {
		g.Note = "the sentence speaks of the " + quote(d.raw(n)) + " of those the figure counts: not counted"
		return
	}
	if len(g.Figures) == 1 || g.Head >= 0 {
		if k, ok := d.escapeAfter(firstF.last + 1); ok {
			set(found{RoleTrigger, k, 0, false, Span{}, Span{}}, "")
			return
		}
	}
	for _, fi := range g.Figures {
		if f := &r.Figures[fi]; f.Role == RoleVictim || f.Role == RoleSuspect {
			set(found{f.Role, d.tokenAt(f.RoleWord.Start), 0, false, Span{}, Span{}}, "")
			return
		}
	}
	left := d.leftRole(firstF.first)
	adj := none
	if k := lastF.last + 1; k < len(d.toks) && d.is(k, roleVerbs) && d.same(lastF.last, k) && !d.objectAfter(k) {
		adj = d.roleAt(k, 0)
	}
	if adj.weak {
		// "27 Chinese nationals found working illegally were arrested": a
		// reduced relative; the clause's own verb after it says what
		// happened to them.
		if main := d.rightRole(adj.tok + 1); main.role != RoleUnknown && !main.weak {
			adj = main
		}
	}
	switch {
	case adj.weak && left.tok >= 0 && left.role == RoleUnknown:
		// "deported 200 Chinese nationals found working": not known to
		// be victims.
		g.Note = quote(d.raw(left.tok)) + ", then " + quote(d.raw(adj.tok)) + ": nothing says they are victims or suspects: not counted"
		return
	case adj.weak && left.role != RoleUnknown && left.role != adj.role:
		g.Note = "the words before and after disagree: " + quote(d.raw(left.tok)) + " and " + quote(d.raw(adj.tok)) + ": not counted"
		return
	case adj.role != RoleUnknown:
		set(adj, "")
		return
	}
	right := none
	if !d.relativeObject(firstF.first) {
		right = d.rightRole(lastF.end)
	}
	if right.role == RoleUnknown && g.Head >= 0 && g.Head != g.Figures[len(g.Figures)-1] {
		// "1374 individuals believed to be victims were found, including
		// 153 children": the verb of the head.
		right = d.rightRole(r.Figures[g.Head].end)
	}
	switch {
	case left.role != RoleUnknown && right.role != RoleUnknown && left.role != right.role:
		// "Police detained 20 scam workers, but said they were victims":
		// the text does not say which.
		g.Note = "the words before and after disagree: " + quote(d.raw(left.tok)) + " and " + quote(d.raw(right.tok)) + ": not counted"
		return
	case right.role != RoleUnknown:
		set(right, "")
		return
	case left.role != RoleUnknown:
		set(left, "")
		return
	}
	// No verb: the noun, the frame, or the set a pronoun names.
	for _, fi := range g.Figures {
		f := &r.Figures[fi]
		if f.Role == RoleOther {
			set(found{RoleOther, d.tokenAt(f.RoleWord.Start), 0, false, Span{}, Span{}}, "")
			return
		}
		c := d.headClass(f)
		switch {
		case c&DetaineeNoun != 0:
			set(found{RoleSuspect, f.head, 0, false, Span{}, Span{}}, "")
			return
		case c&VictimNoun != 0:
			set(found{RoleVictim, f.head, 0, true, Span{}, Span{}}, "")
			g.NounOnly = true
			return
		}
	}
	if g.Frame && g.frameRole != RoleUnknown {
		set(found{g.frameRole, g.frameTok, 0, false, Span{}, Span{}}, "")
		return
	}
	if firstF.pronoun || firstF.partOf > 0 || g.Frame && g.FrameOf < 0 {
		if h := d.antecedent(r, gi); h >= 0 {
			g.Role, g.RoleWord, g.Weak = r.Groups[h].Role, r.Groups[h].RoleWord, r.Groups[h].Weak
		}
	}
}

// antecedent returns the group a partitive figure of group gi takes its
// set from ("three of them", "Twelve of the detainees", "Of these, …"):
// the last group before it, in its sentence or the one before, whose role
// is known; or -1. It sets the group's FrameOf to that group's lead.
func (d *doc) antecedent(r *Result, gi int) int {
	g := &r.Groups[gi]
	f := &r.Figures[g.Figures[0]]
	if g.FrameOf >= 0 || !f.Partitive && !g.Frame {
		return -1
	}
	if f.partOf > 0 {
		// A part said in passing inside a list is a part of the figure
		// it follows.
		hi := r.Figures[f.partOf-1].Group
		if h := &r.Groups[hi]; h.Role != RoleVictim && h.Role != RoleSuspect || g.Role != RoleUnknown && g.Role != h.Role {
			return -1
		}
		g.FrameOf = f.partOf - 1
		return hi
	}
	for hi := gi - 1; hi >= 0 && hi >= gi-maxBack; hi-- {
		h := &r.Groups[hi]
		if h.Sent < g.Sent-1 {
			break
		}
		if h.Role != RoleVictim && h.Role != RoleSuspect {
			continue
		}
		if g.Role != RoleUnknown && g.Role != h.Role {
			continue
		}
		lead := h.Figures[0]
		if h.Head >= 0 {
			lead = h.Head
		}
		g.FrameOf = lead
		f.Partitive = true
		return hi
	}
	return -1
}

// victimPart reads a part of a set of people detained that its own
// clause calls victims: "Police detained 80 workers, 20 of whom were
// victims", "10 of the detained were later identified as trafficking
// victims". The part is a group of victims (Across), and the set is
// marked (VictimPart): the text does not say how many of it are suspects.
// The set must be plain: the figure just before "of whom", the people
// detained of "of the detained", or the only set with a role nearby.
func (d *doc) victimPart(r *Result, gi int) {
	g := &r.Groups[gi]
	f := &r.Figures[g.Figures[0]]
	if !f.Partitive || g.FrameOf >= 0 && r.Groups[r.Figures[g.FrameOf].Group].Role == RoleVictim {
		return
	}
	noun := d.victimsSaid(f)
	if noun < 0 {
		return
	}
	of := f.last // "whom", "them", "the"
	detained := d.is(of, Determiner) && d.is(of+1, SuspectVerb|DetaineeNoun) && d.same(of, of+1)
	// The nearest group with a role, the nearest of suspects, and
	// whether one of victims is near too.
	nearest, set, victims := -1, -1, false
	for hi := gi - 1; hi >= 0 && hi >= gi-maxBack && r.Groups[hi].Sent >= g.Sent-1; hi-- {
		role := r.Groups[hi].Role
		if role != RoleSuspect && role != RoleVictim {
			continue
		}
		if nearest < 0 {
			nearest = hi
		}
		if role == RoleVictim {
			victims = true
		} else if set < 0 {
			set = hi
		}
	}
	switch {
	case set < 0:
		return
	case d.word(of) == "whom":
		if nearest != set {
			return // "and rescued 5 women, 2 of whom were victims"
		}
	case !detained && victims:
		return // "of them": which set, the text does not say
	}
	h := &r.Groups[set]
	for n := 0; n < 4 && h.FrameOf >= 0 && r.Groups[r.Figures[h.FrameOf].Group].Role == RoleSuspect; n++ {
		set = r.Figures[h.FrameOf].Group // "30 of them Bangladeshis": a part of the set itself
		h = &r.Groups[set]
	}
	if h.VictimPart < 0 {
		h.VictimPart = g.Figures[0]
	}
	lead := h.Figures[0]
	if h.Head >= 0 {
		lead = h.Head
	}
	g.Role, g.RoleWord, g.Weak, g.NounOnly, g.Note = RoleVictim, d.span(noun, noun), true, false, ""
	g.FrameOf, g.Across = lead, true
}

// victimsSaid returns the noun of victims that the clause of a partitive
// figure f calls the people it counts ("20 of whom were victims", "10 of
// the detained were later identified as trafficking victims", "60 of whom
// were released as victims"), or -1. A negation or a doubt ("were not
// victims", "may be victims") says nothing plainly.
func (d *doc) victimsSaid(f *Figure) int {
	k := f.last + 1
	if d.is(k-1, Determiner) && d.is(k, SuspectVerb|DetaineeNoun) {
		k++ // "of the detained", "of those arrested"
	}
	if !d.same(f.first, k) {
		return -1
	}
	return d.victimNounAfter(k)
}

// victimNounAfter returns the noun of victims that the verb at token k
// ("were", "are") calls its subject ("were later identified as
// trafficking victims"), or -1.
func (d *doc) victimNounAfter(k int) int {
	if !d.is(k, Aux|Copula) || d.lex.Unreal[d.word(k)] {
		return -1
	}
	return d.victimNounFrom(k + 1)
}

// victimNounFrom returns the noun of victims of the words from token k
// ("later identified as trafficking victims", "trafficking victims"), or
// -1 when another figure, a doubt, another verb or another noun of people
// comes first.
func (d *doc) victimNounFrom(k int) int {
	for m := k; m < k+maxNP+1 && m < len(d.toks) && d.same(k, m); m++ {
		t := d.toks[m]
		switch {
		case t.kind != kWord, d.isNumberToken(m), d.lex.Unreal[d.word(m)],
			t.cls&(ClauseBreak|SuspectVerb|AtLargeWord) != 0:
			return -1
		case t.cls&VictimNoun != 0:
			return m
		case t.cls&personClasses != 0:
			return -1 // "were women": what they are, not victims
		}
	}
	return -1
}

// victimWords reads the words after group gi, of people detained, that
// say with no number that some of them are victims: in its sentence after
// a comma or a word that opens a clause ("Police detained 80 workers, some
// of whom were victims", "…, but most were later identified as victims"),
// or at the start of the next sentence ("Many of them were victims"). It
// sets g.VictimWords.
func (d *doc) victimWords(r *Result, gi int) {
	g := &r.Groups[gi]
	last := &r.Figures[g.Figures[len(g.Figures)-1]]
	next := len(d.toks) // the first token of the next group
	if gi+1 < len(r.Groups) {
		next = r.Figures[r.Groups[gi+1].Figures[0]].first
	}
	for k := last.end; k < last.end+maxNP*2 && k < next && d.same(last.last, k); k++ {
		if d.isNumberToken(k) || d.is(k, roleVerbs) {
			return
		}
		if d.isPunct(k) && !d.punct(k, ",") {
			break
		}
		if d.punct(k, ",") || d.is(k, ClauseBreak) && !d.lex.RelativePronouns[d.word(k)] {
			m := k + 1
			if d.punct(k, ",") && d.is(m, ClauseBreak) && !d.lex.RelativePronouns[d.word(m)] {
				m++ // ", but most were …"
			}
			if sp, ok := d.someVictims(m); ok {
				g.VictimWords = sp
			}
			return
		}
	}
	// The next sentence: "them" may be of another figure of the sentence
	// too ("rescued 5 women and detained 80 workers. Most of them were
	// victims"), and then the detainees may be victims as well.
	k := last.end
	for k < len(d.toks) && k < last.end+maxWindow && d.same(last.last, k) {
		k++
	}
	if k < len(d.toks) && d.tok(k).sent == d.tok(last.last).sent+1 {
		if sp, ok := d.someVictims(k); ok {
			g.VictimWords = sp
		} else if sp, ok := d.detaineesInclude(k); ok {
			g.VictimWords = sp
		}
	}
}

// detaineesInclude reads, at token k, a sentence that breaks the people
// detained down and names victims among them: "Those detained included 25
// victims and 15 suspects", "The detainees include 12 victims".
func (d *doc) detaineesInclude(k int) (Span, bool) {
	i := k
	if d.is(i, Determiner) {
		i++ // "those", "the"
	}
	if !d.same(k, i+1) || !d.is(i, SuspectVerb|DetaineeNoun) || !d.is(i+1, Breakdown) {
		return Span{}, false
	}
	for m := i + 2; m < i+2+maxNP*2 && m < len(d.toks) && d.same(k, m); m++ {
		if d.is(m, VictimNoun) {
			return d.span(k, m), true
		}
		if d.isPunct(m) && !d.punct(m, ",") {
			break
		}
	}
	return Span{}, false
}

// someVictims reads, at token k, a quantifier with no number that says
// some of a set are victims: "some of whom were victims", "most were later
// identified as victims", "Many of those detained were victims", "the
// majority of them were victims". A quantifier of no one ("none of whom
// were victims") or a doubt ("may be victims") says nothing plainly.
func (d *doc) someVictims(k int) (Span, bool) {
	i := k
	if d.is(i, Determiner) && d.lex.Quantifiers[d.word(i+1)] && d.same(i, i+1) {
		i++ // "the majority of them"
	}
	if i >= len(d.toks) || !d.lex.Quantifiers[d.word(i)] || d.lex.Nobody[d.word(i)] {
		return Span{}, false
	}
	m := i + 1
	if d.word(m) == "of" && d.is(m+1, PartitiveDet) && d.same(i, m+1) {
		m += 2 // "of whom", "of them", "of the detainees", "of those detained"
		if d.is(m-1, Determiner) && d.is(m, SuspectVerb|DetaineeNoun) {
			m++
		}
	}
	if !d.same(i, m) {
		return Span{}, false
	}
	noun := d.victimNounAfter(m)
	if noun < 0 && m > i+1 && !d.is(m, Aux|Copula) {
		noun = d.victimNounFrom(m) // "many of them trafficking victims"
	}
	if noun < 0 {
		return Span{}, false
	}
	return d.span(k, noun), true
}

// maxWindow bounds how far a word of a sentence is looked for around a
// phrase, so that a sentence of a million words is read in linear time.
const maxWindow = 48

// quote quotes a word for a note.
func quote(s string) string { return "\"" + s + "\"" }

// splitMixed splits each list whose figures are of two roles into two
// groups, one a role, before the roles are read: "Three suspects and 12
// victims were taken to the police station" (the nouns say), "Police
// rescued 8 Thai nationals and 3 Thai suspects were arrested" (the last
// figure has a verb of its own that the verb before the list disagrees
// with).
func (d *doc) splitMixed(r *Result) {
	var groups []Group // made at the first list to split
	for gi := range r.Groups {
		g := r.Groups[gi]
		cut := d.mixedAt(r, &g)
		if cut == 0 {
			if groups != nil {
				groups = append(groups, g)
			}
			continue
		}
		if groups == nil {
			groups = append(make([]Group, 0, len(r.Groups)+1), r.Groups[:gi]...)
		}
		rest := g
		g.Figures, g.Apposition = g.Figures[:cut:cut], false
		rest.Figures, rest.Apposition, rest.split = rest.Figures[cut:], false, true
		rest.Sent = r.Figures[rest.Figures[0]].Sent
		groups = append(groups, g, rest)
	}
	if groups == nil {
		return
	}
	r.Groups = groups
	for gi := range r.Groups {
		for _, fi := range r.Groups[gi].Figures {
			r.Figures[fi].Group = gi
		}
	}
}

// mixedAt returns the index in g.Figures of the first figure of a second
// role in the list g, or 0 when all are of one role (or it cannot tell).
func (d *doc) mixedAt(r *Result, g *Group) int {
	if len(g.Figures) < 2 || g.Head >= 0 || g.Role != RoleUnknown {
		return 0
	}
	// The nouns: suspects, detainees and traffickers against victims.
	nounRole := func(f *Figure) Role {
		switch c := d.headClass(f); {
		case c&(SuspectNoun|DetaineeNoun) != 0:
			return RoleSuspect
		case c&VictimNoun != 0:
			return RoleVictim
		}
		return RoleUnknown
	}
	first := nounRole(&r.Figures[g.Figures[0]])
	for k, fi := range g.Figures[1:] {
		if nr := nounRole(&r.Figures[fi]); nr != RoleUnknown && first != RoleUnknown && nr != first {
			return k + 1
		}
	}
	// The verbs: the last figure's own verb right after it, and the verb
	// before the list.
	last := &r.Figures[g.Figures[len(g.Figures)-1]]
	left := d.leftRole(r.Figures[g.Figures[0]].first)
	right := d.rightRole(last.end)
	if left.role != RoleUnknown && right.role != RoleUnknown && left.role != right.role && right.dist <= 3 {
		return len(g.Figures) - 1
	}
	return 0
}
