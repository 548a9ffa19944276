package rescue

import (
	"errors"
	"strings"
	"testing"
)

func TestQualifierString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		q      Qualifier
		want   string
		valid  bool
		reason string
	}{
		{Exact, "", true, "Exact, the zero value, has an empty text form"},
		{AtLeast, "at-least", true, "one token, for CSV cells and enum columns"},
		{MoreThan, "more-than", true, "one token"},
		{AtMost, "at-most", true, "one token"},
		{LessThan, "less-than", true, "one token"},
		{About, "about", true, "one token"},
		{6, "%!Qualifier(6)", false, "out of range prints like time.Month"},
		{255, "%!Qualifier(255)", false, "out of range prints like time.Month"},
	}
	for _, tc := range tests {
		if got := tc.q.String(); got != tc.want {
			t.Errorf("Qualifier(%d).String() = %q; want %q (%s)", uint8(tc.q), got, tc.want, tc.reason)
		}
		if got := tc.q.IsValid(); got != tc.valid {
			t.Errorf("Qualifier(%d).IsValid() = %v; want %v (%s)", uint8(tc.q), got, tc.valid, tc.reason)
		}
		b, err := tc.q.MarshalText()
		if tc.valid && (err != nil || string(b) != tc.want) || !tc.valid && !errors.Is(err, ErrInvalid) {
			t.Errorf("Qualifier(%d).MarshalText() = %q, %v (%s)", uint8(tc.q), b, err, tc.reason)
		}
		v, err := tc.q.Value()
		if tc.valid && (err != nil || v != tc.want) || !tc.valid && !errors.Is(err, ErrInvalid) {
			t.Errorf("Qualifier(%d).Value() = %v, %v (%s)", uint8(tc.q), v, err, tc.reason)
		}
		if tc.q.IsZero() != (tc.q == Exact) {
			t.Errorf("Qualifier(%d).IsZero() = %v", uint8(tc.q), tc.q.IsZero())
		}
	}
}

func TestQualifierWords(t *testing.T) {
	t.Parallel()
	tests := []struct {
		q             Qualifier
		count, amount string
	}{
		{Exact, "", ""},
		{AtLeast, "at least", "at least"},
		{MoreThan, "more than", "more than"},
		{AtMost, "at most", "up to"},
		{LessThan, "fewer than", "less than"},
		{About, "about", "about"},
		{9, "", ""},
	}
	for _, tc := range tests {
		if got := tc.q.words(false); got != tc.count {
			t.Errorf("%v.words(false) = %q; want %q", tc.q, got, tc.count)
		}
		if got := tc.q.words(true); got != tc.amount {
			t.Errorf("%v.words(true) = %q; want %q", tc.q, got, tc.amount)
		}
		// The words read back as the qualifier.
		for _, w := range []string{tc.count, tc.amount} {
			if q, err := ParseQualifier(w); tc.q.IsValid() && (err != nil || q != tc.q) {
				t.Errorf("ParseQualifier(%q) = %v, %v; want %v", w, q, err, tc.q)
			}
		}
	}
}

// TestParseQualifierEveryWord parses every hedge word of the table, alone,
// in upper case and with spaces around.
func TestParseQualifierEveryWord(t *testing.T) {
	t.Parallel()
	for _, w := range qualifierWords {
		for _, s := range []string{w.word, strings.ToUpper(w.word), " " + w.word + "\t"} {
			q, err := ParseQualifier(s)
			if err != nil || q != w.q {
				t.Errorf("ParseQualifier(%q) = %v, %v; want %v", s, q, err, w.q)
			}
		}
	}
}

func TestParseQualifier(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		want     Qualifier
		err      error
		reason   string
	}{
		{"empty", "", Exact, nil, "empty text is Exact, the zero value"},
		{"spaces", "  ", Exact, nil, "only spaces is Exact"},
		{"text at-least", "at-least", AtLeast, nil, "the text form"},
		{"text at-most", "AT-MOST", AtMost, nil, "the text form in any case"},
		{"text about", "About", About, nil, "the text form in any case"},
		{"exact", "exact", Exact, nil, "the word exact"},
		{"exactly", "Exactly", Exact, nil, "the word exactly"},
		{"text more-than", "more-than", MoreThan, nil, "the text form"},
		{"text less-than", "Less-Than", LessThan, nil, "the text form in any case"},
		{"two hedges", "reportedly more than", MoreThan, nil, "an exact word and a bound give the bound"},
		{"two lower", "more than at least", AtLeast, nil, "two lower bounds on one figure give the weaker"},
		{"two upper", "nearly up to", AtMost, nil, "two upper bounds on one figure give the weaker"},
		{"more than", "More than", MoreThan, nil, "contract: more than is strict"},
		{"over", "over", MoreThan, nil, "contract: over is strict"},
		{"exceeding", "exceeding", MoreThan, nil, "contract: exceeding is strict"},
		{"at least", "no fewer than", AtLeast, nil, "contract: no fewer than is inclusive"},
		{"a minimum of", "a minimum of", AtLeast, nil, "contract: a minimum of is inclusive"},
		{"fewer than", "fewer than", LessThan, nil, "contract: fewer than is strict"},
		{"nearly", "nearly", LessThan, nil, "contract: nearly is strict"},
		{"almost", "almost", LessThan, nil, "contract: almost is strict"},
		{"up to", "up to", AtMost, nil, "contract: up to is inclusive"},
		{"as many as", "as many as", AtMost, nil, "contract: as many as is inclusive"},
		{"lebih dari", "lebih dari", MoreThan, nil, "Indonesian: more than"},
		{"hingga", "hingga", AtMost, nil, "Indonesian: up to"},
		{"sekitar", "sekitar", About, nil, "Indonesian: about"},
		{"mahigit", "mahigit", MoreThan, nil, "Tagalog: more than"},
		{"halos", "halos", LessThan, nil, "Tagalog: almost"},
		{"two bounds", "an estimated more than", About, nil, "an estimate of a bound is an estimate"},
		{"two opposite", "more than up to", Exact, ErrSyntax, "a lower and an upper bound on one figure contradict each other: refused, not read as an estimate"},
		{"number", "at least 5", Exact, ErrSyntax, "a qualifier has no number"},
		{"unknown", "perhaps", Exact, ErrSyntax, "not a hedge word"},
		{"prefix of word", "overall", Exact, ErrSyntax, "overall is not over"},
		{"underscore", "at_least", Exact, ErrSyntax, "only the hyphenated text form"},
		{"exact text", "exact-ish", Exact, ErrSyntax, "no near misses"},
		{"too long", strings.Repeat("about ", 11), Exact, ErrRange, "longer than 64 bytes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, err := ParseQualifier(tc.in)
			if got != tc.want || (tc.err == nil) != (err == nil) || tc.err != nil && !errors.Is(err, tc.err) {
				t.Errorf("ParseQualifier(%q) = %v, %v; want %v, %v (%s)", tc.in, got, err, tc.want, tc.err, tc.reason)
			}
			var pe *ParseError
			if err != nil && (!errors.As(err, &pe) || pe.Func != "ParseQualifier") {
				t.Errorf("ParseQualifier(%q) error %v is not a ParseError", tc.in, err)
			}
		})
	}
}

func TestQualifierUnmarshalScan(t *testing.T) {
	t.Parallel()
	var q Qualifier
	if err := q.UnmarshalText([]byte("LESS-THAN")); err != nil || q != LessThan {
		t.Errorf("UnmarshalText(LESS-THAN) = %v, %v; the text form in any case", q, err)
	}
	err := q.UnmarshalText([]byte("nearly"))
	if !errors.Is(err, ErrSyntax) || q != LessThan || !strings.Contains(err.Error(), `did you mean "less-than"?`) {
		t.Errorf("UnmarshalText(nearly) = %v, %v; want ErrSyntax suggesting the text form: strict", q, err)
	}
	if err := q.UnmarshalText([]byte("perhaps")); err == nil || q != LessThan || strings.Contains(err.Error(), "did you mean") {
		t.Errorf("UnmarshalText(bad) = %v, %v; want an error, no suggestion, and q unchanged", q, err)
	}
	if err := q.UnmarshalText(nil); err != nil || q != Exact {
		t.Errorf("UnmarshalText(nil) = %v, %v; want Exact", q, err)
	}
	for _, tc := range []struct {
		src  any
		want Qualifier
		ok   bool
	}{
		{"about", About, true}, {[]byte("at-least"), AtLeast, true}, {"more-than", MoreThan, true}, {nil, Exact, true},
		{int64(1), AtMost, false}, {"bad", AtMost, false}, {"over", AtMost, false},
	} {
		q := AtMost
		err := q.Scan(tc.src)
		if (err == nil) != tc.ok || q != tc.want {
			t.Errorf("Scan(%#v) = %v, %v; want %v, ok %v", tc.src, q, err, tc.want, tc.ok)
		}
		if !tc.ok && !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrSyntax) {
			t.Errorf("Scan(%#v) error %v wraps no sentinel", tc.src, err)
		}
	}
}

func TestCutQualifier(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		q        Qualifier
		rest     string
		ok       bool
		reason   string
	}{
		{"none", "44 people", Exact, "44 people", false, "no hedge"},
		{"empty", "", Exact, "", false, "nothing to cut"},
		{"over", "over 400", MoreThan, "400", true, "over is a strict lower bound"},
		{"overall", "overall 400", Exact, "overall 400", false, "overall is not over: words end at a boundary"},
		{"overseas", "overseas workers", Exact, "overseas workers", false, "overseas is not over"},
		{"someone", "someone", Exact, "someone", false, "someone is not some"},
		{"about-face", "abouts 5", Exact, "abouts 5", false, "abouts is not about"},
		{"undercover", "undercover agents", Exact, "undercover agents", false, "undercover is not under"},
		{"more than", "More than 200 foreigners", MoreThan, "200 foreigners", true, "longest match: more than"},
		{"more", "more 200", Exact, "more 200", false, "more alone is no hedge"},
		{"just over", "just over 100", MoreThan, "100", true, "just over before over"},
		{"just under", "just under 100", LessThan, "100", true, "just under before under"},
		{"up to", "up to 3,000", AtMost, "3,000", true, "up to"},
		{"upwards", "upwards of 500", MoreThan, "500", true, "upwards of is not up to"},
		{"nearly", "Nearly 50", LessThan, "50", true, "nearly is a strict upper bound"},
		{"tilde", "~200", About, "200", true, "a tilde needs no space after it"},
		{"circa dot", "c. 1990", About, "1990", true, "c. ends in punctuation"},
		{"ca dot", "ca.200", About, "200", true, "ca. ends in punctuation"},
		{"approx dot", "approx. 30", About, "30", true, "approx. before approx"},
		{"approx", "approx 30", About, "30", true, "approx without the point"},
		{"approximate", "approximate 30", About, "30", true, "approximate is not approx"},
		{"an estimated", "An estimated 1,500 people", About, "1,500 people", true, "an estimated"},
		{"some", "some 300", About, "300", true, "some is an estimate"},
		{"currency", "over$500", MoreThan, "$500", true, "a currency sign is a boundary"},
		{"hyphen", "over-50s", MoreThan, "-50s", true, "a hyphen is a boundary"},
		{"nbsp", "about\u00a0200", About, "200", true, "a no-break space after the word"},
		{"thin space", "about\u2009200", About, "200", true, "a thin space after the word is trimmed"},
		{"two words", "reportedly more than 40", MoreThan, "40", true, "several hedges combine"},
		{"estimate of bound", "an estimated more than 40", About, "40", true, "an estimate of a bound is an estimate"},
		{"only hedge", "at least", AtLeast, "", true, "the rest may be empty"},
		{"exact word", "a total of 67", Exact, "67", true, "a total of is a hedge word meaning Exact"},
		{"case", "AT LEAST 5", AtLeast, "5", true, "any case"},
	}
	for _, tc := range tests {
		q, rest, ok := cutQualifier(tc.in)
		if q != tc.q || rest != tc.rest || ok != tc.ok {
			t.Errorf("cutQualifier(%q) = %v, %q, %v; want %v, %q, %v (%s)", tc.in, q, rest, ok, tc.q, tc.rest, tc.ok, tc.reason)
		}
	}
}

func TestCutQualifierSuffix(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		q        Qualifier
		rest     string
		ok       bool
		reason   string
	}{
		{"none", "200", Exact, "200", false, "no hedge"},
		{"empty", "", Exact, "", false, "nothing to cut"},
		{"plus sign", "200+", AtLeast, "200", true, "a plus sign needs no boundary"},
		{"plus sign spaced", "200 + ", AtLeast, "200", true, "spaces around"},
		{"or more", "200 or more", AtLeast, "200", true, "or more: the figure or more"},
		{"and over", "18 and over", AtLeast, "18", true, "and over"},
		{"and above", "18 and above", AtLeast, "18", true, "and above"},
		{"plus", "100-plus", AtLeast, "100", true, "-plus: the hyphen is trimmed"},
		{"surplus", "surplus", Exact, "surplus", false, "surplus is not plus"},
		{"or so", "50 or so", About, "50", true, "or so"},
		{"odd", "50-odd", About, "50", true, "-odd"},
		{"odd spaced", "50 odd", About, "50", true, "odd after a space"},
		{"glued odd", "50odd", Exact, "50odd", false, "odd needs a boundary"},
		{"approx", "30 approx.", About, "30", true, "approx. after the number"},
		{"or less", "10 or less", AtMost, "10", true, "or less"},
		{"or fewer", "10 OR FEWER", AtMost, "10", true, "any case"},
		{"only word", "or more", AtLeast, "", true, "the head may be empty"},
	}
	for _, tc := range tests {
		q, rest, ok := cutQualifierSuffix(tc.in)
		if q != tc.q || rest != tc.rest || ok != tc.ok {
			t.Errorf("cutQualifierSuffix(%q) = %v, %q, %v; want %v, %q, %v (%s)", tc.in, q, rest, ok, tc.q, tc.rest, tc.ok, tc.reason)
		}
	}
}

// TestCombineQualifier checks that combining two hedges written on one
// figure is commutative, associative and idempotent with Exact as
// identity, that two bounds on one side give the weaker, and that bounds
// on both sides or an estimate give an estimate.
func TestCombineQualifier(t *testing.T) {
	t.Parallel()
	qs := []Qualifier{Exact, AtLeast, MoreThan, AtMost, LessThan, About}
	for _, a := range qs {
		if combineQualifier(a, a) != a || combineQualifier(Exact, a) != a || combineQualifier(About, a) != About {
			t.Errorf("combineQualifier: %v is not idempotent, or Exact is not the identity, or About does not absorb", a)
		}
		for _, b := range qs {
			if combineQualifier(a, b) != combineQualifier(b, a) {
				t.Errorf("combineQualifier(%v, %v) is not commutative", a, b)
			}
			for _, c := range qs {
				if combineQualifier(combineQualifier(a, b), c) != combineQualifier(a, combineQualifier(b, c)) {
					t.Errorf("combineQualifier is not associative on %v, %v, %v", a, b, c)
				}
			}
		}
	}
	for _, tc := range []struct {
		a, b, want Qualifier
		reason     string
	}{
		{AtLeast, AtMost, About, "a lower and an upper bound give an estimate"},
		{MoreThan, AtLeast, AtLeast, "two lower bounds give the weaker, inclusive one"},
		{LessThan, AtMost, AtMost, "two upper bounds give the weaker, inclusive one"},
		{MoreThan, LessThan, About, "opposite strict bounds give an estimate"},
	} {
		if got := combineQualifier(tc.a, tc.b); got != tc.want {
			t.Errorf("combineQualifier(%v, %v) = %v; want %v (%s)", tc.a, tc.b, got, tc.want, tc.reason)
		}
	}
}

func FuzzParseQualifier(f *testing.F) {
	for _, w := range qualifierWords {
		f.Add(w.word)
	}
	for _, s := range []string{"", "at-least", "more-than", "at-most", "less-than", "about", "exact", "overall", "more than up to", "at least 5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQualifier(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) {
				t.Fatalf("ParseQualifier(%q): %v wraps no sentinel", s, err)
			}
			return
		}
		if !q.IsValid() {
			t.Fatalf("ParseQualifier(%q) = invalid %d", s, q)
		}
		back, err := ParseQualifier(q.String())
		if err != nil || back != q {
			t.Fatalf("ParseQualifier(%q) = %v; ParseQualifier(%q) = %v, %v", s, q, q.String(), back, err)
		}
		for _, amount := range []bool{false, true} {
			if w := q.words(amount); w != "" {
				if back, err := ParseQualifier(w); err != nil || back != q {
					t.Fatalf("ParseQualifier(%q) = %v, %v; want %v", w, back, err, q)
				}
			}
		}
	})
}
