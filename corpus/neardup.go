package corpus

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// A near-repeat is a paragraph that says again what an earlier paragraph
// of the same document said, with a few characters changed: a page saved
// twice with an edit in between (正在办理中 → 正在抓紧办理中), a typo
// fixed. Its figures would be counted twice, so it is dropped like an
// exact repeat.
//
// Two paragraphs are near-repeats when both hold at least nearDupMin runes,
// they start with the same list marker (一是, （二）, 首先 …, or none), they
// hold the same figures in the same order (digit runs, Chinese numeral runs
// and placeholders), and the edit distance between them is at most
// nearDupRatio of the longer one, with no word replaced (two or more
// consecutive runes substituted, see replacesWord). These conditions keep
// the items of a list written on one template apart: they differ in their
// markers or numbers (一是…二是…, 3月…9月…) or in a name or a word (张三代表
// 提出的… / 李四代表提出的…), while a revised copy inserts or deletes words or
// fixes a character.
//
// Cost: paragraphs are bucketed by marker and figures, so only paragraphs
// with the same figures are compared; a pair is compared only when their
// lengths allow it, then by counting shared bigrams (a paragraph within e
// edits of another shares all but 2e of its bigrams), and only then by a
// banded edit distance. At most nearDupBudget pairs are looked at per
// document.

const (
	// nearDupMin is the shortest paragraph, in runes of its comparison
	// key, checked for near-repeats.
	nearDupMin = 30
	// nearDupRatio is the most edits between near-repeats, as a fraction
	// of the longer paragraph's length.
	nearDupRatio = 0.08
	// nearDupBudget is the most pairs of paragraphs looked at per
	// document.
	nearDupBudget = 400000
)

// nearPara is a kept paragraph that later ones are compared with.
type nearPara struct {
	runes []rune
	grams []uint64 // its bigrams, sorted, with repeats; nil until first compared
	src   int      // source line
}

// nearIndex holds the kept paragraphs of one document by marker and
// figures. Paragraphs added wait in pending until a match needs them, as
// most indexes are never asked.
type nearIndex struct {
	buckets map[string][]*nearPara
	pending []nearPending
	budget  int
	spent   bool // the budget ran out
}

// nearPending is a paragraph added to an index and not yet bucketed.
type nearPending struct {
	key string
	src int
}

func newNearIndex() *nearIndex {
	return &nearIndex{buckets: map[string][]*nearPara{}, budget: nearDupBudget}
}

// flush puts the pending paragraphs in their buckets, in the order they
// were added.
func (x *nearIndex) flush() {
	for _, p := range x.pending {
		b := nearBucket(p.key)
		x.buckets[b] = append(x.buckets[b], &nearPara{runes: []rune(p.key), src: p.src})
	}
	x.pending = x.pending[:0]
}

// nearBucket is the key of the bucket a paragraph goes in: its list marker
// and its figures.
func nearBucket(key string) string {
	return heading.FindString(key) + "\x00" + figures(key)
}

// numeralChars lists the characters of Chinese numerals.
const numeralChars = "〇零○一二三四五六七八九十百千万亿两"

// isNumeral reports whether r is one of numeralChars.
func isNumeral(r rune) bool {
	switch r {
	case '〇', '零', '○', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '两':
		return true
	}
	return false
}

// figures is the sequence of numbers a paragraph holds: runs of digits
// (with a decimal point), runs of Chinese numerals and placeholders X,
// separated by "|".
func figures(s string) string {
	var b strings.Builder
	kind := 0 // of the run being written: 1 digits, 2 numerals, 3 placeholder
	for _, r := range s {
		k := 0
		switch {
		case r >= '0' && r <= '9', r == '.' && kind == 1:
			k = 1
		case r >= '○' && isNumeral(r):
			k = 2
		case r == 'X':
			k = 3
		}
		if k != 0 && k != kind && b.Len() > 0 {
			b.WriteByte('|')
		}
		if k != 0 {
			b.WriteRune(r)
		}
		kind = k
	}
	return b.String()
}

// bigrams returns the bigrams of rs, sorted, with repeats.
func bigrams(rs []rune) []uint64 {
	if len(rs) < 2 {
		return nil
	}
	g := make([]uint64, len(rs)-1)
	for i := range g {
		g[i] = uint64(rs[i])<<32 | uint64(rs[i+1])
	}
	slices.Sort(g)
	return g
}

// common counts the elements two sorted slices share, with repeats.
func common(a, b []uint64) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// match returns the source line of an earlier paragraph that key nearly
// repeats, and the edits between them; ok is false when there is none.
func (x *nearIndex) match(key string) (src, edits int, ok bool) {
	x.flush()
	src, edits, ok, _ = x.matchIn(nearBucket(key), []rune(key))
	return src, edits, ok
}

// matchOrAdd is match, and add when key repeats no earlier paragraph.
func (x *nearIndex) matchOrAdd(key string, src int) (of, edits int, ok bool) {
	x.flush()
	b, rs := nearBucket(key), []rune(key)
	of, edits, ok, grams := x.matchIn(b, rs)
	if !ok {
		x.buckets[b] = append(x.buckets[b], &nearPara{runes: rs, grams: grams, src: src})
	}
	return of, edits, ok
}

// matchIn is match against the paragraphs of bucket b; it returns the
// bigrams of rs if it computed them.
func (x *nearIndex) matchIn(b string, rs []rune) (src, edits int, ok bool, grams []uint64) {
	if x.budget <= 0 {
		return 0, 0, false, nil
	}
	for _, c := range x.buckets[b] {
		if x.budget--; x.budget < 0 {
			x.spent = true
			return 0, 0, false, grams
		}
		longer := max(len(rs), len(c.runes))
		k := int(nearDupRatio * float64(longer))
		if d := len(rs) - len(c.runes); d > k || -d > k {
			continue
		}
		if grams == nil {
			grams = bigrams(rs)
		}
		if c.grams == nil {
			c.grams = bigrams(c.runes)
		}
		if common(grams, c.grams) < longer-1-2*k {
			continue
		}
		if e := editsWithin(rs, c.runes, k); e <= k && !replacesWord(c.runes, rs, k) {
			return c.src, e, true, grams
		}
	}
	return 0, 0, false, grams
}

// add puts a kept paragraph in the index.
func (x *nearIndex) add(key string, src int) {
	x.pending = append(x.pending, nearPending{key, src})
}

// editsWithin is the edit distance (insertions, deletions, substitutions
// of runes) between a and b when it is at most k, and k+1 otherwise. It
// fills only the band of the table within k of the diagonal.
func editsWithin(a, b []rune, k int) int {
	if d := len(a) - len(b); d > k || -d > k {
		return k + 1
	}
	inf := k + 1
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = min(j, inf)
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-k), min(len(b), i+k)
		if lo == 1 {
			cur[0] = min(i, inf)
		} else {
			cur[lo-1] = inf
		}
		best := cur[lo-1]
		for j := lo; j <= hi; j++ {
			v := prev[j-1]
			if a[i-1] != b[j-1] {
				v++
			}
			v = min(v, prev[j]+1, cur[j-1]+1, inf)
			cur[j] = v
			best = min(best, v)
		}
		if hi < len(b) {
			cur[hi+1] = inf
		}
		if best > k {
			return inf
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// wordCheckMax is the longest paragraph, in runes, whose alignment is
// checked for a replaced word; longer ones that are this close are
// repeats whatever the edits.
const wordCheckMax = 2000

// replacesWord reports whether turning a into b (within k edits) replaces
// two or more consecutive runes by others: a name or a word swapped
// (张三 → 李四, 道路建设 → 饮水安全), as items of a list on one template
// differ, rather than words inserted or deleted or a single character
// fixed, as a revised copy differs. It follows one alignment of least
// cost, preferring matches, then insertions and deletions, then
// substitutions.
func replacesWord(a, b []rune, k int) bool {
	if len(a) > wordCheckMax || len(b) > wordCheckMax {
		return false
	}
	inf := k + 1
	w := 2*k + 1
	// dist[i][j-i+k] is the distance between a[:i] and b[:j], for j
	// within k of i; inf outside the band.
	dist := make([][]int, len(a)+1)
	at := func(i, j int) int {
		if j < 0 || j > len(b) || j-i+k < 0 || j-i+k >= w {
			return inf
		}
		return dist[i][j-i+k]
	}
	for i := range dist {
		dist[i] = make([]int, w)
		for o := range dist[i] {
			j := i - k + o
			switch {
			case j < 0 || j > len(b):
				dist[i][o] = inf
			case i == 0:
				dist[i][o] = min(j, inf)
			case j == 0:
				dist[i][o] = min(i, inf)
			default:
				v := at(i-1, j-1)
				if a[i-1] != b[j-1] {
					v++
				}
				dist[i][o] = min(v, at(i-1, j)+1, at(i, j-1)+1, inf)
			}
		}
	}
	run := 0 // substitutions in a row
	for i, j := len(a), len(b); i > 0 || j > 0; {
		d := at(i, j)
		switch {
		case i > 0 && j > 0 && a[i-1] == b[j-1] && at(i-1, j-1) == d:
			i, j, run = i-1, j-1, 0
		case i > 0 && at(i-1, j)+1 == d:
			i, run = i-1, 0
		case j > 0 && at(i, j-1)+1 == d:
			j, run = j-1, 0
		case i > 0 && j > 0:
			i, j = i-1, j-1
			if run++; run >= 2 {
				return true
			}
		default:
			return false // off the band: cannot happen within k
		}
	}
	return false
}

// nearWarning says which paragraph was dropped as a near-repeat of which.
func nearWarning(src, of, edits int) string {
	return fmt.Sprintf("第 %d 行与第 %d 行几乎相同（相差 %d 个字），已删去", src, of, edits)
}

// nearLen reports whether a comparison key is long enough to be checked
// for near-repeats.
func nearLen(key string) bool {
	return len(key) >= nearDupMin && utf8.RuneCountInString(key) >= nearDupMin
}
