package corpus

// Writers for the test files: each format is generated from our own text,
// so the tests need no binary fixtures.

import (
	"archive/zip"
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"html"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"
)

// makeDocx writes a minimal .docx whose body is the given XML (w:p and w:tbl
// elements).
func makeDocx(tb testing.TB, body string) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	files := []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` +
			body + `</w:body></w:document>`},
	}
	for _, f := range files {
		w, err := zw.Create(f.name)
		if err != nil {
			tb.Fatal(err)
		}
		w.Write([]byte(f.data))
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// wpara is a w:p with one run per string.
func wpara(runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	for _, r := range runs {
		fmt.Fprintf(&b, `<w:r><w:t xml:space="preserve">%s</w:t></w:r>`, html.EscapeString(r))
	}
	b.WriteString("</w:p>")
	return b.String()
}

// makeDoc writes a minimal Word 97 file: an OLE compound file (version 3,
// 512-byte sectors, no mini stream) with a WordDocument stream and a
// 1Table stream holding a piece table. Each piece is stored as UTF-16, or
// as 8-bit text when compressed is true and it is ASCII.
func makeDoc(tb testing.TB, pieces []string, compressed []bool) []byte {
	tb.Helper()
	le := binary.LittleEndian
	// WordDocument: a FIB, then the text of each piece.
	const fibSize = 1024
	wd := make([]byte, fibSize)
	le.PutUint16(wd[0:], 0xA5EC)
	le.PutUint16(wd[2:], 0x00C1)
	le.PutUint16(wd[0x0A:], 0x0200) // fWhichTblStm: 1Table
	p := 32
	le.PutUint16(wd[p:], 14) // csw
	p += 2 + 28
	le.PutUint16(wd[p:], 22) // cslw
	lw := p + 2
	p = lw + 88
	le.PutUint16(wd[p:], 93) // cbRgFcLcb
	fl := p + 2
	var cps []int
	var fcs []uint32
	cp := 0
	for i, s := range pieces {
		cps = append(cps, cp)
		if i < len(compressed) && compressed[i] {
			fcs = append(fcs, uint32(2*len(wd))|0x40000000)
			wd = append(wd, s...)
			cp += len(s)
		} else {
			u := utf16.Encode([]rune(s))
			fcs = append(fcs, uint32(len(wd)))
			for _, c := range u {
				wd = le.AppendUint16(wd, c)
			}
			cp += len(u)
		}
	}
	cps = append(cps, cp)
	le.PutUint32(wd[lw+12:], uint32(cp)) // ccpText
	// Table: the Clx at offset 0.
	var plc []byte
	for _, c := range cps {
		plc = le.AppendUint32(plc, uint32(c))
	}
	for _, fc := range fcs {
		plc = le.AppendUint16(plc, 0)
		plc = le.AppendUint32(plc, fc)
		plc = le.AppendUint16(plc, 0)
	}
	tbl := []byte{0x02}
	tbl = le.AppendUint32(tbl, uint32(len(plc)))
	tbl = append(tbl, plc...)
	le.PutUint32(wd[fl+33*8:], 0)
	le.PutUint32(wd[fl+33*8+4:], uint32(len(tbl)))
	return makeCFB(tb, map[string][]byte{"WordDocument": wd, "1Table": tbl})
}

// makeCFB writes a compound file holding the given root streams. Streams
// are padded with zeros to 4096 bytes so none goes to the mini stream.
func makeCFB(tb testing.TB, streams map[string][]byte) []byte {
	tb.Helper()
	le := binary.LittleEndian
	const sec = 512
	const endOfChain, freeSect, fatSect = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
	names := make([]string, 0, len(streams))
	for n := range streams {
		names = append(names, n)
	}
	sort.Strings(names)
	// Sector 0: FAT; sector 1: directory; then the streams.
	fat := []uint32{fatSect, endOfChain}
	var body []byte
	starts := map[string]uint32{}
	sizes := map[string]int{}
	for _, n := range names {
		data := streams[n]
		if len(data) < 4096 {
			data = append(data, make([]byte, 4096-len(data))...)
		}
		sizes[n] = len(data)
		for len(data)%sec != 0 {
			data = append(data, 0)
		}
		first := uint32(len(fat))
		starts[n] = first
		k := len(data) / sec
		for i := 0; i < k; i++ {
			if i == k-1 {
				fat = append(fat, endOfChain)
			} else {
				fat = append(fat, uint32(len(fat)+1))
			}
		}
		body = append(body, data...)
	}
	if len(fat) > sec/4 {
		tb.Fatalf("makeCFB: streams too large for one FAT sector")
	}
	for len(fat) < sec/4 {
		fat = append(fat, freeSect)
	}
	hdr := make([]byte, sec)
	copy(hdr, cfbMagic)
	le.PutUint16(hdr[0x18:], 0x003E)
	le.PutUint16(hdr[0x1A:], 3)
	le.PutUint16(hdr[0x1C:], 0xFFFE)
	le.PutUint16(hdr[0x1E:], 9)
	le.PutUint16(hdr[0x20:], 6)
	le.PutUint32(hdr[0x2C:], 1) // FAT sectors
	le.PutUint32(hdr[0x30:], 1) // first directory sector
	le.PutUint32(hdr[0x38:], 4096)
	le.PutUint32(hdr[0x3C:], endOfChain) // mini FAT
	le.PutUint32(hdr[0x44:], endOfChain) // DIFAT
	for i := 0; i < 109; i++ {
		le.PutUint32(hdr[0x4C+4*i:], freeSect)
	}
	le.PutUint32(hdr[0x4C:], 0)
	fatb := make([]byte, 0, sec)
	for _, f := range fat {
		fatb = le.AppendUint32(fatb, f)
	}
	dir := make([]byte, sec)
	entry := func(i int, name string, typ byte, left, right, child, start uint32, size int) {
		e := dir[128*i : 128*(i+1)]
		u := utf16.Encode([]rune(name))
		for j, c := range u {
			le.PutUint16(e[2*j:], c)
		}
		le.PutUint16(e[64:], uint16(2*(len(u)+1)))
		e[66] = typ
		e[67] = 1 // black
		le.PutUint32(e[68:], left)
		le.PutUint32(e[72:], right)
		le.PutUint32(e[76:], child)
		le.PutUint32(e[116:], start)
		le.PutUint64(e[120:], uint64(size))
	}
	entry(0, "Root Entry", 5, freeSect, freeSect, 1, endOfChain, 0)
	for i, n := range names {
		right := uint32(freeSect)
		if i+2 <= len(names) {
			right = uint32(i + 2)
		}
		entry(i+1, n, 2, freeSect, right, freeSect, starts[n], sizes[n])
	}
	for i := len(names) + 1; i < 4; i++ {
		e := dir[128*i : 128*(i+1)]
		le.PutUint32(e[68:], freeSect)
		le.PutUint32(e[72:], freeSect)
		le.PutUint32(e[76:], freeSect)
	}
	out := append(hdr, fatb...)
	out = append(out, dir...)
	return append(out, body...)
}

// stream writes a PDF stream object, Flate-compressed when z is true.
func stream(data string, z bool) string {
	if !z {
		return fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", len(data), data)
	}
	var b bytes.Buffer
	zw := zlib.NewWriter(&b)
	zw.Write([]byte(data))
	zw.Close()
	return fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", b.Len(), b.String())
}

// makePDF writes a one-font PDF whose pages hold the given lines in a
// Type0 font with Identity-H encoding and a ToUnicode map, as Chinese PDFs
// from office suites do. The glyph ids are arbitrary (1, 2, 3 … by first
// use), so only the ToUnicode map tells the text: a reader that ignores it
// gets garbage.
func makePDF(tb testing.TB, pages [][]string) []byte {
	tb.Helper()
	return makePDFOpt(tb, pages, false)
}

// makePDFOpt is makePDF with Flate-compressed streams when z is true.
func makePDFOpt(tb testing.TB, pages [][]string, z bool) []byte {
	tb.Helper()
	gid := map[rune]int{}
	var order []rune
	code := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			if r > 0xFFFF {
				r = '?'
			}
			g, ok := gid[r]
			if !ok {
				g = len(gid) + 1
				gid[r] = g
				order = append(order, r)
			}
			fmt.Fprintf(&b, "%04X", g)
		}
		return b.String()
	}
	var contents []string
	for _, lines := range pages {
		var c strings.Builder
		c.WriteString("BT /F1 12 Tf 14 TL 50 800 Td\n")
		for _, l := range lines {
			fmt.Fprintf(&c, "<%s> Tj T*\n", code(l))
		}
		c.WriteString("ET\n")
		contents = append(contents, c.String())
	}
	var cmap strings.Builder
	cmap.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
	for i := 0; i < len(order); i += 100 {
		j := min(i+100, len(order))
		fmt.Fprintf(&cmap, "%d beginbfchar\n", j-i)
		for _, r := range order[i:j] {
			fmt.Fprintf(&cmap, "<%04X> <%04X>\n", gid[r], r)
		}
		cmap.WriteString("endbfchar\n")
	}
	cmap.WriteString("endcmap CMapName currentdict /CMap defineresource pop end end\n")

	// Objects: 1 catalog, 2 pages, 3 font, 4 CID font, 5 descriptor,
	// 6 ToUnicode, then page and content pairs.
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"", // pages, below
		"<< /Type /Font /Subtype /Type0 /BaseFont /TestSong /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 >>",
		"<< /Type /FontDescriptor /FontName /TestSong /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
		stream(cmap.String(), z),
	}
	var kids []string
	for i, c := range contents {
		page := 7 + 2*i
		kids = append(kids, fmt.Sprintf("%d 0 R", page))
		objs = append(objs,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", page+1),
			stream(c, z))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}
