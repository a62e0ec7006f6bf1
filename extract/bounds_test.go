package extract

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// show writes b as an interval with its text: 大于10=(10,).
func (b Bound) show(text string) string {
	lo, hi, open, end := "", "", "(", ")"
	if b.Min != nil {
		lo = strconv.FormatFloat(*b.Min, 'f', -1, 64)
		if b.MinIn {
			open = "["
		}
	}
	if b.Max != nil {
		hi = strconv.FormatFloat(*b.Max, 'f', -1, 64)
		if b.MaxIn {
			end = "]"
		}
	}
	return text[b.Start:b.End] + "=" + open + lo + "," + hi + end
}

func TestBounds(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"greater", "x大于10", []string{"大于10=(10,)"}},
		{"at least", "不少于30", []string{"不少于30=[30,)"}},
		{"at least shi", "高度至少是3的产品", []string{"至少是3=[3,)"}},
		{"chaoguo le", "超过了一千", []string{"超过了一千=(1000,)"}},
		{"at most", "最多为5", []string{"最多为5=(,5]"}},
		{"not above", "不大于50", []string{"不大于50=(,50]"}},
		{"spaced", "小于 或 等于100", []string{"小于 或 等于100=(,100]"}},
		{"symbol", "≥50", []string{"≥50=[50,)"}},
		{"equal", "等于一百七", []string{"等于一百七=[170,170]"}},
		{"yishang", "五百以上", []string{"五百以上=(500,)"}},
		{"huozhe yishang", "三十或者以上", []string{"三十或者以上=[30,)"}},
		{"zhixia", "在 170 之下", []string{"170 之下=(,170)"}},
		{"bi da", "比 170 低", []string{"比 170 低=(,170)"}},
		{"range", "一千到一千五百", []string{"一千到一千五百=[1000,1500]"}},
		{"hyphen range", "在1-2个月时间内", []string{"1-2=[1,2]"}},
		{"k range", "5k-20k", []string{"5k-20k=[5000,20000]"}},
		{"between", "位于20和30之间", []string{"位于20和30之间=[20,30]"}},
		{"between jian", "10000与20000间", []string{"10000与20000间=[10000,20000]"}},
		{"joined", "大于100 并且小于300", []string{"大于100 并且小于300=(100,300)"}},
		{"joined after", "1000以上， 1500以下", []string{"1000以上， 1500以下=(1000,1500)"}},
		{"joined upper first", "不大于50不小于20", []string{"不大于50不小于20=[20,50]"}},
		{"not joined when apart", "x大于10且y小于20", []string{"大于10=(10,)", "小于20=(,20)"}},
		{"not joined when empty", "大于50小于12", []string{"大于50=(50,)", "小于12=(,12)"}},
		{"ji wan", "十几万", []string{"十几万=(100000,)"}},
		{"yu wan", "二百三十余万", []string{"二百三十余万=(2300000,)"}},
		{"plain number", "平均数为5.8", nil},
		{"falling range", "五到三", nil},
		{"tongguo not a bound", "一致通过", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, b := range Bounds(tc.in) {
				got = append(got, b.show(tc.in))
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("Bounds(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzBounds(f *testing.F) {
	for _, s := range []string{"大于10小于20，y不大于50不小于20", "位于20和30之间", "1000以上， 1500以下", "比 170 低", "十几万多亿", "在1-2个月", "-10000与20000间", "小于 或 等于100"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			Bounds(text) // must not panic
			return
		}
		for _, b := range Bounds(text) {
			if b.Start < 0 || b.End > len(text) || b.Start >= b.End {
				t.Fatalf("bound %+v out of bounds", b)
			}
			if !utf8.RuneStart(text[b.Start]) || b.End < len(text) && !utf8.RuneStart(text[b.End]) {
				t.Fatalf("bound %q not on rune boundaries", text[b.Start:b.End])
			}
			if b.Min == nil && b.Max == nil || b.Min != nil && b.Max != nil && *b.Min > *b.Max {
				t.Fatalf("bound %q: bad interval %s", text[b.Start:b.End], b.show(text))
			}
		}
	})
}
