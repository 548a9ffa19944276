// Package readsome reads from an [io.Reader] that may return no bytes and
// no error. io.Reader allows such a read (it discourages it), and a reader
// that does it for ever would hang a loop that reads until it has bytes or
// an error: every loop over Read in rescue reads through this package.
package readsome

import (
	"errors"
	"io"
)

// MaxEmptyReads is how many reads in a row may return no bytes and no
// error before [Read] gives up with [io.ErrNoProgress]: as many as
// bufio.Reader allows.
const MaxEmptyReads = 100

// ErrImpossibleCount is the error of a reader that returns a count below
// zero or above the length of the buffer it was given, which a caller
// would otherwise use to slice its buffer, and panic.
var ErrImpossibleCount = errors.New("the reader returned an impossible count")

// Read calls r.Read(p) until it returns a byte or an error, at most
// MaxEmptyReads times, and returns what it returned; after MaxEmptyReads
// empty reads it returns io.ErrNoProgress. An empty p is read once.
func Read(r io.Reader, p []byte) (int, error) {
	for range MaxEmptyReads {
		n, err := r.Read(p)
		switch {
		case n < 0 || n > len(p):
			return 0, ErrImpossibleCount
		case n > 0 || err != nil || len(p) == 0:
			return n, err
		}
	}
	return 0, io.ErrNoProgress
}

// Reader is R read with [Read]: its Read never returns no bytes and no
// error for a buffer that is not empty, so that io.ReadAll, and any other
// loop over Read, ends on it.
type Reader struct{ R io.Reader }

// Read reads with [Read].
func (x Reader) Read(p []byte) (int, error) { return Read(x.R, p) }
