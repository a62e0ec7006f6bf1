package extract

import "strings"

// countRule tags a count with a metric when cue words stand in its clause.
type countRule struct {
	metric  string
	cues    []string // any of these in the clause before or after the figure
	units   []string // the classifier must be one of these ("" any)
	exclude []string // none of these may stand in the clause
}

// countRules is the rule table for counts, tried in order; the first rule
// that fits wins.
var countRules = []countRule{
	{"presidium_meetings", []string{"主席团会议"}, []string{"次"}, nil},
	{"congress_sessions", []string{"人代会", "人民代表大会"}, []string{"次"}, []string{"主席团"}},
	{"motions_resolved", []string{"办结", "已落实"}, []string{"件", "条", "份"}, nil},
	{"motions", []string{"议案", "建议、批评", "建议、意见", "批评、意见"}, []string{"件", "条", "份"}, []string{"收集"}},
	{"problems_found", []string{"发现问题"}, []string{"个", "条", "项"}, nil},
	{"opinions_collected", []string{"收集"}, []string{"条", "件"}, nil},
	{"voters_contacted", []string{"联系选民"}, []string{"人", "人次", "名"}, []string{"每个代表", "每人", "每位"}},
	{"petitions", []string{"来信来访"}, []string{"件", "次", "人次"}, nil},
	{"deputies_reported", []string{"述职"}, []string{"名", "位"}, nil},
	{"practical_matters", []string{"办实事"}, []string{"件"}, nil},
	{"trainings", []string{"组织学习", "培训"}, []string{"次", "期"}, nil},
	{"deputy_stations", []string{"活动站", "活动之家", "联络站"}, []string{"个"}, nil},
	{"units_appraised", []string{"测评", "评议"}, []string{"个"}, nil},
	{"appraisals", []string{"评议", "测评"}, []string{"次"}, nil},
	{"inspections", []string{"视察", "调研", "执法检查"}, []string{"次"}, nil},
}

// countMetric picks the metric of the count at text[start:end] with the
// given unit, from the words of its clause.
func countMetric(text string, start, end int, unit string) (metric, label string) {
	before := clause(text[:start])
	after := text[end:]
	if i := strings.IndexAny(after, "，。；！？\n"); i >= 0 {
		after = after[:i]
	}
	ctx := before + "|" + after
	for _, r := range countRules {
		if !hasUnit(r.units, unit) || !containsAny(ctx, r.cues) || containsAny(ctx, r.exclude) {
			continue
		}
		if containsAny(before, []string{"每个", "每位", "每人", "要求"}) {
			return "", ""
		}
		return r.metric, strings.TrimLeft(lastRunes(before, 12), "，、；：")
	}
	return "", ""
}

func hasUnit(units []string, u string) bool {
	for _, x := range units {
		if x == u {
			return true
		}
	}
	return false
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
