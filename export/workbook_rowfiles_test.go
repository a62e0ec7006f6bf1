package export

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestRowFiles checks that the rows of the sheets go to temporary files as
// they are added (memory holds a buffer's worth), that every row is in the
// workbook written, and that Close removes the files.
func TestRowFiles(t *testing.T) {
	w := NewWorkbook()
	defer w.Close()
	const docs, per = 200, 40 // about 3 MB of 事实 rows
	for d := range synthDocs(docs, per) {
		if err := w.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	var names []string
	for _, q := range []*sheetSeq{w.docs, w.facts, w.events} {
		for _, s := range q.parts {
			rf := s.rows
			held := rf.mem.Len()
			if rf.z != nil {
				held += len(rf.z.cur)
			}
			if held > max(rowMem, deflateChunk)+8<<10 {
				t.Errorf("%s: %d bytes held in memory", s.name, held)
			}
			if rf.f != nil {
				names = append(names, rf.f.Name())
			}
		}
	}
	if rf := w.facts.parts[0].rows; rf.f == nil {
		t.Fatal("事实: rows not in a temporary file")
	} else if err := rf.z.finish(); err != nil {
		t.Fatal(err)
	} else if fi, err := os.Stat(rf.f.Name()); err != nil || fi.Size() < 100<<10 {
		t.Errorf("事实: rows not written to their file (%v)", err)
	}
	path := filepath.Join(t.TempDir(), "rows.xlsx")
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
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if _, err := os.Stat(name); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s left after Close (%v)", name, err)
		}
	}
}

// TestRowSplicerMarker checks that only sheet data made of a marker row of
// this workbook is replaced, and that a marker not found fails the zip.
func TestRowSplicerMarker(t *testing.T) {
	var files rowFiles
	rf := files.add("事实")
	defer files.close()
	if err := rf.writeRow(1, nil, 0); err != nil {
		t.Fatal(err)
	}
	other := `<row r="1"><c r="A1" t="inlineStr"><is><t>zongjie-rows-0000000000000000-0</t></is></c></row>`
	for _, tc := range []struct{ in, want string }{
		{`<a><sheetData>` + other + `</sheetData></a>`, `<a><sheetData>` + other + `</sheetData></a>`},
		{`<a><sheetData/></a>`, `<a><sheetData/></a>`},
		{`<a><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>` + rf.marker + `</t></is></c></row></sheetData><b/></a>`,
			`<a><sheetData><row r="1"></row></sheetData><b/></a>`},
	} {
		var out bytesWriter
		s := newRowSplicer(&out, &files)
		for i := 0; i < len(tc.in); i += 7 { // in pieces, as a copy writes
			if _, err := s.Write([]byte(tc.in[i:min(len(tc.in), i+7)])); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.end(); err != nil {
			t.Fatal(err)
		}
		if string(out) != tc.want {
			t.Errorf("%s\n got %s\nwant %s", tc.in, out, tc.want)
		}
	}
	if !rf.done {
		t.Error("the marker row was not replaced")
	}
	rf.done = false
	z := newSheetZip(nopZip{}, nil, &files)
	if err := z.Close(); err == nil {
		t.Error("a zip without the rows of a sheet was closed without error")
	}
}

type bytesWriter []byte

func (b *bytesWriter) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }

// nopZip is a zip writer that writes nothing.
type nopZip struct{}

func (nopZip) Create(string) (io.Writer, error) { return io.Discard, nil }
func (nopZip) AddFS(fs.FS) error                { return nil }
func (nopZip) Close() error                     { return nil }
