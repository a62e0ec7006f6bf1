package corpus

import (
	"strings"
	"testing"
	"time"
)

// TestLargeInputs guards against quadratic work on long inputs: each of
// these took minutes before (joining every line into one, re-measuring
// HTML subtrees, recounting a document at each repeated title).
func TestLargeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs skipped in -short mode")
	}
	const n = 16000
	inputs := map[string]string{
		"nested.html": "<html><body>" + strings.Repeat(`<div class="nav">甲乙丙丁，`, n) + "</body></html>",
		"flat.html":   "<html><body>" + strings.Repeat(`<p>甲乙丙丁戊己庚辛壬癸，甲乙丙丁戊己庚辛壬癸。<a>链接</a></p>`, n) + "</body></html>",
		"wrapped.txt": strings.Repeat("甲乙丙丁戊己庚辛壬癸，甲乙丙丁戊己庚辛壬癸\n", n),
		"titles.txt":  strings.Repeat("镇人大主席团工作总结\n甲乙丙丁戊己庚辛壬癸，甲乙丙丁戊己庚辛壬癸。\n", n),
	}
	for name, data := range inputs {
		start := time.Now()
		docs, err := Read(name, []byte(data), Options{})
		if err != nil && !strings.Contains(name, "nested") {
			t.Errorf("Read(%s): %v", name, err)
		}
		checkDocs(t, docs)
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("Read(%s) took %v", name, d)
		}
	}
}
