//go:build !race

package rescue

// hostileRace is set under the race detector; see hostile_race_test.go.
const hostileRace = false
