package rescue_test

import (
	"fmt"

	"github.com/antitrafficking/rescue"
)

func ExampleSummary_Suppress() {
	// 44 victims: 30 Malaysians, 13 Thais and one Filipina. Publishing the
	// one would identify her; publishing the 13 would give her away too,
	// as 44-30-13.
	s := rescue.Summary{
		Victims: rescue.Count{N: 44},
		VictimsByNationality: map[rescue.Nationality]rescue.Count{
			rescue.MustParseNationality("MY"): {N: 30},
			rescue.MustParseNationality("TH"): {N: 13},
			rescue.MustParseNationality("PH"): {N: 1},
		},
		Suspects: rescue.Count{N: 20},
		Arrested: rescue.Count{N: 18},
	}
	published := s.Suppress(11) // publish cells of 11 or more, as CTDC does
	fmt.Println("victims:", published.Victims)
	for _, row := range published.VictimsByNationalityRows() {
		fmt.Printf("  %s %s\n", row.Key, row.Count)
	}
	// 18 arrested of 20 would show that 2 were not.
	fmt.Println("arrested:", published.Arrested, "of", published.Suspects)
	fmt.Println("the original is unchanged:", s.VictimsByNationality[rescue.MustParseNationality("PH")])
	// Output:
	// victims: 44
	//   MY 30
	//   TH at least 11
	//   PH at most 10
	// arrested: at least 11 of 20
	// the original is unchanged: 1
}
