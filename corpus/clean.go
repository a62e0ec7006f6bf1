package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one line of cleaned text with the source line it came from.
type line struct {
	text string
	src  int // 1-based source line
	// joins records where further source lines were appended to text:
	// byte offset in text and the source line that starts there.
	joins []LineAnchor
}

// widthTable maps full-width ASCII forms to ASCII where figures are read:
// digits, letters, %, +, -, ., and the ideographic space.
func normalizeWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
			return r - '０' + '0'
		case r == '％':
			return '%'
		case r == '－':
			return '-'
		case r == '＋':
			return '+'
		case r == '．':
			return '.'
		case r == '\u3000', r == '\u00a0':
			return ' '
		}
		return r
	}, s)
}

var (
	boilerplate = regexp.MustCompile(`小编推荐|栏目查看更多内容|查看更多内容\s*>>|^\s*(分享到|打印本页|关闭窗口|版权所有|Copyright)|下载文档|VIP`)
	// trailingPageNo is a stray page number glued after a sentence end.
	trailingPageNo = regexp.MustCompile(`([。！？；])\s*\d{1,3}\s*$`)
	partHeading    = regexp.MustCompile(`^\s*(?:第[一二三四五六七八九十百\d]+篇|篇[一二三四五六七八九十]+|范文[一二三四五六七八九十\d]+)\s*[：:]?\s*(.*)$`)
)

// cleanLines decodes line structure, normalises width, drops boilerplate
// lines and stray page numbers, and joins lines broken mid-sentence.
func cleanLines(text string) []line {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var out []line
	for i, raw := range strings.Split(text, "\n") {
		s := strings.TrimRightFunc(normalizeWidth(raw), unicode.IsSpace)
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" || boilerplate.MatchString(s) {
			continue
		}
		s = trailingPageNo.ReplaceAllString(s, "$1")
		if n := len(out); n > 0 && brokenAfter(out[n-1].text) && continues(s) {
			prev := &out[n-1]
			prev.joins = append(prev.joins, LineAnchor{Off: len(prev.text), Line: i + 1})
			prev.text += s
			continue
		}
		out = append(out, line{text: s, src: i + 1})
	}
	return out
}

// brokenAfter reports whether a line looks cut mid-sentence: it is long and
// ends in a letter, not in punctuation.
func brokenAfter(s string) bool {
	if utf8.RuneCountInString(s) < 40 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.Is(unicode.Han, r) || unicode.IsDigit(r)
}

// continues reports whether a line looks like the rest of a sentence rather
// than a heading or a new paragraph.
func continues(s string) bool {
	if partHeading.MatchString(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("，、；：。）」』”", r) {
		return true
	}
	return unicode.Is(unicode.Han, r) && !heading.MatchString(s)
}

var heading = regexp.MustCompile(`^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）|\d+[、.．]|[一二三四五六七八九十]+是)`)

// dedupKey is the form two paragraphs are compared in: without spaces, with
// placeholder spellings made equal.
func dedupKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			continue
		case r == 'x' || r == 'X' || r == '×' || r == '*' || r == '＊':
			r = 'X'
		}
		b.WriteRune(r)
	}
	return b.String()
}
