// Package extract finds the figures of a report on a counter-trafficking
// operation in its text: how many people were rescued or arrested and
// who they are, the money and items seized, where and when it happened
// and who acted, each with the span of text it came from. It reads the
// text through a [Lexicon], one language's word lists; the logic here
// holds no word of any language.
//
// The package decides only what a phrase is about. Turning a phrase into
// a value (a count, a nationality, an amount) is the caller's, through
// the parsers it passes in [Parsers], so that a phrase means the same
// thing here as everywhere else in the library.
package extract

import "strings"

// Class is a set of word classes: what a word can do in a sentence.
type Class uint64

// The word classes. A word may be in several.
const (
	// Figures.
	NumberWord Class = 1 << iota // "five", "hundred", "dozens", "several": part of a count
	NumberJoin                   // "and", "of", "a": inside a count between number words ("two hundred and five", "tens of thousands")
	Article                      // "a", "an": one person ("a minor")
	Hedge                        // a one-word hedge before a count: "some", "over", "about"
	More                         // "more", "another", "additional", "further": a figure added to an earlier one ("53 more Indians")

	// The people a figure counts.
	PersonNoun   // "people", "workers", "nationals": people, of no role by themselves
	VictimNoun   // "victims", "survivors": victims even without a verb
	SuspectNoun  // "suspects", "traffickers": suspects when an arrest verb says so
	DetaineeNoun // "detainees": suspects held, with no verb needed
	OfficerNoun  // "officers", "personnel": neither victims nor suspects
	MinorNoun    // "children", "minors", "child": under 18
	FemaleNoun   // "women", "girls"
	MaleNoun     // "men", "boys"
	Plural       // the plural form of a noun: "workers", "women"

	// What happened to them.
	VictimVerb    // "rescued", "freed": the figure counts victims
	InterceptVerb // "intercepted", "stopped": victims stopped on their way
	SuspectVerb   // "arrested", "detained": the figure counts suspects
	AtLargeWord   // "at large", "on the run", "escaped" after suspects
	EscapeVerb    // "escaped", "fled": people who got away and raised the alarm
	RoleNoun      // "rescue", "arrest": an act named by a noun ("the rescue of nine victims")
	TriggerNoun   // "tip", "tip-off", "hotline": what started an operation
	StatementVerb // "said", "announced": a date beside them is the statement's
	OperationNoun // "operation", "raid": a sentence about the operation itself

	FoundVerb // "found": victims, read with a note

	// Sentence structure.
	Aux          // "were", "have", "been": between a subject and its participle
	Copula       // "are", "were": "29 are Filipinos"
	Adverb       // "also", "successfully": skipped between a verb and its figure
	Determiner   // "the", "these", "all"
	Stop         // ends a noun phrase: prepositions, relatives, verbs
	ClauseBreak  // "who", "after", "while": a verb beyond it is another clause's
	Breakdown    // "including", "comprising": the figures after it are parts of the one before
	TotalWord    // "totalling": the figure after it is the sum of those before
	PartitiveDet // "them", "these", "the" after "of": "three of them"
	FrameWord    // "of", "among" opening a sentence: "Of these, 29 were…"
	Rest         // "rest", "remainder", "other": the people a breakdown leaves ("the other 18")
	AgeWord      // "aged", "under the age of": ages after a noun

	// Things seized and where.
	SeizeVerb  // "seized", "confiscated"
	CashNoun   // "cash"
	NotCash    // "salary", "fee", "worth", "charged" before an amount: money that was not seized
	PerPeriod  // "month", "each" after an amount ("$900 a month"): a wage or a price
	AgencyHead // "police", "bureau", "ministry": a word that makes a name an agency's
	PlaceNoun  // "suburb", "town": "a suburb of Lima"
	PlaceAfter // "town", "city" after a name: "Porac town"
	InPreposition
	ScaleWord  // "million", "bn": between an amount's number and its currency
	RangeJoin  // "to": joins the two ends of a range of amounts ("RM5,000 to RM6,000"); a dash does too
	RangeOpen  // "between": opens a range whose ends "and" joins
	Particle   // "hand over": a verb whose "over" is not a hedge
	Adult      // "men", "women", "adults": grown-ups
	Possessive // "their", "his": what follows belongs to someone
	Embassy    // "embassy", "consulate": an agency abroad, whose country is not the operation's

	// Derived by Prepare: where phrases may start and end, so that a
	// word that starts none is not looked up.
	PhraseStart
	PhraseEnd
	DateStart // the first word of a relative date, a weekday or a month

	Cumulative // "so far", "to date", "annually": a figure of a period, not of one operation
	Since      // "since": a figure since a month or a year is one to date
	TimeWord   // "pm", "hours": a number before it is not a count of people

	Transgender // "transgender", "trans": of women, transgender feminine; of men, transgender masculine
)

// Lexicon is one language's word lists for the engine. Every list is in
// lower case; the engine folds the text to lower case (ASCII letters only)
// before looking words up.
type Lexicon struct {
	// Words maps a word to its classes.
	Words map[string]Class
	// Phrases maps a phrase of two to four words, separated by single
	// spaces, to its classes: "more than" (a Hedge), "taken into custody"
	// (a SuspectVerb), "as well as" (a list's "and").
	Phrases map[string]Class
	// ListAnd are the phrases that join the items of a list besides ","
	// ("and", "as well as", "&").
	ListAnd map[string]bool
	// Evidence maps the name of a kind of item, in the singular and the
	// plural, to the library's EvidenceKind code ("MobilePhone").
	Evidence map[string]EvidenceWord
	// Months maps a month's name and its abbreviations to 1–12.
	Months map[string]int
	// Weekdays maps a weekday's name to 0 (Sunday) to 6.
	Weekdays map[string]int
	// Relative maps a phrase for a date relative to the report's
	// publication ("last week", "over the weekend") to what it means.
	Relative map[string]Relative
	// Triggers maps a TriggerNoun to the library's TriggerKind code.
	Triggers map[string]string
	// Abbreviations are words that end in a period without ending the
	// sentence ("mr", "gen", "u.s").
	Abbreviations map[string]bool
	// ShortNames are the names of countries or nationalities of at most
	// three letters that prose uses ("US", "UK", "Lao"), as written: a
	// shorter capitalised word is never taken for a country's code ("Na",
	// the initials of a passenger, is not Namibia).
	ShortNames map[string]bool
	// OrdinalSuffixes are the letters after a day's digits ("st", "th").
	OrdinalSuffixes map[string]bool
	// Money are the words that say what a sum seized is: cash, the value
	// of goods, counterfeit money, an equivalent or a part of another sum.
	Money MoneyWords
	// Prepositions open a modifier of place or time after a figure ("in
	// Lima", "from one house", "on Monday"): a list may continue past it
	// ("80 victims in Lima and 40 in Callao").
	Prepositions map[string]bool
	// Collective are the nouns of groups of people ("families"): a
	// figure of them is no figure of people.
	Collective map[string]bool
	// Pairs are the nouns of two people each ("a Chinese couple", "3
	// couples"): a figure of them counts twice its number.
	Pairs map[string]bool
	// AgeNouns maps what follows the digits and a hyphen of a word of age
	// ("year-olds" of "15-year-olds") to whether it is plural: such a
	// word is a noun of people, minors under 18. The singular
	// ("year-old") is one only where no noun follows it ("a 15-year-old
	// from Laos", not "a 15-year-old girl").
	AgeNouns map[string]bool
	// Offspring are the nouns that, after a possessive, name a relation
	// and not an age: "her 3 children" may be grown up.
	Offspring map[string]bool
	// Also are the adverbs before a verb that make its figure one more
	// ("Police also rescued 10 men").
	Also map[string]bool
	// HedgeAfter are the hedges written after a figure ("50 women at
	// most", "50 and counting"): the count's reader reads them there.
	HedgeAfter map[string]bool
	// ListOr are the words that join alternatives ("or"): "Chinese or
	// Malaysian suspects" are of no one nationality.
	ListOr map[string]bool
	// Partly are the words before a name that make it describe part of a
	// group only: "mostly Nigerian women".
	Partly map[string]bool
	// Quantifiers are the words that count some, all or none of a set
	// with no number, or pick one of it out ("most", "all", "none",
	// "youngest"): "7 women, most of them Thai, and 2 girls" says
	// something of some of the 7 in passing, and counts no one.
	Quantifiers map[string]bool
	// Nobody are the Quantifiers that count no one of a set ("none"):
	// "none of whom were victims" says no one is.
	Nobody map[string]bool
	// AgeAndOver are the phrases that leave an age open upwards, after it
	// ("and over", "or older") or as an age phrase before it ("over the
	// age of").
	AgeAndOver map[string]bool
	// NationalityNouns are the nouns of "of Thai nationality": the name
	// before them is the people's nationality.
	NationalityNouns map[string]bool
	// Ranks are ranks and titles, with their abbreviations ("general",
	// "inspector", "spokesperson", "gen"): a capitalised run after one is
	// a person's name, which an agency's name never holds.
	Ranks map[string]bool
	// WeekdayShift maps a word before a weekday to the week it names: -1
	// for the one before ("last Friday", on a Friday, is a week before),
	// 1 for one to come ("next Friday"), which is no date of a report.
	WeekdayShift map[string]int
	// OtherEvents are verbs of events besides the operation, before or
	// after it ("charged", "repatriated", "returned", "recruited"): a
	// date or a place right after one is that event's.
	OtherEvents map[string]bool
	// Sequence are the words that open a clause of an event before or
	// after the one the sentence reports ("after", "before", "until"): a
	// date in that clause is the other event's.
	Sequence map[string]bool
	// AnotherEvent are the phrases of one to three words that make their
	// clause another event's than the operation ("separate raid",
	// "unrelated case", "last year", "years ago").
	AnotherEvent map[string]bool
	// Separately are the phrases of one to four words that, opening a
	// sentence before a comma, make it and the rest of its paragraph
	// another event's until a date ties back to the operation
	// ("Separately, …", "In a separate raid, …", "Elsewhere, …").
	Separately map[string]bool
	// Claims are the words that make what follows them in their clause a
	// claim, not a fact ("claimed", "rumours", "unconfirmed").
	Claims map[string]bool
	// Unreal are the words before a verb that say its act did not happen
	// or has not yet ("not", "failed", "unable", "plan", "would").
	Unreal map[string]bool
	// Updates are the phrases of two or three words before a later
	// figure of the same people ("rose to", "went up to").
	Updates map[string]bool
	// Agents are the words before the doer of a passive ("by"): a figure
	// after one did the act ("recruited by a Thai woman").
	Agents map[string]bool
	// GroupNouns are the nouns of a set that an "of" phrase counts ("a
	// group of 12 women"): the set is the people. After any other noun
	// ("the parents of 12 children") the verb is the noun's.
	GroupNouns map[string]bool
	// Along are the phrases that add to the object of the verb before
	// ("along with", "together with"): "arrested the owner along with 12
	// women" arrests them too.
	Along map[string]bool
	// RelativePronouns are the words of ClauseBreak that open a clause
	// about what comes before them ("who", "which"): a verb after one,
	// right after a figure, is the figure's ("12 women, who were
	// rescued"). After any other ("while", "but"), a clause with a
	// subject of its own ("while the alleged ringleader remains at
	// large") says nothing of the figure.
	RelativePronouns map[string]bool
	// Pronouns are the pronouns that name the people of a figure before
	// them again ("they"): "detained 20 workers, but police said they were
	// victims" speaks of the workers after all.
	Pronouns map[string]bool
	// AgencyParts maps the phrases before an agency that give its part
	// in the operation ("led by", "with help from") to the AgencyPart
	// code ("Lead", "Support").
	AgencyParts map[string]string
	// Homonyms maps the name of a country, in lower case, that is also a
	// place of another country to that country's ISO 3166 code ("benin":
	// "NG", for Benin City; "georgia": "US"). The report's other places
	// decide which it is.
	Homonyms map[string]string
	// Removal are the words of taking people out of where they were
	// ("rescued", "repatriated", "evacuated", "home" of "brought home"):
	// a country after "from" that follows one, after the figure or
	// before it ("rescued 47 Indians from Laos", "84 citizens rescued
	// from Myanmar"), is where they were, not where they come from.
	Removal map[string]bool
	// Destination are the words of where people were being taken or
	// what was to be done to them there ("bound", "taken", "sold",
	// "smuggled"): a place after one in its clause ("being taken to be
	// sold as brides in China") is not where the operation was.
	Destination map[string]bool

	anotherStarts map[string]bool // the first words of AnotherEvent, set by Prepare
}

// EvidenceWord is what a word for an item seized means.
type EvidenceWord struct {
	Kind   string // the EvidenceKind code
	Plural bool
	Mass   bool // counted by weight or not at all ("drugs"): no quantity
}

// RelativeKind is the kind of a relative date.
type RelativeKind uint8

// The relative dates.
const (
	RelNone      RelativeKind = iota
	RelToday                  // the day of publication
	RelYesterday              // the day before
	RelWeekend                // the last Saturday and Sunday before publication
	RelThisWeek               // Monday of the week of publication to publication
	RelLastWeek               // the week (Monday to Sunday) before
	RelThisMonth              // the month of publication
	RelLastMonth              // the month before
	RelPastDays               // the N days to publication ("in the last two weeks": N from the phrase)
	RelDaysAgo                // the day N days before publication ("three days ago")
	RelWeeksAgo               // the week (Monday to Sunday) N weeks before that of publication ("two weeks ago")
	RelMonthsAgo              // the month N months before that of publication ("two months ago")
)

// Relative is what a relative date phrase means.
type Relative struct {
	Kind RelativeKind
	Days int // for RelPastDays and RelDaysAgo; N for RelWeeksAgo and RelMonthsAgo
}

// Prepare derives the classes the engine uses to skip lookups that
// cannot succeed (PhraseStart, PhraseEnd, DateStart) from the lists, and
// returns l. A lexicon must be prepared once, before use.
func (l *Lexicon) Prepare() *Lexicon {
	mark := func(w string, c Class) { l.Words[w] |= c }
	for p := range l.Phrases {
		words := strings.Fields(p)
		mark(words[0], PhraseStart)
		mark(words[len(words)-1], PhraseEnd)
	}
	for p := range l.ListAnd {
		mark(strings.Fields(p)[0], PhraseStart)
	}
	for p := range l.Relative {
		mark(strings.Fields(p)[0], DateStart)
	}
	for p := range l.Evidence {
		mark(strings.Fields(p)[0], PhraseStart)
	}
	l.anotherStarts = map[string]bool{}
	for p := range l.AnotherEvent {
		l.anotherStarts[strings.Fields(p)[0]] = true
	}
	for w := range l.Weekdays {
		mark(w, DateStart)
	}
	for w := range l.Months {
		mark(w, DateStart)
	}
	return l
}

// Class returns the classes of the lower-case word w.
func (l *Lexicon) Class(w string) Class { return l.Words[w] }

// Build returns the word map of a lexicon from lists: for each class, the
// words of that class separated by white space. A word listed under
// several classes gets them all.
func Build(lists map[Class]string) map[string]Class {
	m := make(map[string]Class)
	for c, words := range lists {
		for _, w := range strings.Fields(words) {
			m[w] |= c
		}
	}
	return m
}

// BuildPhrases is Build for phrases: for each class, phrases separated by
// "|", their words by single spaces.
func BuildPhrases(lists map[Class]string) map[string]Class {
	m := make(map[string]Class)
	for c, phrases := range lists {
		for _, p := range strings.Split(phrases, "|") {
			if p = strings.Join(strings.Fields(p), " "); p != "" {
				m[p] |= c
			}
		}
	}
	return m
}

// SetOf returns the phrases of s, separated by "|", their words by single
// spaces, as a set.
func SetOf(s string) map[string]bool {
	m := make(map[string]bool)
	for p := range strings.SplitSeq(s, "|") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			m[p] = true
		}
	}
	return m
}

// Set returns the words of s, separated by white space, as a set.
func Set(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
