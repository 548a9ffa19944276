package rescue_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/antitrafficking/rescue"
)

// extractCase is a short report written for these tests, what its draft
// must hold, and why.
type extractCase struct {
	name      string
	text      string
	published string   // the publication date, "" for none
	counts    []string // Tally.String of every tally, in any order
	evidence  []string // kind and quantity or cash of every item, in order
	when      string
	place     string // Place.String
	agency    string
	agencies  []string // every agency, "name/country/part", when set
	triggers  []string // kind and people
	note      string   // a note some finding must hold ("" for none)
	reason    string
}

var extractCases = []extractCase{
	{
		name:   "breakdown after a dash",
		text:   "Police rescued 44 foreigners — 43 Malaysians and one Taiwanese.",
		counts: []string{"victims: 44", "victims: 43 (MY)", "victims: 1 (TW)"},
		agency: "Police",
		reason: "the figures after a dash break down the one before it",
	},
	{
		name:   "including, with a hedge",
		text:   "More than 200 foreign nationals, including 109 Thais and 50 Pakistanis, were freed from a compound.",
		counts: []string{"victims: more than 200", "victims: 109 (TH)", "victims: 50 (PK)"},
		reason: "a hedged total keeps its hedge; its breakdown is exact; the verb after the list decides the role",
	},
	{
		name:   "suspects in apposition",
		text:   "Officers detained eight suspects, six Taiwanese and two Peruvians, in a raid.",
		counts: []string{"suspects: 8 (Arrested)", "suspects: 6 (Arrested, TW)", "suspects: 2 (Arrested, PE)"},
		reason: "parts after a comma that add up to the figure before are its breakdown",
	},
	{
		name:   "a named person and what they are",
		text:   "Police arrested Somchai Jaidee, a Thai national, on Monday.",
		counts: []string{"suspects: 1 (Arrested)", "suspects: 1 (Arrested, TH)"},
		agency: "Police",
		reason: "an apposition after a name says what the person is: one Thai, not two suspects",
	},
	{
		name: "people and their names",
		text: "Police arrested a Chinese man, Li Wei, and a Thai woman, Nok Srisuk.",
		counts: []string{"suspects: 2 (Arrested)", "suspects: 1 (Arrested, CN)", "suspects: 1 (Arrested, Masculine)",
			"suspects: 1 (Arrested, TH)", "suspects: 1 (Arrested, Feminine)"},
		agency: "Police",
		reason: "a name in apposition names the person before it: two suspects, not one",
	},
	{
		name:   "names with ages and appositions",
		text:   "Police arrested Somchai Jaidee, a Thai national, and Li Wei, 34, a Chinese national.",
		counts: []string{"suspects: 2 (Arrested)", "suspects: 1 (Arrested, TH)", "suspects: 1 (Arrested, CN)"},
		agency: "Police",
		reason: "each name is one person, whatever the appositions after it",
	},
	{
		name:     "escaped people are a trigger",
		text:     "The operation began after two women who escaped alerted police.",
		triggers: []string{"EscapedVictimReport 2"},
		reason:   "people who escaped and raised the alarm started the operation; they are not counted as victims",
	},
	{
		name:   "at large",
		text:   "Nine suspects were arrested while the 17 others remain at large.",
		counts: []string{"suspects: 9 (Arrested)", "suspects: 17 (AtLarge)"},
		reason: "suspects not arrested get their own tally beside the total of those arrested",
	},
	{
		name:   "ages",
		text:   "Authorities rescued 24 victims, aged 15 to 26, from a karaoke bar.",
		counts: []string{"victims: 24", "victims: 24 (15-26)"},
		agency: "Authorities",
		reason: "the ages after the noun are the range of everyone counted",
	},
	{
		name:     "cash and items seized",
		text:     "Investigators seized RM6,300 in cash, two firearms and dozens of SIM cards.",
		evidence: []string{"Cash MYR 6300.00", "Weapon 2", "SIMCard at least 12"},
		reason:   "in a sentence of seizure, amounts are cash and named items are evidence with their counts",
	},
	{
		name:   "a salary is not cash seized",
		text:   "The victims were promised salaries of $900 a month.",
		reason: "money that is a wage, a fee or a price is not recorded, even with an ambiguous sign",
	},
	{
		name:     "a sign settled by the report's country",
		text:     "US authorities rescued 8 victims in Texas last week and seized $45,000 in cash.",
		counts:   []string{"victims: 8"},
		evidence: []string{"Cash USD 45000.00"},
		place:    "United States",
		agency:   "US authorities",
		reason:   "in a report of an operation in the United States, \"$\" is the US dollar (ParseReportedAmountIn), and a date near the amount does not make it a wage",
	},
	{
		name:     "a range of cash with a scale word of a report language",
		text:     "Police in Indonesia rescued 14 women on Monday and seized Rp2-3 juta.",
		counts:   []string{"victims: 14", "victims: 14 (Feminine)"},
		evidence: []string{"Cash IDR 2000000.00 to 3000000.00"},
		place:    "Indonesia",
		agency:   "Police",
		reason:   "the whole range and its scale word (juta, which the number reader knows) are one amount: reading \"Rp2\" alone stored IDR 2",
	},
	{
		name:     "a range of cash between two amounts",
		text:     "Police in Malaysia rescued 14 women on Monday and seized between RM5,000 and RM6,000.",
		counts:   []string{"victims: 14", "victims: 14 (Feminine)"},
		evidence: []string{"Cash MYR 5000.00 to 6000.00"},
		place:    "Malaysia",
		agency:   "Police",
		reason:   "\"between … and …\" is one amount, a range, not two sums of cash",
	},
	{
		name:   "a dot before three digits is left open",
		text:   "Police in Indonesia rescued 14 women on Monday and seized Rp 150.000 in cash.",
		counts: []string{"victims: 14", "victims: 14 (Feminine)"},
		place:  "Indonesia",
		agency: "Police",
		note:   "the amount is ambiguous",
		reason: "an English report quotes amounts as the country writes them: the report's language does not settle 150,000 or 150.00, so nothing is recorded",
	},
	{
		name:   "property worth a sum is not cash",
		text:   "Police seized property worth P6 billion.",
		agency: "Police",
		reason: "an amount after \"worth\" is a value, not cash seized",
	},
	{
		name:   "officers are not counted",
		text:   "Over 300 police officers took part in the raid, which freed 45 women.",
		counts: []string{"victims: 45", "victims: 45 (Feminine)"},
		note:   "officers, officials or others: not counted",
		reason: "a figure of officers is neither victims nor suspects",
	},
	{
		name:      "an earlier year is another event",
		text:      "In 2015, police rescued 177 women. This week, police rescued 32 women.",
		published: "2017-07-21",
		counts:    []string{"victims: 32", "victims: 32 (Feminine)"},
		when:      "2017-07-17/2017-07-21",
		note:      "in a sentence about 2015, before the report: another event; not counted",
		reason:    "figures in a sentence about an earlier year than the report's are another event's",
	},
	{
		name:      "last year is another event",
		text:      "Last year, authorities rescued 300 victims from the same building. On Tuesday, police freed 23 women from a brothel in Pattaya.",
		published: "2024-03-15",
		counts:    []string{"victims: 23", "victims: 23 (Feminine)"},
		when:      "2024-03-12",
		note:      `in a clause about another event ("Last year"): not counted`,
		reason:    "a clause about last year or years ago is another event, like a sentence naming an earlier year",
	},
	{
		name:      "a separate raid is another event",
		text:      "Earlier this month, police rescued 50 people in a separate raid. On Tuesday, officers freed 12 women in Lima.",
		published: "2024-03-15",
		counts:    []string{"victims: 12", "victims: 12 (Feminine)"},
		when:      "2024-03-12",
		note:      `in a clause about another event ("separate raid"): not counted`,
		reason:    "figures of a separate, similar or unrelated raid or case are not the operation's, nor is its date",
	},
	{
		name:      "a similar raid and its date",
		text:      "In a similar raid in January, police rescued 50 people. Officers freed 12 women in Lima on Tuesday.",
		published: "2024-03-15",
		counts:    []string{"victims: 12", "victims: 12 (Feminine)"},
		when:      "2024-03-12",
		reason:    "the similar raid's figure and its month are another event's",
	},
	{
		name:   "an unrelated case after the operation",
		text:   "Police rescued 12 women in Lima. Meanwhile, in Bogota, Colombian police arrested 6 people in an unrelated case.",
		counts: []string{"victims: 12", "victims: 12 (Feminine)"},
		agency: "Police",
		reason: "arrests in an unrelated case are not the operation's suspects",
	},
	{
		name:   "last year's figure after a dash",
		text:   "Police rescued 300 people in Lima, twice the number rescued last year.",
		counts: []string{"victims: 300"},
		agency: "Police",
		reason: "\"last year\" after a comma is the comparison's, not the operation's",
	},
	{
		name:   "a claim and a fact",
		text:   "Media reports claimed 80 people were rescued, but police said only 45 were freed.",
		counts: []string{"victims: 45"},
		note:   `"claimed": a claim, not a fact: not counted`,
		reason: "a figure the text gives as a claim is not counted; the police's figure after \"but\" is",
	},
	{
		name:   "a report not confirmed",
		text:   "Police were unable to confirm reports that 50 people had been rescued.",
		agency: "Police",
		note:   "a claim, not a fact: not counted",
		reason: "reports the police could not confirm are no figure of the operation",
	},
	{
		name:   "a rescue that did not happen",
		text:   "Police failed to rescue 30 victims, who had been moved before the raid.",
		agency: "Police",
		note:   "the act did not happen, or has not yet: not counted",
		reason: "people police failed to rescue were not rescued, though they are called victims",
	},
	{
		name:   "a rescue to come",
		text:   "Police plan to rescue around 500 people held at the compound.",
		agency: "Police",
		note:   "the act did not happen, or has not yet: not counted",
		reason: "a planned rescue has not happened",
	},
	{
		name:   "a passive not done",
		text:   "Another 30 workers have yet to be rescued, while 12 women were freed.",
		counts: []string{"victims: 12", "victims: 12 (Feminine)"},
		note:   "the act did not happen, or has not yet: not counted",
		reason: "\"have yet to be rescued\" says they are not rescued",
	},
	{
		name:   "an attempt foiled",
		text:   "Police foiled an attempt to traffic 24 migrant workers to Malaysia.",
		counts: []string{"victims: 24"},
		agency: "Police",
		reason: "an attempt that was foiled is an interception: its people are victims, though the trafficking did not happen",
	},
	{
		name:      "the day of a statement to the media",
		text:      "A spokesman told local media on Monday that 24 workers were intercepted on Saturday.",
		published: "2024-04-22",
		counts:    []string{"victims: 24"},
		when:      "2024-04-20",
		reason:    "the day a spokesman told the media is the statement's, not the interception's",
	},
	{
		name:      "a later figure replaces an earlier one",
		text:      "Police said 30 victims had been rescued on Tuesday; on Wednesday, the figure rose to 45.",
		published: "2024-03-15",
		counts:    []string{"victims: 45"},
		when:      "2024-03-12",
		agency:    "Police",
		note:      "a later figure of the same people replaces it: not counted",
		reason:    "a figure that rose is replaced by its later value",
	},
	{
		name:   "victims named by a noun, and a rescue",
		text:   "Two victims died in the fire. Firefighters and police rescued 40 workers from the factory in Delhi.",
		counts: []string{"victims: 40"},
		note:   "named as victims, but no verb says what happened to them: not counted",
		reason: "a figure with a verb of rescue is the operation's; one named by its noun alone gives way to it",
	},
	{
		name:   "the total stated after a part",
		text:   "Nine people were arrested and four Paraguayan women were freed in Pamplona. In total, police freed up to 15 women in Spain and Paraguay.",
		counts: []string{"suspects: 9 (Arrested)", "victims: at least 4 (PY)", "victims: at most 15", "victims: at most 15 (Feminine)"},
		note:   "the text states the total later: a part of it",
		reason: "\"in total\" states the total: the earlier figure is a part of it, not the total",
	},
	{
		name:   "a nationality inside a company's name",
		text:   "Police rescued 20 Thai Airways staff held by a gang.",
		counts: []string{"victims: 20"},
		agency: "Police",
		reason: "\"Thai Airways\" names an airline: its staff are of no nationality the text gives, never 20 Thais",
	},
	{
		name:   "two nationality words",
		text:   "Police rescued 12 Chinese Malaysian women.",
		counts: []string{"victims: 12", "victims: 12 (Feminine)"},
		agency: "Police",
		reason: "Chinese Malaysians are Malaysian nationals: the first word alone is no nationality, and the whole is none ParseNationality reads",
	},
	{
		name:   "a nationality before an abbreviation",
		text:   "Police rescued 20 Filipino OFWs.",
		counts: []string{"victims: 20", "victims: 20 (PH)"},
		agency: "Police",
		reason: "an abbreviation after the name (overseas Filipino workers) leaves the name the people's nationality",
	},
	{
		name:   "those detained included victims, in the next sentence",
		text:   "Police detained 40 people. Those detained included 25 victims and 15 suspects.",
		counts: []string{"victims: 25"},
		agency: "Police",
		note:   "some of those detained are said to be victims",
		reason: "the next sentence breaks the 40 down and names victims among them: the 40 are not all suspects, and the total is left out, never 40 suspects",
	},
	{
		name:   "the detainees include victims",
		text:   "Police detained 40 people. The detainees include 12 victims.",
		agency: "Police",
		note:   "some of those detained are said to be victims",
		reason: "the same with \"the detainees\": no figure of suspects is stored",
	},
	{
		name:   "those arrested included nationals",
		text:   "Police arrested 40 suspects. Those arrested included 25 Thais.",
		counts: []string{"suspects: 40 (Arrested)"},
		agency: "Police",
		reason: "a breakdown that names no victims leaves the suspects as they are",
	},
	{
		name:   "suspects and victims in one list",
		text:   "Three suspects and 12 victims were taken to the police station in Mombasa.",
		counts: []string{"victims: 12"},
		note:   "nothing says whether they are victims or suspects: not counted",
		reason: "a list of suspects and victims is two figures of two roles, never one figure of 15 victims; nothing says the suspects were arrested",
	},
	{
		name:   "a list whose last figure has its own verb",
		text:   "Police rescued 30 women and 4 Chinese traffickers were arrested.",
		counts: []string{"victims: 30", "victims: 30 (Feminine)", "suspects: 4 (Arrested)", "suspects: 4 (Arrested, CN)"},
		agency: "Police",
		reason: "\"and 4 Chinese traffickers were arrested\" is a clause of its own: the women were rescued, the traffickers arrested",
	},
	{
		name:   "victims and suspects of one nationality",
		text:   "Officers freed 8 Thai nationals and 3 Thai suspects were detained.",
		counts: []string{"victims: 8", "victims: 8 (TH)", "suspects: 3 (Arrested)", "suspects: 3 (Arrested, TH)"},
		reason: "the verb before the list is the first figure's, the verb after the last figure its own",
	},
	{
		name:   "the object of a relative clause",
		text:   "Police arrested 3 men who had trafficked 12 women.",
		counts: []string{"suspects: 3 (Arrested)", "suspects: 3 (Arrested, Masculine)", "victims: 12", "victims: 12 (Feminine)"},
		agency: "Police",
		reason: "\"who had trafficked 12 women\" says what the men did, not what was done to them; the women are the ones trafficked",
	},
	{
		name:   "the subject of a relative clause",
		text:   "A Thai woman who recruited 12 Lao women was arrested.",
		counts: []string{"suspects: 1 (Arrested)", "suspects: 1 (Arrested, TH)", "suspects: 1 (Arrested, Feminine)"},
		reason: "\"was arrested\" is the Thai woman's verb; the women she recruited are its object, not arrested",
	},
	{
		name:   "the doer of a passive",
		text:   "12 Lao women, recruited by a Thai woman, were rescued.",
		counts: []string{"victims: 12", "victims: 12 (LA)", "victims: 12 (Feminine)"},
		note:   "the doer of the act",
		reason: "the recruiter after \"by\" is not one of those rescued",
	},
	{
		name:   "people the sentence speaks of through others",
		text:   "The parents of 12 children were arrested for selling them.",
		note:   `the sentence speaks of the "parents" of those the figure counts: not counted`,
		reason: "the parents were arrested, not the children; how many parents the text does not say",
	},
	{
		name:   "a group of people",
		text:   "A group of 12 women were rescued from a brothel.",
		counts: []string{"victims: 12", "victims: 12 (Feminine)"},
		reason: "\"a group of\" counts the people themselves",
	},
	{
		name:   "detained but said to be victims",
		text:   "Police detained 20 scam workers, but said they were victims of trafficking.",
		agency: "Police",
		note:   `the words before and after disagree: "detained" and "victims": not counted`,
		reason: "when the words before and after a figure disagree, the draft records nothing and says why",
	},
	{
		name:   "arrested along with the owner",
		text:   "Police arrested the brothel owner along with 12 women found at the premises.",
		agency: "Police",
		note:   `the words before and after disagree: "arrested" and "found": not counted`,
		reason: "the women were arrested with the owner and found at the premises: neither word settles whether they are victims",
	},
	{
		name:   "found and deported",
		text:   "Cambodian authorities deported 200 Chinese nationals found working at the scam compound.",
		place:  "Cambodia",
		agency: "Cambodian authorities",
		note:   `"deported", then "found": nothing says they are victims or suspects: not counted`,
		reason: "people found and deported are not known to be victims: \"found\" alone made them so",
	},
	{
		name:   "officers who arrested suspects",
		text:   "Five officers arrested 3 suspects in Lima.",
		counts: []string{"suspects: 3 (Arrested)"},
		reason: "a verb with an object is what the officers did: they are not arrested",
	},
	{
		name:   "a source is not where it happened",
		text:   "Malaysian police said the six Malaysians rescued in Bangkok would be flown home.",
		counts: []string{"victims: 6", "victims: 6 (MY)"},
		agency: "Malaysian police",
		reason: "police who speak of their nationals rescued abroad do not place the operation in their country",
	},
	{
		name:     "the agency that acted, not the one that speaks",
		text:     "Thai authorities said 8 Thais were rescued in Myawaddy, Myanmar, by the Karen Border Guard Force.",
		counts:   []string{"victims: 8", "victims: 8 (TH)"},
		place:    "Myanmar",
		agencies: []string{"Karen Border Guard Force//"},
		note:     "a place in Myanmar: not recorded",
		reason:   "the agency after \"by\" rescued them; the Thai authorities are the source; \"in Myawaddy, Myanmar\" is in Myanmar",
	},
	{
		name:     "a speaker's own act",
		text:     "Zambian police said they had rescued 13 Ethiopians.",
		counts:   []string{"victims: 13", "victims: 13 (ET)"},
		place:    "Zambia",
		agencies: []string{"Zambian police/ZM/"},
		reason:   "police who say they rescued people acted: their name gives the country",
	},
	{
		name:     "an embassy that speaks",
		text:     "The Nigerian embassy in Accra said 8 Nigerian women were rescued by Ghana Police.",
		counts:   []string{"victims: 8", "victims: 8 (NG)", "victims: 8 (Feminine)"},
		place:    "Ghana",
		agencies: []string{"Ghana Police/GH/"},
		note:     "an embassy or a consulate that speaks of the operation: a source, not its agency",
		reason:   "an embassy that makes a statement is a source; the police after \"by\" acted",
	},
	{
		name:     "a lead and a supporting agency",
		text:     "The operation, led by the DSI with help from the Royal Thai Police, rescued 39 Thais.",
		counts:   []string{"victims: 39", "victims: 39 (TH)"},
		agencies: []string{"DSI//Lead", "Royal Thai Police//Support"},
		reason:   "\"led by\" gives the lead, \"with help from\" a support; initials after \"by\" name an agency",
	},
	{
		name:      "a city that shares a country's name",
		text:      "The Edo State Police Command rescued 8 women in Benin on Tuesday.",
		published: "2024-03-15",
		counts:    []string{"victims: 8", "victims: 8 (Feminine)"},
		when:      "2024-03-12",
		agency:    "Edo State Police Command",
		note:      `"Benin" is a country and a place in Nigeria: the text does not say which; country left out`,
		reason:    "Benin is a country and Benin City in Nigeria: with no other country named, the country is left out",
	},
	{
		name:   "the report's country settles a shared name",
		text:   "Nigerian police rescued 8 women in Benin.",
		counts: []string{"victims: 8", "victims: 8 (Feminine)"},
		place:  "Nigeria",
		agency: "Nigerian police",
		reason: "in a report of the Nigerian police, Benin is Benin City",
	},
	{
		name:   "a state that shares a country's name",
		text:   "The FBI and Atlanta police rescued 30 women in Georgia.",
		counts: []string{"victims: 30", "victims: 30 (Feminine)"},
		agency: "FBI and Atlanta police",
		note:   `"Georgia" is a country and a place in United States`,
		reason: "Georgia is a country and a state of the United States: the text alone does not say which",
	},
	{
		name:   "the place of recruitment",
		text:   "Police rescued 30 women recruited in Nigeria.",
		counts: []string{"victims: 30", "victims: 30 (Feminine)"},
		agency: "Police",
		reason: "where the women were recruited is not where they were rescued",
	},
	{
		name:   "a source's own country",
		text:   "More than 200 foreign nationals were rescued from a compound in Sihanoukville, Cambodian police said.",
		counts: []string{"victims: more than 200"},
		place:  "Cambodia",
		agency: "Cambodian police",
		reason: "police who speak of foreigners rescued speak of an operation in their own country",
	},
	{
		name:   "a town named like a country",
		text:   "Police rescued 30 women in Jordan, Minnesota.",
		counts: []string{"victims: 30", "victims: 30 (Feminine)"},
		agency: "Police",
		note:   `named like a country, but in "Minnesota": country left out`,
		reason: "a place in a region the text names is a town, whatever country it is named after",
	},
	{
		name:   "the agency that received them",
		text:   "8 Thais were rescued in Myanmar and handed over to Thai police in Mae Sot, Thailand.",
		counts: []string{"victims: 8", "victims: 8 (TH)"},
		place:  "Myanmar",
		reason: "the police they were handed over to, and where, are the handover's, not the rescue's",
	},
	{
		name:      "the date of the raid that freed them",
		text:      "Police rescued 40 people, including 10 children, after raiding a compound on Monday.",
		published: "2024-03-15",
		counts:    []string{"victims: 40", "victims: 10 (0-17)"},
		when:      "2024-03-11",
		agency:    "Police",
		reason:    "a clause after \"after\" that is the raid itself gives the operation's date",
	},
	{
		name:      "a weekday with its date",
		text:      "Police rescued 12 women on Thursday (March 7) in Lima.",
		published: "2024-03-15",
		counts:    []string{"victims: 12", "victims: 12 (Feminine)"},
		when:      "2024-03-07",
		agency:    "Police",
		reason:    "the date a weekday is given with is the date; reading the weekday alone gave the Thursday before publication",
	},
	{
		name:      "a weekday that disagrees with its date",
		text:      "Police rescued 12 women in Lima on Tuesday 14 March.",
		published: "2024-03-15",
		counts:    []string{"victims: 12", "victims: 12 (Feminine)"},
		agency:    "Police",
		note:      "the weekday and the date disagree: no date recorded",
		reason:    "14 March 2024 is a Thursday: the text does not say which is right, so no date is recorded",
	},
	{
		name:      "a weekday of last week",
		text:      "Officers freed nine girls on Thursday last week.",
		published: "2024-03-15",
		counts:    []string{"victims: 9", "victims: 9 (Feminine)"},
		when:      "2024-03-07",
		reason:    "\"Thursday last week\" is the Thursday of the week before publication, not the last Thursday",
	},
	{
		name:      "a span of days written day first",
		text:      "Police rescued 12 victims in two raids between 14 and 17 March.",
		published: "2024-03-15",
		counts:    []string{"victims: 12"},
		when:      "2024-03-14/2024-03-17",
		agency:    "Police",
		reason:    "\"between 14 and 17 March\" is a period; it starts before publication, so it is this year's",
	},
	{
		name:      "a span of days written month first",
		text:      "The raids took place between March 3 and 5 in Lima, where police rescued 12 women.",
		published: "2024-03-15",
		counts:    []string{"victims: 12", "victims: 12 (Feminine)"},
		when:      "2024-03-03/2024-03-05",
		reason:    "\"between March 3 and 5\" is a period, not its first day",
	},
	{
		name:      "two days",
		text:      "Police rescued 12 victims on March 14 and 17.",
		published: "2024-03-20",
		counts:    []string{"victims: 12"},
		when:      "2024-03-14/2024-03-17",
		agency:    "Police",
		note:      "two days: read as the period from the first to the last",
		reason:    "two days are within the period from the first to the last, and the note says it is not a span",
	},
	{
		name:      "the date of a charge",
		text:      "Police rescued 12 women in Lima on Feb. 2. The three suspects were charged on March 1.",
		published: "2024-03-15",
		counts:    []string{"victims: 12", "victims: 12 (Feminine)"},
		when:      "2024-02-02",
		agency:    "Police",
		reason:    "a month abbreviated with a dot is a month; the date after \"charged\" is the charge's",
	},
	{
		name:      "the date of the arrests, not of the charge",
		text:      "The suspects were arrested on Feb. 2 and charged on March 1. Police rescued 12 women in Lima.",
		published: "2024-03-15",
		counts:    []string{"victims: 12", "victims: 12 (Feminine)"},
		when:      "2024-02-02",
		agency:    "Police",
		reason:    "the operation's date is that of its arrests and rescues: reading the date after \"and\" as the arrest's gave the charge's",
	},
	{
		name:      "the date of a repatriation",
		text:      "The 19 victims were repatriated on Friday; another 7 remain in hospital.",
		published: "2024-03-15",
		counts:    []string{"victims: 19"},
		note:      "the date of another event than the operation: not recorded",
		reason:    "the day they were repatriated is not the day they were rescued",
	},
	{
		name:      "the date of a return home",
		text:      "Twenty Thai nationals rescued from a scam compound in Myanmar returned to Bangkok on Sunday.",
		published: "2024-03-15",
		counts:    []string{"victims: 20", "victims: 20 (TH)"},
		place:     "Myanmar",
		note:      "the date of another event than the operation: not recorded",
		reason:    "the date after \"returned\" is the return's; the place after \"rescued\" is the rescue's",
	},
	{
		name:      "the date of an earlier event",
		text:      "Police rescued 12 victims a week after the suspects were arrested on March 10.",
		published: "2024-03-20",
		counts:    []string{"victims: 12"},
		agency:    "Police",
		note:      "in a clause of an event before or after the operation's",
		reason:    "the rescue was a week after March 10: the date of the clause after \"after\" is not the rescue's",
	},
	{
		name:   "an ambiguous demonym",
		text:   "Police rescued 10 Korean workers.",
		counts: []string{"victims: 10"},
		agency: "Police",
		note:   `"Korean": ambiguous: KP (North Korea), KR (South Korea): nationality left out`,
		reason: "a demonym of two countries gives no nationality, and the finding says why",
	},
	{
		name:   "a figure that disagrees",
		text:   "A total of 104 victims were intercepted at the border; 80 victims were rescued in Kano.",
		counts: []string{"victims: 104"},
		note:   `disagrees with the first figure (counts[0], "104"): not recorded`,
		reason: "the first figure is the total; a later one that does not fit it is noted, not recorded",
	},
	{
		name:   "a later exact figure refines a hedged one",
		text:   "Some 50 workers were rescued. Of the 52 workers rescued, 40 are Filipinos.",
		counts: []string{"victims: 52", "victims: 40 (PH)"},
		reason: "an exact figure within 10% of an estimate makes it precise; a part of it is a breakdown",
	},
	{
		name:   "people named in full",
		text:   "Police arrested John Smith and Mary Jones.",
		counts: []string{"suspects: 2 (Arrested)"},
		agency: "Police",
		reason: "each person named after a verb of arrest counts one",
	},
	{
		name:     "an equivalent of an ambiguous currency",
		text:     "Police seized nearly 130,000 yuan ($18,900) from the gang.",
		evidence: []string{"Cash less than CNY 130000.00"},
		agency:   "Police",
		note:     `the equivalent in brackets is left out: "$": ambiguous currency (USD, SGD, TWD, HKD, AUD, CAD, …)`,
		reason:   "the amount is kept and the equivalent whose sign names several currencies is left out, with a note",
	},
	{
		name:   "an ambiguous currency",
		text:   "Police seized $5,000 in cash.",
		agency: "Police",
		note:   `the currency is ambiguous: "$5,000": "$": ambiguous currency (USD, SGD, TWD, HKD, AUD, CAD, …); not recorded`,
		reason: "an amount whose sign names several currencies is not recorded",
	},
	{
		name:     "a scale letter before -worth",
		text:     "Nigerian police seized ₦5m-worth of goods in Lagos.",
		evidence: []string{"Other 0 worth NGN 5000000.00"},
		place:    "Nigeria",
		agency:   "Nigerian police",
		reason:   "\"5m-worth\" keeps its scale (it stored NGN 5.00), and goods are an item whose value the amount is, not cash",
	},
	{
		name:     "assets worth a sum after it",
		text:     "Detectives seized £1.2m-worth of assets from the gang's leaders.",
		evidence: []string{"Other 0 worth GBP 1200000.00"},
		reason:   "the value of assets is no cash seized: it was GBP 1.20 in cash",
	},
	{
		name:     "an equivalent after a comma",
		text:     "Thai police seized 2.5 million baht in cash, about US$70,000, in Bangkok.",
		evidence: []string{"Cash THB 2500000.00 (about USD 70000.00)"},
		place:    "Thailand",
		agency:   "Thai police",
		reason:   "a hedged amount between commas after cash is the same sum in dollars, not a second sum",
	},
	{
		name:     "an equivalent after or",
		text:     "Philippine police seized more than ₱200,000, or about US$3,500, in cash.",
		evidence: []string{"Cash more than PHP 200000.00 (about USD 3500.00)"},
		place:    "Philippines",
		agency:   "Philippine police",
		reason:   "\"or about\" gives the same sum in another currency",
	},
	{
		name:     "an equivalent after equivalent to",
		text:     "Customs officers confiscated RM50,000, equivalent to roughly US$11,000, and arrested four men.",
		counts:   []string{"suspects: 4 (Arrested)", "suspects: 4 (Arrested, Masculine)"},
		evidence: []string{"Cash MYR 50000.00 (about USD 11000.00)"},
		agency:   "Customs",
		reason:   "\"equivalent to\" gives the same sum in another currency, with its own hedge",
	},
	{
		name:     "an equivalent after a place",
		text:     "Officers seized £250,000 in cash in Birmingham, about €290,000.",
		evidence: []string{"Cash GBP 250000.00 (about EUR 290000.00)"},
		reason:   "words of place between the amount and its equivalent do not make it a second sum",
	},
	{
		name:     "a hedged amount in a list may be either",
		text:     "Police seized 30,000 baht, about 2 million kip and 500 US dollars at the border.",
		evidence: []string{"Cash THB 30000.00", "Cash USD 500.00"},
		agency:   "Police",
		note:     "the same sum in another currency as the amount before it, or another sum: not recorded",
		reason:   "a hedged amount after a comma with the list going on may be an equivalent or another sum: neither is recorded",
	},
	{
		name:     "a list of sums is no equivalent",
		text:     "Singapore police seized US$10,000, S$13,700 and 5,000 ringgit.",
		evidence: []string{"Cash USD 10000.00", "Cash SGD 13700.00", "Cash MYR 5000.00"},
		place:    "Singapore",
		agency:   "Singapore police",
		reason:   "amounts after commas with no hedge or word of equivalence are separate sums",
	},
	{
		name:     "a part of a sum after it",
		text:     "Philippine police seized ₱200,000 in cash, ₱100,000 of it in a safe.",
		evidence: []string{"Cash PHP 200000.00"},
		place:    "Philippines",
		agency:   "Philippine police",
		note:     "a part of an amount before it, or that amount again: not counted again",
		reason:   "\"of it\" makes the second amount part of the first: counted once",
	},
	{
		name:     "a part after including",
		text:     "Agents confiscated US$48,000, including US$20,000 hidden in a freezer.",
		evidence: []string{"Cash USD 48000.00"},
		note:     "a part of an amount before it, or that amount again: not counted again",
		reason:   "an amount after \"including\" is part of the one before",
	},
	{
		name:     "parts in the next sentence",
		text:     "Police seized ₱300,000 during the raid. Of the money, ₱100,000 was in a safe.",
		evidence: []string{"Cash PHP 300000.00"},
		agency:   "Police",
		note:     "a part of an amount before it, or that amount again: not counted again",
		reason:   "a sentence that opens on the money breaks it down",
	},
	{
		name:     "parts after a colon, and the car they were in",
		text:     "Philippine police seized ₱200,000 in cash: ₱100,000 in a safe and ₱100,000 in a car.",
		evidence: []string{"Cash PHP 200000.00"},
		place:    "Philippines",
		agency:   "Philippine police",
		note:     "a part of an amount before it, or that amount again: not counted again",
		reason:   "amounts after a colon break the sum down; \"in a car\" is where cash was, not a vehicle seized",
	},
	{
		name:     "a part of goods is cash of its own",
		text:     "Philippine police seized ₱5 million in assets, including ₱1 million in cash.",
		evidence: []string{"Other 0 worth PHP 5000000.00", "Cash PHP 1000000.00"},
		place:    "Philippines",
		agency:   "Philippine police",
		reason:   "the cash within a value of assets is the only cash seized",
	},
	{
		name:     "a sum named again",
		text:     "Police seized ₱200,000 from the house. The ₱200,000 was confiscated as evidence.",
		evidence: []string{"Cash PHP 200000.00"},
		agency:   "Police",
		note:     "or that amount again: not counted again",
		reason:   "\"the ₱200,000\" is the sum named before, not a second one",
	},
	{
		name:     "another sum in the next sentence",
		text:     "Police seized ₱300,000 from the house. Another ₱100,000 was seized from a car.",
		evidence: []string{"Cash PHP 300000.00", "Cash PHP 100000.00"},
		agency:   "Police",
		reason:   "a sum in a later sentence is no part of the first unless the text says so",
	},
	{
		name:     "cryptocurrency is no cash",
		text:     "Police seized US$2 million in cryptocurrency and arrested 5 people in Manila.",
		counts:   []string{"suspects: 5 (Arrested)"},
		evidence: []string{"Other 0 worth USD 2000000.00"},
		agency:   "Police",
		reason:   "a crypto asset is an item with a value, never cash",
	},
	{
		name:     "assets and their breakdown",
		text:     "Thai police seized 10 million baht in assets, including cars and land.",
		evidence: []string{"Other 0 worth THB 10000000.00"},
		place:    "Thailand",
		agency:   "Thai police",
		reason:   "assets are an item with a value; the cars listed are part of them, not more items",
	},
	{
		name:     "gaming chips beside cash",
		text:     "Philippine police seized ₱2 million in cash and ₱5 million in gaming chips.",
		evidence: []string{"Cash PHP 2000000.00", "Other 0 worth PHP 5000000.00"},
		place:    "Philippines",
		agency:   "Philippine police",
		reason:   "chips have a value but are no cash",
	},
	{
		name:     "money in a bank account",
		text:     "Investigators seized ₱5 million in bank deposits and froze two accounts.",
		evidence: []string{"Other 0 worth PHP 5000000.00"},
		reason:   "bank deposits are not cash seized",
	},
	{
		name:     "cash and goods together",
		text:     "Police seized ₱5 million in cash and jewelry from the house.",
		evidence: []string{"Other 0 worth PHP 5000000.00"},
		agency:   "Police",
		reason:   "a sum of cash and jewellery together is no sum of cash",
	},
	{
		name:     "cash and a list of items",
		text:     "Police seized ₱5 million in cash and two cars from the house.",
		evidence: []string{"Cash PHP 5000000.00", "Vehicle 2"},
		agency:   "Police",
		reason:   "a counted item after \"and\" is another item seized, not part of the sum",
	},
	{
		name:     "counterfeit notes",
		text:     "Thai police seized 2 million baht in counterfeit notes.",
		evidence: []string{"Other 0"},
		place:    "Thailand",
		agency:   "Thai police",
		note:     "counterfeit money: its face value is neither cash nor a value",
		reason:   "counterfeit money is an item, and its face value is not what it is worth",
	},
	{
		name:     "fake bills worth a sum",
		text:     "Police seized ₱2 million worth of fake bills in Quezon City.",
		evidence: []string{"Other 0"},
		agency:   "Police",
		note:     "counterfeit money",
		reason:   "\"worth of fake bills\" is the face value of counterfeit money",
	},
	{
		name:     "the value of items of a kind",
		text:     "Police seized ₱5 million worth of vehicles.",
		evidence: []string{"Vehicle 0 worth PHP 5000000.00"},
		agency:   "Police",
		reason:   "the value of vehicles is one item of vehicles with that value, not cash and vehicles",
	},
	{
		name:   "a seizure denied",
		text:   "Philippine police did not seize any cash; ₱200,000 had been moved.",
		place:  "Philippines",
		agency: "Philippine police",
		reason: "a verb of seizure after a negation seizes nothing",
	},
	{
		name:     "items denied, cash seized",
		text:     "Police did not find any weapons but seized ₱200,000 in cash.",
		evidence: []string{"Cash PHP 200000.00"},
		agency:   "Police",
		reason:   "a negation denies the items after it, not the seizure after \"but\"",
	},
	{
		name:     "not only",
		text:     "Police not only seized ₱200,000 in cash but also arrested three suspects.",
		counts:   []string{"suspects: 3 (Arrested)"},
		evidence: []string{"Cash PHP 200000.00"},
		agency:   "Police",
		reason:   "\"not only\" denies nothing",
	},
	{
		name:     "where the cash was",
		text:     "Police seized ₱100,000 in a safe and ₱100,000 in a car.",
		evidence: []string{"Cash PHP 100000.00", "Cash PHP 100000.00"},
		agency:   "Police",
		reason:   "two sums in two places are two sums; the car is a place",
	},
	{
		name:     "drugs found in a van",
		text:     "Officers seized drugs and two pistols from a van parked outside.",
		evidence: []string{"Drugs 0", "Weapon 2"},
		reason:   "an item after a preposition of place and an article is where things were found",
	},
	{
		name:   "a dollar sign in Colombia",
		text:   "Colombian police seized $50,000 from the gang.",
		place:  "Colombia",
		agency: "Colombian police",
		note:   "the currency is ambiguous",
		reason: "English-language reports on Colombia quote US dollars with \"$\" as often as pesos: the country does not settle it",
	},
	{
		name:     "a currency name of three words",
		text:     "Police seized 2 million Hong Kong dollars and 3 million Taiwan dollars.",
		evidence: []string{"Cash HKD 2000000.00", "Cash TWD 3000000.00"},
		agency:   "Police",
		reason:   "\"Hong Kong dollars\" names the currency in three words; the amount was missed",
	},
	{
		name:     "a denomination is no sum",
		text:     "Police seized ₱500,000 in cash, all in ₱1,000 bills.",
		evidence: []string{"Cash PHP 500000.00"},
		agency:   "Police",
		reason:   "\"₱1,000 bills\" names the notes, not a second sum",
	},
	{
		name:     "a sum of cash and goods is recorded by its parts",
		text:     "Agents seized US$50,000: US$30,000 in cash and US$20,000 in cryptocurrency.",
		evidence: []string{"Cash USD 30000.00", "Other 0 worth USD 20000.00"},
		note:     "a sum of cash and other goods: recorded by its parts",
		reason:   "a whole whose parts are partly goods is no sum of cash; its cash part is",
	},
	{
		name:     "cheques are no cash",
		text:     "Officers confiscated ₱2 million in cash, plus ₱3 million in checks.",
		evidence: []string{"Cash PHP 2000000.00", "Other 0 worth PHP 3000000.00"},
		reason:   "cheques are a value, not cash",
	},
	{
		name:     "a clause of another act",
		text:     "The gang made an estimated ₱50 million; police seized ₱2 million of it.",
		evidence: []string{"Cash PHP 2000000.00"},
		reason:   "a sum in a clause with no verb of seizure is not seized, even when another clause of its sentence has one",
	},
	{
		name:   "the nearest verb denied",
		text:   "Police said they had not yet seized the ₱200,000 the gang had collected.",
		agency: "Police",
		reason: "the verb of seizure before the amount is denied; a verb after it of the gang's does not seize it",
	},
	{
		name:     "a list split by semicolons",
		text:     "Police seized the following items: 12 phones; 3 laptops; and ₱20,000.",
		evidence: []string{"MobilePhone 12", "Computer 3", "Cash PHP 20000.00"},
		agency:   "Police",
		reason:   "a clause with no verb goes on the list of the one before it",
	},
	{
		name:     "a sign settled by a word",
		text:     "Mexican police seized $300,000 pesos from the cartel.",
		evidence: []string{"Cash MXN 300000.00"},
		place:    "Mexico",
		agency:   "Mexican police",
		reason:   "pesos in a report from Mexico settle the \"$\" before them",
	},
	{
		name:     "lira in Lebanon",
		text:     "Lebanese police seized 1.5 million lira in Beirut.",
		evidence: []string{"Cash LBP 1500000.00"},
		place:    "Lebanon",
		agency:   "Lebanese police",
		reason:   "lira is the Lebanese pound in a report from Lebanon, not the Turkish lira",
	},
	{
		name:   "M in rupiah",
		text:   "Indonesian police seized Rp 1,5 M in cash in Batam.",
		place:  "Indonesia",
		agency: "Indonesian police",
		note:   `"M" is a million in English but a miliar`,
		reason: "M in an Indonesian amount may be a miliar (10^9) or a million: not recorded",
	},
	{
		name:      "country from the agency, relative date",
		text:      "The Nigerian police rescued 16 girls and arrested three suspects in Lagos last month.",
		published: "2017-07-21",
		counts:    []string{"victims: 16", "victims: 16 (Feminine)", "suspects: 3 (Arrested)"},
		when:      "2017-06",
		place:     "Nigeria",
		agency:    "Nigerian police",
		reason:    "a demonym in the agency's name gives the country; \"last month\" is the month before publication",
	},
	{
		name:   "a part named by a pronoun",
		text:   "Police freed 23 people, 14 of them children.",
		counts: []string{"victims: 23", "victims: 14 (0-17)"},
		agency: "Police",
		reason: "\"14 of them\" is part of the figure before, not the next of a list",
	},
	{
		name:   "ages between two numbers",
		text:   "Police rescued 12 girls between the ages of 12 and 17 from a karaoke bar.",
		counts: []string{"victims: 12", "victims: 12 (12-17)", "victims: 12 (Feminine)"},
		agency: "Police",
		reason: "\"between the ages of 12 and 17\" is one range of ages; its second number is no figure of people",
	},
	{
		name:   "ages between two numbers after a comma",
		text:   "Police arrested nine suspects, between the ages of 19 and 45, in a raid on a brothel.",
		counts: []string{"suspects: 9 (Arrested)", "suspects: 9 (Arrested, 19-45)"},
		agency: "Police",
		reason: "the range is everyone's, not an age of 19 and 45 more suspects",
	},
	{
		name:   "ages between two numbers before the verb",
		text:   "The 30 victims, between the ages of 14 and 25, were rescued from a farm.",
		counts: []string{"victims: 30", "victims: 30 (14-25)"},
		reason: "the lower end alone is no age of anyone: the range holds them all",
	},
	{
		name:   "a list of ages",
		text:   "Police rescued four women, aged 19, 22, 25 and 31, from a massage parlour.",
		counts: []string{"victims: 4", "victims: 4 (19-31)", "victims: 4 (Feminine)"},
		agency: "Police",
		reason: "the ages listed are each woman's: the range from the least to the greatest holds them all, and they are no figures of people",
	},
	{
		name:   "an age and over after a comma",
		text:   "Police rescued 14 women, 18 and older, from a karaoke bar.",
		counts: []string{"victims: 14", "victims: 14 (18+)", "victims: 14 (Feminine)"},
		agency: "Police",
		reason: "\"18 and older\" is an open age, not 18 more people",
	},
	{
		name:   "an age and over, then another figure",
		text:   "Police rescued 12 women aged 18 and over and five girls from two bars.",
		counts: []string{"victims: 17", "victims: 17 (Feminine)", "victims: at least 12 (18+)"},
		agency: "Police",
		reason: "\"aged 18 and over\" is 18+, not 18 exactly; the girls' ages are not given, so the adults are a lower bound",
	},
	{
		name:   "over the age of",
		text:   "Police arrested six men over the age of 40.",
		counts: []string{"suspects: 6 (Arrested)", "suspects: 6 (Arrested, 40+)", "suspects: 6 (Arrested, Masculine)"},
		agency: "Police",
		reason: "\"over the age of 40\" is an open age, not an age of 40",
	},
	{
		name:   "a range of ages, then another figure",
		text:   "Police rescued nine children aged 14 to 17 and three adults from a fishing boat.",
		counts: []string{"victims: 12", "victims: 9 (14-17)", "victims: 3 (18+)"},
		agency: "Police",
		reason: "the number after a range of ages and \"and\" counts the adults: it is neither an age nor part of the range",
	},
	{
		name:   "ages after an apposition",
		text:   "Police rescued seven victims, four men and three women, aged 20 to 40, from a farm.",
		counts: []string{"victims: 7", "victims: 4 (Masculine)", "victims: 3 (Feminine)"},
		agency: "Police",
		note:   "the ages after a comma may be of the whole list or of its last figure: not recorded",
		reason: "ages after the closing comma of a list may be everyone's or the women's: neither is stored",
	},
	{
		name:   "of a nationality",
		text:   "Police rescued 8 people, five of Thai nationality and three of Laotian nationality.",
		counts: []string{"victims: 8", "victims: 5 (TH)", "victims: 3 (LA)"},
		agency: "Police",
		reason: "\"of Thai nationality\" names what the five are; the parts add up to the figure before them",
	},
	{
		name:   "two nationalities joined",
		text:   "Police rescued 40 Chinese and Vietnamese nationals from a scam compound.",
		counts: []string{"victims: 40", "victims: at least 1 (CN)", "victims: at least 1 (VN)"},
		agency: "Police",
		note:   "the names describe part of the group only: no nationality recorded",
		reason: "the group holds both nationalities: neither is everyone's, and each is at least one",
	},
	{
		name:   "a list of nationalities before the noun",
		text:   "Police rescued 23 Cambodian, Thai and Lao workers from a fishing boat.",
		counts: []string{"victims: 23", "victims: at least 1 (KH)", "victims: at least 1 (TH)", "victims: at least 1 (LA)"},
		agency: "Police",
		reason: "three nationalities of one group: none of them is the whole group's",
	},
	{
		name:   "plural demonyms joined",
		text:   "Officers freed 30 Nigerians and Ghanaians from a house in the city.",
		counts: []string{"victims: 30", "victims: at least 2 (NG)", "victims: at least 2 (GH)"},
		reason: "\"Nigerians and Ghanaians\" is one group of two nationalities; a plural demonym is at least two",
	},
	{
		name:   "nationalities as alternatives",
		text:   "Police arrested three Chinese or Malaysian nationals at the border.",
		counts: []string{"suspects: 3 (Arrested)"},
		agency: "Police",
		note:   "the names describe part of the group only: no nationality recorded",
		reason: "\"or\" leaves the nationality open: none is recorded, not even one of each",
	},
	{
		name:   "two nouns with their own nationalities",
		text:   "Police rescued 30 Nigerian women and Ghanaian girls from a brothel.",
		counts: []string{"victims: 30", "victims: 30 (Feminine)", "victims: at least 1 (NG)", "victims: at least 1 (GH)"},
		agency: "Police",
		reason: "women and girls are all female; the nationalities are each of a part",
	},
	{
		name:   "women and children",
		text:   "Police rescued 45 women and children from a compound.",
		counts: []string{"victims: 45"},
		agency: "Police",
		reason: "the children may be boys and the women are adults: neither a sex nor an age is everyone's",
	},
	{
		name:   "women and girls",
		text:   "Police rescued 18 women and girls from a karaoke bar.",
		counts: []string{"victims: 18", "victims: 18 (Feminine)"},
		agency: "Police",
		reason: "what both nouns say is everyone's",
	},
	{
		name:   "a breakdown of a mixed group",
		text:   "Police rescued 30 women and children, including 10 girls.",
		counts: []string{"victims: 30", "victims: at least 10 (Feminine)"},
		agency: "Police",
		reason: "the women are female too: the girls are a lower bound of the females",
	},
	{
		name:   "mostly of a nationality",
		text:   "Police rescued 30 mostly Nigerian women from a brothel.",
		counts: []string{"victims: 30", "victims: 30 (Feminine)"},
		agency: "Police",
		reason: "\"mostly\" says the nationality is not everyone's",
	},
	{
		name:   "transgender women",
		text:   "Police rescued 12 transgender women from a bar.",
		counts: []string{"victims: 12", "victims: 12 (TransgenderFeminine)"},
		agency: "Police",
		reason: "the vocabulary has a code for transgender women; Feminine is another",
	},
	{
		name:   "women and transgender women",
		text:   "Police rescued 12 women and transgender women from a bar.",
		counts: []string{"victims: 12"},
		agency: "Police",
		reason: "two gender codes in one group: neither is everyone's",
	},
	{
		name:   "a place's name before the noun",
		text:   "Police rescued 30 Indian Ocean island women from a fishing vessel.",
		counts: []string{"victims: 30", "victims: 30 (Feminine)"},
		agency: "Police",
		reason: "\"Indian Ocean\" names a place, not a nationality: its first word alone is not read",
	},
	{
		name:   "a nationality and an agency",
		text:   "Police rescued 5 Thais and Cambodian police arrested 3 suspects.",
		counts: []string{"victims: 5", "victims: 5 (TH)", "suspects: 3 (Arrested)"},
		agency: "Police",
		reason: "\"Cambodian police\" is an agency, not Cambodians among the victims",
	},
	{
		name:   "a part of the figure before, in apposition",
		text:   "Police arrested 12 people, 4 Peruvians and 6 Venezuelans, in a raid on a nightclub.",
		counts: []string{"suspects: 12 (Arrested)", "suspects: 4 (Arrested, PE)", "suspects: 6 (Arrested, VE)"},
		agency: "Police",
		reason: "nationalities after \"people\" break it down even when they do not add up to it: 12 in all, not 22",
	},
	{
		name:   "parts in apposition that exceed the figure before",
		text:   "Police rescued 12 people, 5 Peruvians and 8 Venezuelans, from a nightclub.",
		counts: []string{"victims: 12"},
		agency: "Police",
		note:   `the parts of "12 people" add up to "13", more than it counts: the text contradicts itself; not recorded`,
		reason: "parts that add up to more than their whole contradict it: the whole is kept, the parts left out, never 25",
	},
	{
		name:   "one of them in apposition",
		text:   "Police rescued 30 women, one from Nigeria, during the raid.",
		counts: []string{"victims: 30", "victims: 30 (Feminine)", "victims: 1 (NG)"},
		agency: "Police",
		reason: "\"one from Nigeria\" is one of the 30 women, not a 31st person",
	},
	{
		name:   "sexes after a figure of victims that do not add up",
		text:   "Police rescued 20 victims, 14 women and 9 men.",
		counts: []string{"victims: 20"},
		agency: "Police",
		note:   "more than it counts: the text contradicts itself",
		reason: "the sexes break down the victims, but add up to 23: the text contradicts itself, so only the figure of victims is kept",
	},
	{
		name: "a list after a comma is not a breakdown",
		text: "Police rescued 12 women, 5 children and 3 men from the farm.",
		counts: []string{"victims: 20", "victims: at least 12 (Feminine)", "victims: 5 (0-17)", "victims: 15 (18+)",
			"victims: at least 3 (Masculine)"},
		agency: "Police",
		reason: "figures that name what the first names (sex and age) continue its list: they add up",
	},
	{
		name:   "sexes after a nationality",
		text:   "Police rescued 15 Thais, four men and 11 women, from a fishing boat.",
		counts: []string{"victims: 15", "victims: 15 (TH)", "victims: 4 (Masculine)", "victims: 11 (Feminine)"},
		agency: "Police",
		reason: "the sexes break down the Thais they add up to",
	},
	{
		name:   "a mother and her children",
		text:   "Police rescued a mother and her three children from a house in the city.",
		counts: []string{"victims: 4", "victims: at least 1 (Feminine)"},
		agency: "Police",
		reason: "the children after a possessive are counted with their mother: four, not one; \"her children\" is a relation, not an age",
	},
	{
		name:   "women and their children",
		text:   "Police rescued four women and their six children from a shelter.",
		counts: []string{"victims: 10", "victims: at least 4 (Feminine)"},
		agency: "Police",
		reason: "a figure after a possessive continues the list: ten in all, not four",
	},
	{
		name:   "women and their children with no number",
		text:   "Police rescued two women and their children from a garment factory.",
		counts: []string{"victims: at least 4", "victims: at least 2 (Feminine)"},
		agency: "Police",
		reason: "a plural with no number is at least two: the total is a lower bound, not two",
	},
	{
		name:   "a man and his wife",
		text:   "Police arrested a man and his wife at the border.",
		counts: []string{"suspects: 2 (Arrested)", "suspects: 1 (Arrested, Masculine)", "suspects: 1 (Arrested, Feminine)"},
		agency: "Police",
		reason: "\"his wife\" is a second person of the list",
	},
	{
		name:   "women and their recruiter",
		text:   "Police arrested two Kenyan women and their Ugandan recruiter at the airport.",
		counts: []string{"suspects: 3 (Arrested)", "suspects: 2 (Arrested, KE)", "suspects: at least 2 (Arrested, Feminine)", "suspects: 1 (Arrested, UG)"},
		agency: "Police",
		reason: "the verb says all three were arrested: the recruiter is counted, with his own nationality",
	},
	{
		name: "people with their ages in commas",
		text: "Police arrested a man, 45, and a woman, 38, at a bus station.",
		counts: []string{"suspects: 2 (Arrested)", "suspects: 1 (Arrested, Masculine)", "suspects: 1 (Arrested, 45)",
			"suspects: 1 (Arrested, Feminine)", "suspects: 1 (Arrested, 38)"},
		agency: "Police",
		reason: "an age between commas is the person's; the list goes on after it",
	},
	{
		name:   "figures of two days",
		text:   "Police rescued 80 victims on Monday and 40 on Tuesday.",
		counts: []string{"victims: 120"},
		agency: "Police",
		reason: "a figure after a modifier of time and \"and\" continues the list: 120, not 80",
	},
	{
		name:   "figures of two places",
		text:   "Police rescued five victims from one house and seven from another.",
		counts: []string{"victims: 12"},
		agency: "Police",
		reason: "a figure after a modifier of place and \"and\" continues the list",
	},
	{
		name:   "a figure with no noun takes the noun before",
		text:   "Police rescued eight Thai women from one bar and four from another.",
		counts: []string{"victims: 12", "victims: 12 (TH)", "victims: 12 (Feminine)"},
		agency: "Police",
		reason: "\"four\" are four Thai women: the noun left out is the one before",
	},
	{
		name:   "a bound after the noun",
		text:   "Police rescued 50 women at most from the compound.",
		counts: []string{"victims: at most 50", "victims: at most 50 (Feminine)"},
		agency: "Police",
		reason: "a bound written after the noun is the count's: never exactly 50",
	},
	{
		name:   "a lower bound after the noun",
		text:   "Police rescued 50 people at least, officials said.",
		counts: []string{"victims: at least 50"},
		agency: "Police",
		reason: "a bound written after the noun is the count's",
	},
	{
		name:   "another figure of suspects",
		text:   "Police arrested 10 suspects on Monday. Another five suspects were arrested the next day.",
		counts: []string{"suspects: 15 (Arrested)"},
		agency: "Police",
		note:   `adds to the earlier figure: "10" and "5" make "15"`,
		reason: "\"another five\" adds to the figure before it: 15 arrested, not 10",
	},
	{
		name:   "a further figure of victims",
		text:   "Police rescued 12 victims from a karaoke bar. A further three victims were freed from a house nearby.",
		counts: []string{"victims: 15"},
		agency: "Police",
		reason: "\"a further three\" adds to the figure before it",
	},
	{
		name: "also rescued",
		text: "Police rescued 45 women and 20 children from the farm. Officers also rescued 10 men.",
		counts: []string{"victims: 75", "victims: at least 45 (Feminine)", "victims: 55 (18+)", "victims: 20 (0-17)",
			"victims: at least 10 (Masculine)"},
		agency: "Police",
		reason: "the men \"also\" rescued add to the total and to the adults, and leave the children alone",
	},
	{
		name:   "another figure after a breakdown",
		text:   "Police arrested 10 suspects, four of them Thai. Another five suspects were arrested on Tuesday.",
		counts: []string{"suspects: 15 (Arrested)", "suspects: at least 4 (Arrested, TH)"},
		agency: "Police",
		reason: "the five more may be Thai too: the four Thais become a lower bound",
	},
	{
		name:   "more of another nationality",
		text:   "Police rescued 12 Thai women. Another 3 Lao women were rescued later.",
		counts: []string{"victims: 15", "victims: 12 (TH)", "victims: 15 (Feminine)", "victims: at least 3 (LA)"},
		agency: "Police",
		reason: "three Lao women add to the women and to the total, not to the Thais",
	},
	{
		name:   "more in a sentence that gives the total",
		text:   "Police rescued 30 victims in two raids: 20 in the first raid and 10 more in the second, bringing the total to 30.",
		counts: []string{"victims: 30"},
		agency: "Police",
		reason: "a sentence that states the total holds its parts: \"10 more\" adds nothing to it",
	},
	{
		name:   "more in a separate operation",
		text:   "Police rescued 80 victims in the raid. In a separate operation, 40 more were freed.",
		counts: []string{"victims: 80"},
		agency: "Police",
		reason: "figures of a separate operation add nothing to this one's",
	},
	{
		name:   "a list does not join victims and traffickers",
		text:   "Police rescued 30 women and 4 Chinese traffickers were arrested.",
		counts: []string{"victims: 30", "victims: 30 (Feminine)", "suspects: 4 (Arrested)", "suspects: 4 (Arrested, CN)"},
		agency: "Police",
		reason: "a noun of traffickers after a verb of rescue starts another group: 30 victims and 4 suspects, not 34 suspects",
	},
	{
		name:   "a breakdown that exceeds its figure",
		text:   "Police rescued 300 victims: 200 women, 100 men and 50 children.",
		counts: []string{"victims: 300"},
		agency: "Police",
		note:   `the parts of "300 victims" add up to "350", more than it counts: the text contradicts itself; not recorded`,
		reason: "women, men and children are distinct people: 350 of 300 is a contradiction, so no part is recorded (before, 300 adults were stored beside 50 minors)",
	},
	{
		name:   "nationalities after including that exceed their figure",
		text:   "Police rescued 44 foreigners, including 40 Malaysians and 10 Taiwanese.",
		counts: []string{"victims: 44"},
		agency: "Police",
		note:   "more than it counts: the text contradicts itself",
		reason: "50 nationals of 44 foreigners cannot all be right: the parts are left out",
	},
	{
		name:   "parts of two kinds may overlap",
		text:   "Police rescued 30 victims, including 20 women and 15 Thais.",
		counts: []string{"victims: 30", "victims: at least 20 (Feminine)", "victims: at least 15 (TH)"},
		agency: "Police",
		reason: "women and Thais may be the same people: 35 of 30 contradicts nothing",
	},
	{
		name:   "a stated total after a part",
		text:   "Officers freed four Paraguayan women from a flat on Monday. In total, police freed up to 15 women across the country.",
		counts: []string{"victims: at most 15", "victims: at least 4 (PY)", "victims: at most 15 (Feminine)"},
		note:   "the text states the total later: a part of it",
		reason: "\"in total\" gives the report's total; the four women before it were part of it, not the total (before, 4 was kept as exact)",
	},
	{
		name:   "a total of after a part",
		text:   "Police rescued 6 Thai women in one raid. A total of 20 women were rescued in three raids.",
		counts: []string{"victims: 20", "victims: at least 6 (TH)", "victims: 20 (Feminine)"},
		agency: "Police",
		reason: "\"a total of 20\" replaces the six of one raid; the Thais are at least six",
	},
	{
		name:   "captors are suspects",
		text:   "Police rescued 12 victims and arrested their 3 captors in a raid.",
		counts: []string{"victims: 12", "suspects: 3 (Arrested)"},
		agency: "Police",
		reason: "\"captors\" is a noun of people, the suspects of the arrest",
	},
	{
		name: "a breakdown of a part",
		text: "Police rescued 84 victims, three of them minors - two Venezuelans and one Peruvian.",
		counts: []string{"victims: 84", "victims: 3 (0-17)", "victims: 2 (VE, 0-17)", "victims: 1 (PE, 0-17)",
			"victims: at least 2 (VE)", "victims: at least 1 (PE)"},
		agency: "Police",
		reason: "the nationalities of the minors are a breakdown of the minors, and a lower bound for everyone",
	},
	{
		name:   "a list summed by dimension",
		text:   "Five Vietnamese women and three Lao girls were rescued from a brothel, police said.",
		counts: []string{"victims: 8", "victims: 5 (VN)", "victims: 3 (LA)", "victims: 8 (Feminine)"},
		reason: "a list with no total gives its sum; each dimension every part gives is summed",
	},
	{
		name:   "a dimension some parts lack",
		text:   "The victims comprised seven women, nine children and 23 men.",
		counts: []string{"victims: 39", "victims: at least 7 (Feminine)", "victims: 9 (0-17)", "victims: 30 (18+)", "victims: at least 23 (Masculine)"},
		reason: "the children's sex is not given, so the women and men are lower bounds; women and men are the adults beside the children",
	},
	{
		name: "hyphenated number words",
		text: "Thirty-two men, 10 women and five children were rescued.",
		counts: []string{"victims: 47", "victims: at least 32 (Masculine)", "victims: at least 10 (Feminine)",
			"victims: 42 (18+)", "victims: 5 (0-17)"},
		reason: "\"Thirty-two\" is a number; a list that splits out children gives the grown-ups too",
	},
	{
		name:   "one country each",
		text:   "The 19 victims - 11 from Uganda and 8 from Kenya - were taken to a shelter.",
		counts: []string{"victims: 19", "victims: 11 (UG)", "victims: 8 (KE)"},
		note:   "no verb says what happened to them: read as victims from the noun",
		reason: "people from one country are read as its nationals; a noun of victims with an exact figure is the total, with a note",
	},
	{
		name:   "a participle after the second of two figures",
		text:   "In the raid, 40 Bangladeshi men were freed and two employers detained.",
		counts: []string{"victims: 40", "victims: 40 (BD)", "victims: 40 (Masculine)", "suspects: 2 (Arrested)"},
		reason: "each figure takes the verb that follows it",
	},
	{
		name:   "an apposition that says what all are",
		text:   "Eleven suspected traffickers, all Chinese nationals, and 2 Filipinos were arrested.",
		counts: []string{"suspects: 13 (Arrested)", "suspects: 11 (Arrested, CN)", "suspects: 2 (Arrested, PH)"},
		reason: "\", all Chinese nationals,\" gives the nationality of the figure before it and does not end the list",
	},
	{
		name:   "a figure to date",
		text:   "More than 100 people have been rescued since January, the ministry said. On Friday alone, police rescued 23.",
		counts: []string{"victims: 23"},
		note:   "a figure to date, not of this operation: not counted",
		reason: "a figure since a month, so far or this year is of a period, not of the operation",
	},
	{
		name:   "a list read in two parts",
		text:   "Five men, whose names were withheld, and 2 women were arrested.",
		note:   "joined by \"and\" to an earlier figure that nothing says is of victims or suspects: not a total",
		reason: "the end of a list whose start has no role is no total",
	},
	{
		name:   "a headline",
		text:   "Six Rescued. Five Arrested.",
		counts: []string{"victims: 6", "suspects: 5 (Arrested)"},
		reason: "a participle after a bare figure gives its role",
	},
	{
		name:   "no publication date",
		text:   "Police rescued 12 women over the weekend.",
		counts: []string{"victims: 12", "victims: 12 (Feminine)"},
		agency: "Police",
		reason: "a relative date needs the publication date; without it, none is recorded",
	},
	{
		name:      "the weekend before publication",
		text:      "Police rescued 12 women over the weekend.",
		published: "2023-10-09",
		counts:    []string{"victims: 12", "victims: 12 (Feminine)"},
		when:      "2023-10-07/2023-10-08",
		agency:    "Police",
		reason:    "\"over the weekend\" in a report of Monday 9 October 2023 is 7-8 October",
	},
	{
		name:   "several countries",
		text:   "Police in Spain, France and Paraguay arrested 14 people.",
		counts: []string{"suspects: 14 (Arrested)"},
		agency: "Police",
		note:   "the text names several countries for the operation: country left out",
		reason: "an operation in several countries has no one country",
	},
	{
		name:   "a place and its locality",
		text:   "Peruvian police rescued 44 people in a suburb of Lima.",
		counts: []string{"victims: 44"},
		place:  "Lima, Peru",
		agency: "Peruvian police",
		reason: "\"a suburb of Lima\" gives the locality and the agency's demonym the country",
	},
	{
		name:   "a figure of no one in particular",
		text:   "The driver was carrying 40 migrants.",
		note:   "nothing says whether they are victims or suspects: not counted",
		reason: "without a verb of rescue or arrest, or a noun of victims, a figure of people is not counted",
	},
	{
		name:   "empty",
		text:   "",
		reason: "an empty text gives an empty draft",
	},
	{
		name:     "frozen accounts are not cash",
		text:     "Police froze bank accounts holding 50 million baht and seized 100,000 baht in cash.",
		evidence: []string{"Other 0 worth THB 50000000.00", "Cash THB 100000.00"},
		agency:   "Police",
		reason:   "an amount that goods before it hold (\"accounts holding\") is their value, not cash seized: the cash is 100,000 baht",
	},
	{
		name:     "a wallet's contents are cash",
		text:     "Officers seized 2 wallets containing US$500 in cash.",
		evidence: []string{"Cash USD 500.00"},
		reason:   "only goods named right before the amount make it their value: a wallet is not among them",
	},
	{
		name:     "the place of a report of a seizure alone",
		text:     "Police in Peru seized S/. 20,000.",
		evidence: []string{"Cash PEN 20000.00"},
		place:    "Peru",
		agency:   "Police",
		reason:   "with no figure of people and no date, the sentences of the operation are those of its acts (a seizure); the period of \"S/.\" is the sign's, not a sentence's end",
	},
	{
		name:     "a pound sign in Egypt",
		text:     "Police in Egypt seized £50,000.",
		evidence: []string{"Cash EGP 50000.00"},
		place:    "Egypt",
		agency:   "Police",
		reason:   "\"Police in Egypt\" are the police, and Egypt the place: there \"£\" is the Egyptian pound, never GBP",
	},
	{
		name:     "C$ in Nicaragua",
		text:     "Police in Nicaragua seized C$50,000.",
		evidence: []string{"Cash NIO 50000.00"},
		place:    "Nicaragua",
		agency:   "Police",
		reason:   "C$ is the córdoba in Nicaragua, the Canadian dollar elsewhere",
	},
	{
		name:     "a sign with a period before a spaced number",
		text:     "Police in India seized Rs. 20,000 and arrested 2 men.",
		counts:   []string{"suspects: 2 (Arrested)", "suspects: 2 (Arrested, Masculine)"},
		evidence: []string{"Cash INR 20000.00"},
		place:    "India",
		agency:   "Police",
		reason:   "\"Rs.\" before a number does not end the sentence",
	},
	{
		name:   "people named by their age",
		text:   "Police rescued a 17-year-old girl and two 15-year-olds from a brothel.",
		counts: []string{"victims: 3", "victims: at least 1 (Feminine)", "victims: at least 2 (0-17)"},
		agency: "Police",
		reason: "\"15-year-olds\" is a noun of people, minors: the list is three, not one",
	},
	{
		name:   "one person named by their age",
		text:   "Police rescued a 16-year-old from Laos and two women.",
		counts: []string{"victims: 3", "victims: 1 (0-17)", "victims: at least 2 (Feminine)", "victims: 2 (18+)"},
		agency: "Police",
		reason: "\"a 16-year-old\" with no noun after it is a minor; the list goes on past it; \"rescued … from Laos\" may say where she was rather than where she comes from: no nationality",
	},
	{
		name:   "a couple is two people",
		text:   "Police arrested a Chinese couple and three Filipinos.",
		counts: []string{"suspects: 5 (Arrested)", "suspects: 2 (Arrested, CN)", "suspects: 3 (Arrested, PH)"},
		agency: "Police",
		reason: "a couple of people is two, exactly: not one, nor the vague \"a couple\" of a count",
	},
	{
		name:   "a couple and their son",
		text:   "Police arrested a Thai couple and their son.",
		counts: []string{"suspects: 3 (Arrested)", "suspects: at least 2 (Arrested, TH)", "suspects: at least 1 (Arrested, Masculine)"},
		agency: "Police",
		reason: "two and one: three suspects",
	},
	{
		name:   "couples counted",
		text:   "Officers rescued about 3 couples.",
		counts: []string{"victims: about 6"},
		reason: "each couple is two people, and the hedge stays",
	},
	{
		name:   "nouns of one person each joined",
		text:   "Police arrested a father and son.",
		counts: []string{"suspects: 2 (Arrested)", "suspects: 2 (Arrested, Masculine)"},
		agency: "Police",
		reason: "one article over two singular nouns joined by \"and\" counts two people",
	},
	{
		name:   "alternatives are one person",
		text:   "Police arrested a man or woman.",
		counts: []string{"suspects: 1 (Arrested)"},
		agency: "Police",
		reason: "\"or\" offers alternatives: one person of either sex",
	},
	{
		name:   "a family is of no stated size",
		text:   "Police rescued a family of five.",
		agency: "Police",
		note:   "groups of people of no stated size: not counted",
		reason: "a family is not one person; its size is left to the reader rather than guessed",
	},
	{
		name:   "families beside a count of people",
		text:   "Police rescued 3 families, 14 people in all.",
		agency: "Police",
		note:   "groups of people of no stated size: not counted",
		reason: "the families are not people: adding them to the 14 gave 17",
	},
	{
		name:   "a list with a family in it",
		text:   "Police rescued a girl and a family.",
		agency: "Police",
		note:   "groups of people of no stated size: not counted",
		reason: "the girl alone is no total: the family's size is unknown, so the list is not counted",
	},
	{
		name:   "crew as a plural of people",
		text:   "Police rescued 12 crew.",
		counts: []string{"victims: 12"},
		agency: "Police",
		reason: "\"12 crew\" counts people; only \"a crew\" or \"crews\" count groups",
	},
	{
		name:   "a part said in passing inside a list of victims",
		text:   "Police rescued 4 women, one of them pregnant, and a 15-year-old girl.",
		counts: []string{"victims: 5", "victims: 5 (Feminine)"},
		agency: "Police",
		reason: "\"one of them pregnant\" is one of the 4 women, said in passing: the list goes on after it (it ended there, and stored 4)",
	},
	{
		name:   "a part said in passing inside a list of suspects",
		text:   "Police arrested 3 men, one of whom is a police officer, and a woman.",
		counts: []string{"suspects: 4 (Arrested)", "suspects: 3 (Arrested, Masculine)", "suspects: 1 (Arrested, Feminine)"},
		agency: "Police",
		reason: "the officer is one of the 3 men arrested, not an officer of the raid; the woman after the aside is arrested too (it stored 3)",
	},
	{
		name:   "a breakdown said in passing inside a list",
		text:   "Immigration officers rescued 10 women, two of them minors, and 3 men from a farm.",
		counts: []string{"victims: 13", "victims: 10 (Feminine)", "victims: 3 (Masculine)", "victims: 2 (0-17)"},
		agency: "Immigration",
		reason: "the minors are two of the 10 women; the men after the aside are in the list (it stored 10)",
	},
	{
		name:   "an aside in the middle of a longer list",
		text:   "Police rescued 3 men, 10 women, two of them minors, and a boy.",
		counts: []string{"victims: 14", "victims: 4 (Masculine)", "victims: 10 (Feminine)", "victims: at least 2 (0-17)"},
		agency: "Police",
		reason: "the aside is a part of the women before it; the boy is the list's last figure (it stored 13)",
	},
	{
		name:   "an aside before a group of another role",
		text:   "Police rescued 12 people, three of them Thai, and 4 suspects were arrested.",
		counts: []string{"victims: 12", "victims: 3 (TH)", "suspects: 4 (Arrested)"},
		agency: "Police",
		reason: "the Thais are three of the people rescued; the suspects after the aside are a group of their own (the aside was read with them: \"at least 3\" Thai suspects)",
	},
	{
		name:   "detainees some of whom are victims",
		text:   "Police detained 80 workers, 20 of whom were victims.",
		counts: []string{"victims: 20"},
		agency: "Police",
		note:   "some of those detained are said to be victims (\"20 of whom\"): how many of them are suspects the text does not say (at most 60)",
		reason: "the 80 detained hold 20 victims: 80 suspects is wrong, and 60 only an upper bound; the 20 are victims, plainly said",
	},
	{
		name: "detainees later identified as victims",
		text: "Immigration officers detained 45 foreigners, 30 of them Bangladeshis, during the raid. " +
			"Police said 10 of the detained were later identified as trafficking victims.",
		counts: []string{"victims: 10"},
		agency: "Immigration",
		note:   "a part of those detained; some of those detained are said to be victims",
		reason: "neither the 45 nor the 30 Bangladeshis are all suspects once 10 of the detained are victims",
	},
	{
		name:   "arrested people released as victims",
		text:   "Police arrested 80 people, 60 of whom were later released as victims.",
		counts: []string{"victims: 60"},
		agency: "Police",
		note:   "(at most 20)",
		reason: "60 of the 80 arrested are victims: 80 suspects is wrong",
	},
	{
		name:   "detainees, then a sentence on those who were victims",
		text:   "Police detained 80 workers at the compound. Twenty of them were victims. Three managers were also arrested.",
		counts: []string{"victims: 20"},
		agency: "Police",
		note:   "how many of those detained are suspects the text does not say: a part, not the total",
		reason: "with the detainees' figure left out, the managers are a part of the suspects, not their total",
	},
	{
		name:   "of whom after a figure of victims",
		text:   "Police detained 80 workers and rescued 5 women, 2 of whom were victims of forced marriage.",
		counts: []string{"suspects: 80 (Arrested)", "victims: 5", "victims: 5 (Feminine)"},
		agency: "Police",
		reason: "\"of whom\" is of the women, the figure just before it: the detainees are not touched",
	},
	{
		name:   "detainees who were not victims",
		text:   "Police detained 80 workers, none of whom were victims.",
		counts: []string{"suspects: 80 (Arrested)"},
		agency: "Police",
		reason: "a negation says nothing of victims among the detained",
	},
	{
		name:   "detainees including victims",
		text:   "Police detained 30 people, including 12 victims of trafficking.",
		agency: "Police",
		note:   "some of those detained are said to be victims (\"12 victims\"): how many of them are suspects the text does not say (at most 18)",
		reason: "a breakdown of those detained that names victims: 30 suspects is wrong",
	},
	{
		name:   "an aside with no number inside a list",
		text:   "Police rescued 7 women, most of them Thai, and 2 girls.",
		counts: []string{"victims: 9", "victims: 9 (Feminine)"},
		agency: "Police",
		reason: "\"most of them Thai\" counts no one and says no nationality of all 7: the list goes on after it (it ended there, and stored 7)",
	},
	{
		name:   "an aside that picks one out, with an age",
		text:   "Police rescued 6 children, the youngest of them 9, and 2 women.",
		counts: []string{"victims: 8", "victims: 6 (0-17)", "victims: at least 2 (Feminine)", "victims: 2 (18+)"},
		agency: "Police",
		reason: "the youngest's age is no figure of people and does not end the list: the women are rescued too (it stored 6)",
	},
	{
		name:   "an aside with no number inside a list of suspects",
		text:   "Officers arrested 5 men, most of them Chinese, and 2 women.",
		counts: []string{"suspects: 7 (Arrested)", "suspects: 5 (Arrested, Masculine)", "suspects: 2 (Arrested, Feminine)"},
		reason: "most of the men are Chinese, not all 5; the women after the aside are arrested too (it stored 5)",
	},
	{
		name:   "an aside opened by of whom, with no number",
		text:   "Police rescued 12 women, some of whom were pregnant, and 3 men from a farm.",
		counts: []string{"victims: 15", "victims: 12 (Feminine)", "victims: 3 (Masculine)"},
		agency: "Police",
		reason: "\"of whom\" with no figure after it opens no breakdown: the list goes on after the aside (it stored 12)",
	},
	{
		name:   "an aside of none inside a list",
		text:   "Police rescued 12 women, none of them older than 20, and 3 men.",
		counts: []string{"victims: 15", "victims: 12 (Feminine)", "victims: 3 (Masculine)"},
		agency: "Police",
		reason: "\"none of them older than 20\" counts no one and does not end the list (it stored 12)",
	},
	{
		name:   "an aside of mostly inside a list",
		text:   "Officers freed 6 girls, mostly from Laos, and 2 boys.",
		counts: []string{"victims: 8", "victims: 6 (Feminine)", "victims: 2 (Masculine)"},
		reason: "\"mostly from Laos\" gives no country to the 6 girls and does not end the list (it stored 6)",
	},
	{
		name:   "a breakdown by a verb, with victims among those detained",
		text:   "The 40 people detained included 25 victims and 15 suspects.",
		note:   "some of those detained are said to be victims (\"25 victims\"): how many of them are suspects the text does not say (at most 15)",
		reason: "\"included\" breaks down the 40 detained, victims among them: 40 suspects is wrong (it stored 40 suspects)",
	},
	{
		name:   "a breakdown by a verb",
		text:   "The 9 people rescued included 7 women and 2 girls.",
		counts: []string{"victims: 9", "victims: 9 (Feminine)"},
		reason: "\"included\" breaks down the 9 rescued: the women and girls are rescued victims, parts of the 9 (they were not counted)",
	},
	{
		name:   "a breakdown verb of another noun after and",
		text:   "Police rescued 12 women on Monday and the suspects arrested comprised 3 Thais.",
		counts: []string{"victims: 12", "victims: 12 (Feminine)"},
		agency: "Police",
		reason: "the verb breaks down the suspects, a noun after \"and\", not the women: the Thais are no victims (it stored 3 Thai victims)",
	},
	{
		name:   "figures joined by plus",
		text:   "Police rescued 9 women plus 4 men from a fishing boat.",
		counts: []string{"victims: 13", "victims: 9 (Feminine)", "victims: 4 (Masculine)"},
		agency: "Police",
		reason: "\"plus\" joins the list as \"and\" does: the men are rescued too (it stored 9)",
	},
	{
		name:   "figures joined by along with",
		text:   "Immigration officers rescued 9 women along with 4 men.",
		counts: []string{"victims: 13", "victims: 9 (Feminine)", "victims: 4 (Masculine)"},
		agency: "Immigration",
		reason: "\"along with\" joins the list as \"and\" does: the men are rescued too (it stored 9)",
	},
	{
		name:   "officers along with those rescued",
		text:   "Police rescued 12 women along with 3 officers from the immigration bureau.",
		counts: []string{"victims: 12", "victims: 12 (Feminine)"},
		agency: "Police",
		reason: "the officers \"along with\" whom the women were rescued are no victims: the list stops before them (a guard for \"along with\" as a list's joiner)",
	},
	{
		name:   "an including aside inside a list of suspects",
		text:   "Police arrested 5 men, including a police officer, and 2 women.",
		counts: []string{"suspects: 7 (Arrested)", "suspects: 5 (Arrested, Masculine)", "suspects: 2 (Arrested, Feminine)"},
		agency: "Police",
		reason: "\"including a police officer\", closed by its comma, is one of the 5 men: the women after it are arrested too (it stored 5 and \"at least 2\" women)",
	},
	{
		name:   "a breakdown of minors said in passing inside a list",
		text:   "Police rescued 20 workers, including 5 minors, and 3 women.",
		counts: []string{"victims: 23", "victims: 5 (0-17)", "victims: at least 3 (Feminine)"},
		agency: "Police",
		reason: "the minors are 5 of the 20 workers; the 3 women are rescued besides them (it stored 20)",
	},
	{
		name:   "a clause of another subject after while",
		text:   "Police arrested five suspects, three Chinese nationals and two Thais, while the alleged ringleader remains at large.",
		counts: []string{"suspects: 5 (Arrested)", "suspects: 3 (Arrested, CN)", "suspects: 2 (Arrested, TH)"},
		agency: "Police",
		reason: "\"while\" opens a clause with a subject of its own: \"remains at large\" is the ringleader's, not the five's (the words were read as disagreeing and nothing was stored)",
	},
	{
		name:   "a clause of another subject after whereas",
		text:   "Officers arrested 4 men whereas their boss remains on the run.",
		counts: []string{"suspects: 4 (Arrested)", "suspects: 4 (Arrested, Masculine)"},
		reason: "the boss is the subject of the clause after \"whereas\": the men were arrested",
	},
	{
		name:   "a clause after but that names the people again",
		text:   "Police detained 20 workers, but Thai police said they were victims.",
		agency: "Police",
		note:   "the words before and after disagree",
		reason: "\"they\" names the workers again: the clause after \"but\" speaks of them, and the text does not say whether they are victims or suspects",
	},
	{
		name:   "detainees some of whom were victims, with no number",
		text:   "Police detained 80 workers, some of whom were victims.",
		agency: "Police",
		note:   "some of those detained are said to be victims (\"some of whom were victims\")",
		reason: "some of the 80 detained are victims: 80 suspects is wrong, and how many are suspects the text does not say (it stored 80 suspects)",
	},
	{
		name:   "detainees many of them victims, with no verb",
		text:   "Officers detained 45 people at the compound, many of them trafficking victims.",
		note:   "some of those detained are said to be victims",
		reason: "an aside with no verb says many of the 45 are victims: 45 suspects is wrong (it stored 45)",
	},
	{
		name:   "detainees, then but all were victims",
		text:   "Police detained 20 workers, but all were later identified as victims.",
		agency: "Police",
		note:   "some of those detained are said to be victims",
		reason: "\"all were later identified as victims\" after \"but\": the 20 are no suspects (it stored 20 suspects)",
	},
	{
		name:   "detainees, then a sentence on most of them",
		text:   "Police detained 80 workers at the compound. Most of the detainees were later identified as victims.",
		agency: "Police",
		note:   "some of those detained are said to be victims",
		reason: "the next sentence says most of those detained are victims: 80 suspects is wrong (it stored 80)",
	},
	{
		name:   "detainees and women, then them",
		text:   "Police rescued 5 women and detained 80 workers. Most of them were victims.",
		counts: []string{"victims: 5", "victims: 5 (Feminine)"},
		agency: "Police",
		note:   "some of those detained are said to be victims",
		reason: "\"them\" may be the workers too: they may be victims, so 80 suspects is left out (it stored 80)",
	},
	{
		name:   "detainees some of whom may be victims",
		text:   "Police detained 80 workers, 20 of whom may be victims.",
		counts: []string{"suspects: 80 (Arrested)"},
		agency: "Police",
		reason: "a doubt (\"may be\") says nothing plainly: the 20 are no victims (it stored 20 victims)",
	},
	{
		name:   "a breakdown of people detained that names suspects",
		text:   "The 40 people detained included 15 suspects.",
		note:   "a part of those detained is called suspects (\"15 suspects\")",
		reason: "15 of the 40 detained are called suspects: the others may be victims or witnesses, so 40 suspects is wrong (it stored 40)",
	},
	{
		name:   "including suspects among people detained",
		text:   "Police detained 40 people, including 15 suspects, in the raid.",
		agency: "Police",
		note:   "a part of those detained is called suspects",
		reason: "\"including 15 suspects\" says the 40 are not all suspects (it stored 40)",
	},
	{
		name:   "including traffickers among suspects",
		text:   "Police arrested 8 suspects, including 3 traffickers.",
		counts: []string{"suspects: 8 (Arrested)"},
		agency: "Police",
		reason: "the 8 are called suspects themselves: a part of them named by another suspect's noun takes nothing away (a guard)",
	},
	{
		name:   "a person arrested along with a figure",
		text:   "Police arrested the brothel owner along with 12 women.",
		counts: []string{"suspects: at least 13 (Arrested)"},
		agency: "Police",
		reason: "the owner is arrested too: at least 13 people, and the owner may be a woman (it stored 12 suspects and 12 women, both too low)",
	},
	{
		name:   "a person arrested along with a list",
		text:   "Police arrested the owner together with 3 Thai men and 2 Lao women.",
		counts: []string{"suspects: at least 6 (Arrested)", "suspects: at least 3 (Arrested, TH)", "suspects: at least 3 (Arrested, Masculine)", "suspects: at least 2 (Arrested, LA)", "suspects: at least 2 (Arrested, Feminine)"},
		agency: "Police",
		reason: "the owner may be Thai, Lao, a man or a woman: each figure is a lower bound (it stored 5, 3 and 2 exact)",
	},
	{
		name:   "found working, then arrested along with",
		text:   "Police rescued 162 workers. 27 other Chinese nationals found working illegally were arrested along with six Filipino supervisors.",
		counts: []string{"victims: 162", "suspects: 33 (Arrested)", "suspects: 27 (Arrested, CN)", "suspects: at least 6 (Arrested, PH)"},
		agency: "Police",
		reason: "\"found working illegally\" is a reduced relative: \"were arrested\" is the 27's verb, and the six were arrested with them (it stored 27 Chinese victims and 6 suspects)",
	},
	{
		name:   "found working, then detained",
		text:   "Officers rescued 40 workers. Three managers were arrested, while 12 Chinese nationals found working illegally were detained.",
		counts: []string{"victims: 40", "suspects: 3 (Arrested)"},
		reason: "the 12 were detained, not rescued (it stored at least 12 Chinese victims); how they stand to the three arrested the text does not say",
	},
	{
		name:   "found guarding, then detained",
		text:   "Immigration officers rescued 30 Cambodians. Eight Chinese men found guarding the compound were detained.",
		counts: []string{"victims: 30", "victims: 30 (KH)", "suspects: 8 (Arrested)", "suspects: 8 (Arrested, CN)", "suspects: 8 (Arrested, Masculine)"},
		agency: "Immigration",
		reason: "the verb after the reduced relative decides: suspects, not victims (it stored at least 8 Chinese victims, more than the 30 rescued allow)",
	},
	{
		name:   "rescued people from a country",
		text:   "Police rescued 47 Indians from Laos.",
		counts: []string{"victims: 47", "victims: 47 (IN)"},
		agency: "Police",
		note:   "where they were taken out of, not where they come from",
		reason: "Laos is where the 47 were, not their nationality (it stored at least 1 Lao, past the 47 Indians)",
	},
	{
		name:   "people rescued from a country, in a headline",
		text:   "47 Indians rescued from Laos cyber-scam centres",
		counts: []string{"victims: 47", "victims: 47 (IN)"},
		reason: "as above, with the participle after the noun",
	},
	{
		name:   "citizens rescued from a country",
		text:   "Indonesia brings home 84 citizens rescued from Myanmar scam compounds",
		counts: []string{"victims: 84"},
		reason: "the 84 were rescued in Myanmar; they are not Myanmar nationals (it stored 84 of MM)",
	},
	{
		name:   "people rescued from a country, received",
		text:   "Thailand receives 260 people rescued from Myanmar.",
		counts: []string{"victims: 260"},
		reason: "Myanmar is where they were (it stored 260 of MM)",
	},
	{
		name:   "citizens brought home from a country",
		text:   "The ministry brought home 52 women from Kuwait after they were rescued from their employers.",
		counts: []string{"victims: 52", "victims: 52 (Feminine)"},
		reason: "\"brought home … from Kuwait\": where they were, not their nationality",
	},
	{
		name:   "a nationality and the country trafficked from",
		text:   "Police rescued 47 Indians trafficked from Laos.",
		counts: []string{"victims: 47", "victims: 47 (IN)"},
		agency: "Police",
		note:   "the noun gives their nationality",
		reason: "the noun says they are Indian: Laos is on their way, not a second nationality (it stored at least 1 Lao, past the 47)",
	},
	{
		name:   "trafficked from countries, after a verb of rescue",
		text:   "Police freed 72 foreign nationals trafficked from Swaziland and Lesotho.",
		counts: []string{"victims: 72", "victims: at least 1 (SZ)", "victims: at least 1 (LS)"},
		agency: "Police",
		reason: "\"trafficked from\" names where they come from, whatever verb came before the figure (a guard)",
	},
	{
		name:   "a part from another sentence past the total",
		text:   "Police rescued 47 Indians. Officers freed two Lao women in Vientiane.",
		counts: []string{"victims: 47", "victims: 47 (IN)"},
		agency: "Police",
		note:   "the least sure of them (a lower bound read from another sentence) is left out",
		reason: "47 Indians of 47 leave no room for two Lao women: the lower bound from the other sentence is left out (it stored both, which Validate refuses)",
	},
	{
		name:   "a part in another province past the total",
		text:   "Police rescued 58 Thais in Poipet. In Kampot province, 17 Indonesians were rescued.",
		counts: []string{"victims: 58", "victims: 58 (TH)"},
		agency: "Police",
		note:   "by nationality add up to at least 75",
		reason: "58 Thais of 58 leave no room for at least 17 Indonesians: the lower bound is left out (it stored both)",
	},
	{
		name:   "exact parts from another sentence past the total",
		text:   "Police rescued 10 women. Police freed 8 Thai women and 5 Lao women in Pattaya.",
		counts: []string{"victims: 10", "victims: 10 (Feminine)"},
		agency: "Police",
		note:   "the least sure of them (read from another sentence) is left out",
		reason: "8 and 5 make 13, more than the 10 women: which figure is wrong the text does not say, so neither is stored (it stored both)",
	},
	{
		name:   "a part by age past its whole",
		text:   "Police rescued two women, three of them minors.",
		counts: []string{"victims: 2", "victims: 2 (Feminine)"},
		agency: "Police",
		note:   "by age add up to at least 3",
		reason: "three minors cannot be among two women: the part is left out (it stored at least 3 aged 0-17, which Validate refuses; found by FuzzExtract)",
	},
	{
		name:   "a destination is not the place",
		text:   "Border guards rescued seven Vietnamese women who were being taken to be sold as brides in China.",
		counts: []string{"victims: 7", "victims: 7 (VN)", "victims: 7 (Feminine)"},
		reason: "China is where they were being taken, not where they were rescued (it stored the place CN)",
	},
	{
		name:   "a destination after bound for a place",
		text:   "Police stopped a truck bound for work sites in Malaysia and rescued 14 Myanmar nationals.",
		counts: []string{"victims: 14", "victims: 14 (MM)"},
		agency: "Police",
		reason: "where the truck was bound is not where the police acted",
	},
	{
		name:      "the place and month of figures to date",
		text:      "Immigration officers intercepted six Filipinos at the airport. Since January, the bureau has repatriated 153 Filipinos rescued from scam hubs in Myanmar in August alone.",
		published: "2024-09-02",
		counts:    []string{"victims: 6", "victims: 6 (PH)"},
		agency:    "Immigration",
		reason:    "the sentence of a figure to date is no sentence of the operation: neither its month nor its place is the operation's (it stored 2024-08 and MM)",
	},
	// Figures of another, earlier event in the same story, dated by a
	// month or a relative phrase, not a year.
	{
		name:      "last month: another rescue",
		published: "2024-06-11",
		text:      "Police rescued 9 women on Tuesday. Last month, officers rescued four Nigerian women in Leeds.",
		counts:    []string{"victims: 9", "victims: 9 (Feminine)"},
		when:      "2024-06-11",
		agency:    "Police",
		note:      "before the operation",
		reason:    "the four were rescued in May, the 9 on Tuesday: no Nigerian is said to be among the 9",
	},
	{
		name:      "in May: an earlier arrest",
		published: "2024-06-11",
		text:      "Police arrested 12 suspects on Tuesday. In May, police arrested three Albanian men in the same case.",
		counts:    []string{"suspects: 12 (Arrested)"},
		when:      "2024-06-11",
		agency:    "Police",
		reason:    "arrested in May, before the operation: not among the 12",
	},
	{
		name:      "weeks ago: an earlier arrest",
		published: "2024-06-11",
		text:      "Police arrested 12 suspects on Tuesday. Two weeks ago, police arrested three Albanian men in Tirana.",
		counts:    []string{"suspects: 12 (Arrested)"},
		when:      "2024-06-11",
		agency:    "Police",
		reason:    "two weeks ago is the week of 27 May, well before Tuesday 11 June",
	},
	{
		name:      "in March, mid-sentence: an earlier arrest abroad",
		published: "2024-06-11",
		text:      "Police detained twelve suspects on Tuesday. German police in March arrested two Romanian men in Dortmund as part of the same investigation.",
		counts:    []string{"suspects: 12 (Arrested)"},
		when:      "2024-06-11",
		agency:    "Police",
		reason:    "the same investigation, but arrests in March are not among the twelve detained on Tuesday",
	},
	{
		name:      "a day and month weeks before",
		published: "2024-06-05",
		text:      "Labour inspectors freed 30 workers from a farm near Huelva on 2 June. On 12 May, police had rescued six Romanian workers from the same farm.",
		counts:    []string{"victims: 30"},
		when:      "2024-06-02",
		reason:    "three weeks before the operation: another rescue",
	},
	{
		name:      "the day before is the operation's",
		published: "2024-06-05",
		text:      "Police raided the building on Monday and arrested two managers. On Tuesday, officers rescued nine Filipino women there.",
		counts:    []string{"suspects: 2 (Arrested)", "victims: 9", "victims: 9 (PH)", "victims: 9 (Feminine)"},
		when:      "2024-06-04",
		agency:    "Police",
		reason:    "a day apart is not clearly another event: an operation often runs over two days",
	},
	{
		name:      "a weekday of last week is the operation's",
		published: "2024-06-10",
		text:      "Police rescued 9 women last week. On Thursday, officers arrested three Albanian men.",
		counts: []string{"victims: 9", "victims: 9 (Feminine)", "suspects: 3 (Arrested)", "suspects: 3 (Arrested, AL)",
			"suspects: 3 (Arrested, Masculine)"},
		when:   "2024-06-03/2024-06-09",
		agency: "Police",
		reason: "Thursday falls in last week: the same dates, so the same operation",
	},
	// A "Separately" sentence and what follows it in its paragraph.
	{
		name:      "after Separately, another day",
		published: "2025-05-06",
		text:      "Police rescued 58 Thais on Sunday. Separately, police in Phnom Penh raided a condominium on Friday. In Kampot province, 17 Indonesians were rescued from a resort on Saturday.",
		counts:    []string{"victims: 58", "victims: 58 (TH)"},
		when:      "2025-05-04",
		agency:    "Police",
		note:      "after a sentence about another event",
		reason:    "the sentence after a separate raid, with its own day, is not the operation's",
	},
	{
		name:      "after in a separate raid",
		published: "2025-05-06",
		text:      "Police rescued 58 Thais in Poipet on Sunday. In a separate raid, police in Phnom Penh rescued 40 Chinese. In Kampot province, 17 Indonesians were rescued on Saturday.",
		counts:    []string{"victims: 58", "victims: 58 (TH)"},
		when:      "2025-05-04",
		agency:    "Police",
		reason:    "as above: the separate paragraph goes on until a date ties back",
	},
	{
		name:      "after Elsewhere, a later day",
		published: "2024-03-06",
		text:      "Police rescued 20 Vietnamese women in Hanoi on Monday. Elsewhere, border guards stopped a van in Lang Son on Tuesday. Twelve Chinese men were rescued from it.",
		counts:    []string{"victims: 20", "victims: 20 (VN)", "victims: 20 (Feminine)"},
		when:      "2024-03-04",
		agency:    "Police",
		reason:    "the men rescued from the van are the other event's, though no date of their own says so",
	},
	{
		name:      "after Separately, the operation's day ties back",
		published: "2025-05-06",
		text:      "Police rescued 58 Thais on Sunday. Separately, police in Phnom Penh raided a condominium on Friday. On Sunday, officers in Poipet also arrested four Chinese suspects.",
		counts:    []string{"victims: 58", "victims: 58 (TH)", "suspects: 4 (Arrested)", "suspects: 4 (Arrested, CN)"},
		when:      "2025-05-04",
		agency:    "Police",
		reason:    "Sunday is the operation's day: the story is back to it",
	},
	{
		name:      "later arrests elsewhere keep the rescue's date",
		published: "2025-02-24",
		text:      "The 84 Indonesians were freed by a militia in Myanmar on 12 February. Two suspected recruiters were arrested in Medan last week.",
		counts:    []string{"victims: 84", "victims: 84 (ID)", "suspects: 2 (Arrested)"},
		when:      "2025-02-12",
		place:     "Myanmar",
		reason:    "a later arrest is a follow-up of the same case and counted; the operation's date is the rescue's, not the arrest's",
	},
	{
		name:      "the rescue's date, not a later arrest's, when the total has none",
		published: "2025-02-24",
		text:      "Police said 84 Indonesians were rescued. The group were among 260 foreigners freed by a local militia on 12 February. Two suspected recruiters were arrested in Medan last week.",
		counts:    []string{"victims: 84", "victims: 84 (ID)", "suspects: 2 (Arrested)"},
		when:      "2025-02-12",
		agency:    "Police",
		reason:    "the total's sentence has no date: the first figure a verb gives has the rescue's (it took the arrests' last week)",
	},
	{
		name:      "two weekdays",
		published: "2025-07-18",
		text:      "Police raided five buildings on Tuesday and Wednesday, rescuing 248 foreigners.",
		counts:    []string{"victims: 248"},
		when:      "2025-07-15/2025-07-16",
		agency:    "Police",
		note:      "two days",
		reason:    "the raids took two days: the period from the first to the last",
	},
	{
		name:      "weekdays from one to another",
		published: "2025-07-18",
		text:      "Officers searched the compound from Monday to Thursday and freed 31 Kenyan workers.",
		counts:    []string{"victims: 31", "victims: 31 (KE)"},
		when:      "2025-07-14/2025-07-17",
		reason:    "a span of weekdays is the span",
	},
	{
		name:      "two weekdays, the second after publication",
		published: "2025-07-15",
		text:      "Police raided five buildings on Tuesday and Wednesday, rescuing 248 foreigners.",
		counts:    []string{"victims: 248"},
		when:      "2025-07-08/2025-07-09",
		agency:    "Police",
		reason:    "published on a Tuesday, Wednesday has not come: both are of the week before",
	},
}

func TestExtract(t *testing.T) {
	for _, tc := range extractCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var pub rescue.Date
			if tc.published != "" {
				pub = rescue.MustParseDate(tc.published)
			}
			d, err := rescue.Extract(tc.text, pub)
			if err != nil {
				t.Fatalf("Extract: %v (%s)", err, tc.reason)
			}
			checkFindings(t, tc.text, d)
			op := d.Operation
			var counts []string
			for _, c := range op.Counts {
				counts = append(counts, c.String())
			}
			if !sameSet(counts, tc.counts) {
				t.Errorf("counts = %q, want %q (%s)", counts, tc.counts, tc.reason)
			}
			var ev []string
			for _, e := range op.Evidence {
				if e.Kind == rescue.Cash {
					ev = append(ev, "Cash "+e.Cash.String())
				} else {
					ev = append(ev, e.Kind.String()+" "+e.Quantity.String())
				}
				if !e.Value.IsZero() {
					ev[len(ev)-1] += " worth " + e.Value.String()
				}
			}
			if !slices.Equal(ev, tc.evidence) {
				t.Errorf("evidence = %q, want %q (%s)", ev, tc.evidence, tc.reason)
			}
			if got := op.When.String(); got != tc.when {
				t.Errorf("When = %q, want %q (%s)", got, tc.when, tc.reason)
			}
			if got := op.Place().String(); got != tc.place {
				t.Errorf("Place = %q, want %q (%s)", got, tc.place, tc.reason)
			}
			agency := ""
			if len(op.Agencies) > 0 {
				agency = op.Agencies[0].Name
			}
			if agency != tc.agency && tc.agencies == nil {
				t.Errorf("agency = %q, want %q (%s)", agency, tc.agency, tc.reason)
			}
			if tc.agencies != nil {
				var ags []string
				for _, a := range op.Agencies {
					ags = append(ags, a.Name+"/"+a.Country.String()+"/"+a.Part.String())
				}
				if !slices.Equal(ags, tc.agencies) {
					t.Errorf("agencies = %q, want %q (%s)", ags, tc.agencies, tc.reason)
				}
			}
			var trig []string
			for _, tr := range op.Triggers {
				trig = append(trig, strings.TrimSpace(tr.Kind.String()+" "+tr.People.String()))
			}
			if !slices.Equal(trig, tc.triggers) {
				t.Errorf("triggers = %q, want %q (%s)", trig, tc.triggers, tc.reason)
			}
			if tc.note != "" && !slices.ContainsFunc(d.Findings, func(f rescue.Finding) bool { return strings.Contains(f.Note, tc.note) }) {
				t.Errorf("no finding notes %q (%s); findings:\n%s", tc.note, tc.reason, findingsText(d))
			}
		})
	}
}

// checkFindings checks what every draft must hold: findings in the order
// of the text, each with its text, and every path that names a tally or
// an item naming one that exists.
func checkFindings(t *testing.T, text string, d *rescue.Draft) {
	t.Helper()
	for i, f := range d.Findings {
		if f.Start < 0 || f.End < f.Start || f.End > len(text) {
			t.Fatalf("finding %d: span %d:%d outside the text of %d bytes", i, f.Start, f.End, len(text))
		}
		if string(f.Text) != text[f.Start:f.End] {
			t.Fatalf("finding %d: Text %q, want text[%d:%d] = %q", i, string(f.Text), f.Start, f.End, text[f.Start:f.End])
		}
		if i > 0 && f.Start < d.Findings[i-1].Start {
			t.Errorf("finding %d starts at %d, before the one before it (%d)", i, f.Start, d.Findings[i-1].Start)
		}
		var n int
		if _, err := fmt.Sscanf(f.Path, "counts[%d]", &n); err == nil && n >= len(d.Operation.Counts) {
			t.Errorf("finding %d: %s, but the draft has %d tallies", i, f.Path, len(d.Operation.Counts))
		}
		if _, err := fmt.Sscanf(f.Path, "evidence[%d]", &n); err == nil && n >= len(d.Operation.Evidence) {
			t.Errorf("finding %d: %s, but the draft has %d items", i, f.Path, len(d.Operation.Evidence))
		}
	}
	// The tallies of a draft never contradict each other: whatever else
	// Validate asks of a finished record, it finds nothing wrong with them.
	if err := d.Operation.Validate(); err != nil {
		for line := range strings.SplitSeq(err.Error(), "\n") {
			if strings.HasPrefix(line, "counts[") {
				t.Errorf("Validate: %s; findings:\n%s", line, findingsText(d))
			}
		}
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

func findingsText(d *rescue.Draft) string {
	var b strings.Builder
	for _, f := range d.Findings {
		fmt.Fprintf(&b, "  %v\n", f)
	}
	return b.String()
}

func TestExtractErrors(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       error
		reason     string
	}{
		{"invalid UTF-8", "Police rescued \xff 12 women", rescue.ErrSyntax, "text that is not UTF-8 is refused"},
		{"too long", strings.Repeat("a ", 1<<19+1), rescue.ErrRange, "text over 1 MiB is refused unread"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := rescue.Extract(tc.text, rescue.Date{})
			if !errors.Is(err, tc.want) || d != nil {
				t.Fatalf("Extract = %v, %v; want nil and an error wrapping %v (%s)", d, err, tc.want, tc.reason)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "Extract: ") || strings.Contains(msg, "Police") {
				t.Errorf("error %q: want it to name Extract and never quote the text (%s)", msg, tc.reason)
			}
		})
	}
}

// TestFindingNoText checks that a finding's text, which can name someone,
// never reaches fmt or slog.
func TestFindingNoText(t *testing.T) {
	d, err := rescue.Extract("Police arrested John Smith and Mary Jones.", rescue.Date{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range d.Findings {
		for _, s := range []string{f.String(), fmt.Sprint(f), fmt.Sprintf("%+v", f), fmt.Sprintf("%#v", f), f.LogValue().String()} {
			if strings.Contains(s, "Smith") || strings.Contains(s, "Jones") {
				t.Errorf("a finding prints its text: %q", s)
			}
		}
	}
}
