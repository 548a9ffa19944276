package rescue

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
		case "agency":
			f := p.field("agency")
			return 2, d.agency(&op.Agency, &f)
		case "lead":
			f := p.field("lead")
			return 3, d.officer(&op.Lead, &f)
		case "place":
			f := p.field("place")
			return 4, d.place(&op.Place, &f)
		case "when":
			return 5, d.text(p, "when", &op.When)
		case "trigger":
			f := p.field("trigger")
			return 6, d.trigger(&op.Trigger, &f)
		case "groups":
			return 7, d.groups(op, p)
		case "victims":
			return 8, d.victims(op, p)
		case "suspects":
			return 9, d.suspects(op, p)
		case "evidence":
			return 10, d.evidenceList(op, p)
		case "sources":
			return 11, d.sources(op, p)
		case "scheme":
			return 12, d.string(p, "scheme", &op.Scheme)
		case "schemeTargets":
			return 13, textList(d, p, "schemeTargets", &op.SchemeTargets, true)
		}
		return -1, true
	})
}

func (d *decoder) agency(a *Agency, p *path) bool {
	return d.fields(p, "an agency", agencyType, func(key []byte) (int, bool) {
		switch string(key) {
		case "name":
			return 0, d.string(p, "name", &a.Name)
		case "unit":
			return 1, d.string(p, "unit", &a.Unit)
		case "country":
			return 2, d.text(p, "country", &a.Country)
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

func (d *decoder) place(pl *Place, p *path) bool {
	return d.fields(p, "a place", placeType, func(key []byte) (int, bool) {
		switch string(key) {
		case "locality":
			return 0, d.string(p, "locality", &pl.Locality)
		case "area":
			return 1, d.string(p, "area", &pl.Area)
		case "region":
			return 2, d.string(p, "region", &pl.Region)
		case "country":
			return 3, d.text(p, "country", &pl.Country)
		}
		return -1, true
	})
}

func (d *decoder) trigger(t *Trigger, p *path) bool {
	return d.fields(p, "a trigger", triggerType, func(key []byte) (int, bool) {
		switch string(key) {
		case "kind":
			return 0, d.text(p, "kind", &t.Kind)
		case "people":
			return 1, d.json(p, "people", &t.People)
		case "note":
			return 2, d.string(p, "note", &t.Note)
		}
		return -1, true
	})
}

func (d *decoder) groups(op *Operation, parent *path) bool {
	return list(d, parent, "groups", "an array of groups", true, &op.Groups, (*decoder).group)
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

func (d *decoder) victims(op *Operation, parent *path) bool {
	return list(d, parent, "victims", "an array of victims", true, &op.Victims, (*decoder).victim)
}

func (d *decoder) victim(v *Victim, parent *path, i int) bool {
	p := parent.elem("victims", i)
	return d.fields(&p, "a victim", victimType, func(key []byte) (int, bool) {
		switch string(key) {
		case "id":
			return 0, d.string(&p, "id", &v.ID)
		case "name":
			return 1, d.string(&p, "name", &v.Name)
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
		case "consularContact":
			return 14, d.text(&p, "consularContact", &v.ConsularContact)
		case "repatriation":
			f := p.field("repatriation")
			return 15, d.repatriation(&v.Repatriation, &f)
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
			return 3, d.string(p, "promise", &r.Promise)
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

func (d *decoder) suspects(op *Operation, parent *path) bool {
	return list(d, parent, "suspects", "an array of suspects", true, &op.Suspects, (*decoder).suspect)
}

func (d *decoder) suspect(s *Suspect, parent *path, i int) bool {
	p := parent.elem("suspects", i)
	return d.fields(&p, "a suspect", suspectType, func(key []byte) (int, bool) {
		switch string(key) {
		case "id":
			return 0, d.string(&p, "id", &s.ID)
		case "name":
			return 1, d.string(&p, "name", &s.Name)
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
		case "arrested":
			return 8, d.text(&p, "arrested", &s.Arrested)
		case "charges":
			return 9, d.stringList(&p, "charges", &s.Charges)
		}
		return -1, true
	}) && d.checkSuspect(s, &p)
}

func (d *decoder) evidenceList(op *Operation, parent *path) bool {
	return list(d, parent, "evidence", "an array of evidence items", true, &op.Evidence, (*decoder).evidence)
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
			return 2, d.string(&p, "description", &e.Description)
		case "quantity":
			return 3, d.json(&p, "quantity", &e.Quantity)
		case "cash":
			return 4, d.json(&p, "cash", &e.Cash)
		case "seized":
			return 5, d.text(&p, "seized", &e.Seized)
		case "place":
			f := p.field("place")
			return 6, d.place(&e.Place, &f)
		case "takenFrom":
			return 7, d.string(&p, "takenFrom", &e.TakenFrom)
		case "custody":
			return 8, d.custody(e, &p)
		}
		return -1, true
	}) && d.checkEvidence(e, &p)
}

func (d *decoder) custody(e *Evidence, parent *path) bool {
	return list(d, parent, "custody", "an array of custody events", false, &e.Custody, (*decoder).custodyEvent)
}

func (d *decoder) custodyEvent(ev *CustodyEvent, parent *path, i int) bool {
	p := parent.elem("custody", i)
	return d.fields(&p, "a custody event", custodyEventType, func(key []byte) (int, bool) {
		switch string(key) {
		case "at":
			return 0, d.time(&p, "at", &ev.At)
		case "action":
			return 1, d.text(&p, "action", &ev.Action)
		case "from":
			return 2, d.string(&p, "from", &ev.From)
		case "to":
			return 3, d.string(&p, "to", &ev.To)
		case "location":
			return 4, d.string(&p, "location", &ev.Location)
		case "seal":
			return 5, d.string(&p, "seal", &ev.Seal)
		case "note":
			return 6, d.string(&p, "note", &ev.Note)
		}
		return -1, true
	})
}

func (d *decoder) sources(op *Operation, parent *path) bool {
	return list(d, parent, "sources", "an array of sources", true, &op.Sources, (*decoder).source)
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
