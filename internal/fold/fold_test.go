package fold

import (
	"strings"
	"testing"
)

func TestRune(t *testing.T) {
	t.Parallel()
	for r := rune(0xC0); r <= 0x17F; r++ {
		got := Rune(r)
		if r == '×' || r == '÷' {
			if got != "" {
				t.Errorf("Rune(%q) = %q; want none", r, got)
			}
			continue
		}
		if got == "" || strings.Trim(got, "abcdefghijklmnopqrstuvwxyz") != "" {
			t.Errorf("Rune(%q) = %q; want ASCII letters", r, got)
		}
	}
	for in, want := range map[string]string{
		"ß": "ss", "Æ": "ae", "œ": "oe", "Ø": "o", "Ł": "l", "ı": "i", "Ş": "s", "ș": "s", "ț": "t",
		"ệ": "e", "ơ": "o", "ư": "u", "Đ": "d", "Þ": "th", "Ÿ": "y", "ÿ": "y",
	} {
		r := []rune(in)[0]
		if got := Rune(r); got != want {
			t.Errorf("Rune(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, want string
		res      Result
		reason   string
	}{
		{"Côte d’Ivoire", "cote divoire", Folded, "accents and curly apostrophes go"},
		{"  The  Gambia ", "gambia", Folded, "a leading the goes, spaces collapse"},
		{"Gambia, The", "gambia", Folded, "a trailing the goes"},
		{"U.S.A.", "usa", Folded, "dots go"},
		{"St. Kitts & Nevis", "saint kitts and nevis", Folded, "St and & are spelt out"},
		{"Congo, Dem. Rep.", "congo democratic republic", Folded, "Dem and Rep are spelt out"},
		{"Guinea-Bissau", "guinea bissau", Folded, "hyphens are spaces"},
		{"Korea (Republic of)", "korea republic of", Folded, "parentheses are spaces"},
		{"Re\u0301union", "reunion", Folded, "combining accents go"},
		{"stand", "stand", Folded, "only a whole word st is Saint"},
		{"Saint Vincent and the Grenadines", "saint vincent and grenadines", Folded, "the goes wherever it stands"},
		{"Theodore the", "theodore", Folded, "only the word the"},
		{"The", "", Folded, "nothing but the"},
		{"Ma\x00laysia", "", Control, "NUL is corrupt input, not a space"},
		{"Mal\x7Faysia", "", Control, "so is DEL"},
		{"Malay\tsia", "malay sia", Folded, "a tab is white space"},
		{"Россия", "", NoKey, "no key holds Cyrillic"},
		{"Malaysia ☺", "", NoKey, "nor a symbol"},
	}
	for _, tc := range tests {
		var buf [256]byte
		got, res := Name(buf[:], tc.in)
		if res != tc.res || string(got) != tc.want {
			t.Errorf("Name(%q) = %q, %v; want %q, %v (%s)", tc.in, got, res, tc.want, tc.res, tc.reason)
		}
	}
}

// TestNameGrowth checks that Growth bytes a byte hold any key, and that a
// key too long for the buffer is refused rather than cut.
func TestNameGrowth(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		strings.Repeat("&", 64), strings.Repeat("& ", 32), strings.Repeat("st ", 21),
		strings.Repeat(" rep", 16), strings.Repeat("ß", 32), strings.Repeat("a b ", 16),
	} {
		buf := make([]byte, Growth*len(s))
		if _, res := Name(buf, s); res != Folded {
			t.Errorf("Name(%q) with %d bytes: %v; want Folded", s, len(buf), res)
		}
		if _, res := Name(buf[:len(s)/2], s); res != NoKey {
			t.Errorf("Name(%q) with %d bytes: %v; want NoKey", s, len(s)/2, res)
		}
	}
}

// TestNameIdempotent checks that a key folds to itself, so the keys a
// generator writes are found again by the parser.
func TestNameIdempotent(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Côte d’Ivoire", "St. Kitts & Nevis", "Congo, Dem. Rep.", "The Gambia", "Þingvellir"} {
		var b1, b2 [256]byte
		k1, _ := Name(b1[:], s)
		k2, res := Name(b2[:], string(k1))
		if res != Folded || string(k2) != string(k1) {
			t.Errorf("Name(%q) = %q, but that folds to %q, %v", s, k1, k2, res)
		}
	}
}

func TestNameAllocs(t *testing.T) {
	var buf [256]byte
	if n := testing.AllocsPerRun(100, func() { _, _ = Name(buf[:], "Côte d’Ivoire & St. Helena") }); n != 0 {
		t.Errorf("Name: %v allocations; want 0", n)
	}
}

func TestCompact(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want, reason string }{
		{"ascii", "Withholds Documents", "withholdsdocuments", "lower case, no spaces"},
		{"punctuation", "a-b_c/d'e.f,g;h:i(j)k", "abcdefghijk", "ignored punctuation"},
		{"nbsp", "a\u00a0b", "ab", "no-break space"},
		{"quotes and dash", "a\u2018b\u2019c\u2013d", "abcd", "typographic quotes, en dash"},
		{"other unicode", "é\u2014", "é\u2014", "other bytes are kept"},
		{"truncated utf-8", "a\xc2", "a\xc2", "a lone lead byte is kept"},
		{"truncated quote", "a\xe2\x80", "a\xe2\x80", "a cut-off quote is kept"},
	}
	for _, tc := range tests {
		if got := string(Compact(nil, tc.in)); got != tc.want {
			t.Errorf("%s: Compact(%q) = %q; want %q (%s)", tc.name, tc.in, got, tc.want, tc.reason)
		}
	}
}

func FuzzName(f *testing.F) {
	for _, s := range []string{"Côte d’Ivoire", "St. Kitts & Nevis", "U.S.A.", "&&&", "Re\u0301union"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		buf := make([]byte, Growth*len(s)+1)
		k, res := Name(buf, s)
		if res != Folded {
			return
		}
		for _, c := range k {
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == ' ') {
				t.Fatalf("Name(%q) = %q: byte %q not in a key", s, k, c)
			}
		}
		if len(k) > 0 && (k[0] == ' ' || k[len(k)-1] == ' ') {
			t.Fatalf("Name(%q) = %q: space at an end", s, k)
		}
	})
}
