package rescue

import (
	"bytes"
	"encoding/csv"
	"io"
	"slices"
	"sync"
	"testing"
)

// htcdsBenchRows is the size of the benchmarks' file: a million rows.
const htcdsBenchRows = 1_000_000

// htcdsBenchOps returns operations of htcdsBenchRows people: the Lima
// operation (44 victims, 8 suspects) again and again, the last one cut.
func htcdsBenchOps() []*Operation {
	op := shareLima()
	per := len(op.Victims) + len(op.Suspects)
	ops := slices.Repeat([]*Operation{op}, htcdsBenchRows/per)
	last := *op
	last.Victims = op.Victims[:htcdsBenchRows%per]
	last.Suspects = nil
	return append(ops, &last)
}

// htcdsBenchFile is WriteHTCDS's CSV of htcdsBenchOps, made once.
var htcdsBenchFile = sync.OnceValue(func() []byte {
	var buf bytes.Buffer
	if err := WriteHTCDS(&buf, htcdsBenchOps()...); err != nil {
		panic(err)
	}
	return buf.Bytes()
})

func htcdsBenchReport(b *testing.B, n int) {
	b.ReportMetric(float64(n*htcdsBenchRows)/b.Elapsed().Seconds(), "rows/s")
	b.SetBytes(int64(len(htcdsBenchFile())))
}

// BenchmarkReadHTCDS reads a million rows into the victims and suspects
// ReadHTCDS returns.
func BenchmarkReadHTCDS(b *testing.B) {
	file := htcdsBenchFile()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		victims, suspects, err := ReadHTCDS(bytes.NewReader(file))
		if err != nil || len(victims)+len(suspects) != htcdsBenchRows {
			b.Fatal(len(victims)+len(suspects), err)
		}
		n++
	}
	htcdsBenchReport(b, n)
}

// BenchmarkHTCDSReaderRead reads the same a record at a time, keeping none.
func BenchmarkHTCDSReaderRead(b *testing.B) {
	file := htcdsBenchFile()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		r := NewHTCDSReader(bytes.NewReader(file), HTCDSOptions{})
		rows := 0
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			rows++
		}
		if rows != htcdsBenchRows {
			b.Fatal(rows)
		}
		n++
	}
	htcdsBenchReport(b, n)
}

// BenchmarkHTCDSCSVStrings reads the same file with encoding/csv into
// strings, all of them kept (csv.Reader.ReadAll): what ReadHTCDS is
// measured against.
func BenchmarkHTCDSCSVStrings(b *testing.B) {
	file := htcdsBenchFile()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		rows, err := csv.NewReader(bytes.NewReader(file)).ReadAll()
		if err != nil || len(rows) != htcdsBenchRows+1 {
			b.Fatal(len(rows), err)
		}
		n++
	}
	htcdsBenchReport(b, n)
}

// BenchmarkHTCDSCSVStream reads the same with encoding/csv a record at a
// time (a new []string each), keeping none: what HTCDSReader.Read is
// measured against.
func BenchmarkHTCDSCSVStream(b *testing.B) {
	file := htcdsBenchFile()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		r := csv.NewReader(bytes.NewReader(file))
		rows := 0
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			rows++
		}
		if rows != htcdsBenchRows+1 {
			b.Fatal(rows)
		}
		n++
	}
	htcdsBenchReport(b, n)
}

// BenchmarkWriteHTCDSMillion writes the million rows.
func BenchmarkWriteHTCDSMillion(b *testing.B) {
	ops := htcdsBenchOps()
	htcdsBenchFile()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		if err := WriteHTCDS(io.Discard, ops...); err != nil {
			b.Fatal(err)
		}
		n++
	}
	htcdsBenchReport(b, n)
}

// BenchmarkHTCDSCSVWrite writes the same rows as strings with
// encoding/csv: what WriteHTCDS is measured against.
func BenchmarkHTCDSCSVWrite(b *testing.B) {
	rows, err := csv.NewReader(bytes.NewReader(htcdsBenchFile())).ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		w := csv.NewWriter(io.Discard)
		if err := w.WriteAll(rows); err != nil {
			b.Fatal(err)
		}
		n++
	}
	htcdsBenchReport(b, n)
}
