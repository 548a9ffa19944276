package extract

import "strings"

// Amounts of money and the items seized.

// maxEquivalent bounds the tokens inside the brackets of an equivalent.
const maxEquivalent = 12

// currencyBefore returns the first token of a currency sign or word
// written before the number at token i ("US$10,000", "Rp12.5", "USD
// 500", "Rs. 500"), or i if there is none.
func (d *doc) currencyBefore(i int) int {
	if d.p.Currency == nil || i == 0 {
		return i
	}
	// Glued: the tokens before the number with no space between them.
	p := i
	for p > 0 && p > i-3 && !d.toks[p].space && d.tok(p-1).kind != kNum {
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
	for q > 0 && q > i-3 && !d.toks[q].space && d.tok(q-1).kind != kNum {
		q--
	}
	if d.same(q, i) && d.toks[q].kind != kNum && d.isCurrency(d.text[d.toks[q].s:d.tok(i-1).e]) {
		return q
	}
	return i
}

// currencyAfter returns the last token of the scale and currency written
// after the number at token i ("12.5 million", "130,000 yuan", "5,000 US
// dollars"), or i if no currency follows.
func (d *doc) currencyAfter(i int) int {
	if d.p.Currency == nil {
		return i
	}
	k := i + 1
	if d.isScale(k) && d.same(i, k) {
		k++
	}
	for n := 2; n >= 1; n-- {
		e := k + n - 1
		if e >= len(d.toks) || !d.same(i, e) || d.toks[k].kind != kWord && d.toks[k].kind != kPunct {
			continue
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

// findAmounts finds the sums of money: a number with a currency before or
// after it, its hedge, and the equivalents in brackets after it.
func (d *doc) findAmounts(r *Result) {
	for i := 0; i < len(d.toks) && !r.full(len(r.Amounts), MaxFound, "amounts"); i++ {
		if d.toks[i].kind != kNum {
			continue
		}
		pre := d.currencyBefore(i)
		hi := d.rangeEnd(i, pre)
		post := d.currencyAfter(hi)
		if pre == i && (post == hi || d.isScale(post)) {
			continue // no currency before or after: not money
		}
		first := d.hedgeBefore(pre)
		main := d.span(first, post)
		end := post
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
		a := Amount{Span: d.span(first, end), Main: main, Sent: int(d.toks[i].sent)}
		a.Seized = d.seized(first, end)
		r.Amounts = append(r.Amounts, a)
		i = end
	}
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

// seized reports whether the amount or item at tokens [first, last] was
// seized: its sentence has a verb of seizure, or "cash" stands beside it,
// and no word near it makes it a wage, a fee or a price ("a month",
// "charged", "worth").
func (d *doc) seized(first, last int) bool {
	for k := max(first-3, 0); k < first; k++ {
		if d.same(k, first) && d.is(k, NotCash) {
			return false // "charged Rp6 million", "worth P6 billion"
		}
	}
	for k := last + 1; k <= last+3 && k < len(d.toks); k++ {
		if d.same(k, last) && d.is(k, PerPeriod|NotCash) {
			return false // "$900 a month", "50,000 yuan each"
		}
	}
	return d.sentenceHas(first, SeizeVerb|CashNoun)
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
		if d.sentenceHas(s, SeizeVerb) {
			d.itemsIn(r, s, e)
		}
		s = e
	}
}

// itemsIn finds the items of the sentence of tokens [s, e).
func (d *doc) itemsIn(r *Result, s, e int) {
	for i := s; i < e; i++ {
		if d.toks[i].kind != kWord || !d.is(i, PhraseStart) {
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
		it.Span = d.span(start, last)
		if r.full(len(r.Items), MaxFound, "items") {
			return
		}
		r.Items = append(r.Items, it)
		i = last
	}
}
