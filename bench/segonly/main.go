// Command segonly is the yardstick of bench/run.sh: it reads the files
// under its arguments as zongjie run does (walk, decode, split into
// documents) and segments every document with our segment package on -j
// workers, and nothing else. Run's throughput is measured against it.
//
//	go run ./bench/segonly -j 2 DIR
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/segment"
)

func main() {
	jobs := flag.Int("j", runtime.GOMAXPROCS(0), "workers")
	flag.Parse()
	start := time.Now()
	seg, err := segment.Shared()
	if err != nil {
		fmt.Fprintf(os.Stderr, "segonly: %v\n", err)
		os.Exit(1)
	}
	loaded := time.Since(start)
	var files, docs, toks, bytes atomic.Int64
	ch := make(chan corpus.File, 64)
	var wg sync.WaitGroup
	for range *jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range ch {
				ds, err := corpus.ReadFile(f, corpus.Options{})
				if err != nil {
					continue
				}
				files.Add(1)
				bytes.Add(f.Size)
				for _, d := range ds {
					docs.Add(1)
					toks.Add(int64(len(seg.Tokens(d.Text))))
				}
			}
		}()
	}
	err = corpus.Walk(context.Background(), flag.Args(), func(f corpus.File) error {
		ch <- f
		return nil
	}, func(string, error) error { return nil })
	close(ch)
	wg.Wait()
	if err != nil {
		fmt.Fprintf(os.Stderr, "segonly: %v\n", err)
		os.Exit(1)
	}
	el := time.Since(start)
	fmt.Printf("segonly: %d files, %d documents, %d tokens, %.1f MB, dictionary %.1fs, total %.1fs\n",
		files.Load(), docs.Load(), toks.Load(), float64(bytes.Load())/(1<<20), loaded.Seconds(), el.Seconds())
}
