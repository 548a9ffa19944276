// Command ratio reads the output of several rounds of go test -bench
// -benchmem and prints a Markdown table: for each benchmark the median and
// the least ns/op, the median B/op and allocs/op, and its time as a ratio
// to rescue's row in the same group (the rows that differ only in their
// last name element).
//
// The ratio is the median of the ratios within each round, not the ratio
// of the medians, so that a peer and rescue measured moments apart see
// the same load and a noisy neighbour moves both. For that the rounds must
// interleave: run go test once per round, not with -count (which repeats
// each benchmark before it moves to the next):
//
//	for i in $(seq 10); do go test -run '^$' -bench . -benchmem -benchtime 200ms .; done | tee bench.txt | go run ./ratio
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
)

type result struct{ ns, bytes, allocs float64 }

type bench struct {
	name   string   // without the Benchmark prefix and the -GOMAXPROCS suffix
	group  string   // the name up to its last '/'
	rounds []result // one per round, in order
}

func main() {
	benches, err := read(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ratio:", err)
		os.Exit(1)
	}
	write(os.Stdout, benches)
}

func read(r io.Reader) ([]*bench, error) {
	var order []*bench
	byName := map[string]*bench{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := strings.TrimPrefix(f[0], "Benchmark")
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			name = name[:i]
		}
		var res result
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			switch f[i+1] {
			case "ns/op":
				res.ns = v
			case "B/op":
				res.bytes = v
			case "allocs/op":
				res.allocs = v
			}
		}
		b := byName[name]
		if b == nil {
			group := ""
			if i := strings.LastIndexByte(name, '/'); i > 0 {
				group = name[:i]
			}
			b = &bench{name: name, group: group}
			byName[name] = b
			order = append(order, b)
		}
		b.rounds = append(b.rounds, res)
	}
	return order, sc.Err()
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func column(rs []result, f func(result) float64) []float64 {
	out := make([]float64, len(rs))
	for i, r := range rs {
		out[i] = f(r)
	}
	return out
}

// baseline is the first rescue row of b's group.
func baseline(benches []*bench, b *bench) *bench {
	for _, c := range benches {
		if c.group == b.group && strings.HasPrefix(c.name[len(c.group):], "/rescue.") {
			return c
		}
	}
	return nil
}

func write(w io.Writer, benches []*bench) {
	fmt.Fprintln(w, "| benchmark | ns/op (median) | ns/op (least) | B/op | allocs/op | time ÷ rescue |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: |")
	for _, b := range benches {
		nss := column(b.rounds, func(r result) float64 { return r.ns })
		ns := median(nss)
		by := median(column(b.rounds, func(r result) float64 { return r.bytes }))
		al := median(column(b.rounds, func(r result) float64 { return r.allocs }))
		ratio := ""
		if base := baseline(benches, b); base != nil && base != b {
			var rs []float64
			for i := range min(len(b.rounds), len(base.rounds)) {
				if base.rounds[i].ns > 0 {
					rs = append(rs, b.rounds[i].ns/base.rounds[i].ns)
				}
			}
			ratio = fmt.Sprintf("%.2f", median(rs))
		} else if base == b {
			ratio = "1"
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n", b.name, num(ns), num(slices.Min(nss)), num(by), num(al), ratio)
	}
}

func num(v float64) string {
	switch {
	case v >= 100:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case v >= 10:
		return strconv.FormatFloat(v, 'f', 1, 64)
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}
