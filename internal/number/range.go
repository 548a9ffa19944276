package number

// rangeWords join the two ends of a range, after "-" and "–": English
// "to", and the report languages' "sampai (dengan)" and "s/d" (Indonesian
// and Malay), "hingga" (Indonesian: "until"), "hanggang" (Tagalog).
var rangeWords = [...]string{"to", "sampai dengan", "sampai", "s/d", "s.d.", "hingga", "hanggang", "through"}

// CutTo reads the word or dash that joins the two ends of a range at
// s[i:], after spaces: a hyphen or an en dash, or one of rangeWords; "and"
// when between is set ("between 15 and 26"), "or" when or is set ("two or
// three"). It returns the index after it and the spaces after that.
func CutTo(s string, i int, between, or bool) (int, bool) {
	i = SkipSpace(s, i)
	if k := HyphenLen(s[i:]); k > 0 {
		return SkipSpace(s, i+k), true
	}
	t := s[i:]
	for _, w := range rangeWords {
		if rest, ok := CutWord(t, w); ok {
			return len(s) - len(rest), true
		}
	}
	if between {
		if rest, ok := CutWord(t, "and"); ok {
			return len(s) - len(rest), true
		}
	}
	if or {
		if rest, ok := CutWord(t, "or"); ok {
			return len(s) - len(rest), true
		}
	}
	return i, false
}

// ShareScale applies the scale word of a range's upper end hi to its lower
// end lo when lo has none of its own and is below hi's figure before the
// scale: "20 to 30 thousand" is 20,000 to 30,000, "VND61-130 million" is
// 61 to 130 million, and "1,500 to 2 thousand" stays 1,500 to 2,000.
// "mil" is shared the same way, for the caller to apply to both, and so is
// the letter "M" ("Rp 1-2 M"). Where sharing would make the range fall
// and lo may be short for a figure in hi's scale ("800-1.2 million"),
// [UnsharedScale] says so, for the caller to refuse first.
func ShareScale(lo, hi Number) Number {
	if lo.Trail != 1 || lo.Mil || lo.Vague || lo.Couple {
		return lo
	}
	if hi.Mil && hi.Trail == 1 {
		if Cmp(lo, hi) < 0 {
			lo.Mil = true
		}
		return lo
	}
	if hi.Trail <= 1 {
		return lo
	}
	y, ok := lo.mul(hi.Trail)
	if !ok || Cmp(y, hi) >= 0 {
		return lo
	}
	y.Trail, y.LetterM, y.CrAbbrev = hi.Trail, hi.LetterM, hi.CrAbbrev
	return y
}

// ShortRange reports whether a range whose upper end hi groups its digits
// ("30,000") and whose lower end lo, a plain number with no separator and
// no scale, is at most a thousandth of it, may be written short: "20-30,000"
// is 20 to 30,000 as it stands, but reports write it for 20,000 to 30,000
// ("2-300,000 baht" for 200,000 to 300,000). The text cannot decide, so the
// callers refuse it as ambiguous. "900-1,000" and "20,000-30,000" are not.
func ShortRange(lo, hi Number) bool {
	if lo.Grouped || lo.Trail != 1 || lo.Vague || lo.Couple || lo.Mil || lo.Frac != 0 ||
		!hi.Grouped || hi.Trail != 1 || lo.IsZero() {
		return false
	}
	y, ok := lo.mul(1000)
	return ok && Cmp(y, hi) <= 0
}

// UnsharedScale reports whether the scale word of a range's upper end hi
// would make the range fall if shared with its lower end lo, a plain
// number (no scale, no grouping) below that scale: "800-1.2 million" is
// 800 to 1,200,000 as it stands, but reports write it for 800,000 to 1.2
// million; "3-2 thousand" falls if shared and is a slip if not. The text
// cannot decide, so the callers refuse it as ambiguous, as they refuse
// [ShortRange]. A lower end written out at or above the scale ("1500-2
// thousand") or grouped ("900,000-1.2 million") keeps its value: it cannot
// be short.
func UnsharedScale(lo, hi Number) bool {
	if lo.Trail != 1 || lo.Mil || lo.Vague || lo.Couple || lo.Grouped || lo.IsZero() {
		return false
	}
	var scale int64
	switch {
	case hi.Trail > 1:
		scale = hi.Trail
		if y, ok := lo.mul(hi.Trail); ok && Cmp(y, hi) < 0 {
			return false // shared, the range rises
		}
	case hi.Mil:
		scale = 1000 // the smaller of its readings
		if Cmp(lo, hi) < 0 {
			return false
		}
	default:
		return false
	}
	return Cmp(lo, FromInt(scale)) < 0
}
