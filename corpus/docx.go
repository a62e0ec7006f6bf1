package corpus

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// readDocx returns the text of an Office Open XML document (.docx): the
// paragraphs of word/document.xml in order, table cells included, one
// paragraph a line. Deleted text (w:delText) and field codes (w:instrText)
// are skipped, as is the fallback copy of alternate content. limit bounds
// the decompressed size of document.xml, against zip bombs.
func readDocx(data []byte, limit int64) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", &Error{Msg: "not a valid .docx (damaged zip archive; open it in Word or WPS and save it again)", Err: err}
	}
	var doc *zip.File
	for _, f := range zr.File {
		if strings.EqualFold(f.Name, "word/document.xml") {
			doc = f
			break
		}
	}
	if doc == nil {
		return "", &Error{Msg: "not a Word .docx: no word/document.xml in the archive (is it an .xlsx or .pptx?)", Err: ErrUnsupported}
	}
	if doc.UncompressedSize64 > uint64(limit) {
		return "", &Error{Msg: fmt.Sprintf("word/document.xml unpacks to %d MB, over the %d MB limit (raise --max-size if the file is genuine)", doc.UncompressedSize64>>20, limit>>20), Err: ErrTooLarge}
	}
	rc, err := doc.Open()
	if err != nil {
		return "", &Error{Msg: "damaged .docx: cannot open word/document.xml (open it in Word or WPS and save it again)", Err: err}
	}
	defer rc.Close()
	// The header's size may lie; count what really comes out.
	lr := &io.LimitedReader{R: rc, N: limit + 1}
	text, err := docxText(lr)
	if lr.N <= 0 {
		return "", &Error{Msg: fmt.Sprintf("word/document.xml unpacks to more than %d MB (raise --max-size if the file is genuine)", limit>>20), Err: ErrTooLarge}
	}
	if err != nil {
		return "", &Error{Msg: "damaged .docx: bad XML in word/document.xml (open it in Word or WPS and save it again)", Err: err}
	}
	return text, nil
}

// docxText walks the WordprocessingML of a document part. Outside tables a
// paragraph is a line; a table row is a line with its cells separated by
// tabs and the paragraphs of a cell by spaces.
func docxText(r io.Reader) (string, error) {
	d := xml.NewDecoder(r)
	var (
		b      strings.Builder
		inText bool // inside w:t
		skip   int  // depth inside elements whose text is not read
		cells  int  // open w:tc elements
	)
	atLineStart := func() bool {
		s := b.String()
		return s == "" || s[len(s)-1] == '\n'
	}
	endLine := func() {
		if !atLineStart() {
			b.WriteByte('\n')
		}
	}
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return b.String(), err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 {
				skip++
				continue
			}
			switch t.Name.Local {
			case "delText", "instrText", "Fallback", "del", "moveFrom":
				skip = 1
			case "t":
				inText = true
			case "tab":
				b.WriteByte('\t')
			case "br", "cr":
				if cells > 0 {
					b.WriteByte(' ')
				} else {
					endLine()
				}
			case "tc":
				if cells == 0 && !atLineStart() {
					b.WriteByte('\t')
				}
				cells++
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				if cells > 0 {
					b.WriteByte(' ')
				} else {
					endLine()
				}
			case "tc":
				if cells > 0 {
					cells--
				}
			case "tr":
				if cells == 0 {
					endLine()
				}
			}
		case xml.CharData:
			if inText && skip == 0 {
				b.Write(t)
			}
		}
	}
	return b.String(), nil
}
