package extract

import (
	"regexp"
	"slices"
	"strconv"
)

// itemPointRe matches an item number at the start of a line followed by a
// point and a digit: the 1．of 1．3月8日召开…, which a reader would otherwise
// take for the decimal 1.3. Group 1 is the number, group 2 the point.
var itemPointRe = regexp.MustCompile(`(?m)^[ \t]*(\d{1,2})(\.)\d`)

// plainItemRe matches an item number at the start of a line followed by
// a point and no digit: 2．会议期间…, the numbering a document uses.
var plainItemRe = regexp.MustCompile(`(?m)^[ \t]*(\d{1,2})\.[^\d\s.]`)

// dateAfterRe matches what follows an item number's point when it starts
// a date: 3月, 12日, 2019年.
var dateAfterRe = regexp.MustCompile(`^(?:\d{1,2}[月日号]|\d{4}年)`)

// blankListPoints returns text (full-width already folded) with the point
// of such item numbers replaced by a space, byte for byte, so offsets stay
// valid. A point is an item number's when what follows starts a date (no
// figure reads 1.3月) or when the items numbered the same way next to it,
// before or after, carry the numbers around it (1．12个村… followed by
// 2．会议期间…).
func blankListPoints(text string) string {
	cands := findAll(itemPointRe, text)
	if cands == nil {
		return text
	}
	// every item number at a line start, in order: candidates and plain
	type item struct{ at, n int }
	var items []item
	for _, m := range findAll(plainItemRe, text) {
		items = append(items, item{m[2], itemNumber(text[m[2]:m[3]])})
	}
	for _, m := range cands {
		items = append(items, item{m[2], itemNumber(text[m[2]:m[3]])})
	}
	slices.SortFunc(items, func(a, b item) int { return a.at - b.at })
	var b []byte
	for _, m := range cands {
		n := itemNumber(text[m[2]:m[3]])
		isItem := dateAfterRe.MatchString(text[m[5]:])
		if !isItem {
			k, _ := slices.BinarySearchFunc(items, m[2], func(it item, at int) int { return it.at - at })
			isItem = k > 0 && items[k-1].n == n-1 || k+1 < len(items) && items[k+1].n == n+1
		}
		if isItem {
			if b == nil {
				b = []byte(text)
			}
			b[m[4]] = ' '
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// itemNumber reads the digits of an item number (the regexps give only
// digits).
func itemNumber(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
