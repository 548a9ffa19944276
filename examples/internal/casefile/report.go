package casefile

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/antitrafficking/rescue"
	"golang.org/x/text/language"
)

// Report writes a readable account of op: when and where, who, the
// trigger, the groups, the counts of [rescue.Summary.String] (victims and
// suspects by nationality and more, the evidence and cash seized), what
// was done to the victims, and the sources. It never writes a victim's or
// suspect's name.
func Report(w io.Writer, op *rescue.Operation) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	line := func(label, format string, args ...any) {
		fmt.Fprintf(tw, "%s\t%s\n", label, fmt.Sprintf(format, args...))
	}
	title := op.ID
	if op.Name != "" {
		title += ": " + op.Name
	}
	fmt.Fprintf(tw, "Operation %s\n\n", title)
	if !op.When.IsZero() {
		line("When", "%s", op.When)
	}
	for _, p := range op.Places {
		// The report is the record holder's own: it may show the area,
		// which String withholds from logs and messages.
		if s := strings.Join(nonEmpty(string(p.Area), p.String()), ", "); s != "" {
			line("Where", "%s", s)
		}
	}
	for _, a := range op.Agencies {
		parts := nonEmpty(a.Name, a.Unit, a.Country.Name())
		if a.Part != 0 {
			parts = append(parts, strings.ToLower(a.Part.Label()))
		}
		line("Agency", "%s", strings.Join(parts, ", "))
	}
	if l := op.Lead; l != (rescue.Officer{}) {
		line("Lead officer", "%s", strings.Join(nonEmpty(strings.TrimSpace(l.Rank+" "+l.Name), l.Title), ", "))
	}
	for _, t := range op.Triggers {
		s := t.Kind.Label()
		switch {
		case t.People == rescue.Count{N: 1}:
			s += " (1 person)"
		case !t.People.IsZero():
			s += fmt.Sprintf(" (%s people)", t.People)
		}
		if t.Note != "" {
			s += ": " + string(t.Note)
		}
		line("Trigger", "%s", s)
	}
	for _, g := range op.Groups {
		s := g.Name
		if s == "" {
			s = g.ID
		}
		if g.Origin.IsValid() {
			s += ", from " + g.Origin.Name()
		}
		line("Group", "%s", s)
	}
	if op.Scheme != "" {
		line("Scheme", "%s", op.Scheme)
	}
	if len(op.SchemeTargets) > 0 {
		var names []string
		for _, c := range op.SchemeTargets {
			names = append(names, c.Name())
		}
		line("Targets in", "%s", strings.Join(names, ", "))
	}

	if err := tw.Flush(); err != nil {
		return err
	}

	// The counts: victims and suspects by nationality, what was seized.
	fmt.Fprintf(w, "\n%s", op.Summary())

	if len(op.Evidence) > 0 {
		fmt.Fprintf(tw, "\nEvidence list\n")
		for _, e := range op.Evidence {
			s := e.Kind.Label()
			if d := string(e.Description); d != "" && !strings.EqualFold(d, s) {
				s += " (" + d + ")"
			}
			if !e.Quantity.IsZero() {
				s += ": " + e.Quantity.String()
			}
			if !e.Value.IsZero() {
				s += ", worth " + e.Value.Format(language.English)
			}
			if !e.Cash.IsZero() {
				s += ": " + e.Cash.Format(language.English)
				for _, r := range e.Cash.ImpliedRates() {
					s += fmt.Sprintf("; implied rate 1 %s = %s %s", r.From, r.Rate, r.To)
				}
			}
			fmt.Fprintf(tw, "  %s\t%s\n", e.ID, s)
		}
	}
	if len(op.Counts) > 0 {
		fmt.Fprintf(tw, "\nFigures as reported\n")
		publisher := map[string]string{}
		for _, s := range op.Sources {
			publisher[s.URL] = s.Publisher
		}
		for _, t := range op.Counts {
			src := publisher[t.Source]
			if src == "" {
				src = t.Source
			}
			fmt.Fprintf(tw, "  %s\t%s\n", t, src)
		}
	}
	records, figures := treatment(op)
	if len(records) > 0 {
		fmt.Fprintf(tw, "\nTreatment of the victims on record\n")
		for _, r := range records {
			fmt.Fprintln(tw, r)
		}
	}
	if len(figures) > 0 {
		fmt.Fprintf(tw, "\nTreatment of the victims the figures count\n")
		for _, r := range figures {
			fmt.Fprintln(tw, r)
		}
	}
	if len(op.Sources) > 0 {
		fmt.Fprintf(tw, "\nSources\n")
		for _, s := range op.Sources {
			fmt.Fprintf(tw, "  %s\n", strings.Join(nonEmpty(s.Publisher, quote(s.Title), s.Published.String(), s.URL), ", "))
		}
	}
	return tw.Flush()
}

func quote(s string) string {
	if s == "" {
		return ""
	}
	return "“" + s + "”"
}

func nonEmpty(parts ...string) []string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// treatment returns what was recorded of the victims' recruitment,
// control, exploitation, status and return: for the individual records,
// each with how many records it applies to; for the report's figures,
// what each tally says of everyone it counts, one tally a line.
func treatment(op *rescue.Operation) (records, figures []string) {
	var rows []string
	count := func(title string, keyOf func(v *rescue.Victim) []string) {
		seen := map[string]int{}
		var order []string
		for i := range op.Victims {
			for _, k := range keyOf(&op.Victims[i]) {
				if _, ok := seen[k]; !ok {
					order = append(order, k)
				}
				seen[k]++
			}
		}
		if len(order) == 0 {
			return
		}
		var parts []string
		for _, k := range order {
			parts = append(parts, fmt.Sprintf("%s (%d)", k, seen[k]))
		}
		rows = append(rows, fmt.Sprintf("  %s\t%s", title, strings.Join(parts, "; ")))
	}
	for _, a := range victimAttributes {
		count(a.title, a.of)
	}
	records, rows = rows, nil
	for _, t := range op.Counts {
		if t.Of != rescue.OfVictims {
			continue
		}
		v := rescue.Victim{
			TraffickingStatus: t.TraffickingStatus, Recruitment: t.Recruitment, Controls: t.Controls,
			Exploitation: t.Exploitation, ExploitedIn: t.ExploitedIn, ConsularContact: t.ConsularContact,
			Repatriation: t.Repatriation,
		}
		var said []string
		for _, a := range victimAttributes {
			if vals := a.of(&v); len(vals) > 0 {
				said = append(said, strings.ToLower(a.title[:1])+a.title[1:]+": "+strings.Join(vals, ", "))
			}
		}
		if len(t.Destinations) > 0 {
			var names []string
			for _, d := range t.Destinations {
				names = append(names, d.Name())
			}
			said = append(said, "bound for: "+strings.Join(names, ", "))
		}
		if len(said) > 0 {
			rows = append(rows, fmt.Sprintf("  %s\t%s", t, strings.Join(said, "; ")))
		}
	}
	return records, rows
}

// victimAttributes are what the report tells of a victim's treatment,
// each as the texts it gives for one victim.
var victimAttributes = []struct {
	title string
	of    func(v *rescue.Victim) []string
}{
	{"Status", func(v *rescue.Victim) []string { return nonEmpty(v.Status.Label()) }},
	{"Trafficking status", func(v *rescue.Victim) []string { return nonEmpty(v.TraffickingStatus.Label()) }},
	{"Recruited", func(v *rescue.Victim) []string {
		r := v.Recruitment
		var methods []string
		for _, m := range r.Methods {
			methods = append(methods, strings.ToLower(m.Label()))
		}
		where := r.Place.String()
		if where != "" {
			where = "in " + where
		}
		return nonEmpty(strings.Join(nonEmpty(r.When.String(), where, strings.Join(methods, ", "), quote(string(r.Promise))), ", "))
	}},
	{"Means of control", func(v *rescue.Victim) []string {
		var out []string
		for _, c := range v.Controls {
			out = append(out, c.Label())
		}
		return out
	}},
	{"Exploitation", func(v *rescue.Victim) []string {
		var out []string
		for _, e := range v.Exploitation {
			out = append(out, e.Label())
		}
		return out
	}},
	{"Recruiter", func(v *rescue.Victim) []string {
		if v.RecruiterRelation == 0 {
			return nil
		}
		return []string{strings.ToLower(v.RecruiterRelation.Label())}
	}},
	{"Exploited in", func(v *rescue.Victim) []string { return nonEmpty(v.ExploitedIn.Name()) }},
	{"Bound for", func(v *rescue.Victim) []string { return nonEmpty(v.Destination.Name()) }},
	{"Consular contact", func(v *rescue.Victim) []string { return nonEmpty(v.ConsularContact.String()) }},
	{"Repatriation", func(v *rescue.Victim) []string {
		r := v.Repatriation
		if r == (rescue.Repatriation{}) {
			return nil
		}
		return []string{strings.Join(nonEmpty(r.Status.Label(), "to "+r.To.Name(), r.When.String()), " ")}
	}},
}
