package extract

import (
	"math"
	"regexp"
	"sort"
	"strconv"

	"github.com/zongjie/zongjie/segment"
	"strings"
)

// Number is a number as written in a text, with or without a unit.
type Number struct {
	Value      float64
	Start, End int  // byte offsets in the text, [Start, End)
	Ordinal    bool // written with 第: 第十四 → 14
}

var (
	// halfRe is a half written in words: 一半, 半个, 半斤.
	halfRe     = regexp.MustCompile(`一半|半[个個]|半(?:斤|两|米|公里|吨|亩|小时)`)
	numberRe   = regexp.MustCompile(`(第)?(负|-|－)?(` + num + `)(?:(?:多|余|几)([万亿]))?`)
	fractionRe = regexp.MustCompile(`(` + num + `)(?:分之|/)(` + num + `)`)
)

// Numbers finds every number written in text, in Arabic digits, Chinese
// numerals or both (1.2万), ordinals (第十四) included. It is the scanner
// behind Extract's figures, exposed for tools that check number reading on
// its own; a number inside a word (统一) is not told apart here.
func Numbers(orig string) []Number {
	text, fwd, back := foldWidth(orig)
	var owner []int
	if seg, err := segment.Shared(); err == nil {
		owner = make([]int, len(text)+1)
		for i := range owner {
			owner[i] = -1
		}
		for _, t := range seg.Tokens(orig) {
			st, en := t.Start, t.End
			if fwd != nil {
				st, en = fwd[st], fwd[en]
			}
			for i := st; i < en; i++ {
				owner[i] = st
			}
		}
	}
	// inWord reports whether the Chinese numeral text[start:end] starts or
	// ends inside a longer word (四川, 陆地, 十足).
	inWord := func(start, end int) bool {
		if owner == nil {
			return false
		}
		if r, _ := firstRune(strings.TrimPrefix(text[start:], "负")); !isCNNumeral(r) {
			return false
		}
		if owner[start] >= 0 && owner[start] < start {
			return true
		}
		if end < len(text) && owner[end] >= 0 && owner[end] < end && owner[end] >= start {
			// 四百多, 十多万, 三十岁: the word goes on with 多 or a unit.
			return !strings.ContainsRune("多余几来岁倍", firstRuneOf(text[end:])) && !startsWithUnit(text[end:])
		}
		return false
	}
	var out []Number
	taken := 0
	for _, m := range findAll(fractionRe, text) {
		a, okA := ParseChinese(group(text, m, 1))
		b, okB := ParseChinese(group(text, m, 2))
		if !okA || !okB || m[0] < taken {
			continue
		}
		v := b / a
		if strings.Contains(text[m[0]:m[1]], "/") {
			v = a / b
		}
		if a == 0 || b == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
			continue
		}
		out = append(out, Number{Value: v, Start: m[0], End: m[1]})
		taken = m[1]
	}
	inFraction := func(i int) bool {
		for _, n := range out {
			if i >= n.Start && i < n.End {
				return true
			}
		}
		return false
	}
	for _, m := range findAll(numberRe, text) {
		start := m[0]
		if inFraction(start) {
			continue
		}
		neg := m[4] >= 0
		if start > 0 && m[2] < 0 {
			r, _ := lastRune(text[:start])
			if neg && text[start] == '-' && (r >= '0' && r <= '9' || (r == 'k' || r == 'K') && start > 1 && isDigitByte(text[start-2])) {
				start, neg = m[6], false // 1-2, 5k-20k: a range, not -2
			} else if isASCIIAlnum(r) || r == '.' {
				continue
			}
		}
		n := group(text, m, 3)
		v, ok := ParseChinese(n)
		ws := m[6]
		if neg {
			ws = m[4] // 负一百: the word starts at the sign
		}
		if !ok || m[2] < 0 && inWord(ws, m[7]) {
			continue
		}
		if rs := []rune(n); len(rs) == 1 && strings.ContainsRune("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟", rs[0]) {
			continue // 陆地, 队伍: a financial numeral alone is a word
		}
		v *= multiplier(group(text, m, 4))
		if neg {
			v = -v
		}
		if strings.HasSuffix(n, ",") {
			continue
		}
		end := m[1]
		if m[8] < 0 && kiloAfter(text[end:]) {
			if _, err := strconv.ParseFloat(strings.ReplaceAll(n, ",", ""), 64); err == nil {
				v, end = v*1000, end+1 // 40k, 100K; not 10kV
			}
		}
		out = append(out, Number{Value: v, Start: start, End: end, Ordinal: m[2] >= 0})
	}
	for _, m := range findAllIndex(halfRe, text) {
		if inFraction(m[0]) || m[0] > 0 && (isCNNumeral(firstRuneOf(text[m[0]:])) && inWord(m[0], m[1])) {
			continue
		}
		if r, _ := lastRune(text[:m[0]]); isCNNumeral(r) || isASCIIAlnum(r) {
			continue // 两半, 一年半: the half of another number
		}
		end := m[1]
		if !strings.HasPrefix(text[m[0]:], "一") && !strings.HasPrefix(text[m[0]+len("半"):], "个") && !strings.HasPrefix(text[m[0]+len("半"):], "個") {
			end = m[0] + len("半") // 半斤: the unit is not part of the number
		}
		// 一半 holds the numeral 一, which numberRe has read as 1.
		kept := out[:0]
		for _, n := range out {
			if n.End <= m[0] || n.Start >= end {
				kept = append(kept, n)
			}
		}
		out = append(kept, Number{Value: 0.5, Start: m[0], End: end})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	if back != nil {
		for i := range out {
			out[i].Start, out[i].End = back[out[i].Start], back[out[i].End]
		}
	}
	return out
}

// kiloAfter reports whether s starts with k or K that stands alone: the
// thousands of 40k, not the kilo of 10kV or 5km.
func kiloAfter(s string) bool {
	if s == "" || s[0] != 'k' && s[0] != 'K' {
		return false
	}
	r, _ := firstRune(s[1:])
	return !isASCIIAlnum(r)
}

// unitWords are the units and classifiers of figures, longest first.
var unitWords = func() []string {
	var out []string
	for _, u := range strings.Split(units, "|") {
		if !strings.ContainsAny(u, "()?:") {
			out = append(out, u)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}()

// startsWithUnit reports whether s starts with a unit or classifier.
func startsWithUnit(s string) bool { return hasPrefixAny(s, unitWords) }
