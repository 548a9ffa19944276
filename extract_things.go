package rescue

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/antitrafficking/rescue/internal/extract"
	"golang.org/x/text/language"
)

// From the engine's amounts, items and triggers to the draft's evidence
// and triggers.

func evidencePath(i int, field string) string {
	p := "evidence[" + strconv.Itoa(i) + "]"
	if field != "" {
		p += "." + field
	}
	return p
}

// evidence records the cash and the items seized.
func (x *extractor) evidence() {
	type pos struct {
		start int
		add   func()
	}
	// A sum of cash broken down into parts of which some are goods or
	// counterfeit is no sum of cash: its parts are recorded instead.
	mixed := map[int]bool{}
	for _, a := range x.r.Amounts {
		if a.Whole >= 0 && (!a.Goods.IsZero() || a.Counterfeit) {
			if w := &x.r.Amounts[a.Whole]; w.Goods.IsZero() && !w.Counterfeit {
				mixed[a.Whole] = true
			}
		}
	}
	// Amounts and items in the order of the text, so that evidence is
	// numbered as the report lists it.
	var all []pos
	for i := range x.r.Amounts {
		a := &x.r.Amounts[i]
		all = append(all, pos{a.Span.Start, func() { x.cash(a, mixed[i], a.Whole >= 0 && mixed[a.Whole]) }})
	}
	type once struct {
		sent int
		kind string
	}
	seen := map[once]bool{} // a kind of item once per sentence
	for i := range x.r.Items {
		it := &x.r.Items[i]
		all = append(all, pos{it.Span.Start, func() {
			k := once{it.Sent, it.Kind}
			if seen[k] {
				return
			}
			seen[k] = true
			x.item(it)
		}})
	}
	slices.SortStableFunc(all, func(a, b pos) int { return a.start - b.start })
	for _, p := range all {
		p.add()
	}
}

func (x *extractor) nextEvidenceID() string { return "E" + strconv.Itoa(len(x.op.Evidence)+1) }

// cash records an amount seized: as cash, as the value of goods ("10
// million baht in assets"), or as counterfeit money, which is an item
// whose face value is no value. A part of a sum of cash already counted
// ("₱200,000 in cash, including ₱100,000 in a safe"), that sum named
// again ("the ₱200,000"), and an amount that may be the same sum in
// another currency get a finding and nothing else.
//
// mixed is set for a sum broken down into parts of which some are goods
// ("US$50,000: US$30,000 in cash and US$20,000 in cryptocurrency"): its
// parts are recorded instead, each as what it is (inMixed).
func (x *extractor) cash(a *extract.Amount, mixed, inMixed bool) {
	if _, ok := x.skip[a.Sent]; ok {
		return
	}
	if mixed {
		if a.Seized {
			x.find(a.Main, "", "a sum of cash and other goods: recorded by its parts")
		}
		return
	}
	if a.Whole >= 0 && !inMixed {
		if w := &x.r.Amounts[a.Whole]; w.Seized && w.Goods.IsZero() && !w.Counterfeit {
			x.find(a.Main, "", "a part of an amount before it, or that amount again: not counted again")
			return
		}
	}
	if !a.Seized {
		return
	}
	switch {
	case a.Unsure:
		x.find(a.Main, "", "the same sum in another currency as the amount before it, or another sum: not recorded")
	case a.Counterfeit:
		x.op.Evidence = append(x.op.Evidence, Evidence{ID: x.nextEvidenceID(), Kind: EvidenceOther, Description: Personal(x.span(a.Span))})
		x.find(a.Span, evidencePath(len(x.op.Evidence)-1, "kind"), "counterfeit money: its face value is neither cash nor a value")
	case !a.Goods.IsZero():
		x.goods(a)
	default:
		amt, note, err := x.reported(a)
		if err != nil {
			x.find(a.Span, "", amountNote(err))
			return
		}
		x.op.Evidence = append(x.op.Evidence, Evidence{ID: x.nextEvidenceID(), Kind: Cash, Cash: amt})
		x.find(a.Span, evidencePath(len(x.op.Evidence)-1, "cash"), note)
	}
}

// goods records the goods an amount is the value of: an item of the kind
// they name, else of other goods, with the amount as its value.
func (x *extractor) goods(a *extract.Amount) {
	kind := EvidenceOther
	if k, err := ParseEvidenceKind(a.GoodsKind); a.GoodsKind != "" && err == nil {
		kind = k
	}
	e := Evidence{ID: x.nextEvidenceID(), Kind: kind, Description: Personal(x.span(a.Span))}
	v, note, err := x.reported(a)
	path := "value"
	if err != nil {
		note, path = amountNote(err), "kind"
	} else {
		e.Value = v
		note = strings.TrimPrefix(note+"; ", "; ") + "the value of goods seized, not cash"
	}
	x.op.Evidence = append(x.op.Evidence, e)
	x.find(a.Span, evidencePath(len(x.op.Evidence)-1, path), note)
}

// reported reads an amount with its equivalents, in brackets and after
// it. When the whole does not read but the amount alone does, the
// equivalents are left out and the note says why: a sign of several
// currencies ("($18,900)" in a report of yuan), or an equivalent in the
// amount's own currency, which the parser refuses.
func (x *extractor) reported(a *extract.Amount) (ReportedAmount, string, error) {
	text := x.span(a.Written)
	if len(a.Equivalents) > 0 {
		main := x.span(a.Main)
		var eqs []string
		if in := strings.TrimSpace(text[len(main):]); in != "" {
			eqs = append(eqs, strings.TrimSuffix(strings.TrimPrefix(in, "("), ")"))
		}
		for _, sp := range a.Equivalents {
			eqs = append(eqs, x.span(sp))
		}
		text = main + " (" + strings.Join(eqs, "; ") + ")"
	}
	amt, err := x.amount(text)
	if err == nil || a.Written == a.Main && len(a.Equivalents) == 0 {
		return amt, "", err
	}
	m, err2 := x.amount(x.span(a.Main))
	if err2 != nil {
		return ReportedAmount{}, "", err
	}
	where := "in brackets "
	if len(a.Equivalents) > 0 {
		where = ""
	}
	return m, "the equivalent " + where + "is left out: " + errDetail(errors.Unwrap(err)), nil
}

// amountNote says why an amount is not recorded.
func amountNote(err error) string {
	switch {
	case errors.Is(err, ErrAmbiguousCurrency):
		return "the currency is ambiguous: " + errDetail(err) + "; not recorded"
	case errors.Is(err, ErrAmbiguous):
		return "the amount is ambiguous: " + errDetail(err) + "; not recorded"
	}
	return "the amount is not read: " + errDetail(err)
}

// amount reads an amount in the context of the report's country, when the
// draft has one: "$" in a report from the United States is the US dollar,
// "P" in one from the Philippines the peso. The context is the region
// alone, with no language: a report in English quotes amounts as the
// country writes them ("Rp 150.000" in Indonesia is 150,000), so the
// language of the text does not settle a dot before three digits, and
// such an amount is left open with its finding.
func (x *extractor) amount(s string) (ReportedAmount, error) {
	if c := x.op.Place().Country; c.IsValid() {
		if r, err := language.ParseRegion(c.Alpha2()); err == nil {
			if t, err := language.Compose(r); err == nil {
				return ParseReportedAmountIn(s, t)
			}
		}
	}
	return ParseReportedAmount(s)
}

// item records an item seized.
func (x *extractor) item(it *extract.Item) {
	if _, ok := x.skip[it.Sent]; ok {
		return
	}
	kind, err := ParseEvidenceKind(it.Kind)
	if err != nil {
		return // the lexicon names a kind the vocabulary lacks: a bug caught by the tests
	}
	e := Evidence{ID: x.nextEvidenceID(), Kind: kind, Description: Personal(x.span(it.Span))}
	note := ""
	switch {
	case !it.Count.IsZero():
		c, err := ParseCount(x.span(it.Count))
		if err != nil {
			note = "the count is not read: " + errDetail(err)
		} else {
			e.Quantity = c
		}
	case it.Mass:
	case it.Plural:
		e.Quantity = Count{N: 2, Qualifier: AtLeast}
		note = "a plural with no figure: at least 2"
	default:
		e.Quantity = Count{N: 1}
	}
	x.op.Evidence = append(x.op.Evidence, e)
	path := evidencePath(len(x.op.Evidence)-1, "")
	if !e.Quantity.IsZero() {
		path = evidencePath(len(x.op.Evidence)-1, "quantity")
	}
	x.find(it.Span, path, note)
}

// triggers records a tip or a hotline call that started the operation.
func (x *extractor) triggers() {
	for _, m := range x.r.Triggers {
		if _, ok := x.skip[m.Sent]; ok {
			continue
		}
		kind, err := ParseTriggerKind(m.Kind)
		if err != nil {
			continue
		}
		dup := false
		for _, t := range x.op.Triggers {
			dup = dup || t.Kind == kind
		}
		if dup {
			continue
		}
		x.op.Triggers = append(x.op.Triggers, Trigger{Kind: kind})
		x.find(m.Span, "triggers["+strconv.Itoa(len(x.op.Triggers)-1)+"].kind", "")
	}
}
