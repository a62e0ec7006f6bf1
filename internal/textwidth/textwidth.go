// Package textwidth measures text in the cells of a fixed-pitch display:
// an East Asian wide or fullwidth rune (a Chinese character, a full-width
// mark) takes two cells, others one. export sizes the workbook's columns
// with it, corpus measures the lines of hard-wrapped text.
package textwidth

import "golang.org/x/text/width"

// Cells returns the width of s in cells. ambiguousWide counts the runes
// whose width depends on the font (“”, —, …, ×, ①) as two, as Chinese
// fonts set them; otherwise as one.
func Cells(s string, ambiguousWide bool) int {
	n := 0
	for _, r := range s {
		n++
		if r < 0x80 || r < 0x1100 && !ambiguousWide {
			continue // below the first wide rune: narrow
		}
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n++
		case width.EastAsianAmbiguous:
			if ambiguousWide {
				n++
			}
		}
	}
	return n
}
