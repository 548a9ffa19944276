package extract

// Events: which figures, dates and places are the operation's, and which
// are another event's, a claim, or something that did not happen.

// otherEventAt reports whether a date or a place at token i follows a
// verb of another event than the operation ("charged on March 1",
// "returned to Bangkok on Sunday", "recruited in Nigeria").
func (d *doc) otherEventAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxWindow && d.same(k, i) && !d.isPunct(k); k-- {
		switch {
		case d.lex.OtherEvents[d.word(k)]:
			return true
		case d.is(k, roleVerbs|OperationNoun|StatementVerb|ClauseBreak):
			return false
		}
	}
	return false
}

// sequenceClause returns the word that opens the clause of token i when
// it is a clause of an event before or after another ("a week after the
// suspects were arrested on March 10"), or the zero Span. A comma closes
// such a clause ("After a tip-off, police rescued …"), and a clause of a
// raid or a rescue ("after raiding a compound") is the operation's.
func (d *doc) sequenceClause(i int) Span {
	for k := i - 1; k >= 0 && k >= i-maxWindow && d.same(k, i) && !d.punct(k, ","); k-- {
		if d.lex.Sequence[d.word(k)] {
			// "after raiding a compound on Monday", "after a raid on
			// Monday": the clause is of the operation itself.
			n := k + 1
			if d.is(n, Article|Determiner) {
				n++
			}
			if d.is(n, roleVerbs|OperationNoun) {
				return Span{}
			}
			return d.span(k, k)
		}
	}
	return Span{}
}

// clauseEnds reports whether token k ends a clause for the markers of
// another event: a word that opens a clause ("who", "but"), or a
// semicolon, a colon, a dash or a bracket. A comma does not: "Last year,
// police rescued 300" is one clause.
func (d *doc) clauseEnds(k int) bool {
	if k < 0 || k >= len(d.toks) {
		return false
	}
	if d.toks[k].kind != kPunct {
		return d.toks[k].cls&ClauseBreak != 0
	}
	switch d.word(k) {
	case ";", ":", "—", "–", "(", ")":
		return true
	case "-":
		return d.toks[k].space
	}
	return false
}

// anotherEvent returns the phrase that makes the clause of tokens [i, j]
// another event's than the operation ("in a separate raid", "in an
// unrelated case", "last year", "two years ago"), or the zero Span. Before
// the tokens, the clause runs across commas ("Last year, police rescued
// 300"); after them, to a comma.
func (d *doc) anotherEvent(i, j int) Span {
	if len(d.lex.AnotherEvent) == 0 {
		return Span{}
	}
	if d.another == nil {
		d.markAnother()
	}
	if i < 0 || i >= len(d.toks) || !d.anotherSent[d.toks[i].sent] {
		return Span{} // most sentences have none
	}
	for k := i; k >= 0 && k > i-maxWindow && d.same(k, i); k-- {
		if k < i && d.clauseEnds(k) {
			break
		}
		if n := int(d.another[k]); n > 0 {
			return d.span(k, k+n-1)
		}
	}
	// After the figures, a comma or another figure ends the clause:
	// "Police rescued 300 people in Lima, twice the number rescued last
	// year", "rescued 12 women and arrested 6 people in an unrelated
	// case".
	for k := j + 1; k < len(d.toks) && k <= j+maxWindow && d.same(k, j); k++ {
		if d.clauseEnds(k) || d.punct(k, ",") || d.isNumberToken(k) {
			break
		}
		if n := int(d.another[k]); n > 0 {
			return d.span(k, k+n-1)
		}
	}
	return Span{}
}

// markAnother sets d.another: for each token, the length of the phrase of
// Lexicon.AnotherEvent that starts there, or 0, once for the text.
func (d *doc) markAnother() {
	d.another = make([]uint8, len(d.toks))
	d.anotherSent = make([]bool, len(d.sentStart))
	for k := range d.toks {
		if d.toks[k].kind != kWord || !d.lex.anotherStarts[d.word(k)] {
			continue
		}
		for n := 3; n >= 1; n-- {
			if d.wordsKey(k, n) && d.lex.AnotherEvent[string(d.key)] {
				d.another[k] = uint8(n)
				d.anotherSent[d.toks[k].sent] = true
				break
			}
		}
	}
}

// claimBefore returns the word that makes what follows it in its clause a
// claim, up to the figure at token i: "Media reports claimed 80 people
// were rescued", "unable to confirm reports that 50 people had been
// rescued"; or the zero Span. A clause opened by "that" after a word of
// saying or claiming is still the claim's.
func (d *doc) claimBefore(i int) Span {
	for k := i - 1; k >= 0 && k >= i-maxWindow && d.same(k, i); k-- {
		if d.isNumberToken(k) || d.isPunct(k) && !d.punct(k, ",") {
			return Span{}
		}
		if d.is(k, ClauseBreak) {
			if !d.is(k-1, StatementVerb) && !d.lex.Claims[d.word(k-1)] {
				return Span{}
			}
			continue
		}
		if d.lex.Claims[d.word(k)] {
			return d.span(k, k)
		}
		if d.is(k, StatementVerb) {
			if u := d.unrealBefore(k); !u.IsZero() {
				return Span{Start: u.Start, End: int(d.toks[k].e)} // "unable to confirm"
			}
		}
	}
	return Span{}
}

// unrealBefore returns the word before the verb at token k that says the
// act did not happen or has not yet ("did not rescue", "failed to
// rescue", "plan to rescue", "could not confirm"), or the zero Span.
func (d *doc) unrealBefore(k int) Span {
	for m := k - 1; m >= 0 && m >= k-3 && d.same(m, k) && d.toks[m].kind == kWord; m-- {
		if d.lex.Unreal[d.word(m)] && (!d.toks[m].cap || m == d.sentenceStart(m)) {
			// "foiled an attempt to traffic 24 workers": an attempt
			// stopped is an interception.
			for j := m - 1; j >= 0 && j >= m-3 && d.same(j, m); j-- {
				if d.is(j, InterceptVerb) {
					return Span{}
				}
				if !d.is(j, Article|Determiner) {
					break
				}
			}
			return d.span(m, m)
		}
		if !d.is(m, Stop|Aux|Adverb) {
			break
		}
	}
	return Span{}
}

// update marks group gi when it gives a later figure of the people an
// earlier group counts ("30 victims had been rescued on Tuesday; on
// Wednesday, the figure rose to 45"): it takes that group's role, and
// the earlier group is superseded.
func (d *doc) update(r *Result, gi int) {
	g := &r.Groups[gi]
	f := &r.Figures[g.Figures[0]]
	var sp Span
	for n := 3; n >= 2 && sp.IsZero(); n-- {
		if d.wordsKey(f.first-n, n) && d.lex.Updates[string(d.key)] {
			sp = d.span(f.first-n, f.first-1)
		}
	}
	if sp.IsZero() {
		return
	}
	for hi := gi - 1; hi >= 0 && hi >= gi-maxBack; hi-- {
		h := &r.Groups[hi]
		if h.Sent < g.Sent-1 {
			return
		}
		if h.Role != RoleVictim && h.Role != RoleSuspect || g.Role != RoleUnknown && g.Role != h.Role {
			continue
		}
		g.Role, g.RoleWord, g.Weak, g.NounOnly = h.Role, sp, false, false
		g.Note = "a later figure of the same people (" + quote(d.text[sp.Start:sp.End]) + "): it replaces the earlier one"
		h.Superseded = true
		return
	}
}

// stated reports whether the group's figure is said to be the total:
// "In total, police freed up to 15 women", "a total of 104 victims".
func (d *doc) stated(f *Figure) bool {
	if d.phraseAt(f.first, TotalWord) > 0 {
		return true
	}
	for k := f.first - 1; k >= 0 && k >= f.first-maxWindow && d.same(k, f.first) && !d.clauseEnds(k); k-- {
		if d.phraseEnding(k, TotalWord) > 0 {
			return true
		}
	}
	return false
}

// findSeparate sets r.Separate, the sentences opened by a phrase of
// another event before a comma ("Separately, police in Phnom Penh
// raided …", "In a separate raid, …"), and r.ParagraphStart.
func (d *doc) findSeparate(r *Result) {
	r.Separate = map[int]Span{}
	r.ParagraphStart = make([]bool, len(d.sentStart))
	for s, st := range d.sentStart {
		i := int(st)
		r.ParagraphStart[s] = s == 0 || d.toks[i].nl >= 2
		if len(d.lex.Separately) == 0 {
			continue
		}
		for n := 4; n >= 1; n-- {
			if d.wordsKey(i, n) && d.lex.Separately[string(d.key)] && d.punct(i+n, ",") {
				r.Separate[s] = d.span(i, i+n-1)
				break
			}
		}
	}
}
