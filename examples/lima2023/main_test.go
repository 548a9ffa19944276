package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/antitrafficking/rescue"
	"github.com/antitrafficking/rescue/examples/internal/casefile"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// run runs the program as its user does, with -in in (when not empty) and
// -json when asJSON, reading stdin for "-in -"; it writes what the program
// prints on stdout to w, and returns what it prints on stderr as an error
// when it exits with a code other than 0.
func run(w io.Writer, in string, asJSON bool) error {
	return runWith(w, os.Stdin, in, asJSON)
}

func runWith(w io.Writer, stdin io.Reader, in string, asJSON bool) error {
	var args []string
	if in != "" {
		args = append(args, "-in", in)
	}
	if asJSON {
		args = append(args, "-json")
	}
	var stderr bytes.Buffer
	if code := casefile.Main("lima2023", Lima2023, args, stdin, w, &stderr); code != 0 {
		return fmt.Errorf("exit %d: %s", code, strings.TrimSuffix(strings.TrimPrefix(stderr.String(), "lima2023: "), "\n"))
	}
	return nil
}

// TestExample runs the program as its user does: the report (golden, and
// the figures the report must show), -json (golden, decoding back to the
// operation), -htcds and -ctdc (which say the report has figures and no
// individual records).
func TestExample(t *testing.T) {
	casefile.CheckExample(t, "lima2023", Lima2023, *update,
		"2023-10-07/2023-10-08", "a suburb, Lima, Peru", "Peruvian National Police", "People smuggling investigation unit",
		"General Carlos Malaver", "escaped", "Red Dragon, from Taiwan", "Victims                 44", "Malaysia (MY)       43", "Taiwan (TW)         1",
		"Rescued             44", "Forced criminality  44", "minors                not recorded",
		"Taiwan (TW)         6", "Peru (PE)           2",
		"Suspects                8", "arrested              8", "more than US$10,000.00 (S$13,700.00)", "1 USD = 1.37 SGD",
		"victims: 44 (Rescued)", "Withholds documents", "Isolation", "victims: 43 (MY)", "repatriation: Pending to Malaysia",
		"suspects: 6 (Arrested, TW)", "The Malaysian Insight", "https://t.co/G4x8un9KWy",
	)
}

func TestReferenceRoundTrip(t *testing.T) {
	want := Lima2023()
	data, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	got, err := rescue.DecodeOperation(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("DecodeOperation: %v", err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("json.Marshal then DecodeOperation changed the reference operation (-want +got):\n%s", diff)
	}
}

func TestRunIn(t *testing.T) {
	dir := t.TempDir()
	data, err := json.Marshal(Lima2023())
	if err != nil {
		t.Fatal(err)
	}
	valid := filepath.Join(dir, "valid.json")
	if err := os.WriteFile(valid, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var want, got bytes.Buffer
	if err := run(&want, "", false); err != nil {
		t.Fatal(err)
	}
	if err := run(&got, valid, false); err != nil {
		t.Fatalf("-in a valid file: %v", err)
	}
	if diff := cmp.Diff(want.String(), got.String()); diff != "" {
		t.Errorf("-in the reference operation's JSON prints another report (-want +got):\n%s", diff)
	}

	t.Run("invalid", func(t *testing.T) {
		op := Lima2023()
		op.ID = ""
		op.Counts = append(op.Counts, rescue.Tally{Of: rescue.OfVictims, VictimStatus: rescue.Rescued, // 45 Malaysians rescued of 44
			Nationality: rescue.MustParseNationality("MY"), Count: rescue.MustParseCount("45"), Source: op.Sources[0].URL})
		op.Counts[3].Group = "G-BLUE-TIGER"               // no such group
		op.Triggers[0].Note = "Zyxwvut Qponml\r\nescaped" // a CR, in text that may name someone
		op.Evidence[1].Cash = rescue.MustParseReportedAmount("US$5")
		data, err := json.Marshal(op)
		if err != nil {
			t.Fatal(err)
		}
		invalid := filepath.Join(dir, "invalid.json")
		if err := os.WriteFile(invalid, data, 0o644); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		err = run(&out, invalid, false)
		if err == nil || out.Len() != 0 {
			t.Fatalf("-in an invalid file: %v, printed %q; want an error and nothing printed", err, out.String())
		}
		msg := err.Error()
		for _, want := range []string{
			invalid + ": 6 problems:",
			"\n  id: required",
			"\n  triggers[0].note: a control character at byte 14: invalid",
			"\n  counts[3].group: no group \"G-BLUE-TIGER\" in the operation: unknown reference",
			"\n  counts[5].count: at least 45, more than the wider counts[0] allows (44): invalid",
			"\n  counts[5].count: at least 45, more than the wider counts[1] allows (43): invalid",
			"\n  evidence[1].cash: only cash evidence carries an amount (this is MobilePhone): invalid",
		} {
			if !strings.Contains(msg, want) {
				t.Errorf("the error lacks %q:\n%s", want, msg)
			}
		}
		if strings.Contains(msg, "Zyxwvut") {
			t.Errorf("the error holds personal text:\n%s", msg)
		}
	})

	t.Run("malformed", func(t *testing.T) {
		bad := filepath.Join(dir, "bad.json")
		if err := os.WriteFile(bad, []byte(`{"id":"x","victims":[{"id":"V1","gender":"Robot"}]}`), 0o644); err != nil {
			t.Fatal(err)
		}
		err := run(&bytes.Buffer{}, bad, false)
		if err == nil || !strings.Contains(err.Error(), bad+": DecodeOperation: victims[0].gender: ") || !strings.HasSuffix(err.Error(), ": invalid") {
			t.Fatalf("-in a malformed file: %v", err)
		}
	})

	t.Run("missing", func(t *testing.T) {
		if err := run(&bytes.Buffer{}, filepath.Join(dir, "nope.json"), false); err == nil || !strings.Contains(err.Error(), "no such file") {
			t.Fatalf("-in a missing file: %v", err)
		}
	})

	t.Run("stdin", func(t *testing.T) {
		var out bytes.Buffer
		if err := runWith(&out, bytes.NewReader(data), "-", true); err != nil {
			t.Fatalf("-in - -json: %v", err)
		}
		op, err := rescue.DecodeOperation(&out)
		if err != nil || op.ID != "PE-2023-10-LIMA" {
			t.Fatalf("-in - -json printed an operation that decodes to %v, %v", op, err)
		}
	})
}

// TestReferenceFacts checks every fact of the report
// (/work/shared/reference/seed-lima-2023.txt) in the operation built.
func TestReferenceFacts(t *testing.T) {
	op := Lima2023()
	if err := op.Validate(); err != nil {
		t.Fatalf("the reference operation does not validate: %v", err)
	}
	check := func(what string, ok bool) {
		t.Helper()
		if !ok {
			t.Errorf("the reference operation does not record %s", what)
		}
	}
	my, tw, pe := rescue.MustParseCountry("MY"), rescue.MustParseCountry("TW"), rescue.MustParseCountry("PE")

	check("the weekend before 9 October 2023", op.When.String() == "2023-10-07/2023-10-08")
	place := op.Place()
	check("a suburb of Lima, Peru", len(op.Places) == 1 && place.Locality == "Lima" && place.Area == "a suburb" && place.Country == pe)
	check("the Peruvian police and its people smuggling unit, leading", len(op.Agencies) == 1 &&
		strings.Contains(op.Agencies[0].Name, "Police") && strings.Contains(strings.ToLower(op.Agencies[0].Unit), "people smuggling") &&
		op.Agencies[0].Country == pe && op.Agencies[0].Part == rescue.LeadAgency)
	check("General Carlos Malaver", op.Lead.Name == "Carlos Malaver" && op.Lead.Rank == "General")
	check("the two women who escaped", len(op.Triggers) == 1 && op.Triggers[0].Kind == rescue.EscapedVictimReport &&
		op.Triggers[0].People == rescue.Count{N: 2} && strings.Contains(string(op.Triggers[0].Note), "women"))

	check("the group Red Dragon from Taiwan", len(op.Groups) == 1 && op.Groups[0].Name == "Red Dragon" && op.Groups[0].Origin == tw)

	// The report's figures, as it gives them, and no invented records.
	check("no individual records", len(op.Victims) == 0 && len(op.Suspects) == 0)
	figures := map[string]rescue.Tally{}
	for _, tl := range op.Counts {
		figures[tl.String()] = tl
		check("the figures of the one source", tl.Source == "https://t.co/G4x8un9KWy")
	}
	all, ok := figures["victims: 44 (Rescued)"]
	check("44 individuals rescued", ok)
	check("the recruitment in September 2023 by a deceptive job offer (casinos)",
		all.Recruitment.When.String() == "2023-09" && cmp.Equal(all.Recruitment.Methods, []rescue.RecruitmentMethod{rescue.DeceptiveJobOffer}) &&
			strings.Contains(strings.ToLower(string(all.Recruitment.Promise)), "casino"))
	check("the five means of control", cmp.Equal(all.Controls, []rescue.ControlMethod{
		rescue.FalsePromises, rescue.WithholdsDocuments, rescue.Isolation, rescue.RestrictsMovement, rescue.WithholdsNecessities}))
	check("forced criminality (the extortion calls) in Peru", cmp.Equal(all.Exploitation, []rescue.Exploitation{rescue.ForcedCriminality}) &&
		all.ExploitedIn == pe)
	malaysians, ok := figures["victims: 43 (MY)"]
	check("43 from Malaysia", ok)
	check("the embassy's visit to the Malaysians", !malaysians.ConsularContact.IsZero())
	check("the pending repatriation to Malaysia", malaysians.Repatriation.To == my && malaysians.Repatriation.Status == rescue.Pending)
	_, ok = figures["victims: 1 (TW)"]
	check("1 from Taiwan", ok)
	for _, key := range []string{"suspects: 6 (Arrested, TW)", "suspects: 2 (Arrested, PE)"} {
		s, ok := figures[key]
		check(key, ok && s.Group == op.Groups[0].ID && s.Arrested.String() == "2023-10")
	}
	sum := op.Summary()
	check("44 victims: 43 Malaysians and 1 Taiwanese, in the summary", sum.Victims.String() == "44" &&
		sum.VictimsByNationality[rescue.MustParseNationality("MY")].String() == "43" && sum.VictimsByNationality[rescue.MustParseNationality("TW")].String() == "1")
	check("8 suspects arrested: 6 Taiwanese and 2 Peruvians, in the summary", sum.Suspects.String() == "8" && sum.Arrested.String() == "8" &&
		sum.SuspectsByNationality[rescue.MustParseNationality("TW")].String() == "6" && sum.SuspectsByNationality[rescue.MustParseNationality("PE")].String() == "2")

	kinds := map[rescue.EvidenceKind]rescue.Evidence{}
	for _, e := range op.Evidence {
		kinds[e.Kind] = e
	}
	cash := kinds[rescue.Cash].Cash
	check("more than US$10,000 (S$13,700) in cash", cash.String() == "more than USD 10000.00 (SGD 13700.00)" &&
		cash.Format(language.English) == "more than US$10,000.00 (S$13,700.00)")
	rates := cash.ImpliedRates()
	check("the implied rate of 1.37", len(rates) == 1 && rates[0].From == rescue.USD && rates[0].To == rescue.SGD && rates[0].Rate.String() == "1.37")
	phones := kinds[rescue.MobilePhone].Quantity
	check("numerous cell phones (at least 2)", phones.N >= 2 && phones.Qualifier == rescue.AtLeast)
	_, cards := kinds[rescue.BankCard]
	check("bank cards", cards)

	check("the scheme: extortion calls to Malaysia and Taiwan", strings.Contains(op.Scheme, "extortion") &&
		cmp.Equal(op.SchemeTargets, []rescue.Country{my, tw}))
	check("the source", len(op.Sources) == 1 && op.Sources[0].URL == "https://t.co/G4x8un9KWy" &&
		strings.Contains(op.Sources[0].Publisher, "The Malaysian Insight") && op.Sources[0].Published.String() == "2023-10-09")
}
