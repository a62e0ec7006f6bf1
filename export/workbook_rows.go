package export

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/zongjie/zongjie/extract"
)

// masked is what a hidden figure (XX, ××, **) shows as.
const masked = "（隐去）"

var docCols = []colSpec{
	{head: "来源文件", max: 40}, {head: "篇"}, {head: "标题", max: 40, wrap: true}, {head: "乡镇"},
	{head: "年份"}, {head: "机关"}, {head: "落款日期"}, {head: "字数"}, {head: "事实数"},
	{head: "警告", max: 50, wrap: true},
}

var factCols = []colSpec{
	{head: "来源文件", max: 30}, {head: "篇"}, {head: "行"}, {head: "乡镇"}, {head: "年份"},
	{head: "类别"}, {head: "指标", max: 18}, {head: "标签", max: 24, wrap: true}, {head: "数值", max: 18},
	{head: "单位"}, {head: "限定"}, {head: "隐去"}, {head: "原文", max: 60, wrap: true},
	{head: "摘录", max: 30, wrap: true},
}

var eventCols = []colSpec{
	{head: "日期", max: 20}, {head: "届次"}, {head: "事项", max: 50, wrap: true}, {head: "乡镇"},
	{head: "年份"}, {head: "来源文件", max: 30}, {head: "篇"}, {head: "行"},
	{head: "原文", max: 60, wrap: true},
}

// kindNames are the Chinese names of fact kinds.
var kindNames = map[string]string{
	extract.KindCount: "计数", extract.KindRate: "比率", extract.KindMoney: "金额",
	extract.KindArea: "面积", extract.KindDate: "日期", extract.KindSession: "会次",
	extract.KindQuantity: "数量",
}

// qualifierNames are the Chinese forms of qualifiers, as shown beside a
// value: 约800, 800多, 800以上, 不足800.
var qualifierNames = map[string]string{
	extract.Exact: "", extract.About: "约", extract.Over: "多",
	extract.AtLeast: "以上", extract.Under: "不足",
}

// datePartNames are the parts of a month (四月底 → 下旬).
var datePartNames = map[string]string{"early": "上旬", "mid": "中旬", "late": "下旬"}

func kindName(k string) string {
	if n, ok := kindNames[k]; ok {
		return n
	}
	return k
}

func metricName(id string) string {
	if m, ok := extract.MetricByID(id); ok {
		return m.Name
	}
	return id
}

// text returns s as a text cell. Cells are never formulas: a value that
// begins with =, +, - or @ is stored as a string like any other.
func (w *Workbook) text(s string) excelize.Cell {
	s = clean(s)
	if s == "" {
		return excelize.Cell{StyleID: w.st.text}
	}
	return excelize.Cell{StyleID: w.st.text, Value: s}
}

func (w *Workbook) wrapped(s string) excelize.Cell {
	c := w.text(s)
	c.StyleID = w.st.wrap
	return c
}

func (w *Workbook) integer(n int) excelize.Cell {
	return excelize.Cell{StyleID: w.st.int, Value: n}
}

func (w *Workbook) optInt(p *int) excelize.Cell {
	if p == nil {
		return excelize.Cell{StyleID: w.st.int}
	}
	return w.integer(*p)
}

// clean drops control characters that XML 1.0 cannot hold and caps the
// length at what a cell takes.
func clean(s string) string {
	ok := true
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0xFFFE || r == 0xFFFF || r == utf8.RuneError {
			ok = false
			break
		}
	}
	if !ok {
		s = strings.Map(func(r rune) rune {
			if r < 0x20 && r != '\n' && r != '\t' || r == 0xFFFE || r == 0xFFFF || r == utf8.RuneError {
				return -1
			}
			return r
		}, s)
	}
	const limit = 32767
	if utf8.RuneCountInString(s) > limit {
		s = string([]rune(s)[:limit-1]) + "…"
	}
	return s
}

func (w *Workbook) docRow(d *DocRecord) []excelize.Cell {
	return []excelize.Cell{
		w.text(d.Source), w.integer(d.Part), w.wrapped(d.Title), w.text(str(d.Township)),
		w.optInt(d.Year), w.text(d.Organ), w.dateCell(str(d.Date), "", false),
		w.integer(d.Chars), w.integer(len(d.Facts)), w.wrapped(strings.Join(d.Warnings, "；")),
	}
}

// factRow appends the 事实 row of a fact to dst[:0].
func (w *Workbook) factRow(dst []excelize.Cell, d *DocRecord, fr *FactRecord) []excelize.Cell {
	isMasked := ""
	if fr.Masked {
		isMasked = "是"
	}
	metric := ""
	if fr.Metric != "" {
		metric = metricName(fr.Metric)
	}
	sentence := fr.Sentence
	if sentence == "" {
		sentence = fr.Text
	}
	return append(dst[:0],
		w.text(d.Source), w.integer(d.Part), w.integer(fr.Line), w.text(str(d.Township)),
		w.optInt(d.Year), w.text(kindName(fr.Kind)), w.text(metric), w.wrapped(w.label(fr)),
		w.factValue(fr), w.text(fr.Unit), w.text(qualifierNames[fr.Qualifier]), w.text(isMasked),
		w.wrapped(sentence), w.wrapped(fr.Text),
	)
}

// label is what a fact counts, as written; for a session, its term and
// sitting when the text names no label.
func (w *Workbook) label(fr *FactRecord) string {
	if fr.Label != "" || fr.Kind != extract.KindSession {
		return fr.Label
	}
	return sessionName(fr)
}

// sessionName is 第2届第5次 for a session fact.
func sessionName(fr *FactRecord) string {
	var b strings.Builder
	if fr.Term != nil {
		b.WriteString("第" + strconv.Itoa(*fr.Term) + "届")
	}
	if v, ok := number(fr.Value); ok {
		b.WriteString("第" + formatNumber(v) + "次")
	}
	return b.String()
}

// factValue is the 数值 cell of a fact: a number in the format of its kind
// (rates as fractions shown as percentages), a date, a range as text, or
// （隐去） for a masked figure.
func (w *Workbook) factValue(fr *FactRecord) excelize.Cell {
	if fr.Kind == extract.KindDate {
		s, _ := fr.Value.(string)
		return w.dateCell(s, fr.Part, fr.Masked)
	}
	v, ok := number(fr.Value)
	if !ok {
		switch {
		case fr.Min != nil && fr.Max != nil:
			unit := ""
			if fr.Kind == extract.KindRate {
				unit = "%"
			}
			return w.text(formatNumber(*fr.Min) + unit + "～" + formatNumber(*fr.Max) + unit)
		case fr.Masked:
			return w.text(masked)
		case fr.Value != nil:
			if s, ok := fr.Value.(string); ok {
				return w.text(s)
			}
		}
		return excelize.Cell{StyleID: w.st.text}
	}
	return w.numberCell(fr.Kind, v, "")
}

// numberCell formats v for a fact of the given kind; a qualifier other than
// exact is shown beside the number by the number format (800 shows 800多).
func (w *Workbook) numberCell(kind string, v float64, qualifier string) excelize.Cell {
	whole := v == math.Trunc(v)
	var style int
	base := ""
	switch {
	case kind == extract.KindRate:
		v /= 100
		style, base = w.st.pct, "0%"
		if !whole {
			style, base = w.st.pct1, "0.0%"
		}
	case kind == extract.KindMoney:
		style, base = w.st.money, "#,##0"
		if !whole {
			style, base = -1, "#,##0.00"
		}
	case whole && (kind == extract.KindCount || kind == extract.KindSession):
		style, base = w.st.int, "0"
	default:
		style, base = w.st.num, "General"
	}
	if q := qualifierNames[qualifier]; q != "" {
		switch qualifier {
		case extract.About, extract.Under:
			base = `"` + q + `"` + base
		default:
			base = base + `"` + q + `"`
		}
		style = -1
	}
	if style < 0 {
		id, err := w.st.format(base)
		if err != nil {
			id = w.st.num
		}
		style = id
	}
	return excelize.Cell{StyleID: style, Value: v}
}

// number reads a fact value as a number: float64 from JSON, or any Go
// number from an in-memory record.
func number(v any) (float64, bool) {
	switch n := v.(type) {
	case float64:
		return n, true
	case float32:
		return float64(n), true
	case int:
		return float64(n), true
	case int64:
		return float64(n), true
	case json.Number:
		f, err := n.Float64()
		return f, err == nil
	}
	return 0, false
}

func formatNumber(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// excelEpoch is day 0 of Excel's 1900 date system (as counted from March
// 1900 on, past the phantom 29 February 1900).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// dateCell shows an ISO date: a complete one as an Excel date in the format
// yyyy"年"m"月"d"日", a partial one (2024-04, 2024, --11-16, --04) as text
// (2024年4月), with the part of the month (上旬, 中旬, 下旬) after it.
func (w *Workbook) dateCell(iso, part string, isMasked bool) excelize.Cell {
	if iso == "" {
		if isMasked {
			return w.text(masked)
		}
		return excelize.Cell{StyleID: w.st.text}
	}
	if t, err := time.Parse("2006-01-02", iso); err == nil && part == "" && t.After(excelEpoch.AddDate(0, 2, 0)) {
		return excelize.Cell{StyleID: w.st.date, Value: float64(t.Sub(excelEpoch).Hours() / 24)}
	}
	return w.text(partialDate(iso, isMasked) + datePartNames[part])
}

// partialDate writes an ISO date the Chinese way: 2024-04 → 2024年4月,
// --11-16 → 11月16日; a masked year shows as ××年.
func partialDate(iso string, isMasked bool) string {
	var year, rest string
	if strings.HasPrefix(iso, "--") {
		rest = iso[2:]
		if isMasked {
			year = "××"
		}
	} else {
		year, rest, _ = strings.Cut(iso, "-")
	}
	var b strings.Builder
	if year != "" {
		b.WriteString(year + "年")
	}
	if rest != "" {
		month, day, _ := strings.Cut(rest, "-")
		m, err := strconv.Atoi(month)
		if err != nil {
			return iso
		}
		b.WriteString(strconv.Itoa(m) + "月")
		if day != "" {
			d, err := strconv.Atoi(day)
			if err != nil {
				return iso
			}
			b.WriteString(strconv.Itoa(d) + "日")
		}
	}
	return b.String()
}

// eventRows returns the 会议 rows of a document: each session, dated when a
// date stands in the same sentence, and each other dated event (dates that
// name at least a month, other than a signature line).
func (w *Workbook) eventRows(d *DocRecord) [][]excelize.Cell {
	facts := d.Facts
	dateOf := map[int]int{} // session index → date index
	used := map[int]bool{}
	for i := range facts {
		if facts[i].Kind != extract.KindSession {
			continue
		}
		best := -1
		for j := range facts {
			fj := &facts[j]
			if fj.Kind != extract.KindDate || used[j] || !sameSentence(&facts[i], fj) {
				continue
			}
			switch {
			case best < 0:
				best = j
			case fj.Start <= facts[i].Start && (facts[best].Start > facts[i].Start || fj.Start > facts[best].Start):
				best = j // the nearest date before the session wins
			}
		}
		if best >= 0 {
			dateOf[i] = best
			used[best] = true
		}
	}
	var rows [][]excelize.Cell
	for i := range facts {
		fr := &facts[i]
		var date excelize.Cell
		var term, what string
		switch fr.Kind {
		case extract.KindSession:
			date = excelize.Cell{StyleID: w.st.text}
			if j, ok := dateOf[i]; ok {
				s, _ := facts[j].Value.(string)
				date = w.dateCell(s, facts[j].Part, facts[j].Masked)
			}
			term = sessionName(fr)
			what = fr.Label
			if what == "" {
				what = fr.Text
			}
		case extract.KindDate:
			s, _ := fr.Value.(string)
			if used[i] || !strings.Contains(s, "-") {
				continue // a session's date, masked out, or a bare year
			}
			sentence := strings.TrimSpace(fr.Sentence)
			if sentence == "" || sentence == strings.TrimSpace(fr.Text) {
				continue // a signature line
			}
			date = w.dateCell(s, fr.Part, fr.Masked)
			what = clause(sentence, fr.Text)
		default:
			continue
		}
		sentence := fr.Sentence
		if sentence == "" {
			sentence = fr.Text
		}
		rows = append(rows, []excelize.Cell{
			date, w.text(term), w.wrapped(what), w.text(str(d.Township)), w.optInt(d.Year),
			w.text(d.Source), w.integer(d.Part), w.integer(fr.Line), w.wrapped(sentence),
		})
	}
	return rows
}

func sameSentence(a, b *FactRecord) bool {
	if a.Sentence != "" || b.Sentence != "" {
		return a.Sentence == b.Sentence
	}
	return a.Line == b.Line
}

// clause returns what happened at a date: the sentence from the start of
// the clause that holds text, at most 60 runes.
func clause(sentence, text string) string {
	from := 0
	if i := strings.Index(sentence, text); i > 0 {
		if j := strings.LastIndexAny(sentence[:i], "，,：:；"); j >= 0 {
			_, n := utf8.DecodeRuneInString(sentence[j:])
			from = j + n
		}
	}
	s := strings.TrimSpace(sentence[from:])
	const limit = 60
	if utf8.RuneCountInString(s) > limit {
		s = string([]rune(s)[:limit]) + "…"
	}
	return s
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
