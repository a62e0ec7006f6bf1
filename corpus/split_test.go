package corpus

import (
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
