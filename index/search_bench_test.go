package index

import (
	"context"
	"os"
	"testing"

	"github.com/blevesearch/bleve/v2/mapping"
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

// benchTexts are the bodies of generated documents, about 100 KB in all.
func benchTexts() []string {
	var out []string
	for _, g := range generate(300) {
		out = append(out, g.doc.Text)
	}
	return out
}

// BenchmarkTokenize runs the n-gram tokenizer of the title and body fields
// over generated documents.
func BenchmarkTokenize(b *testing.B) {
	texts := benchTexts()
	inputs := make([][]byte, len(texts))
	n := 0
	for i, t := range texts {
		inputs[i] = []byte(t)
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for range b.N {
		for _, in := range inputs {
			ngrams{}.Tokenize(in)
		}
	}
}

// BenchmarkPhraseCheck checks phrases on the stored text of generated
// documents, as a phrase query checks its candidates: a phrase with a
// separator and letters (the general check) and one that no text holds.
func BenchmarkPhraseCheck(b *testing.B) {
	texts := benchTexts()
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	for _, q := range []string{"办结率 95", "代表活动站，建议"} {
		phrase, err := newPhraseQuery(q, "body", ngramQueryAnalyzer).phrase(testMapping(b))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(q, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for range b.N {
				for _, t := range texts {
					ngramPhraseIn(t, phrase)
				}
			}
		})
	}
}

func testMapping(tb testing.TB) mapping.IndexMapping {
	tb.Helper()
	m, err := buildMapping(false)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}
