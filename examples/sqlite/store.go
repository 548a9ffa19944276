package main

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"time"

	"github.com/antitrafficking/rescue"
)

// execer is what store writes with: a *sql.DB or a *sql.Tx.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// store writes op into the tables of schema.sql. Every value goes in as
// its driver.Valuer writes it: the canonical text, or NULL when nothing
// is recorded. Run it in a transaction: an operation is stored whole or
// not at all.
func store(ctx context.Context, db execer, op *rescue.Operation) error {
	w := writer{ctx: ctx, db: db, op: op.ID}
	w.exec(`INSERT INTO operations VALUES (?, ?, ?, ?, ?, ?, ?)`,
		op.ID, text(op.Name), text(op.Lead.Name), text(op.Lead.Rank), text(op.Lead.Title), op.When, text(op.Scheme))
	for i, a := range op.Agencies {
		w.exec(`INSERT INTO agencies VALUES (?, ?, ?, ?, ?, ?)`, op.ID, i, text(a.Name), text(a.Unit), a.Country, a.Part)
	}
	for i, p := range op.Places {
		w.exec(`INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?)`, op.ID, i, text(p.ID), text(p.Locality), p.Area, text(p.Region), p.Country)
	}
	for i, t := range op.Triggers {
		w.exec(`INSERT INTO triggers VALUES (?, ?, ?, ?, ?)`, op.ID, i, t.Kind, optCount(t.People), t.Note)
	}
	for i, g := range op.Groups {
		w.exec(`INSERT INTO criminal_groups VALUES (?, ?, ?, ?, ?)`, op.ID, i, g.ID, text(g.Name), g.Origin)
	}
	for i, s := range op.Sources {
		w.exec(`INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?)`, op.ID, i, text(s.URL), text(s.Publisher), text(s.Title), s.Published)
	}
	list(&w, "operation", 0, "schemeTargets", op.SchemeTargets)
	for i := range op.Victims {
		v := &op.Victims[i]
		r := &v.Recruitment
		w.exec(`INSERT INTO victims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			op.ID, i, v.ID, v.Name, v.Gender, v.Age, v.Nationality, v.TraffickingStatus, v.Status,
			r.When, text(r.Place.Locality), r.Place.Area, text(r.Place.Region), r.Place.Country, r.Promise,
			v.LabourSector, v.RecruiterRelation, v.Destination, v.ExploitedIn, v.ConsularContact,
			v.Repatriation.To, v.Repatriation.Status, v.Repatriation.When)
		list(&w, "victim", i, "otherNationalities", v.OtherNationalities)
		list(&w, "victim", i, "methods", r.Methods)
		list(&w, "victim", i, "controls", v.Controls)
		list(&w, "victim", i, "exploitation", v.Exploitation)
		list(&w, "victim", i, "sexExploitation", v.SexExploitation)
		list(&w, "victim", i, "recruiters", v.Recruiters)
		list(&w, "victim", i, "exploiters", v.Exploiters)
	}
	for i := range op.Suspects {
		s := &op.Suspects[i]
		w.exec(`INSERT INTO suspects VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			op.ID, i, s.ID, s.Name, s.Gender, s.Age, s.Nationality, text(s.Group), s.Status, s.Arrested, text(s.Site))
		list(&w, "suspect", i, "otherNationalities", s.OtherNationalities)
		list(&w, "suspect", i, "roles", s.Roles)
		w.charges("suspect", i, s.Charges)
		for j, d := range s.Decisions {
			w.exec(`INSERT INTO decisions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				op.ID, i, j, d.Outcome, d.Date, text(d.Court), sentence(d.Sentence, d.Sentence.Years), sentence(d.Sentence, d.Sentence.Months), sentence(d.Sentence, d.Sentence.Life), d.Fine)
		}
	}
	for i := range op.Counts {
		t := &op.Counts[i]
		r := &t.Recruitment
		w.exec(`INSERT INTO tallies VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			op.ID, i, t.Of, t.Count, t.Nationality, t.Gender, t.Age, text(t.Status()), text(t.Source), t.TraffickingStatus,
			r.When, text(r.Place.Locality), r.Place.Area, text(r.Place.Region), r.Place.Country, r.Promise,
			t.LabourSector, t.ExploitedIn, t.ConsularContact,
			t.Repatriation.To, t.Repatriation.Status, t.Repatriation.When, text(t.Group), t.Arrested)
		list(&w, "tally", i, "methods", r.Methods)
		list(&w, "tally", i, "controls", t.Controls)
		list(&w, "tally", i, "exploitation", t.Exploitation)
		list(&w, "tally", i, "sexExploitation", t.SexExploitation)
		list(&w, "tally", i, "roles", t.Roles)
		list(&w, "tally", i, "destinations", t.Destinations)
		w.charges("tally", i, t.Charges)
	}
	for i := range op.Evidence {
		e := &op.Evidence[i]
		var currency rescue.Currency
		if !e.Cash.IsZero() {
			currency = e.Cash.Amount.Currency()
		}
		w.exec(`INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			op.ID, i, e.ID, e.Kind, e.Description, optCount(e.Quantity), e.Cash, currency, e.Value,
			e.Seized, text(e.Site), text(e.TakenFrom))
		for j, c := range e.Custody {
			w.exec(`INSERT INTO custody VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				op.ID, i, j, instant(c.At), c.When, c.Action, text(c.From), text(c.To), text(c.Location), text(c.Site), text(c.Seal), c.Note)
		}
	}
	sum := op.Summary()
	w.figures("victimsByNationality", sum.VictimsByNationality)
	w.figures("suspectsByNationality", sum.SuspectsByNationality)
	return w.err
}

// figures writes one breakdown of the operation's summary.
func (w *writer) figures(breakdown string, m map[rescue.Nationality]rescue.Count) {
	for n, c := range m {
		w.exec(`INSERT INTO figures VALUES (?, ?, ?, ?)`, w.op, breakdown, n.String(), c)
	}
}

// writer runs statements until the first error, which it keeps.
type writer struct {
	ctx context.Context
	db  execer
	op  string
	err error
}

func (w *writer) exec(query string, args ...any) {
	if w.err == nil {
		_, w.err = w.db.ExecContext(w.ctx, query, args...)
	}
}

func (w *writer) charges(owner string, pos int, charges []rescue.Charge) {
	for j, c := range charges {
		w.exec(`INSERT INTO charges VALUES (?, ?, ?, ?, ?, ?, ?)`, w.op, owner, pos, j, c.Offence, text(c.Statute), c.Date)
	}
}

// list writes the elements of a list field, each by its driver.Valuer (or
// as a string, for IDs).
func list[T any](w *writer, owner string, pos int, field string, xs []T) {
	for j, x := range xs {
		w.exec(`INSERT INTO lists VALUES (?, ?, ?, ?, ?, ?)`, w.op, owner, pos, field, j, x)
	}
}

// text stores the empty string as NULL, as the value types store their
// zero values, so that "not recorded" is NULL in every column.
type text string

func (s text) Value() (driver.Value, error) {
	if s == "" {
		return nil, nil
	}
	return string(s), nil
}

// optCount stores a count that may be left out (Evidence.Quantity,
// Trigger.People): the zero Count there is "not recorded" (JSON leaves it
// out; the summary reads an item with no quantity as at least 1), so it is
// NULL, not the figure "0", which would say none. Count.Scan reads NULL
// back as the zero Count. A tally's count and a summary's figures are
// always figures and are stored as Count writes them.
type optCount rescue.Count

func (c optCount) Value() (driver.Value, error) {
	if rescue.Count(c).IsZero() {
		return nil, nil
	}
	return rescue.Count(c).Value()
}

// sentence stores a part of a court decision's sentence, or NULL in all
// three columns when no sentence is recorded: 0 years and 0 months would
// read as a sentence of nothing.
func sentence[T int | bool](s rescue.Sentence, part T) any {
	if s.IsZero() {
		return nil
	}
	return part
}

// instant stores a time as the driver does, and the zero time as NULL.
type instant time.Time

func (t instant) Value() (driver.Value, error) {
	if time.Time(t).IsZero() {
		return nil, nil
	}
	return time.Time(t), nil
}
