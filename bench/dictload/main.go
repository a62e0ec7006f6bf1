// Command dictload measures what loading the segmenter costs: the time of
// segment.New and the heap it leaves live (after a GC), and optionally
// writes a CPU profile of the load.
//
//	go run ./bench/dictload [-n 3] [-cpuprofile FILE]
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/zongjie/zongjie/segment"
)

func main() {
	n := flag.Int("n", 3, "loads to time")
	prof := flag.String("cpuprofile", "", "write a CPU profile of the loads to FILE")
	flag.Parse()
	if *prof != "" {
		f, err := os.Create(*prof)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	var keep []*segment.Segmenter
	for i := range *n {
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		s, err := segment.New()
		el := time.Since(start)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		fmt.Printf("load %d: %.2fs, live heap +%.0f MB, allocated %.0f MB\n", i+1, el.Seconds(),
			float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), float64(after.TotalAlloc-before.TotalAlloc)/(1<<20))
		keep = append(keep[:0], s)
		runtime.KeepAlive(keep)
		keep = keep[:0]
	}
}
