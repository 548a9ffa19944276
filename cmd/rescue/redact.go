package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
)

// minKeyBytes is the shortest key redact takes: a short key can be found
// by trying keys, and then every pseudonym tested against guessed IDs.
const minKeyBytes = 16

var redactCommand = &command{
	name: "redact",
	args: "-key-file F [-out DIR] FILE|DIR|-...",
	doc: `Redact removes personal data from operations for sharing: names, notes,
descriptions and promises are cleared, victims' and suspects' IDs become
pseudonyms keyed by the key file (the same person of the same operation
gets the same pseudonym under the same key), ages become bands and
personal dates months. The key is the file's bytes, exactly; keep it
secret. Without -out the input must be one file, and the result is
written to standard output; with -out each result is written to DIR under
the input's name (its path below a directory argument), never over an
existing file.`,
	example: "head -c 32 /dev/urandom > redact.key\nrescue redact -key-file redact.key examples/lima2023/testdata/operation.json\nrescue redact -key-file redact.key -out shared/ records/",
	flags: func(fs *flag.FlagSet) func(e *env, args []string) int {
		keyFile := fs.String("key-file", "", "read the redaction key from `file` (at least 16 random bytes; 32 from /dev/urandom are best)")
		outDir := fs.String("out", "", "write each redacted operation to this `directory`")
		return func(e *env, args []string) int {
			switch {
			case len(args) == 0:
				return e.usageError("no input files")
			case *keyFile == "":
				return e.usageError("-key-file is required")
			case *outDir == "" && (len(args) > 1 || isDir(args[0])):
				return e.usageError("several inputs need -out DIR")
			}
			key, err := os.ReadFile(*keyFile)
			if err != nil {
				return e.usageError("-key-file: " + err.Error())
			}
			if len(key) < minKeyBytes {
				return e.usageError("-key-file: the key has " + strconv.Itoa(len(key)) +
					" bytes; it needs at least " + strconv.Itoa(minKeyBytes) + " random bytes (head -c 32 /dev/urandom > FILE)")
			}
			if *outDir == "" {
				e.each(args, func(_ string, r io.Reader) error {
					op, err := decode(r)
					if err != nil {
						return err
					}
					if err := writeJSON(e.stdout, op.RedactWith(key)); err != nil {
						return fmt.Errorf("writing the result: %w", err)
					}
					return nil
				})
				return e.exit()
			}
			for _, arg := range args {
				root := arg
				if !isDir(arg) {
					root = filepath.Dir(arg)
				}
				e.each([]string{arg}, func(name string, r io.Reader) error {
					op, err := decode(r)
					if err != nil {
						return err
					}
					rel := "stdin.json"
					if name != stdinName {
						if rel, err = filepath.Rel(root, name); err != nil {
							return err
						}
					}
					return writeNew(filepath.Join(*outDir, rel), op.RedactWith(key), 0o644)
				})
			}
			return e.exit()
		}
	},
}

func isDir(name string) bool {
	fi, err := os.Stat(name)
	return err == nil && fi.IsDir()
}

// writeNew writes v as JSON to a new file name with permissions perm,
// creating its directory; it refuses to write over a file that exists.
func writeNew(name string, v any, perm os.FileMode) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s exists: not written over", name)
	}
	if err != nil {
		return err
	}
	if err := writeJSON(f, v); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
