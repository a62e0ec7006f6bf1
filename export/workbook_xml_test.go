package export

import (
	"archive/zip"
	"bytes"
	"io"
	"math"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestRowXMLAsExcelize checks that appendRow writes the XML that
// excelize's StreamWriter.SetRow writes for the same rows, byte for byte:
// texts with what XML escapes, spaces at either end, literal _xHHHH_,
// control characters, invalid UTF-8, characters outside the BMP, texts
// longer than a cell holds; integers; floats with more digits than Excel
// keeps, NaN and infinities; empty cells; styles; row heights.
func TestRowXMLAsExcelize(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"代表", "建议", "a", "Z", "0", " ", "\t", "\n", "\r", "\r\n", "&", "<", ">", "\"", "'",
		"_x0041_", "_x005F_", "_x005F_x0041_", "_x00", "_", "x0041_", "\x01", "\x1f", "\xff", "\xe4\xbb", "\uFFFD",
		"\uFFFE", "😀", "𠀀", "é", "（隐去）", "%", "]]>"}
	text := func() string {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	floats := []float64{0, -0.0, 1, -1, 0.5, 0.95, 0.123456789012345678, 1234567890123456789, 1e21, 1e-7,
		123456.789012345678, 45291.5, math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64,
		math.NaN(), math.Inf(1), math.Inf(-1), 99.99999999999999, 1.0 / 3}
	var rows [][]excelize.Cell
	var heights []float64
	for i := range 400 {
		n := 1 + rng.IntN(16)
		if i == 0 {
			n = 30 // columns past Z
		}
		row := make([]excelize.Cell, n)
		for j := range row {
			c := excelize.Cell{StyleID: rng.IntN(4)}
			switch rng.IntN(6) {
			case 0:
			case 1:
				c.Value = rng.IntN(100000) - 50000
			case 2:
				c.Value = floats[rng.IntN(len(floats))]
			case 3:
				c.Value = rng.Float64() * math.Pow(10, float64(rng.IntN(30)-10))
			default:
				c.Value = text()
			}
			row[j] = c
		}
		rows = append(rows, row)
		heights = append(heights, []float64{0, 0, 14.25, 42.75, 114, 28.5 + rng.Float64()}[rng.IntN(6)])
	}
	// texts at the limit of a cell, in UTF-16 units
	long := []string{
		strings.Repeat("a", excelize.TotalCellChars), strings.Repeat("a", excelize.TotalCellChars+1),
		strings.Repeat("😀", excelize.TotalCellChars/2+1), " " + strings.Repeat("代", excelize.TotalCellChars),
		strings.Repeat("&", excelize.TotalCellChars+3), "", " ", "\n",
	}
	for _, s := range long {
		rows = append(rows, []excelize.Cell{{Value: s}, {StyleID: 2, Value: s + "x"}})
		heights = append(heights, 0)
	}

	var got []byte
	for i, row := range rows {
		var err error
		if got, err = appendRow(got, i+1, row, heights[i]); err != nil {
			t.Fatalf("row %d: %v", i+1, err)
		}
	}
	want := excelizeRows(t, rows, heights)
	if !bytes.Equal(got, want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		from := max(0, i-200)
		t.Fatalf("rows differ from excelize's at byte %d:\n got …%q\nwant …%q", i, got[from:min(len(got), i+200)], want[from:min(len(want), i+200)])
	}
}

// excelizeRows writes rows with excelize's StreamWriter and returns what
// its sheet data holds.
func excelizeRows(t *testing.T, rows [][]excelize.Cell, heights []float64) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range rows {
		vals := make([]any, len(row))
		for j := range row {
			vals[j] = &row[j]
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		var opts []excelize.RowOpts
		if heights[i] > 0 {
			opts = append(opts, excelize.RowOpts{Height: heights[i]})
		}
		if err := sw.SetRow(cell, vals, opts...); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "rows.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, e := range zr.File {
		if e.Name != "xl/worksheets/sheet1.xml" {
			continue
		}
		r, err := e.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		i, j := bytes.Index(data, sheetDataOpen), bytes.Index(data, sheetDataClose)
		if i < 0 || j < i {
			t.Fatal("no sheet data in excelize's sheet")
		}
		return data[i+len(sheetDataOpen) : j]
	}
	t.Fatal("no sheet1.xml")
	return nil
}
