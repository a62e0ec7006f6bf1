package index

import (
	"context"
	"math"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
)

// buildPositionalIndex indexes docs as format 3 did, with term vectors on
// the text fields, for Bleve's own phrase queries.
func buildPositionalIndex(tb testing.TB, docs []genDoc) *Index {
	tb.Helper()
	im, err := buildMapping(true)
	if err != nil {
		tb.Fatal(err)
	}
	idx, err := bleve.NewUsing(filepath.Join(tb.TempDir(), "positional.bleve"), im,
		bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, scorchConfig())
	if err != nil {
		tb.Fatal(err)
	}
	b := idx.NewBatch()
	for _, g := range docs {
		bd, _, err := mapDocument(im, g.doc, g.facts, nil, false)
		if err != nil {
			tb.Fatal(err)
		}
		if err := b.IndexAdvanced(bd); err != nil {
			tb.Fatal(err)
		}
	}
	if err := idx.Batch(b); err != nil {
		tb.Fatal(err)
	}
	return &Index{idx: idx, positions: true}
}

// phraseQueries returns queries for the comparison: fixed ones, and
// pieces of the documents' text (with their punctuation and spaces) on
// each text field, alone, quoted and negated.
func phraseQueries(docs []genDoc, n int) []string {
	qs := []string{
		"办结率", "率", "结率先", `"办结，率"`, `"办结 率"`, `"代表、活动"`, "ab", "95", "ab代表", "95办结",
		"words:代表", "words:满意率", `words:"人大代表 活动"`, `words:"代表活动站"`, "title:情况报告", "title:年工作",
		`"的群众"`, "代表 -人大代表", "-办结率 满意", "站点站",
	}
	rng := rand.New(rand.NewPCG(11, 13))
	for range n {
		g := docs[rng.IntN(len(docs))]
		r := []rune(g.doc.Text)
		i := rng.IntN(len(r))
		piece := string(r[i:min(len(r), i+1+rng.IntN(6))])
		piece = strings.TrimSpace(strings.ReplaceAll(piece, "\n", " "))
		if piece == "" {
			continue
		}
		switch rng.IntN(6) {
		case 0:
			qs = append(qs, `"`+piece+`"`)
		case 1:
			qs = append(qs, `body:"`+piece+`"`)
		case 2:
			qs = append(qs, `words:"`+piece+`"`)
		case 3:
			qs = append(qs, "满意 -"+`"`+piece+`"`)
		default:
			qs = append(qs, piece)
		}
	}
	return qs
}

// TestPhrasesAsWithPositions checks that phrases found on an index without
// term vectors (terms, then the stored text) are exactly those Bleve finds
// with them: the same hits, in the same order, with the same scores.
func TestPhrasesAsWithPositions(t *testing.T) {
	docs := generate(400)
	ix, err := Open(buildIndex(t, docs))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	pos := buildPositionalIndex(t, docs)
	defer pos.Close()
	ctx := context.Background()
	verified := 0
	for _, q := range phraseQueries(docs, 300) {
		r := Request{Query: q, Size: len(docs) + 1, Facets: []string{"township"}}
		want, err := pos.SearchWith(ctx, r)
		if err != nil {
			t.Fatalf("%q with positions: %v", q, err)
		}
		got, err := ix.SearchWith(ctx, r)
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if got.Total != want.Total || len(got.Hits) != len(want.Hits) {
			t.Errorf("%q: %d hits, want %d", q, got.Total, want.Total)
			continue
		}
		if got.Total > 0 {
			verified++
		}
		for i := range got.Hits {
			g, w := got.Hits[i], want.Hits[i]
			if g.ID != w.ID || math.Abs(g.Score-w.Score) > 1e-9*math.Abs(w.Score) {
				t.Errorf("%q: hit %d is %s (score %g), want %s (score %g)", q, i, g.ID, g.Score, w.ID, w.Score)
				break
			}
		}
		if len(got.Facets) != 1 || len(got.Facets[0].Terms) != len(want.Facets[0].Terms) || got.Facets[0].Missing != want.Facets[0].Missing {
			t.Errorf("%q: facets %+v, want %+v", q, got.Facets, want.Facets)
		}
	}
	if verified < 100 {
		t.Errorf("only %d queries with hits; the comparison says little", verified)
	}
}

func TestNgramPhraseIn(t *testing.T) {
	tests := []struct {
		text   string
		phrase [][]string
		want   bool
	}{
		{"全年办结率95%", [][]string{{"办结"}, {"结率"}}, true},
		{"办结，率先", [][]string{{"办结"}, {"结率"}}, false},
		{"办结，率先", [][]string{{"办结"}, nil, nil, {"率"}}, true},
		{"办结Ab率先", [][]string{{"办结"}, nil, nil, {"率"}}, true}, // a gap takes any token, as in Bleve
		{"代表AB活动", [][]string{{"表"}, {"ab"}, {"活动"}}, true},
		{"代表ABC活动", [][]string{{"表"}, {"ab"}, {"活动"}}, false},
		{"率", [][]string{{"率"}}, true},
	}
	for _, tt := range tests {
		if got := ngramPhraseIn(tt.text, tt.phrase); got != tt.want {
			t.Errorf("ngramPhraseIn(%q, %q) = %v, want %v", tt.text, tt.phrase, got, tt.want)
		}
	}
}

func TestHanLiteral(t *testing.T) {
	tests := []struct {
		phrase [][]string
		want   string
		ok     bool
	}{
		{[][]string{{"办结"}, {"结率"}}, "办结率", true},
		{[][]string{{"办结"}}, "办结", true},
		{[][]string{{"办结"}, nil, nil, {"率"}}, "", false},
		{[][]string{{"表"}, {"ab"}}, "", false},
		{[][]string{{"办结"}, {"率先"}}, "", false},
	}
	for _, tt := range tests {
		got, ok := hanLiteral(tt.phrase)
		if got != tt.want || ok != tt.ok {
			t.Errorf("hanLiteral(%q) = %q, %v, want %q, %v", tt.phrase, got, ok, tt.want, tt.ok)
		}
	}
}

// TestStoredReader checks that the hits of a phrase are read the fast way
// (straight from their segment) on a scorch index of several segments, and
// that it reads what Bleve's Document does.
func TestStoredReader(t *testing.T) {
	docs := generate(2*BatchSize + 50) // three segments at least, before merges
	path := buildIndex(t, docs)
	// Replace some documents and delete others: their old versions stay in
	// their segments, deleted, and still count in the numbering.
	w, err := OpenWriter(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(docs); i += 7 {
		d := *docs[i].doc
		d.Text = "改过的正文，办结率百分之百。" + d.Text
		docs[i].doc = &d
		if err := w.Add(&d, docs[i].facts); err != nil {
			t.Fatal(err)
		}
	}
	var kept []genDoc
	for i, g := range docs {
		if i%11 == 5 {
			w.Delete(g.doc.ID())
			continue
		}
		kept = append(kept, g)
	}
	docs = kept
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	adv, err := ix.idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	segs, _, ok := snapshotSegments(r)
	if !ok {
		t.Fatal("snapshotSegments: not a scorch snapshot as expected; Bleve changed, and phrases are checked the slow way")
	}
	deleted := uint64(0)
	for _, s := range segs {
		if d := s.Deleted(); d != nil {
			deleted += d.GetCardinality()
		}
	}
	if len(segs) < 2 || deleted == 0 {
		t.Fatalf("%d segments, %d deleted documents in them: want several, and some, to check the numbering", len(segs), deleted)
	}
	read := storedReader(r)
	for _, g := range docs {
		id, err := r.InternalID(g.doc.ID())
		if err != nil || id == nil {
			t.Fatalf("InternalID(%s): %v", g.doc.ID(), err)
		}
		for _, field := range []string{"body", "title"} {
			got, ok := read(id, field)
			want, wok := storedText(r, id, field)
			if got != want || ok != wok {
				t.Fatalf("%s %s: read %q, %v; Document has %q, %v", g.doc.ID(), field, got, ok, want, wok)
			}
		}
		if body, _ := read(id, "body"); body != g.doc.Text {
			t.Fatalf("%s: body %q, want %q", g.doc.ID(), body, g.doc.Text)
		}
	}
}
