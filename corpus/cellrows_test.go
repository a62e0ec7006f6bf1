package corpus

import (
	"strings"
	"testing"
)

func TestCellRows(t *testing.T) {
	cells := func(cs ...string) string { return strings.Join(cs, "\n\n") }
	// want: the lines that are not blank (the rows keep the first lines of
	// the run, the rest go blank)
	tests := []struct {
		name, in, want string
	}{
		{
			"a header and rows of three",
			"统计表\n" + cells("项目", "数量", "单位", "召开主席团会议", "7", "次", "代表建议", "32", "件", "建议办结率", "100", "%") + "\n2013年，主席团将继续加强监督。",
			"统计表\n项目\t数量\t单位\n召开主席团会议\t7\t次\n代表建议\t32\t件\n建议办结率\t100\t%\n2013年，主席团将继续加强监督。",
		},
		{
			"no header, two columns, figures with units",
			cells("召开主席团会议", "7次", "组织代表视察", "5次", "收到代表建议", "41件"),
			"召开主席团会议\t7次\n组织代表视察\t5次\n收到代表建议\t41件",
		},
		{
			"a caption cell skipped, a signature after",
			cells("附表", "项目", "2014年", "2013年", "代表建议", "22", "24", "建议办结率", "100%", "95.5%", "白沙镇人大主席团", "2014年12月25日"),
			"附表\n项目\t2014年\t2013年\n代表建议\t22\t24\n建议办结率\t100%\t95.5%\n白沙镇人大主席团\n2014年12月25日",
		},
		{
			"a column of serial numbers",
			cells("序号", "项目", "数量", "1", "召开主席团会议", "7次", "2", "组织代表视察", "5次", "3", "收到代表建议", "41件"),
			"序号\t项目\t数量\n1\t召开主席团会议\t7次\n2\t组织代表视察\t5次\n3\t收到代表建议\t41件",
		},
		{
			"a table over a page break",
			cells("项目", "数量", "主席团会议", "8次", "视察调研") + "\n\n—2—\n\n杨集镇人大主席团2014年工作总结报告全文\n\n\n" + cells("10次", "评议站所", "9个"),
			"项目\t数量\n主席团会议\t8次\n视察调研\t10次\n评议站所\t9个",
		},
		{
			"a short running header, serial numbers and remarks",
			"杨集镇人大主席团\n\n附：主要工作情况\n" + cells("序号", "项目", "数量", "备注", "1", "主席团会议", "8 次", "含专题会议 3 次", "2", "视察调研") +
				"\n\n— 2 —\n\n杨集镇人大主席团\n\n\n" + cells("10 次", "饮水、土地整理等", "3", "评议站所", "9 个", "满意率 93.5%"),
			"杨集镇人大主席团\n附：主要工作情况\n序号\t项目\t数量\t备注\n1\t主席团会议\t8 次\t含专题会议 3 次\n2\t视察调研\t10 次\t饮水、土地整理等\n3\t评议站所\t9 个\t满意率 93.5%",
		},
		{
			"figures before their names",
			cells("数说2021", "12次", "召开主席团会议", "5次", "组织代表视察", "3次", "开展专题调研", "126条", "收集意见建议"),
			"数说2021\n召开主席团会议\t12次\n组织代表视察\t5次\n开展专题调研\t3次\n收集意见建议\t126条",
		},
		{
			"a chronicle of months is no table",
			cells("一、全年工作大事记", "3月", "召开镇人代会", "5月", "视察春耕生产", "8月", "开展执法检查", "11月", "代表述职"),
			cells("一、全年工作大事记", "3月", "召开镇人代会", "5月", "视察春耕生产", "8月", "开展执法检查", "11月", "代表述职"),
		},
		{
			"short lines of prose are no table",
			cells("一、开好人代会", "二、加强监督", "三、代表工作", "四、自身建设", "白沙镇人大主席团", "2014年12月25日"),
			cells("一、开好人代会", "二、加强监督", "三、代表工作", "四、自身建设", "白沙镇人大主席团", "2014年12月25日"),
		},
		{
			"one row is no table",
			cells("项目", "数量", "单位", "召开主席团会议", "7", "次"),
			cells("项目", "数量", "单位", "召开主席团会议", "7", "次"),
		},
		{
			"lines with clauses are no cells",
			cells("全年召开会议，", "7", "次", "代表建议，", "32", "件"),
			cells("全年召开会议，", "7", "次", "代表建议，", "32", "件"),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := cellRowsText(tc.in)
			if n, m := strings.Count(got, "\n"), strings.Count(tc.in, "\n"); n != m {
				t.Errorf("cellRows(%q) has %d line ends, want %d (lines after a table keep their numbers)", tc.in, n, m)
			}
			if g, w := strings.Fields(strings.ReplaceAll(got, "\t", "|")), strings.Fields(strings.ReplaceAll(tc.want, "\t", "|")); strings.Join(g, "\n") != strings.Join(w, "\n") {
				t.Errorf("cellRows(%q) lines:\n%s\nwant:\n%s", tc.in, strings.Join(g, "\n"), strings.Join(w, "\n"))
			}
		})
	}
}

// TestCellRowsLines checks that each row stands on the line of its first
// cell, so that facts in it report the line their text begins on.
func TestCellRowsLines(t *testing.T) {
	in := "统计表\n项目\n\n数量\n\n召开主席团会议\n\n7次\n\n组织代表视察\n\n5次\n结束"
	got := strings.Split(cellRowsText(in), "\n")
	want := map[int]string{1: "项目\t数量", 5: "召开主席团会议\t7次", 9: "组织代表视察\t5次", 12: "结束"}
	for i, l := range got {
		if w, ok := want[i]; ok && l != w || !ok && i > 0 && l != "" {
			t.Errorf("line %d = %q, want %q", i+1, l, want[i])
		}
	}
}

// cellRowsText is cellRows on the lines of a text.
func cellRowsText(text string) string {
	lines := strings.Split(text, "\n")
	cellRows(lines)
	return strings.Join(lines, "\n")
}
