package export

import (
	"errors"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// maxSheetRows is the most rows a worksheet holds, its header row included:
// Excel's limit of 1,048,576 (WPS and LibreOffice have the same). A table
// with more rows goes on in continuation sheets: 事实, 事实2, 事实3 …
const maxSheetRows = excelize.TotalRows

// sheetSeq writes the rows of one table (对比, 文档, 事实 or 会议) on as
// many sheets as it takes. When a sheet reaches the row limit the rows go on
// in a new sheet named after the first with a number (事实2, 事实3 …),
// placed right after the last one, with the same header, column widths,
// formats, frozen header row, autofilter and print titles. Each sheet is its
// own StreamWriter: excelize keeps several open at once (one per sheet
// part), and they are all flushed together by finish, after the last sheet
// is created, because placing a sheet (MoveSheet) reads every sheet that is
// no longer open for streaming back into memory whole.
type sheetSeq struct {
	w      *Workbook
	base   string // name of the first sheet
	before string // the sheet continuation sheets go before; "" for the end
	cols   []colSpec
	filter bool
	limit  int // rows per sheet, the header included
	parts  []*sheetStream
	total  int // rows written, headers not counted
}

// newSheetSeq starts the table on sheet base, which must exist. Its
// continuation sheets will be placed before the sheet named before.
func (w *Workbook) newSheetSeq(base, before string, cols []colSpec, filter bool) (*sheetSeq, error) {
	s, err := newSheetStream(w.f, w.st, &w.rows, base, cols, filter)
	if err != nil {
		return nil, err
	}
	return &sheetSeq{w: w, base: base, before: before, cols: cols, filter: filter,
		limit: max(w.rowLimit, 2), parts: []*sheetStream{s}}, nil
}

// partName names the n-th sheet (from 1) of the table on base: 事实, 事实2 …
func partName(base string, n int) string {
	if n <= 1 {
		return base
	}
	return base + strconv.Itoa(n)
}

// next returns where the next row will go: its sheet (from 0) and row.
func (q *sheetSeq) next() (part, row int) {
	s := q.parts[len(q.parts)-1]
	if s.nrows >= q.limit {
		return len(q.parts), 2
	}
	return len(q.parts) - 1, s.nrows + 1
}

// add appends a row and returns its sheet (from 0) and row number.
// nextPart returns the index of the sheet the next row will go to.
func (q *sheetSeq) nextPart() int {
	if q.parts[len(q.parts)-1].nrows >= q.limit {
		return len(q.parts)
	}
	return len(q.parts) - 1
}

func (q *sheetSeq) add(row []excelize.Cell) (part, r int, err error) {
	s := q.parts[len(q.parts)-1]
	if s.nrows >= q.limit {
		if s, err = q.grow(); err != nil {
			return 0, 0, err
		}
	}
	if err := s.add(row); err != nil {
		return 0, 0, err
	}
	q.total++
	return len(q.parts) - 1, s.nrows, nil
}

// grow starts the next sheet, with the column widths of the first.
func (q *sheetSeq) grow() (*sheetStream, error) {
	first := q.parts[0]
	if err := first.begin(); err != nil {
		return nil, err
	}
	name := partName(q.base, len(q.parts)+1)
	if err := q.w.addSheet(name, q.before); err != nil {
		return nil, err
	}
	s, err := newSheetStream(q.w.f, q.w.st, &q.w.rows, name, q.cols, q.filter)
	if err != nil {
		return nil, err
	}
	copy(s.widths, first.widths)
	if err := s.open(); err != nil {
		return nil, err
	}
	q.parts = append(q.parts, s)
	return s, nil
}

// names returns the names of the table's sheets, in order.
func (q *sheetSeq) names() []string {
	out := make([]string, len(q.parts))
	for i, s := range q.parts {
		out[i] = s.name
	}
	return out
}

// finish ends every sheet of the table. Nothing may be added after.
func (q *sheetSeq) finish() error {
	for _, s := range q.parts {
		if err := s.finish(); err != nil {
			return err
		}
	}
	return nil
}

// errSealed reports a sheet created after the sheets began to be flushed: a
// bug, since placing it would read the flushed sheets back whole.
var errSealed = errors.New("internal error: sheet created after the workbook began to be written")

// addSheet creates the sheet name and places it before the sheet named
// before (at the end if before is ""). It must not be called once a
// streamed sheet has been flushed: MoveSheet visits every sheet, and would
// read a flushed one back from its temporary file.
func (w *Workbook) addSheet(name, before string) error {
	if w.sealed {
		return errSealed
	}
	if _, err := w.f.NewSheet(name); err != nil {
		return err
	}
	if before == "" {
		return nil
	}
	return w.f.MoveSheet(name, before)
}

// thousands writes n with thousands separators: 1048575 → 1,048,575.
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := ""
	if n < 0 {
		neg, s = "-", s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return neg + s
}

// splitNotes are the 说明 rows that tell which sheets hold a table that did
// not fit on one: what the row on the first sheet says is followed by the
// range of rows on each sheet, and a row per continuation sheet.
func (q *sheetSeq) splitNotes(what string) (first string, more [][2]string) {
	if len(q.parts) < 2 {
		return "", nil
	}
	per := q.limit - 1
	span := func(i int) string {
		from := i*per + 1
		to := min((i+1)*per, q.total)
		return "第 " + thousands(from) + "～" + thousands(to) + " " + what
	}
	first = "共 " + thousands(q.total) + " " + what + "，超过 Excel 单个工作表的行数上限（" +
		thousands(q.limit) + " 行，含表头），依次分在 " + strconv.Itoa(len(q.parts)) + " 个表中："
	for i, s := range q.parts {
		if i > 0 {
			first += "、"
		}
		first += s.name + "（" + span(i) + "）"
	}
	first += "。各表的表头、格式、筛选相同。"
	for i, s := range q.parts[1:] {
		more = append(more, [2]string{s.name, "“" + q.base + "”的续表：" + span(i+1) + "。"})
	}
	return first, more
}
