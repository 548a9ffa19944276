package rescue

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// A safety net under the reading of figures: the parts of one breakdown
// the draft holds must fit in their whole. Each reading rule decides on
// what it sees; two of them may still store parts that cannot all be
// true together ("47 Indians" and "at least 1 Lao" of 47 victims, "58
// Thais" and "at least 17 Indonesians" of 58). Such a draft is one
// Validate refuses, and one of its parts is a wrong value: the parts with
// the weakest evidence are left out, with a finding.

// netDims are the dimensions whose breakdowns the net checks: the parts
// by nationality, by sex and by age. Parts by age may overlap ("0-17"
// and "13-15"): they add up as Validate adds them (disjointAges).
var netDims = [...]func(k extractKey) (extractKey, bool){
	func(k extractKey) (extractKey, bool) { w := k; w.nat = Nationality{}; return w, k.nat.IsValid() },
	func(k extractKey) (extractKey, bool) { w := k; w.gender = 0; return w, k.gender != 0 },
	func(k extractKey) (extractKey, bool) { w := k; w.age = Age{}; return w, !k.age.IsZero() },
}

// netDimNames are the names of netDims, for the notes.
var netDimNames = [...]string{"nationality", "sex", "age"}

// breakdownNet leaves out the parts of a breakdown by nationality or sex
// that add up to more than their whole allows: first the lower bounds
// read from another sentence than the whole's, then any lower bound, then
// exact parts of another sentence, then every part. It runs after the
// figures of people are read and before anything else reads the tallies.
func (x *extractor) breakdownNet() {
	if len(x.tallies) < 2 {
		return
	}
	keys := make([]extractKey, 0, len(x.tallies))
	for k := range x.tallies {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b extractKey) int { return x.tallies[a].idx - x.tallies[b].idx })
	drop := map[int]string{} // the indexes of the tallies left out, and why
	for d, wider := range netDims {
		parts := map[extractKey][]extractKey{} // the parts of each whole, in the order of the tallies
		var wholes []extractKey
		for _, k := range keys {
			w, ok := wider(k)
			if !ok {
				continue
			}
			if _, ok := x.tallies[w]; !ok {
				continue
			}
			if _, seen := parts[w]; !seen {
				wholes = append(wholes, w)
			}
			parts[w] = append(parts[w], k)
		}
		for _, w := range wholes {
			x.netSplit(w, parts[w], netDimNames[d], drop)
		}
	}
	if len(drop) > 0 {
		x.dropTallies(drop)
	}
}

// netSplit checks the parts of whole w along one dimension, and marks in
// drop those it leaves out.
func (x *extractor) netSplit(w extractKey, parts []extractKey, dim string, drop map[int]string) {
	ws := x.tallies[w]
	if _, ok := drop[ws.idx]; ok {
		return
	}
	_, hi, ok := countBounds(x.op.Counts[ws.idx].Count)
	if !ok || hi == math.MaxInt {
		return
	}
	sum := func() int {
		n := 0
		var ages []agePart
		for _, k := range parts {
			s := x.tallies[k]
			if _, gone := drop[s.idx]; gone {
				continue
			}
			lo, _, ok := countBounds(x.op.Counts[s.idx].Count)
			if !ok {
				continue
			}
			if dim == "age" {
				alo, ahi, _ := k.age.Range()
				ages = append(ages, agePart{alo, ahi, lo})
				continue
			}
			n = countSatAdd(n, lo)
		}
		if dim == "age" {
			return disjointAges(ages)
		}
		return n
	}
	total := sum()
	if total <= hi {
		return
	}
	note := "the parts of " + countsPath(ws.idx) + " (" + strconv.Quote(x.op.Counts[ws.idx].Count.String()) +
		") by " + dim + " add up to at least " + strconv.Itoa(total) + ", more than it allows: "
	for tier := range 4 {
		for _, k := range parts {
			s := x.tallies[k]
			if _, gone := drop[s.idx]; gone {
				continue
			}
			other := s.sent != ws.sent
			weak := [4]bool{!s.exact && other, !s.exact, other, true}[tier]
			if weak {
				why := "the least sure of them (a lower bound read from another sentence) is left out"
				switch tier {
				case 1:
					why = "the least sure of them (a lower bound) is left out"
				case 2:
					why = "the least sure of them (read from another sentence) is left out"
				case 3:
					why = "the text does not say which of them is wrong: all are left out"
				}
				drop[s.idx] = note + why
			}
		}
		if sum() <= hi {
			return
		}
	}
}

// dropTallies removes the tallies at the indexes of drop, with the
// tallies narrower than one of them along its dimension's value (a part
// by nationality and sex of a nationality left out), and renumbers the
// paths of the findings, the slots and the totals.
func (x *extractor) dropTallies(drop map[int]string) {
	dropped := map[extractKey]string{}
	for k, s := range x.tallies {
		if why, ok := drop[s.idx]; ok {
			dropped[k] = why
		}
	}
	for k, s := range x.tallies {
		if _, ok := drop[s.idx]; ok {
			continue
		}
		// The wider keys of k are k with some of its dimensions cleared:
		// eight at most, so that this is linear in the tallies.
		for m := range 8 {
			w := k
			if m&1 != 0 {
				w.nat = Nationality{}
			}
			if m&2 != 0 {
				w.gender = 0
			}
			if m&4 != 0 {
				w.age = Age{}
			}
			if why, ok := dropped[w]; ok && w != k {
				drop[s.idx] = why
				break
			}
		}
	}
	newIdx := make([]int, len(x.op.Counts))
	kept := x.op.Counts[:0]
	for i, t := range x.op.Counts {
		if _, ok := drop[i]; ok {
			newIdx[i] = -1
			continue
		}
		newIdx[i] = len(kept)
		kept = append(kept, t)
	}
	x.op.Counts = kept
	for k, s := range x.tallies {
		if newIdx[s.idx] < 0 {
			delete(x.tallies, k)
			continue
		}
		s.idx = newIdx[s.idx]
		x.tallies[k] = s
	}
	for ri, t := range x.total {
		if t >= 0 {
			x.total[ri] = newIdx[t]
		}
	}
	noted := map[int]bool{}
	for i := range x.findings {
		f := &x.findings[i]
		if old, _, ok := countsIndex(f.Path); ok && old < len(newIdx) && newIdx[old] < 0 {
			f.Path, f.Note = "", joinNote(f.Note, drop[old])
			noted[old] = true
		}
	}
	for i := range newIdx {
		if why, ok := drop[i]; ok && !noted[i] {
			// A tally no phrase of its own filled ("at least 2
			// Venezuelans" of "two Venezuelan minors"): said at the end.
			x.findings = append(x.findings, Finding{Start: len(x.text), End: len(x.text), Note: "a tally read from several phrases: " + why})
		}
	}
	for i := range x.findings {
		f := &x.findings[i]
		if old, rest, ok := countsIndex(f.Path); ok && old < len(newIdx) {
			f.Path = countsPath(newIdx[old]) + rest
		}
		f.Note = renumberCounts(f.Note, newIdx)
	}
}

// renumberCounts rewrites the paths "counts[N]" in a note after tallies
// were left out: newIdx maps each old index to the new one, or -1.
func renumberCounts(note string, newIdx []int) string {
	if !strings.Contains(note, "counts[") {
		return note
	}
	var b strings.Builder
	for {
		before, after, ok := strings.Cut(note, "counts[")
		if !ok {
			b.WriteString(note)
			return b.String()
		}
		b.WriteString(before)
		num, rest, ok := strings.Cut(after, "]")
		n, err := strconv.Atoi(num)
		switch {
		case !ok || err != nil || n < 0 || n >= len(newIdx):
			b.WriteString("counts[")
			note = after
			continue
		case newIdx[n] < 0:
			b.WriteString("a tally left out")
		default:
			b.WriteString(countsPath(newIdx[n]))
		}
		note = rest
	}
}

// countsIndex reads the index of a path "counts[3]" or "counts[3].count",
// and what follows the brackets.
func countsIndex(path string) (int, string, bool) {
	rest, ok := strings.CutPrefix(path, "counts[")
	if !ok {
		return 0, "", false
	}
	num, rest, ok := strings.Cut(rest, "]")
	if !ok {
		return 0, "", false
	}
	n, err := strconv.Atoi(num)
	return n, rest, err == nil && n >= 0
}
