package main

import (
	"fmt"
	"strings"

	"github.com/antitrafficking/rescue"
)

// problem reports err as a problem of the input name: one line per
// problem, "name: path: message", and marks the run as failed.
//
// The package's errors never hold personal data, so their messages are
// printed as they are; the command adds only file names and paths.
func (e *env) problem(name string, err error) {
	e.failed = true
	for _, p := range problems(err) {
		msg := strings.ReplaceAll(p.msg, "\n", "; ")
		if p.path == "" {
			fmt.Fprintf(e.stderr, "%s: %s\n", name, msg)
		} else {
			fmt.Fprintf(e.stderr, "%s: %s: %s\n", name, p.path, msg)
		}
	}
}

type pathProblem struct{ path, msg string }

// problems lists the problems err holds: each field error of a joined
// error (as [rescue.Operation.Validate] returns) with its path, or err
// itself.
func problems(err error) []pathProblem {
	var out []pathProblem
	// walk adds the problems of err and reports whether it found a path.
	var walk func(err error) bool
	walk = func(err error) bool {
		switch x := err.(type) {
		case *rescue.JSONError:
			out = append(out, pathProblem{x.Path, afterPath(x.Error(), "DecodeOperation: ", x.Path)})
			return true
		case *rescue.FieldError:
			out = append(out, pathProblem{x.Path, afterPath(x.Error(), "", x.Path)})
			return true
		case interface{ Unwrap() []error }:
			for _, inner := range x.Unwrap() {
				if !walk(inner) {
					out = append(out, pathProblem{"", inner.Error()})
				}
			}
			return true
		case interface{ Unwrap() error }:
			return walk(x.Unwrap())
		}
		return false
	}
	if !walk(err) {
		out = append(out, pathProblem{"", err.Error()})
	}
	return out
}

// afterPath returns the message of an error whose text is fn, then path
// and a colon, then the message: the library writes a value's error there
// as it reads inside a path, without the name of the function that
// refused the value (`"Narnia": not a nationality code`), which the
// error's Err would give (`Nationality.UnmarshalText("Narnia"): …`).
func afterPath(text, fn, path string) string {
	text = strings.TrimPrefix(text, fn)
	if path != "" {
		text = strings.TrimPrefix(text, path+": ")
	}
	return text
}
