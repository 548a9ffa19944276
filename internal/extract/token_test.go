package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTokenizeSize checks that tokenize reads the same tokens, into a
// slice of their exact number or of its first guess, whether the text
// fits the guess of a token every five bytes or is denser and makes it
// count the rest.
func TestTokenizeSize(t *testing.T) {
	cases := []struct{ text, reason string }{
		{"", "no token"},
		{"Police rescued 12 women.", "sparser than the guess"},
		{strings.Repeat("$", 200), "one token per byte: the rest is counted"},
		{strings.Repeat("a ", 200), "a token every two bytes"},
		{strings.Repeat("Rescued 5 women. ", 40) + strings.Repeat(",", 300), "dense only at the end"},
		{strings.Repeat(",", 300) + strings.Repeat("Rescued 5 women. ", 40), "dense only at the start"},
	}
	for _, tc := range cases {
		var want []token
		for i := 0; ; {
			var tok token
			if tok, i = nextToken(tc.text, i); i < 0 {
				break
			}
			want = append(want, tok)
		}
		got := tokenize(tc.text)
		if !slices.Equal(got, want) {
			t.Errorf("tokenize(%.20q…): %d tokens differ from nextToken's %d (%s)", tc.text, len(got), len(want), tc.reason)
		}
		if c := cap(got); c != len(want) && c != len(tc.text)/5+16 {
			t.Errorf("tokenize(%.20q…): capacity %d for %d tokens (%s)", tc.text, c, len(want), tc.reason)
		}
	}
}
