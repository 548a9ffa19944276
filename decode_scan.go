package rescue

import (
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/antitrafficking/rescue/internal/readsome"
)

// decoder is DecodeOperation's JSON reader: a tokenizer over a window of
// the input, driven by the decoders of decode_model.go, which know the
// operation's shape and ask for the token they expect. It never builds a
// tree of the input and never keeps what it has consumed: the window
// holds the token being read (and grows only for one longer than it).
type decoder struct {
	r        io.Reader
	buf      []byte
	pos, end int   // buf[pos:end] is read and not yet consumed
	hold     int   // while >= 0, buf[hold:] is kept by more (a raw value being captured)
	base     int64 // the input offset of buf[0]
	limit    int64 // the most bytes the input may have
	read     int64 // bytes read so far
	eof      bool
	err      error                  // the first error; once set, every read fails
	jerr     *JSONError             // err, when it is one
	pathSet  bool                   // whether jerr's Path is final
	keyOff   int64                  // the offset of the key being read
	kb       [decodeKeyLen + 1]byte // the key being read
	scratch  []byte                 // strings with escapes, unescaped
	opts     DecodeOptions
	problems decodeProblems
	refused  int // how many values their types refused (see refuse)
	// refusedBefore is refused when the record being read began: a record
	// with a refused value is not checked, as the zero value left in its
	// place would make problems of its own.
	refusedBefore int
}

// decodeBufSize is the decoder's window: large enough that reads are few,
// small enough that a small operation costs little.
const decodeBufSize = 32 << 10

func newDecoder(r io.Reader, opts DecodeOptions) *decoder {
	return &decoder{r: r, buf: make([]byte, decodeBufSize), hold: -1, limit: MaxOperationBytes, opts: opts}
}

func (d *decoder) offset(i int) int64 { return d.base + int64(i) }

// more reads more input after buf[:end], keeping buf[keep:end] (and
// buf[hold:end] while a raw value is held): the kept bytes move to the
// front of buf, so every index into buf shifts down by the amount it
// returns. It reports false at the end of the input or on an error, which
// it records.
func (d *decoder) more(keep int) (shift int, ok bool) {
	if d.err != nil || d.eof {
		return 0, false
	}
	if d.hold >= 0 && d.hold < keep {
		keep = d.hold
	}
	if keep > 0 {
		d.end = copy(d.buf, d.buf[keep:d.end])
		d.pos -= keep
		if d.hold >= 0 {
			d.hold -= keep
		}
		d.base += int64(keep)
	}
	// Read no more than one byte past the limit, so that a long input is
	// refused having read just past it.
	room := d.limit + 1 - d.read
	if d.end == len(d.buf) {
		n := min(2*len(d.buf), d.end+int(min(room, MaxOperationBytes)))
		buf := make([]byte, max(n, d.end+1))
		copy(buf, d.buf[:d.end])
		d.buf = buf
	}
	dst := d.buf[d.end:]
	if int64(len(dst)) > room {
		dst = dst[:room]
	}
	// readsome gives up on a reader that returns nothing for ever, with
	// io.ErrNoProgress, and refuses a count the buffer cannot hold.
	n, err := readsome.Read(d.r, dst)
	d.end += n
	d.read += int64(n)
	if d.read > d.limit {
		return keep, d.fail(d.end, fmt.Errorf("more than %d MiB: %w", d.limit>>20, ErrTooLarge))
	}
	switch {
	case err == io.EOF:
		d.eof = true
		return keep, n > 0
	case err != nil:
		return keep, d.fail(d.end, fmt.Errorf("offset %d: reading the input: %w", d.offset(d.end), err))
	}
	return keep, true
}

// fail records a JSON error at buf[i] whose path the innermost decoder
// that sees it will set, and returns false.
func (d *decoder) fail(i int, err error) bool {
	if d.err == nil {
		d.jerr = &JSONError{Offset: d.offset(i), Err: err}
		d.err = d.jerr
	}
	return false
}

// syntax records a syntax error at buf[i], saying where it is.
func (d *decoder) syntax(i int, msg string) bool {
	return d.fail(i, fmt.Errorf("offset %d: %s: %w", d.offset(i), msg, ErrSyntax))
}

// at gives the error being returned, if its path is not yet set, the path
// p, and returns false: the innermost decoder that knows where it is calls
// it on its way out.
func (d *decoder) at(p *path) bool {
	if d.jerr != nil && !d.pathSet {
		d.jerr.Path = p.String()
		d.pathSet = true
	}
	return false
}

// atField is at for the field name of the object at p.
func (d *decoder) atField(p *path, name string) bool {
	if d.jerr != nil && !d.pathSet {
		f := p.field(name)
		return d.at(&f)
	}
	return false
}

// peek skips white space and returns the next byte, without consuming
// it. It reports false at the end of the input or on an error.
func (d *decoder) peek() (byte, bool) {
	for {
		for d.pos < d.end {
			switch c := d.buf[d.pos]; c {
			case ' ', '\n', '\t', '\r':
				d.pos++
			default:
				return c, true
			}
		}
		if _, ok := d.more(d.pos); !ok {
			return 0, false
		}
	}
}

// want reads the next byte, which must be c (white space aside).
func (d *decoder) want(c byte, context string) bool {
	got, ok := d.peek()
	if !ok {
		return d.eofError(context)
	}
	if got != c {
		return d.syntax(d.pos, "invalid character "+quoteChar(got)+" "+context)
	}
	d.pos++
	return true
}

// eofError records the error of input that ended too soon, unless a read
// error or the size limit ended it.
func (d *decoder) eofError(context string) bool {
	if d.err == nil {
		d.syntax(d.end, "unexpected end of input "+context)
	}
	return false
}

// quoteChar names a byte for a syntax error: 'x' for a printable ASCII
// character, its code otherwise. One byte is never personal data.
func quoteChar(c byte) string {
	if c >= 0x20 && c < 0x7f {
		return strconv.QuoteRune(rune(c))
	}
	return fmt.Sprintf("0x%02X", c)
}

// kindOf names the kind of JSON value that starts with c.
func kindOf(c byte) string {
	switch {
	case c == '"':
		return "a string"
	case c == '{':
		return "an object"
	case c == '[':
		return "an array"
	case c == 't' || c == 'f':
		return "a boolean"
	case c == 'n':
		return "null"
	case c == '-' || '0' <= c && c <= '9':
		return "a number"
	}
	return ""
}

// typeError records that the value at buf[pos] is not what the shape
// wants there (want: "a string", "an array of codes"…).
func (d *decoder) typeError(c byte, want string) bool {
	found := kindOf(c)
	if found == "" {
		return d.syntax(d.pos, "invalid character "+quoteChar(c)+" looking for "+want)
	}
	return d.syntax(d.pos, "want "+want+", found "+found)
}

// null consumes a null, which the caller has seen the n of.
func (d *decoder) null() bool { return d.literal("null") }

// literal consumes the word (true, false, null) that starts at pos.
func (d *decoder) literal(word string) bool {
	for d.end-d.pos < len(word) {
		if _, ok := d.more(d.pos); !ok {
			if d.err == nil {
				return d.syntax(d.pos, "invalid literal")
			}
			return false
		}
	}
	if string(d.buf[d.pos:d.pos+len(word)]) != word {
		return d.syntax(d.pos, "invalid literal")
	}
	d.pos += len(word)
	return true
}

// strPlain marks the bytes a string holds as they are: printable ASCII
// other than the quote and the backslash.
var strPlain = func() (t [256]bool) {
	for c := 0x20; c < 0x80; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// str reads the string that starts at buf[pos] (its quote) and returns its
// text, unescaped. The text is valid until the next read. A string that
// is not UTF-8, holds a control character or a NUL (raw or escaped), or an
// escaped surrogate that is not half of a pair is an error: encoding/json
// would keep the NUL and put U+FFFD for the rest without a word.
func (d *decoder) str() ([]byte, bool) {
	start := d.pos
	i := start + 1
	for {
		for i < d.end && strPlain[d.buf[i]] {
			i++
		}
		if i == d.end {
			shift, ok := d.more(start)
			start, i = start-shift, i-shift
			if !ok {
				return nil, d.eofError("in a string")
			}
			continue
		}
		switch c := d.buf[i]; {
		case c == '"':
			d.pos = i + 1
			return d.buf[start+1 : i], true
		case c == '\\':
			d.scratch = append(d.scratch[:0], d.buf[start+1:i]...)
			d.pos = i
			return d.strEscaped()
		case c < 0x20:
			return nil, d.control(i, c)
		default:
			size, ok := d.rune(&start, &i)
			if !ok {
				return nil, false
			}
			i += size
		}
	}
}

// control records the error of a raw control character in a string.
func (d *decoder) control(i int, c byte) bool {
	if c == 0 {
		return d.syntax(i, "a NUL character in a string")
	}
	return d.syntax(i, "a control character in a string")
}

// rune checks the UTF-8 sequence at buf[*i] (a byte >= 0x80), reading
// more if it is cut, and returns its length. keep and i are indices into
// buf that it shifts when it reads.
func (d *decoder) rune(keep, i *int) (int, bool) {
	for !utf8.FullRune(d.buf[*i:d.end]) {
		shift, ok := d.more(*keep)
		*keep, *i = *keep-shift, *i-shift
		if !ok {
			if d.err != nil {
				return 0, false
			}
			break // cut short at the end: invalid
		}
	}
	r, size := utf8.DecodeRune(d.buf[*i:d.end])
	if r == utf8.RuneError && size <= 1 {
		return 0, d.syntax(*i, "invalid UTF-8")
	}
	return size, true
}

// strEscaped goes on reading a string at buf[pos], the first backslash,
// into scratch.
func (d *decoder) strEscaped() ([]byte, bool) {
	i := d.pos
	for {
		run := i
		for i < d.end && strPlain[d.buf[i]] {
			i++
		}
		d.scratch = append(d.scratch, d.buf[run:i]...)
		if i == d.end {
			shift, ok := d.more(i)
			i -= shift
			if !ok {
				return nil, d.eofError("in a string")
			}
			continue
		}
		switch c := d.buf[i]; {
		case c == '"':
			d.pos = i + 1
			return d.scratch, true
		case c == '\\':
			n, ok := d.escape(&i)
			if !ok {
				return nil, false
			}
			i += n
		case c < 0x20:
			return nil, d.control(i, c)
		default:
			from := i
			size, ok := d.rune(&from, &i)
			if !ok {
				return nil, false
			}
			d.scratch = append(d.scratch, d.buf[i:i+size]...)
			i += size
		}
	}
}

// escape decodes the escape at buf[*i] into scratch and returns its
// length. A high surrogate must be followed at once by a low one.
func (d *decoder) escape(i *int) (int, bool) {
	need := 2
	if d.end-*i >= 2 && d.buf[*i+1] == 'u' {
		need = 12 // room for a surrogate pair
	}
	for d.end-*i < need && !d.eof {
		shift, ok := d.more(*i)
		*i -= shift
		if !ok && d.err != nil {
			return 0, false
		}
		if d.end-*i >= 2 && d.buf[*i+1] == 'u' {
			need = 12
		}
	}
	b := d.buf[*i:d.end]
	if len(b) < 2 {
		return 0, d.eofError("in a string")
	}
	var c byte
	switch b[1] {
	case '"', '\\', '/':
		c = b[1]
	case 'b':
		c = '\b'
	case 'f':
		c = '\f'
	case 'n':
		c = '\n'
	case 'r':
		c = '\r'
	case 't':
		c = '\t'
	case 'u':
		r, ok := unhex4(b[2:])
		if !ok {
			return 0, d.syntax(*i, `invalid \u escape`)
		}
		switch {
		case r == 0:
			return 0, d.syntax(*i, `a NUL character (\u0000) in a string`)
		case 0xDC00 <= r && r <= 0xDFFF:
			return 0, d.syntax(*i, "an escaped UTF-16 surrogate that is not half of a pair")
		case 0xD800 <= r && r <= 0xDBFF:
			lo, ok := rune(0), len(b) >= 12 && b[6] == '\\' && b[7] == 'u'
			if ok {
				lo, ok = unhex4(b[8:])
			}
			if !ok || lo < 0xDC00 || lo > 0xDFFF {
				return 0, d.syntax(*i, "an escaped UTF-16 surrogate that is not half of a pair")
			}
			d.scratch = utf8.AppendRune(d.scratch, 0x10000+(r-0xD800)<<10+(lo-0xDC00))
			return 12, true
		}
		d.scratch = utf8.AppendRune(d.scratch, r)
		return 6, true
	default:
		return 0, d.syntax(*i, "invalid escape "+quoteChar(b[1])+" in a string")
	}
	d.scratch = append(d.scratch, c)
	return 2, true
}

// unhex4 reads four hexadecimal digits.
func unhex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// number reads the number that starts at buf[pos] and returns its text,
// valid until the next read. It checks JSON's grammar only: what the
// number may be is for the type that reads it.
func (d *decoder) number() ([]byte, bool) {
	start := d.pos
	i := start
	// The states of JSON's number grammar: 0 before the sign, 1 after
	// it, 2 in the integer part (not a leading zero), 3 after a leading
	// zero, 4 after the point, 5 in the fraction, 6 after the e, 7 after
	// its sign, 8 in the exponent.
	state := 0
	for {
		if i == d.end {
			shift, ok := d.more(start)
			start, i = start-shift, i-shift
			if !ok {
				if d.err != nil {
					return nil, false
				}
				break
			}
		}
		c := d.buf[i]
		next := -1
		digit := '0' <= c && c <= '9'
		switch state {
		case 0:
			if c == '-' {
				next = 1
			} else if c == '0' {
				next = 3
			} else if digit {
				next = 2
			}
		case 1:
			if c == '0' {
				next = 3
			} else if digit {
				next = 2
			}
		case 2, 3:
			switch {
			case digit && state == 2:
				next = 2
			case c == '.':
				next = 4
			case c == 'e' || c == 'E':
				next = 6
			}
		case 4, 5:
			switch {
			case digit:
				next = 5
			case state == 5 && (c == 'e' || c == 'E'):
				next = 6
			}
		case 6:
			if c == '+' || c == '-' {
				next = 7
			} else if digit {
				next = 8
			}
		case 7, 8:
			if digit {
				next = 8
			}
		}
		if next < 0 {
			break
		}
		state = next
		i++
	}
	if state != 2 && state != 3 && state != 5 && state != 8 {
		return nil, d.syntax(i, "invalid number")
	}
	d.pos = i
	return d.buf[start:i], true
}

// maxRawValue bounds a value captured whole for a type's UnmarshalJSON.
const maxRawValue = 64 << 10

// raw reads the value at buf[pos] whole, checking its syntax, and returns
// its JSON text, valid until the next read: the input a type's
// UnmarshalJSON takes.
func (d *decoder) raw() ([]byte, bool) {
	d.hold = d.pos
	ok := d.skip(0)
	start := d.hold
	d.hold = -1
	if ok && d.pos-start > maxRawValue {
		ok = d.fail(start, fmt.Errorf("offset %d: a value over %d KiB: %w", d.offset(start), maxRawValue>>10, ErrTooLarge))
	}
	if !ok {
		return nil, false
	}
	return d.buf[start:d.pos], true
}

// maxRawDepth bounds the nesting of a value captured by raw: no value
// type's JSON nests more than twice.
const maxRawDepth = 8

// skip reads past one value, checking its syntax.
func (d *decoder) skip(depth int) bool {
	c, ok := d.peek()
	if !ok {
		return d.eofError("looking for a value")
	}
	if d.hold >= 0 && d.pos-d.hold > maxRawValue {
		return d.fail(d.pos, fmt.Errorf("offset %d: a value over %d KiB: %w", d.offset(d.hold), maxRawValue>>10, ErrTooLarge))
	}
	switch {
	case c == '"':
		_, ok = d.str()
		return ok
	case c == '-' || '0' <= c && c <= '9':
		_, ok = d.number()
		return ok
	case c == 't':
		return d.literal("true")
	case c == 'f':
		return d.literal("false")
	case c == 'n':
		return d.literal("null")
	case c != '{' && c != '[':
		return d.syntax(d.pos, "invalid character "+quoteChar(c)+" looking for a value")
	}
	if depth == maxRawDepth {
		return d.fail(d.pos, fmt.Errorf("offset %d: nested more than %d levels: %w", d.offset(d.pos), maxRawDepth, ErrTooLarge))
	}
	d.pos++
	closing := byte('}')
	if c == '[' {
		closing = ']'
	}
	for n := 0; ; n++ {
		c, ok := d.peek()
		if !ok {
			return d.eofError("in a value")
		}
		if c == closing {
			d.pos++
			return true
		}
		if n > 0 && !d.want(',', "after a value") {
			return false
		}
		if closing == '}' {
			if c, ok = d.peek(); !ok || c != '"' {
				return d.want('"', "looking for a key")
			}
			if _, ok := d.str(); !ok || !d.want(':', "after a key") {
				return false
			}
		}
		if !d.skip(depth + 1) {
			return false
		}
	}
}
