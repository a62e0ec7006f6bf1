package export

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/xuri/excelize/v2"
)

// RunInfo describes the run a workbook comes from, for its 说明 sheet.
type RunInfo struct {
	Version  string
	Started  time.Time
	Finished time.Time // zero if unknown
	Inputs   []string
	Files    int
	Docs     int
	Facts    int
	Errors   []string // "path: reason", one per input that could not be read
}

// Sheet names, in the order the workbook shows them.
const (
	sheetCompare = "对比"
	sheetDocs    = "文档"
	sheetFacts   = "事实"
	sheetEvents  = "会议"
	sheetAbout   = "说明"
)

// Workbook collects documents and writes summary.xlsx. A small summary of
// each document, for the 对比 sheet (sorted by township and year, so written
// last), goes to a temporary file, with only its sort key in memory
// (workbook_sums.go); the rows of 文档, 事实 and 会议 are encoded as
// documents are added into temporary files, one a sheet, and spliced into
// the sheets as the zip is written (workbook_rowfiles.go), so a run of any
// size is written in bounded memory. A table with more rows than a
// worksheet holds (maxSheetRows, header included) goes on in continuation
// sheets: 事实2, 事实3 … (and likewise 对比2, 文档2, 会议2), which 说明
// lists.
//
// A Workbook is not safe for concurrent use. Call Close when done, after
// WriteFile or instead of it, to remove its temporary files.
type Workbook struct {
	f        *excelize.File
	st       *styles
	compare  *sheetSeq // nil until finish
	docs     *sheetSeq
	facts    *sheetSeq
	events   *sheetSeq
	sums     sumStore               // what 对比 shows of each document (workbook_sums.go)
	rows     rowFiles               // the rows of every sheet (workbook_rowfiles.go)
	row      []excelize.Cell        // a 事实 row, made again for each fact
	links    map[string]*sheetLinks // links of 对比 that WriteFile splices in (workbook_links.go)
	nfacts   int
	rowLimit int   // rows per sheet, the header included: maxSheetRows but in tests
	err      error // sticky: the first error of Add
	done     bool  // WriteFile was called
	closed   bool
	sealed   bool // sheets are being flushed: no sheet may be added
	// plainZip, in tests, hides zip.Writer's CreateRaw from sheetZip: the
	// deflated rows are inflated into entries zip.Writer deflates again
	plainZip bool
}

// NewWorkbook returns an empty workbook.
func NewWorkbook() *Workbook { return &Workbook{rowLimit: maxSheetRows} }

// SetTempDir makes the workbook keep its temporary files (the rows of its
// sheets, the summaries for 对比: as large as the workbook's XML) in dir
// rather than in os.TempDir(), for instance beside the outputs being
// built, so that a run that is killed leaves them where the next run
// removes them. Call it before Add.
func (w *Workbook) SetTempDir(dir string) {
	w.sums.dir = dir
	w.rows.dir = dir
}

// start creates the file, its sheets and the streams of the row sheets.
func (w *Workbook) start() error {
	if w.f != nil {
		return nil
	}
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", sheetCompare); err != nil {
		f.Close()
		return err
	}
	for _, name := range []string{sheetDocs, sheetFacts, sheetEvents, sheetAbout} {
		if _, err := f.NewSheet(name); err != nil {
			f.Close()
			return err
		}
	}
	if err := f.SetDefaultFont(fontName); err != nil {
		f.Close()
		return err
	}
	w.f = f
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	w.st = st
	if w.docs, err = w.newSheetSeq(sheetDocs, sheetFacts, docCols, true); err != nil {
		return err
	}
	if w.facts, err = w.newSheetSeq(sheetFacts, sheetEvents, factCols, true); err != nil {
		return err
	}
	if w.events, err = w.newSheetSeq(sheetEvents, sheetAbout, eventCols, true); err != nil {
		return err
	}
	return nil
}

// Add adds one document with its facts. Documents should be added in source
// order: the 文档, 事实 and 会议 sheets list them in the order they are
// added (the 对比 sheet sorts them by township and year). rec is not kept.
func (w *Workbook) Add(rec DocRecord) error {
	switch {
	case w.closed:
		return errors.New("add to workbook: workbook is closed")
	case w.done:
		return errors.New("add to workbook: workbook already written")
	case w.err != nil:
		return w.err
	}
	if err := w.add(&rec); err != nil {
		w.err = fmt.Errorf("add %s#%d to workbook: %w", rec.Source, rec.Part, err)
		return w.err
	}
	return nil
}

func (w *Workbook) add(rec *DocRecord) error {
	if err := w.start(); err != nil {
		return err
	}
	part, first := 0, 0
	if len(rec.Facts) > 0 {
		part, first = w.facts.next()
	}
	sum := summarize(rec, part, first)
	if _, _, err := w.docs.add(w.docRow(rec)); err != nil {
		return err
	}
	for i := range rec.Facts {
		w.row = w.factRow(w.row, rec, &rec.Facts[i])
		if _, _, err := w.facts.add(w.row); err != nil {
			return err
		}
	}
	for _, row := range w.eventRows(rec) {
		if _, _, err := w.events.add(row); err != nil {
			return err
		}
	}
	w.nfacts += len(rec.Facts)
	return w.sums.add(&sum)
}

// Close releases what the workbook holds, its temporary files included. It
// is safe to call more than once and after WriteFile.
func (w *Workbook) Close() error {
	if w.closed {
		return nil
	}
	w.closed = true
	err := errors.Join(w.sums.close(), w.rows.close())
	if w.f == nil {
		return err
	}
	return errors.Join(err, w.f.Close())
}

// WriteFile writes the workbook to path through a temporary file in the same
// folder, renamed into place, so a crash never leaves a half-written file.
// It can be called once.
func (w *Workbook) WriteFile(path string, info RunInfo) (err error) {
	switch {
	case w.closed:
		return fmt.Errorf("write workbook %s: workbook is closed", path)
	case w.done:
		return fmt.Errorf("write workbook %s: workbook already written", path)
	case w.err != nil:
		return fmt.Errorf("write workbook %s: %w", path, w.err)
	}
	w.done = true
	if err := w.start(); err != nil {
		return fmt.Errorf("write workbook %s: %w", path, err)
	}
	if err := w.finish(info); err != nil {
		return fmt.Errorf("write workbook %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write workbook %s: %w (does the folder exist, and may we write there?)", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	// Write the zip straight to the file: excelize's WriteTo would build
	// the whole archive in memory first.
	var zw excelize.ZipWriter = zip.NewWriter(tmp)
	if w.plainZip {
		zw = struct{ excelize.ZipWriter }{zw}
	}
	w.f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return newSheetZip(zw, w.links, &w.rows) })
	if _, err = w.f.WriteToBuffer(); err != nil {
		return fmt.Errorf("write workbook %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write workbook %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write workbook %s: %w", path, err)
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write workbook %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write workbook %s: %w", path, err)
	}
	return nil
}

// finish writes 对比, ends the row sheets and writes 说明. Every sheet is
// created before the first is flushed (see sheetSeq).
func (w *Workbook) finish(info RunInfo) error {
	if err := w.writeCompare(); err != nil {
		return err
	}
	w.sealed = true
	for _, q := range []*sheetSeq{w.compare, w.docs, w.facts, w.events} {
		if err := q.finish(); err != nil {
			return err
		}
	}
	if err := w.writeAbout(info); err != nil {
		return err
	}
	for _, name := range w.f.GetSheetList() {
		if err := w.f.SetDefinedName(&excelize.DefinedName{
			Name: "_xlnm.Print_Titles", RefersTo: "'" + name + "'!$1:$1", Scope: name,
		}); err != nil {
			return err
		}
	}
	// 对比, the first sheet, is the active one of a new file. Don't call
	// SetActiveSheet: it reads every sheet back, the streamed ones whole.
	return nil
}
