package index

import (
	"context"
	"os"
	"testing"
)

// BenchmarkSearch runs phrase queries that need their hits checked on the
// stored text, on the index at $ZONGJIE_BENCH_INDEX (a run's index.bleve)
// or else on 2,000 generated documents.
//
//	ZONGJIE_BENCH_INDEX=/tmp/out/current/index.bleve go test ./index -run '^$' -bench Search
func BenchmarkSearch(b *testing.B) {
	path := os.Getenv("ZONGJIE_BENCH_INDEX")
	if path == "" {
		path = buildIndex(b, generate(2000))
	}
	ix, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	for _, q := range []string{"办结率", "代表活动站", "words:代表", `words:"人大代表 活动"`} {
		b.Run(q, func(b *testing.B) {
			for range b.N {
				if _, err := ix.Search(context.Background(), q, 10); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
