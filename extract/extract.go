package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/segment"
)

const (
	numPat    = `[0-9]+(?:\.[0-9]+)?|[零〇○一二两三四五六七八九十百千万廿]+`
	maskPat   = `[xX×*]+`
	qualPre   = `(近|约|大约|将近|接近|超过|逾|不少于|至少|不到|不足)?`
	classPat  = `人次|次|件|条|份|名|人|个|户|项|座|所|场|期|批|家|篇|位|天`
	qualPost  = `(多|余|来)?`
	qualAfter = `(左右|上下|以上|以下)?`
)

var (
	countRe   = regexp.MustCompile(qualPre + `(` + numPat + `|` + maskPat + `)\s*` + qualPost + `\s*(` + classPat + `)` + qualAfter)
	rateRe    = regexp.MustCompile(qualPre + `(?:百分之(` + numPat + `)|(` + `[0-9]+(?:\.[0-9]+)?|` + maskPat + `)\s*%)` + qualAfter)
	moneyRe   = regexp.MustCompile(qualPre + `(` + `[0-9]+(?:\.[0-9]+)?|` + `[零〇一二两三四五六七八九十百千]+|` + maskPat + `)\s*` + qualPost + `\s*(万|亿)?元` + qualAfter)
	sessionRe = regexp.MustCompile(`(?:第?([一二三四五六七八九十\d]+)届)?(?:镇|乡)?(?:人大|人代会|人民代表大会)(?:第?([一二三四五六七八九十\d]+)次)会议`)
	dateRe    = regexp.MustCompile(`((?:19|20)[0-9]{2}|今年|本年|去年|` + maskPat + `)?\s*年?\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3}|` + maskPat + `)\s*月(?:份)?\s*(?:([0-9]{1,2}|[一二三四五六七八九十]{1,3}|` + maskPat + `)\s*[日号])?(底|初|上旬|中旬|下旬)?`)
	yearOnly  = regexp.MustCompile(`((?:19|20)[0-9]{2}|` + `[xX×]{2,4})年`)
)

// Extract finds the facts of doc. toks are the words of doc.Text; rules use
// them to check that a figure does not start or end inside a word.
func Extract(doc *corpus.Document, toks []segment.Token) []Fact {
	text := doc.Text
	var facts []Fact
	taken := make([]bool, len(text)+1)
	add := func(f Fact) {
		for i := f.Start; i < f.End; i++ {
			if taken[i] {
				return
			}
		}
		for i := f.Start; i < f.End; i++ {
			taken[i] = true
		}
		f.Text = text[f.Start:f.End]
		facts = append(facts, f)
	}
	for _, m := range sessionRe.FindAllStringSubmatchIndex(text, -1) {
		f := Fact{Kind: KindSession, Start: m[0], End: m[1], Qualifier: Exact, Rule: "session"}
		if m[2] >= 0 {
			if v, ok := ParseChinese(text[m[2]:m[3]]); ok {
				t := int(v)
				f.Term = &t
			}
		}
		if v, ok := ParseChinese(text[m[4]:m[5]]); ok {
			f.Value = Float(v)
		}
		f.Label = text[m[0]:m[1]]
		add(f)
	}
	for _, m := range rateRe.FindAllStringSubmatchIndex(text, -1) {
		f := Fact{Kind: KindRate, Unit: "%", Start: m[0], End: m[1], Qualifier: qualifier(text, m[2], m[3], -1, -1, m[8], m[9]), Rule: "rate"}
		num := group(text, m, 2)
		if num == "" {
			num = group(text, m, 3)
		}
		setValue(&f, num)
		f.Metric, f.Label = rateMetric(text[:m[0]])
		add(f)
	}
	for _, m := range moneyRe.FindAllStringSubmatchIndex(text, -1) {
		f := Fact{Kind: KindMoney, Unit: "元", Start: m[0], End: m[1], Qualifier: qualifier(text, m[2], m[3], m[6], m[7], m[10], m[11]), Rule: "money"}
		setValue(&f, group(text, m, 2))
		if f.Value != nil {
			switch group(text, m, 4) {
			case "万":
				*f.Value *= 1e4
			case "亿":
				*f.Value *= 1e8
			}
		}
		add(f)
	}
	for _, m := range dateRe.FindAllStringSubmatchIndex(text, -1) {
		if f, ok := dateFact(doc, text, m); ok {
			add(f)
		}
	}
	for _, m := range yearOnly.FindAllStringSubmatchIndex(text, -1) {
		if next := text[m[1]:]; strings.HasPrefix(next, "度") {
			continue
		}
		y := group(text, m, 1)
		f := Fact{Kind: KindDate, Start: m[0], End: m[1], Qualifier: Exact, Rule: "date/year"}
		if isMask(y) {
			f.Masked = true
		} else {
			f.Date = y
		}
		add(f)
	}
	for _, m := range countRe.FindAllStringSubmatchIndex(text, -1) {
		if strings.HasSuffix(text[:m[0]], "第") {
			continue
		}
		f := Fact{Kind: KindCount, Start: m[0], End: m[1], Unit: group(text, m, 4), Qualifier: qualifier(text, m[2], m[3], m[6], m[7], m[10], m[11]), Rule: "count/classifier"}
		setValue(&f, group(text, m, 2))
		if f.Value == nil && !f.Masked {
			continue
		}
		f.Metric, f.Label = countMetric(text, m[0], m[1], f.Unit)
		if f.Metric != "" {
			f.Rule = "metric/" + f.Metric
		}
		add(f)
	}
	sort.SliceStable(facts, func(i, j int) bool { return facts[i].Start < facts[j].Start })
	return facts
}

func group(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

func isMask(s string) bool {
	return s != "" && strings.Trim(s, "xX×*") == ""
}

func setValue(f *Fact, num string) {
	if isMask(num) {
		f.Masked = true
		return
	}
	if v, ok := ParseChinese(num); ok {
		f.Value = Float(v)
	}
}

// qualifier reads the qualifier words around a figure, given the byte ranges
// of the matched words before the number, right after it and after the unit.
func qualifier(text string, preS, preE, postS, postE, afterS, afterE int) string {
	word := func(s, e int) string {
		if s < 0 {
			return ""
		}
		return text[s:e]
	}
	switch word(preS, preE) {
	case "近", "约", "大约", "将近", "接近":
		return About
	case "超过", "逾":
		return Over
	case "不少于", "至少":
		return AtLeast
	case "不到", "不足":
		return Under
	}
	switch word(postS, postE) {
	case "多", "余", "来":
		return Over
	}
	switch word(afterS, afterE) {
	case "左右", "上下":
		return About
	case "以上":
		return AtLeast
	case "以下":
		return Under
	}
	return Exact
}

func rateMetric(before string) (metric, label string) {
	w := lastRunes(clause(before), 12)
	switch {
	case strings.Contains(w, "办结率"):
		return "completion_rate", "办结率"
	case strings.Contains(w, "满意率"):
		return "satisfaction_rate", "满意率"
	}
	return "", strings.TrimLeft(lastRunes(clause(before), 10), "，。、；：")
}

// clause returns the text of the clause that ends at the end of s: from the
// last sentence or clause break.
func clause(s string) string {
	i := strings.LastIndexAny(s, "。；！？\n，")
	if i < 0 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[i+n:]
}

func lastRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[len(r)-n:]
	}
	return string(r)
}

func dateFact(doc *corpus.Document, text string, m []int) (Fact, bool) {
	y, mo, d, part := group(text, m, 1), group(text, m, 2), group(text, m, 3), group(text, m, 4)
	f := Fact{Kind: KindDate, Start: m[0], End: m[1], Qualifier: Exact, Rule: "date"}
	// A year must be written with 年 to belong to the date.
	if y != "" && !strings.Contains(text[m[2]:m[4]], "年") && y != "今年" && y != "本年" && y != "去年" {
		return f, false
	}
	switch part {
	case "初", "上旬":
		f.DatePart = "early"
	case "中旬":
		f.DatePart = "mid"
	case "底", "下旬":
		f.DatePart = "late"
	}
	year := ""
	switch {
	case y == "今年" || y == "本年" || y == "":
		if doc.Year > 0 {
			year = strconv.Itoa(doc.Year)
		}
	case y == "去年":
		if doc.Year > 0 {
			year = strconv.Itoa(doc.Year - 1)
		}
	case isMask(y):
		f.Masked = true
	default:
		year = y
	}
	month := ""
	if isMask(mo) {
		f.Masked = true
	} else if v, ok := ParseChinese(mo); ok && v >= 1 && v <= 12 {
		month = twoDigits(int(v))
	} else {
		return f, false
	}
	day := ""
	if d != "" {
		if isMask(d) {
			f.Masked = true
		} else if v, ok := ParseChinese(d); ok && v >= 1 && v <= 31 {
			day = twoDigits(int(v))
		} else {
			return f, false
		}
	}
	if month == "" {
		return f, true // masked month: value unknown
	}
	switch {
	case year != "" && day != "":
		f.Date = year + "-" + month + "-" + day
	case year != "":
		f.Date = year + "-" + month
	case day != "":
		f.Date = "--" + month + "-" + day
	default:
		f.Date = "--" + month
	}
	return f, true
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
