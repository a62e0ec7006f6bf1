package corpus

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// rtfMagic starts every RTF file. Archives often hold RTF files named .doc:
// Word saves them so, and many sites serve them so.
var rtfMagic = []byte(`{\rtf`)

// rtfSkip lists the destinations whose text is never body text: tables of
// fonts, colours, styles and lists, document properties, pictures, embedded
// objects, field instructions (the text of a field is its result), page
// headers and footers, and footnotes.
var rtfSkip = map[string]bool{
	"fonttbl": true, "colortbl": true, "stylesheet": true, "info": true, "pict": true,
	"object": true, "fldinst": true, "listtable": true, "listoverridetable": true,
	"rsidtbl": true, "generator": true, "xmlnstbl": true, "themedata": true,
	"colorschememapping": true, "latentstyles": true, "datastore": true,
	"header": true, "headerl": true, "headerr": true, "headerf": true,
	"footer": true, "footerl": true, "footerr": true, "footerf": true,
	"footnote": true, "annotation": true, "atnid": true, "atnauthor": true,
	"filetbl": true, "revtbl": true, "pgdsctbl": true, "mmathPr": true,
	"bkmkstart": true, "bkmkend": true, "nonshppict": true, "shpinst": true,
	"template": true, "userprops": true, "docvar": true, "pntxta": true,
	"xe": true, "tc": true, "tcn": true, "txe": true, "rxe": true,
	"pntxtb": true, "falt": true, "panose": true,
}

// rtfSymbols are control words that stand for one character.
var rtfSymbols = map[string]string{
	"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n",
	"cell": "\t", "tab": "\t", "emdash": "—", "endash": "–", "emspace": " ",
	"enspace": " ", "qmspace": " ", "bullet": "•", "lquote": "‘", "rquote": "’",
	"ldblquote": "“", "rdblquote": "”", "nestcell": "\t", "nestrow": "\n",
}

// rtfMaxDepth is the deepest nesting of groups read; real documents stay
// far below it, and a damaged file must not grow the stack without bound.
const rtfMaxDepth = 1000

// rtfState is what a group carries: whether its text is skipped or hidden,
// how many fallback characters follow \u, the code page of \'hh bytes
// (nil when the document declares none), and whether the font is a symbol
// font (Symbol, Wingdings), whose bytes are bullets rather than text.
type rtfState struct {
	skip   bool
	hidden bool
	uc     int
	enc    encoding.Encoding
	symbol bool
}

// readRTF returns the body text of an RTF document: paragraphs one a line,
// table cells separated by tabs. \'hh bytes are decoded with the code page
// of the current font (\fcharset), else of the document (\ansicpg), else as
// UTF-8 when they are valid UTF-8 and GB18030 when not; \uN characters
// are taken as written, their fallback bytes dropped. enc names the code
// page used most; warns counts undecodable bytes.
func readRTF(data []byte, limit int64) (text, enc string, warns []string, err error) {
	if !bytes.HasPrefix(bytes.TrimLeft(data, "\xEF\xBB\xBF \r\n\t"), rtfMagic) {
		return "", "", nil, &Error{Msg: "not an RTF file (no {\\rtf header; the file is damaged or misnamed)", Err: ErrUnsupported}
	}
	r := rtfReader{data: data, fonts: rtfFonts(data), limit: int(limit), used: map[string]int{}}
	r.st = rtfState{uc: 1}
	if err := r.run(); err != nil {
		return "", "", nil, err
	}
	enc, most := "ascii", 0
	for name, n := range r.used {
		if n > most || n == most && name < enc {
			enc, most = name, n
		}
	}
	text = r.out.String()
	if bad := strings.Count(text, "\uFFFD"); bad > 0 {
		warns = append(warns, fmt.Sprintf("有 %d 个字符无法按 %s 解码，已替换为 U+FFFD", bad, enc))
	}
	return text, enc, warns, nil
}

type rtfReader struct {
	data    []byte
	i       int
	st      rtfState
	stack   []rtfState
	out     strings.Builder
	pending []byte // code-page bytes not yet decoded
	fonts   map[int]rtfFontInfo
	deflt   encoding.Encoding // from \ansicpg
	deff    int               // \deffN, the font of text before any \f
	limit   int
	skipN   int            // fallback characters still to drop after \u
	used    map[string]int // bytes decoded per code page
}

func (r *rtfReader) run() error {
	for r.i < len(r.data) {
		if r.out.Len() > r.limit {
			return &Error{Msg: "RTF text too large (raise --max-size to read it)", Err: ErrTooLarge}
		}
		c := r.data[r.i]
		switch c {
		case '{':
			r.flush()
			if len(r.stack) >= rtfMaxDepth {
				return &Error{Msg: "RTF groups nested too deeply (the file is damaged; re-save it as .docx)", Err: ErrUnsupported}
			}
			r.stack = append(r.stack, r.st)
			r.i++
			if bytes.HasPrefix(r.data[r.i:], []byte(`\*`)) {
				r.st.skip = true
			}
		case '}':
			r.flush()
			if n := len(r.stack); n > 0 {
				r.st = r.stack[n-1]
				r.stack = r.stack[:n-1]
			}
			r.i++
			r.skipN = 0
		case '\\':
			r.control()
		case '\r', '\n':
			r.i++
		default:
			r.i++
			if r.skipN > 0 {
				r.skipN--
				continue
			}
			if r.st.skip || r.st.hidden {
				continue
			}
			if c >= 0x80 || r.needTrail() {
				// 8-bit text outside \'hh, or the second byte of a
				// double-byte character written as it is (\'e9F is 镕).
				r.pending = append(r.pending, c)
				continue
			}
			r.flush()
			r.out.WriteByte(c)
		}
	}
	r.flush()
	return nil
}

// control reads one control word or symbol at r.i (a backslash).
func (r *rtfReader) control() {
	r.i++
	if r.i >= len(r.data) {
		return
	}
	c := r.data[r.i]
	if !isASCIILetter(c) {
		r.i++
		switch c {
		case '\'':
			if r.i+2 <= len(r.data) {
				b, err := strconv.ParseUint(string(r.data[r.i:r.i+2]), 16, 8)
				r.i += 2
				if err != nil {
					return
				}
				if r.skipN > 0 {
					r.skipN--
					return
				}
				if !r.st.skip && !r.st.hidden {
					r.pending = append(r.pending, byte(b))
				}
			}
		case '\\', '{', '}':
			if r.needTrail() && r.skipN == 0 && !r.st.skip && !r.st.hidden {
				r.pending = append(r.pending, c)
				return
			}
			r.text(string(c))
		case '~':
			r.text(" ")
		case '_':
			r.text("-")
		case '\r', '\n':
			r.text("\n") // a backslash before a line break is \par
		}
		return
	}
	start := r.i
	for r.i < len(r.data) && isASCIILetter(r.data[r.i]) {
		r.i++
	}
	word := string(r.data[start:r.i])
	arg, hasArg := 0, false
	if r.i < len(r.data) && (r.data[r.i] == '-' || isDigit(r.data[r.i])) {
		s := r.i
		r.i++
		for r.i < len(r.data) && isDigit(r.data[r.i]) && r.i-s < 11 {
			r.i++
		}
		arg, _ = strconv.Atoi(string(r.data[s:r.i]))
		hasArg = true
	}
	if r.i < len(r.data) && r.data[r.i] == ' ' {
		r.i++ // the delimiting space belongs to the control word
	}
	switch word {
	case "bin":
		if hasArg && arg > 0 {
			r.i = min(len(r.data), r.i+arg)
		}
		return
	case "u":
		if !hasArg {
			return
		}
		if arg < 0 {
			arg += 65536
		}
		if !r.st.skip && !r.st.hidden {
			r.flush()
			if utf16.IsSurrogate(rune(arg)) {
				r.surrogate(arg)
			} else {
				r.out.WriteRune(rune(arg))
			}
		}
		r.skipN = r.st.uc
		return
	case "uc":
		if hasArg && arg >= 0 && arg < 10 {
			r.st.uc = arg
		}
		return
	case "ansicpg":
		if e := codePage(arg); e != nil {
			r.deflt = e
		}
		return
	case "deff":
		r.deff = arg
		return
	case "f":
		r.flush()
		r.font(arg)
		return
	case "plain":
		r.flush()
		r.font(r.deff)
		r.st.hidden = false
		return
	case "v":
		r.flush()
		r.st.hidden = !hasArg || arg != 0
		return
	}
	if rtfSkip[word] {
		r.st.skip = true
		return
	}
	if s, ok := rtfSymbols[word]; ok {
		r.text(s)
	}
}

// font makes font n the current one: its charset gives the code page of
// the bytes that follow, or marks a symbol font.
func (r *rtfReader) font(n int) {
	f := r.fonts[n]
	r.st.enc, r.st.symbol = f.enc, f.symbol
}

// surrogate joins a high surrogate \uN with the low one that must follow.
func (r *rtfReader) surrogate(hi int) {
	// Skip the fallback of the high half, then expect \uM.
	j := r.i
	for n := r.st.uc; n > 0 && j < len(r.data); n-- {
		if r.data[j] == '\\' && j+3 < len(r.data) && r.data[j+1] == '\'' {
			j += 4
		} else {
			j++
		}
	}
	if bytes.HasPrefix(r.data[j:], []byte(`\u`)) {
		k := j + 2
		s := k
		for k < len(r.data) && (isDigit(r.data[k]) || k == s && r.data[k] == '-') {
			k++
		}
		if lo, err := strconv.Atoi(string(r.data[s:k])); err == nil {
			if lo < 0 {
				lo += 65536
			}
			if lo >= 0xDC00 && lo <= 0xDFFF && hi <= 0xDBFF {
				r.out.WriteRune(utf16.DecodeRune(rune(hi), rune(lo)))
				if k < len(r.data) && r.data[k] == ' ' {
					k++
				}
				r.i = k
				return
			}
		}
	}
	r.out.WriteRune(utf8.RuneError)
}

func (r *rtfReader) text(s string) {
	if r.skipN > 0 {
		r.skipN--
		return
	}
	if !r.st.skip && !r.st.hidden {
		r.flush()
		r.out.WriteString(s)
	}
}

// encoding is the code page of the pending bytes: the font's, else the
// document's; nil when neither is declared.
func (r *rtfReader) encoding() encoding.Encoding {
	if r.st.enc != nil {
		return r.st.enc
	}
	return r.deflt
}

// needTrail reports whether the pending bytes end with the first byte of
// a double-byte character, so that the next byte, even ASCII, is its
// second. Without a declared code page, GB18030 is assumed, as for text.
func (r *rtfReader) needTrail() bool {
	if len(r.pending) == 0 || r.st.symbol {
		return false
	}
	switch r.encoding() {
	case nil, simplifiedchinese.GB18030, traditionalchinese.Big5, korean.EUCKR, japanese.ShiftJIS:
	default:
		return false
	}
	gb := r.encoding() == nil || r.encoding() == simplifiedchinese.GB18030
	p := r.pending
	for i := 0; i < len(p); {
		switch {
		case p[i] < 0x81 || p[i] == 0xFF:
			i++
		case i+1 >= len(p):
			return true
		case gb && p[i+1] >= '0' && p[i+1] <= '9':
			if i+3 >= len(p) {
				return true // a four-byte GB18030 character not yet complete
			}
			i += 4
		default:
			i += 2
		}
	}
	return false
}

// flush decodes the pending code-page bytes.
func (r *rtfReader) flush() {
	if len(r.pending) == 0 {
		return
	}
	defer func() { r.pending = r.pending[:0] }()
	if r.st.symbol {
		// Symbol and Wingdings glyphs are bullets.
		r.out.WriteString("•")
		return
	}
	e, name := r.encoding(), ""
	switch {
	case e != nil:
		name, _ = htmlindex.Name(e)
		if e == encoding.Nop {
			name = "utf-8"
		}
	case utf8.Valid(r.pending):
		e, name = encoding.Nop, "utf-8"
	default:
		e, name = simplifiedchinese.GB18030, "gb18030"
	}
	if name == "" {
		name = "gb18030"
	}
	r.used[name] += len(r.pending)
	b, err := e.NewDecoder().Bytes(r.pending)
	if err != nil {
		b = bytes.ToValidUTF8(r.pending, []byte("\uFFFD"))
	}
	r.out.Write(b)
}

// rtfFont matches a font of the font table with its charset:
// \f1\fnil\fcharset134 宋体;
var rtfFont = regexp.MustCompile(`\\f(\d{1,5})(?:\\[a-z]+-?\d* ?)*?\\fcharset(\d{1,3})`)

// rtfFontInfo is what the font table says of a font.
type rtfFontInfo struct {
	enc    encoding.Encoding // nil: the document's code page
	symbol bool              // a symbol font (\fcharset2)
}

// rtfFonts reads the font table: font number → the encoding of its
// \fcharset (134 GB2312, 136 Big5 …), or whether it is a symbol font.
func rtfFonts(data []byte) map[int]rtfFontInfo {
	fonts := map[int]rtfFontInfo{}
	i := bytes.Index(data, []byte(`{\fonttbl`))
	if i < 0 {
		return fonts
	}
	tbl := data[i:min(len(data), i+64<<10)]
	if end := bytes.Index(tbl, []byte("}}")); end >= 0 {
		tbl = tbl[:end]
	}
	for _, m := range rtfFont.FindAllSubmatch(tbl, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		cs, _ := strconv.Atoi(string(m[2]))
		fonts[n] = rtfFontInfo{enc: charsetEncoding(cs), symbol: cs == 2}
	}
	return fonts
}

// charsetEncoding maps a Windows font charset to its encoding.
func charsetEncoding(cs int) encoding.Encoding {
	switch cs {
	case 134:
		return simplifiedchinese.GB18030
	case 136:
		return traditionalchinese.Big5
	case 128:
		return japanese.ShiftJIS
	case 129:
		return korean.EUCKR
	}
	return nil
}

// codePage maps a Windows code page to its encoding.
func codePage(cp int) encoding.Encoding {
	switch cp {
	case 936, 54936:
		return simplifiedchinese.GB18030
	case 950:
		return traditionalchinese.Big5
	case 932:
		return japanese.ShiftJIS
	case 949:
		return korean.EUCKR
	case 1252:
		return charmap.Windows1252
	case 65001:
		return encoding.Nop
	}
	return nil
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
