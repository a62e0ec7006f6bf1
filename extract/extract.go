package extract

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/segment"
)

// Reference is what a bare text needs from its document: the year it
// covers, for 今年 and for dates written without a year.
type Reference struct {
	Year int // 0 if unknown
	// Month and Day complete the reference date, for 今天, 明日, 前天 …
	// (0 if unknown; a document's year alone does not say which day its
	// 今天 is, so Extract leaves them unknown).
	Month, Day int
	// Spoken is the year the text was written in when it covers the year
	// before (corpus.Document.Spoken), which its 今年 and 去年 count from;
	// 0 otherwise.
	Spoken int
	// Title is the document's title when it is known apart from its text
	// (corpus.Document.Title: a part of a page headed 第二篇：… has it on
	// that line, not in its text); "" when the text's first line is it.
	Title string
}

// Extract finds the facts of doc. toks are the words of doc.Text (from
// segment); rules use them to check that a Chinese numeral does not start
// inside a word (统一, 唯一). toks may be nil. Facts come in text order.
func Extract(doc *corpus.Document, toks []segment.Token) []Fact {
	return extractText(doc.Text, Reference{Year: doc.Year, Title: doc.Title, Spoken: doc.Spoken}, toks)
}

// FromText finds the facts of a bare text, segmenting it with the shared
// segmenter. Offsets are byte offsets into text.
func FromText(text string, ref Reference) []Fact {
	var toks []segment.Token
	if s, err := segment.Shared(); err == nil {
		toks = s.Tokens(text)
	}
	return extractText(text, ref, toks)
}

// scan holds the state of one extraction.
type scan struct {
	text  string
	year  int
	ref   Reference
	owner []int // for each byte, the start of the token holding it; -1 if none
	taken []bool
	facts []Fact
	plans [][2]int // byte ranges of the sections that set out plans (七、2020年工作打算)
	// planYears holds, for each of plans, the year it names after the
	// document's (2020 for 七、2020年工作打算 in a summary of 2019), or 0.
	planYears []int
	// committee is 1 when the text is a standing committee's own report
	// (it names no township presidium nor 人大工委), -1 when not, 0 not yet
	// known.
	committee int
	// vetoed holds the starts of the figures whose words name a metric
	// while they count something else (countsElse): no later rule gives
	// them one.
	vetoed map[int]bool
	// periodTotals holds the metric, by start, of the figures of other
	// years than a summary's (otherPeriod), which they do not take: this
	// year's part of one does (五年来…42次，今年召开9次).
	periodTotals map[int]string
	// head is what the text's title says of it, read once (see heading).
	head *heading
}

// heading is what a text's title and the lines under it say of the whole
// text, for rules that ask it of every figure.
type heading struct {
	top   string // the title and the lines under it (top)
	title string // the title line alone
	// year is the year of a summary of one year ("2021" in …2021年工作
	// 总结), "" when the title names none, several (2017-2021年) or a term.
	year string
	// countyWide: the text is on a whole county or its townships
	// (关于全县乡镇人大工作情况的报告), whose totals are its own.
	countyWide bool
}

// heading returns what the title says of the text.
func (s *scan) heading() *heading {
	if s.head != nil {
		return s.head
	}
	lines := strings.SplitN(s.text, "\n", 4)
	h := &heading{top: lines[0], title: lines[0]}
	under := lines[1:min(3, len(lines))]
	if t := strings.TrimSpace(s.ref.Title); t != "" && !strings.Contains(lines[0], t) {
		// the title is not the text's first line: the text starts with
		// its body, or with the lines under the title
		h.top, h.title, under = t, t, lines[:min(2, len(lines))]
	}
	for _, l := range under {
		if utf8.RuneCountInString(l) > 60 || strings.ContainsAny(l, "。；") {
			break // the body has begun
		}
		h.top += "\n" + l
	}
	if m := yearSummaryRe.FindStringSubmatch(h.title); m != nil && !yearRangeRe.MatchString(h.title) && !termTitleRe.MatchString(h.title) {
		h.year = m[1]
	}
	h.countyWide = containsAny(h.title, countyWide) || countyTitleRe.MatchString(h.title)
	s.head = h
	return h
}

// top returns the title of the text and the lines under it before the
// body begins (the meeting it was made to).
func (s *scan) top() string { return s.heading().top }

// subdistrict reports whether the text is a 街道's (its 人大工委's), which
// has no congress of its own.
func (s *scan) subdistrict() bool {
	return containsAny(s.top(), []string{"街道", "工委"})
}

// committeeReport reports whether the text is a standing committee's own
// report, in which the committee (县人大常委会) is the congress that acts.
func (s *scan) committeeReport() bool {
	if s.committee == 0 {
		s.committee = -1
		// The title and the lines under it say whose report it is;
		// failing that, a text that names no township presidium (大会主席团
		// presides over a sitting) nor 人大工委 is the committee's.
		top := s.top()
		switch {
		case containsAny(top, []string{"主席团", "工委", "镇人大", "乡人大", "街道人大"}):
		case strings.Contains(top, "常委会") || strings.Contains(top, "常务委员会"):
			s.committee = 1
		case strings.Contains(s.text, "常委会") && strings.Count(s.text, "主席团") == strings.Count(s.text, "大会主席团") && !strings.Contains(s.text, "人大工委"):
			s.committee = 1
		}
	}
	return s.committee == 1
}

func extractText(orig string, ref Reference, toks []segment.Token) []Fact {
	year := ref.Year
	text, fwd, back := foldWidth(orig)
	text = blankListPoints(text)
	defer indexStarts(text)()
	if fwd != nil && toks != nil {
		moved := make([]segment.Token, len(toks))
		for i, t := range toks {
			t.Start, t.End = fwd[t.Start], fwd[t.End]
			t.Text = text[t.Start:t.End]
			moved[i] = t
		}
		toks = moved
	}
	s := &scan{text: text, year: year, ref: ref, taken: make([]bool, len(text)+1), vetoed: map[int]bool{}, periodTotals: map[int]string{}}
	if toks != nil {
		s.owner = getOwner(len(text))
		defer putOwner(s.owner)
		for i := range s.owner {
			s.owner[i] = -1
		}
		for _, t := range toks {
			for i := t.Start; i < t.End && i < len(text); i++ {
				s.owner[i] = t.Start
			}
		}
	}
	s.findPlans()
	s.block()
	s.sessions()
	s.dates()
	s.percentWords()
	s.kiloRates()
	s.tenths()
	s.figures()
	s.bareMoney()
	s.kiloMoney()
	s.smallMoney()
	s.tables()
	sort.SliceStable(s.facts, func(i, j int) bool { return s.facts[i].Start < s.facts[j].Start })
	s.joinRanges()
	s.breakdown()
	s.distribute()
	s.coordinated()
	s.sums()
	if back != nil {
		for i := range s.facts {
			f := &s.facts[i]
			f.Start, f.End = back[f.Start], back[f.End]
			f.Text = orig[f.Start:f.End]
		}
	}
	return s.facts
}

// rangeJoinRe is the whole text between the two ends of a range written
// each with its unit: 1万元至2万元.
var rangeJoinRe = regexp.MustCompile(`^` + rangeSep + `$`)

// joinRanges makes one range of two amounts written each with its unit
// and joined as a range (1万元至2万元, 5公里到8公里): money, areas and
// other quantities in the same unit, the first below the second.
func (s *scan) joinRanges() {
	out := s.facts[:0]
	for i := 0; i < len(s.facts); i++ {
		f := s.facts[i]
		if i+1 < len(s.facts) {
			g := s.facts[i+1]
			if (f.Kind == KindMoney || f.Kind == KindArea || f.Kind == KindQuantity) && g.Kind == f.Kind && g.Unit == f.Unit &&
				f.Value != nil && g.Value != nil && *f.Value < *g.Value && f.End <= g.Start && rangeJoinRe.MatchString(s.text[f.End:g.Start]) {
				f.Min, f.Max, f.Value = f.Value, g.Value, nil
				f.End, f.Text = g.End, s.text[f.Start:g.End]
				if f.Qualifier == Exact {
					f.Qualifier = g.Qualifier
				}
				f.Rule = f.Kind + "/range"
				out = append(out, f)
				i++
				continue
			}
		}
		out = append(out, f)
	}
	s.facts = out
}

// findPlans finds what sets out plans: a whole document titled as a plan
// (2024年工作要点), the sections headed as plans (from 七、2020年工作打算
// to the next top-level heading), and the sentences headed by a year after
// the document's (二〇二三年，本人将…, in a summary of 2022).
func (s *scan) findPlans() {
	if planDocument(s.text) {
		s.plans = append(s.plans, [2]int{0, len(s.text)})
		s.planYears = append(s.planYears, 0)
		return
	}
	if s.year > 0 {
		for _, m := range findAll(futureYearRe, s.text) {
			if y, ok := readYear(s.text[m[2]:m[3]]); !ok || int(y) <= s.year {
				continue
			}
			end := len(s.text)
			if k := strings.IndexAny(s.text[m[3]:], "。！？\n"); k >= 0 {
				end = m[3] + k
			}
			s.plans = append(s.plans, [2]int{m[2], end})
			s.planYears = append(s.planYears, 0) // its months take its year already (a year earlier in the sentence)
		}
	}
	hs := findAllIndex(headingRe, s.text)
	for i, h := range hs {
		head, end := s.text[h[0]:h[1]], len(s.text)
		// a part (第二部分　2022年工作要点) reaches to the next part, over
		// the headings of its items (一、…二、…), unless it holds problems
		// too (第二部分　存在问题及下步打算); others to the next heading
		part := partHeadRe.MatchString(head) && !strings.Contains(head, "问题") && !strings.Contains(head, "不足")
		for _, n := range hs[i+1:] {
			if !part || partHeadRe.MatchString(s.text[n[0]:n[1]]) {
				end = n[0]
				break
			}
		}
		// 六、2008年工作打算。进一步…: a heading that heads its paragraph
		// holds that paragraph and the items that go on from it
		line := firstLine(s.text[h[0]:])
		paragraph := false
		if k := strings.IndexAny(line, "。：:"); k >= 0 {
			_, n := utf8.DecodeRuneInString(line[k:])
			if strings.TrimSpace(line[k+n:]) != "" {
				head, end, paragraph = line[:k+n], min(end, paragraphItemsEnd(s.text, h[0])), true
			}
		}
		// a heading of its paragraph names a plan outright (四、明年工作打算。),
		// not in passing (一、创新工作思路。; 四、强化监督，推动下一步工作落实。)
		if paragraph && (strings.ContainsAny(head, "，,") || !paragraphPlanRe.MatchString(head)) {
			continue
		}
		year := 0
		if m := headYearRe.FindStringSubmatch(head); m != nil {
			if y, ok := readYear(m[1]); ok && s.year > 0 && int(y) > s.year {
				year = int(y)
			}
		}
		// 五、2021年工作任务 in a report on 2020: the year's to come
		if planHeadingRe.MatchString(head) || year > 0 && futureWorkRe.MatchString(head) && !containsAny(head, []string{"完成情况", "情况", "成效", "回顾"}) {
			s.plans = append(s.plans, [2]int{h[0] + len(head), end})
			s.planYears = append(s.planYears, year)
		}
	}
}

// paragraphItemsEnd returns the end of the paragraph of text that holds
// byte i, and of the lines after it that go on as items of its list (二是…,
// （三）…).
func paragraphItemsEnd(text string, i int) int {
	for {
		k := strings.IndexByte(text[i:], '\n')
		if k < 0 {
			return len(text)
		}
		i += k
		if !listItemRe.MatchString(text[i+1:]) || headingRe.MatchString(firstLine(text[i+1:])) {
			return i
		}
		i++
	}
}

// firstLine returns s up to its first line break.
func firstLine(s string) string {
	if k := strings.IndexByte(s, '\n'); k >= 0 {
		return s[:k]
	}
	return s
}

// planTitleRe names a document of plans; reportTitleRe one that reports.
var (
	planTitleRe   = regexp.MustCompile(`工作要点|工作计划|工作安排|工作打算|工作思路|工作设想|工作要點|工作計劃`)
	reportTitleRe = regexp.MustCompile(`总结|總結|报告|報告|汇报|匯報|述职|述職`)
)

// partHeadRe is a heading of a part of a text, above the headings of its
// items: 第二部分, 第三篇, 第一章.
var partHeadRe = regexp.MustCompile(`^[ \t　]*第[一二三四五六七八九十]+(?:部分|部|篇|章)`)

// futureYearRe heads a sentence with a year and what is to be done in it:
// 2024年，…; 二〇二三年，本人将…; 2024年是…. Group 1 is the year.
var futureYearRe = regexp.MustCompile(`(?m)(?:^|[。！？])[ \t　]*((?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年(?:[，,]|是|要|将|我们|本人)`)

// planDocument reports whether text is a document of plans: its first line
// is a title naming plans (石门镇人大主席团2024年工作要点) and none of its
// first three lines names a report or summary.
func planDocument(text string) bool {
	lines := strings.SplitN(text, "\n", 4)
	first := lines[0]
	if utf8.RuneCountInString(first) > 50 || strings.ContainsAny(first, "。；") || !planTitleRe.MatchString(first) {
		return false
	}
	for _, l := range lines[:min(3, len(lines))] {
		if reportTitleRe.MatchString(l) {
			return false
		}
	}
	return true
}

// futureWorkRe names the work of a year in a heading: 2021年工作任务,
// 2021年的主要任务.
var futureWorkRe = regexp.MustCompile(`年(?:的)?(?:主要)?(?:工作)?(?:任务|安排|目标|重点)`)

// headYearRe is the year a heading names: 六、2022年工作打算.
var headYearRe = regexp.MustCompile(`((?:19|20)[0-9]{2}|[一二][〇○零一二三四五六七八九]{3})年`)

// yearAt returns the year a date without one at byte i takes: that of the
// section of plans it lies in when the section's heading names a later
// year than the document's (六、2022年工作打算 … 6月组织代表述职), else the
// document's.
func (s *scan) yearAt(i int) int {
	if signatureLine(s.text, i) {
		return s.year // the summary's date line, after its plans
	}
	for k, p := range s.plans {
		if i >= p[0] && i < p[1] && s.planYears[k] > 0 {
			return s.planYears[k]
		}
	}
	return s.year
}

// signatureLine reports whether byte i lies on a short line of a date
// alone, or of a body's name and a date: a summary's signature.
func signatureLine(text string, i int) bool {
	from := strings.LastIndexByte(text[:i], '\n') + 1
	to := len(text)
	if k := strings.IndexByte(text[i:], '\n'); k >= 0 {
		to = i + k
	}
	line := strings.TrimSpace(text[from:to])
	return utf8.RuneCountInString(line) <= 24 && strings.Contains(line, "日") && !strings.ContainsAny(line, "，。；,;")
}

// inPlan reports whether byte i lies in a section of plans.
func (s *scan) inPlan(i int) bool {
	for _, p := range s.plans {
		if i >= p[0] && i < p[1] {
			return true
		}
	}
	return false
}

// free reports whether text[start:end] holds no part of an earlier fact or
// blocked span.
func (s *scan) free(start, end int) bool {
	for i := start; i < end; i++ {
		if s.taken[i] {
			return false
		}
	}
	return true
}

func (s *scan) take(start, end int) {
	for i := start; i < end; i++ {
		s.taken[i] = true
	}
}

func (s *scan) add(f Fact) bool {
	if f.Start >= f.End || !s.free(f.Start, f.End) {
		return false
	}
	for _, p := range []*float64{f.Value, f.Min, f.Max} {
		if p != nil && (math.IsNaN(*p) || math.IsInf(*p, 0)) {
			return false
		}
	}
	for _, p := range []*float64{f.Value, f.Min, f.Max} {
		if p != nil {
			*p = roundFigure(*p)
		}
	}
	s.take(f.Start, f.End)
	f.Text = s.text[f.Start:f.End]
	if f.Qualifier == "" {
		f.Qualifier = Exact
	}
	s.facts = append(s.facts, f)
	return true
}

// roundFigure drops the noise of binary arithmetic from a value read from
// the text, keeping 15 significant digits: 2.3亿 is 230000000, not
// 229999999.99999997.
func roundFigure(v float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if err != nil {
		return v
	}
	return r
}

// block takes the spans that hold digits but no fact: document numbers
// (鄂办发[2017]40号), telephone numbers and page numbers.
func (s *scan) block() {
	for _, m := range findAllIndex(urlRe, s.text) {
		s.take(m[0], m[1])
	}
	for _, m := range findAllIndex(docNumberRe, s.text) {
		s.take(m[0], m[1])
	}
	for _, m := range findAllIndex(pageRe, s.text) {
		s.take(m[0], m[1])
	}
	for _, m := range findAllIndex(phoneRe, s.text) {
		if !s.digitBoundary(m[0], m[1]) {
			continue
		}
		p := s.text[m[0]:m[1]]
		before := lastRunes(s.text[:m[0]], 8)
		if strings.ContainsAny(p, "-－() ") || len(p) == 11 && p[0] == '1' ||
			containsAny(before, []string{"电话", "手机", "热线", "传真", "联系方式", "号码", "Tel", "TEL", "tel"}) {
			s.take(m[0], m[1])
		}
	}
}

// digitBoundary reports whether text[start:end] is not part of a longer
// run of digits or letters.
func (s *scan) digitBoundary(start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s.text[:start])
		if isASCIIAlnum(r) || r == '.' {
			return false
		}
	}
	if end < len(s.text) {
		r, _ := utf8.DecodeRuneInString(s.text[end:])
		if isASCIIAlnum(r) {
			return false
		}
	}
	return true
}

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

func isCNNumeral(r rune) bool {
	if _, ok := cnDigit[r]; ok {
		return true
	}
	if _, ok := cnUnit[r]; ok {
		return true
	}
	_, ok := cnTens[r]
	return ok || strings.ContainsRune("万亿萬億", r)
}

// prefixWords may stand in the same token as a Chinese numeral that starts
// a figure: gse joins 近万, 余万, 共两.
const prefixWords = "近约共达逾余超计有了和及第每"

// numberStart reports whether a number may start at byte i: not inside a
// run of digits, and, for Chinese numerals, not inside a word (统一, 唯一).
func (s *scan) numberStart(i int) bool {
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(s.text[:i])
	cur, _ := utf8.DecodeRuneInString(s.text[i:])
	switch {
	case cur >= '0' && cur <= '9':
		if prev == ':' && i > 1 && isDigitByte(s.text[i-2]) {
			return false // 2:00 pm: the minutes of a clock time
		}
		return !isASCIIAlnum(prev) && prev != '.' && prev != ','
	case isMaskRune(cur):
		return !isASCIIAlnum(prev) && !isMaskRune(prev)
	}
	if isCNNumeral(prev) || prev >= '0' && prev <= '9' && !s.taken[i-1] {
		return false // 十二, 20两 (but 2022.9.20两次: the date is a figure already)
	}
	if s.owner != nil && s.owner[i] >= 0 && s.owner[i] < i {
		for _, r := range s.text[s.owner[i]:i] {
			if r == '上' && strings.ContainsRune("百千万亿", cur) {
				continue // 上万人次, 上千万元
			}
			if !strings.ContainsRune(prefixWords, r) && !isCNNumeral(r) {
				return false
			}
		}
	}
	return true
}

func isMaskRune(r rune) bool { return strings.ContainsRune("xX×＊*Ｘｘ&", r) }

// isMask reports whether s is a placeholder (XX, ××, **, &&), or a figure
// with some of its digits left out (9X).
func isMask(s string) bool {
	return strings.ContainsAny(s, "xX×＊*Ｘｘ&") && strings.Trim(s, "xX×＊*Ｘｘ&0123456789") == ""
}

func group(s string, m []int, i int) string {
	if 2*i+1 >= len(m) || m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

func groupStart(m []int, i int) int { return m[2*i] }

// readNumber reads a number or placeholder; masked is true for a
// placeholder, ok false when s is neither.
func readNumber(s string) (v float64, masked, ok bool) {
	if isMask(s) {
		return 0, true, true
	}
	v, ok = ParseChinese(s)
	return v, false, ok
}

// shang takes the 上 before a round number into f: 上万人次, 上千万元
// (over ten thousand); 成千上万 is no figure, so false.
func (s *scan) shang(f *Fact, numStart int) bool {
	if f.Start != numStart || !strings.HasSuffix(s.text[:numStart], "上") || !strings.ContainsRune("百千万亿", firstRuneOf(s.text[numStart:])) {
		return true
	}
	before := s.text[:numStart-len("上")]
	if r, _ := lastRune(before); isCNNumeral(r) {
		return false // 成千上万
	}
	f.Start -= len("上")
	if f.Qualifier == "" || f.Qualifier == Exact {
		f.Qualifier = Over
	}
	return true
}

// qualifierOf reads the qualifier words of a figure: before the number,
// right after it (多, 余) and after its unit.
func qualifierOf(before, mid, after string) string {
	switch simplify(before) {
	case "近", "将近", "接近", "约", "大约", "大概":
		return About
	case "超过", "逾", "多达", "高于", "大于":
		return Over
	case "不少于", "至少", "起码", "起碼", "不低于":
		return AtLeast
	case "不到", "不足", "不超过", "少于", "低于", "小于":
		return Under
	}
	switch after {
	case "左右", "上下":
		return About
	case "以上":
		return AtLeast
	case "以下":
		return Under
	case "之多":
		return Over
	}
	switch mid {
	case "多", "余", "餘", "几":
		return Over
	case "来", "來":
		return About
	}
	return Exact
}

func multiplier(s string) float64 {
	switch strings.TrimPrefix(strings.TrimPrefix(s, "个"), "個") {
	case "万", "萬":
		return 1e4
	case "亿", "億":
		return 1e8
	case "千", "k", "K":
		return 1e3
	case "百":
		return 100
	}
	return 1
}

// trailingMultiplier is the 万/亿 that ends a number (250万 → 1e4).
func trailingMultiplier(s string) float64 {
	m := 1.0
	for {
		r, n := lastRune(s)
		switch r {
		case '万', '萬':
			m *= 1e4
		case '亿', '億':
			m *= 1e8
		default:
			return m
		}
		s = s[:len(s)-n]
	}
}

func yearString(y int) string {
	if y <= 0 || y > 9999 {
		return ""
	}
	if y < 1000 {
		return strconv.Itoa(10000 + y)[1:] // ISO 8601 writes four digits: 0367
	}
	return strconv.Itoa(y)
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
