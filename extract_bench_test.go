package rescue_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/antitrafficking/rescue"
)

// benchReport is a report written for the benchmarks, of some 200 words,
// with the phrases Extract reads: figures of victims and suspects with
// breakdowns, cash with an equivalent, items, a date, a place, an agency.
const benchReport = `Thai police rescued 58 foreign workers from a fishing company in Samut Sakhon province over the weekend, a spokesman said on Monday.
The workers, including 31 Cambodians, 19 Myanmar nationals and eight Laotians, had been held on two boats for up to 14 months without pay.
Officers arrested six suspects, four Thais and two Cambodians, and seized about 1.2 million baht (US$34,000), numerous mobile phones and two pickup trucks.
The raid began after three fishermen who escaped alerted a local charity, which contacted the Department of Special Investigation.
Of the 58 workers rescued, 12 are minors aged 15 to 17, the department said.
The company's owner remains at large, and police said more arrests were expected.
Some of the workers told investigators they had been promised wages of 9,000 baht a month but received nothing.
In 2019, a similar raid in the same province freed more than 100 workers, according to the charity.
The rescued workers were taken to a shelter in Bangkok, where officials from their embassies will interview them before they are sent home.
Labour rights groups said hundreds of thousands of migrants work in the fishing industry, many of them without contracts.
`

// benchText returns about n words of reports, one after another.
func benchText(n int) string {
	per := len(strings.Fields(benchReport))
	return strings.Repeat(benchReport, max(n/per, 1))
}

// BenchmarkExtract measures Extract on reports of 1,000 to 100,000 words:
// a 2,000-word report is the size of a long article; the time per word
// shows that the cost is linear in the length.
func BenchmarkExtract(b *testing.B) {
	pub := rescue.MustParseDate("2024-03-11")
	for _, n := range []int{1000, 2000, 10000, 100000} {
		text := benchText(n)
		words := len(strings.Fields(text))
		b.Run("words="+strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := rescue.Extract(text, pub); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(words), "ns/word")
		})
	}
}
