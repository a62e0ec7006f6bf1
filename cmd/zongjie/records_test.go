package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// TestWriteRunFile checks that run.json written from spilled records is
// the bytes writeJSON makes of the whole record of the run.
func TestWriteRunFile(t *testing.T) {
	at := time.Date(2024, 5, 14, 9, 30, 0, 123, time.UTC)
	rec := func(i int) RunInput {
		p := "档案/2024/<拐河镇> & \"人大\" " + strconv.Itoa(i) + ".txt"
		return RunInput{Path: p, Size: int64(100 + i), ModTime: at.Add(time.Duration(i) * time.Second),
			SHA256: "ab12", Documents: 2, Facts: i, IDs: []string{p + "#1", p + "#2"},
			FactsOffset: int64(10 * i), FactsLength: 10}
	}
	for _, tc := range []struct {
		name         string
		before, more int  // records added before spilling, and after
		spill        bool // spill at all
	}{
		{"in memory, none", 0, 0, false},
		{"in memory", 3, 0, false},
		{"spilled, none", 0, 0, true},
		{"spilled before any", 0, 3, true},
		{"spilled after one", 1, 0, true},
		{"spilled between", 2, 3, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			rf := &RunFile{Format: stateFormat, Version: "test", Started: at, Finished: at.Add(time.Minute),
				Inputs: []string{"档案", "a\"b"}, Options: RunOptions{MaxSize: 1 << 20, Index: 4},
				Files: []RunInput{}, Counts: RunCounts{Files: tc.before + tc.more, Documents: 7},
				Errors: []RunError{{Path: "坏.doc", Error: "cannot read <x>"}}}
			var recs fileRecords
			want := *rf
			for i := range tc.before {
				if err := recs.add(rec(i)); err != nil {
					t.Fatal(err)
				}
				want.Files = append(want.Files, rec(i))
			}
			if tc.spill {
				if err := recs.spill(dir); err != nil {
					t.Fatal(err)
				}
			}
			for i := tc.before; i < tc.before+tc.more; i++ {
				if err := recs.add(rec(i)); err != nil {
					t.Fatal(err)
				}
				want.Files = append(want.Files, rec(i))
			}
			got := filepath.Join(dir, "got.json")
			if err := writeRunFile(got, rf, &recs); err != nil {
				t.Fatal(err)
			}
			if err := recs.close(); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(filepath.Join(dir, recordsFile)); !os.IsNotExist(err) {
				t.Errorf("the spilled records are still there after close (%v)", err)
			}
			exp := filepath.Join(dir, "want.json")
			if err := writeJSON(exp, &want); err != nil {
				t.Fatal(err)
			}
			g, _ := os.ReadFile(got)
			w, _ := os.ReadFile(exp)
			if !bytes.Equal(g, w) {
				t.Errorf("run.json differs from writeJSON's:\n%s\nwant:\n%s", g, w)
			}
			if recs.n != len(want.Files) || recs.fcts != sumFacts(want.Files) {
				t.Errorf("counted %d records, %d facts; want %d, %d", recs.n, recs.fcts, len(want.Files), sumFacts(want.Files))
			}
		})
	}
}

func sumFacts(files []RunInput) int {
	n := 0
	for _, in := range files {
		n += in.Facts
	}
	return n
}
