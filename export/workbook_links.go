package export

import (
	"bytes"
	"compress/flate"
	"encoding/xml"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// The title of each document on 对比 links to its first fact. excelize's
// SetCellHyperLink looks through every link already on the sheet before it
// adds one (so that a cell has one link), which made 50,000 links cost
// about 11 s of CPU (issue 7), and it keeps them all in memory as structs
// of strings. The links of a sheet are written instead as excelize writes
// the sheet into the zip: only the first goes through SetCellHyperLink, so
// that excelize writes the sheet's <hyperlinks> element where the format
// wants it, and sheetZip replaces that element, as it passes, with one that
// holds all of them. Only the public ZipWriter hook and the file format
// are involved. A sheet whose element is not found fails WriteFile rather
// than leave its titles without links.

// compareLink is a title on a 对比 sheet that links to its first fact.
type compareLink struct {
	row       int32 // the row of the title on its 对比 sheet
	factPart  int32 // the 事实 sheet of the fact: 0 for 事实, 1 for 事实2 …
	firstFact int32 // the row of the fact on that sheet
}

const (
	linkTitleCol = "C" // 标题
	linkTooltip  = "查看本篇在“{facts}”表中的数字"
)

func (l compareLink) cell() string     { return linkTitleCol + strconv.Itoa(int(l.row)) }
func (l compareLink) location() string { return linkLocation(int(l.factPart), int(l.firstFact)) }
func (l compareLink) tooltip() string {
	return strings.Replace(linkTooltip, "{facts}", partName(sheetFacts, int(l.factPart)+1), 1)
}

func linkLocation(factPart, row int) string {
	return "'" + partName(sheetFacts, factPart+1) + "'!A" + strconv.Itoa(row)
}

// sheetLinks are the links of one 对比 sheet, in row order. The first was
// set with SetCellHyperLink; its location, which no other sheet's first
// link has (each document has its own first fact), tells sheetZip which
// sheet's element it is looking at.
type sheetLinks struct {
	sheet   string
	links   []compareLink
	written bool
}

// setLinks gives the titles of a 对比 sheet their links (see above). The
// sheet must still be open for streaming.
func (w *Workbook) setLinks(sheet string, links []compareLink) error {
	if len(links) == 0 {
		return nil
	}
	first := links[0]
	tip := first.tooltip()
	if err := w.f.SetCellHyperLink(sheet, first.cell(), first.location(), "Location",
		excelize.HyperlinkOpts{Tooltip: &tip}); err != nil {
		return err
	}
	if len(links) > 1 {
		if w.links == nil {
			w.links = map[string]*sheetLinks{}
		}
		w.links[first.location()] = &sheetLinks{sheet: sheet, links: links}
	}
	return nil
}

// sheetZip is the zip writer excelize writes the workbook through: it
// passes every entry on, and splices into the worksheets the rows of their
// files (workbook_rowfiles.go) and the links of w.links (into the sheets
// whose <hyperlinks> element holds a known first link).
type sheetZip struct {
	zw    excelize.ZipWriter
	links map[string]*sheetLinks // by the location of the first link
	rows  *rowFiles
	// the splicers of the worksheet being written, the one excelize writes
	// to first, and its deflateEntry if it has one (last)
	cur []interface{ end() error }
	fw  *flate.Writer // for the deflateEntries, made once
}

func newSheetZip(zw excelize.ZipWriter, links map[string]*sheetLinks, rows *rowFiles) *sheetZip {
	return &sheetZip{zw: zw, links: links, rows: rows}
}

func (z *sheetZip) Create(name string) (io.Writer, error) {
	if err := z.end(); err != nil {
		return nil, err
	}
	sheet := strings.HasPrefix(name, "xl/worksheets/") && strings.HasSuffix(name, ".xml")
	rc, raw := z.zw.(rawCreator)
	if !sheet || !raw || !z.rows.deflated() {
		out, err := z.zw.Create(name)
		if err != nil || !sheet {
			return out, err
		}
		return z.splice(out, nil), nil
	}
	// a sheet may take deflated rows (workbook_deflate.go)
	if z.fw == nil {
		z.fw, _ = flate.NewWriter(io.Discard, deflateLevel) // the level is valid
	}
	e := newDeflateEntry(rc, name, z.fw)
	return z.splice(e, e), nil
}

// splice returns the writer of a worksheet that goes to out: excelize →
// links → rows → out; the links' splicer sees only what excelize writes,
// not the rows. e, if not nil, is out, ended after the splicers.
func (z *sheetZip) splice(out io.Writer, e *deflateEntry) io.Writer {
	var rs, ls *elementSplicer
	if len(z.rows.files) > 0 {
		rs = newRowSplicer(out, z.rows)
		out = rs
	}
	if len(z.links) > 0 {
		ls = newLinkSplicer(out, z.links)
		out = ls
	}
	for _, c := range []*elementSplicer{ls, rs} {
		if c != nil {
			z.cur = append(z.cur, c)
		}
	}
	if e != nil {
		z.cur = append(z.cur, e)
	}
	return out
}

func (z *sheetZip) AddFS(fsys fs.FS) error {
	if err := z.end(); err != nil {
		return err
	}
	return z.zw.AddFS(fsys)
}

// Close ends the zip. It fails if a sheet's links or rows were not written.
func (z *sheetZip) Close() error {
	if err := z.end(); err != nil {
		return err
	}
	for _, sl := range z.links {
		if !sl.written {
			return fmt.Errorf("the links of sheet %s were not written (its <hyperlinks> element was not found)", sl.sheet)
		}
	}
	for _, rf := range z.rows.files {
		if !rf.done {
			return fmt.Errorf("the rows of sheet %s were not written (its marker row was not found)", rf.sheet)
		}
	}
	return z.zw.Close()
}

func (z *sheetZip) end() error {
	for _, c := range z.cur {
		if err := c.end(); err != nil {
			return err
		}
	}
	z.cur = z.cur[:0]
	return nil
}

var (
	linksOpen  = []byte("<hyperlinks>")
	linksClose = []byte("</hyperlinks>")
)

// newLinkSplicer returns a writer that passes a worksheet's XML on to out
// and replaces its <hyperlinks> element when it holds a known first link.
// Cell text cannot hold the element's tags: excelize escapes "<" in text.
func newLinkSplicer(out io.Writer, links map[string]*sheetLinks) *elementSplicer {
	return &elementSplicer{out: out, open: linksOpen, close: linksClose,
		replace: func(elem []byte) error { return replaceLinks(out, links, elem) }}
}

// replaceLinks writes to out the links of the sheet whose <hyperlinks>
// element is elem, in its place; an element of another sheet is written as
// it is.
func replaceLinks(out io.Writer, links map[string]*sheetLinks, elem []byte) error {
	var h struct {
		Links []struct {
			Location string `xml:"location,attr"`
		} `xml:"hyperlink"`
	}
	if err := xml.Unmarshal(elem, &h); err != nil || len(h.Links) != 1 {
		_, err := out.Write(elem)
		return err
	}
	sl := links[h.Links[0].Location]
	if sl == nil || sl.written {
		_, err := out.Write(elem)
		return err
	}
	sl.written = true
	var b bytes.Buffer
	b.Write(linksOpen)
	for _, l := range sl.links {
		b.WriteString(`<hyperlink ref="`)
		b.WriteString(l.cell())
		b.WriteString(`" location="`)
		xml.EscapeText(&b, []byte(l.location()))
		b.WriteString(`" tooltip="`)
		xml.EscapeText(&b, []byte(l.tooltip()))
		b.WriteString(`"></hyperlink>`)
		if b.Len() >= 64<<10 {
			if _, err := out.Write(b.Bytes()); err != nil {
				return err
			}
			b.Reset()
		}
	}
	b.Write(linksClose)
	_, err := out.Write(b.Bytes())
	return err
}
