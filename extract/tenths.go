package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// tenthsRe is a rate written in tenths with 成: 九成, 九成五, 九成半, 近八成,
// 九成以上. Groups: 1 qualifier before, 2 tenths, 3 hundredths (or 半),
// 4 多/余, 5 qualifier after.
var tenthsRe = regexp.MustCompile(qualBefore + `([一二三四五六七八九十]|[1-9])成([一二三四五六七八九半])?(多|余)?` + qualAfter)

// tenths finds rates written in tenths: 代表满意率九成以上 is 90%, at least.
// 成 is also a word of its own (一成不变, 八成新, 三成员): the figure must
// end the words, before a mark, a non-Chinese rune or 的.
func (s *scan) tenths() {
	text := s.text
	for _, m := range findAll(tenthsRe, text) {
		if !s.numberStart(groupStart(m, 2)) || !s.free(m[0], m[1]) {
			continue
		}
		end, hundredths := m[1], group(text, m, 3)
		if !endsWords(text[end:]) {
			if hundredths == "" || m[8] >= 0 || m[10] >= 0 {
				continue
			}
			// 九成五个: the second numeral starts the next figure.
			end, hundredths = m[6], ""
			if !endsWords(text[end:]) {
				continue
			}
		}
		t, ok := ParseChinese(group(text, m, 2))
		if !ok {
			continue
		}
		h, _ := ParseChinese(hundredths)
		if hundredths == "半" {
			h = 5
		}
		f := Fact{Kind: KindRate, Unit: "%", Start: m[0], End: end, Value: Float(t*10 + h), Rule: "rate/成"}
		if end == m[1] {
			f.Qualifier = qualifierOf(group(text, m, 1), group(text, m, 4), group(text, m, 5))
		} else {
			f.Qualifier = qualifierOf(group(text, m, 1), "", "")
		}
		// 超九成: 超 alone is over before a rate.
		if m[2] < 0 && strings.HasSuffix(text[:m[0]], "超") && s.free(m[0]-len("超"), m[0]) {
			f.Start, f.Qualifier = m[0]-len("超"), Over
		}
		s.label(&f, text[end:])
		s.add(f)
	}
}

// endsWords reports whether the words of a figure may end before s: at the
// end of the text, before a mark or a non-Chinese rune, or before 的.
func endsWords(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s == "" || !isHan(r) || r == '的'
}
