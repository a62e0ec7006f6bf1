package extract

import "regexp"

// Building blocks of the built-in patterns. Go's regexp has no look-around,
// so the boundary checks (no digit before an Arabic number, no word around
// a Chinese numeral) are done in code.
const (
	// arabic is a number in Arabic digits, with thousands separators and a
	// decimal part, optionally followed by 万/亿 (1.2万, 3亿) and more parts
	// (5万4千6百, 2千零30万).
	arabic = `(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?:(?:[千百]|[ \t]?[万亿萬億])[千百万亿萬億]*(?:零?[0-9]+[千百十万亿萬億]*)*)?`
	// chinese is a number in Chinese numerals, with an optional decimal part.
	chinese = `[零〇○一二两兩三四五六七八九十百千万亿廿卅壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億]+(?:[点點][零〇○一二三四五六七八九]+[万亿萬億]?)?`
	num     = `(?:` + arabic + `|` + chinese + `)`
	// mask is a placeholder for a figure left out: XX, ××, **, &&.
	mask = `(?:[xX×＊*Ｘｘ]|&&)+`
	// vague is a number given by its order: 几十, 数百, 十几万, 两三, 八九亿.
	vague = `(?:[数几]十[几]?|[数几][百千万亿]|十几|[一二两三四五六七八九]{2}[十百千万亿])[十百千万亿]*`
	// partMask is a figure with its last digits left out: 9X%, 1××件 (not
	// 2×3米).
	partMask = `[0-9]+[xX×＊*Ｘｘ]+`
	numOrM   = `(?:` + vague + `|` + num + `|` + mask + `|` + partMask + `)`
	// rangeSep joins the two ends of a range: 3-5, 3—5, 10至15.
	// A first end may say it is included: 1万(含)-5万元.
	rangeSep = `(?:[(（]含[)）])?[ \t]*(?:-|－|—{1,2}|–|～|~|至|到)[ \t]*`

	qualBefore = `(将近|將近|接近|近|大约|大約|约|約|大概|超过|超過|逾|多达|多達|高于|高於|大于|大於|不少于|不少於|至少|起码|起碼|不低于|不低於|不到|不足|不超过|不超過|少于|少於|低于|低於|小于|小於)?`
	qualAfter  = `(左右|上下|以上|以下|之多)?`

	// units, longest first (alternation is leftmost-first).
	rateUnits  = `%|％|个百分点|百分点`
	moneyUnits = `元人民币|元钱|元|美元|美圆|美金|欧元|英镑|日元|港元|港币|韩元|澳元|加元|新加坡元|新西兰元|卢布|卢比|泰铢|瑞士法郎|法郎|新台币|林吉特|比索|雷亚尔|兰特|奈拉|里拉|克朗|越南盾|印尼盾|人民币|块钱|块|蚊`
	areaUnits  = `平方公里|平方千米|平方米|平米|平方|公顷|亩`
	quantUnits = `天|小时|立方米|千瓦时|千瓦|千帕|千卡|兆赫兹|赫兹|兆字节|字节|比特|公里|千米|分米|厘米|毫米|微米|纳米|皮米|海里|英里|英尺|英寸|光年|公分|公尺|公裏|英裏|英吋|吋|呎|公斤|千克|毫克|微克|克|吨|斤|毫升|升|丈|尺|寸|码|米|里|(?i:km|cm|mm|dm|nm|µm|pm|kg|mg|feets|feet|foots|foot|inches|inch|miles|mile|m|g)|两`
	classUnits = `人次|户次|次|件|条|份|名|人|个|户|项|座|所|场|期|批|家|篇|位|间|棒|头|只|株|处|张|本|台|辆|栋|组|支|类|套|封|轮|盏|棵|個|條|項|場|戶|輪|起`

	units = rateUnits + `|` + moneyUnits + `|` + areaUnits + `|` + quantUnits + `|` + classUnits
)

var (
	// figureRe is a figure with its unit: qualifier, number (or a range of
	// two), 多/余, 万/亿, unit, qualifier. Groups: 1 qualifier before, 2
	// number, 3 second number of a range, 4 多/余/来/几 after the number, 5
	// multiplier, 6 多/余 after the multiplier, 7 unit, 8 qualifier after.
	figureRe = regexp.MustCompile(qualBefore + `(` + numOrM + `)(?:[%％]?` + rangeSep + `(` + numOrM + `))?[ \t]?(多|余|來|来|几)?((?:[个個][万亿萬億])|(?:[万亿萬億]|[千百]|[kK])??)(多|余|餘)?[ \t]?(` + units + `)` + qualAfter)

	// percentWordRe is a rate written 百分之… (千分之, 万分之). Groups: 1
	// qualifier, 2 负, 3 百/千/万, 4 number, 5 second number of a range, 6
	// qualifier after.
	percentWordRe = regexp.MustCompile(qualBefore + `(负的?)?(百万万|百万|千万|万万|百|千|万)分之?(负?(?:` + num + `)[kK]?|` + mask + `)(?:` + rangeSep + `(?:[百千万]分之)?(` + num + `|` + mask + `))?` + qualAfter)

	// kiloRateRe is a rate in thousands written with k: 12k个百分点, 15k%.
	kiloRateRe = regexp.MustCompile(`([0-9]+(?:\.[0-9]+)?)[kK](个百分点|%)`)
	// jiaoRe is money in 角 (毛) and 分 alone: 九毛九, 两角五分, 九毛钱.
	// Groups: 1 jiao, 2 角/毛, 3 fen, 4 钱.
	jiaoRe = regexp.MustCompile(`([0-9]|[一二两三四五六七八九])([角毛毫])(?:([0-9]|[一二三四五六七八九])分?)?(钱)?`)
	// fenRe is money in 分 with 钱: 九分钱.
	fenRe = regexp.MustCompile(`([0-9]{1,2}|[一二两三四五六七八九十]{1,3})分钱`)
	// symbolMoneyRe is an amount after a currency sign: ￥300, $20.
	symbolMoneyRe = regexp.MustCompile(`([$￥¥])[ \t]?(` + arabic + `)(元)?`)

	// bareMoneyRe is an amount in 万 or 亿 with no unit after it, money when
	// the words before it speak of money (资金250万). Groups as figureRe's 1,
	// 2, 4, 5, 6.
	bareMoneyRe = regexp.MustCompile(qualBefore + `(` + num + `)[ \t]?(多|余|几)?(个?[万亿])?(多|余)?`)

	// sessionRe is a sitting of a people's congress. Groups: 1 term, 2 sitting.
	// The body may be named by its level after the term: 十四届全国人大一次会议,
	// 十三届省人大三次会议.
	sessionRe = regexp.MustCompile(`(?:[镇乡县区市鎮鄉縣區]?第?(` + sessNum + `)[届屆])?(?:全国|全國|省|自治区|自治區|[镇乡县区市州鎮鄉縣區])?(?:人民代表大会|人民代表大會|人代会|人代會|人大)第?(` + sessNum + `)次(?:全体|全體)?(?:会议|會議)`)
	// sessionShortRe is 二届五次人代会, 十届二次会议 after 人大. Groups: 1 term, 2 sitting.
	sessionShortRe = regexp.MustCompile(`第?(` + sessNum + `)[届屆]第?(` + sessNum + `)次(?:镇|乡|鎮|鄉)?(?:人民代表大会|人民代表大會|人代会|人代會|人大会议|人大會議|全体会议|会议|會議)`)

	// dateRe is a date with a month: [year] month [day] [part]. Groups: 1
	// year written out, 2 relative year (今/本/去/上/明/前/下), 3 month, 4 day, 5
	// 日 or 号 (a day without it, or after 的, is checked in code), 6 part.
	dateRe = regexp.MustCompile(`(?:(` + dateYearNum + `)[ \t]?年(?:度)?|(今|本|去|上|明|前|下)年(?:度)?)?[ \t]?(` + monthNum + `)[ \t]?月(?:份)?[ \t]?(?:的?(` + dayNum + `)[ \t]?([日号號])?)?(月?底|月?初|月?末|上旬|中旬|下旬)?`)
	// monthSpanRe is a span of months written with one 月: 1-9月份, 2019年2——4月.
	// Groups: 1 year, 2 relative year, 3 first month, 4 last month.
	monthSpanRe = regexp.MustCompile(`(?:(` + dateYearNum + `)[ \t]?年|(今|本|去|上|明|前|下)年)?(` + monthNum + `)[ \t]*(?:-|－|—{1,2}|–|~|～|至|到)[ \t]*(` + monthNum + `)[ \t]?月(?:份)?`)
	// dayOnlyRe is a day without its month, in Arabic digits: 于29日召开,
	// 12号 (一日, 三日 are as often durations). Groups: 1 day, 2 日 or 号.
	dayOnlyRe = regexp.MustCompile(`(3[01]|[12][0-9]|0?[1-9])([日号號])`)
	// isoDateRe is 2024-12-21, 2024/12/21, 2024.12.21.
	isoDateRe = regexp.MustCompile(`([12][0-9]{3})([-/.])([0-9]{1,2})([-/.])([0-9]{1,2})`)
	// dmyDateRe is a day, month and year in digits, as written outside
	// China: 13.5.2015, 3-7-2017, 1/2/2020, and with a two-digit year
	// after slashes, 05/05/89. Groups: 1 day (or month), 2 separator, 3
	// month (or day), 4 separator, 5 year.
	dmyDateRe = regexp.MustCompile(`([0-9]{1,2})([-/.])([0-9]{1,2})([-/.])((?:19|20)[0-9]{2}|[0-9]{2})`)
	// dotDayRe is a month and day joined by a middle dot, as events are
	// named: 6·30, 12·4. Groups: 1 month, 2 day.
	dotDayRe = regexp.MustCompile(`(1[0-2]|0?[1-9])[·•・](3[01]|[12][0-9]|0?[1-9])`)
	// paddedDayRe is a month and day in two digits each, the month with
	// its 0: 09-01, 03/03 (10-15 is as often a range). Groups: 1 month, 2
	// day.
	paddedDayRe = regexp.MustCompile(`(0[1-9])[-/](0[1-9]|[12][0-9]|3[01])`)
	// dayRe is a day alone, continuing a date before it (3月28日至31日).
	dayRe = regexp.MustCompile(`^[ \t]?(?:至|到|-|－|—|～|~|、|，|,|和|及|或)[ \t]?(` + dayNum + `)[ \t]?[日号號]`)
	// yearRe is a year alone: 2024年, 二〇二四年, XX年, and two digits that
	// cannot be a span of years (07年, 98年, 一五年 but not 二三年; checked
	// in code). Groups: 1 year.
	yearRe = regexp.MustCompile(`(` + yearNum + `|0[0-9]|[5-9][0-9]|[零〇○一二三四五六七八九]{2})[ \t]?年`)
	// yearPartRe is a part of a year: [year] 上半年, year 初/底/末, [year]
	// 一季度 [初/末], [year] 前三季度. Groups: 1 year written out, 2
	// relative year, 3 上/下/前/后 of a half, 4 初/底/末, 5 quarter, 6 its
	// part, 7 the number of quarters from the start of the year, 8 the
	// number of months from the start of the year (2022年前十一个月), 9
	// season (今年春季), 10 month by its order (2021年的第三个月), 11 首 of
	// the first month (2005年首月).
	yearPartRe = regexp.MustCompile(`(?:(` + dateYearNum + `)[ \t]?年(?:度)?|(今|本|去|上|明|前|下)年(?:度)?)?的?(?:([上下前后])个?半年|年?(初|底|末|伊始)|第?([一二三四1-4首]|[Qq][1-4])季度(初|末|底)?|前([一二三两1-3])个?季度|前([一二三四五六七八九十两]{1,2}|[1-9]|1[01])个?月|([春夏秋冬])(?:季|天)|第([一二三四五六七八九十]{1,3}|[1-9]|1[0-2])个月|(首)月)`)
	// docNumberRe is the year and number of an official document:
	// 鄂办发[2017]40号, 〔2017〕3号, [XX]4号.
	docNumberRe = regexp.MustCompile(`[\[〔【(（［][ \t]*(?:(?:19|20)[0-9]{2}|` + mask + `)[ \t]*[\]〕】)）］][ \t]*(?:第[ \t]*)?(?:[0-9]+|` + mask + `)[ \t]*号`)
	// phoneRe is a telephone number.
	phoneRe = regexp.MustCompile(`(?:\(?0[0-9]{2,3}\)?[-－ ]?)?[0-9]{7,8}|1[3-9][0-9]{9}|[0-9]{3,4}-[0-9]{3,4}-[0-9]{4}`)
	// timeRe is a clock time after a date: page metadata, not a fact.
	timeRe = regexp.MustCompile(`^[ \t]*[0-9]{1,2}[:：][0-9]{2}`)
	// secondsRe is the seconds of a clock time, after its minutes.
	secondsRe = regexp.MustCompile(`^[:：][0-9]{2}`)
	// metaLineRe marks a line of page metadata: publication time, source, views.
	metaLineRe = regexp.MustCompile(`(?:发布|更新|录入|上传|发表|修改)(?:时间|日期)|浏览(?:次数|量)?[:：]|点击(?:数|量|率)?[:：]|来源[:：]|阅读(?:数|量|次数)?[:：]|作者[:：]`)
	// urlRe is a web address: its digits and %XX escapes are not figures.
	urlRe = regexp.MustCompile(`(?i)(?:https?://|www\.)[!-~]+`)
	// headingRe is a top-level heading: 七、2020年工作打算, 第二篇：…, and
	// one that heads a paragraph (四、下步工作打算。一是…), up to its stop.
	headingRe = regexp.MustCompile(`(?m)^[ \t　]*(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+[篇部章])(?:[^\n]{0,40}$|[^\n。：:；;，,]{1,24}[。：:])`)
	// planHeadingRe names a section of plans rather than work done.
	planHeadingRe = regexp.MustCompile(`打算|思路|设想|展望|下一步|明年|今后|工作计划|工作安排|工作要点`)
	// paragraphPlanRe names plans outright in a heading that heads its
	// paragraph.
	paragraphPlanRe = regexp.MustCompile(`打算|设想|展望|工作计划|工作安排|工作要点|明年|(?:下一步|下步|今后)(?:的)?工作|(?:19|20)[0-9]{2}年(?:的)?工作(?:思路|重点|目标)`)
	// pageRe is a page number: 第1页, 共3页.
	pageRe = regexp.MustCompile(`[第共][ \t]?[0-9一二三四五六七八九十百]+[ \t]?页`)
)

const (
	sessNum = `[0-9]+|[一二三四五六七八九十〇零两壹贰叁肆伍陆柒捌玖拾]+|[xX×＊*Ｘｘ]{1,2}`
	yearNum = `(?:19|20)[0-9]{2}|(?:19|20)[0-9]?[xX×＊*Ｘｘ]{1,2}|[一二三四五六七八九〇○零]{4}|(?:一九|二[〇○零0O])[一二三四五六七八九〇○零0O]{2}|[两二一]千(?:零(?:[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])|[一二]十[一二三四五六七八九]?)?|[xX×＊*Ｘｘ]{2,4}`
	// dateYearNum is a year before a month: also 1357, and two digits (98年4月).
	dateYearNum = `[12][0-9]{3}|(?:19|20)[0-9]?[xX×＊*Ｘｘ]{1,2}|[0-9]{2}|[一二三四五六七八九〇○零]{3,4}|(?:一九|二[〇○零0O])[一二三四五六七八九〇○零0O]{2}|[两二一]千(?:零(?:[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])|[一二]十[一二三四五六七八九]?)?|[一二三四五六七八九〇○零]{2}|[xX×＊*Ｘｘ]{2,4}`
	monthNum    = `1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|元|[xX×＊*Ｘｘ]{1,2}`
	dayNum      = `3[01]|[12][0-9]|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|廿[一二三四五六七八九]?|[一二三四五六七八九]|[xX×＊*Ｘｘ]{1,2}`
)
