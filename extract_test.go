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
		agency:   "Police in Indonesia",
		reason:   "the whole range and its scale word (juta, which the number reader knows) are one amount: reading \"Rp2\" alone stored IDR 2",
	},
	{
		name:     "a range of cash between two amounts",
		text:     "Police in Malaysia rescued 14 women on Monday and seized between RM5,000 and RM6,000.",
		counts:   []string{"victims: 14", "victims: 14 (Feminine)"},
		evidence: []string{"Cash MYR 5000.00 to 6000.00"},
		place:    "Malaysia",
		agency:   "Police in Malaysia",
		reason:   "\"between … and …\" is one amount, a range, not two sums of cash",
	},
	{
		name:   "a dot before three digits is left open",
		text:   "Police in Indonesia rescued 14 women on Monday and seized Rp 150.000 in cash.",
		counts: []string{"victims: 14", "victims: 14 (Feminine)"},
		place:  "Indonesia",
		agency: "Police in Indonesia",
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
		name:   "suspects and victims in one list",
		text:   "Three suspects and 12 victims were taken to the police station in Mombasa.",
		counts: []string{"victims: 12"},
		reason: "a list of suspects and victims is two figures of two roles, never one sum of victims; nothing says the suspects were arrested",
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
		agency: "Police in Spain",
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
