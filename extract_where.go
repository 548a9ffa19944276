package rescue

import (
	"strings"

	"github.com/antitrafficking/rescue/internal/extract"
)

// The agency that acted and the place of the operation, from the agencies
// and places the engine found.

// agencyAndPlace records the agency that acted and the place of the
// operation. Both are read only from the sentences that give the first
// figures of victims and suspects and the date of the operation, where a
// report says who did what where; elsewhere a place is as likely another
// event's. The agency is the first named in those sentences, else the
// first in the text; its name may give the country ("Peruvian police").
func (x *extractor) agencyAndPlace() {
	inOp := func(s int) bool {
		return s >= 0 && (s == x.totalSent[0] || s == x.totalSent[1] || s == x.whenSent)
	}
	var ag *extract.Mention
	for _, s := range x.totalSent {
		for i := range x.r.Agencies {
			if m := &x.r.Agencies[i]; ag == nil && s >= 0 && m.Sent == s {
				ag = m
			}
		}
	}
	if ag == nil && len(x.r.Agencies) > 0 {
		ag = &x.r.Agencies[0]
	}
	var agCountry Country
	if ag != nil {
		a := Agency{Name: x.span(ag.Name)}
		// "Peruvian police", "Zambia Police Service": the country the
		// name starts with; not "Thai and Cambodian authorities".
		first := ag.Name
		if i := strings.IndexByte(a.Name, ' '); i > 0 {
			first.End = first.Start + i
		}
		if !strings.Contains(a.Name, " and ") {
			if n, _, ok := x.nationality(first); ok {
				if c, ok := n.Country(); ok {
					a.Country = c
					if !ag.Abroad {
						agCountry = c // an embassy's country is not where it acted
					}
				}
			}
		}
		x.op.Agencies = append(x.op.Agencies, a)
		x.find(ag.Span, "agencies[0].name", "")
	}

	var pl Place
	var countrySpan, localSpan extract.Span
	conflict := false
	for i := range x.r.Places {
		m := &x.r.Places[i]
		if !inOp(m.Sent) {
			continue
		}
		if c, ok := x.country(m.Name); ok {
			switch {
			case m.Several:
				conflict, countrySpan = true, m.Span
			case !pl.Country.IsValid():
				pl.Country, countrySpan = c, m.Span
			case pl.Country != c:
				conflict = true
			}
			continue
		}
		if m.Locality && pl.Locality == "" {
			pl.Locality, localSpan = x.span(m.Name), m.Span
			if !m.Area.IsZero() {
				pl.Area = Personal(x.span(m.Area))
			}
		}
	}
	if agCountry.IsValid() {
		switch {
		case !pl.Country.IsValid():
			pl.Country, countrySpan = agCountry, ag.Name
		case pl.Country != agCountry:
			conflict = true
		}
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
