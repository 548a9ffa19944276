package rescue

import (
	"errors"
	"slices"
	"strconv"

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
	// Amounts and items in the order of the text, so that evidence is
	// numbered as the report lists it.
	var all []pos
	for i := range x.r.Amounts {
		a := &x.r.Amounts[i]
		all = append(all, pos{a.Span.Start, func() { x.cash(a) }})
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

// cash records an amount of money seized.
func (x *extractor) cash(a *extract.Amount) {
	if _, ok := x.skip[a.Sent]; ok || !a.Seized {
		return
	}
	amt, err := x.amount(x.span(a.Span))
	note := ""
	if err != nil && a.Main != a.Span {
		// The amount may read without its equivalent in brackets, whose
		// sign names several currencies ("($18,900)" in a report of
		// yuan): keep the amount, and say what was left out.
		if m, err2 := x.amount(x.span(a.Main)); err2 == nil {
			note = "the equivalent in brackets is left out: " + errDetail(errors.Unwrap(err))
			amt, err = m, nil
		}
	}
	if err != nil {
		switch {
		case errors.Is(err, ErrAmbiguousCurrency):
			x.find(a.Span, "", "the currency is ambiguous: "+errDetail(err)+"; not recorded")
		case errors.Is(err, ErrAmbiguous):
			x.find(a.Span, "", "the amount is ambiguous: "+errDetail(err)+"; not recorded")
		default:
			x.find(a.Span, "", "the amount is not read: "+errDetail(err))
		}
		return
	}
	x.op.Evidence = append(x.op.Evidence, Evidence{ID: x.nextEvidenceID(), Kind: Cash, Cash: amt})
	x.find(a.Span, evidencePath(len(x.op.Evidence)-1, "cash"), note)
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
