package extract

// What a sum of money seized is: cash, the value of goods, counterfeit
// money, the same sum in another currency, or a part of another sum; and
// whether the sentence denies the seizure.

// MoneyWords are the word lists that tell the kinds of sums apart. Each
// map holds words or phrases of up to four words, in lower case, separated
// by single spaces.
type MoneyWords struct {
	// Goods are nouns of things that are not money ("assets",
	// "properties", "cryptocurrency", "chips"): an amount before them,
	// after "in" ("10 million baht in assets"), is their value, not cash.
	// The names of items (Lexicon.Evidence) are goods too ("₱5 million
	// in vehicles").
	Goods map[string]bool
	// ValueOf are the phrases between an amount and the goods it is the
	// value of: "worth of" ("£1.2m worth of assets", "₦5m-worth of goods").
	ValueOf map[string]bool
	// Counterfeit are the words that make money no money ("counterfeit
	// notes", "fake bills"): its face value is not what was seized.
	Counterfeit map[string]bool
	// Equivalent are the phrases before an amount that make it the same
	// sum in another currency: "or" ("2.5 million baht, or about
	// US$70,000"), "equivalent to".
	Equivalent map[string]bool
	// PartOf are the phrases that make an amount a part of an earlier
	// one: after it ("₱100,000 of it"), or opening its sentence ("Of
	// this, ₱100,000 …").
	PartOf map[string]bool
	// Negation are the words that deny a verb of seizure or a word of
	// cash up to three words after them ("did not seize any cash", "no
	// cash was seized"); a phrase listed false is no negation ("not
	// only").
	Negation map[string]bool
	// Denomination are the nouns after an amount that make it the value
	// of one note or coin ("₱1,000 bills", "100-dollar notes"), not a
	// sum: "all in ₱1,000 bills".
	Denomination map[string]bool
	// Location are the prepositions that make an item with an article
	// after them the place something was found, not an item seized
	// ("₱100,000 in a car", "from the van").
	Location map[string]bool
	// Holding are the words between goods and the amount they hold
	// ("accounts holding 50 million baht", "wallets containing"): the
	// amount is the goods' value, not cash seized.
	Holding map[string]bool
}

// goodsBefore returns the token of the goods named before an amount
// whose first token is first ("bank accounts holding 50 million baht"),
// or -1: frozen or held balances are no cash in hand.
func (d *doc) goodsBefore(first int) int {
	h, g := first-1, first-2
	if !d.same(g, first) || d.tok(h).kind != kWord || !d.lex.Money.Holding[d.word(h)] ||
		d.tok(g).kind != kWord || !d.lex.Money.Goods[d.word(g)] {
		return -1
	}
	return g
}

// verbClasses are the verbs that end a noun phrase of goods: "… worth of
// assets and arrested five people".
const verbClasses = SeizeVerb | roleVerbs | Aux | Copula | StatementVerb | EscapeVerb

// maxMoneyPhrase bounds the words of a phrase of MoneyWords.
const maxMoneyPhrase = 4

// setPhrase returns the length in words of the longest phrase of m that
// starts at token i, and what m says of it; 0 if none does.
func (d *doc) setPhrase(m map[string]bool, i int) (int, bool) {
	if len(m) == 0 || d.tok(i).kind != kWord {
		return 0, false
	}
	for n := maxMoneyPhrase; n >= 1; n-- {
		if !d.wordsKey(i, n) {
			continue
		}
		if v, ok := m[string(d.key)]; ok {
			return n, v
		}
	}
	return 0, false
}

// affirmInit computes, once and in one pass, the clauses of the text
// (sentences, split at semicolons) and the classes of each clause's words
// that no negation before them denies: a clause that says "did not seize
// any cash" has no verb of seizure and no cash.
func (d *doc) affirmInit() {
	if d.clauseOf != nil || len(d.toks) == 0 {
		return
	}
	const denied = SeizeVerb | CashNoun
	d.clauseOf = make([]int32, len(d.toks))
	d.sentAffirm = make([]Class, len(d.sentStart))
	var verb []bool   // whether each clause has a verb
	var first []int32 // the first token of each clause
	c := int32(-1)
	for i := range d.toks {
		t := d.toks[i]
		if i == 0 || t.sent != d.toks[i-1].sent || d.punct(i-1, ";") {
			c++
			d.affirm = append(d.affirm, 0)
			verb = append(verb, false)
			first = append(first, int32(i))
		}
		d.clauseOf[i] = c
		cls := t.cls
		verb[c] = verb[c] || cls&verbClasses != 0
		if cls&denied != 0 && d.negated(i) {
			cls &^= denied
		}
		d.affirm[c] |= cls
		d.sentAffirm[t.sent] |= cls
	}
	// A clause with no verb goes on the list of the one before it
	// ("seized 12 phones; 3 laptops; and ₱20,000"): it is read with that
	// one's verb.
	for c := 1; c < len(d.affirm); c++ {
		if !verb[c] && d.toks[first[c]].sent == d.toks[first[c-1]].sent {
			d.affirm[c] |= d.affirm[c-1] & denied
		}
	}
}

// clauseAffirms reports whether the clause of token i has a word of one
// of the classes c that no negation denies.
func (d *doc) clauseAffirms(i int, c Class) bool {
	d.affirmInit()
	return i >= 0 && i < len(d.toks) && d.affirm[d.clauseOf[i]]&c != 0
}

// sentenceAffirms is clauseAffirms for any clause of the sentence of token i.
func (d *doc) sentenceAffirms(i int, c Class) bool {
	d.affirmInit()
	return i >= 0 && i < len(d.toks) && d.sentAffirm[d.toks[i].sent]&c != 0
}

// deniedBefore reports whether the verb of seizure nearest before token i
// in its clause, within maxVerbGap words, is denied: "had not yet seized
// the ₱200,000 the gang had collected" seized nothing, whatever verb
// follows.
func (d *doc) deniedBefore(i int) bool {
	d.affirmInit()
	for k := i - 1; k >= 0 && k >= i-maxVerbGap && d.clauseOf[k] == d.clauseOf[i]; k-- {
		if d.is(k, SeizeVerb) {
			return d.negated(k)
		}
	}
	return false
}

// maxVerbGap bounds how far back deniedBefore looks for a verb.
const maxVerbGap = 12

// negated reports whether a negation comes up to three words before
// token i, in its sentence and with no punctuation between.
func (d *doc) negated(i int) bool {
	for k := i - 1; k >= i-3 && k >= 0 && d.same(k, i) && d.toks[k].kind == kWord; k-- {
		if n, neg := d.setPhrase(d.lex.Money.Negation, k); n > 0 && neg {
			return true
		}
	}
	return false
}

// goodsAfter reads what follows the amount ending at token end when it
// makes the amount the value of goods: "worth of" and a noun phrase
// ("£1.2m-worth of assets", any noun: worth is never said of cash), or
// "in" and a noun phrase with no article whose head is a noun of goods or
// an item ("10 million baht in assets", "₱5 million in gaming chips",
// "in cash and jewellery"). It returns the last token of the goods and
// the kind of item they name ("" for other goods, or goods of several
// kinds), or -1 when the amount is money. counterfeit is set when a word
// of the phrase makes the money counterfeit ("in fake bills"); last is
// then the end of the phrase.
func (d *doc) goodsAfter(end int) (last int, kind string, counterfeit bool) {
	k := end + 1
	if d.punct(k, "-") && !d.toks[k].space {
		k++ // "£1.2m-worth of"
	}
	worth := false
	if n, ok := d.setPhrase(d.lex.Money.ValueOf, k); n > 0 && ok && d.same(end, k) {
		k, worth = k+n, true
	} else if d.is(k, InPreposition) && d.same(end, k) {
		k++
	} else {
		return -1, "", false
	}
	// The noun phrase: up to six words, to a stop, a word of price or
	// punctuation, over one list's "and". An article makes it a place
	// ("in a safe").
	type read struct {
		last, heads int
		kind        string
	}
	cur, before := read{last: -1}, read{last: -1}
	joined, placed, cash, phraseEnd := false, false, false, -1
	j := k
	for ; j < k+6 && d.same(end, j) && d.toks[j].kind == kWord; j++ {
		if n := d.listAnd(j); n > 0 {
			if joined || j == k || d.tok(j+n).kind == kNum || d.is(j+n, NumberWord|Article|Determiner) {
				break // "in cash and two cars": a list of what was seized
			}
			joined, before = true, cur
			j += n - 1
			continue
		}
		if d.is(j, Article|Determiner|Possessive) && !worth {
			if j > k || placed {
				break
			}
			placed = true // "in a bank account", but "in a safe", "in a car" are places
			continue
		}
		if d.is(j, Stop|NotCash|verbClasses) && j > k {
			break
		}
		phraseEnd = j
		if n, c := d.setPhrase(d.lex.Money.Counterfeit, j); n > 0 && c {
			counterfeit = true
		}
		if ew, n := d.evidenceAt(j); n > 0 {
			if placed {
				break // where the money was found
			}
			j += n - 1
			cur = read{last: j, heads: cur.heads + 1, kind: ew.Kind}
			phraseEnd = j
			continue
		}
		if n, ok := d.setPhrase(d.lex.Money.Goods, j); n > 0 && ok {
			j += n - 1
			cur = read{last: j, heads: cur.heads + 1}
			phraseEnd = j
			continue
		}
		if d.is(j, CashNoun) {
			cur.heads++ // "in cash and jewellery": the value of both
			cash = true
		}
		if worth {
			cur.last = j
		}
	}
	// "30 lakh rupees in cash and gold worth Rs 10 lakh": what follows
	// "and" has a value of its own, so it is another item.
	if joined && (d.is(j, NotCash) || d.startsAmount(j)) {
		cur = before
	}
	if counterfeit {
		return phraseEnd, "", true
	}
	if cash && cur.heads == 1 {
		return -1, "", false // "£1.2m-worth of cash" is cash
	}
	if cur.heads > 1 {
		cur.kind = "" // goods of several kinds: other goods
	}
	return cur.last, cur.kind, false
}

// evidenceAt returns the name of a kind of item that starts at token i,
// and its length in words; 0 if none does.
func (d *doc) evidenceAt(i int) (EvidenceWord, int) {
	if !d.is(i, PhraseStart) {
		return EvidenceWord{}, 0
	}
	for n := 3; n >= 1; n-- {
		if d.wordsKey(i, n) {
			if ew, ok := d.lex.Evidence[string(d.key)]; ok {
				return ew, n
			}
		}
	}
	return EvidenceWord{}, 0
}

// counterfeitBefore returns the token of a word of counterfeit money
// right before the amount at token first ("fake ₱1,000 bills"), or -1.
func (d *doc) counterfeitBefore(first int) int {
	for k := first - 1; k >= first-2 && d.same(k, first) && d.toks[k].kind == kWord; k-- {
		if n, c := d.setPhrase(d.lex.Money.Counterfeit, k); n > 0 && c {
			return k
		}
	}
	return -1
}

// worthAfter reports whether "worth of" follows the amount ending at token
// end ("£1.2m-worth of cash"): that word is no price.
func (d *doc) worthAfter(end int) bool {
	k := end + 1
	if d.punct(k, "-") && !d.toks[k].space {
		k++
	}
	n, ok := d.setPhrase(d.lex.Money.ValueOf, k)
	return n > 0 && ok && d.same(end, k)
}

// isDenomination reports whether the amount ending at token end is the
// value of a note or a coin: a noun of denomination right after it.
func (d *doc) isDenomination(end int) bool {
	n, ok := d.setPhrase(d.lex.Money.Denomination, end+1)
	return n > 0 && ok && d.same(end, end+1)
}
