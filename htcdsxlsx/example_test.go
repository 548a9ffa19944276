package htcdsxlsx_test

import (
	"bytes"
	"fmt"
	"os"

	"github.com/antitrafficking/rescue"
	"github.com/antitrafficking/rescue/htcdsxlsx"
)

func ExampleWrite() {
	op := &rescue.Operation{ID: "O1", Victims: []rescue.Victim{{
		ID:          "V1",
		Gender:      rescue.Feminine,
		Nationality: rescue.MustParseNationality("VN"),
		Controls:    []rescue.ControlMethod{rescue.DebtBondage, rescue.WithholdsDocuments},
	}}}
	var workbook bytes.Buffer
	if err := htcdsxlsx.Write(&workbook, rescue.HTCDSOptions{}, op); err != nil {
		fmt.Println(err)
		return
	}
	// The cells hold the toolkit's labels, under dropdowns of them.
	victims, _, err := htcdsxlsx.Read(&workbook, rescue.HTCDSOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	v := victims[0]
	fmt.Println(v.ID, v.Gender, v.Nationality, v.Controls)
	// Output:
	// V1 Feminine VN [DebtBondage WithholdsDocuments]
}

func ExampleRead() {
	// A template of IOM's HTCDS 2.0 toolkit, as it comes: its thousand
	// numbered rows are no one's yet.
	f, err := os.Open("testdata/template-single-select.xlsx")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	victims, suspects, err := htcdsxlsx.Read(f, rescue.HTCDSOptions{})
	fmt.Println(len(victims), len(suspects), err)
	// Output:
	// 0 0 <nil>
}
