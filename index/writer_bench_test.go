package index

import (
	"path/filepath"
	"strconv"
	"testing"

	"github.com/zongjie/zongjie/segment"
)

// BenchmarkWriter indexes 1,000 generated documents with their words, as
// the pipeline does (AddTokens), into a new index, and closes it.
func BenchmarkWriter(b *testing.B) {
	seg, err := segment.Shared()
	if err != nil {
		b.Fatal(err)
	}
	docs := generate(1000)
	toks := make([][]segment.Token, len(docs))
	size := 0
	for i, g := range docs {
		toks[i] = seg.Tokens(g.doc.Text)
		size += len(g.doc.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n++
		w, err := Create(filepath.Join(b.TempDir(), "index"+strconv.Itoa(n)))
		if err != nil {
			b.Fatal(err)
		}
		for i, g := range docs {
			if err := w.AddTokens(g.doc, g.facts, toks[i]); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
