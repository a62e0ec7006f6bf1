package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/zongjie/zongjie/internal/tablerow"
)

// This file reads the figures of tables. A summary often sums up its work
// in a table: a .docx row reaches us as one line with its cells separated
// by tabs, a text copy separates them with | or ｜ or aligns them with
// runs of spaces:
//
//	全年代表建议办理情况统计如下：
//	类别 | 数量 | 办理情况
//	人代会期间代表建议 | 28件 | 已办结26件
//	合计 | 34件 | 已办结32件，办结率94.1%
//
// A figure in a cell is read from the words of its own cell, then from the
// row's labels (the cells before it that hold no figure), then from the
// column's header; the nearest cue wins, as everywhere (metricFor). A
// figure of a total row (合计, 总计, 小计) that none of these names takes
// the metric of the figures above it in its column, or else the one its
// caption (the line above the table) names. A bare number in a cell (8)
// takes its unit from its row label, its column header or the caption:
// 召开主席团会议（次）, 数量（件）, 单位：件, 次数. Years in a header (2022年,
// 2023) are the columns' names, never counts, and the figures of a year
// other than the document's get no metric; a column or row of 序号, 年份,
// 电话 … holds no counts.

// A table is a run of two or more consecutive lines split into cells the
// same way.
type table struct {
	rows    []tableRow
	header  int    // index in rows of the header row; -1 if none
	caption string // the line before the table, or ""
	planned bool   // the caption sets out a plan
}

// A tableRow is a line of a table: the byte ranges of its cells in the
// text, spaces trimmed (an empty cell is an empty range).
type tableRow struct {
	start, end int
	cells      [][2]int
}

// column returns the column of cell c of a row of n cells in a table of
// ncol columns: a row with fewer cells has merged the cells of its label
// (合计 over two columns), so its figures line up from the right.
func column(c, n, ncol int) int {
	if n < ncol {
		return c + ncol - n
	}
	return c
}

// findTables finds the tables of text: runs of two or more consecutive
// lines that tablerow.Split reads as rows split at the same separator,
// each with no more cells than the first. Single spaces separate no cells
// here: corpus has made the rows of a text set out with single spaces rows
// split at tabs, and what it left is prose. The rule under a Markdown
// header is no row.
func findTables(text string) []table {
	if !strings.ContainsAny(text, "\t|｜") && !strings.Contains(text, "  ") {
		return nil // text is folded: an ideographic space is a space
	}
	var tables []table
	var cur table
	var curKind tablerow.Kind
	prevLine := [2]int{-1, -1} // the line before the current run
	flush := func() {
		if len(cur.rows) >= 2 {
			if prevLine[0] >= 0 {
				cur.caption = strings.TrimSpace(text[prevLine[0]:prevLine[1]])
			}
			tables = append(tables, cur)
		}
		cur, curKind = table{}, tablerow.None
	}
	last := [2]int{-1, -1}
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		row := tablerow.Split(line)
		kind, cells := row.Kind, row.Cells
		if kind == tablerow.Space {
			kind, cells = tablerow.None, nil
		}
		for i := range cells {
			cells[i][0] += start
			cells[i][1] += start
		}
		switch {
		case kind != tablerow.None && len(cur.rows) > 0 && row.Rule:
			// the rule under a Markdown header: no row
		case kind != tablerow.None && kind == curKind && len(cells) <= len(cur.rows[0].cells):
			cur.rows = append(cur.rows, tableRow{start, end, cells})
		case kind != tablerow.None:
			flush()
			prevLine = last
			cur.rows, curKind = []tableRow{{start, end, cells}}, kind
		default:
			flush()
		}
		if strings.TrimSpace(line) != "" {
			last = [2]int{start, end}
		}
		start = end + 1
	}
	flush()
	return tables
}

// totalRowRe is the label of a row that sums up the rows above it.
var totalRowRe = regexp.MustCompile(`^(?:合计|总计|小计|共计|累计|总数|合計|總計|小計|共計|累計|總數|全年合计|全年共计)`)

// noCountRe names a column or row whose numbers are no counts: serial
// numbers, years, dates and times, telephone numbers.
var noCountRe = regexp.MustCompile(`(?:序号|编号|排名|名次|年份|年度|时间|日期|时段|电话|手机|号码|邮编|代码|身份证号|证号|账号|页码)$`)

// tableUnitRe is a unit given in a label: 召开主席团会议（次）, 数量(件),
// （单位：件）, 单位：万元, 办结率（%）. Group 1 is the unit.
var tableUnitRe = regexp.MustCompile(`(?:[（(][ ]*(?:单位[ ]*[：:][ ]*)?|单位[ ]*[：:][ ]*)(人次|户次|万元|亿元|元|%|次|件|条|份|名|人|个|户|项|场|期|轮|处|所|家|起|批|位|篇|封|座)[ ]*(?:[)）]|$|[，,；;。 ])`)

// tableCountWordRe is a unit written as what a column counts: 次数,
// 件数, 人数. Group 1 is the unit.
var tableCountWordRe = regexp.MustCompile(`(次|件|人|个|户|场|项|条)数`)

// tableUnit returns the unit a label gives its bare numbers, or "".
func tableUnit(label string) string {
	if m := tableUnitRe.FindStringSubmatch(label); m != nil {
		return m[1]
	}
	if m := tableCountWordRe.FindStringSubmatch(label); m != nil {
		return m[1]
	}
	return ""
}

// bareNumberRe is a cell that holds a number and nothing else: 8, 1,200,
// 94.1.
var bareNumberRe = regexp.MustCompile(`^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$|^[0-9]+(?:\.[0-9]+)?$`)

// yearCellRe is a cell that names a year: 2022, 2023年, 2023年度.
var yearCellRe = regexp.MustCompile(`^(?:19|20)[0-9]{2}(?:年度?)?$`)

// tables reads the figures of the tables of the text: it gives the counts
// and rates in their cells the metric their row, column, total or caption
// names, and adds a fact for each bare number whose unit a label gives.
func (s *scan) tables() {
	for _, t := range findTables(s.text) {
		s.readTable(&t)
	}
}

// cellFacts returns the indices in s.facts of the figures inside the cell
// c (no dates or sessions), in text order.
func (s *scan) cellFacts(facts []int, c [2]int) []int {
	var in []int
	for _, i := range facts {
		f := &s.facts[i]
		if f.Start >= c[0] && f.End <= c[1] && f.Kind != KindDate && f.Kind != KindSession {
			in = append(in, i)
		}
	}
	return in
}

// figureCell reports whether a cell holds a figure: a fact of its own or a
// bare number other than a year.
func (s *scan) figureCell(facts []int, c [2]int) bool {
	cell := s.text[c[0]:c[1]]
	return len(s.cellFacts(facts, c)) > 0 || bareNumberRe.MatchString(cell) && !yearCellRe.MatchString(cell)
}

func (s *scan) readTable(t *table) {
	from, to := t.rows[0].start, t.rows[len(t.rows)-1].end
	var facts []int // the facts of the table, in the order of s.facts
	for i := range s.facts {
		if f := &s.facts[i]; f.Start >= from && f.End <= to {
			facts = append(facts, i)
		}
	}
	ncol := len(t.rows[0].cells)
	t.header = 0
	for _, c := range t.rows[0].cells {
		if s.figureCell(facts, c) {
			t.header = -1
			break
		}
	}
	heads := make([]string, ncol)
	if t.header == 0 {
		for c, cell := range t.rows[0].cells {
			heads[c] = s.text[cell[0]:cell[1]]
		}
	}
	unitCol := -1 // a column that gives each row's unit: 单位 | 次
	for c, h := range heads {
		if h = strings.TrimSpace(h); h == "单位" || h == "计量单位" {
			unitCol = c
		}
	}
	caption := strings.TrimRight(t.caption, "：:。 ")
	t.planned = captionPlanned(caption)
	captionUnit := tableUnit(t.caption)
	above := make([][]string, ncol) // the metrics of the figures above, by column
	for r := t.header + 1; r < len(t.rows); r++ {
		row := t.rows[r]
		var labels []string // the cells before the current one that hold no figure
		total := false
		rowUnit := "" // the unit of the row's first count
		for c, cell := range row.cells {
			text := s.text[cell[0]:cell[1]]
			col := column(c, len(row.cells), ncol)
			if !s.figureCell(facts, cell) {
				if text != "" {
					if len(labels) == 0 && totalRowRe.MatchString(strings.ReplaceAll(text, " ", "")) {
						total = true
					}
					labels = append(labels, text)
				}
				continue
			}
			rowLabel := strings.Join(labels, " ")
			if len(labels) == 0 || noCountRe.MatchString(heads[col]) || noCountRe.MatchString(labels[0]) {
				continue // a serial number, a year, a telephone number
			}
			cellFacts := s.cellFacts(facts, cell)
			if len(cellFacts) == 0 && bareNumberRe.MatchString(text) {
				unit := ""
				if unitCol >= 0 && unitCol < len(row.cells) && len(row.cells) == ncol {
					u := row.cells[unitCol]
					unit = tableUnit("（" + strings.TrimSpace(s.text[u[0]:u[1]]) + "）")
				}
				if unit == "" {
					unit = tableUnit(rowLabel)
				}
				if unit == "" {
					unit = tableUnit(heads[col])
				}
				if unit == "" {
					unit = captionUnit
				}
				if unit == "" && outcomeHeadRe.MatchString(strings.TrimSpace(heads[col])) {
					// 件数 | 已办结: what became of the things the row counts.
					unit = rowUnit
				}
				if f, ok := bareFigure(text, cell, unit, rowLabel); ok && s.add(f) {
					cellFacts = []int{len(s.facts) - 1}
				}
			}
			for _, i := range cellFacts {
				f := &s.facts[i]
				if rowUnit == "" && f.Kind == KindCount {
					rowUnit = f.Unit
				}
				if f.Kind == KindRate && f.Metric != "" {
					// 建议办结率 | 100% | 95.5%: a rate its line named keeps
					// its metric but in a column of another year or plans
					if t.planned || otherYear(heads[col], s.year) {
						f.Metric, f.Rule = "", f.Kind+"/table"
					}
					continue
				}
				if f.Kind != KindCount && f.Kind != KindRate {
					continue
				}
				s.cellMetric(t, f, cell, rowLabel, heads[col], total, above[col])
				above[col] = append(above[col], f.Metric)
			}
		}
	}
}

// outcomeHeadRe is the header of a column that says what became of the
// things a row counts: 已办结, 已答复, 解决 (not 满意, which counts opinions
// of them).
var outcomeHeadRe = regexp.MustCompile(`^(?:已|已经)?(?:办结|办复|答复|落实|解决|采纳|办理完毕)(?:数|件数)?$`)

// bareFigure makes the fact of the bare number text in the cell at c, in
// the unit a label gave it; false when there is no unit or the number is
// not a figure of that unit (1.5次).
func bareFigure(text string, c [2]int, unit, label string) (Fact, bool) {
	if unit == "" {
		return Fact{}, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(text, ",", ""), 64)
	if err != nil {
		return Fact{}, false
	}
	f := Fact{Kind: unitKind(unit), Unit: unit, Start: c[0], End: c[1], Qualifier: Exact}
	if unit == "万元" || unit == "亿元" {
		f.Kind = KindMoney
	}
	switch f.Kind {
	case KindCount:
		if v != float64(int64(v)) {
			return Fact{}, false
		}
	case KindMoney:
		v *= multiplier(strings.TrimSuffix(unit, "元"))
		f.Unit = "元"
	case KindRate:
	default:
		return Fact{}, false
	}
	f.Value = Float(v)
	f.Rule = f.Kind + "/table"
	f.Label = strings.TrimLeft(lastRunes(label, 10), " ")
	return f, true
}

// captionFigure returns the count of the line above t (its caption) that
// has f's value and unit and a metric, or nil.
func (s *scan) captionFigure(t *table, f *Fact) *Fact {
	end := t.rows[0].start
	start := strings.LastIndexByte(s.text[:max(0, end-1)], '\n') + 1
	for i := range s.facts {
		g := &s.facts[i]
		if g.Start >= start && g.End <= end && g.Kind == KindCount && g.Metric != "" && g.Unit == f.Unit &&
			g.Value != nil && f.Value != nil && *g.Value == *f.Value {
			return g
		}
	}
	return nil
}

// cellMetric gives f, a count or rate in the cell c of a table, the metric
// its cell, row label and column header name; for a total row, else that
// of the figures above it in its column (above), else that of the
// caption.
func (s *scan) cellMetric(t *table, f *Fact, c [2]int, rowLabel, head string, total bool, above []string) {
	if s.inPlan(f.Start) || t.planned || otherYear(head, s.year) {
		// A table of plans, or a column of another year than the
		// document's (项目 | 2022年 | 2023年 in a summary of 2023): not
		// what was done in the period.
		f.Metric, f.Rule = "", f.Kind+"/table"
		return
	}
	// A cell is read with its row's labels and its column's header before
	// its own words: the nearest cue names it.
	words := strings.TrimSpace(rowLabel + " " + head)
	metric, cue := cellReading(s.text, words, c, f)
	rule := "metric/" + metric + "/table"
	if metric == "" && total {
		if m, ok := sameMetric(above); ok && ruleUnitFits(m, f.Unit) {
			metric, cue, rule = m, strings.TrimSpace(rowLabel), "metric/"+m+"/table-total"
		} else if t.caption != "" && !containsAny(head, partialHeads) {
			metric, cue = cellReading(s.text, strings.TrimRight(t.caption, "：:。 ")+" "+head, c, f)
			rule = "metric/" + metric + "/table-caption"
			if metric == "" {
				// 共收到代表建议24件，各类建议分布如下： … 合计 | 24: the
				// total restates a figure of its caption
				if g := s.captionFigure(t, f); g != nil {
					metric, cue, rule = g.Metric, g.Label, "metric/"+g.Metric+"/table-caption"
				}
			}
		}
	}
	if metric != "" {
		// 镇纪委工作统计 | 监督检查（次） | 12: another body's table.
		own := s.ownMetric(metric, cue, simplify(t.caption+"，"+rowLabel), "")
		if own != "" && own != metric {
			rule = strings.Replace(rule, "metric/"+metric, "metric/"+own, 1)
		}
		metric = own
	}
	if metric == "" {
		f.Metric, f.Rule = "", f.Kind+"/table"
		if rowLabel != "" {
			f.Label = lastRunes(rowLabel, 10)
		}
		return
	}
	f.Metric, f.Label, f.Rule = metric, cue, rule
}

// partialHeads name a column of what is still open or otherwise apart
// from what the caption counts (正在办理, 未办结, 不满意): its total is not
// the caption's metric.
var partialHeads = []string{"正在", "办理中", "在办", "未", "尚未", "待", "剩余", "其余", "余下", "不满意", "基本满意"}

// outcomeWords start a cell that tells what became of some of its row's
// things (已反馈209条; 已召开8次 and 其中新建2个 are the row's own).
var outcomeWords = []string{"已反馈", "已答复", "已回复", "已办结", "已办复", "已办理", "已解决", "已落实", "已整改", "已化解", "已转交", "已交办"}

// cellReading reads the metric of f in the cell c of text as if the words
// before the cell were words, then the figure's own cell.
func cellReading(text, words string, c [2]int, f *Fact) (metric, cue string) {
	var b strings.Builder
	b.WriteString(words)
	if hasPrefixAny(strings.TrimSpace(text[c[0]:f.Start]), outcomeWords) {
		// 收集群众意见建议 | 215条 | 已反馈209条: a cell that says what became
		// of some of the row's things is a clause of its own, as in prose
		b.WriteString("，")
	} else {
		b.WriteString(" ")
	}
	base := b.Len() - c[0]
	b.WriteString(text[c[0]:c[1]])
	metric, cue, _ = metricFor(b.String(), base+f.Start, base+f.End, f.Unit)
	return metric, cue
}

// captionPlanned reports whether the caption of a table sets out plans
// (明年计划召开会议如下, 下一步工作打算). 将 before what is set out below is
// 把 (现将全年工作统计如下), no plan.
func captionPlanned(c string) bool {
	if c == "" {
		return false
	}
	if strings.Contains(c, "如下") {
		c = strings.ReplaceAll(c, "将", "")
	}
	return planHeadingRe.MatchString(c) || planned(c, len(c))
}

// otherYear reports whether a column header names a year (2022, 2022年,
// 2022年度) other than year, the document's; false when year is unknown.
func otherYear(head string, year int) bool {
	if year == 0 || !yearCellRe.MatchString(head) {
		return false
	}
	y, _ := strconv.Atoi(head[:4])
	return y != year
}

// sameMetric returns the one metric the figures above a total share,
// ignoring those with none; false when they have none or several.
func sameMetric(above []string) (string, bool) {
	m := ""
	for _, a := range above {
		switch {
		case a == "":
		case m == "":
			m = a
		case a != m:
			return "", false
		}
	}
	return m, m != ""
}
