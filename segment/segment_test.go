package segment

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

func mustShared(tb testing.TB) *Segmenter {
	tb.Helper()
	s, err := Shared()
	if err != nil {
		tb.Fatalf("Shared() error: %v", err)
	}
	return s
}

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// TestFiguresStayWhole checks the merge rule: a number keeps its decimal
// part, its multiplier and its unit.
func TestFiguresStayWhole(t *testing.T) {
	s := mustShared(t)
	tests := []struct {
		name, text, want string
	}{
		{"count", "办结11件", "11件"},
		{"full-width percent", "办结率95％", "95％"},
		{"percent", "满意率达98%", "98%"},
		{"decimal percent", "占93.5%", "93.5%"},
		{"money in wan", "资金250万元", "250万元"},
		{"person-times", "走访132人次", "132人次"},
		{"approximate", "办实事600余件", "600余件"},
		{"thousands", "投入1,200元", "1,200元"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := texts(s.Tokens(tc.text))
			found := false
			for _, g := range got {
				found = found || g == tc.want
			}
			if !found {
				t.Errorf("Tokens(%q) = %q, want a token %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestDomainWords checks that the domain dictionary wins over gse's.
func TestDomainWords(t *testing.T) {
	s := mustShared(t)
	for _, w := range []string{"人大主席团", "办结率", "满意率", "来信来访", "代表联络站", "七站八所"} {
		text := "今年" + w + "工作"
		got := texts(s.Tokens(text))
		if !strings.Contains("|"+strings.Join(got, "|")+"|", "|"+w+"|") {
			t.Errorf("Tokens(%q) = %q, want the word %q whole", text, got, w)
		}
	}
}

// TestTraditionalDomainWords checks that the traditional forms of the
// domain words stay whole: only gse's simplified dictionary is loaded.
func TestTraditionalDomainWords(t *testing.T) {
	s := mustShared(t)
	for _, w := range []string{"主席團會議", "辦結率", "人代會", "人大主席團", "滿意率", "來信來訪", "代表聯絡站"} {
		text := "全年" + w + "工作"
		got := texts(s.Tokens(text))
		if !strings.Contains("|"+strings.Join(got, "|")+"|", "|"+w+"|") {
			t.Errorf("Tokens(%q) = %q, want the word %q whole", text, got, w)
		}
	}
}

// TestOffsets checks that every token's text is its span of the input.
func TestOffsets(t *testing.T) {
	s := mustShared(t)
	text := "会上共收到代表提出的议案、建议共11份，办结率95％。\n今年四月底召开。"
	end := 0
	for _, tok := range s.Tokens(text) {
		if tok.Start < end || tok.End > len(text) || text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %+v out of place in %q", tok, text)
		}
		end = tok.End
	}
}

// TestSharedConcurrent uses the shared segmenter from several goroutines;
// run with -race.
func TestSharedConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := mustShared(t)
			if n := len(s.Tokens("镇人大主席团召开了12次主席团会议")); n == 0 {
				t.Error("no tokens")
			}
		}()
	}
	wg.Wait()
	a, _ := Shared()
	b, _ := Shared()
	if a != b {
		t.Error("Shared() built two segmenters")
	}
}

func ExampleSegmenter_Tokens() {
	s, err := Shared()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range s.Tokens("办结率95％，资金250万元") {
		fmt.Printf("%s[%d,%d) ", t.Text, t.Start, t.End)
	}
	fmt.Println()
	// Output:
	// 办结率[0,9) 95％[9,14) ，[14,17) 资金[17,23) 250万元[23,32)
}
