package extract_test

import (
	"context"
	"testing"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/extract"
	"github.com/zongjie/zongjie/segment"
)

// BenchmarkExtract extracts the facts of the documents under examples,
// segmented once beforehand, so that it measures extraction alone.
func BenchmarkExtract(b *testing.B) {
	var docs []*corpus.Document
	err := corpus.Walk(context.Background(), []string{"../examples"}, func(f corpus.File) error {
		ds, err := corpus.ReadFile(f, corpus.Options{})
		if err == nil {
			docs = append(docs, ds...)
		}
		return nil
	}, func(string, error) error { return nil })
	if err != nil || len(docs) == 0 {
		b.Skip("no examples to read")
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
