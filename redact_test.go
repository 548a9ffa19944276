package rescue

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// shareLima builds the reference case of examples/lima2023 by hand: the
// Peruvian police operation of October 2023 that freed 43 Malaysians and a
// Taiwanese held by Red Dragon in a suburb of Lima.
func shareLima() *Operation {
	peru := MustParseCountry("PE")
	malaysia := MustParseCountry("MY")
	taiwan := MustParseCountry("TW")
	lima := Place{Locality: "Lima", Area: "a suburb", Country: peru}
	op := &Operation{
		ID:     "PE-2023-10-LIMA",
		Name:   "Rescue of 44 foreigners held by Red Dragon in Lima",
		Agency: Agency{Name: "Peruvian National Police", Unit: "People smuggling investigation unit", Country: peru},
		Lead:   Officer{Name: "Carlos Malaver", Rank: "General"},
		Place:  lima,
		When:   MustParsePeriod("2023-10-07/2023-10-08"),
		Trigger: Trigger{
			Kind:   EscapedVictimReport,
			People: MustParseCount("two women"),
			Note:   "Two women escaped from their captors and alerted the authorities.",
		},
		Groups:        []Group{{ID: "G-RED-DRAGON", Name: "Red Dragon", Origin: taiwan}},
		Scheme:        "Forced to call companies in Malaysia and Taiwan posing as police.",
		SchemeTargets: []Country{malaysia, taiwan},
		Sources: []Source{{
			URL:       "https://t.co/G4x8un9KWy",
			Publisher: "The Malaysian Insight (@msianinsight)",
			Published: MustParseDate("2023-10-09"),
		}},
	}
	for i := 1; i <= 44; i++ {
		v := Victim{
			ID:                fmt.Sprintf("V%02d", i),
			Nationality:       NationalityOf(malaysia),
			TraffickingStatus: PossibleVictimOfTrafficking,
			Status:            Rescued,
			Recruitment: Recruitment{
				When:    MustParseDate("2023-09"),
				Methods: []RecruitmentMethod{DeceptiveJobOffer},
				Promise: "Employment in local casinos in Peru",
			},
			Controls:     []ControlMethod{FalsePromises, WithholdsDocuments, Isolation, RestrictsMovement, WithholdsNecessities},
			Exploitation: []Exploitation{ForcedCriminality},
		}
		if i == 44 {
			v.Nationality = NationalityOf(taiwan)
		} else {
			v.ConsularContact = MustParseDate("2023-10")
			v.Repatriation = Repatriation{To: malaysia, Status: Pending}
		}
		op.Victims = append(op.Victims, v)
	}
	for i := 1; i <= 8; i++ {
		nat := NationalityOf(taiwan)
		if i > 6 {
			nat = NationalityOf(peru)
		}
		op.Suspects = append(op.Suspects, Suspect{
			ID:          fmt.Sprintf("S%02d", i),
			Nationality: nat,
			Group:       "G-RED-DRAGON",
			Arrested:    MustParseDate("2023-10"),
		})
	}
	op.Evidence = []Evidence{
		{ID: "E1", Kind: Cash, Description: "Cash", Cash: MustParseReportedAmount("more than US$10,000 (S$13,700)"),
			Seized: MustParseDate("2023-10"), Place: lima},
		{ID: "E2", Kind: MobilePhone, Description: "Cell phones", Quantity: MustParseCount("numerous cell phones"),
			Seized: MustParseDate("2023-10"), Place: lima},
		{ID: "E3", Kind: BankCard, Description: "Bank cards", Quantity: MustParseCount("multiple bank cards"),
			Seized: MustParseDate("2023-10"), Place: lima},
	}
	return op
}

// shareRandomOperation returns a random operation that passes Validate,
// with every field that can be recorded recorded now and then: names,
// notes, exact ages, day-precise dates, duplicate codes, every code of
// every vocabulary, statuses for nationalities.
func shareRandomOperation(r *rand.Rand, n int) *Operation {
	pick := func(k int) int { return r.IntN(k) }
	chance := func(p float64) bool { return r.Float64() < p }
	country := func() Country { return Country{uint16(1 + pick(natCountryCount))} }
	nationality := func() Nationality {
		switch {
		case chance(0.1):
			return Nationality{}
		case chance(0.1):
			return Nationality{uint16(natStateless + pick(natLast-natStateless+1))}
		}
		return NationalityOf(country())
	}
	nationalities := func() []Nationality {
		var out []Nationality
		for range pick(3) {
			n := nationality()
			if !n.IsValid() {
				n = Stateless
			}
			out = append(out, n)
		}
		return out
	}
	age := func() Age {
		switch pick(4) {
		case 0:
			return Age{}
		case 1:
			lo := pick(90)
			return AgeBetween(lo, lo+pick(12))
		case 2:
			return AgeBetween(pick(90), -1)
		}
		return AgeYears(pick(100))
	}
	day := func(t time.Time) Date { return DateOf(t) }
	coarse := func(d Date) Date {
		switch pick(4) {
		case 0:
			return d.Truncate(PrecisionYear)
		case 1:
			return d.Truncate(PrecisionMonth)
		}
		return d
	}
	text := func(prefix string) string {
		if chance(0.3) {
			return ""
		}
		return fmt.Sprintf("%s %d-%d", prefix, n, pick(1000))
	}

	start := time.Date(2018+pick(7), time.Month(1+pick(12)), 1+pick(28), 0, 0, 0, 0, time.UTC)
	end := start.AddDate(0, 0, pick(5))
	op := &Operation{
		ID:    fmt.Sprintf("OP-%d", n),
		Name:  text("Operation"),
		Place: Place{Locality: text("Town"), Area: text("Area"), Country: country()},
		When:  Period{Start: day(start), End: day(end)},
		Trigger: Trigger{
			Kind:   TriggerKind(pick(len(triggerKindTable.codes))),
			People: Count{N: pick(5)},
			Note:   text("Trigger note"),
		},
		Scheme: text("Scheme"),
	}
	if chance(0.2) {
		op.When.Start = Date{}
	}
	for i := range pick(3) {
		op.Groups = append(op.Groups, Group{ID: fmt.Sprintf("G%d", i), Name: text("Gang"), Origin: country()})
	}
	var people []string
	for i := range pick(30) {
		v := Victim{
			ID:                 fmt.Sprintf("V%d", i),
			Name:               text("Victim name"),
			Gender:             Gender(pick(len(genderTable.codes))),
			Age:                age(),
			Nationality:        nationality(),
			OtherNationalities: nationalities(),
			TraffickingStatus:  TraffickingStatus(pick(len(traffickingStatusTable.codes))),
			LabourSector:       LabourSector(pick(len(labourSectorTable.codes))),
			RecruiterRelation:  RecruiterRelation(pick(len(recruiterRelationTable.codes))),
		}
		if chance(0.8) {
			v.Status = VictimStatus(1 + pick(len(victimStatusTable.codes)-1))
		}
		if chance(0.7) {
			rec := start.AddDate(0, -pick(40), -pick(30))
			v.Recruitment = Recruitment{
				When:    coarse(day(rec)),
				Place:   Place{Locality: text("Village"), Area: text("Street"), Region: text("State"), Country: country()},
				Methods: shareRandomCodes[RecruitmentMethod](r, &recruitmentMethodTable),
				Promise: text("Promise"),
			}
		}
		v.Controls = shareRandomCodes[ControlMethod](r, &controlMethodTable)
		v.Exploitation = shareRandomCodes[Exploitation](r, &exploitationTable)
		v.SexExploitation = shareRandomCodes[SexExploitationType](r, &sexExploitationTypeTable)
		if chance(0.5) {
			contact := start.AddDate(0, 0, pick(60))
			v.ConsularContact = coarse(day(contact))
			if chance(0.5) {
				v.Repatriation = Repatriation{
					To:     country(),
					Status: RepatriationStatus(pick(len(repatriationStatusTable.codes))),
					When:   coarse(day(contact.AddDate(0, 0, pick(90)))),
				}
			}
		}
		if v.Status == Repatriated && !v.Repatriation.To.IsValid() {
			v.Repatriation.To = country()
		}
		people = append(people, v.ID)
		op.Victims = append(op.Victims, v)
	}
	for i := range pick(10) {
		s := Suspect{
			ID:                 fmt.Sprintf("S%d", i),
			Name:               text("Suspect name"),
			Gender:             Gender(pick(len(genderTable.codes))),
			Age:                age(),
			Nationality:        nationality(),
			OtherNationalities: nationalities(),
			Roles:              shareRandomCodes[Role](r, &roleTable),
		}
		if len(op.Groups) > 0 && chance(0.7) {
			s.Group = op.Groups[pick(len(op.Groups))].ID
		}
		if chance(0.6) {
			s.Arrested = coarse(day(start.AddDate(0, 0, pick(30))))
		}
		if chance(0.5) {
			s.Charges = []string{"Art. 153 Código Penal", text("Charge")}
		}
		people = append(people, s.ID)
		op.Suspects = append(op.Suspects, s)
	}
	for i := range pick(6) {
		e := Evidence{
			ID:          fmt.Sprintf("E%d", i),
			Kind:        EvidenceKind(1 + pick(len(evidenceKindTable.codes)-1)),
			Description: text("Description"),
			Quantity:    Count{N: pick(20)},
			Seized:      op.When.Start,
			Place:       op.Place,
		}
		if e.Kind == Cash {
			e.Cash = MustParseReportedAmount("more than US$10,000 (S$13,700)")
		}
		if len(people) > 0 && chance(0.5) {
			e.TakenFrom = people[pick(len(people))]
		}
		at := start.Add(time.Duration(pick(1000)) * time.Minute)
		for j := range pick(4) {
			ev := CustodyEvent{At: at, Action: Seized, To: "Officer A", Note: text("Custody note"), Seal: text("sha256:")}
			if j > 0 {
				ev.Action = []CustodyAction{Sealed, Transferred, Examined}[pick(3)]
			}
			e.Custody = append(e.Custody, ev)
			at = at.Add(time.Hour)
		}
		op.Evidence = append(op.Evidence, e)
	}
	if chance(0.5) {
		op.SchemeTargets = []Country{country()}
	}
	if chance(0.5) {
		op.Sources = []Source{{URL: "https://example.org/" + op.ID, Published: op.When.End}}
	}
	return op
}

// shareRandomCodes returns a random list of values of t: empty (nil), or a
// few codes, sometimes repeated.
func shareRandomCodes[T ~uint8](r *rand.Rand, t *vocabTable) []T {
	var out []T
	for range r.IntN(5) {
		out = append(out, T(1+r.IntN(len(t.codes)-1)))
	}
	return out
}

// shareClone deep-copies op through JSON, which holds every field.
func shareClone(t testing.TB, op *Operation) *Operation {
	t.Helper()
	b, err := json.Marshal(op)
	if err != nil {
		t.Fatal(err)
	}
	var out Operation
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(op, &out); d != "" {
		t.Fatalf("a JSON round trip changes the operation (-before +after):\n%s", d)
	}
	return &out
}

// shareNamed returns the Lima operation with the personal data Redact
// removes: names, notes, exact ages, day-precise dates, a recruitment
// area, evidence taken from a person.
func shareNamed() *Operation {
	op := shareLima()
	op.Victims[0].Name = "Siti Aminah binti Yusof"
	op.Victims[0].Age = AgeYears(27)
	op.Victims[0].ConsularContact = MustParseDate("2023-10-09")
	op.Victims[0].Recruitment.When = MustParseDate("2023-09-14")
	op.Victims[0].Recruitment.Place = Place{Locality: "Ipoh", Area: "Jalan Sultan Idris Shah", Region: "Perak", Country: MustParseCountry("MY")}
	op.Victims[0].Repatriation.When = MustParseDate("2023-10-20")
	op.Victims[1].Name = "Lee Mei Ling"
	op.Victims[1].Age = AgeBetween(15, 20)
	op.Suspects[0].Name = "Chen Wei-Ting"
	op.Suspects[0].Age = AgeYears(41)
	op.Suspects[0].Arrested = MustParseDate("2023-10-08")
	op.Suspects[0].Charges = []string{"Trata de personas (art. 153 CP)"}
	op.Evidence[1].TakenFrom = "S01"
	op.Evidence[2].TakenFrom = "V02"
	op.Evidence[2].Description = "Bank cards of Lee Mei Ling"
	op.Evidence[0].Custody = []CustodyEvent{
		{At: time.Date(2023, 10, 8, 3, 0, 0, 0, time.UTC), Action: Seized, To: "PNP DIVINTRAP", Note: "found in Chen's bag"},
		{At: time.Date(2023, 10, 9, 9, 0, 0, 0, time.UTC), Action: Transferred, From: "PNP DIVINTRAP", To: "Fiscalía", Note: "counted by S. Aminah"},
	}
	return op
}

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
		{"victim name", "names are personal data", v0.Name, ""},
		{"second victim name", "names are personal data", v1.Name, ""},
		{"suspect name", "names are personal data", s0.Name, ""},
		{"exact age", "ages become CTDC bands", v0.Age, AgeBetween(27, 29)},
		{"range age", "a range becomes the run of bands that holds it", v1.Age, AgeBetween(9, 20)},
		{"suspect age", "suspects' ages are banded too", s0.Age, AgeBetween(39, 47)},
		{"consular contact", "dates about a person keep the month", v0.ConsularContact, MustParseDate("2023-10")},
		{"recruitment date", "dates about a person keep the month", v0.Recruitment.When, MustParseDate("2023-09")},
		{"repatriation date", "dates about a person keep the month", v0.Repatriation.When, MustParseDate("2023-10")},
		{"arrest date", "dates about a person keep the month", s0.Arrested, MustParseDate("2023-10")},
		{"recruitment place", "the area goes, the town stays", v0.Recruitment.Place,
			Place{Locality: "Ipoh", Region: "Perak", Country: MustParseCountry("MY")}},
		{"promise", "free text about one person", v0.Recruitment.Promise, ""},
		{"methods", "coded values stay", v0.Recruitment.Methods, []RecruitmentMethod{DeceptiveJobOffer}},
		{"charges", "charges are public record", s0.Charges, []string{"Trata de personas (art. 153 CP)"}},
		{"trigger note", "notes are cleared", red.Trigger.Note, ""},
		{"trigger kind", "the trigger's kind stays", red.Trigger.Kind, EscapedVictimReport},
		{"custody note", "notes are cleared", red.Evidence[0].Custody[1].Note, ""},
		{"custodian", "custodians are officials", red.Evidence[0].Custody[1].To, "Fiscalía"},
		{"description", "free text that can name the owner", red.Evidence[2].Description, ""},
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
	"Operation.ID":             "keep",
	"Operation.Name":           "keep",
	"Operation.Agency":         "keep",
	"Operation.Lead":           "keep",
	"Operation.Place":          "keep",
	"Operation.When":           "keep",
	"Operation.Trigger":        "struct",
	"Operation.Trigger.Kind":   "keep",
	"Operation.Trigger.People": "keep",
	"Operation.Trigger.Note":   "clear",
	"Operation.Groups":         "keep",
	"Operation.Victims":        "each",
	"Operation.Suspects":       "each",
	"Operation.Evidence":       "each",
	"Operation.Sources":        "keep",
	"Operation.Scheme":         "keep",
	"Operation.SchemeTargets":  "keep",

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
	"Suspect.Arrested":           "month",
	"Suspect.Charges":            "keep",

	"Evidence.ID":          "keep",
	"Evidence.Kind":        "keep",
	"Evidence.Description": "clear",
	"Evidence.Quantity":    "keep",
	"Evidence.Cash":        "keep",
	"Evidence.Seized":      "keep",
	"Evidence.Place":       "keep",
	"Evidence.TakenFrom":   "pseudonym",
	"Evidence.Custody":     "each",

	"CustodyEvent.At":       "keep",
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
			if got, want := r.Interface().(Date), o.Interface().(Date).Truncate(PrecisionMonth); got != want {
				t.Errorf("%s = %v, want %v", p, got, want)
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
	op.Trigger.Note = "Reported by Siti Aminah"
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
