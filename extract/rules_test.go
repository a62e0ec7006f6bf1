package extract

import "testing"

// metricCase is a figure of a sentence and the metric it should carry
// ("" for none).
type metricCase struct {
	name, in, text, metric string
}

func checkMetrics(t *testing.T, tests []metricCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, ok := find(t, tc.in, 2024, one{text: tc.text})
			if !ok {
				t.Fatalf("FromText(%q): no fact %q in %s", tc.in, tc.text, dump(FromText(tc.in, Reference{Year: 2024})))
			}
			if f.Metric != tc.metric {
				t.Errorf("FromText(%q) fact %q metric = %q (%s, label %q), want %q", tc.in, tc.text, f.Metric, f.Rule, f.Label, tc.metric)
			}
		})
	}
}

// TestCuesApart checks cue words that stand apart from each other or from
// the figure: 主席团…会议, 走访…居民, 查出…问题.
func TestCuesApart(t *testing.T) {
	checkMetrics(t, []metricCase{
		{"presidium meeting apart", "主席团共召开会议48次。", "48次", "presidium_meetings"},
		{"presidium kaihui", "主席团共开会十一次。", "十一次", "presidium_meetings"},
		{"presidium regular", "镇人大主席团全年召开例会6次。", "6次", "presidium_meetings"},
		{"presidium not a meeting", "主席团成员带队视察5次。", "5次", "inspections"},
		{"presidium congress", "主席团组织召开人代会2次。", "2次", "congress_sessions"},

		{"opinions huizong", "汇总群众意见建议86条。", "86条", "opinions_collected"},
		{"opinions shuli", "梳理群众反映的意见和建议32条。", "32条", "opinions_collected"},
		{"opinions tingqu", "听取选民意见120余条。", "120余条", "opinions_collected"},
		{"zhengli archive", "整理档案资料120份。", "120份", ""},
		{"motions still", "收到代表建议18件。", "18件", "motions"},

		{"problems chachu", "查出隐患问题14个。", "14个", "problems_found"},
		{"problems paichachu", "排查出安全隐患9处。", "9处", "problems_found"},
		{"problems shulichu", "梳理出群众关心的问题20条。", "20条", "problems_found"},
		{"problems no verb", "全镇有问题企业3个。", "3个", ""},

		{"voters residents", "走访居民1500余户。", "1500余户", "voters_contacted"},
		{"voters public", "代表们走访辖区群众2000余人次。", "2000余人次", "voters_contacted"},
		{"voters contact villagers", "联系村民800多人。", "800多人", "voters_contacted"},
		{"voters relief", "走访慰问困难群众150户。", "150户", ""},
		{"voters petitions", "接待来访群众36人次。", "36人次", "petitions"},
		{"voters masked deputies", "全镇××名代表共联系选民××××人次。", "××名", ""},

		{"matters difficulties", "帮助协调解决群众生产生活中的实际困难58件。", "58件", "practical_matters"},
		{"matters problems", "帮助群众解决实际问题45件。", "45件", "practical_matters"},
		{"matters found first", "发现问题12个。", "12个", "problems_found"},
		{"matters plain problems", "解决资金问题3个。", "3个", ""},

		{"appraisal rounds", "开展工作评议两轮。", "两轮", "appraisals"},
		{"inspection rounds", "组织代表集中视察三轮。", "三轮", "inspections"},
		{"rounds no cue", "完成两轮土地确权。", "两轮", ""},

		{"reported person-times", "112人次代表向选民述职。", "112人次", "deputies_reported"},
		{"reported persons", "全镇56名代表向选民述职。", "56名", "deputies_reported"},
		{"person-times contact", "联系选民800人次。", "800人次", "voters_contacted"},

		{"stations zhendi", "全镇代表活动阵地达到９个。", "９个", "deputy_stations"},
		{"stations zhijia", "建成人大代表之家3个。", "3个", "deputy_stations"},
		{"stations other zhendi", "建成宣传文化阵地5个。", "5个", ""},

		{"units zhansuo", "对镇属14个站所开展工作评议。", "14个", "units_appraised"},
		{"units with count after", "对镇属14个站所开展工作评议两轮。", "14个", "units_appraised"},
		{"units count after", "对镇属14个站所开展工作评议两轮。", "两轮", "appraisals"},
		{"units departments", "对12个部门进行民主测评2次。", "12个", "units_appraised"},
		{"units no appraisal", "镇属14个站所全部完成改造。", "14个", ""},
	})
}
