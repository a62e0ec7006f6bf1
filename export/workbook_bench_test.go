package export

import (
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"
)

// heapPeak samples the heap in use until stop is called, and returns the
// largest value seen, in bytes.
func heapPeak() (stop func() uint64) {
	var (
		mu   sync.Mutex
		peak uint64
		done = make(chan struct{})
		wg   sync.WaitGroup
	)
	sample := func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		mu.Lock()
		peak = max(peak, ms.HeapInuse)
		mu.Unlock()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				sample()
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		sample()
		return peak
	}
}

// BenchmarkWorkbook100k writes 100,000 facts (2,000 documents of 50) and
// reports the peak heap in use while it does.
//
//	go test ./export -run '^$' -bench Workbook100k -benchtime 1x
func BenchmarkWorkbook100k(b *testing.B) { benchWorkbook(b, 2000, 50) }

// BenchmarkWorkbook1200k writes 1,200,000 facts (24,000 documents of 50),
// more than one sheet holds: 事实 goes on in 事实2. It takes minutes and
// some gigabytes of temporary files; run it by hand:
//
//	go test ./export -run '^$' -bench Workbook1200k -benchtime 1x -timeout 1h
func BenchmarkWorkbook1200k(b *testing.B) { benchWorkbook(b, 24000, 50) }

func benchWorkbook(b *testing.B, docs, per int) {
	dir := b.TempDir()
	var peak uint64
	for i := 0; i < b.N; i++ {
		runtime.GC()
		stop := heapPeak()
		w := NewWorkbook()
		for d := range synthDocs(docs, per) {
			if err := w.Add(d); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.WriteFile(filepath.Join(dir, "big.xlsx"), RunInfo{Docs: docs, Facts: docs * per}); err != nil {
			b.Fatal(err)
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		peak = max(peak, stop())
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(docs*per), "facts/op")
}
