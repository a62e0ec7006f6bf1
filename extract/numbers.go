package extract

import (
	"regexp"
	"strings"
)

// Number is a number as written in a text, with or without a unit.
type Number struct {
	Value      float64
	Start, End int  // byte offsets in the text, [Start, End)
	Ordinal    bool // written with 第: 第十四 → 14
}

var numberRe = regexp.MustCompile(`(第)?(负|-|－)?(` + num + `)`)

// Numbers finds every number written in text, in Arabic digits, Chinese
// numerals or both (1.2万), ordinals (第十四) included. It is the scanner
// behind Extract's figures, exposed for tools that check number reading on
// its own; a number inside a word (统一) is not told apart here.
func Numbers(text string) []Number {
	var out []Number
	for _, m := range numberRe.FindAllStringSubmatchIndex(text, -1) {
		start := m[0]
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
	return out
}
