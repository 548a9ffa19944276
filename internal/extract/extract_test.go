package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	for _, tc := range []struct {
		text   string
		want   []string
		reason string
	}{
		{"US$10,000 (S$13,700)", []string{"US", "$", "10,000", "(", "S", "$", "13,700", ")"}, "a sign splits from its number; grouped digits are one token"},
		{"Rp12.5 million", []string{"Rp", "12.5", "million"}, "letters glued to digits split"},
		{"a 13-year-old girl", []string{"a", "13-year-old", "girl"}, "digits joined to a word by a hyphen make a word"},
		{"COVID-19: Six", []string{"COVID-19", ":", "Six"}, "a word keeps the digits after its hyphen"},
		{"the U.S. Embassy", []string{"the", "U.S.", "Embassy"}, "an abbreviation with dots is one word"},
		{"May 23rd, 3k", []string{"May", "23rd", ",", "3k"}, "an ordinal and a scale letter stay with their digits"},
		{"2Twenty-eight", []string{"2", "Twenty-eight"}, "digits glued to a word split from it"},
		{"£1.2m-worth of", []string{"£", "1.2m", "-", "worth", "of"}, "a scale letter before a hyphen and a word stays with its digits"},
		{"₦5bn-a-year", []string{"₦", "5bn", "-", "a-year"}, "so does bn"},
		{"3D-printed 21st-century", []string{"3", "D-printed", "21", "st-century"}, "other letters before a hyphen do not"},
		{"country's víctimas", []string{"country's", "víctimas"}, "apostrophes and accented letters stay inside words"},
	} {
		var got []string
		for _, tok := range tokenize(tc.text) {
			got = append(got, tc.text[tok.s:tok.e])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("tokenize(%q) = %q, want %q (%s)", tc.text, got, tc.want, tc.reason)
		}
	}
}

func TestSentences(t *testing.T) {
	lex := testLexicon()
	for _, tc := range []struct {
		text   string
		want   []string // the first word of each sentence
		reason string
	}{
		{"Police rescued 12. The raid ended.", []string{"Police", "The"}, "a period before a capital ends a sentence"},
		{"Gen. Malaver said it.", []string{"Gen"}, "an abbreviation does not end one"},
		{"Kodam F. Sidabutar said it.", []string{"Kodam"}, "nor does an initial"},
		{"Cambodia Rescues 215\nThe operation", []string{"Cambodia", "The"}, "a headline ends at its line"},
		{"freed 48\nchild slaves", []string{"freed"}, "a wrapped line runs on when the next starts in lower case"},
		{"from Mali, Guinea and\nBurkina Faso", []string{"from"}, "and when the line ends in a joining word"},
		{"He said: \"It ended.\" Then", []string{"He", "Then"}, "a closing quote stays with its sentence"},
	} {
		d := newDoc(tc.text, lex, Parsers{})
		var got []string
		for s := range d.sentStart {
			got = append(got, d.raw(int(d.sentStart[s])))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("sentences of %q start at %q, want %q (%s)", tc.text, got, tc.want, tc.reason)
		}
	}
}

func TestResolveRelative(t *testing.T) {
	mon := YMD{2023, 10, 9} // a Monday
	for _, tc := range []struct {
		rel        Relative
		start, end YMD
		reason     string
	}{
		{Relative{Kind: RelWeekend}, YMD{2023, 10, 7}, YMD{2023, 10, 8}, "the weekend before a Monday"},
		{Relative{Kind: RelLastWeek}, YMD{2023, 10, 2}, YMD{2023, 10, 8}, "last week runs Monday to Sunday"},
		{Relative{Kind: RelThisWeek}, YMD{2023, 10, 9}, YMD{2023, 10, 9}, "this week, on its Monday, is that day"},
		{Relative{Kind: RelLastMonth}, YMD{2023, 9, 0}, YMD{2023, 9, 0}, "last month is a month, not a day"},
		{Relative{Kind: RelYesterday}, YMD{2023, 10, 8}, YMD{2023, 10, 8}, "yesterday"},
		{Relative{Kind: RelPastDays, Days: 14}, YMD{2023, 9, 25}, YMD{2023, 10, 9}, "the last two weeks"},
		{Relative{Kind: RelDaysAgo, Days: 3}, YMD{2023, 10, 6}, YMD{2023, 10, 6}, "three days ago is a day"},
		{Relative{Kind: RelWeeksAgo, Days: 2}, YMD{2023, 9, 25}, YMD{2023, 10, 1}, "two weeks ago is the week that holds the day 14 days back"},
		{Relative{Kind: RelMonthsAgo, Days: 10}, YMD{2022, 12, 0}, YMD{2022, 12, 0}, "ten months ago, across a year, is a month"},
	} {
		s, e := resolveRelative(tc.rel, mon)
		if s != tc.start || e != tc.end {
			t.Errorf("%+v from %v = %v/%v, want %v/%v (%s)", tc.rel, mon, s, e, tc.start, tc.end, tc.reason)
		}
	}
	// A Sunday's weekend is the one ending that day.
	if s, e := resolveRelative(Relative{Kind: RelWeekend}, YMD{2023, 10, 8}); s != (YMD{2023, 10, 7}) || e != (YMD{2023, 10, 8}) {
		t.Errorf("weekend from a Sunday = %v/%v", s, e)
	}
	// January's last month is December of the year before.
	if s, _ := resolveRelative(Relative{Kind: RelLastMonth}, YMD{2024, 1, 15}); s != (YMD{2023, 12, 0}) {
		t.Errorf("last month from January = %v", s)
	}
}

// testLexicon is a lexicon of a few words of a language other than
// English, written for these tests, with the few English joining words
// the sentence test needs: the engine reads it with no change to its
// logic.
func testLexicon() *Lexicon {
	return (&Lexicon{
		Words: Build(map[Class]string{
			NumberWord:  "doce cinco",
			PersonNoun:  "mujeres personas víctimas",
			Plural:      "mujeres personas víctimas",
			FemaleNoun:  "mujeres",
			VictimNoun:  "víctimas",
			VictimVerb:  "rescató rescataron liberó",
			SuspectVerb: "detuvo detuvieron",
			Stop:        "en de y and of the",
			// "rescató a cinco personas": Spanish marks a person object
			// with "a", which the engine skips like an adverb.
			Adverb:     "a",
			Article:    "una un",
			Determiner: "la el las los",
		}),
		Phrases:       BuildPhrases(map[Class]string{Hedge: "más de"}),
		ListAnd:       map[string]bool{"y": true},
		Abbreviations: Set("gen"),
	}).Prepare()
}

// TestAnotherLanguage reads a sentence in Spanish with a lexicon of a few
// Spanish words: another language is a lexicon, not new logic.
func TestAnotherLanguage(t *testing.T) {
	text := "La policía rescató a más de 12 mujeres y detuvo a cinco personas."
	r := Run(text, testLexicon(), Parsers{}, YMD{})
	var got []string
	for _, g := range r.Groups {
		for _, fi := range g.Figures {
			f := r.Figures[fi]
			got = append(got, g.Role.String()+": "+text[f.Phrase.Start:f.Phrase.End])
		}
	}
	want := []string{"victims: más de 12 mujeres", "suspects: cinco personas"}
	if !slices.Equal(got, want) {
		t.Errorf("figures = %q, want %q", got, want)
	}
}

// TestBoundedLoops checks the bounds that keep the engine linear: a
// number run, a list of names, and the groups a sentence may hold.
func TestBoundedLoops(t *testing.T) {
	lex := testLexicon()
	d := newDoc(strings.Repeat("doce ", 100), lex, Parsers{})
	if e := d.numberRun(0, false); e >= maxRun+1 {
		t.Errorf("numberRun of 100 number words ends at token %d; want at most %d", e, maxRun)
	}
	d = newDoc("de "+strings.Repeat("Peru, ", 1000), lex, Parsers{})
	if names, _, _ := d.nameList(1); len(names) > maxNames {
		t.Errorf("nameList read %d names; want at most %d", len(names), maxNames)
	}
	r := Run(strings.Repeat("rescató 5 mujeres, ", 3*MaxGroups), lex, Parsers{}, YMD{})
	if len(r.Groups) > MaxGroups || !slices.Contains(r.Truncated, "figures") {
		t.Errorf("%d groups, truncated %q; want at most %d and \"figures\"", len(r.Groups), r.Truncated, MaxGroups)
	}
}
