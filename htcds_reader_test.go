package rescue

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/antitrafficking/rescue/internal/readsome"
)

// htcdsStutter reads text a chunk at a time, with empty reads (no bytes,
// no error) before each chunk, then ends as end says: after it, empty
// reads for ever (end == nil), the error end, or a count the buffer cannot
// hold (end == errHTCDSBadCount). A reader that is read past a million
// times fails the read, so that a test of a reader that loops on it fails
// instead of hanging.
type htcdsStutter struct {
	text  string
	chunk int   // bytes a read gives
	empty int   // empty reads before each chunk
	end   error // after the text
	calls int
	gaps  int // empty reads given before the next chunk
}

var (
	errHTCDSBadCount = errors.New("a count past the buffer")
	errHTCDSLooped   = errors.New("read a million times")
)

func (r *htcdsStutter) Read(p []byte) (int, error) {
	r.calls++
	switch {
	case r.calls > 1_000_000:
		return 0, errHTCDSLooped
	case r.gaps < r.empty:
		r.gaps++
		return 0, nil
	case r.text != "":
		r.gaps = 0
		n := copy(p, r.text[:min(len(r.text), max(r.chunk, 1))])
		r.text = r.text[n:]
		return n, nil
	case r.end == errHTCDSBadCount:
		return len(p) + 1, nil
	case r.end != nil:
		return 0, r.end
	}
	return 0, nil
}

func TestReadHTCDSReaders(t *testing.T) {
	t.Parallel()
	boom := errors.New("boom")
	const file = "id,role,prs_Gender\nV1,victim,Feminine\nS1,suspect,Masculine\n"
	tests := []struct {
		name    string
		r       *htcdsStutter
		victims int   // read, when want is nil
		want    error // the error the read wraps
		reason  string
	}{
		{"nothing for ever", &htcdsStutter{}, 0, io.ErrNoProgress, "a reader that gives nothing, for ever, is given up on as DecodeOperation does"},
		{"nothing after the header", &htcdsStutter{text: "id,role\n"}, 0, io.ErrNoProgress, "the same between records"},
		{"nothing inside a byte order mark", &htcdsStutter{text: "\xEF\xBB", chunk: 1}, 0, io.ErrNoProgress,
			"the start is read until it holds a whole byte order mark, and a header cut short is not read"},
		{"nothing before the header ends", &htcdsStutter{text: "id,role", chunk: 64}, 0, io.ErrNoProgress, "the header is read to its end to find its delimiter"},
		{"nothing inside a quoted cell", &htcdsStutter{text: "id,role\n\"V1"}, 0, io.ErrNoProgress, "a quoted cell is read to its closing quote"},
		{"slow but going", &htcdsStutter{text: file, chunk: 1, empty: readsome.MaxEmptyReads - 1, end: io.EOF}, 1, nil,
			"empty reads short of the limit before every byte are waited out"},
		{"an error inside the header", &htcdsStutter{text: "\xEF\xBB", chunk: 1, end: boom}, 0, boom, "a header cut short is not read"},
		{"an error after the header", &htcdsStutter{text: "id,role\n", end: boom}, 0, boom, "the reader's error is returned"},
		{"a count past the buffer", &htcdsStutter{text: "id,role\n", end: errHTCDSBadCount}, 0, readsome.ErrImpossibleCount,
			"a count the buffer cannot hold is an error, not a panic"},
		{"a count past the buffer at once", &htcdsStutter{end: errHTCDSBadCount}, 0, readsome.ErrImpossibleCount, "the same on the first read"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var victims []Victim
			var err error
			func() {
				defer func() {
					if p := recover(); p != nil {
						err = errors.New("panic")
					}
				}()
				victims, _, err = ReadHTCDS(tc.r)
			}()
			switch {
			case tc.want == nil && (err != nil || len(victims) != tc.victims):
				t.Errorf("%d victims, %v; want %d (%s)", len(victims), err, tc.victims, tc.reason)
			case tc.want != nil && !errors.Is(err, tc.want):
				t.Errorf("%v after %d reads; want %v (%s)", err, tc.r.calls, tc.want, tc.reason)
			case tc.want != nil && !strings.HasPrefix(err.Error(), "ReadHTCDS: "):
				t.Errorf("%v: want it to name ReadHTCDS (%s)", err, tc.reason)
			}
		})
	}
}

// TestHTCDSReaderCutRow checks that a row the reader's error cuts short is
// not read as a person: the read returns the error instead.
func TestHTCDSReaderCutRow(t *testing.T) {
	t.Parallel()
	boom := errors.New("boom")
	for _, tc := range []struct {
		name, text, reason string
	}{
		{"between cells", "id,role,prs_Gender\nV1,victim", "V1 would be read with no gender"},
		{"inside a cell", "id,role,prs_Gender\nV1,victim,Femin", "the cell would be read as it was cut"},
		{"inside a quoted cell", "id,role,prs_Gender\nV1,victim,\"Fem", "the quote is not closed: the reader's error says why"},
	} {
		r := NewHTCDSReader(&htcdsStutter{text: tc.text, chunk: 7, end: boom}, HTCDSOptions{})
		rec, err := r.Read()
		switch {
		case !errors.Is(err, boom) || rec.Victim != nil:
			t.Errorf("%s: %+v, %v; want the reader's error (%s)", tc.name, rec, err, tc.reason)
		case !strings.Contains(err.Error(), "reading the input: boom"):
			t.Errorf("%s: %v; want it to say the input could not be read", tc.name, err)
		}
	}
}

// htcdsEmptyRows gives rows of no cells, for ever: a row source that makes
// no progress. Past a million rows it fails, so that a reader that loops
// on it fails its test instead of hanging.
type htcdsEmptyRows struct {
	header bool
	rows   int
}

func (r *htcdsEmptyRows) Read() ([]string, error) {
	if !r.header {
		r.header = true
		return []string{"id", "role"}, nil
	}
	if r.rows++; r.rows > 1_000_000 {
		return nil, errHTCDSLooped
	}
	return nil, nil
}

func TestHTCDSRowReaderEmptyRows(t *testing.T) {
	t.Parallel()
	src := &htcdsEmptyRows{}
	_, _, err := NewHTCDSRowReader(src, HTCDSOptions{MaxBytes: 1000}).ReadAll()
	if !errors.Is(err, ErrTooLarge) || src.rows > 1000 {
		t.Errorf("empty rows for ever: %v after %d rows; want ErrTooLarge within 1000 rows (MaxBytes counts a row's end, as a CSV file has one)", err, src.rows)
	}
}
