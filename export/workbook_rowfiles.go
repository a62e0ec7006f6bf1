package export

import (
	"bufio"
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
// temporary file of the sheet's own, through a buffer of as much, so a
// workbook of any size is written in bounded memory. excelize's StreamWriter for the sheet writes everything else:
// the columns, the frozen header, the autofilter, page setup; its sheet
// data holds one row only, a marker naming the rows' file. As excelize
// writes the sheet into the zip, rowSplicer replaces that sheet data with
// the rows. Only excelize's public ZipWriter hook and the file format are
// involved; a marker that is not found fails WriteFile rather than leave a
// sheet without its rows.

// rowFile holds the encoded rows of one sheet.
type rowFile struct {
	sheet  string
	dir    string // for the temporary file
	marker string
	f      *os.File      // nil: the rows are in mem
	w      *bufio.Writer // on f
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
	if rf.w != nil {
		_, err = rf.w.Write(b)
		return err
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
	rf.f, rf.w = f, bufio.NewWriterSize(f, rowMem)
	_, err = rf.w.Write(rf.mem.Bytes())
	rf.mem = bytes.Buffer{}
	return err
}

// rowMem is what a sheet's rows take in memory at most, give or take a row.
const rowMem = 64 << 10

// writeTo writes the rows to w.
func (rf *rowFile) writeTo(w io.Writer) error {
	if rf.f == nil {
		_, err := w.Write(rf.mem.Bytes())
		return err
	}
	if err := rf.w.Flush(); err != nil {
		return err
	}
	_, err := io.Copy(w, io.NewSectionReader(rf.f, 0, rf.n))
	return err
}

func (rf *rowFile) close() error {
	rf.mem = bytes.Buffer{}
	if rf.f == nil {
		return nil
	}
	name := rf.f.Name()
	err := rf.f.Close()
	rf.f, rf.w = nil, nil
	return errors.Join(err, os.Remove(name))
}

var (
	sheetDataOpen  = []byte("<sheetData>")
	sheetDataClose = []byte("</sheetData>")
	// the sheet data excelize writes for a marker row (a string in A1)
	markerRowExp = regexp.MustCompile(`^<row r="1"><c r="A1" t="inlineStr"><is><t>(zongjie-rows-[0-9a-f]{16}-[0-9]+)</t></is></c></row>$`)
)

// rowSplicer passes a worksheet's XML on to out and replaces its sheet
// data with the rows of a file when it holds only that file's marker row.
type rowSplicer struct {
	out   io.Writer
	rows  *rowFiles
	state int          // 0: looking for <sheetData>; 1: in it; 2: past it
	buf   bytes.Buffer // 0: the tail that may begin the tag; 1: the element so far
}

func (s *rowSplicer) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		switch s.state {
		case 2:
			if _, err := s.out.Write(p); err != nil {
				return 0, err
			}
			return n, nil
		case 0:
			s.buf.Write(p)
			p = nil
			b := s.buf.Bytes()
			i := bytes.Index(b, sheetDataOpen)
			if i < 0 {
				keep := min(len(b), len(sheetDataOpen)-1) // what could begin the tag
				if _, err := s.out.Write(b[:len(b)-keep]); err != nil {
					return 0, err
				}
				tail := bytes.Clone(b[len(b)-keep:])
				s.buf.Reset()
				s.buf.Write(tail)
				continue
			}
			if _, err := s.out.Write(b[:i+len(sheetDataOpen)]); err != nil {
				return 0, err
			}
			rest := bytes.Clone(b[i+len(sheetDataOpen):])
			s.buf.Reset()
			s.state = 1
			p = rest
		case 1:
			s.buf.Write(p)
			p = nil
			b := s.buf.Bytes()
			i := bytes.Index(b, sheetDataClose)
			if i < 0 {
				continue
			}
			rest := bytes.Clone(b[i:])
			if err := s.replace(b[:i]); err != nil {
				return 0, err
			}
			s.buf.Reset()
			s.state = 2
			p = rest
		}
	}
	return n, nil
}

// replace writes the rows whose marker row is data in its place; other
// sheet data is written as it is.
func (s *rowSplicer) replace(data []byte) error {
	if m := markerRowExp.FindSubmatch(data); m != nil {
		if rf := s.rows.files[string(m[1])]; rf != nil && !rf.done {
			rf.done = true
			return rf.writeTo(s.out)
		}
	}
	_, err := s.out.Write(data)
	return err
}

// end writes what is held back at the end of the entry.
func (s *rowSplicer) end() error {
	if s.state == 1 {
		return errors.New("worksheet ends inside its <sheetData> element")
	}
	if s.state == 0 && s.buf.Len() > 0 {
		_, err := s.out.Write(s.buf.Bytes())
		s.buf.Reset()
		return err
	}
	return nil
}
