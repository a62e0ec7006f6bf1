package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// notDistributive are the words that start with 各 but do not share out
// a figure among units: 各类, 各项, 各级, and places named as a whole (在各
// 片区设立代表联络站三个: three in all) ….
var notDistributive = []string{"各类", "各项", "各级", "各种", "各位", "各界", "各方", "各地", "各自", "各个", "各族", "各样", "各部门", "各单位", "各村", "各乡", "各镇", "各站", "各行", "各条", "各户", "各组", "各社区", "各届", "各处", "各色", "各式", "各有关", "各片区", "各片", "各网格", "各小区", "各行政村", "各自然村", "各村委会", "各居委会", "各站所"}

// distribute reads figures given per unit: in 在全镇14个行政村各建设代表
// 活动室1个 the 1个 is one for each village, so the total is the count of
// villages. A count after a distributive 各 or 均 that follows a count of
// units in the same sentence gives up its metric; when it is one (1个,
// 一所), the count of units takes the metric, if its unit fits the metric
// and it has none of its own. With no count of units, it gives up its
// metric to a total later in the sentence (各召开一次人代会，共2次). Facts
// must be in text order.
func (s *scan) distribute() {
	for i := range s.facts {
		f := &s.facts[i]
		if f.Kind != KindCount || f.Metric == "" {
			continue
		}
		from, _ := Sentence(s.text, f.Start, f.End)
		at := distributiveAt(s.text[from:f.Start])
		if at < 0 {
			continue
		}
		at += from
		var units *Fact
		for j := i - 1; j >= 0; j-- {
			g := &s.facts[j]
			if g.Start < from {
				break
			}
			if g.End <= at && g.Kind == KindCount {
				units = g
				break
			}
		}
		if units != nil && hasString(activityUnits, simplify(units.Unit)) && !containsAny(s.text[units.End:f.Start], []string{"各次", "每次", "各场", "各轮", "各期"}) {
			units = nil // 集中视察3次，各代表小组开展视察活动24次: 3次 counts no units (but 召开人代会2次，各次…)
		}
		if units == nil {
			// 上半年、下半年各召开一次人代会，共2次: the total follows.
			if s.laterTotal(i, false) {
				f.Metric, f.Rule = "", f.Kind+"/distributive"
			}
			continue
		}
		if !ruleUnitFits(f.Metric, units.Unit) {
			continue
		}
		if s.laterTotal(i, true) {
			// 在镇区和四个管区各建一个代表联络站，全镇共建成代表联络站五个:
			// the total is written out: neither the units nor the count
			// for each is it.
			if units.Metric == f.Metric {
				units.Metric, units.Rule = "", units.Kind+"/distributive"
			}
			f.Metric, f.Rule = "", f.Kind+"/distributive"
			continue
		}
		if f.Value != nil && *f.Value == 1 && (units.Metric == "" || units.Metric == f.Metric) {
			units.Metric, units.Label, units.Rule = f.Metric, f.Label, "metric/"+f.Metric+"/distributive"
		}
		f.Metric, f.Rule = "", f.Kind+"/distributive"
	}
}

// laterTotal reports whether a later fact of the sentence of s.facts[i]
// has the same metric: the total of a figure given per unit. written asks
// for a total its words say is one (…，全镇共建成代表联络站五个; not 在镇政府
// 新建代表之家1个).
func (s *scan) laterTotal(i int, written bool) bool {
	_, to := Sentence(s.text, s.facts[i].Start, s.facts[i].End)
	for _, g := range s.facts[i+1:] {
		if g.Start >= to {
			break
		}
		if g.Metric == s.facts[i].Metric && (!written || totalWordRe.MatchString(clause(s.text[:g.Start]))) {
			return true
		}
	}
	return false
}

// totalWordRe finds a word that makes a figure a total: 共, 共计, 合计,
// 累计, 总计, 全年 (not the 共 of 公共, 共同, 共享, 共建共治).
var totalWordRe = regexp.MustCompile(`全年|累计|合计|总计|总共|共计|(?:^|[^公])共(?:建成|建立|[^同享建治青产和]|$)`)

// distributiveAt returns the offset in s of the last 各 or 均 that shares
// out what follows among the units before it, or -1. A 各 before a total
// word (各联络站全年接待选民430人次) names all of them, not each.
func distributiveAt(s string) int {
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
		if strings.ContainsRune("，,；;：:。", r) {
			return -1
		}
		switch r {
		case '各':
			// 各联络站全年接待选民430人次: all of them together, a total
			if !hasPrefixAny(simplify(s[i:]), notDistributive) && !totalWordRe.MatchString(s[i:]) {
				return i
			}
		case '均':
			if p, _ := utf8.DecodeLastRuneInString(s[:i]); p != '人' && p != '平' {
				return i
			}
		}
	}
	return -1
}

// ruleUnitFits reports whether some rule of metric counts in unit.
func ruleUnitFits(metric, unit string) bool {
	for _, r := range metricRules {
		if r.metric == metric && hasString(r.units, simplify(unit)) {
			return true
		}
	}
	return false
}
