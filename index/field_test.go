package index

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/blevesearch/bleve/v2/document"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/extract"
	"github.com/zongjie/zongjie/segment"
)

// TestTextFieldAsBleve checks that the text fields the writer analyses
// itself (field.go) give Bleve what its own TextField.Analyze gives: the
// same analysed length, the same terms with the same frequencies, the same
// size; and that every other field is left to Bleve.
func TestTextFieldAsBleve(t *testing.T) {
	seg, err := segment.Shared()
	if err != nil {
		t.Fatal(err)
	}
	im := testMapping(t)
	var docs []*corpus.Document
	facts := map[*corpus.Document][]extract.Fact{}
	for _, g := range generate(60) {
		docs = append(docs, g.doc)
		facts[g.doc] = g.facts
	}
	// texts the generator does not make: mixed case, digits, spaces,
	// punctuation, full-width forms, invalid UTF-8, nothing at all
	rng := rand.New(rand.NewPCG(3, 11))
	alphabet := []string{"代表", "建议", "A", "b", "Z9", "ＡＢ", "１２", " ", "，", "\n", "é", "\xff", "率", "镇", "x"}
	for i := range 40 {
		var b strings.Builder
		for range rng.IntN(80) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		docs = append(docs, &corpus.Document{Source: "rand.txt", Part: i + 1, Parts: 40, Title: b.String()[:b.Len()/3], Text: b.String()})
	}
	// and real summaries
	files, _ := filepath.Glob("../examples/20*/*.txt")
	for _, p := range files[:min(len(files), 10)] {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, &corpus.Document{Source: p, Title: filepath.Base(p), Text: string(data)})
	}
	ours, numbers := 0, 0
	for _, d := range docs {
		for _, pre := range []bool{false, true} {
			bd, _, err := mapDocument(im, d, facts[d], seg.Tokens(d.Text), pre)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range bd.Fields {
				if nf, ok := f.(*numericField); ok {
					numbers++
					num, err := nf.Number()
					if err != nil {
						t.Fatal(err)
					}
					want := document.NewNumericFieldWithIndexingOptions(nf.Name(), nf.ArrayPositions(), num, nf.Options())
					want.Analyze()
					nf.Analyze()
					sameAnalysis(t, d.ID()+" "+nf.Name(), nf, want)
					continue
				}
				if _, ok := f.(*document.NumericField); ok {
					t.Fatalf("%s: number field %s is left to Bleve", d.ID(), f.Name())
				}
				tf, ok := f.(*textField)
				if !ok {
					if n := f.Name(); n == "title" || n == "body" || n == "words" {
						t.Fatalf("%s: field %s is left to Bleve", d.ID(), n)
					}
					continue
				}
				ours++
				// Bleve's analysis of the same field the mapping made
				want := document.NewTextFieldCustom(tf.Name(), tf.ArrayPositions(), bytes.Clone(tf.Value()), tf.Options(), tf.TextField.Analyzer())
				want.Analyze()
				tf.Analyze()
				if tf.AnalyzedLength() != want.AnalyzedLength() {
					t.Errorf("%s %s: length %d, Bleve's %d", d.ID(), tf.Name(), tf.AnalyzedLength(), want.AnalyzedLength())
				}
				if tf.Size() != want.Size() {
					t.Errorf("%s %s: size %d, Bleve's %d", d.ID(), tf.Name(), tf.Size(), want.Size())
				}
				got, exp := tf.AnalyzedTokenFrequencies(), want.AnalyzedTokenFrequencies()
				if len(got) != len(exp) {
					t.Errorf("%s %s: %d terms, Bleve's %d", d.ID(), tf.Name(), len(got), len(exp))
				}
				for term, e := range exp {
					g := got[term]
					switch {
					case g == nil:
						t.Errorf("%s %s: term %q missing", d.ID(), tf.Name(), term)
					case !bytes.Equal(g.Term, e.Term) || g.Frequency() != e.Frequency() || len(g.Locations) != len(e.Locations):
						t.Errorf("%s %s: term %q: %q ×%d, %d locations; Bleve's %q ×%d, %d",
							d.ID(), tf.Name(), term, g.Term, g.Frequency(), len(g.Locations), e.Term, e.Frequency(), len(e.Locations))
					}
				}
			}
		}
	}
	if ours == 0 || numbers == 0 {
		t.Fatalf("%d text and %d number fields analysed here", ours, numbers)
	}
	// a mapping with term vectors leaves every field to Bleve
	pm, err := buildMapping(true)
	if err != nil {
		t.Fatal(err)
	}
	bd, _, err := mapDocument(pm, docs[0], nil, seg.Tokens(docs[0].Text), true)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range bd.Fields {
		if _, ok := f.(*textField); ok {
			t.Errorf("field %s with term vectors is not left to Bleve", f.Name())
		}
	}
}

// sameAnalysis checks that a field analysed here gives what Bleve's own
// analysis of the same field (want, analysed) gives.
func sameAnalysis(t *testing.T, what string, got, want document.Field) {
	t.Helper()
	if got.AnalyzedLength() != want.AnalyzedLength() {
		t.Errorf("%s: length %d, Bleve's %d", what, got.AnalyzedLength(), want.AnalyzedLength())
	}
	if got.Size() != want.Size() {
		t.Errorf("%s: size %d, Bleve's %d", what, got.Size(), want.Size())
	}
	g, e := got.AnalyzedTokenFrequencies(), want.AnalyzedTokenFrequencies()
	if len(g) != len(e) {
		t.Errorf("%s: %d terms, Bleve's %d", what, len(g), len(e))
	}
	for term, ef := range e {
		gf := g[term]
		switch {
		case gf == nil:
			t.Errorf("%s: term %q missing", what, term)
		case !bytes.Equal(gf.Term, ef.Term) || gf.Frequency() != ef.Frequency() || len(gf.Locations) != len(ef.Locations):
			t.Errorf("%s: term %q: %q ×%d, %d locations; Bleve's %q ×%d, %d",
				what, term, gf.Term, gf.Frequency(), len(gf.Locations), ef.Term, ef.Frequency(), len(ef.Locations))
		}
	}
}

// TestIsHan checks the shortcuts of isHan and isWordRune against the
// Unicode tables, for every code point.
func TestIsHan(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v, Unicode says %v", r, isHan(r), unicode.Is(unicode.Han, r))
		}
		if w := unicode.IsLetter(r) || unicode.IsDigit(r); isWordRune(r) != w {
			t.Fatalf("isWordRune(%U) = %v, Unicode says %v", r, isWordRune(r), w)
		}
	}
}
