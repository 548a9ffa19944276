package extract

// What follows a figure's noun phrase: a hedge ("at most"), the ages, the
// countries the people come from and what they are said to be.

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
			// "rescued 47 Indians from Laos", "citizens rescued from
			// Myanmar": where they were; "nationals trafficked from":
			// where they come from, whatever verb came before.
			if w == "from" && !d.removedBefore(f.first) || w != "from" && !d.lex.Removal[w] {
				f.From = append(f.From, names...)
			} else {
				f.Left = append(f.Left, names...)
			}
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

// removedBefore reports whether a word of Lexicon.Removal governs the noun
// phrase or the figure whose first token is first: "rescued 47 Indians",
// "brought home 84 citizens". It looks back over what may stand before a
// figure's noun in its clause (numbers, hedges, determiners, adverbs,
// adjectives, names, nouns of people, "and"), and stops at any other word
// or punctuation: "23 victims, 11 from Uganda" keeps its origin.
func (d *doc) removedBefore(first int) bool {
	for k := first - 1; k >= 0 && k >= first-maxNP*2 && d.same(k, first); k-- {
		t := d.toks[k]
		switch {
		case t.kind == kWord && d.lex.Removal[d.word(k)]:
			return true
		case d.isNumberToken(k), d.listAnd(k) > 0:
		case t.kind != kWord:
			return false
		case t.cls&(NumberWord|NumberJoin|Hedge|Article|Determiner|Adverb|More|personClasses) != 0:
		case t.cls != 0:
			return false
		}
	}
	return false
}
