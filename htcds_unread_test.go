package rescue

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestHTCDSUnreadAndLocations: the columns holding values the reader does
// not read are listed, never half read; a location that is a country alone
// is read into the field the model has for it.
func TestHTCDSUnreadAndLocations(t *testing.T) {
	bo := MustParseCountry("BO")
	for _, tc := range []struct {
		name, reason string
		csv          string
		want         Victim
		unread       []string
		err          string // a problem of the row
	}{
		{"city and country", "a place name with a country is not cut: it is left unread and listed",
			"id,vic_LocationOfRecruitment,vic_LocationOfExploitation\nV1,\"El Alto, Bolivia\",\"Atlanta, Georgia\"\n",
			Victim{ID: "V1"}, []string{"vic_LocationOfRecruitment", "vic_LocationOfExploitation"}, ""},
		{"country alone", "a country name or code alone is the recruitment's country and the country of exploitation",
			"id,vic_LocationOfRecruitment,vic_LocationOfExploitation\nV1,Bolivia,AR\n",
			Victim{ID: "V1", Recruitment: Recruitment{Place: Place{Country: bo}}, ExploitedIn: MustParseCountry("AR")}, nil, ""},
		{"agrees with hte", "the same country in hte_Country of the recruitment and in the location",
			"id,vic_LocationOfRecruitment,hte_Type,hte_City,hte_Country\nV1,BO,Recruitment,El Alto,Bolivia\n",
			Victim{ID: "V1", Recruitment: Recruitment{Place: Place{Locality: "El Alto", Country: bo}}}, nil, ""},
		{"disagrees with hte", "two countries of one recruitment: a problem, not a choice",
			"id,vic_LocationOfRecruitment,hte_Type,hte_Country\nV1,PE,Recruitment,BO\n",
			Victim{}, nil, "column vic_LocationOfRecruitment: disagrees with hte_Country BO of the recruitment"},
		{"disagrees with exploitedIn", "two countries of exploitation: a problem",
			"id,exploitedIn,vic_LocationOfExploitation\nV1,AR,Chile\n",
			Victim{}, nil, "column vic_LocationOfExploitation: disagrees with exploitedIn AR"},
		{"skipped with values", "skipped columns are listed only when they hold a value",
			"id,role,prs_Birthdate,cas_Status,prs_Email,prs_Gender\nV1,victim,2001-02-03,Active,,Feminine\nV2,victim,,,, Masculine\n",
			Victim{ID: "V1", Gender: Feminine}, []string{"prs_Birthdate", "cas_Status"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := NewHTCDSReader(strings.NewReader(tc.csv), HTCDSOptions{})
			rec, err := r.Read()
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q (%s)", err, tc.err, tc.reason)
				}
				return
			}
			if err != nil {
				t.Fatalf("%v (%s)", err, tc.reason)
			}
			for err == nil {
				_, err = r.Read()
			}
			if err != io.EOF {
				t.Fatal(err)
			}
			if d := cmp.Diff(tc.want, *rec.Victim); d != "" {
				t.Errorf("victim (-want +got) (%s):\n%s", tc.reason, d)
			}
			if d := cmp.Diff(tc.unread, r.Unread()); d != "" {
				t.Errorf("unread (-want +got) (%s):\n%s", tc.reason, d)
			}
		})
	}
}

// TestHTCDSNoConsent: the rows whose con_Consent says no are listed, and
// their people left out only when the options say so.
func TestHTCDSNoConsent(t *testing.T) {
	const file = "id,role,con_Consent,prs_Gender\nV1,victim,Yes,Feminine\nV2,victim,No,Masculine\nV3,victim,,Feminine\nV4,victim,0,?\n"
	for _, tc := range []struct {
		name, reason string
		opt          HTCDSOptions
		ids          []string
		err          string
	}{
		{"read", "by default they are read (and listed): a library drops nothing unasked", HTCDSOptions{},
			nil, `row 5, column prs_Gender: "?"`},
		{"left out", "left out, their cells are not read either (V4's bad gender is no problem)", HTCDSOptions{LeaveOutNoConsent: true},
			[]string{"V1", "V3"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := NewHTCDSReader(strings.NewReader(file), tc.opt)
			victims, _, err := r.ReadAll()
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q (%s)", err, tc.err, tc.reason)
				}
			} else if err != nil {
				t.Fatalf("%v (%s)", err, tc.reason)
			} else {
				var ids []string
				for _, v := range victims {
					ids = append(ids, v.ID)
				}
				if d := cmp.Diff(tc.ids, ids); d != "" {
					t.Errorf("people read (-want +got) (%s):\n%s", tc.reason, d)
				}
			}
			rows, n := r.NoConsent()
			if d := cmp.Diff([]int{3, 5}, rows); d != "" || n != 2 {
				t.Errorf("rows without consent %v (%d in all), want [3 5] (%s)", rows, n, tc.reason)
			}
		})
	}
	_, _, err := ReadHTCDS(strings.NewReader("id,role,con_Consent,prs_Gender\nV1,victim,maybe,Feminine\n"))
	if !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), `column con_Consent: "maybe": want yes or no`) {
		t.Errorf("a consent neither yes nor no: %v", err)
	}
}

// TestHTCDSWorkbook: a workbook given as CSV says what it is and what to
// do, not what its bytes look like as a header.
func TestHTCDSWorkbook(t *testing.T) {
	for _, tc := range []struct {
		name, reason, input, want string
	}{
		{"xlsx", "an .xlsx is a ZIP archive", "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml",
			"a ZIP archive, as an Excel workbook (.xlsx) is, not CSV: save the sheet as CSV (UTF-8), or read the workbook with the module github.com/antitrafficking/rescue/htcdsxlsx"},
		{"xls", "an old .xls is an OLE2 compound file", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00",
			"an old Excel workbook (.xls), not CSV"},
		{"xlsx after a BOM", "the check follows the byte order mark, as the header does", "\xEF\xBB\xBFPK\x03\x04rest",
			"a ZIP archive"},
	} {
		_, _, err := ReadHTCDS(strings.NewReader(tc.input))
		if !errors.Is(err, ErrSyntax) || !strings.HasPrefix(err.Error(), "ReadHTCDS: ") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q (%s)", tc.name, err, tc.want, tc.reason)
		}
	}
	// A CSV file whose first cell starts with PK is a CSV file.
	if _, _, err := ReadHTCDS(strings.NewReader("PK,id\n")); err == nil || strings.Contains(err.Error(), "ZIP") {
		t.Errorf("a header starting with PK: %v", err)
	}
}

// TestHTCDSOptionDisagrees: a KoBoToolbox column of one option that
// disagrees with the column of the whole multi-select is a problem naming
// both, not the two merged.
func TestHTCDSOptionDisagrees(t *testing.T) {
	const head = "id,role,vic_Methods_of_Control,vic_Methods_of_Control/DebtBondage,vic_Methods_of_Control/FalsePromises\n"
	for _, tc := range []struct {
		name, reason, row, want string
	}{
		{"agree", "the options selected are the whole column's", "V1,victim,FalsePromises,0,1\n", ""},
		{"agree, both", "two options, in the order KoBoToolbox writes them", "V1,victim,DebtBondage FalsePromises,1,1\n", ""},
		{"agree, none", "nothing selected anywhere", "V1,victim,,0,0\n", ""},
		{"selected, not in the whole", "DebtBondage = 1 but the whole column says FalsePromises only", "V1,victim,FalsePromises,1,1\n",
			`column vic_Methods_of_Control/DebtBondage: "1": selected here, but column vic_Methods_of_Control does not hold DebtBondage: the two columns disagree`},
		{"in the whole, not selected", "the whole column holds FalsePromises, its option column says 0", "V1,victim,FalsePromises,0,0\n",
			`column vic_Methods_of_Control/FalsePromises: "0": not selected here, but column vic_Methods_of_Control holds FalsePromises`},
		{"whole empty", "an option selected while the whole column is empty", "V1,victim,,1,0\n",
			`column vic_Methods_of_Control/DebtBondage: "1": selected here, but column vic_Methods_of_Control does not hold DebtBondage`},
	} {
		_, _, err := ReadHTCDS(strings.NewReader(head + tc.row))
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v (%s)", tc.name, err, tc.reason)
		case tc.want != "" && (!errors.Is(err, ErrInvalid) || !strings.Contains(fmtErr(err), tc.want)):
			t.Errorf("%s: %v, want %q (%s)", tc.name, err, tc.want, tc.reason)
		}
	}
}

func fmtErr(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
