package rescue_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/antitrafficking/rescue"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// tally builds a tally from its JSON-like parts, for the tables below:
// "of" ("V" or "S"), the count, and optional "nat=MY", "gender=Feminine",
// "age=0-17", "status=Rescued", "source=A", "expl=ForcedLabour".
func tally(of, count string, opts ...string) rescue.Tally {
	t := rescue.Tally{Of: rescue.OfVictims, Count: rescue.MustParseCount(count)}
	if of == "S" {
		t.Of = rescue.OfSuspects
	}
	for _, o := range opts {
		k, v, _ := strings.Cut(o, "=")
		var err error
		switch k {
		case "nat":
			t.Nationality = rescue.MustParseNationality(v)
		case "gender":
			err = t.Gender.UnmarshalText([]byte(v))
		case "age":
			err = t.Age.UnmarshalText([]byte(v))
		case "status":
			if t.Of == rescue.OfSuspects {
				err = t.SuspectStatus.UnmarshalText([]byte(v))
			} else {
				err = t.VictimStatus.UnmarshalText([]byte(v))
			}
		case "source":
			t.Source = "https://example.org/" + v
		case "expl":
			var e rescue.Exploitation
			err = e.UnmarshalText([]byte(v))
			t.Exploitation = append(t.Exploitation, e)
		default:
			panic(o)
		}
		if err != nil {
			panic(err)
		}
	}
	return t
}

func tallyOp(records int, ts ...rescue.Tally) *rescue.Operation {
	op := &rescue.Operation{ID: "OP", Counts: ts,
		Sources: []rescue.Source{{URL: "https://example.org/A"}, {URL: "https://example.org/B"}}}
	for i := range records {
		op.Victims = append(op.Victims, rescue.Victim{ID: fmt.Sprint("V", i), Nationality: rescue.MustParseNationality("TH"), Status: rescue.Rescued})
	}
	return op
}

func TestSummaryTallies(t *testing.T) {
	t.Parallel()
	type figures map[string]string // a few figures of the summary, by name
	tests := []struct {
		name   string
		op     *rescue.Operation
		want   figures
		reason string
	}{
		{"lima", tallyOp(0,
			tally("V", "44", "status=Rescued", "expl=ForcedCriminality"), tally("V", "43", "nat=MY"), tally("V", "1", "nat=TW"),
			tally("S", "8", "status=Arrested"), tally("S", "6", "status=Arrested", "nat=TW"), tally("S", "2", "status=Arrested", "nat=PE")),
			figures{"victims": "44", "victims MY": "44:MY=43 TW=1", "status": "Rescued=44", "exploitation": "ForcedCriminality=44",
				"minors": "at least 0", "minorityUnknown": "44", "suspects": "8", "suspects by nat": "PE=2 TW=6", "arrested": "8"},
			"the reference case as its report gives it: everyone rescued, the nationalities add up, nothing is known of ages"},
		{"rest known", tallyOp(0, tally("V", "more than 200"), tally("V", "109", "nat=TH"), tally("V", "50", "nat=PK")),
			figures{"victims": "more than 200", "victims MY": "more than 200:=at least 42 PK=50 TH=109"},
			"more than 200 victims of whom 159 have a nationality: at least 42 have none recorded"},
		{"rest unknown", tallyOp(0, tally("V", "more than 200"), tally("V", "215", "nat=TH")),
			figures{"victims": "more than 200", "victims MY": "more than 200:=at least 0 TH=215"},
			"the parts pass the total's lower bound: the rest, if any, is not recorded, never negative"},
		{"exact parts", tallyOp(0, tally("V", "215"), tally("V", "200", "nat=TH")),
			figures{"victims MY": "215:=15 TH=200"}, "215 victims, 200 of them Thai: 15 not recorded"},
		{"two sources", tallyOp(0, tally("V", "19", "status=Rescued", "nat=TH", "source=A"), tally("V", "11", "status=Rescued", "nat=TH", "source=B")),
			figures{"victims": "11 to 19", "victims MY": "11 to 19:TH=11 to 19", "status": "Rescued=11 to 19"},
			"two sources that disagree give a range: both figures are kept"},
		{"two sources agree within one", tallyOp(0, tally("V", "more than 200", "source=A"), tally("V", "215", "source=A"), tally("V", "230", "source=B")),
			figures{"victims": "215 to 230"}, "one source's 'more than 200' and '215' are one figure, 215; the other source says 230"},
		{"all at large", tallyOp(0, tally("S", "2", "status=AtLarge")),
			figures{"suspects": "2", "arrested": "0"},
			"two suspects, both at large: every suspect has a status and none was arrested"},
		{"some at large", tallyOp(0, tally("S", "5"), tally("S", "2", "status=AtLarge")),
			figures{"suspects": "5", "arrested": "at least 0"},
			"five suspects, two at large: nothing says how many of the other three were arrested"},
		{"two estimates either way", tallyOp(0, tally("V", "about 300"), tally("V", "about 200")),
			figures{"victims": "about 200 to 300"},
			"two estimates of one source for the same people: neither is taken over the other, both are kept as an estimated range"},
		{"two estimates the other way", tallyOp(0, tally("V", "about 200"), tally("V", "about 300")),
			figures{"victims": "about 200 to 300"},
			"the same two estimates in the other order give the same figure"},
		{"parts without total", tallyOp(0, tally("V", "109", "nat=TH"), tally("V", "50", "nat=PK")),
			figures{"victims": "159", "victims MY": "159:PK=50 TH=109"}, "a total given only as parts: their sum"},
		{"parts within the statuses", tallyOp(0, tally("V", "19", "status=Rescued"), tally("V", "at least 4", "nat=CN")),
			figures{"victims": "19"}, "the statuses count everyone, and the Chinese may be among the rescued"},
		{"parts past the statuses", tallyOp(0, tally("V", "11", "status=Rescued", "nat=TH"), tally("V", "11", "status=Rescued"),
			tally("V", "at least 1", "nat=CN"), tally("V", "at least 1", "nat=LA")),
			figures{"victims": "at least 13", "status": "=at least 2 Rescued=11"},
			"11 Thais rescued, and Chinese and Lao workers who were not: more than the statuses count"},
		{"arrested of a total", tallyOp(0, tally("S", "5"), tally("S", "3", "status=Arrested", "nat=US")),
			figures{"suspects": "5", "arrested": "at least 3", "suspects by nat": "=at most 2 US=at least 3"},
			"three Americans arrested of five suspects: the others' status is not known"},
		{"arrested with a breakdown", tallyOp(0, tally("S", "5", "status=Arrested"), tally("S", "3", "status=Arrested", "nat=US")),
			figures{"suspects": "5", "arrested": "5"}, "a partial breakdown of the arrested does not make their total vague"},
		{"a breakdown within the total", tallyOp(0, tally("V", "84", "status=Rescued"), tally("V", "more than 80", "gender=Feminine")),
			figures{"victims": "84"}, "more than 80 women of 84 rescued"},
		{"minors", tallyOp(0, tally("V", "24", "status=Intercepted"), tally("V", "24", "age=15-26"), tally("V", "at least 1", "age=0-17")),
			figures{"victims": "24", "minors": "at least 1", "minorityUnknown": "at most 23"},
			"24 aged 15 to 26: at least one minor, and for at most 23 it is not known"},
		{"minors by age", tallyOp(0, tally("V", "10"), tally("V", "3", "age=15"), tally("V", "2", "age=16"), tally("V", "5", "age=18-30")),
			figures{"minors": "5", "minorityUnknown": "0"}, "ages that do not overlap add up; the rest are adults"},
		{"records and tally", tallyOp(10, tally("V", "more than 200")),
			figures{"victims": "more than 200", "victims MY": "more than 200:=at least 191 TH=10", "status": "=at least 191 Rescued=10"},
			"the records give the breakdowns the tallies do not; the rest of the total is not recorded"},
		{"records only", tallyOp(3), figures{"victims": "3", "victims MY": "3:TH=3"}, "no tallies: the records"},
		{"suspects at large", tallyOp(0, tally("S", "8", "status=Arrested"), tally("S", "17", "status=AtLarge")),
			figures{"suspects": "25", "arrested": "8"}, "the statuses add up to everyone; only the arrested are arrested"},
		{"exploitation by parts", tallyOp(0, tally("V", "20"), tally("V", "12", "gender=Feminine", "expl=SexualExploitation"),
			tally("V", "8", "gender=Masculine", "expl=ForcedLabour")),
			figures{"exploitation": "ForcedLabour=8 SexualExploitation=12"}, "exploitation said of the parts of one breakdown adds up"},
		{"exploitation nested", tallyOp(0, tally("V", "20", "expl=ForcedLabour"), tally("V", "12", "gender=Feminine", "expl=ForcedLabour")),
			figures{"exploitation": "ForcedLabour=20"}, "a narrower tally saying the same is not counted twice"},
		{"exploitation of one key twice", tallyOp(0, tally("V", "215", "expl=ForcedLabour"), tally("V", "more than 200", "expl=ForcedLabour")),
			figures{"exploitation": "ForcedLabour=215"}, "two figures of one source for the same people are one figure, not a sum"},
		{"exploitation only a narrower tally states", tallyOp(0, tally("V", "20"), tally("V", "12", "gender=Feminine", "expl=ForcedLabour"),
			tally("V", "12", "gender=Feminine", "status=Rescued", "expl=SexualExploitation")),
			figures{"exploitation": "=8 ForcedLabour=12 SexualExploitation=12"},
			"a victim counts under each of their exploitations: the narrower tally's own is kept"},
		{"ages alone give the total", tallyOp(0, tally("V", "10", "age=0-17"), tally("V", "5", "age=18-30")),
			figures{"victims": "15", "minors": "10", "minorityUnknown": "0"}, "ten children and five adults are fifteen victims"},
		{"minors past the records", tallyOp(2, tally("V", "10", "age=0-17")),
			figures{"victims": "10", "minors": "10"}, "the figures' ten minors count more than the two records: never fewer victims than minors"},
		{"minors within a nationality", tallyOp(0, tally("V", "5", "nat=TH", "age=0-17")),
			figures{"victims": "5", "minors": "5"}, "five Thai children, and nothing else said: five victims, all minors"},
		{"minors within a nationality of more", tallyOp(0, tally("V", "9", "nat=TH"), tally("V", "5", "nat=TH", "age=0-17")),
			figures{"victims": "9", "minors": "at least 5"}, "the tally of Thais is the total; the other four Thais' ages are not said"},
		{"nested ages in a breakdown", tallyOp(0, tally("V", "5", "nat=TH", "age=0-17"), tally("V", "3", "nat=TH", "age=10-15")),
			figures{"victims MY": "5:TH=5"}, "three aged 10-15 are among the five minors, not three more"},
		{"overlapping ages in a breakdown", tallyOp(0, tally("V", "5", "nat=TH", "age=0-17"), tally("V", "3", "nat=TH", "age=15-20")),
			figures{"victims MY": "at least 5:=at least 0 TH=at least 5"}, "ages that overlap may count the same people: at least the most either says"},
		{"nested ages", tallyOp(0, tally("V", "12"), tally("V", "10", "age=0-17"), tally("V", "5", "age=13-15"), tally("V", "2", "age=18+")),
			figures{"minors": "10", "minorityUnknown": "0"}, "the five aged 13 to 15 are among the ten minors"},
		{"records beside a breakdown", func() *rescue.Operation {
			op := tallyOp(3, tally("V", "109", "nat=MY"))
			return op
		}(), figures{"victims MY": "at least 112:=at least 0 MY=109 TH=3", "status": "=at least 109 Rescued=3"},
			"three Thai records beside 109 Malaysians: the records are not among them, and the total is not less than both"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if err := tt.op.Validate(); err != nil {
				t.Fatalf("the operation does not validate: %v", err)
			}
			s := tt.op.Summary()
			got := figures{}
			for name := range tt.want {
				switch name {
				case "victims":
					got[name] = s.Victims.String()
				case "victims MY":
					got[name] = s.Victims.String() + ":" + rowsText(s.VictimsByNationalityRows())
				case "status":
					got[name] = rowsText(sortedRows(s.VictimsByStatus))
				case "exploitation":
					got[name] = rowsText(s.VictimsByExploitationRows())
				case "minors":
					got[name] = s.Minors.String()
				case "minorityUnknown":
					got[name] = s.MinorityUnknown.String()
				case "suspects":
					got[name] = s.Suspects.String()
				case "suspects by nat":
					got[name] = rowsText(s.SuspectsByNationalityRows())
				case "arrested":
					got[name] = s.Arrested.String()
				}
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("summary (-want +got):\n%s\nreason: %s", d, tt.reason)
			}
		})
	}
}

// rowsText writes rows as "KEY=count …" in the order of their keys' codes
// (the zero key, "", first).
func rowsText[K interface {
	comparable
	String() string
}](rows []rescue.CountRow[K]) string {
	var parts []string
	for _, r := range rows {
		parts = append(parts, r.Key.String()+"="+r.Count.String())
	}
	slicesSort(parts)
	return strings.Join(parts, " ")
}

func slicesSort(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func sortedRows[K interface {
	comparable
	String() string
}](m map[K]rescue.Count) []rescue.CountRow[K] {
	var rows []rescue.CountRow[K]
	for k, c := range m {
		rows = append(rows, rescue.CountRow[K]{Key: k, Count: c})
	}
	return rows
}

// TestSummaryTalliesMergeProperty: summaries of operations with tallies,
// records or both, added in any order or grouping, are the same.
func TestSummaryTalliesMergeProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 12).Draw(t, "ops")
		sums := make([]rescue.Summary, n)
		for i := range sums {
			op := sumTestOperation(rapidDraw(t), 6)
			counts := []string{"3", "more than 10", "at least 2", "fewer than 5", "at most 7", "about 30", "20 to 30", "about 4 to 6"}
			for range rapid.IntRange(0, 4).Draw(t, "tallies") {
				tl := tally("V", counts[rapid.IntRange(0, len(counts)-1).Draw(t, "count")])
				if rapid.Bool().Draw(t, "suspects") {
					tl.Of = rescue.OfSuspects
				}
				if rapid.Bool().Draw(t, "nat") {
					tl.Nationality = sumTestNationalities[rapid.IntRange(1, len(sumTestNationalities)-1).Draw(t, "tnat")]
				}
				op.Counts = append(op.Counts, tl)
			}
			sums[i] = op.Summary()
		}
		var inOrder rescue.Summary
		for _, s := range sums {
			inOrder.Add(s)
		}
		perm := rapid.Permutation(sums).Draw(t, "perm")
		if d := cmp.Diff(inOrder, sumTestTree(t, perm)); d != "" {
			t.Fatalf("summaries added in a random order and grouping differ (-in order +other):\n%s", d)
		}
	})
}

func TestSuppressTallies(t *testing.T) {
	t.Parallel()
	// "15 victims: 12 Thais and 3 Lao": the 3 is small, and so is what
	// subtracting 12 from 15 would give.
	op := tallyOp(0, tally("V", "15", "status=Rescued"), tally("V", "12", "nat=TH"), tally("V", "3", "nat=LA"))
	s := op.Summary().Suppress(5)
	th, la := s.VictimsByNationality[rescue.MustParseNationality("TH")], s.VictimsByNationality[rescue.MustParseNationality("LA")]
	if la.String() != "at most 4" || th.String() != "at least 5" || s.Victims.String() != "15" {
		t.Errorf("suppressed: victims %s, TH %s, LA %s; want 15, at least 5, at most 4: "+
			"a small figure from a tally is hidden as a small count of records is, and its complement with it", s.Victims, th, la)
	}
}

// BenchmarkSummaryTallies summarises operations of 1,000, 10,000 and
// 100,000 tallies: several sources, each with a total, nationalities,
// statuses and genders, and exploitation said of the totals. The time per
// tally should stay flat.
func BenchmarkSummaryTallies(b *testing.B) {
	nats := []string{"MY", "TW", "TH", "PH", "VN", "ID", "PK", "IN", "CN", "LA"}
	for _, n := range []int{1_000, 10_000, 100_000} {
		op := &rescue.Operation{ID: "OP"}
		for len(op.Counts) < n {
			src := fmt.Sprintf("https://example.org/%d", len(op.Counts))
			op.Sources = append(op.Sources, rescue.Source{URL: src})
			total := tally("V", "more than 200", "expl=ForcedCriminality")
			total.Source = src
			op.Counts = append(op.Counts, total)
			for i, nat := range nats {
				t := tally("V", fmt.Sprint(10+i), "nat="+nat)
				t.Source = src
				r := tally("V", fmt.Sprint(5+i), "nat="+nat, "status=Rescued")
				r.Source = src
				op.Counts = append(op.Counts, t, r)
			}
			s := tally("S", "about 20", "status=Arrested")
			s.Source = src
			op.Counts = append(op.Counts, s)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				op.Summary()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(op.Counts)), "ns/tally")
		})
	}
}
