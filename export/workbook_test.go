package export

import (
	"archive/zip"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/zongjie/zongjie/extract"
)

var update = flag.Bool("update", false, "rewrite testdata/workbook.golden")

func sp(s string) *string { return &s }
func ip(i int) *int       { return &i }
func fp(f float64) *float64 {
	return &f
}

// sampleDocs are four documents of two townships, one unknown, with the
// cases the workbook must show: competing values, rates, qualifiers, masks,
// ranges, money, dates, sessions and text that looks like a formula.
func sampleDocs() []DocRecord {
	s1 := "今年我们共收到代表提出的议案、建议共11份，办结率95％。"
	s2 := "一次是在今年四月底召开了正阳关镇第二届人代会第五次会议。"
	s3 := "其次在11月16日我们还开展代表向选民述职活动。"
	return []DocRecord{
		{Source: "2024/正阳关镇.txt", Part: 1, Parts: 1, Title: "正阳关镇人大主席团2024年工作总结",
			Township: sp("正阳关镇"), Year: ip(2024), Organ: "人大主席团", Date: sp("2024-12-21"), Chars: 4210,
			Warnings: []string{}, Facts: []FactRecord{
				{Kind: "count", Metric: "motions", Label: "议案、建议", Value: 11.0, Unit: "份", Qualifier: "exact", Text: "收到代表提出的议案、建议共11份", Sentence: s1, Line: 3},
				{Kind: "rate", Metric: "completion_rate", Label: "办结率", Value: 95.0, Unit: "%", Qualifier: "exact", Text: "办结率95％", Sentence: s1, Line: 3},
				{Kind: "count", Metric: "motions", Label: "建议", Value: 5.0, Unit: "件", Qualifier: "exact", Text: "建议5件", Sentence: "其中建议5件。", Line: 4},
				{Kind: "rate", Metric: "completion_rate", Label: "办结率", Value: 90.0, Unit: "%", Qualifier: "exact", Text: "办结率90％", Sentence: "另一批办结率90％。", Line: 4},
				{Kind: "rate", Metric: "satisfaction_rate", Label: "满意率", Value: 95.5, Unit: "%", Qualifier: "at_least", Text: "满意率95.5％以上", Sentence: "满意率95.5％以上。", Line: 5},
				{Kind: "count", Metric: "voters_contacted", Label: "选民", Value: 800.0, Unit: "人", Qualifier: "over", Text: "联系选民800多人", Sentence: "共联系选民800多人。", Line: 6},
				{Kind: "money", Label: "资金", Value: 2500000.0, Unit: "元", Qualifier: "exact", Text: "250万元", Sentence: "投入资金250万元。", Line: 7},
				{Kind: "date", Value: "2024-04", Part: "late", Unit: "", Qualifier: "exact", Text: "今年四月底", Sentence: s2, Line: 8},
				{Kind: "session", Label: "第二届人代会第五次会议", Value: 5.0, Term: ip(2), Qualifier: "exact", Text: "第二届人代会第五次会议", Sentence: s2, Line: 8, Start: 20},
				{Kind: "date", Value: "2024-11-16", Qualifier: "exact", Text: "11月16日", Sentence: s3, Line: 9},
				{Kind: "count", Metric: "inspections", Label: "视察", Value: 4.0, Unit: "次", Qualifier: "exact", Text: "四次组织人大代表视察", Sentence: "四次组织人大代表视察。", Line: 10},
				{Kind: "count", Label: "=SUM(A1:A9)", Min: fp(3), Max: fp(5), Unit: "名", Qualifier: "exact", Text: "+3-5名", Sentence: "-每个代表联系3-5名选民@", Line: 11},
				{Kind: "date", Value: "2024-12-21", Qualifier: "exact", Text: "2024年12月21日", Sentence: "2024年12月21日", Line: 12},
			}},
		{Source: "2023/拐河镇.txt", Part: 2, Parts: 2, Title: "拐河镇人大主席团2023年工作总结",
			Township: sp("拐河镇"), Year: ip(2023), Organ: "人大主席团", Chars: 2000, Warnings: []string{"隐去的数字 2 处"},
			Facts: []FactRecord{
				{Kind: "count", Metric: "motions", Label: "建议", Value: 13.0, Unit: "件", Qualifier: "exact", Text: "交办建议13件", Sentence: "交办建议13件。", Line: 2},
				{Kind: "rate", Metric: "completion_rate", Label: "办结率", Value: nil, Unit: "%", Qualifier: "exact", Masked: true, Text: "办结率XX%", Sentence: "办结率XX%。", Line: 3},
				{Kind: "count", Metric: "inspections", Label: "视察", Value: 23.0, Unit: "次", Qualifier: "about", Text: "视察活动近23次", Sentence: "开展视察活动近23次。", Line: 4},
				{Kind: "date", Value: "--12-21", Masked: true, Qualifier: "exact", Text: "XX年12月21日", Sentence: "于XX年12月21日召开镇十届人大二次会议。", Line: 5},
				{Kind: "session", Label: "十届人大二次会议", Value: 2.0, Term: ip(10), Qualifier: "exact", Text: "十届人大二次会议", Sentence: "于XX年12月21日召开镇十届人大二次会议。", Line: 5},
			}},
		{Source: "2023/拐河镇.txt", Part: 1, Parts: 2, Title: "拐河镇人大主席团2022年工作总结",
			Township: sp("拐河镇"), Year: ip(2022), Organ: "人大主席团", Chars: 1500, Warnings: []string{},
			Facts: []FactRecord{
				{Kind: "count", Metric: "motions", Label: "建议", Value: 9.0, Unit: "件", Qualifier: "exact", Text: "建议9件", Sentence: "收到建议9件。", Line: 1},
			}},
		{Source: "misc/无名.txt", Part: 1, Parts: 1, Title: "@人大工作总结", Chars: 100, Warnings: []string{}, Facts: []FactRecord{}},
	}
}

var testInfo = RunInfo{
	Version: "test", Started: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), Finished: time.Date(2026, 1, 2, 3, 4, 9, 0, time.UTC),
	Inputs: []string{"docs"}, Files: 3, Docs: 4, Facts: 19, Errors: []string{"docs/坏.docx: not a zip file"},
}

// writeSample writes the sample workbook and returns its path.
func writeSample(tb testing.TB) string {
	tb.Helper()
	w := NewWorkbook()
	defer w.Close()
	for _, d := range sampleDocs() {
		if err := w.Add(d); err != nil {
			tb.Fatal(err)
		}
	}
	path := filepath.Join(tb.TempDir(), "summary.xlsx")
	if err := w.WriteFile(path, testInfo); err != nil {
		tb.Fatal(err)
	}
	return path
}

func open(tb testing.TB, path string) *excelize.File {
	tb.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { f.Close() })
	return f
}

// zipFiles reads the parts of an xlsx.
func zipFiles(tb testing.TB, path string) map[string]string {
	tb.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer zr.Close()
	out := map[string]string{}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			tb.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			tb.Fatal(err)
		}
		out[zf.Name] = string(b)
	}
	return out
}

var sheetOrder = []string{"对比", "文档", "事实", "会议", "说明"}

func TestWorkbookSheetsAndHeaders(t *testing.T) {
	f := open(t, writeSample(t))
	if got := f.GetSheetList(); strings.Join(got, " ") != strings.Join(sheetOrder, " ") {
		t.Fatalf("sheets = %v, want %v", got, sheetOrder)
	}
	if i := f.GetActiveSheetIndex(); i != 0 {
		t.Errorf("active sheet = %d, want 0 (对比)", i)
	}
	cmp := []string{"乡镇", "年份", "标题"}
	for _, m := range extract.Metrics {
		cmp = append(cmp, m.Name)
	}
	cmp = append(cmp, "来源文件", "图表标签")
	want := map[string][]string{
		"对比": cmp,
		"文档": {"来源文件", "篇", "标题", "乡镇", "年份", "机关", "落款日期", "字数", "事实数", "警告"},
		"事实": {"来源文件", "篇", "行", "乡镇", "年份", "类别", "指标", "标签", "数值", "单位", "限定", "隐去", "原文", "摘录"},
		"会议": {"日期", "届次", "事项", "乡镇", "年份", "来源文件", "篇", "行", "原文"},
		"说明": {"指标", "中文名", "类别", "文档级取值", "说明"},
	}
	for sheet, head := range want {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) == 0 || strings.Join(rows[0], "|") != strings.Join(head, "|") {
			t.Errorf("%s header = %v, want %v", sheet, rows[0], head)
		}
	}
}

// cellOf returns the cell of sheet in the row whose first cells match key
// and the column headed head.
func cellOf(tb testing.TB, f *excelize.File, sheet, head string, key ...string) string {
	tb.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		tb.Fatal(err)
	}
	col := -1
	for i, h := range rows[0] {
		if h == head {
			col = i
		}
	}
	if col < 0 {
		tb.Fatalf("%s: no column %s", sheet, head)
	}
rows:
	for r, row := range rows[1:] {
		for i, k := range key {
			if i >= len(row) || row[i] != k {
				continue rows
			}
		}
		name, _ := excelize.CoordinatesToCellName(col+1, r+2)
		return name
	}
	tb.Fatalf("%s: no row %v", sheet, key)
	return ""
}

func TestWorkbookValuesAndFormats(t *testing.T) {
	f := open(t, writeSample(t))
	tests := []struct {
		name, sheet, head string
		key               []string
		raw, shown        string
		numFmt            int
		custom            string
	}{
		{"count is the largest", "对比", "代表议案建议数", []string{"正阳关镇", "2024"}, "11", "11", 1, ""},
		{"rate is the first, a fraction", "对比", "办结率", []string{"正阳关镇", "2024"}, "0.95", "95%", 9, ""},
		{"rate with qualifier", "对比", "满意率", []string{"正阳关镇", "2024"}, "0.955", "", 0, `0.0%"以上"`},
		{"qualifier beside the value", "对比", "联系选民数", []string{"正阳关镇", "2024"}, "800", "", 0, `0"多"`},
		{"about before the value", "对比", "视察调研检查次数", []string{"拐河镇", "2023"}, "23", "", 0, `"约"0`},
		{"masked rate", "对比", "办结率", []string{"拐河镇", "2023"}, "（隐去）", "（隐去）", 0, ""},
		{"money", "事实", "数值", []string{"2024/正阳关镇.txt", "1", "7"}, "2500000", "2,500,000", 3, ""},
		{"rate fact", "事实", "数值", []string{"2024/正阳关镇.txt", "1", "3", "正阳关镇", "2024", "比率"}, "0.95", "95%", 9, ""},
		{"full date", "事实", "数值", []string{"2024/正阳关镇.txt", "1", "9"}, "45612", "2024年11月16日", 0, dateFormat},
		{"partial date as text", "事实", "数值", []string{"2024/正阳关镇.txt", "1", "8", "正阳关镇", "2024", "日期"}, "2024年4月下旬", "2024年4月下旬", 0, ""},
		{"range as text", "事实", "数值", []string{"2024/正阳关镇.txt", "1", "11"}, "3～5", "3～5", 0, ""},
		{"qualifier column", "事实", "限定", []string{"2024/正阳关镇.txt", "1", "6"}, "多", "多", 0, ""},
		{"masked fact", "事实", "数值", []string{"2023/拐河镇.txt", "2", "3"}, "（隐去）", "（隐去）", 0, ""},
		{"sentence", "事实", "原文", []string{"2024/正阳关镇.txt", "1", "6"}, "共联系选民800多人。", "共联系选民800多人。", 0, ""},
		{"metric name", "事实", "指标", []string{"2024/正阳关镇.txt", "1", "6"}, "联系选民数", "联系选民数", 0, ""},
		{"signature date", "文档", "落款日期", []string{"2024/正阳关镇.txt"}, "45647", "2024年12月21日", 0, dateFormat},
		{"session dated by its sentence", "会议", "日期", []string{"2024年4月下旬"}, "2024年4月下旬", "2024年4月下旬", 0, ""},
		{"session term", "会议", "届次", []string{"××年12月21日"}, "第10届第2次", "第10届第2次", 0, ""},
		{"dated event", "会议", "事项", []string{"45612"}, "其次在11月16日我们还开展代表向选民述职活动。", "其次在11月16日我们还开展代表向选民述职活动。", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cell := cellOf(t, f, tc.sheet, tc.head, tc.key...)
			raw, err := f.GetCellValue(tc.sheet, cell, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			if raw != tc.raw {
				t.Errorf("%s!%s raw = %q, want %q", tc.sheet, cell, raw, tc.raw)
			}
			if tc.shown != "" {
				if got, _ := f.GetCellValue(tc.sheet, cell); got != tc.shown {
					t.Errorf("%s!%s shows %q, want %q", tc.sheet, cell, got, tc.shown)
				}
			}
			id, _ := f.GetCellStyle(tc.sheet, cell)
			st, err := f.GetStyle(id)
			if err != nil {
				t.Fatal(err)
			}
			custom := ""
			if st.CustomNumFmt != nil {
				custom = *st.CustomNumFmt
			}
			if st.NumFmt != tc.numFmt && tc.custom == "" || custom != tc.custom {
				t.Errorf("%s!%s format = %d %q, want %d %q", tc.sheet, cell, st.NumFmt, custom, tc.numFmt, tc.custom)
			}
			if st.Font == nil || st.Font.Family != fontName {
				t.Errorf("%s!%s font = %+v, want %s", tc.sheet, cell, st.Font, fontName)
			}
		})
	}
}

func TestWorkbookCompareOrder(t *testing.T) {
	f := open(t, writeSample(t))
	rows, err := f.GetRows("对比")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows[1:] {
		got = append(got, r[0]+"/"+r[1])
	}
	want := "拐河镇/2022 拐河镇/2023 正阳关镇/2024 /"
	if strings.Join(got, " ") != want {
		t.Errorf("对比 order = %v, want %s", got, want)
	}
	link, target, err := f.GetCellHyperLink("对比", "C4")
	if err != nil || !link || target != "'事实'!A2" {
		t.Errorf("对比!C4 link = %v %q %v, want the first fact of 正阳关镇, '事实'!A2", link, target, err)
	}
}

func TestWorkbookLayout(t *testing.T) {
	path := writeSample(t)
	f := open(t, path)
	for _, sheet := range sheetOrder {
		p, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !p.Freeze || p.YSplit != 1 || p.TopLeftCell != "A2" {
			t.Errorf("%s panes = %+v, want the header row frozen", sheet, p)
		}
		pl, err := f.GetPageLayout(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if pl.Size == nil || *pl.Size != 9 || pl.Orientation == nil || *pl.Orientation != "landscape" {
			t.Errorf("%s page = %+v, want A4 (9) landscape", sheet, pl)
		}
		if w, _ := f.GetColWidth(sheet, "A"); w < minWidth || w > maxWidth {
			t.Errorf("%s column A width = %v", sheet, w)
		}
	}
	titles := map[string]bool{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" {
			titles[dn.Scope] = dn.RefersTo == "'"+dn.Scope+"'!$1:$1"
		}
	}
	for _, sheet := range sheetOrder {
		if !titles[sheet] {
			t.Errorf("%s: no print titles repeating row 1 (%v)", sheet, titles)
		}
	}
	// A CJK column is wider than a Latin one of as many characters.
	if w, _ := f.GetColWidth("事实", "M"); w < 40 {
		t.Errorf("事实 原文 width = %v, want the wide, capped width of Chinese sentences", w)
	}

	parts := zipFiles(t, path)
	filters := map[int]string{1: "$A$1:$V$5", 2: "$A$1:$J$5", 3: "$A$1:$N$20", 4: "$A$1:$I$4"}
	for n, ref := range filters {
		x := parts[fmt.Sprintf("xl/worksheets/sheet%d.xml", n)]
		if !strings.Contains(x, `<autoFilter ref="`+ref+`"`) {
			t.Errorf("sheet%d.xml: no autoFilter %s in %s", n, ref, regexp.MustCompile(`<autoFilter[^>]*>`).FindString(x))
		}
	}
	if strings.Contains(parts["xl/worksheets/sheet5.xml"], "<autoFilter") {
		t.Errorf("说明 has an autofilter")
	}
	for n := 1; n <= 4; n++ {
		x, ok := parts[fmt.Sprintf("xl/charts/chart%d.xml", n)]
		if !ok {
			t.Fatalf("no xl/charts/chart%d.xml", n)
		}
		x = html.UnescapeString(x)
		if !strings.Contains(x, "<barChart>") || !strings.Contains(x, `<barDir val="bar">`) || !strings.Contains(x, "<f>'对比'!$") {
			t.Errorf("chart%d.xml: not a bar chart of 对比", n)
		}
	}
	for n, col := range map[int]string{1: "F", 2: "H", 3: "I", 4: "J"} {
		x := html.UnescapeString(parts[fmt.Sprintf("xl/charts/chart%d.xml", n)])
		if !strings.Contains(x, "<f>'对比'!$"+col+"$2:$"+col+"$5</f>") || !strings.Contains(x, "<f>'对比'!$V$2:$V$5</f>") {
			t.Errorf("chart%d.xml does not plot column %s", n, col)
		}
	}
	if !strings.Contains(parts["xl/worksheets/sheet1.xml"], "<drawing ") {
		t.Errorf("对比 has no drawing: the charts are lost")
	}
	if !strings.Contains(parts["xl/styles.xml"], `val="`+fontName+`"`) {
		t.Errorf("styles.xml does not name the font %s", fontName)
	}
}

func TestWorkbookNoFormulas(t *testing.T) {
	path := writeSample(t)
	f := open(t, path)
	for name, x := range zipFiles(t, path) {
		if strings.HasPrefix(name, "xl/worksheets/sheet") && strings.Contains(x, "<f>") {
			t.Errorf("%s holds a formula", name)
		}
	}
	for _, tc := range []struct{ sheet, head, want string }{
		{"事实", "标签", "=SUM(A1:A9)"},
		{"事实", "原文", "-每个代表联系3-5名选民@"},
		{"事实", "摘录", "+3-5名"},
	} {
		cell := cellOf(t, f, tc.sheet, tc.head, "2024/正阳关镇.txt", "1", "11")
		got, _ := f.GetCellValue(tc.sheet, cell)
		if got != tc.want {
			t.Errorf("%s!%s = %q, want %q", tc.sheet, cell, got, tc.want)
		}
		if ft, _ := f.GetCellFormula(tc.sheet, cell); ft != "" {
			t.Errorf("%s!%s formula = %q, want none", tc.sheet, cell, ft)
		}
		if typ, _ := f.GetCellType(tc.sheet, cell); typ != excelize.CellTypeInlineString {
			t.Errorf("%s!%s type = %v, want an inline string", tc.sheet, cell, typ)
		}
	}
}

func TestWorkbookLifecycle(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.xlsx")
	w := NewWorkbook()
	if err := w.Add(sampleDocs()[0]); err != nil {
		t.Fatal(err)
	}
	if err := w.WriteFile(path, RunInfo{}); err != nil {
		t.Fatal(err)
	}
	if err := w.WriteFile(path, RunInfo{}); err == nil {
		t.Errorf("second WriteFile: no error")
	}
	if err := w.Add(sampleDocs()[1]); err == nil {
		t.Errorf("Add after WriteFile: no error")
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "out.xlsx" {
		t.Errorf("folder holds %v, want only out.xlsx (no temporary files)", entries)
	}
	w2 := NewWorkbook()
	defer w2.Close()
	if err := w2.WriteFile(filepath.Join(dir, "missing", "x.xlsx"), RunInfo{}); err == nil || !strings.Contains(err.Error(), "x.xlsx") {
		t.Errorf("WriteFile into a missing folder: %v, want an error naming the file", err)
	}
}

func TestWorkbookEmpty(t *testing.T) {
	w := NewWorkbook()
	defer w.Close()
	path := filepath.Join(t.TempDir(), "empty.xlsx")
	if err := w.WriteFile(path, RunInfo{}); err != nil {
		t.Fatal(err)
	}
	f := open(t, path)
	if got := f.GetSheetList(); len(got) != 5 {
		t.Errorf("sheets = %v", got)
	}
	if rows, _ := f.GetRows("事实"); len(rows) != 1 {
		t.Errorf("事实 rows = %d, want the header only", len(rows))
	}
}

// TestWorkbookMany streams past the rows held back for sizing columns.
func TestWorkbookMany(t *testing.T) {
	w := NewWorkbook()
	defer w.Close()
	const docs, per = 60, 50
	for i := range synthDocs(docs, per) {
		if err := w.Add(i); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "many.xlsx")
	if err := w.WriteFile(path, RunInfo{}); err != nil {
		t.Fatal(err)
	}
	f := open(t, path)
	rows, err := f.GetRows("事实")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != docs*per+1 {
		t.Errorf("事实 rows = %d, want %d", len(rows), docs*per+1)
	}
	if got := rows[len(rows)-1][0]; got != fmt.Sprintf("乡镇%02d.txt", docs-1) {
		t.Errorf("last fact from %q", got)
	}
	x := zipFiles(t, path)["xl/worksheets/sheet3.xml"]
	if !strings.Contains(x, fmt.Sprintf(`<autoFilter ref="$A$1:$N$%d"`, docs*per+1)) {
		t.Errorf("事实 autofilter does not cover all rows")
	}
}

// synthDocs yields n documents of per facts each, as a large run has.
func synthDocs(n, per int) func(func(DocRecord) bool) {
	towns := []string{"正阳关镇", "拐河镇", "安丰镇", "众兴镇", "北关街道"}
	return func(yield func(DocRecord) bool) {
		for i := range n {
			t := towns[i%len(towns)]
			y := 2015 + i/len(towns)
			d := DocRecord{Source: fmt.Sprintf("乡镇%02d.txt", i), Part: 1, Parts: 1,
				Title: fmt.Sprintf("%s人大主席团%d年工作总结", t, y), Township: &t, Year: &y,
				Organ: "人大主席团", Chars: 5000, Warnings: []string{}}
			for j := range per {
				m := extract.Metrics[j%len(extract.Metrics)]
				v := float64(j%90 + 5)
				sentence := fmt.Sprintf("全年%s共%d件，比去年增加%d件，群众反映良好，做到了件件有落实、事事有回音。", m.Name, int(v), j)
				d.Facts = append(d.Facts, FactRecord{Kind: m.Kind, Metric: m.ID, Label: m.Name, Value: v,
					Unit: "件", Qualifier: "exact", Text: fmt.Sprintf("%s共%d件", m.Name, int(v)),
					Sentence: sentence, Line: j + 1})
			}
			if !yield(d) {
				return
			}
		}
	}
}

func TestWorkbookGolden(t *testing.T) {
	f := open(t, writeSample(t))
	var b strings.Builder
	for _, sheet := range sheetOrder {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "== %s\n", sheet)
		for _, r := range rows {
			b.WriteString(strings.Join(r, "\t") + "\n")
		}
	}
	golden := filepath.Join("testdata", "workbook.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./export -run Golden -update)", err)
	}
	if b.String() != string(want) {
		t.Errorf("workbook rows differ from %s (run go test ./export -run Golden -update, and review the diff):\n%s", golden, b.String())
	}
}

func TestTextWidth(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"", 0},
		{"abc", 3},
		{"正阳关镇", 8},
		{"办结率95％", 10}, // the fullwidth ％ is wide
		{"2024年", 6},
	}
	for _, tc := range tests {
		if got := textWidth(tc.in); got != tc.want {
			t.Errorf("textWidth(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestPartialDate(t *testing.T) {
	tests := []struct {
		iso    string
		masked bool
		want   string
	}{
		{"2024-04", false, "2024年4月"},
		{"2024", false, "2024年"},
		{"--11-16", false, "11月16日"},
		{"--04", false, "4月"},
		{"--12-21", true, "××年12月21日"},
		{"2024-1x", false, "2024-1x"},
	}
	for _, tc := range tests {
		if got := partialDate(tc.iso, tc.masked); got != tc.want {
			t.Errorf("partialDate(%q, %v) = %q, want %q", tc.iso, tc.masked, got, tc.want)
		}
	}
}
