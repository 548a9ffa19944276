package extract

// Agencies, places and triggers.

// maxName bounds the tokens of an agency's name.
const maxName = 12

// findAgencies finds the names of agencies: a capitalised run holding an
// agency's word ("Bureau of Immigration", "National Agency for the
// Prohibition of Trafficking in Persons", "Police"), or a name and a
// lower-case agency word ("Peruvian police", "Thai authorities"). A name
// ends before a rank or a title, and the person named after it is
// skipped: "Police Major General Surachate Hakparn" is the police and an
// officer, whose name is never an agency's.
func (d *doc) findAgencies(r *Result) {
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		if t.kind != kWord || !t.cap || t.cls&(roleVerbs|NumberWord) != 0 {
			continue
		}
		if d.word(i) == "the" {
			continue // "The Bureau of Immigration": the name starts after it
		}
		if p, ok := d.personAfterRank(i); ok {
			if d.is(p+1, AgencyHead) && d.tok(p+1).cap && d.same(p, p+1) && !(d.tok(p+2).cap && d.tok(p+2).kind == kWord && d.same(p, p+2)) {
				p++ // "Major Crimes Unit": no agency named "Unit"
			}
			i = p
			continue
		}
		e, resume := i, -1
		hasHead := t.cls&AgencyHead != 0
		for k := i + 1; k < len(d.toks) && k < i+maxName && d.same(i, k); k++ {
			tk := d.toks[k]
			if tk.kind == kWord && tk.cap && tk.cls&(roleVerbs|NumberWord) == 0 {
				if p, ok := d.personAfterRank(k); ok {
					resume = p
					break
				}
				e = k
				hasHead = hasHead || tk.cls&AgencyHead != 0
				continue
			}
			// Lower-case joining words inside a name, when a capital
			// follows: "and" anywhere ("Thai and Cambodian authorities"),
			// "of" and "for" after the agency's word ("Bureau of
			// Immigration"), "in" after an embassy's ("Embassy in Lima";
			// "Police in Lima" are the police, and Lima the place), not
			// after a person's name ("Surachate Hakparn of the Royal Thai
			// Police").
			if w := d.word(k); tk.kind == kWord && (w == "and" || w == "the" || hasHead && (w == "of" || w == "for") ||
				w == "in" && d.embassyIn(i, k)) {
				if k+1 < len(d.toks) && d.tok(k+1).cap && d.tok(k+1).kind == kWord {
					continue
				}
				if w == "for" || w == "of" {
					if k+2 < len(d.toks) && d.word(k+1) == "the" && d.tok(k+2).cap {
						continue
					}
				}
			}
			// "Peruvian police": a lower-case agency word right after.
			if tk.kind == kWord && tk.cls&AgencyHead != 0 && k == e+1 && !hasHead {
				e, hasHead = k, true
			}
			break
		}
		part, agent := d.agencyRole(i)
		if !hasHead && e == i && t.upper && !d.lex.ShortNames[d.raw(i)] && (agent || part != "") {
			hasHead = true // "led by the DSI": an agency's initials
		}
		if !hasHead || r.full(len(r.Agencies), MaxFound, "agencies") {
			i = max(e, resume)
			continue
		}
		m := Mention{Span: d.span(i, e), Name: d.span(i, e), Sent: int(t.sent), Part: part, Agent: agent,
			Speaks: d.speaks(i, e), Other: d.otherEventAt(i) || !d.anotherEvent(i, e).IsZero()}
		for k := i; k <= e; k++ {
			m.Abroad = m.Abroad || d.is(k, Embassy)
		}
		r.Agencies = append(r.Agencies, m)
		i = max(e, resume)
	}
}

// embassyIn reports whether the name from token i to the one before k
// names an embassy or a consulate, which "in" and a city continue.
func (d *doc) embassyIn(i, k int) bool {
	for m := i; m < k; m++ {
		if d.is(m, Embassy) {
			return true
		}
	}
	return false
}

// agencyRole reads what comes before an agency's name at token i: its
// part in the operation ("led by the DSI", "with help from the Royal
// Thai Police"), and whether it did the act ("by the Karen Border Guard
// Force").
func (d *doc) agencyRole(i int) (part string, agent bool) {
	k := i - 1
	if d.is(k, Determiner) && !d.is(k, Possessive) {
		k-- // "the"
	}
	if !d.is(k, Stop) || !d.same(k, i) {
		return "", false // the phrases end in a preposition: "by", "from", "with"
	}
	agent = d.lex.Agents[d.word(k)]
	for n := 4; n >= 1; n-- {
		if d.wordsKey(k-n+1, n) && d.same(k-n+1, i) {
			if p, ok := d.lex.AgencyParts[string(d.key)]; ok {
				return p, agent
			}
		}
	}
	return "", agent
}

// ownAct reports whether what a speaker says from token k is its own act:
// "Zambian police reported that it had intercepted", "said they rescued",
// not "said the six Malaysians rescued" nor "said police rescued".
func (d *doc) ownAct(k int) bool {
	for m := k; m < k+5 && m < len(d.toks) && d.same(k, m); m++ {
		switch {
		case d.is(m, roleVerbs):
			return true
		case d.toks[m].kind != kWord || d.toks[m].cap || d.isNumberToken(m) || !d.is(m, ClauseBreak|Aux|Adverb|Stop):
			return false
		}
	}
	return false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// speaks reports whether the agency at tokens [i, e] makes a statement:
// a word of saying after it ("Thai authorities said", "police told
// reporters", "the embassy said in a statement") or right before it
// ("said the Thai embassy", "according to the police"), unless what it
// says is its own act ("Zambian police reported that it had
// intercepted").
func (d *doc) speaks(i, e int) bool {
	for k := e + 1; k <= e+5 && k < len(d.toks) && d.same(k, e); k++ {
		if n := max(d.phraseAt(k, StatementVerb), boolInt(d.is(k, StatementVerb))); n > 0 {
			return !d.ownAct(k + n)
		}
		// "the Nigerian embassy in Accra said".
		if d.is(k, InPreposition) && d.tok(k+1).cap || d.toks[k].cap && d.toks[k].kind == kWord {
			continue
		}
		if d.isPunct(k) || d.is(k, roleVerbs|ClauseBreak|Stop|OperationNoun) {
			break
		}
	}
	k := i - 1
	if d.is(k, Determiner) {
		k--
	}
	return d.same(k, i) && (d.is(k, StatementVerb) || d.phraseEnding(k, StatementVerb) > 0)
}

// personAfterRank reports whether token k is a capitalised rank or title
// that is not part of an agency's name, and returns the last token of the
// person's name after it ("Major General Surachate Hakparn", "Gen.
// Surachate"), or k when no name follows ("Police Chief said"). A rank
// right before an agency's word is part of the agency's name ("General
// Directorate of Migration"); otherwise the name runs to the next agency's
// word, so that an officer's name never joins the agency after it
// ("Captain Somchai Police Station" is a captain and a station).
func (d *doc) personAfterRank(k int) (int, bool) {
	if k >= len(d.toks) || !d.toks[k].cap || !d.lex.Ranks[d.word(k)] || d.is(k+1, AgencyHead) {
		return 0, false
	}
	p := k
	for n := 0; n < maxName; n++ {
		q := p + 1
		if d.punct(q, ".") && d.lex.Ranks[d.word(p)] && d.toks[q].s == d.toks[p].e {
			q++ // "Gen. Surachate"
		}
		if q >= len(d.toks) || !d.same(k, q) || d.toks[q].kind != kWord || !d.toks[q].cap || d.is(q, AgencyHead) {
			break
		}
		p = q
	}
	return p, true
}

// findPlaces finds the places the text names: "in a suburb of Lima", "on
// the outskirts of Bangkok", "the border town of Poipet", "in Peru",
// "within Peru", "in Porac town".
func (d *doc) findPlaces(r *Result) {
	for i := 0; i < len(d.toks) && !r.full(len(r.Places), MaxFound, "places"); i++ {
		switch {
		case d.is(i, PlaceNoun) && !d.toks[i].upper && d.word(i+1) == "of" && d.nameRun(i+2) > 0:
			// The words before the noun ("a suburb", "the outskirts").
			a := i
			if d.is(i-1, Article|Determiner) {
				a = i - 1
			} else if d.tok(i-1).kind == kWord && d.is(i-2, Article|Determiner) && d.tok(i-1).cls&Stop == 0 {
				a = i - 2 // "the border town"
			}
			e := i + 1 + d.nameRun(i+2)
			r.Places = append(r.Places, Mention{Span: d.span(a, e), Name: d.span(i+2, e), Area: d.span(a, i), Locality: true, Sent: int(d.toks[i].sent)})
			i = e
		case d.is(i, InPreposition):
			k := i + 1
			if d.is(k, Determiner) && d.word(k) == "the" {
				k++
			}
			n := d.nameRun(k)
			if n == 0 {
				continue
			}
			e := k + n - 1
			m := Mention{Span: d.span(i, e), Name: d.span(k, e), Sent: int(d.toks[i].sent)}
			if d.is(e+1, PlaceAfter) && !d.tok(e+1).cap {
				m.Span.End, m.Locality = int(d.toks[e+1].e), true // "Porac town"
				e++
			}
			// "in Spain, France and Paraguay": one of several places; "in
			// Myawaddy, Myanmar": a place and the larger place it is in.
			if j, comma, ok := d.joinerAt(e + 1); ok && d.nameRun(j) > 0 && d.same(e, j) {
				w := j + d.nameRun(j) - 1
				if n, _, more := d.joinerAt(w + 1); comma && !(more && d.nameRun(n) > 0 && d.same(w, n)) {
					m.Within = d.span(j, w)
				} else {
					m.Several = true
				}
			}
			m.Other = d.otherEventAt(i) || !d.anotherEvent(i, e).IsZero() || d.destinationAt(i)
			r.Places = append(r.Places, m)
			i = e
		}
	}
}

// destinationAt reports whether a place at token i is where people were
// being taken, or what was to be done to them there, by a word of
// Lexicon.Destination before it in its clause ("who were being taken to
// be sold as brides in China", "a truck bound for Johor"), before any
// verb of the operation ("rescued in Johor") or phrase of one ("taken
// into custody in Lima").
func (d *doc) destinationAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxWindow && d.same(k, i) && !d.isPunct(k) && !d.is(k, ClauseBreak); k-- {
		switch {
		case d.phraseAt(k, roleVerbs|OperationNoun) > 0:
			return false
		case d.lex.Destination[d.word(k)]:
			return true
		case d.is(k, roleVerbs|OperationNoun|StatementVerb):
			return false
		}
	}
	return false
}

// nameRun returns the length of the capitalised run at token i (at most
// four words), or 0. A run that names an agency is not a place.
func (d *doc) nameRun(i int) int {
	n := 0
	for k := i; k < len(d.toks) && n < 4 && d.toks[k].kind == kWord && d.toks[k].cap && d.same(i, k); k++ {
		if d.toks[k].cls&AgencyHead != 0 {
			return 0
		}
		n++
	}
	if n > 0 && d.month(i) > 0 || d.lex.Weekdays[d.word(i)] != 0 || d.word(i) == "sunday" {
		return 0
	}
	return n
}

// findTriggers finds what started the operation besides people who
// escaped (those are figures): "acting on a tip", "prompted by a
// tip-off", "dialed the … hotline".
func (d *doc) findTriggers(r *Result) {
	for i := 0; i < len(d.toks); i++ {
		if !d.is(i, TriggerNoun) {
			continue
		}
		kind := d.lex.Triggers[d.word(i)]
		if kind == "" || r.full(len(r.Triggers), MaxFound, "triggers") {
			continue
		}
		// Only where the sentence speaks of the operation.
		if !d.sentenceHas(i, OperationNoun|roleVerbs) {
			continue
		}
		r.Triggers = append(r.Triggers, Mention{Span: d.span(i, i), Kind: kind, Sent: int(d.toks[i].sent)})
	}
}
