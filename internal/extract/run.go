package extract

// Run reads text with the lexicon lex and the parsers p; published is the
// date the text was published (zero when unknown), which anchors relative
// dates. It reads each token a bounded number of times, so its time and
// memory are linear in the length of the text.
func Run(text string, lex *Lexicon, p Parsers, published YMD) *Result {
	d := newDoc(text, lex, p)
	r := &Result{}
	if len(d.toks) > 0 {
		r.Sentences = int(d.tok(len(d.toks)-1).sent) + 1
	}
	d.findFigures(r)
	d.findAmounts(r)
	d.findItems(r)
	d.findDates(r, published)
	d.findAgencies(r)
	d.findPlaces(r)
	d.findTriggers(r)
	d.findSeparate(r)
	r.Operation = map[int]bool{}
	r.Cumulative = map[int]bool{}
	for i := range d.toks {
		s := int(d.toks[i].sent)
		if d.is(i, OperationNoun|roleVerbs|SeizeVerb) {
			r.Operation[s] = true
		}
		if d.is(i, Cumulative) || d.phraseAt(i, Cumulative) > 0 ||
			d.is(i, Since) && (d.month(i+1) > 0 || d.isYear(i+1)) {
			r.Cumulative[s] = true
		}
	}
	return r
}
