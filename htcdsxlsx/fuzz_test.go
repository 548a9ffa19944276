package htcdsxlsx

import (
	"bytes"
	"testing"

	"github.com/antitrafficking/rescue"
)

// FuzzRead reads arbitrary bytes as a workbook: never a panic, and what it
// returns without error validates, as rescue.ReadHTCDS's people do. The
// seeds are a workbook Write wrote and its first bytes.
func FuzzRead(f *testing.F) {
	op := &rescue.Operation{ID: "O",
		Victims:  []rescue.Victim{{ID: "V1", Gender: rescue.Feminine, Nationality: rescue.MustParseNationality("MY"), Age: rescue.AgeYears(16)}},
		Suspects: []rescue.Suspect{{ID: "S1", Status: rescue.Arrested, Arrested: rescue.MustParsePeriod("2023-10-08")}},
	}
	var buf bytes.Buffer
	if err := Write(&buf, rescue.HTCDSOptions{}, op); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add(buf.Bytes()[:64])
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, b []byte) {
		victims, suspects, err := Read(bytes.NewReader(b), rescue.HTCDSOptions{MaxBytes: 1 << 20})
		if err != nil {
			return
		}
		got := &rescue.Operation{ID: "O", Victims: victims, Suspects: suspects}
		if verr := got.Validate(); verr != nil {
			t.Fatalf("Read returned people that do not validate: %v", verr)
		}
	})
}
