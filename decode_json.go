package rescue

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"time"
)

// The readers below take the path of the object being read and the name
// of the field, and build the field's path only for an error, so that
// reading a valid operation builds none.

// top reads the operation, which must be an object.
func (d *decoder) top(op *Operation) bool {
	c, ok := d.peek()
	if !ok {
		if d.err == nil {
			return d.syntax(d.pos, "empty input")
		}
		return false
	}
	if c != '{' {
		return d.typeError(c, "an object (an operation)")
	}
	var root path
	return d.operation(op, &root)
}

// finish reads to the end of the input: only white space may follow the
// operation.
func (d *decoder) finish() bool {
	if _, ok := d.peek(); ok {
		return d.syntax(d.pos, "data after the operation")
	}
	return d.err == nil
}

// object opens the object at p. It reports false for null, and for
// anything else but an object, which is an error.
func (d *decoder) object(p *path) bool {
	c, ok := d.peek()
	switch {
	case !ok:
		d.eofError("looking for an object")
	case c == '{':
		d.pos++
		return true
	case c == 'n':
		d.null()
	default:
		d.typeError(c, "an object")
	}
	return d.at(p)
}

// decodeKeyLen is the longest key the decoder keeps: longer ones are no
// field's name.
const decodeKeyLen = 64

// key reads the next key of the object at p, n keys into it, and the colon
// after it. It returns nil at the end of the object, and on an error.
// The key is valid until the next call; a key longer than decodeKeyLen
// is cut to one byte more, which is no field's name still.
func (d *decoder) key(p *path, n int) []byte {
	c, ok := d.peek()
	if ok && c == '}' {
		d.pos++
		return nil
	}
	if ok && n > 0 {
		if c != ',' {
			d.syntax(d.pos, "invalid character "+quoteChar(c)+" after a value in an object")
			d.at(p)
			return nil
		}
		d.pos++
		c, ok = d.peek()
	}
	if !ok {
		d.eofError("in an object")
		d.at(p)
		return nil
	}
	if c != '"' {
		d.syntax(d.pos, "invalid character "+quoteChar(c)+" looking for a key")
		d.at(p)
		return nil
	}
	d.keyOff = d.offset(d.pos)
	k, ok := d.str()
	if !ok {
		d.at(p)
		return nil
	}
	// The colon may be past the window: keep the key (or enough of it to
	// tell it is no field's name) first.
	key := d.kb[:copy(d.kb[:], k)]
	if !d.want(':', "after a key") {
		d.at(p)
		return nil
	}
	return key
}

// fields reads the object at p (or null) key by key. For each, field
// reads the value and returns the number of its field of the record (at
// most 63), or -1, having read nothing, for a key that is no field of the
// record (what, of type t), which is an error. A key given twice is an
// error.
func (d *decoder) fields(p *path, what string, t reflect.Type, field func(key []byte) (int, bool)) bool {
	if !d.object(p) {
		return d.err == nil
	}
	var seen uint64
	for n := 0; ; n++ {
		key := d.key(p, n)
		if key == nil {
			return d.err == nil
		}
		// field reads past the key, and d.kb with it.
		var kb [decodeKeyLen + 1]byte
		key = kb[:copy(kb[:], key)]
		off := d.keyOff
		i, ok := field(d.kb[:len(key)])
		switch {
		case !ok:
			return false
		case i < 0:
			return d.unknown(p, key, what, t)
		case seen&(1<<i) != 0:
			d.failAt(off, fmt.Errorf("offset %d: duplicate key %q: %w", off, string(key), ErrSyntax))
			return d.atField(p, string(key))
		}
		seen |= 1 << i
	}
}

// list reads field name of the object at parent, an array of records (or
// null), record i read by decode(d, &record, parent, i).
// records says whether it is a list of the operation itself, rather than
// one inside a record. The list grows by doubling: the slices a decoder
// builds cost at most twice their final size in all.
func list[S ~[]T, T any](d *decoder, parent *path, name, want string, records bool, dst *S,
	decode func(*decoder, *T, *path, int) bool) bool {
	p := parent.field(name)
	if !d.array(&p, want) {
		return d.err == nil
	}
	s := (*dst)[:0]
	for i := 0; d.entry(&p, i, records); i++ {
		if len(s) == cap(s) {
			s = append(make(S, 0, max(4, 2*cap(s))), s...)
		}
		s = s[:i+1]
		*dst = s
		if records {
			d.refusedBefore = d.refused
		}
		if !decode(d, &s[i], parent, i) {
			return false
		}
	}
	if s == nil {
		s = S{} // as encoding/json gives for []
	}
	*dst = s
	return d.err == nil
}

// array opens the array at p. It reports false for null, and for
// anything else but an array, which is an error (want says what the
// array holds: "an array of codes").
func (d *decoder) array(p *path, want string) bool {
	c, ok := d.peek()
	switch {
	case !ok:
		d.eofError("looking for " + want)
	case c == '[':
		d.pos++
		return true
	case c == 'n':
		d.null()
	default:
		d.typeError(c, want)
	}
	return d.at(p)
}

// elem reads what comes before entry n of the array at p: it reports
// whether there is one (false at the end, and on an error), and refuses
// an entry past max, the DecodeOptions field named option.
func (d *decoder) elem(p *path, n, max int, option string) bool {
	c, ok := d.peek()
	if !ok {
		d.eofError("in an array")
		return d.at(p)
	}
	if c == ']' {
		d.pos++
		return false
	}
	if n > 0 {
		if c != ',' {
			d.syntax(d.pos, "invalid character "+quoteChar(c)+" after an entry of an array")
			return d.at(p)
		}
		d.pos++
	}
	if n == max {
		d.failAt(d.offset(d.pos), fmt.Errorf("more than %d entries (DecodeOptions.%s): %w", max, option, ErrTooLarge))
		return d.at(p)
	}
	return true
}

// entry is elem with the limit of DecodeOptions for a list of the
// operation itself if records, else for a list inside a record.
func (d *decoder) entry(p *path, n int, records bool) bool {
	if records {
		return d.elem(p, n, d.opts.maxRecords(), "MaxRecords")
	}
	return d.elem(p, n, d.opts.maxItems(), "MaxItems")
}

// failAt records an error at input offset off.
func (d *decoder) failAt(off int64, err error) {
	if d.err == nil {
		d.jerr = &JSONError{Offset: off, Err: err}
		d.err = d.jerr
	}
}

// strField reads field name of the object at p, a string or null: its text
// (valid until the next read) and offset, or null true. Anything else is
// an error, which it records.
func (d *decoder) strField(p *path, name string) (text []byte, off int64, null, ok bool) {
	c, ok := d.peek()
	switch {
	case !ok:
		d.eofError("looking for a value")
	case c == '"':
		off = d.offset(d.pos)
		if text, ok = d.str(); ok {
			return text, off, false, true
		}
	case c == 'n':
		if d.null() {
			return nil, 0, true, true
		}
	default:
		d.typeError(c, "a string")
	}
	return nil, 0, false, d.atField(p, name)
}

// text reads field name of the object at p, a string (or null), into u
// with its UnmarshalText.
func (d *decoder) text(p *path, name string, u encoding.TextUnmarshaler) bool {
	b, off, null, ok := d.strField(p, name)
	if !ok || null {
		return ok
	}
	if decodeFast(u, b) {
		return true
	}
	if err := u.UnmarshalText(b); err != nil {
		return d.refuse(p.field(name), off, err)
	}
	return true
}

// refuse records that the value at path p, at input offset off, was
// refused by its type with err, and reports whether to read on. A value
// its type refuses is no error in the JSON: the decoder reads on, so as to
// report every such value at once (with the problems of the records
// read), up to the limit of problems, and the operation is not returned.
func (d *decoder) refuse(p path, off int64, err error) bool {
	d.refused++
	v := &d.problems.v
	if !v.full() {
		v.errs = append(v.errs, &JSONError{Path: p.String(), Offset: off, Err: err})
	}
	return d.checked(&p)
}

// string reads field name of the object at p, a string (or null).
func (d *decoder) string(p *path, name string, dst *string) bool {
	b, _, null, ok := d.strField(p, name)
	if ok && !null {
		*dst = string(b)
	}
	return ok
}

// personal reads field name of the object at p, personal text (or null).
func (d *decoder) personal(p *path, name string, dst *Personal) bool {
	return d.string(p, name, (*string)(dst))
}

// int reads field name of the object at p, a whole number (or null).
func (d *decoder) int(p *path, name string, dst *int) bool {
	c, ok := d.peek()
	switch {
	case !ok:
		d.eofError("looking for a value")
	case c == '-' || '0' <= c && c <= '9':
		off := d.offset(d.pos)
		b, ok := d.number()
		if !ok {
			break
		}
		n, err := strconv.Atoi(string(b))
		switch {
		case bytes.ContainsAny(b, ".eE"):
			return d.refuse(p.field(name), off, fmt.Errorf("%s is not a whole number: %w", quoteInput(string(b)), ErrSyntax))
		case err != nil:
			return d.refuse(p.field(name), off, fmt.Errorf("%s is too large: %w", quoteInput(string(b)), ErrRange))
		}
		*dst = n
		return true
	case c == 'n':
		if d.null() {
			return true
		}
	default:
		d.typeError(c, "a number")
	}
	return d.atField(p, name)
}

// bool reads field name of the object at p, true or false (or null).
func (d *decoder) bool(p *path, name string, dst *bool) bool {
	c, ok := d.peek()
	switch {
	case !ok:
		d.eofError("looking for a value")
	case c == 't':
		if d.literal("true") {
			*dst = true
			return true
		}
	case c == 'f':
		if d.literal("false") {
			*dst = false
			return true
		}
	case c == 'n':
		if d.null() {
			return true
		}
	default:
		d.typeError(c, "true or false")
	}
	return d.atField(p, name)
}

// json reads field name of the object at p (anything but null, which
// leaves it unset) into u with its UnmarshalJSON.
func (d *decoder) json(p *path, name string, u json.Unmarshaler) bool {
	c, ok := d.peek()
	switch {
	case !ok:
		d.eofError("looking for a value")
	case c == 'n':
		if d.null() {
			return true
		}
	default:
		off := d.offset(d.pos)
		b, ok := d.raw()
		if !ok {
			break
		}
		if err := u.UnmarshalJSON(b); err != nil {
			return d.refuse(p.field(name), off, err)
		}
		return true
	}
	return d.atField(p, name)
}

// maxTimeText bounds a time's text: RFC 3339 with nanoseconds is 35 bytes.
const maxTimeText = 64

// time reads field name of the object at p, an RFC 3339 time (or null).
func (d *decoder) time(p *path, name string, dst *time.Time) bool {
	b, off, null, ok := d.strField(p, name)
	if !ok || null {
		return ok
	}
	if len(b) > maxTimeText || dst.UnmarshalText(b) != nil {
		return d.refuse(p.field(name), off, fmt.Errorf("%s is not an RFC 3339 time (2023-10-07T22:30:00-05:00): %w", quoteInput(string(b)), ErrSyntax))
	}
	return true
}

// textList reads field name of the object at p, an array of strings (or
// null), each read into a T by its UnmarshalText: a list of codes, of the
// operation itself if records, else inside a record.
func textList[T any, PT interface {
	*T
	encoding.TextUnmarshaler
}](d *decoder, p *path, name string, dst *[]T, records bool) bool {
	f := p.field(name)
	if !d.array(&f, "an array of codes") {
		return d.err == nil
	}
	// The codes are read into the list itself: a code read into a
	// variable of T would go to the heap, UnmarshalText being a method
	// the compiler cannot see through here.
	s := (*dst)[:0]
	for i := 0; d.entry(&f, i, records); i++ {
		c, ok := d.peek()
		if !ok || c != '"' {
			if ok {
				d.typeError(c, "a code")
			} else {
				d.eofError("looking for a code")
			}
			e := p.elem(name, i)
			return d.at(&e)
		}
		if len(s) == cap(s) {
			s = append(make([]T, 0, max(4, 2*cap(s))), s...)
		}
		s = s[:i+1]
		off := d.offset(d.pos)
		b, ok := d.str()
		if !ok {
			e := p.elem(name, i)
			return d.at(&e)
		}
		if err := PT(&s[i]).UnmarshalText(b); err != nil && !d.refuse(p.elem(name, i), off, err) {
			return false
		}
	}
	if d.err != nil {
		return false
	}
	if s == nil {
		s = []T{} // as encoding/json gives for []
	}
	*dst = s
	return true
}

// stringList reads field name of the object at p, an array of strings (or
// null).
func (d *decoder) stringList(p *path, name string, dst *[]string) bool {
	f := p.field(name)
	if !d.array(&f, "an array of strings") {
		return d.err == nil
	}
	var small [8]string
	s := small[:0]
	for i := 0; d.entry(&f, i, false); i++ {
		var v string
		e := p.elem(name, i)
		c, ok := d.peek()
		switch {
		case ok && c == '"':
			b, ok := d.str()
			if !ok {
				return d.at(&e)
			}
			v = string(b)
		case ok:
			d.typeError(c, "a string")
			return d.at(&e)
		default:
			d.eofError("looking for a value")
			return d.at(&e)
		}
		s = append(s, v)
	}
	if d.err != nil {
		return false
	}
	*dst = append(make([]string, 0, len(s)), s...)
	return true
}
