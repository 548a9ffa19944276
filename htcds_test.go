package rescue

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// htcdsSpec is one field of HTCDS 2.0, as internal/data/htcds_fields.tsv
// gives it.
type htcdsSpec struct {
	status, typ string
	codes       []string // the picklist's codes, if it has them
}

func htcdsReadSpecs(t testing.TB) map[string]htcdsSpec {
	t.Helper()
	f, err := os.Open("internal/data/htcds_fields.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	specs := map[string]htcdsSpec{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 8 || cols[6] == "" || cols[6] == "N/A" {
			continue
		}
		s := htcdsSpec{status: cols[1], typ: cols[7]}
		if len(cols) > 9 && strings.Contains(cols[7], "Picklist") && !strings.Contains(cols[9], "ISO") {
			s.codes = strings.Split(cols[9], `\n`)
		}
		specs[cols[6]] = s
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(specs) < 50 {
		t.Fatalf("read %d HTCDS fields; the file has more", len(specs))
	}
	return specs
}

// htcdsCheckCell says what is wrong with a cell of WriteHTCDS's output,
// judged by the HTCDS field standards alone: "" if nothing.
func htcdsCheckCell(specs map[string]htcdsSpec, column, cell string) string {
	isCountry := func(code string) bool {
		c, err := ParseCountry(code)
		return err == nil && c.Alpha2() == code
	}
	switch column {
	case "id":
		if cell == "" {
			return "empty id"
		}
		return ""
	case "role":
		if cell != "victim" && cell != "suspect" {
			return "role neither victim nor suspect"
		}
		return ""
	case "status": // this library's own columns
		if cell != "" && !slices.Contains(victimStatusTable.codes, cell) && !slices.Contains(suspectStatusTable.codes, cell) {
			return "not a VictimStatus or SuspectStatus code"
		}
		return ""
	case "arrested":
		if _, err := ParsePeriod(cell); err != nil {
			return "not an ISO 8601 date or interval"
		}
		return ""
	case "destination", "exploitedIn":
		if cell != "" && !isCountry(cell) {
			return "not an ISO 3166-1 alpha-2 code"
		}
		return ""
	}
	spec, ok := specs[column]
	switch {
	case !ok:
		return "not an HTCDS field"
	case spec.status != "DRAFT":
		return "an HTCDS field with status " + spec.status
	case cell == "":
		return ""
	}
	switch spec.typ {
	case "Picklist":
		if !slices.Contains(spec.codes, cell) {
			return "not one of the field's codes"
		}
	case "Multiselect Picklist":
		items := strings.Split(cell, ";")
		for i, item := range items {
			switch {
			case column == "prs_Citizenship" && !isCountry(item):
				return item + " is not an ISO 3166-1 alpha-2 code"
			case column != "prs_Citizenship" && !slices.Contains(spec.codes, item):
				return item + " is not one of the field's codes"
			case slices.Contains(items[:i], item):
				return item + " is selected twice"
			}
		}
	case "Checkbox":
		if cell != "true" && cell != "false" {
			return "a checkbox is true or false"
		}
	case "Number":
		if _, err := strconv.Atoi(cell); err != nil {
			return "not a number"
		}
	case "Date":
		if _, err := ParseDate(cell); err != nil {
			return "not an ISO 8601 date"
		}
	case "Text":
		if column == "hte_Country" && !isCountry(cell) {
			return "not an ISO 3166-1 alpha-2 code"
		}
	default:
		return "a field of type " + spec.typ + ", which WriteHTCDS should not write"
	}
	return ""
}

// htcdsEveryCode returns an operation whose people hold every code of every
// vocabulary WriteHTCDS writes, each more than once.
func htcdsEveryCode() *Operation {
	op := &Operation{ID: "EVERY"}
	for i, g := range append(Genders(), 0) {
		v := Victim{
			ID:                "V" + strconv.Itoa(i),
			Gender:            g,
			Age:               AgeYears(i),
			TraffickingStatus: TraffickingStatus(i % len(traffickingStatusTable.codes)),
			Status:            VictimStatus(i % len(victimStatusTable.codes)),
			Controls:          append(ControlMethods(), ControlMethods()...),
			Exploitation:      append(Exploitations(), Exploitations()...),
			SexExploitation:   append(SexExploitationTypes(), SexExploitationTypes()...),
			RecruiterRelation: RecruiterRelation(i % len(recruiterRelationTable.codes)),
			LabourSector:      LabourSector(i % len(labourSectorTable.codes)),
			Recruitment: Recruitment{
				When:    MustParseDate("2023-09-14"),
				Place:   Place{Locality: "Ipoh", Region: "Perak", Country: MustParseCountry("MY")},
				Methods: append(RecruitmentMethods(), RecruitmentMethods()...),
			},
			Nationality:        NationalityOf(MustParseCountry("MY")),
			OtherNationalities: []Nationality{Stateless, NationalityOf(MustParseCountry("XK")), NationalityOf(MustParseCountry("MY"))},
			Destination:        MustParseCountry("TH"),
			ExploitedIn:        MustParseCountry("XK"),
		}
		op.Victims = append(op.Victims, v)
	}
	for i := range labourSectorTable.codes {
		op.Victims = append(op.Victims, Victim{ID: "L" + strconv.Itoa(i), LabourSector: LabourSector(i), Status: VictimStatus(i % len(victimStatusTable.codes))})
	}
	op.Suspects = []Suspect{{ID: "S1", Roles: append(Roles(), Roles()...), Nationality: Refugee}}
	for i := range suspectStatusTable.codes {
		op.Suspects = append(op.Suspects, Suspect{ID: "T" + strconv.Itoa(i), Status: SuspectStatus(i), Arrested: MustParsePeriod("2023-10-07/2023-10-08")})
	}
	return op
}

// htcdsParse reads CSV written by WriteHTCDS without ReadHTCDS.
func htcdsParse(t testing.TB, b []byte) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("the output is not CSV: %v", err)
	}
	return rows
}

func htcdsWrite(t testing.TB, ops ...*Operation) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteHTCDS(&buf, ops...); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteHTCDSLima(t *testing.T) {
	rows := htcdsParse(t, htcdsWrite(t, shareLima()))
	want := map[int]string{
		0: "id,role,status,prs_Gender,prs_Citizenship,prs_Deceased,vic_TraffickingStatus,vic_AgeWhenTrafficked," +
			"vic_RelationshipToTrafficker,vic_MethodOfRecruitment,vic_MethodsOfControl,vic_TypeOfExploitation," +
			"vic_ForcedLabourIndustry,vic_TypeOfSexExploitation,per_RoleInProcess,arrested,destination,exploitedIn," +
			"hte_Type,hte_Date,hte_City,hte_State,hte_Country",
		1:  "V01,victim,Rescued,,MY,false,PossibleVictimOfTrafficking,,,Other,FalsePromises;WithholdsDocuments;Other;WithholdsNecessities,ForcedLabour,,,,,,,Recruitment,2023-09,,,",
		44: "V44,victim,Rescued,,TW,false,PossibleVictimOfTrafficking,,,Other,FalsePromises;WithholdsDocuments;Other;WithholdsNecessities,ForcedLabour,,,,,,,Recruitment,2023-09,,,",
		45: "S01,suspect,Arrested,,TW,false,,,,,,,,,,2023-10,,,,,,,",
		52: "S08,suspect,Arrested,,PE,false,,,,,,,,,,2023-10,,,,,,,",
	}
	if len(rows) != 1+44+8 {
		t.Fatalf("%d rows, want a header, 44 victims and 8 suspects", len(rows))
	}
	for i, w := range want {
		if got := strings.Join(rows[i], ","); got != w {
			t.Errorf("row %d:\n got %s\nwant %s", i+1, got, w)
		}
	}
}

// TestWriteHTCDSAllowedValues checks every cell WriteHTCDS writes against
// the HTCDS field standards.
func TestWriteHTCDSAllowedValues(t *testing.T) {
	specs := htcdsReadSpecs(t)
	ops := []*Operation{shareLima(), shareNamed(), htcdsEveryCode(), shareNamed().RedactWith([]byte("k"))}
	r := rand.New(rand.NewPCG(5, 6))
	for n := range 200 {
		ops = append(ops, shareRandomOperation(r, n))
	}
	rows := htcdsParse(t, htcdsWrite(t, ops...))
	header := rows[0]
	if header[0] != "id" || header[1] != "role" {
		t.Errorf("header starts %q, %q; want id, role", header[0], header[1])
	}
	seen := map[string]map[string]bool{}
	for _, col := range header {
		seen[col] = map[string]bool{}
		if msg := htcdsCheckCell(specs, col, ""); msg != "" && col != "id" && col != "role" {
			t.Errorf("column %s: %s", col, msg)
		}
	}
	for i, row := range rows[1:] {
		for j, cell := range row {
			if msg := htcdsCheckCell(specs, header[j], cell); msg != "" {
				t.Errorf("row %d, column %s: %q: %s", i+2, header[j], cell, msg)
			}
			for item := range strings.SplitSeq(cell, ";") {
				seen[header[j]][item] = true
			}
		}
	}
	// Every code WriteHTCDS can write was written, so the check above saw it.
	for col, spec := range specs {
		if !slices.Contains(header, col) || spec.codes == nil {
			continue
		}
		for _, code := range spec.codes {
			unwritten := map[string]bool{"NonSpecifiedUnknown": true, "Unaquainted": true}
			if !seen[col][code] && !unwritten[code] && col != "hte_Type" {
				t.Errorf("column %s: code %s never written", col, code)
			}
		}
	}
	for _, name := range []string{"Siti", "Lee Mei Ling", "Chen", "casinos"} {
		for _, row := range rows {
			if strings.Contains(strings.Join(row, ","), name) {
				t.Errorf("a row holds %q, personal data: %q", name, row)
			}
		}
	}
}

// htcdsExpectVictim is what ReadHTCDS should give back for v after
// WriteHTCDS: v less what HTCDS cannot hold, and the lossy mappings of
// WriteHTCDS's doc comment.
func htcdsExpectVictim(v Victim) Victim {
	sector, _ := ParseLabourSector(v.LabourSector.HTCDS()) // the ISIC divisions go as their section
	out := Victim{ID: v.ID, Gender: v.Gender, TraffickingStatus: v.TraffickingStatus, LabourSector: sector,
		Status: v.Status, Destination: v.Destination, ExploitedIn: v.ExploitedIn}
	out.Nationality, out.OtherNationalities = htcdsExpectCitizenship(v.Nationality, v.OtherNationalities)
	if n, ok := v.Age.Exact(); ok {
		out.Age = AgeYears(n)
	}
	switch v.RecruiterRelation {
	case Family:
		out.RecruiterRelation = Family
	case Friend, IntimatePartner:
		out.RecruiterRelation = Friend
	}
	out.Recruitment.Methods = htcdsExpectCodes(v.Recruitment.Methods, func(m RecruitmentMethod) RecruitmentMethod {
		if m == DeceptiveJobOffer {
			return RecruitmentOther
		}
		return m
	})
	out.Controls = htcdsExpectCodes(v.Controls, func(c ControlMethod) ControlMethod {
		if c == RestrictsMovement || c == Isolation {
			return ControlOther
		}
		return c
	})
	out.Exploitation = htcdsExpectCodes(v.Exploitation, func(e Exploitation) Exploitation {
		if e == ForcedCriminality {
			return ForcedLabour
		}
		return e
	})
	out.SexExploitation = htcdsExpectCodes(v.SexExploitation, func(s SexExploitationType) SexExploitationType { return s })
	if p := v.Recruitment.Place; !v.Recruitment.When.IsZero() || p.Locality != "" || p.Region != "" || p.Country.IsValid() {
		out.Recruitment.When = v.Recruitment.When
		out.Recruitment.Place = Place{Locality: p.Locality, Region: p.Region, Country: p.Country}
	}
	return out
}

func htcdsExpectSuspect(s Suspect) Suspect {
	out := Suspect{ID: s.ID, Gender: s.Gender, Status: s.Status, Arrested: s.Arrested}
	out.Nationality, out.OtherNationalities = htcdsExpectCitizenship(s.Nationality, s.OtherNationalities)
	out.Roles = htcdsExpectCodes(s.Roles, func(r Role) Role { return r })
	return out
}

func htcdsExpectCitizenship(n Nationality, others []Nationality) (Nationality, []Nationality) {
	var all []Nationality
	for _, x := range append([]Nationality{n}, others...) {
		if _, ok := x.Country(); ok && !slices.Contains(all, x) {
			all = append(all, x)
		}
	}
	if len(all) == 0 {
		return Nationality{}, nil
	}
	if len(all) == 1 {
		return all[0], nil
	}
	return all[0], all[1:]
}

// htcdsExpectCodes maps xs, drops zeros, and keeps each value once.
func htcdsExpectCodes[T comparable](xs []T, f func(T) T) []T {
	var out []T
	var zero T
	for _, x := range xs {
		if y := f(x); y != zero && !slices.Contains(out, y) {
			out = append(out, y)
		}
	}
	return out
}

func TestHTCDSRoundTripLima(t *testing.T) {
	op := shareLima()
	victims, suspects, err := ReadHTCDS(bytes.NewReader(htcdsWrite(t, op)))
	if err != nil {
		t.Fatal(err)
	}
	// By hand: the Lima victims lose what HTCDS cannot hold (consular
	// contact, repatriation, the promise) and come back with the HTCDS codes
	// their extension codes map to; their status (Rescued) and the
	// suspects' (Arrested, in 2023-10) are this library's own columns.
	var wantV []Victim
	for i := 1; i <= 44; i++ {
		v := Victim{
			ID:                op.Victims[i-1].ID,
			Status:            Rescued,
			Nationality:       MustParseNationality("MY"),
			TraffickingStatus: PossibleVictimOfTrafficking,
			Recruitment: Recruitment{
				When:    MustParseDate("2023-09"),
				Methods: []RecruitmentMethod{RecruitmentOther},
			},
			Controls:     []ControlMethod{FalsePromises, WithholdsDocuments, ControlOther, WithholdsNecessities},
			Exploitation: []Exploitation{ForcedLabour},
		}
		if i == 44 {
			v.Nationality = MustParseNationality("TW")
		}
		wantV = append(wantV, v)
	}
	var wantS []Suspect
	for i, s := range op.Suspects {
		wantS = append(wantS, Suspect{ID: s.ID, Nationality: MustParseNationality([]string{"TW", "PE"}[i/6]), Status: Arrested, Arrested: MustParsePeriod("2023-10")})
	}
	if d := cmp.Diff(wantV, victims); d != "" {
		t.Errorf("victims (-want +got):\n%s", d)
	}
	if d := cmp.Diff(wantS, suspects); d != "" {
		t.Errorf("suspects (-want +got):\n%s", d)
	}
}

func TestHTCDSRoundTripRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	ops := []*Operation{htcdsEveryCode(), shareNamed()}
	for n := range 200 {
		ops = append(ops, shareRandomOperation(r, n))
	}
	for _, op := range ops {
		victims, suspects, err := ReadHTCDS(bytes.NewReader(htcdsWrite(t, op)))
		if err != nil {
			t.Fatalf("%s: %v", op.ID, err)
		}
		var wantV []Victim
		for _, v := range op.Victims {
			wantV = append(wantV, htcdsExpectVictim(v))
		}
		var wantS []Suspect
		for _, s := range op.Suspects {
			wantS = append(wantS, htcdsExpectSuspect(s))
		}
		if d := cmp.Diff(wantV, victims); d != "" {
			t.Fatalf("%s: victims (-want +got):\n%s", op.ID, d)
		}
		if d := cmp.Diff(wantS, suspects); d != "" {
			t.Fatalf("%s: suspects (-want +got):\n%s", op.ID, d)
		}
	}
}

func TestWriteHTCDSInvalidCode(t *testing.T) {
	tests := []struct {
		name, reason, column string
		op                   *Operation
	}{
		{"control", "out of range", "vic_MethodsOfControl", &Operation{ID: "O", Victims: []Victim{{ID: "V1", Controls: []ControlMethod{DebtBondage, 99}}}}},
		{"gender", "out of range", "prs_Gender", &Operation{ID: "O", Suspects: []Suspect{{ID: "S1", Gender: 42}}}},
		{"status", "out of range", "status", &Operation{ID: "O", Victims: []Victim{{ID: "V1", Status: 200}}}},
		{"suspect status", "out of range", "status", &Operation{ID: "O", Suspects: []Suspect{{ID: "S1", Status: 200}}}},
		{"relation", "out of range", "vic_RelationshipToTrafficker", &Operation{ID: "O", Victims: []Victim{{ID: "V1", RecruiterRelation: 9}}}},
		{"role", "out of range", "per_RoleInProcess", &Operation{ID: "O", Suspects: []Suspect{{ID: "S1", Roles: []Role{77}}}}},
		{"sector", "out of range", "vic_ForcedLabourIndustry", &Operation{ID: "O", Victims: []Victim{{ID: "V1", LabourSector: 99}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			err := WriteHTCDS(io.Discard, shareLima(), tc.op)
			if !errors.Is(err, ErrInvalid) || !strings.HasPrefix(err.Error(), `WriteHTCDS: operation "O", `) || !strings.Contains(err.Error(), "column "+tc.column+": ") {
				t.Errorf("error %v; want ErrInvalid naming operation O and column %s (%s)", err, tc.column, tc.reason)
			}
		})
	}
}

// htcdsFailWriter fails once it has taken n bytes.
type htcdsFailWriter struct{ n int }

func (w *htcdsFailWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return 0, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

func TestWritersReportWriteErrors(t *testing.T) {
	ops := slices.Repeat([]*Operation{shareLima()}, 100)
	for _, w := range []struct {
		name  string
		write func(io.Writer, ...*Operation) error
	}{{"WriteHTCDS", WriteHTCDS}, {"WriteCTDC", WriteCTDC}} {
		for _, n := range []int{0, 10, 5000, 100000} {
			if err := w.write(&htcdsFailWriter{n}, ops...); err == nil || err.Error() != "disk full" {
				t.Errorf("%s, failing after %d bytes: error %v, want disk full", w.name, n, err)
			}
		}
	}
}

// htcdsHeapWriter discards what it is given, measuring the live heap every
// MiB of it.
type htcdsHeapWriter struct {
	written, next int
	peak          uint64
}

func (w *htcdsHeapWriter) Write(p []byte) (int, error) {
	w.written += len(p)
	if w.written >= w.next {
		w.next += 1 << 20
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		w.peak = max(w.peak, m.HeapAlloc)
	}
	return len(p), nil
}

// TestWritersStream writes tens of MiB from a few KiB of operations (one
// operation, many times) and checks that the live heap does not grow:
// the writers hold a row at a time, not the file.
func TestWritersStream(t *testing.T) {
	if testing.Short() {
		t.Skip("writes tens of MiB")
	}
	ops := slices.Repeat([]*Operation{shareLima()}, 5000)
	for _, w := range []struct {
		name  string
		write func(io.Writer, ...*Operation) error
	}{{"WriteHTCDS", WriteHTCDS}, {"WriteCTDC", WriteCTDC}} {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		hw := &htcdsHeapWriter{next: 1 << 20}
		if err := w.write(hw, ops...); err != nil {
			t.Fatal(err)
		}
		grew := int64(hw.peak) - int64(m.HeapAlloc)
		t.Logf("%s: %d MiB written, live heap grew by at most %d KiB", w.name, hw.written>>20, grew>>10)
		if hw.written < 5<<20 {
			t.Errorf("%s: only %d bytes written: the test proves nothing", w.name, hw.written)
		}
		if grew > 1<<20 {
			t.Errorf("%s: the live heap grew by %d KiB while writing %d MiB: rows are being held", w.name, grew>>10, hw.written>>20)
		}
	}
}

// TestWritersAllocsPerOperation checks that the allocations of writing n
// operations grow linearly in n, by the same amount per operation: at
// most one per row for WriteHTCDS.
func TestWritersAllocsPerOperation(t *testing.T) {
	op := shareLima()
	rows := float64(len(op.Victims) + len(op.Suspects))
	for _, w := range []struct {
		name   string
		write  func(io.Writer, ...*Operation) error
		perRow float64
	}{{"WriteHTCDS", WriteHTCDS, 1}, {"WriteCTDC", WriteCTDC, 1}} {
		allocs := func(n int) float64 {
			ops := slices.Repeat([]*Operation{op}, n)
			return testing.AllocsPerRun(5, func() { w.write(io.Discard, ops...) })
		}
		a1, a10, a100 := allocs(1), allocs(10), allocs(100)
		per10, per100 := (a10-a1)/9, (a100-a10)/90
		t.Logf("%s: %.0f, %.0f, %.0f allocations for 1, 10, 100 operations: %.1f per operation", w.name, a1, a10, a100, per100)
		if per100 > per10+0.5 {
			t.Errorf("%s: %.1f allocations per operation among 100, %.1f among 10: something grows", w.name, per100, per10)
		}
		// One allocation per row, and at most one more per operation
		// (measured to a tenth, so an average at the bound is not flaky).
		if per100 > w.perRow*rows+1 {
			t.Errorf("%s: %.1f allocations per operation of %.0f rows, want at most %.0f per row and one per operation", w.name, per100, rows, w.perRow)
		}
	}
}

// BenchmarkWriteHTCDS writes the Lima operation (52 rows) 100 times per
// iteration and reports rows per second.
func BenchmarkWriteHTCDS(b *testing.B) {
	op := shareLima()
	ops := slices.Repeat([]*Operation{op}, 100)
	rows := len(ops) * (len(op.Victims) + len(op.Suspects))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		if err := WriteHTCDS(io.Discard, ops...); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n*rows)/b.Elapsed().Seconds(), "rows/s")
}

// htcdsGolden compares got with the golden file name of testdata, or
// rewrites it with -update.
func htcdsGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := "testdata/" + name
	if *updateGolden {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from what the writer writes now (go test -run %s -update rewrites it):\n%s", path, t.Name(), got)
	}
}

// TestHTCDSWriterGolden writes the Lima operation, and one with cells a
// spreadsheet would run, with the options, and compares with golden files.
func TestHTCDSWriterGolden(t *testing.T) {
	htcdsGolden(t, "htcds/write-lima.csv", htcdsWrite(t, shareLima()))

	op := &Operation{ID: "O", Victims: []Victim{
		{ID: "=HYPERLINK(\"http://x.example\")", Recruitment: Recruitment{Place: Place{Locality: "-Lima", Region: "@Perak", Country: MustParseCountry("PE")}}},
		{ID: "'+1", Gender: Feminine},
		{ID: "'ok", Age: AgeYears(16)},
	}, Suspects: []Suspect{{ID: "S1", Roles: []Role{Exploiter, Transporter}}}}
	var buf bytes.Buffer
	w := NewHTCDSWriter(&buf, HTCDSOptions{HXL: true, Comma: ';'})
	if err := w.Write(op); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	htcdsGolden(t, "htcds/write-hxl-semicolon.csv", buf.Bytes())
	for i, row := range htcdsParseWith(t, buf.Bytes(), ';') {
		for _, cell := range row {
			if cell != "" && htcdsFormulaStart(cell[0]) && !(i == 1 && cell[0] == '#') {
				t.Errorf("row %d: a cell a spreadsheet would run: %q", i+1, cell)
			}
		}
	}
	victims, suspects, err := ReadHTCDS(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range victims {
		if v.ID != op.Victims[i].ID || v.Recruitment.Place != op.Victims[i].Recruitment.Place {
			t.Errorf("victim %d read back as %q, %v", i, v.ID, v.Recruitment.Place)
		}
	}
	if len(suspects) != 1 {
		t.Errorf("%d suspects", len(suspects))
	}
}

func htcdsParseWith(t testing.TB, b []byte, comma rune) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(b))
	r.Comma = comma
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestHTCDSRowWriter gives rows to a csv.Writer, as to a spreadsheet's.
func TestHTCDSRowWriter(t *testing.T) {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	w := NewHTCDSRowWriter(cw, HTCDSOptions{})
	if err := w.Write(shareLima()); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	cw.Flush()
	if !bytes.Equal(buf.Bytes(), htcdsWrite(t, shareLima())) {
		t.Errorf("rows written through a csv.Writer differ from WriteHTCDS's")
	}
	// Nothing but the header for no operation.
	var empty bytes.Buffer
	if err := WriteHTCDS(&empty); err != nil || empty.String() != htcdsHeaderLine {
		t.Errorf("%q, %v", empty.String(), err)
	}
	if err := NewHTCDSWriter(io.Discard, HTCDSOptions{Comma: 'x'}).Flush(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Comma 'x': %v", err)
	}
}

// TestHTCDSLabelsRoundTrip writes with the toolkit's labels and country
// names, and reads back what is read from codes.
func TestHTCDSLabelsRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	ops := []*Operation{htcdsEveryCode(), shareLima(), shareNamed()}
	for n := range 100 {
		ops = append(ops, shareRandomOperation(r, n))
	}
	for _, op := range ops {
		var codes, labels bytes.Buffer
		if err := WriteHTCDS(&codes, op); err != nil {
			t.Fatal(err)
		}
		w := NewHTCDSWriter(&labels, HTCDSOptions{Labels: true, HXL: true})
		if err := w.Write(op); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		v1, s1, err1 := ReadHTCDS(&codes)
		v2, s2, err2 := ReadHTCDS(bytes.NewReader(labels.Bytes()))
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v, %v\n%s", op.ID, err1, err2, labels.Bytes())
		}
		if d := cmp.Diff(v1, v2); d != "" {
			t.Fatalf("%s: victims read from codes and from labels (-codes +labels):\n%s", op.ID, d)
		}
		if d := cmp.Diff(s1, s2); d != "" {
			t.Fatalf("%s: suspects (-codes +labels):\n%s", op.ID, d)
		}
	}
	var b bytes.Buffer
	w := NewHTCDSWriter(&b, HTCDSOptions{Labels: true})
	w.Write(shareLima())
	w.Flush()
	rows := htcdsParse(t, b.Bytes())
	if got := strings.Join(rows[1][:5], ","); got != "ID,Role,Status,Gender,Citizenship" {
		t.Errorf("labels row starts %s", got)
	}
	if got := strings.Join(rows[2], ","); !strings.Contains(got, "Malaysia,false,Possible victim of trafficking,,,Other,False promises; Withholds documents; Other; Withholds necessities,Forced labour") {
		t.Errorf("first victim: %s", got)
	}
}

func TestHTCDSChoices(t *testing.T) {
	for _, col := range htcdsColumns {
		for _, labels := range []bool{false, true} {
			choices := HTCDSChoices(col, labels)
			switch col {
			case "id", "vic_AgeWhenTrafficked", "hte_Date", "hte_City", "hte_State", "arrested":
				if choices != nil {
					t.Errorf("%s: a list for a column of no list", col)
				}
				continue
			}
			if len(choices) == 0 {
				t.Errorf("%s (labels %v): no choices", col, labels)
			}
			// Every choice is read.
			for _, c := range choices {
				in := "role," + col + "\nvictim," + strconvQuoteCSV(c) + "\n"
				if col == "per_RoleInProcess" || col == "role" || col == "status" && (slices.Contains(suspectStatusTable.codes, c) || slices.Contains(suspectStatusTable.labels, c)) {
					in = "role," + col + "\nsuspect," + strconvQuoteCSV(c) + "\n"
				}
				if col == "role" {
					in = "role\n" + c + "\n"
				}
				if strings.HasPrefix(col, "hte_") && col != "hte_Type" {
					in = "role,hte_Type," + col + "\nvictim,Recruitment," + strconvQuoteCSV(c) + "\n"
				}
				if _, _, err := ReadHTCDS(strings.NewReader(in)); err != nil {
					t.Errorf("%s: choice %q is not read: %v", col, c, err)
				}
			}
		}
	}
	if n := len(HTCDSChoices("prs_Citizenship", true)); n < 249 {
		t.Errorf("%d countries", n)
	}
	if HTCDSChoices("prs_Email", false) != nil || HTCDSChoices("nope", true) != nil {
		t.Error("choices for a column WriteHTCDS does not write")
	}
}
