package export

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// The rows of the streamed sheets are encoded here, into the XML that
// excelize's StreamWriter.SetRow writes for them, byte for byte
// (TestRowXMLAsExcelize), and spliced into each sheet as the zip is written
// (workbook_rowfiles.go). SetRow built a struct and several strings for
// each cell (5.8 cpu s for the workbook of 10,000 documents, 3.2 of them
// adding rows) and kept the rows in a buffer of its own that could only be
// bounded through reflection.

// appendRow appends the XML of row r (from 1) holding cells from column A
// on, with a height in points if not 0.
func appendRow(b []byte, r int, cells []excelize.Cell, height float64) ([]byte, error) {
	if height > excelize.MaxRowHeight {
		return b, excelize.ErrMaxRowHeight
	}
	if r < 1 || r > excelize.TotalRows {
		return b, fmt.Errorf("row %d out of range", r)
	}
	b = append(b, `<row r="`...)
	b = strconv.AppendInt(b, int64(r), 10)
	b = append(b, '"')
	if height > 0 {
		b = append(b, ` ht="`...)
		b = strconv.AppendFloat(b, height, 'f', -1, 64)
		b = append(b, `" customHeight="1"`...)
	}
	b = append(b, '>')
	for i := range cells {
		var err error
		if b, err = appendCell(b, i+1, r, &cells[i]); err != nil {
			return b, err
		}
	}
	return append(b, `</row>`...), nil
}

// appendCell appends the XML of a cell at column col, row r.
func appendCell(b []byte, col, r int, c *excelize.Cell) ([]byte, error) {
	if c.Formula != "" {
		return b, fmt.Errorf("cell %d,%d: formulas are not written", col, r)
	}
	b = append(b, `<c r="`...)
	if col < 1 || col > excelize.MaxColumns {
		return b, fmt.Errorf("column %d out of range", col)
	}
	b = appendColumnName(b, col)
	b = strconv.AppendInt(b, int64(r), 10)
	b = append(b, '"')
	if c.StyleID > 0 {
		b = append(b, ` s="`...)
		b = strconv.AppendInt(b, int64(c.StyleID), 10)
		b = append(b, '"')
	}
	switch v := c.Value.(type) {
	case nil:
		b = append(b, '>')
	case string:
		b = appendInlineString(b, v)
	case int:
		b = append(b, `><v>`...)
		b = strconv.AppendInt(b, int64(v), 10)
		b = append(b, `</v>`...)
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			b = appendInlineString(b, fmt.Sprint(v))
			break
		}
		b = append(b, `><v>`...)
		b = appendCellFloat(b, v)
		b = append(b, `</v>`...)
	default:
		return b, fmt.Errorf("cell %d,%d: value of type %T is not written", col, r, v)
	}
	return append(b, `</c>`...), nil
}

// appendColumnName appends the letters of column col (1 is A).
func appendColumnName(b []byte, col int) []byte {
	var name [3]byte // MaxColumns is XFD
	i := len(name)
	for col > 0 {
		col--
		i--
		name[i] = byte('A' + col%26)
		col /= 26
	}
	return append(b, name[i:]...)
}

// appendInlineString appends the type, the closing of the cell's start tag
// and an inline string holding s, as excelize writes it (setInlineStr,
// trimCellValue, writeCell): cut to the characters a cell holds, escaped
// for XML but for new lines, literal _xHHHH_ sequences escaped, spaces at
// either end preserved.
func appendInlineString(b []byte, s string) []byte {
	b = append(b, ` t="inlineStr"><is><t`...)
	if plainText(s) {
		b = append(b, '>')
		b = append(b, s...)
		return append(b, `</t></is>`...)
	}
	if utf16Len(s) > excelize.TotalCellChars {
		s = truncateUTF16(s, excelize.TotalCellChars)
	}
	if s != "" {
		if first, last := s[0], s[len(s)-1]; isXMLSpace(first) || isXMLSpace(last) {
			b = append(b, ` xml:space="preserve"`...)
		}
		var esc strings.Builder
		xml.EscapeText(&esc, []byte(s))
		s = strings.ReplaceAll(esc.String(), "&#xA;", "\n")
	}
	b = append(b, '>')
	b = append(b, bstrMarshal(s)...)
	return append(b, `</t></is>`...)
}

func isXMLSpace(c byte) bool { return c == '\t' || c == '\n' || c == '\r' || c == ' ' }

// plainText reports whether s is written as it is: no spaces at either
// end, nothing XML escapes, no underscore (of an _xHHHH_), short enough.
func plainText(s string) bool {
	if s == "" || len(s) > excelize.TotalCellChars || isXMLSpace(s[0]) || isXMLSpace(s[len(s)-1]) {
		return false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '"' || c == '\'' || c == '&' || c == '<' || c == '>' || c == '_' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || r == 0xFFFE || r == 0xFFFF || (r >= 0xD800 && r <= 0xDFFF) {
			return false
		}
		i += n
	}
	return true
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// truncateUTF16 cuts s to at most n UTF-16 code units (excelize's
// truncateUTF16Units).
func truncateUTF16(s string, n int) string {
	cnt := 0
	for i, r := range s {
		if cnt += utf16.RuneLen(r); cnt > n {
			return s[:i]
		}
	}
	return s
}

// appendCellFloat appends v as excelize writes a float64 cell value
// (formatCellFloat with automatic precision): at most 15 significant
// digits, as Excel keeps.
func appendCellFloat(b []byte, v float64) []byte {
	start := len(b)
	b = strconv.AppendFloat(b, v, 'f', -1, 64)
	if math.Abs(v) == math.MaxFloat64 {
		return b
	}
	str := b[start:]
	const maxPrec = 15
	decimal := bytes.IndexByte(str, '.')
	significant := 0
	for idx := range str {
		if str[idx] < '0' || str[idx] > '9' || significant == 0 && str[idx] == '0' {
			continue
		}
		significant++
		if significant <= maxPrec {
			continue
		}
		if decimal >= 0 && idx > decimal {
			return bytes.TrimSuffix(b[:start+idx], []byte("."))
		}
		if decimal < 0 {
			decimal = len(str)
		}
		for ; idx < decimal; idx++ {
			str[idx] = '0'
		}
		return b[:start+decimal]
	}
	return b
}

// The escapes of excelize's bstrMarshal (lib.go, BSD-3-Clause): a literal
// _xHHHH_ in a text would read back as the character it names, so its
// underscore is written _x005F_.
var (
	bstrExp       = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	bstrEscapeExp = regexp.MustCompile(`x[a-fA-F\d]{4}_`)
)

// bstrMarshal is excelize's bstrMarshal.
func bstrMarshal(s string) (result string) {
	if !strings.Contains(s, "_x") {
		return s
	}
	matches, l, cursor := bstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, match := range matches {
		result += s[cursor:match[0]]
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			if match[1]+6 <= l && bstrEscapeExp.MatchString(s[match[1]:match[1]+6]) {
				_, err := strconv.Unquote(`"\u` + s[match[1]+1:match[1]+5] + `"`)
				if err == nil {
					result += subStr + "x005F" + subStr
					continue
				}
			}
			result += subStr + "x005F_"
			continue
		}
		if bstrExp.MatchString(subStr) {
			cursor = match[1]
			if _, err := strconv.Unquote(`"\u` + s[match[0]+2:match[1]-1] + `"`); err == nil {
				result += "_x005F" + subStr
				continue
			}
		}
	}
	if cursor < l {
		result += s[cursor:]
	}
	return result
}
