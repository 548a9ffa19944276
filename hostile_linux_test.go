//go:build linux

package rescue

import (
	"sync"
	"syscall"
	"unsafe"
)

// hostileGuarded returns a string of size bytes whose first and last 64 KiB
// hold head and tail (repeated) and whose middle cannot be read: the pages
// are mapped PROT_NONE, so a parser that scans the input faults, and the
// test (which sets debug.SetPanicOnFault) fails instead of taking seconds.
// It reports false where the mapping fails; the caller then builds the
// string in memory.
func hostileGuarded(size int, head, tail string) (string, bool) {
	const edge = 64 << 10
	mem, err := syscall.Mmap(-1, 0, size, syscall.PROT_NONE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return "", false
	}
	for _, part := range []struct {
		b    []byte
		fill string
	}{{mem[:edge], head}, {mem[size-edge:], tail}} {
		if err := syscall.Mprotect(part.b, syscall.PROT_READ|syscall.PROT_WRITE); err != nil {
			return "", false
		}
		for i := 0; i < len(part.b); i += copy(part.b[i:], part.fill) {
		}
		if err := syscall.Mprotect(part.b, syscall.PROT_READ); err != nil {
			return "", false
		}
	}
	// The mapping lives as long as the test binary: the strings made of it
	// may sit in errors that outlive the test.
	hostileMaps.Lock()
	hostileMaps.m = append(hostileMaps.m, mem)
	hostileMaps.Unlock()
	return unsafe.String(&mem[0], size), true
}

var hostileMaps struct {
	sync.Mutex
	m [][]byte
}
