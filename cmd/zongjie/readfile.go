package main

import (
	"fmt"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/extract"
	"github.com/zongjie/zongjie/segment"
)

// docFacts is one document with its words and facts.
type docFacts struct {
	doc   *corpus.Document
	toks  []segment.Token
	facts []extract.Fact
}

// readFacts reads one file, segments and extracts each of its documents.
// A panic while doing so becomes that file's error, so one bad file never
// stops a batch. Several goroutines may call it at once.
func readFacts(f corpus.File, opt corpus.Options, seg *segment.Segmenter) (out []docFacts, err error) {
	defer func() {
		if e := recover(); e != nil {
			out, err = nil, fmt.Errorf("%s: internal error while reading it: %v (please report this file)", f.Source, e)
		}
	}()
	docs, err := corpus.ReadFile(f, opt)
	if err != nil {
		return nil, err
	}
	out = make([]docFacts, len(docs))
	for i, d := range docs {
		toks := seg.Tokens(d.Text)
		out[i] = docFacts{doc: d, toks: toks, facts: extract.Extract(d, toks)}
	}
	return out, nil
}
