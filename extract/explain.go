package extract

import "strings"

// sentenceBreaks end a sentence.
const sentenceBreaks = "。！？；\n!?;"

// Sentence returns the byte range [from, to) of the sentence of text that
// holds the span [start, end): from the end of the previous sentence to
// the end of the last one the span touches, its closing mark included.
func Sentence(text string, start, end int) (from, to int) {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	base := start - len(tail(text[:start]))
	from = base
	if k := strings.LastIndexAny(text[base:start], sentenceBreaks); k >= 0 {
		from = base + k + 1
		// LastIndexAny gives the first byte of a multi-byte mark.
		for from < len(text) && from < start && !startsRune(text[from]) {
			from++
		}
	}
	if i := strings.IndexAny(head(text[end:]), sentenceBreaks); i >= 0 {
		to = end + i
		if text[to] != '\n' {
			for to++; to < len(text) && !startsRune(text[to]); to++ {
			}
		}
	} else {
		to = end + len(head(text[end:]))
	}
	return from, to
}

func startsRune(b byte) bool { return b&0xC0 != 0x80 }

// Explain returns the sentence that holds f with the figure marked 【…】,
// for tracing a fact to its words.
func Explain(text string, f Fact) string {
	from, to := Sentence(text, f.Start, f.End)
	return strings.TrimSpace(text[from:f.Start] + "【" + text[f.Start:f.End] + "】" + text[f.End:to])
}
