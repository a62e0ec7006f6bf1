package corpus

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// The built-in PDF reader is the fallback when pdftotext is missing. It
// reads what office suites write: objects found by scanning the file (so a
// broken cross-reference table does not matter), object streams, Flate
// compression, the page tree, fonts with ToUnicode maps (simple and
// Identity-H), the predefined UCS-2/UTF-16 and GBK CMaps, and text shown by
// Tj, TJ, ' and " in page and form contents. It does not decrypt, does not
// handle other filters, and does not reorder text by position.

type (
	pdfName   string
	pdfString []byte
	pdfRef    struct{ num, gen int }
	pdfDict   map[string]any
	pdfOp     string // a content stream operator
	pdfStream struct {
		dict pdfDict
		raw  []byte
	}
)

var errPDFSyntax = errors.New("pdf syntax")

type pdfLexer struct {
	b []byte
	p int
}

func isPDFSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isPDFDelim(c byte) bool {
	return strings.IndexByte("()<>[]{}/%", c) >= 0
}

func (l *pdfLexer) skipSpace() {
	for l.p < len(l.b) {
		c := l.b[l.p]
		if isPDFSpace(c) {
			l.p++
		} else if c == '%' {
			for l.p < len(l.b) && l.b[l.p] != '\n' && l.b[l.p] != '\r' {
				l.p++
			}
		} else {
			return
		}
	}
}

// regular reads a run of regular characters.
func (l *pdfLexer) regular() string {
	start := l.p
	for l.p < len(l.b) && !isPDFSpace(l.b[l.p]) && !isPDFDelim(l.b[l.p]) {
		l.p++
	}
	return string(l.b[start:l.p])
}

// object reads one object; in content streams (ops true) a bare keyword is
// an operator. depth bounds nesting.
func (l *pdfLexer) object(ops bool, depth int) (any, error) {
	if depth > 64 {
		return nil, errPDFSyntax
	}
	l.skipSpace()
	if l.p >= len(l.b) {
		return nil, io.EOF
	}
	switch c := l.b[l.p]; {
	case c == '/':
		l.p++
		return pdfName(l.regular()), nil
	case c == '(':
		return l.literal()
	case c == '<' && l.p+1 < len(l.b) && l.b[l.p+1] == '<':
		l.p += 2
		d := pdfDict{}
		for {
			l.skipSpace()
			if l.p+1 < len(l.b) && l.b[l.p] == '>' && l.b[l.p+1] == '>' {
				l.p += 2
				return d, nil
			}
			k, err := l.object(false, depth+1)
			if err != nil {
				return nil, err
			}
			name, ok := k.(pdfName)
			if !ok {
				return nil, errPDFSyntax
			}
			v, err := l.object(false, depth+1)
			if err != nil {
				return nil, err
			}
			d[string(name)] = v
		}
	case c == '<':
		return l.hex()
	case c == '[':
		l.p++
		var a []any
		for {
			l.skipSpace()
			if l.p < len(l.b) && l.b[l.p] == ']' {
				l.p++
				return a, nil
			}
			v, err := l.object(ops, depth+1)
			if err != nil {
				return nil, err
			}
			a = append(a, v)
		}
	case c == ']' || c == '>' || c == ')' || c == '{' || c == '}':
		l.p++
		return nil, errPDFSyntax
	}
	tok := l.regular()
	if tok == "" {
		l.p++
		return nil, errPDFSyntax
	}
	if n, err := strconv.ParseFloat(tok, 64); err == nil {
		// "n g R" is a reference.
		if !ops && !strings.ContainsAny(tok, ".-+") {
			save := l.p
			l.skipSpace()
			g := l.regular()
			l.skipSpace()
			if _, err := strconv.Atoi(g); err == nil && l.p < len(l.b) && l.b[l.p] == 'R' && (l.p+1 == len(l.b) || isPDFSpace(l.b[l.p+1]) || isPDFDelim(l.b[l.p+1])) {
				l.p++
				gen, _ := strconv.Atoi(g)
				return pdfRef{int(n), gen}, nil
			}
			l.p = save
		}
		return n, nil
	}
	switch tok {
	case "true":
		return true, nil
	case "false":
		return false, nil
	case "null":
		return nil, nil
	}
	return pdfOp(tok), nil
}

func (l *pdfLexer) literal() (any, error) {
	l.p++ // (
	var out []byte
	depth := 1
	for l.p < len(l.b) {
		c := l.b[l.p]
		l.p++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return pdfString(out), nil
			}
		case '\\':
			if l.p >= len(l.b) {
				break
			}
			e := l.b[l.p]
			l.p++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.p < len(l.b) && l.b[l.p] == '\n' {
					l.p++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.p < len(l.b) && l.b[l.p] >= '0' && l.b[l.p] <= '7'; k++ {
						v = v*8 + int(l.b[l.p]-'0')
						l.p++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		out = append(out, c)
	}
	return pdfString(out), nil
}

func (l *pdfLexer) hex() (any, error) {
	l.p++ // <
	var out []byte
	var hi byte
	half := false
	for l.p < len(l.b) {
		c := l.b[l.p]
		l.p++
		if c == '>' {
			break
		}
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			continue
		}
		if half {
			out = append(out, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	if half {
		out = append(out, hi<<4)
	}
	return pdfString(out), nil
}

// pdfFile holds the objects of a PDF found by scanning it.
type pdfFile struct {
	objs   map[int]any
	budget int64 // bytes left to decompress
}

var objStart = regexp.MustCompile(`(\d+)\s+(\d+)\s+obj\b`)

func parsePDF(data []byte, limit int64) (*pdfFile, error) {
	f := &pdfFile{objs: map[int]any{}, budget: 4 * limit}
	for _, m := range objStart.FindAllSubmatchIndex(data, -1) {
		num, _ := strconv.Atoi(string(data[m[2]:m[3]]))
		l := &pdfLexer{b: data, p: m[1]}
		v, err := l.object(false, 0)
		if err != nil {
			continue
		}
		if d, ok := v.(pdfDict); ok {
			l.skipSpace()
			if bytes.HasPrefix(data[l.p:], []byte("stream")) {
				start := l.p + len("stream")
				if start < len(data) && data[start] == '\r' {
					start++
				}
				if start < len(data) && data[start] == '\n' {
					start++
				}
				end := -1
				if n, ok := d["Length"].(float64); ok && n >= 0 && start+int(n) <= len(data) {
					rest := bytes.TrimLeft(data[start+int(n):], "\r\n \t")
					if bytes.HasPrefix(rest, []byte("endstream")) {
						end = start + int(n)
					}
				}
				if end < 0 {
					i := bytes.Index(data[start:], []byte("endstream"))
					if i < 0 {
						continue
					}
					end = start + i
					for end > start && (data[end-1] == '\n' || data[end-1] == '\r') {
						end--
					}
				}
				v = &pdfStream{dict: d, raw: data[start:end]}
			}
		}
		f.objs[num] = v
	}
	// Objects inside object streams, where no plain object has the number.
	for _, v := range f.objs {
		s, ok := v.(*pdfStream)
		if !ok || s.dict["Type"] != pdfName("ObjStm") {
			continue
		}
		body, err := f.decode(s)
		if err != nil {
			continue
		}
		n, _ := s.dict["N"].(float64)
		first, _ := s.dict["First"].(float64)
		if int(first) > len(body) || first < 0 {
			continue
		}
		l := &pdfLexer{b: body[:int(first)]}
		type entry struct{ num, off int }
		var entries []entry
		for i := 0; i < int(n) && i < 1<<16; i++ {
			a, err1 := l.object(true, 0)
			b, err2 := l.object(true, 0)
			an, ok1 := a.(float64)
			bn, ok2 := b.(float64)
			if err1 != nil || err2 != nil || !ok1 || !ok2 {
				break
			}
			entries = append(entries, entry{int(an), int(bn)})
		}
		for _, e := range entries {
			if _, ok := f.objs[e.num]; ok {
				continue
			}
			p := int(first) + e.off
			if p < 0 || p >= len(body) {
				continue
			}
			l := &pdfLexer{b: body, p: p}
			if v, err := l.object(false, 0); err == nil {
				f.objs[e.num] = v
			}
		}
	}
	return f, nil
}

// get resolves references (a few levels deep).
func (f *pdfFile) get(v any) any {
	for i := 0; i < 8; i++ {
		r, ok := v.(pdfRef)
		if !ok {
			return v
		}
		v = f.objs[r.num]
	}
	return nil
}

func (f *pdfFile) dict(v any) pdfDict {
	switch x := f.get(v).(type) {
	case pdfDict:
		return x
	case *pdfStream:
		return x.dict
	}
	return nil
}

// decode returns a stream's data with its filters applied.
func (f *pdfFile) decode(s *pdfStream) ([]byte, error) {
	var filters []any
	switch x := f.get(s.dict["Filter"]).(type) {
	case pdfName:
		filters = []any{x}
	case []any:
		filters = x
	}
	data := s.raw
	for _, fl := range filters {
		switch f.get(fl) {
		case pdfName("FlateDecode"), pdfName("Fl"):
			zr, err := zlib.NewReader(bytes.NewReader(data))
			if err != nil {
				return nil, err
			}
			out, err := io.ReadAll(io.LimitReader(zr, f.budget+1))
			if int64(len(out)) > f.budget {
				return nil, ErrTooLarge
			}
			if err != nil && len(out) == 0 {
				return nil, err
			}
			f.budget -= int64(len(out))
			data = out
		default:
			return nil, fmt.Errorf("unsupported filter %v", fl)
		}
	}
	return data, nil
}

// pdfFont turns the bytes of shown strings into text.
type pdfFont struct {
	width  int               // code width in bytes: 1 or 2
	toUni  map[uint32]string // from a ToUnicode map
	utf16  bool              // predefined UCS-2/UTF-16 CMap
	gbk    bool              // predefined GBK/EUC CMap
	simple bool
}

func (f *pdfFile) font(v any) *pdfFont {
	d := f.dict(v)
	ft := &pdfFont{width: 1, simple: true}
	if d == nil {
		return ft
	}
	if d["Subtype"] == pdfName("Type0") {
		ft.width, ft.simple = 2, false
		if enc, ok := f.get(d["Encoding"]).(pdfName); ok {
			e := string(enc)
			switch {
			case strings.Contains(e, "UCS2") || strings.Contains(e, "UTF16"):
				ft.utf16 = true
			case strings.Contains(e, "GBK") || strings.Contains(e, "EUC") || strings.Contains(e, "GBpc"):
				ft.gbk = true
			}
		}
	}
	if s, ok := f.get(d["ToUnicode"]).(*pdfStream); ok {
		if data, err := f.decode(s); err == nil {
			ft.toUni, ft.width = parseCMap(data, ft.width)
		}
	}
	return ft
}

func hexValue(b []byte) uint32 {
	var v uint32
	for _, c := range b {
		v = v<<8 | uint32(c)
	}
	return v
}

func utf16Text(b []byte) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return string(utf16.Decode(u))
}

// parseCMap reads bfchar and bfrange entries of a ToUnicode CMap.
func parseCMap(data []byte, width int) (map[uint32]string, int) {
	m := map[uint32]string{}
	eachOp(data, 1<<20, func(_ *pdfLexer, op pdfOp, stack []any) {
		switch op {
		case "endcodespacerange":
			if len(stack) >= 1 {
				if s, ok := stack[0].(pdfString); ok && len(s) > 0 {
					width = len(s)
				}
			}
		case "endbfchar":
			for i := 0; i+1 < len(stack); i += 2 {
				src, ok1 := stack[i].(pdfString)
				dst, ok2 := stack[i+1].(pdfString)
				if ok1 && ok2 {
					m[hexValue(src)] = utf16Text(dst)
				}
			}
		case "endbfrange":
			for i := 0; i+2 < len(stack); i += 3 {
				lo, ok1 := stack[i].(pdfString)
				hi, ok2 := stack[i+1].(pdfString)
				if !ok1 || !ok2 {
					continue
				}
				a, b := hexValue(lo), hexValue(hi)
				if b < a || b-a > 1<<16 {
					continue
				}
				switch dst := stack[i+2].(type) {
				case pdfString:
					u := make([]uint16, 0, len(dst)/2)
					for j := 0; j+1 < len(dst); j += 2 {
						u = append(u, uint16(dst[j])<<8|uint16(dst[j+1]))
					}
					if len(u) == 0 {
						continue
					}
					for c := a; c <= b; c++ {
						v := append([]uint16(nil), u...)
						v[len(v)-1] += uint16(c - a)
						m[c] = string(utf16.Decode(v))
					}
				case []any:
					for j, d := range dst {
						if s, ok := d.(pdfString); ok && a+uint32(j) <= b {
							m[a+uint32(j)] = utf16Text(s)
						}
					}
				}
			}
		}
	})
	if width < 1 || width > 4 {
		width = 2
	}
	return m, width
}

func (ft *pdfFont) text(s []byte) string {
	switch {
	case ft.toUni != nil:
		var b strings.Builder
		for i := 0; i+ft.width <= len(s); i += ft.width {
			if t, ok := ft.toUni[hexValue(s[i:i+ft.width])]; ok {
				b.WriteString(t)
			}
		}
		return b.String()
	case ft.utf16:
		return utf16Text(s)
	case ft.gbk:
		out, _ := simplifiedchinese.GB18030.NewDecoder().Bytes(s)
		return string(out)
	case ft.simple:
		var b strings.Builder
		for _, c := range s {
			b.WriteRune(charmap.Windows1252.DecodeByte(c))
		}
		return b.String()
	}
	return "" // Identity-H without a ToUnicode map: the codes say nothing
}

// readPDFGo extracts the text of a PDF without external tools.
func readPDFGo(data []byte, limit int64) (string, error) {
	tail := data[max(0, len(data)-4096):]
	if bytes.Contains(tail, []byte("/Encrypt")) || bytes.Contains(data[:min(len(data), 4096)], []byte("/Encrypt")) {
		return "", &Error{Msg: "the PDF is encrypted, which the built-in reader cannot read (install poppler-utils for pdftotext)", Err: ErrUnsupported}
	}
	f, err := parsePDF(data, limit)
	if err != nil {
		return "", &Error{Msg: "damaged PDF (open and save it again)", Err: err}
	}
	var catalog pdfDict
	for _, v := range f.objs {
		if d := f.dict(v); d != nil && d["Type"] == pdfName("Catalog") {
			catalog = d
			break
		}
	}
	if catalog == nil {
		return "", &Error{Msg: "damaged PDF: no document catalog (open and save it again)", Err: ErrUnsupported}
	}
	var b strings.Builder
	seen := map[int]bool{}
	var walk func(v any, res any, depth int)
	walk = func(v any, res any, depth int) {
		if r, ok := v.(pdfRef); ok {
			if seen[r.num] {
				return
			}
			seen[r.num] = true
		}
		d := f.dict(v)
		if d == nil || depth > 32 {
			return
		}
		if r := d["Resources"]; r != nil {
			res = r
		}
		if kids, ok := f.get(d["Kids"]).([]any); ok {
			for _, k := range kids {
				walk(k, res, depth+1)
			}
			return
		}
		var content []byte
		switch c := f.get(d["Contents"]).(type) {
		case *pdfStream:
			content, _ = f.decode(c)
		case []any:
			for _, x := range c {
				if s, ok := f.get(x).(*pdfStream); ok {
					part, _ := f.decode(s)
					content = append(append(content, part...), '\n')
				}
			}
		}
		f.showText(&b, content, res, 0)
		b.WriteString("\n")
	}
	walk(catalog["Pages"], nil, 0)
	text := b.String()
	if strings.TrimSpace(text) == "" {
		return "", &Error{Msg: "the PDF has no text layer the built-in reader can read (a scanned image? run OCR, or install poppler-utils)", Err: ErrNoDocuments}
	}
	return text, nil
}

// showText interprets a content stream, writing the text it shows: a new
// line where the text moves to another line, fonts from res.
func (f *pdfFile) showText(b *strings.Builder, content []byte, res any, depth int) {
	if depth > 8 {
		return
	}
	resd := f.dict(res)
	fonts := f.dict(resd["Font"])
	xobjs := f.dict(resd["XObject"])
	cache := map[string]*pdfFont{}
	cur := &pdfFont{width: 1, simple: true}
	// Only vertical position matters: y on the page is ctmD*ty + ctmF,
	// ignoring rotation and shear; ty is the text line's y in text space.
	type gstate struct{ d, f float64 }
	ctm := gstate{1, 0}
	var saved []gstate
	ty, tmD, leading := 0.0, 1.0, 0.0
	lastY, haveY := 0.0, false
	newline := func() {
		s := b.String()
		if len(s) > 0 && s[len(s)-1] != '\n' {
			b.WriteByte('\n')
		}
	}
	moveTo := func() {
		y := ctm.d*ty + ctm.f
		if haveY && (y-lastY > 1 || lastY-y > 1) {
			newline()
		}
		lastY, haveY = y, true
	}
	var stack []any // the operands of the current operator
	num := func(i int) float64 {
		if i < 0 || i >= len(stack) {
			return 0
		}
		n, _ := stack[i].(float64)
		return n
	}
	eachOp(content, 1<<24, func(l *pdfLexer, op pdfOp, operands []any) {
		stack = operands
		switch op {
		case "Tf":
			if len(stack) >= 2 {
				if name, ok := stack[len(stack)-2].(pdfName); ok {
					ft, ok := cache[string(name)]
					if !ok {
						ft = f.font(fonts[string(name)])
						cache[string(name)] = ft
					}
					cur = ft
				}
			}
		case "q":
			if len(saved) < 64 {
				saved = append(saved, ctm)
			}
		case "Q":
			if len(saved) > 0 {
				ctm, saved = saved[len(saved)-1], saved[:len(saved)-1]
			}
		case "cm":
			if len(stack) >= 6 {
				d, f := num(len(stack)-3), num(len(stack)-1)
				ctm = gstate{ctm.d * d, ctm.d*f + ctm.f}
			}
		case "TL":
			leading = num(len(stack) - 1)
		case "BT":
			ty, tmD = 0, 1
		case "Td", "TD":
			if len(stack) >= 2 {
				ty += num(len(stack)-1) * tmD
				if op == "TD" {
					leading = -num(len(stack) - 1)
				}
				moveTo()
			}
		case "Tm":
			if len(stack) >= 6 {
				tmD, ty = num(len(stack)-3), num(len(stack)-1)
				if tmD == 0 {
					tmD = 1
				}
				moveTo()
			}
		case "T*", "'", "\"":
			ty -= leading * tmD
			newline()
			lastY, haveY = ctm.d*ty+ctm.f, true
		}
		switch op {
		case "Tj", "'", "\"":
			if len(stack) > 0 {
				if s, ok := stack[len(stack)-1].(pdfString); ok {
					b.WriteString(cur.text(s))
				}
			}
		case "TJ":
			if len(stack) > 0 {
				if a, ok := stack[len(stack)-1].([]any); ok {
					for _, x := range a {
						switch x := x.(type) {
						case pdfString:
							b.WriteString(cur.text(x))
						case float64:
							if x < -250 && cur.simple {
								b.WriteByte(' ')
							}
						}
					}
				}
			}
		case "Do":
			if len(stack) > 0 {
				if name, ok := stack[len(stack)-1].(pdfName); ok {
					if s, ok := f.get(xobjs[string(name)]).(*pdfStream); ok && s.dict["Subtype"] == pdfName("Form") {
						if data, err := f.decode(s); err == nil {
							r := s.dict["Resources"]
							if r == nil {
								r = res
							}
							f.showText(b, data, r, depth+1)
						}
					}
				}
			}
		case "ID": // inline image data: skip to EI
			if i := bytes.Index(content[l.p:], []byte("EI")); i >= 0 {
				l.p += i + 2
			} else {
				l.p = len(content)
			}
		}
	})
}

// eachOp reads the objects of a content stream or a CMap, at most limit of
// them, and calls do for each operator with the operands read before it.
// do may move the lexer on (past inline image data); operands is reused
// after do returns.
func eachOp(data []byte, limit int, do func(l *pdfLexer, op pdfOp, operands []any)) {
	l := &pdfLexer{b: data}
	var stack []any
	for n := 0; n < limit; n++ {
		v, err := l.object(true, 0)
		if err == io.EOF {
			break
		}
		if err != nil {
			continue
		}
		op, ok := v.(pdfOp)
		if !ok {
			stack = append(stack, v)
			continue
		}
		do(l, op, stack)
		stack = stack[:0]
	}
}
