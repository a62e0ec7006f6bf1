package extract

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// unitKind maps a unit to the kind of its figures.
func unitKind(unit string) string {
	if k, ok := unitKinds.Load(unit); ok {
		return k.(string)
	}
	k := kindOfUnit(unit)
	unitKinds.Store(strings.Clone(unit), k)
	return k
}

// unitKinds caches kindOfUnit: a unit → its kind.
var unitKinds sync.Map

func kindOfUnit(unit string) string {
	switch {
	case inAlternation(rateUnits, unit):
		return KindRate
	case inAlternation(moneyUnits, unit):
		return KindMoney
	case inAlternation(areaUnits, unit):
		return KindArea
	case inAlternation(quantUnits, unit):
		return KindQuantity
	}
	return KindCount
}

func inAlternation(alt, s string) bool {
	for _, a := range strings.Split(alt, "|") {
		// a case-insensitive group (?i:km|…|g) holds ASCII units
		a = strings.TrimPrefix(a, "(?i:")
		if strings.HasSuffix(a, ")") && !strings.Contains(a, "(") {
			a = strings.TrimSuffix(a, ")")
		}
		if a == s || strings.EqualFold(a, s) {
			return true
		}
	}
	return false
}

// notAUnit lists a classifier followed by the words that make it part of
// another word: 三次产业, 一次性, 3个月, 3个百分点, 人民.
var notAUnit = map[string][]string{
	"次": {"产业", "性", "日", "要", "之"},
	"个": {"亿", "万", "月", "小时", "工作日", "星期", "季度", "年度", "百分点", "多月", "半月"},
	"人": {"民", "大", "员", "口", "才", "士", "生", "们", "事", "家", "情"},
	"名": {"单", "称", "义", "额", "誉", "牌", "次", "列"},
	"条": {"例", "件", "款", "约", "线", "理"},
	"期": {"间", "限", "望", "待", "末", "刊"},
	"份": {"额", "子"},
	"家": {"庭", "长", "乡", "属", "园", "里", "人"},
	"所": {"有", "以", "在", "属", "谓", "得", "需", "长"},
	"位": {"于", "置", "数", "次"},
	"天": {"然", "下", "空", "津", "气", "地"},
	"场": {"所", "地", "景", "合", "馆", "面"},
	"项": {"目"},
	"件": {"事"},
	"头": {"脑", "等"},
	"本": {"身", "质", "地", "届", "领", "着", "年", "次", "镇", "村"},
	"台": {"账", "阶", "湾"},
	"组": {"织", "长", "成", "建"},
	"类": {"似", "型"},
	"户": {"籍", "口"},
	"处": {"理", "长", "分", "置", "于"},
	"支": {"持", "出", "部", "付"},
	"间": {"接", "隔"},
	"座": {"谈"},
	"张": {"贴"},
	"批": {"评", "准", "示", "复"},
}

// figures finds the figures written with a unit: counts, rates, money,
// areas and other quantities, single or ranges.
func (s *scan) figures() {
	text := s.text
	ms := findAll(figureRe, text)
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		numStart := groupStart(m, 2)
		if !s.numberStart(numStart) {
			// 一 of 统一 cannot start a figure, nor 9.20 of a date
			// (2022.9.20两次); the regexp may still find one starting
			// later in the same match.
			if _, w := decodeRune(text, numStart); numStart+w < m[1] {
				if r := figureRe.FindStringSubmatchIndex(text[numStart+w : min(len(text), m[1]+256)]); r != nil && r[0] < m[1]-numStart-w {
					for i := range r {
						if r[i] >= 0 {
							r[i] += numStart + w
						}
					}
					ms = slices.Insert(ms, k+1, r)
				}
			}
			continue
		}
		if isSlogan(text, numStart) {
			continue // “三个代表”, 八项规定精神: a slogan, not a count
		}
		if group(text, m, 4) == "几" && !tensBeforeJi(group(text, m, 2), group(text, m, 3)) {
			continue // 几 follows tens only: 二十几人, 四十几万元
		}
		if unitNotAmount(text[:numStart], group(text, m, 2)) {
			continue // 金额（万元）, 单位：万元: a unit, not ten thousand yuan
		}
		unit := group(text, m, 7)
		kind := unitKind(unit)
		after := text[m[1]:]
		if kind == KindCount || kind == KindQuantity {
			if words, ok := notAUnit[unit]; ok && hasPrefixAny(text[m[2*7+1]:], words) {
				continue
			}
			if strings.HasPrefix(text[m[2*7+1]:], "是") {
				continue // 一次是…, 一次是…: an enumeration
			}
			if unit == "间" && betweenNumbers(text[:m[0]]) {
				continue // 10000与20000间: between, not rooms
			}
			if r, _ := lastRune(text[:numStart]); group(text, m, 2) == "一" && group(text, m, 1) == "" && strings.ContainsRune("上下这那同前后另某", r) {
				continue // 上一次会议, 这一项: which one, not how many
			}
			if unit == "起" && m[1] < len(text) {
				next, _ := utf8.DecodeRuneInString(text[m[1]:])
				prev, _ := lastRune(text[:numStart])
				if group(text, m, 2) == "一" && (!strings.ContainsRune("，。；、,;）)", next) || strings.ContainsRune("在到聚于", prev)) || isCNNumeral(next) {
					continue // 代表们一起走访, 团结在一起: together (安全事故一起。 is one); 三起三落
				}
			}
		}
		start := m[0]
		if (strings.HasSuffix(text[:numStart], "第") || termBefore(text[:numStart], text[m[1]:], text[numStart:m[1]])) && group(text, m, 1) == "" {
			continue // an ordinal, or the sitting of 六届二次会议 (本届58名代表 are counted)
		}
		// 一、二、三次产业: a list of bare numerals.
		if b := strings.TrimRight(text[:start], " "); strings.HasSuffix(b, "、") {
			r, _ := utf8.DecodeLastRuneInString(b[:len(b)-len("、")])
			if isCNNumeral(r) {
				continue
			}
		}
		end := m[1]
		// 二两, 三千两百两: 两 is a weight only at the end of the figure's
		// words (一两年 is one or two years, 两两 pairwise).
		if unit == "两" && (end < len(text) && isHan(firstRuneOf(text[end:])) && !halfAtEnd(text[end:]) || group(text, m, 2) == "两") {
			continue
		}
		if isASCIIAlnum(firstRuneOf(unit)) && end < len(text) && isASCIIAlnum(firstRuneOf(text[end:])) {
			continue // 3km, not 3kmh
		}
		if unit == "块" && !(end == len(text) || hasPrefixAny(text[end:], []string{"钱", "毛", "角", "零"}) || isCNNumeral(firstRuneOf(text[end:])) || isDigitByte(text[end])) {
			continue // 5块展板: a classifier, not money
		}
		if m[6] >= 0 && kind != KindRate && strings.ContainsAny(text[m[5]:m[6]], "%％") {
			continue // 92%至98人: a percent sign belongs to rates only
		}
		if g := group(text, m, 5); (g == "k" || g == "K") && kind != KindMoney {
			continue // 15k元 is money in thousands; k before other units is not read
		}
		f := Fact{Kind: kind, Unit: unit, Start: start, End: end}
		switch kind {
		case KindRate:
			f.Unit = "%"
		case KindMoney:
			switch unit {
			case "元钱", "元人民币", "人民币", "块", "块钱", "蚊":
				f.Unit = "元"
			}
		}
		f.Qualifier = qualifierOf(group(text, m, 1), group(text, m, 4)+group(text, m, 6), group(text, m, 8))
		if !s.shang(&f, numStart) {
			continue
		}
		mult := multiplier(group(text, m, 5))
		n1, n2 := group(text, m, 2), group(text, m, 3)
		// 一千米, 3千克: 千 belongs to the unit.
		if kind == KindQuantity && n2 == "" && group(text, m, 5) == "" && strings.HasSuffix(n1, "千") && plainNumber(strings.TrimSuffix(n1, "千")) &&
			hasPrefixAny(unit, []string{"米", "克", "瓦", "帕", "卡", "字节", "比特"}) {
			n1 = strings.TrimSuffix(n1, "千")
			f.Unit = "千" + unit
		}
		if !s.setFigure(&f, n1, n2, mult) {
			continue
		}
		if kind == KindRate && f.Min != nil && n2 == "" {
			continue // 百分之二三十: too vague for a rate
		}
		if kind == KindMoney {
			s.smallChange(&f)
		}
		if unit == "斤" && f.Value != nil {
			if m := liangRe.FindStringSubmatch(text[f.End:]); m != nil {
				l, _ := ParseChinese(m[1])
				*f.Value += l / 10
				f.End += len(m[0])
			}
		}
		if unit == "米" && f.Value != nil && f.End == end {
			if m := meterTenthsRe.FindStringSubmatch(text[f.End:]); m != nil {
				d, _ := ParseChinese(m[1])
				*f.Value += d / 10 // 三米九, 1米7左右: a height in 米 and tenths
				f.End += len(m[1])
				if q := m[2]; q != "" && q != "的" && f.Qualifier == Exact {
					f.Qualifier = qualifierOf("", "", q)
					f.End += len(q)
				}
			}
		}
		if kind == KindQuantity && strings.HasPrefix(text[f.End:], "半") && f.Value != nil {
			*f.Value += 0.5
			f.End += len("半")
		}
		if kind == KindRate || kind == KindQuantity {
			s.sign(&f)
		}
		if kind == KindCount && f.Value != nil && *f.Value != float64(int64(*f.Value)) {
			continue // 1.5次 is not a count
		}
		f.Rule = kind + "/unit"
		if f.Min != nil {
			f.Rule = kind + "/range"
		}
		s.label(&f, after)
		if s.add(f) && f.Kind == KindRate && f.Metric != "" {
			s.twinRate(f)
		}
	}
}

// slogans are the political watchwords written with a numeral and a
// classifier. true: the words may also count things (三个代表小组, 建成一个中心),
// so only quotes or the words that name a watchword (重要思想, 精神) make it one.
var slogans = []struct {
	words     string
	ambiguous bool
}{
	{"三个代表", true}, {"一个中心", true}, {"八项规定", true}, {"四个服从", true}, {"四个坚持", true},
	{"四个意识", false}, {"四个自信", false}, {"两个维护", false}, {"两个确立", false}, {"四个全面", false},
	{"两个一百年", false}, {"三个务必", false}, {"两个务必", false}, {"三个有利于", false}, {"两个毫不动摇", false},
	{"四个伟大", false}, {"两个基本点", false}, {"四项基本原则", false},
}

// isSlogan reports whether a slogan starts at i of text: “三个代表”,
// 三个代表重要思想, 八项规定精神, 四个意识 (not 三个代表小组).
func isSlogan(text string, i int) bool {
	for _, w := range slogans {
		if !strings.HasPrefix(text[i:], w.words) {
			continue
		}
		before, after := text[:i], text[i+len(w.words):]
		return !w.ambiguous || hasPrefixAny(after, []string{"”", "\"", "」", "』", "重要", "精神", "思想", "要求", "理论", "教育"}) ||
			strings.HasSuffix(before, "“") || strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "「")
	}
	return false
}

// unitNotAmount reports whether the number n, a magnitude alone (万, 亿,
// 千, 百), names the unit of a column or a table (金额（万元）, 单位：万元)
// rather than an amount: it stands right after an opening bracket or 单位：.
func unitNotAmount(before, n string) bool {
	if n != "万" && n != "亿" && n != "千" && n != "百" && n != "萬" && n != "億" {
		return false
	}
	b := strings.TrimRight(before, " ")
	return strings.HasSuffix(b, "（") || strings.HasSuffix(b, "(") || strings.HasSuffix(b, "单位：") || strings.HasSuffix(b, "单位:")
}

// betweenNumbers reports whether before ends with a number and 与 or 和,
// the first end of 10与20间 (between 10 and 20).
func betweenNumbers(before string) bool {
	for _, w := range []string{"与", "和"} {
		if b, ok := strings.CutSuffix(before, w); ok {
			r, _ := lastRune(b)
			return isCNNumeral(r) || r >= '0' && r <= '9'
		}
	}
	return false
}

// tensBeforeJi reports whether the number n1, not a range (n2 is its
// second end), may take 几 after it as it takes 多: a number of tens,
// 二十几 or 20几.
func tensBeforeJi(n1, n2 string) bool {
	n := n1
	if n2 != "" {
		return false
	}
	if strings.HasSuffix(n, "十") {
		return n != "十" // 十几 is a vague number, read as a range
	}
	v, err := strconv.Atoi(n)
	return err == nil && v > 0 && v%10 == 0
}

// rateCues are the cue words of the rate metrics, in the order of the rule
// table.
func rateCues() (cues, metrics []string) {
	for _, r := range metricRules {
		if hasString(r.units, "%") {
			for _, c := range r.cues {
				cues, metrics = append(cues, c), append(metrics, r.metric)
			}
		}
	}
	return cues, metrics
}

// twinRate adds the second metric of 办结率和满意率均为100%: one figure for
// two rates named together with 均 or 都.
func (s *scan) twinRate(f Fact) {
	before := simplify(clause(s.text[:f.Start]))
	if !strings.Contains(before, "均") && !strings.Contains(before, "都") {
		return
	}
	cues, metrics := rateCues()
	for i, c := range cues {
		if metrics[i] != f.Metric && strings.Contains(before, c) {
			g := f
			g.Metric, g.Label, g.Rule = metrics[i], c, "metric/"+metrics[i]+"/shared"
			g.Text = s.text[g.Start:g.End]
			if g.Qualifier == "" {
				g.Qualifier = Exact
			}
			s.facts = append(s.facts, g)
			return
		}
	}
}

// respectiveRate picks the metric of the k-th rate after 分别 in
// 满意率和办结率分别为98%和95%: the k-th rate named before 分别.
func respectiveRate(before string) (metric, cue string, ok bool) {
	before = simplify(before)
	i := strings.Index(before, "分别")
	if i < 0 {
		return "", "", false
	}
	k := strings.Count(before[i:], "%") + strings.Count(before[i:], "％")
	cues, metrics := rateCues()
	type named struct {
		at          int
		cue, metric string
	}
	var found []named
	for j, c := range cues {
		if at := strings.Index(before[:i], c); at >= 0 {
			dup := false
			for _, n := range found {
				dup = dup || n.metric == metrics[j]
			}
			if !dup {
				found = append(found, named{at, c, metrics[j]})
			}
		}
	}
	if len(found) < 2 || k >= len(found) {
		return "", "", false
	}
	sort.Slice(found, func(a, b int) bool { return found[a].at < found[b].at })
	return found[k].metric, found[k].cue, true
}

// setFigure sets the value, or the range, of f from the number text n1 and
// the second end of a range n2, times mult. It reports false when they do
// not make a figure.
func (s *scan) setFigure(f *Fact, n1, n2 string, mult float64) bool {
	v1, mask1, ok1 := readNumber(n1)
	if n2 == "" {
		if !ok1 {
			lo, hi, ok := smallRange(n1)
			if !ok {
				return false
			}
			f.Min, f.Max = Float(lo*mult), Float(hi*mult)
			return true
		}
		if mask1 {
			f.Masked = true
			return true
		}
		f.Value = Float(v1 * mult)
		return true
	}
	v2, mask2, ok2 := readNumber(n2)
	if !ok1 || !ok2 {
		return false
	}
	if mask1 || mask2 {
		f.Masked = true
		return true
	}
	// 七千到九千亿, 3至5百万, 二至三百: the first end takes the magnitude
	// of the second.
	if m2 := magnitudeOf(n2, v2); m2 > 1 && plainNumber(n1) && v1*m2 < v2 {
		v1 *= m2
	} else if m2 := trailingMultiplier(n2); m2 > 1 && trailingMultiplier(n1) == 1 && v1*m2 <= v2 {
		v1 *= m2
	}
	if v1 >= v2 {
		return false
	}
	f.Min, f.Max = Float(v1*mult), Float(v2*mult)
	return true
}

// magnitudeRe is a number written as its leading digits and a magnitude:
// 5百万, 三百, 2千.
var magnitudeRe = regexp.MustCompile(`^([0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九])[百千万亿萬億]+$`)

// magnitudeOf is the magnitude of the number n, whose value is v: 100 for
// 三百, 1e6 for 5百万; 1 when n is not written as digits and a magnitude.
func magnitudeOf(n string, v float64) float64 {
	m := magnitudeRe.FindStringSubmatch(n)
	if m == nil {
		return 1
	}
	lead, ok := ParseChinese(m[1])
	if !ok || lead == 0 {
		return 1
	}
	return v / lead
}

// plainNumber reports whether s is a number with no unit in it: 12, 3.5, 三.
func plainNumber(s string) bool {
	if s == "" {
		return false
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return true
	}
	_, ok := cnDigit[firstRuneOf(s)]
	return ok && utf8.RuneCountInString(s) == 1
}

func firstRuneOf(s string) rune {
	r, _ := firstRune(s)
	return r
}

// sign takes a minus sign before a rate or quantity: 负3.9%, -22.2%.
func (s *scan) sign(f *Fact) {
	if f.Value == nil || f.Qualifier != Exact {
		return
	}
	before := s.text[:f.Start]
	for _, m := range []string{"负", "-"} {
		if strings.HasSuffix(before, m) {
			b := before[:len(before)-len(m)]
			if r, _ := lastRune(b); isASCIIAlnum(r) || isCNNumeral(r) || r == '%' {
				return // a range or a difference: 5-20%
			}
			if !s.free(f.Start-len(m), f.Start) {
				return
			}
			f.Start -= len(m)
			*f.Value = -*f.Value
			return
		}
	}
}

// meterTenthsRe is a digit after 米 that gives the tenths (三米九), when no
// word or number goes on after it.
var meterTenthsRe = regexp.MustCompile(`^([0-9]|[一二三四五六七八九])(?:$|[^0-9\p{Han}a-zA-Z.]|(左右|上下|以上|以下|的))`)

// halfAtEnd reports whether s starts with 半 that ends the figure: 9两半.
func halfAtEnd(s string) bool {
	rest, ok := strings.CutPrefix(s, "半")
	return ok && (rest == "" || !isHan(firstRuneOf(rest)))
}

// liangRe is the 两 after 斤: 3斤5两, 六斤八两.
var liangRe = regexp.MustCompile(`^([0-9]|[一二三四五六七八九])两`)

// changeRe is the jiao and fen after an amount in yuan: 5元3角, 九十九块九毛九,
// 123元1角1分, 九块九.
var changeRe = regexp.MustCompile(`^(?:(零)?([0-9]|[一二两三四五六七八九])[角毛毫](?:([0-9]|[一二三四五六七八九])分?)?|(零)?([0-9]|[一二三四五六七八九])分|(零?(?:[0-9]|[一二两三四五六七八九])))(钱)?`)

// centRe is the hundredth of a currency after an amount in it: 两美元又三美分,
// 10日元5钱 (5日本銭), 3欧元20欧分, 5英镑30便士. Groups: 1 number, 2 the hundredth's name.
var centRe = regexp.MustCompile(`^又?([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(美分|欧分|便士|(?:日本)?[钱銭錢])`)

// hundredths names the hundredth of each currency that centRe reads.
var hundredths = map[string]string{"美元": "美分", "美圆": "美分", "美金": "美分", "欧元": "欧分", "英镑": "便士", "日元": "钱"}

// smallChange adds the 角 and 分 written after an amount of money in 元.
func (s *scan) smallChange(f *Fact) {
	if f.Value == nil || f.End >= len(s.text) {
		return
	}
	if cent, ok := hundredths[f.Unit]; ok {
		if m := centRe.FindStringSubmatch(s.text[f.End:]); m != nil && (m[2] == cent || cent == "钱" && strings.ContainsAny(m[2], "钱銭錢")) {
			if c, ok := ParseChinese(m[1]); ok && c < 100 {
				*f.Value += c / 100
				f.End += len(m[0])
			}
		}
		return
	}
	if f.Unit != "元" {
		return
	}
	m := changeRe.FindStringSubmatchIndex(s.text[f.End:])
	if m == nil {
		return
	}
	t := s.text[f.End:]
	digit := func(g int) float64 {
		v, _ := ParseChinese(group(t, m, g))
		return v
	}
	var add float64
	switch {
	case m[4] >= 0:
		add = digit(2)/10 + digit(3)/100
	case m[10] >= 0:
		add = digit(5) / 100
	default:
		// 九块九: a bare digit after 块 is 角 (三块零四: 零 and a digit are
		// 分); after 元 it may start another figure, so only after 块.
		if !strings.HasSuffix(s.text[:f.End], "块") && !strings.HasSuffix(s.text[:f.End], "蚊") {
			return
		}
		if d := group(t, m, 6); strings.HasPrefix(d, "零") {
			v, _ := ParseChinese(strings.TrimPrefix(d, "零"))
			add = v / 100
		} else {
			add = digit(6) / 10
		}
	}
	*f.Value += add
	f.End += m[1]
}

func hasPrefixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

func hasSuffixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// label sets the metric and label of f from the words around it.
func (s *scan) label(f *Fact, after string) {
	before := clause(s.text[:f.Start])
	if f.Kind == KindRate && !s.inPlan(f.Start) {
		if metric, cue, ok := respectiveRate(before); ok {
			f.Metric, f.Label, f.Rule = metric, cue, "metric/"+metric+"/respective"
			return
		}
	}
	if (f.Kind == KindCount || f.Kind == KindRate) && !s.inPlan(f.Start) {
		metric, cue, why := metricFor(s.text, f.Start, f.End, f.Unit)
		if why != "" {
			s.vetoed[f.Start] = true
		}
		if metric != "" {
			sent := simplify(sentenceBefore(s.text, f.Start))
			metric = s.ownMetric(metric, cue, sent, before)
			if metric != "" && s.otherPeriod(sent) {
				s.periodTotals[f.Start], metric = metric, "" // 本届以来…17次: a breakdown's 今年 part may take it
			}
		}
		if metric != "" {
			f.Metric, f.Label = metric, cue
			f.Rule = "metric/" + metric
			return
		}
	}
	if f.Kind == KindRate {
		// the name of a rate ends in 率: 农业保险参保率…达到95%
		if i := strings.LastIndex(before, "率"); i >= 0 {
			f.Label = s.labelWords(f.Start-len(before), before[:i+len("率")])
			return
		}
	}
	f.Label = s.labelWords(f.Start-len(before), before)
}

// labelWords returns the last words of words (which start at byte at of the
// text) as a label: at most 10 runes, from the start of a word (its token,
// when the text was segmented) and after any table cell separator, without
// leading punctuation: 其中2023年新当选的12名 → 2023年新当选的, not 中2023年….
func (s *scan) labelWords(at int, words string) string {
	// the words of the figure's own cell, else of the cell before it
	// (合计 | 34件 → 合计)
	for {
		i := strings.LastIndexAny(words, "\t|｜")
		if i < 0 {
			break
		}
		_, n := utf8.DecodeRuneInString(words[i:])
		if strings.TrimSpace(words[i+n:]) != "" {
			at, words = at+i+n, words[i+n:]
			break
		}
		words = words[:i]
	}
	end := at + len(words)
	l := lastRunes(words, 10)
	if start := end - len(l); s.owner != nil && start > at && start < len(s.owner) {
		if o := s.owner[start]; o >= 0 && o < start {
			// the cut fell inside a word: start after it
			j := start
			for j < end && s.owner[j] == o {
				j++
			}
			if j < end {
				l = s.text[j:end]
			}
		}
	}
	return strings.Trim(strings.TrimLeft(l, "，、；：“”\""), " ")
}

// percentWords finds rates written 百分之….
func (s *scan) percentWords() {
	text := s.text
	for _, m := range findAll(percentWordRe, text) {
		if !strings.Contains(text[m[0]:m[1]], "分之") && group(text, m, 4) != "百" {
			continue // 百分百 is the only rate written without 之
		}
		if r, _ := lastRune(text[:groupStart(m, 3)]); m[2] < 0 && m[4] < 0 && (isCNNumeral(r) || isASCIIAlnum(r)) {
			continue // 五百分之2.2 is a fraction
		}
		f := Fact{Kind: KindRate, Unit: "%", Start: m[0], End: m[1], Rule: "rate/百分之"}
		f.Qualifier = qualifierOf(group(text, m, 1), "", group(text, m, 6))
		scale := map[string]float64{"百": 1, "千": 0.1, "万": 0.01, "百万": 1e-4, "千万": 1e-5, "万万": 1e-6, "百万万": 1e-8}[group(text, m, 3)]
		n := group(text, m, 4)
		if strings.HasSuffix(n, "k") || strings.HasSuffix(n, "K") {
			n, scale = n[:len(n)-1], scale*1000
		}
		if strings.HasPrefix(n, "负") {
			n, scale = strings.TrimPrefix(n, "负"), -scale // 百分之负三点八
		}
		// 百分之七十百分位: the numerals may run into the next word; the
		// rate is the longest number they start with.
		_, ok := ParseChinese(n)
		if _, _, vague := smallRange(n); !ok && !vague && m[10] < 0 && m[12] < 0 {
			for r, size := lastRune(n); size > 0 && len(n) > size; r, size = lastRune(n) {
				n = n[:len(n)-size]
				f.End -= len(string(r))
				if _, ok := ParseChinese(n); ok {
					break
				}
			}
		}
		if !s.setFigure(&f, n, group(text, m, 5), scale) || f.Min != nil && group(text, m, 5) == "" {
			continue // 百分之二三十: too vague for a rate
		}
		if group(text, m, 2) != "" && f.Value != nil {
			*f.Value = -*f.Value
		}
		s.label(&f, text[m[1]:])
		s.add(f)
	}
}

// kiloRates finds rates written in thousands with k: 12k个百分点.
func (s *scan) kiloRates() {
	for _, m := range findAll(kiloRateRe, s.text) {
		v, err := strconv.ParseFloat(group(s.text, m, 1), 64)
		if err != nil || !s.numberStart(m[0]) {
			continue
		}
		f := Fact{Kind: KindRate, Unit: "%", Start: m[0], End: m[1], Value: Float(v * 1000), Rule: "rate/k"}
		s.label(&f, s.text[m[1]:])
		s.add(f)
	}
}

// moneyWords are the words before an amount in 万 or 亿 that make it money.
var moneyWords = []string{"资金", "投入", "投资", "经费", "资产", "收入", "产值", "筹集", "筹资", "捐款", "捐资", "拨付", "拨款", "补助", "补贴", "价值", "金额", "奖励", "贷款", "税收", "财政", "营业额", "销售额", "利润", "总额", "费用", "款"}

// bareMoney finds money written in 万 or 亿 with no 元 after it, when the
// words before it speak of money: 发展资金250万, 总投资1.2亿.
func (s *scan) bareMoney() {
	text := s.text
	for _, m := range findAll(bareMoneyRe, text) {
		n := group(text, m, 2)
		mul := group(text, m, 4)
		if mul == "" && trailingMultiplier(n) == 1 {
			continue
		}
		if group(text, m, 3) == "几" && !tensBeforeJi(n, "") {
			continue
		}
		if strings.Trim(n, "万亿萬億") == "" && group(text, m, 1) == "" && !strings.HasSuffix(text[:m[0]], "上") {
			continue // 万 alone is a word (万人会战), not an amount; 上亿 is one
		}
		if !s.numberStart(groupStart(m, 2)) || strings.HasSuffix(text[:groupStart(m, 2)], "第") {
			continue
		}
		if m[1] < len(text) {
			r, _ := utf8.DecodeRuneInString(text[m[1]:])
			if isHan(r) && !strings.ContainsRune("的用于，", r) || isASCIIAlnum(r) {
				continue
			}
		}
		before := lastRunes(clause(text[:m[0]]), 12)
		if !containsAny(before, moneyWords) {
			continue
		}
		f := Fact{Kind: KindMoney, Unit: "元", Start: m[0], End: m[1], Rule: "money/bare-wan"}
		f.Qualifier = qualifierOf(group(text, m, 1), group(text, m, 3)+group(text, m, 5), "")
		if !s.shang(&f, groupStart(m, 2)) {
			continue
		}
		if !s.setFigure(&f, n, "", multiplier(mul)) {
			continue
		}
		s.label(&f, text[m[1]:])
		s.add(f)
	}
}

// payWords before an amount in thousands written k make it money: 月薪8k,
// 薪酬能给到10k~15k.
var payWords = []string{"薪", "工资", "收入", "报酬", "待遇", "酬劳"}

// kiloMoneyRe is pay in thousands written k, alone or as a range: 8k,
// 10k~15k, 7.5K-9K. Groups: 1 and 2 the two numbers.
var kiloMoneyRe = regexp.MustCompile(`([0-9]+(?:\.[0-9]+)?)[kK](?:[ \t]*(?:-|~|～|至|到)[ \t]*([0-9]+(?:\.[0-9]+)?)[kK])?`)

// kiloMoney finds pay written in k with no 元, when the clause before it
// speaks of pay.
func (s *scan) kiloMoney() {
	text := s.text
	for _, m := range findAll(kiloMoneyRe, text) {
		if !s.free(m[0], m[1]) || !s.numberStart(m[2]) || m[1] < len(text) && isASCIIAlnum(rune(text[m[1]])) {
			continue // 10kV, 5kg
		}
		if !containsAny(lastRunes(clause(text[:m[0]]), 16), payWords) {
			continue
		}
		f := Fact{Kind: KindMoney, Unit: "元", Start: m[0], End: m[1], Rule: "money/k"}
		for _, q := range []string{"左右", "上下", "以上", "以下"} {
			if strings.HasPrefix(text[m[1]:], q) {
				f.End += len(q)
				f.Qualifier = qualifierOf("", "", q)
			}
		}
		lo, err := strconv.ParseFloat(text[m[2]:m[3]], 64)
		if err != nil {
			continue
		}
		if m[4] >= 0 {
			hi, err := strconv.ParseFloat(text[m[4]:m[5]], 64)
			if err != nil || hi < lo {
				continue
			}
			f.Min, f.Max = Float(lo*1000), Float(hi*1000)
		} else {
			f.Value = Float(lo * 1000)
		}
		s.label(&f, text[f.End:])
		s.add(f)
	}
}

// termBefore reports whether s, the text before a figure, ends with a term
// (六届, 第十八届), whose number the sitting's follows; 本届, 每届 and 历届
// are no term's number (本届58名代表), but 本届二次人代会 names a sitting.
func termBefore(s, after, figure string) bool {
	for _, t := range []string{"届", "屆"} {
		if strings.HasSuffix(s, t) {
			r, _ := lastRune(s[:len(s)-len(t)])
			// 本届二次人代会, 上届三次会议: the sitting of a term named so
			return !strings.ContainsRune("本每历歷上下该該同", r) || strings.HasSuffix(figure, "次") && !strings.HasPrefix(figure, "两") && sittingAfterRe.MatchString(after)
		}
	}
	return false
}

// sittingAfterRe follows the number of a sitting: 会议, 人代会, 人民代表大会.
var sittingAfterRe = regexp.MustCompile(`^\s*(?:镇|乡)?(?:人代会|人代會|人民代表大会|人民代表大會|人大会议|会议|會議|大会|全体会议)`)

// sessions finds sittings of a people's congress: 第二届人代会第五次会议,
// 十届人大二次会议, 镇人大六次会议. Party plenums (十八届三中全会) and CPPCC
// sittings (政协六届二次会议) do not match.
func (s *scan) sessions() {
	text := s.text
	add := func(start, end int, term, sitting string) {
		if strings.Contains(lastRunes(text[:start], 4), "政协") || strings.Contains(lastRunes(text[:start], 4), "党") {
			return
		}
		f := Fact{Kind: KindSession, Start: start, End: end, Rule: "session"}
		if isMask(term) || isMask(sitting) {
			// 第X届人民代表大会第X次会议: what is known stays, the rest is masked.
			f.Masked = true
			if v, ok := ParseChinese(term); ok && !isMask(term) {
				t := int(v)
				f.Term = &t
			}
			f.Label = text[start:end]
			s.add(f)
			return
		}
		if term != "" {
			v, ok := ParseChinese(term)
			if !ok || v < 1 || v > 100 {
				return
			}
			t := int(v)
			f.Term = &t
		}
		v, ok := ParseChinese(sitting)
		if !ok || v < 1 || v > 100 {
			return
		}
		f.Value = Float(v)
		f.Label = text[start:end]
		s.add(f)
	}
	for _, m := range findAll(sessionRe, text) {
		add(m[0], m[1], group(text, m, 1), group(text, m, 2))
	}
	for _, m := range findAll(sessionShortRe, text) {
		w := text[m[0]:m[1]]
		body := containsAny(w, []string{"人民代表大", "人代", "人大"})
		if !body && !containsAny(lastRunes(text[:m[0]], 6), []string{"人大", "人代会", "人民代表大会", "人代會", "人民代表大會"}) &&
			!s.congressSitting(m[0], m[1], group(text, m, 1)) {
			continue
		}
		add(m[0], m[1], group(text, m, 1), group(text, m, 2))
	}
	s.laterSittings(add)
}

// congressSitting reports whether text[start:end], a sitting named by its
// term and number alone (十八届三次会议), is the congress's: no other body
// stands before it (政协, 党委, 县委, 常委会, 职代会), and the summary names a
// sitting of the congress in that term elsewhere, or the sentence is of
// the suggestions made at it (十七届六次会议收到的建议).
func (s *scan) congressSitting(start, end int, term string) bool {
	if containsAny(lastRunes(s.text[:start], 10), otherSittingBodies) || !strings.HasSuffix(s.text[start:end], "会议") {
		return false
	}
	t, ok := ParseChinese(term)
	if !ok {
		return false
	}
	for _, f := range s.facts {
		if f.Kind == KindSession && f.Term != nil && float64(*f.Term) == t {
			return true
		}
	}
	from, to := Sentence(s.text, start, end)
	return containsAny(s.text[from:to], []string{"建议", "议案"})
}

// otherSittingBodies hold sittings of their own by term and number.
var otherSittingBodies = []string{"政协", "党", "委", "职代会", "职工代表", "共青团", "妇代会", "妇联", "工会", "侨联", "科协", "文联", "村民"}

// sittingListRe is sittings that share their 会议: 第十九届人民代表大会
// 第五次、第六次会议, 十六届人大四次、五次、六次会议, 镇人大五次和六次会议,
// 十六届五次、六次会议 (after 人大). Groups: 1 term, 2 body, 3 the first
// sitting; sittingRe finds each in the list.
var sittingListRe = regexp.MustCompile(`(?:第?(` + sessNum + `)[届屆])?(?:[镇乡县区市鎮鄉縣區]?(人民代表大会|人民代表大會|人代会|人代會|人大))?第?(` + sessNum + `)次(?:[、和及与]第?(?:` + sessNum + `)次)+(?:会议|會議)`)

// sittingItemsRe ends text with the sittings of a list before its last:
// 第十次、第十一次、.
var sittingItemsRe = regexp.MustCompile(`(?:第?(?:` + sessNum + `)次[、和及与])+$`)

// sittingRe is one sitting of a list: 第五次, 六次. Group 1 is its number.
var sittingRe = regexp.MustCompile(`第?(` + sessNum + `)次`)

// bareSittingRe is a sitting named without its body: 第五次会议. Group 1
// is the sitting.
var bareSittingRe = regexp.MustCompile(`第(` + sessNum + `)次(?:会议|會議)`)

// laterSittings finds the sittings named after a congress sitting of the
// same paragraph without their body again: the first of a list (第十九届人民
// 代表大会第五次、第六次会议) and a bare 第五次会议 after 第十八届人民代表大会
// 第四次会议, within 600 bytes — not another body's (主席团第五次会议, 常务
// 会议, 党委).
func (s *scan) laterSittings(add func(start, end int, term, sitting string)) {
	text := s.text
	for _, m := range findAll(sittingListRe, text) {
		term := group(text, m, 1)
		// a term alone is a congress's right after 人大 (人大十六届五次、
		// 六次会议), not a CPPCC's (人大、政协十届三次、四次会议) nor a
		// presidium's (人大主席团十六届五次、六次会议)
		if term == "" && group(text, m, 2) == "" || group(text, m, 2) == "" &&
			!hasSuffixAny(strings.TrimRight(text[:m[0]], "第 \t"), []string{"人大", "人代会", "人民代表大会", "人代會", "人民代表大會"}) {
			continue
		}
		if !s.free(m[0], m[1]) {
			continue
		}
		from := m[6] // the first sitting
		if from >= len("第") && text[from-len("第"):from] == "第" {
			from -= len("第")
		}
		its := sittingRe.FindAllStringSubmatchIndex(text[from:m[1]], -1)
		for i, it := range its {
			start, end := from+it[0], from+it[1]
			switch {
			case i == 0:
				start = m[0] // the first holds the term and body: 十六届人大五次
			case i == len(its)-1:
				end = m[1] // the last holds 会议: 六次会议
			}
			add(start, end, term, text[from+it[2]:from+it[3]])
		}
	}
	var sessions []Fact
	for _, f := range s.facts {
		if f.Kind == KindSession && !f.Masked {
			sessions = append(sessions, f)
		}
	}
	for _, m := range findAll(bareSittingRe, text) {
		if !s.free(m[0], m[1]) {
			continue
		}
		// the body before a list of sittings: 主席团第十次、第十一次、第十二次会议
		before := lastRunes(sittingItemsRe.ReplaceAllString(text[:m[0]], ""), 6)
		if containsAny(before, []string{"主席团", "常委会", "常务", "党委", "政府", "政协", "届", "人大", "人代会", "代表大会"}) {
			continue
		}
		// the last sitting of the congress named before it, at most 600
		// bytes back: the bare one is of the same term
		var prev *Fact
		for i := range sessions {
			if f := &sessions[i]; f.End <= m[0] && m[0]-f.End < 600 {
				prev = f
			}
		}
		if prev == nil {
			continue
		}
		term := ""
		if prev.Term != nil {
			term = strconv.Itoa(*prev.Term)
		}
		add(m[0], m[1], term, group(text, m, 1))
	}
}

// jiaoAlone reports whether the match m of jiaoRe, with neither 分 nor 钱,
// is money all the same: a digit written 2角, 5毛, with no word going on
// after it (三角形, 一角, 一毛不拔, 两毫米 are not), or a numeral before 毛
// or 毫 that ends its sentence (两毛。 — 角 after a numeral is a corner or
// an angle).
func jiaoAlone(text string, m []int) bool {
	if strings.HasSuffix(text[:m[2]], "第") {
		return false
	}
	if !isDigitByte(text[m[2]]) {
		// A numeral: 两毛 and 五毫 end their sentence (一毫, 三毛， are
		// an idiom and a name more often than money).
		if group(text, m, 2) == "角" || group(text, m, 1) == "一" {
			return false
		}
		return m[1] == len(text) || hasPrefixAny(text[m[1]:], []string{"。", "！", "钱"})
	}
	return m[1] == len(text) || !isHan(firstRuneOf(text[m[1]:])) && !isASCIIAlnum(firstRuneOf(text[m[1]:]))
}

// smallMoney finds money written in 角/毛 and 分 alone (九毛九, 两角五分,
// 九分钱) and after a currency sign (￥300, $20).
func (s *scan) smallMoney() {
	text := s.text
	for _, m := range findAll(jiaoRe, text) {
		if m[6] < 0 && m[8] < 0 && !jiaoAlone(text, m) || !s.numberStart(m[2]) {
			continue
		}
		j, _ := ParseChinese(group(text, m, 1))
		fen, _ := ParseChinese(group(text, m, 3))
		f := Fact{Kind: KindMoney, Unit: "元", Start: m[0], End: m[1], Value: Float(j/10 + fen/100), Rule: "money/jiao"}
		s.label(&f, text[m[1]:])
		s.add(f)
	}
	for _, m := range findAll(fenRe, text) {
		v, ok := ParseChinese(group(text, m, 1))
		if !ok || !s.numberStart(m[2]) {
			continue
		}
		f := Fact{Kind: KindMoney, Unit: "元", Start: m[0], End: m[1], Value: Float(v / 100), Rule: "money/fen"}
		s.label(&f, text[m[1]:])
		s.add(f)
	}
	for _, m := range findAll(symbolMoneyRe, text) {
		v, ok := ParseChinese(group(text, m, 2))
		if !ok {
			continue
		}
		f := Fact{Kind: KindMoney, Unit: "元", Start: m[0], End: m[1], Value: Float(v * trailingMultiplier(group(text, m, 2))), Rule: "money/sign"}
		if group(text, m, 1) == "$" {
			f.Unit = "美元"
		}
		if tm := trailingMultiplier(group(text, m, 2)); tm > 1 {
			f.Value = Float(v)
		}
		s.label(&f, text[m[1]:])
		s.add(f)
	}
}
