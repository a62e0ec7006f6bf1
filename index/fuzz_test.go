package index

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzQuery checks that no query makes parsing, analysis or highlighting
// panic, and that a fragment is valid UTF-8.
func FuzzQuery(f *testing.F) {
	for _, s := range []string{
		"办结率", `"代表活动站" township:青石镇`, "year:>=2020 completion_rate:<90", `"办结率`, `a\`, "-率 +代表^2 办~1",
		"township:", "：“”", `title:"情况 报告"`, "year:>", "办*", "/办.*/",
	} {
		f.Add(s, "全年办结率95%，满意率100%。\n办结工作率先完成<b>")
	}
	f.Fuzz(func(t *testing.T, q, text string) {
		p, err := parseQuery(q)
		if err != nil {
			return
		}
		for _, tk := range (ngrams{query: true}).Tokenize([]byte(q)) {
			if tk.Start < 0 || tk.End > len(q) || tk.Start >= tk.End {
				t.Fatalf("token %q at [%d,%d) out of %q", tk.Term, tk.Start, tk.End, q)
			}
		}
		for _, fr := range fragments(text, p.marks, 3) {
			if utf8.ValidString(text) && !utf8.ValidString(fr) {
				t.Fatalf("fragment %q of %q is not UTF-8", fr, text)
			}
			if strings.Count(fr, "<mark>") != strings.Count(fr, "</mark>") {
				t.Fatalf("fragment %q: unbalanced marks", fr)
			}
		}
	})
}
