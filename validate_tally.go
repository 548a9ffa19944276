package rescue

import (
	"math"
	"slices"
	"strconv"
)

// The dimensions that narrow a tally, as bits of a mask.
const (
	dimNationality uint8 = 1 << iota
	dimGender
	dimAge
	dimStatus
	dimAll = dimNationality | dimGender | dimAge | dimStatus
)

var dimNames = [...]string{"nationality", "gender", "age", "status"}

// tallyKey is what a tally counts: whom, narrowed how, according to which
// source. Two tallies with one key count the same people.
type tallyKey struct {
	of     TallyOf
	nat    Nationality
	gender Gender
	age    Age
	status uint8 // the VictimStatus or SuspectStatus, as of says
	source string
}

func (t *Tally) key() tallyKey {
	k := tallyKey{of: t.Of, nat: t.Nationality, gender: t.Gender, age: t.Age, source: t.Source}
	if t.Of == OfSuspects {
		k.status = uint8(t.SuspectStatus)
	} else {
		k.status = uint8(t.VictimStatus)
	}
	return k
}

// mask returns the dimensions k narrows by.
func (k tallyKey) mask() uint8 {
	var m uint8
	if k.nat != (Nationality{}) {
		m |= dimNationality
	}
	if k.gender != 0 {
		m |= dimGender
	}
	if !k.age.IsZero() {
		m |= dimAge
	}
	if k.status != 0 {
		m |= dimStatus
	}
	return m
}

// only returns k narrowed by the dimensions of m alone.
func (k tallyKey) only(m uint8) tallyKey {
	if m&dimNationality == 0 {
		k.nat = Nationality{}
	}
	if m&dimGender == 0 {
		k.gender = 0
	}
	if m&dimAge == 0 {
		k.age = Age{}
	}
	if m&dimStatus == 0 {
		k.status = 0
	}
	return k
}

// describe returns what k counts in words, for a message: "victims
// (nationality TH)".
func (k tallyKey) describe() string {
	s := "victims"
	if k.of == OfSuspects {
		s = "suspects"
	}
	var dims []byte
	add := func(name, val string) {
		if len(dims) > 0 {
			dims = append(dims, ", "...)
		}
		dims = append(dims, name...)
		dims = append(dims, ' ')
		dims = append(dims, val...)
	}
	if k.nat != (Nationality{}) {
		add("nationality", k.nat.String())
	}
	if k.gender != 0 {
		add("gender", k.gender.String())
	}
	if !k.age.IsZero() {
		add("age", k.age.String())
	}
	if k.status != 0 {
		if k.of == OfSuspects {
			add("status", SuspectStatus(k.status).String())
		} else {
			add("status", VictimStatus(k.status).String())
		}
	}
	if len(dims) > 0 {
		s += " (" + string(dims) + ")"
	}
	return s
}

// countBounds returns the least and greatest number a count allows: hi is
// math.MaxInt when it has no upper bound. ok is false for an estimate
// ("about 300"), which bounds nothing, and for an invalid count.
func countBounds(c Count) (lo, hi int, ok bool) {
	if c.Validate() != nil || c.Qualifier == About {
		return 0, 0, false
	}
	iv := c.interval() // "more than 10" allows 11 and up, "20 to 30" 20 to 30
	if iv.inf {
		return iv.lo, math.MaxInt, true
	}
	return iv.lo, iv.hi, true
}

// tallyBounds is what the tallies of one key allow together: the greatest
// of their lower bounds and the least of their upper bounds, and where
// they come from.
type tallyBounds struct {
	lo, hi     int
	loAt, hiAt int // the indexes of the tallies that set them
}

func (b *tallyBounds) add(i, lo, hi int) {
	if lo > b.lo {
		b.lo, b.loAt = lo, i
	}
	if hi < b.hi {
		b.hi, b.hiAt = hi, i
	}
}

// validateTallies checks every tally on its own and against the others
// and the records, as [Operation.Validate] describes.
func (op *Operation) validateTallies(v *validator, ids *idIndex) {
	if len(op.Counts) == 0 {
		return
	}
	var root path
	var sources map[string]bool
	for i := range op.Counts {
		t := &op.Counts[i]
		p := root.elem("counts", i)
		t.validate(v, p, ids)
		if t.Source != "" {
			if sources == nil {
				sources = make(map[string]bool, len(op.Sources))
				for _, s := range op.Sources {
					sources[s.URL] = true
				}
			}
			if !sources[t.Source] {
				addf1(v, p.field("source"), ErrUnknownReference, "no source with URL %q in the operation", t.Source)
			}
		}
	}

	// What the tallies of each key allow, within each source. keys holds
	// the keys in the order of their first tally, so that problems are
	// reported in a stable order.
	bounds := make(map[tallyKey]*tallyBounds, len(op.Counts))
	var keys []tallyKey
	for i := range op.Counts {
		t := &op.Counts[i]
		if !t.Of.IsValid() {
			continue
		}
		lo, hi, ok := countBounds(t.Count)
		if !ok {
			continue
		}
		k := t.key()
		b := bounds[k]
		if b == nil {
			b = &tallyBounds{lo: -1, hi: math.MaxInt, loAt: -1, hiAt: -1}
			bounds[k] = b
			keys = append(keys, k)
		}
		if b.hiAt >= 0 && lo > b.hi || b.loAt >= 0 && hi < b.lo {
			other := b.hiAt
			if hi < b.lo {
				other = b.loAt
			}
			cp := root.elem("counts", i)
			addf3(v, cp.field("count"), ErrInvalid,
				"%s, but counts[%d] of the same source counts the same people as %s", t.Count, other, op.Counts[other].Count)
		}
		b.add(i, lo, hi)
	}

	// A narrower tally cannot exceed a wider one of its source; the
	// breakdowns of a tally along one dimension cannot add up to more.
	type split struct {
		parent tallyKey
		dim    uint8
	}
	sums := make(map[split]int)
	parts := make(map[split]int)
	agesOf := make(map[split][]agePart) // the parts of a split by age
	var splits []split
	// A tally is narrower than one of the same dimensions, or fewer, whose
	// age range holds its own ("5 aged 13-15" of "10 aged 0-17").
	byRest := make(map[tallyKey][]tallyKey)
	for _, k := range keys {
		if !k.age.IsZero() {
			r := k.only(dimAll &^ dimAge)
			byRest[r] = append(byRest[r], k)
		}
	}
	tooMany := func(b, w *tallyBounds) {
		cp := root.elem("counts", b.loAt)
		addf3(v, cp.field("count"), ErrInvalid,
			"at least %d, more than the wider counts[%d] allows (%s)", b.lo, w.hiAt, op.Counts[w.hiAt].Count)
	}
	for _, k := range keys {
		b := bounds[k]
		m := k.mask()
		if m == 0 {
			continue
		}
		for sub := (m - 1) & m; ; sub = (sub - 1) & m {
			if w := bounds[k.only(sub)]; w != nil && b.lo > w.hi {
				tooMany(b, w)
			}
			if sub == 0 {
				break
			}
		}
		if m&dimAge != 0 {
			for sub := m; sub != 0; sub = (sub - 1) & m {
				if sub&dimAge == 0 {
					continue
				}
				for _, wk := range byRest[k.only(sub&^dimAge)] {
					if w := bounds[wk]; wk.mask() == sub && wk.age != k.age && ageWithin(k.age, wk.age) && b.lo > w.hi {
						tooMany(b, w)
					}
				}
			}
		}
		for d := uint8(1); d <= dimStatus; d <<= 1 {
			if m&d != 0 {
				s := split{k.only(m &^ d), d}
				if _, seen := sums[s]; !seen {
					splits = append(splits, s)
				}
				if d == dimAge {
					lo, hi, _ := k.age.Range()
					agesOf[s] = append(agesOf[s], agePart{lo, hi, b.lo})
				}
				sums[s] = countSatAdd(sums[s], b.lo)
				parts[s]++
			}
		}
	}
	for _, s := range splits {
		if s.dim == dimAge {
			sums[s] = disjointAges(agesOf[s])
		}
		// One part alone is a narrower tally, checked above.
		if w := bounds[s.parent]; w != nil && parts[s] > 1 && sums[s] > w.hi {
			cp := root.elem("counts", w.hiAt)
			addf2(v, cp.field("count"), ErrInvalid,
				"%s, but its breakdown by %s adds up to at least "+strconv.Itoa(sums[s]), op.Counts[w.hiAt].Count, dimName(s.dim))
		}
	}

	op.validateTallyRecords(v)
}

// agePart is a tally narrowed by age within a split: its ages and the
// least it counts.
type agePart struct{ lo, hi, n int }

// disjointAges returns the most that parts whose ages do not overlap count
// together: the least their wider tally can count, since overlapping ages
// ("0-17" and "13-15") may count the same people. It is the classic
// weighted interval scheduling, over the parts sorted by their last age.
func disjointAges(parts []agePart) int {
	for i := range parts {
		if parts[i].hi < 0 {
			parts[i].hi = maxAge
		}
	}
	slices.SortFunc(parts, func(a, b agePart) int { return a.hi - b.hi })
	best := make([]int, len(parts)+1) // best[i]: of the first i parts
	for i, p := range parts {
		// The parts that end before p begins are a prefix.
		j, _ := slices.BinarySearchFunc(parts[:i], p.lo, func(q agePart, lo int) int {
			if q.hi < lo {
				return -1
			}
			return 1
		})
		best[i+1] = max(best[i], countSatAdd(best[j], p.n))
	}
	return best[len(parts)]
}

func dimName(d uint8) string {
	for i, name := range dimNames {
		if d == 1<<i {
			return name
		}
	}
	return "?"
}

// validateTallyRecords checks that the individual records are no more
// than the tallies allow. Sources may disagree, so the records are held to
// the most generous of them: for each thing counted, the greatest upper
// bound any source gives.
func (op *Operation) validateTallyRecords(v *validator) {
	type limit struct {
		key     tallyKey
		hi, at  int
		records int
	}
	var limits []*limit
	byKey := make(map[tallyKey]*limit)
	for i := range op.Counts {
		t := &op.Counts[i]
		if !t.Of.IsValid() {
			continue
		}
		k := t.key()
		k.source = ""
		_, hi, ok := countBounds(t.Count)
		if !ok {
			hi = math.MaxInt // an estimate bounds nothing
		}
		if l := byKey[k]; l != nil {
			if hi > l.hi {
				l.hi, l.at = hi, i
			}
			continue
		}
		l := &limit{key: k, hi: hi, at: i}
		byKey[k] = l
		limits = append(limits, l)
	}
	// Tallies narrowed by age count the records whose age lies within
	// theirs: the records' ages are gathered by the tallies' other
	// dimensions (at most 11,476 distinct ages each), and matched once.
	ages := make(map[tallyKey]map[Age]int)
	for _, l := range limits {
		if l.hi != math.MaxInt && !l.key.age.IsZero() {
			ages[l.key.only(dimAll&^dimAge)] = nil
		}
	}
	count := func(k tallyKey, age Age) {
		m := k.mask()
		for sub := m; ; sub = (sub - 1) & m {
			sk := k.only(sub)
			if l := byKey[sk]; l != nil {
				l.records++
			}
			if h, ok := ages[sk]; ok && !age.IsZero() {
				if h == nil {
					h = make(map[Age]int)
					ages[sk] = h
				}
				h[age]++
			}
			if sub == 0 {
				break
			}
		}
	}
	for i := range op.Victims {
		r := &op.Victims[i]
		count(tallyKey{of: OfVictims, nat: r.Nationality, gender: r.Gender, status: uint8(r.Status)}, r.Age)
	}
	for i := range op.Suspects {
		r := &op.Suspects[i]
		count(tallyKey{of: OfSuspects, nat: r.Nationality, gender: r.Gender, status: uint8(r.Status)}, r.Age)
	}
	var root path
	for _, l := range limits {
		if l.hi == math.MaxInt {
			continue
		}
		if !l.key.age.IsZero() {
			l.records = 0
			for a, n := range ages[l.key.only(dimAll&^dimAge)] {
				if ageWithin(a, l.key.age) {
					l.records += n
				}
			}
		}
		if l.records > l.hi {
			cp := root.elem("counts", l.at)
			addf2(v, cp.field("count"), ErrInvalid,
				"%s, but the operation has "+strconv.Itoa(l.records)+" records of %s", op.Counts[l.at].Count, l.key.describe())
		}
	}
}

// ageWithin reports whether every age a allows lies within w.
func ageWithin(a, w Age) bool {
	alo, ahi, ok1 := a.Range()
	wlo, whi, ok2 := w.Range()
	if !ok1 || !ok2 {
		return false
	}
	if whi < 0 {
		return alo >= wlo
	}
	return ahi >= 0 && alo >= wlo && ahi <= whi
}

// validate checks a tally on its own: whom it counts, its count, codes of
// the right kind, the fields that describe its kind of people only, and
// references to the operation's groups.
func (t *Tally) validate(v *validator, p path, ids *idIndex) {
	switch {
	case t.Of == 0:
		v.addf(p.field("of"), ErrRequired, "a tally counts Victims or Suspects")
	default:
		checkCode(v, p, "of", t.Of)
	}
	v.addCount(p.field("count"), t.Count)
	checkCode(v, p, "gender", t.Gender)
	v.text(p.field("source"), t.Source)
	victimField := func(name string, set bool) {
		if set {
			addf1(v, p.field(name), ErrInvalid, "%s describes victims, and this tally counts suspects", name)
		}
	}
	suspectField := func(name string, set bool) {
		if set {
			addf1(v, p.field(name), ErrInvalid, "%s describes suspects, and this tally counts victims", name)
		}
	}
	if t.Of == OfSuspects {
		if t.VictimStatus != 0 {
			v.addf(p.field("status"), ErrInvalid, "a victim's status in a tally of suspects")
		}
		checkCode(v, p, "status", t.SuspectStatus)
		victimField("traffickingStatus", t.TraffickingStatus != 0)
		victimField("recruitment", !t.Recruitment.IsZero())
		victimField("controls", len(t.Controls) > 0)
		victimField("exploitation", len(t.Exploitation) > 0)
		victimField("labourSector", t.LabourSector != 0)
		victimField("sexExploitation", len(t.SexExploitation) > 0)
		victimField("destinations", len(t.Destinations) > 0)
		victimField("exploitedIn", t.ExploitedIn.IsValid())
		victimField("consularContact", !t.ConsularContact.IsZero())
		victimField("repatriation", t.Repatriation != (Repatriation{}))
	} else {
		if t.SuspectStatus != 0 {
			v.addf(p.field("status"), ErrInvalid, "a suspect's status in a tally of victims")
		}
		checkCode(v, p, "status", t.VictimStatus)
		suspectField("group", t.Group != "")
		suspectField("roles", len(t.Roles) > 0)
		suspectField("arrested", !t.Arrested.IsZero())
		suspectField("charges", len(t.Charges) > 0)
	}
	checkCode(v, p, "traffickingStatus", t.TraffickingStatus)
	checkCode(v, p, "labourSector", t.LabourSector)
	checkCodes(v, p, "controls", t.Controls)
	checkCodes(v, p, "exploitation", t.Exploitation)
	checkCodes(v, p, "sexExploitation", t.SexExploitation)
	t.Recruitment.validate(v, p.field("recruitment"))
	checkCode(v, p.field("repatriation"), "status", t.Repatriation.Status)
	checkCodes(v, p, "roles", t.Roles)
	for i, c := range t.Destinations {
		if !c.IsValid() {
			v.add(p.elem("destinations", i), ErrRequired)
		}
	}
	if t.Group != "" {
		v.ref(p.field("group"), t.Group)
		if ids.kind(t.Group) != idGroup {
			addf1(v, p.field("group"), ErrUnknownReference, "no group %q in the operation", t.Group)
		}
	}
	if err := t.Arrested.Validate(); err != nil {
		v.add(p.field("arrested"), err)
	}
	validateCharges(v, p, t.Charges)
}
