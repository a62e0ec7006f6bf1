// Command gen writes a corpus of fictional township People's Congress
// summaries for benchmarks: varied townships, years and figures, several
// encodings, multi-part files, boilerplate lines, placeholders and
// full-width digits. The same -n and -seed always give the same corpus.
//
//	go run ./bench/gen -n 10000 -o /tmp/corpus
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func main() {
	n := flag.Int("n", 10000, "number of documents")
	out := flag.String("o", "", "output folder (created)")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if *out == "" || *n < 1 {
		fmt.Fprintln(os.Stderr, "usage: go run ./bench/gen -n 10000 -o DIR")
		os.Exit(2)
	}
	g := &gen{r: rand.New(rand.NewPCG(*seed, 2026))}
	files, bytesOut, err := g.write(*out, *n)
	if err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "gen: %d documents in %d files, %.1f MB → %s\n", *n, files, float64(bytesOut)/(1<<20), *out)
}

type gen struct {
	r *rand.Rand
}

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }
func (g *gen) between(lo, hi int) int  { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }

var (
	head = []string{"青石", "白塔", "柳河", "南湾", "石门", "东岗", "桃源", "清水", "龙潭", "花桥", "新田", "黄土",
		"双河", "永安", "长岭", "高坪", "杨柳", "梅溪", "金鸡", "凤凰", "大坝", "枫林", "响水", "平安", "三合",
		"太平", "银杏", "马鞍", "红岩", "沙坪", "茶园", "观音", "回龙", "兴隆", "安乐", "富民", "古城"}
	kind   = []string{"镇", "镇", "镇", "乡", "乡", "街道"}
	organs = map[string]string{"镇": "人大主席团", "乡": "人大主席团", "街道": "人大工委"}
	party  = map[string]string{"镇": "镇党委", "乡": "乡党委", "街道": "街道党工委"}
	terms  = []string{"十八", "十九", "二十", "二十一"}
	nth    = []string{"一", "二", "三", "四", "五"}
	months = []string{"1", "2", "3", "11", "12"}
	topics = []string{"茶叶产业基地建设", "农村公路安保工程", "乡卫生院改扩建", "人居环境整治", "义务教育均衡发展",
		"高标准农田建设", "饮水安全工程", "乡村振兴示范点", "河长制落实", "农村危房改造", "集镇污水处理", "特色小镇规划"}
	boiler = []string{"来源：XX县人大网　　发布时间：{Y}-12-28　　浏览次数：{N}", "【打印本页】　【关闭窗口】",
		"当前位置：首页 > 工作动态 > 乡镇人大", "字号：大 中 小", "分享到：微信 微博 QQ空间", "责任编辑：{N}"}
	problems = []string{
		"一是代表履职能力有待进一步提高，部分代表闭会期间参加活动不够经常；",
		"二是监督工作的刚性不足，跟踪问效还不够到位；",
		"三是代表建议办理的质量有待提升，个别建议答复后落实不够及时；",
		"四是主席团自身建设有待加强，工作制度还需进一步完善。",
	}
	openers = []string{
		"%d年，%s%s在%s的坚强领导下，在县人大常委会的指导下，紧紧围绕全%s中心工作，依法履行职责，各项工作取得了新成效。",
		"今年以来，%[2]s%[3]s在%[4]s的领导下，坚持党的领导、人民当家作主和依法治国有机统一，扎实推进各项工作。现将%[1]d年工作总结如下。",
		"%d年是全面贯彻落实党的二十大精神的关键之年。一年来，%s%s在%s的正确领导下，认真履行宪法和法律赋予的职责，全%s人大工作有序开展。",
	}
)

// num writes a count the way summaries do: Arabic, full-width, Chinese
// numerals, or masked.
func (g *gen) num(v int) string {
	switch x := g.r.IntN(20); {
	case x < 12:
		return fmt.Sprint(v)
	case x < 15:
		return fullWidth(fmt.Sprint(v))
	case x < 18 && v < 100:
		return chinese(v)
	case x < 19:
		return "××"
	default:
		return "XX"
	}
}

func fullWidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r += '０' - '0'
		} else if r == '.' {
			r = '．'
		} else if r == '%' {
			r = '％'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func chinese(v int) string {
	d := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case v == 2:
		return "两"
	case v < 10:
		return d[v]
	case v < 20:
		if v == 10 {
			return "十"
		}
		return "十" + d[v%10]
	case v%10 == 0:
		return d[v/10] + "十"
	default:
		return d[v/10] + "十" + d[v%10]
	}
}

func (g *gen) boiler(year int) string {
	return strings.NewReplacer("{Y}", fmt.Sprint(year), "{N}", fmt.Sprint(g.between(100, 9999))).Replace(g.pick(boiler))
}

func (g *gen) rate(done, total int) string {
	s := fmt.Sprintf("%.1f%%", 100*float64(done)/float64(total))
	if g.chance(0.2) {
		return fullWidth(s)
	}
	return s
}

// doc writes one summary.
func (g *gen) doc(town, k string, year int, masked bool) string {
	org := organs[k]
	place := town + k
	yearS := fmt.Sprint(year)
	if masked {
		place, yearS = "某"+k, "20XX"
	}
	var b strings.Builder
	line := func(format string, a ...any) { fmt.Fprintf(&b, format+"\n", a...) }
	line("%s%s%s年工作总结", place, org, yearS)
	if g.chance(0.3) {
		line("%s", g.boiler(year))
	}
	line(g.pick(openers), year, place, org, party[k], k)
	sec := 0
	section := func(title string) {
		line("%s、%s", nth[sec%len(nth)], title)
		sec++
	}
	term, sess := g.pick(terms), g.between(1, 5)
	section("依法召开人代会，保障代表依法行使职权")
	line("今年%s月，%s第%s届人民代表大会第%s次会议胜利召开，审议通过了政府工作报告、财政预算报告等，对全年重点工作作出安排。",
		g.pick(months), place, term, chinese(sess))
	total := g.between(8, 60)
	done := total - g.between(0, total/6)
	if masked && g.chance(0.5) {
		line("会议期间，共收到代表议案、建议共××件，已办结××件，办结率XX%%。")
	} else {
		line("会议期间，共收到代表议案、建议共%s件。主席团将建议逐件交%s政府办理，到年底办结%s件，办结率%s，代表满意率%s。",
			g.num(total), k, g.num(done), g.rate(done, total), g.rate(g.between(85, 100), 100))
	}
	section("规范主席团运作")
	line("全年召开主席团会议%s次，研究人代会筹备、代表建议督办和代表活动安排等事项。", g.num(g.between(3, 12)))
	if g.chance(0.5) {
		line("召开主席团成员与代表联系会%s次，听取代表意见%s条。", g.num(g.between(1, 6)), g.num(g.between(10, 90)))
	}
	section("围绕中心开展监督")
	for range g.between(2, 5) {
		t := g.pick(topics)
		line("主席团组织代表视察调研%s次，重点对%s进行了视察，提出意见建议%s条，争取上级资金%d万元。",
			g.num(g.between(1, 9)), t, g.num(g.between(3, 40)), g.between(20, 900))
		line("视察中，代表们深入项目现场，认真听取相关部门的情况汇报，实地查看工程进度和资金使用情况，对存在的问题提出了具体的整改意见，推动%s按期完成。", t)
	}
	line("开展执法检查%s次，对《中华人民共和国农业法》《中华人民共和国环境保护法》贯彻情况进行检查。", g.num(g.between(1, 5)))
	section("联系代表和选民")
	line("主席团要求每名代表每年至少参加%s次代表活动。全年全%s代表联系选民%d人次以上，收集意见建议近百条。",
		g.num(g.between(2, 4)), k, g.between(300, 3000))
	line("主席团全年接待来信来访%s件，全部办结，无越级上访。", g.num(g.between(2, 30)))
	if g.chance(0.6) {
		line("全%s代表积极为群众办好事，全年为民办实事%s件，办结率%s。", k, g.num(g.between(10, 60)), g.rate(g.between(80, 100), 100))
	}
	section("加强学习培训")
	line("全年组织代表学习培训%s次，参训代表%d人次，代表依法履职的能力进一步增强。", g.num(g.between(2, 8)), g.between(40, 400))
	for range g.between(0, 4) {
		line("%s年%d月，组织代表赴%s%s学习考察%s，进一步开阔了视野。", yearS, g.between(3, 11), g.pick(head), g.pick(kind), g.pick(topics))
	}
	line("%d年，主席团将继续加强代表工作和自身建设，为%s的发展贡献力量。", year+1, place)
	section("存在的问题和下一步打算")
	line("一年来，主席团工作虽然取得了一定成效，但也存在一些不足：%s", strings.Join(problems[:g.between(2, 4)], ""))
	line("下一步，主席团将坚持以习近平新时代中国特色社会主义思想为指导，进一步加强代表工作，提升监督实效，确保代表建议件件有着落、事事有回音。")
	if g.chance(0.2) {
		line("%s", g.boiler(year))
	}
	line("%s%s", place, org)
	line("%s年%d月%d日", yearS, 12, g.between(1, 31))
	return b.String()
}

func (g *gen) write(out string, n int) (files int, size int64, err error) {
	for i := 0; i < n; {
		parts := 1
		if g.chance(0.1) {
			parts = min(g.between(2, 3), n-i)
		}
		year := g.between(2015, 2025)
		masked := g.chance(0.02)
		var text strings.Builder
		var name string
		for p := range parts {
			town, k := g.pick(head), g.pick(kind)
			y := year - p
			d := g.doc(town, k, y, masked && p == 0)
			if parts > 1 {
				fmt.Fprintf(&text, "第%s篇：", []string{"一", "二", "三"}[p])
			}
			text.WriteString(d)
			if p == 0 {
				name = fmt.Sprintf("%s%s%s%d年工作总结", town, k, organs[k], y)
				if parts > 1 {
					name = fmt.Sprintf("%s等%d篇", name, parts)
				}
			}
		}
		i += parts
		data, suffix := g.encode(text.String())
		dir := filepath.Join(out, fmt.Sprint(year))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return files, size, err
		}
		path := filepath.Join(dir, fmt.Sprintf("%s-%06d%s.txt", name, files, suffix))
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return files, size, err
		}
		files++
		size += int64(len(data))
	}
	return files, size, nil
}

// encode picks an encoding as archives mix them: mostly UTF-8 (some with a
// BOM and CRLF), some GB18030, some UTF-16LE with a BOM.
func (g *gen) encode(s string) ([]byte, string) {
	switch x := g.r.IntN(100); {
	case x < 12:
		b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
		if err == nil {
			return b, "-gbk"
		}
	case x < 18:
		u := utf16.Encode([]rune(strings.ReplaceAll(s, "\n", "\r\n")))
		var b bytes.Buffer
		b.Write([]byte{0xFF, 0xFE})
		for _, c := range u {
			b.WriteByte(byte(c))
			b.WriteByte(byte(c >> 8))
		}
		return b.Bytes(), "-utf16"
	case x < 25:
		return append([]byte("\xEF\xBB\xBF"), strings.ReplaceAll(s, "\n", "\r\n")...), ""
	}
	return []byte(s), ""
}
