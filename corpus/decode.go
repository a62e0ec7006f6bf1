package corpus

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// maxUndecodable is the share of undecodable bytes (replaced with U+FFFD)
// above which a guessed decoding is rejected rather than warned about.
const maxUndecodable = 0.02

// boms lists the byte order marks recognised, longest first.
var boms = []struct {
	bom  []byte
	name string
}{
	{[]byte{0xEF, 0xBB, 0xBF}, "utf-8"},
	{[]byte{0xFF, 0xFE}, "utf-16le"},
	{[]byte{0xFE, 0xFF}, "utf-16be"},
}

// lookupEncoding finds an encoding by one of its WHATWG labels ("gbk",
// "gb18030", "utf-16le", "big5" …) and returns it with its canonical name.
func lookupEncoding(label string) (encoding.Encoding, string, error) {
	label = strings.ToLower(strings.TrimSpace(label))
	switch label {
	case "utf8", "utf-8":
		return unicode.UTF8, "utf-8", nil
	case "utf-16le", "utf16le":
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", nil
	case "utf-16be", "utf16be":
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", nil
	case "gbk", "gb2312", "gb18030", "cp936":
		// GB18030 is a superset of GBK and GB2312: always decode with it.
		return simplifiedchinese.GB18030, "gb18030", nil
	}
	e, err := htmlindex.Get(label)
	if err != nil {
		return nil, "", fmt.Errorf("unknown encoding %q (use utf-8, gb18030, gbk, big5, utf-16le or utf-16be)", label)
	}
	name, _ := htmlindex.Name(e)
	return e, name, nil
}

// decodeText turns the bytes of a text file into UTF-8. With force == "" it
// looks for a byte order mark, then accepts valid UTF-8, then decodes as
// GB18030, counting undecodable bytes into a warning. force names the
// encoding to use instead. The returned text has no BOM.
func decodeText(data []byte, force string) (text, enc string, warns []string, err error) {
	if force != "" {
		e, name, err := lookupEncoding(force)
		if err != nil {
			return "", "", nil, &Error{Msg: err.Error()}
		}
		for _, b := range boms {
			if b.name == name && bytes.HasPrefix(data, b.bom) {
				data = data[len(b.bom):]
			}
		}
		if name == "utf-8" {
			return decodeUTF8(data)
		}
		text, warns, err := decodeWith(data, e, name, true)
		return text, name, warns, err
	}
	for _, b := range boms {
		if bytes.HasPrefix(data, b.bom) {
			data = data[len(b.bom):]
			if b.name == "utf-8" {
				return decodeUTF8(data)
			}
			e, name, _ := lookupEncoding(b.name)
			text, warns, err := decodeWith(data, e, name, true)
			return text, name, warns, err
		}
	}
	if name := guessUTF16(data); name != "" {
		e, _, _ := lookupEncoding(name)
		text, warns, err := decodeWith(data, e, name, true)
		return text, name, warns, err
	}
	if looksBinary(data) {
		return "", "", nil, &Error{Msg: "looks like a binary file, not text (save it as .txt, .docx or .pdf, or check the extension)", Err: ErrBinary}
	}
	if utf8.Valid(data) {
		return string(data), "utf-8", nil, nil
	}
	if mostlyUTF8(data) {
		// A damaged UTF-8 file: decoding it as GB18030 would turn every
		// character into another one.
		return decodeUTF8(data)
	}
	text, warns, err = decodeWith(data, simplifiedchinese.GB18030, "gb18030", false)
	if err != nil {
		line := 1 + bytes.Count(data[:invalidAt(data)], []byte("\n"))
		return "", "", nil, &Error{Line: line, Msg: "not valid UTF-8 and not GB18030 either (try --encoding big5 or another encoding)", Err: ErrUndecodable}
	}
	return text, "gb18030", warns, nil
}

// mostlyUTF8 reports whether data is UTF-8 with a few bad bytes: at least
// 20 valid multi-byte characters and at most one bad byte per 20 of them.
func mostlyUTF8(data []byte) bool {
	multi, bad := 0, 0
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			bad++
		case n > 1:
			multi++
		}
		i += n
	}
	return multi >= 20 && bad*20 <= multi
}

// decodeUTF8 accepts UTF-8 and replaces invalid bytes with U+FFFD, warning
// about them.
func decodeUTF8(data []byte) (string, string, []string, error) {
	if utf8.Valid(data) {
		return string(data), "utf-8", nil, nil
	}
	bad, line := 0, 0
	var b strings.Builder
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			if bad == 0 {
				line = 1 + bytes.Count(data[:i], []byte("\n"))
			}
			bad++
		}
		b.WriteRune(r)
		i += n
	}
	return b.String(), "utf-8", []string{fmt.Sprintf("有 %d 个字节不是有效的 UTF-8（首个在第 %d 行），已替换为 U+FFFD", bad, line)}, nil
}

// decodeWith decodes data with e. Undecodable bytes come out as U+FFFD; they
// are counted into a warning, or, when the encoding was guessed and they are
// too many, into an error.
func decodeWith(data []byte, e encoding.Encoding, name string, sure bool) (string, []string, error) {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return "", nil, &Error{Msg: "cannot decode as " + name, Err: err}
	}
	bad := bytes.Count(out, []byte("\uFFFD"))
	if bad == 0 {
		return string(out), nil, nil
	}
	if !sure && float64(bad) > maxUndecodable*float64(utf8.RuneCount(out))+1 {
		return "", nil, fmt.Errorf("%d undecodable bytes", bad)
	}
	line := 1 + bytes.Count(out[:bytes.Index(out, []byte("\uFFFD"))], []byte("\n"))
	return string(out), []string{fmt.Sprintf("有 %d 个字节无法按 %s 解码（首个在第 %d 行），已替换为 U+FFFD", bad, name, line)}, nil
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// looksBinary reports whether data holds NUL bytes or many control bytes in
// its first 8 KB, as binary files do and text never does.
func looksBinary(data []byte) bool {
	if len(data) > 8192 {
		data = data[:8192]
	}
	ctrl := 0
	for _, c := range data {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctrl++
		}
	}
	return ctrl > len(data)/20+1
}

// guessUTF16 recognises UTF-16 text written without a byte order mark, as
// some converters write it: read in one byte order, its units are text
// (ASCII, CJK, full-width forms and punctuation) and some are ASCII, whose
// high byte is NUL. GB18030 text has no NUL bytes, and binary data does not
// read as text. It returns "utf-16le", "utf-16be" or "".
func guessUTF16(data []byte) string {
	if len(data) > 8192 {
		data = data[:8192]
	}
	data = data[:len(data)&^1]
	if len(data) < 8 || bytes.Count(data, []byte{0}) < 4 {
		return ""
	}
	best, bestScore := "", 0.0
	for _, order := range []struct {
		name string
		unit func([]byte) uint16
	}{
		{"utf-16le", func(b []byte) uint16 { return uint16(b[0]) | uint16(b[1])<<8 }},
		{"utf-16be", func(b []byte) uint16 { return uint16(b[0])<<8 | uint16(b[1]) }},
	} {
		texty, ascii, n := 0, 0, 0
		for i := 0; i+1 < len(data); i += 2 {
			u := order.unit(data[i:])
			n++
			if textUnit(u) {
				texty++
			}
			if u == '\n' || u >= 0x20 && u < 0x7f {
				ascii++
			}
		}
		score := float64(texty) / float64(n)
		if ascii >= 2 && score >= 0.95 && score > bestScore {
			best, bestScore = order.name, score
		}
	}
	return best
}

// textUnit reports whether a UTF-16 unit is one that Chinese text is made
// of: ASCII text, Latin-1 signs, general punctuation and symbols (…, ①,
// №), CJK punctuation and ideographs, full-width forms, and surrogates.
func textUnit(u uint16) bool {
	switch {
	case u == '\n' || u == '\r' || u == '\t' || u >= 0x20 && u < 0x7f:
		return true
	case u >= 0xa0 && u <= 0xff, u >= 0x2000 && u <= 0x27ff, u >= 0x3000 && u <= 0x9fff,
		u >= 0xd800 && u <= 0xdfff, u >= 0xfe30 && u <= 0xfe4f, u >= 0xff00 && u <= 0xffef:
		return true
	}
	return false
}
