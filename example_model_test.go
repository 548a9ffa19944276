package rescue_test

import (
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/antitrafficking/rescue"
)

// exampleLogger logs to standard output without the time, so that the
// examples' output is stable.
func exampleLogger(json bool) *slog.Logger {
	opts := &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}
	if json {
		return slog.New(slog.NewJSONHandler(os.Stdout, opts))
	}
	return slog.New(slog.NewTextHandler(os.Stdout, opts))
}

// exampleVictim is one of the 43 Malaysians of the reference case, with a
// name added to show that it never appears.
func exampleVictim() rescue.Victim {
	return rescue.Victim{
		ID:                "V01",
		Name:              "Siti Aminah",
		Gender:            rescue.Feminine,
		Age:               rescue.AgeBetween(21, 23),
		Nationality:       rescue.MustParseNationality("Malaysian"),
		TraffickingStatus: rescue.PossibleVictimOfTrafficking,
		Status:            rescue.Rescued,
		Recruitment: rescue.Recruitment{
			When:    rescue.MustParseDate("2023-09"),
			Methods: []rescue.RecruitmentMethod{rescue.DeceptiveJobOffer},
			Promise: "Employment in local casinos in Peru",
		},
		Controls:        []rescue.ControlMethod{rescue.FalsePromises, rescue.WithholdsDocuments, rescue.Isolation},
		Exploitation:    []rescue.Exploitation{rescue.ForcedCriminality},
		ConsularContact: rescue.MustParseDate("2023-10"),
		Repatriation:    rescue.Repatriation{To: rescue.MustParseCountry("MY"), Status: rescue.Pending},
	}
}

func exampleSuspect() rescue.Suspect {
	return rescue.Suspect{
		ID:          "S01",
		Name:        "Chen Wei",
		Gender:      rescue.Masculine,
		Nationality: rescue.MustParseNationality("Taiwanese"),
		Roles:       []rescue.Role{rescue.Exploiter},
		Group:       "G-RED-DRAGON",
		Status:      rescue.Arrested,
		Arrested:    rescue.MustParsePeriod("2023-10-08"),
		Charges:     []rescue.Charge{{Offence: "human trafficking"}, {Offence: "extortion"}},
	}
}

func exampleOperation() *rescue.Operation {
	peru := rescue.MustParseCountry("PE")
	return &rescue.Operation{
		ID:       "PE-2023-10-LIMA",
		Name:     "Rescue of 44 foreigners held by Red Dragon in Lima",
		Agencies: []rescue.Agency{{Name: "Peruvian National Police", Unit: "People smuggling investigation unit", Country: peru, Part: rescue.LeadAgency}},
		Lead:     rescue.Officer{Name: "Carlos Malaver", Rank: "General"},
		Places:   rescue.List[rescue.Place]{{Locality: "Lima", Area: "a suburb", Country: peru}},
		When:     rescue.MustParsePeriod("2023-10-07/2023-10-08"),
		Triggers: rescue.List[rescue.Trigger]{{Kind: rescue.EscapedVictimReport, People: rescue.MustParseCount("two women")}},
		Groups:   []rescue.Group{{ID: "G-RED-DRAGON", Name: "Red Dragon", Origin: rescue.MustParseCountry("Taiwan")}},
		Victims:  []rescue.Victim{exampleVictim()},
		Suspects: []rescue.Suspect{exampleSuspect()},
		Evidence: []rescue.Evidence{{
			ID:   "E1",
			Kind: rescue.Cash,
			Cash: rescue.MustParseReportedAmount("more than US$10,000 (S$13,700)"),
		}},
	}
}

// printProblems prints each problem of a validation error on its line.
func printProblems(err error) {
	if err == nil {
		fmt.Println("valid")
		return
	}
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		fmt.Println(e)
	}
}

func ExampleAge() {
	// Reports give exact ages, ranges and CTDC's bands; the zero Age is
	// unknown. Ages are comparable and work as map keys.
	byAge := map[rescue.Age]int{}
	for _, s := range []string{"16", "18-20", "18--20", "48+", ""} {
		a, _ := rescue.ParseAge(s)
		byAge[a]++
	}
	fmt.Println(len(byAge), byAge[rescue.AgeBetween(18, 20)])
	minor, known := rescue.AgeYears(16).IsMinor()
	fmt.Println(minor, known)
	// Output:
	// 4 2
	// true true
}

func ExampleParseAge() {
	for _, s := range []string{"34", "18-20", "09--17", "48+", "", "a 16-year-old girl", "15 to 26", "minors",
		"teenager", "in their 20s", "under 18", "20-18", "old"} {
		a, err := rescue.ParseAge(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q: %q\n", s, a)
	}
	// Output:
	// "34": "34"
	// "18-20": "18-20"
	// "09--17": "9-17"
	// "48+": "48+"
	// "": ""
	// "a 16-year-old girl": "16"
	// "15 to 26": "15-26"
	// "minors": "0-17"
	// "teenager": "13-19"
	// "in their 20s": "20-29"
	// "under 18": "0-17"
	// ParseAge("20-18"): range ends before it starts: out of order
	// ParseAge("old"): not an age: invalid syntax
}

func ExampleAgeYears() {
	fmt.Println(rescue.AgeYears(34), rescue.AgeYears(-1).IsKnown())
	// Output:
	// 34 false
}

func ExampleAgeBetween() {
	fmt.Println(rescue.AgeBetween(18, 20), rescue.AgeBetween(48, -1), rescue.AgeBetween(20, 20), rescue.AgeBetween(20, 18).IsKnown())
	// Output:
	// 18-20 48+ 20 false
}

func ExampleAge_IsKnown() {
	var a rescue.Age
	fmt.Println(a.IsKnown(), rescue.AgeYears(0).IsKnown())
	// Output:
	// false true
}

func ExampleAge_IsZero() {
	var a rescue.Age
	fmt.Println(a.IsZero(), rescue.AgeBetween(18, 20).IsZero())
	// Output:
	// true false
}

func ExampleAge_Exact() {
	fmt.Println(rescue.AgeYears(34).Exact())
	fmt.Println(rescue.AgeBetween(18, 20).Exact())
	// Output:
	// 34 true
	// 18 false
}

func ExampleAge_Range() {
	fmt.Println(rescue.AgeBetween(18, 20).Range())
	fmt.Println(rescue.AgeBetween(48, -1).Range())
	fmt.Println(rescue.Age{}.Range())
	// Output:
	// 18 20 true
	// 48 -1 true
	// 0 0 false
}

func ExampleAge_IsMinor() {
	for _, a := range []rescue.Age{rescue.AgeYears(16), rescue.AgeBetween(18, 20), rescue.AgeBetween(15, 20), {}} {
		minor, known := a.IsMinor()
		fmt.Printf("%q: minor %v, known %v\n", a, minor, known)
	}
	// Output:
	// "16": minor true, known true
	// "18-20": minor false, known true
	// "15-20": minor false, known false
	// "": minor false, known false
}

func ExampleAge_Equal() {
	fmt.Println(rescue.AgeYears(20).Equal(rescue.AgeBetween(20, 20)), rescue.AgeYears(20).Equal(rescue.AgeBetween(20, 21)))
	// Output:
	// true false
}

func ExampleAge_String() {
	fmt.Printf("%q %q %q %q\n", rescue.AgeYears(34), rescue.AgeBetween(18, 20), rescue.AgeBetween(48, -1), rescue.Age{})
	// Output:
	// "34" "18-20" "48+" ""
}

func ExampleAge_AppendText() {
	b, _ := rescue.AgeBetween(18, 20).AppendText([]byte("age "))
	fmt.Println(string(b))
	// Output:
	// age 18-20
}

func ExampleAge_MarshalText() {
	b, _ := json.Marshal(map[string]rescue.Age{"age": rescue.AgeBetween(48, -1)})
	fmt.Println(string(b))
	// Output:
	// {"age":"48+"}
}

func ExampleAge_UnmarshalText() {
	var v struct{ Age rescue.Age }
	fmt.Println(json.Unmarshal([]byte(`{"Age":"18-20"}`), &v), v.Age)
	// Strict: prose is for ParseAge, and the error says the canonical text.
	fmt.Println(json.Unmarshal([]byte(`{"Age":"twenty"}`), &v))
	// Output:
	// <nil> 18-20
	// Age.UnmarshalText("twenty"): not an age in canonical form (did you mean "20"?): invalid syntax
}

func ExampleAge_Scan() {
	var a rescue.Age
	fmt.Println(a.Scan(int64(34)), a)
	fmt.Println(a.Scan("18-20"), a)
	fmt.Println(a.Scan(nil), a.IsKnown())
	// Output:
	// <nil> 34
	// <nil> 18-20
	// <nil> false
}

func ExampleAge_Value() {
	for _, a := range []rescue.Age{rescue.AgeBetween(18, 20), {}} {
		v, err := a.Value()
		fmt.Printf("%#v %v\n", v, err)
	}
	// Output:
	// "18-20" <nil>
	// <nil> <nil>
}

func ExampleAge_Band() {
	fmt.Println(rescue.AgeYears(27).Band(), rescue.AgeYears(50).Band(), rescue.AgeBetween(15, 20).Band())
	// Output:
	// 27-29 48+ 9-20
}

func ExampleAge_CTDC() {
	fmt.Printf("%q %q %q %q\n", rescue.AgeYears(5).CTDC(), rescue.AgeYears(16).CTDC(), rescue.AgeYears(50).CTDC(), rescue.AgeBetween(15, 20).CTDC())
	// Output:
	// "0--8" "09--17" "48+" ""
}

func ExampleVictim() {
	v := exampleVictim()
	fmt.Println(v)
	fmt.Println(v.Recruitment.When, v.Recruitment.Methods, v.Controls, v.Exploitation)
	// Output:
	// victim V01 (MY, Feminine, name withheld)
	// 2023-09 [DeceptiveJobOffer] [FalsePromises WithholdsDocuments Isolation] [ForcedCriminality]
}

func ExampleVictim_String() {
	v := exampleVictim()
	fmt.Println(v.String())
	fmt.Println(rescue.Victim{}.String())
	// Output:
	// victim V01 (MY, Feminine, name withheld)
	// victim (no ID)
}

func ExampleVictim_GoString() {
	v := exampleVictim()
	fmt.Printf("%#v\n", v)
	// Output:
	// rescue.Victim{victim V01 (MY, Feminine, name withheld)}
}

func ExampleVictim_Format() {
	v := exampleVictim()
	// No verb, on a value, a pointer or a slice, reaches the name.
	fmt.Printf("%v | %+v | %d | %s\n", v, &v, []rescue.Victim{v}, v)
	// Output:
	// victim V01 (MY, Feminine, name withheld) | victim V01 (MY, Feminine, name withheld) | [victim V01 (MY, Feminine, name withheld)] | victim V01 (MY, Feminine, name withheld)
}

func ExampleVictim_LogValue() {
	v := exampleVictim()
	exampleLogger(true).Info("rescued", "victim", &v)
	// Output:
	// {"level":"INFO","msg":"rescued","victim":{"id":"V01","nationality":"MY","gender":"Feminine","age":"21-23","status":"Rescued"}}
}

func ExampleVictim_Validate() {
	v := exampleVictim()
	v.ID = ""
	v.Status = rescue.Repatriated
	v.Repatriation = rescue.Repatriation{When: rescue.MustParseDate("2023-09")}
	printProblems(v.Validate())
	// Output:
	// id: required
	// repatriation.when: repatriated 2023-09, before consular contact 2023-10: out of order
	// repatriation.to: a repatriated victim needs a destination: required
}

func ExampleSuspect() {
	s := exampleSuspect()
	fmt.Println(s, s.Roles, s.Charges[0].Offence)
	// Output:
	// suspect S01 (TW, Masculine, arrested 2023-10-08, name withheld) [Exploiter] human trafficking
}

func ExampleSuspect_IsArrested() {
	s := exampleSuspect()
	fmt.Println(s.IsArrested(), rescue.Suspect{ID: "S02"}.IsArrested())
	// Output:
	// true false
}

func ExampleSuspect_String() {
	fmt.Println(exampleSuspect().String())
	// Output:
	// suspect S01 (TW, Masculine, arrested 2023-10-08, name withheld)
}

func ExampleSuspect_GoString() {
	fmt.Printf("%#v\n", exampleSuspect())
	// Output:
	// rescue.Suspect{suspect S01 (TW, Masculine, arrested 2023-10-08, name withheld)}
}

func ExampleSuspect_Format() {
	s := exampleSuspect()
	fmt.Printf("%+v | %q\n", &s, s)
	// Output:
	// suspect S01 (TW, Masculine, arrested 2023-10-08, name withheld) | suspect S01 (TW, Masculine, arrested 2023-10-08, name withheld)
}

func ExampleSuspect_LogValue() {
	exampleLogger(false).Info("arrested", "suspect", exampleSuspect())
	// Output:
	// level=INFO msg=arrested suspect.id=S01 suspect.nationality=TW suspect.gender=Masculine suspect.group=G-RED-DRAGON suspect.status=Arrested suspect.arrested=2023-10-08
}

func ExampleSuspect_Validate() {
	s := exampleSuspect()
	s.Roles = append(s.Roles, 0)
	printProblems(s.Validate())
	// Output:
	// roles[1]: an empty code in a list: required
}

func ExampleRecruitment() {
	r := rescue.Recruitment{
		When:    rescue.MustParseDate("2023-09"),
		Methods: []rescue.RecruitmentMethod{rescue.DeceptiveJobOffer},
		Promise: "Employment in local casinos in Peru",
	}
	b, _ := json.Marshal(r)
	fmt.Println(string(b))
	// Output:
	// {"when":"2023-09","methods":["DeceptiveJobOffer"],"promise":"Employment in local casinos in Peru"}
}

func ExampleRecruitment_IsZero() {
	fmt.Println(rescue.Recruitment{}.IsZero(), rescue.Recruitment{When: rescue.MustParseDate("2023-09")}.IsZero())
	// Output:
	// true false
}

func ExampleRepatriation() {
	r := rescue.Repatriation{To: rescue.MustParseCountry("Malaysia"), Status: rescue.Pending}
	b, _ := json.Marshal(r)
	fmt.Println(string(b), r.Status.Label(), r.To.Name())
	// Output:
	// {"to":"MY","status":"Pending"} Pending Malaysia
}

func ExampleOperation() {
	op := exampleOperation()
	fmt.Println(op)
	fmt.Println(op.Validate())
	// Output:
	// operation PE-2023-10-LIMA (2023-10-07/2023-10-08, Lima, Peru: 1 victim record, 1 suspect record, 1 evidence item)
	// <nil>
}

func ExampleOperation_String() {
	fmt.Println(exampleOperation().String())
	// Output:
	// operation PE-2023-10-LIMA (2023-10-07/2023-10-08, Lima, Peru: 1 victim record, 1 suspect record, 1 evidence item)
}

func ExampleOperation_GoString() {
	fmt.Printf("%#v\n", exampleOperation())
	// Output:
	// rescue.Operation{operation PE-2023-10-LIMA (2023-10-07/2023-10-08, Lima, Peru: 1 victim record, 1 suspect record, 1 evidence item)}
}

func ExampleOperation_Format() {
	op := exampleOperation()
	fmt.Printf("%+v\n", op)
	// Output:
	// operation PE-2023-10-LIMA (2023-10-07/2023-10-08, Lima, Peru: 1 victim record, 1 suspect record, 1 evidence item)
}

func ExampleOperation_LogValue() {
	exampleLogger(false).Info("decoded", "op", exampleOperation())
	// Output:
	// level=INFO msg=decoded op.id=PE-2023-10-LIMA op.when=2023-10-07/2023-10-08 op.place="Lima, Peru" op.victims=1 op.suspects=1 op.counts=0 op.evidence=1
}

func ExampleOperation_Validate() {
	op := exampleOperation()
	op.Victims = append(op.Victims, rescue.Victim{ID: "V01", Gender: 99})
	op.Suspects[0].Group = "G-BLUE-TIGER"
	op.Suspects[0].Arrested = rescue.MustParsePeriod("2023-10-01")
	op.Evidence = append(op.Evidence, rescue.Evidence{
		ID:   "E2",
		Kind: rescue.MobilePhone,
		Custody: []rescue.CustodyEvent{
			{At: time.Date(2023, 10, 8, 9, 0, 0, 0, time.UTC), Action: rescue.Seized},
			{At: time.Date(2023, 10, 7, 9, 0, 0, 0, time.UTC), Action: rescue.Transferred},
		},
	})
	err := op.Validate()
	fmt.Println(errors.Is(err, rescue.ErrDuplicateID), errors.Is(err, rescue.ErrNegative))
	printProblems(err)
	// Output:
	// true false
	// victims[1].id: "V01": duplicate ID
	// victims[1].gender: %!Gender(99): invalid
	// suspects[0].group: no group "G-BLUE-TIGER" in the operation: unknown reference
	// suspects[0].arrested: arrested 2023-10-01, before the operation started 2023-10-07 (a suspect arrested earlier is InCustody): out of order
	// evidence[1].custody[1].at: 2023-10-07T09:00:00Z is before an event above it (2023-10-08T09:00:00Z): out of order
	// evidence[1].custody[1].to: a transfer names who received the item: required
}

func ExampleGroup() {
	g := rescue.Group{ID: "G-RED-DRAGON", Name: "Red Dragon", Origin: rescue.MustParseCountry("Taiwan")}
	fmt.Printf("%s, from %s\n", g.Name, g.Origin.Name())
	// Output:
	// Red Dragon, from Taiwan
}

func ExampleAgency() {
	a := rescue.Agency{Name: "Peruvian National Police", Unit: "People smuggling investigation unit",
		Country: rescue.MustParseCountry("Peru"), Part: rescue.LeadAgency}
	b, _ := json.Marshal(a)
	fmt.Println(string(b))
	// Output:
	// {"name":"Peruvian National Police","unit":"People smuggling investigation unit","country":"PE","part":"Lead"}
}

func ExampleOfficer() {
	o := rescue.Officer{Name: "Carlos Malaver", Rank: "General", Title: "Head of the people smuggling investigation unit"}
	fmt.Println(o.Rank, o.Name)
	// Output:
	// General Carlos Malaver
}

func ExamplePlace() {
	p := rescue.Place{Locality: "Lima", Area: "a suburb", Country: rescue.MustParseCountry("PE")}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	// Output:
	// {"locality":"Lima","area":"a suburb","country":"PE"}
}

func ExamplePlace_String() {
	// The area within a locality can point to someone's home: String
	// leaves it out.
	fmt.Println(rescue.Place{Locality: "Lima", Area: "a suburb", Country: rescue.MustParseCountry("PE")})
	fmt.Println(rescue.Place{Country: rescue.MustParseCountry("MY")})
	// Output:
	// Lima, Peru
	// Malaysia
}

func ExampleTrigger() {
	t := rescue.Trigger{Kind: rescue.EscapedVictimReport, People: rescue.MustParseCount("two women"), Note: "Two women escaped and alerted the authorities."}
	// The note is personal text: fmt withholds it, and the record holder
	// reads it by converting it to a string.
	fmt.Printf("%s (%s people): %s\n", t.Kind.Label(), t.People, t.Note)
	fmt.Println(string(t.Note))
	// Output:
	// Report by an escaped victim (2 people): (withheld)
	// Two women escaped and alerted the authorities.
}

func ExampleSource() {
	s := rescue.Source{
		URL:       "https://t.co/G4x8un9KWy",
		Publisher: "The Malaysian Insight",
		Title:     "Peru police rescue Malaysians, Taiwanese held by gang",
		Published: rescue.MustParseDate("2023-10-09"),
	}
	b, _ := json.Marshal(s)
	fmt.Println(string(b))
	// Output:
	// {"url":"https://t.co/G4x8un9KWy","publisher":"The Malaysian Insight","title":"Peru police rescue Malaysians, Taiwanese held by gang","published":"2023-10-09"}
}

func ExampleEvidence() {
	e := rescue.Evidence{
		ID:          "E2",
		Kind:        rescue.MobilePhone,
		Description: "Cell phones",
		Quantity:    rescue.MustParseCount("numerous cell phones"),
		Seized:      rescue.MustParsePeriod("2023-10"),
	}
	fmt.Printf("%s %s: %s\n", e.ID, e.Kind.Label(), e.Quantity)
	// Output:
	// E2 Mobile phone: at least 2
}

func ExampleEvidence_Validate() {
	e := rescue.Evidence{
		ID:   "E1",
		Kind: rescue.Cash,
		Cash: rescue.MustParseReportedAmount("more than US$10,000 (S$13,700)"),
	}
	fmt.Println(e.Validate())
	e.Kind = rescue.BankCard
	e.Quantity = rescue.Count{N: -2}
	printProblems(e.Validate())
	// Output:
	// <nil>
	// quantity: "-2": negative
	// cash: only cash evidence carries an amount (this is BankCard): invalid
}

func ExampleCustodyEvent() {
	seized := time.Date(2023, 10, 7, 22, 30, 0, 0, time.UTC)
	e := rescue.Evidence{ID: "E2", Kind: rescue.MobilePhone, Custody: []rescue.CustodyEvent{
		{At: seized, Action: rescue.Seized, To: "Investigator on site"},
		{At: seized.Add(time.Hour), Action: rescue.Sealed, Seal: "PNP-000123"},
		{At: seized.Add(48 * time.Hour), Action: rescue.Transferred, From: "Investigator on site", To: "Digital forensics lab"},
		{At: seized.Add(72 * time.Hour), Action: rescue.Examined, Seal: "sha256:9f86d081"},
	}}
	fmt.Println(e.Validate())
	b, _ := json.Marshal(e.Custody[2])
	fmt.Println(string(b))
	// Output:
	// <nil>
	// {"at":"2023-10-09T22:30:00Z","action":"Transferred","from":"Investigator on site","to":"Digital forensics lab"}
}

func ExampleFieldError() {
	op := exampleOperation()
	op.Victims[0].Gender = 99
	var fe *rescue.FieldError
	if errors.As(op.Validate(), &fe) {
		fmt.Println(fe.Path)
		fmt.Println(errors.Is(fe, rescue.ErrInvalid))
	}
	// Output:
	// victims[0].gender
	// true
}

func ExampleFieldError_Error() {
	fmt.Println(&rescue.FieldError{Path: "victims[3].nationality", Err: rescue.ErrRequired})
	// Output:
	// victims[3].nationality: required
}

func ExampleFieldError_Unwrap() {
	fe := &rescue.FieldError{Path: "victims[3].id", Err: fmt.Errorf("%q: %w", "V01", rescue.ErrDuplicateID)}
	fmt.Println(errors.Is(fe, rescue.ErrDuplicateID))
	// Output:
	// true
}

func ExampleMoreErrors() {
	op := &rescue.Operation{ID: "OP"}
	for range 1250 {
		op.Victims = append(op.Victims, rescue.Victim{ID: "V"})
	}
	err := op.Validate()
	var more *rescue.MoreErrors
	fmt.Println(errors.As(err, &more), more.N)
	lines := strings.Split(err.Error(), "\n")
	fmt.Println(len(lines))
	fmt.Println(lines[len(lines)-1])
	// Output:
	// true 249
	// 11
	// and 1239 more problems
}

func ExampleMoreErrors_Error() {
	fmt.Println(&rescue.MoreErrors{N: 250})
	// Output:
	// and 250 more problems
}

func ExampleParseError() {
	_, err := rescue.ParseAge("twelve hundred")
	var pe *rescue.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("%s %q %q %v\n", pe.Func, pe.Input, pe.Msg, pe.Err)
	}
	// Output:
	// ParseAge "twelve hundred" "want whole years 0 to 150" out of range
}

func ExampleParseError_Error() {
	_, err := rescue.ParseMoney(strings.Repeat("9", 100) + " dollars")
	fmt.Println(err)
	// Output:
	// ParseMoney("9999999999999999999999999999999999999999999999999999999999999999"… (108 bytes)): longer than 64 characters: out of range
}

func ExampleParseError_Unwrap() {
	_, err := rescue.ParseCountry("Atlantis")
	fmt.Println(errors.Is(err, rescue.ErrUnknownCountry), errors.Unwrap(err) == rescue.ErrUnknownCountry)
	// Output:
	// true true
}

func ExampleErrSyntax() {
	_, err := rescue.ParseCount("some people")
	fmt.Println(errors.Is(err, rescue.ErrSyntax), err)
	// Output:
	// true ParseCount("some people"): no number: invalid syntax
}

func ExampleErrRange() {
	_, err := rescue.ParseCount("-3 victims")
	fmt.Println(errors.Is(err, rescue.ErrRange), err)
	// Output:
	// true ParseCount("-3 victims"): negative: out of range
}

func ExampleErrUnknownCurrency() {
	_, err := rescue.ParseMoney("10 zorkmids")
	fmt.Println(errors.Is(err, rescue.ErrUnknownCurrency))
	// Output:
	// true
}

func ExampleErrAmbiguousCurrency() {
	_, err := rescue.ParseMoney("$10,000")
	var amb *rescue.AmbiguousCurrencyError
	fmt.Println(errors.Is(err, rescue.ErrAmbiguousCurrency), errors.As(err, &amb) && len(amb.Candidates) > 1)
	// Output:
	// true true
}

func ExampleErrCurrencyMismatch() {
	_, err := rescue.MustParseMoney("US$10").Add(rescue.MustParseMoney("S$10"))
	fmt.Println(errors.Is(err, rescue.ErrCurrencyMismatch), err)
	// Output:
	// true Money.Add: cannot add USD and SGD: currency mismatch
}

func ExampleErrUnknownCountry() {
	_, err := rescue.ParseCountry("Atlantis")
	fmt.Println(errors.Is(err, rescue.ErrUnknownCountry), err)
	// Output:
	// true ParseCountry("Atlantis"): unknown country
}

func ExampleErrNotCountry() {
	_, err := rescue.ParseCountry("EU")
	fmt.Println(errors.Is(err, rescue.ErrNotCountry))
	// Output:
	// true
}

func ExampleErrAmbiguous() {
	_, err := rescue.ParseCountry("Korea")
	fmt.Println(errors.Is(err, rescue.ErrAmbiguous))
	// Output:
	// true
}

func ExampleErrRequired() {
	err := (&rescue.Operation{}).Validate()
	fmt.Println(errors.Is(err, rescue.ErrRequired), err)
	// Output:
	// true id: required
}

func ExampleErrInvalid() {
	_, err := rescue.ParseGender("robot")
	fmt.Println(errors.Is(err, rescue.ErrInvalid))
	// Output:
	// true
}

func ExampleErrDuplicateID() {
	op := &rescue.Operation{ID: "OP", Victims: []rescue.Victim{{ID: "V01"}}, Suspects: []rescue.Suspect{{ID: "V01"}}}
	err := op.Validate()
	fmt.Println(errors.Is(err, rescue.ErrDuplicateID), err)
	// Output:
	// true suspects[0].id: "V01": duplicate ID
}

func ExampleErrNegative() {
	e := rescue.Evidence{ID: "E1", Kind: rescue.Cash, Cash: rescue.ReportedAmount{Amount: rescue.MustParseMoney("US$100").Neg()}}
	err := e.Validate()
	fmt.Println(errors.Is(err, rescue.ErrNegative), err)
	// Output:
	// true cash.amount: USD -100.00: negative
}

func ExampleErrOutOfOrder() {
	op := &rescue.Operation{ID: "OP", When: rescue.Period{Start: rescue.MustParseDate("2023-10-08"), End: rescue.MustParseDate("2023-10-07")}}
	err := op.Validate()
	fmt.Println(errors.Is(err, rescue.ErrOutOfOrder), err)
	// Output:
	// true when: period 2023-10-08/2023-10-07: end before start: out of order
}

func ExampleErrUnknownReference() {
	op := &rescue.Operation{ID: "OP", Evidence: []rescue.Evidence{{ID: "E1", Kind: rescue.MobilePhone, TakenFrom: "S09"}}}
	err := op.Validate()
	fmt.Println(errors.Is(err, rescue.ErrUnknownReference), err)
	// Output:
	// true evidence[0].takenFrom: no victim or suspect "S09" in the operation: unknown reference
}

var _ driver.Valuer = rescue.Age{}
