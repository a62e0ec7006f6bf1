package extract

import (
	"strings"
	"unicode/utf8"
)

// foldRune maps full-width digits, letters and the signs figures use to
// ASCII; ok is false for a rune that stays as it is.
func foldRune(r rune) (rune, bool) {
	switch {
	case r >= '０' && r <= '９':
		return r - '０' + '0', true
	case r >= 'Ａ' && r <= 'Ｚ':
		return r - 'Ａ' + 'A', true
	case r >= 'ａ' && r <= 'ｚ':
		return r - 'ａ' + 'a', true
	}
	switch r {
	case '％':
		return '%', true
	case '－', '−':
		return '-', true
	case '．':
		return '.', true
	case '／':
		return '/', true
	case '＊':
		return '*', true
	case '\u3000':
		return ' ', true
	}
	return r, false
}

// foldWidth returns text with full-width digits and signs in ASCII, as
// corpus cleaning leaves them, and the maps between byte offsets: back[i]
// is the offset in text of byte i of the folded text, fwd[j] the offset in
// the folded text of byte j of text. A full-width comma between digits
// (９，９９９) becomes a thousands separator. When nothing changes, the maps
// are nil.
func foldWidth(text string) (folded string, fwd, back []int) {
	need := false
	for i, r := range text {
		if _, ok := foldRune(r); ok || r == '，' && i > 0 && isDigitByte(text[i-1]) {
			need = true
			break
		}
	}
	if !need {
		return text, nil, nil
	}
	var b strings.Builder
	fwd = make([]int, len(text)+1)
	back = make([]int, 0, len(text)+1)
	for i, r := range text {
		nr, _ := foldRune(r)
		if r == '，' && b.Len() > 0 && isDigitByte(b.String()[b.Len()-1]) && digitsAhead(text[i+len("，"):]) == 3 && !isDigitByte(byteAt(text, i+len("，")+3)) {
			nr = ','
		}
		_, size := utf8.DecodeRuneInString(text[i:]) // 1 for a byte that is no rune
		for k := 0; k < size; k++ {
			fwd[i+k] = b.Len()
		}
		start := b.Len()
		b.WriteRune(nr)
		for k := start; k < b.Len(); k++ {
			back = append(back, i)
		}
	}
	fwd[len(text)] = b.Len()
	back = append(back, len(text))
	return b.String(), fwd, back
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// digitsAhead counts the digits (ASCII or full-width) that start s.
func digitsAhead(s string) int {
	n := 0
	for _, r := range s {
		if f, _ := foldRune(r); f >= '0' && f <= '9' {
			n++
			continue
		}
		break
	}
	return n
}

func byteAt(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}
