package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/export"
	"github.com/zongjie/zongjie/index"
)

// TestRunExamples runs the whole pipeline on the shipped sample corpus and
// reopens every output to check real values, not just that files exist.
func TestRunExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary; skipped with -short")
	}
	out := t.TempDir()
	code, _, stderr := runMain(t, "run", "-o", out, "../../examples")
	if code != exitOK {
		t.Fatalf("zongjie run examples: exit %d, want 0; stderr:\n%s", code, stderr)
	}

	// facts.jsonl: one document a line, in the shape of FACTS.md.
	recs := readRecords(t, filepath.Join(out, "facts.jsonl"))
	byTitle := map[string]export.DocRecord{}
	for _, r := range recs {
		byTitle[r.Title] = r
	}
	baita, ok := byTitle["白塔镇人大主席团2019年工作总结"]
	if !ok {
		t.Fatalf("facts.jsonl has no document titled 白塔镇人大主席团2019年工作总结; titles: %v", titles(recs))
	}
	if baita.Township == nil || *baita.Township != "白塔镇" || baita.Year == nil || *baita.Year != 2019 {
		t.Errorf("白塔镇 2019: township %v year %v, want 白塔镇 2019", deref(baita.Township), derefInt(baita.Year))
	}
	if !hasFact(baita, "presidium_meetings", 7) || !hasFact(baita, "completion_rate", 88.9) {
		t.Errorf("白塔镇 2019: want presidium_meetings 7 and completion_rate 88.9 among %d facts", len(baita.Facts))
	}
	parts := 0
	for _, r := range recs {
		if strings.HasSuffix(r.Source, "乡镇人大主席团工作总结三篇.txt") {
			parts++
			if r.Parts != 3 {
				t.Errorf("%s#%d: parts = %d, want 3", r.Source, r.Part, r.Parts)
			}
		}
	}
	if parts != 3 {
		t.Errorf("three-part file gave %d documents, want 3", parts)
	}

	// Every format is read end to end: examples/formats holds one summary
	// each as .docx, .doc, .pdf, a GB2312 .html page, an .rtf written in
	// GBK code-page bytes, and a .doc that is a web archive (Word's
	// single-file web page), as archives hold many.
	formats := map[string]struct {
		township          string
		year              int
		motions, resolved float64
	}{
		"docx": {"松岭乡", 2023, 14, 13},
		"doc":  {"桂湾镇", 2022, 21, 20},
		"pdf":  {"云岗乡", 2021, 12, 12},
		"html": {"枫林街道", 2024, 17, 15},
		"rtf":  {"石岭镇", 2023, 18, 17},
		"mht":  {"河湾乡", 2022, 9, 8},
	}
	for _, r := range recs {
		want, ok := formats[r.Format]
		if !ok || !strings.Contains(r.Source, "/formats/") {
			continue
		}
		delete(formats, r.Format)
		if deref(r.Township) != want.township || derefInt(r.Year) != want.year {
			t.Errorf("%s: township %s year %d, want %s %d", r.Source, deref(r.Township), derefInt(r.Year), want.township, want.year)
		}
		if !hasFact(r, "motions", want.motions) || !hasFact(r, "motions_resolved", want.resolved) {
			t.Errorf("%s: want motions %g and motions_resolved %g", r.Source, want.motions, want.resolved)
		}
		if r.Format == "html" && strings.Contains(strings.Join(factTexts(r), ""), "1203") {
			t.Errorf("%s: a figure from the page furniture (阅读：1203次) was read", r.Source)
		}
	}
	for f := range formats {
		t.Errorf("no document read from examples/formats/*.%s", f)
	}

	// summary.xlsx: the sheets of SPEC.md, the 对比 row of 白塔镇 2019.
	wb, err := excelize.OpenFile(filepath.Join(out, "summary.xlsx"))
	if err != nil {
		t.Fatalf("reopen workbook: %v", err)
	}
	defer wb.Close()
	for _, sheet := range []string{"对比", "文档", "事实", "说明"} {
		if idx, _ := wb.GetSheetIndex(sheet); idx < 0 {
			t.Errorf("workbook has no sheet %s; sheets: %v", sheet, wb.GetSheetList())
		}
	}
	rows, err := wb.GetRows("对比")
	if err != nil {
		t.Fatal(err)
	}
	col := -1
	for i, h := range rows[0] {
		if h == "主席团会议次数" {
			col = i
		}
	}
	if col < 0 {
		t.Fatalf("对比 header %v lacks 主席团会议次数", rows[0])
	}
	found := false
	for _, r := range rows[1:] {
		if len(r) > col && r[0] == "白塔镇" && r[1] == "2019" {
			found = true
			if r[col] != "7" {
				t.Errorf("对比 白塔镇 2019 主席团会议次数 = %q, want 7", r[col])
			}
		}
	}
	if !found {
		t.Errorf("对比 has no row 白塔镇 2019")
	}
	docRows, _ := wb.GetRows("文档")
	if got := len(docRows) - 1; got != len(recs) {
		t.Errorf("文档 has %d rows, want one per document (%d)", got, len(recs))
	}

	// index.bleve: a Chinese phrase and a township filter.
	ix, err := index.Open(filepath.Join(out, "index.bleve"))
	if err != nil {
		t.Fatalf("reopen index: %v", err)
	}
	defer ix.Close()
	res, err := ix.Search(context.Background(), "township:青石镇", 20)
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 2 {
		t.Errorf("search township:青石镇: %d hits, want 2 (2022 and 2023)", res.Total)
	}
	want := 0
	for _, r := range recs {
		if containsText(t, r, "主席团会议") {
			want++
		}
	}
	res, err = ix.Search(context.Background(), `"主席团会议"`, 50)
	if err != nil {
		t.Fatal(err)
	}
	if int(res.Total) != want {
		t.Errorf(`search "主席团会议": %d hits, want %d (documents whose text holds it)`, res.Total, want)
	}

	// zongjie export rebuilds the same workbook from the finished run.
	rebuilt := filepath.Join(t.TempDir(), "乡镇对比.xlsx")
	if code, _, stderr := runMain(t, "export", "--from", out, "-o", rebuilt); code != exitOK {
		t.Fatalf("zongjie export: exit %d; stderr:\n%s", code, stderr)
	}
	wb2, err := excelize.OpenFile(rebuilt)
	if err != nil {
		t.Fatalf("reopen rebuilt workbook: %v", err)
	}
	defer wb2.Close()
	rows2, _ := wb2.GetRows("对比")
	if len(rows2) != len(rows) {
		t.Errorf("rebuilt 对比 has %d rows, the run's has %d", len(rows2), len(rows))
	}

	// run.json: inputs and counts.
	var rf struct {
		Counts struct{ Files, Documents, Facts int } `json:"counts"`
	}
	js, err := os.ReadFile(filepath.Join(out, "run.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(js, &rf); err != nil {
		t.Fatalf("run.json: %v", err)
	}
	if rf.Counts.Documents != len(recs) || rf.Counts.Files != 15 {
		t.Errorf("run.json counts files %d documents %d, want 15 and %d", rf.Counts.Files, rf.Counts.Documents, len(recs))
	}
}

// TestRunBadInput checks that unreadable files are reported and skipped,
// the rest is done, and the exit status is 3.
func TestRunBadInput(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary; skipped with -short")
	}
	in := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(in, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("空文件.txt", nil)
	write("binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 0})
	write("good one.txt", []byte("青石镇人大主席团2023年工作总结\n全年共举行了8次主席团会议，办结率98%。\n"))
	out := t.TempDir()
	code, _, stderr := runMain(t, "run", "-o", out, in)
	if code != exitPartial {
		t.Fatalf("exit %d, want 3; stderr:\n%s", code, stderr)
	}
	for _, name := range []string{"空文件.txt", "binary.txt"} {
		if !strings.Contains(stderr, name) {
			t.Errorf("stderr does not name %s:\n%s", name, stderr)
		}
	}
	recs := readRecords(t, filepath.Join(out, "facts.jsonl"))
	if len(recs) != 1 || !hasFact(recs[0], "presidium_meetings", 8) {
		t.Errorf("facts.jsonl: %d documents, want the good one with presidium_meetings 8", len(recs))
	}
	js, _ := os.ReadFile(filepath.Join(out, "run.json"))
	if !strings.Contains(string(js), "binary.txt") || !strings.Contains(string(js), "空文件.txt") {
		t.Errorf("run.json does not record the skipped files:\n%s", js)
	}
}

func readRecords(tb testing.TB, path string) []export.DocRecord {
	tb.Helper()
	fh, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer fh.Close()
	var recs []export.DocRecord
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var r export.DocRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		recs = append(recs, r)
	}
	return recs
}

func hasFact(r export.DocRecord, metric string, v float64) bool {
	for _, f := range r.Facts {
		if x, ok := f.Value.(float64); ok && f.Metric == metric && x == v {
			return true
		}
	}
	return false
}

// containsText reports whether the cleaned text of document r holds s, read
// again through the corpus package: the truth the index must agree with.
func containsText(tb testing.TB, r export.DocRecord, s string) bool {
	tb.Helper()
	info, err := os.Stat(r.Source)
	if err != nil {
		tb.Fatal(err)
	}
	docs, err := corpus.ReadFile(corpus.File{Path: r.Source, Source: r.Source, Size: info.Size(), ModTime: info.ModTime()}, corpus.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	for _, d := range docs {
		if d.Part == r.Part {
			return strings.Contains(d.Text, s)
		}
	}
	tb.Fatalf("%s has no part %d", r.Source, r.Part)
	return false
}

func factTexts(r export.DocRecord) []string {
	var out []string
	for _, f := range r.Facts {
		out = append(out, f.Text)
	}
	return out
}

func titles(recs []export.DocRecord) []string {
	var out []string
	for _, r := range recs {
		out = append(out, r.Title)
	}
	return out
}

func deref(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}

func derefInt(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}
