package rescue

import (
	"slices"
	"strconv"

	"github.com/antitrafficking/rescue/internal/extract"
)

// Figures that add to an earlier one: "Police arrested 10 suspects.
// Another 5 were arrested the next day" is 15 suspects, not 10.

// canAdd reports whether an additive group (extract.Group.Additive) of
// victims (ri 0) or suspects (1) adds to the report's total. It does when
// the total is set and the group before it of its role, in its sentence
// or the one before, gave or joined that total: a figure added to a part
// ("Of them, 5 were women. Another 3 were …") or far from any figure of
// its role (a report that gives its total first and its steps later:
// "rescued 81 … 28 … 53 more") is a part.
func (x *extractor) canAdd(g *extract.Group, ri int) bool {
	return x.total[ri] >= 0 && x.lastSent[ri] >= g.Sent-1 && (x.lastRel[ri] == relAgree || x.lastRel[ri] == relAdd) &&
		len(x.tallies) <= maxAddTallies
}

// maxAddTallies bounds the tallies a figure added to the total adjusts,
// far beyond any report, so that hostile text of thousands of additions
// and tallies costs time in proportion to the text: past it, a figure
// added is read as a part.
const maxAddTallies = 256

// addMore adds a group's figure to the total and to the tallies it falls
// in, and makes lower bounds of the tallies it may fall in: after "45
// women and 20 children", "Police also rescued 10 men" makes 75 victims,
// 55 adults, and leaves the 20 children and the women alone; after "10
// suspects, 4 of them Thai", "another 5 suspects" leaves at least 4 Thais.
func (x *extractor) addMore(figs []xfig, head, ri int, key0 extractKey, whole Count) {
	lead := figs[0]
	if head >= 0 {
		lead = figs[head]
	}
	t := &x.op.Counts[x.total[ri]]
	old := t.Count
	t.Count = old.Add(whole)
	note := "adds to the earlier figure: " + strconv.Quote(old.String()) + " and " + strconv.Quote(whole.String()) +
		" make " + strconv.Quote(t.Count.String())
	// The dimensions of the figure added: only a single figure's are
	// everyone's.
	var own, dims xfig
	if len(figs) == 1 || head >= 0 {
		own, dims = lead, lead
		if dims.age.IsZero() && lead.f.Adult {
			dims.age = AgeBetween(18, -1) // "10 men" fall in a tally of adults
		}
	}
	keys := make([]extractKey, 0, len(x.tallies))
	for k := range x.tallies {
		if k.of == key0.of && k.status == key0.status && k != key0 {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b extractKey) int { return x.tallies[a].idx - x.tallies[b].idx })
	for _, k := range keys {
		s := x.tallies[k]
		cur := &x.op.Counts[s.idx].Count
		switch tallyHolds(k, dims) {
		case holdsAll:
			*cur = cur.Add(whole)
		case holdsSome:
			if lb, ok := countLowerBound(*cur); ok {
				*cur = lb
			}
			s.exact, s.total = false, false
			x.tallies[k] = s
		}
	}
	// The figure's own dimensions that no tally holds yet.
	for _, k := range dimKeys(key0, own) {
		if _, ok := x.tallies[k]; !ok {
			x.setTally(k, whole, modePart)
		}
	}
	for k, xf := range figs {
		notes := xf.notes
		path := ""
		if k == 0 {
			notes, path = append(slices.Clip(notes), note), countsPath(x.total[ri])
		}
		x.find(xf.f.Phrase, path, joinNotes(compact(notes)))
	}
}

// How the people of a figure stand to a tally's key.
const (
	holdsNone = iota // none of them is of the key: "10 men" and a tally of women
	holdsSome        // some may be: "5 suspects" and a tally of Thais
	holdsAll         // all are: "10 men" and a tally of adults
)

// tallyHolds says whether the people a figure with dimensions xf counts
// are of key k.
func tallyHolds(k extractKey, xf xfig) int {
	h := holdsAll
	if k.nat.IsValid() {
		switch {
		case !xf.nat.IsValid():
			h = holdsSome
		case xf.nat != k.nat:
			return holdsNone
		}
	}
	if k.gender != 0 {
		switch {
		case xf.gender == 0:
			h = holdsSome
		case xf.gender != k.gender:
			return holdsNone
		}
	}
	if !k.age.IsZero() {
		switch {
		case xf.age.IsZero():
			h = holdsSome
		case ageWithin(xf.age, k.age):
		case agesApart(xf.age, k.age):
			return holdsNone
		default:
			h = holdsSome
		}
	}
	return h
}

// agesApart reports whether no age a allows is one b allows.
func agesApart(a, b Age) bool {
	alo, ahi, _ := a.Range()
	blo, bhi, _ := b.Range()
	return ahi >= 0 && ahi < blo || bhi >= 0 && alo > bhi
}

// dimKeys returns the keys of the dimensions a figure gives, one each.
func dimKeys(key0 extractKey, xf xfig) []extractKey {
	var keys []extractKey
	if xf.nat.IsValid() {
		keys = append(keys, extractKey{of: key0.of, status: key0.status, nat: xf.nat})
	}
	if !xf.age.IsZero() {
		keys = append(keys, extractKey{of: key0.of, status: key0.status, age: xf.age})
	}
	if xf.gender != 0 {
		keys = append(keys, extractKey{of: key0.of, status: key0.status, gender: xf.gender})
	}
	return keys
}
