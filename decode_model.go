package rescue

import "fmt"

// The decoders of the operation's records: one per type, a switch on the
// key that reads the field's value and returns its number (for the check
// that no key comes twice). TestDecodeOperationRoundTrip fills every field
// of random operations, so that a field added to the model and not here
// fails it.

func (d *decoder) operation(op *Operation, p *path) bool {
	return d.fields(p, "an operation", operationType, func(key []byte) (int, bool) {
		switch string(key) {
		case "id":
			return 0, d.string(p, "id", &op.ID)
		case "name":
			return 1, d.string(p, "name", &op.Name)
		case "agencies":
			return 2, list(d, p, "agencies", "an array of agencies", true, &op.Agencies, (*decoder).agency)
		case "lead":
			f := p.field("lead")
			return 3, d.officer(&op.Lead, &f)
		case "places":
			return 4, list(d, p, "places", "an array of places", true, &op.Places, (*decoder).opPlace)
		case "when":
			return 5, d.text(p, "when", &op.When)
		case "triggers":
			return 6, list(d, p, "triggers", "an array of triggers", true, &op.Triggers, (*decoder).trigger)
		case "groups":
			return 7, list(d, p, "groups", "an array of groups", true, &op.Groups, (*decoder).group)
		case "victims":
			return 8, list(d, p, "victims", "an array of victims", true, &op.Victims, (*decoder).victim)
		case "suspects":
			return 9, list(d, p, "suspects", "an array of suspects", true, &op.Suspects, (*decoder).suspect)
		case "counts":
			return 10, list(d, p, "counts", "an array of tallies", true, &op.Counts, (*decoder).tally)
		case "evidence":
			return 11, list(d, p, "evidence", "an array of evidence items", true, &op.Evidence, (*decoder).evidence)
		case "sources":
			return 12, list(d, p, "sources", "an array of sources", true, &op.Sources, (*decoder).source)
		case "scheme":
			return 13, d.string(p, "scheme", &op.Scheme)
		case "schemeTargets":
			return 14, textList(d, p, "schemeTargets", &op.SchemeTargets, true)
		}
		return -1, true
	})
}

func (d *decoder) agency(a *Agency, parent *path, i int) bool {
	p := parent.elem("agencies", i)
	return d.fields(&p, "an agency", agencyType, func(key []byte) (int, bool) {
		switch string(key) {
		case "name":
			return 0, d.string(&p, "name", &a.Name)
		case "unit":
			return 1, d.string(&p, "unit", &a.Unit)
		case "country":
			return 2, d.text(&p, "country", &a.Country)
		case "part":
			return 3, d.text(&p, "part", &a.Part)
		}
		return -1, true
	})
}

func (d *decoder) officer(o *Officer, p *path) bool {
	return d.fields(p, "an officer", officerType, func(key []byte) (int, bool) {
		switch string(key) {
		case "name":
			return 0, d.string(p, "name", &o.Name)
		case "rank":
			return 1, d.string(p, "rank", &o.Rank)
		case "title":
			return 2, d.string(p, "title", &o.Title)
		}
		return -1, true
	})
}

// opPlace reads a place of the operation's list, which is checked as a
// record.
func (d *decoder) opPlace(pl *Place, parent *path, i int) bool {
	p := parent.elem("places", i)
	return d.place(pl, &p) && d.checkPlace(pl, &p)
}

func (d *decoder) place(pl *Place, p *path) bool {
	return d.fields(p, "a place", placeType, func(key []byte) (int, bool) {
		switch string(key) {
		case "id":
			return 0, d.string(p, "id", &pl.ID)
		case "locality":
			return 1, d.string(p, "locality", &pl.Locality)
		case "area":
			return 2, d.personal(p, "area", &pl.Area)
		case "region":
			return 3, d.string(p, "region", &pl.Region)
		case "country":
			return 4, d.text(p, "country", &pl.Country)
		}
		return -1, true
	})
}

func (d *decoder) trigger(t *Trigger, parent *path, i int) bool {
	p := parent.elem("triggers", i)
	return d.fields(&p, "a trigger", triggerType, func(key []byte) (int, bool) {
		switch string(key) {
		case "kind":
			return 0, d.text(&p, "kind", &t.Kind)
		case "people":
			return 1, d.json(&p, "people", &t.People)
		case "note":
			return 2, d.personal(&p, "note", &t.Note)
		}
		return -1, true
	})
}

func (d *decoder) group(g *Group, parent *path, i int) bool {
	p := parent.elem("groups", i)
	return d.fields(&p, "a group", groupType, func(key []byte) (int, bool) {
		switch string(key) {
		case "id":
			return 0, d.string(&p, "id", &g.ID)
		case "name":
			return 1, d.string(&p, "name", &g.Name)
		case "origin":
			return 2, d.text(&p, "origin", &g.Origin)
		}
		return -1, true
	}) && d.checkGroup(g, &p)
}

func (d *decoder) victim(v *Victim, parent *path, i int) bool {
	p := parent.elem("victims", i)
	return d.fields(&p, "a victim", victimType, func(key []byte) (int, bool) {
		switch string(key) {
		case "id":
			return 0, d.string(&p, "id", &v.ID)
		case "name":
			return 1, d.personal(&p, "name", &v.Name)
		case "gender":
			return 2, d.text(&p, "gender", &v.Gender)
		case "age":
			return 3, d.text(&p, "age", &v.Age)
		case "nationality":
			return 4, d.text(&p, "nationality", &v.Nationality)
		case "otherNationalities":
			return 5, textList(d, &p, "otherNationalities", &v.OtherNationalities, false)
		case "traffickingStatus":
			return 6, d.text(&p, "traffickingStatus", &v.TraffickingStatus)
		case "status":
			return 7, d.text(&p, "status", &v.Status)
		case "recruitment":
			f := p.field("recruitment")
			return 8, d.recruitment(&v.Recruitment, &f)
		case "controls":
			return 9, textList(d, &p, "controls", &v.Controls, false)
		case "exploitation":
			return 10, textList(d, &p, "exploitation", &v.Exploitation, false)
		case "labourSector":
			return 11, d.text(&p, "labourSector", &v.LabourSector)
		case "sexExploitation":
			return 12, textList(d, &p, "sexExploitation", &v.SexExploitation, false)
		case "recruiterRelation":
			return 13, d.text(&p, "recruiterRelation", &v.RecruiterRelation)
		case "recruiters":
			return 14, d.stringList(&p, "recruiters", &v.Recruiters)
		case "exploiters":
			return 15, d.stringList(&p, "exploiters", &v.Exploiters)
		case "destination":
			return 16, d.text(&p, "destination", &v.Destination)
		case "exploitedIn":
			return 17, d.text(&p, "exploitedIn", &v.ExploitedIn)
		case "consularContact":
			return 18, d.text(&p, "consularContact", &v.ConsularContact)
		case "repatriation":
			f := p.field("repatriation")
			return 19, d.repatriation(&v.Repatriation, &f)
		}
		return -1, true
	}) && d.checkVictim(v, &p)
}

func (d *decoder) recruitment(r *Recruitment, p *path) bool {
	return d.fields(p, "a recruitment", recruitmentType, func(key []byte) (int, bool) {
		switch string(key) {
		case "when":
			return 0, d.text(p, "when", &r.When)
		case "place":
			f := p.field("place")
			return 1, d.place(&r.Place, &f)
		case "methods":
			return 2, textList(d, p, "methods", &r.Methods, false)
		case "promise":
			return 3, d.personal(p, "promise", &r.Promise)
		}
		return -1, true
	})
}

func (d *decoder) repatriation(r *Repatriation, p *path) bool {
	return d.fields(p, "a repatriation", repatriationType, func(key []byte) (int, bool) {
		switch string(key) {
		case "to":
			return 0, d.text(p, "to", &r.To)
		case "status":
			return 1, d.text(p, "status", &r.Status)
		case "when":
			return 2, d.text(p, "when", &r.When)
		}
		return -1, true
	})
}

func (d *decoder) suspect(s *Suspect, parent *path, i int) bool {
	p := parent.elem("suspects", i)
	return d.fields(&p, "a suspect", suspectType, func(key []byte) (int, bool) {
		switch string(key) {
		case "id":
			return 0, d.string(&p, "id", &s.ID)
		case "name":
			return 1, d.personal(&p, "name", &s.Name)
		case "gender":
			return 2, d.text(&p, "gender", &s.Gender)
		case "age":
			return 3, d.text(&p, "age", &s.Age)
		case "nationality":
			return 4, d.text(&p, "nationality", &s.Nationality)
		case "otherNationalities":
			return 5, textList(d, &p, "otherNationalities", &s.OtherNationalities, false)
		case "roles":
			return 6, textList(d, &p, "roles", &s.Roles, false)
		case "group":
			return 7, d.string(&p, "group", &s.Group)
		case "status":
			return 8, d.text(&p, "status", &s.Status)
		case "arrested":
			return 9, d.text(&p, "arrested", &s.Arrested)
		case "site":
			return 10, d.string(&p, "site", &s.Site)
		case "charges":
			return 11, list(d, &p, "charges", "an array of charges", false, &s.Charges, (*decoder).charge)
		case "decisions":
			return 12, list(d, &p, "decisions", "an array of court decisions", false, &s.Decisions, (*decoder).decision)
		}
		return -1, true
	}) && d.checkSuspect(s, &p)
}

func (d *decoder) charge(c *Charge, parent *path, i int) bool {
	p := parent.elem("charges", i)
	return d.fields(&p, "a charge", chargeType, func(key []byte) (int, bool) {
		switch string(key) {
		case "offence":
			return 0, d.string(&p, "offence", &c.Offence)
		case "statute":
			return 1, d.string(&p, "statute", &c.Statute)
		case "date":
			return 2, d.text(&p, "date", &c.Date)
		}
		return -1, true
	})
}

func (d *decoder) decision(c *CourtDecision, parent *path, i int) bool {
	p := parent.elem("decisions", i)
	return d.fields(&p, "a court decision", courtDecisionType, func(key []byte) (int, bool) {
		switch string(key) {
		case "outcome":
			return 0, d.text(&p, "outcome", &c.Outcome)
		case "date":
			return 1, d.text(&p, "date", &c.Date)
		case "court":
			return 2, d.string(&p, "court", &c.Court)
		case "sentence":
			f := p.field("sentence")
			return 3, d.sentence(&c.Sentence, &f)
		case "fine":
			return 4, d.json(&p, "fine", &c.Fine)
		}
		return -1, true
	})
}

func (d *decoder) sentence(s *Sentence, p *path) bool {
	return d.fields(p, "a sentence", sentenceType, func(key []byte) (int, bool) {
		switch string(key) {
		case "years":
			return 0, d.int(p, "years", &s.Years)
		case "months":
			return 1, d.int(p, "months", &s.Months)
		case "life":
			return 2, d.bool(p, "life", &s.Life)
		}
		return -1, true
	})
}

// tally reads a tally. Its "status" is a VictimStatus or a SuspectStatus
// as "of" says, which may come after it: the code is kept until the end
// of the object.
func (d *decoder) tally(t *Tally, parent *path, i int) bool {
	p := parent.elem("counts", i)
	var status tallyStatus
	ofRefused, counted := false, false
	start := d.offset(d.pos)
	return d.fields(&p, "a tally", tallyType, func(key []byte) (int, bool) {
		switch string(key) {
		case "of":
			before := d.refused
			ok := d.text(&p, "of", &t.Of)
			ofRefused = d.refused > before
			return 0, ok
		case "count":
			return 1, d.json(&p, "count", recordedCount{&t.Count, &counted})
		case "nationality":
			return 2, d.text(&p, "nationality", &t.Nationality)
		case "gender":
			return 3, d.text(&p, "gender", &t.Gender)
		case "age":
			return 4, d.text(&p, "age", &t.Age)
		case "status":
			off := d.keyOff
			ok := d.text(&p, "status", &status)
			status.off = off
			return 5, ok
		case "source":
			return 6, d.string(&p, "source", &t.Source)
		case "traffickingStatus":
			return 7, d.text(&p, "traffickingStatus", &t.TraffickingStatus)
		case "recruitment":
			f := p.field("recruitment")
			return 8, d.recruitment(&t.Recruitment, &f)
		case "controls":
			return 9, textList(d, &p, "controls", &t.Controls, false)
		case "exploitation":
			return 10, textList(d, &p, "exploitation", &t.Exploitation, false)
		case "labourSector":
			return 11, d.text(&p, "labourSector", &t.LabourSector)
		case "sexExploitation":
			return 12, textList(d, &p, "sexExploitation", &t.SexExploitation, false)
		case "destinations":
			return 13, textList(d, &p, "destinations", &t.Destinations, false)
		case "exploitedIn":
			return 14, d.text(&p, "exploitedIn", &t.ExploitedIn)
		case "consularContact":
			return 15, d.text(&p, "consularContact", &t.ConsularContact)
		case "repatriation":
			f := p.field("repatriation")
			return 16, d.repatriation(&t.Repatriation, &f)
		case "group":
			return 17, d.string(&p, "group", &t.Group)
		case "roles":
			return 18, textList(d, &p, "roles", &t.Roles, false)
		case "arrested":
			return 19, d.text(&p, "arrested", &t.Arrested)
		case "charges":
			return 20, list(d, &p, "charges", "an array of charges", false, &t.Charges, (*decoder).charge)
		}
		return -1, true
	}) && d.tallyCounted(counted, &p, start) && d.tallyStatus(t, &status, &p, ofRefused) && d.checkTally(t, &p)
}

// recordedCount reads a Count and notes whether one was given: null
// (which the decoder skips) and "" are none.
type recordedCount struct {
	c   *Count
	set *bool
}

func (r recordedCount) UnmarshalJSON(b []byte) error {
	*r.set = string(b) != `""`
	return r.c.UnmarshalJSON(b)
}

// tallyCounted refuses a tally with no count, which the tally at p
// (starting at input offset off) is for: its zero Count would read as "0",
// a figure the record never gave.
func (d *decoder) tallyCounted(counted bool, p *path, off int64) bool {
	if counted {
		return true
	}
	return d.refuse(p.field("count"), off, fmt.Errorf(`a tally needs its count ("0" when the report says there were none): %w`, ErrRequired))
}

func (d *decoder) evidence(e *Evidence, parent *path, i int) bool {
	p := parent.elem("evidence", i)
	return d.fields(&p, "an evidence item", evidenceType, func(key []byte) (int, bool) {
		switch string(key) {
		case "id":
			return 0, d.string(&p, "id", &e.ID)
		case "kind":
			return 1, d.text(&p, "kind", &e.Kind)
		case "description":
			return 2, d.personal(&p, "description", &e.Description)
		case "quantity":
			return 3, d.json(&p, "quantity", &e.Quantity)
		case "cash":
			return 4, d.json(&p, "cash", &e.Cash)
		case "value":
			return 5, d.json(&p, "value", &e.Value)
		case "seized":
			return 6, d.text(&p, "seized", &e.Seized)
		case "site":
			return 7, d.string(&p, "site", &e.Site)
		case "takenFrom":
			return 8, d.string(&p, "takenFrom", &e.TakenFrom)
		case "custody":
			return 9, list(d, &p, "custody", "an array of custody events", false, &e.Custody, (*decoder).custodyEvent)
		}
		return -1, true
	}) && d.checkEvidence(e, &p)
}

func (d *decoder) custodyEvent(ev *CustodyEvent, parent *path, i int) bool {
	p := parent.elem("custody", i)
	return d.fields(&p, "a custody event", custodyEventType, func(key []byte) (int, bool) {
		switch string(key) {
		case "at":
			return 0, d.time(&p, "at", &ev.At)
		case "when":
			return 1, d.text(&p, "when", &ev.When)
		case "action":
			return 2, d.text(&p, "action", &ev.Action)
		case "from":
			return 3, d.string(&p, "from", &ev.From)
		case "to":
			return 4, d.string(&p, "to", &ev.To)
		case "location":
			return 5, d.string(&p, "location", &ev.Location)
		case "site":
			return 6, d.string(&p, "site", &ev.Site)
		case "seal":
			return 7, d.string(&p, "seal", &ev.Seal)
		case "note":
			return 8, d.personal(&p, "note", &ev.Note)
		}
		return -1, true
	})
}

func (d *decoder) source(src *Source, parent *path, i int) bool {
	p := parent.elem("sources", i)
	return d.fields(&p, "a source", sourceType, func(key []byte) (int, bool) {
		switch string(key) {
		case "url":
			return 0, d.string(&p, "url", &src.URL)
		case "publisher":
			return 1, d.string(&p, "publisher", &src.Publisher)
		case "title":
			return 2, d.string(&p, "title", &src.Title)
		case "published":
			return 3, d.text(&p, "published", &src.Published)
		}
		return -1, true
	})
}
