package extract

import (
	"math"
	"regexp"
	"sort"
	"strings"
)

// Number is a number as written in a text, with or without a unit.
type Number struct {
	Value      float64
	Start, End int  // byte offsets in the text, [Start, End)
	Ordinal    bool // written with 第: 第十四 → 14
}

var (
	numberRe   = regexp.MustCompile(`(第)?(负|-|－)?(` + num + `)`)
	fractionRe = regexp.MustCompile(`(` + num + `)(?:分之|/)(` + num + `)`)
)

// Numbers finds every number written in text, in Arabic digits, Chinese
// numerals or both (1.2万), ordinals (第十四) included. It is the scanner
// behind Extract's figures, exposed for tools that check number reading on
// its own; a number inside a word (统一) is not told apart here.
func Numbers(text string) []Number {
	var out []Number
	taken := 0
	for _, m := range fractionRe.FindAllStringSubmatchIndex(text, -1) {
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
	for _, m := range numberRe.FindAllStringSubmatchIndex(text, -1) {
		start := m[0]
		if inFraction(start) {
			continue
		}
		if start > 0 && m[2] < 0 {
			if r, _ := lastRune(text[:start]); isASCIIAlnum(r) || r == '.' {
				continue
			}
		}
		n := group(text, m, 3)
		v, ok := ParseChinese(n)
		if !ok {
			continue
		}
		if s := group(text, m, 2); s != "" {
			v = -v
		}
		if strings.HasSuffix(n, ",") {
			continue
		}
		out = append(out, Number{Value: v, Start: start, End: m[1], Ordinal: m[2] >= 0})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
