package extract

import (
	"bytes"
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
	"github.com/zongjie/zongjie/segment"
)

var update = flag.Bool("update", false, "rewrite the facts of testdata/*.txtar")

// archive is a txtar file: a comment, then sections "-- name --".
type archive struct {
	comment  string
	sections []section
}

type section struct {
	name string
	data string
}

func parseArchive(data string) archive {
	var a archive
	cur := -1
	for _, ln := range strings.SplitAfter(data, "\n") {
		t := strings.TrimRight(ln, "\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			a.sections = append(a.sections, section{name: strings.TrimSpace(t[3 : len(t)-3])})
			cur = len(a.sections) - 1
			continue
		}
		if cur < 0 {
			a.comment += ln
		} else {
			a.sections[cur].data += ln
		}
	}
	return a
}

func (a archive) get(name string) (string, bool) {
	for _, s := range a.sections {
		if s.name == name {
			return s.data, true
		}
	}
	return "", false
}

func (a archive) format() []byte {
	var b bytes.Buffer
	b.WriteString(a.comment)
	for _, s := range a.sections {
		fmt.Fprintf(&b, "-- %s --\n%s", s.name, s.data)
	}
	return b.Bytes()
}

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
			a := parseArchive(string(data))
			input, ok := a.get("input")
			if !ok {
				t.Fatal("no input section")
			}
			doc := &corpus.Document{Text: input}
			if y, ok := a.get("year"); ok {
				doc.Year, _ = strconv.Atoi(strings.TrimSpace(y))
			}
			got := factLines(input, Extract(doc, seg.Tokens(input)))
			if *update {
				for i := range a.sections {
					if a.sections[i].name == "facts" {
						a.sections[i].data = got
					}
				}
				if _, ok := a.get("facts"); !ok {
					a.sections = append(a.sections, section{name: "facts", data: got})
				}
				if err := os.WriteFile(file, a.format(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, _ := a.get("facts")
			if got != want {
				t.Errorf("facts differ (go test ./extract -update rewrites them)\n--- got\n%s--- want\n%s", got, want)
			}
		})
	}
}
