package extract

import "strings"

// simplifier maps the Traditional characters of the cue words and units
// to their Simplified forms, so that one rule table serves both scripts.
var simplifier = strings.NewReplacer(
	"團", "团", "會", "会", "議", "议", "來", "来", "訪", "访", "辦", "办", "結", "结",
	"滿", "满", "視", "视", "調", "调", "檢", "检", "評", "评", "測", "测", "發", "发",
	"現", "现", "問", "问", "題", "题", "見", "见", "聯", "联", "繫", "系", "選", "选",
	"實", "实", "學", "学", "習", "习", "訓", "训", "動", "动", "職", "职", "屆", "届",
	"個", "个", "條", "条", "項", "项", "場", "场", "戶", "户", "億", "亿", "萬", "万",
	"鎮", "镇", "鄉", "乡", "級", "级", "導", "导", "處", "处", "務", "务", "衛", "卫",
	"幹", "干", "報", "报", "類", "类", "專", "专", "執", "执", "達", "达",
	"數", "数", "對", "对", "幫", "帮", "們", "们", "這", "这", "為", "为",
	"與", "与", "參", "参", "組", "组", "織", "织", "開", "开",
	"設", "设", "點", "点", "絡", "络", "員", "员", "徵", "征",
	"蒐", "搜", "復", "复", "覆", "复", "應", "应", "須", "须", "規", "规",
	"劃", "划", "爭", "争", "擬", "拟", "計", "计", "畫", "画",
	"陣", "阵", "匯", "汇", "總", "总", "隱", "隐", "眾", "众", "難", "难",
	"門", "门", "單", "单", "輪", "轮", "協", "协", "決", "决", "際", "际",
	"將", "将", "準", "准", "備", "备", "沒", "没", "無", "无", "從", "从",
	"階", "阶", "進", "进", "繼", "继", "續", "续", "舉", "举", "確", "确",
	"種", "种", "約", "约", "過", "过", "於", "于",
)

// simplify returns s with the Traditional characters of simplifier in
// their Simplified form; byte lengths may change, so use it only on text
// that is searched, never on text whose offsets matter.
func simplify(s string) string { return simplifier.Replace(s) }
