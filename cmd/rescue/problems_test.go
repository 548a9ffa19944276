package main

import (
	"strings"
	"testing"
)

// TestCheckValueMessages: a value its type refuses is reported at its
// path as the library writes it inside a path, without the name of the
// function that refused it ("Country.UnmarshalText").
func TestCheckValueMessages(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want, reason string
	}{
		{"place country", `{"id":"X","places":[{"country":"XX"}]}`,
			`stdin: places[0].country: "XX": not a country code: unknown country`, "the review's case: a country code in a place"},
		{"nationality", `{"id":"X","victims":[{"id":"V1","nationality":"Narnia"}]}`,
			`stdin: victims[0].nationality: "Narnia": not a nationality code: unknown country`, "a nationality"},
		{"vocabulary", `{"id":"X","evidence":[{"id":"E1","kind":"Phone"}]}`,
			`stdin: evidence[0].kind: "Phone": not an EvidenceKind code (did you mean "MobilePhone"?): invalid`, "a code, with its suggestion"},
		{"amount", `{"id":"X","evidence":[{"id":"E1","kind":"Cash","cash":"10 dollars"}]}`,
			`stdin: evidence[0].cash: "10 dollars": not a reported amount in canonical form: invalid syntax`, "an amount"},
		{"period", `{"id":"X","when":"15/09/2023"}`,
			`stdin: when: "15/09/2023": write YYYY-MM-DD (did you mean "2023-09-15"?): invalid syntax`, "a date in numbers, with the ISO form"},
		{"count", `{"id":"X","counts":[{"of":"Victims","count":"dozens"}]}`,
			`stdin: counts[0].count: "dozens": not a count in canonical form (did you mean "at least 12"?): invalid syntax`, "a count in words"},
		{"validation", `{"id":"X","victims":[{"id":"V1"},{"id":"V1"}]}`,
			`stdin: victims[1].id: "V1": duplicate ID`, "a problem Validate finds, at its path"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			code, _, stderr := runCLI([]string{"check", "-"}, tc.in)
			if code != exitProblem || strings.TrimSuffix(stderr, "\n") != tc.want {
				t.Errorf("rescue check: exit %d, stderr\n%s\nwant\n%s\n(%s)", code, stderr, tc.want, tc.reason)
			}
			for _, fn := range []string{"UnmarshalText", "UnmarshalJSON", "Parse", "DecodeOperation"} {
				if strings.Contains(stderr, fn) {
					t.Errorf("stderr names %s: %s (%s)", fn, stderr, tc.reason)
				}
			}
		})
	}
}
