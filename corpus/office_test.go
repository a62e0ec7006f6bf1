package corpus

import (
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// longSummary is a summary long enough to fill several pages, built from
// our own sentences with changing figures.
func longSummary() []string {
	topics := []string{"乡村道路建设", "农村饮水安全", "集镇环境整治", "义务教育保障", "医疗卫生服务", "产业结构调整"}
	lines := []string{"清河镇人大主席团2022年工作总结"}
	for i := 0; i < 24; i++ {
		t := topics[i%len(topics)]
		lines = append(lines, fmt.Sprintf("%s、围绕%s开展监督", cnNumeral(i+1), t))
		lines = append(lines, fmt.Sprintf("今年%d月，镇人大主席团组织部分县、镇人大代表对全镇%s情况进行了专题视察，共走访村组%d个，召开座谈会%d次，收集意见建议%d条，视察结束后形成了书面报告，交由镇人民政府研究办理，目前已办结%d条。", i%12+1, t, i+3, i%4+1, 10+i, 8+i))
	}
	return append(lines, "清河镇人大主席团", "2022年12月26日")
}

func cnNumeral(n int) string {
	d := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return d[n]
	case n == 10:
		return "十"
	case n < 20:
		return "十" + d[n-10]
	case n%10 == 0:
		return d[n/10] + "十"
	}
	return d[n/10] + "十" + d[n%10]
}

// TestOfficeFiles converts our own HTML to .doc, .docx and .pdf with
// LibreOffice and reads them back: the files real office software writes,
// not only those our generators write.
func TestOfficeFiles(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not found: install libreoffice-writer-nogui to test files written by an office suite")
	}
	if testing.Short() {
		t.Skip("LibreOffice conversions skipped in -short mode")
	}
	lines := longSummary()
	var page strings.Builder
	page.WriteString(`<html><head><meta charset="utf-8"></head><body>`)
	for _, l := range lines {
		fmt.Fprintf(&page, "<p>%s</p>\n", html.EscapeString(l))
	}
	page.WriteString("</body></html>")
	dir := t.TempDir()
	src := filepath.Join(dir, "summary.html")
	must(t, os.WriteFile(src, []byte(page.String()), 0o644))
	for _, ext := range []string{"doc", "docx", "pdf", "rtf"} {
		cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(dir, "profile")),
			"--headless", "--infilter=HTML (StarWriter)", "--convert-to", ext, "--outdir", dir, src)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice --convert-to %s: %v\n%s", ext, err, out)
		}
	}
	want := strings.Join(lines, "\n")
	cases := []struct{ file, tool string }{
		{"summary.doc", ""}, {"summary.docx", ""}, {"summary.pdf", "pdftotext"}, {"summary.pdf", "builtin"},
		{"summary.rtf", ""},
	}
	for _, c := range cases {
		t.Run(c.file+" "+c.tool, func(t *testing.T) {
			if c.tool == "pdftotext" {
				if _, err := exec.LookPath("pdftotext"); err != nil {
					t.Skip("pdftotext not found (install poppler-utils)")
				}
			}
			data, err := os.ReadFile(filepath.Join(dir, c.file))
			if err != nil {
				t.Fatal(err)
			}
			docs, err := Read(c.file, data, Options{PDFToText: c.tool})
			if err != nil {
				t.Fatal(err)
			}
			checkDocs(t, docs)
			if len(docs) != 1 {
				t.Fatalf("%d documents, want 1", len(docs))
			}
			d := docs[0]
			if d.Text != want {
				got := strings.Split(d.Text, "\n")
				for i := range max(len(got), len(lines)) {
					g, w := "", ""
					if i < len(got) {
						g = got[i]
					}
					if i < len(lines) {
						w = lines[i]
					}
					if g != w {
						t.Errorf("line %d:\n got %q\nwant %q", i+1, g, w)
						break
					}
				}
			}
			if d.Township != "清河镇" || d.Year != 2022 || d.Date != "2022-12-26" {
				t.Errorf("metadata %q %d %q", d.Township, d.Year, d.Date)
			}
		})
	}
}
