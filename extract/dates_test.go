package extract

import (
	"fmt"
	"reflect"
	"regexp"
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

// dateCase is a text, the reference it is read against, and its dates as
// dateFacts writes them.
type dateCase struct {
	name, in string
	ref      Reference
	want     string
}

// checkDates checks the dates of each case.
func checkDates(t *testing.T, tests []dateCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := dateFacts(tc.in, tc.ref); got != tc.want {
				t.Errorf("FromText(%q, %+v) dates = %q, want %q", tc.in, tc.ref, got, tc.want)
			}
		})
	}
}

// TestDateForms checks date forms, each with texts that look alike but are
// no date: want lists every date fact of the text ("" for none).
func TestDateForms(t *testing.T) {
	day := Reference{Year: 2018, Month: 1, Day: 22}
	year := Reference{Year: 2021}
	tests := []dateCase{
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
		{"school grades", "七八年级学生", year, ""},
		// 上半年 alone names a part of the work in a summary, like 年底
		// alone; against a day it is a date.
		{"half alone, summary", "上半年共召开主席团会议3次", year, ""},
		{"half alone, plan heading", "三、下半年工作计划", year, ""},
		{"half alone, dated text", "上半年共召开主席团会议3次", day, "上半年=2018"},
		// Placeholders keep what is known (the facts are masked; see
		// TestMaskedYears).
		{"year half masked", "20XX年，镇人大召开会议", year, "20XX年="},
		{"date with a half-masked year", "20XX年12月21日召开", year, "20XX年12月21日=--12-21"},
		{"all masked but the century", "落款20XX年X月X日", year, "20XX年X月X日="},
		{"decade digit known", "201X年12月召开", year, "201X年12月=--12"},
		{"school grades from five", "五六年级", year, ""},
		{"digits after a serial word", "证书编号：20230101", year, ""},
		{"digits before hao", "20230101号文件", year, ""},
		{"digits before a dash", "合同号20231215-001", year, ""},
		{"digits in a sentence", "会议于20240307召开", year, "20240307=2024-03-07"},
		{"one or two years", "一二年", year, ""},
		{"three chinese digits", "三六七年一月一日", year, "三六七年一月一日=0367-01-01"},
		{"two chinese digits and month", "一五年3月", year, "一五年3月=2015-03"},
		// Dates in digits alone.
		{"compact", "查询20240307计划", year, "20240307=2024-03-07"},
		{"compact too long", "查询202403073计划", year, ""},
		{"compact money", "收入20150303元", year, ""},
		{"compact bad month", "编号20151303", year, ""},
		{"phone", "电话13912345678", year, ""},
		{"zero digits in a chinese year", "二00七年三月六日至七日，", year, "二00七年三月六日=2007-03-06|七日=2007-03-07"},
		{"zero digit last", "一九九0年", year, "一九九0年=1990"},
		{"not a year", "一000年", year, ""},
		{"year before daibiao", "现将2022年代表建议办理情况报告如下", year, "2022年=2022"},
		{"decade", "八十年代", year, "八十年代=1980|八十年代=1989"},
		{"once a month", "坚持代表小组活动“一月一主题”", year, ""},
		{"once a month, plain", "代表小组一月一次集中学习", year, ""},
		{"january first", "一月一日召开", year, "一月一日=2021-01-01"},
		{"january, one deputy", "一月一名代表因工作调动辞去代表职务", year, "一月=2021-01"},
		{"spaced", "2010 01 29", year, "2010 01 29=2010-01-29"},
		{"spaced in a sentence", "会议时间：2022 11 23。", year, "2022 11 23=2022-11-23"},
		{"spaced row of figures", "2019 12 10 8", year, ""},
		{"spaced after a figure", "7 2019 12 10", year, ""},
		{"spaced unpadded", "2019 3 10", year, ""},
		{"spaced money", "2019 12 10元", year, ""},
		{"dotted month", "2013.03", year, "2013.03=2013-03"},
		{"dotted months span", "1999.08-2002.02", year, "1999.08=1999-08|2002.02=2002-02"},
		{"dotted months span, one digit", "2018.3—2019.6期间", year, "2018.3=2018-03|2019.6=2019-06"},
		{"dotted month to a year", "2008.03-2009", year, "2008.03=2008-03|2009=2009"},
		{"dotted term in brackets", "本届任期（2016.11至2021.10）内", year, "2016.11=2016-11|2021.10=2021-10"},
		{"decimals, not a span", "由2018.3万元增至2019.6万元", year, ""},
		{"decimal range", "2018.3-2019.6亩", year, ""},
		{"span backwards", "2019.3-2018.6", year, ""},
		{"one-digit month alone", "2018.3", year, ""},
		{"dotted month to a written date", "2018.12-2019年6月", year, "2018.12=2018-12|2019年6月=2019-06"},
		{"dotted month to a month", "2021.3-6月，开展专项视察活动3次", year, "2021.3=2021-03|6月=2021-06"},
		{"dotted month to a month, 份", "2021.3-6月份，开展专项视察", year, "2021.3=2021-03|6月份=2021-06"},
		{"dotted month to an earlier month", "2021.9-6月", year, "6月=2021-06"},
		{"dotted month, during", "2013.03期间", year, "2013.03=2013-03"},
		{"dotted month, issues", "2013.03期", year, ""},
		{"dotted month money", "2013.03万元", year, ""},
		{"dotted decimal", "2013.035", year, ""},
		{"decimal not a date", "增长12.5", year, ""},
		{"dotted month percent", "完成2020.10%", year, ""},
		// Years of editions.
		{"edition", "2015版教材", year, "2015版=2015"},
		{"edition chinese", "一九九八版", year, "一九九八版=1998"},
		{"edition two chinese digits", "零六版", year, "零六版=2006"},
		{"edition two digits with nian", "15年版", year, "15年版=2015"},
		{"newspaper page", "人民日报06版", year, ""},
		{"edition ordinal", "第2015版", year, ""},
		// 年底 alone.
		{"year end, dated text", "年底前完成", Reference{Year: 2021, Month: 6, Day: 14}, "年底=2021"},
		{"year end, summary", "年底前完成", year, ""},
		{"chu alone", "初", Reference{Year: 2021, Month: 6, Day: 14}, ""},
	}
	checkDates(t, tests)
}

// TestRelativeSpans checks spans counted from the reference day: only a
// reference date known to the day resolves them.
func TestRelativeSpans(t *testing.T) {
	ref := Reference{Year: 2013, Month: 2, Day: 12} // a Tuesday
	tests := []dateCase{
		{"rolling years", "近三年销量最高", ref, "近三年=2010-02-12|近三年=2013-02-11"},
		{"rolling with spaces", "近 三 年", ref, "近 三 年=2010-02-12|近 三 年=2013-02-11"},
		{"rolling decade", "过去十年", ref, "过去十年=2003-02-12|过去十年=2013-02-11"},
		{"rolling months, no ge", "近三月", ref, "近三月=2012-11-12|近三月=2013-02-11"},
		{"next days", "未来两天", ref, "未来两天=2013-02-13|未来两天=2013-02-14"},
		{"last days", "在前两天", ref, "前两天=2013-02-10|前两天=2013-02-11"},
		{"calendar weeks", "上两周", ref, "上两周=2013-01-28|上两周=2013-02-10"},
		{"calendar months", "上两个月", ref, "上两个月=2012-12|上两个月=2013-01"},
		{"calendar months ahead", "下三个月", ref, "下三个月=2013-03|下三个月=2013-05"},
		{"calendar years", "前两年", ref, "前两年=2011|前两年=2012"},
		{"one year", "上一年", ref, "上一年=2012"},
		{"years ago", "三年前", ref, "三年前=2010"},
		{"months later", "十个月后", ref, "十个月后=2013-12"},
		{"summary", "近三年来，全镇", Reference{Year: 2013}, ""},
		{"summary, no march", "近三月", Reference{Year: 2013}, ""},
		{"summary, years ago", "三年前", Reference{Year: 2013}, ""},
		{"close to", "接近三年", ref, ""},
		{"last of a month", "最后五天", ref, ""},
		{"first days of this month", "这个月前两天", ref, "这个月=2013-02"},
		{"in a title", "《近三年》", ref, ""},
		{"last year", "比上年增长", ref, "上年=2012"},
		{"next year", "下年", ref, "下年=2014"},
		{"next year's month", "下年9月", Reference{Year: 2013}, "下年9月=2014-09"},
		{"last year, summary", "比上年增长", Reference{Year: 2013}, ""},
		{"over an age", "60岁以上年龄段", ref, ""},
		{"old age", "上年纪的人", ref, ""},
		{"start of this month", "本月初", ref, "本月初=2013-02"},
		{"end of this month", "这个月月底", ref, "这个月月底=2013-02"},
		{"day of last month", "上个月15号", ref, "上个月15号=2013-01-15"},
	}
	checkDates(t, tests)
}

// TestAges checks decades and centuries with their parts: two facts on
// the same words, the first and last year.
func TestAges(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // text=first|text=last, then the part
	}{
		{"century", "18世纪", "18世纪=1700|18世纪=1799 "},
		{"century start", "11世纪初", "11世纪初=1000|11世纪初=1099 early"},
		{"this century middle", "到本世纪中叶基本实现", "本世纪中叶=2000|本世纪中叶=2099 mid"},
		{"decade end", "二十世纪九十年代末期", "二十世纪九十年代末期=1990|二十世纪九十年代末期=1999 late"},
		{"decade early", "20世纪60年代前期", "20世纪60年代前期=1960|20世纪60年代前期=1969 early"},
		{"decade", "上世纪九十年代以来", "上世纪九十年代=1990|上世纪九十年代=1999 "},
		{"no century", "世纪大道", " "},
		{"thirty years", "三十年来", " "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			part := ""
			for _, f := range FromText(tc.in, Reference{Year: 2021}) {
				if f.Kind == KindDate {
					part = f.DatePart
				}
			}
			if got := dateFacts(tc.in, Reference{Year: 2021}) + " " + part; got != tc.want {
				t.Errorf("FromText(%q) dates = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestHolidays checks holidays: with a year written or counted from the
// document's, always a date; alone, only when the reference date is known
// to the day (the next one on or after it). Numerals that name a holiday
// in speech (五一, 十一, 三八) are no date without 节.
func TestHolidays(t *testing.T) {
	day := Reference{Year: 2013, Month: 2, Day: 12}
	summary := Reference{Year: 2024}
	tests := []dateCase{
		{"lunar with year", "2023年春节", summary, "2023年春节=2023-01-22"},
		{"lunar with year, no reference", "2023年春节", Reference{}, "2023年春节=2023-01-22"},
		{"relative year in a summary", "去年春节", Reference{Year: 2020}, "去年春节=2019-02-05"},
		{"relative year, no reference", "去年春节", Reference{}, ""},
		{"two-digit chinese year", "零六年端午", Reference{Year: 2020}, "零六年端午=2006-05-31"},
		{"year with de", "2019年的清明节", day, "2019年的清明节=2019-04-05"},
		{"mid-autumn 2020", "2020年中秋节", day, "2020年中秋节=2020-10-01"},
		{"lantern festival", "2021年元宵节", day, "2021年元宵节=2021-02-26"},
		{"new year's eve of a year", "2024年除夕", day, "2024年除夕=2024-02-09"},
		{"fixed with year", "2024年国庆节", day, "2024年国庆节=2024-10-01"},
		{"nth weekday", "2019年感恩节", day, "2019年感恩节=2019-11-28"},
		{"solar term", "今年春分", Reference{Year: 2019, Month: 7, Day: 28}, "今年春分=2019-03-21"},
		{"alone, dated text, ahead", "妇女节", day, "妇女节=2013-03-08"},
		{"alone, dated text, passed", "元旦", day, "元旦=2014-01-01"},
		{"alone, dated text, lunar passed", "新春", day, "新春=2014-01-31"},
		{"alone, no reference", "春节期间", Reference{}, ""},
		{"alone in a summary", "国庆节期间走访", summary, ""},
		{"spring festival in a summary", "春节前夕走访慰问", summary, ""},
		{"clean politics", "政治清明", day, ""},
		{"lantern alone", "元宵", day, ""},
		{"armistice line", "三八线", day, ""},
		{"a square", "五一广场", day, ""},
		{"a term", "十一届人大", day, ""},
		{"may day without jie", "五一", day, ""},
		{"a road", "国庆路", day, ""},
		{"may day with jie", "五一劳动节", day, "五一劳动节=2013-05-01"},
		{"in a title", "《春节》", day, ""},
		{"year out of the table", "1800年春节", day, ""},
	}
	checkDates(t, tests)
}

// TestLunarDays checks the table of lunar holidays against dates known
// from the calendar, and that each row holds ten days in order of the
// year where they must be.
func TestLunarDays(t *testing.T) {
	for y, row := range lunarDays {
		if len(row) != 49 {
			t.Errorf("lunarDays[%d] = %q: want ten days", y, row)
		}
	}
	known := map[string]string{"春节 2014": "2014-01-31", "春节 2025": "2025-01-29", "端午 2006": "2006-05-31", "中秋 2023": "2023-09-29", "重阳 2024": "2024-10-11", "七夕 2024": "2024-08-10", "冬至 2024": "2024-12-21", "清明 2013": "2013-04-04"}
	for k, want := range known {
		var y int
		name := k[:len(k)-5]
		fmt.Sscan(k[len(k)-4:], &y)
		d, ok := holidayDate(holidays[name], y)
		if got := d.Format("2006-01-02"); !ok || got != want {
			t.Errorf("holidayDate(%s, %d) = %s, %v; want %s", name, y, got, ok, want)
		}
	}
}

// TestDateFormsMore checks quarters, month parts and days named from
// today, and dates in digits as written outside China, each with look-alikes
// that are no date.
func TestDateFormsMore(t *testing.T) {
	day := Reference{Year: 2021, Month: 6, Day: 14}
	summary := Reference{Year: 2021}
	tests := []dateCase{
		// Quarters.
		{"Q1", "Q1季度", summary, "Q1季度=2021-01|Q1季度=2021-03"},
		{"last quarter", "上个季度", day, "上个季度=2021-01|上个季度=2021-03"},
		{"this quarter", "本季度", day, "本季度=2021-04|本季度=2021-06"},
		{"end of last quarter", "上季度末", day, "上季度末=2021-03"},
		{"quarter after next, across a year", "下下个季度", Reference{Year: 2021, Month: 11, Day: 3}, "下下个季度=2022-04|下下个季度=2022-06"},
		{"last quarter, summary", "上个季度", summary, ""},
		{"every quarter", "每季度", day, ""},
		// The first month of a year.
		{"first month", "2005年首月", summary, "2005年首月=2005-01"},
		{"first month alone", "首月", day, ""},
		// The start or end of this month.
		{"month end, dated text", "月底前完成", day, "月底=2021-06"},
		{"month end, summary", "月底前完成", summary, ""},
		{"every month end", "每月底", day, ""},
		// A day after 的.
		{"day after de", "二月的十五号", summary, "二月的十五号=2021-02-15"},
		{"figure after de", "5月的12个项目", summary, "5月=2021-05"},
		{"no hao after de", "5月的十五", summary, "5月=2021-05"},
		// Days named from today.
		{"four days on", "大大后天", day, "大大后天=2021-06-18"},
		{"news app", "今日头条报道", day, ""},
		// Digits.
		{"day first, dots", "你13.5.2015有时间吗", day, "13.5.2015=2015-05-13"},
		{"day first, slashes", "1/2/2020", day, "1/2/2020=2020-02-01"},
		{"month first when day > 12", "10/31/1974", day, "10/31/1974=1974-10-31"},
		{"day first, dashes", "我会在 3-7-2017 回来", day, "3-7-2017=2017-07-03"},
		{"two-digit year with slashes", "你05/05/89有时间吗", day, "05/05/89=1989-05-05"},
		{"two-digit year with dashes", "3-7-27", day, ""},
		{"two-digit year with dots", "15.3.3", day, ""},
		{"version", "版本1.2.2020.3", day, ""},
		{"bad month", "13/13/2020", day, ""},
		{"middle dot", "6·30", summary, "6·30=2021-06-30"},
		{"middle dot, day out of range", "6·32", summary, ""},
		{"padded month", "09-01", summary, "09-01=2021-09-01"},
		{"padded slash", "03/03", summary, "03/03=2021-03-03"},
		{"range of figures", "10-15", summary, ""},
		{"padded serial", "编号03-03", summary, ""},
		{"padded before a unit", "03-05人", summary, ""},
		{"part of a longer code", "01-02-03", summary, ""},
		{"day first, span", "10/1/2017-11/2/2017", day, "10/1/2017=2017-01-10|11/2/2017=2017-02-11"},
		// A day in another year, days counted with 以后/之前, this year
		// and the next.
		{"this day last year", "去年的今天", day, "去年的今天=2020-06-14"},
		{"yesterday of a year", "一九五六年的昨天", day, "一九五六年的昨天=1956-06-13"},
		{"this day last year, summary", "去年的今天", summary, ""},
		{"days later with yihou", "20天以后", day, "20天以后=2021-07-04"},
		{"days before with zhiqian", "两天之前", day, "两天之前=2021-06-12"},
		{"days later, summary", "20天以后", summary, ""},
		{"this year and next", "今明两年", day, "今明两年=2021|今明两年=2022"},
		{"this year and next, summary", "今明两年重点工作", summary, ""},
	}
	checkDates(t, tests)
}

// TestFindAllDates checks that findAll finds what the regexp engine finds
// for the date patterns added here (TestFindAll checks the others).
func TestFindAllDates(t *testing.T) {
	texts := []string{"", "2023年春节、国庆节和五一劳动节，Q1季度上个季度末，月底；13.5.2015，6·30，09-01，去年的今天，20天以后，今明两年。\xff年",
		"二〇二三年的中秋节前后，三八线、五一广场、十一届", "《春节》农历新年1/2/2020-3/4/2020"}
	for _, re := range []*regexp.Regexp{holidayRe, dmyDateRe, dotDayRe, paddedDayRe, monthPartAloneRe, relativeQuarterRe, twoYearsRe, daysFromTodayRe} {
		for _, text := range texts {
			if got, want := findAll(re, text), re.FindAllStringSubmatchIndex(text, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("findAll(%s, %q) = %v, want %v", re, text, got, want)
			}
		}
	}
}

// TestMaskedYears checks that a year written partly with placeholders
// makes a masked date that keeps what is known.
func TestMaskedYears(t *testing.T) {
	for _, in := range []string{"20XX年，镇人大召开会议", "20XX年12月21日召开", "落款20XX年X月X日", "201X年12月召开"} {
		facts := FromText(in, Reference{Year: 2021})
		if len(facts) != 1 || facts[0].Kind != KindDate || !facts[0].Masked {
			t.Errorf("FromText(%q) = %s, want one masked date", in, dump(facts))
		}
	}
}
