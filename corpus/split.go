package corpus

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// minDupRunes is the shortest paragraph (in runes of its comparison key)
// that is dropped when it repeats: shorter lines ("一、", "特此报告") may
// repeat on purpose.
const minDupRunes = 8

// lookahead is how many lines after a repeated title line are compared with
// the document so far to tell a new document from a repeated one.
const lookahead = 6

// part is a run of cleaned lines that becomes one document.
type part struct {
	title string // from a part heading or a title line; may be ""
	lead  bool   // the lines before the first part heading
	lines []line
	warns []string
}

// partTitle reports whether line s heads a part (第一篇：…, 篇二, 【范文三】,
// 【2】 before a summary's title) and returns the title after the heading.
func partTitle(s string) (string, bool) {
	if m := partHeading.FindStringSubmatch(s); m != nil {
		return strings.TrimSpace(m[1]), true
	}
	if m := numberedPart.FindStringSubmatch(s); m != nil && summaryTitle(m[1]) {
		return strings.TrimSpace(m[1]), true
	}
	return "", false
}

// Split cleans the decoded text of the file named source and splits it into
// the documents it holds, each with its metadata. A file holds several
// documents when parts are headed (第一篇：…, 篇一, 范文一) or when a title
// line comes again and what follows it is new text. When what follows a
// repeated title repeats the document (a page saved twice), the title line
// and the repeated paragraphs are dropped instead, with a warning.
func Split(source, text string) []*Document {
	var parts []*part
	for _, l := range cleanLines(text) {
		if t, ok := partTitle(l.text); ok {
			parts = append(parts, &part{title: t})
			continue
		}
		if len(parts) == 0 {
			parts = append(parts, &part{lead: true})
		}
		p := parts[len(parts)-1]
		p.lines = append(p.lines, l)
	}
	if len(parts) > 1 && parts[0].lead && !substantivePreamble(parts[0].lines) {
		parts[1].warns = append(parts[1].warns, preambleWarning(parts[0].lines))
		parts = parts[1:]
	}
	published, pageYear := publishedYear(text)
	var docs []*Document
	for _, p := range parts {
		for _, q := range splitRepeats(p) {
			if d := build(source, q, published, pageYear); d != nil {
				docs = append(docs, d)
			}
		}
	}
	for i, d := range docs {
		d.Part, d.Parts = i+1, len(docs)
	}
	return docs
}

// A preamble is what comes before the first part heading of a file that
// has part headings. A saved web page puts its own header there: the page
// title (镇人大主席团工作总结(2篇)), a breadcrumb, a timestamp, an
// introduction to the collection. Such a preamble is not a document and is
// dropped, so parts are numbered from the first summary. A preamble that
// holds prose (a summary the file does not head) stays a document.

// preambleProse is how many runes of prose make a preamble a document.
const preambleProse = 60

// proseLine is the shortest line, in runes, counted as prose.
const proseLine = 20

// introWords mark a line that introduces a collection rather than
// belonging to a summary: 以下是…整理的…，仅供参考。
var introWords = []string{
	"整理", "收集", "精选", "范文", "欢迎阅读", "欢迎借鉴", "欢迎参考", "仅供参考", "供大家参考", "供参考",
	"希望对", "希望能", "对大家", "帮助大家", "以下是", "下面是", "本文", "本篇", "篇）", "篇)",
}

// substantivePreamble reports whether the lines before the first part
// heading hold prose: lines of at least proseLine runes that end or hold a
// sentence (。！？；) or are very long, and do not introduce a collection,
// adding up to preambleProse runes.
func substantivePreamble(lines []line) bool {
	prose := 0
	for _, l := range lines {
		n := utf8.RuneCountInString(l.text)
		if n < proseLine || signLine(l.text) {
			continue
		}
		if !strings.ContainsAny(l.text, "。！？；") && n < 4*proseLine {
			continue
		}
		if slices.ContainsFunc(introWords, func(w string) bool { return strings.Contains(l.text, w) }) {
			continue
		}
		prose += n
	}
	return prose >= preambleProse
}

// preambleWarning says which lines of a dropped preamble went, quoting
// the first.
func preambleWarning(lines []line) string {
	var srcs []int
	for _, l := range lines {
		srcs = append(srcs, l.src)
		for _, j := range l.joins {
			srcs = append(srcs, j.Line)
		}
	}
	first := []rune(lines[0].text)
	if len(first) > 30 {
		first = append(first[:30], '…')
	}
	return fmt.Sprintf("第一篇之前的%s是网页页头而非总结，已删去（“%s”）", lineRanges(srcs), string(first))
}

// titleLike reports whether a line reads as a document title: short, no
// sentence punctuation, naming a kind of report.
var titleWord = regexp.MustCompile(`总结|總結|报告|報告|汇报|匯報|工作要点|述职`)

func titleLike(s string) bool {
	if len(s) > 50*4 {
		return false
	}
	n := utf8.RuneCountInString(s)
	return n >= 4 && n <= 50 && !strings.ContainsAny(s, "。；！？") && titleWord.MatchString(s) && !heading.MatchString(s)
}

// splitRepeats splits a part where its title line comes again (or a new
// title follows a signature date) and new text follows; where repeated
// text follows, it drops the title line instead.
func splitRepeats(p *part) []*part {
	cur := &part{title: p.title, warns: p.warns}
	out := []*part{cur}
	title := p.title
	start := 0
	if title == "" && len(p.lines) > 0 {
		// The title line, below a page header or site name if any
		// (青石镇人民政府门户网站).
		if i := titleLine(p.lines); titleLike(p.lines[i].text) {
			title = p.lines[i].text
			cur.lines = append(cur.lines, p.lines[:i+1]...)
			start = i + 1
		}
	}
	title = siteTitle(title)
	seen := map[string]bool{}
	near := newNearIndex()
	have := 0 // substantive lines in cur besides its title
	for _, l := range cur.lines {
		seen[l.key] = true
	}
	titleKey := dedupKey(title)
	for i := start; i < len(p.lines); i++ {
		l := p.lines[i]
		key := l.key
		again := title != "" && key == titleKey && len(cur.lines) > 0
		last := lastContent(cur.lines) // a rule line (――――) between two summaries is no text of either
		// after a date of year and month alone (2022年12月, also a line of a
		// chronicle), only a summary's full title starts another
		afterSign := len(cur.lines) > 2 && titleLike(l.text) && signLine(last) && (!signMonth.MatchString(last) || summaryTitle(l.text))
		// Another summary's full title after text of this one (乙镇人大主席团
		// 2022年工作总结 after 甲镇's body): a file of summaries pasted one
		// after another with no part headings nor signatures.
		newTitle := have >= minBody && key != titleKey && summaryTitle(l.text) &&
			endsSentence(last) && bodyFollows(p.lines[i+1:])
		switch {
		case again && have == 0:
			// The title twice before any text (a page heading above the
			// document's own title line).
			cur.warns = append(cur.warns, fmt.Sprintf("第 %d 行重复标题，已删去", l.src))
			continue
		case (again || afterSign || newTitle) && i+1 < len(p.lines):
			if repeats(p.lines[i+1:], seen, near, have) {
				if again {
					cur.warns = append(cur.warns, fmt.Sprintf("第 %d 行重复标题，已连同其后重复的正文删去", l.src))
					continue
				}
			} else {
				cur = &part{title: l.text}
				out = append(out, cur)
				title, titleKey = l.text, key
				seen, near, have = map[string]bool{}, newNearIndex(), 0
			}
		}
		if !seen[key] && nearLen(key) {
			near.add(key, l.src)
		}
		seen[key] = true
		if key != titleKey {
			have += substantive(l)
		}
		cur.lines = append(cur.lines, l)
	}
	return out
}

// lastContent returns the text of the last of lines that is not a rule
// line, "" if none.
func lastContent(lines []line) string {
	for i := len(lines) - 1; i >= 0; i-- {
		if !ruleLine(lines[i].text) {
			return lines[i].text
		}
	}
	return ""
}

// ruleLine reports whether s is a rule drawn with characters (――――,
// ----------, ＝＝＝, ******): three of them at least and nothing else.
func ruleLine(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case strings.ContainsRune("―—–-－=＝_＿~～*＊·•…＃#", r):
			n++
		case r == ' ' || r == '\t' || r == '\u3000':
		default:
			return false
		}
	}
	return n >= 3
}

// minBody is how many substantive lines a document has before another
// summary's title may start a new one.
const minBody = 3

// summaryTitleRe is the whole title of a township congress body's summary
// or report, a place first: 杏林镇人大主席团2022年工作总结, XX乡人大2019年
// 工作报告 (not 相关阅读：…, nor 听取和审议…工作报告).
var summaryTitleRe = regexp.MustCompile(`^[\p{Han}XxＸ×＊*]{1,8}?(?:镇|乡|街道)(?:人大主席团|人大工委|人民代表大会主席团|人大)[^，。；：:]*(?:总结|工作报告|述职报告)$`)

// summaryTitle reports whether a line is the title of a summary of its own:
// title-like, a township's congress body, ending in 总结 or 报告 (not a
// heading such as 二、2024年工作打算).
func summaryTitle(s string) bool {
	s = strings.TrimSpace(s)
	return titleLike(s) && summaryTitleRe.MatchString(s)
}

// endsSentence reports whether a line ends a sentence or is a signature:
// what a summary ends with before the next one's title (an agenda's
// 会议听取和审议了以下报告： does not).
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune("。！？", r) || signLine(s)
}

// bodyFollows reports whether the lines after a title hold a summary's
// text: minBody substantive lines before the next title-like line (a list
// of agenda items or of related articles has none).
func bodyFollows(lines []line) bool {
	n := 0
	for _, l := range lines {
		if titleLike(l.text) {
			break
		}
		if n += substantive(l); n >= minBody {
			return true
		}
	}
	return false
}

// signLine reports whether a line is a signature date.
func signLine(s string) bool {
	return len(s) <= 40*3 && (signDate.MatchString(s) || signMonth.MatchString(s))
}

// substantive is 1 for a line long enough to be compared as a repeat.
func substantive(l line) int {
	if utf8.RuneCountInString(l.key) >= minDupRunes {
		return 1
	}
	return 0
}

// repeats reports whether most of the first lines of next repeat lines seen
// before, exactly or nearly (see nearIndex). It looks at as many lines as the document so far holds besides
// its title (have), up to lookahead: a title repeated after one paragraph
// needs one repeated paragraph after it.
func repeats(next []line, seen map[string]bool, near *nearIndex, have int) bool {
	limit := min(lookahead, max(have, 1))
	n, dup := 0, 0
	for _, l := range next {
		if utf8.RuneCountInString(l.key) < minDupRunes {
			continue
		}
		n++
		if seen[l.key] {
			dup++
		} else if nearLen(l.key) {
			if _, _, ok := near.match(l.key); ok {
				dup++
			}
		}
		if n == limit {
			break
		}
	}
	return n > 0 && 2*dup > n
}

// build assembles one document from its lines: drops repeated paragraphs
// and near-repeats (see nearIndex), records the line map and reads the
// metadata.
func build(source string, p *part, published, pageYear int) *Document {
	d := &Document{Source: source, Title: p.title, Warnings: p.warns, published: published, pageYear: pageYear}
	seen := map[string]bool{}
	near := newNearIndex()
	var dropped []int
	var b strings.Builder
	for _, l := range p.lines {
		key := l.key
		if seen[key] && utf8.RuneCountInString(key) >= minDupRunes {
			dropped = append(dropped, l.src)
			continue
		}
		seen[key] = true
		if nearLen(key) {
			if of, edits, ok := near.matchOrAdd(key, l.src); ok {
				d.Warnings = append(d.Warnings, nearWarning(l.src, of, edits))
				continue
			}
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		base := b.Len()
		d.Lines = append(d.Lines, LineAnchor{Off: base, Line: l.src})
		for _, j := range l.joins {
			d.Lines = append(d.Lines, LineAnchor{Off: base + j.Off, Line: j.Line})
		}
		b.WriteString(l.text)
	}
	if near.spent {
		d.Warnings = append(d.Warnings, fmt.Sprintf("段落太多，近似重复检查比较 %d 对后停止", nearDupBudget))
	}
	if len(dropped) > 0 {
		d.Warnings = append(d.Warnings, fmt.Sprintf("删去 %d 个重复段落（%s）", len(dropped), lineRanges(dropped)))
	}
	d.Text = b.String()
	if strings.TrimSpace(d.Text) == "" && d.Title == "" {
		return nil
	}
	if d.Title == "" && len(p.lines) > 0 {
		d.Title = guessTitle(p.lines[titleLine(p.lines)].text)
	}
	d.Title = siteTitle(d.Title)
	readMeta(d)
	return d
}

// lineRanges prints sorted line numbers compactly: "line 7" or
// "lines 98-104, 107".
func lineRanges(ls []int) string {
	var parts []string
	for i := 0; i < len(ls); {
		j := i
		for j+1 < len(ls) && ls[j+1] == ls[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, strconv.Itoa(ls[i])+"-"+strconv.Itoa(ls[j]))
		} else {
			parts = append(parts, strconv.Itoa(ls[i]))
		}
		i = j + 1
	}
	return "第 " + strings.Join(parts, "、") + " 行"
}

// guessTitle takes the first line when it is short and not a sentence.
func guessTitle(s string) string {
	if utf8.RuneCountInString(s) > 50 || strings.ContainsAny(s, "。；") {
		return ""
	}
	return s
}

// titleMaxLines is how far down a document's first lines its title is
// looked for.
const titleMaxLines = 6

// titleLine returns the index of the line that titles a document: the
// first title-like line (总结, 报告 …) among its first lines, before any
// prose, as a site name or page header can stand above it; 0 when there is
// none.
func titleLine(lines []line) int {
	first := -1 // a page's title naming a collection (…工作总结两篇), kept if no other
	for i, l := range lines {
		if i == titleMaxLines || strings.ContainsAny(l.text, "。；") && !(first >= 0 && pageAbstract.MatchString(l.text)) {
			break
		}
		if titleLike(l.text) {
			if !collectionTitle.MatchString(l.text) {
				return i
			}
			if first < 0 {
				first = i
			}
		}
	}
	return max(first, 0)
}

// pageAbstract starts a page's abstract under its title (摘要：这是一篇…).
var pageAbstract = regexp.MustCompile(`^\s*(?:[【\[]?(?:摘要|导语|导读|内容摘要|内容提要)[】\]]?[：:]?)`)

// collectionTitle is the title of a page that collects several documents:
// 人大主席团工作总结两篇, …4篇_工作总结_范文大全.
var collectionTitle = regexp.MustCompile(`(?:[0-9]+|[两二三四五六七八九十]+)篇(?:$|[_\-|｜（(\s])|范文大全|合集|汇编|精选`)

// siteSuffix is the name of the site that a web page or a document-sharing
// copy adds to a title: … - 文库, …_工作总结范文网, …｜某某网.
var siteSuffix = regexp.MustCompile(`\s*(?:[-_|｜–]|——)\s*[^-_|｜–—]{0,12}(?:文库|文檔|文档|网|網|网站|平台|频道)\s*$`)

// siteTitle drops the site name from a title.
func siteTitle(t string) string {
	if m := siteSuffix.FindStringIndex(t); m != nil && m[0] > 0 {
		return strings.TrimSpace(t[:m[0]])
	}
	return t
}

// publishedYear returns the year of a page timestamp (2023-12-15 18:02) in
// the first lines of a file, as web and WeChat copies carry under their
// title, when it is from April on (see laterInYear), or when the text names
// that year and not the one before (召开2024年第二次主席团会议 on a page of
// 2024-03-14); 0 if none. any is the timestamp's year whatever its month,
// the year of a news report (a sitting reported on 2025-01-10), not of a
// summary published early in the next year.
func publishedYear(text string) (year, any int) {
	top := text[:min(len(text), 1024)]
	m := pageDate(top)
	if m == nil {
		return 0, 0
	}
	y, _ := strconv.Atoi(m[1])
	if y < 1990 || y > 2100 {
		return 0, 0
	}
	if laterInYear(m[2]) || namesYear(text, y) && !namesYear(text, y-1) {
		return y, y
	}
	return 0, y
}

// pageDate finds a page timestamp (pageMeta) or a page's labelled date
// (pageDateRe) in top. Each needs a colon, and the second 时间 or 日期:
// most files have neither in their first lines, and the regexps, which
// may start at every digit, are not run on them.
func pageDate(top string) []string {
	if strings.IndexByte(top, ':') < 0 && !strings.Contains(top, "：") {
		return nil
	}
	if m := pageMeta.FindStringSubmatch(top); m != nil {
		return m
	}
	if strings.Contains(top, "来源") || strings.Contains(top, "作者") || strings.Contains(top, "编辑") {
		if m := sourceDateRe.FindStringSubmatch(top); m != nil {
			return m
		}
	}
	if !strings.Contains(top, "时间") && !strings.Contains(top, "日期") {
		return nil
	}
	return pageDateRe.FindStringSubmatch(top)
}

// pageDateRe is a page's date with its label (发布时间：2024-03-14,
// 发布日期：2023年12月15日). Groups: 1 year, 2 month.
var pageDateRe = regexp.MustCompile(`(?:发布|发表|更新|录入)(?:时间|日期)[：:]\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})`)

// sourceDateRe is a page's date before its source (2024-10-18　来源：…).
var sourceDateRe = regexp.MustCompile(`(?m)^[\s\x{3000}]*((?:19|20)\d{2})[-/.](\d{1,2})[-/.]\d{1,2}[\s\x{3000}]*(?:来源|作者|编辑)[：:]`)

// namesYear reports whether text holds the year y written in digits with
// 年 (2024年, 2024 年).
func namesYear(text string, y int) bool {
	s := strconv.Itoa(y)
	for i := 0; ; {
		k := strings.Index(text[i:], s)
		if k < 0 {
			return false
		}
		i += k + len(s)
		if strings.HasPrefix(strings.TrimLeft(text[i:], " "), "年") && (i-len(s) == 0 || !isDigit(text[i-len(s)-1])) {
			return true
		}
	}
}
