package corpus

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"

	"github.com/richardlehane/mscfb"
	"golang.org/x/text/encoding/charmap"
)

// Word 97–2003 (.doc, and Kingsoft .wps saved in that format) keeps its text
// in the WordDocument stream of an OLE compound file. The piece table (the
// Clx in the 0Table or 1Table stream) says where each run of characters
// lies and whether it is stored as UTF-16 or as 8-bit Windows-1252.
// [MS-DOC] 2.5.1 (Fib), 2.9.38 (Clx), 2.9.177 (Pcd).

var cfbMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// readWord97 returns the main text of a Word 97–2003 file, one paragraph a
// line. limit bounds the bytes read from any stream.
func readWord97(data []byte, limit int64) (string, error) {
	if !bytes.HasPrefix(data, cfbMagic) {
		if bytes.HasPrefix(data, []byte{0xDB, 0xA5}) || bytes.HasPrefix(data, []byte{0x9B, 0xA5}) {
			return "", &Error{Msg: "a Word 2.0 file, which zongjie cannot read (open it in Word or WPS and save it as .docx)", Err: ErrUnsupported}
		}
		return "", &Error{Msg: "not a Word 97-2003 file (no OLE header; if it is an old Kingsoft WPS file, save it as .docx)", Err: ErrUnsupported}
	}
	r, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return "", &Error{Msg: "damaged Word 97-2003 file (open it in Word or WPS and save it again)", Err: err}
	}
	streams := map[string][]byte{}
	for {
		f, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", &Error{Msg: "damaged Word 97-2003 file (open it in Word or WPS and save it again)", Err: err}
		}
		switch f.Name {
		case "WordDocument", "0Table", "1Table":
			if len(f.Path) > 0 { // only streams at the root
				continue
			}
			b, err := io.ReadAll(io.LimitReader(f, limit+1))
			if err != nil {
				return "", &Error{Msg: "damaged Word 97-2003 file: cannot read stream " + f.Name, Err: err}
			}
			if int64(len(b)) > limit {
				return "", &Error{Msg: "Word stream larger than --max-size (raise --max-size to read it)", Err: ErrTooLarge}
			}
			streams[f.Name] = b
		}
	}
	wd := streams["WordDocument"]
	if wd == nil {
		if _, ok := streams["0Table"]; !ok {
			return "", &Error{Msg: "an OLE file without a WordDocument stream: not a Word document (is it an Excel or PowerPoint file?)", Err: ErrUnsupported}
		}
		return "", &Error{Msg: "damaged Word 97-2003 file: no WordDocument stream", Err: ErrUnsupported}
	}
	return word97Text(wd, streams)
}

var errWordDamaged = errors.New("damaged Word 97-2003 file")

func word97Text(wd []byte, streams map[string][]byte) (string, error) {
	damaged := func(what string) error {
		return &Error{Msg: "damaged Word 97-2003 file: " + what + " (open it in Word or WPS and save it again)", Err: errWordDamaged}
	}
	if len(wd) < 34 {
		return "", damaged("header too short")
	}
	le := binary.LittleEndian
	if le.Uint16(wd[0:]) != 0xA5EC {
		return "", damaged("bad header signature")
	}
	nFib := le.Uint16(wd[2:])
	flags := le.Uint16(wd[0x0A:])
	if flags&0x0100 != 0 { // fEncrypted
		return "", &Error{Msg: "the Word file is password protected (remove the password and save it again)", Err: ErrUnsupported}
	}
	if nFib < 0x00C1 && nFib != 0 {
		return "", &Error{Msg: fmt.Sprintf("a Word 6/95 file (version %#x), which zongjie cannot read (save it as .docx)", nFib), Err: ErrUnsupported}
	}
	table := "0Table"
	if flags&0x0200 != 0 { // fWhichTblStm
		table = "1Table"
	}
	tbl := streams[table]
	if tbl == nil {
		return "", damaged("no " + table + " stream")
	}
	// FibBase (32 bytes), csw, FibRgW97, cslw, FibRgLw97, cbRgFcLcb, FibRgFcLcb.
	p := 32
	csw := int(le.Uint16(wd[p:]))
	p += 2 + 2*csw
	if p+2 > len(wd) {
		return "", damaged("header too short")
	}
	cslw := int(le.Uint16(wd[p:]))
	lw := p + 2
	p = lw + 4*cslw
	if p+2 > len(wd) || cslw < 4 {
		return "", damaged("header too short")
	}
	ccpText := int(le.Uint32(wd[lw+12:])) // main document length in characters
	cb := int(le.Uint16(wd[p:]))
	fl := p + 2
	if cb < 34 || fl+34*8 > len(wd) {
		return "", damaged("header too short")
	}
	fcClx := int(le.Uint32(wd[fl+33*8:]))
	lcbClx := int(le.Uint32(wd[fl+33*8+4:]))
	if lcbClx <= 0 || fcClx < 0 || fcClx+lcbClx > len(tbl) || fcClx+lcbClx < fcClx {
		return "", damaged("piece table out of range")
	}
	clx := tbl[fcClx : fcClx+lcbClx]
	// Skip Prc entries (0x01), then the Pcdt (0x02).
	for len(clx) > 0 && clx[0] == 0x01 {
		if len(clx) < 3 {
			return "", damaged("bad piece table")
		}
		n := int(int16(le.Uint16(clx[1:])))
		if n < 0 || 3+n > len(clx) {
			return "", damaged("bad piece table")
		}
		clx = clx[3+n:]
	}
	if len(clx) < 5 || clx[0] != 0x02 {
		return "", damaged("no piece table")
	}
	lcb := int(le.Uint32(clx[1:]))
	plc := clx[5:]
	if lcb > len(plc) || lcb < 4 || (lcb-4)%12 != 0 {
		return "", damaged("bad piece table")
	}
	n := (lcb - 4) / 12
	cps := make([]int, n+1)
	for i := range cps {
		cps[i] = int(le.Uint32(plc[4*i:]))
	}
	pcds := plc[4*(n+1):]
	var out []rune
	for i := 0; i < n; i++ {
		start, end := cps[i], cps[i+1]
		if ccpText > 0 && start >= ccpText {
			break
		}
		if ccpText > 0 && end > ccpText {
			end = ccpText
		}
		if end < start || end-start > len(wd) {
			return "", damaged("bad piece table")
		}
		fc := le.Uint32(pcds[8*i+2:])
		count := end - start
		if fc&0x40000000 != 0 { // fCompressed: 8-bit characters
			off := int((fc &^ 0x40000000) / 2)
			if off+count > len(wd) || off < 0 {
				return "", damaged("text out of range")
			}
			for _, c := range wd[off : off+count] {
				out = append(out, compressedRune(c))
			}
			continue
		}
		off := int(fc)
		if off+2*count > len(wd) || off < 0 {
			return "", damaged("text out of range")
		}
		u := make([]uint16, count)
		for j := range u {
			u[j] = le.Uint16(wd[off+2*j:])
		}
		out = append(out, utf16.Decode(u)...)
	}
	return wordControls(out), nil
}

// compressedRune maps an 8-bit character of a compressed piece
// (Windows-1252).
func compressedRune(c byte) rune {
	if c < 0x80 {
		return rune(c)
	}
	return charmap.Windows1252.DecodeByte(c)
}

// wordControls turns Word's control characters into text: paragraph, cell
// and row ends into line ends, field codes dropped (the result kept),
// objects and other controls removed.
func wordControls(rs []rune) string {
	var b strings.Builder
	depth := 0        // field nesting
	var inCode []bool // per open field: still in its code part
	for i, r := range rs {
		switch r {
		case 0x13: // field begin
			depth++
			inCode = append(inCode, true)
			continue
		case 0x14: // field separator: the result follows
			if depth > 0 {
				inCode[depth-1] = false
			}
			continue
		case 0x15: // field end
			if depth > 0 {
				depth--
				inCode = inCode[:depth]
			}
			continue
		}
		if depth > 0 && inCode[depth-1] {
			continue
		}
		switch r {
		case 0x07:
			// A cell end; a row end follows the last cell's, so two in a
			// row end the table row's line.
			if i+1 < len(rs) && rs[i+1] == 0x07 {
				continue
			}
			if i > 0 && rs[i-1] == 0x07 {
				b.WriteByte('\n')
			} else {
				b.WriteByte('\t')
			}
		case '\r', 0x0B, 0x0C, 0x0E:
			b.WriteByte('\n')
		case '\t':
			b.WriteByte('\t')
		case 0x1E: // non-breaking hyphen
			b.WriteByte('-')
		case 0x1F, 0x01, 0x08, 0x02, 0x05, 0xFEFF:
		default:
			if r < 0x20 {
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}
