package export

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/zongjie/zongjie/extract"
)

// docSummary is what the 对比 sheet keeps of a document.
type docSummary struct {
	township, title, source string
	year                    *int
	part                    int
	factPart                int // the 事实 sheet of its first fact: 0 for 事实, 1 for 事实2 …
	firstFact               int // the row of its first fact on that sheet; 0 if none
	// the metrics with a value or masked, in the order of extract.Metrics
	// (most documents report few of them)
	values []metricValue
}

// metricValue is the document-level value of metric extract.Metrics[k].
type metricValue struct {
	k int
	extract.DocValue
}

// value returns the document-level value of metric extract.Metrics[k].
func (s *docSummary) value(k int) extract.DocValue {
	for _, v := range s.values {
		if v.k == k {
			return v.DocValue
		}
	}
	return extract.DocValue{}
}

// summarize keeps what 对比 shows of rec: the document-level value of each
// metric (extract.DocValues). Its first fact is on row firstFact of the
// factPart-th 事实 sheet (from 0).
func summarize(rec *DocRecord, factPart, firstFact int) docSummary {
	s := docSummary{
		township: str(rec.Township), title: rec.Title, source: rec.Source, part: rec.Part,
		factPart: factPart, firstFact: firstFact,
	}
	if rec.Year != nil {
		y := *rec.Year
		s.year = &y
	}
	facts := make([]extract.Fact, 0, len(rec.Facts))
	for i := range rec.Facts {
		fr := &rec.Facts[i]
		if fr.Metric == "" {
			continue
		}
		f := extract.Fact{Kind: fr.Kind, Metric: fr.Metric, Qualifier: fr.Qualifier, Masked: fr.Masked}
		if v, ok := number(fr.Value); ok {
			f.Value = &v
		}
		facts = append(facts, f)
	}
	for k, v := range extract.DocValues(facts) {
		if v.Set || v.Masked {
			s.values = append(s.values, metricValue{k, v})
		}
	}
	return s
}

// chartMetrics are the metrics charted on 对比.
var chartMetrics = []string{"motions", "completion_rate", "satisfaction_rate", "inspections"}

func compareCols() []colSpec {
	cols := []colSpec{{head: "乡镇"}, {head: "年份"}, {head: "标题", max: 36, wrap: true}}
	for _, m := range extract.Metrics {
		cols = append(cols, colSpec{head: m.Name, max: 10, wrap: true})
	}
	return append(cols, colSpec{head: "来源文件", max: 30}, colSpec{head: "图表标签", max: 24})
}

// chartLabel names a document on the chart axis: 拐河镇 2024.
func chartLabel(s *docSummary) string {
	t := s.township
	if t == "" {
		t = "（乡镇不详）"
	}
	if s.year != nil {
		t += " " + strconv.Itoa(*s.year)
	}
	return t
}

// writeCompare writes the rows of 对比 (and of its continuation sheets) and
// its charts. It leaves the sheets open: finish flushes them.
func (w *Workbook) writeCompare() error {
	cols := compareCols()
	q, err := w.newSheetSeq(sheetCompare, sheetDocs, cols, true)
	if err != nil {
		return err
	}
	w.compare = q
	var links [][]compareLink // the title links of each 对比 sheet
	err = w.sums.sorted(func(s *docSummary) error {
		row := []excelize.Cell{w.text(s.township), w.optInt(s.year), w.wrapped(s.title)}
		// a sheet holds at most excelize.TotalSheetHyperlinks links: past
		// them, a title is plain text, not a link that goes nowhere
		next := q.nextPart()
		linked := s.firstFact > 0 && (next >= len(links) || len(links[next]) < excelize.TotalSheetHyperlinks)
		if linked {
			row[2].StyleID = w.st.link
		}
		for k, m := range extract.Metrics {
			mv := s.value(k)
			switch {
			case mv.Set:
				row = append(row, w.numberCell(m.Kind, mv.Value, mv.Qualifier))
			case mv.Masked:
				row = append(row, w.text(masked))
			default:
				row = append(row, excelize.Cell{StyleID: w.st.num})
			}
		}
		src := s.source
		if s.part > 0 {
			src += "#" + strconv.Itoa(s.part)
		}
		row = append(row, w.text(src), w.text(chartLabel(s)))
		part, r, err := q.add(row)
		if err != nil {
			return err
		}
		for len(links) <= part {
			links = append(links, nil)
		}
		if linked {
			links[part] = append(links[part], compareLink{row: int32(r), factPart: int32(s.factPart), firstFact: int32(s.firstFact)})
		}
		return nil
	})
	if err != nil {
		return err
	}
	for part, l := range links {
		if err := w.setLinks(partName(sheetCompare, part+1), l); err != nil {
			return err
		}
	}
	if w.sums.len() > 0 && len(q.parts) == 1 {
		// A table too long for one sheet has no charts: they would not
		// fit below it, nor be of use.
		if err := w.addCharts(q.parts[0], q.limit); err != nil {
			return err
		}
	}
	return nil
}

// addCharts adds a bar chart per key metric, by document (township and
// year), below the table, two abreast, so they print with it; a chart that
// would reach past row limit is left out. Charts must be added before the
// stream is flushed, or excelize drops them.
func (w *Workbook) addCharts(ss *sheetStream, limit int) error {
	if err := ss.begin(); err != nil {
		return err
	}
	n := w.sums.len()
	last := n + 1
	labelCol, _ := excelize.ColumnNumberToName(len(ss.cols))
	const chartWidth = 520 // pixels
	height := 90 + 24*n
	height = max(height, 280)
	height = min(height, 1600)
	// The second column of charts starts at the first column past the
	// width of one chart (a character is about 7.5 pixels).
	second, x := 1, 0.0
	for second <= len(ss.widths) && x < chartWidth+20 {
		x += ss.widths[second-1]*7.5 + 5
		second++
	}
	font := excelize.Font{Family: fontName, Size: 10, Color: "404040"}
	zero, one := 0.0, 1.0
	for i, id := range chartMetrics {
		k := extract.MetricIndex(id)
		if k < 0 {
			continue
		}
		m := extract.Metrics[k]
		col, _ := excelize.ColumnNumberToName(4 + k)
		ref := func(c string) string {
			return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", sheetCompare, c, 2, c, last)
		}
		chart := &excelize.Chart{
			Type: excelize.Bar,
			Series: []excelize.ChartSeries{{
				Name:       fmt.Sprintf("'%s'!$%s$1", sheetCompare, col),
				Categories: ref(labelCol),
				Values:     ref(col),
			}},
			Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: m.Name, Font: &excelize.Font{Family: fontName, Size: 12, Bold: true}}}},
			Legend:     excelize.ChartLegend{Position: "none"},
			Dimension:  excelize.ChartDimension{Width: chartWidth, Height: uint(height)},
			VaryColors: boolPtr(false),
			XAxis:      excelize.ChartAxis{Font: font, ReverseOrder: true},
			YAxis:      excelize.ChartAxis{Font: font, MajorGridLines: true, Minimum: &zero},
			PlotArea:   excelize.ChartPlotArea{ShowVal: true},
		}
		if m.Kind == extract.KindRate {
			chart.YAxis.NumFmt = excelize.ChartNumFmt{CustomNumFmt: "0%"}
			chart.YAxis.Maximum = &one
		}
		col = "A"
		if i%2 == 1 {
			col, _ = excelize.ColumnNumberToName(second)
		}
		// Rows are 15 to 20 pixels high, depending on the application and
		// font: leave room for the taller count.
		row := last + 2 + (i/2)*(height/15+2)
		if row+height/15 > limit {
			continue
		}
		if err := w.f.AddChart(sheetCompare, fmt.Sprintf("%s%d", col, row), chart); err != nil {
			return fmt.Errorf("chart %s: %w", m.Name, err)
		}
	}
	return nil
}

func (w *Workbook) writeAbout(info RunInfo) error {
	cols := []colSpec{{head: "指标"}, {head: "中文名"}, {head: "类别"}, {head: "文档级取值", max: 24, wrap: true}, {head: "说明", max: 60, wrap: true}}
	ss, err := newSheetStream(w.f, w.st, &w.rows, sheetAbout, cols, false)
	if err != nil {
		return err
	}
	add := func(cells ...excelize.Cell) error { return ss.add(cells) }
	pair := func(k string, v excelize.Cell) error {
		return add(w.text(k), v)
	}
	for _, m := range extract.Metrics {
		rule := "本篇中报告的最大值（总数涵盖分项）"
		if m.Kind == extract.KindRate {
			rule = "本篇中首次报告的值"
		}
		if err := add(w.text(m.ID), w.text(m.Name), w.text(kindName(m.Kind)), w.wrapped(rule), w.wrapped(m.Desc)); err != nil {
			return err
		}
	}
	compareNote := "每篇文档一行，按乡镇（拼音序）和年份排序；每个指标一列，取文档级的值（见上表）。点击标题可跳到该篇在“事实”表中的第一条。表格下方为主要指标（代表议案建议数、办结率、满意率、视察调研检查次数）的条形图。"
	if len(w.facts.parts) > 1 {
		compareNote = strings.Replace(compareNote, "在“事实”表中", "在“事实”表（或其续表）中", 1)
	}
	if len(w.compare.parts) > 1 {
		compareNote = strings.Replace(compareNote, "表格下方为主要指标（代表议案建议数、办结率、满意率、视察调研检查次数）的条形图。", "", 1)
	}
	notes := [][2]string{{"", ""}, {"工作表", ""}}
	for _, t := range []struct {
		q          *sheetSeq
		note, what string
	}{
		{w.compare, compareNote, "篇"},
		{w.docs, "每篇文档一行：来源文件、篇（文件中的第几篇）、标题、乡镇、年份、机关、落款日期、字数、事实数、警告。", "篇"},
		{w.facts, "每个数字一行，可追溯到来源文件、篇、行和所在句子（原文）；摘录为数字本身的原文片段。", "条"},
		{w.events, "人代会会次和有日期的工作事项：日期、届次、事项、乡镇，以及来源文件和行。", "项"},
	} {
		split, more := t.q.splitNotes(t.what)
		notes = append(notes, [2]string{t.q.base, t.note + split})
		notes = append(notes, more...)
	}
	notes = append(notes, [][2]string{
		{"", ""},
		{"数值格式", ""},
		{"比率", "以小数存储、按百分比显示（95％ 存为 0.95，显示 95%）。"},
		{"金额", "单位为元，千位分隔。"},
		{"日期", "完整日期按“yyyy年m月d日”显示；只有年月或月日的日期以文字显示。"},
		{"限定", "约＝约、近、左右；多＝多、余、逾、超过；以上＝以上、不少于、至少；不足＝不到、以下、不足。“对比”表中限定词直接显示在数字旁（如 800多），数值仍为 800。"},
		{"（隐去）", "原文中以 XX、××、** 等隐去的数字。"},
		{"", ""},
		{"本次运行", ""},
	}...)
	blank := excelize.Cell{StyleID: w.st.text}
	for _, n := range notes {
		if err := add(w.text(n[0]), blank, blank, blank, w.wrapped(n[1])); err != nil {
			return err
		}
	}
	if info.Version != "" {
		if err := pair("版本", w.text(info.Version)); err != nil {
			return err
		}
	}
	if !info.Started.IsZero() {
		if err := pair("开始时间", w.text(info.Started.Format("2006-01-02 15:04:05 -0700"))); err != nil {
			return err
		}
	}
	if !info.Finished.IsZero() {
		if err := pair("结束时间", w.text(info.Finished.Format("2006-01-02 15:04:05 -0700"))); err != nil {
			return err
		}
	}
	for _, in := range info.Inputs {
		if err := pair("输入", w.text(in)); err != nil {
			return err
		}
	}
	facts := info.Facts
	if facts == 0 {
		facts = w.nfacts
	}
	docs := info.Docs
	if docs == 0 {
		docs = w.sums.len()
	}
	counts := []struct {
		k string
		v int
	}{{"文件数", info.Files}, {"文档数", docs}, {"事实数", facts}, {"无法读取的文件数", len(info.Errors)}}
	for _, c := range counts {
		if err := pair(c.k, w.integer(c.v)); err != nil {
			return err
		}
	}
	for _, e := range info.Errors {
		if err := pair("无法读取", w.wrapped(e)); err != nil {
			return err
		}
	}
	return ss.finish()
}
