package corpus

import (
	"errors"
	"sort"
	"strconv"
	"unicode/utf8"
)

// Document is one summary: a whole file, or one part of a file that holds
// several (第一篇：…, 第二篇：…).
type Document struct {
	// Source is the path as given on the command line joined with the
	// file's path below it, in slash form: "docs/2024/a.txt".
	Source string
	// Part is the 1-based index of this document in its file; Parts is how
	// many documents the file holds.
	Part, Parts int

	Title    string // the heading; "" if none
	Township string // 镇/乡/街道/苏木 the summary is about; "" if unknown or masked
	Year     int    // the year the summary covers; 0 if unknown or masked
	// Spoken is the year the text was written in when that is the year
	// after the one it covers (a presidium's report to the January
	// sitting), which its 今年 and 去年 count from; 0 otherwise.
	Spoken   int
	Organ    string // 人大主席团, 人大工委 …; "" if unknown
	Date     string // signature date as partial ISO ("2024-12-21", "--12-21"); "" if none
	Text     string // cleaned UTF-8 text, lines separated by "\n"
	Encoding string // what the file was decoded from: "utf-8", "gb18030", "utf-16le" …
	Format   string // "txt", "docx", "doc", "html", "pdf"

	// Lines maps byte offsets of Text back to source lines. It is sorted by
	// Off; the source line of offset o is the Line of the last anchor with
	// Off <= o.
	Lines []LineAnchor

	// Warnings says what the reader noticed and worked around: undecodable
	// bytes, masked fields, dropped duplicate paragraphs.
	Warnings []string

	// published is the year of the page's own timestamp (a dropped
	// 2023-12-15 18:02 line at the top of a web or WeChat copy), the year
	// of last resort; 0 if none.
	published int
	// pageYear is that timestamp's year whatever its month, the year of
	// a news report (see publishedYear); 0 if none.
	pageYear int
}

// LineAnchor says that Text[Off:] starts on source line Line (1-based).
type LineAnchor struct {
	Off  int
	Line int
}

// ID is the document's stable identifier: Source, and "#part" when the file
// holds several documents.
func (d *Document) ID() string {
	if d.Parts > 1 {
		return d.Source + "#" + strconv.Itoa(d.Part)
	}
	return d.Source
}

// Line returns the 1-based source line of the byte offset off in Text, or 0
// when the document has no line map.
func (d *Document) Line(off int) int {
	i := sort.Search(len(d.Lines), func(i int) bool { return d.Lines[i].Off > off })
	if i == 0 {
		return 0
	}
	return d.Lines[i-1].Line
}

// RuneOffset converts a byte offset in Text to a rune offset. Offsets past the
// end count the runes of the whole text.
func (d *Document) RuneOffset(off int) int {
	if off > len(d.Text) {
		off = len(d.Text)
	}
	return utf8.RuneCountInString(d.Text[:off])
}

// Chars is the number of characters (runes) of the cleaned text.
func (d *Document) Chars() int { return utf8.RuneCountInString(d.Text) }

// ErrNoDocuments is returned for a file that holds no text once cleaned.
var ErrNoDocuments = errors.New("no text found")
