package export

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/zongjie/zongjie/extract"
)

// TestSumStore stores summaries, in a temporary file and in memory, and
// reads them back in the order of 对比: township in pinyin order (unknown
// last), then year (unknown last), then the order they were added, as a
// stable sort of the summaries themselves gives it.
func TestSumStore(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	towns := []string{"正阳关镇", "拐河镇", "", "安丰镇", "众兴镇", "北关街道", "Ａ镇", "A镇"}
	var sums []docSummary
	for i := range 500 {
		s := docSummary{
			township: towns[rng.IntN(len(towns))], title: fmt.Sprintf("标题%d", i),
			source: fmt.Sprintf("%d/文件.txt", i), part: rng.IntN(3), factPart: rng.IntN(2), firstFact: rng.IntN(1000),
		}
		if rng.IntN(4) > 0 {
			y := 2015 + rng.IntN(5)
			s.year = &y
		}
		for k := range extract.Metrics {
			switch rng.IntN(6) {
			case 0:
				s.values = append(s.values, metricValue{k, extract.DocValue{Set: true, Value: rng.Float64() * 1000, Qualifier: "about"}})
			case 1:
				s.values = append(s.values, metricValue{k, extract.DocValue{Masked: true}})
			}
		}
		sums = append(sums, s)
	}
	want := append([]docSummary(nil), sums...)
	coll := collate.New(language.SimplifiedChinese)
	sort.SliceStable(want, func(i, j int) bool {
		a, b := &want[i], &want[j]
		if a.township != b.township {
			if a.township == "" || b.township == "" {
				return b.township == ""
			}
			if c := coll.CompareString(a.township, b.township); c != 0 {
				return c < 0
			}
			return a.township < b.township
		}
		if a.year == nil || b.year == nil {
			return a.year != nil && b.year == nil
		}
		return *a.year < *b.year
	})
	for _, inMemory := range []bool{false, true} {
		var st sumStore
		if inMemory {
			st.mem = []byte{} // as when no temporary file can be made
		}
		for i := range sums {
			if err := st.add(&sums[i]); err != nil {
				t.Fatal(err)
			}
		}
		if (st.f != nil) == inMemory {
			t.Fatalf("in memory %v: file %v", inMemory, st.f != nil)
		}
		i := 0
		err := st.sorted(func(s *docSummary) error {
			w := want[i]
			if len(w.values) == 0 {
				w.values = s.values[:0]
			}
			if !reflect.DeepEqual(*s, w) {
				t.Errorf("in memory %v: summary %d = %+v, want %+v", inMemory, i, *s, w)
			}
			i++
			return nil
		})
		if err != nil || i != len(sums) {
			t.Errorf("in memory %v: read %d summaries (%v), want %d", inMemory, i, err, len(sums))
		}
		if err := st.close(); err != nil {
			t.Error(err)
		}
	}
}
