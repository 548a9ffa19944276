package rescue

import (
	"bufio"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/quick"
)

// countCases are inputs ParseCount must read, with why.
var countCases = []struct {
	name, in string
	want     Count
	reason   string
}{
	// Digits.
	{"digits", "44", Count{N: 44}, "plain digits are an exact count"},
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
	{"more than", "more than 1,300 victims", Count{N: 1300, Qualifier: AtLeast}, "more than is a lower bound"},
	{"More than", "More than 100 000 persons", Count{N: 100000, Qualifier: AtLeast}, "more than with space groups"},
	{"over", "over 400", Count{N: 400, Qualifier: AtLeast}, "over is a lower bound"},
	{"well over", "well over 1,000", Count{N: 1000, Qualifier: AtLeast}, "well over is a lower bound"},
	{"just over", "just over 100", Count{N: 100, Qualifier: AtLeast}, "just over is a lower bound"},
	{"at least", "at least 15 Filipinos", Count{N: 15, Qualifier: AtLeast}, "at least is a lower bound"},
	{"at least words", "at least ten", Count{N: 10, Qualifier: AtLeast}, "at least before words"},
	{"in excess of", "in excess of 100", Count{N: 100, Qualifier: AtLeast}, "in excess of is a lower bound"},
	{"upwards of", "upwards of 500 workers", Count{N: 500, Qualifier: AtLeast}, "upwards of is a lower bound"},
	{"no fewer than", "no fewer than 31", Count{N: 31, Qualifier: AtLeast}, "no fewer than is a lower bound"},
	{"over a hundred", "over a hundred", Count{N: 100, Qualifier: AtLeast}, "a hedge before a word number"},
	{"more than a dozen", "more than a dozen", Count{N: 12, Qualifier: AtLeast}, "a hedge before a dozen keeps the hedge"},
	{"over two dozen", "over two dozen", Count{N: 24, Qualifier: AtLeast}, "a hedge before two dozen"},
	{"up to", "up to 3,000", Count{N: 3000, Qualifier: AtMost}, "up to is an upper bound"},
	{"nearly", "nearly 1,000", Count{N: 1000, Qualifier: AtMost}, "nearly is an upper bound"},
	{"nearly 50", "nearly 50", Count{N: 50, Qualifier: AtMost}, "nearly is an upper bound"},
	{"almost a thousand", "almost a thousand", Count{N: 1000, Qualifier: AtMost}, "almost is an upper bound"},
	{"less than", "less than 50", Count{N: 50, Qualifier: AtMost}, "less than is an upper bound"},
	{"fewer than", "fewer than 10 victims", Count{N: 10, Qualifier: AtMost}, "fewer than is an upper bound"},
	{"under", "under 20", Count{N: 20, Qualifier: AtMost}, "under is an upper bound"},
	{"as many as", "as many as 1,000", Count{N: 1000, Qualifier: AtMost}, "as many as is an upper bound"},
	{"close to", "close to 700", Count{N: 700, Qualifier: AtMost}, "close to is an upper bound"},
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
	{"reportedly more than", "reportedly more than 40", Count{N: 40, Qualifier: AtLeast}, "an exact word and a bound give the bound"},
	{"estimated more than", "an estimated more than 200", Count{N: 200, Qualifier: About}, "an estimate of a bound is an estimate"},
	{"at least text", "at-least 2", Count{N: 2, Qualifier: AtLeast}, "the qualifier's text form works as a hedge"},
	{"at most", "at most 10", Count{N: 10, Qualifier: AtMost}, "String's form for AtMost reads back"},

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
	{"hedge both", "over 200+", Count{N: 200, Qualifier: AtLeast}, "the same hedge twice is that hedge"},
	{"hedge both mixed", "about 200 or more", Count{N: 200, Qualifier: About}, "an estimate and a bound give an estimate"},
	{"odd after words", "a hundred-odd", Count{N: 100, Qualifier: About}, "-odd after a word number"},
	{"plus after words", "hundred-plus", Count{N: 100, Qualifier: AtLeast}, "-plus after a word number"},
	{"plus word", "100 plus people", Count{N: 100, Qualifier: AtLeast}, "plus after a number"},
	{"about plus", "About 1,000+", Count{N: 1000, Qualifier: About}, "an estimate and a bound give an estimate"},
	{"fewer than a dozen", "fewer than a dozen", Count{N: 12, Qualifier: AtMost}, "an upper bound on a dozen"},

	// Ranges.
	{"range dash", "20-30 people", Count{N: 20, Qualifier: AtLeast}, "a range is at least its lower end"},
	{"range en dash", "20–30", Count{N: 20, Qualifier: AtLeast}, "an en dash makes a range"},
	{"range to", "20 to 30", Count{N: 20, Qualifier: AtLeast}, "to makes a range"},
	{"range words", "two or three", Count{N: 2, Qualifier: AtLeast}, "or between number words makes a range"},
	{"range words hyphen", "two-three people", Count{N: 2, Qualifier: AtLeast}, "a hyphen between unit words makes a range"},
	{"range between", "between 200 and 300 workers", Count{N: 200, Qualifier: AtLeast}, "between … and makes a range"},
	{"range between words", "between two hundred and three hundred", Count{N: 200, Qualifier: AtLeast}, "and after between is the range, not part of the number"},
	{"range shared scale", "20 to 30 thousand", Count{N: 20000, Qualifier: AtLeast}, "a scale on the upper end alone applies to both"},
	{"range shared scale words", "two to three hundred", Count{N: 200, Qualifier: AtLeast}, "a scale on the upper end alone applies to both"},
	{"range million", "1-2 million", Count{N: 1000000, Qualifier: AtLeast}, "a shared million"},
	{"range own scale", "500 to 2 thousand", Count{N: 500, Qualifier: AtLeast}, "a lower end above the upper mantissa keeps its own value"},
	{"range grouped", "20,000 to 30,000", Count{N: 20000, Qualifier: AtLeast}, "grouped range"},
	{"range spaced dash", "1,000 - 2,000 workers", Count{N: 1000, Qualifier: AtLeast}, "spaces around the dash"},
	{"range from", "from 20 to 30", Count{N: 20, Qualifier: AtLeast}, "from … to makes a range"},
	{"range or", "20 or 30 people", Count{N: 20, Qualifier: AtLeast}, "or between numbers makes a range"},
	{"range words to", "twenty to thirty", Count{N: 20, Qualifier: AtLeast}, "to between number words"},
	{"range about", "about 20-30", Count{N: 20, Qualifier: About}, "a hedged range is the hedge plus or more"},
	{"range more than", "more than 20-30", Count{N: 20, Qualifier: AtLeast}, "a lower bound on a range is a lower bound"},
	{"range up to", "up to 20-30", Count{N: 20, Qualifier: About}, "an upper bound on a range is an estimate"},
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
	{"up to thousands", "up to thousands", Count{N: 1000, Qualifier: About}, "an upper bound on a lower bound is an estimate"},
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
	{"point grouping", "1.234", ErrSyntax, "a point never groups thousands"},
	{"point grouping 2", "1.000.000", ErrSyntax, "European grouping is refused"},
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
	{"too precise", "1.1234567 million", ErrRange, "at most six decimals"},
	{"too long", strings.Repeat("1", 65), ErrRange, "more than 64 bytes"},
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
// set): kind, span, status, expect ("qualifier|N"), source.
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
		qs, ns, _ := strings.Cut(expect, "|")
		q, qerr := ParseQualifier(qs)
		n, nerr := strconv.Atoi(ns)
		if qerr != nil || nerr != nil {
			t.Fatalf("line %d: bad expect %q", line, expect)
		}
		if want := (Count{N: n, Qualifier: q}); err != nil || got != want {
			t.Errorf("line %d: ParseCount(%q) = %v, %v; want %v (source %s)", line, span, got, err, want, fields[4])
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
		{"at least", Count{N: 2, Qualifier: AtLeast}, "at least 2", "the count words of AtLeast"},
		{"at most", Count{N: 10, Qualifier: AtMost}, "at most 10", "the count words of AtMost"},
		{"about", Count{N: 40, Qualifier: About}, "about 40", "the count words of About"},
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
	c = Count{N: 5}
	if err := c.UnmarshalText([]byte("10 20")); !errors.Is(err, ErrSyntax) || c != (Count{N: 5}) {
		t.Errorf("UnmarshalText(bad) = %v, %v; want ErrSyntax and c unchanged", c, err)
	}
	for _, bad := range []Count{{N: -1}, {N: 1, Qualifier: 4}, {N: 1e12 + 1}} {
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
		{"phrase", `"more than 1,300 victims"`, Count{N: 1300, Qualifier: AtLeast}, true, "any phrase ParseCount reads"},
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
	}
	for _, tc := range tests {
		c := Count{N: 9}
		err := c.Scan(tc.src)
		if (err == nil) != tc.ok || c != tc.want {
			t.Errorf("Scan(%#v) = %v, %v; want %v, ok %v (%s)", tc.src, c, err, tc.want, tc.ok, tc.reason)
		}
	}
	for _, c := range []Count{{}, {N: 44}, {N: 2, Qualifier: AtLeast}} {
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
	if !(Count{}).IsZero() || (Count{N: 1}).IsZero() || (Count{Qualifier: AtLeast}).IsZero() {
		t.Error("IsZero: only Count{} is zero; at least 0 is not")
	}
	a, b := Count{N: 2, Qualifier: AtLeast}, MustParseCount("more than two")
	if !a.Equal(b) || a.Equal(Count{N: 2}) {
		t.Error("Equal compares N and Qualifier")
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

var qualifiers = []Qualifier{Exact, AtLeast, AtMost, About}

func TestCountAdd(t *testing.T) {
	t.Parallel()
	tests := []struct {
		a, b   Qualifier
		want   Qualifier
		reason string
	}{
		{Exact, Exact, Exact, "two exact counts sum exactly"},
		{Exact, AtLeast, AtLeast, "exact plus a lower bound is a lower bound"},
		{Exact, AtMost, AtMost, "exact plus an upper bound is an upper bound"},
		{Exact, About, About, "anything plus an estimate is an estimate"},
		{AtLeast, Exact, AtLeast, "a lower bound plus exact is a lower bound"},
		{AtLeast, AtLeast, AtLeast, "two lower bounds sum to a lower bound"},
		{AtLeast, AtMost, About, "a lower plus an upper bound bounds nothing: an estimate"},
		{AtLeast, About, About, "anything plus an estimate is an estimate"},
		{AtMost, Exact, AtMost, "an upper bound plus exact is an upper bound"},
		{AtMost, AtLeast, About, "an upper plus a lower bound bounds nothing: an estimate"},
		{AtMost, AtMost, AtMost, "two upper bounds sum to an upper bound"},
		{AtMost, About, About, "anything plus an estimate is an estimate"},
		{About, Exact, About, "an estimate plus anything is an estimate"},
		{About, AtLeast, About, "an estimate plus anything is an estimate"},
		{About, AtMost, About, "an estimate plus anything is an estimate"},
		{About, About, About, "an estimate plus anything is an estimate"},
	}
	if len(tests) != len(qualifiers)*len(qualifiers) {
		t.Fatal("the table must cover every pair")
	}
	for _, tc := range tests {
		got := Count{N: 3, Qualifier: tc.a}.Add(Count{N: 4, Qualifier: tc.b})
		if want := (Count{N: 7, Qualifier: tc.want}); got != want {
			t.Errorf("%v + %v = %v; want %v (%s)", tc.a, tc.b, got, want, tc.reason)
		}
	}

	// Saturation instead of overflow.
	sat := []struct {
		a, b, want int
		reason     string
	}{
		{math.MaxInt, 1, math.MaxInt, "saturates at the largest int"},
		{math.MaxInt - 1, math.MaxInt - 1, math.MaxInt, "saturates at the largest int"},
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

// TestCountAddLaws checks that Add is commutative and associative, with the
// zero Count as identity: over every qualifier exhaustively, and over N
// (including saturation) with testing/quick.
func TestCountAddLaws(t *testing.T) {
	t.Parallel()
	for _, a := range qualifiers {
		for _, b := range qualifiers {
			x, y := Count{N: 1, Qualifier: a}, Count{N: 2, Qualifier: b}
			if x.Add(y) != y.Add(x) {
				t.Errorf("%v + %v is not commutative", a, b)
			}
			if x.Add(Count{}) != x || (Count{}).Add(x) != x {
				t.Errorf("the zero Count is not the identity for %v", a)
			}
			for _, c := range qualifiers {
				z := Count{N: 4, Qualifier: c}
				if x.Add(y).Add(z) != x.Add(y.Add(z)) {
					t.Errorf("(%v + %v) + %v != %v + (%v + %v)", a, b, c, a, b, c)
				}
			}
		}
	}
	// Valid counts have N >= 0; saturating addition of non-negative
	// numbers is associative. Draw N from the whole non-negative range so
	// that saturation is exercised.
	mk := func(n uint64, q uint8) Count {
		return Count{N: int(n >> 1), Qualifier: Qualifier(q % 4)}
	}
	comm := func(n1, n2 uint64, q1, q2 uint8) bool {
		a, b := mk(n1, q1), mk(n2, q2)
		return a.Add(b) == b.Add(a)
	}
	assoc := func(n1, n2, n3 uint64, q1, q2, q3 uint8) bool {
		a, b, c := mk(n1, q1), mk(n2, q2), mk(n3, q3)
		return a.Add(b).Add(c) == a.Add(b.Add(c))
	}
	cfg := &quick.Config{MaxCount: 20000}
	if err := quick.Check(comm, cfg); err != nil {
		t.Error("Add is not commutative:", err)
	}
	if err := quick.Check(assoc, cfg); err != nil {
		t.Error("Add is not associative:", err)
	}
	small := func(n1, n2, n3 uint32, q1, q2, q3 uint8) bool {
		a := Count{N: int(n1), Qualifier: Qualifier(q1 % 4)}
		b := Count{N: int(n2), Qualifier: Qualifier(q2 % 4)}
		c := Count{N: int(n3), Qualifier: Qualifier(q3 % 4)}
		sum := a.Add(b).Add(c)
		return sum.N == int(n1)+int(n2)+int(n3) && sum == c.Add(a).Add(b)
	}
	if err := quick.Check(small, cfg); err != nil {
		t.Error("Add of small counts is not the plain sum in any order:", err)
	}
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
		{"max", Count{N: 1e12}, nil, "10^12 is the bound"},
		{"negative", Count{N: -1}, ErrNegative, "a count is never negative"},
		{"too large", Count{N: 1e12 + 1}, ErrRange, "above 10^12 does not read back"},
		{"bad qualifier", Count{N: 1, Qualifier: 4}, ErrInvalid, "no such qualifier"},
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
		if !countIsNumberWord(w) {
			t.Errorf("%q is not a number word", w)
		}
		if _, err := ParseCount("44 and " + w); err == nil {
			t.Errorf("ParseCount(%q) succeeded; want two numbers", "44 and "+w)
		}
	}
	for _, w := range []string{"", "a", "and", "of", "many", "several", "verylongwordindeed", "ones"} {
		if countIsNumberWord(w) {
			t.Errorf("%q is a number word", w)
		}
	}
}

func FuzzParseCount(f *testing.F) {
	for _, tc := range countCases {
		f.Add(tc.in)
	}
	for _, tc := range countErrCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCount(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) {
				t.Fatalf("ParseCount(%q): error %v is not a ParseError with ErrSyntax or ErrRange", s, err)
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
