package extract

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/segment"
)

func TestParseChinese(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"十四", 14, true},
		{"两千零五", 2005, true},
		{"二〇二四", 2024, true},
		{"一百零八", 108, true},
		{"三百万", 3000000, true},
		{"1.2万", 12000, true},
		{"3亿", 3e8, true},
		{"1,200", 1200, true},
		{"廿三", 23, true},
		{"十", 10, true},
		{"万", 10000, true},
		{"三点五", 3.5, true},
		{"一点二万", 12000, true},
		{"六十四万零一百四十三", 640143, true},
		{"兩千", 2000, true},
		{"两千四百五", 2450, true},
		{"一万三", 13000, true},
		{"三百零五", 305, true},
		{"一万零十二", 10012, true},
		{"四万万", 4e8, true},
		{"5万4千6百", 54600, true},
		{"3万4000", 34000, true},
		{"2千零30万", 20300000, true},
		{"三四", 0, false},
		{"十一十二", 0, false},
		{"百十一", 0, false},
		{"一百十一", 111, true},
		{"三百十六", 316, true},
		{"一百十", 110, true},
		{"一千十一", 0, false},
		{"一百二十十", 0, false},
		{"1万600", 10600, true},
		{"abc", 0, false},
		{"", 0, false},
	}
	for _, tc := range tests {
		got, ok := ParseChinese(tc.in)
		if ok != tc.ok || ok && math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("ParseChinese(%q) = %v, %v, want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// one describes the fact a test expects: only the fields set are checked.
type one struct {
	kind, metric, unit, qual, date, part string
	value, min, max                      float64 // NaN: not checked
	term                                 int     // -1: nil, 0: not checked
	masked                               bool
	text                                 string // the fact's text; "" not checked
	exact                                bool   // value must equal, not only be near
}

func nan() float64 { return math.NaN() }

// find runs text through the extractor and returns the fact whose text is
// want.text (or the only fact of want.kind).
func find(tb testing.TB, text string, year int, want one) (Fact, bool) {
	tb.Helper()
	for _, f := range FromText(text, Reference{Year: year}) {
		if want.text != "" && f.Text != want.text {
			continue
		}
		if want.kind != "" && f.Kind != want.kind {
			continue
		}
		return f, true
	}
	return Fact{}, false
}

func check(t *testing.T, in string, year int, want one) {
	t.Helper()
	f, ok := find(t, in, year, want)
	if !ok {
		t.Fatalf("FromText(%q): no %s fact %q in %s", in, want.kind, want.text, dump(FromText(in, Reference{Year: year})))
	}
	errs := []string{}
	if want.metric != "-" && f.Metric != want.metric {
		errs = append(errs, fmt.Sprintf("metric %q, want %q", f.Metric, want.metric))
	}
	if want.unit != "" && f.Unit != want.unit {
		errs = append(errs, fmt.Sprintf("unit %q, want %q", f.Unit, want.unit))
	}
	if want.qual != "" && f.Qualifier != want.qual {
		errs = append(errs, fmt.Sprintf("qualifier %q, want %q", f.Qualifier, want.qual))
	}
	if want.kind == KindDate && f.Date != want.date {
		errs = append(errs, fmt.Sprintf("date %q, want %q", f.Date, want.date))
	}
	if want.part != "" && f.DatePart != want.part {
		errs = append(errs, fmt.Sprintf("part %q, want %q", f.DatePart, want.part))
	}
	if !math.IsNaN(want.value) && (f.Value == nil || math.Abs(*f.Value-want.value) > 1e-9 || want.exact && *f.Value != want.value) {
		errs = append(errs, fmt.Sprintf("value %v, want %v", ptr(f.Value), want.value))
	}
	if !math.IsNaN(want.min) && (f.Min == nil || *f.Min != want.min || f.Max == nil || *f.Max != want.max || f.Value != nil) {
		errs = append(errs, fmt.Sprintf("range %v~%v (value %v), want %v~%v", ptr(f.Min), ptr(f.Max), ptr(f.Value), want.min, want.max))
	}
	if want.term == -1 && f.Term != nil || want.term > 0 && (f.Term == nil || *f.Term != want.term) {
		errs = append(errs, fmt.Sprintf("term %v, want %d", f.Term, want.term))
	}
	if f.Masked != want.masked {
		errs = append(errs, fmt.Sprintf("masked %v, want %v", f.Masked, want.masked))
	}
	if want.masked && f.Value != nil {
		errs = append(errs, "masked fact has a value")
	}
	if f.Rule == "" {
		errs = append(errs, "no rule")
	}
	if len(errs) > 0 {
		t.Errorf("FromText(%q) fact %q: %s", in, f.Text, strings.Join(errs, "; "))
	}
}

func ptr(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func dump(fs []Fact) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "[%s %s %q %v %s] ", f.Kind, f.Metric, f.Text, ptr(f.Value), f.Date)
	}
	return b.String()
}

// v builds the usual expectation: a value, nothing else checked.
func v(kind, metric, text string, value float64, unit, qual string) one {
	return one{kind: kind, metric: metric, text: text, value: value, unit: unit, qual: qual, min: nan(), term: 0}
}

func TestCounts(t *testing.T) {
	tests := []struct {
		name, in string
		want     one
	}{
		{"arabic", "镇人大共收到代表建议18件。", v(KindCount, "motions", "18件", 18, "件", Exact)},
		{"full-width", "共召开主席团会议１２次。", v(KindCount, "presidium_meetings", "１２次", 12, "次", Exact)},
		{"chinese", "召开了三次人代会。", v(KindCount, "congress_sessions", "三次", 3, "次", Exact)},
		{"liang", "开展评议活动两次。", v(KindCount, "appraisals", "两次", 2, "次", Exact)},
		{"thousands", "共联系选民1,250人次。", v(KindCount, "voters_contacted", "1,250人次", 1250, "人次", Exact)},
		{"wan", "走访联系选民近万人次。", v(KindCount, "voters_contacted", "近万人次", 10000, "人次", About)},
		{"yu", "收集意见建议200余条。", v(KindCount, "opinions_collected", "200余条", 200, "条", Over)},
		{"duo", "为群众办实事30多件。", v(KindCount, "practical_matters", "30多件", 30, "件", Over)},
		{"ji after tens", "走访选民二十几人。", v(KindCount, "voters_contacted", "二十几人", 20, "人", Over)},
		{"ji after arabic tens", "走访了30几个村。", v(KindCount, "", "30几个", 30, "个", Over)},
		{"yu wan", "种植木耳10余万棒。", v(KindCount, "", "10余万棒", 100000, "棒", Over)},
		{"zuoyou", "组织视察20次左右。", v(KindCount, "inspections", "20次左右", 20, "次", About)},
		{"yishang", "代表参加培训5期以上。", v(KindCount, "trainings", "5期以上", 5, "期", AtLeast)},
		{"budao", "发现问题不到10个。", v(KindCount, "problems_found", "不到10个", 10, "个", Under)},
		{"chaoguo", "接待群众来信来访超过40件。", v(KindCount, "petitions", "超过40件", 40, "件", Over)},
		{"traditional yue", "投入資金約185萬元。", v(KindMoney, "", "約185萬元", 1850000, "元", About)},
		{"traditional chaoguo", "接待來信來訪超過40件。", v(KindCount, "petitions", "超過40件", 40, "件", Over)},
		{"traditional bushaoyu", "組織視察不少於3次。", v(KindCount, "inspections", "不少於3次", 3, "次", AtLeast)},
		{"buzu", "办结议案不足5件。", v(KindCount, "motions_resolved", "不足5件", 5, "件", Under)},
		{"yue", "建立代表之家约8个。", v(KindCount, "deputy_stations", "约8个", 8, "个", About)},
		{"shangxia", "测评单位30个上下。", v(KindCount, "units_appraised", "30个上下", 30, "个", About)},
		{"yi", "代表述职逾百人。", v(KindCount, "deputies_reported", "逾百人", 100, "人", Over)},
		{"after noun", "先后举行了6次主席团会议。", v(KindCount, "presidium_meetings", "6次", 6, "次", Exact)},
		{"verb later", "两次组织代表对全镇道路建设情况进行视察。", v(KindCount, "inspections", "两次", 2, "次", Exact)},
		{"norm", "每个代表必须至少固定联系5名选民。", v(KindCount, "", "5名", 5, "名", Exact)},
		{"requirement", "要求代表每人每年提出建议2条。", v(KindCount, "", "2条", 2, "条", Exact)},
		{"no cue", "全镇有14个行政村。", v(KindCount, "", "14个", 14, "个", Exact)},
		{"ge ren", "先后设立了6个人大代表活动站。", v(KindCount, "deputy_stations", "6个", 6, "个", Exact)},
		{"not a slogan", "成立了三个代表小组。", v(KindCount, "", "三个", 3, "个", Exact)},
		{"not a slogan center", "建成一个中心。", v(KindCount, "", "一个", 1, "个", Exact)},
		{"resolved first", "共办结代表建议25件。", v(KindCount, "motions_resolved", "25件", 25, "件", Exact)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.in, 0, tc.want) })
	}
}

func TestRanges(t *testing.T) {
	r := func(text string, lo, hi float64, unit string) one {
		return one{kind: KindCount, metric: "-", text: text, value: nan(), min: lo, max: hi, unit: unit}
	}
	tests := []struct {
		name, in string
		want     one
	}{
		{"hyphen", "每组3-5名代表。", r("3-5名", 3, 5, "名")},
		{"em dash", "每季度开展3—5项活动。", r("3—5项", 3, 5, "项")},
		{"zhi", "每次抽调10至15人。", r("10至15人", 10, 15, "人")},
		{"liangsan", "每村确定两三个重点。", r("两三个", 2, 3, "个")},
		{"money range", "每户补助2000到3000元。", one{kind: KindMoney, metric: "-", text: "2000到3000元", value: nan(), min: 2000, max: 3000, unit: "元"}},
		{"wan range", "投入三至五万元。", one{kind: KindMoney, metric: "-", text: "三至五万元", value: nan(), min: 30000, max: 50000, unit: "元"}},
		{"bai wan range", "投资3至5百万元。", one{kind: KindMoney, metric: "-", text: "3至5百万元", value: nan(), min: 3e6, max: 5e6, unit: "元"}},
		{"bai range", "奖励二至三百元。", one{kind: KindMoney, metric: "-", text: "二至三百元", value: nan(), min: 200, max: 300, unit: "元"}},
		{"wan to wan", "每亩补助15万至20万元不等。", one{kind: KindMoney, metric: "-", text: "15万至20万元", value: nan(), min: 150000, max: 200000, unit: "元"}},
		{"included end", "金额在1万(含)-5万元之间", one{kind: KindMoney, metric: "-", text: "1万(含)-5万元", value: nan(), min: 10000, max: 50000, unit: "元"}},
		{"spaced wan", "金额在1 万-5 万元之间", one{kind: KindMoney, metric: "-", text: "1 万-5 万元", value: nan(), min: 10000, max: 50000, unit: "元"}},
		{"tens stay", "历时二至三十天。", one{kind: KindQuantity, metric: "-", text: "二至三十天", value: nan(), min: 2, max: 30, unit: "天"}},
		{"first end larger", "每次500至8千人。", r("500至8千人", 500, 8000, "人")},
		{"k range", "10~15k元", one{kind: KindMoney, metric: "-", text: "10~15k元", value: nan(), min: 10000, max: 15000, unit: "元"}},
		{"units on both ends", "补助标准为每户1万元至2万元", one{kind: KindMoney, metric: "-", text: "1万元至2万元", value: nan(), min: 10000, max: 20000, unit: "元"}},
		{"km on both ends", "新建道路5公里到8公里", one{kind: KindQuantity, metric: "-", text: "5公里到8公里", value: nan(), min: 5, max: 8, unit: "公里"}},
		{"change on both ends", "五蚊六毫至五蚊七毫八", one{kind: KindMoney, metric: "-", text: "五蚊六毫至五蚊七毫八", value: nan(), min: 5.6, max: 5.78, unit: "元"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.in, 0, tc.want) })
	}
}

func TestMasked(t *testing.T) {
	m := func(kind, metric, text, unit string) one {
		return one{kind: kind, metric: metric, text: text, unit: unit, value: nan(), min: nan(), masked: true}
	}
	tests := []struct {
		name, in string
		want     one
	}{
		{"XX", "收到代表建议XX条。", m(KindCount, "motions", "XX条", "条")},
		{"times", "已落实××条。", m(KindCount, "motions_resolved", "××条", "条")},
		{"single times", "成立了×个代表活动站。", m(KindCount, "deputy_stations", "×个", "个")},
		{"stars", "办结率**%。", m(KindRate, "completion_rate", "**%", "%")},
		{"lower xx", "收集意见xx条。", m(KindCount, "opinions_collected", "xx条", "条")},
		{"ampersands", "联系选民&&人。", m(KindCount, "voters_contacted", "&&人", "人")},
		{"money", "价值×××万元。", m(KindMoney, "", "×××万元", "元")},
		{"some digits left out", "群众满意率达到9X%。", m(KindRate, "satisfaction_rate", "9X%", "%")},
		{"last digits left out", "收到代表建议1×件。", m(KindCount, "motions", "1×件", "件")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.in, 0, tc.want) })
	}
}

func TestRates(t *testing.T) {
	tests := []struct {
		name, in string
		want     one
	}{
		{"ascii", "办结率95%。", v(KindRate, "completion_rate", "95%", 95, "%", Exact)},
		{"full-width", "办结率９５％。", v(KindRate, "completion_rate", "９５％", 95, "%", Exact)},
		{"decimal", "满意率为93.5%。", v(KindRate, "satisfaction_rate", "93.5%", 93.5, "%", Exact)},
		{"baifenzhi", "代表满意率达百分之九十八。", v(KindRate, "satisfaction_rate", "百分之九十八", 98, "%", Exact)},
		{"before noun", "实现了100%办结率。", v(KindRate, "completion_rate", "100%", 100, "%", Exact)},
		{"jin", "有近85%的农户参保。", v(KindRate, "", "近85%", 85, "%", About)},
		{"yishang", "参保率达到95%以上。", v(KindRate, "", "95%以上", 95, "%", AtLeast)},
		{"qianfenzhi", "出生率千分之二点四。", v(KindRate, "", "千分之二点四", 0.24, "%", Exact)},
		{"points", "比上年提高3个百分点。", v(KindRate, "", "3个百分点", 3, "%", Exact)},
		{"baifenzhi into next word", "收盘价的百分之七十百分位", v(KindRate, "", "百分之七十", 70, "%", Exact)},
		{"tenths", "代表满意率九成以上。", v(KindRate, "satisfaction_rate", "九成以上", 90, "%", AtLeast)},
		{"tenths and hundredths", "群众满意度达到九成五。", v(KindRate, "satisfaction_rate", "九成五", 95, "%", Exact)},
		{"tenths near", "近八成的农户参保。", v(KindRate, "", "近八成", 80, "%", About)},
		{"tenths arabic", "办结率达9成。", v(KindRate, "completion_rate", "9成", 90, "%", Exact)},
		{"tenths half", "满意率为九成半。", v(KindRate, "satisfaction_rate", "九成半", 95, "%", Exact)},
		{"tenths chao", "群众满意率超九成。", v(KindRate, "satisfaction_rate", "超九成", 90, "%", Over)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.in, 0, tc.want) })
	}
}

func TestMoney(t *testing.T) {
	tests := []struct {
		name, in string
		want     one
	}{
		{"yuan", "补助600元。", v(KindMoney, "", "600元", 600, "元", Exact)},
		{"wanyuan", "发展资金250万元。", v(KindMoney, "", "250万元", 2500000, "元", Exact)},
		{"yiyuan", "总投资3亿元。", v(KindMoney, "", "3亿元", 3e8, "元", Exact)},
		{"mixed", "投入1.2万元。", v(KindMoney, "", "1.2万元", 12000, "元", Exact)},
		{"duo wan", "先后投入400多万元。", v(KindMoney, "", "400多万元", 4000000, "元", Over)},
		{"yu wan", "筹集资金50余万元。", v(KindMoney, "", "50余万元", 500000, "元", Over)},
		{"ji wan", "筹集资金三千四百五十几万元。", v(KindMoney, "", "三千四百五十几万元", 3.45e7, "元", Over)},
		{"bare ji wan", "落实项目资金四十几万，", v(KindMoney, "", "四十几万", 400000, "元", Over)},
		{"bare wan", "落实项目资金80万，", v(KindMoney, "", "80万", 800000, "元", Exact)},
		{"chinese", "捐款三千五百元。", v(KindMoney, "", "三千五百元", 3500, "元", Exact)},
		{"jiao fen", "每斤收购价5元3角。", v(KindMoney, "", "5元3角", 5.3, "元", Exact)},
		{"renminbi", "奖励5000元人民币。", v(KindMoney, "", "5000元人民币", 5000, "元", Exact)},
		{"ge yi", "项目投资3个亿。", v(KindMoney, "", "3个亿", 3e8, "元", Exact)},
		{"sign", "门票￥300", v(KindMoney, "", "￥300", 300, "元", Exact)},
		{"ge yi foreign", "两个亿卢布", v(KindMoney, "", "两个亿卢布", 2e8, "卢布", Exact)},
		{"dollars", "引进外资超过1000万美元。", v(KindMoney, "", "超过1000万美元", 1e7, "美元", Over)},
		{"yuan zheng", "捐款人民币伍万元整。", v(KindMoney, "", "伍万元", 50000, "元", Exact)},
		{"about", "项目总投资约3000万元。", v(KindMoney, "", "约3000万元", 3e7, "元", About)},
		{"near", "投入近500万元用于改造。", v(KindMoney, "", "近500万元", 5e6, "元", About)},
		{"xiaoyu", "预算小于40万元。", v(KindMoney, "", "小于40万元", 400000, "元", Under)},
		{"cents", "这台电脑两美元又三美分", v(KindMoney, "", "两美元又三美分", 2.03, "美元", Exact)},
		{"shang qian wan", "投入上千万元", v(KindMoney, "", "上千万元", 1e7, "元", Over)},
		{"wen", "七蚊", v(KindMoney, "", "七蚊", 7, "元", Exact)},
		{"k yuan", "月薪15k元左右", v(KindMoney, "", "15k元左右", 15000, "元", About)},
		{"k pay", "月薪8k左右。", v(KindMoney, "", "8k左右", 8000, "元", About)},
		{"k not pay", "新建10kV线路3公里。", v(KindQuantity, "", "3公里", 3, "公里", Exact)},
		{"qima", "起碼三蚊零四", v(KindMoney, "", "起碼三蚊零四", 3.04, "元", AtLeast)},
		{"falling ends stay two", "收入5000元-3000元", v(KindMoney, "", "5000元", 5000, "元", Exact)},
		{"shang yi bare", "项目资金上亿", v(KindMoney, "", "上亿", 1e8, "元", Over)},
		{"naira", "达到445奈拉兑换", v(KindMoney, "", "445奈拉", 445, "奈拉", Exact)},
		{"kuai ling fen", "至少三块零四", v(KindMoney, "", "至少三块零四", 3.04, "元", AtLeast)},
		{"kuai jiao", "九块九", v(KindMoney, "", "九块九", 9.9, "元", Exact)},
		{"jiao alone", "每斤补贴5毛，", v(KindMoney, "", "5毛", 0.5, "元", Exact)},
		{"jiao alone end", "2角", v(KindMoney, "", "2角", 0.2, "元", Exact)},
		{"mao numeral", "每斤涨了两毛。", v(KindMoney, "", "两毛", 0.2, "元", Exact)},
		{"hao numeral", "两毫", v(KindMoney, "", "两毫", 0.2, "元", Exact)},
		{"yen sen", "10日元5銭", v(KindMoney, "", "10日元5銭", 10.05, "日元", Exact)},
		{"euro cents", "3欧元20欧分", v(KindMoney, "", "3欧元20欧分", 3.2, "欧元", Exact)},
		{"not its hundredth", "5美元3便士", v(KindMoney, "", "5美元", 5, "美元", Exact)},
		{"pence", "5英镑30便士", v(KindMoney, "", "5英镑30便士", 5.3, "英镑", Exact)},
		{"gaoyu", "收入高于3000元的", v(KindMoney, "", "高于3000元", 3000, "元", Over)},
		{"no float noise", "投资额达2.3亿，", one{kind: KindMoney, metric: "-", text: "2.3亿", value: 2.3e8, min: nan(), exact: true}},
		{"no float noise yuan", "补助0.7万元", one{kind: KindMoney, metric: "-", text: "0.7万元", value: 7000, min: nan(), exact: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.in, 0, tc.want) })
	}
	// 万 with no money around it is not money.
	for _, in := range []string{"全镇人口3万，", "产茧×××万斤。", "万人会战", "3角形", "城市一角", "一毛不拔", "第2角", "12角", "三角", "两毫米", "不差一毫。", "读了三毛，"} {
		for _, f := range FromText(in, Reference{}) {
			if f.Kind == KindMoney {
				t.Errorf("FromText(%q) = money %q, want none", in, f.Text)
			}
		}
	}
}

func TestUnits(t *testing.T) {
	tests := []struct {
		name, in string
		want     one
	}{
		{"gongli", "新建道路12.5公里。", v(KindQuantity, "", "12.5公里", 12.5, "公里", Exact)},
		{"pingfangmi", "改造房屋5000多平方米。", v(KindArea, "", "5000多平方米", 5000, "平方米", Over)},
		{"pingfang", "一套100平方的房子", v(KindArea, "", "100平方", 100, "平方", Exact)},
		{"wan mu", "完成造林面积1.5万亩。", v(KindArea, "", "1.5万亩", 15000, "亩", Exact)},
		{"dun", "产量约2.3万吨。", v(KindQuantity, "", "约2.3万吨", 23000, "吨", About)},
		{"wan renci", "全年接待游客超过50万人次。", v(KindCount, "", "超过50万人次", 500000, "人次", Over)},
		{"shang wan", "参与群众上万人次", v(KindCount, "", "上万人次", 10000, "人次", Over)},
		{"zhan", "安装路灯200盏", v(KindCount, "", "200盏", 200, "盏", Exact)},
		{"liang", "称了二两", v(KindQuantity, "", "二两", 2, "两", Exact)},
		{"km ascii", "跑了5km", v(KindQuantity, "", "5km", 5, "km", Exact)},
		{"g ascii", "称了5g", v(KindQuantity, "", "5g", 5, "g", Exact)},
		{"liang after wan", "三千两百两", v(KindQuantity, "", "三千两百两", 3200, "两", Exact)},
		{"mi tenths", "身高三米九", v(KindQuantity, "", "三米九", 3.9, "米", Exact)},
		{"mi tenths about", "身高1米7左右的男子", v(KindQuantity, "", "1米7左右", 1.7, "米", About)},
		{"mi tenths clause", "路面宽4米5，", v(KindQuantity, "", "4米5", 4.5, "米", Exact)},
		{"mi then count", "宽3米5个", v(KindQuantity, "", "3米", 3, "米", Exact)},
		{"mi then digits", "长3米50", v(KindQuantity, "", "3米", 3, "米", Exact)},
		{"liang half", "称了9两半", v(KindQuantity, "", "9两半", 9.5, "两", Exact)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.in, 0, tc.want) })
	}
	for _, in := range []string{"一两年", "二两酒", "两两结对", "今天2:00 pm出发", "分成两半", "一两半天"} {
		for _, f := range FromText(in, Reference{}) {
			if f.Kind == KindQuantity {
				t.Errorf("FromText(%q) = quantity %q, want none", in, f.Text)
			}
		}
	}
}

func TestDates(t *testing.T) {
	d := func(text, date, part string, masked bool) one {
		return one{kind: KindDate, metric: "-", text: text, date: date, part: part, value: nan(), min: nan(), masked: masked}
	}
	tests := []struct {
		name, in string
		year     int
		want     one
	}{
		{"full", "2024年12月21日", 0, d("2024年12月21日", "2024-12-21", "", false)},
		{"chinese full", "二〇二四年三月五日", 0, d("二〇二四年三月五日", "2024-03-05", "", false)},
		{"jinnian", "今年九月份召开", 2024, d("今年九月份", "2024-09", "", false)},
		{"jinnian unknown", "今年5月份召开", 0, d("今年5月份", "--05", "", false)},
		{"qunian", "去年11月", 2024, d("去年11月", "2023-11", "", false)},
		{"bare month", "于4月召开", 2022, d("4月", "2022-04", "", false)},
		{"month day", "在11月16日开展", 0, d("11月16日", "--11-16", "", false)},
		{"hao", "于3月5号召开", 2020, d("3月5号", "2020-03-05", "", false)},
		{"yuedi", "今年四月底召开", 2024, d("今年四月底", "2024-04", "late", false)},
		{"shangxun", "6月上旬", 2024, d("6月上旬", "2024-06", "early", false)},
		{"zhongxun", "8月中旬", 2024, d("8月中旬", "2024-08", "mid", false)},
		{"xiaxun", "9月下旬", 2024, d("9月下旬", "2024-09", "late", false)},
		{"yuechu", "10月初", 2024, d("10月初", "2024-10", "early", false)},
		{"nian yishi", "2023年伊始，主席团", 0, d("2023年伊始", "2023", "early", false)},
		{"span end", "3月28日至31日召开", 2024, d("31日", "2024-03-31", "", false)},
		{"list", "分别于4月、7月、9月和11月", 2024, d("11月", "2024-11", "", false)},
		{"year inherited", "2019年3月召开，5月闭幕", 2024, d("5月", "2019-05", "", false)},
		{"masked year", "XX年12月21日", 0, d("XX年12月21日", "--12-21", "", true)},
		{"masked month", "×月××日召开", 0, d("×月××日", "", "", true)},
		{"masked year alone", "××××年工作总结", 0, d("××××年", "", "", true)},
		{"year alone", "2023年全镇", 0, d("2023年", "2023", "", false)},
		{"iso", "于2021-05-06召开", 0, d("2021-05-06", "2021-05-06", "", false)},
		{"niandu", "2021年度财政预算", 0, d("2021年度", "2021", "", false)},
		{"first half", "2017年上半年，全镇", 0, d("2017年上半年", "2017", "early", false)},
		{"second half chinese", "二〇二三年下半年", 0, d("二〇二三年下半年", "2023", "late", false)},
		{"half relative", "今年上半年，主席团", 2021, d("今年上半年", "2021", "early", false)},
		{"half last year", "去年下半年", 2021, d("去年下半年", "2020", "late", false)},
		{"half of this year", "今年上半年共召开主席团会议3次", 2021, d("今年上半年", "2021", "early", false)},
		{"year end", "2021年底前完成", 0, d("2021年底", "2021", "late", false)},
		{"year start", "2022年初，镇人大", 0, d("2022年初", "2022", "early", false)},
		{"this year end", "今年年底", 2024, d("今年年底", "2024", "late", false)},
		{"quarter", "2021年一季度完成投资", 0, d("2021年一季度", "2021-01", "", false)},
		{"quarter ordinal", "今年第三季度", 2024, d("今年第三季度", "2024-07", "", false)},
		{"quarter end", "2013年一季度末", 0, d("2013年一季度末", "2013-03", "late", false)},
		{"quarter start", "去年四季度初", 2021, d("去年四季度初", "2020-10", "early", false)},
		{"first quarters", "前三季度，全镇", 2024, d("前三季度", "2024-01", "", false)},
		{"chinese two-digit year", "九八年", 0, d("九八年", "1998", "", false)},
		{"day span without ri", "时间从一月19到20日", 2024, d("一月19", "2024-01-19", "", false)},
		{"day after month", "5月，于29日召开会议", 2024, d("29日", "2024-05-29", "", false)},
		{"years bare", "时间从2016到2018", 0, d("2018", "2018", "", false)},
		{"dotted", "2023.5.12召开", 0, d("2023.5.12", "2023-05-12", "", false)},
		{"two-digit year before ref", "98年4月", 1997, d("98年4月", "1998-04", "", false)},
		{"two-digit year end", "19年底", 2021, d("19年底", "2019", "late", false)},
		{"two-digit year after ref", "九零年9月十号", 1973, d("九零年9月十号", "1990-09-10", "", false)},
		{"yuedi twice", "十二月月底", 2021, d("十二月月底", "2021-12", "late", false)},
		{"day to another month", "1月3至2月10", 2021, d("1月3", "2021-01-03", "", false)},
		{"first months", "2022年前十一个月", 0, d("2022年前十一个月", "2022-01", "", false)},
		{"years double dash", "从2008年——2018年", 0, d("2008年", "2008", "", false)},
		{"decade", "上世纪九十年代以来", 2020, d("上世纪九十年代", "1990", "", false)},
		{"yuanyue", "今年元月份", 2024, d("今年元月份", "2024-01", "", false)},
		{"season", "今年春季，镇人大", 2024, d("今年春季", "2024", "", false)},
		{"month by order", "他们将在2021年的第三个月离开", 0, d("2021年的第三个月", "2021-03", "", false)},
		{"half with ge", "今年上个半年", 2019, d("今年上个半年", "2019", "early", false)},
		{"year in spoken numerals", "两千零二十三年十月一日", 0, d("两千零二十三年十月一日", "2023-10-01", "", false)},
		{"mixed numerals", "二零二三年12月5日", 0, d("二零二三年12月5日", "2023-12-05", "", false)},
		{"nian day", "十二月廿一日", 2024, d("十二月廿一日", "2024-12-21", "", false)},
		{"yuanyue day", "二〇二三年元月十五日", 0, d("二〇二三年元月十五日", "2023-01-15", "", false)},
		{"date with meeting time", "于2023年3月15日 9:30召开会议", 0, d("2023年3月15日", "2023-03-15", "", false)},
		{"decade no century", "在50年代的时候", 2017, d("50年代", "1950", "", false)},
		{"decade this century", "本世纪20年代", 2024, d("本世纪20年代", "2020", "", false)},
		{"decade numbered century", "十九世纪七十年代", 0, d("十九世纪七十年代", "1870", "", false)},
		{"slashed", "2023/5/12召开", 0, d("2023/5/12", "2023-05-12", "", false)},
		{"a month in next year's plans", "五、2022年工作打算\n一是强化监督。二是6月组织代表向选民述职。", 2021, d("6月", "2022-06", "", false)},
		{"a month in this year's work", "四、代表工作\n6月组织代表向选民述职。\n五、2022年工作打算\n一是强化监督。", 2021, d("6月", "2021-06", "", false)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.in, tc.year, tc.want) })
	}
}

// TestOtherBodiesSittings checks that the sittings of another body listed
// after a congress's sitting are not taken as the congress's.
func TestOtherBodiesSittings(t *testing.T) {
	for _, in := range []string{
		"3月召开了镇第十八届人民代表大会第四次会议。协助召开了县政协第十届第三次、第四次、第五次会议。",
		"3月召开了镇第十八届人民代表大会第四次会议。召开镇人大主席团第十次、第十一次、第十二次会议。",
	} {
		n := 0
		for _, f := range FromText(in, Reference{}) {
			if f.Kind == KindSession {
				n++
			}
		}
		if n != 1 {
			t.Errorf("FromText(%q): %d sessions, want 1 (the congress's)", in, n)
		}
	}
}

func TestSessions(t *testing.T) {
	s := func(text string, term int, value float64) one {
		return one{kind: KindSession, metric: "-", text: text, term: term, value: value, min: nan()}
	}
	tests := []struct {
		name, in string
		want     one
	}{
		{"full", "召开了第二届人代会第五次会议", s("第二届人代会第五次会议", 2, 5)},
		{"short", "胜利召开镇十届人大二次会议", s("镇十届人大二次会议", 10, 2)},
		{"no term", "镇人大六次会议审议", s("镇人大六次会议", -1, 6)},
		{"people's congress", "第一届人民代表大会第七次会议", s("第一届人民代表大会第七次会议", 1, 7)},
		{"traditional", "第十九屆人民代表大會第二次會議", s("第十九屆人民代表大會第二次會議", 19, 2)},
		{"jie ci", "县人大十六届三次会议", s("十六届三次会议", 16, 3)},
		{"first of a list", "桃源镇第十九届人民代表大会第五次、第六次会议分别召开。", s("第十九届人民代表大会第五次", 19, 5)},
		{"second of a list", "桃源镇第十九届人民代表大会第五次、第六次会议分别召开。", s("第六次会议", 19, 6)},
		{"short list, first", "召开了镇十六届人大五次、六次会议。", s("十六届人大五次", 16, 5)},
		{"short list, second", "召开了镇十六届人大五次、六次会议。", s("六次会议", 16, 6)},
		{"list with no term", "镇人大五次和六次会议先后召开。", s("六次会议", -1, 6)},
		{"term list after 人大", "县人大十六届五次、六次会议", s("十六届五次", 16, 5)},
		{"three in a list, the middle one", "镇十六届人大四次、五次、六次会议", s("五次", 16, 5)},
		{"three in a list, the last one", "第十六届人民代表大会第四次、第五次和第六次会议", s("第六次会议", 16, 6)},
		{"bare sitting after its congress", "3月召开的第十八届人民代表大会第四次会议审议了报告；9月召开的第五次会议补选了副镇长。", s("第五次会议", 18, 5)},
		{"national", "列席十四届全国人大一次会议", s("十四届全国人大一次会议", 14, 1)},
		{"national full", "第十四届全国人民代表大会第二次会议", s("第十四届全国人民代表大会第二次会议", 14, 2)},
		{"provincial", "传达十三届省人大三次会议精神", s("十三届省人大三次会议", 13, 3)},
		{"term and sitting alone, of suggestions", "对十七届六次会议收到的建议，主席团逐件交办。", s("十七届六次会议", 17, 6)},
		{"term and sitting alone, a term named before", "1月召开镇第十八届人民代表大会第二次会议。11月，十八届三次会议召开。", s("十八届三次会议", 18, 3)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.in, 0, tc.want) })
	}
}

// TestNegatives lists texts that hold numerals but none of the facts
// named: each kind given must not appear.
func TestNegatives(t *testing.T) {
	tests := []struct {
		name, in string
		kinds    []string
	}{
		{"yishi", "一是加强学习，二是强化监督。", nil},
		{"tongyi", "统一思想，统一认识。", nil},
		{"shibada", "学习贯彻十八大精神。", nil},
		{"plenum", "学习十八届三中全会精神。", nil},
		{"cppcc", "列席政协六届二次会议。", nil},
		{"national cppcc", "政协十四届全国委员会第二次会议", nil},
		{"cppcc list", "列席县政协十届三次、四次会议。", []string{KindSession}},
		{"presidium list", "主席团第五次、第六次会议研究了建议办理工作。", []string{KindSession}},
		{"a presidium's list of three", "召开镇人大主席团第十次、第十一次、第十二次会议。", []string{KindSession}},
		{"presidium list with its term", "召开镇人大主席团十六届五次、六次会议。", []string{KindSession}},
		{"cppcc list after the congress", "组织代表列席县人大、政协十届三次、四次会议。", []string{KindSession}},
		{"cheng word", "一成不变地坚持", nil},
		{"cheng new", "购置八成新的设备", nil},
		{"cheng member", "由三成员组成", []string{KindRate}},
		{"cheng vague", "七八成的群众", []string{KindRate}},
		{"cheng next figure", "九成五个村", []string{KindRate}},
		{"page", "第1页 共3页", nil},
		{"phone", "联系电话：0371-62345678", nil},
		{"mobile", "手机：13912345678", nil},
		{"doc number", "鄂办发[2017]40号", nil},
		{"doc number brackets", "按照县委〔2019〕3号文件", nil},
		{"page time", "发布时间：2017-05-12 10:30:22", nil},
		{"ordinal", "中考为全市第七名", nil},
		{"enumeration", "一次是在四月，一次是在九月", []string{KindCount}},
		{"industries", "推动一、二、三次产业发展", nil},
		{"slogan quoted", "深入贯彻“三个代表”重要思想", nil},
		{"slogan words", "严格落实中央八项规定精神，增强四个意识、坚定四个自信、做到两个维护", []string{KindCount}},
		{"slogan unquoted", "践行三个代表重要思想", nil},
		{"ji not after tens", "三几个人", nil},
		{"ji alone", "项目资金几万，", nil},
		{"between jian", "在10000与20000间", nil},
		{"ji after ordinal", "第二十几届", nil},
		{"duration", "历时三个月", nil},
		{"yicixing", "一次性解决", nil},
		{"url", "见 http://a.cn/x?q=30%25", nil},
		{"day alone", "于29日召开会议", []string{KindDate}},
		{"chengqian shangwan", "成千上万人", nil},
		{"shang yi ci", "上一次会议", nil},
		{"zhe yi xiang", "这一项工作", nil},
		{"day every month", "每月15日为代表接待日", []string{KindDate}},
		{"every quarter", "每季度至少安排2次活动", []string{KindDate}},
		{"quarters as duration", "用了三个季度", []string{KindDate}},
		{"start without year", "按照年初工作计划", []string{KindDate}},
		{"figure range not years", "共2000-2030人参加", []string{KindDate}},
		{"page timestamp", "2022-11-21 14:50:03", []string{KindDate}},
		{"page timestamp written", "2022年11月21日 14:50", []string{KindDate}},
		{"page timestamp seconds", "2022年11月21日 14:50:03 来源：镇政府", []string{KindDate}},
		{"document year", "依据县政府〔2022〕12号文件", []string{KindDate}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, f := range FromText(tc.in, Reference{Year: 2020}) {
				if tc.kinds == nil || contains(tc.kinds, f.Kind) {
					t.Errorf("FromText(%q) = %s %q (%s), want none", tc.in, f.Kind, f.Text, f.Rule)
				}
			}
		})
	}
}

// TestDateNegatives lists words that look like dates but are not, or not
// all of what they seem: only the facts named by want may come out.
func TestDateNegatives(t *testing.T) {
	tests := []struct {
		name, in string
		year     int
		want     []string // the texts of the date facts expected
	}{
		{"day after sentence", "5月召开。于29日闭幕", 2020, []string{"5月"}},
		{"half without year", "上半年共召开会议", 0, nil},
		{"chubu", "2021年初步完成", 0, []string{"2021年"}},
		{"year end without year", "年底前完成", 2020, nil},
		{"months before an event", "换届前三个月", 2020, nil},
		{"yuan before yue", "月薪1000元月底发放", 2020, nil},
		{"season without year", "秋季秸秆禁烧", 2020, nil},
		{"month by order without year", "第三个月开始", 2020, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range FromText(tc.in, Reference{Year: tc.year}) {
				if f.Kind == KindDate {
					got = append(got, f.Text)
					if f.DatePart != "" {
						t.Errorf("FromText(%q): %q has part %q, want none", tc.in, f.Text, f.DatePart)
					}
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("FromText(%q) dates = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestTwoDeputyFigures checks that each part of 46名县代表、51名镇代表向选民进行了述职
// is its own fact.
func TestTwoDeputyFigures(t *testing.T) {
	in := "全镇共有30名县代表、42名镇代表向选民进行了述职。"
	var got []float64
	for _, f := range FromText(in, Reference{}) {
		if f.Metric == "deputies_reported" {
			got = append(got, *f.Value)
		}
	}
	if len(got) != 2 || got[0] != 30 || got[1] != 42 {
		t.Errorf("FromText(%q) deputies_reported = %v, want [30 42]", in, got)
	}
}

func TestMetricsTable(t *testing.T) {
	if len(Metrics) != 17 {
		t.Fatalf("len(Metrics) = %d, want 17", len(Metrics))
	}
	for _, r := range metricRules {
		if _, ok := MetricByID(r.metric); !ok {
			t.Errorf("rule for unknown metric %q", r.metric)
		}
	}
	for _, m := range Metrics {
		found := false
		for _, r := range metricRules {
			found = found || r.metric == m.ID
		}
		if !found {
			t.Errorf("metric %q has no rule", m.ID)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"会上共收到代表提出的议案、建议共11份，办结率95％。",
		"今年四月底召开了第二届人代会第五次会议，3月28日至31日",
		"XX年12月21日 ×月××日 ××条 **% &&人",
		"投入400多万元，近万人次，3—5项，两三个，1.2万，百分之九十",
		"１２３４５６７８９０％，２０２４年１２月",
		"鄂办发[2017]40号 0371-62345678 第1页",
		"办结率和满意率均为１００％，满意率和办结率分别达到98%和95%",
		"2017年上半年，今年一季度末，前三季度，上世纪九十年代，2021年底，从2016到2018",
		"1万(含)-5万元，3至5百万元，两个亿卢布，三千两百两，两美元又三美分，于2023年3月15日 9:30",
		"三米九，1米7左右，9两半，每斤5毛，二十几人，四十几万元，一百十一",
		"代表活动站：新建2个，现有7个。\n在14个行政村各建设代表活动室1个，满意率九成以上；计划召开主席团会议不少于10次，没提过一条建议。",
		"统计如下（单位：件）：\n类别 | 数量 | 办理情况\n人代会期间代表建议 | 28件 | 已办结26件\n合计 | 34 | 已办结32件，办结率94.1%",
		"| 项目 | ２０２２年 | 2023 |\n|---|---|---|\n召开主席团会议（次）\t８\t10\n组织视察（次）    5    7\n金额（万元）｜1,200｜",
	} {
		f.Add(s, 2024, 0, 0)
		f.Add(s, 2018, 1, 22) // a reference date known to the day, as the peers' suites give
	}
	seg, err := segment.Shared()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, year, month, day int) {
		if !utf8.ValidString(text) {
			return
		}
		ref := Reference{Year: year % 3000, Month: month % 13, Day: day % 32}
		if ref.Month < 0 || ref.Day < 0 {
			ref.Month, ref.Day = 0, 0
		}
		facts := extractText(text, ref, seg.Tokens(text))
		if ref.Month == 0 {
			// Documents reach extraction this way, with their year only.
			facts = Extract(&corpus.Document{Text: text, Year: ref.Year}, seg.Tokens(text))
		}
		for _, fc := range facts {
			if fc.Start < 0 || fc.End > len(text) || fc.Start >= fc.End {
				t.Fatalf("fact %+v out of bounds", fc)
			}
			if !utf8.RuneStart(text[fc.Start]) || fc.End < len(text) && !utf8.RuneStart(text[fc.End]) {
				t.Fatalf("fact %q not on rune boundaries", fc.Text)
			}
			if fc.Text != text[fc.Start:fc.End] {
				t.Fatalf("fact text %q != doc.Text[%d:%d] %q", fc.Text, fc.Start, fc.End, text[fc.Start:fc.End])
			}
			for _, p := range []*float64{fc.Value, fc.Min, fc.Max} {
				if p != nil && (math.IsNaN(*p) || math.IsInf(*p, 0)) {
					t.Fatalf("fact %q has value %v", fc.Text, *p)
				}
			}
			if fc.Rule == "" {
				t.Fatalf("fact %q has no rule", fc.Text)
			}
		}
	})
}

func TestTraditional(t *testing.T) {
	tests := []struct {
		name, in string
		want     one
	}{
		{"meetings", "全年召開主席團會議8次。", v(KindCount, "presidium_meetings", "8次", 8, "次", Exact)},
		{"motions", "收到代表議案建議21件。", v(KindCount, "motions", "21件", 21, "件", Exact)},
		{"rate", "辦結率達98%。", v(KindRate, "completion_rate", "98%", 98, "%", Exact)},
		{"stations", "設立代表聯絡站5個。", v(KindCount, "deputy_stations", "5個", 5, "個", Exact)},
		{"meetings apart", "主席團共召開會議48次。", v(KindCount, "presidium_meetings", "48次", 48, "次", Exact)},
		{"opinions summed up", "匯總群眾意見建議86條。", v(KindCount, "opinions_collected", "86條", 86, "條", Exact)},
		{"stations zhendi", "全鎮代表活動陣地達到9個。", v(KindCount, "deputy_stations", "9個", 9, "個", Exact)},
		{"plan", "主席團將繼續召開例會6次。", v(KindCount, "", "6次", 6, "次", Exact)},
		{"negated", "一年到頭沒提過一條建議。", v(KindCount, "", "一條", 1, "條", Exact)},
		{"rounds", "開展工作評議兩輪。", v(KindCount, "appraisals", "兩輪", 2, "輪", Exact)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.in, 0, tc.want) })
	}
}

func TestTwoDigitYears(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"他07年毕业", "2007"},
		{"98年洪水", "1998"},
		{"零八年奥运会", "2008"},
	} {
		f, ok := find(t, tc.in, 2020, one{kind: KindDate})
		if !ok || f.Date != tc.want {
			t.Errorf("FromText(%q) date = %q (found %v), want %q", tc.in, f.Date, ok, tc.want)
		}
	}
	for _, in := range []string{"近50年来", "经过60年的发展", "工作了55年", "历时70年"} {
		for _, f := range FromText(in, Reference{Year: 2020}) {
			if f.Kind == KindDate {
				t.Errorf("FromText(%q) = date %q, want none", in, f.Text)
			}
		}
	}
}

func TestRatesNamedTogether(t *testing.T) {
	metrics := func(in string) map[string]float64 {
		got := map[string]float64{}
		for _, f := range FromText(in, Reference{}) {
			if f.Kind == KindRate && f.Metric != "" {
				got[f.Metric] = *f.Value
			}
		}
		return got
	}
	tests := []struct {
		in   string
		want map[string]float64
	}{
		{"代表建议办结率和满意率均为100%。", map[string]float64{"completion_rate": 100, "satisfaction_rate": 100}},
		{"满意率和办结率分别达到98%和95%。", map[string]float64{"completion_rate": 95, "satisfaction_rate": 98}},
		{"办结率、满意率分别为96%、99%。", map[string]float64{"completion_rate": 96, "satisfaction_rate": 99}},
	}
	for _, tc := range tests {
		got := metrics(tc.in)
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("FromText(%q) rates = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestPlansAndTargets checks that figures of plans and targets carry no
// metric, and that words of the future elsewhere do not hide done work.
// partsText is a summary followed by the next year's plans, each a part
// with the headings of its items.
const partsText = "第一部分　2024年工作总结\n一、依法履职。全年召开主席团会议8次。\n第二部分　2025年工作要点\n一、强化监督。全年召开主席团会议不少于6次。\n二、抓好建议办理。代表建议办结率达到95%以上。"

func TestPlansAndTargets(t *testing.T) {
	tests := []struct {
		in, text, metric string
	}{
		{"明年，我们计划召开主席团会议不少于4次，力争办结率达到100%。", "不少于4次", ""},
		{"明年，我们计划召开主席团会议不少于4次，力争办结率达到100%。", "100%", ""},
		{"2025年，工委将继续深化建设，确保满意率不低于95%。", "不低于95%", ""},
		{"已办结24件，其余建议列入明年计划逐步解决，办结率92.3%。", "92.3%", "completion_rate"},
		{"按照年初计划，共召开主席团会议6次。", "6次", "presidium_meetings"},
		{"确保项项有落实，已落实12条。", "12条", "motions_resolved"},
		// a part of plans reaches over the headings of its items
		{partsText, "不少于6次", ""},
		{partsText, "95%以上", ""},
		{partsText, "8次", "presidium_meetings"},
	}
	for _, tc := range tests {
		f, ok := find(t, tc.in, 2024, one{text: tc.text})
		if !ok {
			t.Errorf("FromText(%q): no fact %q", tc.in, tc.text)
			continue
		}
		if f.Metric != tc.metric {
			t.Errorf("FromText(%q) fact %q metric = %q, want %q", tc.in, tc.text, f.Metric, tc.metric)
		}
	}
}

func TestNumbersHalf(t *testing.T) {
	tests := []struct {
		in, text string // text "" when no half is read
	}{
		{"一半", "一半"},
		{"半个", "半个"},
		{"买了半斤", "半"},
		{"切两半", ""},
		{"一年半", ""},
		{"半岛", ""},
	}
	for _, tc := range tests {
		got := ""
		for _, n := range Numbers(tc.in) {
			if n.Value == 0.5 {
				got = tc.in[n.Start:n.End]
			}
		}
		if got != tc.text {
			t.Errorf("Numbers(%q): half %q, want %q", tc.in, got, tc.text)
		}
	}
}

func TestRelativeDays(t *testing.T) {
	ref := Reference{Year: 2019, Month: 8, Day: 28}
	tests := []struct {
		in   string
		ref  Reference
		want string // the date of the only date fact; "" for none
	}{
		{"将于明日正式上线", ref, "2019-08-29"},
		{"今天开会", ref, "2019-08-28"},
		{"大前天回来", Reference{Year: 2013, Month: 3, Day: 1}, "2013-02-26"},
		{"《明日之后》周年庆", ref, ""},
		{"次日召开会议", Reference{Year: 2019}, ""}, // no day to count from
		{"他5天前就回来了", Reference{Year: 2018, Month: 8, Day: 30}, "2018-08-25"},
		{"二十天后召开", Reference{Year: 2019, Month: 2, Day: 18}, "2019-03-10"},
		{"3天后召开", Reference{Year: 2019}, ""},
		{"下个月完工", Reference{Year: 2017, Month: 12, Day: 22}, "2018-01"},
		{"上一个月", Reference{Year: 2021, Month: 6, Day: 14}, "2021-05"},
		{"本月召开", Reference{Year: 2021}, ""},
		{"本月十日", Reference{Year: 2017, Month: 3, Day: 22}, "2017-03-10"},
		{"会议在下下周", Reference{Year: 2017, Month: 3, Day: 22}, "2017-04-03,2017-04-09"},
		{"《下周》第3集", Reference{Year: 2017, Month: 3, Day: 22}, ""},
		{"明年", Reference{Year: 2017, Month: 3, Day: 22}, "2018"},
		{"我今年18周岁了", Reference{Year: 2018, Month: 7, Day: 16}, "2018"},
		{"今年，我们始终坚持", Reference{Year: 2024}, ""}, // a summary's year alone: unclear
	}
	for _, tc := range tests {
		var got []string
		for _, f := range FromText(tc.in, tc.ref) {
			if f.Kind == KindDate {
				got = append(got, f.Date)
			}
		}
		if want := []string{tc.want}; tc.want == "" && len(got) > 0 || tc.want != "" && strings.Join(got, ",") != tc.want {
			t.Errorf("FromText(%q, %+v) dates = %q, want %q", tc.in, tc.ref, got, want)
		}
	}
}

func TestNumbersInWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string // "text=value"
	}{
		{"一千多万", []string{"一千多万=1e+07"}},
		{"十多万", []string{"十多万=100000"}},
		{"二十几万", []string{"二十几万=200000"}},
		{"四百多", []string{"四百=400"}},
		{"三百个", []string{"三百=300"}},
		{"三十岁", []string{"三十=30"}},
		{"1-2个", []string{"1=1", "2=2"}},
		{"温度-3", []string{"-3=-3"}},
		{"40k", []string{"40k=40000"}},
		{"-1200K", []string{"-1200K=-1.2e+06"}},
		{"10kV线路", []string{"10=10"}},
		{"四川", nil},
		{"十足", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, n := range Numbers(tc.in) {
			got = append(got, fmt.Sprintf("%s=%v", tc.in[n.Start:n.End], n.Value))
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("Numbers(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestKiloPayRange(t *testing.T) {
	facts := FromText("我们薪酬能给到10k~15k。", Reference{})
	if len(facts) != 1 || facts[0].Kind != KindMoney || facts[0].Text != "10k~15k" || facts[0].Min == nil || facts[0].Max == nil || *facts[0].Min != 10000 || *facts[0].Max != 15000 {
		t.Fatalf("facts = %s, want money 10000–15000 on 10k~15k", dump(facts))
	}
}

// TestTitleApart checks that the title of a part of a page (第二篇：…), which
// corpus keeps apart from its text, says what a title says: the summary's
// year (last year's figures are not the year's) and its body (a 街道).
func TestTitleApart(t *testing.T) {
	text := "今年以来，东坝乡人大主席团认真督办代表建议。去年代表提出的十五件建议，本年已全部落实。今年代表提出建议18件。"
	tests := []struct {
		title, figure, metric string
	}{
		{"东坝乡人大主席团2012年工作总结", "十五件", ""},
		{"东坝乡人大主席团2012年工作总结", "18件", "motions"},
		{"", "十五件", "motions"}, // no title: no year to tell last year's by
	}
	for _, tc := range tests {
		var got *Fact
		facts := Extract(&corpus.Document{Title: tc.title, Text: text, Year: 2012}, nil)
		for i := range facts {
			if facts[i].Text == tc.figure {
				got = &facts[i]
			}
		}
		if got == nil {
			t.Fatalf("title %q: no fact %q in %s", tc.title, tc.figure, dump(facts))
		}
		if got.Metric != tc.metric {
			t.Errorf("title %q: %q metric = %q (%s), want %q", tc.title, tc.figure, got.Metric, got.Rule, tc.metric)
		}
	}
}

// TestSpokenYear checks that a report written in the year after the one it
// covers counts its 今年 and 去年 from the year it was written in.
func TestSpokenYear(t *testing.T) {
	text := "去年2月，召开了镇第十八届人民代表大会第四次会议。今年9月，完成代表联络站建设。"
	facts := Extract(&corpus.Document{Text: text, Year: 2014, Spoken: 2015}, nil)
	want := map[string]string{"去年2月": "2014-02", "今年9月": "2015-09"}
	for _, f := range facts {
		if w, ok := want[f.Text]; ok {
			if f.Date != w {
				t.Errorf("%s = %s, want %s", f.Text, f.Date, w)
			}
			delete(want, f.Text)
		}
	}
	for text := range want {
		t.Errorf("no date %q in %s", text, dump(facts))
	}
}
