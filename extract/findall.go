package extract

import (
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/internal/runerange"
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
	first  runeSet        // the runes a match can start with
	// body holds every rune a match can take, so that a match ends before
	// the first rune outside it; nil if the pattern looks at the text
	// after it ($), which a window of the text would misread.
	body *runeSet
	// span is the most bytes a match can take, or -1 if it has no bound
	// or ends on an assertion ($).
	span int
	// need are sets of runes a match holds one of each: the first runes
	// of the parts of the pattern that cannot match the empty string.
	need []runeSet
	// lineStart: the pattern starts with (?m)^, and a match starts only
	// at the start of a line.
	lineStart bool
	// oneLine: a match of a lineStart pattern cannot take a newline nor
	// looks past one, so it is tried on its line alone.
	oneLine bool
	// min is the fewest bytes a match takes.
	min int
	// req is a set of runes every match holds one of; nil if there is
	// none worth looking for.
	req *runeSet
	// id is the starter's place in the one pass over a text (starts.go),
	// -1 if it has none.
	id int
	// tail is anchor without the optional part the pattern starts with
	// ((将近|约|…)? of figureRe), for a match that starts with a rune
	// outside head, the optional part's first set, and so cannot hold
	// it: a smaller program, which the regexp engine runs faster (below
	// 500 instructions it backtracks instead of running its NFA). Its
	// groups 1 … headCaps are left empty: the optional part's.
	tail     *regexp.Regexp
	head     runeSet
	headCaps int
	// orClass is set when the pattern starts with (?m)(?:^|[…]): a match
	// starts at the start of a line (anchor) or at a rune of first, where
	// orClass, the pattern anchored without the ^ branch, is tried.
	orClass *regexp.Regexp
}

// A runeSet is a set of runes, quick to look up.
type runeSet struct {
	ascii  [utf8.RuneSelf]bool
	bmp    *[1 << 16 / 64]uint64 // the runes of the set below U+10000
	ranges []rune                // sorted pairs lo, hi of the runes above ASCII
}

func newRuneSet(pairs []rune) runeSet {
	var rs runeSet
	for i := 0; i+1 < len(pairs); i += 2 {
		lo, hi := pairs[i], pairs[i+1]
		for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
			rs.ascii[r] = true
		}
		if hi >= utf8.RuneSelf {
			rs.ranges = append(rs.ranges, max(lo, utf8.RuneSelf), hi)
		}
	}
	rs.ranges = runerange.Merge(rs.ranges)
	rs.bmp = new([1 << 16 / 64]uint64)
	for r, ok := range rs.ascii {
		if ok {
			rs.bmp[r/64] |= 1 << (r % 64)
		}
	}
	for i := 0; i+1 < len(rs.ranges); i += 2 {
		for r := rs.ranges[i]; r <= rs.ranges[i+1] && r < 1<<16; r++ {
			rs.bmp[r/64] |= 1 << (r % 64)
		}
	}
	return rs
}

func (rs *runeSet) has(r rune) bool {
	if u := uint32(r); u < 1<<16 {
		return rs.bmp[u>>6]>>(u&63)&1 != 0
	}
	return rs.hasHigh(r)
}

// hasLow is has for a rune below U+10000, and quick to call.
func (rs *runeSet) hasLow(u uint32) bool {
	return rs.bmp[u>>6&(1<<16/64-1)]>>(u&63)&1 != 0
}

func (rs *runeSet) hasHigh(r rune) bool {
	rg := rs.ranges
	i := sort.Search(len(rg)/2, func(i int) bool { return rg[2*i+1] >= r })
	return i < len(rg)/2 && rg[2*i] <= r
}

var starters sync.Map // *regexp.Regexp → *starter

func starterFor(re *regexp.Regexp) *starter {
	if v, ok := starters.Load(re); ok {
		return v.(*starter)
	}
	st := newStarter(re)
	st.id = -1
	v, loaded := starters.LoadOrStore(re, st)
	if !loaded {
		st.register()
	}
	return v.(*starter)
}

func newStarter(re *regexp.Regexp) *starter {
	st := &starter{re: re}
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return st
	}
	tree = tree.Simplify()
	if tree.Op == syntax.OpConcat && len(tree.Sub) > 1 && tree.Sub[0].Op == syntax.OpBeginLine {
		rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: tree.Sub[1:]}
		var pairs []rune
		nullable, ok := firstSet(rest, &pairs)
		if !ok || nullable || !noLookBehind(rest) {
			return st
		}
		anchor, err := regexp.Compile(`^(?:` + re.String() + `)`)
		if err != nil || anchor.NumSubexp() != re.NumSubexp() {
			return st
		}
		st.anchor, st.lineStart, st.span = anchor, true, -1
		st.oneLine = inLine(rest)
		return st
	}
	if tree.Op == syntax.OpConcat && len(tree.Sub) > 1 && lineOrClass(tree.Sub[0]) {
		st.setOrClass(tree)
		return st
	}
	var pairs []rune
	nullable, ok := firstSet(tree, &pairs)
	if !ok || nullable || !noLookBehind(tree) {
		return st
	}
	st.first = newRuneSet(pairs)
	st.span = maxSpan(tree)
	st.min = minSpan(tree)
	if req, ok := reqSet(tree); ok && runeCount(req) <= maxReq {
		r := newRuneSet(req)
		st.req = &r
	}
	if body, ok := bodySet(tree, nil); ok {
		b := newRuneSet(body)
		st.body = &b
		top := tree
		for top.Op == syntax.OpCapture {
			top = top.Sub[0]
		}
		if top.Op == syntax.OpConcat {
			for _, sub := range top.Sub[1:] {
				var p []rune
				if n, ok := firstSet(sub, &p); ok && !n {
					st.need = append(st.need, newRuneSet(p))
				}
			}
		}
	}
	anchor, err := regexp.Compile(`^(?:` + re.String() + `)`)
	if err != nil || anchor.NumSubexp() != re.NumSubexp() {
		return st
	}
	st.anchor = anchor
	st.setTail(tree)
	return st
}

// inLine reports whether no match of re takes a newline and re asserts
// nothing of the text after a match but (?m)$ and \b, \B, which say the
// same at the end of a line as before its newline.
func inLine(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEndText, syntax.OpBeginText, syntax.OpBeginLine, syntax.OpAnyChar:
		return false
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if r == '\n' {
				return false
			}
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] <= '\n' && '\n' <= re.Rune[i+1] {
				return false
			}
		}
	case syntax.OpEmptyMatch, syntax.OpAnyCharNotNL, syntax.OpEndLine, syntax.OpWordBoundary, syntax.OpNoWordBoundary,
		syntax.OpCapture, syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat, syntax.OpConcat, syntax.OpAlternate:
	default:
		return false
	}
	for _, sub := range re.Sub {
		if !inLine(sub) {
			return false
		}
	}
	return true
}

// lineOrClass reports whether re is (?m:^)|[…].
func lineOrClass(re *syntax.Regexp) bool {
	return re.Op == syntax.OpAlternate && len(re.Sub) == 2 && re.Sub[0].Op == syntax.OpBeginLine && re.Sub[1].Op == syntax.OpCharClass
}

// setOrClass sets up a starter for a pattern (tree, simplified) that
// starts with (?m)(?:^|[…]) and goes on with a part that cannot match
// the empty string nor looks before it or after its end.
func (st *starter) setOrClass(tree *syntax.Regexp) {
	rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: tree.Sub[1:]}
	var pairs []rune
	if nullable, ok := firstSet(rest, &pairs); !ok || nullable || !noLookBehind(rest) {
		return
	}
	body, ok := bodySet(tree, nil)
	if !ok {
		return
	}
	class := tree.Sub[0].Sub[1]
	orClass := &syntax.Regexp{Op: syntax.OpConcat, Sub: append([]*syntax.Regexp{class}, tree.Sub[1:]...)}
	anchor, err := regexp.Compile(`^(?:` + st.re.String() + `)`)
	if err != nil || anchor.NumSubexp() != st.re.NumSubexp() {
		return
	}
	or, err := regexp.Compile(`^(?:` + orClass.String() + `)`)
	if err != nil || or.NumSubexp() != st.re.NumSubexp() {
		return
	}
	b := newRuneSet(body)
	st.anchor, st.orClass, st.first, st.body, st.span = anchor, or, newRuneSet(class.Rune), &b, -1
}

// nextOrClass returns the first position from pos where a match of a
// pattern with orClass can start, whether it is the start of a line, and
// the text a match from there can take; at is len(text) if there is none.
func (st *starter) nextOrClass(text string, pos int) (at int, lineStart bool, rest string) {
	for i := pos; i < len(text); {
		c := text[i]
		w := 1
		var ok bool
		if i == 0 || text[i-1] == '\n' {
			ok, lineStart = true, true
		} else if c < utf8.RuneSelf {
			ok = st.first.ascii[c]
		} else {
			var r rune
			r, w = decodeRune(text, i)
			ok = st.first.has(r)
		}
		if ok {
			rest := text[i:]
			return i, lineStart, rest[:st.body.prefix(rest)]
		}
		i += w
	}
	return len(text), false, ""
}

// findOrClass is findAll for a pattern with orClass.
func (st *starter) findOrClass(text string) [][]int {
	var out [][]int
	for pos := 0; pos < len(text); {
		at, lineStart, rest := st.nextOrClass(text, pos)
		if at >= len(text) {
			break
		}
		re := st.orClass
		if lineStart {
			re = st.anchor
		}
		m := re.FindStringSubmatchIndex(rest)
		if m == nil {
			_, w := decodeRune(text, at)
			pos = at + w
			continue
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += at
			}
		}
		out = append(out, m)
		pos = m[1]
	}
	return out
}

// setTail sets st.tail if the pattern (tree, simplified) is a
// concatenation that starts with an optional part that cannot match the
// empty string.
func (st *starter) setTail(tree *syntax.Regexp) {
	if tree.Op != syntax.OpConcat || len(tree.Sub) < 2 {
		return
	}
	opt := tree.Sub[0]
	if opt.Op != syntax.OpQuest {
		return
	}
	var pairs []rune
	if nullable, ok := firstSet(opt.Sub[0], &pairs); !ok || nullable {
		return
	}
	caps := countCaps(opt)
	// The groups of the optional part stay, empty, so that the others
	// keep their numbers.
	sub := make([]*syntax.Regexp, 0, caps+len(tree.Sub)-1)
	for i := 1; i <= caps; i++ {
		sub = append(sub, &syntax.Regexp{Op: syntax.OpCapture, Cap: i, Sub: []*syntax.Regexp{{Op: syntax.OpEmptyMatch}}})
	}
	sub = append(sub, tree.Sub[1:]...)
	rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: sub, Flags: tree.Flags}
	tail, err := regexp.Compile(`^(?:` + rest.String() + `)`)
	if err != nil || tail.NumSubexp() != st.re.NumSubexp() {
		return
	}
	st.tail, st.head, st.headCaps = tail, newRuneSet(pairs), caps
}

// countCaps returns the number of capture groups in re.
func countCaps(re *syntax.Regexp) int {
	n := 0
	if re.Op == syntax.OpCapture {
		n++
	}
	for _, sub := range re.Sub {
		n += countCaps(sub)
	}
	return n
}

// anchorAt returns the anchored pattern to try at text[at:], and the
// number of its first groups to clear after a match.
func (st *starter) anchorAt(text string, at int) (*regexp.Regexp, int) {
	if st.tail != nil {
		r, _ := decodeRune(text, at)
		if !st.head.has(r) {
			return st.tail, st.headCaps
		}
	}
	return st.anchor, 0
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

// minSpan returns the fewest bytes a match of re can take.
func minSpan(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return len(re.Rune)
		}
		n := 0
		for _, r := range re.Rune {
			n += max(utf8.RuneLen(r), 1)
		}
		return n
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return 0
		}
		return max(utf8.RuneLen(re.Rune[0]), 1)
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minSpan(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minSpan(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += minSpan(sub)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, sub := range re.Sub {
			if m := minSpan(sub); n < 0 || m < n {
				n = m
			}
		}
		return max(n, 0)
	}
	return 0
}

// maxReq is the most runes a set of required runes may hold to be worth
// looking for.
const maxReq = 64

// reqSet returns pairs of a set of runes every match of re holds one of;
// ok is false if it finds none (re can match the empty string, or its
// parts are too wide to tell). Of a literal it takes the last rune, of a
// concatenation the part with the smallest set, the later on a tie.
func reqSet(re *syntax.Regexp) (pairs []rune, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, false
		}
		r := re.Rune[len(re.Rune)-1]
		pairs = append(pairs, r, r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				pairs = append(pairs, f, f)
			}
		}
		return pairs, true
	case syntax.OpCharClass:
		if len(re.Rune) == 0 || runeCount(re.Rune) > maxReq {
			return nil, false
		}
		return append(pairs, re.Rune...), true
	case syntax.OpCapture, syntax.OpPlus:
		return reqSet(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil, false
		}
		return reqSet(re.Sub[0])
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if p, ok := reqSet(sub); ok && (pairs == nil || runeCount(p) <= runeCount(pairs)) {
				pairs = p
			}
		}
		return pairs, pairs != nil
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			p, ok := reqSet(sub)
			if !ok {
				return nil, false
			}
			pairs = append(pairs, p...)
		}
		return pairs, true
	}
	return nil, false
}

// runeCount returns the number of runes in a set of pairs lo, hi.
func runeCount(pairs []rune) int {
	n := 0
	for i := 0; i+1 < len(pairs); i += 2 {
		n += int(pairs[i+1]-pairs[i]) + 1
	}
	return n
}

// A reqCursor remembers, for one search of a text, the next rune of a
// starter's required set at or after a position, so that the text is
// scanned for them once.
type reqCursor struct {
	at, end int // the rune found spans text[at:end]; at < 0: not looked yet
}

// viable reports whether a match can start at at and lie within rest
// (text[at:at+len(rest)]): it is long enough and holds a required rune.
func (st *starter) viable(text string, at int, rest string, cur *reqCursor) bool {
	if len(rest) < st.min {
		return false
	}
	if st.req == nil {
		return true
	}
	if cur.at < at {
		cur.at, cur.end = len(text), len(text)+1
		for i := at; i < len(text); {
			c := text[i]
			if c < utf8.RuneSelf {
				if st.req.ascii[c] {
					cur.at, cur.end = i, i+1
					break
				}
				i++
				continue
			}
			r, w := decodeRune(text, i)
			if u := uint32(r); (u < 1<<16 && st.req.hasLow(u)) || (u >= 1<<16 && st.req.hasHigh(r)) {
				cur.at, cur.end = i, i+w
				break
			}
			i += w
		}
	}
	return cur.end <= at+len(rest)
}

// bodySet adds to pairs every rune a match of re can take; ok is false if
// re looks at the text after a match ($).
func bodySet(re *syntax.Regexp, pairs []rune) ([]rune, bool) {
	switch re.Op {
	case syntax.OpEndLine, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return pairs, false
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			pairs = append(pairs, r, r)
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					pairs = append(pairs, f, f)
				}
			}
		}
	case syntax.OpCharClass:
		pairs = append(pairs, re.Rune...)
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		pairs = append(pairs, 0, unicode.MaxRune)
	}
	for _, sub := range re.Sub {
		var ok bool
		if pairs, ok = bodySet(sub, pairs); !ok {
			return pairs, false
		}
	}
	return pairs, true
}

// decodeRune is utf8.DecodeRuneInString(s[i:]), quicker on the three
// bytes of a Chinese character.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xE0 && c < 0xF0 && i+2 < len(s) {
		b1, b2 := s[i+1], s[i+2]
		if b1&0xC0 == 0x80 && b2&0xC0 == 0x80 && (c != 0xE0 || b1 >= 0xA0) && (c != 0xED || b1 < 0xA0) {
			return rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// prefix returns the length of the longest prefix of s whose runes are
// all in rs.
func (rs *runeSet) prefix(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !rs.ascii[c] {
				return i
			}
			i++
			continue
		}
		r, w := decodeRune(s, i)
		if u := uint32(r); (u < 1<<16 && !rs.hasLow(u)) || (u >= 1<<16 && !rs.hasHigh(r)) {
			return i
		}
		i += w
	}
	return len(s)
}

// next returns the first position from pos where a match can start and
// the text a match from there can take; at is len(text) if there is none.
func (st *starter) next(text string, pos int) (at int, rest string) {
	if st.lineStart {
		if pos > 0 {
			i := strings.IndexByte(text[pos-1:], '\n')
			if i < 0 {
				return len(text), ""
			}
			pos += i
		}
		rest := text[pos:]
		if st.oneLine {
			if k := strings.IndexByte(rest, '\n'); k >= 0 {
				rest = rest[:k]
			}
		}
		return pos, rest
	}
	for pos < len(text) {
		c := text[pos]
		w := 1
		var ok bool
		if c < utf8.RuneSelf {
			ok = st.first.ascii[c]
		} else if len(st.first.ranges) == 0 {
			// No byte of a rune above ASCII is ASCII: step over them
			// one by one to the next ASCII byte, a rune of its own.
			pos++
			continue
		} else {
			var r rune
			r, w = decodeRune(text, pos)
			if u := uint32(r); u < 1<<16 {
				ok = st.first.hasLow(u)
			} else {
				ok = st.first.hasHigh(r)
			}
		}
		if !ok {
			pos += w
			continue
		}
		if rest, ok := st.window(text, pos); ok {
			return pos, rest
		}
		pos += w
	}
	return len(text), ""
}

// nextOf is next, taking the places where a match can start from starts,
// the offsets of the runes of the first set in text, from starts[*j] on.
func (st *starter) nextOf(text string, pos int, starts []int32, j *int) (at int, rest string) {
	for ; *j < len(starts); *j++ {
		p := int(starts[*j])
		if p < pos {
			continue
		}
		if rest, ok := st.window(text, p); ok {
			return p, rest
		}
	}
	return len(text), ""
}

// window returns the text a match starting at pos, a rune of the first
// set, can take; ok is false if it cannot hold a match.
func (st *starter) window(text string, pos int) (rest string, ok bool) {
	rest = text[pos:]
	if st.span >= 0 && len(rest) > st.span {
		rest = rest[:st.span]
	}
	if st.body != nil {
		rest = rest[:st.body.prefix(rest)]
		if !st.holdsNeeds(rest) {
			return "", false
		}
	}
	return rest, true
}

// holdsNeeds reports whether s holds a rune of each set of st.need.
func (st *starter) holdsNeeds(s string) bool {
	for i := range st.need {
		if !st.need[i].any(s) {
			return false
		}
	}
	return true
}

// any reports whether a rune of s is in rs.
func (rs *runeSet) any(s string) bool {
	for i := 0; i < len(s); {
		var r rune
		w := 1
		if c := s[i]; c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, w = decodeRune(s, i)
		}
		if u := uint32(r); (u < 1<<16 && rs.hasLow(u)) || (u >= 1<<16 && rs.hasHigh(r)) {
			return true
		}
		i += w
	}
	return false
}

// findAll returns re.FindAllStringSubmatchIndex(text, -1).
func findAll(re *regexp.Regexp, text string) [][]int {
	st := starterFor(re)
	if st.anchor == nil {
		return re.FindAllStringSubmatchIndex(text, -1)
	}
	if st.orClass != nil {
		return st.findOrClass(text)
	}
	var out [][]int
	cur := reqCursor{at: -1}
	starts, fromIndex := startsOf(st, text)
	j := 0
	for pos := 0; pos < len(text); {
		var at int
		var rest string
		if fromIndex {
			at, rest = st.nextOf(text, pos, starts, &j)
		} else {
			at, rest = st.next(text, pos)
		}
		if at >= len(text) {
			break
		}
		if !st.viable(text, at, rest, &cur) {
			_, w := decodeRune(text, at)
			pos = at + w
			continue
		}
		anchor, clear := st.anchorAt(text, at)
		m := anchor.FindStringSubmatchIndex(rest)
		if m == nil {
			_, w := decodeRune(text, at)
			pos = at + w
			continue
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += at
			}
		}
		for i := 2; i < 2+2*clear; i++ {
			m[i] = -1
		}
		out = append(out, m)
		pos = m[1]
	}
	return out
}

// matchString returns re.MatchString(text).
func matchString(re *regexp.Regexp, text string) bool {
	st := starterFor(re)
	if st.anchor == nil || st.orClass != nil {
		return re.MatchString(text)
	}
	cur := reqCursor{at: -1}
	for pos := 0; pos < len(text); {
		at, rest := st.next(text, pos)
		if at >= len(text) {
			return false
		}
		if anchor, _ := st.anchorAt(text, at); st.viable(text, at, rest, &cur) && anchor.MatchString(rest) {
			return true
		}
		_, w := decodeRune(text, at)
		pos = at + w
	}
	return false
}

// findAllIndex returns re.FindAllStringIndex(text, -1).
func findAllIndex(re *regexp.Regexp, text string) [][]int {
	ms := findAll(re, text)
	for i, m := range ms {
		ms[i] = m[:2:2]
	}
	return ms
}
