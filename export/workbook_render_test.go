package export

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// soffice returns the LibreOffice binary, or skips the test without one.
func soffice(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("skipped in -short mode: renders with LibreOffice")
	}
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("soffice not found: install LibreOffice (Debian: apt-get install libreoffice-calc-nogui fonts-noto-cjk) to check the workbook renders")
	return ""
}

// convert runs LibreOffice headless to convert xlsx into dir with filter.
func convert(t *testing.T, bin, xlsx, dir, filter string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	profile := url.URL{Scheme: "file", Path: filepath.Join(dir, "profile")}
	cmd := exec.CommandContext(ctx, bin, "-env:UserInstallation="+profile.String(),
		"--headless", "--norestore", "--convert-to", filter, "--outdir", dir, xlsx)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice --convert-to %s: %v\n%s", filter, err, out)
	}
}

// TestWorkbookRendersInLibreOffice opens the workbook in LibreOffice, saves
// every sheet as CSV with the cells as shown, and prints it to PDF: the
// Chinese text and the figures, in their number formats, must survive.
func TestWorkbookRendersInLibreOffice(t *testing.T) {
	bin := soffice(t)
	xlsx := writeSample(t)
	dir := t.TempDir()
	// Filter options: comma, double quote, UTF-8, from line 1, no column
	// formats, default language, don't quote all text, detect special
	// numbers, save cells as shown, no formulas, no trimming, all sheets.
	convert(t, bin, xlsx, dir, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1")
	read := func(sheet string) string {
		b, err := os.ReadFile(filepath.Join(dir, "summary-"+sheet+".csv"))
		if err != nil {
			t.Fatalf("LibreOffice wrote no CSV of %s: %v", sheet, err)
		}
		return string(b)
	}
	want := map[string][]string{
		"对比": {"乡镇,年份,标题,召开人代会次数", "代表议案建议数", "正阳关镇,2024,正阳关镇人大主席团2024年工作总结,,,11,,95%,95.5%以上,4,",
			"800多", "拐河镇,2023,", "（隐去）", "约23", "（乡镇不详）"},
		"文档": {"2024/正阳关镇.txt,1,正阳关镇人大主席团2024年工作总结,正阳关镇,2024,人大主席团,2024年12月21日,4210,13"},
		"事实": {"共联系选民800多人。", "2,500,000", "2024年11月16日", "2024年4月下旬", "=SUM(A1:A9)", "-每个代表联系3-5名选民@", "3～5"},
		"会议": {"2024年4月下旬,第2届第5次,第二届人代会第五次会议,正阳关镇", "2024年11月16日"},
		"说明": {"代表议案建议数", "本篇中首次报告的值", "docs/坏.docx: not a zip file"},
	}
	for sheet, parts := range want {
		got := read(sheet)
		for _, p := range parts {
			if !strings.Contains(got, p) {
				t.Errorf("LibreOffice's %s lacks %q:\n%s", sheet, p, got)
			}
		}
	}

	// The titles on 对比 link to their first fact: LibreOffice reads every
	// link (all but the first of a sheet are spliced in as the zip is
	// written, workbook_links.go).
	convert(t, bin, xlsx, dir, "html")
	html, err := os.ReadFile(filepath.Join(dir, "summary.html"))
	if err != nil {
		t.Fatalf("LibreOffice wrote no HTML: %v", err)
	}
	f := open(t, xlsx)
	rows, err := f.GetRows(sheetCompare)
	if err != nil {
		t.Fatal(err)
	}
	links := 0
	for r := 2; r <= len(rows); r++ {
		ok, target, err := f.GetCellHyperLink(sheetCompare, fmt.Sprintf("C%d", r))
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			continue
		}
		links++
		// LibreOffice writes '事实'!A2 as #'事实'.A2
		href := `href="#` + strings.Replace(target, "!", ".", 1) + `"`
		if !strings.Contains(string(html), href) {
			t.Errorf("LibreOffice's 对比 has no link %s (the title on row %d)", href, r)
		}
	}
	if links < 2 {
		t.Errorf("%d links on 对比, want one per document with facts (at least 2)", links)
	}

	convert(t, bin, xlsx, dir, "pdf")
	pdf := filepath.Join(dir, "summary.pdf")
	if fi, err := os.Stat(pdf); err != nil || fi.Size() == 0 {
		t.Fatalf("LibreOffice wrote no PDF: %v", err)
	}
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Logf("pdftotext not found (Debian: poppler-utils); PDF text not checked")
		return
	}
	out, err := exec.Command(pdftotext, "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	text := string(out)
	for _, p := range []string{"代表议案建议数", "正阳关镇", "办结率", "95%", "800多", "共联系选民800多人。", "2024年11月16日"} {
		if !strings.Contains(text, p) {
			t.Errorf("the PDF LibreOffice printed lacks %q", p)
		}
	}
}
