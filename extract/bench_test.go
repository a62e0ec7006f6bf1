package extract_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/extract"
	"github.com/zongjie/zongjie/segment"
)

// BenchmarkExtract extracts the facts of the documents under examples,
// segmented once beforehand, so that it measures extraction alone.
func BenchmarkExtract(b *testing.B) {
	benchExtract(b, "../examples", 1)
}

// BenchmarkLongSentence extracts from 100 KB with no sentence break: the
// time per byte must stay that of ordinary text (each figure reads a
// bounded window around it, not its whole sentence).
func BenchmarkLongSentence(b *testing.B) {
	text := strings.Repeat("召开主席团会议8次，收集代表建议32件，", 2000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		extract.FromText(text, extract.Reference{Year: 2023})
	}
}

// BenchmarkExtractCorpus extracts the facts of every 20th file of a
// generated corpus (go run ./bench/gen -n 10000 -o DIR), segmented
// beforehand: ZONGJIE_BENCH_CORPUS=DIR go test -bench ExtractCorpus ./extract.
func BenchmarkExtractCorpus(b *testing.B) {
	dir := os.Getenv("ZONGJIE_BENCH_CORPUS")
	if dir == "" {
		b.Skip("ZONGJIE_BENCH_CORPUS is not set")
	}
	benchExtract(b, dir, 20)
}

// benchExtract reads every nth file under dir, segments its documents and
// measures the extraction of their facts alone.
func benchExtract(b *testing.B, dir string, every int) {
	var docs []*corpus.Document
	n := 0
	err := corpus.Walk(context.Background(), []string{dir}, func(f corpus.File) error {
		if n++; n%every == 0 {
			ds, err := corpus.ReadFile(f, corpus.Options{})
			if err == nil {
				docs = append(docs, ds...)
			}
		}
		return nil
	}, func(string, error) error { return nil })
	if err != nil || len(docs) == 0 {
		b.Skip("no documents to read under " + dir)
	}
	seg, err := segment.Shared()
	if err != nil {
		b.Skip("no segmenter")
	}
	toks := make([][]segment.Token, len(docs))
	bytes := 0
	for i, d := range docs {
		toks[i] = seg.Tokens(d.Text)
		bytes += len(d.Text)
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			extract.Extract(d, toks[i])
		}
	}
}
