package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tables. The .docx, .html and .rtf readers write a table row as one line
// with its cells separated by tabs; text copies align columns with runs of
// spaces or separate them with | or ｜. Cleaning a row as a line would
// join its cells (spaces between Chinese characters and digits go:
// 合计\t34件\t已办结32件 would read 合计34件已办结32件), and a short row may
// look like a line broken mid-sentence. So a row is cleaned cell by cell,
// its cells joined again by tabs, and it is never joined to the lines
// around it. extract reads the cells (extract/table.go).

// A row is a source line with two or more cells, one of two or more
// consecutive lines that split the same way: at tabs, at gaps of two or
// more spaces (ideographic spaces count), or at bars.
const (
	noRow = iota
	tabRow
	gapRow
	barRow
	spaceRow // single spaces, as a PDF's text may give: only with as many cells as the lines around it
)

// cellGapRe is the gap between the cells of a row aligned with spaces.
var cellGapRe = regexp.MustCompile(` {2,}`)

// maxGapCell is the longest cell, in runes, of a row aligned with spaces:
// longer words between gaps are prose set out with spaces.
const maxGapCell = 30

// tableRows returns, for each source line, the kind of row it is and its
// cells (for tabs and gaps; nil for bars, whose line is cleaned whole).
func tableRows(raw []string) (kinds []int, cells [][]string) {
	kinds = make([]int, len(raw))
	cells = make([][]string, len(raw))
	for i, r := range raw {
		kinds[i], cells[i] = rowOf(r)
	}
	// A row alone is no table, nor are lines of bars with no digit in
	// them (links: 首页 | 人大工作 | 正文).
	for i := 0; i < len(raw); {
		j := i + 1
		for j < len(raw) && kinds[j] == kinds[i] {
			j++
		}
		digits := false
		for _, r := range raw[i:j] {
			digits = digits || strings.ContainsAny(r, "0123456789０１２３４５６７８９")
		}
		if kinds[i] != noRow && (j-i < 2 || (kinds[i] == barRow || kinds[i] == spaceRow) && !digits || kinds[i] == spaceRow && !sameCount(cells[i:j])) {
			for k := i; k < j; k++ {
				kinds[k], cells[k] = noRow, nil
			}
		}
		i = j
	}
	return kinds, cells
}

// rowOf splits a source line into cells when it may be the row of a
// table.
func rowOf(r string) (kind int, cells []string) {
	if !strings.ContainsAny(r, "\t|｜ \u3000") {
		return noRow, nil
	}
	t := strings.Trim(r, " \t\r\u3000")
	switch {
	case strings.Contains(t, "\t"):
		kind, cells = tabRow, strings.Split(t, "\t")
	case strings.ContainsAny(t, "|｜"):
		kind = barRow
		cells = strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '｜' })
	default:
		n := strings.TrimSpace(normalizeWidth(t))
		if strings.Contains(n, "  ") {
			kind, cells = gapRow, cellGapRe.Split(n, -1)
		} else {
			kind, cells = spaceRow, strings.Split(n, " ")
		}
		for _, c := range cells {
			if utf8.RuneCountInString(c) > maxGapCell || strings.ContainsAny(c, "。；") {
				return noRow, nil
			}
			if kind == spaceRow && !spaceCell(c) {
				return noRow, nil
			}
		}
	}
	full := 0
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			full++
		}
	}
	if kind == barRow {
		if full < 2 {
			return noRow, nil
		}
		return kind, nil // |---|---| under a header too
	}
	if full < 2 || listMarker(strings.TrimSpace(cells[0])) {
		return noRow, nil
	}
	// Cells that close the row empty (a .rtf row ends in its cell mark)
	// are no cells.
	for len(cells) > 0 && strings.TrimSpace(cells[len(cells)-1]) == "" {
		cells = cells[:len(cells)-1]
	}
	return kind, cells
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

// spaceCell reports whether a word between single spaces may be a cell:
// a number, or two runes or more that do not end a clause (not the 月 of
// 7 月 19 日, nor 代表建议， of prose).
func spaceCell(c string) bool {
	if c == "" {
		return false
	}
	if strings.Trim(c, "0123456789.%") == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(c)
	return utf8.RuneCountInString(c) >= 2 && !strings.ContainsRune("，、：,:", r)
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
