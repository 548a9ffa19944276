package htcdsxlsx

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/antitrafficking/rescue"
)

// stutter gives text, then ends as end says: with empty reads (no bytes,
// no error) for ever when end is nil, with a count past the buffer when
// end is errBadCount, else with the error end. Past a million reads it
// fails, so that a reader that loops on it fails its test instead of
// hanging.
type stutter struct {
	text  string
	end   error
	calls int
}

var (
	errBadCount = errors.New("a count past the buffer")
	errLooped   = errors.New("read a million times")
)

func (r *stutter) Read(p []byte) (int, error) {
	r.calls++
	switch {
	case r.calls > 1_000_000:
		return 0, errLooped
	case r.text != "":
		n := copy(p, r.text)
		r.text = r.text[n:]
		return n, nil
	case r.end == errBadCount:
		return len(p) + 1, nil
	}
	return 0, r.end
}

func TestReadReaders(t *testing.T) {
	t.Parallel()
	boom := errors.New("boom")
	tests := []struct {
		name   string
		r      *stutter
		want   error
		reason string
	}{
		{"nothing for ever", &stutter{}, io.ErrNoProgress, "a reader that gives nothing for ever is given up on, as rescue's readers do"},
		{"nothing after some bytes", &stutter{text: "PK\x03\x04"}, io.ErrNoProgress, "the same after the start of a workbook"},
		{"an error", &stutter{text: "PK\x03\x04", end: boom}, boom, "the reader's error is returned, not called a workbook's syntax"},
		{"a count past the buffer", &stutter{text: "PK", end: errBadCount}, nil, "an error, not a panic"},
	}
	for _, tc := range tests {
		var err error
		func() {
			defer func() {
				if p := recover(); p != nil {
					err = errors.New("panic")
				}
			}()
			_, _, err = Read(tc.r, rescue.HTCDSOptions{})
		}()
		switch {
		case err == nil || err.Error() == "panic":
			t.Errorf("%s: %v; want an error (%s)", tc.name, err, tc.reason)
		case tc.want != nil && !errors.Is(err, tc.want):
			t.Errorf("%s: %v after %d reads; want %v (%s)", tc.name, err, tc.r.calls, tc.want, tc.reason)
		case !strings.HasPrefix(err.Error(), "htcdsxlsx.Read: reading the input: "):
			t.Errorf("%s: %v; want it to say the input could not be read (%s)", tc.name, err, tc.reason)
		case errors.Is(err, rescue.ErrSyntax):
			t.Errorf("%s: %v; a reader's failure is not the workbook's syntax (%s)", tc.name, err, tc.reason)
		}
	}
}
