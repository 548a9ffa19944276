package rescue

import (
	"bytes"
	"errors"
	"io"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// htcdsRepeat reads as head, then body again and again, then tail: size
// bytes in all, made as they are read, so that a test of 256 MiB holds no
// 256 MiB. It counts what was read.
type htcdsRepeat struct {
	head, body, tail string
	size, read       int64
}

func (r *htcdsRepeat) Read(p []byte) (int, error) {
	if r.read >= r.size {
		return 0, io.EOF
	}
	n := 0
	for n < len(p) && r.read < r.size {
		var src string
		off := r.read
		bodyEnd := r.size - int64(len(r.tail))
		switch {
		case off < int64(len(r.head)):
			src = r.head[off:]
		case off >= bodyEnd:
			src = r.tail[off-bodyEnd:]
		default:
			k := (off - int64(len(r.head))) % int64(len(r.body))
			src = r.body[k:]
			src = src[:min(int64(len(src)), bodyEnd-off)]
		}
		m := copy(p[n:], src)
		n += m
		r.read += int64(m)
	}
	return n, nil
}

// htcdsAllocated returns the bytes f allocates, on one P so that no other
// goroutine's allocations are counted.
func htcdsAllocated(f func()) uint64 {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// htcdsProblemsBytes is what the 1,000 problems an error keeps may
// allocate.
const htcdsProblemsBytes = 1 << 20

// TestReadHTCDSHostile reads hostile files and checks the documented
// bounds: the error says what was wrong, and ReadHTCDS allocates at most 32
// bytes per byte of input, plus the records it returns (which it holds
// twice at most: gathered in blocks, then copied once into slices of their
// exact length), plus 1 MiB for the 1,000 problems an error keeps at most.
func TestReadHTCDSHostile(t *testing.T) {
	const mib = 1 << 20
	lima := htcdsWrite(t, shareLima())
	limaHeader, limaRows := string(lima[:bytes.IndexByte(lima, '\n')+1]), string(lima[bytes.IndexByte(lima, '\n')+1:])
	var names strings.Builder
	for i := 0; names.Len() < 2*mib; i++ {
		names.WriteString("Xx" + strconv.Itoa(i) + "land\n") // country names no one has
	}
	tests := []struct {
		name    string
		in      *htcdsRepeat
		want    error  // nil: read
		msg     string // in the error
		big     bool   // skipped under the race detector, which makes it take minutes
		maxRead int64  // > 0: how much of the input may be read before the error
	}{
		{"issue 9's rows, 4 MiB", &htcdsRepeat{head: "id,role\n", body: "1,victim\n", size: 8 + 9*(4*mib/9)}, nil, "", false, 0},
		{"issue 9's rows, 32 MiB", &htcdsRepeat{head: "id,role\n", body: "1,victim\n", size: 32 * mib},
			ErrTooLarge, "row 1000002: more than 1000000 records", true, 10 * mib},
		{"256 MiB of issue 9's rows", &htcdsRepeat{head: "id,role\n", body: "1,victim\n", size: 256 * mib},
			ErrTooLarge, "more than 1000000 records", true, 10 * mib},
		{"rows without IDs", &htcdsRepeat{head: "role\n", body: "victim\n", size: 5 + 7*(4*mib/7)}, nil, "", false, 0},
		{"a million rows", &htcdsRepeat{head: limaHeader, body: limaRows, size: int64(len(limaHeader) + len(limaRows)*(1_000_000/52))}, nil, "", true, 0},
		{"an unterminated quote in 256 MiB", &htcdsRepeat{head: "id,role\nV1,\"", body: "x", size: 256 * mib},
			ErrTooLarge, "line 2: a row longer than 1 MiB", false, 2 * mib},
		{"a 10 MB cell", &htcdsRepeat{head: "id,role,prs_FirstName\nV1,victim,", body: "x", tail: "\n", size: 10_000_000},
			ErrTooLarge, "a row longer than 1 MiB", false, 2 * mib},
		{"a 10 MB line of empty cells", &htcdsRepeat{head: "_id\n", body: ",", size: 10_000_000}, ErrTooLarge, "a row longer than 1 MiB", false, 2 * mib},
		{"8 MiB of bad cells", &htcdsRepeat{head: "id,role,prs_Gender\n", body: "V,victim,X\n", size: 8 * mib}, ErrInvalid, "more problems", false, 0},
		{"bad country names", &htcdsRepeat{head: "prs_Citizenship,vic_TraffickingStatus\n", body: strings.ReplaceAll(names.String(), "\n", ",Other\n"), size: 2 * mib},
			ErrInvalid, "more problems", false, 0},
		{"a header of half a million columns", &htcdsRepeat{head: "id", body: ",x", tail: "\n", size: mib - 1}, ErrTooLarge, "more than 4096", false, 0},
		{"a header of 4,096 unknown columns", &htcdsRepeat{head: "id", body: ",x", tail: "\n", size: 2 + 2*4095 + 1}, ErrInvalid, "more problems", false, 0},
		{"a header of one option, again and again", &htcdsRepeat{head: "id", body: ",vic_MethodsOfControl/Other", tail: "\n", size: 2 + 27*4095 + 1},
			ErrInvalid, "the same option as column 2", false, 0},
		{"many skipped columns, many rows", &htcdsRepeat{head: strings.Repeat("_id,", 4000) + "role\n", body: strings.Repeat(",", 4000) + "victim\n", size: 8 * mib},
			nil, "", false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.big && (hostileRace || testing.Short()) {
				t.Skip("a million records: run without -race and -short")
			}
			var (
				victims  []Victim
				suspects []Suspect
				err      error
			)
			total := htcdsAllocated(func() { victims, suspects, err = ReadHTCDS(tc.in) })
			records := uint64(len(victims))*uint64(unsafe.Sizeof(Victim{})) + uint64(len(suspects))*uint64(unsafe.Sizeof(Suspect{}))
			perByte := float64(total-min(total, 2*records+htcdsProblemsBytes)) / float64(tc.in.size)
			t.Logf("%d MiB in, %d MiB read: %d victims; %.1f MiB allocated, %.1f bytes per input byte (%.1f beyond twice the records and 1 MiB)",
				tc.in.size>>20, tc.in.read>>20, len(victims), float64(total)/mib, float64(total)/float64(tc.in.size), perByte)
			switch {
			case tc.want == nil && err != nil:
				t.Fatalf("%.200s", err)
			case tc.want != nil && !errors.Is(err, tc.want):
				t.Fatalf("error %.200v, want %v", err, tc.want)
			case tc.want != nil && !strings.Contains(err.Error(), tc.msg):
				t.Errorf("error %.300v lacks %q", err, tc.msg)
			case tc.want != nil && (len(err.Error()) > 4096 || strings.Count(err.Error(), "\n") > 10):
				t.Errorf("an error of %d bytes, %d lines", len(err.Error()), strings.Count(err.Error(), "\n")+1)
			}
			if perByte > 32 {
				t.Errorf("%.1f bytes allocated per input byte beyond the records, want at most 32", perByte)
			}
			if tc.want != nil && len(victims)+len(suspects) > 0 {
				t.Errorf("people returned with the error")
			}
			if tc.maxRead > 0 && tc.in.read > tc.maxRead {
				t.Errorf("read %d bytes before refusing the file, want at most %d", tc.in.read, tc.maxRead)
			}
		})
	}
}

// TestHTCDSReaderConstantMemory reads a file of a million rows a record at
// a time and checks that the live heap does not grow with it.
func TestHTCDSReaderConstantMemory(t *testing.T) {
	if hostileRace || testing.Short() {
		t.Skip("a million rows: run without -race and -short")
	}
	lima := htcdsWrite(t, shareLima())
	nl := bytes.IndexByte(lima, '\n') + 1
	in := &htcdsRepeat{head: string(lima[:nl]), body: string(lima[nl:]), size: int64(nl + (len(lima)-nl)*(1_000_000/52))}
	r := NewHTCDSReader(in, HTCDSOptions{})
	var peak, start uint64
	for n := 0; ; n++ {
		if _, err := r.Read(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		if n%100_000 == 0 {
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			if n == 0 {
				start = m.HeapAlloc
			}
			peak = max(peak, m.HeapAlloc)
		}
	}
	t.Logf("%d MiB read a record at a time: the live heap grew by at most %d KiB", in.read>>20, (peak-start)>>10)
	if peak-start > 2<<20 {
		t.Errorf("the live heap grew by %d KiB: records are being held", (peak-start)>>10)
	}
}
