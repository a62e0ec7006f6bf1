package corpus

import (
	"slices"
	"strings"
	"testing"
)

func linesOf(s string) []line {
	var ls []line
	for i, t := range strings.Split(s, "\n") {
		ls = append(ls, line{text: t, src: i + 1, key: dedupKey(t)})
	}
	return ls
}

func TestSubstantivePreamble(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"page title", "镇人大主席团工作总结(3篇)", false},
		{"title and source", "2022年乡人大工作总结\n来自：文秘之家", false},
		{"short lines", "人大工作\n总结汇报\n范文参考\n2023-01-04", false},
		{"one short sentence", "全镇人大工作取得新成效。", false},
		{"introduction", "下面是小编为您整理的乡镇人大主席团工作总结，供大家参考借鉴，欢迎阅读，希望对您有所帮助。", false},
		{"signature only", "桥头镇人大主席团\n2023年12月20日", false},
		{"a summary", "桥头镇人大主席团2023年工作总结\n今年以来，桥头镇人大主席团认真履行宪法和法律赋予的职责，召开主席团会议5次。\n全年收到代表建议20件，办结19件，满意率达到95%以上。", true},
		{"long unpunctuated prose", strings.Repeat("人大主席团组织代表开展视察调研活动", 5), true},
	}
	for _, tt := range tests {
		if got := substantivePreamble(linesOf(tt.text)); got != tt.want {
			t.Errorf("%s: substantivePreamble(%q) = %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}

func TestSplitPreambleNumbering(t *testing.T) {
	text := "乡镇人大工作总结汇编\n第一篇：甲山镇人大主席团2023年工作总结\n甲山镇人大主席团全年召开会议3次。\n第二篇：乙山镇人大主席团2023年工作总结\n乙山镇人大主席团全年召开会议4次。"
	docs := Split("a.txt", text)
	checkDocs(t, docs)
	if len(docs) != 2 || docs[0].Township != "甲山镇" || docs[0].Part != 1 || docs[1].Township != "乙山镇" || docs[1].Part != 2 {
		for _, d := range docs {
			t.Logf("%d/%d %q %q", d.Part, d.Parts, d.Title, d.Text)
		}
		t.Fatalf("want 甲山镇 as part 1 and 乙山镇 as part 2 of 2")
	}
	// Without part headings there is no preamble: a lone title stays.
	if docs := Split("b.txt", "乡镇人大工作总结汇编"); len(docs) != 1 {
		t.Errorf("a file holding only a title: %d documents, want 1", len(docs))
	}
}

// TestReadPagePreamble reads a saved web page whose header (the page's
// <h1>, a breadcrumb, a timestamp) stands above 第一篇: the summaries are
// parts 1 and 2, and the second takes its year from its date line.
func TestReadPagePreamble(t *testing.T) {
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>镇人大主席团工作总结(2篇)_工作总结_文秘网</title></head>
<body><div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/zj/">工作总结</a></div>
<div class="content"><h1>镇人大主席团工作总结(2篇)</h1>
<div class="info">2024-01-05 10:22 来源：网友投稿</div>
<p>第一篇：柳溪乡人大主席团2023年工作总结</p>
<p>2023年，柳溪乡人大主席团组织代表视察4次，收到代表建议18件，均已交办。全年召开主席团会议6次，听取和审议专项工作报告3个。</p>
<p>第二篇：梅岭乡人大主席团工作总结</p>
<p>——2023年12月28日在梅岭乡第五届人民代表大会第三次会议上</p>
<p>一年来，梅岭乡人大主席团召开主席团会议5次，开展执法检查2次。6月，组织代表对全乡道路建设进行了视察。</p>
</div></body></html>`
	docs, err := Read("page.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkDocs(t, docs)
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	a, b := docs[0], docs[1]
	if a.Part != 1 || a.Township != "柳溪乡" || a.Year != 2023 || len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0], "网页页头") {
		t.Errorf("part 1: %d %q %d %q", a.Part, a.Township, a.Year, a.Warnings)
	}
	if b.Part != 2 || b.Township != "梅岭乡" || b.Year != 2023 || b.Date != "2023-12-28" {
		t.Errorf("part 2: %d %q %d %q", b.Part, b.Township, b.Year, b.Date)
	}
}

// TestPageDate checks that pageDate finds what the two regexps find
// without its checks for a colon and a label.
func TestPageDate(t *testing.T) {
	for _, top := range []string{
		"", "青石镇人大主席团2023年工作总结",
		"2023-12-15 18:02", "2023/12/15 8:02:11 来源：本站", "时间 2023-12-15 18：02",
		"发布时间：2024-03-14", "发布日期:2023年12月15日", "更新日期： 2023.6.1", "录入时间2024-03-14",
		"发布时间 2024-03-14", "发布日期：二〇二三年", "会议时间：下午3:00", "2023-12-15 18:02\n发布时间：2024-03-14",
	} {
		want := pageMeta.FindStringSubmatch(top)
		if want == nil {
			want = pageDateRe.FindStringSubmatch(top)
		}
		if got := pageDate(top); !slices.Equal(got, want) {
			t.Errorf("pageDate(%q) = %q, want %q", top, got, want)
		}
	}
}
