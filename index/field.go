package index

import (
	"reflect"
	"sync"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/numeric"
	"github.com/blevesearch/bleve/v2/size"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/zongjie/zongjie/segment"
)

// textField is one of our text fields (title, body, words) as the writer
// hands it to Bleve: the document.TextField the mapping made, analysed
// here rather than by TextField.Analyze. Bleve's analysis of a field runs
// the analyzer into a token stream (a 64-byte Token for each n-gram: 15%
// of all the bytes a run allocated), copies a stored text first (in case a
// token filter changes it in place; ours have none), allocates a string
// and a TokenFreq for each distinct term, and Document.Size then walks
// every term once more to count bytes for Bleve's statistics. Here the
// terms are counted straight from the text, as the field's tokenizer
// (analysis.go) would cut them, into a map whose keys are substrings of
// one copy of the text and whose TokenFreqs come from slabs; the size is
// counted as the terms are found. Lengths, terms, frequencies and sizes
// are Bleve's own (TestTextFieldAsBleve); a field with term vectors (the
// mapping that tests compare phrases with) is left to Bleve.
type textField struct {
	*document.TextField
	count  func(text []byte, opt index.FieldIndexingOptions) *termCounter // the terms of the text
	length int
	freqs  index.TokenFrequencies
	size   int
}

// The sizes Bleve counts (document.TextField.Size, NumericField.Size,
// TokenFrequencies.Size).
var (
	sizeOfTextField    = int(reflect.TypeFor[document.TextField]().Size())
	sizeOfNumericField = int(reflect.TypeFor[document.NumericField]().Size())
	sizeOfTokenFreq    = int(reflect.TypeFor[index.TokenFreq]().Size())
)

// numericField is a number field (year, part, the metrics) analysed as
// NumericField.Analyze does, the number and its 15 shifted prefixes each a
// term, but into one slab of TokenFreqs and one buffer of terms, with no
// tokens (15% of the postings of an index are these terms; Bleve made a
// Token and a TokenFreq object for each).
type numericField struct {
	*document.NumericField
	length int
	freqs  index.TokenFrequencies
}

func (f *numericField) Analyze() {
	value := f.Value()
	terms := [64 / document.DefaultPrecisionStep][]byte{value}
	n := 1
	if original, err := numeric.PrefixCoded(value).Int64(); err == nil {
		// a prefix-coded term takes at most 10 bytes
		buf := make([]byte, 10*len(terms))
		for shift := document.DefaultPrecisionStep; shift < 64; shift += document.DefaultPrecisionStep {
			t, rest, err := numeric.NewPrefixCodedInt64Prealloc(original, shift, buf)
			if err != nil {
				break
			}
			terms[n], buf = t[:len(t):len(t)], rest
			n++
		}
	}
	freq := 1
	if f.Options().SkipFreqNorm() {
		freq = 0
	}
	f.length = n
	f.freqs = make(index.TokenFrequencies, n)
	slab := make([]index.TokenFreq, n) // 16 of them: in any order, a few cache lines
	for i, t := range terms[:n] {
		if tf := f.freqs[string(t)]; tf != nil { // the terms differ by their shift, but as Bleve would
			tf.SetFrequency(tf.Frequency() + freq)
			continue
		}
		slab[i] = index.TokenFreq{Term: t}
		slab[i].SetFrequency(freq)
		f.freqs[string(t)] = &slab[i]
	}
}

func (f *numericField) AnalyzedLength() int                              { return f.length }
func (f *numericField) AnalyzedTokenFrequencies() index.TokenFrequencies { return f.freqs }

func (f *numericField) Size() int {
	return sizeOfNumericField + size.SizeOfPtr + len(f.Name()) +
		len(f.ArrayPositions())*size.SizeOfUint64 + len(f.Value()) + f.freqs.Size()
}

// ownAnalysis returns f analysed here, if it is a text field of ours that
// Bleve would analyse without term vectors; otherwise f itself.
func ownAnalysis(f document.Field) document.Field {
	if nf, ok := f.(*document.NumericField); ok {
		if !nf.Options().IsIndexed() || nf.Options().IncludeTermVectors() {
			return f
		}
		return &numericField{NumericField: nf}
	}
	tf, ok := f.(*document.TextField)
	if !ok || tf.Analyzer() == nil || !tf.Options().IsIndexed() || tf.Options().IncludeTermVectors() {
		return f
	}
	switch tf.Name() {
	case "title", "body": // ngramAnalyzer
		return &textField{TextField: tf, count: countNgrams}
	case "words": // the words given (AddTokens), or wordAnalyzer's
		spans, given := tf.Analyzer().(segmented)
		return &textField{TextField: tf, count: func(text []byte, opt index.FieldIndexingOptions) *termCounter {
			if !given {
				if seg, err := segment.Shared(); err == nil { // as the gse tokenizer
					spans = wordSpans(seg.Tokens(string(text)))
				}
			}
			c := newTermCounter(text, opt, len(spans)/2+8)
			for _, sp := range spans {
				c.add(text, int(sp.start), int(sp.end))
			}
			return c.done()
		}}
	}
	return f
}

func (f *textField) Analyze() {
	value := f.Value()
	c := f.count(value, f.Options())
	f.length, f.freqs = c.length, c.freqs
	f.size = c.size + sizeOfTextField + size.SizeOfPtr + len(f.Name()) +
		len(f.ArrayPositions())*size.SizeOfUint64 + len(value)
}

func (f *textField) AnalyzedLength() int                              { return f.length }
func (f *textField) AnalyzedTokenFrequencies() index.TokenFrequencies { return f.freqs }
func (f *textField) Size() int                                        { return f.size }

// countNgrams counts the terms the n-gram tokenizer (ngrams, not a query)
// makes of text: for each Han character its unigram, and the bigram with
// the next one if they are adjacent; each run of letters and digits,
// lowercased.
func countNgrams(text []byte, opt index.FieldIndexingOptions) *termCounter {
	// about two tokens a character of Chinese text (three bytes), 0.4 of
	// them distinct in a summary
	guess := len(text)/4 + 8
	c := newTermCounter(text, opt, guess)
	up := unitPool.Get().(*[]unit)
	defer unitPool.Put(up)
	units := appendUnits((*up)[:0], text)
	*up = units
	h := hanPool.Get().(*hanTable)
	defer hanPool.Put(h)
	h.reset(guess)
	for k, u := range units {
		if !u.han {
			c.add(text, u.start, u.end)
			continue
		}
		c.addHan(h, text, u.start, u.end)
		if k+1 < len(units) && units[k+1].han && units[k+1].start == u.end {
			c.addHan(h, text, u.start, units[k+1].end)
		}
	}
	h.clear()
	return c.done()
}

// hanTable finds the TokenFreq of a Han unigram or bigram by its bytes
// (at most 8, none of them 0) packed into an integer, without hashing a
// string: most of the n-grams of a text have been seen before in it (two
// tokens a character, 0.4 of them distinct), so the map of terms is only
// written to for a new one. Open addressing, linear probing, at most half
// full.
type hanTable struct {
	keys []uint64
	vals []*index.TokenFreq
	used int
	bits uint
}

var hanPool = sync.Pool{New: func() any { return new(hanTable) }}

// reset makes an empty table with room for n terms.
func (h *hanTable) reset(n int) {
	h.bits = 6
	for 1<<h.bits < 2*n {
		h.bits++
	}
	if cap(h.keys) < 1<<h.bits {
		h.keys = make([]uint64, 1<<h.bits)
		h.vals = make([]*index.TokenFreq, 1<<h.bits)
	}
	h.keys, h.vals = h.keys[:1<<h.bits], h.vals[:1<<h.bits]
	h.used = 0
}

func (h *hanTable) clear() {
	clear(h.keys)
	clear(h.vals) // the TokenFreqs go with the field
}

// slot returns the slot of key: where it is, or the empty one where it goes.
func (h *hanTable) slot(key uint64) int {
	mask := len(h.keys) - 1
	i := int((key * 0x9E3779B97F4A7C15) >> (64 - h.bits))
	for h.keys[i] != 0 && h.keys[i] != key {
		i = (i + 1) & mask
	}
	return i
}

// put adds key, not in the table, with its TokenFreq.
func (h *hanTable) put(i int, key uint64, tf *index.TokenFreq) {
	h.keys[i], h.vals[i] = key, tf
	h.used++
	if 2*h.used <= len(h.keys) {
		return
	}
	keys, vals := h.keys, h.vals
	h.bits++
	h.keys, h.vals = make([]uint64, 1<<h.bits), make([]*index.TokenFreq, 1<<h.bits)
	for j, k := range keys {
		if k != 0 {
			n := h.slot(k)
			h.keys[n], h.vals[n] = k, vals[j]
		}
	}
}

// addHan counts the Han unigram or bigram text[start:end], as add does.
func (c *termCounter) addHan(h *hanTable, text []byte, start, end int) {
	var key uint64
	for i := end - 1; i >= start; i-- {
		key = key<<8 | uint64(text[i])
	}
	i := h.slot(key)
	curr := h.vals[i]
	if curr == nil {
		curr = c.newTerm(text[start:end:end], c.text[start:end])
		h.put(i, key, curr)
	}
	c.length++
	if c.count {
		curr.SetFrequency(curr.Frequency() + 1)
	}
}

// inMapOrder moves the TokenFreqs of freqs into a new slab of n, in the
// order in which the map is iterated (see termCounter.done).
func inMapOrder(freqs index.TokenFrequencies, n int) {
	slab := make([]index.TokenFreq, n)
	i := 0
	for k, tf := range freqs {
		slab[i] = *tf
		freqs[k] = &slab[i]
		i++
	}
}

// termCounter makes the TokenFrequencies of a field without term vectors,
// as analysis.TokenFrequency does from the field's tokens.
type termCounter struct {
	text   string // one copy of the field's text: the keys are its substrings
	freqs  index.TokenFrequencies
	slab   []index.TokenFreq // while counting: from scratch, then allocated
	length int               // tokens
	size   int               // TokenFrequencies.Size of freqs
	count  bool              // frequencies are kept (not SkipFreqNorm)
	tmp    *[]index.TokenFreq
}

// scratch holds the TokenFreqs of a field while its terms are counted.
var scratch = sync.Pool{New: func() any { return new([]index.TokenFreq) }}

// newTermCounter counts the terms of text, of which there will be about
// guess distinct ones.
func newTermCounter(text []byte, opt index.FieldIndexingOptions, guess int) *termCounter {
	tmp := scratch.Get().(*[]index.TokenFreq)
	if cap(*tmp) < guess {
		*tmp = make([]index.TokenFreq, 0, guess)
	}
	return &termCounter{
		text: string(text), freqs: make(index.TokenFrequencies, guess),
		slab: (*tmp)[:0], size: size.SizeOfMap, count: !opt.SkipFreqNorm(), tmp: tmp,
	}
}

// done moves the TokenFreqs out of the scratch slab into one of their own,
// in the order in which the map of terms is iterated. Bleve goes through
// the terms of each field of each document of a batch twice, in the map's
// order, when it builds the batch's segment: by then the analysis of the
// batch (some 15 MB for 200 documents) is out of the processor's caches,
// and a TokenFreq read in the order the terms were first seen was a cache
// miss for nearly every term. Laid out in the map's order, the reads are
// sequential (a map's iteration starts at a random place, and wraps
// around, but goes through its slots in order).
func (c *termCounter) done() *termCounter {
	inMapOrder(c.freqs, len(c.freqs))
	// the scratch slab was filled first; forget the terms' bytes
	if n := len(c.freqs); n <= cap(*c.tmp) {
		clear((*c.tmp)[:n])
	} else {
		*c.tmp = make([]index.TokenFreq, 0, n) // room for the next one
	}
	scratch.Put(c.tmp)
	c.slab, c.tmp = nil, nil
	return c
}

// add counts the token text[start:end], lowercased as the tokenizers
// lowercase ASCII letters.
func (c *termCounter) add(text []byte, start, end int) {
	c.length++
	term := text[start:end:end] // as the tokenizers: a slice of the input
	key := c.text[start:end]
	if hasUpperASCII(term) {
		term = lowerASCII([]byte(key))
		key = string(term)
	}
	curr := c.freqs[key]
	if curr == nil {
		curr = c.newTerm(term, key)
	}
	if c.count {
		curr.SetFrequency(curr.Frequency() + 1)
	}
}

// newTerm adds a term not yet seen, with no occurrences counted.
func (c *termCounter) newTerm(term []byte, key string) *index.TokenFreq {
	if len(c.slab) == cap(c.slab) {
		c.slab = make([]index.TokenFreq, 0, 64)
	}
	c.slab = append(c.slab, index.TokenFreq{Term: term})
	curr := &c.slab[len(c.slab)-1]
	c.freqs[key] = curr
	c.size += size.SizeOfString + size.SizeOfPtr + len(key) + sizeOfTokenFreq + len(term)
	return curr
}
