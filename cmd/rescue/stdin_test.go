package main

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// stuckStdin gives text, then empty reads (no bytes, no error) for ever.
// Past a million reads it fails, so that a command that loops on it fails
// its test instead of hanging.
type stuckStdin struct {
	text  string
	calls int
}

func (r *stuckStdin) Read(p []byte) (int, error) {
	if r.calls++; r.calls > 1_000_000 {
		return 0, errors.New("read a million times")
	}
	n := copy(p, r.text)
	r.text = r.text[n:]
	return n, nil
}

// TestStuckStdin checks that every command that reads standard input
// gives up on one that gives nothing for ever, saying so.
func TestStuckStdin(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args   []string
		text   string
		reason string
	}{
		{[]string{"extract"}, "Police rescued 44 ", "extract reads the whole report before reading it"},
		{[]string{"check", "-"}, `{"id": "X", `, "check decodes an operation"},
		{[]string{"read-htcds", "-id", "O1", "-"}, "id,role\nV1,", "read-htcds reads HTCDS CSV"},
	} {
		var stdout, stderr bytes.Buffer
		r := &stuckStdin{text: tc.text}
		code := run(tc.args, r, &stdout, &stderr)
		if code != exitProblem || !strings.Contains(stderr.String(), io.ErrNoProgress.Error()) {
			t.Errorf("%v on a stuck stdin: exit %d after %d reads, stderr %q; want exit %d and %q (%s)",
				tc.args, code, r.calls, stderr.String(), exitProblem, io.ErrNoProgress, tc.reason)
		}
	}
}
