package extract

import (
	"math/bits"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// The starters' first runes are looked for in one pass over a text for all
// patterns at once, not in one pass a pattern: extractText indexes its
// text (indexStarts) and findAll, called with that text, takes the places
// where its pattern can start from the index. A pattern whose starter came
// after the index was built is searched rune by rune as before.

// maxIndexed is the most starters the one pass serves.
const maxIndexed = 128

// maxIndexedFirst is the most runes a first set may hold to be indexed:
// a wider one would list most runes of a text, which its own scan passes
// over as quickly.
const maxIndexedFirst = 4096

// A startMask is a set of starters by id.
type startMask [maxIndexed / 64]uint64

// startTable maps a rune to the starters whose first set holds it.
type startTable struct {
	n     int             // starters covered: ids 0 … n-1
	class *[1 << 16]uint8 // rune below U+10000 → its class; 0: no starter
	masks []startMask     // class → the starters whose first set holds its runes
	high  []*starter      // starters with runes above U+FFFF in their first set
	// full: every rune has its class (there were no more than 256).
	full bool
}

var startRegistry struct {
	mu    sync.Mutex
	list  []*starter // indexed starters, by id
	table atomic.Pointer[startTable]
}

// register gives st an id in the one pass if its first set is narrow
// enough and there is room.
func (st *starter) register() {
	st.id = -1
	if st.anchor == nil || st.lineStart || st.orClass != nil || runeCountSet(&st.first) > maxIndexedFirst {
		return
	}
	startRegistry.mu.Lock()
	defer startRegistry.mu.Unlock()
	if len(startRegistry.list) < maxIndexed {
		st.id = len(startRegistry.list)
		startRegistry.list = append(startRegistry.list, st)
	}
}

// runeCountSet returns the number of runes in rs.
func runeCountSet(rs *runeSet) int {
	n := 0
	for _, ok := range rs.ascii {
		if ok {
			n++
		}
	}
	return n + runeCount(rs.ranges)
}

// currentTable returns a table of every starter registered so far.
func currentTable() *startTable {
	if t := startRegistry.table.Load(); t != nil && t.n == maxIndexed {
		return t
	}
	startRegistry.mu.Lock()
	defer startRegistry.mu.Unlock()
	t := startRegistry.table.Load()
	if t == nil || t.n != len(startRegistry.list) {
		t = buildTable(startRegistry.list)
		startRegistry.table.Store(t)
	}
	return t
}

func buildTable(list []*starter) *startTable {
	t := &startTable{n: len(list), class: new([1 << 16]uint8), masks: []startMask{{}}}
	perRune := make([]startMask, 1<<16)
	for id, st := range list {
		for w, word := range st.first.bmp {
			for word != 0 {
				b := bits.TrailingZeros64(word)
				word &^= 1 << b
				perRune[w*64+b][id/64] |= 1 << (id % 64)
			}
		}
		if rg := st.first.ranges; len(rg) > 0 && rg[len(rg)-1] >= 1<<16 {
			t.high = append(t.high, st)
		}
	}
	classes := map[startMask]uint8{{}: 0}
	for r, m := range perRune {
		c, ok := classes[m]
		if !ok {
			if len(t.masks) == 256 {
				return t // not full: nothing is indexed
			}
			c = uint8(len(t.masks))
			classes[m] = c
			t.masks = append(t.masks, m)
		}
		t.class[r] = c
	}
	t.full = true
	return t
}

// textStarts holds, for one text, where each indexed starter's first
// runes are.
type textStarts struct {
	n   int     // starters indexed: ids below n
	at  []int32 // by id, pos[at[id]:at[id+1]]
	pos []int32 // the offsets of the runes of each first set, by id
}

// A runeClass is the class of the rune at an offset of a text.
type runeClass struct {
	at  int32
	cls uint16 // index in startTable.masks, or past them in the extra masks
}

var classBufs = sync.Pool{New: func() any { return new([]runeClass) }}

type textKey struct {
	p *byte
	n int
}

// indexedTexts holds the texts being extracted, by their bytes: textKey →
// *textStarts. An index is never changed once stored nor used again for
// another text (the text's bytes stay while it is stored), so a findAll
// that loaded it may use it while the text is released.
var indexedTexts sync.Map

// indexStarts finds in one pass where each indexed starter's first runes
// are in text, for findAll to use until release is called.
func indexStarts(text string) (release func()) {
	t := currentTable()
	if len(text) == 0 || len(text) > 1<<31-1 || !t.full || t.n == 0 {
		return func() {}
	}
	buf := classBufs.Get().(*[]runeClass)
	found := (*buf)[:0]
	var extra []startMask
	counts := make([]int32, t.n+1)
	class, masks := t.class, t.masks
	add := func(i int, cls int, m *startMask) {
		found = append(found, runeClass{int32(i), uint16(cls)})
		for k, word := range m {
			for word != 0 {
				b := bits.TrailingZeros64(word)
				word &^= 1 << b
				counts[k*64+b]++
			}
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if cl := class[c]; cl != 0 {
				add(i, int(cl), &masks[cl])
			}
			i++
			continue
		}
		r, w := decodeRune(text, i)
		if r < 1<<16 {
			if cl := class[r]; cl != 0 {
				add(i, int(cl), &masks[cl])
			}
		} else if len(t.high) > 0 && len(masks)+len(extra) < 1<<16 {
			var m startMask
			for _, st := range t.high {
				if st.first.hasHigh(r) {
					m[st.id/64] |= 1 << (st.id % 64)
				}
			}
			if m != (startMask{}) {
				extra = append(extra, m)
				add(i, len(masks)+len(extra)-1, &extra[len(extra)-1])
			}
		}
		i += w
	}
	ts := &textStarts{n: t.n, at: make([]int32, t.n+1)}
	total := int32(0)
	for id := 0; id < t.n; id++ {
		ts.at[id] = total
		total += counts[id]
	}
	ts.at[t.n] = total
	ts.pos = make([]int32, total)
	next := counts[:t.n]
	copy(next, ts.at[:t.n])
	for _, f := range found {
		var m *startMask
		if int(f.cls) < len(masks) {
			m = &masks[f.cls]
		} else {
			m = &extra[int(f.cls)-len(masks)]
		}
		for k, word := range m {
			for word != 0 {
				b := bits.TrailingZeros64(word)
				word &^= 1 << b
				id := k*64 + b
				ts.pos[next[id]] = f.at
				next[id]++
			}
		}
	}
	*buf = found[:0]
	classBufs.Put(buf)
	key := textKey{unsafe.StringData(text), len(text)}
	if _, dup := indexedTexts.LoadOrStore(key, ts); dup {
		return func() {} // the same text is being extracted elsewhere
	}
	return func() { indexedTexts.CompareAndDelete(key, ts) }
}

// startsOf returns the offsets in text where a match of st can start, if
// text is indexed and st with it.
func startsOf(st *starter, text string) ([]int32, bool) {
	if st.id < 0 || len(text) == 0 {
		return nil, false
	}
	v, ok := indexedTexts.Load(textKey{unsafe.StringData(text), len(text)})
	if !ok {
		return nil, false
	}
	ts := v.(*textStarts)
	if st.id >= ts.n {
		return nil, false
	}
	return ts.pos[ts.at[st.id]:ts.at[st.id+1]], true
}
