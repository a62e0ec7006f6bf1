package export

import (
	"encoding/xml"
	"fmt"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/zongjie/zongjie/extract"
)

// splitDocs returns n documents with from 0 to 12 facts each, a session
// among them when there are any (so 会议 has a row per such document).
func splitDocs(n int) []DocRecord {
	towns := []string{"正阳关镇", "拐河镇", "安丰镇", "众兴镇", "北关街道"}
	var docs []DocRecord
	for i := range n {
		t := towns[i%len(towns)]
		y := 2000 + i/len(towns)
		d := DocRecord{Source: fmt.Sprintf("d%03d.txt", i), Part: 1, Parts: 1,
			Title: fmt.Sprintf("%s人大主席团%d年工作总结", t, y), Township: &t, Year: &y,
			Organ: "人大主席团", Chars: 3000, Warnings: []string{}, Facts: []FactRecord{}}
		per := i * 7 % 13
		for j := range per {
			line := 10 + j
			if j == 0 {
				d.Facts = append(d.Facts, FactRecord{Kind: extract.KindSession, Label: "第二届人代会第五次会议",
					Value: 5.0, Term: ip(2), Qualifier: "exact", Text: "第二届人代会第五次会议",
					Sentence: "召开了第二届人代会第五次会议。", Line: line})
				continue
			}
			m := extract.Metrics[j%len(extract.Metrics)]
			d.Facts = append(d.Facts, FactRecord{Kind: m.Kind, Metric: m.ID, Label: m.Name, Value: float64(j + 1),
				Unit: "件", Qualifier: "exact", Text: m.Name, Sentence: m.Name + "。", Line: line})
		}
		docs = append(docs, d)
	}
	return docs
}

// writeLimited writes docs with at most limit rows a sheet.
func writeLimited(tb testing.TB, docs []DocRecord, limit int) string {
	tb.Helper()
	w := NewWorkbook()
	w.rowLimit = limit
	defer w.Close()
	for _, d := range docs {
		if err := w.Add(d); err != nil {
			tb.Fatal(err)
		}
	}
	p := filepath.Join(tb.TempDir(), "split.xlsx")
	if err := w.WriteFile(p, RunInfo{Version: "test"}); err != nil {
		tb.Fatal(err)
	}
	return p
}

// sheetXML maps sheet names to the XML of their worksheets, through
// xl/workbook.xml and its relationships.
func sheetXML(tb testing.TB, parts map[string]string) map[string]string {
	tb.Helper()
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.Unmarshal([]byte(parts["xl/workbook.xml"]), &wb); err != nil {
		tb.Fatal(err)
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal([]byte(parts["xl/_rels/workbook.xml.rels"]), &rels); err != nil {
		tb.Fatal(err)
	}
	target := map[string]string{}
	for _, r := range rels.Rels {
		target[r.ID] = path.Join("xl", r.Target)
	}
	out := map[string]string{}
	for _, s := range wb.Sheets {
		x, ok := parts[target[s.ID]]
		if !ok {
			tb.Fatalf("sheet %s: no part %q", s.Name, target[s.ID])
		}
		out[s.Name] = x
	}
	return out
}

// seqNames is 事实, 事实2 … 事实n.
func seqNames(base string, n int) []string {
	out := []string{base}
	for i := 2; i <= n; i++ {
		out = append(out, base+strconv.Itoa(i))
	}
	return out
}

func ceilDiv(a, b int) int { return (a + b - 1) / b }

// TestWorkbookSplitSheets writes a workbook with a row limit of 100, so
// that each table runs over several sheets, and checks it as Excel would
// read it.
func TestWorkbookSplitSheets(t *testing.T) {
	const limit, ndocs = 100, 150
	docs := splitDocs(ndocs)
	var facts, events int
	for _, d := range docs {
		facts += len(d.Facts)
		if len(d.Facts) > 0 {
			events++
		}
	}
	per := limit - 1
	groups := []struct {
		base string
		rows int
	}{{"对比", ndocs}, {"文档", ndocs}, {"事实", facts}, {"会议", events}}
	var want []string
	for _, g := range groups {
		want = append(want, seqNames(g.base, ceilDiv(g.rows, per))...)
	}
	want = append(want, "说明")
	if ceilDiv(facts, per) < 5 || ceilDiv(events, per) != 2 {
		t.Fatalf("the sample does not split as the test needs: %d facts, %d events", facts, events)
	}

	p := writeLimited(t, docs, limit)
	f := open(t, p)
	if got := f.GetSheetList(); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("sheets = %v, want %v", got, want)
	}
	if i := f.GetActiveSheetIndex(); i != 0 {
		t.Errorf("active sheet = %d, want 0 (对比)", i)
	}
	xmls := sheetXML(t, zipFiles(t, p))
	filterDB := map[string]string{}
	titles := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		switch dn.Name {
		case "_xlnm._FilterDatabase":
			filterDB[dn.Scope] = dn.RefersTo
		case "_xlnm.Print_Titles":
			titles[dn.Scope] = dn.RefersTo
		}
	}

	// rows[base] is the table's rows, the sheets' in order, headers left out.
	rows := map[string][][]string{}
	for _, g := range groups {
		names := seqNames(g.base, ceilDiv(g.rows, per))
		var head []string
		var widths []float64
		for i, name := range names {
			got, err := f.GetRows(name, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 {
				t.Fatalf("%s is empty", name)
			}
			if i == 0 {
				head = got[0]
			} else if strings.Join(got[0], "|") != strings.Join(head, "|") {
				t.Errorf("%s header = %v, want that of %s, %v", name, got[0], g.base, head)
			}
			n := len(got)
			if i < len(names)-1 && n != limit {
				t.Errorf("%s has %d rows, want it full (%d)", name, n, limit)
			}
			rows[g.base] = append(rows[g.base], got[1:]...)

			lastCol, _ := excelize.ColumnNumberToName(len(head))
			ref := fmt.Sprintf("$A$1:$%s$%d", lastCol, n)
			if !strings.Contains(xmls[name], `<autoFilter ref="`+ref+`"`) {
				t.Errorf("%s: no autoFilter %s in %s", name, ref, regexp.MustCompile(`<autoFilter[^>]*>`).FindString(xmls[name]))
			}
			if db := filterDB[name]; db != "'"+name+"'!"+ref {
				t.Errorf("%s: _FilterDatabase = %q, want '%s'!%s", name, db, name, ref)
			}
			if pt := titles[name]; pt != "'"+name+"'!$1:$1" {
				t.Errorf("%s: print titles = %q, want row 1", name, pt)
			}
			panes, err := f.GetPanes(name)
			if err != nil {
				t.Fatal(err)
			}
			if !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
				t.Errorf("%s panes = %+v, want the header row frozen", name, panes)
			}
			pl, err := f.GetPageLayout(name)
			if err != nil {
				t.Fatal(err)
			}
			if pl.Orientation == nil || *pl.Orientation != "landscape" {
				t.Errorf("%s page = %+v, want landscape", name, pl)
			}
			for c := range head {
				col, _ := excelize.ColumnNumberToName(c + 1)
				wd, err := f.GetColWidth(name, col)
				if err != nil {
					t.Fatal(err)
				}
				if i == 0 {
					widths = append(widths, wd)
				} else if wd != widths[c] {
					t.Errorf("%s column %s width = %v, want that of %s, %v", name, col, wd, g.base, widths[c])
				}
			}
			// A data cell keeps its style on every sheet.
			if g.base == "事实" && n > 1 {
				id, _ := f.GetCellStyle(name, "C2")
				if st, _ := f.GetStyle(id); st == nil || st.NumFmt != 1 {
					t.Errorf("%s!C2 (行) style = %+v, want the integer format", name, st)
				}
			}
		}
		if len(rows[g.base]) != g.rows {
			t.Errorf("%s: %d rows over %d sheets, want %d", g.base, len(rows[g.base]), len(names), g.rows)
		}
	}

	// The facts are all there, in the order they were added.
	var wantFacts, gotFacts []string
	for _, d := range docs {
		for _, fr := range d.Facts {
			wantFacts = append(wantFacts, d.Source+":"+strconv.Itoa(fr.Line))
		}
	}
	for _, r := range rows["事实"] {
		gotFacts = append(gotFacts, r[0]+":"+r[2])
	}
	if strings.Join(gotFacts, " ") != strings.Join(wantFacts, " ") {
		t.Errorf("事实 sheets do not hold the facts in order")
	}

	// Every title on 对比 links to the first fact of its document, on
	// whichever 事实 sheet it is.
	first := map[string]string{} // source → "'事实k'!A<row>"
	for i, name := range seqNames("事实", ceilDiv(facts, per)) {
		for r, row := range rows["事实"][i*per : min((i+1)*per, facts)] {
			if _, ok := first[row[0]]; !ok {
				first[row[0]] = fmt.Sprintf("'%s'!A%d", name, r+2)
			}
		}
	}
	srcCol := len(compareCols()) - 2 // 来源文件
	links, onLater, atTop := 0, 0, 0
	for i, name := range seqNames("对比", ceilDiv(ndocs, per)) {
		for r, row := range rows["对比"][i*per : min((i+1)*per, ndocs)] {
			cell := fmt.Sprintf("C%d", r+2)
			src := strings.TrimSuffix(row[srcCol], "#1")
			ok, target, err := f.GetCellHyperLink(name, cell)
			if err != nil {
				t.Fatal(err)
			}
			want, has := first[src]
			switch {
			case !has && ok:
				t.Errorf("%s!%s (%s, no facts) links to %s", name, cell, src, target)
			case has && (!ok || target != want):
				t.Errorf("%s!%s (%s) links to %q, want %q", name, cell, src, target, want)
			case has:
				links++
				if !strings.HasPrefix(target, "'事实'!") {
					onLater++
				}
				if strings.HasSuffix(target, "'!A2") && !strings.HasPrefix(target, "'事实'!") {
					atTop++
				}
			}
		}
	}
	if links != len(first) || onLater == 0 || atTop == 0 {
		t.Errorf("%d links for %d documents with facts, %d to continuation sheets, %d to their first row: want all, some, some",
			links, len(first), onLater, atTop)
	}

	// 说明 says which sheets hold each table.
	about, err := f.GetRows("说明")
	if err != nil {
		t.Fatal(err)
	}
	note := map[string]string{}
	for _, r := range about {
		if len(r) >= 5 && r[0] != "" {
			note[r[0]] = r[4]
		}
	}
	for _, g := range groups {
		names := seqNames(g.base, ceilDiv(g.rows, per))
		for i, name := range names {
			if i > 0 && !strings.Contains(note[name], "“"+g.base+"”的续表") {
				t.Errorf("说明 on %s = %q, want it called a continuation of %s", name, note[name], g.base)
			}
			if !strings.Contains(note[g.base], name+"（第 ") {
				t.Errorf("说明 on %s = %q, does not name %s", g.base, note[g.base], name)
			}
		}
	}
	if !strings.Contains(note["事实"], "共 "+thousands(facts)+" 条") {
		t.Errorf("说明 on 事实 = %q, want the count of facts", note["事实"])
	}
	if strings.Contains(note["对比"], "条形图") {
		t.Errorf("说明 on 对比 promises charts, which a split 对比 does not have")
	}
}

// TestWorkbookSplitBoundary fills 事实 to the last row, then one past it.
func TestWorkbookSplitBoundary(t *testing.T) {
	const limit = 30
	doc := func(src string, n int) DocRecord {
		town := "拐河镇"
		d := DocRecord{Source: src, Part: 1, Parts: 1, Title: src, Township: &town, Year: ip(2024), Warnings: []string{}}
		for j := range n {
			d.Facts = append(d.Facts, FactRecord{Kind: "count", Metric: "motions", Label: "建议", Value: float64(j),
				Unit: "件", Qualifier: "exact", Text: "建议", Sentence: "建议。", Line: j + 1})
		}
		return d
	}
	// Exactly full: no second sheet.
	f := open(t, writeLimited(t, []DocRecord{doc("a.txt", limit-1)}, limit))
	if got := f.GetSheetList(); strings.Join(got, " ") != "对比 文档 事实 会议 说明" {
		t.Errorf("sheets of a full 事实 = %v, want no continuation", got)
	}
	if rows, _ := f.GetRows("事实"); len(rows) != limit {
		t.Errorf("事实 rows = %d, want %d", len(rows), limit)
	}
	// One more document: its facts start the second sheet, and its title
	// links there.
	f = open(t, writeLimited(t, []DocRecord{doc("a.txt", limit-1), doc("b.txt", 3)}, limit))
	if got := f.GetSheetList(); strings.Join(got, " ") != "对比 文档 事实 事实2 会议 说明" {
		t.Fatalf("sheets = %v", got)
	}
	if rows, _ := f.GetRows("事实2"); len(rows) != 4 || rows[1][0] != "b.txt" {
		t.Errorf("事实2 = %v, want the header and b.txt's 3 facts", rows)
	}
	cell := cellOf(t, f, "对比", "标题", "拐河镇", "2024", "b.txt")
	if ok, target, _ := f.GetCellHyperLink("对比", cell); !ok || target != "'事实2'!A2" {
		t.Errorf("b.txt links to %v %q, want '事实2'!A2", ok, target)
	}
	// A document whose facts straddle the sheets links to its first fact.
	f = open(t, writeLimited(t, []DocRecord{doc("a.txt", limit-3), doc("b.txt", 5)}, limit))
	cell = cellOf(t, f, "对比", "标题", "拐河镇", "2024", "b.txt")
	if ok, target, _ := f.GetCellHyperLink("对比", cell); !ok || target != fmt.Sprintf("'事实'!A%d", limit-1) {
		t.Errorf("b.txt links to %v %q, want '事实'!A%d", ok, target, limit-1)
	}
	if rows, _ := f.GetRows("事实2"); len(rows) != 4 {
		t.Errorf("事实2 rows = %d, want the header and 3 facts", len(rows))
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1048575: "1,048,575", -12345: "-12,345"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestRowLimitIsExcels(t *testing.T) {
	if NewWorkbook().rowLimit != 1048576 || maxSheetRows != 1048576 {
		t.Errorf("row limit = %d, want Excel's 1,048,576", maxSheetRows)
	}
}
