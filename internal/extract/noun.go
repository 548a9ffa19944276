package extract

// The noun phrase after a count: the noun of people it counts, the names
// before it, and what joined nouns and names say of everyone counted.

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
	perUnit      int  // people per thing counted: 2 for "couple"
	singulars    int  // the nouns of one person each joined: 2 for "father and son"; 0 when one is plural or alternatives
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
	plural := false    // a noun of the phrase is plural
	for k, words := j, 0; k < len(d.toks) && words < maxNP && d.same(j, k); k, words = k+1, words+1 {
		t := d.toks[k]
		if t.kind != kWord {
			break
		}
		c := t.cls
		switch {
		case c&personClasses != 0:
			p.head, p.last = k, k
			plural = plural || c&Plural != 0
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
	if p.head >= 0 {
		if d.lex.Pairs[d.word(p.head)] {
			p.perUnit = 2
		}
		if conjuncts > 1 && !plural && !p.alternatives {
			p.singulars = conjuncts // "a father and son": two people
		}
	}
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
