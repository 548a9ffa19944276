// Package en holds the English word lists of the extraction engine: the
// words that say who a figure counts, what was seized, when and where.
// Another language gets a package like this one, and nothing else.
package en

import (
	"strings"
	"sync"

	"github.com/antitrafficking/rescue/internal/extract"
)

// Lexicon returns the English lexicon, built on first use.
var Lexicon = sync.OnceValue(func() *extract.Lexicon {
	return (&extract.Lexicon{
		Words:           extract.Build(words),
		Phrases:         extract.BuildPhrases(phrases),
		ListAnd:         map[string]bool{"and": true, "&": true, "as well as": true, "plus": true, "along with": true, "together with": true},
		Evidence:        evidence(),
		Months:          months(),
		Weekdays:        map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6},
		Relative:        relative(),
		Triggers:        map[string]string{"tip": "Tip", "tip-off": "Tip", "tipoff": "Tip", "hotline": "Hotline", "helpline": "Hotline"},
		Abbreviations:   extract.Set("mr mrs ms dr gen col lt capt sgt maj cpl insp supt pol brig cmdr st no nos jan feb mar apr jun jul aug sep sept oct nov dec vs etc inc ltd co corp dept gov sen rep hon prof u.s u.k a.m p.m"),
		ShortNames:      extract.Set("US USA U.S. U.S UK U.K. UAE DRC PRC ROK DPRK Lao"),
		OrdinalSuffixes: extract.Set("st nd rd th"),
		Money:           money(),
		Prepositions:    extract.Set("in at on from near inside outside during across within aboard"),
		Collective:      extract.Set("family families household households couple couples group groups crew crews"),
		Pairs:           extract.Set("couple couples"),
		AgeNouns:        map[string]bool{"year-olds": true, "year-old": false, "years-old": false},
		Offspring:       extract.Set("children child kids kid sons son daughters daughter"),
		Also:            extract.Set("also additionally"),
		HedgeAfter: extract.SetOf("at most|at the most|at the very most|at a maximum|at maximum|at least|at the least|" +
			"at the very least|at a minimum|at minimum|or more|and more|or so|or fewer|or less|and counting"),
		ListOr: extract.Set("or"),
		Partly: extract.Set("mostly mainly largely predominantly primarily chiefly overwhelmingly"),
		Quantifiers: extract.Set(`most many some all none few several both each half majority minority
			youngest oldest eldest younger older elder`),
		Nobody: extract.Set("none neither"),
		AgeAndOver: map[string]bool{"and over": true, "and older": true, "or older": true, "and above": true,
			"or above": true, "or over": true, "plus": true, "and up": true,
			"over the age of": true, "above the age of": true},
		NationalityNouns: extract.Set("nationality nationalities citizenship"),
		Ranks: extract.Set(`general colonel major lieutenant captain inspector superintendent
			commissioner chief director spokesperson spokesman spokeswoman sergeant commander
			deputy head brigadier corporal constable officer minister secretary undersecretary
			governor mayor chairman chairperson chairwoman president ambassador consul attorney
			gen col lt maj capt sgt insp supt cpl brig cmdr pol mr mrs ms dr`),
		WeekdayShift: map[string]int{"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1},
		OtherEvents: extract.Set(`charged charge indicted arraigned sentenced convicted jailed
			prosecuted repatriated repatriate returned return flown sent deported deport expelled
			released reunited recruited hired employed born died killed drowned moved transferred
			appeared arrived landed handed`),
		Sequence: extract.Set("after before until prior"),
		AnotherEvent: phraseSet(`separate case|separate raid|separate operation|separate incident|
			separate investigation|unrelated case|unrelated incident|unrelated raid|similar raid|
			similar operation|similar case|previous raid|earlier raid|previous operation|
			earlier operation|last year|years ago|year ago|previous year|year before`),
		Separately: phraseSet(`separately|elsewhere|in a separate case|in a separate raid|
			in a separate operation|in a separate incident|in a separate investigation|
			in an unrelated case|in an unrelated incident|in an unrelated raid`),
		Claims: extract.Set("claimed claims claim rumours rumors rumoured rumored unconfirmed unverified"),
		Unreal: extract.Set(`not never failed fail fails unable plan plans planning hope hopes
			hoping aim aims aiming try tries trying tried attempt attempts attempting attempted
			seek seeks seeking sought will would could might may shall yet cannot can't didn't
			don't doesn't won't wouldn't couldn't wasn't weren't hasn't haven't hadn't isn't aren't`),
		Updates: phraseSet("rose to|risen to|increased to|climbed to|grew to|jumped to|went up to|gone up to"),
		Agents:  extract.Set("by"),
		GroupNouns: extract.Set(`group groups batch batches team teams gang gangs total number set
			crowd band ring party contingent family families busload boatload truckload figure
			tally toll count`),
		Along:            phraseSet("along with|together with|alongside"),
		RelativePronouns: extract.Set("who which whom whose that"),
		Pronouns:         extract.Set("they them"),
		AgencyParts: map[string]string{"led by": "Lead", "headed by": "Lead", "spearheaded by": "Lead",
			"with help from": "Support", "with the help of": "Support", "with support from": "Support",
			"with the support of": "Support", "assisted by": "Support", "supported by": "Support",
			"backed by": "Support", "in cooperation with": "Support", "in coordination with": "Support",
			"in collaboration with": "Support", "with assistance from": "Support",
			"with the assistance of": "Support", "aided by": "Support", "joined by": "Support"},
		// Benin City and Niger State in Nigeria, the state of Georgia in
		// the United States, the city of Armenia in Colombia.
		Homonyms: map[string]string{"benin": "NG", "niger": "NG", "georgia": "US", "armenia": "CO"},
		Removal: extract.Set(`rescued rescue rescuing freed free freeing liberated saved recovered retrieved
			released repatriated repatriate repatriating evacuated evacuate evacuating returned returning
			deported deporting expelled extracted extricated removed escaped fled fleeing home back`),
		Destination: extract.Set(`bound destined headed heading route way taken transported smuggled
			trafficked sold sent`),
	}).Prepare()
})

var words = map[extract.Class]string{
	extract.NumberWord: `one two three four five six seven eight nine ten eleven twelve thirteen
		fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
		seventy eighty ninety hundred thousand million billion lakh lakhs crore crores dozen
		dozens hundreds thousands millions scores tens several numerous multiple few couple
		handful half`,
	extract.NumberJoin: `and of a`,
	extract.ScaleWord:  `hundred thousand million billion lakh crore m bn mn k`,
	extract.RangeJoin:  `to through`,
	extract.RangeOpen:  `between`,
	extract.Article:    `a an`,
	extract.Hedge: `some about around approximately roughly nearly almost over under
		exactly between estimated reportedly`,
	extract.More: `more others additional further another`,

	extract.PersonNoun: `people persons person individuals individual men man women woman
		girls girl boys boy children child minors minor kids kid teenagers teenager teens
		adults adult workers worker labourers labourer laborers laborer migrants migrant
		foreigners foreigner nationals national citizens citizen passengers passenger
		crew crews agent agents coordinator coordinators recruiter recruiters broker
		brokers owner owners members member leaders leader brothers brother sisters sister
		family families females female males male youngsters youngster students student
		slaves slave refugees refugee residents resident employees employee seekers
		jobseekers nurses fishermen fisherman others survivors survivor detainees detainee
		suspects suspect traffickers trafficker perpetrators perpetrator accused smugglers
		smuggler captives captive hostages hostage villagers infants infant babies baby
		toddlers daughters daughter sons son wives wife husbands husband couples couple mothers
		mother fathers father teens juveniles juvenile pimps pimp operators operator
		officers officer policemen policeman officials official personnel staff soldiers
		soldier agents guards guard prisoners prisoner inmates inmate investigators
		tourists tourist employers employer managers manager drivers driver captains
		captain bosses boss maids maid sailors sailor seafarers seafarer labourers transwomen
		transwoman transmen transman captors captor`,
	extract.Plural: `people persons individuals men women girls boys children minors kids
		teenagers adults workers labourers laborers migrants foreigners nationals citizens
		passengers crews agents coordinators recruiters brokers owners members leaders
		brothers sisters families females males youngsters students slaves refugees
		residents employees seekers jobseekers nurses fishermen others survivors detainees
		suspects traffickers perpetrators smugglers captives hostages villagers infants
		babies toddlers daughters sons wives husbands couples mothers fathers teens
		juveniles pimps operators officers policemen officials personnel staff soldiers
		guards prisoners inmates investigators victims tourists employers managers drivers
		captains bosses maids sailors seafarers transwomen transmen captors`,
	extract.VictimNoun:   `victims victim survivors survivor captives captive hostages hostage`,
	extract.SuspectNoun:  `suspects suspect traffickers trafficker perpetrators perpetrator accused smugglers smuggler pimps pimp captors captor`,
	extract.DetaineeNoun: `detainees detainee arrestees arrestee`,
	extract.OfficerNoun: `officers officer policemen policeman officials official personnel staff
		soldiers soldier guards guard prisoners prisoner inmates inmate investigators agents`,
	extract.MinorNoun: `children child minors minor kids kid juveniles juvenile infants infant babies baby toddlers`,
	extract.FemaleNoun: `women woman girls girl females female sisters sister daughters daughter wives wife mothers mother
		transwomen transwoman`,
	extract.MaleNoun: `men man boys boy males male brothers brother sons son husbands husband fathers father
		transmen transman`,

	extract.VictimVerb: `rescued rescue rescues rescuing freed free frees freeing liberated
		liberate liberates liberating saved save saves saving lured lure traffic trafficked
		sold recovered`,
	extract.InterceptVerb: `intercepted intercept intercepts intercepting stopped foiled`,
	extract.SuspectVerb: `arrested arrest arrests arresting detained detain detains detaining
		apprehended apprehend apprehends apprehending nabbed nab caught catch catches
		catching captured nabbing`,
	extract.FoundVerb:   `found`,
	extract.RoleNoun:    `rescue rescues arrest arrests interception detention`,
	extract.EscapeVerb:  `escaped escape escapes escaping fled flee`,
	extract.TriggerNoun: `tip tip-off tipoff hotline helpline`,
	extract.StatementVerb: `said says announced announces reported reports told stated informed disclosed confirmed added
		confirm confirms verify verified`,
	extract.OperationNoun: `operation operations raid raids crackdown rescue raided raiding busted bust busting sting`,

	extract.Aux: `were was are is be been being have has had will would could may might
		got get remain remained remains`,
	extract.Copula: `are were is was came come comes hail hails`,
	extract.Adverb: `also successfully reportedly allegedly now later since subsequently
		already all eventually finally then immediately just recently safely both`,
	extract.Determiner: `the these those all its their his her our this`,
	extract.Stop: `of from in at on to for with by as into after before while during since
		aged including across under over near between among like than it they he she we
		when where also who which whom whose that and or but not bound according who's
		upon via per towards toward against within without through`,
	extract.ClauseBreak: `who which whom whose that after before while when where because
		although though but whereas if until since`,
	extract.Breakdown:    `including comprising comprised namely incl included includes include`,
	extract.TotalWord:    `totalling totaling totalled totaled`,
	extract.PartitiveDet: `the them these those its their whom us our`,
	extract.FrameWord:    `of among`,
	extract.Rest:         `rest remainder other remaining`,

	extract.SeizeVerb: `seized seize seizes seizing seizure confiscated confiscate
		confiscating confiscation impounded recovered collected found`,
	extract.CashNoun: `cash`,
	extract.NotCash: `salary salaries wage wages fee fees price prices paid pay pays paying
		charged charge charges worth valued ransom debt debts promised offered earn earned
		earning cost costs fine fined fines bail`,
	extract.PerPeriod: `month monthly week weekly day daily year yearly annually each apiece per hour`,
	extract.AgencyHead: `police agency bureau ministry department directorate commission
		service embassy office army force forces unit squad authority authorities
		immigration interpol europol hawks guard gendarmerie customs council task
		prosecutor prosecutors naptip constabulary command`,
	extract.PlaceNoun:     `suburb suburbs outskirts town city village district municipality`,
	extract.PlaceAfter:    `town city`,
	extract.InPreposition: `in within inside`,
	extract.AgeWord:       `aged ages`,
	extract.Adult:         `men man women woman adults adult transwomen transwoman transmen transman`,
	extract.Possessive:    `their his her its our my your`,
	extract.Embassy:       `embassy embassies consulate consulates`,
	extract.TimeWord:      `pm am a.m. p.m. hrs hours o'clock`,
	extract.Cumulative:    `annually yearly altogether`,
	extract.Since:         `since`,
	extract.Transgender:   `transgender trans transwomen transwoman transmen transman`,
}

var phrases = map[extract.Class]string{
	extract.Hedge: `more than|as many as|as much as|up to|at least|at most|a total of|total of|
		no fewer than|no less than|not less than|not fewer than|no more than|not more than|
		fewer than|less than|well over|just over|just under|upwards of|in excess of|
		close to|an estimated|a maximum of|a minimum of|greater than`,
	extract.SuspectVerb: `taken into custody|took into custody|placed under arrest|in custody|
		under police custody|under arrest|rounded up`,
	extract.VictimVerb: `handed over`,
	extract.Particle: `hand over|handed over|handing over|hands over|turn over|turned over|
		turning over|took over|taken over|take over|taking over|won over|went over|go over`,
	extract.AtLargeWord: `at large|on the run|still at large|on the loose`,
	extract.Breakdown: `among them|among whom|of whom|of which|consisting of|made up of|
		such as`,
	extract.TotalWord: `a total of|in total|in all|bringing the total to|bringing the total number to`,
	extract.AgeWord: `under the age of|over the age of|below the age of|above the age of|
		between the ages of|aged between`,
	extract.TriggerNoun:   `tip off|acting on a tip|acting on the tip|tip-off from`,
	extract.StatementVerb: `said in a statement|told reporters|according to`,
	extract.Cumulative: `so far|to date|this year|so far this year|since the beginning of|since the start of|
		in the past year|over the past|in recent years|every year|each year|a year|per year|in total so far`,
}

func evidence() map[string]extract.EvidenceWord {
	m := map[string]extract.EvidenceWord{}
	add := func(kind string, mass bool, pairs ...string) {
		for i := 0; i+1 < len(pairs); i += 2 {
			m[pairs[i]] = extract.EvidenceWord{Kind: kind, Mass: mass}
			m[pairs[i+1]] = extract.EvidenceWord{Kind: kind, Plural: true, Mass: mass}
		}
	}
	add("MobilePhone", false, "cell phone", "cell phones", "cellphone", "cellphones",
		"mobile phone", "mobile phones", "phone", "phones", "smartphone", "smartphones",
		"handset", "handsets")
	add("BankCard", false, "bank card", "bank cards", "credit card", "credit cards",
		"debit card", "debit cards", "atm card", "atm cards", "payment card", "payment cards")
	add("IdentityDocument", false, "passport", "passports", "identity card", "identity cards",
		"id card", "id cards", "travel document", "travel documents")
	add("SIMCard", false, "sim card", "sim cards", "sim", "sims")
	add("Computer", false, "computer", "computers", "laptop", "laptops", "tablet", "tablets",
		"desktop computer", "desktop computers")
	add("Document", false, "document", "documents", "ledger", "ledgers", "contract", "contracts")
	add("Vehicle", false, "vehicle", "vehicles", "car", "cars", "truck", "trucks", "van", "vans",
		"motorcycle", "motorcycles", "boat", "boats", "speedboat", "speedboats", "bus", "buses", "taxi", "taxis")
	add("Weapon", false, "firearm", "firearms", "gun", "guns", "pistol", "pistols", "rifle", "rifles",
		"knife", "knives", "weapon", "weapons")
	add("Drugs", true, "drug", "drugs", "narcotic", "narcotics")
	return m
}

func months() map[string]int {
	m := map[string]int{}
	for i, names := range []string{"january jan", "february feb", "march mar", "april apr",
		"may", "june jun", "july jul", "august aug", "september sep sept", "october oct",
		"november nov", "december dec"} {
		for w := range extract.Set(names) {
			m[w] = i + 1
		}
	}
	return m
}

func relative() map[string]extract.Relative {
	r := func(k extract.RelativeKind) extract.Relative { return extract.Relative{Kind: k} }
	m := map[string]extract.Relative{
		"today":                 r(extract.RelToday),
		"yesterday":             r(extract.RelYesterday),
		"over the weekend":      r(extract.RelWeekend),
		"at the weekend":        r(extract.RelWeekend),
		"this weekend":          r(extract.RelWeekend),
		"last weekend":          r(extract.RelWeekend),
		"on the weekend":        r(extract.RelWeekend),
		"this week":             r(extract.RelThisWeek),
		"earlier this week":     r(extract.RelThisWeek),
		"last week":             r(extract.RelLastWeek),
		"this month":            r(extract.RelThisMonth),
		"earlier this month":    r(extract.RelThisMonth),
		"last month":            r(extract.RelLastMonth),
		"in the last two weeks": {Kind: extract.RelPastDays, Days: 14},
		"in the past two weeks": {Kind: extract.RelPastDays, Days: 14},
		"in the last week":      {Kind: extract.RelPastDays, Days: 7},
		"in the past week":      {Kind: extract.RelPastDays, Days: 7},
	}
	// "three days ago", "a week ago", "two months ago": the dates of
	// earlier events, which are not the operation's when it has another.
	ns := strings.Fields("a one two three four five six seven eight nine ten eleven twelve")
	for n, w := range ns {
		n = max(n, 1) // "a" and "one"
		for unit, kind := range map[string]extract.RelativeKind{"day": extract.RelDaysAgo,
			"week": extract.RelWeeksAgo, "month": extract.RelMonthsAgo} {
			if n > 1 {
				unit += "s"
			}
			m[w+" "+unit+" ago"] = extract.Relative{Kind: kind, Days: n}
		}
	}
	return m
}

// money returns the words that tell cash from other sums.
func money() extract.MoneyWords {
	phrases := func(s string) map[string]bool {
		m := map[string]bool{}
		for p := range strings.SplitSeq(s, "|") {
			if p = strings.Join(strings.Fields(p), " "); p != "" {
				m[p] = true
			}
		}
		return m
	}
	neg := extract.Set(`not never no without cannot failed unable neither nor
		didn't doesn't don't wasn't weren't couldn't hadn't haven't hasn't won't wouldn't isn't aren't can't
		didn’t doesn’t don’t wasn’t weren’t couldn’t hadn’t haven’t hasn’t won’t wouldn’t isn’t aren’t can’t`)
	neg["not only"] = false // "not only seized cash but also …"
	neg["no sooner"] = false
	return extract.MoneyWords{
		Goods: phrases(`assets|asset|properties|property|real estate|land|lands|goods|merchandise|
			valuables|jewellery|jewelry|jewels|gold|silver|cryptocurrency|cryptocurrencies|crypto|
			bitcoin|bitcoins|digital currency|chips|deposits|deposit|accounts|account|shares|stocks|
			securities|investments|equipment|items|products|livestock|cattle|checks|cheques|cheque`),
		ValueOf:     phrases(`worth of`),
		Counterfeit: extract.Set(`counterfeit fake forged bogus phony phoney`),
		Equivalent:  phrases(`or|equivalent to|the equivalent of|equal to|or the equivalent of|converted to|which is`),
		PartOf: phrases(`of it|of which|of this|of that|of these|of the money|of the cash|of the amount|
			of the sum|of the total|of this amount|of this sum|of the seized cash|of the seized money`),
		Negation:     neg,
		Denomination: extract.Set(`bill bills note notes banknote banknotes coin coins denomination denominations`),
		Location:     extract.Set(`in inside within from aboard`),
		Holding:      extract.Set(`holding containing totalling totaling`),
	}
}

// phraseSet returns the phrases of s, separated by "|", their words by
// single spaces, as a set.
func phraseSet(s string) map[string]bool {
	m := map[string]bool{}
	for p := range extract.BuildPhrases(map[extract.Class]string{1: s}) {
		m[p] = true
	}
	return m
}
