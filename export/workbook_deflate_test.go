package export

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestCRC32Combine(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	data := make([]byte, 2<<20)
	for i := range data {
		data[i] = byte(r.UintN(256))
	}
	for _, tc := range []struct{ a, b int }{
		{0, 0}, {0, 1}, {1, 0}, {1, 1}, {3, 7}, {100, 32 << 10}, {32 << 10, 100},
		{1000, 1 << 20}, {1 << 20, 3}, {5, 1<<20 - 2},
	} {
		a, b := data[:tc.a], data[tc.a:tc.a+tc.b]
		got := crc32Combine(crc32.ChecksumIEEE(a), crc32.ChecksumIEEE(b), int64(len(b)))
		if want := crc32.ChecksumIEEE(data[:tc.a+tc.b]); got != want {
			t.Errorf("%d+%d bytes: %08x, want %08x", tc.a, tc.b, got, want)
		}
	}
}

// rowsXML makes n bytes of rows like the workbook's (compressible, but
// not trivially).
func rowsXML(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 7))
	var b bytes.Buffer
	for i := 0; b.Len() < n; i++ {
		b.WriteString(`<row r="`)
		b.WriteString(string(rune('0' + i%10)))
		b.WriteString(`"><c t="inlineStr"><is><t>办结率`)
		for range r.IntN(40) {
			b.WriteRune(rune(0x4e00 + r.IntN(300)))
		}
		b.WriteString(`</t></is></c></row>`)
	}
	return b.Bytes()[:n]
}

// TestDeflateEntry puts entries together from a head, deflated rows and a
// tail, and checks each against the same bytes written by zip.Writer.Create
// (archive/zip's own deflate): the same bytes after inflating (the reader
// checks the CRC-32 and sizes too) and the same header fields.
func TestDeflateEntry(t *testing.T) {
	for _, tc := range []struct {
		name             string
		head, rows, tail int
		seams            int // how many times rows are spliced in
	}{
		{"empty rows", 100, 0, 100, 1},
		{"one byte each", 1, 1, 1, 1},
		{"no head or tail", 0, 300 << 10, 0, 1},
		{"one chunk", 2000, 100 << 10, 3000, 1},
		{"several chunks", 5000, deflateChunk*deflateChunks + 12345, 40 << 10, 1},
		{"rows twice", 500, 70 << 10, 500, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			head, tail := rowsXML(tc.head, 1), rowsXML(tc.tail, 2)
			var want []byte
			want = append(want, head...)
			var rows []deflatedRows
			for i := range tc.seams {
				raw := rowsXML(tc.rows, uint64(3+i))
				want = append(want, raw...)
				f, err := os.CreateTemp(dir, "rows")
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				d := newRowDeflater(f)
				for p := raw; len(p) > 0; { // in row-sized writes
					n := min(len(p), 700)
					if err := d.write(p[:n]); err != nil {
						t.Fatal(err)
					}
					p = p[n:]
				}
				if err := d.finish(); err != nil {
					t.Fatal(err)
				}
				rows = append(rows, deflatedRows{f: f, size: d.size, n: int64(len(raw)), crc: d.crc})
			}
			want = append(want, tail...)

			path := filepath.Join(dir, "a.zip")
			out, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			zw := zip.NewWriter(out)
			fw, _ := flate.NewWriter(io.Discard, deflateLevel)
			e := newDeflateEntry(zw, "xl/worksheets/sheet1.xml", fw)
			write(e, head)
			for _, r := range rows {
				if err := e.writeDeflated(r); err != nil {
					t.Fatal(err)
				}
			}
			write(e, tail)
			if err := e.end(); err != nil {
				t.Fatal(err)
			}
			w, _ := zw.Create("xl/worksheets/sheet2.xml") // the same, deflated by archive/zip
			w.Write(want)
			if err := zw.Close(); err != nil {
				t.Fatal(err)
			}
			out.Close()

			zr, err := zip.OpenReader(path)
			if err != nil {
				t.Fatal(err)
			}
			defer zr.Close()
			var got [2][]byte
			for i, zf := range zr.File {
				rc, err := zf.Open()
				if err != nil {
					t.Fatal(err)
				}
				got[i], err = io.ReadAll(rc) // a wrong CRC-32 or size is an error here
				rc.Close()
				if err != nil {
					t.Fatalf("%s: %v", zf.Name, err)
				}
			}
			if !bytes.Equal(got[0], want) {
				t.Errorf("spliced entry: %d bytes differ from the %d written", len(got[0]), len(want))
			}
			if !bytes.Equal(got[1], want) {
				t.Errorf("plain entry: %d bytes differ from the %d written", len(got[1]), len(want))
			}
			a, b := zr.File[0].FileHeader, zr.File[1].FileHeader
			if a.Method != b.Method || a.Flags != b.Flags || a.CRC32 != b.CRC32 || a.UncompressedSize64 != b.UncompressedSize64 ||
				a.CreatorVersion != b.CreatorVersion || a.ReaderVersion != b.ReaderVersion || a.Modified != b.Modified {
				t.Errorf("headers differ:\n%+v\n%+v", a, b)
			}
			// the rows alone, inflated for a writer that cannot take them deflated
			for i, r := range rows {
				var buf bytes.Buffer
				if err := inflateRows(&buf, r); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(buf.Bytes(), want[tc.head+i*tc.rows:tc.head+(i+1)*tc.rows]) {
					t.Error("inflateRows: not the rows written")
				}
			}
		})
	}
}

// TestWorkbookDeflatedRows writes the same workbook twice, with the rows
// spliced in deflated and through zip.Writer's own deflate, and checks that
// every entry is the same after unzipping.
func TestWorkbookDeflatedRows(t *testing.T) {
	dir := t.TempDir()
	var files []map[string]string
	for _, plain := range []bool{false, true} {
		w := NewWorkbook()
		w.plainZip = plain
		w.SetTempDir(dir)
		w.rowLimit = 5000 // 事实 goes on in 事实2: two deflated sheets of one table
		for d := range synthDocs(300, 25) {
			if err := w.Add(d); err != nil {
				t.Fatal(err)
			}
		}
		if !w.rows.deflated() {
			t.Fatal("no rows are deflated as they come")
		}
		path := filepath.Join(dir, "plain"+map[bool]string{false: "0", true: "1"}[plain]+".xlsx")
		if err := w.WriteFile(path, RunInfo{Docs: 300, Facts: 300 * 25}); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		files = append(files, zipFiles(t, path))
		if rows, err := open(t, path).GetRows("事实2"); err != nil || len(rows) != 300*25-4999+1 {
			t.Errorf("事实2: %d rows (%v)", len(rows), err)
		}
	}
	if len(files[0]) != len(files[1]) {
		t.Errorf("%d entries, want %d", len(files[0]), len(files[1]))
	}
	for name, want := range files[1] {
		got := files[0][name]
		if name == "[Content_Types].xml" { // excelize writes its parts in map order
			got, want = sortedElements(got), sortedElements(want)
		}
		if got != want {
			t.Errorf("%s differs", name)
		}
	}
	left, _ := filepath.Glob(filepath.Join(dir, "zongjie-rows-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func sortedElements(x string) string {
	e := strings.Split(x, "><")
	slices.Sort(e)
	return strings.Join(e, "><")
}
