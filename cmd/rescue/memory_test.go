package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestMemoryDoesNotGrowWithFiles summarises 3,000 files in three
// directories and measures the live heap, after a collection, once 500
// files are done and again at 2,900: it must not grow with the number of
// files read (a directory's listing, read whole by the walk, is the only
// thing held that grows, with the directory).
func TestMemoryDoesNotGrowWithFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 3,000 files")
	}
	data, err := os.ReadFile("testdata/ops/a.json")
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	for d := range 3 {
		dir := filepath.Join(root, fmt.Sprint("d", d))
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for i := range 1000 {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("op%04d.json", i)), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	heap := map[int]uint64{}
	testHookFile = func(done int) {
		if done == 500 || done == 2900 {
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			heap[done] = m.HeapAlloc
		}
	}
	defer func() { testHookFile = nil }()
	code, stdout, stderr := runCLI([]string{"summary", root}, "")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if want := "Operations               3000\n"; stdout[:len(want)] != want {
		t.Fatalf("the summary does not count 3000 operations:\n%s", stdout)
	}
	t.Logf("live heap after 500 files: %d KiB; after 2,900: %d KiB", heap[500]>>10, heap[2900]>>10)
	if heap[2900] > heap[500]+256<<10 {
		t.Errorf("the live heap grew by %d KiB from 500 to 2,900 files", (heap[2900]-heap[500])>>10)
	}
}
