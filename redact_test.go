package rescue

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"encoding/binary"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var sharePseudonym = regexp.MustCompile(`^P-[A-Z2-7]{16,}(-[0-9]+)?$`)

func TestRedactNil(t *testing.T) {
	var op *Operation
	if got := op.Redact(); got != nil {
		t.Errorf("Redact of nil = %v, want nil", got)
	}
	if got := op.RedactWith([]byte("k")); got != nil {
		t.Errorf("RedactWith of nil = %v, want nil", got)
	}
}

func TestRedactLima(t *testing.T) {
	op := shareNamed()
	if err := op.Validate(); err != nil {
		t.Fatalf("the test operation does not validate: %v", err)
	}
	before := shareClone(t, op)
	red := op.RedactWith([]byte("a key of the test"))
	if d := cmp.Diff(before, op); d != "" {
		t.Fatalf("RedactWith modified the original (-before +after):\n%s", d)
	}
	if err := red.Validate(); err != nil {
		t.Errorf("the redacted operation does not validate: %v", err)
	}
	v0, v1, s0 := red.Victims[0], red.Victims[1], red.Suspects[0]
	checks := []struct {
		name, reason string
		got, want    any
	}{
		{"victim name", "names are personal data", v0.Name, Personal("")},
		{"second victim name", "names are personal data", v1.Name, Personal("")},
		{"suspect name", "names are personal data", s0.Name, Personal("")},
		{"exact age", "ages become CTDC bands", v0.Age, AgeBetween(27, 29)},
		{"range age", "a range becomes the run of bands that holds it", v1.Age, AgeBetween(9, 20)},
		{"suspect age", "suspects' ages are banded too", s0.Age, AgeBetween(39, 47)},
		{"consular contact", "dates about a person keep the month", v0.ConsularContact, MustParseDate("2023-10")},
		{"recruitment date", "dates about a person keep the month", v0.Recruitment.When, MustParseDate("2023-09")},
		{"repatriation date", "dates about a person keep the month", v0.Repatriation.When, MustParseDate("2023-10")},
		{"arrest date", "dates about a person keep the month", s0.Arrested, MustParsePeriod("2023-10")},
		{"recruitment place", "the area goes, the town stays", v0.Recruitment.Place,
			Place{Locality: "Ipoh", Region: "Perak", Country: MustParseCountry("MY")}},
		{"promise", "free text about one person", v0.Recruitment.Promise, Personal("")},
		{"methods", "coded values stay", v0.Recruitment.Methods, []RecruitmentMethod{DeceptiveJobOffer}},
		{"charges", "charges are public record", s0.Charges, []Charge{{Offence: "Trata de personas", Statute: "art. 153 CP"}}},
		{"trigger note", "notes are cleared", red.Triggers[0].Note, Personal("")},
		{"trigger kind", "the trigger's kind stays", red.Triggers[0].Kind, EscapedVictimReport},
		{"place area", "an area can point to a home", red.Places[0].Area, Personal("")},
		{"place town", "the town stays", red.Places[0].Locality, "Lima"},
		{"custody note", "notes are cleared", red.Evidence[0].Custody[1].Note, Personal("")},
		{"custodian", "custodians are officials", red.Evidence[0].Custody[1].To, "Fiscalía"},
		{"description", "free text that can name the owner", red.Evidence[2].Description, Personal("")},
		{"cash", "amounts stay", red.Evidence[0].Cash, op.Evidence[0].Cash},
		{"taken from suspect", "references follow the pseudonym", red.Evidence[1].TakenFrom, s0.ID},
		{"taken from victim", "references follow the pseudonym", red.Evidence[2].TakenFrom, v1.ID},
		{"operation ID", "the operation is not a person", red.ID, op.ID},
		{"group", "groups are not people", red.Suspects[3].Group, "G-RED-DRAGON"},
		{"lead officer", "officials act in their public role", red.Lead, op.Lead},
	}
	for _, c := range checks {
		if d := cmp.Diff(c.want, c.got); d != "" {
			t.Errorf("%s (-want +got):\n%s\nreason: %s", c.name, d, c.reason)
		}
	}
	seen := map[string]bool{}
	for _, id := range shareIDs(red) {
		if !sharePseudonym.MatchString(id) {
			t.Errorf("ID %q is not a pseudonym", id)
		}
		if seen[id] {
			t.Errorf("pseudonym %q given twice", id)
		}
		seen[id] = true
	}
}

// shareIDs lists the IDs of op's victims and suspects.
func shareIDs(op *Operation) []string {
	var ids []string
	for _, v := range op.Victims {
		ids = append(ids, v.ID)
	}
	for _, s := range op.Suspects {
		ids = append(ids, s.ID)
	}
	return ids
}

// TestRedactPseudonymFormula pins the documented construction, so that
// other tools can compute the same pseudonyms.
func TestRedactPseudonymFormula(t *testing.T) {
	key := []byte("0123456789abcdef0123456789abcdef")
	op := &Operation{ID: "PE-2023-10-LIMA", Victims: []Victim{{ID: "V01"}}, Suspects: []Suspect{{ID: "S01"}}}
	red := op.RedactWith(key)
	for i, id := range []string{"V01", "S01"} {
		mac := hmac.New(sha256.New, key)
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(op.ID)))
		mac.Write(n[:])
		mac.Write([]byte(op.ID + id))
		want := "P-" + base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(mac.Sum(nil)[:10])
		if got := shareIDs(red)[i]; got != want {
			t.Errorf("pseudonym of %s = %q, want %q", id, got, want)
		}
	}
}

func TestRedactStable(t *testing.T) {
	key := []byte("stable key")
	a := &Operation{ID: "A", Victims: []Victim{{ID: "V01"}, {ID: "V02"}}}
	a2 := &Operation{ID: "A", Victims: []Victim{{ID: "V02"}, {ID: "V01"}}, Suspects: []Suspect{{ID: "S9"}}}
	b := &Operation{ID: "B", Victims: []Victim{{ID: "V01"}}}
	ra, ra2, rb := a.RedactWith(key), a2.RedactWith(key), b.RedactWith(key)
	tests := []struct {
		name, reason string
		x, y         string
		same         bool
	}{
		{"same key, same operation", "a pseudonym depends on key, operation and person only", ra.Victims[0].ID, ra2.Victims[1].ID, true},
		{"same key, other people around", "adding or reordering people changes nothing", ra.Victims[1].ID, ra2.Victims[0].ID, true},
		{"two people", "different people differ", ra.Victims[0].ID, ra.Victims[1].ID, false},
		{"two operations", "V01 of two operations are two people", ra.Victims[0].ID, rb.Victims[0].ID, false},
		{"other key", "the key matters", ra.Victims[0].ID, a.RedactWith([]byte("other key")).Victims[0].ID, false},
		{"Redact twice", "Redact draws a new key each time", a.Redact().Victims[0].ID, a.Redact().Victims[0].ID, false},
	}
	for _, tc := range tests {
		if (tc.x == tc.y) != tc.same {
			t.Errorf("%s: %q and %q: same = %v, want %v (%s)", tc.name, tc.x, tc.y, tc.x == tc.y, tc.same, tc.reason)
		}
	}
	if got := a.Redact(); got.Validate() != nil || got.Victims[0].ID == got.Victims[1].ID {
		t.Errorf("Redact: pseudonyms %q and %q within one result", got.Victims[0].ID, got.Victims[1].ID)
	}
}

// TestRedactCollisions makes collisions common with 1-byte pseudonyms and
// checks that every pseudonym stays unique and the result valid.
func TestRedactCollisions(t *testing.T) {
	op := &Operation{ID: "COLLIDE"}
	for i := range 300 {
		op.Victims = append(op.Victims, Victim{ID: fmt.Sprintf("V%d", i)})
	}
	for i := range 100 {
		op.Suspects = append(op.Suspects, Suspect{ID: fmt.Sprintf("S%d", i)})
	}
	// Kept IDs that take short pseudonyms: every 2-character one starting A.
	for _, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" {
		op.Groups = append(op.Groups, Group{ID: "P-A" + string(c)})
	}
	op.Evidence = []Evidence{{ID: "E1", Kind: Document, TakenFrom: "V299"}}
	if err := op.Validate(); err != nil {
		t.Fatal(err)
	}
	key := []byte("k")
	red := op.redactWith(key, 1)
	if err := red.Validate(); err != nil {
		t.Fatalf("redacted with colliding pseudonyms, the operation does not validate: %v", err)
	}
	long := 0
	for _, id := range shareIDs(red) {
		if len(id) > 4 {
			long++
		}
	}
	if long < 100 {
		t.Errorf("only %d of 400 pseudonyms were lengthened: the test makes no collisions", long)
	}
	if d := cmp.Diff(red, op.redactWith(key, 1)); d != "" {
		t.Errorf("redacting twice with one key differs:\n%s", d)
	}
	if red.Evidence[0].TakenFrom != red.Victims[299].ID {
		t.Errorf("TakenFrom = %q, want the pseudonym of V299, %q", red.Evidence[0].TakenFrom, red.Victims[299].ID)
	}
}

// TestRedactEveryLengthTaken covers the last resort: IDs kept as they are
// that take every length of a person's pseudonym, as only someone holding
// the key could choose.
func TestRedactEveryLengthTaken(t *testing.T) {
	key := []byte("known key")
	op := &Operation{ID: "OP", Victims: []Victim{{ID: "V1"}}}
	sum := redactMAC(hmac.New(sha256.New, key), nil, op.ID, "V1")
	full := "P-" + redactEncoding.EncodeToString(sum)
	for _, n := range []int{10, 15, 20, 25, 30, 32} {
		op.Groups = append(op.Groups, Group{ID: "P-" + redactEncoding.EncodeToString(sum[:n])})
	}
	if got := op.RedactWith(key).Victims[0].ID; got != full+"-2" {
		t.Errorf("with every length taken, pseudonym = %q, want %q", got, full+"-2")
	}
	op.Evidence = []Evidence{{ID: full + "-2", Kind: Document}}
	red := op.RedactWith(key)
	if got := red.Victims[0].ID; got != full+"-3" {
		t.Errorf("with -2 taken too, pseudonym = %q, want %q", got, full+"-3")
	}
	if err := red.Validate(); err != nil {
		t.Error(err)
	}
}

// TestRedactRandom redacts random operations: each result validates, the
// original is untouched, and every field is treated as the doc comment says.
func TestRedactRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 150 {
		op := shareRandomOperation(r, n)
		if err := op.Validate(); err != nil {
			t.Fatalf("random operation %d does not validate: %v", n, err)
		}
		before := shareClone(t, op)
		red := op.RedactWith([]byte{byte(n)})
		if d := cmp.Diff(before, op); d != "" {
			t.Fatalf("operation %d: RedactWith modified the original (-before +after):\n%s", n, d)
		}
		if err := red.Validate(); err != nil {
			t.Fatalf("operation %d: the redacted operation does not validate: %v", n, err)
		}
		w := redactWalker{t: t, ids: map[string]string{}, back: map[string]string{}}
		w.walk(reflect.ValueOf(*op), reflect.ValueOf(*red), "Operation")
	}
}

// redactTreatments says what RedactWith does to every field, by its path
// from the type that holds it, as the doc comment lists them. A field
// added to the model without an entry here fails TestRedactTreatmentsCover
// until someone decides how to redact it.
var redactTreatments = map[string]string{
	"Operation.ID":            "keep",
	"Operation.Name":          "keep",
	"Operation.Agencies":      "keep",
	"Operation.Lead":          "keep",
	"Operation.Places":        "each",
	"Operation.When":          "keep",
	"Operation.Triggers":      "each",
	"Operation.Counts":        "keep",
	"Operation.Groups":        "keep",
	"Operation.Victims":       "each",
	"Operation.Suspects":      "each",
	"Operation.Evidence":      "each",
	"Operation.Sources":       "keep",
	"Operation.Scheme":        "keep",
	"Operation.SchemeTargets": "keep",

	"Place.ID":       "keep",
	"Place.Locality": "keep",
	"Place.Area":     "clear",
	"Place.Region":   "keep",
	"Place.Country":  "keep",

	"Trigger.Kind":   "keep",
	"Trigger.People": "keep",
	"Trigger.Note":   "clear",

	"Victim.ID":                         "pseudonym",
	"Victim.Name":                       "clear",
	"Victim.Gender":                     "keep",
	"Victim.Age":                        "band",
	"Victim.Nationality":                "keep",
	"Victim.OtherNationalities":         "keep",
	"Victim.TraffickingStatus":          "keep",
	"Victim.Status":                     "keep",
	"Victim.Recruitment":                "struct",
	"Victim.Recruitment.When":           "month",
	"Victim.Recruitment.Place":          "struct",
	"Victim.Recruitment.Place.ID":       "keep",
	"Victim.Recruitment.Place.Area":     "clear",
	"Victim.Recruitment.Place.Locality": "keep",
	"Victim.Recruitment.Place.Region":   "keep",
	"Victim.Recruitment.Place.Country":  "keep",
	"Victim.Recruitment.Methods":        "keep",
	"Victim.Recruitment.Promise":        "clear",
	"Victim.Controls":                   "keep",
	"Victim.Exploitation":               "keep",
	"Victim.LabourSector":               "keep",
	"Victim.SexExploitation":            "keep",
	"Victim.RecruiterRelation":          "keep",
	"Victim.Recruiters":                 "pseudonyms",
	"Victim.Exploiters":                 "pseudonyms",
	"Victim.Destination":                "keep",
	"Victim.ExploitedIn":                "keep",
	"Victim.ConsularContact":            "month",
	"Victim.Repatriation":               "struct",
	"Victim.Repatriation.To":            "keep",
	"Victim.Repatriation.Status":        "keep",
	"Victim.Repatriation.When":          "month",

	"Suspect.ID":                 "pseudonym",
	"Suspect.Name":               "clear",
	"Suspect.Gender":             "keep",
	"Suspect.Age":                "band",
	"Suspect.Nationality":        "keep",
	"Suspect.OtherNationalities": "keep",
	"Suspect.Roles":              "keep",
	"Suspect.Group":              "keep",
	"Suspect.Status":             "keep",
	"Suspect.Arrested":           "month",
	"Suspect.Site":               "keep",
	"Suspect.Charges":            "each",
	"Suspect.Decisions":          "each",

	"Charge.Offence": "keep",
	"Charge.Statute": "keep",
	"Charge.Date":    "month",

	"CourtDecision.Outcome":  "keep",
	"CourtDecision.Date":     "month",
	"CourtDecision.Court":    "keep",
	"CourtDecision.Sentence": "keep",
	"CourtDecision.Fine":     "keep",

	"Evidence.ID":          "keep",
	"Evidence.Kind":        "keep",
	"Evidence.Description": "clear",
	"Evidence.Quantity":    "keep",
	"Evidence.Cash":        "keep",
	"Evidence.Value":       "keep",
	"Evidence.Seized":      "keep",
	"Evidence.Site":        "keep",
	"Evidence.TakenFrom":   "pseudonym",
	"Evidence.Custody":     "each",

	"CustodyEvent.At":       "keep",
	"CustodyEvent.When":     "keep",
	"CustodyEvent.Site":     "keep",
	"CustodyEvent.Action":   "keep",
	"CustodyEvent.From":     "keep",
	"CustodyEvent.To":       "keep",
	"CustodyEvent.Location": "keep",
	"CustodyEvent.Seal":     "keep",
	"CustodyEvent.Note":     "clear",
}

// TestRedactTreatmentsCover checks that redactTreatments names every field
// of the model, and only fields that exist.
func TestRedactTreatmentsCover(t *testing.T) {
	found := map[string]bool{}
	var visit func(typ reflect.Type, path string)
	visit = func(typ reflect.Type, path string) {
		for f := range typ.Fields() {
			p := path + "." + f.Name
			found[p] = true
			how, ok := redactTreatments[p]
			switch {
			case !ok:
				t.Errorf("%s (%s) has no redaction treatment: decide one, implement it in redact.go, document it in RedactWith's doc comment and list it here", p, f.Type)
			case how == "struct":
				visit(f.Type, p)
			case how == "each":
				visit(f.Type.Elem(), f.Type.Elem().Name())
			}
		}
	}
	visit(reflect.TypeFor[Operation](), "Operation")
	for p := range redactTreatments {
		if !found[p] {
			t.Errorf("redactTreatments lists %s, which is not a field", p)
		}
	}
}

// redactWalker checks a redacted value against its original, field by
// field, following redactTreatments.
type redactWalker struct {
	t         *testing.T
	ids, back map[string]string // pseudonyms given, both ways
}

func (w *redactWalker) walk(orig, red reflect.Value, path string) {
	t := w.t
	t.Helper()
	for i := range orig.NumField() {
		name := orig.Type().Field(i).Name
		p := path + "." + name
		o, r := orig.Field(i), red.Field(i)
		switch redactTreatments[p] {
		case "keep":
			if d := cmp.Diff(o.Interface(), r.Interface()); d != "" {
				t.Errorf("%s: want it kept (-orig +redacted):\n%s", p, d)
			}
		case "clear":
			if !r.IsZero() {
				t.Errorf("%s = %v, want it cleared", p, r.Interface())
			}
		case "band":
			if got, want := r.Interface().(Age), o.Interface().(Age).Band(); got != want {
				t.Errorf("%s = %v, want the band %v", p, got, want)
			}
		case "month":
			switch o := o.Interface().(type) {
			case Date:
				if got, want := r.Interface().(Date), o.Truncate(PrecisionMonth); got != want {
					t.Errorf("%s = %v, want %v", p, got, want)
				}
			case Period:
				if got, want := r.Interface().(Period), o.Truncate(PrecisionMonth); got != want {
					t.Errorf("%s = %v, want %v", p, got, want)
				}
			default:
				t.Fatalf("%s: month of a %T", p, o)
			}
		case "pseudonyms":
			if o.Len() != r.Len() || o.IsNil() != r.IsNil() {
				t.Errorf("%s: %d references (nil %v), want %d (nil %v)", p, r.Len(), r.IsNil(), o.Len(), o.IsNil())
				continue
			}
			for j := range o.Len() {
				w.pseudonym(p, o.Index(j).String(), r.Index(j).String())
			}
		case "pseudonym":
			w.pseudonym(p, o.String(), r.String())
		case "struct":
			w.walk(o, r, p)
		case "each":
			if o.Len() != r.Len() || o.IsNil() != r.IsNil() {
				t.Errorf("%s: %d elements (nil %v), want %d (nil %v)", p, r.Len(), r.IsNil(), o.Len(), o.IsNil())
				continue
			}
			for j := range o.Len() {
				w.walk(o.Index(j), r.Index(j), o.Type().Elem().Name())
			}
		default:
			t.Fatalf("%s: no treatment", p)
		}
	}
}

func (w *redactWalker) pseudonym(path, orig, red string) {
	t := w.t
	t.Helper()
	if orig == "" {
		if red != "" {
			t.Errorf("%s: empty ID became %q", path, red)
		}
		return
	}
	if !sharePseudonym.MatchString(red) {
		t.Errorf("%s: %q became %q, not a pseudonym", path, orig, red)
	}
	if p, ok := w.ids[orig]; ok && p != red {
		t.Errorf("%s: %q became %q here and %q elsewhere", path, orig, red, p)
	}
	if o, ok := w.back[red]; ok && o != orig {
		t.Errorf("%s: %q and %q both became %q", path, orig, o, red)
	}
	w.ids[orig], w.back[red] = red, orig
}

// TestRedactDeepCopy scribbles over everything the redacted copy holds
// and checks that the original did not change: no slice is shared.
func TestRedactDeepCopy(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	ops := []*Operation{shareNamed()}
	for n := range 50 {
		ops = append(ops, shareRandomOperation(r, n))
	}
	for _, op := range ops {
		before := shareClone(t, op)
		red := op.Redact()
		shareScribble(reflect.ValueOf(red).Elem())
		if d := cmp.Diff(before, op); d != "" {
			t.Fatalf("%s: writing to the redacted copy changed the original (-before +after):\n%s", op.ID, d)
		}
	}
}

// shareScribble overwrites every settable value reachable from v.
func shareScribble(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		exported := false
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				exported = true
				shareScribble(v.Field(i))
			}
		}
		if !exported && v.CanSet() { // Date, Age, Country, Money…: replace the whole value
			v.Set(reflect.Zero(v.Type()))
		}
	case reflect.Slice:
		for i := range v.Len() {
			shareScribble(v.Index(i))
		}
	case reflect.String:
		v.SetString("scribbled")
	case reflect.Uint8, reflect.Uint16:
		v.SetUint(v.Uint() + 77)
	case reflect.Int, reflect.Int64:
		v.SetInt(v.Int() - 5)
	}
}

// TestLogValueNoPersonalData logs people and operations with slog's JSON
// and text handlers and checks that names, notes and promises stay out.
func TestLogValueNoPersonalData(t *testing.T) {
	op := shareNamed()
	op.Triggers[0].Note = "Reported by Siti Aminah"
	secrets := []string{"Siti", "Aminah", "Lee Mei Ling", "Chen Wei-Ting", "casinos", "Jalan"}
	for _, h := range []struct {
		name string
		new  func(*bytes.Buffer) slog.Handler
	}{
		{"JSON", func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) }},
		{"text", func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) }},
	} {
		t.Run(h.name, func(t *testing.T) {
			var buf bytes.Buffer
			log := slog.New(h.new(&buf))
			log.Info("victim", "victim", op.Victims[0])
			log.Info("victim pointer", "victim", &op.Victims[1])
			log.Info("suspect", "suspect", op.Suspects[0])
			log.Info("operation", "op", op)
			log.Info("formatted", "v", fmt.Sprintf("%v %+v %#v", op.Victims[0], op.Suspects[0], op))
			out := buf.String()
			for _, s := range secrets {
				if strings.Contains(out, s) {
					t.Errorf("the log holds %q:\n%s", s, out)
				}
			}
			for _, s := range []string{"V01", "V02", "S01", "PE-2023-10-LIMA", "MY"} {
				if !strings.Contains(out, s) {
					t.Errorf("the log lacks %q, which is not personal:\n%s", s, out)
				}
			}
		})
	}
}
