package corpus

import (
	"strings"
	"unicode"

	"github.com/zongjie/zongjie/internal/tablerow"
)

// Tables. The .docx, .html and .rtf readers write a table row as one line
// with its cells separated by tabs; text copies align columns with runs of
// spaces or separate them with | or ｜. Cleaning a row as a line would
// join its cells (spaces between Chinese characters and digits go:
// 合计\t34件\t已办结32件 would read 合计34件已办结32件), and a short row may
// look like a line broken mid-sentence. So a row is cleaned cell by cell,
// its cells joined again by tabs, and it is never joined to the lines
// around it. extract reads the cells (extract/table.go).

// A row is a source line that tablerow.Split reads as the row of a table
// (two or more cells split at tabs, bars, gaps of spaces or single
// spaces) and whose first cell is no list marker, one of two or more
// consecutive lines that split the same way. Rows split at bars or single
// spaces need a digit in their run, and rows split at single spaces (as a
// PDF's text may give) as many cells as the lines around them.

// The kinds of row cleanLines tells apart.
const (
	noRow  = tablerow.None
	barRow = tablerow.Bar
)

// tableRows returns, for each source line, the kind of row it is and its
// cells (for tabs and spaces; nil for bars, whose line is cleaned whole).
func tableRows(raw []string) (kinds []tablerow.Kind, cells [][]string) {
	kinds = make([]tablerow.Kind, len(raw))
	cells = make([][]string, len(raw))
	for i, r := range raw {
		kinds[i], cells[i] = rowOf(r)
	}
	// A row alone is no table, nor are lines of bars with no digit in
	// them (links: 首页 | 人大工作 | 正文). Rows split at tabs may have blank
	// lines between them (a table read back from one cell a line keeps
	// each row on the line of its first cell: cellRows).
	for i := 0; i < len(raw); {
		kind := kinds[i]
		rows := []int{i}
		j := i + 1
		for j < len(raw) {
			if kinds[j] == kind {
				rows = append(rows, j)
				j++
				continue
			}
			if kind == tablerow.Tab && strings.TrimSpace(raw[j]) == "" {
				k := j
				for k < len(raw) && strings.TrimSpace(raw[k]) == "" {
					k++
				}
				if k < len(raw) && kinds[k] == kind {
					j = k
					continue
				}
			}
			break
		}
		digits := false
		var rowCells [][]string
		for _, k := range rows {
			digits = digits || strings.ContainsAny(raw[k], "0123456789０１２３４５６７８９")
			rowCells = append(rowCells, cells[k])
		}
		if kind != tablerow.None && (len(rows) < 2 || (kind == tablerow.Bar || kind == tablerow.Space) && !digits || kind == tablerow.Space && !sameCount(rowCells)) {
			for _, k := range rows {
				kinds[k], cells[k] = tablerow.None, nil
			}
		}
		i = j
	}
	return kinds, cells
}

// rowOf splits a source line into cells when it may be the row of a
// table. Tabs and bars are read in the line as it is; spaces as cleanLine
// reads them (normalizeWidth: a no-break space is a space, a zero-width
// one none).
func rowOf(r string) (tablerow.Kind, []string) {
	if !strings.ContainsAny(r, "\t|｜ \u3000") {
		return tablerow.None, nil
	}
	line := r
	if !strings.ContainsAny(strings.Trim(r, " \t\r\u3000"), "\t|｜") {
		line = strings.TrimSpace(normalizeWidth(r))
	}
	row := tablerow.Split(line)
	switch row.Kind {
	case tablerow.None:
		return tablerow.None, nil
	case tablerow.Bar:
		return tablerow.Bar, nil // |---|---| under a header too
	}
	cells := make([]string, len(row.Cells))
	for i, c := range row.Cells {
		cells[i] = line[c[0]:c[1]]
	}
	if listMarker(strings.TrimSpace(cells[0])) {
		return tablerow.None, nil
	}
	return row.Kind, cells
}

// listMarker reports whether a first cell is a list marker or a bullet
// set off by a tab (一、\t监督工作, •\t视察5次), not a cell.
func listMarker(c string) bool {
	if c == "" {
		return false
	}
	if m := heading.FindString(c); m == c {
		return true
	}
	for _, r := range c {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// cleanRow cleans each cell of a row and joins them by tabs.
func cleanRow(cells []string) string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = cleanLine(c)
	}
	return strings.Join(out, "\t")
}

// sameCount reports whether the rows hold as many cells each.
func sameCount(rows [][]string) bool {
	for _, r := range rows {
		if len(r) != len(rows[0]) {
			return false
		}
	}
	return true
}
