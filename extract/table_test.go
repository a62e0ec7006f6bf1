package extract

import (
	"reflect"
	"strings"
	"testing"
)

// figureLines writes the counts, rates and money of facts, in text order,
// as "metric value unit text" ("-" for no metric).
func figureLines(facts []Fact) []string {
	var out []string
	for _, f := range facts {
		if f.Kind != KindCount && f.Kind != KindRate && f.Kind != KindMoney {
			continue
		}
		out = append(out, strings.Join([]string{dash(f.Metric), valueText(f), f.Unit, f.Text}, " "))
	}
	return out
}

// bars writes rows whose cells are separated by " | " with sep instead.
func bars(s, sep string) string { return strings.ReplaceAll(s, " | ", sep) }

const motionsTable = `全年代表建议办理情况统计如下：
类别 | 数量 | 办理情况
人代会期间代表建议 | 28件 | 已办结26件
闭会期间代表建议 | 6件 | 已办结6件
合计 | 34件 | 已办结32件，办结率94.1%`

var motionsFigures = []string{
	"motions 28 件 28件", "motions_resolved 26 件 26件",
	"motions 6 件 6件", "motions_resolved 6 件 6件",
	"motions 34 件 34件", "motions_resolved 32 件 32件", "completion_rate 94.1 % 94.1%",
}

func TestTables(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"pipe, total row", motionsTable, motionsFigures},
		{"full-width bar", bars(motionsTable, "｜"), motionsFigures},
		{"tab", bars(motionsTable, "\t"), motionsFigures},
		{"space-aligned", bars(motionsTable, "    "), motionsFigures},
		{"ideographic spaces", bars(motionsTable, "　　"), motionsFigures},
		{"markdown", "| 类别 | 数量 |\n|---|:---:|\n| 人代会期间代表建议 | 28件 |\n| 合计 | 28件 |",
			[]string{"motions 28 件 28件", "motions 28 件 28件"}},
		{"units in the row labels, years in the header",
			"项目 | 2022年 | 2023年\n召开主席团会议（次） | 8 | 10\n组织视察（次） | 5 | 7",
			[]string{"- 8 次 8", "presidium_meetings 10 次 10", "- 5 次 5", "inspections 7 次 7"}},
		{"rates named in their row, years in the header",
			"项目\t2023年\t2022年\n建议办结率\t100%\t95.5%\n代表满意率\t96.4%\t90.9%",
			[]string{"completion_rate 100 % 100%", "- 95.5 % 95.5%", "satisfaction_rate 96.4 % 96.4%", "- 90.9 % 90.9%"}},
		{"a total restating its caption's figure",
			"共收到代表建议24件，各类建议分布如下：\n类别  件数  已办结\n城镇建设  8  8\n其他  16  15\n合计  24  23",
			[]string{"motions 24 件 24件", "- 8 件 8", "motions_resolved 8 件 8", "- 16 件 16", "motions_resolved 15 件 15", "motions 24 件 24", "motions_resolved 23 件 23"}},
		{"bare years in the header",
			"项目\t2022\t2023\n召开主席团会议（次）\t8\t10",
			[]string{"- 8 次 8", "presidium_meetings 10 次 10"}},
		{"units and metrics in the header",
			"代表类别 | 提出建议（件） | 联系选民（人次）\n县级代表 | 12 | 300\n镇级代表 | 30 | 800\n合计 | 42 | 1100",
			[]string{"motions 12 件 12", "voters_contacted 300 人次 300", "motions 30 件 30", "voters_contacted 800 人次 800", "motions 42 件 42", "voters_contacted 1100 人次 1100"}},
		{"unit in the caption, total named by the caption",
			"代表建议办理情况（单位：件）\n类别 | 收到 | 已办结\n人代会期间 | 28 | 26\n合计 | 34 | 32",
			[]string{"- 28 件 28", "motions_resolved 26 件 26", "motions 34 件 34", "motions_resolved 32 件 32"}},
		{"open column of a total row is not the caption's",
			"代表建议办理情况统计表\n类别\t建议数（件）\t已办结（件）\t正在办理（件）\n交通道路\t12\t12\t0\n农田水利\t9\t8\t1\n合计\t21\t20\t1",
			[]string{"- 12 件 12", "motions_resolved 12 件 12", "- 0 件 0", "- 9 件 9", "motions_resolved 8 件 8", "- 1 件 1", "motions 21 件 21", "motions_resolved 20 件 20", "- 1 件 1"}},
		{"an outcome column takes the row's unit",
			"表1  2025年代表建议办理情况\n类别\t件数\t已办结\t办结率\n城市建设\t14\t13\t92.9%\n合计\t14\t13\t92.9%",
			[]string{"- 14 件 14", "motions_resolved 13 件 13", "completion_rate 92.9 % 92.9%", "motions 14 件 14", "motions_resolved 13 件 13", "completion_rate 92.9 % 92.9%"}},
		{"opinions of the outcome take no unit",
			"类别\t件数\t已办结\t满意\t不满意\n代表建议\t25件\t23\t20\t3",
			[]string{"motions 25 件 25件", "motions_resolved 23 件 23"}},
		{"no unit for an outcome column alone",
			"类别\t已办结\n城市建设\t13",
			nil},
		{"a cell of what became of some of the row's",
			"项目\t数量\t备注\n收集群众意见建议\t215条\t已反馈209条\n代表活动室\t6个\t其中新建2个",
			[]string{"opinions_collected 215 条 215条", "- 209 条 209条", "deputy_stations 6 个 6个", "deputy_stations 2 个 2个"}},
		{"cells starting 已 that are the row's own count",
			"项目\t数量\n主席团会议\t已召开8次\n代表之家\t已建成3个",
			[]string{"presidium_meetings 8 次 8次", "deputy_stations 3 个 3个"}},
		{"another body's table",
			"镇纪委工作统计：\n项目 | 数量\n监督检查（次） | 12\n发现问题（个） | 36",
			[]string{"- 12 次 12", "- 36 个 36"}},
		{"a column of units",
			"2020年镇人大主要工作数据一览表\n序号\t工作项目\t单位\t完成数\n1\t召开主席团会议\t次\t7\n2\t收到代表建议\t件\t27\n3\t代表建议办结率\t%\t92.6\n4\t代表联系选民\t人次\t2350",
			[]string{"presidium_meetings 7 次 7", "motions 27 件 27", "completion_rate 92.6 % 92.6", "voters_contacted 2350 人次 2350"}},
		{"a count word as the unit",
			"活动 | 次数\n主席团会议 | 6\n视察 | 4",
			[]string{"presidium_meetings 6 次 6", "inspections 4 次 4"}},
		{"rates in percent",
			"指标 | 数值（%）\n办结率 | 95\n满意率 | 98.5",
			[]string{"completion_rate 95 % 95", "satisfaction_rate 98.5 % 98.5"}},
		{"money in ten thousands",
			"项目 | 金额（万元）\n代表活动经费 | 12",
			[]string{"- 120000 元 12"}},
		{"a cell is not read with the cells before it",
			"类别 | 收到 | 办结\n代表建议 | 28件 | 26件",
			[]string{"motions 28 件 28件", "motions_resolved 26 件 26件"}},
		{"serial numbers",
			"序号 | 事项 | 次数\n1 | 主席团会议 | 6\n2 | 视察 | 4",
			[]string{"presidium_meetings 6 次 6", "inspections 4 次 4"}},
		{"a negated column",
			"类别 | 未办结（件）\n代表建议 | 2",
			[]string{"- 2 件 2"}},
		{"将 of a caption is no plan",
			"现将全年工作统计如下：\n活动 | 次数\n主席团会议 | 6",
			[]string{"presidium_meetings 6 次 6"}},
		{"a table of plans",
			"明年计划召开会议如下：\n会议 | 次数\n主席团会议 | 6",
			[]string{"- 6 次 6"}},
		{"a table in a section of plans",
			"四、2024年工作打算\n会议 | 次数\n主席团会议 | 6",
			[]string{"- 6 次 6"}},

		{"CRLF line ends",
			"活动 | 次数\r\n主席团会议 | 6\r\n视察 | 4\r\n",
			[]string{"presidium_meetings 6 次 6", "inspections 4 次 4"}},

		// Negatives.
		{"a list of years", "2019年  2020年  2021年\n2022年  2023年  2024年", nil},
		{"a phone list",
			"姓名 | 职务 | 联系电话\n张三 | 主任 | 13812345678\n李四 | 副主任 | 6123456", nil},
		{"a schedule with dates",
			"时间 | 内容 | 地点\n3月5日 | 召开主席团会议 | 镇会议室\n6月10日 | 组织代表视察 | 各村", nil},
		{"a bare number without a unit", "类别 | 数量\n代表建议 | 28", nil},
		{"a line with two bars is no table",
			"代表们坚持“学习 | 调研 | 监督”工作法。\n全年视察5次。",
			[]string{"inspections 5 次 5次"}},
		{"prose set out with spaces",
			"今年以来，镇人大主席团紧紧围绕中心工作，  认真履行职责。\n全年召开主席团会议6次，  组织视察4次。",
			[]string{"presidium_meetings 6 次 6次", "inspections 4 次 4次"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := figureLines(FromText(tc.in, Reference{Year: 2023}))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("FromText(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFindTables(t *testing.T) {
	tests := []struct {
		name, in string
		rows     []int // rows of each table found
		caption  string
		cells    []int // cells of each row of the first table; nil: not checked
	}{
		{"caption and rows", motionsTable, []int{4}, "全年代表建议办理情况统计如下：", []int{3, 3, 3, 3}},
		{"two tables", "a | b\nc | d\n\ne\tf\ng\th", []int{2, 2}, "", nil},
		{"one line", "a | b | c", nil, "", nil},
		{"kinds differ", "a | b\nc\td", nil, "", nil},
		{"a row with more cells starts anew", "a | b\nc | d | e\nf | g | h", []int{2}, "a | b", nil},
		{"bars that open and close rows", "| a | b |\n|---|---|\n| c | d |", []int{2}, "", []int{2, 2}},
		{"empty cells that close rows of tabs", "a\tb\tc\nd\te\t\t", []int{2}, "", []int{3, 2}},
		{"spaces around rows split at gaps", "  a  b\n  c  d  ", []int{2}, "", []int{2, 2}},
		{"single spaces separate no cells", "a b c\nd e f", nil, "", nil},
		{"a clause set out with spaces", "一是加强学习；  二是强化监督\n三是密切联系；  四是改进作风", nil, "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ts := findTables(tc.in)
			var rows []int
			for _, x := range ts {
				rows = append(rows, len(x.rows))
			}
			if !reflect.DeepEqual(rows, tc.rows) {
				t.Fatalf("findTables(%q): tables of %v rows, want %v", tc.in, rows, tc.rows)
			}
			if len(ts) > 0 && ts[0].caption != tc.caption {
				t.Errorf("findTables(%q) caption = %q, want %q", tc.in, ts[0].caption, tc.caption)
			}
			if tc.cells != nil {
				var cells []int
				for _, r := range ts[0].rows {
					cells = append(cells, len(r.cells))
				}
				if !reflect.DeepEqual(cells, tc.cells) {
					t.Errorf("findTables(%q): rows of %v cells, want %v", tc.in, cells, tc.cells)
				}
			}
		})
	}
}
