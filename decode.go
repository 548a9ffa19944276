package rescue

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxOperationBytes is the most JSON [DecodeOperation] reads.
const MaxOperationBytes = 64 << 20

// MaxJSONDepth is how deeply [DecodeOperation] lets JSON nest. An operation
// needs seven levels; the bound stops hostile input long before the
// decoder's own.
const MaxJSONDepth = 32

// ErrTooLarge reports JSON over [MaxOperationBytes] or nested deeper than
// [MaxJSONDepth].
var ErrTooLarge = errors.New("input too large")

// DecodeOperation reads one operation as JSON (the form encoding/json
// writes for [Operation]) and validates it. It is strict: an unknown field
// is an error naming it, and so is anything after the operation. It is
// bounded: it stops reading past 64 MiB or 32 levels of nesting, with an
// error wrapping [ErrTooLarge], its memory a small multiple of what it read
// (the decoder's buffer and the copy kept to say where an error is). A
// syntax or type error says where it is ("victims[3].gender: …") and wraps
// [ErrSyntax]. A well-formed operation that fails [Operation.Validate] is
// returned with that error.
//
// Where encoding/json would silently put U+FFFD in place of what it cannot
// read, DecodeOperation refuses the input (an error wrapping [ErrSyntax]
// with the byte offset): invalid UTF-8 anywhere, and an escaped UTF-16
// surrogate ("\ud800") that is not half of a pair. So is an escaped NUL
// ("\u0000") in any string: no report holds one, and databases and C
// strings cannot.
func DecodeOperation(r io.Reader) (*Operation, error) {
	var buf bytes.Buffer
	lr := &limitReader{r: bufio.NewReaderSize(r, 64<<10), left: MaxOperationBytes, keep: &buf}
	dec := json.NewDecoder(lr)
	dec.DisallowUnknownFields()
	var op Operation
	err := dec.Decode(&op)
	lr.keep = nil // what follows the operation is never needed again
	if lr.err != nil {
		return nil, lr.err
	}
	if lr.readErr != nil { // not a JSON error: the reader failed
		return nil, fmt.Errorf("rescue: decode operation: %w", lr.readErr)
	}
	if err == nil {
		if _, terr := dec.Token(); terr != io.EOF {
			if lr.err != nil {
				return nil, lr.err
			}
			if lr.readErr != nil {
				return nil, fmt.Errorf("rescue: decode operation: %w", lr.readErr)
			}
			return nil, fmt.Errorf("rescue: decode operation: data after the operation: %w", ErrSyntax)
		}
	}
	if err != nil {
		if err == io.EOF {
			return nil, fmt.Errorf("rescue: decode operation: empty input: %w", ErrSyntax)
		}
		// Decode once more, field by field, to say where the error is.
		return nil, locateJSONError(buf.Bytes(), err)
	}
	if err := op.Validate(); err != nil {
		return &op, err
	}
	return &op, nil
}

// limitReader fails once more than left bytes are read, once the JSON
// read so far nests deeper than MaxJSONDepth, and at the first byte that
// is not UTF-8 or escape that encoding/json would replace with U+FFFD.
// While keep is set, it keeps a copy of what it reads there, so that an
// error can be located.
type limitReader struct {
	r        io.Reader
	keep     *bytes.Buffer
	left     int64
	depth    int
	inString bool
	escaped  bool
	err      error // the limit, depth, UTF-8 or escape error, once hit
	readErr  error // an error of r other than io.EOF

	offset int64 // bytes checked before the current read

	// A rune split across two reads: its first bytes.
	pend  [utf8.UTFMax]byte
	npend int

	// A \uXXXX escape: hex digits still to come, the value so far, and
	// whether the escape before it was a high surrogate wanting its low half.
	hexLeft  int8
	hexVal   rune
	wantLow  bool
	escStart int64 // offset of the escape, for the error
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.err != nil {
		return 0, l.err
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	if err != nil && err != io.EOF {
		l.readErr = err
	}
	l.left -= int64(n)
	if l.left < 0 {
		l.err = fmt.Errorf("rescue: decode operation: more than %d MiB: %w", MaxOperationBytes>>20, ErrTooLarge)
		return 0, l.err
	}
	if at, ok := l.checkUTF8(p[:n]); !ok {
		l.err = fmt.Errorf("rescue: decode operation: offset %d: invalid UTF-8: %w", at, ErrSyntax)
		return 0, l.err
	}
	if err == io.EOF && l.npend > 0 {
		l.err = fmt.Errorf("rescue: decode operation: offset %d: invalid UTF-8 (cut short): %w", l.offset+int64(n)-int64(l.npend), ErrSyntax)
		return 0, l.err
	}
	if l.keep != nil {
		l.keep.Write(p[:n])
	}
	for i, c := range p[:n] {
		switch {
		case l.escaped:
			l.escaped = false
			if c == 'u' {
				l.hexLeft, l.hexVal = 4, 0
			} else if l.wantLow {
				return 0, l.lone(l.escStart)
			}
		case l.hexLeft > 0:
			l.hexLeft--
			l.hexVal = l.hexVal<<4 | rune(decodeUnhex(c))
			if l.hexLeft == 0 {
				if err := l.escape(); err != nil {
					return 0, err
				}
			}
			if c == '"' { // not hex: a syntax error the decoder reports
				l.hexLeft, l.wantLow, l.inString = 0, false, false
			}
		case l.inString:
			if l.wantLow && c != '\\' {
				return 0, l.lone(l.escStart)
			}
			switch c {
			case '\\':
				l.escaped = true
				if !l.wantLow {
					l.escStart = l.offset + int64(i)
				}
			case '"':
				l.inString = false
			}
		case c == '"':
			l.inString = true
		case c == '{' || c == '[':
			l.depth++
			if l.depth > MaxJSONDepth {
				l.err = fmt.Errorf("rescue: decode operation: JSON nested more than %d levels: %w", MaxJSONDepth, ErrTooLarge)
				return 0, l.err
			}
		case c == '}' || c == ']':
			l.depth--
		}
	}
	l.offset += int64(n)
	return n, err
}

// escape checks the \uXXXX escape just read: no NUL, and surrogates only
// in pairs.
func (l *limitReader) escape() error {
	v := l.hexVal
	switch {
	case l.wantLow:
		l.wantLow = false
		if v < 0xDC00 || v > 0xDFFF {
			return l.lone(l.escStart)
		}
	case 0xD800 <= v && v <= 0xDBFF:
		l.wantLow = true
	case 0xDC00 <= v && v <= 0xDFFF:
		return l.lone(l.escStart)
	case v == 0:
		l.err = fmt.Errorf(`rescue: decode operation: offset %d: a NUL character (\u0000) in a string: %w`, l.escStart, ErrSyntax)
		return l.err
	}
	return nil
}

func (l *limitReader) lone(at int64) error {
	l.err = fmt.Errorf("rescue: decode operation: offset %d: an escaped UTF-16 surrogate that is not half of a pair: %w", at, ErrSyntax)
	return l.err
}

func decodeUnhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0
}

// checkUTF8 reports whether p, following what was read before it, is
// UTF-8 so far, and if not the offset of the first bad byte. A rune cut
// at the end of p is kept until the next read completes it.
func (l *limitReader) checkUTF8(p []byte) (int64, bool) {
	at := l.offset
	for l.npend > 0 && len(p) > 0 {
		l.pend[l.npend] = p[0]
		l.npend++
		p = p[1:]
		at++
		if utf8.FullRune(l.pend[:l.npend]) {
			if r, size := utf8.DecodeRune(l.pend[:l.npend]); r == utf8.RuneError && size <= 1 {
				return at - int64(l.npend), false
			}
			l.npend = 0
		}
	}
	if l.npend > 0 { // p ended within the rune
		return 0, true
	}
	// Set aside a rune cut at the end: its start byte is in the last three.
	tail := 0
	for k := 1; k <= utf8.UTFMax-1 && k <= len(p); k++ {
		if utf8.RuneStart(p[len(p)-k]) {
			if !utf8.FullRune(p[len(p)-k:]) {
				tail = k
			}
			break
		}
	}
	body := p[:len(p)-tail]
	if !utf8.Valid(body) {
		for i := 0; i < len(body); {
			r, size := utf8.DecodeRune(body[i:])
			if r == utf8.RuneError && size <= 1 {
				return at + int64(i), false
			}
			i += size
		}
	}
	l.npend = copy(l.pend[:], p[len(p)-tail:])
	return 0, true
}

// JSONError is a JSON syntax or type error in an operation, with the path
// of the field where it happened ("victims[3].gender").
type JSONError struct {
	Path string
	Err  error
}

// Error returns "rescue: decode operation: victims[3].gender: …".
func (e *JSONError) Error() string {
	if e.Path == "" {
		return "rescue: decode operation: " + e.Err.Error()
	}
	return "rescue: decode operation: " + e.Path + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *JSONError) Unwrap() error { return e.Err }

// locateJSONError decodes data again, one field at a time, to find the
// path of the field where first failed. It runs only on the error path.
// The error it returns wraps a sentinel: [ErrSyntax] for malformed JSON,
// and for a type error the value type's own (a [*ParseError]) or
// [ErrSyntax].
func locateJSONError(data []byte, first error) error {
	var se *json.SyntaxError
	if errors.As(first, &se) || errors.Is(first, io.ErrUnexpectedEOF) {
		msg := first.Error()
		if se != nil {
			msg = "byte " + strconv.FormatInt(se.Offset, 10) + ": " + msg
		}
		return &JSONError{Path: jsonSyntaxPath(data), Err: fmt.Errorf("%s: %w", msg, ErrSyntax)}
	}
	p, err := locate(data, reflect.TypeFor[Operation](), "")
	if err == nil {
		return &JSONError{Err: withSentinel(first)}
	}
	return &JSONError{Path: p, Err: withSentinel(err)}
}

// decodeSentinels are the reasons a field's own parser gives.
var decodeSentinels = [...]error{
	ErrSyntax, ErrRange, ErrUnknownCurrency, ErrAmbiguousCurrency, ErrCurrencyMismatch,
	ErrUnknownCountry, ErrNotCountry, ErrAmbiguous, ErrRequired, ErrInvalid,
	ErrDuplicateID, ErrNegative, ErrOutOfOrder, ErrUnknownReference, ErrTooLarge,
}

// withSentinel returns err if it already wraps one of the package's
// sentinels (as the value types' parse errors do), else err wrapping
// [ErrSyntax]: an error of encoding/json's own — a value of the wrong JSON
// type, an unknown field — so that every error DecodeOperation returns
// wraps a sentinel.
func withSentinel(err error) error {
	var pe *ParseError
	var fe *FieldError
	if errors.As(err, &pe) || errors.As(err, &fe) {
		return err
	}
	for _, s := range decodeSentinels {
		if errors.Is(err, s) {
			return err
		}
	}
	return fmt.Errorf("%w: %w", err, ErrSyntax)
}

// jsonSyntaxPath reads data token by token up to its first syntax error
// and returns the path of the value it was in ("victims[3].gender").
func jsonSyntaxPath(data []byte) string {
	type frame struct {
		array   bool
		index   int    // in an array: the element being read, from 0
		key     string // in an object: the key of the value being read
		wantKey bool   // in an object: the next string is a key
	}
	var stack []frame
	start := func() { // a value starts
		if n := len(stack); n > 0 && stack[n-1].array {
			stack[n-1].index++
		}
	}
	end := func() { // a value ended
		if n := len(stack); n > 0 && !stack[n-1].array {
			stack[n-1].key, stack[n-1].wantKey = "", true
		}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch tok {
		case json.Delim('{'):
			start()
			stack = append(stack, frame{wantKey: true})
		case json.Delim('['):
			start()
			stack = append(stack, frame{array: true, index: -1})
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
			end()
		default:
			if n := len(stack); n > 0 && !stack[n-1].array && stack[n-1].wantKey {
				stack[n-1].key, _ = tok.(string)
				stack[n-1].wantKey = false
				continue
			}
			start()
			end()
		}
	}
	var at string
	for _, f := range stack {
		switch {
		case f.array && f.index >= 0:
			at += "[" + strconv.Itoa(f.index) + "]"
		case !f.array && f.key != "":
			at = join(at, f.key)
		}
	}
	return at
}

// locate decodes data into a new value of type t, descending into structs
// and slices of structs that have no JSON or text methods of their own, so
// that the innermost failing field is named. Fields are visited in the
// order the data gives them, so the first problem is the one reported.
func locate(data []byte, t reflect.Type, at string) (string, error) {
	ptr := reflect.New(t)
	custom := ptr.Type().Implements(reflect.TypeFor[json.Unmarshaler]()) ||
		ptr.Type().Implements(reflect.TypeFor[interface{ UnmarshalText([]byte) error }]())
	switch {
	case !custom && t.Kind() == reflect.Struct:
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(data, &fields); err != nil {
			return at, json.Unmarshal(data, ptr.Interface())
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		if tok, _ := dec.Token(); tok != json.Delim('{') {
			return at, nil // null
		}
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				return at, err
			}
			key, _ := tok.(string)
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return join(at, key), err
			}
			f, ok := fieldByJSONName(t, key)
			if !ok {
				return join(at, key), fmt.Errorf("unknown field %q: %w", key, ErrSyntax)
			}
			if p, err := locate(raw, f.Type, join(at, key)); err != nil {
				return p, err
			}
		}
		return at, nil
	case !custom && t.Kind() == reflect.Slice:
		var elems []json.RawMessage
		if err := json.Unmarshal(data, &elems); err != nil {
			return at, json.Unmarshal(data, ptr.Interface())
		}
		for i, raw := range elems {
			if p, err := locate(raw, t.Elem(), at+"["+strconv.Itoa(i)+"]"); err != nil {
				return p, err
			}
		}
		return at, nil
	}
	if err := json.Unmarshal(data, ptr.Interface()); err != nil {
		return at, err
	}
	return at, nil
}

func join(at, key string) string {
	if at == "" {
		return key
	}
	return at + "." + key
}

// fieldByJSONName finds the field encoding/json would fill for key: the
// exact tag name first, then a case-insensitive match, as it does.
func fieldByJSONName(t reflect.Type, key string) (reflect.StructField, bool) {
	var fold reflect.StructField
	found := false
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if name == key {
			return f, true
		}
		if !found && strings.EqualFold(name, key) {
			fold, found = f, true
		}
	}
	return fold, found
}
