package corpus_test

import (
	"testing"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/extract"
)

// TestDocxTableFacts reads a .docx whose figures stand in a table, end to
// end: the reader writes each row as a line of cells, cleaning keeps them
// apart, and extract reads each cell with its row and column; the total
// row (合计) takes the metric of the rows above it, and bare numbers the
// unit of their row label.
func TestDocxTableFacts(t *testing.T) {
	tc := func(cells ...string) string {
		s := "<w:tr>"
		for _, c := range cells {
			s += "<w:tc>" + corpus.WPara(c) + "</w:tc>"
		}
		return s + "</w:tr>"
	}
	body := corpus.WPara("青石镇人大主席团2023年工作总结") +
		corpus.WPara("全年代表建议办理情况统计如下：") +
		"<w:tbl>" + tc("类别", "数量", "办理情况") +
		tc("人代会期间代表建议", "28件", "已办结26件") +
		tc("闭会期间代表建议", "6件", "已办结6件") +
		tc("合计", "34件", "已办结32件，办结率94.1%") + "</w:tbl>" +
		corpus.WPara("主要工作统计：") +
		"<w:tbl>" + tc("项目", "2023年") + tc("召开主席团会议（次）", "10") + tc("组织代表视察（次）", "7") + "</w:tbl>" +
		corpus.WPara("青石镇人大主席团")
	docs, err := corpus.Read("a.docx", corpus.MakeDocx(t, body), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		metric string
		value  float64
		text   string
	}
	got := map[key]bool{}
	for _, f := range extract.Extract(docs[0], nil) {
		if f.Value != nil {
			got[key{f.Metric, *f.Value, f.Text}] = true
		}
	}
	for _, want := range []key{
		{"motions", 28, "28件"}, {"motions_resolved", 26, "26件"},
		{"motions", 6, "6件"}, {"motions_resolved", 6, "6件"},
		{"motions", 34, "34件"}, {"motions_resolved", 32, "32件"}, {"completion_rate", 94.1, "94.1%"},
		{"presidium_meetings", 10, "10"}, {"inspections", 7, "7"},
	} {
		if !got[want] {
			t.Errorf("no fact %+v in %q; got %v", want, docs[0].Text, got)
		}
	}
}
