package corpus

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/internal/runerange"
)

func TestHeadGuard(t *testing.T) {
	for _, tc := range []struct {
		re      string
		guarded bool   // first bytes worked out
		first   string // characters that must be among the first
		notIn   string // characters that must not be
	}{
		{`^abc`, true, "a", "bA0"},
		{`^(?:ab|cd|【?打印】?)`, true, "ac【打", "b印分"},
		{`^\d{1,4}\s*/`, true, "0123456789", "a "},
		{`^[A-Za-z][a-z]*$`, true, "aZ", "0_"},
		{`^[^a]`, true, "b\ufffd", "a"}, // a byte not UTF-8 reads as RuneError
		{`^(?i)abc`, true, "aA", "b"},   // folded into a class
		{`^a?b`, true, "ab", "c"},
		{`^[Pp]age`, true, "Pp", "a"},
		{`^(?i)k`, true, "kK\u212a", "a"}, // and the Kelvin sign
		{`^a*`, false, "", ""},            // may match the empty text
		{`abc`, false, "", ""},            // not anchored
		{`^\babc`, false, "", ""},         // zero-width: not worked out
		{`(?m)^abc`, false, "", ""},
	} {
		g := newHeadGuard(regexp.MustCompile(tc.re))
		if (g.first != nil) != tc.guarded {
			t.Errorf("%s: guarded %v, want %v", tc.re, g.first != nil, tc.guarded)
			continue
		}
		if g.first == nil {
			continue
		}
		for _, c := range tc.first {
			if !inRanges(g.first, c) {
				t.Errorf("%s: %q not among the first bytes", tc.re, c)
			}
		}
		for _, c := range tc.notIn {
			if inRanges(g.first, c) {
				t.Errorf("%s: %q among the first bytes", tc.re, c)
			}
		}
	}
	for _, re := range []*regexp.Regexp{pageMarker, boilerShortHead, userName, relatedHead} {
		if newHeadGuard(re).first == nil {
			t.Errorf("%s: no guard", re)
		}
	}
}

// TestHeadGuardLines checks that the guarded regexps of isBoilerplate
// match the same lines as the regexps: the lines of the files under
// examples/ and of the corpus tests, and lines made to begin with each
// alternative.
func TestHeadGuardLines(t *testing.T) {
	lines := []string{"", "\xff分享到", "\xffabc", "分享到：微信", "【打印】", "打印】", "首页 > 新闻", "©2024", "(c) 2024",
		"Copyright 2024", "1/22", "第 1 页 共 15 页", "- 3 -", "—3—", "3", "Page 2 of 5", "hl_rdb2020", "_x",
		"上一篇：", "上一页", "相关文章", "您现在的位置", "共 15 页，第 1 页", "一、工作开展情况"}
	for _, dir := range []string{"../examples", "testdata"} {
		filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
				return nil
			}
			b, err := os.ReadFile(path)
			if err == nil {
				for l := range strings.Lines(string(b)) {
					l = strings.TrimSpace(l)
					lines = append(lines, l, cleanLine(l))
				}
			}
			return nil
		})
	}
	if len(lines) < 500 {
		t.Fatalf("only %d lines to check", len(lines))
	}
	for _, re := range []*regexp.Regexp{pageMarker, boilerShortHead, userName, relatedHead} {
		g := newHeadGuard(re)
		for _, l := range lines {
			if got, want := g.MatchString(l), re.MatchString(l); got != want {
				t.Errorf("%s on %q: %v, want %v", re, l, got, want)
			}
		}
	}
}

func TestInRanges(t *testing.T) {
	ranges := runerange.Merge([]rune{'x', 'z', 'a', 'a', 'c', 'e', 'd', 'g', 'h', 'h'})
	if want := []rune{'a', 'a', 'c', 'h', 'x', 'z'}; !slices.Equal(ranges, want) {
		t.Fatalf("runerange.Merge: %q, want %q", ranges, want)
	}
	for r := rune(0); r < 128; r++ {
		want := r == 'a' || r >= 'c' && r <= 'h' || r >= 'x' && r <= 'z'
		if got := inRanges(ranges, r); got != want {
			t.Errorf("inRanges(%q) = %v", r, got)
		}
	}
}
