package rescue

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/antitrafficking/rescue/internal/readsome"
)

// htcdsMaxRowBytes bounds one row of a CSV file: the reader holds a row at
// a time, so this is what it holds at most, whatever the file. A row of
// the toolkit's templates is a few hundred bytes even with long free text.
const htcdsMaxRowBytes = 1 << 20

// htcdsCSV reads CSV (RFC 4180) one record at a time into buffers it
// reuses, so that reading costs no allocation per row. It differs from
// encoding/csv where spreadsheets differ from RFC 4180: the delimiter is
// detected (',' or ';', as Excel writes in locales whose decimal mark is a
// comma); a UTF-8 byte order mark is dropped; a lone carriage return ends
// a line as CRLF and LF do; a quote inside an unquoted field is kept as
// text (it cannot be read any other way); and a quoted field keeps its
// bytes exactly (encoding/csv turns "\r\n" in a quoted field into "\n").
// A row longer than htcdsMaxRowBytes, and input longer than max, are
// errors wrapping ErrTooLarge.
type htcdsCSV struct {
	r     io.Reader
	in    []byte // the read buffer: in[pos:n] is unread
	pos   int
	n     int
	eof   bool  // r has returned io.EOF (or an error, kept in rerr)
	rerr  error // r's error, other than io.EOF
	total int64 // bytes taken from r
	max   int64 // at most this many; < 0: no limit

	comma   byte      // ',' or ';'; 0 until the first record detects it
	special [256]bool // the bytes that end an unquoted field: comma, CR, LF

	buf  []byte // the record's cells, unquoted, back to back
	ends []int  // ends[i] is where cell i ends in buf
	line int    // lines read, for errors
	err  error  // sticky: once set, every read returns it
}

func newHTCDSCSV(r io.Reader, comma byte, limit int64) *htcdsCSV {
	size := 64 << 10
	if l, ok := r.(interface{ Len() int }); ok { // a small file in memory gets a small buffer
		size = min(size, max(l.Len()+1, 512))
	}
	return &htcdsCSV{r: r, in: make([]byte, size), comma: comma, max: limit}
}

// cells returns the number of cells of the record read last.
func (c *htcdsCSV) cells() int { return len(c.ends) }

// cell returns cell i of the record read last; it is valid until the next
// read.
func (c *htcdsCSV) cell(i int) []byte {
	start := 0
	if i > 0 {
		start = c.ends[i-1]
	}
	return c.buf[start:c.ends[i]]
}

// fill reads more input when in[pos:n] is empty; it reports whether there
// is any.
func (c *htcdsCSV) fill() bool {
	if c.pos == c.n && !c.eof {
		c.pos, c.n = 0, c.take(c.in)
	}
	return c.pos < c.n
}

// take reads once into p (not empty), and returns how many bytes it read:
// at least one, or none and the end of the input (eof set), which a read
// error ends too (rerr set). It reads through readsome, so that a reader
// that gives nothing for ever ends as an error, as DecodeOperation ends
// it, and every loop that reads until it has bytes ends.
func (c *htcdsCSV) take(p []byte) int {
	m, err := readsome.Read(c.r, p)
	c.total += int64(m)
	if err != nil {
		c.eof = true
		if err != io.EOF {
			c.rerr = &csvError{max(c.line, 1), "reading the input", err}
		}
	}
	return m
}

// errCSVInputLarge is the scanner's error past its limit, which the
// reader turns into its own (naming the limit's option).
var errCSVInputLarge = errors.New("input too large")

// csvError describes a syntax error of the file, or a row too long; it
// never quotes the file's text, which may be personal data.
type csvError struct {
	line int
	msg  string
	err  error // a sentinel (ErrSyntax, ErrTooLarge), or the reader's error
}

func (e *csvError) Error() string {
	return "line " + strconv.Itoa(e.line) + ": " + e.msg + ": " + e.err.Error()
}

func (e *csvError) Unwrap() error { return e.err }

// read reads the next record. It returns io.EOF at the end of the input.
func (c *htcdsCSV) read() error {
	if c.err != nil {
		return c.err
	}
	c.err = c.record()
	if c.err == nil {
		return nil
	}
	if c.rerr != nil && c.err != io.EOF {
		c.err = c.rerr
	}
	return c.err
}

func (c *htcdsCSV) record() error {
	c.buf, c.ends = c.buf[:0], c.ends[:0]
	start := c.total - int64(c.n-c.pos) // where the record starts in the input
	if !c.fill() {
		if c.rerr != nil {
			return c.rerr
		}
		return io.EOF
	}
	if c.line == 0 {
		c.line = 1
		c.dropBOM()
		if err := c.workbook(); err != nil {
			return err
		}
		if c.comma == 0 {
			c.comma = c.detectComma()
		}
		c.special[c.comma], c.special['\r'], c.special['\n'] = true, true, true
	}
	if c.fast(start) {
		return c.err
	}
	startLine := c.line
	for {
		// A field: quoted or not.
		if !c.fill() {
			c.ends = append(c.ends, len(c.buf))
			return c.rerr // the last record, with no line end, unless the reader failed in it
		}
		if c.in[c.pos] == '"' {
			c.pos++
			if err := c.quoted(startLine, start); err != nil {
				return err
			}
		} else if err := c.unquoted(start); err != nil {
			return err
		}
		c.ends = append(c.ends, len(c.buf))
		// What ends the field: a delimiter, a line end or the end.
		if !c.fill() {
			return c.rerr
		}
		switch b := c.in[c.pos]; b {
		case c.comma:
			c.pos++
			continue
		case '\n':
			c.pos++
		case '\r':
			c.pos++
			if c.fill() && c.in[c.pos] == '\n' {
				c.pos++
			}
		default:
			// Only a quoted field can stop elsewhere: text after its
			// closing quote.
			return &csvError{c.line, "text after the closing quote of a field (a quote inside a quoted field is written twice)", ErrSyntax}
		}
		c.line++
		return nil
	}
}

// fast reads the record if the buffer holds all of it on one line with no
// quote and no carriage return but a final one (the usual record): it
// finds the line's end and its delimiters with bytes.IndexByte, which
// scans many bytes at a time, and copies the line at once. It reports
// false, having read nothing, for any other record. An error (a limit) is
// left in c.err.
func (c *htcdsCSV) fast(start int64) bool {
	in := c.in[c.pos:c.n]
	nl := bytes.IndexByte(in, '\n')
	if nl < 0 {
		return false
	}
	line := in[:nl]
	if len(line) > 0 && line[len(line)-1] == '\r' {
		line = line[:len(line)-1]
	}
	if bytes.IndexByte(line, '"') >= 0 || bytes.IndexByte(line, '\r') >= 0 {
		return false
	}
	c.pos += nl + 1
	if c.err = c.over(start); c.err != nil {
		return true
	}
	for {
		j := bytes.IndexByte(line, c.comma)
		if j < 0 {
			c.buf = append(c.buf, line...)
			c.ends = append(c.ends, len(c.buf))
			break
		}
		c.buf = append(c.buf, line[:j]...)
		c.ends = append(c.ends, len(c.buf))
		line = line[j+1:]
	}
	c.line++
	return true
}

// over reports whether the record that started at start, or the input,
// has grown past its bound, and returns the error.
func (c *htcdsCSV) over(start int64) error {
	read := c.total - int64(c.n-c.pos)
	if c.max >= 0 && read > c.max {
		return errCSVInputLarge
	}
	if read-start > htcdsMaxRowBytes {
		return &csvError{c.line, "a row longer than " + strconv.Itoa(htcdsMaxRowBytes>>20) + " MiB", ErrTooLarge}
	}
	return nil
}

// unquoted appends an unquoted field's bytes to buf, up to the delimiter
// or line end.
func (c *htcdsCSV) unquoted(start int64) error {
	for c.fill() {
		in := c.in[c.pos:c.n]
		i := 0
		for i < len(in) && !c.special[in[i]] {
			i++
		}
		c.buf = append(c.buf, in[:i]...)
		c.pos += i
		if err := c.over(start); err != nil {
			return err
		}
		if i < len(in) {
			break
		}
	}
	return nil
}

// quoted appends a quoted field's bytes, its doubled quotes undoubled, up
// to its closing quote.
func (c *htcdsCSV) quoted(startLine int, start int64) error {
	for {
		if !c.fill() {
			return &csvError{startLine, "a quoted field with no closing quote", ErrSyntax}
		}
		in := c.in[c.pos:c.n]
		i := 0
		for i < len(in) && in[i] != '"' {
			if in[i] == '\n' {
				c.line++
			}
			i++
		}
		c.buf = append(c.buf, in[:i]...)
		c.pos += i
		if err := c.over(start); err != nil {
			return err
		}
		if i == len(in) {
			continue
		}
		c.pos++ // the quote
		if c.fill() && c.in[c.pos] == '"' {
			c.buf = append(c.buf, '"')
			c.pos++
			continue
		}
		return nil
	}
}

// more moves the unread input to the front of the buffer and reads once
// into the rest; it reports whether the buffer could take more. Each call
// that reports true has read a byte or reached the end of the input, so
// that a loop over it ends.
func (c *htcdsCSV) more() bool {
	if c.eof || c.n-c.pos == len(c.in) {
		return false
	}
	copy(c.in, c.in[c.pos:c.n])
	c.n -= c.pos
	c.pos = 0
	c.n += c.take(c.in[c.n:])
	return true
}

// dropBOM skips a UTF-8 byte order mark at the start of the input.
func (c *htcdsCSV) dropBOM() {
	const bom = "\xEF\xBB\xBF"
	for c.n-c.pos < len(bom) && c.more() {
	}
	if c.n-c.pos >= len(bom) && string(c.in[c.pos:c.pos+len(bom)]) == bom {
		c.pos += len(bom)
	}
}

// workbook returns an error if the input starts as a spreadsheet's
// workbook does: a ZIP archive (an .xlsx, or an OpenDocument .ods) or an
// OLE2 compound file (an old .xls). Read as CSV, its header would be bytes
// of the archive, and the error about them would not say what to do.
func (c *htcdsCSV) workbook() error {
	const zip, ole2 = "PK\x03\x04", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
	for c.n-c.pos < len(ole2) && c.more() {
	}
	head := string(c.in[c.pos:c.n])
	switch {
	case strings.HasPrefix(head, zip):
		return fmt.Errorf("a ZIP archive, as an Excel workbook (.xlsx) is, not CSV: save the sheet as CSV (UTF-8), or read the workbook with the module github.com/antitrafficking/rescue/htcdsxlsx: %w", ErrSyntax)
	case strings.HasPrefix(head, ole2):
		return fmt.Errorf("an old Excel workbook (.xls), not CSV: save the sheet as CSV (UTF-8), or as .xlsx for the module github.com/antitrafficking/rescue/htcdsxlsx: %w", ErrSyntax)
	}
	return nil
}

// detectComma returns the delimiter of the header row: ';' if its first
// line (its first 64 KiB at most) has more semicolons than commas outside
// quotes, else ','. A header holds field names, which have neither.
func (c *htcdsCSV) detectComma() byte {
	for {
		commas, semis, done := htcdsCountDelimiters(c.in[c.pos:c.n])
		if done || !c.more() {
			if semis > commas {
				return ';'
			}
			return ','
		}
	}
}

// htcdsCountDelimiters counts the commas and semicolons outside quotes in
// the first line of b, and reports whether b holds the line's end.
func htcdsCountDelimiters(b []byte) (commas, semis int, done bool) {
	quoted := false
	for _, x := range b {
		switch {
		case x == '"':
			quoted = !quoted
		case quoted:
		case x == ',':
			commas++
		case x == ';':
			semis++
		case x == '\n' || x == '\r':
			return commas, semis, true
		}
	}
	return commas, semis, false
}
