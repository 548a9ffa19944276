package extract

// Span is a byte range of the text: text[Start:End].
type Span struct{ Start, End int }

// IsZero reports whether the span is empty.
func (s Span) IsZero() bool { return s.End <= s.Start }

// Role is who a figure counts.
type Role uint8

// The roles.
const (
	RoleUnknown Role = iota // nothing around the figure says
	RoleVictim              // rescued, freed, intercepted, or called victims
	RoleSuspect             // arrested or detained
	RoleAtLarge             // suspects not arrested: "at large", "on the run"
	RoleTrigger             // people who escaped and raised the alarm
	RoleOther               // officers, officials, bystanders
)

// String returns the role's name for notes.
func (r Role) String() string {
	switch r {
	case RoleVictim:
		return "victims"
	case RoleSuspect:
		return "suspects"
	case RoleAtLarge:
		return "suspects at large"
	case RoleTrigger:
		return "people who raised the alarm"
	case RoleOther:
		return "neither victims nor suspects"
	}
	return "unknown"
}

// Figure is a count of people: "more than 200 foreign nationals", "six
// Taiwanese", "a minor", "Malaysia (43)".
type Figure struct {
	Count   Span // the count with its hedge: "more than 200", "six", "a"
	Phrase  Span // the count and what it counts: "six Taiwanese"
	Article bool // the count is an article: one person
	// Names are the capitalised runs of the noun phrase, or the name
	// before "(43)": candidates for a nationality.
	Names []Span
	// Pred are the names the figure is said to be: "29 are Filipinos",
	// "158 foreigners are Chinese, Vietnamese and Korean".
	Pred []Span
	// From are the countries the people come from: "72 foreign nationals
	// trafficked from Swaziland and Lesotho".
	From []Span
	// Left are the places after "from" that the people were taken out
	// of ("rescued 47 Indians from Laos", "84 citizens rescued from
	// Myanmar"; see Lexicon.Removal): not where they come from.
	Left []Span
	// Ages is the span of the ages given: "15 to 26" of "aged 15 to 26",
	// "20, 25 and 30" of "aged 20, 25 and 30".
	Ages Span
	// AgesOpen is set when the ages are a lower limit: "aged 18 and
	// over", "over the age of 18".
	AgesOpen bool
	// AgesAfterComma is set when the ages follow a comma ("3 men and 3
	// women, aged 20 to 40"): after a list they may be everyone's or the
	// last figure's.
	AgesAfterComma bool

	// WholeNames are capitalised runs of several words that a lower-case
	// word of the phrase follows ("Indian Ocean" of "30 Indian Ocean
	// island women"): a name of its own, a nationality only if it reads
	// as one whole.
	WholeNames []Span

	// Minor, Female and Male are set when the nouns say so of everyone
	// counted: "women and girls" are female, "women and children" of no
	// one sex or age.
	Minor, Female, Male bool
	// Transgender is set for "transgender women", "trans men".
	Transgender bool
	// Mixed is set when the nouns joined say different things of the
	// people they count ("women and children"): a part named later may
	// share its sex or age with the rest.
	Mixed bool
	// Adult is set for nouns of grown-ups ("men", "women"): their age is
	// known not to be a minor's.
	Adult bool
	// Partitive is set for part of a set named elsewhere: "three of them",
	// "the other 18", "621 of its nationals".
	Partitive bool
	// More is set for a figure added to an earlier one: "53 more".
	More bool
	// Coordinated is set when the noun phrase joins two groups ("foreign
	// and Filipino workers", "women and children"): its names describe
	// part of the figure only.
	Coordinated bool
	// Alternatives is set when the names of a coordinated phrase are
	// joined by "or" ("Chinese or Malaysian suspects"): none of them need
	// be anyone's.
	Alternatives bool
	// Bare is set for a plural noun with no number after a possessive in a
	// list ("a woman and her children"): at least two.
	Bare bool
	// PerUnit is the number of people each one counted is, when more
	// than one: 2 for "a Chinese couple", "3 couples"; 0 otherwise.
	PerUnit int
	// Unsized is set for a figure of groups of people of no stated size:
	// "a family", "3 families", "a crew" (not "12 crew"). It counts no
	// people.
	Unsized bool
	// Persons is, for a figure of one ("a", a possessive), the number of
	// nouns of one person each its phrase joins ("a father and son", "a
	// man and woman"): the people it counts, when more than one; 0
	// otherwise.
	Persons int
	// Elliptic is set for a figure with no noun: "Six Rescued".
	Elliptic bool
	// Named is set for a person named in full: a figure of one whose
	// Count is the name (personal data).
	Named bool

	// Role is what a participle in the noun phrase says ("261 rescued
	// foreigners") or RoleOther for officers; the group's role is the
	// figure's otherwise.
	Role     Role
	RoleWord Span

	Sent                   int // the sentence
	Group                  int // the index of its group in Result.Groups
	first, last, end, head int
	pronoun                bool // "three of them": the set was named before
	// partOf is, for a part said in passing inside a list ("one of them
	// pregnant" of "4 women, one of them pregnant, and a girl"), one more
	// than the index in Result.Figures of the figure it is a part of; 0
	// otherwise.
	partOf int
}

// Group is a set of figures read together: one figure, a list ("six
// Taiwanese and two Peruvians"), or a figure and its breakdown ("44
// foreigners — 43 Malaysians and one Taiwanese").
type Group struct {
	Figures []int // indexes into Result.Figures, in text order
	// Head is the index (into Result.Figures) of the figure the others
	// break down, or -1.
	Head int
	// Apposition is set when figures follow the first after a comma only
	// ("eight suspects, six Taiwanese and two Peruvians, were arrested",
	// "30 women, one from Nigeria"): they break it down when they add up
	// to it, or when each names what the first does not (a nationality
	// after "people"); otherwise they continue a list.
	Apposition bool
	// AfterAnd is set when the group follows "and" right after a figure
	// whose role nothing gave ("Eleven suspected traffickers, all Chinese
	// nationals, and 2 Filipinos were arrested"): it may be the end of a
	// list read in two parts, so it is no total.
	AfterAnd bool
	// Additive is set when the group adds to an earlier figure of its
	// role ("Another 5 suspects were arrested", "53 more", "Police also
	// rescued 10 men") in a sentence that gives no total of its own.
	Additive bool
	// Frame is set for the figures of a sentence that opens on a set
	// ("Of the total 187 workers rescued, 158 …, while 29 …"): they are
	// parts of the set.
	Frame bool
	// FrameOf is the figure (an index into Result.Figures) of the set the
	// frame or a partitive names ("Of the total 187 workers …", "three of
	// them", "Twelve of the detainees"), or -1.
	FrameOf  int
	Role     Role
	RoleWord Span
	// Clause is the word that opens the clause of the group's first
	// figure when it is one of an event before or after another
	// ("after"), or zero: see DateExpr.Clause.
	Clause Span
	// Other is the phrase that makes the group's clause another event's
	// ("in a separate raid", "last year"), or zero.
	Other Span
	// VictimPart is, for a group of people detained, the figure (an index
	// into Result.Figures) of a part of them the text says are victims
	// ("20 of whom" of "Police detained 80 workers, 20 of whom were
	// victims", "12 victims" of "detained 30 people, including 12
	// victims"), or -1: how many of them are suspects the text does not
	// say.
	VictimPart int
	// VictimWords are, for a group of people detained, the words that
	// say with no number that some of them are victims ("some of whom
	// were victims", "Most of them were later identified as victims"), or
	// zero: how many of them are suspects the text does not say either.
	VictimWords Span
	// SuspectPart is, for a group of people detained whose own noun names
	// no suspects, a part of its breakdown that its noun calls suspects
	// ("15 suspects" of "The 40 people detained included 15 suspects"), or
	// -1: the others may be no suspects.
	SuspectPart int
	// Besides is the object of the verb before "along with" that the
	// figures do not count ("the brothel owner" of "Police arrested the
	// brothel owner along with 12 women"), or zero: the verb's people are
	// at least one more than the figures, and may share their sex or age.
	Besides Span
	// Across is set for a part of people detained that the text says are
	// victims (the group whose VictimPart it is): the victims among them,
	// not a part of a set of victims.
	Across bool
	// Superseded is set when a later figure replaces the group's ("the
	// figure rose to 45").
	Superseded bool
	// Stated is set when the text says the figure is the total ("In
	// total, police freed up to 15 women", "a total of 104 victims").
	Stated   bool
	Weak     bool   // the role rests on a weak word ("found") or the noun alone
	NounOnly bool   // the role rests on the noun alone ("80 victims"): no verb says what happened
	Note     string // why the role is uncertain, or ""
	Sent     int

	frameRole Role
	frameTok  int
	split     bool // the second part of a list of two roles (splitMixed)
}

// Origin is a list of countries some people come from, with no figure:
// "citizens from Pakistan, Nepal and the Philippines".
type Origin struct {
	Names []Span
	Role  Role
	Sent  int
	Span  Span
}

// Amount is a sum of money: "more than US$10,000 (S$13,700)", "2.5
// million baht in cash, or about US$70,000", "10 million baht in assets".
type Amount struct {
	Span    Span // the whole phrase: the amount, its equivalents, the goods it is the value of
	Main    Span // the amount and its hedge without its equivalents
	Written Span // the amount, its hedge and its equivalents in brackets: what the parsers read
	// Equivalents are the same sum in other currencies written after the
	// amount, outside brackets, each with its hedge: "about US$70,000" of
	// "2.5 million baht in cash, about US$70,000,".
	Equivalents []Span
	Seized      bool // the sentence says it was seized, does not deny it, and nothing says it was a wage or price
	// Goods are the things the amount is the value of, when they are no
	// money ("assets" of "10 million baht in assets"); empty for money.
	Goods     Span
	GoodsKind string // the EvidenceKind code the goods name ("Vehicle"), or "" for other goods
	// Counterfeit is set for the face value of counterfeit money ("2
	// million baht in counterfeit notes"): no sum of money was seized.
	Counterfeit bool
	// Whole is the index in Result.Amounts of the sum this amount is a
	// part of ("₱200,000 in cash, including ₱100,000 in a safe"), or -1.
	Whole int
	// Unsure is set for an amount after another that may be its
	// equivalent or another sum ("30,000 baht, about 2 million kip and
	// …"): the text cannot tell.
	Unsure bool
	Sent   int
}

// Item is an item seized: "numerous cell phones", "a vehicle".
type Item struct {
	Span                  Span   // the whole phrase
	Count                 Span   // the count before the noun, or empty
	Kind                  string // the EvidenceKind code
	Plural, Mass, Article bool
	Sent                  int
}

// Mention is a phrase naming an agency, a place or a trigger.
type Mention struct {
	Span Span
	Sent int
	// For a place: the span of the name; Area is the words before it ("a
	// suburb"). Locality is set when the phrase makes the name a town or
	// a city ("a suburb of Lima", "Porac town"); otherwise ("in Peru") the
	// name is only a country's, if it is one.
	Name, Area Span
	Locality   bool
	Several    bool // the name is one of a list ("in Spain, France and Paraguay")
	// Within is, for a place, the name after it and a comma: the larger
	// place it is in ("Myanmar" of "in Myawaddy, Myanmar"), or zero.
	Within Span
	// Other is set for a place or an agency of another event than the
	// operation's ("recruited in Nigeria", "handed over to Thai police",
	// "in an unrelated case in Bogota").
	Other  bool
	Abroad bool // for an agency: an embassy or a consulate, whose country is not the operation's
	// Speaks is set for an agency that makes a statement ("Thai
	// authorities said", "according to the embassy"): a source, which
	// need not have acted.
	Speaks bool
	// Agent is set for an agency after "by": it did the act ("rescued …
	// by the Karen Border Guard Force").
	Agent bool
	// Part is, for an agency, its part in the operation as the phrase
	// before it says: "Lead" ("led by the DSI"), "Support" ("with help
	// from the Royal Thai Police"), or "".
	Part   string
	Kind   string // for a trigger: the TriggerKind code
	People Span   // for a trigger: the figure of people, if any
}

// DateExpr is a date or a span of dates the text gives, resolved against
// the publication date.
type DateExpr struct {
	Span       Span
	Sent       int
	Start, End YMD
	Statement  bool // the date of a statement ("said on Monday") or a dateline, not of the events
	Operation  bool // a word of the operation comes before it in its clause
	// Two is set for two days that are not a span ("on March 14 and
	// 17"): Start and End are the first and the last.
	Two bool
	// Conflict is set for a weekday and a date that disagree ("on Tuesday
	// 14 March" in a year when 14 March is a Thursday): Start and End are
	// zero.
	Conflict bool
	// Other is set for the date of another event than the operation: of
	// a verb of another event ("charged on March 1", "repatriated on
	// Friday"), or in a clause of another event ("In a similar raid in
	// January").
	Other bool
	// Clause is the word that opens the date's clause when it is one of
	// an event before or after another ("after" of "a week after the
	// suspects were arrested on March 10"), or zero: the date is of the
	// figures of its sentence only if they are in that clause too.
	Clause Span
}

// YMD is a calendar date; Month or Day 0 when not given.
type YMD struct{ Year, Month, Day int }

// Result is everything the engine found.
type Result struct {
	Figures  []Figure
	Groups   []Group
	Origins  []Origin
	Amounts  []Amount
	Items    []Item
	Agencies []Mention
	Places   []Mention
	Triggers []Mention
	Dates    []DateExpr
	// Years maps a sentence to the latest year (four digits, 1900–2099)
	// it names, for sentences that name one.
	Years map[int]int
	// Sentences is the number of sentences.
	Sentences int
	// Separate maps a sentence that opens with a phrase of
	// Lexicon.Separately ("Separately, police raided …") to that phrase.
	Separate map[int]Span
	// ParagraphStart holds, for each sentence, whether it begins a
	// paragraph (the first sentence, or one after a blank line).
	ParagraphStart []bool
	// Truncated names what the engine stopped collecting at its bounds
	// (MaxGroups groups of figures, MaxFound of anything else): "figures",
	// "amounts"; empty when it read everything.
	Truncated []string
	// Cumulative holds the sentences whose figures run to date ("so far
	// this year, police have rescued 1,200", "since January"): figures of
	// a period, not of the operation.
	Cumulative map[int]bool
	// Operation holds the sentences that speak of the operation: a raid,
	// a rescue, an arrest, a seizure.
	Operation map[int]bool
}

// The bounds on what the engine collects, far beyond any report, so that
// hostile text of a million figures costs memory in proportion to these,
// not to the text.
const (
	MaxGroups = 10000 // groups of figures, and figures in all (a list holds up to 65)
	MaxFound  = 1000  // amounts, items, dates, agencies, places, triggers, lists of countries each
)

// full reports whether a list of n things found has reached its bound,
// and records it in r.Truncated.
func (r *Result) full(n, bound int, what string) bool {
	if n < bound {
		return false
	}
	for _, t := range r.Truncated {
		if t == what {
			return true
		}
	}
	r.Truncated = append(r.Truncated, what)
	return true
}

// Parsers are the caller's readers the engine needs to find phrases.
type Parsers struct {
	// Currency reports whether s names a currency or several (an
	// ambiguous sign such as "$" counts): "US$", "RM", "baht", "USD".
	Currency func(s string) bool
	// Scale reports whether the word w multiplies the number before it
	// as the number reader reads it ("million", "juta", "lakh", "bn"),
	// so that an amount's span holds the scale the parsers read, in any
	// of their languages. Nil leaves it to the lexicon's ScaleWord.
	Scale func(w string) bool
	// Nationality reports whether s, a capitalised run of the text, names
	// a nationality or a country ("Vietnamese", "Lao", "Nigerians"), so
	// that names joined by "and" ("Chinese and Vietnamese nationals") are
	// told from people's names ("two Thais, Somchai and Nok"). Nil takes
	// every name for one.
	Nationality func(s string) bool
}
