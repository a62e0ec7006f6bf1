package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/internal/golden"
	"github.com/zongjie/zongjie/segment"
)

var update = flag.Bool("update", false, "rewrite the facts of testdata/*.txtar")

// factLines writes facts as sorted TSV: kind, metric, value, unit,
// line:col (1-based; col counts runes), text.
func factLines(text string, facts []Fact) string {
	var lines []string
	for _, f := range facts {
		line := 1 + strings.Count(text[:f.Start], "\n")
		col := 1 + utf8.RuneCountInString(text[strings.LastIndexByte(text[:f.Start], '\n')+1:f.Start])
		lines = append(lines, strings.Join([]string{f.Kind, dash(f.Metric), valueText(f), dash(f.Unit), fmt.Sprintf("%d:%d", line, col), f.Text}, "\t"))
	}
	sort.Strings(lines)
	if len(lines) == 0 {
		return ""
	}
	return strings.Join(lines, "\n") + "\n"
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// valueText writes a fact's value: a number, a date, lo~hi for a range,
// the term and sitting of a session (2/5), "?" for a masked figure; a
// qualifier other than exact follows after a space.
func valueText(f Fact) string {
	var v string
	switch {
	case f.Kind == KindDate:
		v = dash(f.Date)
		if f.DatePart != "" {
			v += "(" + f.DatePart + ")"
		}
	case f.Min != nil && f.Max != nil:
		v = numText(*f.Min) + "~" + numText(*f.Max)
	case f.Value != nil:
		v = numText(*f.Value)
	default:
		v = "?"
	}
	if f.Kind == KindSession {
		t := "-"
		if f.Term != nil {
			t = strconv.Itoa(*f.Term)
		}
		v = t + "/" + v
	}
	if f.Masked {
		v += " masked"
	}
	if f.Qualifier != "" && f.Qualifier != Exact {
		v += " " + f.Qualifier
	}
	return v
}

func numText(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// TestGolden runs each testdata/*.txtar: its "input" section (and an
// optional "year") through Extract and compares with its "facts" section.
// go test ./extract -update rewrites the facts.
func TestGolden(t *testing.T) {
	seg, err := segment.Shared()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no testdata/*.txtar")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			a := golden.Parse(string(data))
			input, ok := a.Get("input")
			if !ok {
				t.Fatal("no input section")
			}
			doc := &corpus.Document{Text: input}
			if y, ok := a.Get("year"); ok {
				doc.Year, _ = strconv.Atoi(strings.TrimSpace(y))
			}
			got := factLines(input, Extract(doc, seg.Tokens(input)))
			if *update {
				a.Set("facts", got)
				if err := os.WriteFile(file, a.Format(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, _ := a.Get("facts")
			if got != want {
				t.Errorf("facts differ (go test ./extract -update rewrites them)\n--- got\n%s--- want\n%s", got, want)
			}
		})
	}
}
