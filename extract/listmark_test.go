package extract

import "testing"

func TestBlankListPoints(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"date after item number", "1.3月8日，召开大会。", "1 3月8日，召开大会。"},
		{"year after item number", "二、监督\n2.2019年共视察5次。", "二、监督\n2 2019年共视察5次。"},
		{"numbered neighbours", "1.12个村完成整治。\n2.会议期间收到建议。", "1 12个村完成整治。\n2.会议期间收到建议。"},
		{"indented", "  3.5月，组织视察。", "  3 5月，组织视察。"},
		{"decimal without numbering", "1.5万元用于修路。", "1.5万元用于修路。"},
		{"decimal mid line", "增长了1.3个百分点。\n2.会议", "增长了1.3个百分点。\n2.会议"},
		{"numbering not neighbouring", "1.5万元用于修路。\n5.会议", "1.5万元用于修路。\n5.会议"},
		{"neighbours far in the document", "1.5万元用于修路。\n5.会议\n6.选举\n2.监督", "1.5万元用于修路。\n5.会议\n6.选举\n2.监督"},
		{"item after its neighbour", "1.会议期间收到建议。\n2.12个村完成整治。", "1.会议期间收到建议。\n2 12个村完成整治。"},
		{"three digits", "100.5万元", "100.5万元"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := blankListPoints(tt.in); got != tt.want {
				t.Errorf("blankListPoints(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestListItemFigures checks the figures right after an item number:
// 1．3月8日 is item 1 on March 8, not 1.3.
func TestListItemFigures(t *testing.T) {
	text := "一、依法履职\n1．3月8日，召开镇第十六届人民代表大会第二次会议。\n2．会议期间收到代表建议31件。\n二、视察\n1．4月至5月，组织专题调研。\n2．8月，组织视察3次。"
	var dates []string
	for _, f := range FromText(text, Reference{Year: 2012}) {
		if f.Kind == KindDate {
			dates = append(dates, f.Date+" "+f.Text)
		}
	}
	want := []string{"2012-03-08 3月8日", "2012-04 4月", "2012-05 5月", "2012-08 8月"}
	if len(dates) != len(want) {
		t.Fatalf("dates %q, want %q", dates, want)
	}
	for i := range want {
		if dates[i] != want[i] {
			t.Errorf("date %d = %q, want %q", i, dates[i], want[i])
		}
	}
}
