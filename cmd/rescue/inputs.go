package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// env is what a command runs with: its streams, whether to show progress,
// and whether an input has had a problem.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	progress       bool // stderr is a terminal: show files done/total
	failed         bool // an input had a problem: exit 1
	stdinUsed      bool
	cmd            *command // the command running
}

// isTerminal reports whether w is a terminal (a character device), where a
// progress line helps; redirected to a file or a pipe, it would be noise.
// It is a variable so that the tests can pretend.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// testHookFile, when set by a test, is called after each input.
var testHookFile func(done int)

// stdinName is how problems of standard input name it.
const stdinName = "stdin"

// each calls fn with every input the arguments name, in order: a file as
// it is, a directory walked (in lexical order) for files ending in .json
// (in any case: .JSON too), a directory with none being a problem,
// "-" standard input. It holds one input open at a time and keeps no list
// of them, so that thousands of files cost no more memory than one. An
// input that cannot be read, and an error fn returns, are reported as the
// input's problem and the walk goes on. With a progress line, the
// arguments are walked once more beforehand to count the files.
func (e *env) each(args []string, fn func(name string, r io.Reader) error) {
	total := -1
	if e.progress {
		total = 0
		walkInputs(args, func(string, bool) error { total++; return nil }, nil)
	}
	done := 0
	show := func() {
		if e.progress {
			fmt.Fprintf(e.stderr, "\r%d/%d files", done, total)
		}
	}
	show()
	err := walkInputs(args, func(name string, isStdin bool) error {
		var err error
		if isStdin {
			if e.stdinUsed {
				err = errors.New(`standard input ("-") named twice`)
			} else {
				e.stdinUsed = true
				err = fn(stdinName, e.stdin)
			}
			name = stdinName
		} else {
			err = e.file(name, fn)
		}
		if err != nil {
			e.clearProgress()
			e.problem(name, err)
		}
		done++
		show()
		if testHookFile != nil {
			testHookFile(done)
		}
		return nil
	}, func(dir string) {
		// A directory of no operation files checks (or sums) nothing:
		// likely the wrong directory, which exit 0 would hide.
		e.clearProgress()
		e.problem(dir, errors.New("no .json files in it"))
		show()
	})
	if err != nil { // a directory that could not be walked
		e.clearProgress()
		e.failed = true
		fmt.Fprintln(e.stderr, err)
	}
	e.clearProgress()
}

// file opens name and calls fn with it.
func (e *env) file(name string, fn func(name string, r io.Reader) error) error {
	f, err := os.Open(name)
	if err != nil {
		return pathless(err)
	}
	defer f.Close()
	return fn(name, f)
}

// pathless returns the reason of a *fs.PathError without its path, which
// the problem's line already starts with.
func pathless(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (e *env) clearProgress() {
	if e.progress {
		fmt.Fprint(e.stderr, "\r\033[K")
	}
}

// walkInputs calls fn for every input args name, and empty (if not nil)
// for a directory that holds no .json file; see [env.each].
func walkInputs(args []string, fn func(name string, isStdin bool) error, empty func(dir string)) error {
	for _, arg := range args {
		if arg == "-" {
			if err := fn(arg, true); err != nil {
				return err
			}
			continue
		}
		fi, err := os.Stat(arg)
		if err != nil || !fi.IsDir() {
			if err := fn(arg, false); err != nil { // fn reports what Stat found
				return err
			}
			continue
		}
		found := false
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if path == arg {
					return err
				}
				found = true
				return fn(path, false) // reading it will say what is wrong
			}
			if d.IsDir() || !strings.EqualFold(filepath.Ext(path), ".json") {
				return nil
			}
			found = true
			return fn(path, false)
		})
		if err != nil {
			return err
		}
		if !found && empty != nil {
			empty(arg)
		}
	}
	return nil
}
