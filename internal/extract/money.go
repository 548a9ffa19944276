package extract

import "strings"

// Amounts of money and the items seized.

// maxEquivalent bounds the tokens inside the brackets of an equivalent.
const maxEquivalent = 12

// maxSignTokens bounds the tokens of a currency sign written before a
// number: three for "S/." (the Peruvian sol), "US$" is two.
const maxSignTokens = 3

// currencyBefore returns the first token of a currency sign or word
// written before the number at token i ("US$10,000", "Rp12.5", "USD
// 500", "Rs. 500", "S/. 20,000"), or i if there is none.
func (d *doc) currencyBefore(i int) int {
	if d.p.Currency == nil || i == 0 {
		return i
	}
	// Glued: the tokens before the number with no space between them.
	p := i
	for p > 0 && p > i-maxSignTokens-1 && !d.toks[p].space && d.tok(p-1).kind != kNum {
		p--
	}
	if p < i && d.isCurrency(d.text[d.toks[p].s:d.toks[i].s]) {
		return p
	}
	// Spaced: a code or a word before ("USD 500"), itself maybe glued ("Rs. 500").
	if !d.toks[i].space {
		return i
	}
	q := i - 1
	for q > 0 && q > i-maxSignTokens-1 && !d.toks[q].space && d.tok(q-1).kind != kNum {
		q--
	}
	if d.same(q, i) && d.toks[q].kind != kNum && d.isCurrency(d.text[d.toks[q].s:d.tok(i-1).e]) {
		return q
	}
	return i
}

// currencyAfter returns the last token of the scale and currency written
// after the number at token i ("12.5 million", "130,000 yuan", "5,000 US
// dollars", "2 million Hong Kong dollars"), or i if no currency follows.
func (d *doc) currencyAfter(i int) int {
	if d.p.Currency == nil {
		return i
	}
	k := i + 1
	if d.isScale(k) && d.same(i, k) {
		k++
	}
	for n := 3; n >= 1; n-- { // "2 million Hong Kong dollars"
		e := k + n - 1
		if e >= len(d.toks) || !d.same(i, e) || d.toks[k].kind != kWord && d.toks[k].kind != kPunct {
			continue
		}
		if n > 1 && d.punct(e, ".") {
			continue // the full stop of "5,000 ringgit.", which reads as "ringgit" too
		}
		if d.isCurrency(d.text[d.toks[k].s:d.toks[e].e]) {
			return e
		}
	}
	if k > i+1 {
		return k - 1 // the scale alone: the sign came before ("Rp12.5 million")
	}
	return i
}

// amountAt reads the amount whose first number is token i: its first
// token (its hedge, or its currency before the number), the last token of
// its number and currency, and the last token of its equivalents in
// brackets ("US$10,000 (S$13,700)"). ok is false when no currency goes
// with the number: it is no money.
func (d *doc) amountAt(i int) (first, post, end int, ok bool) {
	pre := d.currencyBefore(i)
	hi := d.rangeEnd(i, pre)
	post = d.currencyAfter(hi)
	if pre == i && (post == hi || d.isScale(post)) {
		return 0, 0, 0, false
	}
	first = d.hedgeBefore(pre)
	end = post
	if d.punct(post+1, "(") {
		for k := post + 2; k < len(d.toks) && k <= post+1+maxEquivalent && d.same(post, k); k++ {
			if d.punct(k, ")") {
				if k > post+2 && d.hasNumber(post+2, k) {
					end = k
				}
				break
			}
			if d.punct(k, "(") {
				break
			}
		}
	}
	return first, post, end, true
}

// findAmounts finds the sums of money: a number with a currency before or
// after it, its hedge, its equivalents, and what it is: cash, the value of
// goods, counterfeit money, or a part of an earlier sum.
func (d *doc) findAmounts(r *Result) {
	var ends []int           // the last token of each amount's phrase
	open, openSent := -1, -1 // an amount the next ones of sentence openSent break down
	unsure := -1             // the number token of an amount that may be an equivalent
	for i := 0; i < len(d.toks) && !r.full(len(r.Amounts), MaxFound, "amounts"); i++ {
		if d.toks[i].kind != kNum {
			continue
		}
		first, post, end, ok := d.amountAt(i)
		if !ok {
			continue
		}
		if d.isDenomination(end) {
			i = end // "all in ₱1,000 bills": no sum
			continue
		}
		sent := int(d.toks[i].sent)
		a := Amount{Main: d.span(first, post), Written: d.span(first, end), Sent: sent, Whole: -1, Unsure: i == unsure}
		last := end
		g, kind, fake := d.goodsAfter(end)
		switch fb := d.counterfeitBefore(first); {
		case fake:
			a.Counterfeit, last = true, max(g, end)
		case fb >= 0:
			a.Counterfeit, first = true, fb // "fake ₱1,000 bills"
		case g >= 0:
			a.Goods, a.GoodsKind, last = d.span(end+1, g), kind, d.breakdownAfter(g)
			d.goods = append(d.goods, [2]int{end + 1, last})
		}
		if gb := d.goodsBefore(first); gb >= 0 && a.Goods.IsZero() && !a.Counterfeit {
			a.Goods = d.span(gb, gb) // "accounts holding 50 million baht"
		}
		if openSent != sent {
			open = -1
		}
		a.Whole, open = d.wholeOf(r, ends, first, end, open)
		if open >= 0 {
			openSent = sent
		}
		if a.Goods.IsZero() && !a.Counterfeit && a.Whole < 0 {
			if ef, el, num := d.equivalentAfter(end); ef >= 0 {
				a.Equivalents = append(a.Equivalents, d.span(ef, el))
				last = el
			} else if num >= 0 {
				unsure = num
			}
		}
		a.Span = d.span(first, last)
		a.Seized = d.seized(first, end, !a.Goods.IsZero() || a.Counterfeit || d.worthAfter(end))
		r.Amounts = append(r.Amounts, a)
		ends = append(ends, last)
		i = last
	}
}

// breakdownAfter returns the last token of a list that breaks down the
// goods ending at token g ("assets, including cars and land"): its
// items are the goods', not more items seized. It returns g when none
// follows.
func (d *doc) breakdownAfter(g int) int {
	k := g + 1
	if d.punct(k, ",") {
		k++
	}
	n := d.phraseAt(k, Breakdown)
	if n == 0 && d.is(k, Breakdown) {
		n = 1
	}
	if n == 0 || !d.same(g, k) {
		return g
	}
	last := g
	for j := k + n; j < k+n+8 && d.same(g, j); j++ {
		if d.toks[j].kind == kNum || d.isPunct(j) && !d.punct(j, ",") || d.is(j, verbClasses|ClauseBreak) {
			break // an amount of its own, or the end of the list
		}
		last = j
	}
	if d.punct(last, ",") {
		last--
	}
	return last
}

// wholeOf returns the index of the earlier amount that the amount at
// tokens [first, end] is a part of, or -1, given the last token of each
// amount before it (ends) and the amount whose breakdown its sentence has
// opened (open, or -1); and the amount whose breakdown the next amounts of
// the sentence are. A breakdown opens after "including" ("₱200,000 in
// cash, including ₱100,000 in a safe"), a colon or a dash after the amount
// ("₱200,000 in cash: ₱100,000 in a safe and ₱100,000 in a car"), or a
// sentence that opens on the sum ("Of this, ₱100,000 …"); a part says so
// itself after it ("₱100,000 of it"). A sum named again after a
// determiner ("the ₱200,000") is the one named before.
func (d *doc) wholeOf(r *Result, ends []int, first, end, open int) (whole, next int) {
	if open >= 0 {
		return open, open
	}
	prev := len(r.Amounts) - 1
	if prev < 0 {
		return -1, -1
	}
	if d.is(first-1, Determiner) {
		// "The ₱200,000 was deposited as evidence": the sum named before.
		main := d.text[d.toks[first].s:d.toks[end].e]
		for k := prev; k >= 0 && k > prev-8; k-- {
			if m := r.Amounts[k].Main; d.text[m.Start:m.End] == main {
				return k, -1
			}
		}
	}
	sent := int(d.toks[first].sent)
	sameSent := r.Amounts[prev].Sent == sent
	switch {
	case sameSent && (d.is(first-1, Breakdown) || d.phraseEnding(first-1, Breakdown) > 0):
		return prev, prev
	case sameSent && (d.punct(first-1, ":") || d.punct(first-1, "—") || d.punct(first-1, "–")) && first-1-ends[prev] <= 3:
		return prev, prev // "₱200,000 in cash: ₱100,000 …"
	}
	if n, ok := d.setPhrase(d.lex.Money.PartOf, end+1); n > 0 && ok && (sameSent || r.Amounts[prev].Sent == sent-1) {
		return prev, -1 // "₱100,000 of it"
	}
	s := d.sentenceStart(first)
	if n, ok := d.setPhrase(d.lex.Money.PartOf, s); n > 0 && ok && r.Amounts[prev].Sent == sent-1 {
		return prev, prev // "Of this, ₱100,000 was found in a safe."
	}
	return -1, -1
}

// equivalentAfter finds the same sum in another currency written after
// the amount ending at token end, outside brackets, maybe after "in
// cash": "…, or about US$70,000", "…, equivalent to roughly US$70,000",
// "…, about US$70,000,". It returns the first and last tokens of the
// equivalent with its hedge, or -1. A hedged amount after a comma with no
// word that makes it an equivalent may as well be the next sum of a list
// when another follows it ("30,000 baht, about 2 million kip and 500
// dollars"): then it returns -1 and num, the equivalent's number token,
// for that amount to be marked unsure.
func (d *doc) equivalentAfter(end int) (first, last, num int) {
	// Up to four words between: "in cash", "in cash in Birmingham".
	k := end + 1
	for k <= end+4 && d.same(end, k) && d.toks[k].kind == kWord && !d.is(k, verbClasses|ClauseBreak) && d.listAnd(k) == 0 {
		k++
	}
	if !d.same(end, k) {
		return -1, -1, -1
	}
	sep := d.punct(k, ",") || d.punct(k, "—") || d.punct(k, "–") || d.punct(k, "-") && d.toks[k].space
	if sep {
		k++
	} else if k > end+1 {
		return -1, -1, -1
	}
	marker := false
	if n, ok := d.setPhrase(d.lex.Money.Equivalent, k); n > 0 && ok {
		k, marker = k+n, true
	}
	if !sep && !marker {
		return -1, -1, -1
	}
	j := k
	for j < k+4 && d.same(end, j) && d.toks[j].kind != kNum {
		j++
	}
	if !d.same(end, j) || d.toks[j].kind != kNum {
		return -1, -1, -1
	}
	f, _, e, ok := d.amountAt(j)
	if !ok || f != k {
		return -1, -1, -1
	}
	if n, ok := d.setPhrase(d.lex.Money.PartOf, e+1); n > 0 && ok {
		return -1, -1, -1 // "₱200,000, about ₱100,000 of which …": a part
	}
	if marker {
		return f, e, -1
	}
	if f == d.currencyBefore(j) {
		return -1, -1, -1 // no hedge: the next sum of a list ("US$10,000, S$13,700 and …")
	}
	// Hedged, after a comma: an equivalent unless a list goes on.
	n := e + 1
	if d.is(n, InPreposition) && d.is(n+1, CashNoun) {
		n += 2
	}
	if d.listAnd(n) > 0 || d.punct(n, ",") && d.startsAmount(n+1) {
		return -1, -1, j
	}
	return f, e, -1
}

// startsAmount reports whether an amount starts at token k, with its
// hedge or its currency.
func (d *doc) startsAmount(k int) bool {
	for j := k; j < k+4 && d.same(k, j); j++ {
		if d.toks[j].kind == kNum {
			f, _, _, ok := d.amountAt(j)
			return ok && f == k
		}
	}
	return false
}

// rangeEnd returns the number token that ends a range of amounts whose
// first number is token i, its currency starting at token pre ("Rp2-3
// juta", "$2-3 million", "RM5,000 to RM6,000", "between RM5,000 and
// RM6,000"), or i when no range follows: the number after a dash or a
// RangeJoin word (or "and" after a RangeOpen word), maybe after a scale
// word of the first end and a currency of its own. The whole range is one
// amount for the parsers to read, which refuse it when it is ambiguous.
func (d *doc) rangeEnd(i, pre int) int {
	k := i + 1
	if d.isScale(k) && d.same(i, k) {
		k++ // "RM5 million to RM6 million"
	}
	open := d.is(d.hedgeBefore(pre), RangeOpen) || d.is(pre-1, RangeOpen)
	switch {
	case !d.same(i, k):
		return i
	case d.punct(k, "-") || d.punct(k, "–") || d.is(k, RangeJoin):
	case open && d.lex.ListAnd[strings.ToLower(d.word(k))]:
	default:
		return i
	}
	for j := k + 1; j <= k+3 && d.same(k, j); j++ {
		if d.toks[j].kind == kNum {
			if j == k+1 || d.isCurrency(d.text[d.toks[k+1].s:d.toks[j].s]) {
				return j
			}
			return i
		}
	}
	return i
}

// isScale reports whether token i is a scale word: one of the lexicon's,
// or one the number reader reads (Parsers.Scale).
func (d *doc) isScale(i int) bool {
	if d.is(i, ScaleWord) {
		return true
	}
	return d.p.Scale != nil && i >= 0 && i < len(d.toks) && d.toks[i].kind == kWord && d.p.Scale(d.word(i))
}

func (d *doc) hasNumber(i, j int) bool {
	for k := i; k < j; k++ {
		if d.toks[k].kind == kNum {
			return true
		}
	}
	return false
}

// seized reports whether the amount at tokens [first, last] was seized:
// its clause (its sentence, or the part of it between semicolons: "The
// gang made ₱50 million; police seized ₱2 million") has a verb of seizure
// or "cash" that no negation denies ("did not seize any cash"), the verb
// nearest before it is not denied, and no word near it makes it a wage, a
// fee or a price ("a month", "charged", "worth"). The value of goods is
// followed by "worth" ("£1.2m-worth of assets"): that word is no price.
func (d *doc) seized(first, last int, goods bool) bool {
	if d.negated(first) || d.deniedBefore(first) {
		return false // "seized phones but not the ₱200,000", "did not seize the ₱200,000"
	}
	for k := max(first-3, 0); k < first; k++ {
		if d.same(k, first) && d.is(k, NotCash) {
			return false // "charged Rp6 million", "worth P6 billion"
		}
	}
	for k := last + 1; k <= last+3 && k < len(d.toks) && !goods; k++ {
		if d.same(k, last) && d.is(k, PerPeriod|NotCash) {
			return false // "$900 a month", "50,000 yuan each"
		}
	}
	return d.clauseAffirms(first, SeizeVerb|CashNoun)
}

// findItems finds the items seized: in a sentence with a verb of seizure,
// every name of a kind of item ("cell phones", "a vehicle") with the
// count before it ("numerous cell phones", "two firearms", "dozens of SIM
// cards").
func (d *doc) findItems(r *Result) {
	for s := 0; s < len(d.toks); {
		e := s
		for e < len(d.toks) && d.same(s, e) {
			e++
		}
		if d.sentenceAffirms(s, SeizeVerb) {
			d.itemsIn(r, s, e)
		}
		s = e
	}
}

// itemsIn finds the items of the sentence of tokens [s, e). Names of
// items inside the goods of an amount ("₱5 million in vehicles") are the
// amount's, and an item after a preposition of place and an article ("in
// a car") is where something was found.
func (d *doc) itemsIn(r *Result, s, e int) {
	for i := s; i < e; i++ {
		if d.toks[i].kind != kWord || !d.is(i, PhraseStart) {
			continue
		}
		for d.goodsAt < len(d.goods) && d.goods[d.goodsAt][1] < i {
			d.goodsAt++
		}
		if d.goodsAt < len(d.goods) && d.goods[d.goodsAt][0] <= i {
			continue
		}
		var w EvidenceWord
		n := 0
		for m := 3; m >= 1; m-- {
			if i+m > e || !d.wordsKey(i, m) {
				continue
			}
			if ew, ok := d.lex.Evidence[string(d.key)]; ok {
				w, n = ew, m
				break
			}
		}
		if n == 0 {
			continue
		}
		last := i + n - 1
		it := Item{Kind: w.Kind, Plural: w.Plural, Mass: w.Mass, Sent: int(d.toks[i].sent)}
		// The count: up to two adjectives back ("numerous cell phones",
		// "other electronic devices"), "of" after a vague word ("dozens of").
		k := i - 1
		for adj := 0; adj < 2 && k > s && d.toks[k].kind == kWord && d.toks[k].cls&(NumberWord|Article|Determiner|Stop|Aux|SeizeVerb) == 0; adj++ {
			k--
		}
		if d.word(k) == "of" && d.is(k-1, NumberWord) {
			k--
		}
		start := i
		switch {
		case d.isNumberToken(k):
			lo := k
			for lo-1 > s && (d.isNumberToken(lo-1) || d.is(lo-1, NumberJoin) && d.isNumberToken(lo-2)) {
				lo--
			}
			lo = d.hedgeBefore(lo)
			it.Count, start = d.span(lo, k), lo
		case d.is(k, Article|Determiner) && d.atLocation(k):
			i = last // "₱100,000 in a car": where the cash was
			continue
		case d.is(k, Article):
			it.Article, start = true, k
		case d.is(k, Possessive) || d.punct(k, "'") || d.punct(k, "’") || strings.HasSuffix(d.word(k), "'s"):
			// "their passports", "victims' documents": belongings, not
			// what the police seized.
			i = last
			continue
		case d.is(k, Determiner):
			start = k
		}
		if d.negated(start) || !d.clauseAffirms(i, SeizeVerb) {
			i = last // "did not find any weapons"; "the suspects had phones; police seized …"
			continue
		}
		it.Span = d.span(start, last)
		if r.full(len(r.Items), MaxFound, "items") {
			return
		}
		r.Items = append(r.Items, it)
		i = last
	}
}

// atLocation reports whether a preposition of place comes right before
// token k: "in" of "in a car".
func (d *doc) atLocation(k int) bool {
	n, ok := d.setPhrase(d.lex.Money.Location, k-1)
	return n == 1 && ok && d.same(k-1, k)
}
