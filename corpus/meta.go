package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Metadata is read from the title first, then the signature at the end
// (organ line and date), then the first lines of the text. Simplified and
// Traditional characters are both recognised; values are kept as written.

const (
	townSuffix = `(?:[镇鎮]|[乡鄉]|街道|[苏蘇]木)`
	organWords = `人大主席[团團]|人大工委|人大常委[会會]|人民代表大[会會]|人民政府|[党黨]委|人代[会會]|人大|政府|办事处|辦事處`
	cnDigit    = `[〇零○Ｏ一二三四五六七八九]`
	// cnYear is a year in Chinese numerals, also typed with a zero digit
	// for 〇 (二00七, 一九九0), as older documents have it.
	cnYear = `(?:` + cnDigit + `{4}|(?:一九|二[〇零○Ｏ0O])[〇零○Ｏ0O一二三四五六七八九]{2})`
)

var (
	// townshipRe is a place name ending in a township suffix, followed by
	// an organ (so 镇 in "全镇经济" is not taken).
	townshipRe = regexp.MustCompile(`(\p{Han}{1,9}?` + townSuffix + `)(?:第[一二三四五六七八九十\d]+[届屆])?(?:` + organWords + `)`)
	// titleTownRe is a township name in a title, with or without an organ
	// after it (拐河镇2023年工作总结).
	titleTownRe = regexp.MustCompile(`(\p{Han}{1,9}?` + townSuffix + `)([^乡鄉镇鎮村域区區化土亲親愁间間]|$)`)
	// townLine is a signature line that is only a township's name.
	townLine   = regexp.MustCompile(`^(\p{Han}{2,9}?` + townSuffix + `)$`)
	maskedTown = regexp.MustCompile(`(?:[*＊]+|[xX×]{1,4}|某+|[□○]+)` + townSuffix)
	yearRe     = regexp.MustCompile(`((?:19|20)\d{2})\s*年`)
	cnYearRe   = regexp.MustCompile(`(` + cnYear + `)\s*年`)
	headDateRe = regexp.MustCompile(`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日`)
	textYearRe = regexp.MustCompile(`((?:19|20)\d{2})\s*年(?:度|以来|来|是|，|全年|上半年|下半年|初|底|末|中|第)`)
	maskedYear = regexp.MustCompile(`(?:[xX×＊*]{2,4}|(?:19|20)[xX×＊*]{2}|[xX×＊*]{2}\d{2})\s*年?`)
	organRe    = regexp.MustCompile(`人大主席[团團]|人大工委|人大常委[会會]|人民政府|人大办公室|人大辦公室|[党黨]委|人大`)
	signDate   = regexp.MustCompile(`((?:19|20)\d{2}|[xX×＊*]{2,4}|(?:19|20)[xX×]{2}|` + cnYear + `)\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3}|[xX×]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3}|[xX×]{1,2})\s*日?$`)
	// signMonth is a signature date of a year and month alone: 2022年12月,
	// 二〇〇七年十二月.
	signMonth   = regexp.MustCompile(`^\s*((?:19|20)\d{2}|` + cnYear + `)\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*$`)
	isoSignDate = regexp.MustCompile(`((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})$`)

	// datelineRe and meetingDateline are a date line under a title: the
	// date alone in brackets or after a dash, or with the meeting the
	// report was given at, before or after it:
	//   ——2023年12月26日在县第十七届人民代表大会常务委员会第十五次会议上
	//   （2024年1月10日）
	//   ——在镇第十九届人民代表大会第四次会议上（2024年1月10日）
	datelineRe      = regexp.MustCompile(`^(?:[（(]\s*(?:` + dash + `\s*)?|` + dash + `\s*)?` + fullDate + `\s*(` + meeting + `)?\s*[）)]?$`)
	meetingDateline = regexp.MustCompile(`^[（(]?\s*(?:` + dash + `\s*)?` + meeting + `\s*[（(]?\s*` + fullDate + `\s*[）)]?\s*[）)]?$`)
	// meetingLine is a line naming only the meeting, with the date on the
	// line before or after it; bareDateLine is such a date.
	meetingLine  = regexp.MustCompile(`^[（(]?\s*(?:` + dash + `\s*)?` + meeting + `\s*[）)]?$`)
	bareDateLine = regexp.MustCompile(`^[（(]?\s*` + fullDate + `\s*[）)]?$`)
)

const (
	dash     = `[—\-–─~～]{1,3}`
	fullDate = `((?:19|20)\d{2}|` + cnYear + `|[xX×＊*]{2,4}|(?:19|20)[xX×＊*]{2})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3}|[xX×＊*]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3}|[xX×＊*]{1,2})\s*日`
	meeting  = `在[^。，；！？]{2,60}?[会會](?:议|議)?上(?:的(?:讲话|講話|报告|報告|工作报告|工作報告|发言|發言|说明|說明))?`
)

// notName lists words that end a run of characters before 镇/乡 but are not
// part of a place name: "全面贯彻落实镇人大…", "紧紧围绕镇党委…".
var notName = []string{
	"围绕", "贯彻", "落实", "全面", "根据", "按照", "结合", "加强", "推进", "建设", "发展",
	"服务", "工作", "我们", "召开", "组织", "主席", "代表", "人大", "会议", "乡镇", "城镇",
	"村镇", "集镇", "小镇", "配合", "支持", "领导", "指导", "协助", "全体", "所有", "以来",
	"进一步", "坚持", "依靠", "参加", "出席", "提请", "通过", "审议", "听取", "关于", "今年",
	"的", "了", "是", "和", "与", "及", "等", "并", "或", "把", "将", "被", "向", "于", "对",
	"在", "从", "为", "由", "经", "给", "各", "该", "每", "此", "这", "那", "其", "全", "本", "我", "你", "他",
	"县", "市", "区", "省", "年", "月", "日", "届", "次", "个", "名", "位",
}

// leadWords are dropped from the front of a candidate before it is checked:
// the match may start a few characters early ("在拐河镇人大" → 拐河镇).
var leadWords = []string{"我们在", "今年", "全年", "我们", "在", "对", "由", "经", "向", "据", "和", "与", "及", "是", "的", "了", "为"}

// townName checks and trims a candidate township name; "" when it is not
// one.
func townName(s string) string {
	// A county before the township: 方城县拐河镇 → 拐河镇.
	// (红旗镇 and 古城乡 keep their 旗 and 城: a county there would leave no
	// name, so the county ends at the marker before: 阿荣旗红旗镇 → 红旗镇.)
	for end := len(s); end > 0; {
		i := strings.LastIndexAny(s[:end], "县縣市区區旗盟年")
		if i < 0 {
			break
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		if utf8.RuneCountInString(s[i+n:]) >= 3 {
			s = s[i+n:]
			break
		}
		end = i
	}
	for changed := true; changed; {
		changed = false
		for _, w := range leadWords {
			if strings.HasPrefix(s, w) {
				s = s[len(w):]
				changed = true
			}
		}
	}
	stem := s
	for _, suf := range []string{"街道", "苏木", "蘇木", "镇", "鎮", "乡", "鄉"} {
		if strings.HasSuffix(s, suf) {
			stem = strings.TrimSuffix(s, suf)
			break
		}
	}
	if n := utf8.RuneCountInString(stem); n < 2 || n > 7 {
		return ""
	}
	for _, w := range notName {
		if strings.Contains(stem, w) {
			return ""
		}
	}
	if strings.ContainsAny(stem, "xX×*＊某□○") {
		return ""
	}
	if (strings.Contains(s, "城乡") || strings.Contains(s, "城鄉")) && utf8.RuneCountInString(stem) > 2 {
		return "" // 统筹城乡; 古城乡 is a place
	}
	if r, _ := utf8.DecodeLastRuneInString(stem); strings.ContainsRune("乡镇鄉鎮村", r) {
		return "" // 乡镇人大, 村镇建设: generic words
	}
	return s
}

// findTown returns the first township name in s.
func findTown(s string) string {
	for _, m := range townshipRe.FindAllStringSubmatch(s, -1) {
		if t := townName(m[1]); t != "" {
			return t
		}
	}
	return ""
}

// findTitleTown returns the first township name in a title.
func findTitleTown(s string) string {
	if t := findTown(s); t != "" {
		return t
	}
	for _, m := range titleTownRe.FindAllStringSubmatch(s, -1) {
		if t := townName(m[1]); t != "" {
			return t
		}
	}
	return ""
}

// readMeta fills township, year, organ and date from the title, the
// signature lines at the end, a date line under the title and the text.
// mastheadLines returns the first three lines of a document and the fourth
// and fifth when they are short lines of no sentence (a briefing's 第５期 /
// （总第37期） / 编印单位 2024年6月20日).
func mastheadLines(lines []string) string {
	head := firstLines(lines, 3)
	for _, l := range lines[min(3, len(lines)):min(5, len(lines))] {
		if utf8.RuneCountInString(l) > 40 || strings.ContainsAny(l, "，。；,;") {
			break
		}
		head += "\n" + l
	}
	return head
}

// reportTitleRe names a report on a period in a title: a summary, a
// report, a 述职, plans, a look back; eventTitleRe a news report of an
// event (…第三次会议胜利召开, 青石镇召开…会议, 组织代表视察…).
var (
	reportTitleRe = regexp.MustCompile(`总结|报告|述职|汇报|要点|计划|打算|回顾|综述|回眸|盘点|年度|工作情况|完成情况|履职情况|开展情况|工作成效|成效显著`)
	eventTitleRe  = regexp.MustCompile(`召开|举行|闭幕|开幕|组织|开展|视察|调研|走访|慰问|选举|接待`)
)

func readMeta(d *Document) {
	lines := strings.Split(d.Text, "\n")
	sign := readSignature(d, lines)
	head := firstLines(lines, 3)
	// A date line under the title gives the date when there is no
	// signature date, and the year when neither gives one.
	dlYear := 0
	if y, mo, dd, ok := dateline(lines); ok {
		date := isoDate(d, y, mo, dd, "日期行")
		if len(date) >= 4 && date[0] != '-' {
			dlYear, _ = strconv.Atoi(date[:4])
		}
		if d.Date == "" {
			d.Date = date
		}
	}

	// Township.
	if t := findTitleTown(d.Title); t != "" {
		d.Township = t
	} else if t := signTown(sign); t != "" {
		d.Township = t
	} else if t := findTown(head); t != "" && strings.Count(d.Text, t) >= 2 {
		d.Township = t
	} else {
		d.Township = frequentTown(d.Text)
	}
	if d.Township == "" {
		if maskedTown.MatchString(d.Title) || maskedTown.MatchString(strings.Join(sign, "\n")) || maskedTown.MatchString(head) {
			d.Warnings = append(d.Warnings, "乡镇名称被隐去（**镇），留空")
		}
	}

	// Year.
	switch {
	case titleYear(d.Title) > 0:
		d.Year = titleYear(d.Title)
	case len(d.Date) >= 4 && d.Date[0] != '-':
		d.Year, _ = strconv.Atoi(d.Date[:4])
		atSitting := madeAtSitting(lines) || spokenToSitting(d.Text)
		if len(d.Date) >= 7 && !laterInYear(d.Date[5:7]) && reviewsYearBefore(d, atSitting) {
			if atSitting {
				d.Spoken = d.Year // spoken at the sitting: its 今年 is the year ahead
			}
			d.Year--
		}
	case dlYear > 0:
		d.Year = dlYear
	default:
		if m := textYearRe.FindStringSubmatch(head); m != nil {
			d.Year, _ = strconv.Atoi(m[1])
		} else if m := headDateRe.FindStringSubmatch(mastheadLines(lines)); m != nil && laterInYear(m[2]) {
			// 大河镇人大主席团编　2024年4月12日 under a briefing's title. A
			// date in the months of the congress sittings (January to
			// March) is that of a report on the year before: left unknown.
			d.Year, _ = strconv.Atoi(m[1])
		} else if maskedYear.MatchString(d.Title) || strings.HasPrefix(d.Date, "--") {
			d.Warnings = append(d.Warnings, "年份被隐去（XX年），留空")
		}
	}

	if d.Year == 0 && d.published > 0 && !maskedYear.MatchString(d.Title) {
		// a news or WeChat copy dated by its page: 2023-12-15 18:02
		d.Year = d.published
	}
	if d.Year == 0 && d.pageYear > 0 && !maskedYear.MatchString(d.Title) && eventTitleRe.MatchString(d.Title) && !reportTitleRe.MatchString(d.Title) {
		// a news report of a sitting, dated by its page in January: the
		// year of the event (a summary's would be the year before)
		d.Year = d.pageYear
	}

	// Organ.
	for _, s := range append([]string{d.Title}, append(sign, head)...) {
		if m := organRe.FindString(s); m != "" {
			d.Organ = m
			break
		}
	}
}

// datelineLines is how many first lines of a document are searched for a
// date line.
const datelineLines = 4

// dateline finds a date line among the first lines of a document and
// returns its year, month and day as written; ok is false when there is
// none. A date in brackets or after a dash, or with the meeting it names,
// is a date line; a bare date is not (it may be a page's publication
// date).
func dateline(lines []string) (y, mo, dd string, ok bool) {
	lines = lines[:min(len(lines), datelineLines)]
	for i, l := range lines {
		if y, mo, dd, ok = datelineOf(l); ok {
			return y, mo, dd, true
		}
		// The meeting on one line, the date on the next or the one
		// before.
		if m := bareDateLine.FindStringSubmatch(strings.TrimSpace(l)); m != nil &&
			(i > 0 && isMeetingLine(lines[i-1]) || i+1 < len(lines) && isMeetingLine(lines[i+1])) {
			return m[1], m[2], m[3], true
		}
	}
	return "", "", "", false
}

// isMeetingLine reports whether a line only names the meeting a report
// was given at: ——在县人大常委会第十五次会议上.
func isMeetingLine(l string) bool {
	l = strings.TrimSpace(l)
	return len(l) <= 100*3 && strings.Contains(l, "在") && meetingLine.MatchString(l)
}

// datelineOf reads one line as a date line.
func datelineOf(l string) (y, mo, dd string, ok bool) {
	l = strings.TrimSpace(l)
	if len(l) > 100*3 || !strings.Contains(l, "月") || strings.ContainsAny(l, "。；！？") {
		return "", "", "", false
	}
	if m := datelineRe.FindStringSubmatch(l); m != nil {
		r, _ := utf8.DecodeRuneInString(l)
		if m[4] == "" && !strings.ContainsRune("（(—-–─~～", r) {
			return "", "", "", false // a bare date
		}
		return m[1], m[2], m[3], true
	}
	if m := meetingDateline.FindStringSubmatch(l); m != nil {
		return m[1], m[2], m[3], true
	}
	return "", "", "", false
}

// isDateline reports whether a cleaned line is a date line under a title,
// or the line naming the meeting that goes with one.
func isDateline(l string) bool {
	_, _, _, ok := datelineOf(l)
	return ok || isMeetingLine(l)
}

// titleYear is the year named in a title, in digits or Chinese numerals; 0
// if none.
func titleYear(s string) int {
	if m := yearRe.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y
	}
	if m := cnYearRe.FindStringSubmatch(s); m != nil {
		y := 0
		for _, r := range m[1] {
			y = 10*y + cnDigitValue(r)
		}
		if y >= 1900 && y < 2100 {
			return y
		}
	}
	return 0
}

func cnDigitValue(r rune) int {
	if i := strings.IndexRune("一二三四五六七八九", r); i >= 0 {
		return i/3 + 1
	}
	return 0 // 〇 零 ○ Ｏ
}

// cnNumber reads a number of one to three Chinese numerals up to 99 (十二,
// 二十一); -1 if it is not one.
func cnNumber(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	rs := []rune(s)
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10
	case len(rs) == 1:
		return cnDigitValue(rs[0])
	case len(rs) == 2 && rs[0] == '十':
		return 10 + cnDigitValue(rs[1])
	case len(rs) == 2 && rs[1] == '十':
		return 10 * cnDigitValue(rs[0])
	case len(rs) == 3 && rs[1] == '十':
		return 10*cnDigitValue(rs[0]) + cnDigitValue(rs[2])
	}
	return -1
}

// readSignature finds the signature date among the last lines and returns
// the signature lines: the text before the date on its line, or the line
// above it.
func readSignature(d *Document, lines []string) []string {
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-4; i-- {
		l := lines[i]
		if utf8.RuneCountInString(l) > 40 {
			continue
		}
		loc := signDate.FindStringSubmatchIndex(l)
		var y, mo, dd string
		if loc != nil {
			y, mo, dd = l[loc[2]:loc[3]], l[loc[4]:loc[5]], l[loc[6]:loc[7]]
		} else if loc = isoSignDate.FindStringSubmatchIndex(l); loc != nil {
			y, mo, dd = l[loc[2]:loc[3]], l[loc[4]:loc[5]], l[loc[6]:loc[7]]
		} else if loc = signMonth.FindStringSubmatchIndex(l); loc != nil && strings.TrimSpace(strings.Join(lines[i+1:], "")) == "" {
			// 二〇〇七年十二月 as the last line: a year and month alone date the
			// summary, unless a date line under the title says more, or the
			// month is early in a year (a report on the year before)
			y, mo = l[loc[2]:loc[3]], l[loc[4]:loc[5]]
			if _, _, _, ok := dateline(lines); ok || cnNumber(mo) <= 3 {
				y, mo = "", ""
			}
		} else {
			continue
		}
		if y != "" || mo != "" {
			d.Date = isoDate(d, y, mo, dd, "落款日期")
		}
		var sign []string
		if before := strings.TrimSpace(l[:loc[0]]); before != "" {
			sign = append(sign, before)
		}
		if i > 0 && utf8.RuneCountInString(lines[i-1]) <= 30 {
			sign = append(sign, lines[i-1])
		}
		return sign
	}
	// No date: a short last line may still be the organ.
	if n := len(lines); n > 1 && utf8.RuneCountInString(lines[n-1]) <= 20 && !strings.ContainsAny(lines[n-1], "。，") {
		return []string{lines[n-1]}
	}
	return nil
}

// isoDate writes a date in partial ISO form, leaving out what is masked:
// "2024-12-21", "--12-21". what names the date in a warning.
func isoDate(d *Document, y, mo, dd, what string) string {
	year := titleYear(y + "年")
	if year == 0 {
		if n, err := strconv.Atoi(y); err == nil {
			year = n
		}
	}
	m, day := cnNumber(mo), cnNumber(dd)
	if year == 0 {
		d.Warnings = append(d.Warnings, what+"的年份被隐去")
	}
	switch {
	case m < 1 || m > 12:
		if year > 0 {
			return pad4(year)
		}
		return ""
	case day < 1 || day > 31:
		if year > 0 {
			return pad4(year) + "-" + pad2(m)
		}
		return "--" + pad2(m)
	case year > 0:
		return pad4(year) + "-" + pad2(m) + "-" + pad2(day)
	}
	return "--" + pad2(m) + "-" + pad2(day)
}

// signTown finds the township in signature lines: an organ line such as
// 拐河镇人大主席团, or a line that is only the township's name.
func signTown(sign []string) string {
	for _, s := range sign {
		if t := findTown(s); t != "" {
			return t
		}
		if m := townLine.FindStringSubmatch(s); m != nil {
			if t := townName(m[1]); t != "" {
				return t
			}
		}
	}
	return ""
}

// frequentTown is the township named most often in the text, when it is
// named at least twice; "" otherwise.
func frequentTown(text string) string {
	count := map[string]int{}
	best := ""
	for _, m := range townshipRe.FindAllStringSubmatch(text, -1) {
		t := townName(m[1])
		if t == "" {
			continue
		}
		count[t]++
		if count[t] > count[best] || (count[t] == count[best] && t < best) {
			best = t
		}
	}
	if count[best] >= 2 {
		return best
	}
	return ""
}

func firstLines(lines []string, n int) string {
	if len(lines) < n {
		n = len(lines)
	}
	return strings.Join(lines[:n], "\n")
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func pad4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// planTitle is the title of a plan, whose year is the one it is dated in.
var planTitle = regexp.MustCompile(`要点|计划|打算|安排|思路`)

// reviewsYearBefore reports whether d, dated from January to March and with
// no year in its title, reviews the year before: a report made to the
// sittings of the new year (its dateline names the sitting) that names the
// year before, or a summary that names the year before and not its own.
// atSitting says the document was made to a sitting (madeAtSitting,
// spokenToSitting).
func reviewsYearBefore(d *Document, atSitting bool) bool {
	if planTitle.MatchString(d.Title) {
		return false
	}
	y, body := d.Year, undated(d.Text)
	if atSitting {
		// a presidium's report looks back on the year before even when it
		// names it only as 过去的一年 or 去年 (a government's sets out this
		// year's work as much)
		return namesYear(body, y-1) || (strings.Contains(d.Title, "主席团") || strings.Contains(d.Title, "人大")) &&
			(strings.Contains(body, "过去的一年") || strings.Contains(body, "过去一年") || strings.Contains(body, "去年"))
	}
	return titleWord.MatchString(d.Title) && namesYear(body, y-1) && !namesYear(body, y)
}

// madeAtSitting reports whether the date lines under a document's title
// name a sitting of a people's congress (——2024年1月10日在白沙镇第十八届人民
// 代表大会第五次会议上), not a meeting of its standing committee.
// spokenToSitting reports whether a text addresses the sitting it is
// reported to (各位代表：…向大会报告工作), dated or not under its title.
func spokenToSitting(text string) bool {
	head := text[:min(len(text), 600)]
	return strings.Contains(head, "各位代表") && (strings.Contains(head, "向大会报告") || strings.Contains(head, "请予审议"))
}

func madeAtSitting(lines []string) bool {
	for _, l := range lines[:min(len(lines), datelineLines)] {
		if isDateline(l) && (strings.Contains(l, "人民代表大会") || strings.Contains(l, "人大")) && !strings.Contains(l, "常务委员会") && !strings.Contains(l, "常委会") {
			return true
		}
	}
	return false
}

// undated returns text without its date lines (signature, dateline), which
// name the year the document was dated in, not the one it is about.
func undated(text string) string {
	var b strings.Builder
	for _, l := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(l); signLine(t) || isDateline(t) {
			continue
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// laterInYear reports whether month (digits) is April or later: a dated
// text of then reports on its own year, one of January to March, when
// reports on the year before are made, may not.
func laterInYear(month string) bool {
	m, _ := strconv.Atoi(month)
	return m >= 4 && m <= 12
}
