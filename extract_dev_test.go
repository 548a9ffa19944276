package rescue_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/antitrafficking/rescue"
)

// reportsDev is the annotated dev set of real reports. Its texts are
// published news: they are read from ../shared and never copied here.
const reportsDev = "../shared/data/reports-dev.jsonl"

// devReport is one line of reports-dev.jsonl (see reports-dev.md there).
type devReport struct {
	ID                   string            `json:"id"`
	Published            string            `json:"published"`
	Text                 string            `json:"text"`
	Country              string            `json:"country"`
	Victims              string            `json:"victims"`
	VictimsByNationality map[string]string `json:"victims_by_nationality"`
	Suspects             string            `json:"suspects"`
	CashCanonical        string            `json:"cash_canonical"`
	Minors               string            `json:"minors"`
}

// draftFigures are the figures a careful reader takes from a report, as a
// draft gives them: the keys of reports-dev.jsonl.
type draftFigures struct {
	victims, suspects, cash, minors string
	byNat                           map[string]string
	country                         string // of the place of the operation
}

// summaryFigures reads the figures from the draft's Summary, which reads
// the tallies (the measure). A figure no tally gives is "": the
// Summary's zero count ("0", "at least 0") is not a figure of the report.
func summaryFigures(op *rescue.Operation) draftFigures {
	s := op.Summary()
	fig := draftFigures{byNat: map[string]string{}}
	has := func(of rescue.TallyOf, ok func(rescue.Tally) bool) bool {
		return slices.ContainsFunc(op.Counts, func(t rescue.Tally) bool { return t.Of == of && ok(t) })
	}
	any := func(rescue.Tally) bool { return true }
	if has(rescue.OfVictims, any) {
		fig.victims = s.Victims.String()
		for n, c := range s.VictimsByNationality {
			if n.IsValid() {
				fig.byNat[n.String()] = c.String()
			}
		}
	}
	if has(rescue.OfVictims, func(t rescue.Tally) bool { return isMinor(t.Age) }) {
		fig.minors = s.Minors.String()
	}
	if has(rescue.OfSuspects, any) {
		fig.suspects = s.Arrested.String()
	}
	var cash []string
	for _, r := range s.CashRows() {
		cash = append(cash, r.Amount.String())
	}
	fig.cash = strings.Join(cash, " + ")
	fig.country = placeCountry(op)
	return fig
}

// placeCountry is the ISO code of the country of the operation's place,
// or "".
func placeCountry(op *rescue.Operation) string {
	if c := op.Place().Country; c.IsValid() {
		return c.String()
	}
	return ""
}

// tallyFigures reads the figures from the draft's tallies directly: the
// total is the tally with no dimension; a nationality's figure is its own
// tally, or, when the nationality is only known for a narrower group
// ("three minors, two of them Venezuelan"), at least the sum of those
// narrower tallies; minors are the first tally of an age under 18. It
// shows what the draft says where the Summary reads it otherwise.
func tallyFigures(op *rescue.Operation) draftFigures {
	fig := draftFigures{byNat: map[string]string{}}
	narrow := map[string]rescue.Count{}
	for _, t := range op.Counts {
		plain := !t.Nationality.IsValid() && t.Gender == 0 && t.Age.IsZero()
		switch {
		case t.Of == rescue.OfVictims && plain:
			fig.victims = t.Count.String()
		case t.Of == rescue.OfSuspects && plain && (t.SuspectStatus == rescue.Arrested || t.SuspectStatus == 0):
			fig.suspects = t.Count.String()
		case t.Of == rescue.OfVictims && !t.Nationality.IsValid() && t.Gender == 0 && isMinor(t.Age):
			if fig.minors == "" {
				fig.minors = t.Count.String()
			}
		case t.Of == rescue.OfVictims && t.Nationality.IsValid() && t.Gender == 0 && t.Age.IsZero():
			fig.byNat[t.Nationality.String()] = t.Count.String()
		case t.Of == rescue.OfVictims && t.Nationality.IsValid():
			narrow[t.Nationality.String()] = narrow[t.Nationality.String()].Add(t.Count)
		}
	}
	for nat, c := range narrow {
		if _, ok := fig.byNat[nat]; !ok {
			fig.byNat[nat] = rescue.Count{N: c.N, Qualifier: rescue.AtLeast}.String()
		}
	}
	var cash []string
	for _, e := range op.Evidence {
		if e.Kind == rescue.Cash {
			cash = append(cash, e.Cash.String())
		}
	}
	fig.cash = strings.Join(cash, " + ")
	fig.country = placeCountry(op)
	return fig
}

func isMinor(a rescue.Age) bool {
	minor, known := a.IsMinor()
	return minor && known
}

// devScore counts, for one field, the reports whose draft gives the
// annotated value (exact text, any of the alternatives), those where it
// gives a value the annotation does not accept ("wrong": the draft says
// something the report does not support, by the annotator's reading), and
// those where it gives nothing for an annotated value ("missed").
type devScore struct{ exact, wrong, missed, annotated, n int }

func (s *devScore) add(want, got string) (ok bool) {
	s.n++
	if want != "" {
		s.annotated++
	}
	if want == "ambiguous" {
		want = ""
	}
	alts := strings.Split(want, "|")
	if slices.Contains(alts, "ambiguous") {
		alts = append(alts, "")
	}
	switch {
	case slices.Contains(alts, got):
		s.exact++
		return true
	case got == "":
		s.missed++
	default:
		s.wrong++
	}
	return false
}

func (s devScore) String() string {
	return fmt.Sprintf("%2d/%d exact (%3.0f%%), %d wrong, %d missed; annotated %d",
		s.exact, s.n, 100*float64(s.exact)/float64(s.n), s.wrong, s.missed, s.annotated)
}

// TestExtractDev runs Extract on every annotated report of the dev set and
// scores the figures of the draft's Summary (and, for comparison, the
// draft's tallies read directly). It skips when the dev set is absent (the
// project builds without ../shared). Run it with -v for the table the
// README shows:
//
//	go test -run TestExtractDev -v .
//
// It fails when a field falls below the accuracy measured when it was
// written, or when the draft gives any value the annotation does not
// accept.
func TestExtractDev(t *testing.T) {
	f, err := os.Open(reportsDev)
	if err != nil {
		t.Skipf("dev set not available: %v", err)
	}
	defer f.Close()
	fields := []string{"victims", "victims by nationality", "suspects", "cash", "minors", "country"}
	summary := make([]devScore, len(fields))
	tallies := make([]devScore, len(fields))
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		var rep devReport
		if err := json.Unmarshal(sc.Bytes(), &rep); err != nil {
			t.Fatal(err)
		}
		var pub rescue.Date
		if rep.Published != "" {
			pub = rescue.MustParseDate(rep.Published)
		}
		d, err := rescue.Extract(rep.Text, pub)
		if err != nil {
			t.Fatalf("%s: %v", rep.ID, err)
		}
		for _, m := range []struct {
			name   string
			scores []devScore
			fig    draftFigures
		}{{"summary", summary, summaryFigures(d.Operation)}, {"tallies", tallies, tallyFigures(d.Operation)}} {
			wantNat, gotNat := natText(rep.VictimsByNationality), natText(m.fig.byNat)
			switch natMatch(rep.VictimsByNationality, m.fig.byNat) {
			case natExact:
				gotNat = wantNat
			case natPartial:
				gotNat = "" // short of the annotation, but nothing in it is wrong: missed
			}
			for i, pair := range [][2]string{
				{rep.Victims, m.fig.victims},
				{wantNat, gotNat},
				{rep.Suspects, m.fig.suspects},
				{rep.CashCanonical, m.fig.cash},
				{rep.Minors, m.fig.minors},
				{rep.Country, m.fig.country},
			} {
				if !m.scores[i].add(pair[0], pair[1]) {
					t.Logf("%-7s %-26s %-22s want %q, got %q", m.name, rep.ID, fields[i], pair[0], pair[1])
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for _, m := range []struct {
		name   string
		scores []devScore
	}{{"Summary()", summary}, {"the tallies read directly", tallies}} {
		t.Logf("%s:", m.name)
		for i, s := range m.scores {
			t.Logf("  %-22s  %v", fields[i], s)
		}
	}
	for i, s := range summary {
		if s.wrong > devWrong[fields[i]] {
			t.Errorf("%s: %d values the annotation does not accept", fields[i], s.wrong)
		}
		if min := devFloor[fields[i]]; s.exact < min {
			t.Errorf("%s: %d exact, below the %d measured before", fields[i], s.exact, min)
		}
	}
}

// devFloor is the accuracy of the Summary's figures measured when the
// extractor last changed: a change that loses a report fails the test.
var devFloor = map[string]int{
	"victims":                22,
	"victims by nationality": 21,
	"suspects":               23,
	"cash":                   23,
	"minors":                 20,
	"country":                12,
}

// devWrong is how many values the annotation does not accept are known.
// Three, all minors: "including 153 children", "including one minor",
// "three of them minors" give a tally of exactly that many minors, which
// Summary reads as a lower bound ("at least 153") because the report does
// not say the others are adults; the annotation takes the figure as exact.
var devWrong = map[string]int{"minors": 3}

// natText writes a breakdown by nationality in a stable order.
func natText(m map[string]string) string {
	var parts []string
	for k, v := range m {
		parts = append(parts, k+"="+v)
	}
	slices.Sort(parts)
	return strings.Join(parts, " ")
}

// natMatch says how a breakdown by nationality compares with the
// annotation: every nationality with an accepted value and no other
// (natExact); some missing but none wrong (natPartial); or a nationality
// or a value the annotation does not accept (natWrong).
func natMatch(want, got map[string]string) int {
	for k, g := range got {
		v, ok := want[k]
		if !ok || !slices.Contains(strings.Split(v, "|"), g) {
			return natWrong
		}
	}
	if len(got) < len(want) {
		return natPartial
	}
	return natExact
}

const (
	natExact = iota
	natPartial
	natWrong
)
