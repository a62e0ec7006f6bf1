package index

import (
	"reflect"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/size"
	index "github.com/blevesearch/bleve_index_api"
)

// textField is one of our text fields (title, body, words) as the writer
// hands it to Bleve: the document.TextField the mapping made, analysed
// here rather than by TextField.Analyze. Bleve's analysis of a field
// copies a stored text first (in case a token filter changes it in place;
// our analyzers have none), allocates a string and a TokenFreq for each
// distinct term, and Document.Size then walks every term once more to
// count bytes for Bleve's statistics. Here the distinct terms are
// substrings of one copy of the text, their TokenFreqs come from a slab,
// and the size is counted as the terms are found. The terms, frequencies,
// lengths and sizes are Bleve's own (TestTextFieldAsBleve); a field with
// term vectors (the mapping that tests compare phrases with) is left to
// Bleve.
type textField struct {
	*document.TextField
	analyzer analysis.Analyzer
	length   int
	freqs    index.TokenFrequencies
	size     int
}

// The sizes Bleve counts (document.TextField.Size, TokenFrequencies.Size).
var (
	sizeOfTextField = int(reflect.TypeFor[document.TextField]().Size())
	sizeOfTokenFreq = int(reflect.TypeFor[index.TokenFreq]().Size())
)

// ownAnalysis returns f analysed here, if it is a text field of ours that
// Bleve would analyse without term vectors; otherwise f itself.
func ownAnalysis(f document.Field) document.Field {
	tf, ok := f.(*document.TextField)
	if !ok || tf.Analyzer() == nil || !tf.Options().IsIndexed() || tf.Options().IncludeTermVectors() {
		return f
	}
	switch tf.Name() {
	case "title", "body", "words":
		return &textField{TextField: tf, analyzer: tf.Analyzer()}
	}
	return f
}

func (f *textField) Analyze() {
	value := f.Value()
	toks := f.analyzer.Analyze(value)
	f.length = len(toks)
	f.freqs, f.size = tokenFrequencies(value, toks, f.Options())
	f.size += sizeOfTextField + size.SizeOfPtr + len(f.Name()) +
		len(f.ArrayPositions())*size.SizeOfUint64 + len(value)
}

func (f *textField) AnalyzedLength() int                              { return f.length }
func (f *textField) AnalyzedTokenFrequencies() index.TokenFrequencies { return f.freqs }
func (f *textField) Size() int                                        { return f.size }

// tokenFrequencies is analysis.TokenFrequency without term vectors, for
// tokens whose terms are, but for some lowercased ones, the bytes of text
// at their offsets. It returns the frequencies and their size as
// TokenFrequencies.Size counts it.
func tokenFrequencies(text []byte, toks analysis.TokenStream, opt index.FieldIndexingOptions) (index.TokenFrequencies, int) {
	guess := len(toks)/2 + 8 // distinct terms: about 0.4 of the n-grams of a summary
	out := make(index.TokenFrequencies, guess)
	slab := make([]index.TokenFreq, 0, guess)
	str := string(text) // the terms' keys are substrings of one copy
	n := size.SizeOfMap
	count := !opt.SkipFreqNorm()
	for _, tok := range toks {
		curr := out[string(tok.Term)]
		if curr == nil {
			key := ""
			if s, e := tok.Start, tok.End; 0 <= s && s <= e && e <= len(str) && str[s:e] == string(tok.Term) {
				key = str[s:e]
			} else {
				key = string(tok.Term)
			}
			if len(slab) == cap(slab) {
				slab = make([]index.TokenFreq, 0, max(64, len(toks)/8))
			}
			slab = append(slab, index.TokenFreq{Term: tok.Term})
			curr = &slab[len(slab)-1]
			out[key] = curr
			n += size.SizeOfString + size.SizeOfPtr + len(key) + sizeOfTokenFreq + len(tok.Term)
		}
		if count {
			curr.SetFrequency(curr.Frequency() + 1)
		}
	}
	return out, n
}
