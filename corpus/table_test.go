package corpus

import (
	"strings"
	"testing"
)

// TestCleanTableRows checks that the rows of a table keep their cells
// apart (joined by tabs) and are never joined to the lines around them.
func TestCleanTableRows(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"tabs", "类别\t数量\n人代会期间代表建议\t28件\n合计\t34件",
			"类别\t数量\n人代会期间代表建议\t28件\n合计\t34件"},
		{"cells cleaned one by one", "项目\t 2022 年 \t２０２３年\n召开主席团会议（次）\t８\t10",
			"项目\t2022年\t2023年\n召开主席团会议（次）\t8\t10"},
		{"empty cells kept, closing ones dropped", "类别\t\t数量\t\n合计\t\t34件\t",
			"类别\t\t数量\n合计\t\t34件"},
		{"gaps of spaces", "类别    数量\n合计　　34件", "类别\t数量\n合计\t34件"},
		{"gaps as cleanLine reads them: no-break spaces", "类别\u3000\u00a0数量\n合计\u00a0\u300034件", "类别\t数量\n合计\t34件"},
		{"gaps: a clause is no cell", "一是加强学习；  召开会议5次\n二是强化监督；  视察4次", "一是加强学习；召开会议5次\n二是强化监督；视察4次"},
		{"single spaces, as many cells", "类别 数量 办结\n合计 34件 32件", "类别\t数量\t办结\n合计\t34件\t32件"},
		{"single spaces, cells differ", "镇人大 主席团\n2023年 12月 20日", "镇人大主席团\n2023年12月20日"},
		{"one row is no table", "类别\t数量\n今年共召开会议5次。", "类别数量\n今年共召开会议5次。"},
		{"list markers set off by tabs", "一、\t监督工作\n二、\t代表工作", "一、监督工作\n二、代表工作"},
		{"bars: a row is not a broken line",
			strings.Repeat("前面的一段很长的文字", 5) + "\n类别 | 数量\n合计 | 34件",
			strings.Repeat("前面的一段很长的文字", 5) + "\n类别 | 数量\n合计 | 34件"},
		{"bars: a Markdown table is no list of links",
			"| 类别 | 数量 | 办结 |\n|---|---|---|\n| 合计 | 34件 | 32件 |",
			"| 类别 | 数量 | 办结 |\n|---|---|---|\n| 合计 | 34件 | 32件 |"},
		{"bars: links are dropped", "首页 | 新闻 | 人大工作 | 正文\n首页 | 新闻 | 人大工作 | 通知\n正文。", "正文。"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range cleanLines(tc.in) {
				got = append(got, l.text)
			}
			if s := strings.Join(got, "\n"); s != tc.want {
				t.Errorf("cleanLines(%q) = %q, want %q", tc.in, s, tc.want)
			}
		})
	}
}
