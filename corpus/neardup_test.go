package corpus

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// levenshtein is the plain full-table edit distance the banded one is
// checked against.
func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j-1]+c, prev[j]+1, cur[j-1]+1)
		}
		prev = cur
	}
	return prev[len(b)]
}

func TestEditsWithin(t *testing.T) {
	tests := []struct {
		a, b string
		k    int
		want int
	}{
		{"", "", 0, 0},
		{"正在办理中", "正在抓紧办理中", 2, 2},
		{"正在办理中", "正在抓紧办理中", 1, 2}, // over k: k+1
		{"主席团会议", "主席团会议", 0, 0},
		{"甲乙丙丁", "乙丙丁甲", 2, 2},
		{"甲乙丙丁", "戊己庚辛", 3, 4},
		{"甲", "甲乙丙丁戊", 3, 4},
	}
	for _, tt := range tests {
		if got := editsWithin([]rune(tt.a), []rune(tt.b), tt.k); got != tt.want {
			t.Errorf("editsWithin(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.k, got, tt.want)
		}
	}
	// Against the full table on random strings over a small alphabet.
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("人大代表会议")
	word := func() []rune {
		rs := make([]rune, rng.IntN(14))
		for i := range rs {
			rs[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return rs
	}
	for range 3000 {
		a, b, k := word(), word(), rng.IntN(6)
		want := min(levenshtein(a, b), k+1)
		if got := editsWithin(a, b, k); got != want {
			t.Fatalf("editsWithin(%q, %q, %d) = %d, want %d", string(a), string(b), k, got, want)
		}
	}
}

func TestReplacesWord(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"正在办理中", "正在抓紧办理中", false},
		{"饮水安全", "引水安全", false},
		{"张三代表", "李四代表", true},
		{"对道路建设开展视察", "对饮水安全开展视察", true},
		{"甲乙丙丁戊己", "甲丙乙丁戊己", false}, // two swapped runes: cheapest as delete + insert
		{"甲乙丙丁戊己", "甲X丙丁Y己", false},
	}
	for _, tt := range tests {
		a, b := []rune(tt.a), []rune(tt.b)
		k := 4
		if got := replacesWord(a, b, k); got != tt.want {
			t.Errorf("replacesWord(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestFigures(t *testing.T) {
	tests := []struct{ in, want string }{
		{"收到建议26件，办结率84.6%。", "26|84.6"},
		{"一是召开会议三十二次，X月完成", "一|三十二|X"},
		{"主席团认真履职", ""},
		{"5万元", "5|万"},
	}
	for _, tt := range tests {
		if got := figures(tt.in); got != tt.want {
			t.Errorf("figures(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNearRepeat(t *testing.T) {
	const base = "今年以来，主席团组织代表对全镇饮水安全工程建设情况开展专项视察，提出意见建议12条。"
	tests := []struct {
		name   string
		before string // an earlier paragraph
		para   string
		want   bool // para is dropped as a near-repeat of before
	}{
		{"three characters inserted", base, strings.Replace(base, "开展专项视察", "开展了专项视察活动", 1), true},
		{"eight characters inserted", base, strings.Replace(base, "开展专项视察", "开展了全面深入细致的专项视察", 1), false},
		{"one character inserted", base, strings.Replace(base, "提出意见", "提出了意见", 1), true},
		{"two characters inserted", "全年共收到代表建议、批评和意见30件，已办结26件，其余4件正在办理中，代表满意率达到95%。", "全年共收到代表建议、批评和意见30件，已办结26件，其余4件正在抓紧办理中，代表满意率达到95%。", true},
		{"a typo", base, strings.Replace(base, "饮水", "引水", 1), true},
		{"another figure", base, strings.Replace(base, "12条", "15条", 1), false},
		{"another month", "3月，主席团组织部分代表对全镇农村道路建设情况进行专项视察。", "5月，主席团组织部分代表对全镇农村道路建设情况进行专项视察。", false},
		{"list template", "一是加强代表学习培训，组织全镇人大代表参加集中培训，进一步提高代表依法履职的能力。", "二是加强代表学习培训，组织全镇人大代表参加集中培训，进一步提高代表依法履职的能力。", false},
		{"other markers", "首先，坚持党的领导，始终把坚持党的领导贯穿于人大工作的全过程和各方面。", "其次，坚持党的领导，始终把坚持党的领导贯穿于人大工作的全过程和各方面。", false},
		{"same template, other words", "组织代表对全镇道路建设情况进行了专项视察，提出了许多有价值的意见建议。", "组织代表对全镇环境整治情况进行了专项视察，提出了许多有价值的意见建议。", false},
		{"a name swapped", "张建国代表提出的关于加快推进东坡村至西岭村道路硬化的建议，已列入年度计划并完成。", "李红梅代表提出的关于加快推进东坡村至西岭村道路硬化的建议，已列入年度计划并完成。", false},
		{"a word swapped in a long paragraph", "一年来，主席团坚持把代表工作作为基础性工作来抓，组织代表对全镇道路建设情况开展专项视察，认真听取群众意见，督促镇政府及时整改到位，群众反映良好，取得了较好的社会效果。", "一年来，主席团坚持把代表工作作为基础性工作来抓，组织代表对全镇饮水安全情况开展专项视察，认真听取群众意见，督促镇政府及时整改到位，群众反映良好，取得了较好的社会效果。", false},
		{"two separate typos", base, strings.Replace(strings.Replace(base, "饮水", "引水", 1), "专项", "专向", 1), true},
		{"a word inserted and one deleted", base, strings.Replace(strings.Replace(base, "今年以来，", "今年以来，镇", 1), "建设情况", "建设", 1), true},
		{"too short", "主席团会议共召开6次，审议议题12项。", "主席团会议共召开了6次，审议议题12项。", false},
	}
	for _, tt := range tests {
		x := newNearIndex()
		x.add(dedupKey(tt.before), 1)
		key := dedupKey(tt.para)
		_, _, got := x.match(key)
		got = got && nearLen(key)
		if got != tt.want {
			t.Errorf("%s: near-repeat of %q: %q = %v, want %v", tt.name, tt.before, tt.para, got, tt.want)
		}
	}
}

// TestNearRepeatCost reads a document of many different paragraphs of the
// same length without figures, the worst case for the comparison.
func TestNearRepeatCost(t *testing.T) {
	if testing.Short() {
		t.Skip("large input skipped in -short mode")
	}
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []rune("人大代表会议主席团组织视察调研监督建议意见办理工作群众")
	var b strings.Builder
	for range 20000 {
		for range 40 {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		b.WriteString("。\n")
	}
	start := time.Now()
	docs, err := Read("many.txt", []byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkDocs(t, docs)
	if len(docs) != 1 || !strings.Contains(strings.Join(docs[0].Warnings, "\n"), "比较 ") {
		t.Errorf("want one document warning that the near-repeat check stopped")
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("reading took %v", d)
	}
}
