package main

import (
	"bytes"
	"context"
	"database/sql"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/antitrafficking/rescue"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/run.golden")

// stored decodes the default files, stores them in a new database and
// returns both.
func stored(t *testing.T) (*sql.DB, []*rescue.Operation) {
	t.Helper()
	files, err := defaultFiles()
	if err != nil {
		t.Fatal(err)
	}
	ops, err := readFiles(files)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db, err := open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, op := range ops {
		if err := storeTx(ctx, db, op); err != nil {
			t.Fatalf("storing %s: %v", op.ID, err)
		}
	}
	return db, ops
}

// TestRoundTrip reads every operation back into one equal to the one
// stored.
func TestRoundTrip(t *testing.T) {
	db, ops := stored(t)
	for _, want := range ops {
		got, err := load(context.Background(), db, want.ID)
		if err != nil {
			t.Fatalf("%s: %v", want.ID, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s read back differs (-stored +read):\n%s", want.ID, diff)
		}
	}
	if _, err := load(context.Background(), db, "NO-SUCH-OPERATION"); err == nil {
		t.Error("loading an operation that is not there: no error")
	}
}

// TestEveryFieldStored checks that the stored operations record every
// field of every record type at least once, so that TestRoundTrip covers
// them all: a field added to the model and not to the tables fails here
// until testdata/every-field.json records it, then there.
func TestEveryFieldStored(t *testing.T) {
	_, ops := stored(t)
	seen := map[string]bool{}
	for _, op := range ops {
		markFields(reflect.ValueOf(*op), seen)
	}
	var missing []string
	checkFields(reflect.TypeFor[rescue.Operation](), seen, map[reflect.Type]bool{}, &missing)
	for _, f := range missing {
		t.Errorf("no stored operation records %s", f)
	}
}

// markFields records, as "Type.Field", every field that is not zero in v
// or below it.
func markFields(v reflect.Value, seen map[string]bool) {
	switch v.Kind() {
	case reflect.Struct:
		t := v.Type()
		if t.PkgPath() != reflect.TypeFor[rescue.Operation]().PkgPath() {
			return
		}
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				return // a value type: its fields are its own
			}
			if !v.Field(i).IsZero() {
				seen[t.Name()+"."+f.Name] = true
			}
			markFields(v.Field(i), seen)
		}
	case reflect.Slice:
		for i := range v.Len() {
			markFields(v.Index(i), seen)
		}
	}
}

// checkFields lists the fields of t and of the record types below it that
// seen lacks.
func checkFields(t reflect.Type, seen map[string]bool, done map[reflect.Type]bool, missing *[]string) {
	for t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || done[t] || t.PkgPath() != reflect.TypeFor[rescue.Operation]().PkgPath() {
		return
	}
	done[t] = true
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			return
		}
		if !seen[t.Name()+"."+f.Name] {
			*missing = append(*missing, t.Name()+"."+f.Name)
		}
		checkFields(f.Type, seen, done, missing)
	}
}

// TestSummaryInSQL answers the summary's questions in SQL and compares
// the answers with Summary's.
func TestSummaryInSQL(t *testing.T) {
	db, ops := stored(t)
	var sum rescue.Summary
	for _, op := range ops {
		sum.Add(op.Summary())
	}
	ctx := context.Background()
	nat, err := victimsByNationality(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sum.VictimsByNationality, nat); diff != "" {
		t.Errorf("victims by nationality: SQL differs from Summary (-Summary +SQL):\n%s", diff)
	}
	cash, err := cashByCurrency(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sum.Cash, cash); diff != "" {
		t.Errorf("cash by currency: SQL differs from Summary (-Summary +SQL):\n%s", diff)
	}
	var records rescue.Summary
	for _, op := range ops {
		if !slices.ContainsFunc(op.Counts, func(t rescue.Tally) bool { return t.Of == rescue.OfVictims }) {
			records.Add(op.Summary())
		}
	}
	counted, err := victimRecordsByNationality(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	want := map[rescue.Nationality]int{}
	for n, c := range records.VictimsByNationality {
		want[n] = c.N
	}
	if diff := cmp.Diff(want, counted); diff != "" || len(counted) == 0 {
		t.Errorf("victim records by nationality: SQL differs from Summary of the operations without tallies (-Summary +SQL):\n%s", diff)
	}
	if len(nat) < 2 || len(cash) < 2 {
		t.Errorf("the example operations should give several nationalities and currencies: %d, %d", len(nat), len(cash))
	}
}

// TestRun: the command's output, in a temporary database.
func TestRun(t *testing.T) {
	files, err := defaultFiles()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(context.Background(), &out, "", files); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "run.golden")
	if *update {
		if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), out.String()); diff != "" {
		t.Errorf("output differs (-want +got; go test -update rewrites it):\n%s", diff)
	}
	if err := run(context.Background(), &out, path, files); err == nil {
		t.Error("run into an existing file: no error")
	}
}

// TestNotRecordedIsNull: what an operation does not record is NULL in its
// column, not a value that says something (a quantity "0" says no item).
func TestNotRecordedIsNull(t *testing.T) {
	ctx := context.Background()
	db, err := open(ctx, filepath.Join(t.TempDir(), "null.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	op := &rescue.Operation{
		ID:       "OP",
		Triggers: rescue.List[rescue.Trigger]{{Kind: rescue.Tip}, {Kind: rescue.Tip, People: rescue.Count{N: 2}}},
		Evidence: rescue.List[rescue.Evidence]{{ID: "E1", Kind: rescue.MobilePhone}, {ID: "E2", Kind: rescue.MobilePhone, Quantity: rescue.Count{N: 3}}},
		Suspects: rescue.List[rescue.Suspect]{{ID: "S1", Decisions: []rescue.CourtDecision{{Outcome: rescue.CourtPending}, {Outcome: rescue.Convicted, Sentence: rescue.Sentence{Months: 6}}}}},
	}
	if err := op.Validate(); err != nil {
		t.Fatal(err)
	}
	if err := storeTx(ctx, db, op); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		query, want, reason string
	}{
		{`SELECT quantity FROM evidence WHERE id = 'E1'`, "NULL", "an item seized with no quantity given: not recorded (the summary reads at least 1), not 0"},
		{`SELECT quantity FROM evidence WHERE id = 'E2'`, "3", "a quantity given is its canonical text"},
		{`SELECT people FROM triggers WHERE position = 0`, "NULL", "a trigger with no number of people: not recorded, not 0"},
		{`SELECT people FROM triggers WHERE position = 1`, "2", "a number of people given"},
		{`SELECT sentence_years || '/' || sentence_months || '/' || sentence_life FROM decisions WHERE position = 0`, "NULL", "no sentence: NULL, not a sentence of 0 years and 0 months"},
		{`SELECT sentence_years || '/' || sentence_months || '/' || sentence_life FROM decisions WHERE position = 1`, "0/6/0", "a sentence of 6 months: its 0 years are a figure"},
	} {
		var got sql.NullString
		if err := db.QueryRowContext(ctx, tc.query).Scan(&got); err != nil {
			t.Fatalf("%s: %v", tc.query, err)
		}
		s := got.String
		if !got.Valid {
			s = "NULL"
		}
		if s != tc.want {
			t.Errorf("%s = %s, want %s (%s)", tc.query, s, tc.want, tc.reason)
		}
	}
	back, err := load(ctx, db, "OP")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(op, back); diff != "" {
		t.Errorf("read back differs (-stored +read):\n%s", diff)
	}
}
