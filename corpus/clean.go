package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/internal/textwidth"
)

// line is one line of cleaned text with the source line it came from.
type line struct {
	text string
	src  int // 1-based source line
	// joins records where further source lines were appended to text:
	// byte offset in text and the source line that starts there.
	joins []LineAnchor
	key   string // dedupKey(text)
}

// Cleaning works line by line: each source line is cleaned on its own
// (width, spaces, glosses, inline page markers), boilerplate lines are
// dropped, and only then are broken lines joined. So every change of length
// happens before a line's offsets are recorded, and the line map stays
// exact.

// normalizeWidth maps full-width digits, letters and the signs figures use
// (％ － ＋ ． ／ ：between digits) to ASCII, the ideographic and no-break
// spaces to a space, and drops zero-width characters and stray controls.
// Chinese punctuation (，。：；（）) is kept: it is the normal form.
func normalizeWidth(s string) string {
	i := widthStart(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		switch {
		case r >= '０' && r <= '９':
			r = r - '０' + '0'
		case r >= 'Ａ' && r <= 'Ｚ':
			r = r - 'Ａ' + 'A'
		case r >= 'ａ' && r <= 'ｚ':
			r = r - 'ａ' + 'a'
		case r == '％':
			r = '%'
		case r == '－', r == '‐', r == '‑', r == '−':
			r = '-'
		case r == '＋':
			r = '+'
		case r == '．':
			r = '.'
		case r == '／':
			r = '/'
		case r == '＝':
			r = '='
		case r == '＃':
			r = '#'
		case r == '＊':
			r = '*'
		case r == '\u3000', r == '\u00a0', r == '\u2002', r == '\u2003', r == '\u2009', r == '\t':
			r = ' '
		case r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060', r == '\ufeff', r == '\u00ad':
			continue
		case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// widthStart returns the offset of the first rune normalizeWidth would
// change or drop, or len(s) if there is none.
func widthStart(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return i
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError, r < 0xa0, r == '\u00a0', r == '\u00ad',
			r >= '\u2002' && r <= '\u2011', r == '\u2060', r == '−', r == '\u3000', r == '\ufeff',
			r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ',
			r == '％', r == '＋', r == '－', r == '．', r == '／', r == '＝', r == '＃', r == '＊':
			return i
		}
		i += w
	}
	return len(s)
}

// asciiPunct maps ASCII punctuation written after a Chinese character to
// its full-width form, the form the rest of the text uses.
var asciiPunct = map[byte]string{',': "，", ';': "；", '?': "？", '!': "！", ':': "："}

var (
	// pinyinGloss is a romanisation in brackets after a character, as
	// dictionary-style pages print them: 鎮(zhèn), 镇（zhen4）.
	pinyinGloss = regexp.MustCompile(`(\p{Han})\s?[(（]\s?((?:[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+[1-5]?\s?){1,4})[)）]`)
	toneMark    = regexp.MustCompile(`[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]|[a-zü][1-5]\s?$`)
	// inlinePage is a viewer page marker inside a line.
	inlinePage = regexp.MustCompile(`\s*第\s*\d{1,4}\s*页\s*[，,/]?\s*共\s*\d{1,4}\s*页\s*`)
	// hanDigitSpace is a run of spaces between a Chinese character or
	// full-width punctuation and a digit or another Chinese character.
	hanSpace = regexp.MustCompile(`([\p{Han}\p{Ps}\p{Pe}，。、；：？！“”％%])[ ]+([\p{Han}\d])|(\d)[ ]+([\p{Han}，。、；：？！%])`)
)

// cleanLine cleans one source line: width, glosses, page markers, spaces.
func cleanLine(raw string) string {
	s := normalizeWidth(raw)
	if strings.IndexByte(s, '(') >= 0 || strings.Contains(s, "（") {
		s = pinyinGloss.ReplaceAllStringFunc(s, func(m string) string {
			sub := pinyinGloss.FindStringSubmatch(m)
			if !toneMark.MatchString(sub[2]) {
				return m
			}
			return sub[1]
		})
	}
	if strings.Contains(s, "页") {
		s = inlinePage.ReplaceAllString(s, "")
	}
	s = strings.TrimSpace(s)
	if strings.IndexByte(s, ' ') >= 0 {
		// Twice: "7 月 19 日" needs a second pass for overlapping matches.
		for range 2 {
			s = hanSpace.ReplaceAllString(s, "$1$2$3$4")
		}
	}
	if strings.ContainsAny(s, ",;?!:") {
		s = fullWidthPunct(s)
	}
	return s
}

// fullWidthPunct rewrites ASCII , ; ? ! : that follow a Chinese character
// and are not between digits.
func fullWidthPunct(s string) string {
	var b strings.Builder
	var prev rune
	for i, r := range s {
		if r < utf8.RuneSelf {
			if fw, ok := asciiPunct[byte(r)]; ok && unicode.Is(unicode.Han, prev) {
				next, _ := utf8.DecodeRuneInString(s[i+1:])
				if !(r == ':' && unicode.IsDigit(next)) {
					b.WriteString(fw)
					prev = r
					continue
				}
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

var (
	// boilerStrongRe marks furniture that a literal of boilerWords
	// cannot say.
	boilerStrongRe = regexp.MustCompile(`查看更多内容\s*>>|相关推荐[:：]|本文由.{0,30}(?:上传|贡献)`)
	// boilerShortHead and boilerShortTail mark short lines (under 60 characters) that are
	// furniture: share, print, copyright, breadcrumbs, page metadata.
	boilerShortHead = regexp.MustCompile(`^(?:分享到|分享[:：]|一键分享|打印本页|【?打印】?|【?关闭】?|关闭窗口|返回顶部|返回首页|收藏本页|加入收藏|【?字体[:：]|字号[:：]|上一篇|下一篇|上一页|下一页|相关文章|热门文章|推荐阅读|猜你喜欢|扫一扫|微信扫|责任编辑|编辑[:：]|来源[:：]|作者[:：]|发布时间|发布日期|发布者|浏览次数|上传于|上传时间|上传者|点击数|阅读次数|阅读[:：]|当前位置|您的位置|您现在的位置|首页\s*[>›»/]|版权所有|版权声明|Copyright|©|\(c\)|ICP备|主办单位|技术支持|联系我们|网站地图|免责声明)`)
	// boilerShortTail is the furniture found anywhere in the line; kept
	// apart from the anchored head so that boilerShortAnywhere tries it
	// only on lines that hold one of its literals.
	boilerShortTail = regexp.MustCompile(`(?:>>|›|»)\s*(?:正文|列表)?$|ICP备\d+号|版权所有`)
	// userName is a line that is only a user name, as sharing sites print
	// their uploader's: hl_rdb2020.
	userName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_.\-]{3,31}$`)
	// pageMeta is a timestamp of a web page or a viewer.
	// Groups: 1 year, 2 month.
	pageMeta = regexp.MustCompile(`(\d{4})[-/.](\d{1,2})[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?`)
	// pageMarker is a whole line that is a viewer page marker: "1/22",
	// "第 1 页 共 15 页", "- 3 -", "3".
	pageMarker = regexp.MustCompile(`^(?:\d{1,4}\s*/\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页|[-—–]\s*\d{1,4}\s*[-—–]|\d{1,4}|[Pp]age\s*\d+(?:\s*of\s*\d+)?)$`)
	// navList is a line of links separated by |.
	navList = regexp.MustCompile(`(?:[^|]{1,40}\|){3,}`)
	// trailingPageNo is a stray page number glued after a sentence end.
	trailingPageNo = regexp.MustCompile(`([。！？；”])\s*\d{1,3}$`)
	// trailingNumber is the number a line ends with.
	trailingNumber = regexp.MustCompile(`[0-9]{1,4}$`)
	firstNumber    = regexp.MustCompile(`[0-9]+`)
	// monthGoesOn, dayGoesOn and unitGoesOn start a line that goes on with a
	// date or a count whose number ends the line before (…重要事项。12 /
	// 月18日召开了…); yearGoesOn is the rest of a year's digits (20 / 22年).
	monthGoesOn = regexp.MustCompile(`^月(?:[0-9一二三四五六七八九十]|底|初|中|份|上旬|中旬|下旬|[，、。；至到])`)
	dayGoesOn   = regexp.MustCompile(`^[日号](?:[，、。；至到起前后]|召开|举行)`)
	unitGoesOn  = regexp.MustCompile(`^(?:[%％]|(?:件|次|个|条|项|名|人次|人|户|万元|元)[，、。；）])`)
	yearGoesOn  = regexp.MustCompile(`^([0-9]{1,3})年`)
	// digitsGoOn starts a line that goes on with the digits of a number
	// the line before ends with (…55名。1 / 2月27日: December 27th, in a
	// text whose page numbers stand on lines of their own).
	digitsGoOn = regexp.MustCompile(`^[0-9]{1,3}(?:[.．][0-9]+)?\s*(?:月|日|号|年|[%％]|件|次|个|条|项|名|人次|人|户|万元|元)`)
)

// boilerShortAnywhere reports whether boilerShortTail matches s.
func boilerShortAnywhere(s string) bool {
	if !strings.Contains(s, ">>") && !strings.Contains(s, "›") && !strings.Contains(s, "»") &&
		!strings.Contains(s, "ICP备") && !strings.Contains(s, "版权所有") {
		return false
	}
	return boilerShortTail.MatchString(s)
}

// boilerWords mark lines that are web furniture wherever they occur.
var boilerWords = []string{
	"小编推荐", "栏目查看更多内容", "更多相关文章", "原创力文档", "道客巴巴", "百度文库", "豆丁网",
	"下载文档", "文档下载", "免费下载", "下载本文", "VIP", "会员专享", "开通会员",
	"全文阅读已结束", "点击查看全文", "展开全文", "阅读全文",
	"文档贡献者", "浏览体验不佳", "下载源文件", "人评价）", "人评价)",
	"All Rights Reserved", "All rights reserved", "Copyright ©", "Copyright©", "Copyright (c)", "版权所有：", "版权所有:", "版权所有©", "版权所有 ©",
}

// boilerLead holds the first two bytes of each of boilerWords, so that
// hasBoilerWord tries the words only where one can start.
var boilerLead = func() *[1 << 16 / 64]uint64 {
	var set [1 << 16 / 64]uint64
	for _, w := range boilerWords {
		k := uint16(w[0])<<8 | uint16(w[1])
		set[k/64] |= 1 << (k % 64)
	}
	return &set
}()

// hasBoilerWord reports whether s holds one of boilerWords.
func hasBoilerWord(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		k := uint16(s[i])<<8 | uint16(s[i+1])
		if boilerLead[k/64]>>(k%64)&1 == 0 {
			continue
		}
		for _, w := range boilerWords {
			if strings.HasPrefix(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// isBoilerplate reports whether a cleaned line is web or viewer furniture
// rather than part of the summary.
func isBoilerplate(s string) bool {
	if hasBoilerWord(s) {
		return true
	}
	if (strings.Contains(s, "查看更多") || strings.Contains(s, "相关推荐") || strings.Contains(s, "本文由")) && boilerStrongRe.MatchString(s) {
		return true
	}
	n := utf8.RuneCountInString(s)
	if n <= 24 && pageMarkerG.MatchString(s) {
		return true
	}
	if n <= 60 && (boilerShortHeadG.MatchString(s) || boilerShortAnywhere(s)) {
		return true
	}
	if n <= 32 && userNameG.MatchString(s) {
		return true
	}
	if n <= 80 && strings.IndexByte(s, ':') >= 0 && pageMeta.MatchString(s) {
		return true
	}
	return navLine(s)
}

// numberGoesOn reports whether next, the line after s, goes on with the
// number s ends with, so that it is no page number: a month, a day or a
// count whose number is in range, or the rest of a year's digits (…。12 /
// 月18日 is December 18th; …。3 / 个别代表 is page 3).
//
// pages are the numbers of the pages that stand on lines of their own: a
// number ending s that is one of them goes on with the digits that start
// next (…55名。1 / 2月27日 is December 27th).
func numberGoesOn(s, next string, pages map[string]bool) bool {
	num := trailingNumber.FindString(s)
	n, err := strconv.Atoi(num)
	if err != nil {
		return false
	}
	switch {
	case pages[num] && digitsGoOn.MatchString(next):
		return true
	case monthGoesOn.MatchString(next):
		return n >= 1 && n <= 12
	case dayGoesOn.MatchString(next):
		return n >= 1 && n <= 31
	case unitGoesOn.MatchString(next):
		return true
	}
	if m := yearGoesOn.FindStringSubmatch(next); m != nil {
		y, _ := strconv.Atoi(num + m[1])
		return len(num)+len(m[1]) == 4 && y >= 1900 && y <= 2099
	}
	return false
}

// relatedHead is a line that heads a list of other pages: 相关文章：,
// 推荐阅读, 猜你喜欢.
var relatedHead = regexp.MustCompile(`^[【\[]?(?:相关文章|相关阅读|相关推荐|相关范文|相关文档|相关资料|推荐文档|推荐阅读|热门文章|热门推荐|热门文档|精彩推荐|猜你喜欢|延伸阅读|更多相关文章|更多相关文档|你可能感兴趣的文章|你可能还喜欢)[】\]]?[:：]?$`)

// relatedItem reports whether s lists other pages by their titles, one or
// several separated by |: short, with no sentence in it.
func relatedItem(s string) bool {
	for _, t := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '｜' }) {
		t = strings.TrimSpace(t)
		if n := utf8.RuneCountInString(t); n == 0 || n > 40 || strings.ContainsAny(t, "。，；！？,;!?") || countLine.MatchString(t) {
			return false
		}
	}
	return true
}

// countLine holds a count in digits with its unit (召开主席团会议8次): a
// line of a summary's figures, no page's title (第三次会议, 一名合格的代表).
var countLine = regexp.MustCompile(`(?:^|[^第0-9０-９])[0-9０-９]+\s*(?:次|件|个|名|条|人次|户|项|期|场|万元)`)

// bodyNext reports whether the lines after a title hold a paragraph of
// text, at once or after a heading, subtitle, speaker or date, rather than
// another title or a page's boilerplate.
func bodyNext(lines []string) bool {
	n := 0
	for _, l := range lines {
		if l = cleanLine(l); l == "" {
			continue
		}
		if !relatedItem(l) && !isBoilerplate(l) {
			return true
		}
		// a heading, a subtitle or a signature under the title (一、主要工作;
		// ——在…会议上; （2022年12月20日）) may stand before the body
		if n++; n == 3 || !relatedUnderTitle.MatchString(l) {
			return false
		}
	}
	return false
}

// relatedUnderTitle is a short line that may stand between a summary's
// title and its body: a heading, a subtitle, a speaker or a date.
var relatedUnderTitle = regexp.MustCompile(`^(?:[一二三四五六七八九十]+[、.．]|——|—|[（(]|\p{Han}{2,12}(?:主席团|人大工委|人大)$)`)

// The anchored regexps of isBoilerplate (and cleanLines' relatedHead), run only on lines that begin with
// a byte a match can begin with (headguard.go).
var (
	pageMarkerG      = newHeadGuard(pageMarker)
	boilerShortHeadG = newHeadGuard(boilerShortHead)
	userNameG        = newHeadGuard(userName)
	relatedHeadG     = newHeadGuard(relatedHead)
)

// navLine reports whether s is a line of links separated by |.
func navLine(s string) bool {
	return strings.Count(s, "|") >= 3 && navList.MatchString(s) && !strings.Contains(s, "。")
}

// cleanLines splits decoded text into lines, cleans each, drops
// boilerplate lines and stray page numbers, and joins lines broken
// mid-sentence.
func cleanLines(text string) []line {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = strings.ReplaceAll(text, "\f", "\n") // a page break
	raw := strings.Split(text, "\n")
	if strings.Contains(text, "\n\n") { // cells stand a blank line apart
		cellRows(raw)
	}
	width := wrapWidth(raw)
	kinds, cells := tableRows(raw)
	// A text whose page numbers stand on lines of their own (—1—, 第1页)
	// does not glue them after a sentence too: a number ending a line
	// there that is one of those pages' goes on in the next (…55名。1 /
	// 2月27日).
	pages := map[string]bool{} // the numbers of pages that stand on lines of their own
	for _, r := range raw {
		if t := strings.TrimSpace(r); t != "" && !isDigits(t) && utf8.RuneCountInString(t) <= 24 && pageMarkerG.MatchString(t) {
			if n := firstNumber.FindString(t); n != "" {
				pages[n] = true
			}
		}
	}
	var out []line
	var joined []*strings.Builder // text of out[i] when lines were joined to it
	tail := ""                    // the last source line appended
	tailRaw := ""                 // that line as read, trimmed
	tailNumberOn := false         // it ends with a number the next line goes on with
	tailRow := false              // it is the row of a table
	related := false              // the lines so far since 相关文章： name other pages
	for i, r := range raw {
		var s string
		if cells[i] != nil {
			s = cleanRow(cells[i])
		} else {
			s = cleanLine(r)
		}
		if related {
			if s == "" || relatedItem(s) && !(summaryTitle(s) && bodyNext(raw[i+1:])) {
				continue
			}
			related = false
		}
		if relatedHeadG.MatchString(s) {
			related = true
			continue
		}
		row := kinds[i] != noRow
		// The row of a table written with bars is no list of links.
		if s == "" || isBoilerplate(s) && !(kinds[i] == barRow && !isBoilerplate(strings.NewReplacer("|", "", "｜", "").Replace(s))) {
			continue
		}
		numberOn := false // s ends with a number the next line goes on with
		if c := s[len(s)-1]; !row && c >= '0' && c <= '9' {
			if i+1 < len(raw) && numberGoesOn(s, cleanLine(raw[i+1]), pages) {
				numberOn = trailingPageNo.MatchString(s)
			} else {
				s = trailingPageNo.ReplaceAllString(s, "$1")
			}
		}
		if n := len(out); n > 0 && !row && !tailRow && (tailNumberOn || brokenAfter(tail, width.full(tailRaw)) || figureGoesOn(tail, s) || decimalGoesOn(tail, s)) && continues(s) {
			prev := &out[n-1]
			if joined[n-1] == nil {
				joined[n-1] = &strings.Builder{}
				joined[n-1].WriteString(prev.text)
			}
			b := joined[n-1]
			prev.joins = append(prev.joins, LineAnchor{Off: b.Len(), Line: i + 1})
			b.WriteString(s)
			tail, tailRaw, tailNumberOn = s, strings.TrimSpace(r), numberOn
			continue
		}
		out = append(out, line{text: s, src: i + 1})
		joined = append(joined, nil)
		tail, tailRaw, tailRow, tailNumberOn = s, strings.TrimSpace(r), row, numberOn
	}
	for i, b := range joined {
		if b != nil {
			out[i].text = b.String()
		}
		out[i].key = dedupKey(out[i].text)
	}
	return out
}

// A wrap is the width at which a hard-wrapped file (a PDF's text, a
// fixed-width .txt) breaks its lines, in runes (a .txt wrapped at so many
// characters) or in cells (a PDF's lines are as wide on the page: a
// Chinese character takes two cells, a digit or a space that pdftotext
// puts between them one); width 0 when lines are not hard-wrapped.
type wrap struct {
	width int
	cells bool
}

// wrapWidth estimates the wrap of lines: the most common length among
// lines of 20 runes or more, when at least a third of such lines share it
// to within two runes (four cells), measured in runes or in cells,
// whichever more lines share.
func wrapWidth(lines []string) wrap {
	runes, cells := map[int]int{}, map[int]int{}
	total := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		n := utf8.RuneCountInString(l)
		if n >= 20 {
			runes[n]++
			cells[cellWidth(l)]++
			total++
		}
	}
	if total < 6 {
		return wrap{}
	}
	rw, rn := mode(runes, 2)
	cw, cn := mode(cells, 4)
	w := wrap{width: rw}
	if cn > rn {
		w, rn = wrap{width: cw, cells: true}, cn
	}
	if 3*rn < total || rn < 4 {
		return wrap{} // a few lines of like length are no wrapping (a title and a date line)
	}
	return w
}

// mode returns the width most lines are within slack of, and how many.
func mode(count map[int]int, slack int) (best, bestN int) {
	for w := range count {
		c := 0
		for d := -slack; d <= slack; d++ {
			c += count[w+d]
		}
		if c > bestN || (c == bestN && w > best) {
			best, bestN = w, c
		}
	}
	return best, bestN
}

// full reports whether a source line (trimmed) is as wide as the wrap,
// within the indent of a paragraph's first line (two characters).
func (w wrap) full(raw string) bool {
	switch {
	case w.width == 0:
		return false
	case w.cells:
		return cellWidth(raw) >= w.width-5
	}
	return utf8.RuneCountInString(raw) >= w.width-2
}

// cellWidth returns the width of s in the cells of a fixed-pitch page:
// two for a Chinese character or a full-width mark (and the marks Chinese
// fonts set wide: “”, —, …), one for the rest.
func cellWidth(s string) int { return textwidth.Cells(s, true) }

// sentenceEnd lists the runes a complete line ends with.
const sentenceEnd = "。！？；：…”」』）)】!?;:》"

// openEnd lists the runes after which a line cannot end a sentence.
const openEnd = "，、（“《「『【,("

// openWord lists characters a heading or sentence rarely ends with, so a
// line ending in one was cut.
const openWord = "的和与及并对在把将为从向以于被让使等之而且或每"

// brokenAfter reports whether a line looks cut mid-sentence: it ends in an
// open mark or a connective, or it is long (or as wide as the file's wrap
// width) and ends in a letter or digit rather than in punctuation.
func brokenAfter(s string, full bool) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(sentenceEnd, r) {
		return false
	}
	if strings.ContainsRune(openEnd, r) {
		return true
	}
	if (strings.Contains(s, "月") || strings.Contains(s, "上")) && isDateline(s) {
		return false
	}
	n := utf8.RuneCountInString(s)
	if strings.ContainsRune(openWord, r) && n >= 12 {
		return true
	}
	if !unicode.Is(unicode.Han, r) && !unicode.IsDigit(r) && !unicode.IsLetter(r) {
		return false
	}
	return full || n >= 40
}

// isDigits reports whether s is all ASCII digits: a bare number on a line,
// which may be a figure of a table as well as a page number.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// decimalCut ends a line cut inside a decimal number after words of the
// sentence: 捐款捐物折合38. (not a list marker 1.).
var decimalCut = regexp.MustCompile(`\p{Han}\s*[0-9]+[.．]$`)

// decimalGoesOn reports whether next goes on with the decimals of the
// number tail was cut in: 捐款捐物折合38. / 6万元.
func decimalGoesOn(tail, next string) bool {
	if next == "" || next[0] < '0' || next[0] > '9' || !strings.HasSuffix(tail, ".") && !strings.HasSuffix(tail, "．") {
		return false // most lines: the regexp is not run
	}
	if len(tail) > 96 {
		tail = tail[len(tail)-96:] // the number and a few words before it; decimalCut needs only a Han rune whole
	}
	return decimalCut.MatchString(tail)
}

// figureGoesOn reports whether a line that ends in a word (已办结) is cut
// before its figure: the next line starts with a count and its unit and
// the sentence goes on or ends (30件，办结率93.8%; 12次。), which no paragraph
// starts with.
func figureGoesOn(tail, next string) bool {
	r, _ := utf8.DecodeLastRuneInString(tail)
	return unicode.Is(unicode.Han, r) && utf8.RuneCountInString(tail) >= 8 && !heading.MatchString(tail) &&
		!strings.HasSuffix(tail, "表") && countStart.MatchString(next)
}

// countStart is a line that starts with a count, its unit and a mark that
// goes on or ends the sentence (a bare 25件 is a table's cell).
var countStart = regexp.MustCompile(`^[0-9]+(?:\.[0-9]+)?(?:件|次|个|条|项|人次|名|人|户|场|期|万元|元|%|％)[，,、；。]`)

// continues reports whether a line looks like the rest of a sentence rather
// than a heading, a new part or a signature.
func continues(s string) bool {
	if partHeading.MatchString(s) || heading.MatchString(s) || (utf8.RuneCountInString(s) <= 20 && signDate.MatchString(s)) {
		return false
	}
	if strings.Contains(s, "月") && isDateline(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("，、；：。）」』”%", r) {
		return true
	}
	return unicode.Is(unicode.Han, r) || unicode.IsDigit(r) || unicode.IsLetter(r)
}

// partWord is the word that heads a part: 第一篇, 篇一, 范文一, 范文1.
const partWord = `(?:第[一二三四五六七八九十百\d]+篇|篇[一二三四五六七八九十\d]+|(?:精选|优秀)?(?:范文|例文|模板|样文)[一二三四五六七八九十\d]+)`

var (
	partHeading = regexp.MustCompile(`^\s*(?:[【\[［]\s*` + partWord + `\s*[】\]］]\s*[：:]?|` + partWord + `(?:\s*[：:]|\s|$))\s*(.*)$`)
	// numberedPart is a part headed by a bare number in brackets before a
	// summary's title (【2】石门镇人大主席团2015年工作总结); 【1】加强学习。 and
	// [1] 参见… are not (see partTitle).
	numberedPart = regexp.MustCompile(`^\s*【\s*[0-9]{1,2}\s*】\s*(.+)$`)
	heading      = regexp.MustCompile(`^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+(?:[、)）]|[.．](?:[^0-9０-９]|$))|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、是]|首先|其次|再次|最后|[×xX*]+[、.．]|[①②③④⑤⑥⑦⑧⑨⑩])`)
)

// placeholderRun is a run of placeholder characters: xx, XX, ××, **.
var placeholderRun = regexp.MustCompile(`[xX×＊*]+`)

// dedupKey is the form two paragraphs are compared in: without spaces and
// with any run of placeholder characters (xx, XX, ××××, **) made one X.
func dedupKey(s string) string {
	if strings.IndexAny(s, "xX*") >= 0 || strings.Contains(s, "×") || strings.Contains(s, "＊") {
		s = placeholderRun.ReplaceAllString(s, "X")
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
