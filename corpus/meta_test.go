package corpus

import (
	"strings"
	"testing"
)

func TestDatelineOf(t *testing.T) {
	tests := []struct {
		line string
		want string // "y-m-d" as written, "" when the line is not a date line
	}{
		{"——2023年12月26日在县第十七届人民代表大会常务委员会第十五次会议上", "2023-12-26"},
		{"——2023年12月26日在县第十七届人民代表大会常务委员会第十五次会议上的讲话", "2023-12-26"},
		{"2023年12月26日在县第十七届人民代表大会常务委员会第十五次会议上", "2023-12-26"},
		{"（2024年1月10日）", "2024-1-10"},
		{"(2024年1月10日在镇第九届人民代表大会第四次会议上)", "2024-1-10"},
		{"- 2024 年 1 月 10 日", "2024-1-10"},
		{"——在镇第十九届人民代表大会第四次会议上（2024年1月10日）", "2024-1-10"},
		{"（二〇二三年十二月二十日）", "二〇二三-十二-二十"},
		{"——XX年12月26日在镇人大会议上", "XX-12-26"},
		{"2024年1月10日", ""},           // bare: may be a page's publication date
		{"2023年12月26日，镇人大召开会议。", ""}, // a sentence
		{"2023年12月26日在县城召开了代表座谈会", ""},
		{"（2024年1月）", ""},
		{"镇人大主席团2023年工作总结", ""},
	}
	for _, tt := range tests {
		y, m, d, ok := datelineOf(tt.line)
		got := ""
		if ok {
			got = y + "-" + m + "-" + d
		}
		if got != tt.want {
			t.Errorf("datelineOf(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestDatelineMeta(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		year       int
		date, warn string
	}{
		{"date line only", "关于代表建议办理情况的报告\n——2023年12月26日在县人大常委会第十五次会议上\n2021年以来，共办理建议165件。\n今年9月组织集中督办。", 2023, "2023-12-26", ""},
		{"title year wins", "桥西镇人大主席团2022年工作总结\n（2023年1月8日）\n全年召开主席团会议5次。", 2022, "2023-01-08", ""},
		{"signature wins", "桥西镇人大主席团工作报告\n（2023年1月8日）\n全年召开主席团会议5次。\n一、开好人代会。\n二、做好代表工作。\n桥西镇人大主席团\n2022年12月28日", 2022, "2022-12-28", ""},
		{"masked", "桥西镇人大主席团工作报告\n（XX年1月8日）\n全年召开主席团会议5次。", 0, "--01-08", "日期行的年份被隐去"},
		{"meeting, then date", "桥西镇人民政府工作报告\n——在桥西镇第九届人民代表大会第四次会议上\n2024年1月10日\n各位代表：\n过去一年，全镇地区生产总值增长6%。", 2024, "2024-01-10", ""},
		{"date, then meeting", "桥西镇人民政府工作报告\n（2024年1月10日）\n（在桥西镇第九届人民代表大会第四次会议上）\n过去一年，全镇地区生产总值增长6%。", 2024, "2024-01-10", ""},
		{"bare date, no meeting", "桥西镇人民政府工作报告\n2024年1月10日\n各位代表：\n过去一年，全镇地区生产总值增长6%。\n一、经济发展。\n二、社会事业。\n三、自身建设。", 0, "", ""},
		{"past the first lines", "桥西镇人大主席团工作报告\n各位代表：\n现在报告工作。\n全年召开主席团会议5次。\n（2023年1月8日）\n一、开好人代会。\n二、做好代表工作。\n三、加强监督。\n四、自身建设。", 0, "", ""},
	}
	for _, tt := range tests {
		docs := Split("a.txt", tt.text)
		if len(docs) != 1 {
			t.Fatalf("%s: %d documents", tt.name, len(docs))
		}
		d := docs[0]
		if d.Year != tt.year || d.Date != tt.date {
			t.Errorf("%s: year, date = %d, %q, want %d, %q", tt.name, d.Year, d.Date, tt.year, tt.date)
		}
		if tt.warn != "" && !strings.Contains(strings.Join(d.Warnings, "\n"), tt.warn) {
			t.Errorf("%s: warnings %q lack %q", tt.name, d.Warnings, tt.warn)
		}
	}
}

func TestYearOfLastResort(t *testing.T) {
	tests := []struct {
		name, text string
		year       int
	}{
		{"briefing dated under its title", "大河镇人大工作简报\n第3期\n大河镇人大主席团编　2024年4月12日\n4月9日，镇人大主席团组织代表开展专题视察。", 2024},
		{"wechat copy of January", "某镇人大工作回顾\n某镇人大　2024-01-05 09:12\n一年来，镇人大主席团组织代表开展专题视察。", 0},
		{"page of March naming its year", "黄岗镇召开人大主席团会议\n发布时间：2024-03-14\n3月12日上午，黄岗镇人大主席团召开2024年第二次主席团会议。", 2024},
		{"page of March on the year before", "黄岗镇人大工作回顾\n发布时间：2024-03-14\n2023年，镇人大主席团召开会议8次。2024年将继续做好代表工作。", 2023},
		{"labelled page date", "黄岗镇召开人大主席团会议\n来源：黄岗镇人民政府　发布时间：2024-05-14　作者：镇人大办\n5月12日上午，黄岗镇人大主席团召开主席团会议。", 2024},
		{"the year's nth meeting", "黄岗镇人大主席团会议纪要\n主席团召开2022年第三次主席团会议，研究代表建议交办工作。", 2022},
		{"report to the sittings on the year before", "白沙镇人民代表大会主席团工作报告\n——2024年1月10日在白沙镇第十八届人民代表大会第五次会议上\n一、2023年工作回顾\n过去的一年，主席团召开会议9次。二、2024年工作安排\n主席团将继续依法履职。", 2023},
		{"summary signed in January", "白沙镇人大主席团工作总结\n2023年，主席团召开会议9次。\n白沙镇人大主席团\n2024年1月8日", 2023},
		{"plan signed in February", "大河镇人大主席团工作要点\n2024年，主席团在2023年工作的基础上，继续做好代表工作。\n大河镇人大主席团\n2024年2月20日", 2024},
		{"news of March", "大河镇人大主席团召开一季度代表活动\n3月15日，主席团组织代表开展活动，2023年以来已开展活动12次。\n大河镇人大主席团\n2024年3月18日", 2024},
		{"summary of its own year signed in March", "白沙镇人大主席团一季度工作总结\n2024年一季度，主席团召开会议2次，较2023年同期增加1次。\n白沙镇人大主席团\n2024年3月28日", 2024},
		{"wechat copy with its timestamp", "柳河乡组织人大代表向选民述职\n柳河人大　2023-12-15 18:02　发表于湖北\n阅读 856\n12月13日至14日，柳河乡人大主席团组织代表向选民述职。", 2023},
	}
	for _, tt := range tests {
		docs := Split("a.txt", tt.text)
		if len(docs) != 1 || docs[0].Year != tt.year {
			t.Errorf("%s: %d documents, year %d, want 1 and %d", tt.name, len(docs), docs[0].Year, tt.year)
		}
	}
}

// TestZeroDigitYears checks years in Chinese numerals typed with a zero
// digit for 〇 (二00七), in a title and a signature, and that a run of such
// characters that is no year (一OO八) is not read as one.
func TestZeroDigitYears(t *testing.T) {
	tests := []struct {
		name, text string
		year       int
		date       string
	}{
		{"title and signature", "石门乡人大主席团二00七年工作总结\n一年来，乡人大主席团召开主席团会议七次。\n石门乡人大主席团\n二00七年十二月二十八日", 2007, "2007-12-28"},
		{"zero last", "石门乡人大主席团一九九0年工作总结\n一年来，乡人大主席团召开主席团会议七次。", 1990, ""},
		{"no year", "石门乡人大主席团工作总结\n一年来，乡人大主席团召开主席团会议七次。\n石门乡人大主席团\n一OO八年一月五日", 0, ""},
	}
	for _, tt := range tests {
		docs := Split("a.txt", tt.text)
		if len(docs) != 1 || docs[0].Year != tt.year || docs[0].Date != tt.date {
			t.Errorf("%s: %d documents, year %d, date %q; want 1, %d, %q", tt.name, len(docs), docs[0].Year, docs[0].Date, tt.year, tt.date)
		}
	}
}

// TestTownName checks the place names a township candidate is trimmed to,
// and the words that are none.
func TestTownName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"方城县拐河镇", "拐河镇"},
		{"某某县城关镇", "城关镇"},
		{"红旗镇", "红旗镇"},
		{"阿荣旗红旗镇", "红旗镇"},
		{"科右前旗红旗镇", "红旗镇"},
		{"古城乡", "古城乡"},
		{"新城乡", "新城乡"},
		{"统筹城乡", ""},
		{"乡镇", ""},
		{"XX镇", ""},
		{"巴音塔拉苏木", "巴音塔拉苏木"},
	} {
		if got := townName(tc.in); got != tc.want {
			t.Errorf("townName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
