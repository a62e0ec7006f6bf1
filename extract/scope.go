package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// This file holds what widens or closes the words a figure's metric is read
// from: the heading label of a terse line (代表活动站：新建2个，现有7个), the
// clause before a bare total (…分别视察…，计3次), plans that reach over the
// rest of their sentence, and negation (没提过一条建议).

// headingLabel returns the label that heads the line of byte i when it is
// set off by a colon before i (代表活动站：新建2个，现有7个): at most 20
// runes from the start of the line, with no clause mark in it. It returns
// "" when the line has none.
func headingLabel(text string, i int) string {
	line := tail(text[:i])
	line = line[strings.LastIndexByte(line, '\n')+1:]
	k := strings.IndexByte(line, ':')
	if j := strings.Index(line, "："); j >= 0 && (k < 0 || j < k) {
		k = j
	}
	if k <= 0 {
		return ""
	}
	label := strings.TrimSpace(line[:k])
	if label == "" || utf8.RuneCountInString(label) > 20 || strings.ContainsAny(label, "，。；！？,;!?") {
		return ""
	}
	return label
}

// totalWords may stand alone before a figure that sums up the list in the
// clause before it: 3月、6月、10月分别视察…，计3次.
var totalWords = []string{"共计", "合计", "累计", "总计", "总共", "共达", "累计达", "先后", "分别", "全年", "总数达到", "总数", "计", "共", "达"}

// activityUnits count activities: a bare total in one of them sums up the
// clause before it even when that is no list (…组织代表开展视察，计3次).
var activityUnits = []string{"次", "场", "轮", "期"}

// yearTotalRe is a clause that gives the year's total of an activity with
// at most its verb and a short name (全年共召开12次, 全年召开例会12次;
// group 1 the name); a clause with 每 in it is a norm (yearTotal);
// routineRe a clause of the routine the total came from (主席团坚持每月召开
// 一次例会, 每季度组织一次视察).
var (
	yearTotalRe = regexp.MustCompile(`^\s*(?:全年|今年|一年来|年内)(?:共计|累计|总共|共)?(?:召开|举行|组织|开展|进行)?了?(\p{Han}{0,6})$`)
	routineRe   = regexp.MustCompile(`每(?:个)?(?:月|季度?|周|半年|两个?月|双月)`)
)

// yearTotal reports whether own, the clause of a count, gives the year's
// total of an activity (yearTotalRe) and is no norm (今年每人联系选民不少于
// 10户, 年内每季度组织一次视察), and returns the name it gives the activity
// ("" when it names none: 全年共召开12次).
func yearTotal(own string) (name string, ok bool) {
	m := yearTotalRe.FindStringSubmatch(own)
	if m == nil || strings.Contains(own, "每") {
		return "", false
	}
	return m[1], true
}

// bareTotal reports whether the clause before a figure holds nothing but
// total words, one at least.
func bareTotal(own string) bool {
	own = strings.TrimSpace(simplify(own))
	if own == "" {
		return false
	}
	for own != "" {
		w := ""
		for _, t := range totalWords {
			if strings.HasPrefix(own, t) {
				w = t
				break
			}
		}
		if w == "" {
			return false
		}
		own = strings.TrimSpace(own[len(w):])
	}
	return true
}

// planTimes at the head of a clause set out what is to come: 明年，…;
// 新的一年里，….
var planTimes = []string{"明年", "来年", "下一年", "新的一年", "新一年", "下一步", "下步", "今后", "下阶段", "下一阶段", "未来"}

// planVerbs before an action set out a plan: 计划召开, 拟组织, 将继续,
// 力争实现. 力争, 争取 and 拟 set out a plan before any word but those of
// notPlanned (拟定 is done) and, for 争取, what was won (争取上级资金).
var planVerbs = []string{"计划", "拟", "将", "准备", "打算", "力争", "争取", "预计", "决定"}

// planActions are the words a plan verb goes on to; before another word
// 计划 is a noun (列入明年计划逐步解决, 计划生育).
var planActions = []string{
	"继续", "进一步", "再", "适时", "于", "在", "全年", "年内", "重点", "着力", "全面",
	"召开", "举行", "举办", "组织", "开展", "安排", "完成", "建设", "新建", "建成", "建立", "设立",
	"视察", "调研", "培训", "收集", "征集", "走访", "联系", "接待", "评议", "测评", "办结",
	"实现", "达到", "邀请", "听取", "审议", "推动", "做好", "抓好", "加强", "深入", "确保",
	"力争", "争取", "对", "上半年", "下半年", "年底前",
}

// willActions are the words 将 goes on to as a plan. 将 is as often 把,
// before what was done to a thing (将收集到的意见…转交, 将视察中发现的问题…),
// so it takes only words that cannot be that thing, and not when its
// clause goes on to a word of 把 (baWords: 将加强学习作为重点).
var willActions = []string{
	"继续", "进一步", "再", "适时", "于", "在", "全年", "年内", "重点", "着力", "全面",
	"召开", "举行", "举办", "组织", "开展", "安排", "新建", "建成", "设立", "实现", "达到",
	"力争", "争取", "确保", "切实", "认真", "积极", "不断", "紧扣", "围绕", "坚持", "做好",
	"抓好", "加强", "加大", "深入", "推动", "完善",
}

// wonSupport reports whether the clause after 争取 ends with what was won
// from others: 争取乡党委、政府的支持, 争取上级资金120万元.
func wonSupport(c string) bool {
	return hasSuffixAny(strings.TrimSpace(c), []string{"支持", "资金", "经费", "帮助", "重视", "关心"}) || strings.Contains(c, "的支持")
}

// wonWords after 争取 say what was won, not what is aimed at.
var wonWords = []string{"资金", "项目", "支持", "上级", "到", "了", "经费", "政策", "资源"}

// baWords end a clause of 将 as 把: 将…作为重点, 将…落到实处.
var baWords = []string{"作为", "列为", "纳入", "当作", "当成", "摆在", "放在", "融入", "落到实处", "贯穿", "转化为", "转交", "交由", "反馈", "提交"}

// notPlanned are the runes before a plan verb, or right after it, that
// make it part of another word: 按计划, 年初计划, 模拟, 拟定 (即将 is still
// a plan).
const notPlanned = "按照据依原初定订的入度作模虚草稿"

// planned reports whether the sentence before byte i sets out a plan: a
// clause headed by a time to come (明年, 新的一年, 下一步), or a plan verb
// before an action (计划召开, 拟组织, 将继续). A plan reaches over the rest
// of its sentence, across its clauses, and across a semicolon into the
// items of a list (…工作：一是…；二是…。), not into a statement of its own
// (其余2件将继续督办；组织视察6次).
func planned(text string, i int) bool {
	base := i - len(tail(text[:i]))
	from := strings.LastIndexAny(text[base:i], "。！？\n!?")
	if from >= 0 {
		from += base
		_, n := utf8.DecodeRuneInString(text[from:])
		from += n
	} else {
		from = base
	}
	sent := simplify(text[from:i])
	if c := strings.TrimSpace(clauseAfter(sent)); len(c) < len(sent) && hasString(planTimes, c) && !doneItemRe.MatchString(lastItem(sent)) {
		return true // 明年，主席团将…；组织代表视察不少于2次: the time heads all its items
	}
	if k := strings.LastIndexAny(sent, "；;"); k >= 0 && !strings.ContainsAny(sent, "：:") {
		_, n := utf8.DecodeRuneInString(sent[k:])
		if !listItemRe.MatchString(sent[k+n:]) {
			sent = sent[k+n:]
		}
	}
	for k, c := range strings.FieldsFunc(sent, func(r rune) bool { return strings.ContainsRune(clauseBreaks, r) }) {
		c = strings.TrimLeft(strings.TrimSpace(c), "在于到至从")
		if hasPrefixAny(c, planTimes) || k == 0 && demands(c) && len(c) < len(sent) {
			return true
		}
	}
	for _, v := range planVerbs {
		for j := 0; ; {
			k := strings.Index(sent[j:], v)
			if k < 0 {
				break
			}
			k += j
			j = k + len(v)
			if r, _ := utf8.DecodeLastRuneInString(sent[:k]); k > 0 && strings.ContainsRune(notPlanned, r) {
				continue
			}
			next, _ := utf8.DecodeRuneInString(sent[j:])
			if v == "决定" && (!hasPrefixAny(sent[j:], []string{"下半年", "明年", "今后", "年内", "下一步", "下步", "近期", "下阶段"}) || strings.ContainsAny(sent[j:], "，,；;")) {
				continue // 主席团决定对3个站所开展评议: what was decided and done; a decision's plan is its own clause
			}
			switch {
			case v == "将" && hasPrefixAny(sent[j:], willActions) && !containsAny(clauseAfter(sent[j:]), baWords),
				(v == "力争" || v == "拟" || v == "争取" && !hasPrefixAny(sent[j:], wonWords) && !wonSupport(clauseAfter(sent[j:]))) && j < len(sent) && !strings.ContainsRune(notPlanned+clauseBreaks, next),
				v != "将" && hasPrefixAny(sent[j:], planActions):
				return true
			}
		}
	}
	return false
}

// demands reports whether the clause that opens a sentence makes the rest
// of it a requirement: 会议要求，…年底前办结率达到100%. 按照上级要求 and
// 应群众要求 say what was done to meet one.
func demands(c string) bool {
	return strings.HasSuffix(c, "要求") && utf8.RuneCountInString(c) <= 10 &&
		!hasPrefixAny(c, []string{"按照", "按", "根据", "依据", "依照", "对照", "遵照", "结合", "应", "为", "针对", "满足", "围绕"})
}

// doneItemRe starts an item that says what was done: 今年共督办代表建议12件.
var doneItemRe = regexp.MustCompile(`^\s*(?:今年|全年|一年来|本年|共|累计)`)

// lastItem returns what follows the last semicolon of s, or s.
func lastItem(s string) string {
	if k := strings.LastIndexAny(s, "；;"); k >= 0 {
		_, n := utf8.DecodeRuneInString(s[k:])
		return s[k+n:]
	}
	return s
}

// listItemRe starts an item of a list: 二是, （二）, 2., 其次.
var listItemRe = regexp.MustCompile(`^[ \t　]*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十0-9]+[)）]|[一二三四五六七八九十]+、|[0-9]+[、.．]|第[一二三四五六七八九十]+[，,、]?|其次|再次|最后|此外|同时)`)

// negations before a figure say it did not happen: 没提过一条建议, 未办结3件,
// 对暂不具备办理条件的2件建议.
var negations = []string{"没", "未", "无", "不曾", "不具备", "不能"}

// notNegations are words that start with a negation but do not negate:
// 无偿, 未来.
var notNegations = []string{"无偿", "无记名", "无论", "无障碍", "无公害", "无纸", "无人机", "无私", "无缝", "无线", "无限", "无形", "无到有", "无一例外", "未来", "未成年"}

// negated reports whether a figure is negated: a negation among the last
// 8 runes of the clause before it, or, for a figure of one written 一 (一条,
// 一件), anywhere in its clause (一条建议也没提). A negation in the items of
// a list of problems closed by 等 tells what they are (发现路灯损坏未修等
// 问题8个; but 未办结等4件 were not resolved).
func negated(before, figure, after string) bool {
	near := lastRunes(before, 8)
	if k := strings.LastIndex(near, "等"); k >= 0 && hasPrefixAny(near[k+len("等"):], problemNouns) {
		near = near[k:]
	}
	if hasNegation(near) {
		return true
	}
	return strings.HasPrefix(figure, "一") && hasNegation(before+" "+after)
}

// problemNouns after 等 close a list of problems.
var problemNouns = []string{"问题", "隐患", "情况", "现象", "困难", "不足", "短板"}

func hasNegation(s string) bool {
	for _, n := range negations {
		for j := 0; ; {
			k := strings.Index(s[j:], n)
			if k < 0 {
				break
			}
			k += j
			j = k + len(n)
			if hasPrefixAny(s[k:], notNegations) || strings.HasSuffix(s[:k], "毫") {
				continue
			}
			return true
		}
	}
	return false
}
