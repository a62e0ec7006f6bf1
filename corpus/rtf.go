package corpus

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
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
	"pntxtb": true, "falt": true, "panose": true,
}

// rtfSymbols are control words that stand for one character.
var rtfSymbols = map[string]string{
	"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n",
	"cell": "\t", "tab": "\t", "emdash": "—", "endash": "–", "emspace": " ",
	"enspace": " ", "qmspace": " ", "bullet": "•", "lquote": "‘", "rquote": "’",
	"ldblquote": "“", "rdblquote": "”",
}

// rtfState is what a group carries: whether its text is skipped, how many
// fallback characters follow \u, and the code page of \'hh bytes.
type rtfState struct {
	skip bool
	uc   int
	enc  encoding.Encoding
}

// readRTF returns the body text of an RTF document: paragraphs one a line,
// table cells separated by tabs. \'hh bytes are decoded with the code page
// of the document (\ansicpg) or of the current font (\fcharset), and \uN
// characters are taken as written, their fallback bytes dropped.
func readRTF(data []byte, limit int64) (text, enc string, err error) {
	if !bytes.HasPrefix(bytes.TrimLeft(data, "\xEF\xBB\xBF \r\n\t"), rtfMagic) {
		return "", "", &Error{Msg: "not an RTF file (no {\\rtf header; the file is damaged or misnamed)", Err: ErrUnsupported}
	}
	fonts := rtfFontCharsets(data)
	r := rtfReader{data: data, fonts: fonts, limit: int(limit)}
	r.st = rtfState{uc: 1, enc: charmap.Windows1252}
	if err := r.run(); err != nil {
		return "", "", err
	}
	enc = "windows-1252"
	switch r.deflt {
	case simplifiedchinese.GB18030:
		enc = "gb18030"
	case traditionalchinese.Big5:
		enc = "big5"
	case encoding.Nop:
		enc = "utf-8"
	}
	return r.out.String(), enc, nil
}

type rtfReader struct {
	data    []byte
	i       int
	st      rtfState
	stack   []rtfState
	out     strings.Builder
	pending []byte // \'hh bytes not yet decoded
	fonts   map[int]encoding.Encoding
	deflt   encoding.Encoding // from \ansicpg
	limit   int
	skipN   int // fallback characters still to drop after \u
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
			if !r.st.skip {
				if c < 0x80 {
					r.flush()
					r.out.WriteByte(c)
				} else {
					// 8-bit text outside \'hh: a byte of the code page.
					r.pending = append(r.pending, c)
				}
			}
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
				if !r.st.skip {
					r.pending = append(r.pending, byte(b))
				}
			}
		case '\\', '{', '}':
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
		if !r.st.skip {
			r.flush()
			if utf16IsSurrogate(arg) {
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
			r.st.enc = e
		}
		return
	case "f":
		r.flush()
		if e, ok := r.fonts[arg]; ok && e != nil {
			r.st.enc = e
		} else if r.deflt != nil {
			r.st.enc = r.deflt
		}
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
				r.out.WriteRune(rune((hi-0xD800)<<10|(lo-0xDC00)) + 0x10000)
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
	if !r.st.skip {
		r.flush()
		r.out.WriteString(s)
	}
}

// flush decodes the pending code-page bytes.
func (r *rtfReader) flush() {
	if len(r.pending) == 0 {
		return
	}
	e := r.st.enc
	if e == nil {
		e = charmap.Windows1252
	}
	b, err := e.NewDecoder().Bytes(r.pending)
	if err != nil {
		b = bytes.ToValidUTF8(r.pending, []byte("\uFFFD"))
	}
	r.out.Write(b)
	r.pending = r.pending[:0]
}

// rtfFont matches a font of the font table with its charset:
// \f1\fnil\fcharset134 宋体;
var rtfFont = regexp.MustCompile(`\\f(\d{1,5})(?:\\[a-z]+-?\d* ?)*?\\fcharset(\d{1,3})`)

// rtfFontCharsets reads the font table: font number → encoding of its
// \fcharset (134 GB2312, 136 Big5 …), nil where the charset is the ANSI one.
func rtfFontCharsets(data []byte) map[int]encoding.Encoding {
	fonts := map[int]encoding.Encoding{}
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
		fonts[n] = charsetEncoding(cs)
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
func utf16IsSurrogate(v int) bool {
	return v >= 0xD800 && v <= 0xDFFF
}
