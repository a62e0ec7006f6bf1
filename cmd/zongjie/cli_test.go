package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeCorpus writes files into a new folder and returns it.
func writeCorpus(tb testing.TB, files map[string]string) string {
	tb.Helper()
	dir := tb.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

var smallCorpus = map[string]string{
	"青石镇2023.txt": "青石镇人大主席团2023年工作总结\n全年共召开主席团会议8次，收到代表建议20件，办结率95%。\n青石镇人大主席团\n2023年12月20日\n",
	"柳河乡2023.txt": "柳河乡人大主席团2023年工作总结\n全年共召开主席团会议5次，组织代表视察3次，办结率88%。\n柳河乡人大主席团\n2023年12月22日\n",
}

func TestExtractFormats(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary; skipped with -short")
	}
	dir := writeCorpus(t, smallCorpus)

	code, out, stderr := runMain(t, "extract", "--format", "jsonl", dir)
	if code != exitOK {
		t.Fatalf("extract jsonl: exit %d; %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("extract jsonl: %d lines, want one per document (2):\n%s", len(lines), out)
	}
	for _, l := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Errorf("extract jsonl: line is not JSON: %v\n%s", err, l)
		}
	}

	code, out, _ = runMain(t, "extract", "--format", "json", dir)
	var arr []map[string]any
	if err := json.Unmarshal([]byte(out), &arr); code != exitOK || err != nil || len(arr) != 2 {
		t.Errorf("extract json: exit %d, %v, %d documents; want a JSON array of 2:\n%s", code, err, len(arr), out)
	}

	code, out, _ = runMain(t, "extract", "--format", "tsv", dir)
	if code != exitOK || !strings.HasPrefix(out, "source\tpart\tline\tkind\tmetric") ||
		!strings.Contains(out, "\tpresidium_meetings\t") || !strings.Contains(out, "\tcompletion_rate\t") {
		t.Errorf("extract tsv: exit %d, output lacks the header or the metrics:\n%s", code, out)
	}

	code, out, _ = runMain(t, "extract", "--explain", dir)
	if code != exitOK || !strings.Contains(out, "【8次】") || !strings.Contains(out, "rule=") {
		t.Errorf("extract --explain: exit %d, want the figure marked and the rule:\n%s", code, out)
	}
}

func TestExtractBadFile(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary; skipped with -short")
	}
	files := map[string]string{"空.txt": "", "ok.txt": smallCorpus["青石镇2023.txt"]}
	dir := writeCorpus(t, files)
	code, out, stderr := runMain(t, "extract", dir)
	if code != exitPartial {
		t.Errorf("exit %d, want 3 (partial)", code)
	}
	if !strings.Contains(stderr, "空.txt") || strings.Count(strings.TrimSpace(out), "\n") != 0 {
		t.Errorf("want the empty file named on stderr and the good one on stdout; stderr %q stdout %q", stderr, out)
	}
}

func TestSearchCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary; skipped with -short")
	}
	out := t.TempDir()
	if code, _, stderr := runMain(t, "run", "-o", out, "--quiet", writeCorpus(t, smallCorpus)); code != exitOK {
		t.Fatalf("run: exit %d; %s", code, stderr)
	}
	tests := []struct {
		name  string
		args  []string
		code  int
		hits  int    // JSON lines of hits, when --json
		inOut string // part of stdout
	}{
		{"phrase", []string{"办结率"}, exitOK, -1, "共 2 篇文档命中"},
		{"township filter", []string{"--json", "township:青石镇"}, exitOK, 1, `"township":"青石镇"`},
		{"metric range", []string{"--json", "completion_rate:<90"}, exitOK, 1, "柳河乡"},
		{"facet", []string{"--facet", "township", "主席团会议"}, exitOK, -1, "按乡镇"},
		{"no hits", []string{"人口普查"}, exitFailed, -1, ""},
		{"bad query", []string{"year:>>2020"}, exitUsage, -1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"search", "--index", out}, tt.args...)
			code, stdout, stderr := runMain(t, args...)
			if code != tt.code {
				t.Fatalf("zongjie %s: exit %d, want %d; stderr %q", strings.Join(args, " "), code, tt.code, stderr)
			}
			if !strings.Contains(stdout, tt.inOut) {
				t.Errorf("zongjie %s: stdout lacks %q:\n%s", strings.Join(args, " "), tt.inOut, stdout)
			}
			if tt.hits >= 0 {
				n := 0
				for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
					if strings.Contains(l, `"title"`) {
						n++
					}
				}
				if n != tt.hits {
					t.Errorf("zongjie %s: %d hits, want %d:\n%s", strings.Join(args, " "), n, tt.hits, stdout)
				}
			}
		})
	}
}

func TestSegmentCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary; skipped with -short")
	}
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"segment"}, strings.NewReader("共收到议案、建议11件，办结率95％"), &out, &errb)
	if code != exitOK {
		t.Fatalf("segment: exit %d; %s", code, errb.String())
	}
	words := strings.Split(strings.TrimSpace(out.String()), "\n")
	for _, w := range []string{"办结率", "议案"} {
		found := false
		for _, x := range words {
			found = found || x == w
		}
		if !found {
			t.Errorf("segment: %q is not one token in %q", w, words)
		}
	}
}

// TestRunAllUnreadableKeepsOutputs checks that a rerun in which no input
// can be read any more (a share gone wrong, files replaced by junk) does
// not empty the previous outputs.
func TestRunAllUnreadableKeepsOutputs(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary; skipped with -short")
	}
	dir := writeCorpus(t, smallCorpus)
	out := t.TempDir()
	if code, _, stderr := runMain(t, "run", "-o", out, "--quiet", dir); code != exitOK {
		t.Fatalf("first run: exit %d; %s", code, stderr)
	}
	before, err := os.ReadFile(filepath.Join(out, "facts.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for name := range smallCorpus {
		if err := os.WriteFile(filepath.Join(dir, name), []byte{0, 1, 2, 3, 0, 0, 7}, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, _, stderr := runMain(t, "run", "-o", out, "--quiet", dir)
	if code != exitFailed || !strings.Contains(stderr, "could be read") {
		t.Errorf("rerun over unreadable files: exit %d, want 1 with a message; stderr:\n%s", code, stderr)
	}
	after, err := os.ReadFile(filepath.Join(out, "facts.jsonl"))
	if err != nil || !bytes.Equal(before, after) {
		t.Errorf("facts.jsonl changed (err %v): the previous outputs must be kept", err)
	}
}

// textRecord is what TestExtractText reads of a document record.
type textRecord struct {
	Title string
	Text  string
	Facts []struct {
		Text       string
		Start, End int
	}
}

// TestExtractText checks that --text adds each document's cleaned text and
// that every fact's rune offsets point at its text in it, as a search engine
// fed with these records would highlight them.
func TestExtractText(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary; skipped with -short")
	}
	dir := writeCorpus(t, smallCorpus)
	for _, format := range []string{"jsonl", "json"} {
		code, out, stderr := runMain(t, "extract", "--text", "--format", format, dir)
		if code != exitOK {
			t.Fatalf("extract --text --format %s: exit %d; %s", format, code, stderr)
		}
		var recs []textRecord
		if format == "json" {
			if err := json.Unmarshal([]byte(out), &recs); err != nil {
				t.Fatal(err)
			}
		} else {
			for _, ln := range strings.Split(strings.TrimSpace(out), "\n") {
				var r textRecord
				if err := json.Unmarshal([]byte(ln), &r); err != nil {
					t.Fatal(err)
				}
				recs = append(recs, r)
			}
		}
		if len(recs) != 2 {
			t.Fatalf("%s: %d records, want 2", format, len(recs))
		}
		for _, r := range recs {
			if !strings.HasPrefix(r.Text, r.Title) || len(r.Facts) == 0 {
				t.Errorf("%s: text %q, title %q, %d facts", format, r.Text, r.Title, len(r.Facts))
			}
			rs := []rune(r.Text)
			for _, f := range r.Facts {
				if f.End > len(rs) || string(rs[f.Start:f.End]) != f.Text {
					t.Errorf("%s: fact %q at [%d,%d) is not in the text", format, f.Text, f.Start, f.End)
				}
			}
		}
	}
	// Without --text the records keep the shape of FACTS.md.
	_, out, _ := runMain(t, "extract", dir)
	if strings.Contains(out, `"text":"青石镇人大主席团2023年工作总结\n`) {
		t.Error("text written without --text")
	}
}
