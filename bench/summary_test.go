//go:build summary

// (*rescue.Operation).Summary is added on another branch; this benchmark
// builds once it has landed: go test -tags summary -bench Summary .
// TODO(summary): drop the build tag when Summary is on main.

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
