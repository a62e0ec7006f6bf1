package index

import (
	"bytes"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/zongjie/zongjie/segment"
)

// Names of our tokenizers, registered in bleve's registry, and of the
// analyzers built on them in the index mapping.
const (
	// ngramTokenizer indexes every Han character as a unigram and every
	// pair of adjacent Han characters as a bigram at the position of its
	// first character; runs of letters and digits are one lowercased token.
	ngramTokenizer = "zongjie_ngram"
	// ngramQueryTokenizer analyses query text for phrase matching against
	// ngramTokenizer: bigrams only (a unigram for a lone character), so a
	// phrase of n characters is n-1 bigrams at consecutive positions.
	ngramQueryTokenizer = "zongjie_ngram_query"
	// wordTokenizer splits text into words with gse (our segment
	// package); punctuation and spaces are skipped.
	wordTokenizer = "zongjie_gse"

	ngramAnalyzer      = "zongjie_ngram"
	ngramQueryAnalyzer = "zongjie_ngram_query"
	wordAnalyzer       = "zongjie_gse"
)

// Registering our tokenizers is the package's one side effect. The gse
// tokenizer's constructor does not load the dictionary: the first call of
// Tokenize does, so opening an index does not pay for it.
func init() {
	registry.RegisterTokenizer(ngramTokenizer, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return ngrams{}, nil
	})
	registry.RegisterTokenizer(ngramQueryTokenizer, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return ngrams{query: true}, nil
	})
	registry.RegisterTokenizer(wordTokenizer, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return words{}, nil
	})
}

// isHan tells whether r is a Han character. The CJK Unified Ideographs
// block (U+4E00–U+9FFF), nearly every character of a summary, is Han
// throughout (TestIsHan); the rest is looked up in the table.
func isHan(r rune) bool {
	return 0x4e00 <= r && r <= 0x9fff || unicode.Is(unicode.Han, r)
}

// isWordRune tells whether r is a letter or a digit; the CJK Unified
// Ideographs are all letters (TestIsHan).
func isWordRune(r rune) bool {
	return 0x4e00 <= r && r <= 0x9fff || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// ngrams is the CJK n-gram tokenizer. Token positions are 1-based: each
// Han character takes one position, each run of letters and digits one,
// and each run of other characters (punctuation, spaces) one, so that a
// phrase never matches across punctuation. Offsets are bytes.
type ngrams struct{ query bool }

func (t ngrams) Tokenize(input []byte) analysis.TokenStream {
	// at most two tokens for each Han character (three bytes)
	slab := make([]analysis.Token, 0, 2*len(input)/3+1)
	out := make(analysis.TokenStream, 0, cap(slab))
	token := func(start, end, pos int, typ analysis.TokenType) *analysis.Token {
		if len(slab) == cap(slab) {
			slab = make([]analysis.Token, 0, 64)
		}
		// a term is a slice of input, as in Bleve's own tokenizers:
		// nothing after the tokenizer changes a term in place
		slab = append(slab, analysis.Token{Term: input[start:end:end], Start: start, End: end, Position: pos, Type: typ})
		return &slab[len(slab)-1]
	}
	up := unitPool.Get().(*[]unit)
	defer unitPool.Put(up)
	units := appendUnits((*up)[:0], input)
	*up = units
	for k, u := range units {
		if !u.han {
			tok := token(u.start, u.end, u.pos, analysis.AlphaNumeric)
			tok.Term = lowerASCII(bytes.Clone(tok.Term)) // not the caller's bytes
			out = append(out, tok)
			continue
		}
		switch {
		case k+1 < len(units) && units[k+1].han && units[k+1].start == u.end:
			// a pair of adjacent Han characters
			if !t.query {
				out = append(out, token(u.start, u.end, u.pos, analysis.Ideographic))
			}
			out = append(out, token(u.start, units[k+1].end, u.pos, analysis.Ideographic))
		case !t.query || k == 0 || !units[k-1].han || units[k-1].end != u.start:
			// the last character of a run: its unigram, which a query
			// needs only when the run is a single character.
			out = append(out, token(u.start, u.end, u.pos, analysis.Ideographic))
		}
	}
	return out
}

// unit is a place of the n-gram tokenizer's position sequence in a text: a
// Han character or a run of letters and digits. Separators take a position
// but no unit.
type unit struct {
	start, end int // bytes
	pos        int // 1-based
	han        bool
}

var unitPool = sync.Pool{New: func() any { return new([]unit) }}

// appendUnits appends the units of text, in order, to out. The tokenizer
// and the check of a phrase on a stored text (ngramUnits) both use it, so
// they agree on positions.
func appendUnits[T string | []byte](out []unit, text T) []unit {
	pos := 0
	sep := true // the last thing scanned was a separator (or nothing)
	for i := 0; i < len(text); {
		r, n := decodeRune(text[i:])
		switch {
		case isHan(r):
			pos++
			sep = false
			out = append(out, unit{i, i + n, pos, true})
			i += n
		case isWordRune(r):
			pos++
			sep = false
			j := i + n
			for j < len(text) {
				r2, n2 := decodeRune(text[j:])
				if !isWordRune(r2) || isHan(r2) {
					break
				}
				j += n2
			}
			out = append(out, unit{i, j, pos, false})
			i = j
		default:
			if !sep {
				pos++
				sep = true
			}
			i += n
		}
	}
	return out
}

// decodeRune is utf8.DecodeRune for a string or a byte slice.
func decodeRune[T string | []byte](s T) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	// at most utf8.UTFMax bytes: the conversion needs no allocation
	return utf8.DecodeRuneInString(string(s[:min(len(s), utf8.UTFMax)]))
}

func lowerASCII(b []byte) []byte {
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

// words is the gse tokenizer: tokens and byte offsets come from our segment
// package (gse's Segment), punctuation and spaces are skipped, positions
// count the words kept.
type words struct{}

func (words) Tokenize(input []byte) analysis.TokenStream {
	seg, err := segment.Shared()
	if err != nil {
		return nil // the dictionary is embedded; this does not happen
	}
	return wordStream(input, wordSpans(seg.Tokens(string(input))))
}

// wordSpan is a word of a text that the words field indexes: bytes
// [start, end) of the text.
type wordSpan struct{ start, end int32 }

// wordSpans are the words of toks, as segment.Tokens splits a text, that
// the words field indexes: those with a letter or a digit.
func wordSpans(toks []segment.Token) []wordSpan {
	out := make([]wordSpan, 0, len(toks))
	for _, tk := range toks {
		if hasWordRune(tk.Text) {
			out = append(out, wordSpan{int32(tk.Start), int32(tk.End)})
		}
	}
	return out
}

// wordStream turns the words of text into the token stream of the words
// field. The gse tokenizer (query analysis, Writer.Add) and
// Writer.AddTokens both build the field with it, so the index and the
// queries see the same words.
func wordStream(text []byte, spans []wordSpan) analysis.TokenStream {
	out := make(analysis.TokenStream, len(spans))
	slab := make([]analysis.Token, len(spans))
	for i, sp := range spans {
		term := text[sp.start:sp.end:sp.end] // as ngrams: a slice of the input
		if hasUpperASCII(term) {
			term = lowerASCII(bytes.Clone(term))
		}
		typ := analysis.AlphaNumeric
		if r, _ := utf8.DecodeRune(term); isHan(r) {
			typ = analysis.Ideographic
		}
		slab[i] = analysis.Token{Term: term, Start: int(sp.start), End: int(sp.end), Position: i + 1, Type: typ}
		out[i] = &slab[i]
	}
	return out
}

// segmented is an analyzer for one document's words field whose words are
// already known (from the segmentation the pipeline does for extraction):
// given the field's text, it returns the stream of those words. Bleve
// calls it once, when it indexes the document. A word takes 8 bytes until
// then, where a segment.Token takes 48.
type segmented []wordSpan

func (s segmented) Analyze(text []byte) analysis.TokenStream { return wordStream(text, s) }

func hasUpperASCII(b []byte) bool {
	for _, c := range b {
		if 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

func hasWordRune(s string) bool {
	for _, r := range s {
		if isWordRune(r) {
			return true
		}
	}
	return false
}
