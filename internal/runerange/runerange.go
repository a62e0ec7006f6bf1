// Package runerange works on sets of runes written as sorted pairs lo, hi
// of inclusive ranges, as regexp/syntax writes a character class. The
// extractor's pattern starters and the cleaner's line guards share it.
package runerange

import (
	"cmp"
	"slices"
)

// Merge returns the ranges of r (pairs lo, hi in any order) sorted, with
// those that overlap or touch merged into one.
func Merge(r []rune) []rune {
	type span struct{ lo, hi rune }
	spans := make([]span, 0, len(r)/2)
	for i := 0; i+1 < len(r); i += 2 {
		spans = append(spans, span{r[i], r[i+1]})
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.lo, b.lo) })
	var out []rune
	for _, s := range spans {
		if n := len(out); n > 0 && s.lo <= out[n-1]+1 {
			out[n-1] = max(out[n-1], s.hi)
			continue
		}
		out = append(out, s.lo, s.hi)
	}
	return out
}
