package extract

// Metric describes one of the figures county staff compare across townships.
type Metric struct {
	ID   string // "motions"
	Name string // Chinese name: "代表议案建议数"
	Kind string // KindCount or KindRate
	Desc string // what it counts
}

// Metrics lists the metrics in the order of FACTS.md: the order of the
// workbook's columns.
var Metrics = []Metric{
	{"congress_sessions", "召开人代会次数", KindCount, "召开镇人民代表大会的次数"},
	{"presidium_meetings", "主席团会议次数", KindCount, "召开主席团会议的次数"},
	{"motions", "代表议案建议数", KindCount, "收到或交办的代表议案、建议、批评和意见件数"},
	{"motions_resolved", "议案建议办结数", KindCount, "办结的议案建议件数"},
	{"completion_rate", "办结率", KindRate, "议案建议办结率"},
	{"satisfaction_rate", "满意率", KindRate, "满意率"},
	{"inspections", "视察调研检查次数", KindCount, "组织视察、调研、执法检查的次数"},
	{"appraisals", "评议测评次数", KindCount, "评议、民主测评活动的次数"},
	{"units_appraised", "评议测评单位数", KindCount, "被评议、测评的单位或部门数"},
	{"problems_found", "发现问题数", KindCount, "视察、评议中发现的问题数"},
	{"opinions_collected", "收集意见建议数", KindCount, "收集群众意见建议的条数"},
	{"voters_contacted", "联系选民数", KindCount, "代表联系选民的人数或人次"},
	{"petitions", "来信来访件数", KindCount, "接待来信来访的件数"},
	{"deputies_reported", "述职代表数", KindCount, "向选民述职的代表人数"},
	{"trainings", "学习培训次数", KindCount, "组织代表学习培训的次数"},
	{"deputy_stations", "代表活动站数", KindCount, "设立的代表活动站（之家）数"},
	{"practical_matters", "为民办实事件数", KindCount, "为选民办实事的件数"},
}

// MetricByID returns the metric with the given id.
func MetricByID(id string) (Metric, bool) {
	for _, m := range Metrics {
		if m.ID == id {
			return m, true
		}
	}
	return Metric{}, false
}
