package rescue

import (
	"slices"
	"strconv"
	"strings"

	"github.com/antitrafficking/rescue/internal/extract"
)

// The agencies that acted and the place of the operation, from the
// agencies and places the engine found.

// agencyAndPlace records the agencies that acted and the place of the
// operation. Both are read from the sentences that give the first figures
// of victims and suspects and the date of the operation, where a report
// says who did what where; elsewhere a place is as likely another
// event's.
func (x *extractor) agencyAndPlace() {
	c, sp := x.agencies()
	x.place(c, sp)
}

// inOp reports whether sentence s gives a total or the date; in a report
// that gives neither ("Police in Peru seized S/. 20,000."), whether it
// speaks of the operation (a raid, a seizure, an arrest).
func (x *extractor) inOp(s int) bool {
	if x.totalSent[0] < 0 && x.totalSent[1] < 0 && x.whenSent < 0 {
		return s >= 0 && x.r.Operation[s] && !x.r.Cumulative[s] // not a sentence of figures to date
	}
	return s >= 0 && (s == x.totalSent[0] || s == x.totalSent[1] || s == x.whenSent)
}

// victimsOf reports whether the draft counts victims of nationality n.
func (x *extractor) victimsOf(n Nationality) bool {
	return slices.ContainsFunc(x.op.Counts, func(t Tally) bool { return t.Of == OfVictims && t.Nationality == n })
}

// agencies records the agencies of the operation, and returns the country
// the name of the one that acted gives ("Peruvian police") and its span.
//
// Where the operation's sentences give agencies a part ("led by the DSI
// with help from the Royal Thai Police"), those are recorded, the lead
// first. Otherwise the agency is the first of those sentences that acted
// (after "by", or not only speaking), else the first that speaks, else
// the first in the text. An embassy that speaks is a source, never the
// operation's agency; neither is an agency of another event ("in an
// unrelated case"). A source that speaks of its own nationals gives no
// country: "Malaysian police said the six Malaysians rescued in Bangkok"
// is no operation in Malaysia.
func (x *extractor) agencies() (Country, extract.Span) {
	var parts []*extract.Mention
	var acts, speaks, first *extract.Mention
	for i := range x.r.Agencies {
		m := &x.r.Agencies[i]
		source := m.Speaks && !m.Agent && m.Part == ""
		switch {
		case m.Other:
			continue
		case m.Abroad && source:
			if x.inOp(m.Sent) {
				x.find(m.Name, "", "an embassy or a consulate that speaks of the operation: a source, not its agency")
			}
			continue
		case !x.inOp(m.Sent):
			if first == nil {
				first = m
			}
		case m.Part != "":
			parts = append(parts, m)
		case !source && acts == nil:
			acts = m
		case source && speaks == nil:
			speaks = m
		}
	}
	switch {
	case len(parts) > 0 && acts != nil:
		// "driven the Embassy … to rescue 81 Indians with the help of
		// Cambodian authorities": the one that acted, with no part
		// named, and those with one.
		parts = append(parts, acts)
	case len(parts) == 0:
		for _, m := range []*extract.Mention{acts, speaks, first} {
			if m != nil {
				parts = []*extract.Mention{m}
				break
			}
		}
	}
	// The lead first, then one with no part named, then those that
	// supported; in the order of the text within each.
	rank := func(m *extract.Mention) int {
		switch m.Part {
		case "Lead":
			return 0
		case "":
			return 1
		}
		return 2
	}
	slices.SortStableFunc(parts, func(a, b *extract.Mention) int {
		if rank(a) != rank(b) {
			return rank(a) - rank(b)
		}
		return a.Span.Start - b.Span.Start
	})
	var country Country
	var span extract.Span
	for i, m := range parts {
		a := Agency{Name: x.span(m.Name)}
		if m.Part != "" {
			a.Part, _ = ParseAgencyPart(m.Part)
		}
		// "Peruvian police", "Zambia Police Service": the country the
		// name starts with; not "Thai and Cambodian authorities".
		first := m.Name
		if k := strings.IndexByte(a.Name, ' '); k > 0 {
			first.End = first.Start + k
		}
		if !strings.Contains(a.Name, " and ") {
			if n, _, ok := x.nationality(first); ok {
				if c, ok := n.Country(); ok {
					a.Country = c
					// Where the agency acted, not an embassy's country,
					// nor a source's that speaks of its own nationals,
					// who may have been rescued abroad ("Malaysian
					// police said the six Malaysians rescued in
					// Bangkok").
					switch {
					case i > 0 || m.Abroad:
					case m.Speaks && !m.Agent && m.Part == "" && x.victimsOf(NationalityOf(c)):
						x.find(m.Name, "", "a source that speaks of its own nationals, who may have been rescued abroad: its country is not the operation's")
					default:
						country, span = c, m.Name
					}
				}
			}
		}
		x.op.Agencies = append(x.op.Agencies, a)
		x.find(m.Span, "agencies["+strconv.Itoa(i)+"].name", "")
	}
	return country, span
}

// place records the place of the operation: the country and the locality
// its sentences name, or the country of the agency that acted. A country
// whose name is also a place of another country ("Benin", "Georgia") is
// the one the report's other countries name, else none; a place of
// another event ("recruited in Nigeria") is not the operation's.
func (x *extractor) place(agCountry Country, agSpan extract.Span) {
	var pl Place
	var countrySpan, localSpan extract.Span
	conflict := false
	setCountry := func(c Country, sp extract.Span, several bool) {
		switch {
		case several:
			conflict, countrySpan = true, sp
		case !pl.Country.IsValid():
			pl.Country, countrySpan = c, sp
		case pl.Country != c:
			conflict = true
		}
	}
	for i := range x.r.Places {
		m := &x.r.Places[i]
		if !x.inOp(m.Sent) || m.Other {
			continue
		}
		c, ok := x.placeCountry(m.Name, agCountry)
		w, wok := x.placeCountry(m.Within, agCountry)
		switch {
		case ok && !m.Within.IsZero() && !wok:
			// "in Jordan, Minnesota", "in Peru, Indiana": a town named
			// like a country, in a region the text names.
			x.find(m.Name, "", "named like a country, but in "+strconv.Quote(x.span(m.Within))+": country left out")
			continue
		case ok:
			// "in Spain, France": two countries.
			setCountry(c, m.Span, m.Several || wok && w != c)
			continue
		case wok:
			// "in Myawaddy, Myanmar": the country; whether the name is a
			// town or a region the text does not say.
			setCountry(w, m.Within, m.Several)
			if !m.Locality {
				x.find(m.Name, "", "a place in "+w.Name()+": not recorded, since the text does not say whether it is a town or a region")
			}
		}
		if m.Locality && pl.Locality == "" {
			pl.Locality, localSpan = x.span(m.Name), m.Span
			if !m.Area.IsZero() {
				pl.Area = Personal(x.span(m.Area))
			}
		}
	}
	if agCountry.IsValid() {
		setCountry(agCountry, agSpan, false)
	}
	switch {
	case conflict:
		x.find(countrySpan, "", "the text names several countries for the operation: country left out")
		pl.Country = Country{}
	case pl.Country.IsValid():
		x.find(countrySpan, "places[0].country", "")
	}
	if pl.Locality != "" {
		x.find(localSpan, "places[0].locality", "")
	}
	if !pl.IsZero() {
		x.op.Places = append(x.op.Places, pl)
	}
}

// namedCountries returns the countries the report names as places, but
// for those whose name is also another country's place, and agCountry;
// it reads the places once, so that a text of many places costs no more
// than their number.
func (x *extractor) namedCountries(agCountry Country) map[Country]bool {
	if x.named != nil {
		return x.named
	}
	x.named = map[Country]bool{agCountry: true}
	for i := range x.r.Places {
		m := &x.r.Places[i]
		for _, s := range []extract.Span{m.Name, m.Within} {
			if !s.IsZero() && x.lex.Homonyms[strings.ToLower(x.span(s))] == "" {
				if o, ok := x.country(s); ok {
					x.named[o] = true
				}
			}
		}
	}
	return x.named
}

// placeCountry reads the country a place's name gives. A name that is
// also a place of another country (Lexicon.Homonyms: "Benin", the city in
// Nigeria) is read as the country the report's other countries name,
// agCountry or another place's; when they name neither or both, none.
func (x *extractor) placeCountry(sp extract.Span, agCountry Country) (Country, bool) {
	if sp.IsZero() {
		return Country{}, false
	}
	c, ok := x.country(sp)
	if !ok {
		return c, false
	}
	code, ok := x.lex.Homonyms[strings.ToLower(x.span(sp))]
	if !ok {
		return c, true
	}
	other, err := ParseCountry(code)
	if err != nil {
		return Country{}, false
	}
	named := x.namedCountries(agCountry)
	switch {
	case named[other] && !named[c]:
		x.find(sp, "", strconv.Quote(x.span(sp))+" read as the place in "+other.Name()+", which the report names")
		return other, true
	case named[c] && !named[other]:
		return c, true
	}
	x.find(sp, "", strconv.Quote(x.span(sp))+" is a country and a place in "+other.Name()+": the text does not say which; country left out")
	return Country{}, false
}
