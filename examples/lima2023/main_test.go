package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/antitrafficking/rescue"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got; go test -update rewrites it):\n%s", path, diff)
	}
}

func TestReportGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf, "", false); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.golden", buf.Bytes())
	report := buf.String()
	// The figures the issue asks the report to show, as people read them.
	for _, want := range []string{
		"2023-10-07/2023-10-08", "a suburb, Lima, Peru", "Peruvian National Police", "People smuggling investigation unit",
		"General Carlos Malaver", "escaped", "Red Dragon, from Taiwan", "Malaysia (MY)       43", "Taiwan (TW)         1", "Taiwan (TW)         6", "Peru (PE)           2",
		"Suspects                8", "arrested              8", "more than US$10,000.00 (S$13,700.00)", "1 USD = 1.37 SGD",
		"Withholds documents (44)", "Isolation (44)", "Forced criminality (44)", "Pending to Malaysia (43)",
		"The Malaysian Insight", "https://t.co/G4x8un9KWy",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

func TestJSONOutput(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf, "", true); err != nil {
		t.Fatal(err)
	}
	// The golden file is also a seed of the root package's FuzzDecodeOperation.
	golden(t, "operation.json", buf.Bytes())
	op, err := rescue.DecodeOperation(&buf)
	if err != nil {
		t.Fatalf("the -json output does not decode: %v", err)
	}
	if diff := cmp.Diff(Lima2023(), op); diff != "" {
		t.Errorf("the -json output decodes to another operation (-want +got):\n%s", diff)
	}
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
		op.Victims[3].ID = "V01"
		op.Victims[5].Name = "Zyxwvut Qponml"
		op.Victims[5].Repatriation.When = rescue.MustParseDate("2023-09")
		op.Suspects[7].Group = "G-BLUE-TIGER"
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
			invalid + ": 5 problems:",
			"\n  id: required",
			"\n  victims[3].id: \"V01\": duplicate ID",
			"\n  victims[5].repatriation.when: repatriated 2023-09, before consular contact 2023-10: out of order",
			"\n  suspects[7].group: no group \"G-BLUE-TIGER\" in the operation: unknown reference",
			"\n  evidence[1].cash: only cash evidence carries an amount (this is MobilePhone): invalid",
		} {
			if !strings.Contains(msg, want) {
				t.Errorf("the error lacks %q:\n%s", want, msg)
			}
		}
		if strings.Contains(msg, "Zyxwvut") {
			t.Errorf("the error holds a victim's name:\n%s", msg)
		}
	})

	t.Run("malformed", func(t *testing.T) {
		bad := filepath.Join(dir, "bad.json")
		if err := os.WriteFile(bad, []byte(`{"id":"x","victims":[{"id":"V1","gender":"Robot"}]}`), 0o644); err != nil {
			t.Fatal(err)
		}
		err := run(&bytes.Buffer{}, bad, false)
		if err == nil || !strings.Contains(err.Error(), bad+": rescue: decode operation: victims[0].gender: ") || !errors.Is(err, rescue.ErrInvalid) {
			t.Fatalf("-in a malformed file: %v", err)
		}
	})

	t.Run("missing", func(t *testing.T) {
		if err := run(&bytes.Buffer{}, filepath.Join(dir, "nope.json"), false); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("-in a missing file: %v", err)
		}
	})

	t.Run("stdin", func(t *testing.T) {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		stdin := os.Stdin
		os.Stdin = r
		defer func() { os.Stdin = stdin }()
		go func() {
			w.Write(data)
			w.Close()
		}()
		var out bytes.Buffer
		if err := run(&out, "-", true); err != nil {
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

	nats := map[string]int{}
	for _, v := range op.Victims {
		nats[v.Nationality.String()]++
		check("the recruitment in September 2023 by a deceptive job offer (casinos)",
			v.Recruitment.When.String() == "2023-09" && cmp.Equal(v.Recruitment.Methods, []rescue.RecruitmentMethod{rescue.DeceptiveJobOffer}) &&
				strings.Contains(strings.ToLower(string(v.Recruitment.Promise)), "casino"))
		check("the five means of control", cmp.Equal(v.Controls, []rescue.ControlMethod{
			rescue.FalsePromises, rescue.WithholdsDocuments, rescue.Isolation, rescue.RestrictsMovement, rescue.WithholdsNecessities}))
		check("forced criminality (the extortion calls)", cmp.Equal(v.Exploitation, []rescue.Exploitation{rescue.ForcedCriminality}))
		check("the rescue of every victim", v.Status == rescue.Rescued)
		check("no name for anyone", v.Name == "")
		if v.Nationality == rescue.MustParseNationality("MY") {
			check("the embassy's visit to the Malaysians", !v.ConsularContact.IsZero())
			check("the pending repatriation to Malaysia", v.Repatriation.To == my && v.Repatriation.Status == rescue.Pending)
		}
	}
	check("44 victims: 43 Malaysians and 1 Taiwanese", len(op.Victims) == 44 && nats["MY"] == 43 && nats["TW"] == 1)

	nats = map[string]int{}
	for _, s := range op.Suspects {
		nats[s.Nationality.String()]++
		check("every suspect arrested", s.IsArrested())
		check("the suspects in Red Dragon", s.Group == op.Groups[0].ID)
	}
	check("8 suspects: 6 Taiwanese and 2 Peruvians", len(op.Suspects) == 8 && nats["TW"] == 6 && nats["PE"] == 2)

	kinds := map[rescue.EvidenceKind]rescue.Evidence{}
	for _, e := range op.Evidence {
		kinds[e.Kind] = e
	}
	cash := kinds[rescue.Cash].Cash
	check("more than US$10,000 (S$13,700) in cash", cash.String() == "more than USD 10000.00 (SGD 13700.00)" &&
		cash.Format(language.English) == "more than US$10,000.00 (S$13,700.00)")
	rates := cash.ImpliedRates()
	check("the implied rate of 1.37", len(rates) == 1 && rates[0].From == rescue.USD && rates[0].To == rescue.SGD && rates[0].Value.String() == "1.37")
	phones := kinds[rescue.MobilePhone].Quantity
	check("numerous cell phones (at least 2)", phones.N >= 2 && phones.Qualifier == rescue.AtLeast)
	_, cards := kinds[rescue.BankCard]
	check("bank cards", cards)

	check("the scheme: extortion calls to Malaysia and Taiwan", strings.Contains(op.Scheme, "extortion") &&
		cmp.Equal(op.SchemeTargets, []rescue.Country{my, tw}))
	check("the source", len(op.Sources) == 1 && op.Sources[0].URL == "https://t.co/G4x8un9KWy" &&
		strings.Contains(op.Sources[0].Publisher, "The Malaysian Insight") && op.Sources[0].Published.String() == "2023-10-09")
}
