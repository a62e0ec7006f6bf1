package export

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// The rows of a streamed sheet (every sheet of the workbook) are encoded
// as they come (workbook_xml.go); past the first rowMem bytes they go to a
// temporary file of the sheet's own, deflated there on a goroutine of the
// sheet's own as they come (workbook_deflate.go), so a workbook of any size
// is written in bounded memory and most of its compression is done by the
// time it is written. excelize's StreamWriter for the sheet writes everything else:
// the columns, the frozen header, the autofilter, page setup; its sheet
// data holds one row only, a marker naming the rows' file. As excelize
// writes the sheet into the zip, newRowSplicer replaces that sheet data with
// the rows. Only excelize's public ZipWriter hook and the file format are
// involved; a marker that is not found fails WriteFile rather than leave a
// sheet without its rows.

// rowFile holds the encoded rows of one sheet.
type rowFile struct {
	sheet  string
	dir    string // for the temporary file
	marker string
	f      *os.File     // nil: the rows are in mem
	z      *rowDeflater // deflates the rows into f (workbook_deflate.go)
	mem    bytes.Buffer
	noFile bool   // no temporary file could be made: the rows stay in mem
	n      int64  // bytes of rows
	buf    []byte // scratch for a row
	done   bool   // spliced into the zip
}

// rowFiles are the rows' files of a workbook, by marker.
type rowFiles struct {
	dir   string // for the temporary files; "" means os.TempDir()
	nonce string // tells this workbook's markers from any text
	files map[string]*rowFile
}

func (fs *rowFiles) add(sheet string) *rowFile {
	if fs.files == nil {
		var b [8]byte
		rand.Read(b[:])
		fs.nonce = hex.EncodeToString(b[:])
		fs.files = map[string]*rowFile{}
	}
	rf := &rowFile{sheet: sheet, dir: fs.dir, marker: "zongjie-rows-" + fs.nonce + "-" + strconv.Itoa(len(fs.files))}
	fs.files[rf.marker] = rf
	return rf
}

// deflated reports whether the rows of a sheet not yet written are being
// deflated (workbook_deflate.go).
func (fs *rowFiles) deflated() bool {
	for _, rf := range fs.files {
		if rf.z != nil && !rf.done {
			return true
		}
	}
	return false
}

// close removes the temporary files.
func (fs *rowFiles) close() error {
	var errs []error
	for _, rf := range fs.files {
		errs = append(errs, rf.close())
	}
	fs.files = nil
	return errors.Join(errs...)
}

// writeRow encodes row r of the sheet.
func (rf *rowFile) writeRow(r int, cells []excelize.Cell, height float64) error {
	b, err := appendRow(rf.buf[:0], r, cells, height)
	rf.buf = b
	if err != nil {
		return fmt.Errorf("row %d: %w", r, err)
	}
	rf.n += int64(len(b))
	if rf.z != nil {
		return rf.z.write(b)
	}
	rf.mem.Write(b)
	if rf.mem.Len() < rowMem || rf.noFile {
		return nil
	}
	f, err := os.CreateTemp(rf.dir, "zongjie-rows-")
	if err != nil {
		rf.noFile = true // as excelize did: the rows stay in memory
		return nil
	}
	rf.f, rf.z = f, newRowDeflater(f)
	err = rf.z.write(rf.mem.Bytes())
	rf.mem = bytes.Buffer{}
	return err
}

// rowMem is what a sheet's rows take in memory at most, give or take a row.
const rowMem = 64 << 10

// writeTo writes the rows to w: deflated as they are if w takes them so,
// inflated otherwise.
func (rf *rowFile) writeTo(w io.Writer) error {
	if rf.z == nil {
		_, err := w.Write(rf.mem.Bytes())
		return err
	}
	if err := rf.z.finish(); err != nil {
		return err
	}
	r := deflatedRows{f: rf.f, size: rf.z.size, n: rf.n, crc: rf.z.crc}
	if d, ok := w.(deflatedSink); ok {
		return d.writeDeflated(r)
	}
	return inflateRows(w, r)
}

func (rf *rowFile) close() error {
	rf.mem = bytes.Buffer{}
	if rf.f == nil {
		return nil
	}
	rf.z.finish() // its error is the rows', not the removal's
	err := removeTemp(rf.f)
	rf.f, rf.z = nil, nil
	return err
}

var (
	sheetDataOpen  = []byte("<sheetData>")
	sheetDataClose = []byte("</sheetData>")
	// the sheet data excelize writes for a marker row (a string in A1)
	markerRowExp = regexp.MustCompile(`^<row r="1"><c r="A1" t="inlineStr"><is><t>(zongjie-rows-[0-9a-f]{16}-[0-9]+)</t></is></c></row>$`)
)

// newRowSplicer returns a writer that passes a worksheet's XML on to out
// and replaces its sheet data with the rows of a file when it holds only
// that file's marker row.
func newRowSplicer(out io.Writer, rows *rowFiles) *elementSplicer {
	return &elementSplicer{out: out, open: sheetDataOpen, close: sheetDataClose,
		replace: func(elem []byte) error { return replaceRows(out, rows, elem) }}
}

// replaceRows writes to out the <sheetData> element elem, its rows
// replaced by those of the file whose marker row is all it holds.
func replaceRows(out io.Writer, rows *rowFiles, elem []byte) error {
	data := elem[len(sheetDataOpen) : len(elem)-len(sheetDataClose)]
	if m := markerRowExp.FindSubmatch(data); m != nil {
		if rf := rows.files[string(m[1])]; rf != nil && !rf.done {
			rf.done = true
			return errors.Join(write(out, sheetDataOpen), rf.writeTo(out), write(out, sheetDataClose))
		}
	}
	return write(out, elem)
}

// removeTemp closes and removes a temporary file.
func removeTemp(f *os.File) error {
	name := f.Name()
	return errors.Join(f.Close(), os.Remove(name))
}
