package rescue

import (
	"bufio"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"github.com/antitrafficking/rescue/internal/number"
	"math"
	"os"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// countCases are inputs ParseCount must read, with why.
var countCases = []struct {
	name, in string
	want     Count
	reason   string
}{
	// Digits.
	{"digits", "44", Count{N: 44}, "plain digits are an exact count"},
	{"noun", "44 victims", Count{N: 44}, "the noun counted is no scale word"},
	{"Arab", "5 Arab nationals", Count{N: 5}, "capitalised, Arab is the people, not the South Asian arab (a billion)"},
	{"half-siblings", "two half-sisters", Count{N: 2}, "a hyphen makes half part of the noun"},
	{"scale then noun", "5万人", Count{N: 50000}, "after a scale the reader read, a word of another script is the noun"},
	{"thai scale then noun", "3 ล้าน คน", Count{N: 3000000}, "after ล้าน, คน (people) is the noun"},
	{"zero", "0", Count{}, "0 is a valid count, the zero Count"},
	{"leading zeros", "007", Count{N: 7}, "leading zeros change nothing"},
	{"comma groups", "1,489", Count{N: 1489}, "a comma groups thousands"},
	{"comma groups 2", "127,000", Count{N: 127000}, "a comma groups thousands"},
	{"comma groups 3", "2,000,000", Count{N: 2000000}, "several comma groups"},
	{"space groups", "1 000", Count{N: 1000}, "a space groups thousands (SI style)"},
	{"space groups 2", "100 000 persons", Count{N: 100000}, "a space groups thousands before a noun"},
	{"nbsp groups", "100\u00a0000", Count{N: 100000}, "a no-break space groups thousands"},
	{"thin space groups", "3\u2009500", Count{N: 3500}, "a thin space groups thousands"},
	{"narrow nbsp groups", "12\u202f345\u202f678", Count{N: 12345678}, "a narrow no-break space groups thousands"},
	{"max", "1000000000000", Count{N: 1e12}, "10^12 is the largest count"},
	{"max grouped", "1,000,000,000,000", Count{N: 1e12}, "10^12 grouped"},
	{"trailing period", "1,489.", Count{N: 1489}, "a full stop after the number ends the sentence"},
	{"trailing comma", "44, including minors", Count{N: 44}, "punctuation may follow the number"},
	{"spaces around", "  44 \t", Count{N: 44}, "spaces around are trimmed"},

	// Nouns after the number.
	{"noun", "44 individuals", Count{N: 44}, "the noun counted is ignored"},
	{"noun 2", "11 persons", Count{N: 11}, "the noun counted is ignored"},
	{"noun 3", "13 teenagers", Count{N: 13}, "the noun counted is ignored"},
	{"noun phrase", "14 Indonesian nationals", Count{N: 14}, "several words after the number are ignored"},
	{"noun with vague word", "44 victims, many of them minors", Count{N: 44}, "a vague adjective in the tail is not a second number"},
	{"of them", "two of them", Count{N: 2}, "of plus a non-number is just a tail"},

	// Scale words on digits.
	{"digits thousand", "2 thousand", Count{N: 2000}, "a scale word multiplies digits"},
	{"decimal million", "1.5 million", Count{N: 1500000}, "a decimal is fine when the scale makes it whole"},
	{"decimal million 2", "2.25 million people", Count{N: 2250000}, "a decimal is fine when the scale makes it whole"},
	{"decimal billion", "1.2 billion", Count{N: 1200000000}, "billion is 10^9"},
	{"hundred thousand", "3 hundred thousand", Count{N: 300000}, "scale words multiply in rising order"},
	{"k", "3k", Count{N: 3000}, "k is a thousand"},
	{"k decimal", "1.5K workers", Count{N: 1500}, "K with a decimal"},
	{"dozen digits", "3 dozen", Count{N: 36}, "dozen multiplies"},
	{"plural scale digits", "10 thousands people", Count{N: 10000}, "a plural scale after a number is still a scale"},
	{"lakh", "5 lakh", Count{N: 500000}, "a lakh is 100,000 (Indian English)"},
	{"lakhs", "2 lakhs people", Count{N: 200000}, "lakhs after a number is a scale"},
	{"crore", "1.5 crore", Count{N: 15000000}, "a crore is 10^7"},
	{"trillion", "1 trillion", Count{N: 1e12}, "a trillion is the bound itself"},
	{"m", "1.5m people", Count{N: 1500000}, "m is a million in headlines"},
	{"mn", "5mn", Count{N: 5000000}, "mn is a million"},
	{"bn", "2bn", Count{N: 2000000000}, "bn is a billion"},
	{"plural million", "1 millions", Count{N: 1000000}, "a plural scale after a number, as non-native English writes it"},
	{"repeat digits", "twenty-four (24) victims", Count{N: 24}, "a number repeated in brackets, as police releases write it"},
	{"repeat words", "24 (twenty-four) victims", Count{N: 24}, "the repetition may be in words"},
	{"repeat spaced", "nine ( 9 )", Count{N: 9}, "spaces inside the brackets"},

	// Number words.
	{"word", "three", Count{N: 3}, "a unit word"},
	{"word capital", "Nine people", Count{N: 9}, "case does not matter"},
	{"word upper", "SIXTEEN", Count{N: 16}, "case does not matter"},
	{"hyphenated", "Forty-two people", Count{N: 42}, "tens and units joined by a hyphen"},
	{"nb hyphen", "forty\u2011two", Count{N: 42}, "a non-breaking hyphen joins like a hyphen"},
	{"spaced", "forty two", Count{N: 42}, "tens and units joined by a space"},
	{"tens", "Sixty people", Count{N: 60}, "a tens word alone"},
	{"teen", "Thirteen people", Count{N: 13}, "a teen word"},
	{"twenty-nine others", "Twenty-nine others", Count{N: 29}, "others is just a noun"},
	{"hundred and", "seven hundred and ninety one", Count{N: 791}, "British and after hundred"},
	{"hundred no and", "one hundred fifty", Count{N: 150}, "American, without and"},
	{"one hundred and fifty", "One hundred and fifty", Count{N: 150}, "capitalised, with and"},
	{"a hundred", "a hundred", Count{N: 100}, "a stands for one before hundred"},
	{"a thousand", "a thousand", Count{N: 1000}, "a stands for one before thousand"},
	{"an", "a million people", Count{N: 1000000}, "a million"},
	{"bare hundred", "hundred", Count{N: 100}, "a bare scale word is one of it"},
	{"thousand two hundred", "one thousand two hundred", Count{N: 1200}, "a scale then a smaller group"},
	{"thousand and", "one thousand and five", Count{N: 1005}, "and after a scale"},
	{"twelve hundred", "twelve hundred", Count{N: 1200}, "teen hundreds"},
	{"twenty-five hundred", "twenty-five hundred", Count{N: 2500}, "tens-unit hundreds"},
	{"one-hundred", "one-hundred", Count{N: 100}, "a hyphen before a scale word"},
	{"hundred thousand", "two hundred and fifty thousand", Count{N: 250000}, "a group below 1000 times a scale"},
	{"millions", "two million three hundred thousand and five", Count{N: 2300005}, "falling scales"},
	{"billion", "nine hundred ninety-nine billion", Count{N: 999e9}, "large words"},
	{"lakh words", "one lakh fifty thousand", Count{N: 150000}, "Indian scales fall like the others"},
	{"crore lakh", "two crore twenty lakh", Count{N: 22000000}, "crore then lakh"},
	{"zero word", "zero", Count{}, "zero in words"},
	{"a dozen", "a dozen", Count{N: 12}, "a dozen is 12"},
	{"dozen bare", "dozen people", Count{N: 12}, "a bare dozen is 12"},
	{"two dozen", "two dozen", Count{N: 24}, "dozens multiply"},
	{"half a dozen", "half a dozen", Count{N: 6}, "half a dozen is 6"},
	{"half-a-dozen", "half-a-dozen victims", Count{N: 6}, "hyphenated half a dozen"},
	{"half a million", "half a million", Count{N: 500000}, "half a scale"},
	{"two hundreds", "two hundreds", Count{N: 200}, "a plural hundred after a number is a scale"},
	{"couple", "a couple", Count{N: 2, Qualifier: About}, "a couple is about 2"},
	{"couple of", "a couple of suspects", Count{N: 2, Qualifier: About}, "a couple of is about 2"},
	{"couple of hundred", "a couple of hundred", Count{N: 200, Qualifier: About}, "a couple of hundred is about 200"},
	{"couple hundred", "a couple hundred people", Count{N: 200, Qualifier: About}, "a couple hundred is about 200"},

	// Hedges before the number.
	{"more than", "more than 1,300 victims", Count{N: 1300, Qualifier: MoreThan}, "more than is a strict lower bound"},
	{"More than", "More than 100 000 persons", Count{N: 100000, Qualifier: MoreThan}, "more than with space groups"},
	{"over", "over 400", Count{N: 400, Qualifier: MoreThan}, "over is a strict lower bound"},
	{"well over", "well over 1,000", Count{N: 1000, Qualifier: MoreThan}, "well over is a strict lower bound"},
	{"just over", "just over 100", Count{N: 100, Qualifier: MoreThan}, "just over is a strict lower bound"},
	{"at least", "at least 15 Filipinos", Count{N: 15, Qualifier: AtLeast}, "at least is a lower bound"},
	{"at least words", "at least ten", Count{N: 10, Qualifier: AtLeast}, "at least before words"},
	{"in excess of", "in excess of 100", Count{N: 100, Qualifier: MoreThan}, "in excess of is a strict lower bound"},
	{"upwards of", "upwards of 500 workers", Count{N: 500, Qualifier: MoreThan}, "upwards of is a strict lower bound"},
	{"no fewer than", "no fewer than 31", Count{N: 31, Qualifier: AtLeast}, "no fewer than is a lower bound"},
	{"over a hundred", "over a hundred", Count{N: 100, Qualifier: MoreThan}, "a hedge before a word number"},
	{"more than a dozen", "more than a dozen", Count{N: 12, Qualifier: MoreThan}, "a hedge before a dozen keeps the hedge"},
	{"over two dozen", "over two dozen", Count{N: 24, Qualifier: MoreThan}, "a hedge before two dozen"},
	{"up to", "up to 3,000", Count{N: 3000, Qualifier: AtMost}, "up to is an upper bound"},
	{"nearly", "nearly 1,000", Count{N: 1000, Qualifier: LessThan}, "nearly is a strict upper bound"},
	{"nearly 50", "nearly 50", Count{N: 50, Qualifier: LessThan}, "nearly is a strict upper bound"},
	{"almost a thousand", "almost a thousand", Count{N: 1000, Qualifier: LessThan}, "almost is a strict upper bound"},
	{"less than", "less than 50", Count{N: 50, Qualifier: LessThan}, "less than is a strict upper bound"},
	{"fewer than", "fewer than 10 victims", Count{N: 10, Qualifier: LessThan}, "fewer than is a strict upper bound"},
	{"under", "under 20", Count{N: 20, Qualifier: LessThan}, "under is a strict upper bound"},
	{"as many as", "as many as 1,000", Count{N: 1000, Qualifier: AtMost}, "as many as is an upper bound"},
	{"close to", "close to 700", Count{N: 700, Qualifier: LessThan}, "close to is a strict upper bound"},
	{"about", "About 30 telephones", Count{N: 30, Qualifier: About}, "about is an estimate"},
	{"about 7000", "about 7000", Count{N: 7000, Qualifier: About}, "about without grouping"},
	{"around", "around 2,000 workers", Count{N: 2000, Qualifier: About}, "around is an estimate"},
	{"approximately", "approximately 1,200", Count{N: 1200, Qualifier: About}, "approximately is an estimate"},
	{"roughly", "roughly 80", Count{N: 80, Qualifier: About}, "roughly is an estimate"},
	{"some", "some 300 people", Count{N: 300, Qualifier: About}, "some before a number is an estimate"},
	{"some two dozen", "some two dozen", Count{N: 24, Qualifier: About}, "some before words"},
	{"an estimated", "An estimated 1,500 people", Count{N: 1500, Qualifier: About}, "an estimated is an estimate"},
	{"estimated", "estimated 120,000", Count{N: 120000, Qualifier: About}, "estimated is an estimate"},
	{"tilde", "~200", Count{N: 200, Qualifier: About}, "a tilde is an estimate"},
	{"about a dozen", "about a dozen", Count{N: 12, Qualifier: About}, "about a dozen is about 12"},
	{"about 1.2 million", "about 1.2 million", Count{N: 1200000, Qualifier: About}, "a hedge before a scaled decimal"},
	{"a total of", "a total of 67", Count{N: 67}, "a total of changes nothing"},
	{"reportedly", "reportedly 40", Count{N: 40}, "reportedly changes nothing"},
	{"exactly", "exactly 5", Count{N: 5}, "exactly changes nothing"},
	{"reportedly more than", "reportedly more than 40", Count{N: 40, Qualifier: MoreThan}, "an exact word and a bound give the bound"},
	{"estimated more than", "an estimated more than 200", Count{N: 200, Qualifier: About}, "an estimate of a bound is an estimate"},
	{"at least text", "at-least 2", Count{N: 2, Qualifier: AtLeast}, "the qualifier's text form works as a hedge"},
	{"at most", "at most 10", Count{N: 10, Qualifier: AtMost}, "String's form for AtMost reads back"},
	{"more than text", "more-than 2", Count{N: 2, Qualifier: MoreThan}, "the text form of MoreThan works as a hedge"},
	{"no fewer than", "no fewer than 5", Count{N: 5, Qualifier: AtLeast}, "an inclusive lower bound"},
	{"a minimum of", "a minimum of 5", Count{N: 5, Qualifier: AtLeast}, "an inclusive lower bound"},
	{"no more than", "no more than 5", Count{N: 5, Qualifier: AtMost}, "an inclusive upper bound"},
	{"just under", "just under 50", Count{N: 50, Qualifier: LessThan}, "a strict upper bound"},

	// Filler words before the number.
	{"the", "the 44 victims", Count{N: 44}, "an article is ignored"},
	{"all", "all 44 victims", Count{N: 44}, "all is ignored"},
	{"another", "another 20", Count{N: 20}, "another is ignored"},
	{"a further", "a further 20 people", Count{N: 20}, "a further is ignored"},
	{"an additional", "an additional 50", Count{N: 50}, "an additional is ignored"},
	{"only", "only three", Count{N: 3}, "only is ignored"},
	{"just", "just 5", Count{N: 5}, "just alone is ignored (just over is a hedge)"},
	{"only about", "only about 5", Count{N: 5, Qualifier: About}, "fillers and hedges mix"},
	{"a group of", "a group of 20 Vietnamese", Count{N: 20}, "a group of is ignored"},

	// Hedges after the number.
	{"plus sign", "200+", Count{N: 200, Qualifier: AtLeast}, "a plus sign is a lower bound"},
	{"plus sign noun", "200+ victims", Count{N: 200, Qualifier: AtLeast}, "a plus sign before a noun"},
	{"plus sign grouped", "7,000+", Count{N: 7000, Qualifier: AtLeast}, "a plus sign after groups"},
	{"or more", "200 or more", Count{N: 200, Qualifier: AtLeast}, "or more is a lower bound"},
	{"or more noun", "two or more suspects", Count{N: 2, Qualifier: AtLeast}, "or more after words"},
	{"and more", "200 and more", Count{N: 200, Qualifier: AtLeast}, "and more is a lower bound"},
	{"dash plus", "1,000-plus", Count{N: 1000, Qualifier: AtLeast}, "-plus is a lower bound"},
	{"or so", "50 or so", Count{N: 50, Qualifier: About}, "or so is an estimate"},
	{"dozen or so", "a dozen or so", Count{N: 12, Qualifier: About}, "or so after a dozen"},
	{"dozen or more", "a dozen or more", Count{N: 12, Qualifier: AtLeast}, "or more after a dozen"},
	{"odd", "50-odd people", Count{N: 50, Qualifier: About}, "-odd is an estimate"},
	{"odd spaced", "20 odd", Count{N: 20, Qualifier: About}, "odd is an estimate"},
	{"or fewer", "10 or fewer", Count{N: 10, Qualifier: AtMost}, "or fewer is an upper bound"},
	{"or more at end", "200 people or more", Count{N: 200, Qualifier: AtLeast}, "a hedge may end the phrase"},
	{"at most after", "50 at most", Count{N: 50, Qualifier: AtMost}, "a bound after the number is read, not dropped"},
	{"at least after", "50 at least", Count{N: 50, Qualifier: AtLeast}, "a bound after the number is read, not dropped"},
	{"at the most after", "50 at the most", Count{N: 50, Qualifier: AtMost}, "a longer form of the bound after the number"},
	{"at the very least after", "30 victims at the very least", Count{N: 30, Qualifier: AtLeast}, "a bound after the noun"},
	{"at most after noun", "50 women at most", Count{N: 50, Qualifier: AtMost}, "a bound after the noun is the count's"},
	{"at least inside tail", "50 women at least in Lima", Count{N: 50, Qualifier: AtLeast}, "a bound inside the words after the count is the count's too"},
	{"and counting", "50 and counting", Count{N: 50, Qualifier: AtLeast}, "a figure still rising is a lower bound"},
	{"and counting after noun", "50 victims and counting", Count{N: 50, Qualifier: AtLeast}, "a figure still rising is a lower bound"},
	{"or more inside tail", "200 workers or more, police said", Count{N: 200, Qualifier: AtLeast}, "a bound before a clause"},
	{"range at most", "20 to 30 at most", Count{N: 30, Qualifier: AtMost}, "an upper bound after a range keeps its upper end"},
	{"hedges both sides", "about 50 at most", Count{N: 50, Qualifier: About}, "an estimate and a bound give an estimate"},
	{"so-called is no hedge", "50 people or so-called migrants", Count{N: 50}, "\"or so\" inside a compound is no hedge"},
	{"hedge both", "over 200+", Count{N: 200, Qualifier: AtLeast}, "two lower bounds on one figure give the weaker"},
	{"hedge both mixed", "about 200 or more", Count{N: 200, Qualifier: About}, "an estimate and a bound give an estimate"},
	{"odd after words", "a hundred-odd", Count{N: 100, Qualifier: About}, "-odd after a word number"},
	{"plus after words", "hundred-plus", Count{N: 100, Qualifier: AtLeast}, "-plus after a word number"},
	{"plus word", "100 plus people", Count{N: 100, Qualifier: AtLeast}, "plus after a number"},
	{"about plus", "About 1,000+", Count{N: 1000, Qualifier: About}, "an estimate and a bound give an estimate"},
	{"fewer than a dozen", "fewer than a dozen", Count{N: 12, Qualifier: LessThan}, "an upper bound on a dozen"},
	{"2 bn", "2 bn", Count{N: 2_000_000_000}, "the same text is the same number in every type (issue 8)"},
	{"1.5 mln", "1.5 mln", Count{N: 1_500_000}, "mln is a million, as for money"},
	{"Indian grouping", "1,50,000", Count{N: 150_000}, "Indian grouping, as for money"},
	{"dot groups", "1.500.000 people", Count{N: 1_500_000}, "several dot groups are grouping"},
	{"apostrophe groups", "1'500", Count{N: 1500}, "an apostrophe groups"},
	{"hyphen scale", "2-million", Count{N: 2_000_000}, "a hyphenated scale word"},
	{"juta", "2 juta", Count{N: 2_000_000}, "Indonesian juta"},
	{"ribu", "50 ribu orang", Count{N: 50_000}, "Indonesian ribu"},
	{"milyon", "3 milyon", Count{N: 3_000_000}, "Tagalog milyon"},
	{"man", "5万人", Count{N: 50_000}, "Chinese 万"},
	{"oku", "1億", Count{N: 100_000_000}, "Japanese 億"},

	// Ranges.
	{"range dash", "20-30 people", Count{N: 20, Max: 30}, "a range keeps both ends (issue 8)"},
	{"range en dash", "20–30", Count{N: 20, Max: 30}, "an en dash makes a range"},
	{"range to", "20 to 30 women", Count{N: 20, Max: 30}, "to makes a range (issue 8: was at least 20)"},
	{"range words", "two or three", Count{N: 2, Max: 3}, "or between number words makes a range"},
	{"range words hyphen", "two-three people", Count{N: 2, Max: 3}, "a hyphen between unit words makes a range"},
	{"range between", "between 200 and 300 workers", Count{N: 200, Max: 300}, "between … and makes a range"},
	{"range between 15 26", "between 15 and 26", Count{N: 15, Max: 26}, "issue 8: was at least 15"},
	{"range 15-26", "15-26", Count{N: 15, Max: 26}, "issue 8"},
	{"range from 0", "0 to 5", Count{N: 5, Qualifier: AtMost}, "a range from 0 is an upper bound"},
	{"range sampai", "20 sampai 30 orang", Count{N: 20, Max: 30}, "Indonesian sampai joins a range"},
	{"range nearly", "nearly 20-30", Count{N: 30, Qualifier: LessThan}, "a strict upper bound on a range bounds its upper end"},
	{"range between words", "between two hundred and three hundred", Count{N: 200, Max: 300}, "and after between is the range, not part of the number"},
	{"range shared scale", "20 to 30 thousand", Count{N: 20000, Max: 30000}, "a scale on the upper end alone applies to both"},
	{"range shared scale words", "two to three hundred", Count{N: 200, Max: 300}, "a scale on the upper end alone applies to both"},
	{"range million", "1-2 million", Count{N: 1000000, Max: 2000000}, "a shared million"},
	{"range own scale", "1500 to 2 thousand", Count{N: 1500, Max: 2000}, "a lower end above the upper mantissa, and at or above the scale, keeps its own value"},
	{"range grouped", "20,000 to 30,000", Count{N: 20000, Max: 30000}, "grouped range"},
	{"range spaced dash", "1,000 - 2,000 workers", Count{N: 1000, Max: 2000}, "spaces around the dash"},
	{"range from", "from 20 to 30", Count{N: 20, Max: 30}, "from … to makes a range"},
	{"range or", "20 or 30 people", Count{N: 20, Max: 30}, "or between numbers makes a range"},
	{"range words to", "twenty to thirty", Count{N: 20, Max: 30}, "to between number words"},
	{"range about", "about 20-30", Count{N: 20, Max: 30, Qualifier: About}, "an estimate of a range"},
	{"range more than", "more than 20-30", Count{N: 20, Qualifier: MoreThan}, "a lower bound on a range bounds its lower end"},
	{"range up to", "up to 20-30", Count{N: 30, Qualifier: AtMost}, "an upper bound on a range bounds its upper end"},
	{"one or other", "one or other of them", Count{N: 1}, "or before a non-number is no range"},

	// Vague plurals: conservative lower bounds.
	{"thousands", "thousands", Count{N: 1000, Qualifier: AtLeast}, "thousands is at least 1000"},
	{"hundreds", "hundreds of victims", Count{N: 100, Qualifier: AtLeast}, "hundreds is at least 100 (ACLED)"},
	{"Hundreds", "Hundreds", Count{N: 100, Qualifier: AtLeast}, "case does not matter"},
	{"dozens", "dozens", Count{N: 12, Qualifier: AtLeast}, "dozens is at least 12 (ACLED)"},
	{"dozens of", "dozens of Filipinos", Count{N: 12, Qualifier: AtLeast}, "dozens of + noun"},
	{"dozens more", "dozens more", Count{N: 12, Qualifier: AtLeast}, "more after a vague plural is a noun's place"},
	{"tens", "tens", Count{N: 10, Qualifier: AtLeast}, "tens is at least 10 (ACLED)"},
	{"scores", "scores of victims", Count{N: 20, Qualifier: AtLeast}, "scores is at least 20"},
	{"millions", "millions", Count{N: 1000000, Qualifier: AtLeast}, "millions is at least 10^6"},
	{"lakhs", "lakhs of people", Count{N: 100000, Qualifier: AtLeast}, "lakhs is at least 100,000"},
	{"tens of thousands", "tens of thousands of people", Count{N: 10000, Qualifier: AtLeast}, "plurals multiply"},
	{"hundreds of thousands", "hundreds of thousands", Count{N: 100000, Qualifier: AtLeast}, "plurals multiply"},
	{"dozens of thousands", "dozens of thousands", Count{N: 12000, Qualifier: AtLeast}, "plurals multiply"},
	{"several", "several", Count{N: 3, Qualifier: AtLeast}, "several is at least 3"},
	{"several noun", "several Chinese nationals", Count{N: 3, Qualifier: AtLeast}, "several + noun"},
	{"a few", "a few", Count{N: 2, Qualifier: AtLeast}, "a few is at least 2"},
	{"few", "few victims", Count{N: 2, Qualifier: AtLeast}, "few is at least 2"},
	{"numerous", "numerous cell phones", Count{N: 2, Qualifier: AtLeast}, "numerous is at least 2"},
	{"many", "many", Count{N: 2, Qualifier: AtLeast}, "many is at least 2"},
	{"multiple", "multiple suspects", Count{N: 2, Qualifier: AtLeast}, "multiple is at least 2"},
	{"various", "various items", Count{N: 2, Qualifier: AtLeast}, "various is at least 2"},
	{"a number of", "a number of victims", Count{N: 2, Qualifier: AtLeast}, "a number of is at least 2"},
	{"a handful of", "a handful of", Count{N: 2, Qualifier: AtLeast}, "a handful is at least 2, like a few"},
	{"several hundred", "several hundred", Count{N: 300, Qualifier: AtLeast}, "several times a scale"},
	{"several thousand", "several thousand workers", Count{N: 3000, Qualifier: AtLeast}, "several times a scale"},
	{"a few dozen", "a few dozen", Count{N: 24, Qualifier: AtLeast}, "a few times a dozen"},
	{"several dozen", "several dozen", Count{N: 36, Qualifier: AtLeast}, "several times a dozen"},
	{"many thousands", "many thousands", Count{N: 2000, Qualifier: AtLeast}, "many times thousands"},
	{"a few hundred thousand", "a few hundred thousand", Count{N: 200000, Qualifier: AtLeast}, "a few times two scales"},
	{"several tens of thousands", "several tens of thousands", Count{N: 30000, Qualifier: AtLeast}, "an adjective and two plurals"},
	{"more than several", "more than several hundred", Count{N: 300, Qualifier: AtLeast}, "a lower bound on a lower bound"},
	{"some hundreds", "some hundreds of people", Count{N: 100, Qualifier: AtLeast}, "an estimate of a vague plural keeps the lower bound"},
	{"about dozens", "about dozens", Count{N: 12, Qualifier: AtLeast}, "an estimate of a vague plural keeps the lower bound"},
	{"dozens or so", "dozens or so", Count{N: 12, Qualifier: AtLeast}, "or so on a vague plural keeps the lower bound"},
}

// countErrCases are inputs ParseCount must reject, with the sentinel.
var countErrCases = []struct {
	name, in string
	err      error
	reason   string
}{
	{"empty", "", ErrSyntax, "no input"},
	{"spaces", " \t\u00a0", ErrSyntax, "only spaces"},
	{"word", "victims", ErrSyntax, "no number"},
	{"hedge only", "at least", ErrSyntax, "a hedge with no number"},
	{"a alone", "a", ErrSyntax, "a is not a number by itself"},
	{"a man", "a man", ErrSyntax, "a before a noun is not a count"},
	{"some noun", "some victims", ErrSyntax, "some without a number is no count"},
	{"two numbers", "10 20", ErrSyntax, "two numbers"},
	{"of", "44 of 60 people", ErrSyntax, "a second number in the tail"},
	{"two word numbers", "two gamblers and three women", ErrSyntax, "a second number word in the tail"},
	{"word then digits", "five 5", ErrSyntax, "a digit after a word number"},
	{"two units", "five six", ErrSyntax, "two unit words"},
	{"tail scale", "44 victims of a million-dollar scam", ErrSyntax, "a scale word in the tail is a number"},
	{"decimal", "2.5 people", ErrSyntax, "a count is whole"},
	{"point grouping", "1.234", ErrAmbiguous, "one dot before three digits: 1234, or 1.234 the English way"},
	{"mil", "5 mil", ErrAmbiguous, "mil is a thousand in Spanish, a million in English headlines"},
	{"whole decimal", "3.0", ErrSyntax, "a decimal without a scale is refused even when whole"},
	{"decimal scale not whole", "1.2345 thousand", ErrSyntax, "the scale must make it whole"},
	{"exponent", "1e5", ErrSyntax, "no exponents"},
	{"ordinal", "1st", ErrSyntax, "an ordinal is not a count"},
	{"glued noun", "44people", ErrSyntax, "letters run into the digits"},
	{"percent sign", "44%", ErrSyntax, "a percentage is not a count"},
	{"per cent", "44 per cent of victims", ErrSyntax, "a percentage is not a count"},
	{"percent word", "44 percent", ErrSyntax, "a percentage is not a count"},
	{"bad comma group", "1,00", ErrSyntax, "a comma must group three digits"},
	{"bad comma group 2", "1,0000", ErrSyntax, "a comma must group three digits"},
	{"long first group", "1000,000", ErrSyntax, "a grouped number starts with at most three digits"},
	{"mixed groups", "1,000 000", ErrSyntax, "one kind of separator"},
	{"plus sign first", "+5", ErrSyntax, "no sign"},
	{"point first", ".5 million", ErrSyntax, "no leading point"},
	{"compound", "forty-something", ErrSyntax, "a compound is not a count"},
	{"fraction words", "two-thirds", ErrSyntax, "a fraction is not a count"},
	{"compound digits", "20-member gang", ErrSyntax, "a compound adjective is not a count"},
	{"out of order", "one thousand twelve hundred", ErrSyntax, "number words out of order"},
	{"out of order 2", "one thousand two million", ErrSyntax, "scales must fall"},
	{"range falls", "30-20", ErrSyntax, "a range must rise"},
	{"sign after", "12>", ErrSyntax, "a comparison sign after the count says something it does not read: never 12"},
	{"sign after space", "12 =", ErrSyntax, "the same with a space"},
	{"opposite hedges", "less than over 10", ErrSyntax, "a lower and an upper bound contradict each other: never 'about 10'"},
	{"opposite hedges after", "nearly 10 or more", ErrSyntax, "the same with the lower bound after the figure"},
	{"between no range", "between 20 people", ErrSyntax, "between needs a range"},
	{"from no range", "from 20 people", ErrSyntax, "from needs a range"},
	{"repeat differs", "nine (10)", ErrSyntax, "a bracketed number that differs is a second number"},
	{"glued unit", "3km", ErrSyntax, "only k, m, mn and bn may touch the digits"},
	{"year s", "1990s", ErrSyntax, "a decade is not a count"},
	{"strong", "4,500-strong", ErrSyntax, "a compound adjective is not a count"},
	{"upon", "dozens upon dozens", ErrSyntax, "a second vague plural"},
	{"hundred hundred", "one hundred one hundred", ErrSyntax, "two numbers in words"},
	{"dozen dozen", "a dozen dozen", ErrSyntax, "dozen only once"},
	{"and alone", "and", ErrSyntax, "no number"},
	{"negative", "-5", ErrRange, "a count is never negative"},
	{"minus sign", "\u22125", ErrRange, "a count is never negative"},
	{"minus word", "minus five", ErrRange, "a count is never negative"},
	{"hedged negative", "about -5", ErrRange, "a count is never negative"},
	{"too large", "1000000000001", ErrRange, "above 10^12"},
	{"too large grouped", "2,000,000,000,000", ErrRange, "above 10^12"},
	{"too many digits", "99999999999999999999999999", ErrRange, "no overflow on long digit runs"},
	{"too large scale", "2 trillion", ErrRange, "above 10^12"},
	{"too large words", "two trillion", ErrRange, "above 10^12"},
	{"too large vague", "millions of billions", ErrRange, "above 10^12"},
	{"too precise", "1.1234567 million", ErrSyntax, "not a whole number"},
	{"too long", strings.Repeat("1", 65), ErrRange, "more than 64 bytes"},
	// Words or signs after the number that change the figure: dropped as
	// the noun counted, they gave the number before them.
	{"vulgar fraction", "1½", ErrSyntax, "one and a half, as 1.5 is refused: never 1"},
	{"vulgar fraction 2", "12½ people", ErrSyntax, "twelve and a half: never 12"},
	{"vulgar fraction 3", "5⅔", ErrSyntax, "a fraction (category No)"},
	{"superscript", "10³", ErrSyntax, "10 to the third, 1000: never 10"},
	{"superscript 2", "10⁶ people", ErrSyntax, "a million: never 10"},
	{"other digits", "5 ٥", ErrSyntax, "a digit of another script is a second number"},
	{"and a half", "one and a half", ErrSyntax, "1.5: never 1"},
	{"and a half digits", "12 and a half", ErrSyntax, "12.5: never 12"},
	{"and a quarter", "twelve and a quarter", ErrSyntax, "12.25"},
	{"one half", "one half", ErrSyntax, "0.5: never 1"},
	{"two thirds", "two thirds", ErrSyntax, "a fraction: never 2"},
	{"three quarters", "three quarters of victims", ErrSyntax, "a fraction: never 3"},
	{"score", "two score", ErrSyntax, "40: never 2"},
	{"gross", "5 gross", ErrSyntax, "720: never 5"},
	{"grand", "5 grand", ErrSyntax, "5000: never 5"},
	{"myriad", "5 myriad", ErrSyntax, "50,000: never 5"},
	{"milliards", "5 milliards", ErrSyntax, "French: 5 billion"},
	{"mld", "5 mld", ErrSyntax, "Polish, Czech, Italian: 5 billion"},
	{"Tsd", "5 Tsd.", ErrSyntax, "German: 5000, as Mrd and Mio are read"},
	{"Tausend", "5 Tausend", ErrSyntax, "German: 5000"},
	{"mille", "5 mille", ErrSyntax, "French: 5000"},
	{"mila", "5 mila", ErrSyntax, "Italian: 5000"},
	{"tys", "5 tys", ErrSyntax, "Polish: 5000"},
	{"miljoen", "5 miljoen", ErrSyntax, "Dutch: 5 million"},
	{"ti", "5 tỉ", ErrSyntax, "Vietnamese: 5 billion, as tỷ is read"},
	{"daan", "5 daan", ErrSyntax, "Tagalog: 500"},
	{"hazar", "5 hazar", ErrSyntax, "Hindi and Urdu: 5000"},
	{"arab", "5 arab", ErrSyntax, "South Asian: 5 billion (a hundred crore)"},
	{"bi", "5 bi", ErrSyntax, "Portuguese: 5 bilhões"},
	{"cjk hundred", "5百", ErrSyntax, "Chinese: 500, as 5千 is read"},
	{"hangul man", "5만", ErrSyntax, "Korean: 50,000"},
	{"hangul eok", "5억", ErrSyntax, "Korean: 500 million, as 5億 is read"},
	{"thai phan", "5 พัน", ErrSyntax, "Thai: 5000, as 5 ล้าน is read"},
	{"thai saen", "5 แสน", ErrSyntax, "Thai: 500,000"},
	{"per mille", "5 ‰", ErrSyntax, "a rate, as 5% is refused"},
	{"up to thousands", "up to thousands", ErrSyntax, "an upper bound on a vague plural gives no figure: never about 1000"},
	{"fewer than dozens", "fewer than dozens", ErrSyntax, "5 fits the text: never about 12"},
	{"at most several hundred", "at most several hundred", ErrSyntax, "700 fits: never about 300"},
	{"nearly hundreds", "nearly hundreds of victims", ErrSyntax, "an upper bound however written"},
	{"hundreds at most", "hundreds of victims at most", ErrSyntax, "the bound after the noun too"},
	{"times", "5 × 3", ErrSyntax, "a mathematical sign after the count says something of it"},
	{"too long phrase", "more than 1,300 victims of trafficking rescued from the scam compound", ErrRange, "more than 64 bytes"},
}

func TestParseCount(t *testing.T) {
	t.Parallel()
	for _, tc := range countCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, err := ParseCount(tc.in)
			if err != nil || got != tc.want {
				t.Errorf("ParseCount(%q) = %v, %v; want %v (%s)", tc.in, got, err, tc.want, tc.reason)
			}
		})
	}
}

func TestParseCountErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range countErrCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, err := ParseCount(tc.in)
			var pe *ParseError
			if !errors.Is(err, tc.err) || !errors.As(err, &pe) || pe.Func != "ParseCount" || pe.Input != tc.in {
				t.Errorf("ParseCount(%q) = %v, %v; want a ParseError wrapping %v (%s)", tc.in, got, err, tc.err, tc.reason)
			}
			if got != (Count{}) {
				t.Errorf("ParseCount(%q) = %v with an error; want the zero Count", tc.in, got)
			}
		})
	}
}

// TestParseCountReportPhrases reads every count row of the report phrases
// (testdata/report-phrases-count.tsv, copied from the shared development
// set): kind, span, status, expect (the canonical text), source.
func TestParseCountReportPhrases(t *testing.T) {
	t.Parallel()
	f, err := os.Open("testdata/report-phrases-count.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	rows := 0
	for line := 1; sc.Scan(); line++ {
		fields := strings.Split(sc.Text(), "\t")
		if line == 1 || fields[0] != "count" {
			continue
		}
		rows++
		span, status, expect := fields[1], fields[2], fields[3]
		got, err := ParseCount(span)
		if status == "error" {
			if err == nil {
				t.Errorf("line %d: ParseCount(%q) = %v; want an error", line, span, got)
			}
			continue
		}
		if err != nil || got.String() != expect {
			t.Errorf("line %d: ParseCount(%q) = %q, %v; want %q (source %s)", line, span, got, err, expect, fields[4])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if rows < 100 {
		t.Errorf("read %d count rows; want the whole file", rows)
	}
}

func TestCountString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		c      Count
		want   string
		reason string
	}{
		{"zero", Count{}, "0", "the zero Count is exactly 0"},
		{"exact", Count{N: 44}, "44", "an exact count is its digits"},
		{"at least", Count{N: 200, Qualifier: AtLeast}, "at least 200", "the contract's words for AtLeast"},
		{"more than", Count{N: 200, Qualifier: MoreThan}, "more than 200", "the contract's words for MoreThan"},
		{"at most", Count{N: 50, Qualifier: AtMost}, "at most 50", "the contract's words for AtMost"},
		{"fewer than", Count{N: 50, Qualifier: LessThan}, "fewer than 50", "a count says fewer, not less"},
		{"about", Count{N: 300, Qualifier: About}, "about 300", "the contract's words for About"},
		{"range", Count{N: 20, Max: 30}, "20 to 30", "a closed range"},
		{"about range", Count{N: 20, Max: 30, Qualifier: About}, "about 20 to 30", "an estimated range"},
		{"no grouping", Count{N: 127000}, "127000", "no thousands separator, to read back unambiguously"},
		{"negative", Count{N: -5}, "-5", "String shows an invalid N as it is"},
		{"bad qualifier", Count{N: 44, Qualifier: 7}, "%!Qualifier(7) 44", "String shows an invalid qualifier"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := tc.c.String(); got != tc.want {
				t.Errorf("%#v.String() = %q; want %q (%s)", tc.c, got, tc.want, tc.reason)
			}
		})
	}
}

func TestCountRoundTrip(t *testing.T) {
	t.Parallel()
	for _, tc := range countCases {
		s := tc.want.String()
		back, err := ParseCount(s)
		if err != nil || back != tc.want {
			t.Errorf("ParseCount(%q) = %v, %v; want %v (String of %q)", s, back, err, tc.want, tc.in)
		}
		text, err := tc.want.MarshalText()
		if err != nil || string(text) != s {
			t.Errorf("%v.MarshalText() = %q, %v; want %q", tc.want, text, err, s)
		}
		var u Count
		if err := u.UnmarshalText(text); err != nil || u != tc.want {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, u, err, tc.want)
		}
		b, err := tc.want.AppendText([]byte("x="))
		if err != nil || string(b) != "x="+s {
			t.Errorf("%v.AppendText = %q, %v; want %q", tc.want, b, err, "x="+s)
		}
	}
}

func TestCountText(t *testing.T) {
	t.Parallel()
	var c Count = Count{N: 5, Qualifier: AtLeast}
	if err := c.UnmarshalText(nil); err != nil || c != (Count{}) {
		t.Errorf("UnmarshalText(nil) = %v, %v; want the zero Count: empty text is the zero value", c, err)
	}
	for _, tc := range []struct {
		in     string
		want   Count
		err    error
		msg    string
		reason string
	}{
		{"more than 200", Count{N: 200, Qualifier: MoreThan}, nil, "", "canonical"},
		{"At Least 2", Count{N: 2, Qualifier: AtLeast}, nil, "", "the words in any case"},
		{"about 20 to 30", Count{N: 20, Max: 30, Qualifier: About}, nil, "", "an estimated range"},
		{"dozens", Count{N: 5}, ErrSyntax, `did you mean "at least 12"?`, "prose is for ParseCount; the error suggests the canonical text"},
		{"over 200", Count{N: 5}, ErrSyntax, `did you mean "more than 200"?`, "prose is for ParseCount"},
		{"1,300", Count{N: 5}, ErrSyntax, `did you mean "1300"?`, "no grouping in the canonical text"},
		{"10 20", Count{N: 5}, ErrSyntax, "canonical form", "prose that does not parse gets no suggestion"},
		{"30 to 20", Count{N: 5}, ErrInvalid, "a range must rise", "canonical in form but invalid"},
		{"more than 10 to 20", Count{N: 5}, ErrInvalid, "exact or about", "a range is exact or about"},
		{"007", Count{N: 5}, ErrSyntax, `did you mean "7"?`, "no leading zeros"},
	} {
		c := Count{N: 5}
		err := c.UnmarshalText([]byte(tc.in))
		if tc.err == nil && (err != nil || c != tc.want) || tc.err != nil && (!errors.Is(err, tc.err) || c != tc.want || !strings.Contains(err.Error(), tc.msg)) {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v, %v %q (%s)", tc.in, c, err, tc.want, tc.err, tc.msg, tc.reason)
		}
	}
	for _, bad := range []Count{{N: -1}, {N: 1, Qualifier: 6}, {N: 1e12 + 1}, {N: 5, Max: 3}, {Max: 3}, {N: 2, Max: 3, Qualifier: AtLeast}, {Qualifier: LessThan}} {
		if b, err := bad.MarshalText(); err == nil {
			t.Errorf("%#v.MarshalText() = %q; want an error: an invalid Count must not be written", bad, b)
		}
		if b, err := bad.AppendText([]byte("x")); err == nil || string(b) != "x" {
			t.Errorf("%#v.AppendText() = %q, %v; want an error and b unchanged", bad, b, err)
		}
		if v, err := bad.Value(); err == nil {
			t.Errorf("%#v.Value() = %v; want an error", bad, v)
		}
	}
}

func TestCountJSON(t *testing.T) {
	t.Parallel()
	type rec struct {
		Victims Count  `json:"victims"`
		Seized  Count  `json:"seized,omitzero"`
		Ptr     *Count `json:"ptr,omitempty"`
	}
	r := rec{Victims: Count{N: 200, Qualifier: AtLeast}}
	b, err := json.Marshal(r)
	if want := `{"victims":"at least 200"}`; err != nil || string(b) != want {
		t.Errorf("json.Marshal = %s, %v; want %s: a Count is a JSON string, omitzero uses IsZero", b, err, want)
	}
	var back rec
	if err := json.Unmarshal(b, &back); err != nil || back != r {
		t.Errorf("json.Unmarshal(%s) = %+v, %v; want %+v", b, back, err, r)
	}

	tests := []struct {
		name, in string
		want     Count
		ok       bool
		reason   string
	}{
		{"string", `"about 40"`, Count{N: 40, Qualifier: About}, true, "the String form"},
		{"phrase", `"more than 1,300 victims"`, Count{N: 9}, false, "JSON is strict: prose is for ParseCount"},
		{"canonical", `"more than 1300"`, Count{N: 1300, Qualifier: MoreThan}, true, "the canonical text"},
		{"range", `"20 to 30"`, Count{N: 20, Max: 30}, true, "a range"},
		{"empty string", `""`, Count{}, true, "empty text is the zero Count"},
		{"number", `44`, Count{N: 44}, true, "a bare JSON integer is an exact count"},
		{"zero", `0`, Count{}, true, "a bare zero"},
		{"null", `null`, Count{N: 9}, true, "null leaves the value unchanged"},
		{"negative", `-3`, Count{N: 9}, false, "a negative number is refused"},
		{"float", `4.5`, Count{N: 9}, false, "a fraction is refused"},
		{"exponent", `1e3`, Count{N: 9}, false, "an exponent is refused"},
		{"bool", `true`, Count{N: 9}, false, "a bool is no count"},
		{"object", `{"n":2}`, Count{N: 9}, false, "the object form is not used"},
		{"bad string", `"10 20"`, Count{N: 9}, false, "the string must parse"},
		{"bad escape", `"\x"`, Count{N: 9}, false, "invalid JSON string"},
	}
	for _, tc := range tests {
		c := Count{N: 9}
		err := c.UnmarshalJSON([]byte(tc.in))
		if (err == nil) != tc.ok || c != tc.want {
			t.Errorf("UnmarshalJSON(%s) = %v, %v; want %v, ok %v (%s)", tc.in, c, err, tc.want, tc.ok, tc.reason)
		}
	}
	var m map[Count]int
	if err := json.Unmarshal([]byte(`{"at least 2":1,"44":2}`), &m); err != nil || m[Count{N: 2, Qualifier: AtLeast}] != 1 || m[Count{N: 44}] != 2 {
		t.Errorf("map keys: %v, %v; want Counts as map keys through the text form", m, err)
	}
	var empty Count
	if err := empty.UnmarshalJSON(nil); err == nil {
		t.Error("UnmarshalJSON(nil) succeeded; want an error")
	}
}

func TestCountSQL(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		src    any
		want   Count
		ok     bool
		reason string
	}{
		{"string", "at least 2", Count{N: 2, Qualifier: AtLeast}, true, "the text form"},
		{"bytes", []byte("about 40"), Count{N: 40, Qualifier: About}, true, "the text form as bytes"},
		{"nil", nil, Count{}, true, "NULL is the zero Count"},
		{"empty", "", Count{}, true, "empty text is the zero Count"},
		{"int64", int64(44), Count{N: 44}, true, "an integer column is an exact count"},
		{"negative int64", int64(-1), Count{N: 9}, false, "a negative integer is refused"},
		{"huge int64", int64(math.MaxInt64), Count{N: 9}, false, "an integer above 10^12 is refused"},
		{"float64", 4.0, Count{N: 9}, false, "no floats"},
		{"bad text", "x", Count{N: 9}, false, "the text must parse"},
		{"prose", "dozens", Count{N: 9}, false, "Scan is strict"},
	}
	for _, tc := range tests {
		c := Count{N: 9}
		err := c.Scan(tc.src)
		if (err == nil) != tc.ok || c != tc.want {
			t.Errorf("Scan(%#v) = %v, %v; want %v, ok %v (%s)", tc.src, c, err, tc.want, tc.ok, tc.reason)
		}
	}
	for _, c := range []Count{{}, {N: 44}, {N: 2, Qualifier: AtLeast}, {N: 2, Qualifier: MoreThan}, {N: 20, Max: 30}} {
		v, err := c.Value()
		if err != nil || v != driver.Value(c.String()) {
			t.Errorf("%v.Value() = %#v, %v; want %q: the zero Count is stored as 0, not NULL", c, v, err, c.String())
		}
		var back Count
		if err := back.Scan(v); err != nil || back != c {
			t.Errorf("Scan(Value()) = %v, %v; want %v", back, err, c)
		}
	}
}

func TestCountEqualIsZero(t *testing.T) {
	t.Parallel()
	if !(Count{}).IsZero() || (Count{N: 1}).IsZero() || (Count{Qualifier: AtLeast}).IsZero() || (Count{Max: 3, Qualifier: About}).IsZero() {
		t.Error("IsZero: only Count{} is zero; at least 0 is not")
	}
	a, b := Count{N: 2, Qualifier: MoreThan}, MustParseCount("more than two")
	if !a.Equal(b) || a.Equal(Count{N: 2}) || a.Equal(Count{N: 3, Qualifier: AtLeast}) {
		t.Error("Equal compares N, Max and Qualifier: more than 2 is not at least 3")
	}
	if !(Count{N: 20, Max: 30}).IsRange() || (Count{N: 20}).IsRange() {
		t.Error("IsRange")
	}
}

func TestMustParseCount(t *testing.T) {
	t.Parallel()
	defer func() {
		if recover() == nil {
			t.Error("MustParseCount(bad) did not panic")
		}
	}()
	MustParseCount("10 20")
}

// countPair is a case of an operation on two counts: a and b give want,
// in either order.
type countPair struct {
	a, b, want string
	reason     string
}

// checkCountPairs checks that op gives each case's want, in either order.
func checkCountPairs(t *testing.T, name string, op func(a, b Count) Count, cases []countPair) {
	t.Helper()
	for _, tc := range cases {
		a, b := MustParseCount(tc.a), MustParseCount(tc.b)
		if got := op(a, b); got.String() != tc.want {
			t.Errorf("%q %s %q = %q; want %q (%s)", tc.a, name, tc.b, got, tc.want, tc.reason)
		}
		if got := op(b, a); got.String() != tc.want {
			t.Errorf("%q %s %q = %q; want %q (in the other order: %s)", tc.b, name, tc.a, got, tc.want, tc.reason)
		}
	}
}

func TestCountAdd(t *testing.T) {
	t.Parallel()
	checkCountPairs(t, "+", Count.Add, []countPair{
		{"3", "4", "7", "two exact counts sum exactly"},
		{"more than 10", "3", "more than 13", "the contract: a strict end stays strict"},
		{"more than 10", "at least 3", "more than 13", "the contract: strict when either end is"},
		{"44", "at most 10", "44 to 54", "the contract: exact plus an upper bound is a range"},
		{"44", "fewer than 10", "44 to 53", "a strict upper end in a range becomes inclusive"},
		{"at least 3", "at least 4", "at least 7", "two lower bounds"},
		{"more than 10", "more than 3", "more than 14", "at least 11 and at least 4: at least 15"},
		{"at most 3", "at most 4", "at most 7", "two upper bounds"},
		{"fewer than 3", "at most 4", "fewer than 7", "at most 2 and at most 4: at most 6"},
		{"at least 3", "at most 4", "at least 3", "an upper bound adds nothing to a sum with no upper end"},
		{"more than 10", "at most 5", "more than 10", "no upper end"},
		{"20 to 30", "5", "25 to 35", "ranges add end by end"},
		{"20 to 30", "at most 5", "20 to 35", "an upper bound widens a range"},
		{"20 to 30", "10 to 15", "30 to 45", "two ranges"},
		{"20 to 30", "about 5", "about 25 to 35", "an estimate makes the sum an estimate"},
		{"about 300", "20", "about 320", "an estimate of the sum of the figures"},
		{"about 300", "at most 10", "about 300 to 310", "an estimate with an upper bound"},
		{"about 300", "more than 10", "more than 310", "no upper end: the lower bound, at the estimate's figure"},
		{"about 20 to 30", "about 5", "about 25 to 35", "two estimates"},
		{"fewer than 1", "at most 5", "fewer than 6", "at most 0 and at most 5"},
	})

	// Saturation instead of overflow.
	sat := []struct {
		a, b, want int
		reason     string
	}{
		{math.MaxInt, 1, countMax, "past 10^12 the sum is stated as more than 10^12, never an overflow"},
		{math.MaxInt - 1, math.MaxInt - 1, countMax, "past 10^12 the sum is stated as more than 10^12, never an overflow"},
		{math.MinInt, -1, math.MinInt, "an invalid negative count saturates at the smallest int"},
		{5, -3, 2, "an invalid negative count still adds"},
	}
	for _, tc := range sat {
		if got := (Count{N: tc.a}).Add(Count{N: tc.b}).N; got != tc.want {
			t.Errorf("%d + %d = %d; want %d (%s)", tc.a, tc.b, got, tc.want, tc.reason)
		}
	}
	// An invalid qualifier must not panic.
	_ = Count{N: 1, Qualifier: 9}.Add(Count{N: 1, Qualifier: 200})
}

func TestCountHull(t *testing.T) {
	t.Parallel()
	checkCountPairs(t, "hull", Count.Hull, []countPair{
		{"497", "499", "497 to 499", "two sources that disagree: the contract's example"},
		{"more than 10", "5", "at least 5", "the lower of the lower ends, no upper end"},
		{"at most 10", "20", "at most 20", "an upper bound and a figure above it"},
		{"20 to 30", "25", "20 to 30", "a figure inside a range"},
		{"about 300", "320", "about 300 to 320", "an estimate makes the hull an estimate"},
		{"fewer than 10", "fewer than 20", "fewer than 20", "the higher strict upper end"},
		{"44", "44", "44", "the same figure"},
	})
}

// TestCountIntersect checks what two counts of one source for the same
// people give together, in either order.
func TestCountIntersect(t *testing.T) {
	t.Parallel()
	checkCountPairs(t, "with", Count.intersect, []countPair{
		{"more than 200", "215", "215", "the figure within the bound"},
		{"20 to 30", "25 to 40", "25 to 30", "two ranges: what both allow"},
		{"about 300", "250", "250", "an estimate bounds nothing: the other count is kept"},
		{"about 300", "about 200", "about 200 to 300", "two estimates: the hull of their figures, which states both, whichever comes first"},
		{"about 20 to 30", "about 25", "about 20 to 30", "an estimated figure inside an estimated range"},
		{"fewer than 10", "at most 9", "fewer than 10", "the same upper end, written both ways: strict, as for lower ends and Hull"},
		{"at least 11", "more than 10", "more than 10", "the same lower end, written both ways"},
		{"5", "10", "5 to 10", "counts that contradict each other (Validate refuses them): the hull, which holds both claims"},
		{"at most 3", "more than 10", "at least 0", "a contradiction with no upper end: the hull"},
	})
}

// TestCountIntersectLaws checks with rapid that intersect is commutative,
// and associative over counts that do not contradict each other (those
// Validate accepts from one source), so that a source's tallies of the
// same people give the same figure in any order; and that it is sound:
// what every count allows, their intersection allows.
func TestCountIntersectLaws(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		a, b, c := countDraw(t, "a"), countDraw(t, "b"), countDraw(t, "c")
		if a.IsZero() || b.IsZero() || c.IsZero() {
			t.Skip("the zero Count is no tally's count")
		}
		if got, want := a.intersect(b), b.intersect(a); got != want {
			t.Fatalf("%v with %v = %v but %v with %v = %v", a, b, got, b, a, want)
		}
		// A number all the counts that bound allow: the largest lower end
		// of those, if each of them allows it.
		common := 0
		for _, x := range []Count{a, b, c} {
			if x.Qualifier != About {
				common = max(common, x.interval().lo)
			}
		}
		for _, x := range []Count{a, b, c} {
			if x.Qualifier != About && !countAllows(x, common) {
				return // they contradict each other: Validate refuses them
			}
		}
		if l, r := a.intersect(b).intersect(c), a.intersect(b.intersect(c)); l != r {
			t.Fatalf("(%v with %v) with %v = %v but %v with (%v with %v) = %v", a, b, c, l, a, b, c, r)
		}
		if got := a.intersect(b).intersect(c); got.Qualifier != About && !countAllows(got, common) {
			t.Fatalf("%v, %v and %v all allow %d, but together give %v", a, b, c, common, got)
		}
	})
}

// countDraw draws a valid Count of every shape, with small figures so
// that sums stay far from the bound.
func countDraw(t *rapid.T, label string) Count {
	return countDrawFrom(t, label, rapid.IntRange(0, 1000), 100)
}

// countDrawFrom draws a valid Count of every shape whose figure is drawn
// from figures; a range is up to width wide, within 10^12.
func countDrawFrom(t *rapid.T, label string, figures *rapid.Generator[int], width int) Count {
	n := figures.Draw(t, label+" n")
	switch rapid.IntRange(0, 7).Draw(t, label+" shape") {
	case 0:
		return Count{}
	case 1:
		return Count{N: n}
	case 2:
		return Count{N: n, Qualifier: AtLeast}
	case 3:
		return Count{N: n, Qualifier: MoreThan}
	case 4:
		return Count{N: n, Qualifier: AtMost}
	case 5:
		return Count{N: max(n, 1), Qualifier: LessThan}
	case 6:
		return Count{N: n, Qualifier: About}
	}
	q := Exact
	if rapid.Bool().Draw(t, label+" about") {
		q = About
	}
	lo := min(max(n, 1), countMax-1)
	return Count{N: lo, Max: min(lo+rapid.IntRange(1, width).Draw(t, label+" width"), countMax), Qualifier: q}
}

// countAllows reports whether a count allows the whole number v; an
// estimate allows its figures.
func countAllows(c Count, v int) bool {
	iv := c.interval()
	return v >= iv.lo && (iv.inf || v <= iv.hi)
}

// TestCountAddLaws checks with rapid that Add is commutative and
// associative with the zero Count as identity over counts of every shape,
// that its results are valid, and that it is sound: the sum of numbers
// each count allows is allowed by the sum (estimates aside).
func TestCountAddLaws(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		a, b, c := countDraw(t, "a"), countDraw(t, "b"), countDraw(t, "c")
		if got, want := a.Add(b), b.Add(a); got != want {
			t.Fatalf("%v + %v = %v but %v + %v = %v", a, b, got, b, a, want)
		}
		if l, r := a.Add(b).Add(c), a.Add(b.Add(c)); l != r {
			t.Fatalf("(%v + %v) + %v = %v but %v + (%v + %v) = %v", a, b, c, l, a, b, c, r)
		}
		if a.Add(Count{}) != a || (Count{}).Add(a) != a {
			t.Fatalf("the zero Count is not the identity for %v", a)
		}
		sum := a.Add(b)
		if err := sum.Validate(); err != nil {
			t.Fatalf("%v + %v = %#v, invalid: %v", a, b, sum, err)
		}
		if a.Qualifier == About || b.Qualifier == About {
			return
		}
		va := rapid.IntRange(0, 3000).Filter(func(v int) bool { return countAllows(a, v) }).Draw(t, "va")
		vb := rapid.IntRange(0, 3000).Filter(func(v int) bool { return countAllows(b, v) }).Draw(t, "vb")
		if !countAllows(sum, va+vb) {
			t.Fatalf("%v allows %d and %v allows %d, but %v does not allow %d", a, va, b, vb, sum, va+vb)
		}
	})
}

// countDrawNear draws a valid Count of every shape whose figures are
// small or within a few thousand of 10^12, so that sums cross the bound.
func countDrawNear(t *rapid.T, label string) Count {
	return countDrawFrom(t, label, rapid.OneOf(rapid.IntRange(0, 3000), rapid.IntRange(countMax-3000, countMax)), 3000)
}

// countDrawValue draws a whole number c allows: an estimate allows its
// figures, and a count with no upper end numbers up to 3000 above its
// lower end.
func countDrawValue(t *rapid.T, c Count, label string) int {
	iv := c.interval()
	hi := iv.hi
	if iv.inf {
		hi = iv.lo + 3000
	}
	return rapid.IntRange(iv.lo, hi).Draw(t, label)
}

// TestCountAddLawsNearTheBound checks with rapid, over counts whose sums
// cross 10^12, that Add stays commutative and associative, that its
// results are valid, and that it is sound: every sum of numbers the
// counts allow is allowed by their sum (for an estimate, its figures).
// Past the bound a sum may only say less than the exact sum would.
func TestCountAddLawsNearTheBound(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		a, b, c := countDrawNear(t, "a"), countDrawNear(t, "b"), countDrawNear(t, "c")
		if got, want := a.Add(b), b.Add(a); got != want {
			t.Fatalf("%v + %v = %v but %v + %v = %v", a, b, got, b, a, want)
		}
		if l, r := a.Add(b).Add(c), a.Add(b.Add(c)); l != r {
			t.Fatalf("(%v + %v) + %v = %v but %v + (%v + %v) = %v", a, b, c, l, a, b, c, r)
		}
		sum := a.Add(b).Add(c)
		if err := sum.Validate(); err != nil {
			t.Fatalf("%v + %v + %v = %#v, invalid: %v", a, b, c, sum, err)
		}
		va, vb, vc := countDrawValue(t, a, "va"), countDrawValue(t, b, "vb"), countDrawValue(t, c, "vc")
		if !countAllows(sum, va+vb+vc) {
			t.Fatalf("%v allows %d, %v %d and %v %d, but their sum %v does not allow %d", a, va, b, vb, c, vc, sum, va+vb+vc)
		}
	})
}

func TestCountValidate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		c      Count
		err    error
		reason string
	}{
		{"zero", Count{}, nil, "the zero Count is valid"},
		{"exact", Count{N: 44}, nil, "a plain count"},
		{"about", Count{N: 40, Qualifier: About}, nil, "a hedged count"},
		{"range", Count{N: 20, Max: 30}, nil, "a range"},
		{"about range from 0", Count{Max: 5, Qualifier: About}, nil, "an estimated range may start at 0"},
		{"range from 0", Count{Max: 5}, ErrInvalid, "an exact range from 0 is written at most 5"},
		{"range falls", Count{N: 30, Max: 20}, ErrInvalid, "a range must rise"},
		{"range bound", Count{N: 20, Max: 30, Qualifier: MoreThan}, ErrInvalid, "a range is exact or about"},
		{"range too large", Count{N: 20, Max: 1e12 + 1}, ErrRange, "the upper end is bounded too"},
		{"fewer than 0", Count{Qualifier: LessThan}, ErrInvalid, "no count is below 0"},
		{"max", Count{N: 1e12}, nil, "10^12 is the bound"},
		{"negative", Count{N: -1}, ErrNegative, "a count is never negative"},
		{"too large", Count{N: 1e12 + 1}, ErrRange, "above 10^12 does not read back"},
		{"bad qualifier", Count{N: 1, Qualifier: 6}, ErrInvalid, "no such qualifier"},
	}
	for _, tc := range tests {
		err := tc.c.Validate()
		if tc.err == nil && err != nil || tc.err != nil && !errors.Is(err, tc.err) {
			t.Errorf("%#v.Validate() = %v; want %v (%s)", tc.c, err, tc.err, tc.reason)
		}
	}
}

// TestParseCountAllocs pins the zero-allocation paths.
func TestParseCountAllocs(t *testing.T) {
	for _, s := range []string{"44", "forty-four individuals", "more than 1,300 victims", "hundreds of thousands of people", "seven hundred and ninety one", "between 200 and 300 workers", "50-odd people"} {
		if n := testing.AllocsPerRun(100, func() { _, _ = ParseCount(s) }); n != 0 {
			t.Errorf("ParseCount(%q) allocates %v times; want 0", s, n)
		}
	}
	buf := make([]byte, 0, 64)
	c := Count{N: 1300, Qualifier: AtLeast}
	if n := testing.AllocsPerRun(100, func() { _, _ = c.AppendText(buf) }); n != 0 {
		t.Errorf("AppendText allocates %v times; want 0", n)
	}
}

// TestParseCountLongInput checks that a huge input is rejected at once and
// the error quotes only its start.
func TestParseCountLongInput(t *testing.T) {
	t.Parallel()
	s := strings.Repeat("9", 1<<20)
	_, err := ParseCount(s)
	if !errors.Is(err, ErrRange) || len(err.Error()) > 200 {
		t.Errorf("ParseCount(1 MB) = %.80v; want a short ErrRange", err)
	}
}

// TestCountLookupTail checks that every word the parser reads as a number
// is also refused after a count: no number word slips into the tail.
func TestCountLookupTail(t *testing.T) {
	t.Parallel()
	for _, w := range []string{"zero", "one", "nine", "ten", "nineteen", "twenty", "ninety", "hundred", "hundreds",
		"thousand", "thousands", "million", "lakh", "crore", "billion", "trillion", "dozen", "dozens", "tens", "scores"} {
		if !number.IsNumberWord(w) {
			t.Errorf("%q is not a number word", w)
		}
		if _, err := ParseCount("44 and " + w); err == nil {
			t.Errorf("ParseCount(%q) succeeded; want two numbers", "44 and "+w)
		}
	}
	for _, w := range []string{"", "a", "and", "of", "many", "several", "verylongwordindeed", "ones"} {
		if number.IsNumberWord(w) {
			t.Errorf("%q is a number word", w)
		}
	}
}

func FuzzParseCount(f *testing.F) {
	for _, tc := range countCases {
		f.Add(tc.in)
	}
	for _, s := range fuzzPhrases(f, "count") {
		f.Add(s)
	}
	for _, tc := range countErrCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCount(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) && !errors.Is(err, ErrAmbiguous) {
				t.Fatalf("ParseCount(%q): error %v is not a ParseError with ErrSyntax, ErrRange or ErrAmbiguous", s, err)
			}
			if c != (Count{}) {
				t.Fatalf("ParseCount(%q) = %v with an error", s, c)
			}
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("ParseCount(%q) = %#v, invalid: %v", s, c, err)
		}
		str := c.String()
		back, err := ParseCount(str)
		if err != nil || !back.Equal(c) {
			t.Fatalf("ParseCount(%q) = %v; ParseCount(%q) = %v, %v", s, c, str, back, err)
		}
		if back.String() != str {
			t.Fatalf("String not stable: %q then %q", str, back.String())
		}
	})
}

func BenchmarkParseCount(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"digits", "44"},
		{"grouped", "127,000"},
		{"hedged", "more than 1,300 victims"},
		{"words", "forty-four individuals"},
		{"long words", "seven hundred and ninety one"},
		{"vague", "hundreds of thousands of people"},
		{"range", "between 200 and 300 workers"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = ParseCount(bc.in)
			}
		})
	}
}

func BenchmarkCountString(b *testing.B) {
	c := Count{N: 1300, Qualifier: AtLeast}
	b.ReportAllocs()
	for b.Loop() {
		_ = c.String()
	}
}

// TestCountAddPastTheBound: a sum past 10^12 states what still holds and
// stays a valid count, so that a Summary of any counts marshals (issue 9).
func TestCountAddPastTheBound(t *testing.T) {
	t.Parallel()
	big := Count{N: 1_000_000_000_000}
	tests := []struct {
		a, b   Count
		want   string
		reason string
	}{
		{big, Count{N: 5}, "more than 1000000000000", "an exact sum past the bound is more than it"},
		{big, MustParseCount("at most 5"), "at least 1000000000000", "an upper end past the bound is dropped"},
		{Count{N: 999_999_999_999}, MustParseCount("about 5"), "more than 1000000000000",
			"an estimate loses its upper end past the bound, and is then a lower bound at its figures, as an estimate plus a count with no upper end is"},
		{big, MustParseCount("more than 3"), "more than 1000000000000", "a lower bound past the bound"},
		{Count{N: 999_999_999_990}, Count{N: 10}, "1000000000000", "the bound itself is a count"},
		{MustParseCount("more than 999999999998"), Count{N: 1}, "more than 999999999999",
			"at least 10^12: more than 10^12 would leave out 10^12 itself, which the sum allows"},
		{MustParseCount("at least 999999999999"), Count{N: 1}, "at least 1000000000000", "a lower bound at the bound itself"},
		{MustParseCount("more than 999999999999"), Count{N: 1}, "more than 1000000000000", "at least 10^12+1, which only more than 10^12 says"},
		{MustParseCount("999999999990 to 1000000000000"), Count{N: 5}, "at least 999999999995", "a range whose upper end passes the bound keeps its lower end"},
		{MustParseCount("about 999999999990 to 1000000000000"), Count{N: 5}, "at least 999999999995", "an estimated range likewise, at its lower figure"},
		{MustParseCount("fewer than 1000000000000"), MustParseCount("at most 10"), "at least 0", "an upper bound past the bound says nothing more than at least 0"},
		{Count{N: 1_000_000_000_000, Qualifier: MoreThan}, MustParseCount("at most 5"), "more than 1000000000000", "more than 10^12 stays: sums only grow"},
		{MustParseCount("about 1000000000000"), Count{N: 1}, "more than 1000000000000", "the review's case: about 10^12 + 1"},
		{MustParseCount("at most 1"), MustParseCount("fewer than 1000000000000"), "at most 1000000000000", "fewer than 10^12+1 cannot be written; at most 10^12 says the same"},
	}
	for _, tt := range tests {
		got := tt.a.Add(tt.b)
		if got.String() != tt.want || got.Validate() != nil {
			t.Errorf("%s + %s = %s (valid: %v), want %s: %s", tt.a, tt.b, got, got.Validate(), tt.want, tt.reason)
		}
	}
	// The review's case: associativity across the bound. Past the bound
	// each sum must keep what the exact sum would say once written, or the
	// grouping changes the result.
	about, one, five := MustParseCount("about 1000000000000"), Count{N: 1}, MustParseCount("at least 5")
	if l, r := about.Add(one).Add(five), about.Add(one.Add(five)); l != r {
		t.Errorf("(%s + %s) + %s = %s but %s + (%s + %s) = %s: Add must be associative past the bound", about, one, five, l, about, one, five, r)
	}
	var s Summary
	for range 3 {
		s.Add(Summary{Operations: 1, Victims: big})
	}
	if _, err := s.Victims.MarshalText(); err != nil {
		t.Errorf("a Summary of counts past the bound does not marshal: %v", err)
	}
}

// TestShortRangeAmbiguous: a range whose lower end may be written short
// ("20-30,000" for 20,000 to 30,000, "800-1.2 million" for 800,000 to 1.2
// million) is refused by counts and amounts alike, since the text cannot
// say which it is; ranges that cannot be short are read.
func TestShortRangeAmbiguous(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, want string
		reason   string
	}{
		{"20-30,000", "", "20 to 30,000, or 20,000 to 30,000 written short"},
		{"5-10,000 people", "", "5 to 10,000, or 5,000 to 10,000"},
		{"900-1,000", "900 to 1000", "900,000 is more than 1,000: it cannot be short"},
		{"20,000-30,000", "20000 to 30000", "both ends written out"},
		{"20-30 thousand", "20000 to 30000", "a scale word on the upper end applies to both"},
		{"15-26", "15 to 26", "no grouping at all"},
		{"800-1.2 million", "", "800 to 1,200,000, or 800,000 written short: the shared scale would make it fall"},
		{"3-2 thousand", "", "shared, 3,000 to 2,000 falls; not shared, a slip"},
		{"500 to 2 thousand", "", "500 to 2,000, or 500,000 to 2,000,000 with a slip"},
		{"900,000-1.2 million", "900000 to 1200000", "a grouped lower end is written out"},
		{"1500-2 thousand", "1500 to 2000", "a lower end at or above the scale cannot be short"},
	}
	for _, tt := range tests {
		c, err := ParseCount(tt.in)
		switch {
		case tt.want == "" && !errors.Is(err, ErrAmbiguous):
			t.Errorf("ParseCount(%q) = %v, %v; want ErrAmbiguous: %s", tt.in, c, err, tt.reason)
		case tt.want != "" && (err != nil || c.String() != tt.want):
			t.Errorf("ParseCount(%q) = %v, %v; want %s: %s", tt.in, c, err, tt.want, tt.reason)
		}
	}
	for _, in := range []string{"2-300,000 baht", "Rp 5-10.000.000", "$5-10,000 USD",
		"RM800-1.2 million", "about 900-1.2 million baht", "US$3-2 million", "between RM800 and RM1.2 million"} {
		if a, err := ParseReportedAmount(in); !errors.Is(err, ErrAmbiguous) {
			t.Errorf("ParseReportedAmount(%q) = %v, %v; want ErrAmbiguous: the lower end may be written short", in, a, err)
		}
	}
	if a, err := ParseReportedAmount("RM900,000-1.2 million"); err != nil || a.String() != "MYR 900000.00 to 1200000.00" {
		t.Errorf("ParseReportedAmount(\"RM900,000-1.2 million\") = %v, %v: a grouped lower end is written out", a, err)
	}
	if a, err := ParseReportedAmount("25,000 to 50,000 baht"); err != nil || a.String() != "THB 25000.00 to 50000.00" {
		t.Errorf("ParseReportedAmount(\"25,000 to 50,000 baht\") = %v, %v", a, err)
	}
}
