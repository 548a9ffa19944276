package bench

import "testing"

var sinkSummary any

// BenchmarkSummary summarises an operation of 1,000,000 victims.
func BenchmarkSummary(b *testing.B) {
	op := benchOperation(1_000_000)
	b.ReportAllocs()
	for b.Loop() {
		sinkSummary = op.Summary()
	}
}
