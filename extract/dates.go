package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// yearSpanBareRe is a span of years written with no 年: 2016-2018.
var yearSpanBareRe = regexp.MustCompile(`((?:19|20)[0-9]{2})[ \t]*(?:-|－|—{1,2}|–|至|到|~|～)[ \t]*((?:19|20)[0-9]{2})`)

// yearSpanRe is a span of years written with one 年: 2017-2019年.
var yearSpanRe = regexp.MustCompile(`((?:19|20)[0-9]{2})年?[ \t]*(?:-|－|—{1,2}|–|至|到|~|～)[ \t]*((?:19|20)[0-9]{2})年`)

// toMonthRe is the start of a span to a date in another month: 至2月10.
var toMonthRe = regexp.MustCompile(`^[ \t]?(?:至|到|-|－|—|～|~)[ \t]?(?:` + monthNum + `)[ \t]?月`)

// compactDateRe is a date in eight digits: 20240307. Groups: 1 year, 2
// month, 3 day.
var compactDateRe = regexp.MustCompile(`((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])`)

// spacedDateRe is a date in three numbers with single spaces, month and day
// in two digits: 2010 01 29. Groups: 1 year, 2 month, 3 day.
var spacedDateRe = regexp.MustCompile(`((?:19|20)[0-9]{2}) (0[1-9]|1[0-2]) (0[1-9]|[12][0-9]|3[01])`)

// dotMonthRe is a year and month with a dot, the month in two digits:
// 2013.03, 1999.08-2002.02. Groups: 1 year, 2 month.
var dotMonthRe = regexp.MustCompile(`((?:19|20)[0-9]{2})\.(0[1-9]|1[0-2])`)

// dotSpanRe is a span from a year and month written with a dot, the month
// in one or two digits, to a year, a year and month, or a month of the same
// year: 2018.3—2019.6, 2008.03-2009, 2016.11-2021.10, 2021.3-6月. Groups: 1
// year, 2 month, 3 year, 4 month, 5 month of the same year.
// A one-digit month is read as a month only in such a span: 2018.3 alone
// is a decimal.
var dotSpanRe = regexp.MustCompile(`((?:19|20)[0-9]{2})\.(1[0-2]|0?[1-9])[ \t]*(?:-|－|—{1,2}|–|至|到|~|～)[ \t]*(?:((?:19|20)[0-9]{2})(?:\.(1[0-2]|0?[1-9]))?|(1[0-2]|0?[1-9])月份?)`)

// editionRe is the year of an edition: 2015版, 一九九八版, 零六版, 15年版.
// Groups: 1 year.
var editionRe = regexp.MustCompile(`((?:19|20)[0-9]{2}|[一二三四五六七八九〇○零]{4}|[零〇○一二三四五六七八九]{2}|[0-9]{2}[ \t]?年)版`)

// unitAfterRe is a unit or a multiplier after a number: 20150303元,
// 2013.03万: a figure, not a date.
var unitAfterRe = regexp.MustCompile(`^[ \t]?(?:[万亿千百萬億kK%‰]|` + units + `)`)

// unitAfter reports whether rest, the text after a number, starts with a
// unit or a multiplier (期 is a unit, 期间 “during” is not).
func unitAfter(rest string) bool {
	return matchString(unitAfterRe, rest) && !strings.HasPrefix(strings.TrimLeft(rest, " \t"), "期间")
}

// dates finds dates: written out (2024年12月21日, 今年四月底, 11月16日), in
// ISO-like form (2024-12-21, 20240307, 2013.03), and years alone (2024年,
// XX年, 2015版). Dates on page metadata lines and years in document
// numbers are left out.
func (s *scan) dates() {
	text := s.text
	for _, m := range findAll(isoDateRe, text) {
		if !s.digitBoundary(m[0], m[1]) || group(text, m, 2) != group(text, m, 4) || !s.free(m[0], m[1]) {
			continue
		}
		mo, _ := strconv.Atoi(group(text, m, 3))
		d, _ := strconv.Atoi(group(text, m, 5))
		if mo < 1 || mo > 12 || d < 1 || d > 31 {
			continue
		}
		if s.metadata(m[0], m[1]) {
			s.take(m[0], m[1])
			continue
		}
		f := Fact{Kind: KindDate, Start: m[0], End: m[1], Rule: "date/iso"}
		f.Date = group(text, m, 1) + "-" + twoDigits(mo) + "-" + twoDigits(d)
		f.Label = f.Date
		s.add(f)
	}
	s.digitDates()
	for _, m := range findAll(monthSpanRe, text) {
		start := m[0]
		if !s.free(start, m[1]) || !s.numberStart(start) || s.metadata(start, m[1]) {
			continue
		}
		year := yearString(s.yearAt(start))
		if y, rel := group(text, m, 1), group(text, m, 2); y != "" || rel != "" {
			yr, masked, ok := s.yearOf(y, rel)
			if masked || !ok {
				continue
			}
			year = yr
		}
		var a, b Fact
		m1, ok1 := datePart(group(text, m, 3), 12, &a)
		m2, ok2 := datePart(group(text, m, 4), 12, &b)
		if !ok1 || !ok2 || m1 == "" || m2 == "" || m1 >= m2 {
			continue
		}
		a = Fact{Kind: KindDate, Start: start, End: m[7], Date: isoDate(year, m1, ""), Rule: "date/month-span", Label: text[start:m[1]]}
		b = Fact{Kind: KindDate, Start: m[8], End: m[1], Date: isoDate(year, m2, ""), Rule: "date/month-span", Label: text[start:m[1]]}
		s.add(a)
		s.add(b)
	}
	lastYear, lastYearEnd, lastMonth := "", -1, ""
	lastYM, lastYMEnd := "", -1
	for _, m := range findAll(dateRe, text) {
		start := m[0]
		for _, g := range []int{1, 2, 3} {
			if m[2*g] >= 0 {
				start = m[2*g]
				break
			}
		}
		if m[2*2] >= 0 {
			start = m[2*2] // 今年: the relative year word starts at group 2
		}
		end := m[1]
		// A day needs 日 or 号 unless nothing word-like follows it
		// (十二月十五, 1月3): 4月10人 is April, then 10 people.
		// After 的, a day needs 日 or 号: 二月的十五号, but 5月的12个.
		if m[8] >= 0 && m[10] < 0 && (m[12] < 0 || strings.HasSuffix(text[:m[8]], "的")) {
			// 一月19到20日: a span of days ends with 日.
			if r := firstRuneOf(text[m[9]:]); strings.HasSuffix(text[:m[8]], "的") || m[9] < len(text) && (isHan(r) || isASCIIAlnum(r)) && !dayRe.MatchString(text[m[9]:]) && !toMonthRe.MatchString(text[m[9]:]) {
				m = append([]int(nil), m...)
				m[8], m[9] = -1, -1
				end = m[7] + strings.Index(text[m[7]:], "月") + len("月")
				if strings.HasPrefix(text[end:], "份") {
					end += len("份")
				}
				m[1] = end
			}
		}
		if !s.free(start, end) {
			continue
		}
		first := 3
		if m[2] >= 0 {
			first = 1
		}
		if first == 3 && m[4] < 0 {
			if !s.numberStart(m[6]) || strings.HasSuffix(text[:m[6]], "第") {
				continue
			}
			if r := firstRuneOf(group(text, m, 3)); isCNNumeral(r) && m[8] < 0 && strings.HasSuffix(text[:m[6]], "近") {
				continue // 近三月: the last three months, not March
			}
			if group(text, m, 3) == "一" && m[8] < 0 && onceAMonthRe.MatchString(text[end:]) {
				continue // “一月一主题”, 一月一次: once a month, not January
			}
		} else if first == 1 && !s.numberStart(m[2]) {
			continue
		}
		if s.metadata(start, end) {
			s.take(start, end)
			continue
		}
		f := Fact{Kind: KindDate, Start: start, End: end, Rule: "date"}
		year := ""
		explicit := false
		switch y, rel := group(text, m, 1), group(text, m, 2); {
		case y != "" || rel != "":
			yr, masked, ok := s.yearOf(y, rel)
			if !ok {
				continue
			}
			year, f.Masked, explicit = yr, masked, y != "" && !masked
			if y == "" {
				f.Rule = "date/relative"
			}
		default:
			// A date without a year takes the year written earlier in the
			// same sentence, else the document's.
			if lastYear != "" && !strings.ContainsAny(text[lastYearEnd:start], "。\n；") && monthNotBefore(group(text, m, 3), lastMonth) {
				year = lastYear
			} else {
				year = yearString(s.yearAt(start))
			}
		}
		month, ok := datePart(group(text, m, 3), 12, &f)
		if !ok {
			continue
		}
		day, ok := datePart(group(text, m, 4), 31, &f)
		if !ok {
			continue
		}
		f.DatePart = monthPart(group(text, m, 6))
		f.Date = isoDate(year, month, day)
		if month == "" && m[2] < 0 && m[4] < 0 {
			f.Date = "" // ×月××日: no year was written, nothing is known
		}
		f.Label = text[start:end]
		if !s.add(f) {
			continue
		}
		if explicit {
			lastYear, lastYearEnd, lastMonth = year, end, month
		}
		if month != "" {
			lastYM, lastYMEnd = isoDate(year, month, ""), end
		}
		// 3月28日至31日, 9月10号、11号: days continuing this date.
		for month != "" || group(text, m, 3) != "" {
			d := dayRe.FindStringSubmatchIndex(text[end:])
			if d == nil {
				break
			}
			g := Fact{Kind: KindDate, Start: end + d[2], End: end + d[1], Rule: "date/continued", Masked: f.Masked && month == ""}
			day, ok := datePart(group(text[end:], d, 1), 31, &g)
			if !ok {
				break
			}
			g.Date = isoDate(year, month, day)
			if month == "" {
				g.Date = ""
			}
			g.Label = text[start:g.End]
			if !s.add(g) {
				break
			}
			end = g.End
		}
	}
	// A day alone takes the month of the date before it in the sentence;
	// without one, the month of the reference date when that is known to
	// the day (a dated news item: 29日，…).
	fullRef := s.fullRef()
	for _, m := range findAll(dayOnlyRe, text) {
		start, end := m[2], m[1]
		if !s.numberStart(start) || !s.free(start, end) || hasPrefixAny(text[end:], []string{"常", "益", "报", "本", "子", "程", "志", "记", "用", "均", "内", "后", "前", "起", "元", "夜", "趋", "臻", "新", "军"}) {
			continue
		}
		if r, _ := lastRune(text[:start]); strings.ContainsRune("每第近个逐前后今昨明当次翌月", r) {
			continue // 每月15日 is a day of every month; 上个月15号 relativeMonths'
		}
		if group(text, m, 2) != "日" && !dayHao(text, start, end) {
			continue // 3号楼, 字〔2020〕5号: a number, not a day
		}
		f := Fact{Kind: KindDate, Start: start, End: end, Rule: "date/day", Label: text[start:end]}
		day, ok := datePart(group(text, m, 1), 31, &f)
		if !ok {
			continue
		}
		// Without a month written before it in the sentence, a day is
		// no date (ISO has no form for a day of an unknown month),
		// unless the reference date gives its month.
		switch {
		case lastYM != "" && lastYMEnd <= start && !strings.ContainsAny(text[lastYMEnd:start], "。\n；"):
			f.Date = lastYM + "-" + day
		case fullRef:
			f.Date = yearString(s.ref.Year) + "-" + twoDigits(s.ref.Month) + "-" + day
		default:
			continue
		}
		s.add(f)
	}
	s.holidayDays()
	s.yearParts()
	s.decades()
	s.relativeSpans()
	s.relativeDays()
	s.relativeMonths()
	s.relativeWeeks()
	s.relativeYearsAlone()
	for _, m := range findAll(yearSpanRe, text) {
		if !s.digitBoundary(m[0], m[1]) || !s.free(m[0], m[1]) {
			continue
		}
		for _, g := range []int{1, 2} {
			f := Fact{Kind: KindDate, Start: m[2*g], End: m[2*g+1], Rule: "date/year-span", Date: group(text, m, g)}
			if g == 2 {
				f.End = m[1]
			} else if strings.HasPrefix(text[f.End:], "年") {
				f.End += len("年") // 2019年至2021年
			}
			f.Label = text[m[0]:m[1]]
			s.add(f)
		}
	}
	// 2016-2018, 从2016到2018: two years with no 年 are a span when the
	// second follows the first by a few years and no unit comes after.
	for _, m := range findAll(yearSpanBareRe, text) {
		if !s.digitBoundary(m[0], m[1]) || !s.free(m[0], m[1]) || s.metadata(m[0], m[1]) {
			continue
		}
		a, _ := strconv.Atoi(group(text, m, 1))
		b, _ := strconv.Atoi(group(text, m, 2))
		if b <= a || b-a > 30 {
			continue
		}
		if r := firstRuneOf(text[m[1]:]); m[1] < len(text) && (isHan(r) && !hasPrefixAny(text[m[1]:], []string{"间", "期间", "之间", "，", "。", "、", "；"}) || strings.ContainsRune("%.,:/", r)) {
			continue // 2000-2030人, 1998-2005元: a range of figures
		}
		for _, g := range []int{1, 2} {
			f := Fact{Kind: KindDate, Start: m[2*g], End: m[2*g+1], Rule: "date/year-span", Date: group(text, m, g), Label: text[m[0]:m[1]]}
			s.add(f)
		}
	}
	for _, m := range findAll(editionRe, text) {
		start, end := m[2], m[1]
		y := strings.TrimRight(group(text, m, 1), " \t年")
		if !s.numberStart(start) || !s.digitBoundary(start, end) || !s.free(start, end) || isSpanOfTwo(y) || strings.HasSuffix(text[:start], "第") {
			continue
		}
		v, ok := readYear(y)
		if !ok {
			continue
		}
		s.add(Fact{Kind: KindDate, Start: start, End: end, Rule: "date/edition", Label: text[start:end], Date: yearString(fullYear(y, v, s.year))})
	}
	for _, m := range findAll(yearRe, text) {
		start, end := m[2], m[1]
		if !s.numberStart(start) || !s.free(start, end) || hasPrefixAny(text[end:], []string{"代", "龄", "级"}) && !strings.HasPrefix(text[end:], "代表") {
			continue // 八十年代, 三年龄段, 七八年级 (but 2022年代表建议)
		}
		if s.metadata(start, end) {
			continue
		}
		y := group(text, m, 1)
		if strings.HasPrefix(text[end:], "度") {
			end += len("度") // 2021年度
		}
		if isSpanOfTwo(y) {
			continue // 二三年, 三四年: two or three years, not 2023
		}
		if utf8.RuneCountInString(y) == 2 && !isMask(y) {
			// 07年, 98年 are years; 50年 after 近 or before 来 is a span.
			prev, _ := lastRune(text[:start])
			if strings.ContainsRune("近几多余约共达超逾满用历经过了前后第每时有足整近长", prev) ||
				hasPrefixAny(text[end:], []string{"来", "间", "内", "多", "余", "左右", "以上", "以下", "之", "后", "前", "时间", "代", "中", "里", "的时间", "工龄", "党龄"}) {
				continue
			}
		}
		f := Fact{Kind: KindDate, Start: start, End: end, Rule: "date/year", Label: text[start:end]}
		if maskedYear(y) {
			f.Masked = true
		} else {
			v, ok := readYear(y)
			if !ok {
				continue
			}
			f.Date = yearString(fullYear(y, v, s.year))
		}
		s.add(f)
	}
}

// relativeYears are the words for a year counted from the document's.
var relativeYears = map[string]int{"今": 0, "本": 0, "去": -1, "上": -1, "明": 1, "下": 1, "前": -2}

// yearParts finds the parts of a year: halves (2017年上半年, 今年下半年,
// 上半年 alone), its start and end (2022年初, 2021年底), quarters
// (2021年一季度, 第三季度, 前三季度, 一季度末) and its first months
// (2022年前十一个月) or one by its order (2021年的第三个月), and seasons
// (今年春季). A half, a start or an end is the year with its part, a season
// the year; quarters and months are their first and last month (as 1-3月),
// or one month with its part when 初 or 末 follows. 初, 底, 末, months and
// seasons need a year written before them.
func (s *scan) yearParts() {
	text := s.text
	for _, m := range findAll(yearPartRe, text) {
		start, end := m[0], m[1]
		if !s.free(start, end) || !s.numberStart(start) {
			continue
		}
		if m[2] < 0 && m[4] < 0 {
			if r, _ := lastRune(text[:start]); strings.ContainsRune("每个一二三四五六七八九十几两", r) {
				continue // 每季度, 三个季度: not a date
			}
		}
		if m[8] >= 0 && hasPrefixAny(text[end:], []string{"步", "中", "心", "期", "衷", "始", "级", "稿", "选", "审", "尾", "端"}) {
			continue // 2021年初步完成, 年初中: not the start of the year
		}
		if s.metadata(start, end) {
			s.take(start, end)
			continue
		}
		f := Fact{Kind: KindDate, Start: start, End: end, Rule: "date/year-part", Label: text[start:end]}
		year, written := "", true
		if y, rel := group(text, m, 1), group(text, m, 2); y != "" || rel != "" {
			yr, masked, ok := s.yearOf(y, rel)
			if !ok {
				continue
			}
			year, f.Masked = yr, masked
		} else {
			year, written = yearString(s.year), false
		}
		switch {
		case m[6] >= 0: // 上半年, 下半年
			// 上半年 alone, like 年底 alone, is a date only against a
			// reference known to the day: in a summary it names a part of
			// the work (上半年召开主席团会议4次, 下半年工作计划), not a date.
			if year == "" && !f.Masked || !written && !s.fullRef() {
				continue
			}
			f.Date, f.DatePart, f.Rule = year, "early", "date/half-year"
			if strings.Contains("下后", group(text, m, 3)) {
				f.DatePart = "late"
			}
			s.add(f)
		case m[20] >= 0 || m[22] >= 0: // 2021年的第三个月, 2005年首月
			n, ok := ParseChinese(group(text, m, 10))
			if m[22] >= 0 {
				n, ok = 1, true
			}
			if !written || !ok || n < 1 || n > 12 || year == "" && !f.Masked {
				continue
			}
			f.Date = isoDate(year, twoDigits(int(n)), "")
			s.add(f)
		case m[18] >= 0: // 今年春季: the year, and the season in its words
			if !written || year == "" && !f.Masked {
				continue
			}
			f.Date, f.Rule = year, "date/season"
			s.add(f)
		case m[8] >= 0: // 初 (伊始), 底, 末
			// 年底 alone is the end of the reference year when the
			// reference date is known to the day; in a summary, whose
			// year alone is known, it may be the year planned for.
			if !written && !(s.fullRef() && strings.HasPrefix(text[start:], "年")) || year == "" && !f.Masked {
				continue
			}
			f.Date, f.DatePart = year, "early"
			if p := group(text, m, 4); p != "初" && p != "伊始" {
				f.DatePart = "late"
			}
			s.add(f)
		default: // quarters
			first, last := 1, 0
			if n := group(text, m, 8); n != "" {
				// 2022年前十一个月: only after a year, as 前三个月 alone
				// may count back from an event.
				v, ok := ParseChinese(n)
				if !written || !ok || v < 1 || v > 11 {
					continue
				}
				last = int(v)
			} else if q := group(text, m, 5); q != "" {
				n, ok := ParseChinese(strings.TrimLeft(q, "Qq"))
				if q == "首" {
					n, ok = 1, true
				}
				if !ok || n < 1 || n > 4 {
					continue
				}
				first, last = 3*int(n)-2, 3*int(n)
			} else {
				n, ok := ParseChinese(group(text, m, 7))
				if !ok || n < 1 || n > 3 {
					continue
				}
				last = 3 * int(n)
			}
			f.Rule = "date/quarter"
			if m[16] >= 0 {
				f.Rule = "date/months"
			}
			switch group(text, m, 6) {
			case "初":
				f.Date, f.DatePart = isoDate(year, twoDigits(first), ""), "early"
				s.add(f)
				continue
			case "末", "底":
				f.Date, f.DatePart = isoDate(year, twoDigits(last), ""), "late"
				s.add(f)
				continue
			}
			g := f
			f.Date, g.Date = isoDate(year, twoDigits(first), ""), isoDate(year, twoDigits(last), "")
			if f.Masked {
				f.Date, g.Date = "", ""
			}
			if s.add(f) {
				g.Text, g.Qualifier = text[g.Start:g.End], Exact
				s.facts = append(s.facts, g) // the same words name both months
			}
		}
	}
}

// readYear reads a year as written: 2024, 二〇二四, two or three digits in
// Chinese numerals (九八, 三六七), which ParseChinese does not read as one
// number, and Chinese numerals typed with a zero digit for 〇 (二00七,
// 一九九0), as older documents have them.
func readYear(y string) (float64, bool) {
	mixed := strings.ContainsAny(y, "0O") && strings.ContainsAny(y, "一二三四五六七八九")
	if v, ok := ParseChinese(y); ok && !mixed {
		return v, true
	}
	rs := []rune(y)
	if len(rs) < 2 || len(rs) > 4 {
		return 0, false
	}
	v := 0.0
	for _, r := range rs {
		d, ok := cnDigit[r]
		if mixed && (r == '0' || r == 'O') {
			d, ok = 0, true
		}
		if !ok || d > 9 {
			return 0, false
		}
		v = v*10 + d
	}
	if mixed && (v < 1900 || v > 2099) {
		return 0, false
	}
	return v, true
}

// datePart reads a month or day; "" when absent or masked (f.Masked is
// then set). ok is false when it is out of range.
func datePart(s string, max int, f *Fact) (string, bool) {
	if s == "" {
		return "", true
	}
	if isMask(s) {
		f.Masked = true
		return "", true
	}
	if s == "元" && max == 12 {
		return "01", true // 元月 is January
	}
	v, ok := ParseChinese(s)
	if !ok || v < 1 || v > float64(max) || v != float64(int(v)) {
		return "", false
	}
	return twoDigits(int(v)), true
}

// isoDate writes a partial ISO 8601 date: 2024-04-05, 2024-04, --04-05,
// --04; "" when the month is not known.
func isoDate(year, month, day string) string {
	switch {
	case month == "":
		return year
	case year != "" && day != "":
		return year + "-" + month + "-" + day
	case year != "":
		return year + "-" + month
	case day != "":
		return "--" + month + "-" + day
	}
	return "--" + month
}

// metadata reports whether text[start:end] is page metadata: a date with a
// clock time after it, or on a line that says 发布时间, 来源, 浏览….
func (s *scan) metadata(start, end int) bool {
	if t := timeRe.FindString(s.text[end:]); t != "" {
		// A date written out with a time of day in a sentence
		// (2021年4月20日11:00时至…) is an event; one in digits, or with
		// seconds, or alone on its line, is a page's timestamp.
		if !strings.ContainsAny(s.text[start:end], "年月日") || secondsRe.MatchString(s.text[end+len(t):]) {
			return true
		}
		rest := s.text[end+len(t):]
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			rest = rest[:i]
		}
		line := s.text[strings.LastIndexByte(s.text[:start], '\n')+1 : start]
		if strings.TrimSpace(rest) == "" && strings.TrimSpace(line) == "" {
			return true
		}
	}
	ls := strings.LastIndexByte(s.text[:start], '\n') + 1
	le := strings.IndexByte(s.text[end:], '\n')
	if le < 0 {
		le = len(s.text)
	} else {
		le += end
	}
	return matchString(metaLineRe, s.text[ls:le])
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// fullYear reads a year: 2024, 二〇二四, 两千零四; two digits (98, 零七)
// are a year of the 2000s when that is no later than ten years after the
// reference year (2020 when it is not known), else of the 1900s.
func fullYear(written string, v float64, ref int) int {
	rs := []rune(written)
	if len(rs) == 2 && !strings.ContainsAny(written, "千百十") {
		if d0, ok := cnDigit[rs[0]]; ok {
			d1 := cnDigit[rs[1]]
			v = d0*10 + d1
		}
		if ref <= 0 {
			ref = 2020
		}
		if y := 2000 + int(v); y <= ref+10 {
			return y
		}
		return 1900 + int(v)
	}
	return int(v)
}

// monthNotBefore reports whether the month written m comes no earlier than
// the month prev ("" when unknown): 2019年3月…5月 is 2019, but after
// 2023年12月, 2月 is most likely the next year.
func monthNotBefore(m, prev string) bool {
	if prev == "" {
		return true
	}
	v, ok := ParseChinese(m)
	p, _ := strconv.Atoi(prev)
	return !ok || int(v) >= p
}

// decadeRe is a decade: 九十年代, 80年代, 20世纪80年代, 上世纪90年代,
// 本世纪20年代, 九十年代末. Groups: 1 century (上, 本, 20, 二十), 2
// decade, 3 part.
var decadeRe = regexp.MustCompile(`(?:(上个?|本|这个|[12]?[0-9]|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])世纪)?([1-9]0|[一二三四五六七八九]十)年代` + agePart)

// centuryRe is a century: 18世纪, 二十一世纪, 本世纪中叶. Groups: 1
// century, 2 part.
var centuryRe = regexp.MustCompile(`(上个?|本|这个|[12]?[0-9]|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])世纪` + agePart)

// agePart is the part of a decade or century: 初, 初期, 前期, 中期, 中叶,
// 末, 末期, 后期.
const agePart = `(初期|初|前期|中期|中叶|末期|末|后期)?`

// partOfAge is the DatePart of agePart's words.
func partOfAge(w string) string {
	switch w {
	case "初", "初期", "前期":
		return "early"
	case "中期", "中叶":
		return "mid"
	case "末", "末期", "后期":
		return "late"
	}
	return ""
}

// firstYearOfCentury is the first year (as 1900) of the century written
// c (上, 本, 20, 二十) from the reference year ref: 18世纪 is the 1700s,
// as it is said in Chinese, not 1701-1800.
func firstYearOfCentury(c string, ref int) (int, bool) {
	switch {
	case strings.HasPrefix(c, "上"):
		return (ref/100 - 1) * 100, true
	case c == "本" || c == "这个":
		return ref / 100 * 100, true
	}
	n, ok := ParseChinese(c)
	if !ok || n < 1 || n > 21 || n != float64(int(n)) {
		return 0, false
	}
	return (int(n) - 1) * 100, true
}

// decades finds decades and centuries, each as its first and last year
// on the same words (九十年代 → 1990, 1999; 18世纪 → 1700, 1799), with the
// part their words name (九十年代末: late). Without a century, a decade is
// the latest that starts no later than the reference year (2020 when it
// is not known).
func (s *scan) decades() {
	text := s.text
	ref := s.year
	if ref <= 0 {
		ref = 2020
	}
	for _, m := range findAll(decadeRe, text) {
		start, end := m[0], m[1]
		if !s.free(start, end) || !s.numberStart(start) {
			continue
		}
		d, ok := ParseChinese(group(text, m, 2))
		if !ok {
			continue
		}
		var first int
		if c := group(text, m, 1); c == "" {
			if r, _ := lastRune(text[:start]); isCNNumeral(r) || isASCIIAlnum(r) {
				continue
			}
			first = ref/100*100 + int(d)
			if first > ref {
				first -= 100
			}
		} else if y, ok := firstYearOfCentury(c, ref); ok {
			first = y + int(d)
		} else {
			continue
		}
		s.addAge(start, end, "date/decade", first, first+9, partOfAge(group(text, m, 3)))
	}
	for _, m := range findAll(centuryRe, text) {
		start, end := m[0], m[1]
		if !s.free(start, end) || !s.numberStart(start) {
			continue
		}
		first, ok := firstYearOfCentury(group(text, m, 1), ref)
		if !ok {
			continue
		}
		s.addAge(start, end, "date/century", first, first+99, partOfAge(group(text, m, 2)))
	}
}

// addAge adds a decade or century as two facts on the same words, its
// first and last year, with the part its words name.
func (s *scan) addAge(start, end int, rule string, first, last int, part string) {
	f := Fact{Kind: KindDate, Start: start, End: end, Rule: rule, Label: s.text[start:end], Date: yearString(first), DatePart: part}
	if f.Date == "" || yearString(last) == "" || !s.add(f) {
		return
	}
	g := f
	g.Date, g.Text, g.Qualifier = yearString(last), s.text[start:end], Exact
	s.facts = append(s.facts, g) // the same words name both years
}

// relativeDayRe is a day named from today: 今天, 明日, 前天, 大后天.
var relativeDayRe = regexp.MustCompile(`大大前天|大大后天|大前天|大后天|前天|后天|今天|明天|昨天|今日|明日|昨日|次日|本日|前日|后日`)

// relativeDayOffsets are the days from today that relativeDayRe names.
var relativeDayOffsets = map[string]int{"大大前天": -4, "大大后天": 4, "大前天": -3, "前天": -2, "前日": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "本日": 0,
	"明天": 1, "明日": 1, "次日": 1, "后天": 2, "后日": 2, "大后天": 3}

// relativeDays finds days named from today (今天, 明日, 前天) when the
// reference date is known to the day. A word inside a title (《明日之后》)
// names no day.
func (s *scan) relativeDays() {
	if s.ref.Year <= 0 || s.ref.Month <= 0 || s.ref.Day <= 0 {
		return
	}
	text := s.text
	for _, m := range findAllIndex(relativeDayRe, text) {
		if !s.free(m[0], m[1]) || inTitle(text, m[0]) || strings.HasPrefix(text[m[1]:], "头条") {
			continue // 今日头条 is a news app
		}
		start, year := m[0], s.ref.Year
		// 去年的今天, 一九五六年的昨天: the day in another year.
		lo := max(0, start-20)
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo--
		}
		if y := dayOfYearRe.FindStringSubmatchIndex(text[lo:start]); y != nil && s.free(lo+y[0], start) && s.numberStart(lo+y[0]) {
			if w := group(text[lo:], y, 1); w != "" {
				v, ok := readYear(w)
				if !ok {
					continue
				}
				year = int(v)
			} else {
				year += relativeYears[group(text[lo:], y, 2)]
			}
			start = lo + y[0]
		}
		d := time.Date(year, time.Month(s.ref.Month), s.ref.Day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, relativeDayOffsets[text[m[0]:m[1]]])
		s.add(Fact{Kind: KindDate, Start: start, End: m[1], Rule: "date/relative-day", Label: text[start:m[1]], Date: d.Format("2006-01-02")})
	}
	// 5天前, 二十天后: a day counted from today.
	for _, m := range findAll(daysFromTodayRe, text) {
		if !s.free(m[0], m[1]) || !s.numberStart(m[0]) {
			continue
		}
		n, ok := ParseChinese(group(text, m, 1))
		if !ok || n != float64(int(n)) || n > 3660 {
			continue
		}
		if strings.HasSuffix(group(text, m, 2), "前") {
			n = -n
		}
		d := time.Date(s.ref.Year, time.Month(s.ref.Month), s.ref.Day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(n))
		s.add(Fact{Kind: KindDate, Start: m[0], End: m[1], Rule: "date/relative-day", Label: text[m[0]:m[1]], Date: d.Format("2006-01-02")})
	}
}

// relativeMonthRe is a month named from this one: 上个月, 下月, 本月,
// 本月初. Groups: 1 上上/上/下下/下/这/本/当, 2 day, 3 part.
var relativeMonthRe = regexp.MustCompile(`(上上|下下|上|下|这|本|当)一?个?月(?:(` + dayNum + `)[日号]|(月?底|月?初|月?末|上旬|中旬|下旬))?`)

// relativeMonths finds months named from the reference month (上个月,
// 下月, 本月) when the reference date is known to the month and day.
func (s *scan) relativeMonths() {
	if s.ref.Year <= 0 || s.ref.Month <= 0 || s.ref.Day <= 0 {
		return
	}
	offsets := map[string]int{"上上": -2, "上": -1, "下下": 2, "下": 1, "这": 0, "本": 0, "当": 0}
	for _, m := range findAll(relativeMonthRe, s.text) {
		w := s.text[m[0]:m[1]]
		if !s.free(m[0], m[1]) || w == "这月" || w == "当月" && strings.HasSuffix(s.text[:m[0]], "每") || inTitle(s.text, m[0]) {
			continue
		}
		d := time.Date(s.ref.Year, time.Month(s.ref.Month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, offsets[group(s.text, m, 1)], 0)
		f := Fact{Kind: KindDate, Start: m[0], End: m[1], Rule: "date/relative-month", Label: w, Date: d.Format("2006-01")}
		if day, ok := datePart(group(s.text, m, 2), 31, &f); !ok {
			continue
		} else if day != "" {
			f.Date += "-" + day // 本月十日
		}
		f.DatePart = monthPart(group(s.text, m, 3))
		s.add(f)
	}
	// 月底, 月初 alone: of this month.
	for _, m := range findAllIndex(monthPartAloneRe, s.text) {
		if r, _ := lastRune(s.text[:m[0]]); !s.free(m[0], m[1]) || isCNNumeral(r) || isASCIIAlnum(r) || strings.ContainsRune("每个年当本这该次上下前", r) || inTitle(s.text, m[0]) {
			continue // 每月底, 年月底: not this month
		}
		w := s.text[m[0]:m[1]]
		s.add(Fact{Kind: KindDate, Start: m[0], End: m[1], Rule: "date/relative-month", Label: w, Date: yearString(s.ref.Year) + "-" + twoDigits(s.ref.Month), DatePart: monthPart(w)})
	}
	// 上个季度, 本季度末: a quarter named from this one, as its first and
	// last month on the same words (or one of them, with 初 or 末).
	for _, m := range findAll(relativeQuarterRe, s.text) {
		if !s.free(m[0], m[1]) || inTitle(s.text, m[0]) {
			continue
		}
		q := (s.ref.Month-1)/3 + offsets[group(s.text, m, 1)]
		first := time.Date(s.ref.Year, time.Month(3*q+1), 1, 0, 0, 0, 0, time.UTC)
		f := Fact{Kind: KindDate, Start: m[0], End: m[1], Rule: "date/quarter", Label: s.text[m[0]:m[1]], Date: first.Format("2006-01")}
		last := first.AddDate(0, 2, 0).Format("2006-01")
		switch group(s.text, m, 2) {
		case "初":
			f.DatePart = "early"
			s.add(f)
		case "末", "底":
			f.Date, f.DatePart = last, "late"
			s.add(f)
		default:
			if s.add(f) {
				g := f
				g.Date, g.Text, g.Qualifier = last, s.text[m[0]:m[1]], Exact
				s.facts = append(s.facts, g) // the same words name both months
			}
		}
	}
}

// monthPartAloneRe is the start or end of this month, alone: 月底, 月初.
var monthPartAloneRe = regexp.MustCompile(`月(?:底|初|末)`)

// relativeQuarterRe is a quarter named from this one: 上个季度, 本季度末,
// 下下个季度. Groups: 1 上上/上/下下/下/这/本/当, 2 初/末/底.
var relativeQuarterRe = regexp.MustCompile(`(上上|下下|上|下|这|本|当)一?个?季度(初|末|底)?`)

// relativeYearRe is a year named from this one, alone: 今年, 去年, 明年,
// 上一年.
var relativeYearRe = regexp.MustCompile(`大前年|大后年|前年|后年|[今去明上下]年|(?:上|下|这|本)一年|本年`)

// relativeYearsAlone finds years named from this one with no month after
// them (今年, 去年) when the reference date is known to the day: only then
// is "this year" a known year rather than the year a summary covers.
func (s *scan) relativeYearsAlone() {
	if s.ref.Year <= 0 || s.ref.Month <= 0 || s.ref.Day <= 0 {
		return
	}
	offsets := map[string]int{"大前年": -3, "前年": -2, "去年": -1, "上年": -1, "上一年": -1, "今年": 0, "本年": 0, "这一年": 0, "本一年": 0,
		"明年": 1, "下年": 1, "下一年": 1, "后年": 2, "大后年": 3}
	for _, m := range findAllIndex(relativeYearRe, s.text) {
		w := s.text[m[0]:m[1]]
		if !s.free(m[0], m[1]) || inTitle(s.text, m[0]) {
			continue
		}
		if prev, _ := lastRune(s.text[:m[0]]); (w == "上年" || w == "下年") && (strings.ContainsRune("以之晚", prev) || hasPrefixAny(s.text[m[1]:], []string{"龄", "纪", "级"})) {
			continue // 60岁以上年龄, 上年纪: no year
		}
		s.add(Fact{Kind: KindDate, Start: m[0], End: m[1], Rule: "date/relative-year", Label: w, Date: yearString(s.ref.Year + offsets[w])})
	}
	// 今明两年: this year and the next, as the first and last
	// year on the same words.
	for _, m := range findAllIndex(twoYearsRe, s.text) {
		f := Fact{Kind: KindDate, Start: m[0], End: m[1], Rule: "date/relative-year", Label: s.text[m[0]:m[1]], Date: yearString(s.ref.Year)}
		if !inTitle(s.text, m[0]) && s.add(f) {
			g := f
			g.Date, g.Text, g.Qualifier = yearString(s.ref.Year+1), s.text[m[0]:m[1]], Exact
			s.facts = append(s.facts, g) // the same words name both years
		}
	}
}

// twoYearsRe is this year and the next: 今明两年, 今明二年.
var twoYearsRe = regexp.MustCompile(`今明[两二]年`)

// relativeWeekRe is a week named from this one: 下周, 上上周, 这一周.
// Groups: 1 上上上/上上/上/下下/下/这/本.
var relativeWeekRe = regexp.MustCompile(`(上上上|上上|下下|上|下|这|本)一?个?(?:周|星期|礼拜)`)

// relativeWeeks finds weeks named from the reference week (下周, 上上周),
// each as its Monday and Sunday on the same words, when the reference date
// is known to the day.
func (s *scan) relativeWeeks() {
	if s.ref.Year <= 0 || s.ref.Month <= 0 || s.ref.Day <= 0 {
		return
	}
	offsets := map[string]int{"上上上": -3, "上上": -2, "上": -1, "下下": 2, "下": 1, "这": 0, "本": 0}
	ref := time.Date(s.ref.Year, time.Month(s.ref.Month), s.ref.Day, 0, 0, 0, 0, time.UTC)
	monday := ref.AddDate(0, 0, -(int(ref.Weekday())+6)%7)
	for _, m := range findAll(relativeWeekRe, s.text) {
		if !s.free(m[0], m[1]) || inTitle(s.text, m[0]) || strings.HasPrefix(s.text[m[1]:], "年") {
			continue // 周年 is an anniversary
		}
		a := monday.AddDate(0, 0, 7*offsets[group(s.text, m, 1)])
		f := Fact{Kind: KindDate, Start: m[0], End: m[1], Rule: "date/relative-week", Label: s.text[m[0]:m[1]], Date: a.Format("2006-01-02")}
		if s.add(f) {
			g := f
			g.Date, g.Text, g.Qualifier = a.AddDate(0, 0, 6).Format("2006-01-02"), s.text[m[0]:m[1]], Exact
			s.facts = append(s.facts, g) // the same words name its first and last day
		}
	}
}

// daysFromTodayRe is a number of days before or after today: 5天前, 20天后,
// 两天之前. Groups: 1 number, 2 前 or 后, after 以 or 之.
var daysFromTodayRe = regexp.MustCompile(`([0-9]{1,4}|[一二两三四五六七八九十百]{1,4})天((?:以|之)?[前后])`)

// dayOfYearRe is a year and 的 before a day named from today: 去年的,
// 一九五六年的 (去年的今天). Groups: 1 year written out, 2 relative year.
var dayOfYearRe = regexp.MustCompile(`(?:(` + yearNum + `)年|(今|去|明|前)年)的$`)

// inTitle reports whether byte i lies inside book-title marks 《…》.
func inTitle(text string, i int) bool {
	open := strings.LastIndex(text[:i], "《")
	return open >= 0 && !strings.Contains(text[open:i], "》")
}

// dayHao reports whether the number before 号 at text[start:end] is a day
// (于12号召开, 下次的12号) rather than the number of a thing (3号楼, 5号文件,
// 12号线): 号 ends the words, or a word that follows a day comes after it.
func dayHao(text string, start, end int) bool {
	if r, _ := lastRune(text[:start]); isASCIIAlnum(r) || strings.ContainsRune("编字码发〕]】）)番型", r) {
		return false
	}
	r := firstRuneOf(text[end:])
	if end >= len(text) || !isHan(r) {
		return r != '-' && r != '#' && !isASCIIAlnum(r)
	}
	return hasPrefixAny(text[end:], []string{"上午", "下午", "中午", "晚", "早", "凌晨", "夜", "召开", "举行", "开", "前", "以前", "之前", "后", "以后", "之后", "起", "至", "到", "在", "的", "当天", "左右", "和", "与", "或", "及"})
}

// fullRef reports whether the reference date is known to the day: only
// then do words that count from today (明天, 29日 alone, 年底) name a date.
func (s *scan) fullRef() bool { return s.ref.Year > 0 && s.ref.Month > 0 && s.ref.Day > 0 }

// isSpanOfTwo reports whether y is two Chinese digits that give a vague
// number rather than a year: 一二, 二三, 三四, 四五 (two or three years).
// From 五六 on, they are more often years (五六年, 1956).
func isSpanOfTwo(y string) bool {
	rs := []rune(y)
	if len(rs) != 2 || isASCIIAlnum(rs[0]) {
		return false
	}
	a, okA := cnDigit[rs[0]]
	b, okB := cnDigit[rs[1]]
	return okA && okB && a >= 1 && a <= 4 && b == a+1
}

// onceAMonthRe follows 一月 in a frequency: 一月一次, “一月一主题”.
var onceAMonthRe = regexp.MustCompile(`^一(?:次|主题|会|评|例会|课|题|议|报|查|访|讲|督查|督办|调度|通报|检查|走访|接待|研判)`)

// numberRow reports whether the text around three spaced numbers goes on
// with more numbers, as a row of figures does (2019 12 10 8), so that they
// are no date.
func numberRow(before, after string) bool {
	b := strings.TrimRight(before, " \t")
	a := strings.TrimLeft(after, " \t")
	return len(b) < len(before) && b != "" && isDigitByte(b[len(b)-1]) ||
		len(a) < len(after) && a != "" && isDigitByte(a[0])
}

// digitDates finds dates written in digits alone: 20240307, 2010 01 29 and
// 2013.03 (2024-12-21 and 2024.12.21 are isoDateRe's). Either is a figure when a
// unit follows it, and a serial or account number when letters or digits
// touch it.
func (s *scan) digitDates() {
	text := s.text
	for _, m := range findAll(dotSpanRe, text) {
		start, end := m[0], m[1]
		if !s.digitBoundary(start, end) || !s.free(start, end) || unitAfter(text[end:]) ||
			strings.HasPrefix(text[end:], ".") || group(text, m, 3) != "" && group(text, m, 3) < group(text, m, 1) || s.metadata(start, end) ||
			group(text, m, 3) != "" && group(text, m, 4) == "" && strings.HasPrefix(strings.TrimLeft(text[end:], " \t"), "年") { // 2018.12-2019年6月: dateRe's
			continue
		}
		if mo := group(text, m, 5); mo != "" {
			// 2021.3-6月: the second month is of the first's year
			n1, _ := strconv.Atoi(group(text, m, 2))
			n2, _ := strconv.Atoi(mo)
			if n2 <= n1 {
				continue
			}
			y := group(text, m, 1)
			s.add(Fact{Kind: KindDate, Start: m[2], End: m[5], Rule: "date/digits", Label: text[m[2]:m[5]], Date: y + "-" + twoDigits(n1)})
			s.add(Fact{Kind: KindDate, Start: m[10], End: m[1], Rule: "date/digits", Label: text[m[10]:m[1]], Date: y + "-" + twoDigits(n2)})
			continue
		}
		for _, yg := range []int{1, 3} {
			from, to := m[2*yg], m[2*yg+1]
			date := group(text, m, yg)
			if mo := group(text, m, yg+1); mo != "" {
				n, _ := strconv.Atoi(mo)
				date += "-" + twoDigits(n)
				to = m[2*yg+3]
			}
			s.add(Fact{Kind: KindDate, Start: from, End: to, Rule: "date/digits", Label: text[from:to], Date: date})
		}
	}
	for _, re := range []*regexp.Regexp{compactDateRe, spacedDateRe, dotMonthRe} {
		for _, m := range findAll(re, text) {
			start, end := m[0], m[1]
			if !s.digitBoundary(start, end) || !s.free(start, end) || unitAfter(text[end:]) ||
				re == spacedDateRe && numberRow(text[:start], text[end:]) ||
				strings.HasPrefix(text[end:], ".") && len(text) > end+1 && isDigitByte(text[end+1]) ||
				serialNumber(text[:start], text[end:], re == compactDateRe) {
				continue
			}
			if s.metadata(start, end) {
				s.take(start, end)
				continue
			}
			f := Fact{Kind: KindDate, Start: start, End: end, Rule: "date/digits", Label: text[start:end]}
			f.Date = isoDate(group(text, m, 1), group(text, m, 2), group(text, m, 3))
			s.add(f)
		}
	}
	// 13.5.2015, 1/2/2020: day first, unless the second number cannot be
	// a month (10/31/1974).
	for _, m := range findAll(dmyDateRe, text) {
		start, end := m[0], m[1]
		y := group(text, m, 5)
		if group(text, m, 2) != group(text, m, 4) || len(y) == 2 && group(text, m, 2) != "/" || !s.digitBoundary(start, end) || !s.free(start, end) ||
			unitAfter(text[end:]) || serialNumber(text[:start], text[end:], false) ||
			len(text) > end+1 && (text[end] == '.' || text[end] == '/') && isDigitByte(text[end+1]) {
			continue // 1.2.2020.3: a version
		}
		d, _ := strconv.Atoi(group(text, m, 1))
		mo, _ := strconv.Atoi(group(text, m, 3))
		if mo > 12 {
			d, mo = mo, d
		}
		if d < 1 || d > 31 || mo < 1 || mo > 12 {
			continue
		}
		v, _ := strconv.Atoi(y)
		if len(y) == 2 {
			v = fullYear(y, float64(v), s.year)
		}
		s.add(Fact{Kind: KindDate, Start: start, End: end, Rule: "date/digits", Label: text[start:end], Date: isoDate(yearString(v), twoDigits(mo), twoDigits(d))})
	}
	// 6·30, 09-01: a day of the document's year.
	for _, re := range []*regexp.Regexp{dotDayRe, paddedDayRe} {
		for _, m := range findAll(re, text) {
			start, end := m[0], m[1]
			if !s.digitBoundary(start, end) || !s.free(start, end) || unitAfter(text[end:]) || serialNumber(text[:start], text[end:], false) ||
				strings.HasPrefix(text[end:], "-") || strings.HasPrefix(text[end:], "/") || strings.HasPrefix(text[end:], ".") {
				continue
			}
			mo, _ := strconv.Atoi(group(text, m, 1))
			d, _ := strconv.Atoi(group(text, m, 2))
			s.add(Fact{Kind: KindDate, Start: start, End: end, Rule: "date/digits", Label: text[start:end], Date: isoDate(yearString(s.year), twoDigits(mo), twoDigits(d))})
		}
	}
}

// serialWords before digits, or 号 and a dash and digit after them, make
// them a serial number: 证书编号：20230101, 20230101号文件, 合同号20231215-001.
var serialWords = []string{"号", "编号", "号码", "账号", "代码", "证号", "序号", "单号", "批号", "文号", "邮编", "电话", "手机", "传真", "QQ", "ID"}

// A dash after eight digits goes on to a serial (20231215-001); after
// 1999.08 it starts a span (1999.08-2002.02).
func serialNumber(before, after string, compact bool) bool {
	b := strings.TrimRight(before, " \t：:")
	for _, w := range serialWords {
		if strings.HasSuffix(b, w) {
			return true
		}
	}
	return strings.HasPrefix(after, "号") || compact && len(after) > 1 && (after[0] == '-' || after[0] == '_') && isDigitByte(after[1])
}

// relativeSpanRe is a number of days, weeks, months or years counted from
// today: 近三年, 过去十年, 未来两天, 上两周, 下三个月, 前两年. Groups: 1 the
// word that counts, 2 the number, 3 the unit.
var relativeSpanRe = regexp.MustCompile(`(最近|近|过去|未来|今后|前|上|后|下)的?[ \t]*([0-9]{1,3}|[一二两三四五六七八九十百]{1,4})[ \t]*个?[ \t]*(天|日|周|星期|礼拜|月|年)`)

// yearsFromTodayRe is a number of years or months before or after today:
// 三年前, 七年后, 十个月后. Groups: 1 number, 2 年 or 月, 3 前 or 后.
var yearsFromTodayRe = regexp.MustCompile(`([0-9]{1,3}|[一二两三四五六七八九十百]{1,4})个?(年|月)([前后])`)

// relativeSpans finds spans counted from the reference day when that is
// known, each as its first and last day (or month, or year) on the same
// words. 近, 最近 and 过去 count back from today, 未来 and 今后 forward
// (近三年 on 2017-03-22 is 2014-03-22 to 2017-03-21); 前, 上, 后 and 下
// count whole weeks, months or years before or after the present one, as
// 上周 and 上个月 do (上两个月 in February 2013 is 2012-12 to 2013-01).
// It also finds a year or month counted from this one (三年前, 十个月后).
func (s *scan) relativeSpans() {
	if !s.fullRef() {
		return
	}
	text := s.text
	ref := time.Date(s.ref.Year, time.Month(s.ref.Month), s.ref.Day, 0, 0, 0, 0, time.UTC)
	monday := ref.AddDate(0, 0, -(int(ref.Weekday())+6)%7)
	month := time.Date(s.ref.Year, time.Month(s.ref.Month), 1, 0, 0, 0, 0, time.UTC)
	for _, m := range findAll(relativeSpanRe, text) {
		if !s.free(m[0], m[1]) || inTitle(text, m[0]) {
			continue
		}
		v, ok := ParseChinese(group(text, m, 2))
		n := int(v)
		if !ok || v != float64(n) || n < 1 || n > 1000 {
			continue
		}
		word, unit := group(text, m, 1), group(text, m, 3)
		back := strings.Contains("最近|近|过去|前|上", word)
		rolling := !strings.Contains("前|上|后|下", word)
		if r, _ := lastRune(text[:m[0]]); len(word) == len("前") && isHan(r) && !strings.ContainsRune("在于从是和与及或对将", r) {
			continue // 最后五天, 之前两年, 接近三年, 这个月前两天: not counted from today
		}
		if n == 1 && !rolling {
			continue // 上一年, 下一个月: relativeYearsAlone's and relativeMonths'
		}
		var first, last string
		day := func(t time.Time) string { return t.Format("2006-01-02") }
		switch {
		case unit == "天" || unit == "日":
			if back {
				first, last = day(ref.AddDate(0, 0, -n)), day(ref.AddDate(0, 0, -1))
			} else {
				first, last = day(ref.AddDate(0, 0, 1)), day(ref.AddDate(0, 0, n))
			}
		case rolling:
			y, mo, d := 0, 0, 0
			switch unit {
			case "年":
				y = n
			case "月":
				mo = n
			default:
				d = 7 * n
			}
			if back {
				first, last = day(ref.AddDate(-y, -mo, -d)), day(ref.AddDate(0, 0, -1))
			} else {
				first, last = day(ref.AddDate(0, 0, 1)), day(ref.AddDate(y, mo, d))
			}
		case unit == "年":
			if back {
				first, last = yearString(s.ref.Year-n), yearString(s.ref.Year-1)
			} else {
				first, last = yearString(s.ref.Year+1), yearString(s.ref.Year+n)
			}
		case unit == "月":
			if back {
				first, last = month.AddDate(0, -n, 0).Format("2006-01"), month.AddDate(0, -1, 0).Format("2006-01")
			} else {
				first, last = month.AddDate(0, 1, 0).Format("2006-01"), month.AddDate(0, n, 0).Format("2006-01")
			}
		default: // weeks, from Monday to Sunday
			if back {
				first, last = day(monday.AddDate(0, 0, -7*n)), day(monday.AddDate(0, 0, -1))
			} else {
				first, last = day(monday.AddDate(0, 0, 7)), day(monday.AddDate(0, 0, 7*(n+1)-1))
			}
		}
		if first == "" || last == "" {
			continue
		}
		f := Fact{Kind: KindDate, Start: m[0], End: m[1], Rule: "date/relative-span", Label: text[m[0]:m[1]], Date: first}
		if s.add(f) {
			g := f
			g.Date, g.Text, g.Qualifier = last, text[m[0]:m[1]], Exact
			s.facts = append(s.facts, g) // the same words name its first and last day
		}
	}
	for _, m := range findAll(yearsFromTodayRe, text) {
		if !s.free(m[0], m[1]) || !s.numberStart(m[0]) || inTitle(text, m[0]) {
			continue
		}
		v, ok := ParseChinese(group(text, m, 1))
		n := int(v)
		if !ok || v != float64(n) || n < 1 || n > 1000 {
			continue
		}
		if group(text, m, 3) == "前" {
			n = -n
		}
		f := Fact{Kind: KindDate, Start: m[0], End: m[1], Rule: "date/relative-year", Label: text[m[0]:m[1]]}
		if group(text, m, 2) == "年" {
			f.Date = yearString(s.ref.Year + n)
		} else {
			f.Date = month.AddDate(0, n, 0).Format("2006-01")
		}
		if f.Date != "" {
			s.add(f)
		}
	}
}

// monthPart is the part of a month that its words name: 初 and 上旬 early,
// 中旬 mid, 底, 末 and 下旬 late; "" for none.
func monthPart(w string) string {
	switch strings.TrimPrefix(w, "月") {
	case "初", "上旬":
		return "early"
	case "中旬":
		return "mid"
	case "底", "末", "下旬":
		return "late"
	}
	return ""
}

// A holiday is a day named by a festival: on a fixed day of the solar
// year (国庆节, 10-01), on the nth weekday of a month (母亲节, the second
// Sunday of May), or on a day of the lunar calendar or a solar term (春节,
// 中秋节, 清明节), whose Gregorian date lunarDays gives for each year.
type holiday struct {
	month, day int          // a fixed day; day 0 with nth: a weekday of the month
	nth        int          // the nth weekday of month (母亲节: 2)
	weekday    time.Weekday // for nth
	col        int          // 1 + the column of lunarDays; 0 for none
	offset     int          // days after the day of col (元宵节: 14 after 春节)
	needYear   bool         // the name alone is also a common word (政治清明): only with a year
}

// holidays are the festivals by name, simplified and traditional. The
// numerals that name a few of them (五一, 十一, 三八) are numbers in prose
// (五一广场, 十一届, 三八线) and name a festival only with 节: 五一劳动节.
var holidays = map[string]holiday{
	"元旦": {month: 1, day: 1}, "元旦节": {month: 1, day: 1}, "元旦節": {month: 1, day: 1}, "阳历新年": {month: 1, day: 1}, "陽曆新年": {month: 1, day: 1}, "公历新年": {month: 1, day: 1},
	"情人节": {month: 2, day: 14}, "情人節": {month: 2, day: 14}, "圣瓦伦丁节": {month: 2, day: 14},
	"妇女节": {month: 3, day: 8}, "婦女節": {month: 3, day: 8}, "三八妇女节": {month: 3, day: 8}, "三八节": {month: 3, day: 8}, "国际妇女节": {month: 3, day: 8}, "三八国际妇女节": {month: 3, day: 8}, "国际劳动妇女节": {month: 3, day: 8},
	"植树节": {month: 3, day: 12}, "植樹節": {month: 3, day: 12},
	"消费者权益日": {month: 3, day: 15}, "国际消费者权益日": {month: 3, day: 15}, "国际消費者權益日": {month: 3, day: 15}, "消費者權益日": {month: 3, day: 15},
	"愚人节": {month: 4, day: 1}, "愚人節": {month: 4, day: 1},
	"劳动节": {month: 5, day: 1}, "勞動節": {month: 5, day: 1}, "五一劳动节": {month: 5, day: 1}, "五一国际劳动节": {month: 5, day: 1}, "国际劳动节": {month: 5, day: 1}, "五一节": {month: 5, day: 1},
	"青年节": {month: 5, day: 4}, "青年節": {month: 5, day: 4}, "五四青年节": {month: 5, day: 4},
	"儿童节": {month: 6, day: 1}, "兒童節": {month: 6, day: 1}, "六一儿童节": {month: 6, day: 1}, "国际儿童节": {month: 6, day: 1}, "六一国际儿童节": {month: 6, day: 1}, "六一节": {month: 6, day: 1},
	"建党节": {month: 7, day: 1}, "七一建党节": {month: 7, day: 1}, "香港回归纪念日": {month: 7, day: 1},
	"建军节": {month: 8, day: 1}, "建軍節": {month: 8, day: 1}, "八一建军节": {month: 8, day: 1}, "八一建軍節": {month: 8, day: 1},
	"教师节": {month: 9, day: 10}, "教師節": {month: 9, day: 10},
	"国庆节": {month: 10, day: 1}, "国庆": {month: 10, day: 1}, "國慶節": {month: 10, day: 1}, "國慶": {month: 10, day: 1}, "国庆節": {month: 10, day: 1}, "國慶节": {month: 10, day: 1}, "十一国庆节": {month: 10, day: 1},
	"万圣节": {month: 10, day: 31}, "萬聖節": {month: 10, day: 31},
	"国家宪法日": {month: 12, day: 4}, "宪法日": {month: 12, day: 4}, "国家公祭日": {month: 12, day: 13},
	"澳门回归纪念日": {month: 12, day: 20}, "澳門回歸紀念日": {month: 12, day: 20},
	"平安夜": {month: 12, day: 24}, "圣诞节": {month: 12, day: 25}, "圣诞": {month: 12, day: 25}, "聖誕節": {month: 12, day: 25}, "聖誕": {month: 12, day: 25},
	"母亲节": {month: 5, nth: 2, weekday: time.Sunday}, "母親節": {month: 5, nth: 2, weekday: time.Sunday},
	"父亲节": {month: 6, nth: 3, weekday: time.Sunday}, "父親節": {month: 6, nth: 3, weekday: time.Sunday},
	"感恩节": {month: 11, nth: 4, weekday: time.Thursday}, "感恩節": {month: 11, nth: 4, weekday: time.Thursday},
	"春节": {col: 1}, "春節": {col: 1}, "农历新年": {col: 1}, "農曆新年": {col: 1}, "新春": {col: 1}, "大年初一": {col: 1}, "正月初一": {col: 1},
	"除夕": {col: 1, offset: -1}, "大年三十": {col: 1, offset: -1},
	"元宵节": {col: 1, offset: 14}, "元宵節": {col: 1, offset: 14}, "元宵": {col: 1, offset: 14, needYear: true},
	"端午节": {col: 2}, "端午節": {col: 2}, "端午": {col: 2},
	"七夕节": {col: 3}, "七夕": {col: 3},
	"中秋节": {col: 4}, "中秋節": {col: 4}, "中秋": {col: 4},
	"重阳节": {col: 5}, "重陽節": {col: 5}, "重阳": {col: 5},
	"清明节": {col: 6}, "清明節": {col: 6}, "清明": {col: 6, needYear: true},
	"春分": {col: 7}, "夏至": {col: 8}, "秋分": {col: 9}, "冬至": {col: 10},
}

// holidayRe is the name of a holiday, longest first.
var holidayRe = func() *regexp.Regexp {
	names := make([]string, 0, len(holidays))
	for n := range holidays {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	return regexp.MustCompile(strings.Join(names, "|"))
}()

// holidayYearRe is the year written before a holiday: 2023年, 零六年,
// 今年, 去年的, 2019年的, with 农历 after it. Groups: 1 year, 2 relative
// year.
var holidayYearRe = regexp.MustCompile(`(?:(` + dateYearNum + `)[ \t]?年|(今|本|去|上|明|前|下)年)(?:的)?[ \t]?(?:农历|阴历|農曆|陰曆)?$`)

// lunarDays gives, for each Gregorian year, the days (MMDD) of the lunar
// holidays and solar terms in it: 春节 (正月初一), 端午 (五月初五), 七夕
// (七月初七), 中秋 (八月十五), 重阳 (九月初九), then 清明, 春分, 夏至,
// 秋分 and 冬至. They follow the Chinese calendar as the Purple Mountain
// Observatory publishes it (GB/T 33661-2017).
var lunarDays = map[int]string{
	1990: "0127 0528 0826 1003 1026 0405 0321 0621 0923 1222",
	1991: "0215 0616 0816 0922 1016 0405 0321 0622 0923 1222",
	1992: "0204 0605 0805 0911 1004 0404 0320 0621 0923 1221",
	1993: "0123 0624 0824 0930 1023 0405 0320 0621 0923 1222",
	1994: "0210 0613 0813 0920 1013 0405 0321 0621 0923 1222",
	1995: "0131 0602 0802 0909 1101 0405 0321 0622 0923 1222",
	1996: "0219 0620 0820 0927 1020 0404 0320 0621 0923 1221",
	1997: "0207 0609 0809 0916 1010 0405 0320 0621 0923 1222",
	1998: "0128 0530 0828 1005 1028 0405 0321 0621 0923 1222",
	1999: "0216 0618 0817 0924 1017 0405 0321 0622 0923 1222",
	2000: "0205 0606 0806 0912 1006 0404 0320 0621 0923 1221",
	2001: "0124 0625 0825 1001 1025 0405 0320 0621 0923 1222",
	2002: "0212 0615 0815 0921 1014 0405 0321 0621 0923 1222",
	2003: "0201 0604 0804 0911 1004 0405 0321 0622 0923 1222",
	2004: "0122 0622 0822 0928 1022 0404 0320 0621 0923 1221",
	2005: "0209 0611 0811 0918 1011 0405 0320 0621 0923 1222",
	2006: "0129 0531 0731 1006 1030 0405 0321 0621 0923 1222",
	2007: "0218 0619 0819 0925 1019 0405 0321 0622 0923 1222",
	2008: "0207 0608 0807 0914 1007 0404 0320 0621 0922 1221",
	2009: "0126 0528 0826 1003 1026 0404 0320 0621 0923 1222",
	2010: "0214 0616 0816 0922 1016 0405 0321 0621 0923 1222",
	2011: "0203 0606 0806 0912 1005 0405 0321 0622 0923 1222",
	2012: "0123 0623 0823 0930 1023 0404 0320 0621 0922 1221",
	2013: "0210 0612 0813 0919 1013 0404 0320 0621 0923 1222",
	2014: "0131 0602 0802 0908 1002 0405 0321 0621 0923 1222",
	2015: "0219 0620 0820 0927 1021 0405 0321 0622 0923 1222",
	2016: "0208 0609 0809 0915 1009 0404 0320 0621 0922 1221",
	2017: "0128 0530 0828 1004 1028 0404 0320 0621 0923 1222",
	2018: "0216 0618 0817 0924 1017 0405 0321 0621 0923 1222",
	2019: "0205 0607 0807 0913 1007 0405 0321 0621 0923 1222",
	2020: "0125 0625 0825 1001 1025 0404 0320 0621 0922 1221",
	2021: "0212 0614 0814 0921 1014 0404 0320 0621 0923 1221",
	2022: "0201 0603 0804 0910 1004 0405 0320 0621 0923 1222",
	2023: "0122 0622 0822 0929 1023 0405 0321 0621 0923 1222",
	2024: "0210 0610 0810 0917 1011 0404 0320 0621 0922 1221",
	2025: "0129 0531 0829 1006 1029 0404 0320 0621 0923 1221",
	2026: "0217 0619 0819 0925 1018 0405 0320 0621 0923 1222",
	2027: "0206 0609 0808 0915 1008 0405 0321 0621 0923 1222",
	2028: "0126 0528 0826 1003 1026 0404 0320 0621 0922 1221",
	2029: "0213 0616 0816 0922 1016 0404 0320 0621 0923 1221",
	2030: "0203 0605 0805 0912 1005 0405 0320 0621 0923 1222",
	2031: "0123 0624 0824 1001 1024 0405 0321 0621 0923 1222",
	2032: "0211 0612 0812 0919 1012 0404 0320 0621 0922 1221",
	2033: "0131 0601 0801 0908 1001 0404 0320 0621 0923 1221",
	2034: "0219 0620 0820 0927 1020 0405 0320 0621 0923 1222",
	2035: "0208 0610 0810 0916 1009 0405 0321 0621 0923 1222",
	2036: "0128 0530 0828 1004 1027 0404 0320 0621 0922 1221",
	2037: "0215 0618 0817 0924 1017 0404 0320 0621 0923 1221",
	2038: "0204 0607 0807 0913 1007 0405 0320 0621 0923 1222",
	2039: "0124 0527 0826 1002 1026 0405 0321 0621 0923 1222",
	2040: "0212 0614 0814 0920 1014 0404 0320 0621 0922 1221",
}

// holidayDate is the day of h in year y; ok is false when the table does
// not know the year.
func holidayDate(h holiday, y int) (time.Time, bool) {
	switch {
	case h.col > 0:
		row, ok := lunarDays[y]
		i := 5 * (h.col - 1)
		if !ok || len(row) < i+4 {
			return time.Time{}, false
		}
		m, _ := strconv.Atoi(row[i : i+2])
		d, _ := strconv.Atoi(row[i+2 : i+4])
		return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, h.offset), true
	case h.nth > 0:
		first := time.Date(y, time.Month(h.month), 1, 0, 0, 0, 0, time.UTC)
		return first.AddDate(0, 0, (int(h.weekday)-int(first.Weekday())+7)%7+7*(h.nth-1)), true
	}
	return time.Date(y, time.Month(h.month), h.day, 0, 0, 0, 0, time.UTC), true
}

// holidayDays finds holidays (国庆节, 2023年春节, 去年中秋节). A holiday
// is a date of the year written before it (2023年春节), or of a year
// counted from the document's (去年春节 in a 2024 summary is 2023's).
// Without a year, it is a date only when the reference date is known to
// the day: then it is the holiday's next day on or after it, as the peers
// resolve it (春节 on 2013-02-12 is 2014-01-31). In a summary, whose year
// alone is known, 春节期间 may be the festival of the year covered or of
// the next: no date.
func (s *scan) holidayDays() {
	text := s.text
	for _, m := range findAllIndex(holidayRe, text) {
		start, end := m[0], m[1]
		name := text[start:end]
		h := holidays[name]
		if !s.free(start, end) || inTitle(text, start) {
			continue
		}
		if r := firstRuneOf(text[end:]); end < len(text) && strings.ContainsRune("路街巷村镇乡园桥门楼店厂港站湾", r) {
			continue // 国庆路, 中秋桥: a place
		}
		lo := start - 30
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo--
		}
		if lo < 0 {
			lo = 0
		}
		year := 0
		if y := holidayYearRe.FindStringSubmatchIndex(text[lo:start]); y != nil && s.free(lo+y[0], start) && s.numberStart(lo+y[0]) {
			switch w, rel := group(text[lo:], y, 1), group(text[lo:], y, 2); {
			case w != "":
				v, ok := readYear(w)
				if isMask(w) || !ok || isSpanOfTwo(w) {
					continue
				}
				year = fullYear(w, v, s.year)
			case s.year > 0:
				year = s.relYear() + relativeYears[rel]
			default:
				continue
			}
			start = lo + y[0]
		}
		var d time.Time
		switch ok := false; {
		case year > 0:
			if d, ok = holidayDate(h, year); !ok {
				continue
			}
		case h.needYear || !s.fullRef():
			continue
		default:
			ref := time.Date(s.ref.Year, time.Month(s.ref.Month), s.ref.Day, 0, 0, 0, 0, time.UTC)
			if d, ok = holidayDate(h, s.ref.Year); !ok {
				continue
			}
			if d.Before(ref) {
				if d, ok = holidayDate(h, s.ref.Year+1); !ok {
					continue
				}
			}
		}
		s.add(Fact{Kind: KindDate, Start: start, End: end, Rule: "date/holiday", Label: text[start:end], Date: d.Format("2006-01-02")})
	}
}

// yearOf resolves the year of a date written with one: y as written
// (2024, 二〇二三, 98 — masked when it has placeholders: XX, 20XX), else the
// relative year rel (今年, 去年 …) against the document's year ("" when
// that is unknown). ok is false when y is not a year.
func (s *scan) yearOf(y, rel string) (year string, masked, ok bool) {
	switch {
	case y != "" && maskedYear(y):
		return "", true, true
	case y != "":
		v, ok := readYear(y)
		if !ok {
			return "", false, false
		}
		return yearString(fullYear(y, v, s.year)), false, true
	case rel != "" && s.year > 0:
		return yearString(s.relYear() + relativeYears[rel]), false, true
	}
	return "", false, true
}

// relYear returns the year 今年 names in the text: the year it was written
// in when that is the year after the one it covers (a presidium's report to
// the January sitting: 去年2月 is in the year reviewed), else the
// document's.
func (s *scan) relYear() int {
	if s.ref.Spoken > 0 {
		return s.ref.Spoken
	}
	return s.year
}

// maskedYear reports whether a year is written with placeholders, wholly
// or in part: XX年, 20XX年, 201X年.
func maskedYear(y string) bool {
	return strings.ContainsAny(y, "xX×＊*Ｘｘ&")
}
