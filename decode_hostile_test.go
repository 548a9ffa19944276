package rescue

// Hostile input for DecodeOperation: what an attacker or a broken export
// would send. Memory is measured with runtime.MemStats (hostileMeasure),
// never timed.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// TestHostileDecodeNesting sends JSON that nests without end. The
// decoder reads only the shape of an operation, so it stops at the first
// bracket where the shape has none, having read one window of input.
func TestHostileDecodeNesting(t *testing.T) {
	for _, tc := range []struct {
		name, reason, head, path string
		fill                     byte
	}{
		{"arrays", "brackets in a victim list", `{"victims":[`, "victims[0]", '['},
		{"objects", "objects in a free-text field", `{"name":`, "name", '{'},
		{"top", "brackets from the first byte", ``, "", '['},
		{"codes", "brackets in a list of codes", `{"victims":[{"controls":[`, "victims[0].controls[0]", '['},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var r *hostileReader
			var err error
			allocs, bytes := hostileMeasure(3, func() {
				r = &hostileReader{head: []byte(tc.head), fill: tc.fill}
				_, err = DecodeOperation(r)
			})
			var je *JSONError
			if !errors.Is(err, ErrSyntax) || !errors.As(err, &je) || je.Path != tc.path || !strings.Contains(err.Error(), "found an array") && !strings.Contains(err.Error(), "found an object") {
				t.Fatalf("DecodeOperation(endless %q) = %v; want a type error at %q (%s)", tc.fill, err, tc.path, tc.reason)
			}
			if r.n > 2*decodeBufSize {
				t.Errorf("read %d bytes; want at most %d (%s)", r.n, 2*decodeBufSize, tc.reason)
			}
			if bytes > 128<<10 || allocs > 50 {
				t.Errorf("%.0f allocations, %.0f bytes; want at most 50 and 128 KiB (%s)", allocs, bytes, tc.reason)
			}
		})
	}
}

// TestHostileDecodeEndless sends a string that never ends: DecodeOperation
// must stop at MaxOperationBytes with ErrTooLarge, its memory the window
// the string grew to.
func TestHostileDecodeEndless(t *testing.T) {
	if testing.Short() || hostileRace {
		t.Skip("reads 64 MiB: run without -short and -race")
	}
	var r *hostileReader
	var err error
	_, bytes := hostileMeasure(1, func() {
		r = &hostileReader{head: []byte(`{"id":"x","name":"`), fill: 'a'}
		_, err = DecodeOperation(r)
	})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("DecodeOperation(endless string) = %v; want ErrTooLarge", err)
	}
	if r.n > MaxOperationBytes+1<<20 {
		t.Errorf("read %d bytes; want at most %d", r.n, MaxOperationBytes+1<<20)
	}
	if bytes > 4*MaxOperationBytes {
		t.Errorf("allocated %.0f bytes; want at most 4 × MaxOperationBytes", bytes)
	}
}

// hostileFill sets every string field reachable from v (a pointer) to a
// distinct marker "~N~", numbered from *n + 1, making one element of every
// slice of structs or strings; times are set to a fixed date.
func hostileFill(v reflect.Value, n *int) {
	switch v.Kind() {
	case reflect.Pointer:
		hostileFill(v.Elem(), n)
	case reflect.Struct:
		switch v.Type() {
		case reflect.TypeFor[time.Time]():
			v.Set(reflect.ValueOf(time.Date(2023, 10, 8, 0, 0, 0, 0, time.UTC)))
			return
		case reflect.TypeFor[ReportedAmount]():
			return // its zero Money would not decode
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				hostileFill(v.Field(i), n)
			}
		}
	case reflect.Slice:
		if k := v.Type().Elem().Kind(); k == reflect.Struct || k == reflect.String {
			v.Set(reflect.MakeSlice(v.Type(), 1, 1))
			hostileFill(v.Index(0), n)
		}
	case reflect.String:
		*n++
		v.SetString("~" + strconv.Itoa(*n) + "~")
	}
}

// hostileOperationJSON is an operation with every free-text field set to
// a marker "~N~"; n is how many there are.
func hostileOperationJSON(t *testing.T) (data []byte, n int) {
	t.Helper()
	var op Operation
	hostileFill(reflect.ValueOf(&op), &n)
	data, err := json.Marshal(&op)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= n; i++ {
		if !bytes.Contains(data, []byte(`"~`+strconv.Itoa(i)+`~"`)) {
			t.Fatalf("marker %d is not in the JSON: %s", i, data)
		}
	}
	return data, n
}

// TestHostileDecodeStrings puts invalid UTF-8, a lone surrogate escape, a
// raw NUL and an escaped NUL into every string field of an operation in
// turn. encoding/json would keep the NUL and turn the rest into U+FFFD
// without a word; DecodeOperation must refuse each with ErrSyntax, at the
// field's path and the offset of the bad byte.
func TestHostileDecodeStrings(t *testing.T) {
	data, n := hostileOperationJSON(t)
	if n < 20 {
		t.Fatalf("only %d string fields found", n)
	}
	if _, err := DecodeOperation(bytes.NewReader(data)); err != nil && !errors.As(err, new(*FieldError)) {
		t.Fatalf("the operation with markers does not decode: %v", err)
	}
	bads := []struct{ name, text, reason string }{
		{"invalid-UTF-8", "\xff", "a byte that is never UTF-8"},
		{"truncated-rune", "\xe2\x82", "a rune cut short"},
		{"overlong", "\xc0\xaf", "an overlong encoding of '/'"},
		{"surrogate-bytes", "\xed\xa0\x80", "a surrogate encoded as UTF-8"},
		{"lone-high-escape", `\ud800`, "a high surrogate escape with no low half"},
		{"lone-low-escape", `\udc00`, "a low surrogate escape alone"},
		{"swapped-escapes", `\udc00\ud800`, "surrogate escapes in the wrong order"},
		{"high-then-char", `\ud800x`, "a high surrogate escape followed by a character"},
		{"high-then-escape", `\ud800\n`, "a high surrogate escape followed by another escape"},
		{"raw-NUL", "\x00", "a raw NUL (invalid JSON)"},
		{"escaped-NUL", `\u0000`, "an escaped NUL"},
		{"control", "\x1f", "a raw control character (invalid JSON)"},
		{"bad-escape", `\x`, "an escape JSON does not have"},
		{"short-u-escape", `\u12`, "a \\u escape cut short"},
	}
	for _, bad := range bads {
		for i := 1; i <= n; i++ {
			marker := []byte(`"~` + strconv.Itoa(i) + `~"`)
			at := bytes.Index(data, marker)
			in := bytes.Replace(data, marker, []byte(`"~`+bad.text+`~"`), 1)
			op, err := DecodeOperation(bytes.NewReader(in))
			var je *JSONError
			if !errors.Is(err, ErrSyntax) || op != nil || !errors.As(err, &je) || je.Offset != int64(at+2) {
				t.Errorf("%s in field %d (%.40s…): DecodeOperation = %v, %v; want nil and ErrSyntax at offset %d (%s)",
					bad.name, i, data[max(0, at-30):], op != nil, err, at+2, bad.reason)
			}
		}
	}
	// Valid text, split across reads one byte at a time, passes the check.
	good := bytes.Replace(data, []byte(`"~1~"`), []byte(`"Côte d’Ivoire 😀 \ud83d\ude00 \\ud800 \" \/ \b\f\n\r\t \u00e9"`), 1)
	op, err := DecodeOperation(iotest.OneByteReader(bytes.NewReader(good)))
	if op == nil {
		t.Fatalf("valid UTF-8 read a byte at a time: %v", err)
	}
	if want := "Côte d’Ivoire 😀 😀 \\ud800 \" / \b\f\n\r\t é"; op.ID != want {
		t.Errorf("escapes read a byte at a time: %q; want %q", op.ID, want)
	}
	bad := bytes.Replace(data, []byte(`"~1~"`), []byte("\"C\xc3\""), 1)
	if _, err := DecodeOperation(iotest.OneByteReader(bytes.NewReader(bad))); !errors.Is(err, ErrSyntax) {
		t.Errorf("invalid UTF-8 read a byte at a time: %v; want ErrSyntax", err)
	}
}

// TestDecodeStringChunks checks the decoder's streaming string reader
// against utf8.Valid and strconv.Unquote on the whole string, however
// reads split it.
func TestDecodeStringChunks(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"a", "é", "’", "😀", "\xff", "\xe2\x82", "\x80", "\xf0\x9f", "\xed\xa0\x80", "\xc0\xaf",
		"\xf4\x90\x80\x80", `\n`, `\"`, `\u00e9`, `\ud83d\ude00`, `\ud800`, `\u0000`, `\q`, "\x01"}
	for range 20_000 {
		var b []byte
		for range r.IntN(12) {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		in := `"` + string(b) + `"`
		// encoding/json unescapes as JSON does, but keeps a NUL and puts
		// U+FFFD for what it cannot read, which the decoder refuses.
		var want string
		wantOK := json.Unmarshal([]byte(in), &want) == nil && utf8.ValidString(in) &&
			!strings.ContainsRune(want, 0) && !strings.ContainsRune(want, utf8.RuneError)
		d := newDecoder(&decodeChunks{data: []byte(in), r: r}, DecodeOptions{})
		d.peek()
		got, ok := d.str()
		if ok != wantOK || ok && string(got) != want {
			t.Fatalf("str(%q) = %q, %v (%v); want %q, %v", in, got, ok, d.err, want, wantOK)
		}
	}
}

// decodeChunks reads data in random pieces.
type decodeChunks struct {
	data []byte
	r    *rand.Rand
}

func (c *decodeChunks) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), 1+c.r.IntN(4))], c.data)
	c.data = c.data[n:]
	return n, nil
}

// TestHostileDecodeNumbers sends numbers that are too big, too long or
// written with exponents, in the fields that hold numbers.
func TestHostileDecodeNumbers(t *testing.T) {
	digits := strings.Repeat("9", 10_000)
	for _, tc := range []struct {
		name, reason, json string
		want               error
	}{
		{"count-exponent", "a count with an exponent", `{"id":"x","triggers":[{"people":1e999999999}]}`, ErrSyntax},
		{"count-10k-digits", "a count of 10,000 digits", `{"id":"x","triggers":[{"people":` + digits + `}]}`, ErrRange},
		{"count-over-int64", "a count past int64", `{"id":"x","triggers":[{"people":9223372036854775808}]}`, ErrRange},
		{"count-string-huge", "a count in canonical text past 10^12", `{"id":"x","triggers":[{"people":"more than 99999999999999"}]}`, ErrRange},
		{"quantity-over-10^12", "an evidence quantity past 10^12", `{"id":"x","evidence":[{"id":"e","kind":"Other","quantity":10000000000000}]}`, ErrRange},
		{"number-syntax", "a number JSON does not have", `{"id":"x","triggers":[{"people":01}]}`, ErrSyntax},
		{"number-cut", "a number cut short", `{"id":"x","triggers":[{"people":1.}]}`, ErrSyntax},
		{"cash-exponent", "a cash amount with an exponent",
			`{"id":"x","evidence":[{"id":"e","kind":"Cash","cash":"USD 1e999999999"}]}`, ErrSyntax},
		{"cash-10k-digits", "a cash amount of 10,000 digits",
			`{"id":"x","evidence":[{"id":"e","kind":"Cash","cash":"USD ` + digits + `"}]}`, ErrRange},
		{"age-10k-digits", "an age of 10,000 digits", `{"id":"x","victims":[{"id":"v","age":"` + digits + `"}]}`, ErrRange},
		{"date-year-huge", "a year of 10,000 digits", `{"id":"x","when":"` + digits + `"}`, ErrRange},
		{"time-long", "a custody time of 10,000 digits", `{"id":"x","evidence":[{"id":"e","kind":"Other","custody":[{"at":"` + digits + `"}]}]}`, ErrSyntax},
	} {
		t.Run(tc.name, func(t *testing.T) {
			op, err := DecodeOperation(strings.NewReader(tc.json))
			if op != nil || !errors.Is(err, tc.want) {
				t.Fatalf("DecodeOperation = %v, %v; want nil and an error wrapping %q (%s)", op != nil, err, tc.want, tc.reason)
			}
			if msg := err.Error(); len(msg) > 1024 {
				t.Errorf("error text is %d bytes; want it cut short", len(msg))
			}
		})
	}
	// Every error DecodeOperation gives for malformed JSON wraps ErrSyntax.
	for _, in := range []string{`{"id":"x",}`, `{"id":5}`, `{"id":"x","nope":1}`, `{"id":"x"} {}`, ``, `nul`, `{"id":tru}`, `{"id":"x"`, `{"id" "x"}`, `{"id":"x" "name":"y"}`, `[1 2]`} {
		if _, err := DecodeOperation(strings.NewReader(in)); !errors.Is(err, ErrSyntax) {
			t.Errorf("DecodeOperation(%q) = %v; want an error wrapping ErrSyntax", in, err)
		}
	}
}

// hostileDecodeMemory decodes in, which DecodeOperation must refuse with
// an error wrapping each of want, and checks that the call allocated at
// most perByte bytes for every byte of in, and that the error's text is
// short.
func hostileDecodeMemory(t *testing.T, in []byte, perByte float64, want ...error) {
	t.Helper()
	var op *Operation
	var err error
	allocs, total := hostileMeasure(1, func() { op, err = DecodeOperation(bytes.NewReader(in)) })
	if op != nil {
		t.Fatalf("DecodeOperation returned an operation of %d victims; want it refused", len(op.Victims))
	}
	for _, w := range want {
		if !errors.Is(err, w) {
			t.Errorf("DecodeOperation: %.300v; want an error wrapping %v", err, w)
		}
	}
	if msg := err.Error(); len(msg) > 2048 {
		t.Errorf("the error text is %d bytes; want at most 2 KiB", len(msg))
	}
	per := total / float64(len(in))
	t.Logf("%d MiB: %.0f bytes allocated (%.3f per input byte), %.0f allocations", len(in)>>20, total, per, allocs)
	if per > perByte {
		t.Errorf("allocated %.0f bytes for %d bytes of input: %.1f per byte; want at most %.0f", total, len(in), per, perByte)
	}
}

// hostileSizes are the sizes of the hostile inputs: 4, 16 and 64 MiB, or
// 4 MiB alone under -short and -race.
func hostileSizes() []int {
	if testing.Short() || hostileRace {
		return []int{4 << 20}
	}
	return []int{4 << 20, 16 << 20, 64 << 20}
}

// hostileRepeat is head, then rec repeated (with commas) to make size
// bytes in all, then tail.
func hostileRepeat(head, rec, tail string, size int) []byte {
	b := make([]byte, 0, size)
	b = append(b, head...)
	for len(b)+len(rec)+1+len(tail) <= size {
		if len(b) > len(head) {
			b = append(b, ',')
		}
		b = append(b, rec...)
	}
	return append(b, tail...)
}

// TestHostileDecodeEmptyRecords is issue 9's first finding: every 3-byte
// "{}" became a 272-byte Victim, 21 GB for 64 MiB of them. An empty victim
// has no ID; once 1,000 such problems are found, the rest is not built.
// The same holds for every kind of record that an empty object is a
// problem for.
func TestHostileDecodeEmptyRecords(t *testing.T) {
	for _, size := range hostileSizes() {
		t.Run(fmt.Sprintf("victims/%dMiB", size>>20), func(t *testing.T) {
			in := hostileRepeat(`{"id":"x","victims":[`, `{}`, `]}`, size)
			hostileDecodeMemory(t, in, 32, ErrTooLarge, ErrRequired)
		})
	}
	for _, list := range []string{"suspects", "evidence", "counts", "groups"} {
		t.Run(list, func(t *testing.T) {
			in := hostileRepeat(`{"id":"x","`+list+`":[`, `{}`, `]}`, 4<<20)
			hostileDecodeMemory(t, in, 32, ErrTooLarge, ErrRequired)
		})
	}
}

// TestHostileDecodeDuplicateIDs is issue 9's 6.1 million duplicate IDs
// (6.6 GB on main): they are found as they are read.
func TestHostileDecodeDuplicateIDs(t *testing.T) {
	for _, size := range hostileSizes() {
		t.Run(fmt.Sprintf("%dMiB", size>>20), func(t *testing.T) {
			in := hostileRepeat(`{"id":"x","victims":[`, `{"id":"V"}`, `]}`, size)
			hostileDecodeMemory(t, in, 32, ErrTooLarge, ErrDuplicateID)
		})
	}
}

// hostileBadCash is an evidence item whose cash has an equivalent that
// Validate refuses (a negative amount).
func hostileBadCash(t *testing.T, id string) string {
	usd := MustParseCurrency("USD")
	sgd := MustParseCurrency("SGD")
	e := Evidence{ID: id, Kind: Cash, Cash: ReportedAmount{
		Amount:      NewMoney(decimal.NewFromInt(10), usd),
		Equivalents: []ReportedAmount{{Amount: NewMoney(decimal.NewFromInt(-13), sgd)}},
	}}
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestHostileDecodeInvalidCash is issue 9's 64 MiB of invalid cash
// equivalents, whose error was 168.8 MB of text: evidence items whose cash
// Validate refuses, and one item with a million equivalents.
func TestHostileDecodeInvalidCash(t *testing.T) {
	for _, size := range hostileSizes() {
		t.Run(fmt.Sprintf("items/%dMiB", size>>20), func(t *testing.T) {
			item := hostileBadCash(t, "E%d")
			b := []byte(`{"id":"x","evidence":[`)
			for i := 0; len(b) < size-200; i++ {
				if i > 0 {
					b = append(b, ',')
				}
				b = fmt.Appendf(b, item, i)
			}
			b = append(b, `]}`...)
			hostileDecodeMemory(t, b, 32, ErrTooLarge, ErrNegative)
		})
	}
	t.Run("one-item", func(t *testing.T) {
		// Far past what a reported amount's text may be: refused once read,
		// before its type parses it.
		in := hostileRepeat(`{"id":"x","evidence":[{"id":"E","kind":"Cash","cash":"USD 10.00 (`, `SGD -13.00;`, `SGD 1.00)"}]}`, 16<<20)
		hostileDecodeMemory(t, in, 32, ErrTooLarge)
	})
}

// TestHostileDecodeMillionDuplicates is the million duplicate IDs of
// TestHostileValidateMillionDuplicates, through DecodeOperation: it stops
// at the 1,001st problem, with the first 1,000 and where it stopped.
func TestHostileDecodeMillionDuplicates(t *testing.T) {
	n := hostileMillion()
	var b bytes.Buffer
	b.WriteString(`{"id":"op","victims":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"id":"V"}`)
	}
	b.WriteString(`]}`)
	r := bytes.NewReader(b.Bytes())
	op, err := DecodeOperation(r)
	if op != nil || !errors.Is(err, ErrDuplicateID) || !errors.Is(err, ErrTooLarge) {
		t.Fatalf("DecodeOperation = %v, %.200v; want no operation, ErrDuplicateID and ErrTooLarge", op != nil, err)
	}
	if r.Len() < b.Len()/2 {
		t.Errorf("read %d of %d bytes; want it to stop soon after the 1,001st problem", b.Len()-r.Len(), b.Len())
	}
	var je *JSONError
	if !errors.As(err, &je) || je.Path != "victims[1001]" {
		t.Errorf("stopped at %+v; want victims[1001]", je)
	}
	var fes []*FieldError
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		if fe, ok := e.(*FieldError); ok {
			fes = append(fes, fe)
		}
	}
	if len(fes) != maxFieldErrors || fes[0].Path != "victims[1].id" || fes[maxFieldErrors-1].Path != "victims[1000].id" {
		t.Errorf("%d problems, from %v to %v; want %d, victims[1].id to victims[1000].id", len(fes), fes[0], fes[len(fes)-1], maxFieldErrors)
	}
	text := err.Error()
	if lines := strings.Count(text, "\n") + 1; lines != shownErrors+2 {
		t.Errorf("error text has %d lines; want the stop, %d problems and a count:\n%s", lines, shownErrors, text)
	}
}

// TestDecodeMaxRecords refuses a list longer than DecodeOptions allow at
// the entry past the limit, before it is read.
func TestDecodeMaxRecords(t *testing.T) {
	rec := `{"id":"V` + strings.Repeat("x", 100) + `%d"}`
	var b strings.Builder
	b.WriteString(`{"id":"op","victims":[`)
	for i := range 1001 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, rec, i)
	}
	b.WriteString(`]}`)
	in := b.String()
	opts := DecodeOptions{MaxRecords: 1000}
	_, err := opts.DecodeOperation(strings.NewReader(in))
	var je *JSONError
	if !errors.Is(err, ErrTooLarge) || !errors.As(err, &je) || je.Path != "victims" || !strings.Contains(err.Error(), "more than 1000 entries") {
		t.Fatalf("1001 victims with MaxRecords 1000: %v; want ErrTooLarge at victims", err)
	}
	if at := strings.LastIndex(in, `{"id"`); je.Offset != int64(at) {
		t.Errorf("refused at offset %d; want %d, where the entry past the limit begins", je.Offset, at)
	}
	opts.MaxRecords = 1001
	if op, err := opts.DecodeOperation(strings.NewReader(in)); err != nil || len(op.Victims) != 1001 {
		t.Errorf("1001 victims with MaxRecords 1001: %v", err)
	}
	// Lists inside a record have their own limit.
	codes := `{"id":"op","victims":[{"id":"V","controls":["DebtBondage"` + strings.Repeat(`,"DebtBondage"`, 1000) + `]}]}`
	if _, err := DecodeOperation(strings.NewReader(codes)); !errors.Is(err, ErrTooLarge) || !errors.As(err, &je) || je.Path != "victims[0].controls" {
		t.Errorf("1001 control methods: %v; want ErrTooLarge at victims[0].controls", err)
	}
	opts = DecodeOptions{MaxItems: 1001}
	if _, err := opts.DecodeOperation(strings.NewReader(codes)); err != nil {
		t.Errorf("1001 control methods with MaxItems 1001: %v", err)
	}
}

// TestDecodeMemoryOrdinary measures an ordinary operation: far less than
// the 32 bytes per input byte of the hostile inputs.
func TestDecodeMemoryOrdinary(t *testing.T) {
	data, err := json.Marshal(decodeBenchOp(2000))
	if err != nil {
		t.Fatal(err)
	}
	var op *Operation
	_, total := hostileMeasure(1, func() { op, err = DecodeOperation(bytes.NewReader(data)) })
	if err != nil || len(op.Victims) != 2000 {
		t.Fatalf("DecodeOperation: %v", err)
	}
	per := total / float64(len(data))
	t.Logf("%d bytes of JSON: %.0f bytes allocated, %.2f per input byte", len(data), total, per)
	if per > 4 {
		t.Errorf("%.2f bytes allocated per input byte; want at most 4", per)
	}
}

// decodeBenchOp is an operation of n victims with the fields a real record
// has.
func decodeBenchOp(n int) *Operation {
	op := &Operation{ID: "OP", When: MustParsePeriod("2023-10-07/2023-10-08")}
	for i := range n {
		op.Victims = append(op.Victims, Victim{
			ID: "V" + strconv.Itoa(i), Name: Personal("Person " + strconv.Itoa(i)), Gender: Feminine, Age: AgeYears(18 + i%30),
			Nationality: MustParseNationality("MY"), TraffickingStatus: PossibleVictimOfTrafficking, Status: Rescued,
			Recruitment: Recruitment{When: MustParseDate("2023-09"), Methods: []RecruitmentMethod{DeceptiveJobOffer},
				Promise: "Employment in local casinos"},
			Controls:        []ControlMethod{FalsePromises, WithholdsDocuments, Isolation},
			Exploitation:    []Exploitation{ForcedCriminality},
			ConsularContact: MustParseDate("2023-10-10"),
			Repatriation:    Repatriation{To: MustParseCountry("MY"), Status: Pending},
		})
	}
	return op
}
