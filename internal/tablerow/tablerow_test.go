package tablerow

import (
	"reflect"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name, line string
		kind       Kind
		cells      []string // the text of each cell; nil for no row
		rule       bool
	}{
		// Tabs.
		{"tabs", "合计\t34件\t已办结32件", Tab, []string{"合计", "34件", "已办结32件"}, false},
		{"tabs: cells trimmed", " 项目 \t 2022 年\u3000\t２０２３年 ", Tab, []string{"项目", "2022 年", "２０２３年"}, false},
		{"tabs: empty cells inside kept", "类别\t\t数量", Tab, []string{"类别", "", "数量"}, false},
		{"tabs: empty cells that close the row dropped", "合计\t34件\t\t \t", Tab, []string{"合计", "34件"}, false},
		{"tabs: tabs around the line are no cells", "\t\t2022年\t2023年\r", Tab, []string{"2022年", "2023年"}, false},
		{"tabs: a no-break space is a blank cell", "\u00a0\t类别\t数量", Tab, []string{"\u00a0", "类别", "数量"}, false},
		{"tabs: a tab before bars and gaps", "a | b\tc  d", Tab, []string{"a | b", "c  d"}, false},
		{"tabs: one full cell", "合计\t\u00a0\t", None, nil, false},
		{"tabs: no length limit", "今年以来，镇人大主席团紧紧围绕全镇中心工作，认真履行法定职责，取得了新的成效。\t5次", Tab,
			[]string{"今年以来，镇人大主席团紧紧围绕全镇中心工作，认真履行法定职责，取得了新的成效。", "5次"}, false},

		// Bars.
		{"bars", "类别 | 数量 | 办理情况", Bar, []string{"类别", "数量", "办理情况"}, false},
		{"full-width bars", "合计｜34件｜已办结32件", Bar, []string{"合计", "34件", "已办结32件"}, false},
		{"bars that open and close the row", "| 合计 | 34件 |", Bar, []string{"合计", "34件"}, false},
		{"bars: only one opening and closing cell dropped", "|| 合计 | 34件 ||", Bar, []string{"", "合计", "34件", ""}, false},
		{"bars: an empty cell inside kept", "| 合计 | | 34件 |", Bar, []string{"合计", "", "34件"}, false},
		{"bars: a Markdown rule", "|---|:---:|", Bar, []string{"---", ":---:"}, true},
		{"bars: a rule with spaces", " | --- | ---: | ", Bar, []string{"---", "---:"}, true},
		{"bars: one full cell", "| 合计 |", None, nil, false},
		{"bars: gaps in cells", "召开会议  5次 | 视察  3次", Bar, []string{"召开会议  5次", "视察  3次"}, false},

		// Gaps of spaces.
		{"gaps", "类别    数量    办理情况", Gap, []string{"类别", "数量", "办理情况"}, false},
		{"gaps: ideographic spaces", "合计\u3000\u300034件", Gap, []string{"合计", "34件"}, false},
		{"gaps: a space and an ideographic space", "合计 \u300034件", Gap, []string{"合计", "34件"}, false},
		{"gaps: single spaces inside cells", "召开 会议  5 次", Gap, []string{"召开 会议", "5 次"}, false},
		{"gaps: spaces around the line", "  类别  数量  ", Gap, []string{"类别", "数量"}, false},
		{"gaps: a rule", "------  ------", Gap, []string{"------", "------"}, true},
		{"gaps: a cell of 30 runes", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十  5次", Gap,
			[]string{"一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十", "5次"}, false},
		{"gaps: a cell of 31 runes is prose", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一  5次", None, nil, false},
		{"gaps: a sentence ends", "全年召开主席团会议6次。  组织视察4次", None, nil, false},
		{"gaps: a clause ends", "全年召开主席团会议6次；  组织视察4次", None, nil, false},
		{"gaps: a comma is no end", "召开会议，  5次", Gap, []string{"召开会议，", "5次"}, false},

		// Single spaces.
		{"spaces", "合计 34件 32件", Space, []string{"合计", "34件", "32件"}, false},
		{"spaces: numbers", "8 10 94.1%", Space, []string{"8", "10", "94.1%"}, false},
		{"spaces: one rune is no cell", "2023 年 7 月", None, nil, false},
		{"spaces: a clause goes on", "代表建议， 28件", None, nil, false},
		{"spaces: a sentence ends", "合计 34件。", None, nil, false},
		{"spaces: a unit cell", "接待选民 503 人次", Space, []string{"接待选民", "503", "人次"}, false},
		{"spaces: a number's unit goes on (pdftotext)", "五、2008 年工作思路", None, nil, false},
		{"spaces: a clause in a cell", "2008 年，乡人大主席团将围绕中心工作", None, nil, false},
		{"spaces: an ideographic space", "合计\u300034件", Space, []string{"合计", "34件"}, false},

		// No rows.
		{"empty", "", None, nil, false},
		{"spaces only", " \t\u3000 ", None, nil, false},
		{"no separator", "全年召开主席团会议6次。", None, nil, false},
		{"a no-break space is no separator", "合计\u00a0\u00a034件", None, nil, false},
		{"one cell", "合计  ", None, nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			row := Split(tc.line)
			var cells []string
			for _, c := range row.Cells {
				if c[0] > c[1] || c[1] > len(tc.line) {
					t.Fatalf("Split(%q): cell %v out of the line", tc.line, c)
				}
				cells = append(cells, tc.line[c[0]:c[1]])
			}
			if row.Kind != tc.kind || !reflect.DeepEqual(cells, tc.cells) || row.Rule != tc.rule {
				t.Errorf("Split(%q) = %v %q rule %v, want %v %q rule %v", tc.line, row.Kind, cells, row.Rule, tc.kind, tc.cells, tc.rule)
			}
		})
	}
}

// TestSplitOffsets checks that the cells are byte ranges of the line, in
// order, that hold no separator.
func TestSplitOffsets(t *testing.T) {
	for _, line := range []string{
		"｜ 合计 ｜ 34件 ｜", "\u3000合计\u3000\u300034件\u3000", "合计\t\t34件", "8 10 94.1%", "| a |  | b |",
	} {
		row := Split(line)
		if row.Kind == None {
			t.Fatalf("Split(%q): no row", line)
		}
		end := 0
		for _, c := range row.Cells {
			if c[0] < end || c[1] < c[0] || c[1] > len(line) {
				t.Fatalf("Split(%q): cells %v out of order", line, row.Cells)
			}
			end = c[1]
		}
	}
}

func BenchmarkSplit(b *testing.B) {
	lines := []string{
		"全年召开主席团会议6次，组织代表视察4次，收到代表建议28件。",
		"人代会期间代表建议\t28件\t已办结26件",
		"| 合计 | 34件 | 已办结32件，办结率94.1% |",
		"类别    数量    办理情况",
		"2023 年 7 月 19 日",
	}
	for b.Loop() {
		for _, l := range lines {
			Split(l)
		}
	}
}
