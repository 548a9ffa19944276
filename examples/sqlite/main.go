// Command sqlite stores operation records in an SQLite database (the pure
// Go modernc.org/sqlite, through database/sql) and
// answers two summary questions in SQL: victims by nationality, cash by
// currency. It shows how the library's value types go into a database and
// come back: each is a driver.Valuer that writes its canonical text (NULL
// when nothing is recorded) and a sql.Scanner that reads it; its tests
// read every operation back and compare it with the one stored.
//
// Usage:
//
//	go run .                      # the example operations and testdata/*.json, in a temporary database
//	go run . -db ops.db FILE...   # these operation JSON files, in ops.db
//
// It is an example, not a storage layer: the schema is in schema.sql.
package main

import (
	"context"
	"database/sql"
	_ "embed"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/antitrafficking/rescue"
	_ "modernc.org/sqlite"
)

//go:embed schema.sql
var schema string

// examples are the reference case and the other example operations,
// stored with testdata/*.json.
var examples = []string{
	"../lima2023/testdata/operation.json",
	"../osmach2024/testdata/operation.json",
	"../abuja2025/testdata/operation.json",
}

func main() {
	dbPath := flag.String("db", "", "store into this SQLite `file` (it must not exist; default: a temporary file, removed on exit)")
	flag.Parse()
	files := flag.Args()
	if len(files) == 0 {
		var err error
		if files, err = defaultFiles(); err != nil {
			fmt.Fprintln(os.Stderr, "sqlite:", err)
			os.Exit(1)
		}
	}
	if err := run(context.Background(), os.Stdout, *dbPath, files); err != nil {
		fmt.Fprintln(os.Stderr, "sqlite:", err)
		os.Exit(1)
	}
}

// defaultFiles are the example operations and testdata/*.json.
func defaultFiles() ([]string, error) {
	more, err := filepath.Glob("testdata/*.json")
	return append(slices.Clone(examples), more...), err
}

// run stores the operations of files in a new database at path (a
// temporary one when path is empty) and prints what SQL says of them.
func run(ctx context.Context, w io.Writer, path string, files []string) error {
	where := "in a temporary database, removed on exit (-db FILE keeps one)"
	if path == "" {
		dir, err := os.MkdirTemp("", "rescue-sqlite-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "operations.db")
	} else if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s exists: give a new file", path)
	} else {
		where = "in " + path
	}
	db, err := open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	ops, err := readFiles(files)
	if err != nil {
		return err
	}
	for _, op := range ops {
		if err := storeTx(ctx, db, op); err != nil {
			return fmt.Errorf("storing %s: %w", op.ID, err)
		}
	}
	fmt.Fprintf(w, "stored %d operations %s\n", len(ops), where)
	nat, err := victimsByNationality(ctx, db)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "victims by nationality (SQL):")
	for _, n := range sortedKeys(nat, rescue.Nationality.Compare) {
		name := n.String()
		if name == "" {
			name = "not recorded"
		}
		fmt.Fprintf(w, "  %-14s %s\n", name, nat[n])
	}
	cash, err := cashByCurrency(ctx, db)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "cash by currency (SQL, added by the library):")
	for _, c := range sortedKeys(cash, rescue.Currency.Compare) {
		fmt.Fprintf(w, "  %s  %s\n", c, cash[c])
	}
	return nil
}

// sortedKeys returns the keys of m in the order of compare.
func sortedKeys[K comparable, V any](m map[K]V, compare func(K, K) int) []K {
	return slices.SortedFunc(maps.Keys(m), compare)
}

// open opens a new database at path and creates the tables.
func open(ctx context.Context, path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return nil, err
	}
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// storeTx stores op in one transaction.
func storeTx(ctx context.Context, db *sql.DB, op *rescue.Operation) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := store(ctx, tx, op); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// readFiles decodes and validates the operation files.
func readFiles(files []string) ([]*rescue.Operation, error) {
	var ops []*rescue.Operation
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		op, err := rescue.DecodeOperation(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		ops = append(ops, op)
	}
	return ops, nil
}
