package main

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/antitrafficking/rescue"
)

// querier is what load reads with: a *sql.DB or a *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// load reads the operation id back from the tables, every value through
// its type's sql.Scanner, into an operation equal to the one stored.
func load(ctx context.Context, db querier, id string) (*rescue.Operation, error) {
	r := reader{ctx: ctx, db: db, id: id}
	op := &rescue.Operation{}
	var name, leadName, leadRank, leadTitle, scheme sql.NullString
	found := false
	r.rows(`SELECT id, name, lead_name, lead_rank, lead_title, period, scheme FROM operations WHERE id = ?`, func(rows *sql.Rows) error {
		found = true
		return rows.Scan(&op.ID, &name, &leadName, &leadRank, &leadTitle, &op.When, &scheme)
	})
	if r.err == nil && !found {
		return nil, fmt.Errorf("no operation %q", id)
	}
	op.Name, op.Lead.Name, op.Lead.Rank, op.Lead.Title, op.Scheme = name.String, leadName.String, leadRank.String, leadTitle.String, scheme.String

	r.rows(`SELECT name, unit, country, part FROM agencies WHERE operation_id = ? ORDER BY position`, func(rows *sql.Rows) error {
		var a rescue.Agency
		var name, unit sql.NullString
		err := rows.Scan(&name, &unit, &a.Country, &a.Part)
		a.Name, a.Unit = name.String, unit.String
		op.Agencies = append(op.Agencies, a)
		return err
	})
	r.rows(`SELECT id, locality, area, region, country FROM places WHERE operation_id = ? ORDER BY position`, func(rows *sql.Rows) error {
		var p rescue.Place
		var pid, locality, region sql.NullString
		err := rows.Scan(&pid, &locality, &p.Area, &region, &p.Country)
		p.ID, p.Locality, p.Region = pid.String, locality.String, region.String
		op.Places = append(op.Places, p)
		return err
	})
	r.rows(`SELECT kind, people, note FROM triggers WHERE operation_id = ? ORDER BY position`, func(rows *sql.Rows) error {
		var t rescue.Trigger
		err := rows.Scan(&t.Kind, &t.People, &t.Note)
		op.Triggers = append(op.Triggers, t)
		return err
	})
	r.rows(`SELECT id, name, origin FROM criminal_groups WHERE operation_id = ? ORDER BY position`, func(rows *sql.Rows) error {
		var g rescue.Group
		var name sql.NullString
		err := rows.Scan(&g.ID, &name, &g.Origin)
		g.Name = name.String
		op.Groups = append(op.Groups, g)
		return err
	})
	r.rows(`SELECT url, publisher, title, published FROM sources WHERE operation_id = ? ORDER BY position`, func(rows *sql.Rows) error {
		var s rescue.Source
		var url, publisher, title sql.NullString
		err := rows.Scan(&url, &publisher, &title, &s.Published)
		s.URL, s.Publisher, s.Title = url.String, publisher.String, title.String
		op.Sources = append(op.Sources, s)
		return err
	})
	r.rows(`SELECT id, name, gender, age, nationality, trafficking_status, status,
			recruitment_when, recruitment_locality, recruitment_area, recruitment_region, recruitment_country, recruitment_promise,
			labour_sector, recruiter_relation, destination, exploited_in, consular_contact,
			repatriation_to, repatriation_status, repatriation_when
		FROM victims WHERE operation_id = ? ORDER BY position`, func(rows *sql.Rows) error {
		var v rescue.Victim
		rec := &v.Recruitment
		var locality, region sql.NullString
		err := rows.Scan(&v.ID, &v.Name, &v.Gender, &v.Age, &v.Nationality, &v.TraffickingStatus, &v.Status,
			&rec.When, &locality, &rec.Place.Area, &region, &rec.Place.Country, &rec.Promise,
			&v.LabourSector, &v.RecruiterRelation, &v.Destination, &v.ExploitedIn, &v.ConsularContact,
			&v.Repatriation.To, &v.Repatriation.Status, &v.Repatriation.When)
		rec.Place.Locality, rec.Place.Region = locality.String, region.String
		op.Victims = append(op.Victims, v)
		return err
	})
	r.rows(`SELECT id, name, gender, age, nationality, group_id, status, arrested, site
		FROM suspects WHERE operation_id = ? ORDER BY position`, func(rows *sql.Rows) error {
		var s rescue.Suspect
		var group, site sql.NullString
		err := rows.Scan(&s.ID, &s.Name, &s.Gender, &s.Age, &s.Nationality, &group, &s.Status, &s.Arrested, &site)
		s.Group, s.Site = group.String, site.String
		op.Suspects = append(op.Suspects, s)
		return err
	})
	r.rows(`SELECT suspect_position, outcome, date, court, sentence_years, sentence_months, sentence_life, fine
		FROM decisions WHERE operation_id = ? ORDER BY suspect_position, position`, func(rows *sql.Rows) error {
		var i int
		var d rescue.CourtDecision
		var court sql.NullString
		var years, months sql.NullInt64 // NULL: no sentence recorded
		var life sql.NullBool
		err := rows.Scan(&i, &d.Outcome, &d.Date, &court, &years, &months, &life, &d.Fine)
		d.Court = court.String
		d.Sentence = rescue.Sentence{Years: int(years.Int64), Months: int(months.Int64), Life: life.Bool}
		if err == nil {
			op.Suspects[i].Decisions = append(op.Suspects[i].Decisions, d)
		}
		return err
	})
	r.rows(`SELECT tally_of, count, nationality, gender, age, status, source, trafficking_status,
			recruitment_when, recruitment_locality, recruitment_area, recruitment_region, recruitment_country, recruitment_promise,
			labour_sector, exploited_in, consular_contact,
			repatriation_to, repatriation_status, repatriation_when, group_id, arrested
		FROM tallies WHERE operation_id = ? ORDER BY position`, func(rows *sql.Rows) error {
		var t rescue.Tally
		rec := &t.Recruitment
		var status, source, locality, region, group sql.NullString
		err := rows.Scan(&t.Of, &t.Count, &t.Nationality, &t.Gender, &t.Age, &status, &source, &t.TraffickingStatus,
			&rec.When, &locality, &rec.Place.Area, &region, &rec.Place.Country, &rec.Promise,
			&t.LabourSector, &t.ExploitedIn, &t.ConsularContact,
			&t.Repatriation.To, &t.Repatriation.Status, &t.Repatriation.When, &group, &t.Arrested)
		if err != nil {
			return err
		}
		t.Source, rec.Place.Locality, rec.Place.Region, t.Group = source.String, locality.String, region.String, group.String
		// One column holds the status of either kind: "of" says which.
		if t.Of == rescue.OfSuspects {
			err = t.SuspectStatus.Scan(status.String)
		} else {
			err = t.VictimStatus.Scan(status.String)
		}
		op.Counts = append(op.Counts, t)
		return err
	})
	r.rows(`SELECT owner, owner_position, offence, statute, date FROM charges
		WHERE operation_id = ? ORDER BY owner, owner_position, position`, func(rows *sql.Rows) error {
		var owner string
		var i int
		var c rescue.Charge
		var statute sql.NullString
		if err := rows.Scan(&owner, &i, &c.Offence, &statute, &c.Date); err != nil {
			return err
		}
		c.Statute = statute.String
		if owner == "tally" {
			op.Counts[i].Charges = append(op.Counts[i].Charges, c)
		} else {
			op.Suspects[i].Charges = append(op.Suspects[i].Charges, c)
		}
		return nil
	})
	r.rows(`SELECT id, kind, description, quantity, cash, value, seized, site, taken_from
		FROM evidence WHERE operation_id = ? ORDER BY position`, func(rows *sql.Rows) error {
		var e rescue.Evidence
		var site, takenFrom sql.NullString
		err := rows.Scan(&e.ID, &e.Kind, &e.Description, &e.Quantity, &e.Cash, &e.Value, &e.Seized, &site, &takenFrom)
		e.Site, e.TakenFrom = site.String, takenFrom.String
		op.Evidence = append(op.Evidence, e)
		return err
	})
	r.rows(`SELECT evidence_position, at, period, action, from_custodian, to_custodian, location, site, seal, note
		FROM custody WHERE operation_id = ? ORDER BY evidence_position, position`, func(rows *sql.Rows) error {
		var i int
		var c rescue.CustodyEvent
		var at sql.NullTime
		var from, to, location, site, seal sql.NullString
		if err := rows.Scan(&i, &at, &c.When, &c.Action, &from, &to, &location, &site, &seal, &c.Note); err != nil {
			return err
		}
		if at.Valid {
			c.At = at.Time
		}
		c.From, c.To, c.Location, c.Site, c.Seal = from.String, to.String, location.String, site.String, seal.String
		op.Evidence[i].Custody = append(op.Evidence[i].Custody, c)
		return nil
	})
	r.rows(`SELECT owner, owner_position, field, value FROM lists
		WHERE operation_id = ? ORDER BY owner, owner_position, field, position`, func(rows *sql.Rows) error {
		var owner, field, value string
		var i int
		if err := rows.Scan(&owner, &i, &field, &value); err != nil {
			return err
		}
		return appendList(op, owner, i, field, value)
	})
	if r.err != nil {
		return nil, r.err
	}
	return op, nil
}

// reader runs queries on one operation until the first error, which it
// keeps.
type reader struct {
	ctx context.Context
	db  querier
	id  string
	err error
}

// rows calls scan for each row the query (on the operation's id) returns.
func (r *reader) rows(query string, scan func(*sql.Rows) error) {
	if r.err != nil {
		return
	}
	rows, err := r.db.QueryContext(r.ctx, query, r.id)
	if err != nil {
		r.err = err
		return
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			r.err = err
			return
		}
	}
	r.err = rows.Err()
}

// scanner is a pointer to a value type that reads itself from a column.
type scanner[T any] interface {
	*T
	sql.Scanner
}

// add appends to *xs the value that text is the canonical text of.
func add[T any, P scanner[T]](xs *[]T, text string) error {
	var x T
	if err := P(&x).Scan(text); err != nil {
		return err
	}
	*xs = append(*xs, x)
	return nil
}

// appendList adds value to the list field of the owner: a victim,
// suspect or tally by position, or the operation.
func appendList(op *rescue.Operation, owner string, i int, field, value string) error {
	switch owner + "." + field {
	case "operation.schemeTargets":
		return add(&op.SchemeTargets, value)
	case "victim.otherNationalities":
		return add(&op.Victims[i].OtherNationalities, value)
	case "victim.methods":
		return add(&op.Victims[i].Recruitment.Methods, value)
	case "victim.controls":
		return add(&op.Victims[i].Controls, value)
	case "victim.exploitation":
		return add(&op.Victims[i].Exploitation, value)
	case "victim.sexExploitation":
		return add(&op.Victims[i].SexExploitation, value)
	case "victim.recruiters":
		op.Victims[i].Recruiters = append(op.Victims[i].Recruiters, value)
	case "victim.exploiters":
		op.Victims[i].Exploiters = append(op.Victims[i].Exploiters, value)
	case "suspect.otherNationalities":
		return add(&op.Suspects[i].OtherNationalities, value)
	case "suspect.roles":
		return add(&op.Suspects[i].Roles, value)
	case "tally.methods":
		return add(&op.Counts[i].Recruitment.Methods, value)
	case "tally.controls":
		return add(&op.Counts[i].Controls, value)
	case "tally.exploitation":
		return add(&op.Counts[i].Exploitation, value)
	case "tally.sexExploitation":
		return add(&op.Counts[i].SexExploitation, value)
	case "tally.roles":
		return add(&op.Counts[i].Roles, value)
	case "tally.destinations":
		return add(&op.Counts[i].Destinations, value)
	default:
		return fmt.Errorf("lists: unknown field %s of a %s", field, owner)
	}
	return nil
}
