package bench

import (
	"strconv"
	"testing"

	"github.com/biter777/countries"
	"golang.org/x/text/language"

	"github.com/antitrafficking/rescue"
)

// The same country, Malaysia, written four ways. x/text's ParseRegion
// reads codes only; it has no names.
var countryInputs = []struct{ name, in string }{
	{"alpha2", "MY"},
	{"alpha3", "MYS"},
	{"numeric", "458"},
	{"name", "Malaysia"},
}

var (
	sinkCountry  rescue.Country
	sinkNat      rescue.Nationality
	sinkRegion   language.Region
	sinkBiter    countries.CountryCode
	wantMalaysia = rescue.MustParseCountry("MY")
)

func BenchmarkCountry(b *testing.B) {
	for _, in := range countryInputs {
		b.Run(in.name+"/rescue.ParseCountry", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c, err := rescue.ParseCountry(in.in)
				if err != nil {
					b.Fatal(err)
				}
				sinkCountry = c
			}
			if sinkCountry != wantMalaysia {
				b.Fatalf("got %v", sinkCountry)
			}
		})
		if in.name != "name" {
			b.Run(in.name+"/x-text.ParseRegion", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					r, err := language.ParseRegion(in.in)
					if err != nil {
						b.Fatal(err)
					}
					sinkRegion = r
				}
				if sinkRegion.String() != "MY" {
					b.Fatalf("got %v", sinkRegion)
				}
			})
		}
		// biter777/countries reads codes and names with ByName; a numeric
		// code it takes only as an int, so the string goes through
		// strconv.Atoi and ByNumeric.
		b.Run(in.name+"/biter777.ByName", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var c countries.CountryCode
				if in.name == "numeric" {
					n, err := strconv.Atoi(in.in)
					if err != nil {
						b.Fatal(err)
					}
					c = countries.ByNumeric(n)
				} else {
					c = countries.ByName(in.in)
				}
				if c == countries.Unknown {
					b.Fatal("unknown")
				}
				sinkBiter = c
			}
			if sinkBiter.Alpha2() != "MY" {
				b.Fatalf("got %v", sinkBiter.Alpha2())
			}
		})
	}
}

// BenchmarkNationality parses a demonym and a phrase around one; the
// target is zero allocations. Neither peer reads demonyms.
func BenchmarkNationality(b *testing.B) {
	for _, in := range []struct{ name, in string }{
		{"demonym", "Malaysian"},
		{"phrase", "Malaysian nationals"},
		{"accented-name", "Côte d’Ivoire"},
	} {
		b.Run(in.name+"/rescue.ParseNationality", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				n, err := rescue.ParseNationality(in.in)
				if err != nil {
					b.Fatal(err)
				}
				sinkNat = n
			}
		})
	}
}
