package extract

import (
	"strconv"
	"strings"
)

// doc is a text being read: its tokens, their classes and sentences.
type doc struct {
	text string
	low  string // text with ASCII letters in lower case, byte for byte
	toks []token
	lex  *Lexicon
	p    Parsers
	key  []byte // scratch for phrase lookups

	currency map[string]bool // what Parsers.Currency said of each text asked
	figs     []Figure        // scratch for the figures of a group
	asides   []aside         // scratch for the parts said in passing in a list (listAfter)

	sentStart  []int32  // the first token of each sentence
	sentClass  []Class  // the classes of each sentence's words, together
	clauseOf   []int32  // the clause of each token: its sentence, split at semicolons (see affirmInit)
	affirm     []Class  // the classes of each clause's words that no negation denies
	sentAffirm []Class  // the same for each sentence
	goods      [][2]int // the tokens of the goods of each amount, in order (see goodsAfter)
	goodsAt    int      // the first of goods not wholly before the item being read

	another     []uint8 // the phrases of another event at each token (markAnother), once asked
	anotherSent []bool  // the sentences that hold one
}

func newDoc(text string, lex *Lexicon, p Parsers) *doc {
	d := &doc{text: text, low: lowerASCII(text), lex: lex, p: p}
	d.toks = tokenize(text)
	for i := range d.toks {
		if t := &d.toks[i]; t.kind == kWord {
			w := d.low[t.s:t.e]
			t.cls = lex.Words[w]
			if t.cls == 0 && strings.IndexByte(w, '-') > 0 {
				t.cls = d.compoundClass(w)
			}
		}
	}
	d.ageNouns()
	d.sentences()
	return d
}

// ageNouns gives the words of age that stand as nouns ("two
// 15-year-olds", "a 17-year-old from Laos") the classes of a noun of
// people: minors when the age is under 18.
func (d *doc) ageNouns() {
	if len(d.lex.AgeNouns) == 0 {
		return
	}
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind != kWord || t.cls != 0 {
			continue
		}
		w := d.low[t.s:t.e]
		n := 0
		for n < len(w) && n < 3 && w[n] >= '0' && w[n] <= '9' {
			n++
		}
		if n == 0 || n >= len(w) || w[n] != '-' {
			continue
		}
		plural, ok := d.lex.AgeNouns[w[n+1:]]
		if !ok {
			continue
		}
		if !plural {
			next := d.tok(i + 1)
			if next.kind == kWord && next.sent == t.sent && next.cls&(Stop|Aux|Copula|ClauseBreak|roleVerbs) == 0 {
				continue // "a 15-year-old girl": an adjective
			}
		}
		t.cls = PersonNoun
		if plural {
			t.cls |= Plural
		}
		if age, _ := strconv.Atoi(w[:n]); age < 18 {
			t.cls |= MinorNoun
		} else {
			t.cls |= Adult
		}
	}
}

// isCurrency reports what Parsers.Currency says of s, asking once per
// text: a report asks of the same words ("the", "of") again and again.
func (d *doc) isCurrency(s string) bool {
	if d.p.Currency == nil {
		return false
	}
	if v, ok := d.currency[s]; ok {
		return v
	}
	if d.currency == nil {
		d.currency = map[string]bool{}
	}
	v := d.p.Currency(s)
	if len(d.currency) < 4096 {
		d.currency[s] = v
	}
	return v
}

// compoundClass returns the classes of a hyphenated word that no list
// holds whole: a number when every part is one ("thirty-two").
func (d *doc) compoundClass(w string) Class {
	for part := range strings.SplitSeq(w, "-") {
		if d.lex.Words[part]&NumberWord == 0 {
			return 0
		}
	}
	return NumberWord
}

// tok returns token i, or a token of no kind out of range.
func (d *doc) tok(i int) token {
	if i < 0 || i >= len(d.toks) {
		return token{sent: -1}
	}
	return d.toks[i]
}

// word returns token i in lower case, or "" out of range.
func (d *doc) word(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	t := d.toks[i]
	return d.low[t.s:t.e]
}

// raw returns token i as written.
func (d *doc) raw(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	t := d.toks[i]
	return d.text[t.s:t.e]
}

// is reports whether token i exists and has one of the classes c.
func (d *doc) is(i int, c Class) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].cls&c != 0
}

// punct reports whether token i is the punctuation mark p.
func (d *doc) punct(i int, p string) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == kPunct && d.word(i) == p
}

// isPunct reports whether token i is any punctuation mark.
func (d *doc) isPunct(i int) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == kPunct
}

// same reports whether tokens i and j are in the same sentence.
func (d *doc) same(i, j int) bool {
	return i >= 0 && j >= 0 && i < len(d.toks) && j < len(d.toks) && d.toks[i].sent == d.toks[j].sent
}

// phrase returns the classes of the phrase of n words starting at token
// i, all in one sentence, or 0.
func (d *doc) phrase(i, n int) Class {
	if i < 0 || i+n > len(d.toks) || n < 2 {
		return 0
	}
	// Every phrase of the lexicon starts with a word marked PhraseStart
	// and ends with one marked PhraseEnd (see Lexicon.Prepare): other
	// words need no key built and looked up.
	if d.toks[i].cls&PhraseStart == 0 || d.toks[i+n-1].cls&PhraseEnd == 0 {
		return 0
	}
	d.key = d.key[:0]
	for k := i; k < i+n; k++ {
		t := d.toks[k]
		if t.kind != kWord || !d.same(i, k) {
			return 0
		}
		if k > i {
			d.key = append(d.key, ' ')
		}
		d.key = append(d.key, d.low[t.s:t.e]...)
	}
	return d.lex.Phrases[string(d.key)]
}

// phraseAt returns the longest phrase (two to four words) of a class in c
// starting at token i: its length, or 0.
func (d *doc) phraseAt(i int, c Class) int {
	if !d.is(i, PhraseStart) {
		return 0
	}
	for n := 4; n >= 2; n-- {
		if d.phrase(i, n)&c != 0 {
			return n
		}
	}
	return 0
}

// phraseEnding returns the longest phrase (two to four words) of a class
// in c ending at token j (inclusive): its length, or 0.
func (d *doc) phraseEnding(j int, c Class) int {
	if !d.is(j, PhraseEnd) {
		return 0
	}
	for n := 4; n >= 2; n-- {
		if d.phrase(j-n+1, n)&c != 0 {
			return n
		}
	}
	return 0
}

// listAnd returns the length in tokens of a list's joining word or phrase
// at token i ("and", "as well as"), or 0.
func (d *doc) listAnd(i int) int {
	if i >= len(d.toks) {
		return 0
	}
	if d.toks[i].kind == kPunct {
		if d.lex.ListAnd[d.word(i)] {
			return 1
		}
		return 0
	}
	if !d.is(i, PhraseStart) {
		return 0
	}
	for n := 3; n >= 1; n-- {
		if i+n > len(d.toks) {
			continue
		}
		d.key = d.key[:0]
		ok := true
		for k := i; k < i+n; k++ {
			if d.toks[k].kind != kWord {
				ok = false
				break
			}
			if k > i {
				d.key = append(d.key, ' ')
			}
			d.key = append(d.key, d.word(k)...)
		}
		if ok && d.lex.ListAnd[string(d.key)] {
			return n
		}
	}
	return 0
}

// sentences sets the sentence of every token. A sentence ends at ".", "!"
// or "?" before a capital, a digit or a line break (not after an
// abbreviation or an initial), at a blank line, and at a line break after
// a line that does not run on (a headline): the next line starts with a
// capital and the line does not end in a comma or a joining word.
func (d *doc) sentences() {
	sent := int32(0)
	for i := range d.toks {
		t := &d.toks[i]
		if i == 0 || d.breakBefore(i) {
			if i > 0 {
				sent++
			}
			d.sentStart = append(d.sentStart, int32(i))
			d.sentClass = append(d.sentClass, 0)
		}
		t.sent = sent
		d.sentClass[sent] |= t.cls
	}
}

// sentenceStart returns the first token of the sentence of token i.
func (d *doc) sentenceStart(i int) int {
	if i < 0 || i >= len(d.toks) {
		return 0
	}
	return int(d.sentStart[d.toks[i].sent])
}

// sentenceHas reports whether a word of the sentence of token i has one
// of the classes c.
func (d *doc) sentenceHas(i int, c Class) bool {
	return i >= 0 && i < len(d.toks) && d.sentClass[d.toks[i].sent]&c != 0
}

// wordsKey sets d.key to the n words from token i in lower case, joined
// by single spaces, and reports whether they are all words of one
// sentence. Maps are then indexed with string(d.key), which Go does
// without allocating.
func (d *doc) wordsKey(i, n int) bool {
	d.key = d.key[:0]
	for k := i; k < i+n; k++ {
		if k < 0 || k >= len(d.toks) || d.toks[k].kind != kWord || !d.same(i, k) {
			return false
		}
		if k > i {
			d.key = append(d.key, ' ')
		}
		d.key = append(d.key, d.word(k)...)
	}
	return true
}

func (d *doc) breakBefore(i int) bool {
	t := d.toks[i]
	if t.nl >= 2 {
		return true
	}
	if !t.space && d.isCloser(i) {
		return false // a closing quote or bracket stays with what it closes
	}
	// The last token before i that is not a closing quote or bracket.
	j := i - 1
	for j > 0 && d.isCloser(j) && !d.toks[j].space {
		j--
	}
	prev := d.toks[j]
	startsNew := t.cap || t.kind == kNum || d.isOpener(i)
	if prev.kind == kPunct {
		switch d.word(j) {
		case ".", "!", "?", "…":
			if !startsNew && t.nl == 0 {
				return false
			}
			if d.word(j) == "." && j > 0 && d.tok(j-1).kind == kWord && d.toks[j].s == d.tok(j-1).e {
				w := d.word(j - 1)
				if d.lex.Abbreviations[w] {
					return false
				}
				// An initial: "Kodam F. Sidabutar".
				if len(w) == 1 && d.tok(j-1).cap && t.nl == 0 {
					return false
				}
			}
			if d.word(j) == "." && t.kind == kNum && t.nl == 0 && d.signEndsAt(j) {
				return false // "S/. 20,000": the period is the sign's
			}
			return true
		}
	}
	if t.nl == 1 && startsNew {
		if prev.kind == kPunct {
			switch d.word(j) {
			case ",", "-", "–", "(", "&", "/":
				return false
			}
			return true
		}
		return !d.is(j, Stop|Determiner|Article|NumberJoin)
	}
	return false
}

// signEndsAt reports whether the tokens glued together that end at token
// j name a currency ("S/.", "Rs.").
func (d *doc) signEndsAt(j int) bool {
	p := j
	for p > 0 && p > j-maxSignTokens+1 && !d.toks[p].space && d.toks[p-1].kind != kNum {
		p--
	}
	return p < j && d.isCurrency(d.text[d.toks[p].s:d.toks[j].e])
}

func (d *doc) isCloser(i int) bool {
	if !d.isPunct(i) {
		return false
	}
	switch d.word(i) {
	case "\"", "'", "”", "’", ")", "]", "»":
		return true
	}
	return false
}

func (d *doc) isOpener(i int) bool {
	if !d.isPunct(i) {
		return false
	}
	switch d.word(i) {
	case "\"", "“", "‘", "(", "[", "«", "—", "–", "-":
		return true
	}
	return false
}
