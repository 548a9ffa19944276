package rescue

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"flag"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// updateGolden rewrites the golden files of the writers and the generated
// test files from what the code gives now: go test -run … -update.
var updateGolden = flag.Bool("update", false, "rewrite golden and generated test files")

// htcdsTSV reads a tab-separated file of testdata/htcds, skipping comments.
func htcdsTSV(t testing.TB, name string) [][]string { // name: under testdata/htcds
	t.Helper()
	f, err := os.Open("testdata/htcds/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			rows = append(rows, strings.Split(line, "\t"))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// htcdsTemplateHeader returns the two top rows of a template.
func htcdsTemplateHeader(t testing.TB, name string) [][]string {
	t.Helper()
	b, err := os.ReadFile("testdata/htcds/" + name)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("%s: %d rows, %v", name, len(rows), err)
	}
	return rows
}

// htcdsDropdowns returns the template's dropdown lists by the column they
// feed, in their order.
func htcdsDropdowns(t testing.TB) (fields []string, lists map[string][]string) {
	lists = map[string][]string{}
	for _, r := range htcdsTSV(t, "template-dropdowns.tsv") {
		if len(r) == 1 { // the unnamed column: its line has no tab left
			r = []string{"", r[0]}
		}
		if _, ok := lists[r[0]]; !ok {
			fields = append(fields, r[0])
		}
		lists[r[0]] = append(lists[r[0]], r[1])
	}
	return fields, lists
}

// htcdsToolkitFile writes the toolkit-style file: the single-select
// template saved as CSV by Excel, row n holding the nth value of every
// dropdown.
func htcdsToolkitFile(t testing.TB) []byte {
	header := htcdsTemplateHeader(t, "template-single-select-header.csv")
	_, lists := htcdsDropdowns(t)
	n := 0
	for _, l := range lists {
		n = max(n, len(l))
	}
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	w.WriteAll(header)
	for row := range n {
		rec := make([]string, len(header[0]))
		rec[0] = strconv.Itoa(row + 1) // the template numbers its rows
		for i, name := range header[0] {
			if i == 0 {
				continue
			}
			l := lists[name]
			if name == "" && header[1][i] == "Reason for Outgoing Referral" {
				l = lists[""]
			}
			if len(l) > 0 {
				rec[i] = l[row%len(l)]
			}
			switch name {
			case "prs_FirstName":
				rec[i] = "Given" + strconv.Itoa(row+1)
			case "prs_SecondName":
				rec[i] = "Family" + strconv.Itoa(row+1)
			}
		}
		w.Write(rec)
	}
	w.Flush()
	return b.Bytes()
}

// TestHTCDSToolkitFile reads the toolkit-style file and checks every
// record against what the template's lists say each label means: the
// XLSForm's code for the label, and the country code beside the name.
func TestHTCDSToolkitFile(t *testing.T) {
	const path = "testdata/htcds/toolkit-filled.csv"
	want := htcdsToolkitFile(t)
	if *updateGolden {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is not what the lists give: run go test -run TestHTCDSToolkitFile -update", path)
	}

	// label → code, from the XLSForm's choices (the templates hold codes
	// for gender, labels elsewhere).
	codeOf := map[string]string{}
	for _, c := range htcdsTSV(t, "xlsform-choices.tsv") {
		code, label := strings.TrimSpace(c[1]), strings.TrimSpace(c[2])
		codeOf[c[0]+"|"+label], codeOf[c[0]+"|"+code] = code, code
	}
	alpha2 := map[string]string{}
	for _, c := range htcdsTSV(t, "template-countries.tsv") {
		alpha2[c[1]] = c[0]
	}
	code := func(list, value string) string {
		c, ok := codeOf[list+"|"+strings.TrimSpace(value)]
		if !ok {
			t.Fatalf("%q is in no XLSForm list %s", value, list)
		}
		return c
	}
	unmarshal := func(u interface{ UnmarshalText([]byte) error }, s string) {
		if err := u.UnmarshalText([]byte(s)); err != nil {
			t.Fatal(err)
		}
	}

	_, lists := htcdsDropdowns(t)
	n := len(lists["prs_Citizenship"])
	var wantV []Victim
	for row := range n {
		at := func(field string) string { l := lists[field]; return l[row%len(l)] }
		v := Victim{ID: "R" + strconv.Itoa(row+3), Name: Personal("Given" + strconv.Itoa(row+1) + " Family" + strconv.Itoa(row+1))}
		unmarshal(&v.Gender, code("gender", at("prs_Gender")))
		v.Nationality = MustParseNationality(alpha2[at("prs_Citizenship")])
		unmarshal(&v.TraffickingStatus, code("traffickingstatus", at("vic_TraffickingStatus")))
		var m RecruitmentMethod
		unmarshal(&m, code("methodofrecruitment", at("vic_MethodOfRecruitment")))
		v.Recruitment.Methods = []RecruitmentMethod{m}
		var c ControlMethod
		unmarshal(&c, code("methodsofcontrol", at("vic_MethodsOfControl")))
		v.Controls = []ControlMethod{c}
		var e Exploitation
		unmarshal(&e, code("typeofexploitation", at("vic_TypeOfExploitation")))
		v.Exploitation = []Exploitation{e}
		unmarshal(&v.LabourSector, code("forcedlabourindustry", at("vic_ForcedLabourIndustry")))
		var s SexExploitationType
		unmarshal(&s, code("typeofsexexploitation", at("vic_TypeOfSexExploitation")))
		v.SexExploitation = []SexExploitationType{s}
		wantV = append(wantV, v)
	}
	r := NewHTCDSReader(bytes.NewReader(got), HTCDSOptions{})
	victims, suspects, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(suspects) != 0 {
		t.Errorf("%d suspects; the template records victims", len(suspects))
	}
	if d := cmp.Diff(wantV, victims); d != "" {
		t.Errorf("victims (-want +got):\n%s", d)
	}
	wantSkipped := []string{"column 1", "cas_CaseOwner", "prs_Salutation", "prs_Birthdate", "prs_Title", "prs_Email",
		"prs_HomePhone", "prs_MobilePhone", "prs_MailingCity", "prs_MailingCountry", "prs_MailingState", "prs_MailingStreet",
		"prs_MailingPostalCode", "vic_TraffickinStatusDecisionMakingOrg",
		"cas_Status", "cas_ReferringOrganisation", "cas_IncomingReferralDate", "cas_ReferringPrimaryCaseWorker",
		"cas_ReasonForIncomingReferral", "cas_IncomingReferralDetails", "cas_ReferredOrganisation", "cas_ReferredPrimaryCaseWorker",
		"cas_ReasonForOutgoingReferral", "cas_OutgoingReferralDate", "cas_OutgoingReferralDetails", "cas_ReasonForCaseClosure"}
	if d := cmp.Diff(wantSkipped, r.Skipped()); d != "" {
		t.Errorf("skipped columns (-want +got):\n%s", d)
	}
	// Of them, the filled-in template fills its row numbers (column 1),
	// the deciding organisation, the case's status and its referrals.
	wantUnread := []string{"column 1", "vic_TraffickinStatusDecisionMakingOrg", "cas_Status", "cas_ReasonForIncomingReferral", "cas_ReasonForOutgoingReferral"}
	if d := cmp.Diff(wantUnread, r.Unread()); d != "" {
		t.Errorf("unread columns (-want +got):\n%s", d)
	}
}

// TestHTCDSTemplateDropdowns reads every value of every dropdown of the
// templates, each in a row of its own, and counts those read into the
// field the column maps to (the issue counted 13 of 320 read before) and
// those of skipped columns, read without error.
func TestHTCDSTemplateDropdowns(t *testing.T) {
	fields, lists := htcdsDropdowns(t)
	mapped, skipped, total := 0, 0, 0
	for _, field := range fields {
		for _, value := range lists[field] {
			total++
			col := field
			if col == "" {
				col = "cas_ReasonForOutgoingReferral" // the template's unnamed column
			}
			in := col + ",vic_TraffickingStatus\n" + strconvQuoteCSV(value) + ",Possible victim of trafficking\n"
			if col == "vic_TraffickingStatus" {
				in = col + "\n" + strconvQuoteCSV(value) + "\n"
			}
			r := NewHTCDSReader(strings.NewReader(in), HTCDSOptions{})
			victims, _, err := r.ReadAll()
			if err != nil {
				t.Errorf("%s %q: %v", field, value, err)
				continue
			}
			if len(r.Skipped()) > 0 {
				skipped++
				continue
			}
			var zero Victim
			zero.ID, zero.TraffickingStatus = victims[0].ID, victims[0].TraffickingStatus
			if col == "vic_TraffickingStatus" {
				zero.TraffickingStatus = 0
			}
			if cmp.Equal(victims[0], zero) && value != "NonSpecifiedUnknown" {
				t.Errorf("%s %q: read as nothing", field, value)
				continue
			}
			mapped++
		}
	}
	t.Logf("%d dropdown values: %d read into a field, %d of skipped columns read without error", total, mapped, skipped)
	if mapped != 320 || skipped != 15 {
		t.Errorf("read %d values into fields and %d of skipped columns; the templates have 320 and 15", mapped, skipped)
	}
}

// strconvQuoteCSV quotes s as a CSV cell.
func strconvQuoteCSV(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// TestHTCDSTemplateHeaders reads the header rows of the three templates:
// every column is known (the toolkit's misspelling included) and the
// labels row is skipped.
func TestHTCDSTemplateHeaders(t *testing.T) {
	for _, name := range []string{"template-v2.0-header.csv", "template-single-select-header.csv", "template-multi-select-header.csv"} {
		b, err := os.ReadFile("testdata/htcds/" + name)
		if err != nil {
			t.Fatal(err)
		}
		victims, suspects, err := ReadHTCDS(bytes.NewReader(b))
		if err != nil || victims != nil || suspects != nil {
			t.Errorf("%s: %d victims, %d suspects, %v; want none and no error", name, len(victims), len(suspects), err)
		}
	}
}

// TestHTCDSFields checks the reader's table of fields against the HTCDS
// 2.0 field standards: every field is known, with its label, and the
// table holds no other but this library's own columns.
func TestHTCDSFields(t *testing.T) {
	specs := map[string]string{} // name → label
	for _, r := range htcdsTSV(t, "../../internal/data/htcds_fields.tsv") {
		if len(r) > 6 && strings.Contains(r[6], "_") && r[1] != "N/A" {
			specs[r[6]] = strings.TrimSpace(r[5])
		}
	}
	if len(specs) < 80 {
		t.Fatalf("read %d fields of the standards", len(specs))
	}
	own := map[string]bool{"id": true, "role": true, "status": true, "arrested": true, "destination": true, "exploitedIn": true,
		"per_Organisation": true} // this library's, and a field the standards name without its prefix
	known := map[string]bool{}
	for _, f := range htcdsFields {
		known[f.name] = true
		label, ok := specs[f.name]
		switch {
		case own[f.name]:
		case !ok:
			t.Errorf("%s is no field of the standards", f.name)
		case label != f.label:
			t.Errorf("%s: label %q, the standards say %q", f.name, f.label, label)
		}
	}
	for name := range specs {
		if !known[name] {
			t.Errorf("the standards' field %s is unknown to the reader", name)
		}
	}
}

// TestHTCDSPicklists checks the codes and labels the reader maps against
// the field standards' picklists and the XLSForm's choices.
func TestHTCDSPicklists(t *testing.T) {
	standards := map[string][2][]string{}
	for _, r := range htcdsTSV(t, "../../internal/data/htcds_fields.tsv") {
		if len(r) > 10 && r[9] != "" {
			standards[r[6]] = [2][]string{strings.Split(r[9], `\n`), strings.Split(r[10], `\n`)}
		}
	}
	choices := map[string][][2]string{}
	for _, c := range htcdsTSV(t, "xlsform-choices.tsv") {
		choices[c[0]] = append(choices[c[0]], [2]string{strings.TrimSpace(c[1]), strings.TrimSpace(c[2])})
	}
	lists := map[string]string{"prs_Gender": "gender", "vic_TraffickingStatus": "traffickingstatus", "vic_MethodOfRecruitment": "methodofrecruitment",
		"vic_MethodsOfControl": "methodsofcontrol", "vic_TypeOfExploitation": "typeofexploitation", "vic_ForcedLabourIndustry": "forcedlabourindustry",
		"vic_TypeOfSexExploitation": "typeofsexexploitation"}
	n := 0
	for _, f := range htcdsFields {
		text := htcdsPicklistText[f.kind]
		if text == nil || f.kind == hkStatus {
			continue
		}
		n++
		std, ok := standards[f.name]
		if !ok {
			t.Errorf("%s: no picklist in the standards", f.name)
			continue
		}
		for i := 0; i < len(text); i += 2 {
			j := i / 2
			if j >= len(std[0]) || strings.TrimSpace(std[0][j]) != text[i] || strings.TrimSpace(std[1][j]) != text[i+1] {
				t.Errorf("%s: %q %q is not the standards' value %d", f.name, text[i], text[i+1], j)
			}
			if list, ok := lists[f.name]; ok && (j >= len(choices[list]) || choices[list][j] != [2]string{text[i], text[i+1]}) {
				t.Errorf("%s: %q %q is not the XLSForm's choice %d", f.name, text[i], text[i+1], j)
			}
		}
		if len(text)/2 != len(std[0]) {
			t.Errorf("%s: %d values, the standards have %d", f.name, len(text)/2, len(std[0]))
		}
		// Every value reads back as the value its code names, and no two
		// values share a key once folded.
		p := &htcdsPicklists()[f.kind]
		for i := 0; i < len(text); i += 2 {
			v, ok1 := p.lookup([]byte(text[i]), true)
			w, ok2 := p.lookup([]byte(strings.ToUpper(text[i+1])), false)
			if !ok1 || !ok2 || v != w {
				t.Errorf("%s: %q and %q read as %d and %d", f.name, text[i], text[i+1], v, w)
			}
		}
	}
	if n != 10 {
		t.Errorf("%d picklists, want 10", n)
	}
}

// TestHTCDSToolkitCountries checks the reader's table of the toolkit's
// country names against the templates' list, and that each reads as its
// code, whatever ParseCountry makes of it.
func TestHTCDSToolkitCountries(t *testing.T) {
	rows := htcdsTSV(t, "template-countries.tsv")
	if len(rows) != len(htcdsToolkitCountries) {
		t.Fatalf("%d countries in the table, %d in the templates", len(htcdsToolkitCountries), len(rows))
	}
	for i, r := range rows {
		if htcdsToolkitCountries[i] != [2]string{r[1], r[0]} {
			t.Errorf("%q, want %q", htcdsToolkitCountries[i], r)
		}
		c, err := htcdsCountry([]byte(r[1]))
		if err != nil || c.Alpha2() != r[0] {
			t.Errorf("%q read as %v, %v; want %s", r[1], c, err, r[0])
		}
	}
}
