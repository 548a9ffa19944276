package rescue_test

import (
	"testing"
	"unicode/utf8"

	"github.com/antitrafficking/rescue"
)

// FuzzExtract checks that Extract never panics, refuses only text that is
// not UTF-8 or too long, and that every finding's span lies inside the
// text and its Text is the text of that span; every count it records is
// valid.
func FuzzExtract(f *testing.F) {
	for _, tc := range extractCases {
		f.Add(tc.text, tc.published)
	}
	f.Add(exampleReport, "2023-10-09")
	f.Add("Police seized $ $ $ 1 1 1 , , ( ) from from the the Malaysia (43) and", "")
	f.Add("Of these, 29 were handed over. Of the total 187 workers rescued, 158 foreigners are Chinese, while 29 are Filipinos.", "2024-01-31")
	f.Fuzz(func(t *testing.T, text, published string) {
		pub, err := rescue.ParseDate(published)
		if err != nil {
			pub = rescue.Date{}
		}
		d, err := rescue.Extract(text, pub)
		if err != nil {
			if utf8.ValidString(text) && len(text) <= 1<<20 {
				t.Fatalf("Extract(%q) = %v; only invalid UTF-8 and text over 1 MiB are errors", text, err)
			}
			return
		}
		checkFindings(t, text, d)
		for i, c := range d.Operation.Counts {
			if err := c.Count.Validate(); err != nil {
				t.Errorf("counts[%d] = %v: %v", i, c, err)
			}
		}
		for i, e := range d.Operation.Evidence {
			if err := e.Quantity.Validate(); err != nil {
				t.Errorf("evidence[%d].quantity: %v", i, err)
			}
			if err := e.Cash.Validate(); err != nil {
				t.Errorf("evidence[%d].cash: %v", i, err)
			}
		}
		if err := d.Operation.When.Validate(); err != nil {
			t.Errorf("When %v: %v", d.Operation.When, err)
		}
	})
}
