package extract

// The figures of people: where a count starts and ends, what noun it
// counts, and the lists and breakdowns figures form.

// personClasses are the nouns that count people.
const personClasses = PersonNoun | VictimNoun | SuspectNoun | DetaineeNoun | OfficerNoun | MinorNoun | FemaleNoun | MaleNoun

// roleVerbs are the words that give a figure its role.
const roleVerbs = VictimVerb | InterceptVerb | SuspectVerb | FoundVerb

// maxNP bounds the words of a noun phrase after a count.
const maxNP = 6

// span returns the byte span of tokens i to j inclusive.
func (d *doc) span(i, j int) Span {
	if i < 0 || j < i || j >= len(d.toks) {
		return Span{}
	}
	return Span{int(d.toks[i].s), int(d.toks[j].e)}
}

// isNumberToken reports whether token i can be part of a count: digits
// standing alone (not a time, a date, a percentage, nor glued to a sign
// or letters) or a number word.
func (d *doc) isNumberToken(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	t := d.toks[i]
	switch t.kind {
	case kWord:
		if t.cls&NumberWord == 0 {
			return false
		}
		return !(t.cls&ScaleWord != 0 && i > 0 && d.tok(i-1).kind == kNum)
	case kNum:
	default:
		return false
	}
	// Glued to what comes before ("US$10,000", "Rp12") or after ("2Twenty").
	if i > 0 && !t.space && !d.isOpener(i-1) {
		return false
	}
	// A scale word after digits belongs to them: "12.5 million".
	if t.kind == kWord && t.cls&ScaleWord != 0 && i > 0 && d.tok(i-1).kind == kNum {
		return false
	}
	if i+1 < len(d.toks) {
		n := d.tok(i + 1)
		if !n.space && n.kind == kWord {
			return false
		}
		switch d.word(i + 1) {
		case "%", "percent":
			return false
		case ":", "/":
			if !n.space && d.tok(i+1).e < int32(len(d.text)) && i+2 < len(d.toks) && d.tok(i+2).kind == kNum && !d.tok(i+2).space {
				return false // 4:30, 10/10
			}
		}
		if d.lex.Months[d.word(i+1)] != 0 && n.cap || n.cls&TimeWord != 0 {
			return false // "21 July", "3 PM"
		}
	}
	if i > 0 && d.lex.Months[d.word(i-1)] != 0 && d.tok(i-1).cap {
		return false // "June 22"
	}
	// Dates and phone numbers: 10-10-2023, 1-866-347-2423.
	if d.dashedRun(i) >= 3 {
		return false
	}
	return true
}

// isYear reports whether token i is four digits from 1900 to 2099.
func (d *doc) isYear(i int) bool {
	w := d.word(i)
	return d.toks[i].kind == kNum && len(w) == 4 && (w[:2] == "19" || w[:2] == "20")
}

// dashedRun counts the numbers joined by hyphens without spaces around
// token i.
func (d *doc) dashedRun(i int) int {
	lo, hi := i, i
	for lo-2 >= 0 && lo > i-8 && d.punct(lo-1, "-") && !d.toks[lo].space && !d.tok(lo-1).space && d.tok(lo-2).kind == kNum {
		lo -= 2
	}
	for hi+2 < len(d.toks) && hi < i+8 && d.punct(hi+1, "-") && !d.tok(hi+1).space && !d.tok(hi+2).space && d.tok(hi+2).kind == kNum {
		hi += 2
	}
	return (hi-lo)/2 + 1
}

// numberRun returns the last token of the count that starts at token i (a
// number token): number words and digits, "and" after a scale word ("two
// hundred and five"), "of" between vague words ("hundreds of thousands"),
// a range ("20 to 30", "two or three") and a repeat in brackets
// ("twenty-four (24)").
func (d *doc) numberRun(i int, between bool) int {
	j := i
	for j < i+maxRun {
		k := j + 1
		if k >= len(d.toks) || !d.same(i, k) {
			return j
		}
		switch {
		case d.isNumberToken(k) && d.toks[k].space && !(d.toks[k].kind == kNum && d.toks[j].kind == kNum):
			j = k
			continue
		case d.word(k) == "-" && !d.toks[k].space && k+1 < len(d.toks) && !d.tok(k+1).space && d.tok(k+1).kind == kNum && d.toks[j].kind == kNum:
			j = k + 1 // "20-30"
			continue
		case d.is(k, NumberJoin) && d.isNumberToken(k+1) && d.tok(k+1).kind == kWord:
			w := d.word(k)
			if w == "and" && d.is(j, ScaleWord) || w == "of" && d.is(j, NumberWord) || w == "a" && d.word(j) == "half" {
				j = k + 1
				continue
			}
		case d.word(k) == "and" && between && d.isNumberToken(k+1):
			j = k + 1
			continue
		case (d.word(k) == "to" || d.word(k) == "or") && d.isNumberToken(k+1) && d.tok(k+1).kind == d.toks[j].kind:
			j = k + 1
			continue
		case d.punct(k, "(") && k+2 < len(d.toks) && d.tok(k+1).kind == kNum && d.punct(k+2, ")") && d.toks[j].kind == kWord:
			j = k + 2 // "twenty-four (24)"
			continue
		}
		return j
	}
	return j
}

// maxRun bounds the tokens of a count: ParseCount reads at most 64 bytes.
const maxRun = 12

// hedgeBefore returns the first token of the hedge that ends just before
// token i ("more than", "some", "up to"), or i.
func (d *doc) hedgeBefore(i int) int {
	if n := d.phraseEnding(i-1, Hedge); n > 0 && d.same(i-n, i) {
		return i - n
	}
	if d.is(i-1, Hedge) && d.same(i-1, i) && d.phraseEnding(i-1, Particle) == 0 {
		return i - 1 // not "hand over 261 foreigners"
	}
	return i
}

// countAt reads the count whose number starts at token i: the first
// token with its hedge, the last token of the number, and whether it is
// an article ("a minor"). ok is false if no count starts at i.
func (d *doc) countAt(i int) (first, last int, article, ok bool) {
	t := d.toks[i]
	switch {
	case t.kind == kWord && t.cls&Article != 0:
		if d.isNumberToken(i+1) && d.tok(i+1).kind == kWord {
			break // "a dozen", "a few", "a hundred"
		}
		if d.phraseAt(i, Hedge) > 0 {
			return 0, 0, false, false // "a total of": read from its number
		}
		// "a minor", "a Haitian national", "a 13-year-old girl".
		for k := i + 1; k <= i+3 && k < len(d.toks) && d.same(i, k); k++ {
			c := d.toks[k].cls
			if c&personClasses != 0 {
				return i, i, c&Plural == 0, c&Plural == 0
			}
			if d.toks[k].kind != kWord || c&(Stop|Aux|ClauseBreak|Copula|roleVerbs|Determiner|NumberWord) != 0 {
				break
			}
			if k == i+1 && d.toks[k].cap && (k+1 >= len(d.toks) || !d.tok(k+1).cap || d.tok(k+1).kind != kWord) && d.tok(min(k+1, len(d.toks)-1)).cls&personClasses == 0 {
				return i, i, true, true // "a Dominican": a name as the noun
			}
		}
		return 0, 0, false, false
	case !d.isNumberToken(i):
		return 0, 0, false, false
	}
	first = d.hedgeBefore(i)
	between := first < i && d.word(first) == "between"
	return first, d.numberRun(i, between), false, true
}

// figureAt reads the figure whose number starts at token i.
func (d *doc) figureAt(i int) (Figure, bool) {
	first, last, article, ok := d.countAt(i)
	if !ok {
		return Figure{}, false
	}
	f := Figure{Count: d.span(first, last), Article: article, Sent: int(d.toks[i].sent), first: first, last: last, RoleWord: Span{}}
	if article {
		f.Count = d.span(i, i)
	}
	p := d.nounPhrase(last+1, d.toks[last].kind == kWord && !article)
	f.setNoun(&p)
	switch k := first - 1; {
	case !d.same(k, first):
	case d.is(k, Rest):
		f.Partitive = true // "the other 18", "the remaining 17": part of a set named before
	case d.is(k, More):
		f.More = true // "another 5", "a further 5": more than a figure before
	}
	if p.head < 0 && len(p.names) == 0 && len(p.whole) == 0 {
		// No noun: a figure only when a verb or the end of the clause
		// follows ("Six Rescued", "rescued 215 in …", "29 are
		// Filipinos"), or a pronoun names the set ("three of them"); never
		// a year, nor a number in brackets or between commas (an age:
		// "Wakil Bahadur Malla, 46, a resident").
		next := p.last + 1
		ok := p.pronoun || next >= len(d.toks) || !d.same(i, next) || d.punct(next, ".") ||
			d.is(next, Stop|Aux|Copula|roleVerbs)
		if article || !ok || d.isYear(i) || d.punct(first-1, "(") || d.punct(first-1, ",") && d.isPunct(next) {
			return Figure{}, false
		}
		f.Elliptic = true
	}
	f.last = p.last
	f.Phrase = d.span(first, p.last)
	if p.role != RoleUnknown {
		f.Role, f.RoleWord = p.role, d.span(p.roleTok, p.roleTok)
	}
	if p.head >= 0 && d.toks[p.head].cls&OfficerNoun != 0 && f.Role == RoleUnknown {
		f.Role, f.RoleWord = RoleOther, d.span(p.head, p.head)
	}
	if h := p.head; h >= 0 && d.lex.Collective[d.word(h)] && !d.lex.Pairs[d.word(h)] && (article || d.toks[h].cls&Plural != 0) {
		f.Unsized = true // "a family", "3 families": groups, not people
	}
	if n := d.hedgeAfter(p.last + 1); n > 0 && !article {
		// "50 women at most": the bound is the count's; ParseCount reads
		// it after the noun.
		p.last += n
		f.Count, f.Phrase = d.span(first, p.last), d.span(first, p.last)
		f.last = p.last
	}
	f.end = d.postModifiers(&f, p.last+1)
	if article && d.punct(f.end, ",") && d.tok(f.end+1).kind == kNum && d.tok(f.end+1).space &&
		(d.punct(f.end+2, ",") || d.punct(f.end+2, ".") || !d.same(f.end+1, f.end+2)) && f.Ages.IsZero() {
		// "a man, 45, and a woman, 38": the age of the person.
		f.Ages = d.span(f.end+1, f.end+1)
		f.end += 2
	}
	return f, true
}

// setNoun sets what the noun phrase p says of the people a figure counts.
func (f *Figure) setNoun(p *np) {
	f.head, f.pronoun = p.head, p.pronoun
	f.Names, f.WholeNames = p.names, p.whole
	f.Minor, f.Female, f.Male, f.Adult = p.kinds&kindMinor != 0, p.kinds&kindFemale != 0, p.kinds&kindMale != 0, p.kinds&kindAdult != 0
	f.Transgender, f.Mixed, f.Alternatives = p.kinds&kindTrans != 0, p.mixed, p.alternatives
	f.Partitive, f.More, f.Coordinated = p.partitive, p.more, p.coordinated
	f.PerUnit, f.Persons = p.perUnit, p.singulars
}

// inheritNoun gives a figure with no noun the noun of the figure before
// it in a list: "8 Thais in Mae Sot and 4 in Myawaddy" are 12 Thais.
func (f *Figure) inheritNoun(prev *Figure) {
	f.Names, f.WholeNames = prev.Names, prev.WholeNames
	f.Minor, f.Female, f.Male, f.Adult = prev.Minor, prev.Female, prev.Male, prev.Adult
	f.Transgender, f.Mixed, f.Alternatives, f.Coordinated = prev.Transgender, prev.Mixed, prev.Alternatives, prev.Coordinated
}

// possessiveAt reads the figure after a possessive in a list at token k:
// "her 3 children", "his wife", "their Ugandan recruiter", "their
// children" (a plural with no number: at least two). A figure its own
// verb follows is another clause's ("and their children were taken").
func (d *doc) possessiveAt(k int) (Figure, bool) {
	if !d.is(k, Possessive) || !d.same(k, k+1) {
		return Figure{}, false
	}
	if f, ok := d.figureFrom(k + 1); ok {
		if f.head >= 0 && d.lex.Offspring[d.word(f.head)] {
			f.Minor = false // "her 3 children" are her offspring, of any age
		}
		return f, !f.Elliptic && !d.is(f.end, Aux|Copula|roleVerbs)
	}
	p := d.nounPhrase(k+1, false)
	if p.head < 0 || p.role != RoleUnknown || d.toks[p.head].cls&OfficerNoun != 0 || d.lex.Collective[d.word(p.head)] ||
		d.is(p.last+1, Aux|Copula|roleVerbs) {
		return Figure{}, false
	}
	f := Figure{Count: d.span(k, k), Phrase: d.span(k, p.last), Sent: int(d.toks[k].sent), first: k, last: p.last}
	f.setNoun(&p)
	if d.lex.Offspring[d.word(p.head)] {
		f.Minor = false
	}
	if d.toks[p.head].cls&Plural != 0 {
		f.Bare = true
	} else {
		f.Article = true
	}
	f.end = d.postModifiers(&f, p.last+1)
	return f, true
}

// modifierEnd returns the token after a modifier of place or time that
// follows a figure at token i, when a list's joiner ends it ("in Lima
// and", "from one house and", "on Monday,"), or i.
func (d *doc) modifierEnd(i int) int {
	if d.tok(i).kind != kWord || !d.lex.Prepositions[d.word(i)] {
		return i
	}
	for k := i + 1; k < i+maxModifier && k < len(d.toks) && d.same(i, k); k++ {
		t := d.toks[k]
		switch {
		case d.punct(k, ",") || d.listAnd(k) > 0:
			if k == i+1 {
				return i
			}
			return k
		case t.kind == kPunct, t.cls&(roleVerbs|Aux|Copula|ClauseBreak|personClasses) != 0:
			return i
		}
	}
	return i
}

// maxModifier bounds the tokens of a modifier of place or time.
const maxModifier = 8

// headClass returns the classes of the figure's noun, or 0.
func (d *doc) headClass(f *Figure) Class {
	if f.head < 0 {
		return 0
	}
	return d.toks[f.head].cls
}
