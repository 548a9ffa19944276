//go:build race

package rescue

// hostileRace is set under the race detector, which makes the tests of a
// million victims and of 64 MiB of input take minutes: they run smaller,
// or not at all, there. They race nothing; go test without -race runs
// them whole.
const hostileRace = true
