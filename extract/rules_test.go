package extract

import (
	"strings"
	"testing"
)

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
		{"presidium attends", "主席团成员列席镇党委会议20余次。", "20余次", ""},
		{"presidium convenes others", "主席团研究决定召开代表小组会议6次。", "6次", ""},

		{"opinions huizong", "汇总群众意见建议86条。", "86条", "opinions_collected"},
		{"opinions shuli", "梳理群众反映的意见和建议32条。", "32条", "opinions_collected"},
		{"opinions tingqu", "听取选民意见120余条。", "120余条", "opinions_collected"},
		{"zhengli archive", "整理档案资料120份。", "120份", ""},
		{"motions still", "收到代表建议18件。", "18件", "motions"},
		{"opinions made into motions", "梳理汇总后形成建议15件交镇政府办理。", "15件", ""},

		{"problems chachu", "查出隐患问题14个。", "14个", "problems_found"},
		{"problems paichachu", "排查出安全隐患9处。", "9处", "problems_found"},
		{"problems shulichu", "梳理出群众关心的问题20条。", "20条", "problems_found"},
		{"problems no verb", "全镇有问题企业3个。", "3个", ""},

		{"voters residents", "走访居民1500余户。", "1500余户", "voters_contacted"},
		{"voters public", "代表们走访辖区群众2000余人次。", "2000余人次", "voters_contacted"},
		{"voters contact villagers", "联系村民800多人。", "800多人", "voters_contacted"},
		{"voters door to door", "代表入户走访1500余户。", "1500余户", "voters_contacted"},
		{"voters relief", "走访慰问困难群众150户。", "150户", ""},
		{"voters needy", "入户走访困难群众和留守儿童家庭120户。", "120户", ""},
		{"voters petitions", "接待来访群众36人次。", "36人次", "petitions"},
		{"voters masked deputies", "全镇××名代表共联系选民××××人次。", "××名", ""},
		{"remainder of a total", "受理群众来信来访17件，办结15件，其余2件已向来访群众作出解释。", "2件", ""},
		{"remainder with de", "收到建议20件，剩余的3件正在办理。", "3件", ""},
		{"quoted list of steps", "坚持“交办、督办、反馈、测评”四个环节，推动建议办理。", "四个", ""},
		{"quoted name counted", "建成“人大代表之家”1个。", "1个", "deputy_stations"},
		{"made into motions", "收集居民意见建议86条，经梳理后形成代表建议19件在大会期间提交。", "19件", "motions"},
		{"projects voted", "票决产生了2023年民生实事项目8项。", "8项", ""},
		{"projects decided", "讨论决定了全乡十项民生实事。", "十项", ""},
		{"count before verb, clause after", "分别于4月、10月两次组织代表开展民主测评，近百名代表参与。", "两次", "appraisals"},
		{"deputies report at a station", "组织12名区人大代表在联络站向选民述职。", "12名", "deputies_reported"},
		{"deputies of two levels", "组织8名县、镇人大代表到联络站接待选民。", "8名", ""},
		{"deputies contact voters", "30名代表共联系选民800多人。", "800多人", "voters_contacted"},

		{"matters difficulties", "帮助协调解决群众生产生活中的实际困难58件。", "58件", "practical_matters"},
		{"matters problems", "帮助群众解决实际问题45件。", "45件", "practical_matters"},
		{"matters found first", "发现问题12个。", "12个", "problems_found"},
		{"matters far", "帮助协调解决群众在生产生活中遇到的各类实际困难58件。", "58件", "practical_matters"},
		{"matters collected", "收集群众反映的实际困难30件。", "30件", "opinions_collected"},
		{"matters found", "督查中发现群众反映的实际问题12个。", "12个", "problems_found"},
		{"matters urgent", "帮助解决群众急难愁盼问题32件。", "32件", "practical_matters"},
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

// TestHeadingsAndTotals checks that the label heading a terse line names
// the figures after its colon, and that a bare total after a list takes
// its name from the list.
func TestHeadingsAndTotals(t *testing.T) {
	const stations = "代表活动站：新建2个，现有7个。"
	checkMetrics(t, []metricCase{
		{"heading first", stations, "2个", "deputy_stations"},
		{"heading second", stations, "7个", "deputy_stations"},
		{"heading own cue wins", "代表建议：收到15件，办结13件。", "13件", "motions_resolved"},
		{"heading own cue first", "代表建议：收到15件，办结13件。", "15件", "motions"},
		{"items after colons", "办结：22件；正在办理：2件；办结率：91.7%；代表满意率：100%。", "91.7%", "completion_rate"},
		{"items after colons, satisfaction", "办结：22件；正在办理：2件；办结率：91.7%；代表满意率：100%。", "100%", "satisfaction_rate"},
		{"items after colons, in progress", "办结：22件；正在办理：2件；办结率：91.7%。", "2件", ""},
		{"item after a colon mid-line", "代表学习培训（3期）；全镇代表向选民述职：16名。", "16名", "deputies_reported"},
		{"items in brackets", "全年召开各类会议：镇人代会（1次）、主席团会议（8次）、代表小组长会议（4次）。", "8次", "presidium_meetings"},
		{"items in brackets, the last", "全年召开各类会议：镇人代会（1次）、主席团会议（8次）、代表小组长会议（4次）。", "4次", ""},
		{"list without brackets", "会上代表共提出议案3件、建议31件。", "31件", "motions"},
		{"heading on its line only", "代表活动站：新建2个。\n全镇新建道路7个。", "7个", ""},
		{"heading of a plan", "明年工作计划：召开主席团会议8次。", "8次", ""},
		{"long sentence no heading", "一年来，主席团认真履职，做了以下工作：新建2个村级服务点。", "2个", ""},
		{"total after list", "3月、6月、10月分别视察全镇重点项目建设情况，计3次。", "3次", "inspections"},
		{"total gongji", "先后对道路、水利、教育开展专题调研，共计3次。", "3次", "inspections"},
		{"total of activities", "4月、7月、10月，组织代表开展视察，计3次。", "3次", "inspections"},
		{"total not after list", "表决通过了2024年镇级民生实事项目，共8项。", "8项", ""},
		{"no total word", "组织召开了一次人代会，6次联络小组会议。", "6次", ""},
	})
}

// TestNounBeforeAction checks a count before its noun with the action
// after: 27件建议已全部办复 were resolved, not received.
func TestNounBeforeAction(t *testing.T) {
	checkMetrics(t, []metricCase{
		{"banfu", "27件建议已全部办复。", "27件", "motions_resolved"},
		{"dafu", "代表提出的31件建议已全部答复。", "31件", "motions_resolved"},
		{"luoshi", "12条意见均已落实。", "12条", "motions_resolved"},
		{"banjie motions", "5件议案已办结。", "5件", "motions_resolved"},
		{"action in next clause", "收到代表建议27件，已全部办复。", "27件", "motions"},
		{"received then resolved", "镇人代会期间收到的代表建议21件已全部办结。", "21件", "motions"},
		{"action with own number", "28件议案建议截至年底已办结27件。", "28件", "motions"},
		{"action own number", "28件议案建议截至年底已办结27件。", "27件", "motions_resolved"},
		{"jiejue after", "27件建议全部得到解决。", "27件", "motions_resolved"},
		{"action of the next number", "代表提出的建议12件已落实10件。", "12件", "motions"},
		{"handed over", "27件建议交由镇政府办理。", "27件", "motions"},
	})
}

// TestDistributive checks figures given per unit: 各…1个 is one for each,
// and the total is the count of units.
func TestDistributive(t *testing.T) {
	const each = "在全镇14个行政村各建设代表活动室1个。"
	checkMetrics(t, []metricCase{
		{"units take the metric", each, "14个", "deputy_stations"},
		{"one per unit", each, "1个", ""},
		{"jun", "全镇14个行政村均建有代表活动室1个。", "14个", "deputy_stations"},
		{"across a comma", "在14个行政村，各建设代表活动室一个。", "14个", "deputy_stations"},
		{"two per unit", "在14个村各建设代表活动室2个。", "2个", ""},
		{"two per unit total unknown", "在14个村各建设代表活动室2个。", "14个", ""},
		{"unit does not fit", "对12个部门各评议1次。", "1次", "appraisals"},
		{"no count of units", "各村建设代表活动室1个。", "1个", "deputy_stations"},
		{"gexiang", "收到代表建议25件，各项建议办结1件。", "1件", "motions_resolved"},
		{"total follows", "上半年、下半年各召开一次人代会，共2次。", "一次", ""},
		{"the total", "上半年、下半年各召开一次人代会，共2次。", "2次", "congress_sessions"},
		{"per person, an average", "人均联系选民1名。", "1名", ""},
	})
}

// TestPlansInSentence checks that a plan reaches over the rest of its
// sentence, without a plan heading, and not past it.
func TestPlansInSentence(t *testing.T) {
	const plan = "2025年，镇人大主席团计划召开主席团会议不少于10次，组织专题视察4次。"
	const list = "新的一年，主席团将重点做好以下工作：一是召开主席团会议不少于10次；二是组织专题视察4次。"
	checkMetrics(t, []metricCase{
		{"demanded", "会议要求，镇政府要在5月底前完成办理答复，年底前办结率达到100%。", "100%", ""},
		{"demanded satisfaction", "会议要求，年底前办结率达到100%，代表满意率不低于95%。", "不低于95%", ""},
		{"done as demanded", "按照上级要求，组织代表视察6次。", "6次", "inspections"},
		{"demand later", "组织代表视察6次，会议要求各单位整改。", "6次", "inspections"},
		{"plan verb", plan, "不少于10次", ""},
		{"plan next clause", plan, "4次", ""},
		{"plan time first item", list, "不少于10次", ""},
		{"plan time later item", list, "4次", ""},
		{"ni", "镇人大拟组织代表视察3次。", "3次", ""},
		{"jiang", "主席团将继续召开例会6次。", "6次", ""},
		{"list without colon", "明年将重点做好三项工作，一是召开主席团会议8次；二是组织视察4次。", "4次", ""},
		{"statement after semicolon", "已办结30件，其余2件将继续跟踪督办；全年组织视察6次。", "6次", "inspections"},
		{"xiayibu", "全年工作已完成。下一步，召开主席团会议4次。", "4次", ""},
		{"mingnian mid sentence", "明年工作已有安排。全年共召开主席团会议6次，视察4次。", "4次", "inspections"},
		{"next sentence", "明年计划召开主席团会议10次。今年组织视察4次。", "4次", "inspections"},
		{"jiang is ba", "将收集到的意见建议86条及时转交镇政府办理。", "86条", "opinions_collected"},
		{"jijiang", "即将召开主席团会议2次。", "2次", ""},
		{"an jihua", "按计划召开主席团会议6次。", "6次", "presidium_meetings"},
		{"jihua noun", "已办结24件，其余建议列入明年计划逐步解决，办结率92.3%。", "92.3%", "completion_rate"},
		{"zhengqu rate", "今年工作扎实，争取满意率达到95%以上。", "95%以上", ""},
		{"lizheng rate", "全年办结建议20件，力争代表满意率达到98%。", "98%", ""},
		{"zhengqu done", "积极争取，建成代表之家3个。", "3个", "deputy_stations"},
		{"zhengqu funds", "争取上级资金建成代表之家3个。", "3个", "deputy_stations"},
		{"jiang zuowei", "主席团始终将加强代表学习培训作为重要工作，全年组织代表培训5次。", "5次", "trainings"},
		{"jiang jinyibu", "将进一步加强代表之家建设，新建代表联络站3个。", "3个", ""},
	})
}

// TestNegated checks that figures said not to have happened carry no
// metric.
func TestNegated(t *testing.T) {
	checkMetrics(t, []metricCase{
		{"mei", "一年到头没提过一条建议。", "一条", ""},
		{"after", "一条建议也没有提。", "一条", ""},
		{"weibanjie", "尚未办结3件。", "3件", ""},
		{"congwei", "从未收到过一件来信。", "一件", ""},
		{"wu", "全年无一件来信来访。", "一件", ""},
		{"not negation", "无偿为群众办实事12件。", "12件", "practical_matters"},
		{"negation far", "在没有专项经费的条件下建成代表之家3个。", "3个", "deputy_stations"},
		{"from nothing", "从无到有建成代表之家3个。", "3个", "deputy_stations"},
		{"one not negated", "收到代表建议一件。", "一件", "motions"},
		{"negation elsewhere", "办结代表建议12件，没有一件拖延。", "12件", "motions_resolved"},
	})
}

// TestPlans checks that what is set out as a plan gets no metric: a whole
// document of plans, and a sentence headed by a year after the document's.
func TestPlans(t *testing.T) {
	tests := []struct {
		name, text, fig, metric string
		year                    int
	}{
		{"plan document", "石门镇人大主席团2024年工作要点\n一、监督工作\n组织代表视察不少于3次，开展专题调研2次。", "2次", "", 2024},
		{"plan document rate", "石门镇人大主席团2024年工作要点\n确保代表建议办结率达到100%。", "100%", "", 2024},
		{"summary with plan words", "石门镇人大主席团2023年工作总结暨2024年工作计划\n全年组织代表视察5次。", "5次", "inspections", 2023},
		{"future year sentence", "二〇二三年，本人将以更加饱满的热情投入工作，确保全年组织代表视察不少于四次。", "不少于四次", "", 2022},
		{"future year arabic", "2024年，我们要组织代表视察6次。", "6次", "", 2023},
		{"same year sentence", "2023年，镇人大主席团组织代表视察6次。", "6次", "inspections", 2023},
		{"future year with month is done", "2024年1月，召开主席团会议1次。", "1次", "presidium_meetings", 2023},
		{"a work heading with plan words in passing", "一、创新工作思路。全年召开主席团会议8次，组织代表视察调研6次。", "8次", "presidium_meetings", 2021},
		{"a work heading with a clause", "四、强化监督，推动下一步工作落实。组织代表视察5次。", "5次", "inspections", 2021},
		{"plan heading heading its paragraph", "四、下步工作打算。一是开好人代会；二是组织代表视察不少于4次；三是提高建议办结率。", "不少于4次", "", 2019},
		{"plan paragraph's items on lines of their own", "四、下步工作打算。一是开好人代会；\n二是组织代表视察6次。", "6次", "", 2019},
		{"after a plan paragraph", "六、2008年工作打算。代表建议办结率力争达到95%以上。\n附：主要数据统计表\n召开主席团会议5次。", "5次", "presidium_meetings", 2007},
		{"a section heading its paragraph", "二、开展视察和执法检查。组织代表视察4次。", "4次", "inspections", 2019},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *Fact
			facts := FromText(tt.text, Reference{Year: tt.year})
			for i := range facts {
				if facts[i].Text == tt.fig {
					got = &facts[i]
				}
			}
			if got == nil {
				t.Fatalf("no fact %q in %s", tt.fig, dump(facts))
			}
			if got.Metric != tt.metric {
				t.Errorf("%q: metric %q (%s), want %q", tt.fig, got.Metric, got.Rule, tt.metric)
			}
		})
	}
}

// TestActors checks that figures of other bodies' work get no metric, and
// that the congress working with another body keeps its own.
func TestActors(t *testing.T) {
	checkMetrics(t, []metricCase{
		{"petitions office", "镇信访办全年接待来访群众215批386人次，受理信访事项94件。", "94件", ""},
		{"discipline commission", "镇纪委全年受理信访举报27件，立案12件。", "27件", ""},
		{"presidium receives", "主席团全年接待群众来信来访21件。", "21件", "petitions"},
		{"terse petitions line", "全年接待群众来信来访36件。", "36件", "petitions"},
		{"safety inspection", "开展安全生产大检查12次，发现并整改安全隐患267处。", "12次", ""},
		{"safety problems", "开展安全生产大检查12次，发现并整改安全隐患267处。", "267处", ""},
		{"congress inspects safety", "主席团组织代表视察安全生产工作3次。", "3次", "inspections"},
		{"cooperating with the county", "配合县人大开展《安全生产法》执法检查1次，查出隐患问题14个。", "14个", "problems_found"},
		{"county committee's check in a township summary", "镇人大主席团全年召开会议6次。县人大常委会执法检查组来我镇开展执法检查1次。", "1次", ""},
		{"county committee's own report", "县人大常委会全年开展执法检查4次。", "4次", "inspections"},
		{"county committee's report naming presidiums", "县人大常委会2023年工作报告\n县人大常委会全年开展执法检查4次，组织视察6次。加强对乡镇人大主席团工作的指导。", "4次", "inspections"},
		{"county checks in a township summary without 主席团", "镇人大2023年工作总结\n镇人大召开会议研究工作。今年县人大常委会在我镇开展执法检查2次。", "2次", ""},
		{"hotline completion rate", "处理12345热线工单560件，按时办结率99.2%。", "99.2%", ""},
		{"farmers trained", "举办农村实用技术培训42期，培训农民2860人次。", "42期", ""},
		{"party study group", "全年组织中心组集体学习12次。", "12次", ""},
		{"deputies study", "全年组织代表集中学习12次。", "12次", "trainings"},
		{"training by the county committee", "县人大常委会共举办乡镇人大干部培训班6期。", "6期", ""},
		{"the party leads, the presidium acts", "青石镇人大主席团紧扣镇党委中心工作，全年共召开镇人代会2次、主席团会议7次。", "2次", "congress_sessions"},
		{"under the party's leadership", "在镇党委的坚强领导下，主席团全年组织视察5次。", "5次", "inspections"},
		{"deputies report to voters", "23名乡人大代表、4名县人大代表分别向选民汇报一年来的履职情况。", "23名", "deputies_reported"},
		{"county training after a clause on attending", "积极参加上级培训，5月县人大常委会在我镇举办全县乡镇人大工作培训班1期。", "1期", ""},
		{"deputies sent to county training", "组织代表参加区人大常委会举办的专题学习班2期。", "2期", "trainings"},
		{"village secretaries report", "对15名村党组织书记进行年度述职评议。", "15名", ""},
		{"voters at the reporting meeting", "组织15名乡人大代表向选民述职，参加述职会议的选民共计680余人。", "680余人", ""},
		{"grid workers", "网格员全年上门走访群众1.2万余户次。", "1.2万余户次", ""},
		{"coordinating the street office", "人大工委积极协调区政府有关部门和街道办事处抓好办理，截至年底已办结22件。", "22件", "motions_resolved"},
		{"government's practical matters", "镇政府全年实施民生实事项目10件，完成投资4350万元。", "10件", ""},
		{"presidium urges the government", "主席团督促镇政府为群众办实事30件。", "30件", "practical_matters"},
		{"suggestions resolved by the office", "街道人大工委收到代表提出的建议17件，交街道办事处办理，年底前办结15件，办结率88.2%。", "15件", "motions_resolved"},
		{"suggestions rate by the office", "街道人大工委收到代表提出的建议17件，交街道办事处办理，年底前办结15件，办结率88.2%。", "88.2%", "completion_rate"},
		{"petitions resolved", "接待群众来信来访18件，办结16件，其余2件已转县有关部门。", "16件", ""},
		{"suggestions resolved after petitions", "接待来访群众12人次；收到代表建议20件，办结18件。", "18件", "motions_resolved"},
		{"a room in each village", "六个村都建了代表活动室。", "六个", "deputy_stations"},
		{"opinions raised in an inspection", "组织县、镇人大代表开展视察活动5次，提出意见和建议28条。", "28条", "opinions_collected"},
		{"opinions raised in research", "全年组织代表视察4次、专题调研6次，提出意见建议37条。", "37条", "opinions_collected"},
		{"suggestions raised at the sitting", "组织代表参加区十七届人大三次会议，会前开展专题调研，会上代表共提出建议12件。", "12件", "motions"},
		{"opinions raised at a forum", "组织代表视察集镇建设，并召开座谈会，会上代表们提出意见和建议20条。", "20条", "opinions_collected"},
		{"public's motions", "会上收到涉及群众切身利益的议案3件、建议12件。", "3件", "motions"},
		{"petitions' completion rate", "全年共接待群众来信来访21件，办结率100%。", "100%", ""},
		{"suggestions' completion rate", "收到代表建议21件，办结率100%。", "100%", "completion_rate"},
		{"government appraised", "对镇政府7个部门开展工作评议，评议结果在全镇通报。", "7个", "units_appraised"},
		{"deputies' suggestions collected", "工委全年收集并转交代表建议、批评和意见37件，已办结35件。", "37件", "motions"},
		{"public opinions collected", "全年收集群众意见建议56条。", "56条", "opinions_collected"},
		{"overdue rate", "已办结31件，超期办理率控制在5%以下。", "5%以下", ""},
		{"count after a date in digits", "主席团于2022.6.8和2022.9.20两次组织部分代表对建议办理情况进行专项视察。", "两次", "inspections"},
		{"problems to rectify", "组织代表对镇X个站所开展工作评议，督促整改问题15个。", "15个", "problems_found"},
		{"hazards rectified", "组织代表对企业进行视察，督促整改安全隐患17处。", "17处", ""},
		{"places named as a whole", "新建代表之家一个，在各片区设立代表联络站三个。", "三个", "deputy_stations"},
		{"plan across a semicolon", "明年，主席团将认真组织代表开展述职评议活动；组织代表视察不少于2次。", "不少于2次", ""},
		{"share of the resolved", "将22件建议和意见分类交有关部门办理，目前已办结17件，占77.3%。", "77.3%", "completion_rate"},
		{"share of the satisfied", "在已办结的建议中，代表表示满意的占九成以上。", "九成以上", "satisfaction_rate"},
		{"percentage points", "群众满意率达到93%，较上年提高8个百分点。", "8个百分点", ""},
		{"county-wide rate", "据了解，2024年全县代表建议平均办结率为96%，青石镇办结率略低于全县平均水平。", "96%", ""},
		{"township's rate above the county's", "镇代表建议办结率98%，高于全县平均水平。", "98%", "completion_rate"},
		{"not to be handled", "对暂不具备办理条件的2件建议，主席团逐件向代表作出了说明。", "2件", ""},
		{"working with the county committee", "镇人大主席团工作总结\n镇人大主席团积极配合县人大常委会交办代表建议，全年共收到本镇代表建议18件，办结18件。", "18件", "motions"},
		{"as the county committee requires", "镇人大主席团工作总结\n按照县人大常委会关于代表建议交办工作的要求，镇人大主席团共收到代表建议32件，已全部办结，办结率100%。", "100%", "completion_rate"},
		{"a subdistrict's suggestions", "城关街道人大工委2023年工作总结\n全年区人大常委会交办我街道办理的代表建议24件，已全部办结，办结率100%。", "24件", "motions"},
		{"the district's deputies", "城东街道人大工委2023年工作总结\n大会期间，全区代表共提出建议412件，辖区代表提出建议31件。", "412件", ""},
		{"the subdistrict's deputies", "城东街道人大工委2023年工作总结\n大会期间，全区代表共提出建议412件，辖区代表提出建议31件。", "31件", "motions"},
		{"liaison points", "新建8个社区代表联系点。", "8个", "deputy_stations"},
		{"the county's total", "某镇人大主席团2019年工作总结\n全县今年共收到乡镇人大代表建议1268件，我镇办理工作受到通报表扬。", "1268件", ""},
		{"the county's deputies", "某镇人大主席团2019年工作总结\n县人大常委会年内组织全县代表视察18次，我镇代表参加6次。", "18次", ""},
		{"the county's townships", "某镇人大主席团2019年工作总结\n据县人大常委会统计，全县各乡镇全年共组织代表视察调研216次。", "216次", ""},
		{"a report on the county's townships", "关于2016年全县乡镇人大工作情况的报告\n全县乡镇人大主席团全年共召开主席团会议126次。", "126次", "presidium_meetings"},
		{"first in the county", "在全县率先实现代表建议办结率100%。", "100%", "completion_rate"},
		{"a term's totals in a year's summary", "柳塘乡人大主席团2018年工作总结\n本届以来，主席团共组织视察调研17次，收到代表建议118件，办结113件。", "118件", ""},
		{"this year's part of a term's total", "柳塘乡人大主席团2018年工作总结\n五年来，共召开主席团会议42次，其中今年召开9次。", "9次", "presidium_meetings"},
		{"a term's totals in a term report", "柳塘乡第十五届人大主席团工作报告\n本届以来，主席团共组织视察调研17次，收到代表建议118件。", "118件", "motions"},
		// probes of the second review
		{"this year written as the year", "某镇人大主席团2021年工作总结\n本届以来，共召开主席团会议42次，2021年召开主席团会议9次。", "9次", "presidium_meetings"},
		{"this year's part, then its resolved", "某镇人大主席团2021年工作总结\n本届以来，共收到代表建议156件，其中今年收到31件，办结29件。", "29件", "motions_resolved"},
		{"since last year reaches this year", "某镇人大主席团2021年工作总结\n去年以来，主席团共召开主席团会议8次。", "8次", "presidium_meetings"},
		{"since last December's sitting", "某镇人大主席团2021年工作总结\n去年12月镇人代会闭会以来，主席团共召开会议9次。", "9次", "presidium_meetings"},
		{"last year, then the whole year", "某镇人大主席团2021年工作总结\n去年，我镇被评为先进单位，全年共召开主席团会议6次。", "6次", "presidium_meetings"},
		{"a summary of several years", "某镇人大主席团2017-2021年工作总结\n五年来，主席团共召开主席团会议42次。", "42次", "presidium_meetings"},
		{"a summary and next year's plan", "某镇人大主席团2021年工作总结暨2022年工作打算\n本届以来，主席团共召开主席团会议42次。", "42次", ""},
		{"a report on our county's townships", "关于我县乡镇人大工作情况的调研报告\n全县各乡镇人大共收到代表建议356件。", "356件", "motions"},
		{"a county's report on its townships", "某县2021年乡镇人大工作总结\n各乡镇人代会共收到代表建议900余件。", "900余件", "motions"},
		{"the county's under an addressee", "某镇人大主席团2019年工作总结\n县人大常委会：\n全县今年共收到乡镇人大代表建议1268件。", "1268件", ""},
		{"items still open under a heading", "代表建议：收到26件；已办结24件；正在办理2件；列入计划逐步解决3件。", "2件", ""},
		{"items still open under a heading, planned", "代表建议：收到26件；已办结24件；正在办理2件；列入计划逐步解决3件。", "3件", ""},
		{"a safety campaign beside a law-enforcement check", "在迎接县人大执法检查的同时，全镇开展安全生产大检查8次。", "8次", ""},
		{"the whole a part is taken of, 中的", "全镇56名代表中的40名向选民述职。", "56名", ""},
		{"the part", "全镇56名代表中的40名向选民述职。", "40名", "deputies_reported"},
		{"the count a change grew from", "全镇代表联络站由原来3个发展到6个。", "3个", ""},
		{"the count it grew to", "全镇代表联络站由原来3个发展到6个。", "6个", "deputy_stations"},
		{"units picked by a threshold, 共", "测评满意率在90%以上的站所共5个。", "5个", ""},
		{"a level, not a threshold", "收到市级以上的代表建议共5件。", "5件", "motions"},
		{"an age, not a threshold", "组织县级以上的人大代表视察共3次。", "3次", "inspections"},
		{"rectification opinions after an appraisal", "对站所开展民主评议，提出整改意见8个。", "8个", ""},
		{"deputies' opinions followed", "督促落实代表意见建议21条。", "21条", "motions"},
		{"deputies' suggestions followed", "推动落实代表提出的建议12件。", "12件", "motions"},
		{"the public's opinions followed", "督促落实群众意见建议21条。", "21条", ""},
		{"last year's sentence in a year's summary", "青石镇人大主席团2016年工作总结\n上年大会收到建议26件，办结率为88%。", "88%", ""},
		{"this year's sentence after it", "青石镇人大主席团2016年工作总结\n上年大会收到建议26件。今年大会收到建议30件，办结率为90%。", "90%", "completion_rate"},
		{"all the townships", "某镇人大主席团2019年工作总结\n从全县看，各乡镇人代会共收到代表建议612件，我乡建议数量居全县第三位。", "612件", ""},
		{"inspections of works listed", "组织代表视察镇村道路建设、新型农村社会养老保险推进等工作5次。", "5次", "inspections"},
		{"items of a breakdown", "其中解决或基本解决的33件、列入计划逐步解决的6件、因条件限制留作参考的2件。", "6件", ""},
		{"asked by the public", "应群众要求，镇人大主席团组织代表视察5次。", "5次", "inspections"},
		{"county committee assigns", "镇人大主席团工作总结\n县人大常委会全年交办全县代表建议276件，办结率100%。", "276件", ""},
		{"county committee's rate", "镇人大主席团工作总结\n县人大常委会全年交办全县代表建议276件，办结率100%。", "100%", ""},
		{"assigned to the township", "镇人大主席团工作总结\n县人大常委会交办我镇办理的县人大代表建议8件，均已按时办复。", "8件", ""},
		{"district deputies' own", "辖区区人大代表在区人代会上提出建议24件。", "24件", "motions"},
		{"voters' opinions", "述职活动中，选民当场提出意见建议47条。", "47条", "opinions_collected"},
		{"deputies' suggestions", "闭会期间，代表提出意见建议15件。", "15件", "motions"},
		{"suggestions at the congress", "会议期间，代表们提出意见和建议28条。", "28条", "motions"},
		{"a threshold rate", "对满意率低于85%的单位由主席团约谈负责人。", "低于85%", ""},
		{"a threshold reached by some", "代表建议满意率不低于90%的单位有12个。", "不低于90%", "satisfaction_rate"}, // as three annotators read it
		{"a threshold above", "满意率90%以上的单位予以通报表扬。", "90%以上", ""},
		{"herders visited", "代表们深入牧区走访牧户约260户。", "约260户", "voters_contacted"},
		{"villages counted", "组织代表对全乡12个村的民生实事项目进行集中调研。", "12个", ""},
		{"items of a list by category", "召开主席团会议8次，研究人代会筹备、代表建议交办、视察活动安排等事项23项。", "23项", ""},
		{"practice rate of suggestions", "截至年底已答复26条，落实22条，落实率84.6%。", "84.6%", "completion_rate"},
		{"practical matters voted", "表决通过了2009年全镇十件实事。", "十件", ""},
		{"deputies' suggestions gathered", "大会期间和闭会期间共收集代表建议48件。", "48件", "motions"},
		{"count before the activity it counts", "乡人大主席团全年召开主席团会议5次，先后2次组织人大代表开展工作评议。", "2次", "appraisals"},
	})
}

// TestBreakdown checks that the parts of a total by year or by place take
// its metric.
func TestBreakdown(t *testing.T) {
	checkMetrics(t, []metricCase{
		{"by year after a colon", "累计召开主席团会议35次，分年度看：2017年8次、2018年7次。", "7次", "presidium_meetings"},
		{"by year after qizhong", "共召开镇人民代表大会11次，其中2016年1次，2020年受新冠肺炎疫情影响5次。", "5次", "congress_sessions"},
		{"by place, the first named", "全县共召开人民代表大会27次，均按法定程序进行。其中，河口镇因人事调整召开人代会3次，新店镇召开4次。", "4次", "congress_sessions"},
		{"not a part: 乡村 is no township", "共收集意见建议56条，其中涉及乡村振兴12条，涉及道路建设8条。", "12条", ""},
		{"not a part: what is open", "收到建议20件，其中18件已办结，2件正在办理。", "2件", ""},
		{"not a part: another unit", "召开主席团会议8次，其中2018年新建站所3个。", "3个", ""},
		{"this year's part after qizhong", "五年来，共召开镇人民代表大会十次，其中今年召开2次；", "2次", "congress_sessions"},
		{"this year's part", "五年来召开主席团会议42次，今年召开9次。", "9次", "presidium_meetings"},
		{"not a part: another body's meeting", "本届以来共召开主席团会议40次，今年列席镇党委会议6次。", "6次", ""},
		{"not a part: a plan", "本届共召开主席团会议40次，今年计划召开6次。", "6次", ""},
		{"not a part: not resolved", "共收到代表建议30件，当年未办结2件。", "2件", ""},
		{"not a part: another thing", "本届以来共收到代表建议150件，今年新建项目5件。", "5件", ""},
		{"not a part: the government", "主席团全年接待群众来信来访21件，其中转镇政府办理15件。", "15件", ""},
	})
}

// TestLabels checks the label of a figure without a metric: whole words,
// from its own table cell.
func TestLabels(t *testing.T) {
	tests := []struct{ in, fig, want string }{
		{"全部向选民述职，其中2023年新当选的12名代表。", "12名", "2023年新当选的"},
		{"类别 | 数量\n合计 | 34件 | 多余 | 9件", "34件", "合计"},
		{"镇域内共有企业45家。", "45家", "镇域内共有企业"},
	}
	for _, tt := range tests {
		f, ok := find(t, tt.in, 2023, one{text: tt.fig})
		if !ok {
			t.Fatalf("no fact %q in %q", tt.fig, tt.in)
		}
		if f.Label != tt.want {
			t.Errorf("%q: label %q, want %q", tt.fig, f.Label, tt.want)
		}
	}
}

// TestCountsElse checks each pattern of countsElse on a figure whose cues
// name a metric: with the pattern the figure gets none, and the same
// sentence without it gets the metric.
func TestCountsElse(t *testing.T) {
	tests := []struct {
		what, in, control, figure, unit, metric string
	}{
		{"remainder", "收到建议20件，其余3件已办结。", "收到建议20件，3件已办结。", "3件", "件", "motions_resolved"},
		{"category", "研究代表建议交办、视察活动安排等事项23项。", "研究代表建议23项。", "23项", "项", "motions"},
		{"quoted list", "主席团对8个民生实事项目实行“一个项目、一名领导、一个代表小组”跟踪监督。", "主席团对8个民生实事项目实行一个项目跟踪监督。", "一个", "个", "practical_matters"},
		{"quoted list", "组织代表开展“视察、调研、检查”3次。", "组织代表开展视察、调研、检查3次。", "3次", "次", "inspections"},
		{"threshold", "对办结率低于85%的单位约谈。", "代表建议办结率85%。", "85%", "%", "completion_rate"},
		{"villages", "为民办实事12个村。", "为民办实事12个。", "12个", "个", "practical_matters"},
		{"norm", "建立代表履职档案，要求每名代表每年至少参加2次集中活动、联系选民不少于10户。", "建立代表履职档案，代表参加集中活动、联系选民不少于10户。", "不少于10户", "户", "voters_contacted"},
		{"norm", "要求每名代表联系选民5户。", "代表联系选民5户。", "5户", "户", "voters_contacted"},
		{"plan", "明年计划召开主席团会议6次。", "召开主席团会议6次。", "6次", "次", "presidium_meetings"},
		{"in progress", "其中A类（已解决）17件、B类（正在解决或列入规划解决）4件。", "其中A类（已解决）17件、B类（已解决）4件。", "4件", "件", "motions_resolved"},
		{"villages", "联络站覆盖中心、杨庄、河东等6个村。", "联络站覆盖中心、杨庄、河东等6个。", "6个", "个", "deputy_stations"},
		{"change", "代表满意率较上年提高8%。", "代表满意率较上年达到8%。", "8%", "%", "satisfaction_rate"},
		{"change", "对镇属7个站所开展工作评议2次，评议站所比上年增加2个。", "对镇属7个站所开展工作评议2次，评议站所2个。", "2个", "个", "units_appraised"},
		{"some of them", "全镇5个联络站中有2个全年活动不足6次。", "全镇新建联络站2个。", "2个", "个", "deputy_stations"},
		{"some of them", "部分代表建议办理质量不高，有2件建议代表表示不满意。", "部分代表建议办理质量不高，有2件建议。", "2件", "件", "motions"},
		{"some of them", "全年有2件建议未能按期办结。", "全年有2件建议按期办结。", "2件", "件", "motions_resolved"},
		{"commended", "对2个先进联络站进行了表扬。", "对2个联络站进行了改造。", "2个", "个", "deputy_stations"},
		{"negated", "尚未召开主席团会议3次。", "召开主席团会议3次。", "3次", "次", "presidium_meetings"},
		{"whole of a part", "辖区21名区人大代表中有8名向选民述职。", "辖区21名区人大代表向选民述职。", "21名", "名", "deputies_reported"},
		{"denominator", "大会共收到代表建议40件，占全县各乡镇代表建议总数412件的近一成。", "大会共收到代表建议40件，各乡镇代表建议412件。", "412件", "件", "motions"},
		{"picked by a threshold", "测评满意率在90%以上的站所有5个。", "测评站所5个。", "5个", "个", "units_appraised"},
		{"picked by a threshold", "对9个单位开展了满意度测评，测评满意度在85%以上的7个。", "对9个单位开展了满意度测评，测评单位7个。", "7个", "个", "units_appraised"},
		{"a phrase of one", "主席团坚持把督办代表建议作为一项经常性工作来抓。", "主席团督办代表建议一项。", "一项", "项", "motions"},
		{"a phrase of one", "代表建议办理是人大工作的一项重要内容。", "收到代表建议一项。", "一项", "项", "motions"},
		{"officials reporting", "10月组织代表对镇政府3名副镇长进行了述职评议。", "10月组织镇政府3名镇人大代表进行了述职。", "3名", "名", "deputies_reported"},
		{"average compared with", "代表满意率97.4%，略高于全县平均水平（96.5%）。", "代表满意率97.4%，复核满意率（96.5%）。", "96.5%", "%", "satisfaction_rate"},
		{"last year's", "今年收到建议41件，与上年的34件建议相比有所增加。", "今年收到建议41件，另有34件建议相比有所增加。", "34件", "件", "motions"},
		{"average", "全镇代表共联系选民1100余人次，人均联系选民约18人次。", "全镇代表共联系选民1100余人次，累计联系选民约18人次。", "约18人次", "人次", "voters_contacted"},
		{"from value", "全年新建代表之家2个，全镇代表之家由2个增加到4个。", "全年新建代表之家2个，全镇代表之家2个。", "2个", "个", "deputy_stations"},
		{"from value", "全镇联络站从3个增至5个。", "全镇联络站3个。", "3个", "个", "deputy_stations"},
		{"name in quotes", "对“十项民生实事”推进情况开展专项视察。", "对十项民生实事推进情况开展专项视察。", "十项", "项", "practical_matters"},
		{"other item", "全镇建成代表联络站3个、居民议事厅9个。", "全镇建成代表联络站3个、代表之家9个。", "9个", "个", "deputy_stations"},
		{"other item", "组织代表视察4次、座谈会2场。", "组织代表视察4次、调研2场。", "2场", "场", "inspections"},
		{"last year's", "办结率94.1%，比去年的86.7%提高了7.4个百分点。", "办结率94.1%，今年为86.7%。", "86.7%", "%", "completion_rate"},
		{"last year's", "代表满意率98%，上年为95%。", "代表满意率98%，复核为95%。", "95%", "%", "satisfaction_rate"},
		{"opinions resolved", "收集意见建议93条，已解决71条。", "收到代表建议93条，已解决71条。", "71条", "条", "motions_resolved"},
	}
	covered := map[string]bool{}
	for _, tc := range tests {
		covered[tc.what] = true
		t.Run(tc.what, func(t *testing.T) {
			metric := func(in string) (string, string) {
				i := strings.LastIndex(in, tc.figure)
				if i < 0 {
					t.Fatalf("%q not in %q", tc.figure, in)
				}
				m, _, why := metricFor(in, i, i+len(tc.figure), tc.unit)
				return m, why
			}
			if got, _ := metric(tc.control); got != tc.metric {
				t.Fatalf("metricFor(%q) = %q, want %q (the control must have a metric)", tc.control, got, tc.metric)
			}
			if got, why := metric(tc.in); got != "" || why != tc.what {
				t.Errorf("metricFor(%q) = %q (%s), want none because of %q", tc.in, got, why, tc.what)
			}
		})
	}
	for _, c := range countsElse {
		if !covered[c.what] {
			t.Errorf("countsElse %q has no case here", c.what)
		}
	}
}

// TestOrdinaryProse checks plain sentences that rules written for other
// phrasings must leave as they are (probes of a review).
func TestOrdinaryProse(t *testing.T) {
	checkMetrics(t, []metricCase{
		{"some of them, resolved", "全年共收到代表建议15件，其中有12件已落实。", "12件", "motions_resolved"},
		{"some of them, reported", "全镇32名代表中有30名代表向选民述职。", "30名", "deputies_reported"},
		{"some of them, short of", "全镇5个联络站中有2个全年活动不足6次。", "2个", ""},
		{"share of money", "镇政府落实配套资金120万元，占项目总投资的40%。", "40%", ""},
		{"share of a category", "全年办结建议20件，其中涉及民生的占80%。", "80%", ""},
		{"share of the late", "逾期办结3件，占13.6%。", "13.6%", ""},
		{"share of the dissatisfied", "代表表示不满意的占3%。", "3%", ""},
		{"item with a list before its colon", "收集意见、建议：56条。", "56条", "opinions_collected"},
		{"item under a heading", "代表建议办理情况：收到：22件；办结：20件。", "22件", "motions"},
		{"item under a heading, resolved", "代表建议办理情况：收到：22件；办结：20件。", "20件", "motions_resolved"},
		{"legislative contact point", "设立基层立法联系点1个。", "1个", ""},
		{"talks for villagers", "邀请县医院专家为村民举办健康知识讲座3场。", "3场", ""},
		{"problems rectified", "共发现问题20个，已整改问题18个。", "18个", ""},
		{"another body's requirement", "根据县人大常委会要求各乡镇全覆盖建设代表之家的部署，新建代表之家3个。", "3个", "deputy_stations"},
		{"counts in a quoted target", "全年完成了“新建代表之家2个、联络站5个”的目标任务。", "5个", "deputy_stations"},
		{"our deputies of the district", "我镇选出的全区人大代表共提出建议18件。", "18件", "motions"},
		{"list, each item its own cue", "收到代表议案3件、建议31件、批评意见5件。", "31件", "motions"},
		{"list, each item its own cue, inspections", "组织代表视察3次、调查2次。", "2次", "inspections"},
		{"list, bracketed counts", "召开主席团会议6次、代表小组活动24次。", "24次", ""},
		{"deputies' suggestions collected and resolved", "共征集代表建议48件，已办结45件。", "45件", "motions_resolved"},
		{"item after its colon and a note", "发现问题：（共计）26个，已整改24个。", "26个", "problems_found"},
		{"heading of the first item only", "收到代表建议：39件；已办结：37件；代表满意率（满意36件、基本满意3件）：100%。", "36件", ""},
		{"heading of a terse line", "代表活动站：新建2个，现有7个。", "7个", "deputy_stations"},
		{"supervisory checks", "疫情防控期间，镇人大主席团组织代表开展防控督查4次。", "4次", "inspections"},
		{"another body's checks", "乡纪委开展作风建设专项督查4次。", "4次", ""},
		{"deputies reporting to voters", "年底，组织代表向选民述职34人。", "34人", "deputies_reported"},
		{"voters at the reports", "组织12名代表述职，参加的选民达到460人。", "460人", ""},
		{"a county's average with its townships", "全县各乡镇代表建议平均办结率为88%，我镇高于全县平均水平。", "88%", ""},
		{"the part of a whole", "辖区21名区人大代表中有8名向选民述职。", "8名", "deputies_reported"},
		{"suggestions followed", "推动落实区人大代表建议12件，全部按期答复。", "12件", "motions"},
		{"suggestions carried out", "已落实代表建议12件。", "12件", "motions_resolved"},
		{"problems found in a law-enforcement check", "7月份，对全镇安全生产工作开展执法检查，检查企业18家，发现隐患问题21个。", "21个", "problems_found"},
		{"problems found in a safety campaign", "开展安全生产大检查，发现隐患问题21个。", "21个", ""},
		// probes of the review of the list-item rule: one verb takes every item
		{"one verb, objects listed", "组织代表视察农村公路建设2次、安全生产3次、环境整治2次。", "3次", "inspections"},
		{"deputies listed before the cue", "县代表46名、镇代表51名向选民述职。", "51名", "deputies_reported"},
		{"units listed after the verb", "测评财政所等站所6个、村居委会12个。", "12个", "units_appraised"},
		{"opinions beside suggestions", "共收到代表建议31件、意见12件。", "12件", "motions"},
		{"voters and others visited", "走访选民2000人次、个体工商户300户。", "300户", "voters_contacted"},
		{"presidium and other meetings", "召开主席团会议6次、代表小组活动24次。", "24次", ""},
		{"a total after the clause naming it", "全年由代表牵头为群众办成好事实事，累计达五十余件。", "五十余件", "practical_matters"},
		{"a total after a clause of another count", "收集意见建议30条，累计达12件。", "12件", ""},
		{"meetings of three kinds", "全年召开人代会2次、主席团会议10次、代表小组长会议4次。", "4次", ""},
		{"meetings of one kind", "全年召开主席团会议6次、主席团扩大会议2次。", "2次", "presidium_meetings"},
		// the heading of a line of items
		{"heading of all its items", "代表之家建设：新建1个；改造提升2个；累计建成5个。", "5个", "deputy_stations"},
		{"heading of its items, a part", "主席团会议：全年召开8次；其中扩大会议2次。", "2次", "presidium_meetings"},
		// opinions resolved
		{"deputies' opinions gathered and resolved", "共征集代表意见建议45条，已办结43条。", "43条", "motions_resolved"},
		{"suggestions raised from voters' opinions", "代表通过走访收集选民意见，提出建议21件，已办结19件。", "19件", "motions_resolved"},
		{"public opinions handed over and resolved", "收集群众意见建议93条，交办镇政府办理，已办结71条。", "71条", ""},
		// the year before's figures
		{"from last year's", "办结率由上年的86.7%提高到94.1%。", "86.7%", ""},
		{"to this year's", "办结率由上年的86.7%提高到94.1%。", "94.1%", "completion_rate"},
		{"same period last year", "代表满意率98%，上年同期86.7%。", "86.7%", ""},
		{"problems raised in an appraisal", "去年评议中代表提出的十三个问题，今年已整改到位十二个。", "十三个", ""},
		{"units appraised", "对镇直12个站所进行了工作评议。", "12个", "units_appraised"},
		{"last year's sentence in a year's summary", "青石镇人大主席团2016年工作总结\n上年大会收到建议26件，办结率为88%。", "88%", ""},
		{"this year's sentence after it", "青石镇人大主席团2016年工作总结\n上年大会收到建议26件。今年大会收到建议30件，办结率为90%。", "90%", "completion_rate"},
		{"all the townships", "某镇人大主席团2019年工作总结\n从全县看，各乡镇人代会共收到代表建议612件，我乡建议数量居全县第三位。", "612件", ""},
		{"inspections of works listed", "组织代表视察镇村道路建设、新型农村社会养老保险推进等工作5次。", "5次", "inspections"},
		{"items of a breakdown", "其中解决或基本解决的33件、列入计划逐步解决的6件、因条件限制留作参考的2件。", "6件", ""},
		{"the county's deputies from our township", "全县代表中我镇代表提出建议18件。", "18件", "motions"},
		{"a threshold with how many reached it", "对镇直8个单位进行评议，满意率在85%以上的单位有7个。", "85%以上", "satisfaction_rate"},
		{"a total of clauses with no name of their own", "换届前召开主席团会议5次，换届后召开2次，全年共7次。", "7次", "presidium_meetings"},
		{"a total of two activities", "召开主席团会议5次，组织视察4次，全年共计9次。", "9次", "inspections"},
		{"communities appraised", "对辖区4个社区的疫情防控和物业管理工作进行评议。", "4个", "units_appraised"},
		{"deputies appraised by voters", "组织17名区人大代表接受选民评议。", "17名", "deputies_reported"},
		{"homes, stations and points", "新建“家站点”7个。", "7个", "deputy_stations"},
		{"done after a plan", "今后，主席团将继续加强代表建议督办；今年共督办代表建议12件。", "12件", "motions"},
	})
}

// TestCoordinatedSuggestions checks counts of suggestions listed side by
// side that share the verb after the last of them.
func TestCoordinatedSuggestions(t *testing.T) {
	checkMetrics(t, []metricCase{
		{"motions and suggestions resolved", "到10月底，2件议案和13条建议已办理落实。", "2件", "motions_resolved"},
		{"the suggestions too", "到10月底，2件议案和13条建议已办理落实。", "13条", "motions_resolved"},
		{"items first", "截至年底，代表所提议案1件、建议22件已全部办结。", "1件", "motions_resolved"},
		{"three items", "议案2件、建议18件、意见5条均已办复。", "2件", "motions_resolved"},
		{"three items, the middle", "议案2件、建议18件、意见5条均已办复。", "18件", "motions_resolved"},
		{"raised and resolved", "代表提出的3件议案和25件建议已全部办结。", "3件", "motions_resolved"},
		// the verb is a clause of its own: the counts are of those received
		{"verb in a clause of its own", "大会收到议案2件、建议18件，已全部办结。", "2件", "motions"},
		{"suggestions received and resolved apart", "收到议案2件、建议18件，办结16件。", "18件", "motions"},
		// a count of another kind before the list is not one of it
		{"meetings before", "召开主席团会议6次、议案2件已办结。", "6次", "presidium_meetings"},
	})
}

// TestRoutineTotals checks a year's total after the routine it came from.
func TestRoutineTotals(t *testing.T) {
	checkMetrics(t, []metricCase{
		{"bare total after a routine", "主席团坚持每月召开会议，全年共12次。", "12次", "presidium_meetings"},
		{"total with its verb", "主席团坚持每月召开一次例会，全年共召开12次。", "12次", "presidium_meetings"},
		{"the routine's own count", "主席团坚持每月召开一次例会，全年共召开12次。", "一次", ""},
		{"total with a short name", "主席团坚持每月一次例会制度，全年召开例会12次。", "12次", "presidium_meetings"},
		{"another body's routine", "主席团每季度召开一次代表小组长会议，全年共召开4次。", "4次", ""},
		{"a norm, no total", "要求每名代表每月至少走访选民1次。", "1次", ""},
		{"no routine before", "会议研究了代表建议办理工作，全年共召开12次。", "12次", ""},
	})
}

// TestListsClosedByDeng checks problems listed before 等问题: the list keeps
// the pair cue one phrase, and its negations describe the items.
func TestListsClosedByDeng(t *testing.T) {
	checkMetrics(t, []metricCase{
		{"a long list", "在视察中发现了道路维护不到位、垃圾清运不及时、公共厕所保洁差、路灯损坏未修等问题8个。", "8个", "problems_found"},
		{"a short list", "视察中查找出道路维护、垃圾清运等问题6个。", "6个", "problems_found"},
		{"negated still", "今年视察中未发现问题1个。", "1个", ""},
	})
}

// TestTopicalisedSuggestions checks suggestions named in a clause of their
// own before the clause that receives or sorts them.
func TestTopicalisedSuggestions(t *testing.T) {
	checkMetrics(t, []metricCase{
		{"received", "对代表们提出的建议，主席团共收到了三十四件。", "三十四件", "motions"},
		{"sorted", "大会期间，代表提出的建议、批评和意见，经归纳整理共25件，已全部交镇政府办理。", "25件", "motions"},
		{"sorted into", "代表在大会期间提出的建议和意见，经主席团归纳整理为28件。", "28件", "motions"},
		{"the public's opinions", "群众提出的意见，经整理共56条。", "56条", ""},
		{"a clause with a figure of its own", "代表提出建议12件，主席团共收到了15件。", "12件", "motions"},
	})
}

// TestHeldOut27To29 checks rules drawn from the misses of three held-out
// sets: totals written out after a per-unit count, 各 before a total, a
// breakdown after the total's noun, publications, opinions reflected,
// comparisons with the year before.
func TestHeldOut27To29(t *testing.T) {
	const each = "在镇区和四个管区各建一个代表联络站，全镇共建成代表联络站五个。"
	checkMetrics(t, []metricCase{
		{"units before a total written out", each, "四个", ""},
		{"one each before a total written out", each, "一个", ""},
		{"the total written out", each, "五个", "deputy_stations"},
		{"each station, all year", "各联络站全年接待选民四百三十余人次。", "四百三十余人次", "voters_contacted"},
		{"each village, one room", "在14个行政村各建设代表活动室1个。", "14个", "deputy_stations"},
		{"a part after the total's noun", "街道已设立8个社区人大代表联络站，其中2014年新建2个。", "2个", "deputy_stations"},
		{"issues of a publication", "组织代表学习培训3次，编印《代表学习资料》2期。", "2期", ""},
		{"training still", "组织代表学习培训3次，编印《代表学习资料》2期。", "3次", "trainings"},
		{"opinions and demands reflected", "接待选民360余人次，反映群众意见和要求45条。", "45条", "opinions_collected"},
		{"demands, no norm", "按照县人大的要求，组织代表视察3次。", "3次", "inspections"},
		{"a norm still", "要求每名代表联系选民10户以上。", "10户以上", ""},
		{"last year's, compared", "今年共收到代表建议41件，与上年的34件建议、办结30件相比均有所增加。", "34件", ""},
		{"last year's resolved, compared", "今年共收到代表建议41件，与上年的34件建议、办结30件相比均有所增加。", "30件", ""},
		{"this year's, before the comparison", "今年共收到代表建议41件，与上年的34件建议、办结30件相比均有所增加。", "41件", "motions"},
		{"a difference after a comparison", "与去年同期相比，主席团会议增加了3次。", "3次", ""},
		{"last year's rate named", "已办结十三件，办结率86.7%，上年同期办结率为80%。", "80%", ""},
		{"this year's rate beside it", "已办结十三件，办结率86.7%，上年同期办结率为80%。", "86.7%", "completion_rate"},
		{"last year's suggestions heading a sentence", "某镇人大主席团2019年工作总结\n去年代表提出的十五件建议，本年已全部落实。", "十五件", ""},
		{"this year's after them", "某镇人大主席团2019年工作总结\n去年代表提出的十五件建议，本年已全部落实。今年代表提出建议18件。", "18件", "motions"},
		{"the county's average compared with", "代表满意率97.4%，略高于全县平均水平（96.5%）。", "96.5%", ""},
		{"the rate compared", "代表满意率97.4%，略高于全县平均水平（96.5%）。", "97.4%", "satisfaction_rate"},
		{"another body appraised, not acting", "11月，组织代表对街道办事处6个科室开展满意度测评。", "6个", "units_appraised"},
		{"another body acting", "街道办事处组织6个科室开展满意度测评。", "6个", ""},
	})
}

// TestReviewOfRoutinesAndLists checks the probes a review of the rules for
// routines, 等-lists, written totals, bare sittings, 反映 and differences
// found wrong.
func TestReviewOfRoutinesAndLists(t *testing.T) {
	checkMetrics(t, []metricCase{
		{"a norm opening with 今年以来", "今年以来每月召开一次主席团会议。", "一次", ""},
		{"a norm with 全年 before it", "全年每月召开一次主席团会议，共召开12次。", "一次", ""},
		{"a norm with 年内", "年内每季度组织一次视察。", "一次", ""},
		{"a norm per deputy", "今年每人联系选民不少于10户。", "不少于10户", ""},
		{"unresolved listed with 等", "已办结20件，另有因资金不足未办结等4件。", "4件", ""},
		{"unresolved suggestions listed", "尚有未办结、未答复等建议3件。", "3件", ""},
		{"a later figure that is no total", "在全镇14个行政村各建设代表活动室1个，在镇政府新建代表之家1个。", "14个", "deputy_stations"},
		{"共 of 公共", "在全镇14个行政村各依托公共服务中心建设代表活动室1个。", "14个", "deputy_stations"},
		{"a year's total naming other meetings", "主席团坚持每月召开一次例会，全年召开联席会议6次。", "6次", ""},
		{"a year's total naming Party meetings", "坚持每月召开一次主席团会议，全年共召开党建会议5次。", "5次", ""},
		{"deputies' suggestions reflected and resolved", "代表反映的12件意见建议已全部办结。", "12件", "motions_resolved"},
		{"forms handed out", "发放征求意见表500份，收集意见建议72条。", "500份", ""},
		{"opinions after the forms", "发放征求意见表500份，收集意见建议72条。", "72条", "opinions_collected"},
		{"categories of problems", "征求群众意见建议156条，梳理归纳为8个方面32个问题。", "8个", ""},
		{"problems in categories", "对视察中发现的8个方面问题进行交办。", "8个", "problems_found"},
		{"a county's training of deputies", "某乡人大主席团2019年工作总结\n县人大常委会全年共举办代表培训班12期，我乡选派代表38人次参加。", "12期", ""},
		{"our training of deputies", "主席团全年共举办代表培训班3期。", "3期", "trainings"},
		{"the county's sentence goes on", "某乡人大主席团2007年工作总结\n全县共有26个乡镇开展了评议站所活动，评议站所134个。", "134个", ""},
		{"our clause after the county's", "某乡人大主席团2007年工作总结\n全县共有26个乡镇开展了评议站所活动，我乡评议站所6个。", "6个", "units_appraised"},
		{"stations appraised, 评站议所", "组织代表对镇应急办、便民服务中心等5个站所开展“评站议所”活动。", "5个", "units_appraised"},
		{"newly added after a comparison", "全年共受理来信来访32件，比上年有所下降，新增加了2个代表活动室。", "2个", "deputy_stations"},
	})
	for _, in := range []string{"组织全体代表学习贯彻县委十三届九次全体会议精神。", "传达县委十四届三次会议精神。", "市委七届八次全体会议提出的建议。"} {
		for _, f := range FromText(in, Reference{Year: 2021}) {
			if f.Kind == KindSession {
				t.Errorf("FromText(%q): a Party committee's plenum read as a sitting: %q", in, f.Text)
			}
		}
	}
}

// TestHeldOut30To34 checks rules drawn from the misses of held-out sets
// 30–34.
func TestHeldOut30To34(t *testing.T) {
	checkMetrics(t, []metricCase{
		{"deputies of this term", "12月上旬，本届58名镇人大代表全部向原选区选民述职。", "58名", "deputies_reported"},
		{"groups' activities after a count of activities", "组织全镇县、镇人大代表集中视察3次，各代表小组结合本片实际开展视察活动24次。", "24次", "inspections"},
		{"officials' reports appraised", "10月组织代表对镇政府3名副镇长进行了述职评议。", "3名", ""},
		{"stages of an appraisal", "评议分为宣传发动、调查摸底、测评整改三个阶段。", "三个", ""},
		{"problems found under a label", "发现问题：21个，已整改17个，正在整改4个。", "21个", "problems_found"},
		{"problems rectified under it", "发现问题：21个，已整改17个，正在整改4个。", "17个", ""},
		{"suggestions raised on a topic", "年初区人代会上，辖区代表提出涉及龙泉街道的建议21件。", "21件", "motions"},
		{"a batch, no count", "撰写了一批调研文章，推动解决了一批群众关心的问题。", "一批", ""},
		{"each quarter, a norm", "每季度，工委对各联络站的运行情况进行一次检查。", "一次", ""},
		{"a total of the stations named before", "街道人大工委新建代表联络站2个，总数达到4个。", "4个", "deputy_stations"},
		{"support won, no plan", "某乡人大主席团2017年工作总结\n主席团积极争取乡党委、政府的支持，并设立代表联络站3个。", "3个", "deputy_stations"},
		{"a plan still", "主席团将积极争取新建代表联络站3个。", "3个", ""},
		{"suggestions handed in after sorting", "收集群众意见建议47条，经梳理后以小组名义向镇人大主席团提交建议12件，已办结10件。", "12件", "motions"},
		{"and resolved", "收集群众意见建议47条，经梳理后以小组名义向镇人大主席团提交建议12件，已办结10件。", "10件", "motions_resolved"},
		{"the district's now", "某街道人大工委2024年工作总结\n目前全区共建成代表联络站126个。", "126个", ""},
		{"a Party study group", "参加镇党委理论学习中心组学习14次。", "14次", ""},
		{"a bare total that adds up the counts before it", "大会期间代表提出建议36件，闭会期间提出建议9件，共45件。", "45件", "motions"},
		{"a bare total that adds up nothing", "大会期间代表提出建议36件，闭会期间提出建议9件，共50件。", "50件", ""},
		{"a bare total of one count", "大会期间代表提出建议36件，共36件。", "36件", "motions"},
		{"a difference after a year compared", "与2022年相比，代表建议数量增加7件，办结率提高5个百分点。", "7件", ""},
		{"an increase with no comparison", "全年增加代表联络站2个。", "2个", "deputy_stations"},
		{"a main station", "建成镇人大代表联络总站1个、村（社区）代表联络点11个。", "1个", "deputy_stations"},
		{"written opinions (Shanghai)", "镇人大代表在人代会期间提出书面意见34件。", "34件", "motions"},
		{"serving as another body's point", "作为区人大常委会基层立法联系点，全年收集意见建议153条。", "153条", "opinions_collected"},
		{"candidate projects", "从15个候选项目中票决产生10个民生实事项目。", "15个", ""},
		{"the district's figure", "江岸街道人大工委2024年工作总结\n在全区156个家站点星级评定中，本站被评为五星级。", "156个", ""},
		{"first in the county", "2017年，在全县率先建成镇级代表之家1个。", "1个", "deputy_stations"},
		{"a norm over a long list", "深化代表“五个一”活动，要求每名代表每年至少参加一次集中学习、进站接待一次选民、开展一次走访调研、提出一条高质量建议、办好一件民生实事。", "一件", ""},
	})
}

// TestReviewOfHeldOut27To34 checks the probes a review of the rules drawn
// from held-out sets 27–34 found wrong.
func TestReviewOfHeldOut27To34(t *testing.T) {
	const title = "某镇人大主席团2021年工作总结\n"
	checkMetrics(t, []metricCase{
		{"the county as the occasion", title + "全县开展人大代表联络站规范化建设以来，新建联络站2个，接待群众来访45人次，收集意见建议30条。", "2个", "deputy_stations"},
		{"the county's meeting as the time", title + "全县人大代表建议督办会议召开后，办结12件，办结率100%。", "12件", "motions_resolved"},
		{"the presidium's written opinions", "主席团形成书面意见4份，交镇政府研究办理。", "4份", ""},
		{"deputies' written opinions", "镇人大代表在人代会期间提出书面意见12件。", "12件", "motions"},
		{"another body acting after 作为", title + "作为全县试点县人大常委会在我镇组织开展执法检查3次。", "3次", ""},
	})
	// a part of problems and plans: its problems are no plans
	text := "第二部分　存在问题及下步打算\n一、存在的问题。全年仅有12名代表向选民述职。\n二、下步打算。计划组织代表述职30名。"
	if f, ok := find(t, text, 2021, one{text: "12名"}); !ok || f.Metric != "deputies_reported" {
		t.Errorf("FromText(%q) 12名 = %+v, want deputies_reported", text, f)
	}
	// the signature after a section of plans keeps the summary's year
	text = title + "五、2022年工作打算\n6月组织代表述职。\n某镇人大主席团\n二〇二一年十二月二十日"
	if f, ok := find(t, text, 2021, one{text: "二〇二一年十二月二十日"}); !ok || f.Date != "2021-12-20" {
		t.Errorf("signature = %+v, want 2021-12-20", f)
	}
	text = title + "五、2022年工作打算\n6月组织代表述职。\n某镇人大主席团\n十二月二十日"
	if f, ok := find(t, text, 2021, one{text: "十二月二十日"}); !ok || f.Date != "2021-12-20" {
		t.Errorf("signature without a year = %+v, want 2021-12-20", f)
	}
}

// TestReviewOfHeldOut35To39 checks the probes a review of the rules drawn
// from held-out sets 35–39 found wrong.
func TestReviewOfHeldOut35To39(t *testing.T) {
	checkMetrics(t, []metricCase{
		{"a label's first item with 已", "主席团会议：已召开6次。", "6次", "presidium_meetings"},
		{"stations built, labelled", "代表联络站：已建成6个。", "6个", "deputy_stations"},
		{"phased inspections", "开展了3次阶段性视察。", "3次", "inspections"},
		{"deputies who are officials too", "28名人大代表（含村主要负责人）向选民述职。", "28名", "deputies_reported"},
		{"officials and deputies", "组织镇长、副镇长及26名镇人大代表向选民述职。", "26名", "deputies_reported"},
		{"opinions collected and handed in", "收集并向镇政府提交群众意见建议58条。", "58条", "opinions_collected"},
		{"each sitting", "召开镇人代会2次，各次大会期间均召开主席团会议3次。", "3次", ""},
		{"a running total of visits", "走访选民320户，总数达到1200户。", "1200户", ""},
		{"a running total of meetings", "召开主席团会议6次，达到12次。", "12次", ""},
		{"a batch of visitors", "接待群众集体来访一批。", "一批", "petitions"},
		{"deputies' suggestions received after inspections", "组织代表视察检查活动6次，收到代表建议、批评和意见28件。", "28件", "motions"},
		{"opinions received in an appraisal", "组织代表对8个站所进行了评议，共收到代表和群众意见建议46条。", "46条", "opinions_collected"},
		{"one in an important part", "代表建议办理是人大工作的一项重要内容。", "一项", ""},
		{"one of a kind", "票决为民办实事项目，是我镇在人代会制度上的一次有益探索。", "一次", ""},
		{"each one", "对每一件建议都明确了承办单位。", "一件", ""},
		{"one sitting held", "今年召开了一次人代会。", "一次", "congress_sessions"},
	})
	for _, in := range []string{"召开了本届二次人代会。", "本届三次人民代表大会审议通过了报告。"} {
		for _, f := range FromText(in, Reference{Year: 2021}) {
			if f.Kind == KindCount && f.Metric != "" {
				t.Errorf("FromText(%q): a sitting's number read as a count: %q %s", in, f.Text, f.Metric)
			}
		}
	}
}

// TestReviewOfSpokenAndPhrases checks the probes a review of the rules for
// reports to sittings, one in a phrase, officials and labels found wrong.
func TestReviewOfSpokenAndPhrases(t *testing.T) {
	checkMetrics(t, []metricCase{
		{"a hundred and twenty", "代表在会上提出的一百二十余件建议已交镇政府办理。", "一百二十余件", "motions"},
		{"one key inspection", "组织代表开展了一次重点视察。", "一次", "inspections"},
		{"one sitting of the congress", "今年召开了镇人民代表大会的一次会议。", "一次", "congress_sessions"},
		{"officials of the government", "组织代表听取了8名政府组成人员的述职。", "8名", ""},
		{"heads of stations", "对12名站所负责人进行了述职评议。", "12名", ""},
		{"rectified, first under a label", "视察发现问题：已整改17个，正在整改4个。", "17个", ""},
		{"held, under a label", "主席团会议：已召开6次。", "6次", "presidium_meetings"},
		{"handed in on the basis of collecting", "在广泛收集民意的基础上提交建议12件。", "12件", "motions"},
		{"two sittings of this term", "本届两次人民代表大会期间，代表共提出建议45件。", "两次", "congress_sessions"},
		{"the share not satisfied", "从测评结果看，满意率为92.6%，基本满意率为6.1%，不满意率为1.3%。", "1.3%", ""},
		{"the share satisfied", "从测评结果看，满意率为92.6%，基本满意率为6.1%，不满意率为1.3%。", "92.6%", "satisfaction_rate"},
		{"each suggestion, a norm", "每件建议都有一份办理情况答复。", "一份", ""},
		{"problems in 起", "在执法检查中发现违法占地问题3起。", "3起", "problems_found"},
		{"petitions in 起", "全年受理信访案件5起。", "5起", "petitions"},
		{"one incident", "全年发生安全事故一起。", "一起", ""},
		{"the inspection team's problems", "白马镇人大工作简报\n检查组实地察看了5个村的土地整治项目和2处违法占地整改现场，召开座谈会三次，发现问题7个。", "7个", "problems_found"},
		{"districts of an appraisal", "全镇分8个选区开展了镇人大代表向选民述职评议活动。", "8个", ""},
		{"decided for the second half", "会议决定下半年组织代表开展集中视察2次。", "2次", ""},
		{"decided and done", "主席团决定对镇派出所等3个站所开展工作评议。", "3个", "units_appraised"},
		{"decided in May, done all year", "5月，主席团会议决定下半年组织代表开展视察活动，全年共组织视察5次。", "5次", "inspections"},
		{"the share not satisfied", "基本满意率为3%，对办理结果不满意的占2%。", "2%", ""},
		{"heads of stations reporting", "听取了3名站所主任的述职报告并进行测评。", "3名", ""},
		{"one suggestion received", "共收到代表提出的一件建议。", "一件", "motions"},
		{"one key task", "办理代表建议是镇政府的一项重点工作。", "一项", ""},
		{"satisfied after the unsatisfied redone", "对不满意的建议重新办理后代表满意率达100%。", "100%", "satisfaction_rate"},
		{"satisfaction with each suggestion", "代表对每件建议办理结果的满意率达100%。", "100%", "satisfaction_rate"},
		{"each suggestion followed, then resolved", "主席团对每件建议逐一跟踪督办共办结28件。", "28件", "motions_resolved"},
		{"deputies who are village heads", "组织10名担任村主任的代表向选民述职。", "10名", "deputies_reported"},
		{"heard reports", "听取和审议镇政府关于财政预算执行、民生实事项目推进等专项工作报告6项。", "6项", ""},
	})
	for _, in := range []string{"主席团成员和代表们一起深入村组走访群众。", "把代表和群众团结在一起，", "经历了三起三落。"} {
		if facts := FromText(in, Reference{Year: 2021}); len(facts) != 0 {
			t.Errorf("FromText(%q): 起 read as a count: %s", in, dump(facts))
		}
	}
	// a plan heading naming its measures is plans
	text := "某镇人大主席团2021年工作总结\n二、2022年主要任务及完成措施\n全年召开主席团会议6次。"
	if f, ok := find(t, text, 2021, one{text: "6次"}); !ok || f.Metric != "" {
		t.Errorf("a count under 2022年主要任务及完成措施 = %+v, want no metric", f)
	}
}
