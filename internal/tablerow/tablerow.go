// Package tablerow tells whether a line of text is the row of a table and
// splits it into cells. corpus uses it to clean a row cell by cell (and
// never join it to the lines around it), extract to read the figures of
// the cells of the cleaned text; both read a line the same way.
//
// A summary's tables reach us as lines: the .docx, .html and .rtf readers
// write a row with its cells separated by tabs; a text copy separates them
// with | or ｜ (Markdown: | 类别 | 数量 |), or aligns its columns with runs
// of spaces; a PDF's text may leave single spaces between them. A line
// splits at the first of these it holds, in that order:
//
//   - Tab: at each tab;
//   - Bar: at each | or ｜, the bars that open and close the line making no
//     cells;
//   - Gap: at each run of two or more spaces;
//   - Space: at each single space.
//
// A space is ' ' or an ideographic space (U+3000); callers that read other
// spaces as spaces (no-break spaces) normalize the line first. Spaces,
// tabs and carriage returns around the line and around each cell are no
// part of it.
//
// The line is a row when two or more of its cells hold more than spaces.
// A line split at spaces must moreover look like a row and not prose set
// out with spaces: no cell longer than MaxSpacedCell runes or holding
// sentence punctuation (。 or ；), and, at single spaces, every cell a
// number or a word of two runes or more that does not end a clause (not
// the 月 of 7 月 19 日), holds no comma, and does not go on from a number
// before it with that number's unit (2008 年工作思路, the space pdftotext
// puts between digits and Chinese: a cell 次 after 7 is a unit's cell). Whether a run of lines makes a table is the
// callers' business: a row alone is no table.
package tablerow

import (
	"strings"
	"unicode/utf8"
)

// Kind is how the cells of a row are separated.
type Kind uint8

const (
	None  Kind = iota // not a row
	Tab               // tabs
	Bar               // | or ｜
	Gap               // runs of two or more spaces
	Space             // single spaces
)

// String returns the name of the kind.
func (k Kind) String() string {
	switch k {
	case Tab:
		return "tab"
	case Bar:
		return "bar"
	case Gap:
		return "gap"
	case Space:
		return "space"
	}
	return "none"
}

// Row is a line read as the row of a table.
type Row struct {
	Kind Kind
	// Cells are the byte ranges [start, end) of the cells in the line,
	// spaces trimmed; an empty cell is an empty range. Empty cells that
	// close a row split at tabs (a .rtf row ends in its cell mark) are
	// dropped. Nil when Kind is None.
	Cells [][2]int
	// Rule is set for the rule under a Markdown header (|---|:---:|): a
	// row of nothing but dashes (- or —), colons (: or ：), equals and
	// plus signs.
	Rule bool
}

// MaxSpacedCell is the longest cell, in runes, of a row split at spaces:
// longer words between gaps are prose set out with spaces.
const MaxSpacedCell = 30

// Split reads line as the row of a table; Kind is None when it is not
// one.
func Split(line string) Row {
	lo, hi := trim(line, 0, len(line))
	t := line[lo:hi]
	var kind Kind
	switch {
	case strings.IndexByte(t, '\t') >= 0:
		kind = Tab
	case strings.IndexByte(t, '|') >= 0 || strings.Contains(t, "｜"):
		kind = Bar
	case strings.Contains(t, "  ") || strings.Contains(t, "\u3000") && hasGap(t):
		kind = Gap
	case strings.IndexByte(t, ' ') >= 0 || strings.Contains(t, "\u3000"):
		kind = Space
	default:
		return Row{}
	}
	cells := split(line, lo, hi, kind)
	switch kind {
	case Tab:
		for n := len(cells); n > 0 && blank(line, cells[n-1]); n-- {
			cells = cells[:n-1]
		}
	case Bar:
		if c := cells[0]; c[0] == c[1] {
			cells = cells[1:]
		}
		if n := len(cells); n > 0 && cells[n-1][0] == cells[n-1][1] {
			cells = cells[:n-1]
		}
	case Gap, Space:
		for i, c := range cells {
			s := line[c[0]:c[1]]
			if utf8.RuneCountInString(s) > MaxSpacedCell || strings.ContainsAny(s, "。；") {
				return Row{}
			}
			if kind == Space && (!spaceCell(s) || strings.Contains(s, "，") || i > 0 && unitGoesOn(line[cells[i-1][0]:cells[i-1][1]], s)) {
				return Row{}
			}
		}
	}
	full := 0
	for _, c := range cells {
		if !blank(line, c) {
			full++
		}
	}
	if full < 2 {
		return Row{}
	}
	return Row{Kind: kind, Cells: cells, Rule: strings.Trim(t, ruleRunes) == ""}
}

// ruleRunes are the runes of a rule under a Markdown header, with the
// separators of cells.
const ruleRunes = " \u3000\t|｜:：-—=+"

// split returns the cells of line[lo:hi] split at the separators of kind,
// each trimmed.
func split(line string, lo, hi int, kind Kind) [][2]int {
	var cells [][2]int
	from := lo // the start of the current cell
	for i := lo; i < hi; {
		r, w := utf8.DecodeRuneInString(line[i:])
		end := i + w // the end of the separator at i
		switch {
		case kind == Tab && r == '\t', kind == Bar && (r == '|' || r == '｜'), kind == Space && isSpace(r):
		case kind == Gap && isSpace(r):
			n := 1 // spaces in the run
			for end < hi {
				r, w := utf8.DecodeRuneInString(line[end:])
				if !isSpace(r) {
					break
				}
				end += w
				n++
			}
			if n < 2 {
				i = end
				continue
			}
		default:
			i = end
			continue
		}
		a, b := trim(line, from, i)
		cells = append(cells, [2]int{a, b})
		from, i = end, end
	}
	a, b := trim(line, from, hi)
	return append(cells, [2]int{a, b})
}

// isSpace reports whether r separates words: a space or an ideographic
// space.
func isSpace(r rune) bool { return r == ' ' || r == '\u3000' }

// hasGap reports whether s holds a run of two or more spaces.
func hasGap(s string) bool {
	prev := false
	for _, r := range s {
		sp := isSpace(r)
		if sp && prev {
			return true
		}
		prev = sp
	}
	return false
}

// trim returns the range [a, b) of s without the spaces, tabs and
// carriage returns around it.
func trim(s string, a, b int) (int, int) {
	for a < b {
		r, w := utf8.DecodeRuneInString(s[a:])
		if r != '\t' && r != '\r' && !isSpace(r) {
			break
		}
		a += w
	}
	for b > a {
		r, w := utf8.DecodeLastRuneInString(s[a:b])
		if r != '\t' && r != '\r' && !isSpace(r) {
			break
		}
		b -= w
	}
	return a, b
}

// blank reports whether the cell c of line holds nothing but white space
// (a no-break space counts).
func blank(line string, c [2]int) bool {
	return strings.TrimSpace(line[c[0]:c[1]]) == ""
}

// spaceCell reports whether a word between single spaces may be a cell:
// a number, or two runes or more that do not end a clause (not the 月 of
// 7 月 19 日, nor 代表建议， of prose).
// unitGoesOn reports whether cell c, after cell prev that ends in a digit,
// starts with the unit of that number and goes on with more words: the two
// are one phrase (2008 年工作思路), not two cells.
func unitGoesOn(prev, c string) bool {
	if prev == "" || prev[len(prev)-1] < '0' || prev[len(prev)-1] > '9' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(c)
	return strings.ContainsRune("年月日时件次个条名人项户元万亿", r) && utf8.RuneCountInString(c) > 2
}

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
