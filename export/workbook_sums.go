package export

import (
	"bufio"
	"encoding/binary"
	"errors"
	"math"
	"os"
	"sort"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/zongjie/zongjie/extract"
)

// sumStore keeps the summaries of the documents for 对比, which can only be
// written once every document is known (it is sorted by township and
// year). A summary is encoded into a temporary file as it is added; memory
// holds only its sort key and where it is, some 24 bytes a document, so the
// workbook of a corpus of any size is written in bounded memory. When no
// temporary file can be made, the encoded summaries stay in memory.
type sumStore struct {
	dir   string // for the temporary file; "" means os.TempDir()
	f     *os.File
	w     *bufio.Writer
	mem   []byte // the summaries, when there is no file
	off   int64  // bytes written
	keys  []sumKey
	towns []string         // each township once, in the order first seen
	town  map[string]int32 // index in towns
	buf   []byte
}

// sumKey is what memory keeps of a summary.
type sumKey struct {
	off     int64
	n       uint32
	town    int32 // index in towns
	year    int32
	hasYear bool
}

func (s *sumStore) len() int { return len(s.keys) }

// add stores sum.
func (s *sumStore) add(sum *docSummary) error {
	t, ok := s.town[sum.township]
	if !ok {
		if s.town == nil {
			s.town = map[string]int32{}
		}
		t = int32(len(s.towns))
		s.towns = append(s.towns, sum.township)
		s.town[sum.township] = t
	}
	k := sumKey{off: s.off, town: t}
	if sum.year != nil {
		k.year, k.hasYear = int32(*sum.year), true
	}
	b := encodeSummary(s.buf[:0], sum)
	s.buf = b
	k.n = uint32(len(b))
	if s.f == nil && s.mem == nil {
		if f, err := os.CreateTemp(s.dir, "zongjie-compare-"); err == nil {
			s.f, s.w = f, bufio.NewWriterSize(f, 64<<10)
		}
	}
	if s.w != nil {
		if _, err := s.w.Write(b); err != nil {
			return err
		}
	} else {
		s.mem = append(s.mem, b...)
	}
	s.off += int64(len(b))
	s.keys = append(s.keys, k)
	return nil
}

// sorted calls fn with each summary, ordered by township (pinyin order;
// unknown last), then year (unknown last), then the order they were added.
func (s *sumStore) sorted(fn func(*docSummary) error) error {
	if s.w != nil {
		if err := s.w.Flush(); err != nil {
			return err
		}
	}
	rank := townRanks(s.towns)
	keys := s.keys
	sort.SliceStable(keys, func(i, j int) bool {
		a, b := &keys[i], &keys[j]
		if a.town != b.town {
			return rank[a.town] < rank[b.town]
		}
		if a.hasYear != b.hasYear {
			return a.hasYear
		}
		return a.year < b.year
	})
	var sum docSummary
	var year int
	for _, k := range keys {
		var b []byte
		if s.f != nil {
			if cap(s.buf) < int(k.n) {
				s.buf = make([]byte, k.n)
			}
			b = s.buf[:k.n]
			if _, err := s.f.ReadAt(b, k.off); err != nil {
				return err
			}
		} else {
			b = s.mem[k.off : k.off+int64(k.n)]
		}
		if err := decodeSummary(b, &sum); err != nil {
			return err
		}
		sum.township = s.towns[k.town]
		sum.year = nil
		if k.hasYear {
			year = int(k.year)
			sum.year = &year
		}
		if err := fn(&sum); err != nil {
			return err
		}
	}
	return nil
}

// townRanks orders townships: pinyin order, then bytes; unknown ("") last.
func townRanks(towns []string) []int {
	coll := collate.New(language.SimplifiedChinese)
	order := make([]int, len(towns))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := towns[order[i]], towns[order[j]]
		if a == "" || b == "" {
			return b == "" && a != ""
		}
		if c := coll.CompareString(a, b); c != 0 {
			return c < 0
		}
		return a < b
	})
	rank := make([]int, len(towns))
	for r, i := range order {
		rank[i] = r
	}
	return rank
}

// close removes the temporary file.
func (s *sumStore) close() error {
	s.keys, s.mem, s.towns, s.town = nil, nil, nil, nil
	if s.f == nil {
		return nil
	}
	err := removeTemp(s.f)
	s.f, s.w = nil, nil
	return err
}

// The encoding of a summary (its township is in its key): title, source,
// part, factPart, firstFact, then per metric value: k, flags (1 set, 2
// masked), value, qualifier. Strings are a uvarint length and the bytes.

func encodeSummary(b []byte, s *docSummary) []byte {
	str := func(b []byte, v string) []byte {
		b = binary.AppendUvarint(b, uint64(len(v)))
		return append(b, v...)
	}
	b = str(b, s.title)
	b = str(b, s.source)
	b = binary.AppendUvarint(b, uint64(s.part))
	b = binary.AppendUvarint(b, uint64(s.factPart))
	b = binary.AppendUvarint(b, uint64(s.firstFact))
	b = binary.AppendUvarint(b, uint64(len(s.values)))
	for _, v := range s.values {
		b = binary.AppendUvarint(b, uint64(v.k))
		var flags byte
		if v.Set {
			flags |= 1
		}
		if v.Masked {
			flags |= 2
		}
		b = append(b, flags)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v.Value))
		b = str(b, v.Qualifier)
	}
	return b
}

var errSummary = errors.New("internal error: unreadable document summary")

func decodeSummary(b []byte, s *docSummary) error {
	bad := false
	num := func() int {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			bad = true
			return 0
		}
		b = b[n:]
		return int(v)
	}
	str := func() string {
		n := num()
		if bad || n > len(b) {
			bad = true
			return ""
		}
		v := string(b[:n])
		b = b[n:]
		return v
	}
	s.title = str()
	s.source = str()
	s.part = num()
	s.factPart = num()
	s.firstFact = num()
	nv := num()
	s.values = s.values[:0]
	for i := 0; i < nv && !bad; i++ {
		var v metricValue
		v.k = num()
		if bad || len(b) < 9 {
			return errSummary
		}
		v.Set, v.Masked = b[0]&1 != 0, b[0]&2 != 0
		v.Value = math.Float64frombits(binary.LittleEndian.Uint64(b[1:9]))
		b = b[9:]
		v.Qualifier = str()
		s.values = append(s.values, v)
	}
	if bad || len(b) != 0 || nv > len(extract.Metrics) {
		return errSummary
	}
	return nil
}
