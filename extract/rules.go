package extract

import (
	"strings"
	"unicode/utf8"
)

// A metricRule tags a figure with a metric when one of its cue words stands
// near it: in the clause before the figure, or in the words right after
// its unit (举行了12次主席团会议). When several rules fit, the one whose cue
// stands closest to the figure wins; on a tie, the one listed first.
type metricRule struct {
	metric  string
	cues    []string // words that name what is counted
	units   []string // the figure's unit must be one of these
	exclude []string // none of these may stand in the clause before the figure
}

// metricRules is the rule table: one line per way of writing a metric.
var metricRules = []metricRule{
	{"presidium_meetings", []string{"主席团会议", "主席团会", "主席团例会", "主席团扩大会议"}, []string{"次"}, nil},
	{"congress_sessions", []string{"人代会", "人代會", "人民代表大会", "人民代表大會", "代表大会"}, []string{"次"}, nil},
	{"motions_resolved", []string{"办结", "已落实", "落实到位", "办理完毕", "已办复", "已答复", "已办理"}, []string{"件", "条", "份", "项", "个"}, nil},
	{"motions", []string{"议案", "代表建议", "建议、批评", "批评、意见", "建议、意见", "意见、建议", "批评和意见", "建议和意见", "意见和建议", "交办", "提出建议", "提出议案", "提交建议", "提交议案", "提出的建议", "建议、批评和意见"}, []string{"件", "条", "份", "项"}, []string{"收集", "征集", "征求", "搜集", "办结", "已落实", "办理完毕", "已办复", "已答复"}},
	{"completion_rate", []string{"办结率", "办复率", "办理率", "答复率"}, []string{"%"}, nil},
	{"satisfaction_rate", []string{"满意率", "满意度", "满意和基本满意率"}, []string{"%"}, nil},
	{"problems_found", []string{"发现问题", "查找问题", "查摆问题", "排查问题", "发现各类问题", "发现突出问题", "梳理问题"}, []string{"个", "条", "项", "处", "件"}, nil},
	{"opinions_collected", []string{"收集", "征集", "征求", "搜集"}, []string{"条", "件", "个", "份"}, nil},
	{"voters_contacted", []string{"联系选民", "走访选民", "接待选民", "联系群众", "走访群众", "接待群众"}, []string{"人", "人次", "名", "户次"}, nil},
	{"petitions", []string{"来信来访", "信访", "来信", "来访", "上访"}, []string{"件", "次", "人次", "批", "起"}, nil},
	{"deputies_reported", []string{"述职"}, []string{"名", "位", "人"}, nil},
	{"practical_matters", []string{"办实事", "实事", "好事"}, []string{"件", "项", "个"}, nil},
	{"trainings", []string{"学习", "培训"}, []string{"次", "期", "场"}, nil},
	{"deputy_stations", []string{"活动站", "活动之家", "代表之家", "联络站", "活动室", "联络室", "联络点", "代表工作站", "代表工作室"}, []string{"个", "处", "所", "座", "家"}, nil},
	{"units_appraised", []string{"民主测评", "测评", "评议"}, []string{"个", "家", "所"}, nil},
	{"appraisals", []string{"民主测评", "评议", "测评"}, []string{"次", "场"}, nil},
	{"inspections", []string{"视察", "调研", "执法检查", "检查"}, []string{"次", "场", "批"}, nil},
}

// normWords mark a norm, plan or requirement rather than what was done:
// 每个代表…至少联系3-5名选民, 要求…每人….
var normWords = []string{"每个", "每位", "每名", "每人", "每年", "每月", "每季", "每周", "每次", "每一", "要求", "必须", "应当", "计划", "力争", "争取", "拟"}

// clauseBreaks end a clause.
const clauseBreaks = "，。；！？\n,;!?：:"

// metricFor picks the metric of the figure at text[start:end] with the
// given unit. It returns the metric, the cue that chose it and the rule's
// name, or "" when no rule fits or the figure states a norm.
func metricFor(text string, start, end int, unit string) (metric, cue string) {
	before := simplify(lastRunes(clause(text[:start]), 24))
	rest := text[end:]
	own := clauseAfter(rest)
	after := simplify(firstRunes(own, 64))
	// 先后五次组织代表，对…进行了视察: a count of activities before the
	// verb that starts them reaches into the next clause.
	if unit == "次" && hasPrefixAny(strings.TrimSpace(own), leadVerbs) && len(own) < len(rest) {
		after = simplify(firstRunes(own+" "+clauseAfter(rest[len(own)+len("，"):]), 64))
	}
	unit = simplify(unit)
	best, bestDist := -1, 1<<30
	for i, r := range metricRules {
		if !hasString(r.units, unit) || containsAny(before, r.exclude) {
			continue
		}
		for _, c := range r.cues {
			d := 1 << 30
			if j := strings.LastIndex(before, c); j >= 0 {
				d = utf8.RuneCountInString(before[j+len(c):])
			}
			if j := strings.Index(after, c); j >= 0 && !ownedByNext(after[j+len(c):]) {
				if da := utf8.RuneCountInString(after[:j]); da < d {
					d = da
				}
			}
			if d < bestDist {
				best, bestDist, cue = i, d, c
			}
		}
	}
	if best < 0 {
		return "", ""
	}
	if containsAny(lastRunes(before, 16), normWords) {
		return "", ""
	}
	return metricRules[best].metric, cue
}

// leadVerbs start the activity a count of times comes before: 两次组织代表….
var leadVerbs = []string{"组织", "开展", "召开", "深入", "带领", "邀请", "听取", "对"}

// ownedByNext reports whether the words after a cue go straight on to a
// number: 建成代表活动站3个 — the cue names that number, not one before it.
func ownedByNext(s string) bool {
	for i, r := range s {
		if i > 6 {
			return false
		}
		if r >= '0' && r <= '9' || isCNNumeral(r) || isMaskRune(r) {
			return true
		}
		if strings.ContainsRune(clauseBreaks, r) {
			return false
		}
	}
	return false
}

// clause returns the clause that ends at the end of s.
func clause(s string) string {
	i := strings.LastIndexAny(s, clauseBreaks)
	if i < 0 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[i+n:]
}

// clauseAfter returns the rest of the clause that starts s.
func clauseAfter(s string) string {
	if i := strings.IndexAny(s, clauseBreaks); i >= 0 {
		return s[:i]
	}
	return s
}

func lastRunes(s string, n int) string {
	c := 0
	for i := len(s); i > 0; {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		c++
		if c == n {
			return s[i:]
		}
	}
	return s
}

func firstRunes(s string, n int) string {
	c := 0
	for i := range s {
		if c == n {
			return s[:i]
		}
		c++
	}
	return s
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
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
