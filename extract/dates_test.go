package extract

import (
	"strings"
	"testing"
)

// dateFacts returns the texts and dates of the date facts of in, as
// "text=date" joined with "|".
func dateFacts(in string, ref Reference) string {
	var got []string
	for _, f := range FromText(in, ref) {
		if f.Kind == KindDate {
			got = append(got, f.Text+"="+f.Date)
		}
	}
	return strings.Join(got, "|")
}

// TestDateForms checks date forms, each with texts that look alike but are
// no date: want lists every date fact of the text ("" for none).
func TestDateForms(t *testing.T) {
	day := Reference{Year: 2018, Month: 1, Day: 22}
	year := Reference{Year: 2021}
	tests := []struct {
		name, in string
		ref      Reference
		want     string
	}{
		// A day alone takes the month of the sentence, or of a reference
		// date known to the day.
		{"day alone, dated text", "29日，镇人大召开会议", day, "29日=2018-01-29"},
		{"day alone, summary", "29日，镇人大召开会议", year, ""},
		{"day after month", "5月，于29日召开会议", year, "5月=2021-05|29日=2021-05-29"},
		{"hao alone, dated text", "下次的12号", day, "12号=2018-01-12"},
		{"hao after month", "5月，于12号召开", year, "5月=2021-05|12号=2021-05-12"},
		{"hao of a building", "3号楼", day, ""},
		{"hao of a line", "乘坐12号线", day, ""},
		{"hao of a document", "鄂办发[2017]40号", day, ""},
		{"hao after a word", "编12号", day, ""},
		{"day every month", "每月15日", day, ""},
		// Years written digit by digit in Chinese numerals.
		{"two chinese digits", "一五年", year, "一五年=2015"},
		{"two chinese digits, last century", "三三年", year, "三三年=1933"},
		{"two or three years", "二三年内完成", year, ""},
		{"one or two years", "一二年", year, ""},
		{"three chinese digits", "三六七年一月一日", year, "三六七年一月一日=0367-01-01"},
		{"two chinese digits and month", "一五年3月", year, "一五年3月=2015-03"},
		// 年底 alone.
		{"year end, dated text", "年底前完成", Reference{Year: 2021, Month: 6, Day: 14}, "年底=2021"},
		{"year end, summary", "年底前完成", year, ""},
		{"chu alone", "初", Reference{Year: 2021, Month: 6, Day: 14}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dateFacts(tc.in, tc.ref)
			if got != tc.want {
				t.Errorf("FromText(%q, %+v) dates = %q, want %q", tc.in, tc.ref, got, tc.want)
			}
		})
	}
}
