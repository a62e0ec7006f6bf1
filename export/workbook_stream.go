package export

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
	"github.com/zongjie/zongjie/internal/textwidth"
)

// fontName is the workbook's font: 宋体 ships with every Chinese Windows and
// with WPS, and LibreOffice maps it to an installed CJK font (Noto CJK).
const fontName = "宋体"

const (
	fontSize   = 11
	lineHeight = 14.25 // points per line of fontSize text
	maxLines   = 8     // a wrapped row grows to at most this many lines
	minWidth   = 6     // column widths, in characters of the digit 0
	maxWidth   = 50
	measureRow = 500 // rows looked at before the column widths are fixed
)

// colSpec describes a column of a streamed sheet.
type colSpec struct {
	head string
	max  float64 // widest the column gets; 0 means maxWidth
	wrap bool    // long text wraps within the column
}

// styles holds the cell styles of a workbook.
type styles struct {
	f                                 *excelize.File
	head, text, wrap, num, int, money int
	pct, pct1, date, link             int
	byFmt                             map[string]int
}

const dateFormat = `yyyy"年"m"月"d"日"`

func newStyles(f *excelize.File) (*styles, error) {
	s := &styles{f: f, byFmt: map[string]int{}}
	font := func(bold bool) *excelize.Font {
		return &excelize.Font{Family: fontName, Size: fontSize, Bold: bold}
	}
	top := &excelize.Alignment{Vertical: "top"}
	defs := []struct {
		id *int
		st excelize.Style
	}{
		{&s.head, excelize.Style{Font: font(true),
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&s.text, excelize.Style{Font: font(false), Alignment: top}},
		{&s.wrap, excelize.Style{Font: font(false), Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&s.num, excelize.Style{Font: font(false), Alignment: top}},
		{&s.int, excelize.Style{Font: font(false), Alignment: top, NumFmt: 1}},
		{&s.money, excelize.Style{Font: font(false), Alignment: top, NumFmt: 3}},
		{&s.pct, excelize.Style{Font: font(false), Alignment: top, NumFmt: 9}},
		{&s.pct1, excelize.Style{Font: font(false), Alignment: top, CustomNumFmt: strPtr("0.0%")}},
		{&s.date, excelize.Style{Font: font(false), Alignment: top, CustomNumFmt: strPtr(dateFormat)}},
		{&s.link, excelize.Style{Font: &excelize.Font{Family: fontName, Size: fontSize, Color: "0563C1", Underline: "single"},
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.st)
		if err != nil {
			return nil, err
		}
		*d.id = id
	}
	return s, nil
}

// format returns a style showing numbers with the custom number format nf.
func (s *styles) format(nf string) (int, error) {
	if id, ok := s.byFmt[nf]; ok {
		return id, nil
	}
	id, err := s.f.NewStyle(&excelize.Style{
		Font:         &excelize.Font{Family: fontName, Size: fontSize},
		Alignment:    &excelize.Alignment{Vertical: "top"},
		CustomNumFmt: &nf,
	})
	if err != nil {
		return 0, err
	}
	s.byFmt[nf] = id
	return id, nil
}

func strPtr(s string) *string { return &s }

// sheetStream writes one sheet: its rows into a file of rows
// (workbook_rowfiles.go), the rest through an excelize StreamWriter. It
// holds back the first measureRow rows to size the columns from them
// (column widths must be set before the first row is written), then streams.
type sheetStream struct {
	name    string
	cols    []colSpec
	st      *styles
	f       *excelize.File
	sw      *excelize.StreamWriter
	rows    *rowFile
	filter  bool
	widths  []float64 // in characters: measured, then final once started
	pending [][]excelize.Cell
	started bool
	nrows   int // rows written or pending, the header included
}

// newSheetStream prepares sheet for streaming: page setup, frozen header
// row. Everything that excelize writes at the head of the sheet XML must be
// set here, before the stream starts.
func newSheetStream(f *excelize.File, st *styles, rows *rowFiles, sheet string, cols []colSpec, filter bool) (*sheetStream, error) {
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: boolPtr(true)}); err != nil {
		return nil, err
	}
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: intPtr(9), Orientation: strPtr("landscape"), FitToWidth: intPtr(1), FitToHeight: intPtr(0),
	}); err != nil {
		return nil, err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return nil, err
	}
	s := &sheetStream{name: sheet, cols: cols, st: st, f: f, sw: sw, rows: rows.add(sheet), filter: filter, nrows: 1,
		widths: make([]float64, len(cols))}
	for i, c := range cols {
		s.widths[i] = textWidth(c.head)
	}
	return s, nil
}

func boolPtr(b bool) *bool { return &b }
func intPtr(i int) *int    { return &i }

// add appends a row. It does not keep row.
func (s *sheetStream) add(row []excelize.Cell) error {
	s.nrows++
	if s.started {
		return s.write(s.nrows, row)
	}
	for i, c := range row {
		if i < len(s.widths) {
			w := cellWidth(c)
			if c.StyleID == s.st.date {
				w = textWidth("2024年12月21日")
			}
			s.widths[i] = math.Max(s.widths[i], w)
		}
	}
	s.pending = append(s.pending, slices.Clone(row))
	if len(s.pending) >= measureRow {
		return s.start()
	}
	return nil
}

// begin fixes the column widths now, if they are not yet.
func (s *sheetStream) begin() error {
	if s.started {
		return nil
	}
	return s.start()
}

// start fixes the column widths from what was measured and writes the
// header and the held rows.
func (s *sheetStream) start() error {
	for i, c := range s.cols {
		limit := c.max
		if limit == 0 {
			limit = maxWidth
		}
		s.widths[i] = math.Min(math.Max(s.widths[i]+2, minWidth), limit)
	}
	return s.open()
}

// open starts the stream with the column widths as they are: it sets them,
// writes the marker row that stands for the rows in the stream, and writes
// the header and the held rows.
func (s *sheetStream) open() error {
	s.started = true
	for i := range s.cols {
		if err := s.sw.SetColWidth(i+1, i+1, s.widths[i]); err != nil {
			return err
		}
	}
	if err := s.sw.SetRow("A1", []any{s.rows.marker}); err != nil {
		return err
	}
	head := make([]excelize.Cell, len(s.cols))
	for i, c := range s.cols {
		head[i] = excelize.Cell{StyleID: s.st.head, Value: c.head}
	}
	if err := s.rows.writeRow(1, head, s.height(headCells(s.cols))); err != nil {
		return err
	}
	for i, row := range s.pending {
		if err := s.write(i+2, row); err != nil {
			return err
		}
	}
	s.pending = nil
	return nil
}

func headCells(cols []colSpec) []excelize.Cell {
	out := make([]excelize.Cell, len(cols))
	for i, c := range cols {
		out[i] = excelize.Cell{Value: c.head}
	}
	return out
}

func (s *sheetStream) write(r int, row []excelize.Cell) error {
	return s.rows.writeRow(r, row, s.height(row))
}

// height returns the height in points a row needs for its wrapped text, or
// 0 when one line is enough.
func (s *sheetStream) height(row []excelize.Cell) float64 {
	lines := 1.0
	for i, c := range row {
		if i >= len(s.cols) {
			break
		}
		if !s.cols[i].wrap && c.StyleID != s.st.head {
			continue // a cell that does not wrap takes one line
		}
		text, ok := c.Value.(string)
		if !ok || text == "" {
			continue
		}
		room := s.widths[i] - 1
		if room < 1 {
			room = 1
		}
		n := 0.0
		for _, part := range strings.Split(text, "\n") {
			// Fonts are not all as regular as the digit 0: allow some slack.
			n += math.Max(1, math.Ceil(textWidth(part)*1.15/room))
		}
		lines = math.Max(lines, n)
	}
	if lines <= 1 {
		return 0
	}
	return math.Min(lines, maxLines) * lineHeight
}

// finish writes what is held back, sets the autofilter and flushes. Nothing
// may be added to the sheet after.
func (s *sheetStream) finish() error {
	if err := s.begin(); err != nil {
		return err
	}
	if s.filter {
		last, err := excelize.CoordinatesToCellName(len(s.cols), s.nrows)
		if err != nil {
			return err
		}
		if err := s.f.AutoFilter(s.name, "A1:"+last, nil); err != nil {
			return err
		}
	}
	return s.sw.Flush()
}

// textWidth is the width of s in characters of the digit 0: East Asian wide
// and fullwidth runes count 2, others 1.
func textWidth(s string) float64 { return float64(textwidth.Cells(s, false)) }

// cellWidth estimates the width a cell's value needs.
func cellWidth(c excelize.Cell) float64 {
	switch v := c.Value.(type) {
	case nil:
		return 0
	case string:
		w := 0.0
		for _, line := range strings.Split(v, "\n") {
			w = math.Max(w, textWidth(line))
		}
		return w
	case float64:
		return float64(len(strconv.FormatFloat(v, 'f', -1, 64))) + 3
	case int:
		return float64(len(strconv.Itoa(v))) + 1
	default:
		return 10
	}
}
