package rescue

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// htcdsRoundTrip checks what ReadHTCDS read from in: WriteHTCDS writes it,
// and ReadHTCDS reads that back as the same people, but for what the
// writer does not write (names) and the one documented coarsening
// (Unaquainted is read as RecruiterOther, which is written as empty).
func htcdsRoundTrip(t *testing.T, victims []Victim, suspects []Suspect) {
	t.Helper()
	op := &Operation{ID: "fuzz", Victims: victims, Suspects: suspects}
	var buf bytes.Buffer
	if err := WriteHTCDS(&buf, op); err != nil {
		t.Fatalf("what ReadHTCDS read, WriteHTCDS cannot write: %v", err)
	}
	victims2, suspects2, err := ReadHTCDS(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("what WriteHTCDS wrote, ReadHTCDS cannot read: %v\n%q", err, buf.Bytes())
	}
	for i := range victims {
		victims[i].Name = ""
		if victims[i].RecruiterRelation == RecruiterOther {
			victims[i].RecruiterRelation = 0
		}
	}
	for i := range suspects {
		suspects[i].Name = ""
	}
	if d := cmp.Diff(victims, victims2); d != "" {
		t.Fatalf("victims read, written and read again differ (-first +second):\n%s", d)
	}
	if d := cmp.Diff(suspects, suspects2); d != "" {
		t.Fatalf("suspects read, written and read again differ (-first +second):\n%s", d)
	}
}

// FuzzReadHTCDS reads whole files: no panic, and what is read round-trips
// through WriteHTCDS.
func FuzzReadHTCDS(f *testing.F) {
	// Seeds are kept small: the fuzzer minimises every input that finds new
	// code, which takes long for inputs of kilobytes.
	small := func(op *Operation) *Operation {
		op.Victims, op.Suspects = op.Victims[:2], op.Suspects[:1]
		return op
	}
	f.Add(string(htcdsWrite(f, small(shareLima()))))
	f.Add(string(htcdsWrite(f, small(shareNamed()).RedactWith([]byte("k")))))
	every := htcdsEveryCode()
	f.Add(string(htcdsWrite(f, &Operation{Victims: every.Victims[:1], Suspects: every.Suspects})))
	f.Add(htcdsHeaderLine)
	f.Add("id,role\nV1,victim\n")
	f.Add("\uFEFFrole;prs_Citizenship;id\r\nsuspect;MYS,Viet Nam;\" a,\"\"b\"\"\"\r\n")
	f.Add(htcdsHeaderLine + htcdsRowWith("victim", map[string]string{"vic_RelationshipToTrafficker": "Unaquainted", "prs_Deceased": "false"}))
	f.Add(htcdsHeaderLine + htcdsRowWith("victim", map[string]string{"hte_Type": "Recruitment", "hte_Date": "15/09/2023", "hte_Country": "MYS"}))
	f.Add(htcdsHeaderLine + htcdsRowWith("victim", map[string]string{"vic_MethodsOfControl": "Physical threats; Other,DebtBondage"}))
	f.Add(",prs_First_Name,vic_Methods_of_Control,vic_Methods_of_Control/Other\n,First Name,Methods of Control,\n1,Ann,DebtBondage Other,1\n")
	f.Add("id,role,hte_Type,hte_City\n#meta+id,,,\n'=1,victim,Recruitment,'-x\n")
	f.Fuzz(func(t *testing.T, in string) {
		victims, suspects, err := ReadHTCDS(strings.NewReader(in))
		if err != nil {
			if victims != nil || suspects != nil {
				t.Fatal("people returned with an error")
			}
			return
		}
		htcdsRoundTrip(t, victims, suspects)
	})
}

// FuzzReadHTCDSCell puts one cell in every column a Victim or Suspect
// record reads: no panic, a name's value never in an error, and what is
// read round-trips.
func FuzzReadHTCDSCell(f *testing.F) {
	for _, s := range []string{"Other", "Physical threats; DebtBondage", "MY TH", "Korea, Republic of", "16.0", "15/09/2023",
		"TRUE", "Recruitment", "'=x", "a\x00b", "\u202e", strings.Repeat("x", 300), "Familial", "A_AgricultureForestryAndFishing", "\"", ""} {
		f.Add(s)
	}
	var names []string
	for i := range htcdsFields {
		if k := htcdsFields[i].kind; k != hkSkip && k != hkID && k != hkRole {
			names = append(names, htcdsFields[i].name)
		}
	}
	f.Fuzz(func(t *testing.T, cell string) {
		for _, name := range names {
			for _, role := range []string{"victim", "suspect"} {
				value, event := cell, ""
				if htcdsLookupField(name).kind == hkFirstName {
					value = "Siti" + cell // a marker no error may show
				}
				if strings.HasPrefix(name, "hte_") && name != "hte_Type" {
					event = "Recruitment"
				}
				var b bytes.Buffer
				w := csv.NewWriter(&b)
				w.Write([]string{"id", "role", "hte_Type", name})
				w.Write([]string{"P1", role, event, value})
				w.Flush()
				victims, suspects, err := ReadHTCDS(&b)
				if err != nil {
					if strings.Contains(err.Error(), "Siti") {
						t.Fatalf("a name in an error: %v", err)
					}
					continue
				}
				htcdsRoundTrip(t, victims, suspects)
			}
		}
	})
}
