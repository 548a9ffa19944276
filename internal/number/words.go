package number

// wordMax bounds a number in words: far above any real figure, and small
// enough that the arithmetic never overflows.
const wordMax = 1_000_000_000_000_000

// class is the kind of a number word.
type class uint8

const (
	clsNone    class = iota
	clsZero          // zero
	clsUnit          // one … nine
	clsTeen          // ten … nineteen
	clsTens          // twenty … ninety
	clsHundred       // hundred
	clsScale         // thousand, lakh, million, crore, billion, trillion
	clsDozen         // dozen
	clsA             // a, an
	clsCouple        // couple
	clsHalf          // half
	clsAdj           // several, few, many, …: the first factor of a vague plural
	clsPlural        // tens, dozens, scores, hundreds, thousands, …: a vague plural, or a scale after a number ("5 lakhs")
)

// lookup classifies a word of ASCII letters, in any case, and gives
// its value: the number, the scale, or the first factor of a vague plural.
func lookup(w string) (class, int64) {
	var buf [10]byte
	if len(w) > len(buf) || w == "" {
		return clsNone, 0
	}
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20 // w is ASCII letters only
	}
	switch string(buf[:len(w)]) {
	case "zero":
		return clsZero, 0
	case "one":
		return clsUnit, 1
	case "two":
		return clsUnit, 2
	case "three":
		return clsUnit, 3
	case "four":
		return clsUnit, 4
	case "five":
		return clsUnit, 5
	case "six":
		return clsUnit, 6
	case "seven":
		return clsUnit, 7
	case "eight":
		return clsUnit, 8
	case "nine":
		return clsUnit, 9
	case "ten":
		return clsTeen, 10
	case "eleven":
		return clsTeen, 11
	case "twelve":
		return clsTeen, 12
	case "thirteen":
		return clsTeen, 13
	case "fourteen":
		return clsTeen, 14
	case "fifteen":
		return clsTeen, 15
	case "sixteen":
		return clsTeen, 16
	case "seventeen":
		return clsTeen, 17
	case "eighteen":
		return clsTeen, 18
	case "nineteen":
		return clsTeen, 19
	case "twenty":
		return clsTens, 20
	case "thirty":
		return clsTens, 30
	case "forty", "fourty":
		return clsTens, 40
	case "fifty":
		return clsTens, 50
	case "sixty":
		return clsTens, 60
	case "seventy":
		return clsTens, 70
	case "eighty":
		return clsTens, 80
	case "ninety":
		return clsTens, 90
	case "hundred":
		return clsHundred, 100
	case "thousand":
		return clsScale, 1_000
	case "lakh", "lac":
		return clsScale, 100_000
	case "million":
		return clsScale, 1_000_000
	case "crore":
		return clsScale, 10_000_000
	case "billion":
		return clsScale, 1_000_000_000
	case "trillion":
		return clsScale, 1_000_000_000_000
	case "dozen":
		return clsDozen, 12
	case "a", "an":
		return clsA, 1
	case "couple":
		return clsCouple, 2
	case "half":
		return clsHalf, 0
	case "several":
		return clsAdj, 3
	case "few", "numerous", "many", "multiple", "various", "handful":
		return clsAdj, 2
	case "tens":
		return clsPlural, 10
	case "dozens":
		return clsPlural, 12
	case "scores":
		return clsPlural, 20
	case "hundreds":
		return clsPlural, 100
	case "thousands":
		return clsPlural, 1_000
	case "lakhs", "lacs":
		return clsPlural, 100_000
	case "millions":
		return clsPlural, 1_000_000
	case "crores":
		return clsPlural, 10_000_000
	case "billions":
		return clsPlural, 1_000_000_000
	case "trillions":
		return clsPlural, 1_000_000_000_000
	}
	return clsNone, 0
}

// IsNumberWord reports whether w names a number, for the check that
// the words after a count hold no second one. The vague adjectives
// ("many of them minors") do not count.
func IsNumberWord(w string) bool {
	switch cls, _ := lookup(w); cls {
	case clsZero, clsUnit, clsTeen, clsTens, clsHundred, clsScale, clsDozen, clsPlural:
		return true
	}
	return false
}

// readWordsNum reads a number written in words ("seven hundred and
// ninety one", "a dozen", "several hundred", "tens of thousands").
func readWordsNum(s string, between bool) (wordNum, Fail) {
	w, end, _ := NextWord(s, 0)
	cls, v := lookup(w)
	if cls == clsA {
		w2, end2, _ := NextWord(s, end)
		switch c2, v2 := lookup(w2); c2 {
		case clsAdj:
			if v2 == 2 && !Fold(w2, "few") && !Fold(w2, "handful") {
				return wordNum{}, failNoNumber // "a many"
			}
			return readVague(s, end2, v2)
		case clsNone:
			if Fold(w2, "number") {
				return readVague(s, end2, 2)
			}
			return wordNum{}, failNoNumber
		case clsHundred, clsScale, clsDozen, clsCouple:
		default:
			return wordNum{}, failNoNumber
		}
	}
	switch cls {
	case clsNone:
		return wordNum{}, failNoNumber
	case clsAdj:
		if Fold(w, "handful") {
			return wordNum{}, failNoNumber
		}
		return readVague(s, end, v)
	case clsPlural:
		return readVague(s, 0, 1)
	case clsHalf:
		// "half a dozen", "half a million"
		wa, enda, _ := NextWord(s, end)
		ws, ends, _ := NextWord(s, enda)
		if c, m := lookup(ws); Fold(wa, "a") && (c == clsDozen || c == clsHundred || c == clsScale) {
			return wordNum{v: m / 2, trail: 1, end: ends}, Fail{}
		}
		return wordNum{}, failNoNumber
	}
	return readExactWords(s, between)
}

// readVague reads the scales of a vague plural after its first factor
// (several: 3, a few: 2, or 1 before a bare plural), from s[i:].
func readVague(s string, i int, v int64) (wordNum, Fail) {
	var last int64
	for {
		w, end, hyphen := NextWord(s, i)
		cls, m := lookup(w)
		if Fold(w, "of") && last != 0 {
			// "tens of thousands": "of" joins two plurals; otherwise it
			// belongs to the noun ("dozens of victims").
			w2, end2, _ := NextWord(s, end)
			if c2, m2 := lookup(w2); (c2 == clsPlural || c2 == clsScale || c2 == clsHundred) && m2 > last {
				w, end, cls, m = w2, end2, c2, m2
			}
		}
		if hyphen || m <= last || cls != clsPlural && cls != clsScale && cls != clsHundred && cls != clsDozen {
			break
		}
		if v > wordMax/m {
			return wordNum{}, failTooLarge
		}
		v, last, i = v*m, m, end
	}
	return wordNum{v: v, trail: 1, vague: true, end: i}, Fail{}
}

// readExactWords reads an exact number in words with the usual English
// grammar: units after tens, "hundred" after a number below 100, scales
// falling ("one million two hundred thousand"), "and" after hundred or a
// scale.
func readExactWords(s string, between bool) (wordNum, Fail) {
	const (
		stStart = iota
		stA
		stUnit // a unit, a teen, zero or "a couple"
		stTens
		stTensUnit
		stHundred
		stScale
		stAnd
		stDozen
	)
	var total, group, big int64
	trail := int64(1)
	couple := false
	st := stStart
	zero := false
	i := 0
	for {
		// A hyphen may join number words ("forty-two", "one-hundred");
		// before any other word ("two-thirds") it ends the number.
		w, end, _ := NextWord(s, i)
		if w == "" {
			break
		}
		cls, v := lookup(w)
		switch cls {
		case clsA:
			if st != stStart {
				goto done
			}
			st = stA
		case clsZero:
			if st != stStart {
				goto done
			}
			st, zero = stUnit, true
		case clsUnit:
			switch st {
			case stTens:
				group += v
				st = stTensUnit
			case stStart, stHundred, stScale, stAnd:
				group += v
				st = stUnit
			default:
				goto done
			}
		case clsTeen, clsTens:
			switch st {
			case stStart, stHundred, stScale, stAnd:
				group += v
				st = stUnit
				if cls == clsTens {
					st = stTens
				}
			default:
				goto done
			}
		case clsCouple:
			if st != stStart && st != stA {
				goto done
			}
			group, st, couple = 2, stUnit, true
			// "a couple of hundred": skip the "of" before a scale.
			if w2, end2, _ := NextWord(s, end); Fold(w2, "of") {
				if c3, _ := lookup(WordAt(s, end2)); c3 == clsHundred || c3 == clsScale || c3 == clsDozen {
					end = end2
				}
			}
		case clsHundred, clsScale, clsDozen, clsPlural:
			if zero || cls == clsPlural && (st == stStart || st == stA || v < 100 && v != 12) {
				goto done // "hundreds" alone is vague; "tens" after a number is not a scale
			}
			if cls == clsPlural && v == 12 {
				cls = clsDozen
			} else if cls == clsPlural && v == 100 {
				cls = clsHundred
			}
			switch st {
			case stStart, stA:
				group = 1
			case stUnit, stTens, stTensUnit:
			case stHundred:
				if cls == clsHundred || cls == clsDozen {
					goto done
				}
			default:
				goto done
			}
			switch cls {
			case clsHundred:
				if group >= 100 {
					goto done
				}
				group *= 100
				st = stHundred
				trail = 100
			case clsDozen:
				if total != 0 || group >= 100 {
					goto done
				}
				group *= 12
				st = stDozen
				trail = 12
			default: // a big scale
				if big != 0 && (v >= big || group*v >= big) {
					return wordNum{}, failWords // "one thousand two million"
				}
				if group > wordMax/v || total > wordMax-group*v {
					return wordNum{}, failTooLarge
				}
				total += group * v
				group, big, st, trail = 0, v, stScale, v
			}
		default:
			if Fold(w, "and") && !between && (st == stHundred || st == stScale) {
				// "and" joins only a number that follows it.
				if c2, _ := lookup(WordAt(s, end)); c2 == clsUnit || c2 == clsTeen || c2 == clsTens {
					st = stAnd
					i = end
					continue
				}
			}
			goto done
		}
		if st != stScale && st != stHundred && st != stDozen {
			trail = 1
		}
		i = end
	}
done:
	switch st {
	case stStart, stA, stAnd:
		return wordNum{}, failNoNumber
	}
	if big != 0 && group >= big {
		return wordNum{}, failWords // "one thousand twelve hundred"
	}
	v := total + group
	if v > wordMax {
		return wordNum{}, failTooLarge
	}
	return wordNum{v: v, trail: trail, couple: couple, end: i}, Fail{}
}

// wordNum is a number read in words.
type wordNum struct {
	v      int64
	trail  int64 // the scale word that ends it ("thirty thousand": 1000), or 1
	vague  bool  // a vague plural: a lower bound
	couple bool  // "a couple": about
	end    int   // index just after it
}

// readWords reads a number in words at the start of s, as [Read] does.
func readWords(s string, o Options) (Number, int, Fail) {
	w, f := readWordsNum(s, o.Between)
	if f.Kind != OK {
		return Number{}, 0, f
	}
	x := FromInt(w.v)
	x.Trail = w.trail
	x.Vague = w.vague
	x.Couple = w.couple
	return x, w.end, Fail{}
}
