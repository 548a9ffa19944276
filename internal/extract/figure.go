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

// np is the noun phrase after a count.
type np struct {
	head, last int // the head noun's token, or -1; the last token of the phrase
	names      []Span
	// whole are capitalised runs of several words that a lower-case word
	// follows inside the phrase ("Indian Ocean" of "Indian Ocean island
	// women"): a name of its own, a nationality only if it reads as one
	// whole.
	whole       []Span
	kinds       kinds // what the nouns say of everyone counted
	mixed       bool  // the nouns joined say different things ("women and children")
	partitive   bool
	pronoun     bool // "three of them": the set is named before
	more        bool
	coordinated bool
	// alternatives is set when the names are joined by "or": "Chinese or
	// Malaysian suspects" may be of either nationality.
	alternatives bool
	role         Role // from a participle before the noun: "261 rescued foreigners"
	roleTok      int
}

// kinds is what the nouns of a phrase say of the people they name.
type kinds uint8

const (
	kindFemale kinds = 1 << iota
	kindMale
	kindMinor
	kindAdult
	kindTrans
)

// kindsOf returns what a word of classes c says of the people it names.
func kindsOf(c Class) kinds {
	var k kinds
	if c&FemaleNoun != 0 {
		k |= kindFemale
	}
	if c&MaleNoun != 0 {
		k |= kindMale
	}
	if c&MinorNoun != 0 {
		k |= kindMinor
	}
	if c&Adult != 0 {
		k |= kindAdult
	}
	if c&Transgender != 0 {
		k |= kindTrans
	}
	return k
}

// nounPhrase reads the noun phrase that starts at token j, after a count;
// vague is set when the count ends in a word ("hundreds of people").
//
// Nouns joined by "and" or "or" ("women and children", "Nigerian women
// and Ghanaian girls") count one group: what it is said to be is what
// every noun says ("women and girls" are female; "women and children" are
// of no one sex or age). Names joined so ("Chinese and Vietnamese
// nationals", "Nigerians and Ghanaians"), or after a word such as
// "mostly", describe part of the group only.
func (d *doc) nounPhrase(j int, vague bool) np {
	p := np{head: -1, last: j - 1, roleTok: -1}
	if sp, end, ok := d.ofNationality(j); ok {
		// "five of Thai nationality": the name is what they are.
		p.names, p.last = []Span{sp}, end-1
		return p
	}
	if vague && d.word(j) == "of" && !d.is(j+1, PartitiveDet) {
		j++ // "hundreds of people", "dozens of victims"
	}
	if d.is(j, More) {
		p.more = true
		p.last = j
		j++
	}
	if d.word(j) == "of" && d.is(j+1, PartitiveDet) && d.same(j, j+1) {
		p.partitive = true
		j += 2
		p.last = j - 1
		if d.is(j-1, PartitiveDet) && d.tok(j-1).cls&Determiner == 0 {
			p.pronoun = true // "of them": a noun may follow in apposition ("three of them minors")
		}
	}
	runStart := -1
	flushNames := func(k int, closedBy bool) {
		if runStart >= 0 {
			if closedBy && k-runStart > 1 {
				p.whole = append(p.whole, d.span(runStart, k-1))
			} else {
				p.names = append(p.names, d.span(runStart, k-1))
			}
			runStart = -1
		}
	}
	// The nouns joined: cur is what the nouns of the conjunct being read
	// say, all what every conjunct closed says, some what any of them says.
	var cur, all, some kinds
	conjuncts := 0
	closeConjunct := func() {
		if conjuncts == 0 {
			all = cur
		} else {
			all &= cur
		}
		some |= cur
		cur = 0
		conjuncts++
	}
	afterJoin := false // a noun was joined: names may follow a lower-case noun
	for k, words := j, 0; k < len(d.toks) && words < maxNP && d.same(j, k); k, words = k+1, words+1 {
		t := d.toks[k]
		if t.kind != kWord {
			break
		}
		c := t.cls
		switch {
		case c&personClasses != 0:
			p.head, p.last = k, k
			cur |= kindsOf(c)
			afterJoin = false
			if t.cap {
				if runStart < 0 {
					runStart = k
				}
			} else {
				flushNames(k, false)
			}
			// "women and children", "Nigerian women and Ghanaian
			// girls": two nouns of one phrase.
			if n := d.nounJoin(k); n > 0 {
				flushNames(k+1, false)
				p.coordinated, afterJoin = true, true
				p.alternatives = p.alternatives || d.isOr(k+n)
				closeConjunct()
				k += n
			}
			continue
		case t.cap && c&(Stop|Aux|ClauseBreak|Copula) == 0 && c&roleVerbs == 0:
			if p.head >= 0 && !d.toks[p.head].cap && !afterJoin {
				break // a name after the noun belongs to what follows
			}
			if runStart < 0 {
				runStart = k
			}
			p.last = k
			if n := d.nameJoin(k); n > 0 && p.head < 0 {
				// "Chinese and Vietnamese nationals", "Nigerians and
				// Ghanaians", "Chinese or Malaysian suspects".
				flushNames(k+1, false)
				p.coordinated = true
				p.alternatives = p.alternatives || d.isOr(k+n)
				k += n
			}
			continue
		case c&roleVerbs != 0 && p.head < 0 && k+1 < len(d.toks) && d.tok(k+1).kind == kWord && d.same(k, k+1) &&
			d.tok(k+1).cls&(Stop|Aux|ClauseBreak|Copula|roleVerbs) == 0:
			// "261 rescued foreigners": a participle before the noun.
			p.role, p.roleTok = roleOfClass(c), k
			flushNames(k, false)
			continue
		case c&(Stop|Aux|ClauseBreak|Copula|roleVerbs|NumberWord|Article) != 0:
		case p.head >= 0 && !afterJoin:
			// A word after the noun ends the phrase.
		default:
			// An adjective before the noun: "foreign", "migrant", "young".
			if d.lex.Partly[d.word(k)] {
				p.coordinated = true // "mostly Nigerian women": not all of them
			}
			cur |= kindsOf(c) // "transgender"
			if n := d.listAnd(k + 1); n > 0 && !d.isNumberToken(k+1+n) && !d.is(k+1+n, Article|Determiner) {
				p.coordinated = true // "foreign and Filipino workers"
				flushNames(k, true)
				k += n
				words += n
				continue
			}
			flushNames(k, true)
			continue
		}
		break
	}
	closeConjunct()
	if (some^all)&kindTrans != 0 {
		all &^= kindFemale | kindMale // "women and transgender women": no one gender code
	}
	p.kinds, p.mixed = all, some != all
	if p.head < 0 && runStart >= 0 {
		// A name as the noun: "109 Thais", "13 Ethiopians".
		p.last = p.lastName(d, runStart)
	}
	end := p.last + 1
	if p.head >= 0 && !d.toks[p.head].cap {
		end = p.head + 1
	}
	flushNames(end, false)
	if p.head < 0 && len(p.names) == 0 && len(p.whole) == 0 {
		p.last = j - 1
	}
	return p
}

// nounJoin returns the length of the joiner after the noun at token k
// when another noun of people follows it, perhaps after a name or an
// adjective or two ("and children", "and Ghanaian girls", "and
// transgender women", "or boys"), or 0.
func (d *doc) nounJoin(k int) int {
	n := d.listAnd(k + 1)
	if n == 0 && d.isOr(k+1) {
		n = 1
	}
	if n == 0 || d.punct(k+1, ",") {
		return 0
	}
	m := k + 1 + n
	for words := 0; words < 2 && d.same(k, m) && (d.isNameWord(m) || d.tok(m).kind == kWord && d.tok(m).cls&^Transgender == 0); words++ {
		m++
	}
	if !d.same(k, m) || !d.is(m, personClasses) || d.isNumberToken(m) {
		return 0
	}
	return n
}

// nameJoin returns the length of the joiner after the name at token k
// when another name follows, in a list of nationalities that "and" or
// "or" ends and the noun of people or the end of the noun phrase follows
// ("Thai and Lao women", "Chinese, Vietnamese and Lao nationals",
// "Nigerians and Ghanaians", "Chinese or Malaysian suspects"), or 0.
// "Thais and Cambodian police" joins no names: the second is an agency's.
func (d *doc) nameJoin(k int) int {
	if !d.punct(k+1, ",") && d.listAnd(k+1) == 0 && !d.isOr(k+1) {
		return 0
	}
	start := d.nameStart(k)
	if start < 0 || !d.isNationality(start, k) {
		return 0
	}
	i := k + 1
	for items := 0; items < maxNames; items++ {
		j := i
		comma := d.punct(j, ",")
		if comma {
			j++
		}
		last := false
		switch n := d.listAnd(j); {
		case n > 0 && !d.punct(j, ","):
			j, last = j+n, true
		case d.isOr(j):
			j, last = j+1, true
		case !comma:
			return 0
		}
		if !d.same(k, j) || !d.isNameWord(j) {
			return 0
		}
		e := j
		for d.isNameWord(e+1) && d.same(j, e+1) && e < j+maxNameWords {
			e++
		}
		if d.isNameWord(e+1) && d.same(j, e+1) || !d.isNationality(j, e) {
			return 0
		}
		if last {
			// The end of the noun phrase: its noun, or what ends it.
			a := d.tok(e + 1)
			if d.same(e, e+1) && (a.kind == kWord && a.cls&personClasses == 0 && a.cls&(Stop|Aux|Copula|ClauseBreak|roleVerbs) == 0 ||
				a.cls&AgencyHead != 0) {
				return 0
			}
			return firstJoiner(d, k)
		}
		i = e + 1
	}
	return 0
}

// firstJoiner returns the length of the joiner after the name at token k:
// ",", ", and", "and", "or".
func firstJoiner(d *doc, k int) int {
	j := k + 1
	if d.punct(j, ",") {
		j++
		if !d.isNameWord(j) {
			if n := d.listAnd(j); n > 0 {
				j += n
			} else if d.isOr(j) {
				j++
			}
		}
		return j - (k + 1)
	}
	if n := d.listAnd(j); n > 0 {
		return n
	}
	return 1 // "or"
}

// nameStart returns the first token of the capitalised run ending at
// token k, or -1 when the run is longer than a country's name.
func (d *doc) nameStart(k int) int {
	i := k
	for i > 0 && d.isNameWord(i-1) && d.same(i-1, k) {
		if i--; i < k-maxNameWords {
			return -1
		}
	}
	return i
}

// maxNameWords bounds the words of a nationality or a country's name
// after the first ("Central African Republic"), so that a run of a
// million capitalised words is not read again at each of them.
const maxNameWords = 4

// isNationality reports whether tokens i to j name a nationality or a
// country, as Parsers.Nationality says.
func (d *doc) isNationality(i, j int) bool {
	if d.p.Nationality == nil {
		return true
	}
	sp := d.span(i, j)
	return d.p.Nationality(d.text[sp.Start:sp.End])
}

// isOr reports whether token k is a word that offers alternatives ("or").
func (d *doc) isOr(k int) bool {
	return d.tok(k).kind == kWord && d.lex.ListOr[d.word(k)]
}

// isNameWord reports whether token k is a capitalised word that can be
// part of a name: not a verb, a preposition, a number or a noun of people.
func (d *doc) isNameWord(k int) bool {
	t := d.tok(k)
	return t.kind == kWord && t.cap && t.cls&(Stop|Aux|ClauseBreak|Copula|roleVerbs|NumberWord|Article|Determiner|personClasses) == 0
}

// lastName returns the last token of the capitalised run from start.
func (p *np) lastName(d *doc, start int) int {
	k := start
	for k+1 < len(d.toks) && d.tok(k+1).cap && d.tok(k+1).kind == kWord && d.same(k, k+1) &&
		d.tok(k+1).cls&(Stop|Aux|ClauseBreak|Copula|roleVerbs) == 0 {
		k++
	}
	return k
}

// roleOfClass returns the role a verb of class c gives a figure.
func roleOfClass(c Class) Role {
	switch {
	case c&(VictimVerb|InterceptVerb|FoundVerb) != 0:
		return RoleVictim
	case c&SuspectVerb != 0:
		return RoleSuspect
	}
	return RoleUnknown
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

// hedgeAfter returns the length of a hedge written after a figure at
// token j ("at most", "and counting"), or 0. A number after it makes it
// the next figure's ("at least 10 of them").
func (d *doc) hedgeAfter(j int) int {
	for n := 4; n >= 2; n-- {
		if d.wordsKey(j, n) && d.lex.HedgeAfter[string(d.key)] && !d.isNumberToken(j+n) {
			return n
		}
	}
	return 0
}

// setNoun sets what the noun phrase p says of the people a figure counts.
func (f *Figure) setNoun(p *np) {
	f.head, f.pronoun = p.head, p.pronoun
	f.Names, f.WholeNames = p.names, p.whole
	f.Minor, f.Female, f.Male, f.Adult = p.kinds&kindMinor != 0, p.kinds&kindFemale != 0, p.kinds&kindMale != 0, p.kinds&kindAdult != 0
	f.Transgender, f.Mixed, f.Alternatives = p.kinds&kindTrans != 0, p.mixed, p.alternatives
	f.Partitive, f.More, f.Coordinated = p.partitive, p.more, p.coordinated
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

// postModifiers reads what follows a figure's noun phrase from token j:
// an "of" phrase ("of human trafficking"), the ages ("aged 15 to 26",
// "between the ages of 12 and 17", "18 and over"), an age limit ("under
// the age of 5"), the countries they come from ("trafficked from
// Swaziland and Lesotho") and what they are said to be ("are Filipinos").
// It returns the token after them.
func (d *doc) postModifiers(f *Figure, j int) int {
	for steps := 0; steps < 4 && j < len(d.toks) && d.same(f.first, j); steps++ {
		comma := false
		if d.punct(j, ",") && (d.is(j+1, AgeWord) || d.phraseAt(j+1, AgeWord) > 0) {
			j, comma = j+1, true // "24 victims, aged 15 to 26"
		}
		w := d.word(j)
		switch {
		case w == "of" && !d.is(j+1, PartitiveDet|NumberWord) || w == "of" && d.is(j+1, Determiner):
			if len(f.Names) == 0 {
				if sp, end, ok := d.ofNationality(j); ok {
					f.Names = []Span{sp} // "8 people of Thai nationality"
					j = end
					continue
				}
			}
			k := j + 1
			for n := 0; n < maxNP && k < len(d.toks) && d.same(j, k) && d.toks[k].kind == kWord &&
				d.toks[k].cls&(Stop|Aux|Copula|ClauseBreak|roleVerbs) == 0; n++ {
				k++
			}
			if k == j+1 {
				return j
			}
			j = k
		case d.is(j, AgeWord) || d.phraseAt(j, AgeWord) > 0:
			n := max(d.phraseAt(j, AgeWord), 1)
			k := j + n
			if d.word(k) == "between" {
				k++
			}
			// "aged between 18 and 35", "between the ages of 12 and 17".
			between := false
			for m := j; m < k; m++ {
				between = between || d.is(m, RangeOpen)
			}
			if !d.isNumberToken(k) {
				return j
			}
			e := d.numberRun(k, between)
			open := d.ageOpenBefore(j, n)
			if e == k {
				e = d.ageList(e) // "aged 20 and 19", "aged 20, 25 and 30"
				if m := d.ageOpenAfter(e); m > 0 {
					e, open = e+m, true // "aged 18 and over"
				}
			}
			if d.word(j) != "under" && d.word(j) != "below" {
				f.Ages, f.AgesOpen, f.AgesAfterComma = d.span(k, e), open, comma
			}
			j = e + 1
		case d.punct(j, ",") && f.Ages.IsZero() && (f.head >= 0 || len(f.Names) > 0) && d.tok(j+1).kind == kNum &&
			d.ageOpenAfter(j+1) > 0:
			// "12 women, 18 and over": an age, not a figure.
			e := j + 1 + d.ageOpenAfter(j+1)
			f.Ages, f.AgesOpen, f.AgesAfterComma = d.span(j+1, e), true, true
			j = e + 1
		case w == "from" || d.toks[j].kind == kWord && d.word(j+1) == "from" && d.toks[j].cls&(Stop|Aux|Copula|ClauseBreak) == 0 && !d.toks[j].cap:
			k := j
			if w != "from" {
				k++ // "trafficked from"
			}
			names, _, end := d.nameList(k + 1)
			if len(names) == 0 {
				return j
			}
			f.From = append(f.From, names...)
			j = end
		case d.is(j, Copula) && d.tok(j+1).cap:
			names, _, end := d.nameList(j + 1)
			if len(names) == 0 {
				return j
			}
			f.Pred = names
			j = end
		default:
			return j
		}
	}
	return j
}

// ageList extends the age at token e over a list of single ages after it
// ("20 and 19", "20, 25 and 30"), and returns its last token. A number a
// noun of people follows starts another figure ("aged 14 and 5 adults").
func (d *doc) ageList(e int) int {
	for n := 0; n < 8; n++ {
		k, _, ok := d.joinerAt(e + 1)
		if !ok || !d.same(e, k) || !d.isNumberToken(k) || d.tok(k).kind != d.tok(e).kind {
			return e
		}
		if d.numberRun(k, false) != k || d.is(k+1, personClasses|More) || d.tok(k+1).cap && d.tok(k+1).kind == kWord {
			return e
		}
		e = k
	}
	return e
}

// ageOpenAfter returns the length of a phrase after the age at token e
// that leaves it open upwards ("and over", "or older", "+"), or 0.
func (d *doc) ageOpenAfter(e int) int {
	if d.punct(e+1, "+") && !d.tok(e+1).space {
		return 1
	}
	for n := 3; n >= 1; n-- {
		if d.wordsKey(e+1, n) && d.lex.AgeAndOver[string(d.key)] {
			return n
		}
	}
	return 0
}

// ageOpenBefore reports whether the age phrase of n words at token j
// leaves the age after it open upwards: "over the age of 18".
func (d *doc) ageOpenBefore(j, n int) bool {
	return n > 1 && d.wordsKey(j, n) && d.lex.AgeAndOver[string(d.key)]
}

// ofNationality reads "of Thai nationality" at token j ("of"): the name
// and the token after the phrase.
func (d *doc) ofNationality(j int) (Span, int, bool) {
	k := j + 1
	if !d.tok(k).cap || d.tok(k).kind != kWord || !d.same(j, k) {
		return Span{}, 0, false
	}
	e := k
	for e+1 < len(d.toks) && e < k+3 && d.tok(e+1).cap && d.tok(e+1).kind == kWord && d.same(k, e+1) {
		e++
	}
	if !d.same(e, e+1) || !d.lex.NationalityNouns[d.word(e+1)] {
		return Span{}, 0, false
	}
	return d.span(k, e), e + 2, true
}

// nameList reads a list of names from token i: "Malaysia (43) and
// Taiwan (1)", "Pakistan, Nepal, the Philippines, and several African
// countries", "Mali, Guinea and Burkina Faso as well as northern Ivory
// Coast". A name is a capitalised run, after "the" or a lower-case
// adjective. It returns the names, for each the token of its count in
// brackets or -1, and the token after the list.
func (d *doc) nameList(i int) (names []Span, counts []int, end int) {
	k := i
	end = i
	for len(names) < maxNames {
		start := k
		if d.is(k, Determiner) {
			k++ // "the Philippines"
		}
		if k+1 < len(d.toks) && d.toks[k].kind == kWord && !d.toks[k].cap && d.tok(k+1).cap &&
			d.toks[k].cls&(Stop|Aux|Copula|ClauseBreak|roleVerbs|NumberWord|Article) == 0 {
			k++ // "northern Ivory Coast"
		}
		if k >= len(d.toks) || !d.same(i, k) || !d.toks[k].cap || d.toks[k].kind != kWord {
			// No name after the joiner: the list ended before it ("11
			// from Uganda and 8 from Kenya").
			if len(names) == 0 {
				return names, counts, start
			}
			return names, counts, end
		}
		e := k
		for e+1 < len(d.toks) && d.tok(e+1).cap && d.tok(e+1).kind == kWord && d.same(k, e+1) {
			e++
		}
		names = append(names, d.span(k, e))
		c := -1
		if d.punct(e+1, "(") && e+3 < len(d.toks) && d.tok(e+2).kind == kNum && d.punct(e+3, ")") {
			c = e + 2
			e += 3
		}
		counts = append(counts, c)
		k = e + 1
		end = k
		// The joiner: ",", "and", ", and", "as well as".
		j := k
		if d.punct(j, ",") {
			j++
		}
		if n := d.listAnd(j); n > 0 && !d.punct(j, ",") {
			j += n
		}
		if j == k || !d.same(i, j) {
			return names, counts, k
		}
		k = j
	}
	return names, counts, end
}

// maxNames bounds a list of names: lists of countries are short.
const maxNames = 64
