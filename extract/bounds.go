package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// A Bound is a number written as a bound or an interval rather than as a
// value: 大于10, 不少于30, 1000以上, 20和30之间, 一千到一千五百, 大于100并且小于300,
// 十几万 (more than 100000).
type Bound struct {
	Start, End int      // byte offsets in the text, [Start, End)
	Min, Max   *float64 // nil: no bound on that side
	// MinIn and MaxIn say whether the interval holds its ends: [Min, Max]
	// when both are true, (Min, Max) when both are false.
	MinIn, MaxIn bool
}

// boundWords are the words before a number that make it a bound: > ≥ <
// ≤ or =. Longest first, so that 不大于 is not read as 大于.
var boundWords = func() []struct{ word, op string } {
	ops := map[string]string{
		"大于或者等于": ">=", "大于或等于": ">=", "大于等于": ">=", "≥": ">=", ">=": ">=", "不小于": ">=", "不少于": ">=", "不低于": ">=", "至少": ">=", "最少": ">=", "起码": ">=", "起碼": ">=",
		"小于或者等于": "<=", "小于或等于": "<=", "小于等于": "<=", "≤": "<=", "<=": "<=", "不大于": "<=", "不超过": "<=", "不多于": "<=", "不高于": "<=", "至多": "<=", "最多": "<=",
		"大于": ">", "超过": ">", "多于": ">", "高于": ">", "超出": ">", "逾": ">", "过": ">", ">": ">",
		"小于": "<", "少于": "<", "低于": "<", "不到": "<", "不足": "<", "<": "<",
		"等于": "=", "=": "=",
	}
	out := make([]struct{ word, op string }, 0, len(ops))
	for w, op := range ops {
		out = append(out, struct{ word, op string }{w, op})
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].word) != len(out[j].word) {
			return len(out[i].word) > len(out[j].word)
		}
		return out[i].word < out[j].word
	})
	return out
}()

// boundAfter are the words after a number that make it a bound, longest
// first: 1000以上, 三十或者以上, 170之下.
var boundAfter = []struct{ word, op string }{
	{"或者以上", ">="}, {"或者更多", ">="}, {"或以上", ">="}, {"或更多", ">="}, {"及以上", ">="},
	{"或者以下", "<="}, {"或者更少", "<="}, {"或以下", "<="}, {"或更少", "<="}, {"及以下", "<="},
	{"以上", ">"}, {"之上", ">"}, {"以下", "<"}, {"之下", "<"},
}

// boundJoin are the words between a lower and an upper bound of one
// interval: 大于100并且小于300, 1000以上，1500以下.
var boundJoin = []string{"", "并且", "并", "且", "而且", "同时", "的同时", "，", ",", "、"}

// Bounds finds the numbers of text written as bounds or intervals: after
// a comparison (大于, 不少于, 至少是, 比…大), before one (以上, 或者以下), two
// numbers joined as a range (一千到一千五百, 20和30之间), a lower and an upper
// bound said together (大于10小于20), and a number with 多, 余 or 几 (十几万,
// 500多亿: more than it). It reads text as Numbers does.
func Bounds(text string) []Bound {
	nums := Numbers(text)
	type read struct {
		n          Number
		start, end int
		op         string
	}
	rs := make([]read, 0, len(nums))
	for _, n := range nums {
		r := read{n: n, start: n.Start, end: n.End}
		// before: [比] [comparison] [了/是/为]
		b := strings.TrimRight(text[:n.Start], " \t")
		for _, w := range []string{"了", "是", "为"} {
			if t, ok := strings.CutSuffix(b, w); ok {
				b = strings.TrimRight(t, " \t")
				break
			}
		}
		if op, at := boundBefore(b); op != "" {
			r.op, r.start = op, at
		} else if t, ok := strings.CutSuffix(b, "比"); ok {
			a := strings.TrimLeft(text[n.End:], " \t")
			switch c, size := utf8.DecodeRuneInString(a); {
			case strings.ContainsRune("大高多", c):
				r.op, r.start, r.end = ">", len(t), len(text)-len(a)+size
			case strings.ContainsRune("小低少", c):
				r.op, r.start, r.end = "<", len(t), len(text)-len(a)+size
			}
		}
		if r.op == "" {
			a := strings.TrimLeft(text[n.End:], " \t")
			for _, w := range boundAfter {
				if strings.HasPrefix(a, w.word) {
					r.op, r.end = w.op, len(text)-len(a)+len(w.word)
					break
				}
			}
		}
		if r.op == "" && containsAny(text[n.Start:n.End], []string{"多", "余", "几"}) {
			r.op = ">" // 十几万, 二百三十余万
		}
		rs = append(rs, r)
	}
	var out []Bound
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if i+1 < len(rs) {
			s := rs[i+1]
			between := strings.Trim(text[r.end:s.start], " \t")
			switch {
			case r.op == "" && s.op == "" && r.n.Value < s.n.Value && isRangeSep(between):
				// 一千到一千五百
				out = append(out, Bound{Start: r.start, End: s.end, Min: Float(r.n.Value), Max: Float(s.n.Value), MinIn: true, MaxIn: true})
				i++
				continue
			case r.op == "" && s.op == "" && r.n.Value < s.n.Value && (between == "和" || between == "与") && hasPrefixAny(text[s.end:], []string{"之间", "间"}):
				// 20和30之间: the interval takes in 在 or 位于 before it
				start, end := r.start, s.end+len("间")
				if strings.HasPrefix(text[s.end:], "之间") {
					end = s.end + len("之间")
				}
				for _, w := range []string{"位于", "在"} {
					if strings.HasSuffix(text[:start], w) {
						start -= len(w)
						break
					}
				}
				out = append(out, Bound{Start: start, End: end, Min: Float(r.n.Value), Max: Float(s.n.Value), MinIn: true, MaxIn: true})
				i++
				continue
			case hasString(boundJoin, between) && isLower(r.op) && isUpper(s.op) && r.n.Value < s.n.Value:
				out = append(out, Bound{Start: r.start, End: s.end, Min: Float(r.n.Value), Max: Float(s.n.Value), MinIn: r.op == ">=", MaxIn: s.op == "<="})
				i++
				continue
			case hasString(boundJoin, between) && isUpper(r.op) && isLower(s.op) && s.n.Value < r.n.Value:
				// 不大于50不小于20
				out = append(out, Bound{Start: r.start, End: s.end, Min: Float(s.n.Value), Max: Float(r.n.Value), MinIn: s.op == ">=", MaxIn: r.op == "<="})
				i++
				continue
			}
		}
		v := Float(r.n.Value)
		switch r.op {
		case ">", ">=":
			out = append(out, Bound{Start: r.start, End: r.end, Min: v, MinIn: r.op == ">="})
		case "<", "<=":
			out = append(out, Bound{Start: r.start, End: r.end, Max: v, MaxIn: r.op == "<="})
		case "=":
			out = append(out, Bound{Start: r.start, End: r.end, Min: v, Max: Float(r.n.Value), MinIn: true, MaxIn: true})
		}
	}
	return out
}

// boundBefore reads the comparison that ends b, spaces between its words
// left out (小于 或 等于): its operator and where it starts.
func boundBefore(b string) (op string, at int) {
	// the last runes of b, spaces dropped, with the offset of each
	var rs []rune
	var offs []int
	for i := len(b); i > 0 && len(rs) < 8; {
		r, size := utf8.DecodeLastRuneInString(b[:i])
		i -= size
		if r == ' ' || r == '\t' {
			continue
		}
		rs = append([]rune{r}, rs...)
		offs = append([]int{i}, offs...)
	}
	tail := string(rs)
	for _, w := range boundWords {
		if strings.HasSuffix(tail, w.word) {
			return w.op, offs[len(rs)-utf8.RuneCountInString(w.word)]
		}
	}
	return "", 0
}

func isLower(op string) bool { return op == ">" || op == ">=" }
func isUpper(op string) bool { return op == "<" || op == "<=" }

// isRangeSep reports whether s joins the two ends of a range: 到, 至, -.
func isRangeSep(s string) bool {
	switch s {
	case "到", "至", "-", "－", "—", "——", "–", "~", "～":
		return true
	}
	return false
}
