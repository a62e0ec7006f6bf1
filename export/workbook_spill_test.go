package export

import (
	"path/filepath"
	"testing"
)

// TestSpillStreams checks that the workbook reaches the buffers of
// excelize's stream writers (if excelize changes their layout, spill does
// nothing and this test says so), that they stay small, and that the rows
// spilled early are all in the file.
func TestSpillStreams(t *testing.T) {
	w := NewWorkbook()
	defer w.Close()
	const docs, per = 200, 40 // about 3 MB of 事实 rows
	for d := range synthDocs(docs, per) {
		if err := w.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []*sheetSeq{w.docs, w.facts, w.events} {
		for _, s := range q.parts {
			if s.buf.buf == nil {
				t.Fatalf("%s: no access to the stream's buffer: excelize's StreamWriter changed", s.name)
			}
			if n := s.buf.buf.Len(); n >= spillSize+64<<10 {
				t.Errorf("%s: %d bytes held in memory, want under %d", s.name, n, spillSize)
			}
		}
	}
	if *w.facts.parts[0].buf.tmp == nil {
		t.Errorf("事实: nothing spilled")
	}
	path := filepath.Join(t.TempDir(), "spill.xlsx")
	if err := w.WriteFile(path, RunInfo{}); err != nil {
		t.Fatal(err)
	}
	rows, err := open(t, path).GetRows("事实")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != docs*per+1 {
		t.Errorf("事实 rows = %d, want %d", len(rows), docs*per+1)
	}
	for i, row := range rows[1:] {
		if row[0] == "" {
			t.Fatalf("事实 row %d is empty", i+2)
		}
	}
}
