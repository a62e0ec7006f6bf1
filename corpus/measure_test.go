package corpus

import (
	"os/exec"
	"strings"
	"testing"
)

// wrapRunes cuts text into lines of at most n runes, as a PDF page does.
func wrapRunes(text string, n int) []string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		rs := []rune(para)
		for len(rs) > n {
			out = append(out, string(rs[:n]))
			rs = rs[n:]
		}
		out = append(out, string(rs))
	}
	return out
}

// TestReadPDFWrapped reads a PDF whose paragraphs are wrapped at a fixed
// width over two pages with a page number at each foot: the paragraphs
// come back whole, the page numbers go, and each line maps to its page
// line.
func TestReadPDFWrapped(t *testing.T) {
	for _, tool := range []string{"pdftotext", "builtin"} {
		t.Run(tool, func(t *testing.T) {
			if _, err := exec.LookPath(tool); err != nil && tool == "pdftotext" {
				t.Skip("pdftotext not found: install poppler-utils (apt-get install poppler-utils) to test PDF reading with it")
			}
			testPDFWrapped(t, tool)
		})
	}
}

func testPDFWrapped(t *testing.T, tool string) {
	paras := []string{
		"白沙镇人大主席团2024年工作总结",
		"一、依法履职，开好人代会",
		"今年白沙镇人大主席团在镇党委的领导下，依法召开了镇第十八届人民代表大会第四次会议，审议通过了政府工作报告等六项报告，代表们提出建议二十三件，会后全部交由镇政府办理，办结率达到百分之百。",
		"二、加强监督，推动重点工作",
		"全年组织代表视察活动7次，重点围绕乡村道路建设、农村饮水安全和集镇环境整治开展视察，提出意见建议41条，有关部门已整改落实36条，其余5条正在办理之中。",
		"白沙镇人大主席团",
		"2024年12月18日",
	}
	lines := wrapRunes(strings.Join(paras, "\n"), 24)
	half := len(lines) / 2
	pages := [][]string{append(append([]string{}, lines[:half]...), "1"), append(append([]string{}, lines[half:]...), "2")}
	docs, err := Read("wrapped.pdf", makePDFOpt(t, pages, true), Options{PDFToText: tool})
	if err != nil {
		t.Fatal(err)
	}
	checkDocs(t, docs)
	if got, want := docs[0].Text, strings.Join(paras, "\n"); got != want {
		t.Errorf("text:\n%s\nwant:\n%s", got, want)
	}
	d := docs[0]
	if d.Township != "白沙镇" || d.Year != 2024 || d.Date != "2024-12-18" {
		t.Errorf("metadata %q %d %q", d.Township, d.Year, d.Date)
	}
	// The sentence containing 41条 starts on a later source line than the
	// paragraph's first line.
	off := strings.Index(d.Text, "41条")
	if l := d.Line(off); l <= d.Line(strings.Index(d.Text, "全年组织")) {
		t.Errorf("Line(41条) = %d, not after the paragraph's first line", l)
	}
}

// TestReadHTMLLayouts reads the main text from layouts archived pages use:
// an old table layout with <br> line breaks, and a page whose sidebar of
// related links holds more characters than the article.
func TestReadHTMLLayouts(t *testing.T) {
	body := []string{
		"一年来，龙泉镇人大主席团在镇党委的领导下，共召开主席团会议6次。",
		"全年收到代表建议14件，办结率达到100%，代表满意率为96%。",
	}
	var links strings.Builder
	for i := 0; i < 30; i++ {
		links.WriteString(`<li><a href="/x">某某村二〇二三年度党建工作总结和明年工作计划范文</a></li>`)
	}
	tests := []struct{ name, page string }{
		{"table and br", `<html><body><table><tr><td class="left"><a href="/">首页</a></td></tr>
<tr><td><font size="3">` + body[0] + `<br>` + body[1] + `<br></font></td></tr></table></body></html>`},
		{"article split over sibling blocks", `<html><body><div class="nav"><a href="/">首页</a> <a href="/a">工作动态</a></div><div class="main">` +
			`<div class="con1"><p>` + body[0] + `</p><p>同时，主席团坚持每季度听取一次镇政府重点工作情况汇报，组织代表开展专题视察，推动了各项工作落实。</p></div>` +
			`<div class="con2"><p>` + body[1] + `</p><p>代表们普遍反映，办理工作态度认真、措施有力，取得了较好的效果，群众满意度明显提升。</p></div>` +
			`<div class="rel"><a href="/x">某某村二〇二三年度党建工作总结范文</a><a href="/y">某某社区工作计划范文</a></div></div></body></html>`},
		{"heavy sidebar", `<html><body><div class="wrap"><div class="article"><h2>标题</h2><div>` +
			`<p>` + body[0] + `</p><p>` + body[1] + `</p></div></div><div class="list"><ul>` + links.String() + `</ul></div></div></body></html>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Read("p.html", []byte(tt.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := docs[0].Text
			for _, b := range body {
				if !strings.Contains(got, b) {
					t.Errorf("text %q lacks %q", got, b)
				}
			}
			if strings.Contains(got, "范文") || strings.Contains(got, "首页") {
				t.Errorf("text %q holds navigation", got)
			}
		})
	}
}

func TestTitleHead(t *testing.T) {
	tests := []struct{ in, want string }{
		{"龙泉镇人大主席团2023年工作总结_某某范文网", "龙泉镇人大主席团2023年工作总结"},
		{"柳树乡人民政府--柳树乡人大主席团二〇一一年工作总结", "柳树乡人大主席团二〇一一年工作总结"},
		{"某某网 | 工作报告", "工作报告"},
		{"首页 - 某某网", "首页"},
	}
	for _, tt := range tests {
		if got := titleHead(tt.in); got != tt.want {
			t.Errorf("titleHead(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
