package extract

import (
	"regexp"
	"regexp/syntax"
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A starter finds the matches of a pattern faster than a search of the
// whole text by the regexp engine: a match can only start at a rune of its
// first set, so the pattern, anchored, is tried only there. The matches are
// those of FindAll*Index, leftmost first and not overlapping, since no
// match starts between the end of one and the next rune of the set. Only
// patterns that cannot match the empty string and look at no text before
// their start (^, \b) are sped up; the others are searched as before.
type starter struct {
	re     *regexp.Regexp
	anchor *regexp.Regexp // nil: search with re
	ascii  [utf8.RuneSelf]bool
	bmp    *[1 << 16 / 64]uint64 // the runes of the first set below U+10000
	ranges []rune                // sorted pairs lo, hi of the runes above ASCII
	// span is the most bytes a match can take, or -1 if it has no bound
	// or ends on an assertion ($) that a window of the text would misread.
	span int
}

var starters sync.Map // *regexp.Regexp → *starter

func starterFor(re *regexp.Regexp) *starter {
	if v, ok := starters.Load(re); ok {
		return v.(*starter)
	}
	st := newStarter(re)
	v, _ := starters.LoadOrStore(re, st)
	return v.(*starter)
}

func newStarter(re *regexp.Regexp) *starter {
	st := &starter{re: re}
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return st
	}
	tree = tree.Simplify()
	var pairs []rune
	nullable, ok := firstSet(tree, &pairs)
	if !ok || nullable || !noLookBehind(tree) {
		return st
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		lo, hi := pairs[i], pairs[i+1]
		for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
			st.ascii[r] = true
		}
		if hi >= utf8.RuneSelf {
			st.ranges = append(st.ranges, max(lo, utf8.RuneSelf), hi)
		}
	}
	st.ranges = mergeRanges(st.ranges)
	st.bmp = new([1 << 16 / 64]uint64)
	for i := 0; i+1 < len(st.ranges); i += 2 {
		for r := st.ranges[i]; r <= st.ranges[i+1] && r < 1<<16; r++ {
			st.bmp[r/64] |= 1 << (r % 64)
		}
	}
	st.span = maxSpan(tree)
	anchor, err := regexp.Compile(`^(?:` + re.String() + `)`)
	if err != nil || anchor.NumSubexp() != re.NumSubexp() {
		return st
	}
	st.anchor = anchor
	return st
}

func mergeRanges(r []rune) []rune {
	type pair struct{ lo, hi rune }
	ps := make([]pair, 0, len(r)/2)
	for i := 0; i+1 < len(r); i += 2 {
		ps = append(ps, pair{r[i], r[i+1]})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].lo < ps[j].lo })
	var out []rune
	for _, p := range ps {
		if n := len(out); n > 0 && p.lo <= out[n-1]+1 {
			out[n-1] = max(out[n-1], p.hi)
			continue
		}
		out = append(out, p.lo, p.hi)
	}
	return out
}

// firstSet adds to pairs the runes a match of re can start with and says
// whether re can match the empty string; ok is false when it cannot tell.
func firstSet(re *syntax.Regexp, pairs *[]rune) (nullable, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		r := re.Rune[0]
		*pairs = append(*pairs, r, r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				*pairs = append(*pairs, f, f)
			}
		}
		return false, true
	case syntax.OpCharClass:
		*pairs = append(*pairs, re.Rune...)
		return false, true
	case syntax.OpAnyCharNotNL:
		*pairs = append(*pairs, 0, '\n'-1, '\n'+1, unicode.MaxRune)
		return false, true
	case syntax.OpAnyChar:
		*pairs = append(*pairs, 0, unicode.MaxRune)
		return false, true
	case syntax.OpCapture:
		return firstSet(re.Sub[0], pairs)
	case syntax.OpStar, syntax.OpQuest:
		_, ok := firstSet(re.Sub[0], pairs)
		return true, ok
	case syntax.OpPlus:
		return firstSet(re.Sub[0], pairs)
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			n, ok := firstSet(sub, pairs)
			if !ok {
				return false, false
			}
			if !n {
				return false, true
			}
		}
		return true, true
	case syntax.OpAlternate:
		nullable := false
		for _, sub := range re.Sub {
			n, ok := firstSet(sub, pairs)
			if !ok {
				return false, false
			}
			nullable = nullable || n
		}
		return nullable, true
	}
	return false, false
}

// noLookBehind reports whether re has no assertion about the text before
// a position (^, \b, \B), which an anchored match on a suffix would misread.
func noLookBehind(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpBeginText, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpRepeat:
		return false
	}
	for _, sub := range re.Sub {
		if !noLookBehind(sub) {
			return false
		}
	}
	return true
}

// maxSpan returns the most bytes a match of re can take, or -1 if it has
// no bound or holds an assertion about the text after it.
func maxSpan(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return 0
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			n += max(utf8.RuneLen(r), 1)
		}
		if re.Flags&syntax.FoldCase != 0 {
			n = utf8.UTFMax * len(re.Rune)
		}
		return n
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return 0
		}
		return max(utf8.RuneLen(re.Rune[len(re.Rune)-1]), 1)
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxSpan(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			m := maxSpan(sub)
			if m < 0 {
				return -1
			}
			n += m
		}
		return n
	case syntax.OpAlternate:
		n := 0
		for _, sub := range re.Sub {
			m := maxSpan(sub)
			if m < 0 {
				return -1
			}
			n = max(n, m)
		}
		return n
	}
	return -1
}

func (st *starter) starts(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && st.ascii[r]
	}
	if r < 1<<16 {
		return st.bmp[r/64]&(1<<(r%64)) != 0
	}
	rs := st.ranges
	i := sort.Search(len(rs)/2, func(i int) bool { return rs[2*i+1] >= r })
	return i < len(rs)/2 && rs[2*i] <= r
}

// findAll returns re.FindAllStringSubmatchIndex(text, -1).
func findAll(re *regexp.Regexp, text string) [][]int {
	st := starterFor(re)
	if st.anchor == nil {
		return re.FindAllStringSubmatchIndex(text, -1)
	}
	var out [][]int
	for pos := 0; pos < len(text); {
		c := text[pos]
		w := 1
		var ok bool
		if c < utf8.RuneSelf {
			ok = st.ascii[c]
		} else {
			var r rune
			r, w = utf8.DecodeRuneInString(text[pos:])
			ok = st.starts(r)
		}
		if !ok {
			pos += w
			continue
		}
		rest := text[pos:]
		if st.span >= 0 && len(rest) > st.span {
			rest = rest[:st.span]
		}
		m := st.anchor.FindStringSubmatchIndex(rest)
		if m == nil {
			pos += w
			continue
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += pos
			}
		}
		out = append(out, m)
		pos = m[1]
	}
	return out
}

// findAllIndex returns re.FindAllStringIndex(text, -1).
func findAllIndex(re *regexp.Regexp, text string) [][]int {
	ms := findAll(re, text)
	for i, m := range ms {
		ms[i] = m[:2:2]
	}
	return ms
}
