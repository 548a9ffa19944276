//go:build !linux

package rescue

// hostileGuarded has no guard pages off Linux: the caller builds the
// string in memory, and the test bounds allocation but cannot catch a scan.
func hostileGuarded(size int, head, tail string) (string, bool) { return "", false }
