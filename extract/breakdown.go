package extract

import (
	"regexp"
	"strings"
)

// A breakdown gives a total's parts by year or by place right after it:
// 累计召开主席团会议35次，分年度看：2017年8次、2018年7次…; 共召开人代会11次，
// 其中2016年1次，2017年2次…; 全县召开人代会27次。其中，河口镇召开3次，新店镇
// 召开3次; 五年来召开主席团会议42次，今年召开9次. Each part counts what the
// total counts, so it takes the total's metric when it has none of its own
// and its words did not rule one out (countsElse).

// breakdownLabel is the label of a part: a year, or a township (a place
// name of up to six characters with its suffix, not a word such as 乡村 or
// 镇域), with a few words after it (2020年受新冠肺炎疫情影响5次, 新店镇召开3次,
// 2018年新建3个).
const breakdownLabel = `(?:(?:19|20)[0-9]{2}年度?|(?:今年|本年|当年)度?|\p{Han}{1,6}?(?:镇(?:[^村域级政]|$)|乡(?:[^村镇级政]|$)|街道(?:[^办]|$)|社区|苏木))[^，,、；;。：:0-9\n]{0,12}`

// thisYearPart is this year's part of a total after a comma, with no more
// words than the verb of the total (…42次，今年召开9次; not 今年列席镇党委
// 会议6次 nor 今年新建项目5件).
const thisYearPart = `(?:今年|本年|当年)度?(?:共|又|再|还|全年)?(?:召开|举行|组织|开展|收到|提出|办结|接待|走访|培训)?了?[ \t]*`

var (
	// breakdownStartRe is the text between a total and its first part
	// (the name of what it counts may come between: 8个社区人大代表联络站，
	// 其中2014年新建2个).
	breakdownStartRe = regexp.MustCompile(`^(?:\p{Han}{1,12}[，,；;。]|[，,；;。])?[ \t]*(?:(?:其中|分年度看|分年度|按年度看|按年度|各年度分别为|各年度|分别为|分别是|具体为|依次为)[，,：:]?[ \t]*` + breakdownLabel + `|[，,；;][ \t]*` + thisYearPart + `)$`)
	// breakdownNextRe is the text between two parts.
	breakdownNextRe = regexp.MustCompile(`^[、，,；;][ \t]*` + breakdownLabel + `$`)
)

// breakdown gives the parts of a total its metric. Facts must be in text
// order; dates between the figures (the years of the labels) are skipped.
// A part with a metric of its own keeps it, and still leads on to the next
// part (其中，河口镇召开人代会3次，新店镇召开3次).
func (s *scan) breakdown() {
	var prev *Fact // the last count, or nil after any other figure
	prevPart := false
	for i := range s.facts {
		f := &s.facts[i]
		if f.Kind == KindDate {
			continue
		}
		if f.Kind != KindCount {
			prev, prevPart = nil, false
			continue
		}
		part := false
		if prev != nil && simplify(prev.Unit) == simplify(f.Unit) {
			between := s.text[prev.End:f.Start]
			prevPart = prevPart || breakdownStartRe.MatchString(s.text[sentenceStart(s.text, prev.Start):prev.Start])
			part = breakdownStartRe.MatchString(between) || prevPart && breakdownNextRe.MatchString(between)
			metric := prev.Metric
			if metric == "" && containsAny(between, []string{"今年", "本年", "当年"}) {
				metric = s.periodTotals[prev.Start] // a total of other years: this year's part only
			}
			if part && f.Metric == "" && metric != "" && !f.Masked && !s.inPlan(f.Start) && !s.vetoed[f.Start] {
				f.Metric, f.Rule = metric, "metric/"+metric+"/breakdown"
				f.Label = strings.TrimLeft(lastRunes(clause(between), 12), "，,、；;。：: \t") // 其中2014年新建
			}
		}
		prev, prevPart = f, part
	}
}

// sentenceStart returns the offset of the start of the sentence (or
// clause after a semicolon) that holds byte i.
func sentenceStart(text string, i int) int {
	return i - len(sentenceBefore(text, i))
}

// sums gives a bare total the metric of the counts before it in its
// sentence that it adds up: 大会期间代表提出建议36件，闭会期间提出建议9件，
// 共45件. The counts are taken back from the total, in its unit, until
// their sum is its value; they must share one metric. Facts must be in
// text order.
func (s *scan) sums() {
	for i := range s.facts {
		f := &s.facts[i]
		if f.Kind != KindCount || f.Metric != "" || f.Value == nil || f.Masked || s.vetoed[f.Start] || !bareTotal(clause(s.text[:f.Start])) {
			continue
		}
		from, _ := Sentence(s.text, f.Start, f.End)
		sum, n, metric := 0.0, 0, ""
		for j := i - 1; j >= 0 && sum < *f.Value; j-- {
			g := &s.facts[j]
			if g.Start < from {
				break
			}
			if g.Kind != KindCount || g.Unit != f.Unit || g.Value == nil || g.Metric == "" || metric != "" && g.Metric != metric {
				break
			}
			sum, n, metric = sum+*g.Value, n+1, g.Metric
		}
		if n >= 2 && sum == *f.Value && !strings.Contains(s.text[from:f.Start], "其中") {
			f.Metric, f.Rule = metric, "metric/"+metric+"/sum"
		}
	}
}
