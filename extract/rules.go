package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
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
	exclude []string // none of these may stand in the clause before the figure, nor right after it
}

// metricRules is the rule table: one line per way of writing a metric.
var metricRules = []metricRule{
	{"presidium_meetings", []string{"主席团会议", "主席团会", "主席团例会", "主席团扩大会议", "主席团…会议|开会|例会"}, []string{"次"}, []string{"列席", "出席", "参加", "党委", "政府", "小组", "座谈"}},
	{"congress_sessions", []string{"人代会", "人代會", "人民代表大会", "人民代表大會", "代表大会"}, []string{"次"}, nil},
	{"motions_resolved", []string{"办结", "已落实", "落实到位", "办理完毕", "已办复", "已答复", "已办理", "已解决", "已经解决", "得到解决", "基本解决", "建议|议案|意见|批评…办复|办结|答复|落实"}, []string{"件", "条", "份", "项", "个"}, nil},
	{"motions", []string{"议案", "代表建议", "建议、批评", "批评、意见", "建议、意见", "意见、建议", "批评和意见", "建议和意见", "意见和建议", "交办", "提出建议", "提出议案", "提交建议", "收到建议", "提交议案", "提出的建议", "建议、批评和意见", "意见建议", "建议意见", "代表…书面意见", "代表提出…的建议|的议案|的意见建议", "^建议", "^议案", "^批评"}, []string{"件", "条", "份", "项"}, []string{"收集", "征集", "征求", "搜集", "汇总", "梳理", "听取", "办结", "办复", "答复", "落实", "办理完毕", "已解决", "得到解决", "全部解决", "基本解决", "督察", "巡察", "制度"}},
	{"completion_rate", []string{"办结率", "办复率", "办理率", "答复率", "落实率"}, []string{"%"}, []string{"超期", "逾期"}},
	{"satisfaction_rate", []string{"满意率", "满意度", "满意和基本满意", "基本满意", "表示满意"}, []string{"%"}, []string{"不满意率", "不满意度", "不满意的占", "不满意占", "不满意的为"}},
	{"problems_found", []string{"发现问题", "查找问题", "查摆问题", "排查问题", "梳理问题", "发现|查找|查摆|排查|查出|梳理|找出|摸排|检查|督查…问题|隐患", "督促整改问题"}, []string{"个", "条", "项", "处", "件", "起"}, nil},
	{"opinions_collected", []string{"收集", "征集", "征求", "搜集", "汇总|梳理|整理|听取|归纳|采集|反映群众|反映选民|反映居民|反映村民…意见|建议|诉求|心声|呼声"}, []string{"条", "件", "个", "份"}, []string{"形成", "意见表", "意见函", "问卷", "调查表", "测评表", "发放"}},
	{"voters_contacted", []string{"联系选民", "走访选民", "接待选民", "服务选民", "联系群众", "走访群众", "接待群众", "走访|联系|接待|拜访|联络|服务…选民|居民|群众|村民|农户|牧民|牧户|渔民", "入户走访", "走访入户"}, []string{"人", "人次", "名", "户", "户次"}, []string{"来访", "来信", "信访", "上访", "慰问", "困难", "贫困", "帮扶"}},
	{"petitions", []string{"来信来访", "信访", "来信", "来访", "来电", "上访"}, []string{"件", "次", "人次", "批", "起", "封"}, nil},
	{"deputies_reported", []string{"述职", "报告履职", "报告了履职", "向选民报告", "选民报告", "向选民汇报", "接受选民评议"}, []string{"名", "位", "人", "人次"}, []string{"书记", "干部", "党员"}},
	{"practical_matters", []string{"办实事", "实事", "好事", "解决|协调|化解…困难|难题|难事|急事|烦心事|揪心事|实际问题|民生问题|急难愁盼", "实际困难", "实际问题", "急难愁盼", "烦心事", "揪心事"}, []string{"件", "项", "个"}, []string{"收集", "征集", "汇总", "梳理", "票决", "表决", "决定", "确定", "候选"}},
	{"trainings", []string{"学习", "培训", "以会代训", "讲座"}, []string{"次", "期", "场", "轮"}, []string{"为群众", "为村民", "为居民", "为学生", "为农民", "编印", "印发", "编发", "刊发", "简报", "刊物", "中心组"}},
	{"deputy_stations", []string{"活动站", "活动之家", "代表之家", "家站点", "联络站", "联络总站", "活动室", "联络室", "联络点", "代表|人大…联系点|联系站", "代表工作站", "代表工作室", "代表|人大|履职…阵地"}, []string{"个", "处", "所", "座", "家"}, nil},
	{"units_appraised", []string{"民主测评", "测评", "评议", "评站议所", "站所|部门|单位|科室|站办所…评议|测评"}, []string{"个", "家", "所"}, []string{"问题", "意见建议", "整改意见", "批评建议", "事项", "不足"}},
	{"appraisals", []string{"民主测评", "评议", "测评", "评站议所"}, []string{"次", "场", "轮"}, nil},
	{"inspections", []string{"视察", "调研", "调查", "执法检查", "检查", "督查"}, []string{"次", "场", "批", "轮"}, nil},
}

// changedByRe ends the words before the size of a change: 增加了, 减少了,
// 增加 (a difference when the sentence compares: 与去年同期相比，…增加了3次;
// 与2022年相比，代表建议数量增加7件).
var changedByRe = regexp.MustCompile(`(?:增加|减少|增长|下降|增多|多|少)了\s*$|(?:增加|减少|增长|下降|增多)\s*$`)

// lastClauses returns the last n clauses of s, in its sentence.
func lastClauses(s string, n int) string {
	s = tail(s)
	at := len(s)
	for ; n > 0 && at > 0; n-- {
		i := strings.LastIndexAny(s[:at], clauseBreaks)
		if i < 0 {
			return s
		}
		if n > 1 {
			at = i
		} else {
			_, w := utf8.DecodeRuneInString(s[i:])
			return s[i+w:]
		}
	}
	return s[at:]
}

// builtWords make what a clause counts a stock a total adds to: 新建代表
// 联络站2个，总数达到4个.
var builtWords = []string{"新建", "新增", "增设", "新设", "建成"}

// comparedEnds close the frame of a comparison opened by 与上年…: 相比.
var comparedEnds = []string{"相比", "比较", "相较", "对比"}

// lastIndexAny returns the index in s of the last of words found, or -1.
func lastIndexAny(s string, words []string) int {
	at := -1
	for _, w := range words {
		at = max(at, strings.LastIndex(s, w))
	}
	return at
}

// comparedRe ends the words of a difference from another year: 比上年增加,
// 同比减少了, 较去年多.
var comparedRe = regexp.MustCompile(`(?:比|较|同比|环比)[^，。；]{0,8}(?:增加|减少|增长|下降|提高|降低|上升|多|少)了?\s*$`)

// lastYearsRe ends the words before the year before's figure: 比去年的,
// 较上年同期的, 由上年的, 去年同期为, 上年为, 上年同期, 上年同期办结率为.
var lastYearsRe = regexp.MustCompile(`(?:(?:比|较|同比|高于|低于|由|从)(?:去年|上年|上一年|上年度)(?:同期)?的|(?:去年|上年|上一年|上年度)(?:同期)?[^，。；、0-9]{0,6}?(?:为|是)|(?:去年|上年|上一年|上年度)同期)\s*$`)

// deputiesGatheredRe starts the words of deputies' suggestions gathered:
// 征集代表意见建议, 收集人大代表的建议.
var deputiesGatheredRe = regexp.MustCompile(`^(?:收集|征集)(?:到|了)?(?:各级|全体|镇|乡|县|区)?(?:人大)?代表`)

// countysOwn reports whether the clause own of a township's document is
// the whole county's (全县今年共收到乡镇人大代表建议1268件; 县人大常委会组织全县
// 代表视察18次), not the township's; in a report on the whole county
// (关于全县乡镇人大工作情况的报告) such totals are its own.
func (s *scan) countysOwn(own string) bool {
	if !(wholeCountyClauseRe.MatchString(own) || wholeCountyDeputiesRe.MatchString(own)) || containsAny(own, ourPlace) {
		return false
	}
	return !s.committeeReport() && !s.heading().countyWide
}

// countysSentence reports whether own, a clause with no subject of its
// own, goes on from a sentence whose subject is the whole county: 全县共有
// 26个乡镇开展了评议站所活动，评议站所134个.
func (s *scan) countysSentence(sent, own string) bool {
	first := sent
	if k := strings.IndexAny(sent, "，,；;"); k >= 0 {
		first = sent[:k]
	}
	if len(first) == len(sent) || !s.countysOwn(first) || containsAny(own, ourPlace) || containsAny(own, ownActors) {
		return false
	}
	// the county is the subject of what was counted (全县共有26个乡镇开展了
	// …), not the time or occasion of it (全县开展…以来, …会议召开后)
	return hasDigitOrNumeral(first) && !hasSuffixAny(strings.TrimSpace(first), occasionEnds)
}

// occasionEnds close a clause that sets the time or occasion of what
// follows: …以来, …后, …期间.
var occasionEnds = []string{"以来", "后", "前", "期间", "时", "中", "之际"}

// otherPeriod reports whether sent, the sentence so far of a figure in a
// summary of one year, is of other years: headed by a period of several
// (本届以来，主席团共组织视察调研17次) or by the year before (上年大会收到建议
// 26件), until the sentence comes back to this year (其中今年收到31件，办结29件;
// 2021年召开9次). A term report's totals are its own.
func (s *scan) otherPeriod(sent string) bool {
	if !otherPeriodRe.MatchString(sent) || containsAny(sent, thisYearWords) ||
		s.year > 0 && strings.Contains(sent, strconv.Itoa(s.year)+"年") {
		return false
	}
	y := s.heading().year
	return y != "" && !strings.Contains(sent, y+"年") // the summary's year, written out, is this year
}

// thisYearWords bring a sentence back to the summary's year.
var thisYearWords = []string{"今年", "本年", "当年", "全年", "年内", "其中"}

// otherPeriodRe heads a sentence of other years than the summary's: a term
// or several years, or the year before on its own, or the year before's
// suggestions (去年代表提出的十五件建议，本年已全部落实; 去年以来 and 去年
// 12月…以来 reach into this year).
var otherPeriodRe = regexp.MustCompile(`^\s*(?:本届以来|本届任期内|本届内|任期内|届内|[两二三四五六七八九十]年来|近[两二三四五]年来?|(?:上年|去年|上一年)(?:度)?(?:大会|同期)?[，,]|(?:上年|去年)大会|(?:上年|去年|上一年)度?(?:人代会|大会|会议)?(?:上|期间)?(?:代表|代表们)?(?:所)?(?:提出|收到|交办)的)`)

// yearSummaryRe is the title of a summary of one year (or half of one);
// yearRangeRe one of several (2017-2021年工作总结); termTitleRe one of a term
// (…暨本届工作总结).
var (
	yearSummaryRe = regexp.MustCompile(`((?:19|20)[0-9]{2}|[一二][〇○零一二三四五六七八九]{3})年度?(?:上半年|下半年)?(?:工作)?总结`)
	yearRangeRe   = regexp.MustCompile(`(?:19|20)[0-9]{2}年?\s*(?:-|－|—|–|至|到|~|～)\s*(?:19|20)[0-9]{2}`)
	termTitleRe   = regexp.MustCompile(`届|任期|五年|暨[^打计安]*总结`)
)

// countyWide name a document on a whole county or district; countyTitleRe
// a title on a county's townships (某县乡镇人大工作情况报告).
var countyWide = []string{"全县", "全区", "全市", "全旗", "县人大常委会", "区人大常委会", "县人大", "区人大", "我县", "本县", "我区", "本区"}

var countyTitleRe = regexp.MustCompile(`[县区市旗](?:\d{4}年)?(?:各)?乡镇`)

// wholeCountyClauseRe starts a clause whose subject is a whole county or
// district, or all its townships: 全县今年共收到…, 全区各乡镇全年共组织…,
// 各乡镇人代会共收到…; or is the county the figure right after it counts
// in (在全区156个家站点星级评定中; not 在全县率先建成…1个).
var wholeCountyClauseRe = regexp.MustCompile(`^\s*(?:(?:今年|全年|去年|年内|同时|目前|截至目前)?(?:全[县区市旗州]|各乡镇)|在全[县区市旗州](?:各乡镇)?的?\s*$)`)

// comparedAverageRe ends the words before an average a figure is compared
// with: 略高于全县平均水平（, 低于全区平均.
var comparedAverageRe = regexp.MustCompile(`(?:高于|低于|超过|超出|好于|优于|持平于|接近|达到)[^，。；]{0,8}平均(?:水平|值|数)?\s*[（(]?\s*$`)

// averageWords make a count after them an average: 人均联系选民约18人次 (an
// average rate, 平均满意率为94.3%, is the rate).
var averageWords = []string{"人均", "平均", "年均", "月均"}

// fromValueRe ends the words before the figure a change starts from (由,
// 从2020年的); changeToRe starts the words of the change after it (增加到,
// 提升至).
var (
	fromValueRe = regexp.MustCompile(`(?:由|从)(?:原来的?|[^，。；]{0,8}的)?\s*$`)
	changeToRe  = regexp.MustCompile(`^\s*(?:增加|增长|提高|提升|上升|下降|减少|降低|发展|扩大|降|升|增)(?:了)?(?:到|至|为)`)
)

// unitsAtRe follows a threshold rate with how many reached it: 的单位有7个.
var unitsAtRe = regexp.MustCompile(`^的[^，。；]{0,8}有(?:[0-9]|[一二两三四五六七八九十])`)

// wholeOfPartRe follows a figure that is a whole a part is taken of: …代表中
// 有8名, 代表中的40名, 12个站所中，有.
var wholeOfPartRe = regexp.MustCompile(`^[^，。；、]{0,12}?中(?:[，,]?有|的|共有|已有|[，,])?(?:[0-9]|[一二两三四五六七八九十])`)

// denominatorRe ends the words before the total of a share: 占全县…总数.
var denominatorRe = regexp.MustCompile(`占[^，。；]{0,24}(?:总数|总量|总和|总计|总额)的?\s*$`)

// pickedRe ends the words before a count of those a threshold picks out:
// 满意率在90%以上的站所有, 不足6次的有 (a threshold is a figure: 市级以上的代表
// 建议共5件 are all of them).
var pickedRe = regexp.MustCompile(`(?:[0-9%％]|[一二三四五六七八九十百成])\s*(?:以上|以下|以内)[^，。；]{0,3}的(?:[^，。；]{0,8}(?:有|共|达|为))?\s*$|(?:不足|不到|低于|高于|超过|少于|多于)\s*(?:[0-9]|[一二三四五六七八九十])[^，。；]{0,6}的[^，。；]{0,8}(?:有|共|达|为)\s*$`)

// requireEachRe is a requirement put on each of some (要求每名代表每年至少参加2次
// 集中活动、联系选民不少于10户), however long the list that follows.
var requireEachRe = regexp.MustCompile(`(?:要求|规定)(?:每|全体)`)

// everyPeriodRe is a clause of a period alone before the clause of a
// figure: what is done each period (每季度，…进行一次检查).
var everyPeriodRe = regexp.MustCompile(`^\s*每(?:个)?(?:月|季度?|周|半年|年|两个?月)[，,]`)

// nounDemands are 要求 as a noun, the demands voiced or followed (意见和
// 要求45条, 按照县人大的要求), not a requirement put on what follows.
var nounDemands = strings.NewReplacer("和要求", "", "、要求", "", "与要求", "", "及要求", "", "的要求", "", "意见要求", "")

// normWords mark a norm or requirement rather than what was done:
// 每个代表…至少联系3-5名选民, 要求…每人…. (Plans are read by planned.)
var normWords = []string{"每个", "每位", "每名", "每人", "每年", "每月", "每季", "每周", "每次", "每一", "要求", "必须", "应当"}

// ownActors name the people's congress and its deputies as the ones who
// act; otherActors name other bodies (镇信访办, 党委, 政协, 县人大常委会 …)
// whose work a summary may report beside the congress's own.
var (
	ownActors   = []string{"主席团", "代表", "工委", "人大主席"}
	otherActors = []string{"信访办", "纪委", "纪工委", "监委", "政协", "网格员", "班子成员", "中心组", "常委会", "党组织书记", "办事处", "党委", "党员干部"}
	// othersOfCommittee are the other bodies in a standing committee's
	// own report.
	othersOfCommittee = slices.DeleteFunc(slices.Clone(otherActors), func(w string) bool { return w == "常委会" })
)

// actorTopics are the topics that, with no congress actor in the sentence,
// say a figure is another body's work: a safety inspection (安全生产大检查)
// is the government's, a hotline's completion rate (热线工单按时办结率) is
// not that of deputies' suggestions.
var actorTopics = map[string][]string{
	"trainings":          {"农民", "干部", "党员", "职业", "技能", "实用技术", "学法", "中心组", "政府班子"},
	"inspections":        {"安全生产", "安全检查", "大检查"},
	"problems_found":     {"安全生产", "安全检查", "大检查", "网格", "检视", "专项治理", "整治"},
	"opinions_collected": {"党员群众", "检视", "网格"},
	"completion_rate":    {"热线", "工单", "信访", "督察", "网格", "诉求", "举报", "投诉"},
	"petitions":          {"客商", "招商"},
}

// congressChecks are a congress's own ways of checking: one named after
// the topic makes it the congress's work (对全镇安全生产工作开展执法检查…发现
// 隐患问题21个; not 在迎接县人大执法检查的同时，全镇开展安全生产大检查8次).
var congressChecks = []string{"执法检查", "视察", "专题调研", "专题询问"}

// otherActor reports whether the figure whose sentence so far is sent (and
// clause so far own) is another body's work, not the congress's: the
// actor named last before it is another body (镇信访办全年接待来访群众286人次,
// 县人大常委会举办培训班2期), unless the congress works with it (配合县人大
// 常委会开展执法检查); or the sentence names no congress actor and a topic
// of another body's work (开展安全生产大检查12次, 培训农民2860人次); or, for
// deputies who reported, the clause counts voters (参加述职会的选民达到460人,
// not 向选民述职34人).
// In a standing committee's own report (committee true: no presidium or
// 人大工委 named in it) the committee is the congress.
func otherActor(metric, sent, own string, committee bool) bool {
	others := otherActors
	if committee {
		others = othersOfCommittee
	}
	// 配合县人大开展执法检查: working with another body, the congress acts.
	lastOwn, lastOther := max(lastEnd(sent, ownActors), lastEnd(sent, withWords)), lastActor(sent, others)
	if g := governmentSubject(sent); g > lastOther {
		lastOther = g
	}
	if lastOther >= 0 && lastOwn > lastOther {
		// 县人大常委会全年共举办代表培训班12期: deputies named in what the
		// other body held, not acting
		lastOwn = max(lastEnd(deputiesObject.Replace(sent), ownActors), lastEnd(sent, withWords))
	}
	if lastOther >= 0 && lastOther >= lastOwn && !handledByOthers[metric] {
		return true
	}
	if lastOwn < 0 && containsAny(sent, actorTopics[metric]) && lastEnd(sent, congressChecks) < lastEnd(sent, actorTopics[metric]) &&
		!hasPrefixAny(strings.TrimSpace(sent), []string{"检查组", "视察组", "调研组"}) { // 检查组实地察看了…整治项目: the team acts
		return true
	}
	return metric == "deputies_reported" && (strings.Contains(own, "选民") || strings.Contains(own, "群众")) && !towardVotersRe.MatchString(own)
}

// towardVotersRe names the voters deputies reported to (组织代表向选民述职34人),
// who are not what the figure counts.
var towardVotersRe = regexp.MustCompile(`向[^，。；]{0,8}(?:选民|群众)`)

// ownMetric returns the metric of a figure that its words gave metric (by
// cue), as the congress's own work: opinions raised in an inspection, read
// as motions, are opinions collected, even when handed over to be handled;
// another body's work
// (otherActor) and letters and visits resolved, read as suggestions
// resolved, get none. sent is its sentence so far, simplified, and own its
// clause so far. Prose and table cells both ask it.
func (s *scan) ownMetric(metric, cue, sent, own string) string {
	if metric == "motions" && (inspectionOpinions(sent, cue) || votersOpinions(own, cue)) {
		metric = "opinions_collected"
	}
	if otherActor(metric, sent, own, s.committeeReport()) || s.countysOwn(own) || s.countysSentence(sent, own) ||
		(metric == "motions_resolved" || metric == "completion_rate") && resolvesPetitions(sent) ||
		handledByOthers[metric] && !s.committeeReport() && (s.upperAssigned(sent) || wholeCountyRateRe.MatchString(own) || wholeCountyDeputiesRe.MatchString(own) && !containsAny(own, ourPlace)) {
		return ""
	}
	return metric
}

// wholeCountyRateRe is a county's (or district's) own rate: 2024年全县代表建议
// 平均办结率为96%, 全县各乡镇代表建议平均办结率为88%, in a township's summary,
// compares (在全县率先实现代表建议办结率100% is the township's).
var wholeCountyRateRe = regexp.MustCompile(`全[县区市省州旗]的?(?:各乡镇|各乡|各镇|乡镇)?(?:人大)?(?:代表建议|建议|议案)?的?(?:平均|总体|整体)?(?:办结率|办复率|答复率|满意率)`)

// wholeCountyDeputiesRe is all the deputies of a county or district (大会期间，
// 全区代表共提出建议412件), whose suggestions are not the township's.
var wholeCountyDeputiesRe = regexp.MustCompile(`全[县区市省州旗]的?(?:各级)?(?:人大)?代表`)

// ourPlace are the words of the township itself: 我镇选出的全区人大代表.
var ourPlace = []string{"我镇", "本镇", "我乡", "本乡", "我街道", "本街道", "辖区"}

// upperAssignedRe is a standing committee above the township assigning
// suggestions (县人大常委会全年交办全县代表建议276件): its deputies' suggestions,
// which the township only helps to handle.
var upperAssignedRe = regexp.MustCompile(`[县区市州省]人大常委会[^，。；]{0,30}交办`)

// upperAssigned reports whether the suggestions of sent (the sentence so
// far) are those a standing committee above assigns: not when the township
// body works with it (配合县人大常委会, 按照…要求) or takes up the figures
// after it (…，镇人大主席团共收到), and never in a 街道's summary, whose
// 人大工委 handles the suggestions of the district's deputies as its own.
func (s *scan) upperAssigned(sent string) bool {
	m := upperAssignedRe.FindStringIndex(sent)
	if m == nil || s.subdistrict() {
		return false
	}
	return !containsAny(clause(lastRunes(sent[:m[0]], 16)), withWords) && !containsAny(sent[m[1]:], townshipBodies)
}

// townshipBodies name the township's own congress body.
var townshipBodies = []string{"主席团", "工委", "镇人大", "乡人大"}

// resolvesPetitions reports whether what a sentence resolves is letters and
// visits, not deputies' suggestions: 接待群众来信来访18件，办结16件，办结率
// 88.9%.
func resolvesPetitions(sent string) bool {
	return containsAny(sent, []string{"来信来访", "信访", "来访"}) && !containsAny(sent, []string{"建议", "议案", "意见", "批评"})
}

// inspectionOpinions reports whether a count of opinions (cue) is of those
// deputies raised in an inspection or appraisal (视察活动5次，提出意见和建议
// 28条): advice to the body inspected, collected by the congress, not
// motions to it.
// Suggestions raised at a congress's sitting (会上代表共提出建议12件) are
// motions, whatever the deputies inspected before it.
func inspectionOpinions(sent, cue string) bool {
	return opinionCues[cue] && containsAny(sent, []string{"视察", "调研", "执法检查", "评议"}) && !containsAny(sent, sittingWords) &&
		!containsAny(clause(sent), []string{"建议、批评", "代表建议", "议案"}) // 收到代表建议、批评和意见28件 (not 收到代表和群众意见建议46条)
}

// sittingWords name a congress's sitting (not any meeting: 座谈会，会上代表们
// 提出意见和建议 are opinions collected).
var sittingWords = []string{"次会议", "人代会", "代表大会", "大会上", "大会期间"}

// votersOpinions reports whether the clause before a count of opinions
// (cue) has voters or the public raise them (选民当场提出意见建议47条):
// opinions collected, not deputies' motions (群众关注的议案 still are).
func votersOpinions(own, cue string) bool {
	return opinionCues[cue] && publicRaisesRe.MatchString(own) && !strings.Contains(own, "代表")
}

// opinionCues are the cues of motions that name opinions, which the public
// may raise too.
var opinionCues = map[string]bool{"意见和建议": true, "建议和意见": true, "意见、建议": true, "建议、意见": true, "意见建议": true, "建议意见": true, "批评和意见": true, "提出建议": true}

// publicRaisesRe is the public raising something: 选民当场提出, 群众反映.
var publicRaisesRe = regexp.MustCompile(`(?:选民|群众|居民|村民)[^，。；]{0,6}(?:提出|反映)`)

// handledByOthers are the metrics of deputies' suggestions, which other
// bodies handle by design (交街道办事处办理，年底前办结15件): who acts does not
// decide them.
var handledByOthers = map[string]bool{"motions": true, "motions_resolved": true, "completion_rate": true, "satisfaction_rate": true}

// withWords before another body make it the one the congress works with,
// not the actor: 配合县人大常委会, 参加区人大常委会举办的.
var withWords = []string{"配合", "协助", "参加", "参与", "陪同", "邀请", "会同", "联合", "协调", "督促", "推动", "交由", "转交",
	"紧扣", "围绕", "贯彻", "按照", "根据", "听取", "争取", "得到"}

// ledWords after another body make it the one that leads, not the actor:
// 在镇党委的领导下, 镇党委中心工作.
var ledWords = []string{"的领导", "领导下", "的正确领导", "的坚强领导", "的指导", "的支持", "中心工作", "的部署", "部署"}

// deputiesObject blanks the names of what is held for deputies (代表培训班),
// where 代表 does not act.
var deputiesObject = strings.NewReplacer("代表培训", "□□培训", "代表履职培训", "□□履职培训", "代表学习班", "□□学习班", "代表履职学习", "□□履职学习")

// lastActor is lastEnd for other bodies, skipping those the congress works
// with (a with-word among the 16 runes before them, in their clause:
// 协调区政府有关部门和街道办事处; not 参加上级培训，县人大常委会举办…) and
// those its acts are done to (组织代表对街道办事处6个科室开展测评) or that
// it serves as, in a clause of their own (作为区人大常委会基层立法联系点，…).
func lastActor(s string, words []string) int {
	end := -1
	for _, w := range words {
		for j := len(s); j > 0; {
			k := strings.LastIndex(s[:j], w)
			if k < 0 {
				break
			}
			j = k
			if containsAny(clause(lastRunes(s[:k], 16)), withWords) || hasPrefixAny(s[k+len(w):], ledWords) || strings.Contains(clause(s[:k]), "对") || strings.Contains(clause(s[:k]), "作为") && strings.ContainsAny(s[k:], clauseBreaks) {
				continue
			}
			end = max(end, k+len(w))
			break
		}
	}
	return end
}

// governmentSubjectRe is a government heading its sentence as the one who
// acts: 镇政府全年实施民生实事项目10件 (对镇政府7个部门开展评议 is what the
// congress appraises). Elsewhere a government is mostly what
// the congress supervises (督促镇政府…), so it counts as an actor only here.
var governmentSubjectRe = regexp.MustCompile(`^(?:[，,\s]*(?:同时|此外|同期|全年|今年)[，,]?)?(?:(?:[^\P{Han}对向为给与和跟同把被]\p{Han}{0,2})?(?:镇|乡|街道|区|县))?(?:人民)?(?:政府|办事处)`)

// governmentSubject returns the end of a government heading sent, or -1.
func governmentSubject(sent string) int {
	if m := governmentSubjectRe.FindStringIndex(sent); m != nil {
		return m[1]
	}
	return -1
}

// lastEnd returns the end offset in s of the last of words to end in it,
// or -1.
func lastEnd(s string, words []string) int {
	end := -1
	for _, w := range words {
		if k := strings.LastIndex(s, w); k >= 0 && k+len(w) > end {
			end = k + len(w)
		}
	}
	return end
}

// gatherWords say opinions were gathered from the public (收集意见建议),
// unless what was gathered is deputies' suggestions (收集代表建议).
var gatherWords = []string{"收集", "征集", "征求", "搜集", "汇总", "梳理", "听取"}

// followedRe is the follow-up of suggestions being carried out: 推动落实,
// 督促落实, 跟踪落实.
var followedRe = regexp.MustCompile(`(?:推动|督促|跟踪|推进|督办)落实`)

// rateThresholds before a rate that picks out units (满意率低于85%的单位)
// make it a threshold.
var rateThresholds = []string{"低于", "高于", "不足", "不到", "达到", "不低于", "不少于", "超过", "高出"}

// placeCountRe is a place right after a count: 12个村, 3个社区.
var placeCountRe = regexp.MustCompile(`^(?:行政村|自然村|村|社区|居委会|村民小组|选区)`)

// categoriesOfRe follows a count of the categories of a count after it:
// 方面32个问题, 大类21件.
var categoriesOfRe = regexp.MustCompile(`^\s*(?:方面|大类|类别|领域|类)(?:的|共|计)?\s*(?:[0-9]|[一二两三四五六七八九十])`)

// categoryBeforeRe is the category that closes a list before a figure:
// …等事项23项, …等重要工作5项.
var categoryBeforeRe = regexp.MustCompile(`等(?:重要|重大|各项|专项)?(?:事项|事宜|议题|内容|工作|工作报告|报告)[ \t]*$`)

// quotedListBefore reports whether s ends with a quoted list:
// “交办、督办、反馈、测评”.
func quotedListBefore(s string) bool {
	s = strings.TrimRight(s, " \t")
	if !strings.HasSuffix(s, "”") {
		return false
	}
	open := strings.LastIndex(s, "“")
	return open >= 0 && strings.Contains(s[open:], "、")
}

// inQuotedList reports whether byte i of text starts an item of a short
// quoted list with a small numeral (实行“一个项目、一名领导、一个代表小组”跟踪
// 监督): a motto, not a count.
func inQuotedList(text string, i int) bool {
	if r := firstRuneOf(text[i:]); !strings.ContainsRune("一两二三", r) || !hasSuffixAny(text[:i], []string{"“", "、"}) {
		return false // “新建代表之家2个、联络站5个”的目标: counts all the same
	}
	before := lastRunes(text[:i], 30)
	open := strings.LastIndex(before, "“")
	if open < 0 || strings.Contains(before[open:], "”") {
		return false
	}
	after := firstRunes(text[i:], 30)
	end := strings.Index(after, "”")
	return end >= 0 && strings.Contains(before[open:]+after[:end], "、")
}

// deputyNounRe matches deputies named right after a count of people:
// 12名区人大代表, 8名县、镇人大代表, 30位代表.
var deputyNounRe = regexp.MustCompile(`^(?:[县镇乡区市省州]、?)*(?:级)?(?:人大)?代表`)

// clauseBreaks end a clause.
const clauseBreaks = "，。；！？\n,;!?：:"

// metricFor picks the metric of the figure at text[start:end] with the
// given unit. It returns the metric and the cue that chose it, or "" when
// no rule fits or the figure counts something else: a norm, a plan, a
// threshold, the items of a list; why is then the pattern of countsElse
// that holds.
//
// A cue is a word; "A…B" is two words in that order at most 12 runes apart
// (发现…问题: 发现并督促解决问题120多个, 发现的9个问题), and either side
// may list alternatives (走访|联系…选民|居民); "^B" is a word that must
// follow the unit at once (提交了17件建议).
func metricFor(text string, start, end int, unit string) (metric, cue, why string) {
	own := clause(text[:start])
	// 办结率：91.7%; 正在办理：2件: an item's own words before the colon
	// right before its figure name it, not the label heading the line.
	label := headingLabel(text, start)
	item := colonItem(text[:start], own)
	if item != "" {
		own = item
		if label != "" && label != item {
			own = label + "：" + item // 代表建议办理情况：收到：22件
		}
	}
	// 评议满意率逐年提高，由2017年的85%…: a rate whose clause names no rate
	// takes its name from the clause before.
	if unit == "%" && !strings.Contains(own, "率") && len(own) < start {
		prev := strings.TrimRightFunc(text[:start-len(own)], func(r rune) bool { return r == '，' || r == ',' })
		if len(prev) < start-len(own) {
			own = clause(prev) + "，" + own
		}
	}
	// 已办结17件，占77.3%; 满意的占九成以上: a share is the rate of what the
	// words before it last name.
	share, shareCue := "", ""
	if unit == "%" && shareRe.MatchString(clause(text[:start])) {
		share, shareCue = shareOf(own)
	}
	// 3月、6月、10月分别视察…，计3次: a bare total after a list, or of
	// activities, takes its name from the clause before.
	if prev, list, ok := clauseBefore(text, start, own); ok {
		switch name, total := yearTotal(own); {
		case unit != "%" && bareTotal(own) && !hasPrefixAny(strings.TrimSpace(clauseAfter(text[end:])), leadVerbs):
			// (新建代表联络站2个，总数达到4个: a total of what the clause before names)
			if strings.Contains(list, "、") || strings.Contains(list, "分别") || hasString(activityUnits, simplify(unit)) || !hasDigitOrNumeral(list) || strings.Contains(own, "总数") && containsAny(list, builtWords) {
				// 换届前召开主席团会议5次，换届后召开2次，全年共7次: back over
				// clauses of the same unit with no name of their own
				for k := 0; k < 2 && unnamedCount(list, unit); k++ {
					before := strings.TrimSuffix(prev, list+"，")
					if len(before) == len(prev) {
						before = strings.TrimSuffix(prev, list+",")
					}
					if !strings.HasSuffix(before, "，") && !strings.HasSuffix(before, ",") {
						break
					}
					prev = before
					list = clause(strings.TrimRight(prev, "，,")) + "，" + list
				}
				own = list + "，" + own
			}
		case total && hasString(activityUnits, simplify(unit)):
			// 主席团坚持每月召开一次例会，全年共召开12次: a year's total after
			// the routine it kept counts what the routine names (and a name
			// of its own must be the routine's: not 全年召开联席会议6次).
			if routineRe.MatchString(list) && strings.Contains(list, name) {
				own = list + "，" + own
			}
		case unit != "%" && topicVerbRe.MatchString(own):
			// 代表提出的建议、批评和意见，经归纳整理共25件: the clause before
			// names what the figure's own words only receive or sort.
			if topicRe.MatchString(list) && strings.Contains(list, "代表") && !hasDigitOrNumeral(list) {
				own = list + "，" + own
			}
		}
	}
	// 代表活动站：新建2个，现有7个: the label that heads a terse line names
	// the figures after its colon.
	if label != "" && item == "" && !afterItems(text, start) && !outcomeItemRe.MatchString(own) {
		own = label + "：" + own
	}
	// 镇人代会（1次）、主席团会议（8次）、代表小组长会议（4次）: an item of a
	// list of counts that names its own thing is read on its own words.
	if seg := ownListItem(own, unit); seg != "" {
		own = seg
	}
	before := simplify(lastRunes(own, 40))
	rest := text[end:]
	ownAfter := clauseAfter(rest)
	after := simplify(firstRunes(ownAfter, 64))
	// 先后五次组织代表，对…进行了视察: a count of activities before the
	// verb that starts them reaches into the next clause.
	if unit == "次" && hasPrefixAny(strings.TrimSpace(ownAfter), leadVerbs) && len(ownAfter) < len(rest) {
		_, n := utf8.DecodeRuneInString(rest[len(ownAfter):])
		after = simplify(firstRunes(ownAfter+"，"+clauseAfter(rest[len(ownAfter)+n:]), 64))
	}
	unit = simplify(unit)
	// 经梳理后形成代表建议19件, 经梳理后…提交建议12件: what the figure
	// became, after 形成 or 提交, is what it counts; words of the clause
	// before do not exclude it.
	excl := before
	if k := strings.LastIndex(before, "形成"); k >= 0 {
		excl = before[k:]
	} else if k := strings.LastIndex(before, "提交"); k >= 0 && containsAny(before[:k], []string{"后", "经", "基础上"}) {
		excl = before[k:] // a later step: 经梳理后…提交建议12件 (not 收集并提交意见建议58条)
	}
	best, bestDist, pair := -1, 1<<30, false
	for i, r := range metricRules {
		if share != "" {
			if r.metric == share && !containsAny(excl, r.exclude) {
				best, cue = i, shareCue
			}
			continue
		}
		exclude := r.exclude
		if r.metric == "motions" && deputiesSuggestions(excl) {
			// 共收集代表建议48件: deputies' suggestions, however gathered
			exclude = slices.DeleteFunc(slices.Clone(exclude), func(w string) bool {
				// 推动落实区人大代表建议12件: the suggestions followed, not those resolved
				return hasString(gatherWords, w) || w == "落实" && followedRe.MatchString(excl)
			})
		} else if r.metric == "motions" && followedRe.MatchString(excl) && strings.Contains(excl, "代表") {
			// 督促落实代表意见建议21条, 推动落实代表提出的建议12件
			exclude = slices.DeleteFunc(slices.Clone(exclude), func(w string) bool { return w == "落实" })
		}
		if !hasString(r.units, unit) || containsAny(excl, exclude) || excludedAfter(ownItem(firstRunes(after, 12)), r.exclude) && !(r.metric == "motions" && receivedBefore(before)) {
			continue
		}
		if r.metric == "voters_contacted" && deputyNounRe.MatchString(after) {
			// 组织12名区人大代表在联络站向选民述职: the figure counts the
			// deputies named after it, not the voters they met.
			continue
		}
		for _, c := range r.cues {
			if d, word := cueDistance(before, after, c, r.units); d < bestDist {
				best, bestDist, cue, pair = i, d, word, strings.Contains(c, "…")
			}
		}
	}
	if best < 0 {
		return "", "", ""
	}
	f := figureContext{text: text, start: start, end: end, unit: unit, label: label, before: before, after: after, metric: metricRules[best].metric, cue: cue, pair: pair}
	for _, c := range countsElse {
		if c.test(&f) {
			return "", "", c.what
		}
	}
	return metricRules[best].metric, cue, ""
}

// officials are those whose 述职 deputies appraise: 3名副镇长, 8名组成人员.
var officials = []string{"副镇长", "镇长", "副乡长", "乡长", "组成人员", "站所长", "所长", "负责人", "干部", "局长", "主任"}

// outcomeItemRe starts an item that says what became of the things the
// label heading its line counts: 发现问题：21个，已整改17个，正在整改4个
// (主席团会议：已召开6次 is the label's own).
var outcomeItemRe = regexp.MustCompile(`^\s*(?:(?:已经|已|尚)?(?:整改|办结|解决|落实|答复|办复|反馈)|正在|尚未|未)`)

// clauseBefore returns, when the clause own of a figure at start follows a
// comma, the text before that comma's clause ends (prev, the comma
// included) and the clause it closes (c); ok is false otherwise. A bare
// total or a clause that only receives borrows its name from c.
func clauseBefore(text string, start int, own string) (prev, c string, ok bool) {
	if len(own) >= start {
		return "", "", false
	}
	prev = text[:start-len(own)]
	if !strings.HasSuffix(prev, "，") && !strings.HasSuffix(prev, ",") {
		return "", "", false
	}
	return prev, clause(strings.TrimRight(prev, "，,")), true
}

// hasDigitOrNumeral reports whether s holds a digit or a Chinese numeral:
// a clause without one only names what the total after it counts
// (全年由代表牵头为群众办成好事实事，累计达五十余件).
func hasDigitOrNumeral(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' || isCNNumeral(r) }) >= 0
}

// unnamedCount reports whether a clause holds a count in unit and no word of
// a metric (换届后召开2次): it takes its name from the clause before it.
func unnamedCount(clause, unit string) bool {
	if !strings.HasSuffix(clause, unit) || !isFigureEnd(strings.TrimSuffix(clause, unit)) {
		return false
	}
	for _, r := range metricRules {
		if hasString(r.units, simplify(unit)) && namesMetric(clause, r.metric) {
			return false
		}
	}
	return true
}

// shareRe is the clause of a share before its figure: 占, 占总数的, 满意的占.
var shareRe = regexp.MustCompile(`^\s*占[^，。；]{0,8}$|的占$`)

// shareWords name what a share (占77.3%) is the rate of.
var shareWords = map[string]string{"办结": "completion_rate", "办复": "completion_rate", "答复": "completion_rate", "满意": "satisfaction_rate"}

// shareOf returns the metric of the share whose words are words (the clause
// of 占, and the one before it), from the last of shareWords in them; ""
// when that word is negated or late (不满意, 逾期办结), or when a category
// stands between it and 占 (办结建议20件，其中涉及民生的占80%).
func shareOf(words string) (metric, word string) {
	at := -1
	for w, m := range shareWords {
		if k := strings.LastIndex(words, w); k > at && !strings.HasPrefix(words[k+len(w):], "率") {
			at, metric, word = k, m, w
		}
	}
	if at < 0 || hasSuffixAny(words[:at], []string{"不", "未", "超期", "逾期", "没有"}) || containsAny(words[at:], []string{"涉及", "其中", "类"}) {
		return "", ""
	}
	return metric, word
}

// deputiesSuggestions reports whether the words before a figure end with
// deputies' suggestions by name: 代表建议, 代表建议、批评和意见.
func deputiesSuggestions(before string) bool {
	b := strings.TrimSpace(before)
	return strings.HasSuffix(b, "代表建议") ||
		strings.Contains(b, "代表") && hasSuffixAny(b, []string{"建议、批评和意见", "建议、批评、意见", "建议批评和意见", "建议批评意见"})
}

// receivedBefore reports whether the clause before a count of suggestions
// has them received, the noun right before the count: 收到的代表建议21件已全部
// 办结 counts what was received (27件建议已全部办复, what was resolved).
func receivedBefore(before string) bool {
	b := strings.TrimSpace(before)
	return containsAny(b, []string{"收到", "受理", "提出", "提交", "征集"}) && hasSuffixAny(b, []string{"建议", "议案", "意见", "批评"})
}

// figureContext is what metricFor knows of a figure when it has found a
// metric for it: the figure is text[start:end] with its unit (simplified),
// before and after are its clause on either side (simplified; before may
// start with the label of its line or the clause it borrows from), and
// metric is the one the cues chose.
type figureContext struct {
	text          string
	start, end    int
	unit, label   string
	before, after string
	metric, cue   string // the metric the cues chose, and its cue word
	pair          bool   // the cue is a pair of words (走访…选民)
}

// countsElse are the figures whose cues name a metric while the figure
// counts something else, or states what is not yet done: each test reports
// whether its pattern holds. metricFor gives such a figure no metric.
var countsElse = []struct {
	what string
	test func(f *figureContext) bool
}{
	// 受理来信来访17件，办结15件，其余2件已作出解释: what remains of a total
	// is part of it, not a figure of its own.
	{"remainder", func(f *figureContext) bool {
		b := strings.TrimRight(f.before, " \t的")
		return strings.HasSuffix(b, "其余") || strings.HasSuffix(b, "剩余") || strings.HasSuffix(b, "余下")
	}},
	// 研究代表建议交办、视察活动安排等事项23项: the items of a list, named
	// by its category, not the words listed.
	// (视察镇村道路、养老保险等工作5次 counts the inspections of them).
	{"category", func(f *figureContext) bool {
		return categoryBeforeRe.MatchString(f.before) && !hasString(activityUnits, f.unit) ||
			categoriesOfRe.MatchString(f.after) || // 归纳为8个方面32个问题 (发现8个方面问题 counts them)
			f.unit == "个" && hasPrefixAny(strings.TrimSpace(f.after), []string{"阶段", "环节", "步骤"}) && !strings.HasPrefix(strings.TrimSpace(f.after), "阶段性") // 评议分为…三个阶段
	}},
	// 坚持“交办、督办、反馈、测评”四个环节: the items of a quoted list, not
	// what was done (建成“人大代表之家”1个 does count).
	{"quoted list", func(f *figureContext) bool {
		return quotedListBefore(f.text[:f.start]) || inQuotedList(f.text, f.start)
	}},
	// 对满意率低于85%的单位约谈: a threshold that picks out some, not a result
	// (满意率在85%以上的单位有7个 reports the rate of seven units).
	{"threshold", func(f *figureContext) bool {
		fig := f.text[f.start:f.end]
		return f.unit == "%" && strings.HasPrefix(f.text[f.end:], "的") && !unitsAtRe.MatchString(f.text[f.end:]) && (containsAny(lastRunes(f.before, 4), rateThresholds) ||
			hasPrefixAny(fig, rateThresholds) || strings.HasSuffix(fig, "以上") || strings.HasSuffix(fig, "以下"))
	}},
	// 对全乡12个村的民生实事项目进行调研: the figure counts villages (but
	// 六个村都建了代表活动室 counts the rooms, one a village, and 对4个社区的
	// 工作进行评议 the communities appraised).
	// 联络站覆盖…6个村 counts the villages a station serves.
	{"villages", func(f *figureContext) bool {
		return placeCountRe.MatchString(f.text[f.end:]) && (f.metric != "units_appraised" || strings.HasPrefix(f.text[f.end:], "选区")) &&
			(f.metric != "deputy_stations" || containsAny(f.before, []string{"覆盖", "辐射", "涵盖", "服务", "联系", "联络", "涉及"}))
	}},
	// 每名代表每年至少联系选民5户: a norm or requirement.
	{"norm", func(f *figureContext) bool {
		if _, ok := yearTotal(clause(f.text[:f.start])); ok {
			return false // …每月召开一次例会，全年共召开12次: what the norm came to
		}
		return containsAny(nounDemands.Replace(lastRunes(f.before, 16)), normWords) || requireEachRe.MatchString(f.before) || requireEachRe.MatchString(clause(f.text[:f.start])) ||
			everyPeriodRe.MatchString(lastClauses(f.text[:f.start], 2)) // 每季度，工委对各联络站进行一次检查
	}},
	// 计划召开主席团会议6次, 明年 headings: a plan.
	{"plan", func(f *figureContext) bool { return planned(f.text, f.start) || planHeadingRe.MatchString(f.label) }},
	// B类（正在解决或列入规划解决）4件: what is still being resolved (but
	// 已经解决或列入计划逐步解决的198件 were resolved).
	// 代表建议：收到26件；…；正在办理2件；列入计划逐步解决3件: items of what is
	// still open, under a heading of suggestions.
	{"in progress", func(f *figureContext) bool {
		words := lastRunes(f.before, 16)
		return f.metric == "motions_resolved" && containsAny(words, []string{"正在", "尚在"}) ||
			f.metric == "motions" && strings.Contains(f.before, "：") && containsAny(words, []string{"正在", "尚在", "列入计划", "列入规划", "逐步解决"})
	}},
	// 满意率…较上年提高8个百分点, 评议单位数比上年增加2个: a change, not a
	// rate or a count of the year.
	{"change", func(f *figureContext) bool {
		return strings.HasSuffix(f.text[f.start:f.end], "百分点") || containsAny(f.before, []string{"比", "较"}) && comparedRe.MatchString(f.before) ||
			changedByRe.MatchString(f.before) && !strings.Contains(f.before, "新增") && containsAny(lastClauses(f.text[:f.start], 2), []string{"相比", "比上年", "比去年", "较上年", "较去年", "同比"}) ||
			f.unit == "%" && hasSuffixAny(strings.TrimRight(f.before, "了 "), []string{"提高", "增长", "下降", "增加", "上升", "降低", "减少"})
	}},
	// 全镇5个联络站中有2个全年活动不足6次, 有2件建议代表表示不满意: some of
	// them, singled out by what is wrong with them (其中有12件已落实 is not).
	{"some of them", func(f *figureContext) bool {
		after := strings.ReplaceAll(firstRunes(f.after, 12), "满意不满意", "") // a “满意不满意”测评 is of all
		return containsAny(after, []string{"不满意", "未能", "没能", "未按期", "未按时", "不足", "没有"})
	}},
	// 对9名优秀代表和2个先进联络站进行了表扬: the ones commended, not all there are.
	{"commended", func(f *figureContext) bool {
		return containsAny(lastRunes(f.before, 12)+firstRunes(f.after, 8), []string{"先进", "优秀"}) &&
			containsAny(f.before+f.after, []string{"表彰", "表扬", "评选", "评为", "命名"})
	}},
	// 建成代表联络站3个、居民议事厅9个; 视察4次、座谈会2场: an item of a list
	// that names its own thing, with no word of the metric the item before
	// it ends with (议案3件、建议31件 and 视察4次、调研3次 name theirs; in
	// 视察农村公路2次、安全生产3次 and 走访选民300人次、农户200户 one verb
	// takes every item).
	{"other item", func(f *figureContext) bool {
		prev, item := listItemWords(f.before)
		return item != "" && !f.pair && !objectsListed[f.metric] && (strings.HasSuffix(prev, f.cue) || hasSuffixAny(item, ownKinds)) &&
			!strings.Contains(item, f.cue) && !namesMetric(item, f.metric)
	}},
	// 办结率94.1%，比去年的86.7%提高了: the year before's figure, compared with;
	// 与上年的34件建议、办结30件相比: the figures of the year compared with.
	{"last year's", func(f *figureContext) bool {
		if containsAny(f.before, []string{"去年", "上年", "上一年"}) && lastYearsRe.MatchString(f.before) {
			return true
		}
		k := lastIndexAny(f.before, []string{"与上年", "与去年", "与上一年", "同上年", "同去年", "和上年", "和去年"})
		return k >= 0 && !containsAny(f.before[k:], comparedEnds) && containsAny(f.after, comparedEnds)
	}},
	// 收集意见建议93条，已解决71条: opinions collected from the public and
	// resolved, not deputies' suggestions (征集代表意见建议…办结 and 收集选民
	// 意见，提出建议21件，已办结19件 are).
	{"opinions resolved", func(f *figureContext) bool {
		if f.metric != "motions_resolved" {
			return false
		}
		sent := simplify(sentenceBefore(f.text, f.start))
		k := max(strings.LastIndex(sent, "收集"), strings.LastIndex(sent, "征集"))
		return k >= 0 && !deputiesGatheredRe.MatchString(sent[k:]) && !containsAny(sent[k:], []string{"代表建议", "议案", "提出建议", "提交建议", "建议、批评"})
	}},
	// 辖区21名区人大代表中有8名向选民述职: the whole, whose part the words
	// after it name.
	{"whole of a part", func(f *figureContext) bool {
		return wholeOfPartRe.MatchString(f.text[f.end:]) && !strings.Contains(f.before, f.cue)
	}},
	// 占全县各乡镇代表建议总数412件的近一成: the total a share is taken of.
	{"denominator", func(f *figureContext) bool {
		return strings.Contains(f.before, "占") && denominatorRe.MatchString(f.before)
	}},
	// 测评满意率在90%以上的站所有5个: the ones a threshold picks out.
	{"picked by a threshold", func(f *figureContext) bool {
		return containsAny(f.before, []string{"以上", "以下", "以内", "不足", "不到", "低于", "高于", "超过", "少于", "多于"}) && pickedRe.MatchString(f.before)
	}},
	// 代表满意率97.4%，略高于全县平均水平（96.5%）: the average compared with.
	{"average compared with", func(f *figureContext) bool {
		w := lastRunes(f.text[:f.start], 24)
		return strings.Contains(w, "平均") && comparedAverageRe.MatchString(w)
	}},
	// 人均联系选民约18人次, 年均近10次: an average, not a count.
	{"average", func(f *figureContext) bool {
		return f.unit != "%" && containsAny(lastRunes(f.before, 10), averageWords)
	}},
	// 全镇代表之家由2个增加到4个: the count a change started from (a rate's,
	// 满意率由2017年的85%上升到…, is reported in a term's summary).
	{"from value", func(f *figureContext) bool {
		return f.unit != "%" && changeToRe.MatchString(f.text[f.end:]) && fromValueRe.MatchString(f.before)
	}},
	// 对“十项民生实事”推进情况的专项视察: a number in a name.
	{"name in quotes", func(f *figureContext) bool {
		return hasSuffixAny(f.text[:f.start], []string{"“", "「", "《", "\""})
	}},
	// 对镇政府3名副镇长进行了述职评议: officials reporting, appraised.
	{"officials reporting", func(f *figureContext) bool {
		after := strings.TrimSpace(f.after)
		return f.metric == "deputies_reported" && !hasPrefixAny(after, []string{"人大代表", "代表", "镇人大代表", "乡人大代表", "县人大代表", "各级人大代表", "县、镇人大代表"}) &&
			containsAny(firstRunes(after, 10), officials) && !strings.Contains(firstRunes(after, 12), "代表") // 担任村主任的代表 report
	}},
	// 撰写了一批调研文章, 作为一项经常性工作来抓, 人代会制度上的一次有益探索,
	// 对每一件建议: one in a phrase, no count (一次重点视察 and 一百二十余件 are).
	{"a phrase of one", func(f *figureContext) bool {
		fig := f.text[f.start:f.end]
		r, n := utf8.DecodeRuneInString(fig)
		next, _ := utf8.DecodeRuneInString(fig[n:])
		one := r == '一' && !isCNNumeral(next)                         // 一项, not 一百二十余件
		thing := hasString([]string{"项", "件", "个", "条", "份"}, f.unit) // 一项重点工作 (一次重点视察 counts)
		before, after := strings.TrimSpace(f.before), strings.TrimSpace(f.after)
		return fig == "一批" && f.metric != "petitions" || one &&
			(hasSuffixAny(before, []string{"作为", "成为", "当作", "当成", "每"}) || thing && strings.HasSuffix(before, "的") && !containsAny(before, []string{"收到", "共", "交办", "办结", "受理"}) ||
				hasPrefixAny(after, []string{"重要", "主要", "基本", "经常性", "长期", "根本", "有益", "成功"}) || thing && hasPrefixAny(after, []string{"重点", "有效"}) ||
				strings.Contains(clause(f.text[:f.start]), "每")) // 每件建议都有一份答复
	}},
	// 未召开, 没有发现问题: what was not done.
	{"negated", func(f *figureContext) bool { return negated(f.before, f.text[f.start:f.end], f.after) }},
}

// sentenceBefore returns the part of the sentence of text that comes
// before byte i.
func sentenceBefore(text string, i int) string {
	t := tail(text[:i])
	j := strings.LastIndexAny(t, "。；！？\n;!?")
	if j < 0 {
		return t
	}
	_, n := utf8.DecodeRuneInString(t[j:])
	return t[j+n:]
}

// maxSentence is how many bytes back (or on) a sentence or clause is read:
// real ones are far shorter, and a long run of text with no 。 or line
// break must not make every figure in it rescan it all (that was quadratic:
// 21 s for 100 KB).
const maxSentence = 1500

// tail returns at most the last maxSentence bytes of s, from a rune start.
func tail(s string) string {
	if len(s) <= maxSentence {
		return s
	}
	i := len(s) - maxSentence
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// head returns at most the first maxSentence bytes of s, up to a rune start.
func head(s string) string {
	if len(s) <= maxSentence {
		return s
	}
	i := maxSentence
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}

// cueBlockers are the words after a cue that make it another word: 办结率
// and 办结时限 do not say that anything was 办结.
var cueBlockers = map[string][]string{
	"办结": {"率", "时限", "时间", "期限"},
	"答复": {"率", "时限"},
	"学习": {"贯彻", "宣传"},
}

// alternatives caches splitAlternatives: the words of a cue → the words
// between its bars.
var alternatives sync.Map

// splitAlternatives returns strings.Split(s, "|"), shared: not to be
// changed.
func splitAlternatives(s string) []string {
	if v, ok := alternatives.Load(s); ok {
		return v.([]string)
	}
	words := strings.Split(s, "|")
	alternatives.Store(s, words)
	return words
}

// cueDistance returns how many runes stand between the figure and the cue
// c in the clause before it (before) or the words after its unit (after),
// and the words of c found; 1<<30 when c is not there. units are those of
// the cue's rule.
func cueDistance(before, after, c string, units []string) (int, string) {
	const none = 1 << 30
	if strings.HasPrefix(c, "^") {
		if strings.HasPrefix(strings.TrimLeft(after, " "), c[1:]) {
			return 0, c[1:]
		}
		return none, ""
	}
	if as, bs, ok := strings.Cut(c, "…"); ok {
		d, word := none, ""
		for _, a := range splitAlternatives(as) {
			for _, b := range splitAlternatives(bs) {
				if e, w := pairDistance(before, after, a, b, units); e < d {
					d, word = e, w
				}
			}
		}
		return d, word
	}
	d := none
	for j := len(before); j >= 0; {
		k := strings.LastIndex(before[:j], c)
		if k < 0 {
			break
		}
		if !hasPrefixAny(before[k+len(c):], cueBlockers[c]) {
			d = utf8.RuneCountInString(before[k+len(c):])
			break
		}
		j = k
	}
	for j := 0; j < len(after); {
		k := strings.Index(after[j:], c)
		if k < 0 {
			break
		}
		k += j
		if !hasPrefixAny(after[k+len(c):], cueBlockers[c]) && !ownedByNext(after[k+len(c):]) {
			d = min(d, utf8.RuneCountInString(after[:k]))
			break
		}
		j = k + len(c)
	}
	return d, c
}

// pairDistance is cueDistance for the cue a…b: the word a, then the word b
// at most 12 runes after it; the distance is that of b, and the words are
// those from a to b (a…b when the figure stands between them). A b after
// the figure that goes straight on to a number in one of units names that
// number instead (28件议案建议已办结27件).
func pairDistance(before, after, a, b string, units []string) (int, string) {
	// Neither word holds the \x00 between before and after: one found in
	// neither is nowhere.
	if !strings.Contains(before, a) && !strings.Contains(after, a) || !strings.Contains(before, b) && !strings.Contains(after, b) {
		return 1 << 30, ""
	}
	ctx := before + "\x00" + after
	mark := len(before)
	d, word := 1<<30, ""
	for i := 0; i < len(ctx); {
		k := strings.Index(ctx[i:], a)
		if k < 0 {
			break
		}
		k += i
		from := k + len(a)
		if m := strings.Index(ctx[from:], b); m >= 0 && pairGap(ctx[from:from+m]) {
			bs, be := from+m, from+m+len(b)
			if bs > mark && countNext(ctx[be:], units) {
				i = k + len(a)
				continue
			}
			e, w := 0, ctx[k:be]
			switch {
			case be <= mark:
				e = utf8.RuneCountInString(ctx[be:mark])
			case bs > mark:
				e = utf8.RuneCountInString(ctx[mark+1 : bs])
			}
			if k < mark && be > mark {
				w = a + "…" + b
			}
			if e < d {
				d, word = e, w
			}
		}
		i = k + len(a)
	}
	return d, word
}

// topicVerbRe is a clause that receives or sorts what the clause before it
// names, and no more (主席团共收到了, 经主席团归纳整理为); topicRe ends a
// clause that names suggestions as its topic (对代表们提出的建议; the
// clause must name deputies too).
var (
	topicVerbRe = regexp.MustCompile(`^\s*(?:经|由)?(?:大会|镇|乡|街道)?(?:人大)?(?:主席团|工委)?(?:共|共计|累计|总共)?(?:收到|受理|归纳整理|整理归纳|归纳|整理)(?:了|为|成|后)?(?:共|共计|合计)?\s*$`)
	topicRe     = regexp.MustCompile(`(?:提出|提交)的(?:议案|建议|意见|批评和意见|建议、批评和意见|意见建议|建议和意见|议案和建议)$`)
)

// pairGap reports whether the words between the two of a pair cue keep
// them one phrase: at most 12 runes, or a list closed by 等 (发现了道路维护
// 不到位、垃圾清运不及时、路灯损坏未修等问题8个).
func pairGap(s string) bool {
	n := utf8.RuneCountInString(s)
	return n <= 12 || n <= 40 && strings.HasSuffix(s, "等") && !strings.ContainsAny(s, "，,。；;\x00")
}

// leadVerbs start the activity a count of times comes before: 两次组织代表….
var leadVerbs = []string{"组织", "开展", "召开", "深入", "带领", "邀请", "听取", "对"}

// numeralWords start with a numeral but count nothing: 向选民汇报一年来的履职
// 情况 does not go on to a figure.
var numeralWords = []string{"一年来", "一年以来", "一直", "一些", "一致", "一起", "一道", "一同", "一并", "一方面", "一步", "一线", "一项项", "一件件"}

// ownedByNext reports whether the words after a cue go straight on to a
// number: 建成代表活动站3个 — the cue names that number, not one before it.
func ownedByNext(s string) bool {
	for i, r := range s {
		if i > 6 {
			return false
		}
		if r >= '0' && r <= '9' || isMaskRune(r) || isCNNumeral(r) && !hasPrefixAny(s[i:], numeralWords) {
			return true
		}
		if strings.ContainsRune(clauseBreaks, r) {
			return false
		}
	}
	return false
}

// ownListItem returns the words of the last item of own when own lists
// counts in unit in brackets, each after the thing it counts (…主席团会议
// （8次）、代表小组长会议（), and that item names a thing of its own (two Han
// characters at least); "" otherwise.
func ownListItem(own, unit string) string {
	if unit == "" || unit == "%" {
		return ""
	}
	at := -1
	for i := 0; ; {
		k := strings.Index(own[i:], unit)
		if k < 0 {
			break
		}
		k += i
		i = k + len(unit)
		j := i
		switch {
		case strings.HasPrefix(own[j:], "）"):
			j += len("）")
		case strings.HasPrefix(own[j:], ")"):
			j++
		default:
			continue // 议案3件、建议31件: the verb before reaches both
		}
		if strings.HasPrefix(own[j:], "、") && k > 0 && isFigureEnd(own[:k]) {
			at = j + len("、")
		}
	}
	if at < 0 {
		return ""
	}
	seg := own[at:]
	n := 0
	for _, r := range seg {
		if isHan(r) {
			n++
		}
	}
	if n < 2 {
		return ""
	}
	return seg
}

// isFigureEnd reports whether s ends with a number.
func isFigureEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十两百千", r)
}

// bracketNote reports whether s is nothing but a short note in brackets,
// as between an item's colon and its figure: 发现问题：（共计）26个.
func bracketNote(s string) bool {
	for _, b := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if inner, ok := strings.CutPrefix(s, b[0]); ok {
			if inner, ok = strings.CutSuffix(inner, b[1]); ok && !strings.ContainsAny(inner, "（）()") && utf8.RuneCountInString(inner) <= 8 {
				return true
			}
		}
	}
	return false
}

// afterItems reports whether the figure at byte i stands in an item of its
// own label, set off from the colon that heads its line by semicolons: in
// 收到代表建议：39件；…；代表满意率（满意36件…）：100%, the heading names the
// first item only, while in 代表之家建设：新建1个；累计建成5个 it names all.
func afterItems(text string, i int) bool {
	line := tail(text[:i])
	line = line[strings.LastIndexByte(line, '\n')+1:]
	k := strings.IndexAny(line, ":：")
	if k < 0 {
		return false
	}
	j := strings.LastIndexAny(line[k:], "；;")
	if j < 0 {
		return false
	}
	item := line[k+j:] + clauseItem(text[i:])
	return strings.ContainsAny(item[1:], ":：")
}

// clauseItem returns the text of s up to the end of its item: the next
// semicolon, sentence end or line break.
func clauseItem(s string) string {
	s = head(s)
	if k := strings.IndexAny(s, "；;。\n"); k >= 0 {
		return s[:k]
	}
	return s
}

// ownKinds end an item of a list that names a kind of its own, whatever
// the items before it: 人代会2次、主席团会议10次、代表小组长会议4次.
var ownKinds = []string{"会议", "活动", "座谈会"}

// objectsListed are the metrics whose cue is a verb and its object, so that
// the items of a list after it are more of its objects: 走访选民2000人次、
// 个体工商户300户; 评议站所3个、部门5个.
var objectsListed = map[string]bool{"voters_contacted": true, "units_appraised": true}

// listItemTailRe ends an item of a list of counts: a number and a
// classifier (联络站3个, 视察4次, 走访群众300余户).
var listItemTailRe = regexp.MustCompile(`(?:[0-9]+|[一二三四五六七八九十两百千万]+)[多余]?(?:` + classUnits + `)$`)

// listItemWords returns, for a figure that ends an item of an unbracketed
// list of counts (own being the words before the figure), the words of the
// item before it up to its figure and the words of its own item: 全镇建成
// 代表联络站 and 居民议事厅 in 全镇建成代表联络站3个、居民议事厅; "" when the
// figure is not an item after another count, or its item is not a run of
// two or more Chinese characters.
func listItemWords(own string) (prev, item string) {
	i := strings.LastIndex(own, "、")
	if i < 0 {
		return "", ""
	}
	loc := listItemTailRe.FindStringIndex(own[:i])
	if loc == nil {
		return "", ""
	}
	item = own[i+len("、"):]
	n := 0
	for _, r := range item {
		if !isHan(r) {
			return "", ""
		}
		n++
	}
	if n < 2 {
		return "", ""
	}
	return strings.TrimRight(own[:loc[0]], "共达了约近计的 "), item
}

// namesMetric reports whether words hold a cue of metric, or a word of
// either side of a paired cue (走访|联系…选民|群众), or are part of one (意见,
// of 意见建议).
func namesMetric(words, metric string) bool {
	for _, r := range metricRules {
		if r.metric != metric {
			continue
		}
		for _, c := range r.cues {
			if strings.HasPrefix(c, "^") {
				c = c[1:]
			}
			for _, part := range strings.Split(c, "…") {
				for _, w := range splitAlternatives(part) {
					if strings.Contains(words, w) || strings.Contains(w, words) {
						return true
					}
				}
			}
		}
	}
	return false
}

// colonItem returns the words of an item before the colon that stands
// right before a figure (…；办结率：91.7%), own being the clause after that
// colon; "" when the figure does not follow a colon.
func colonItem(before, own string) string {
	if o := strings.TrimSpace(own); o != "" && !bracketNote(o) {
		return ""
	}
	b := strings.TrimRight(before[:len(before)-len(own)], " \t")
	for _, c := range []string{"：", ":"} {
		if strings.HasSuffix(b, c) {
			if w := strings.TrimSpace(clause(strings.TrimSuffix(b, c))); w != "" && utf8.RuneCountInString(w) <= 20 {
				return w
			}
		}
	}
	return ""
}

// ownItem cuts the words after a figure at the next item of a list
// (主席团会议（8次）、代表小组长会议…: 小组 is the next item's).
func ownItem(after string) string {
	if i := strings.Index(after, "、"); i >= 0 {
		return after[:i]
	}
	return after
}

// excludedAfter reports whether one of words stands in after, the words
// after a figure, other than before a number of its own: in
// 建议12件已落实10件, 已落实 is said of the 10.
func excludedAfter(after string, words []string) bool {
	for _, w := range words {
		for j := 0; ; {
			k := strings.Index(after[j:], w)
			if k < 0 {
				break
			}
			j += k + len(w)
			if !ownedByNext(after[j:]) {
				return true
			}
		}
	}
	return false
}

// countNext reports whether s goes straight on to a number with one of
// units: 已办结27件 (件), not 评议两轮 (轮) for a rule of 件.
func countNext(s string, units []string) bool {
	if !ownedByNext(s) {
		return false
	}
	i := strings.IndexFunc(s, func(r rune) bool {
		return r >= '0' && r <= '9' || isCNNumeral(r) || isMaskRune(r)
	})
	s = strings.TrimLeftFunc(s[i:], func(r rune) bool {
		return r >= '0' && r <= '9' || r == '.' || r == ',' || isCNNumeral(r) || isMaskRune(r) || r == '多' || r == '余'
	})
	return hasPrefixAny(s, units)
}

// clause returns the clause that ends at the end of s.
func clause(s string) string {
	s = tail(s)
	i := strings.LastIndexAny(s, clauseBreaks)
	if i < 0 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[i+n:]
}

// clauseAfter returns the rest of the clause that starts s.
func clauseAfter(s string) string {
	s = head(s)
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
