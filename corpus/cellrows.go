package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A PDF's table comes out of pdftotext (in its default reading order), and
// so in text copied from a PDF, one cell a line, the cells separated by
// blank lines, row after row:
//
//	项目 / 数量 / 单位 / 召开主席团会议 / 7 / 次 / 代表视察调研 / 6 / 次 …
//
// Read as lines, each count would be cut off from what it counts. cellRows
// finds such runs of cells and writes them back as rows, their cells
// joined by tabs, as the .docx and .html readers write theirs (table.go).

// Limits of a run of cells.
const (
	cellMaxRunes = 16 // a cell is short
	cellsMin     = 6  // a table is two rows of three, or three of two, at least
	colsMax      = 6  // columns tried
)

// numericCell is a cell holding a figure, with a short unit at most: 7,
// 96.9%, 503人次, ７.
var numericCell = regexp.MustCompile(`^[0-9０-９][0-9０-９.．,，]*\s*(?:%|％|\p{Han}{1,2})?$`)

// cellRows rewrites, in place, the runs of blank-separated cells in lines
// as rows: a
// run of cellsMin short lines or more, each after one blank line, that
// splits into rows of k cells (a header row of no figures first, or not)
// whose first cell is a name and that hold a figure each. Each row takes
// the line of its first cell and the rest of the run's lines are left
// blank, so that every line keeps its number (tableRows reads rows with
// blank lines between them as one table).
func cellRows(lines []string) {
	for i := 0; i < len(lines); {
		if !isCell(lines[i]) {
			i++
			continue
		}
		at := []int{i}      // the lines of the cells of the run
		var furniture []int // the lines of page breaks inside it
		for j := i + 2; j < len(lines); {
			if strings.TrimSpace(lines[j-1]) == "" && isCell(lines[j]) {
				at = append(at, j)
				j += 2
				continue
			}
			// the table goes on over a page break: its page number and
			// the next page's running header between two cells
			k, skipped := pageBreak(lines, j-1)
			if k < 0 {
				break
			}
			furniture = append(furniture, skipped...)
			at = append(at, k)
			j = k + 2
		}
		end := at[len(at)-1] + 1
		if len(at) >= cellsMin {
			cells := make([]string, len(at))
			for k, j := range at {
				cells[k] = strings.TrimSpace(lines[j])
			}
			skip, k, n := table(cells)
			if fs, fn := figuresFirst(cells); fn > n || fn == n && fn > 0 && fs+fn == len(cells) && skip+n < len(cells) {
				// 12次 / 召开主席团会议 / 5次 / 组织代表视察 …: each figure
				// before its name; the rows put the name first
				skip, k, n = fs, 2, fn
				for c := skip; c+1 < skip+n; c += 2 {
					cells[c], cells[c+1] = cells[c+1], cells[c]
				}
			}
			if n > 0 {
				at = at[skip : skip+n]
				cells = cells[skip : skip+n]
				for _, j := range at {
					lines[j] = ""
				}
				for _, j := range furniture {
					if j < at[len(at)-1] {
						lines[j] = ""
					}
				}
				for c := 0; c < n; c += k {
					lines[at[c]] = strings.Join(cells[c:c+k], "\t")
				}
			}
		}
		i = end
	}
}

// pageBreak reads the lines from i on as a page break inside a run of
// cells: blank lines, a page number on its own (—2—, 第2页; a bare number
// may be a cell), blank lines, at most one line of the next page's header
// (runningHeader), blank lines, and then a cell after a blank line. It returns the line of
// that cell and those of the page number and header, or -1.
func pageBreak(lines []string, i int) (int, []int) {
	next := func(i int) int { // the next line from i that is not blank
		for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
			i++
		}
		return i
	}
	k := next(i)
	if k == len(lines) {
		return -1, nil
	}
	if t := strings.TrimSpace(lines[k]); isDigits(t) || utf8.RuneCountInString(t) > 24 || !pageMarkerG.MatchString(t) {
		return -1, nil
	}
	skipped := []int{k}
	k = next(k + 1)
	if k < len(lines) && runningHeader(lines, k) {
		skipped = append(skipped, k)
		k = next(k + 1)
	}
	if k == len(lines) || !isCell(lines[k]) || strings.TrimSpace(lines[k-1]) != "" {
		return -1, nil
	}
	return k, skipped
}

// runningHeader reports whether line k, after a page's number, is the next
// page's running header rather than a cell: no cell's line, or followed by
// two blank lines, or a line the text has elsewhere too (a township's name
// at the head of every page).
func runningHeader(lines []string, k int) bool {
	if !isCell(lines[k]) || k+2 < len(lines) && strings.TrimSpace(lines[k+1]) == "" && strings.TrimSpace(lines[k+2]) == "" {
		return true
	}
	t := strings.TrimSpace(lines[k])
	for i, l := range lines {
		if i != k && strings.TrimSpace(l) == t {
			return true
		}
	}
	return false
}

// isCell reports whether a line may be the cell of a table: short, and no
// clause of a sentence.
func isCell(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && utf8.RuneCountInString(s) <= cellMaxRunes && !strings.ContainsAny(s, "。，；：！？,;:!?") &&
		(isDigits(s) || !pageMarkerG.MatchString(s)) && // —2— is a page's number
		!heading.MatchString(s) && !strings.Contains(s, "总结") && !strings.Contains(s, "报告") // 一、全年工作大事记; a title
}

// table finds a table in a run of cells: it skips up to two cells (a
// caption) and returns how many it skipped, the number of columns and the
// number of cells in its rows, the reading that takes the most cells (the
// fewest skipped and columns on a tie); n is 0 when there is none. A
// figure is never skipped, and a reading after which a figure is left over
// is none (figures before their names). Rows of k cells fit while their first cell is a name and the
// others hold a figure; a header row of no figures may come first. A table
// has two rows with figures at least.
func table(cells []string) (skip, k, n int) {
	for s := 0; s <= 2 && s < len(cells); s++ {
		if s > 0 && hasFigure(cells[s-1:s]) {
			break // a figure is no caption: 12次 / 召开主席团会议 / 5次 … puts figures first
		}
		for c := 2; c <= colsMax; c++ {
			if m := rowsOf(cells[s:], c); m > n && (s+m == len(cells) || !hasFigure(cells[s+m:s+m+1])) {
				skip, k, n = s, c, m
			}
		}
	}
	return skip, k, n
}

// figuresFirst reads a run of cells as pairs of a figure and its name
// (数说2021 / 12次 / 召开主席团会议 / 5次 / 组织代表视察 …), after a caption
// of at most two cells; it returns how many cells it skipped and how many
// the pairs take (0 for fewer than three pairs).
func figuresFirst(cells []string) (skip, n int) {
	for s := 0; s <= 2 && s < len(cells); s++ {
		if s > 0 && hasFigure(cells[s-1:s]) {
			break
		}
		m := 0
		for r := s; r+1 < len(cells) && hasFigure(cells[r:r+1]) && !hasFigure(cells[r+1:r+2]); r += 2 {
			m += 2
		}
		if m >= 6 && m > n {
			skip, n = s, m
		}
	}
	return skip, n
}

// rowsOf returns the number of cells of the rows of k cells that start
// cells, header included, or 0 when fewer than two rows with figures do
// (rowFits).
// The rows end at the first whose figures stand in other columns than the
// first row's.
func rowsOf(cells []string, k int) int {
	if len(cells) < 2*k {
		return 0
	}
	from := 0
	if !hasFigure(cells[:k]) {
		from = k // a header
	}
	rows := 0
	r := from
	first := ""
	for ; r+k <= len(cells) && rowFits(cells[r:r+k], rows+1); r += k {
		if p := figureColumns(cells[r : r+k]); first == "" {
			first = p
		} else if p != first {
			break // the figures stand in the same columns in every row
		}
		rows++
	}
	if rows < 2 {
		return 0
	}
	return r
}

// rowFits reports whether row, the n-th of a table, is one: a name (after
// its serial number, 序号 | 项目 | 数量) and then a figure.
func rowFits(row []string, n int) bool {
	if len(row) > 2 && row[0] == strconv.Itoa(n) {
		row = row[1:]
	}
	return !hasFigure(row[:1]) && hasFigure(row[1:])
}

// figureColumns returns which cells of a row hold figures, as a string of
// 0s and 1s.
func figureColumns(row []string) string {
	b := make([]byte, len(row))
	for i := range row {
		b[i] = '0'
		if hasFigure(row[i : i+1]) {
			b[i] = '1'
		}
	}
	return string(b)
}

// yearCell is a column's year (2014年), no figure.
var yearCell = regexp.MustCompile(`^(?:19|20)[0-9]{2}\s*年度?$`)

// dateCell is a cell of a date (3月, 3月15日, 15日), no figure.
var dateCell = regexp.MustCompile(`^[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*[日号])?$|^[0-9０-９]{1,2}\s*[日号]$`)

func hasFigure(cells []string) bool {
	for _, c := range cells {
		if numericCell.MatchString(c) && !yearCell.MatchString(c) && !dateCell.MatchString(c) {
			return true
		}
	}
	return false
}
