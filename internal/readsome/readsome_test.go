package readsome

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// script returns, read after read, the counts and errors it lists, then
// (0, io.EOF); each read copies as many bytes of 'x' as its count says
// (within the buffer).
type script struct {
	reads []step
	calls int
}

func (s *script) Read(p []byte) (int, error) {
	s.calls++
	if len(s.reads) == 0 {
		return 0, io.EOF
	}
	r := s.reads[0]
	s.reads = s.reads[1:]
	for i := 0; i < r.n && i < len(p); i++ {
		p[i] = 'x'
	}
	return r.n, r.err
}

// step is one read of a script: its count and error.
type step struct {
	n   int
	err error
}

// empty returns k reads of no bytes and no error.
func empty(k int) []step { return make([]step, k) }

func TestRead(t *testing.T) {
	t.Parallel()
	boom := errors.New("boom")
	one := []step{{1, nil}}
	tests := []struct {
		name   string
		reads  []step
		buf    int
		n      int
		err    error
		calls  int
		reason string
	}{
		{"bytes", one, 4, 1, nil, 1, "a read with bytes is returned at once"},
		{"empty then bytes", append(empty(MaxEmptyReads-1), one...), 4, 1, nil, MaxEmptyReads, "empty reads short of the limit are read past"},
		{"empty for ever", empty(MaxEmptyReads + 5), 4, 0, io.ErrNoProgress, MaxEmptyReads, "a reader that gives nothing for ever is given up on"},
		{"error", []step{{0, boom}}, 4, 0, boom, 1, "an error is returned as it is"},
		{"bytes and EOF", []step{{2, io.EOF}}, 4, 2, io.EOF, 1, "bytes with EOF are returned together"},
		{"empty then EOF", append(empty(3), step{0, io.EOF}), 4, 0, io.EOF, 4, "the end after empty reads"},
		{"too many", []step{{5, nil}}, 4, 0, ErrImpossibleCount, 1, "more bytes than the buffer holds would make the caller slice past it"},
		{"negative", []step{{-1, nil}}, 4, 0, ErrImpossibleCount, 1, "a negative count would make the caller slice backwards"},
		{"empty buffer", empty(1), 0, 0, nil, 1, "an empty buffer is read once: (0, nil) is the answer to it"},
	}
	for _, tc := range tests {
		s := &script{reads: tc.reads}
		n, err := Read(s, make([]byte, tc.buf))
		if n != tc.n || !errors.Is(err, tc.err) || (tc.err == nil) != (err == nil) || s.calls != tc.calls {
			t.Errorf("%s: Read = %d, %v after %d calls; want %d, %v after %d (%s)", tc.name, n, err, s.calls, tc.n, tc.err, tc.calls, tc.reason)
		}
	}
}

func TestReaderReadAll(t *testing.T) {
	t.Parallel()
	// io.ReadAll loops until an error: on a reader that gives nothing for
	// ever it would never return.
	r := io.MultiReader(strings.NewReader("abc"), &script{reads: empty(1 << 20)})
	got, err := io.ReadAll(Reader{r})
	if string(got) != "abc" || !errors.Is(err, io.ErrNoProgress) {
		t.Fatalf("io.ReadAll(Reader) = %q, %v; want \"abc\", io.ErrNoProgress", got, err)
	}
}
