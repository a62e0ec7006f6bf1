package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// cnDigit maps the Chinese digits, financial (大写) and Traditional forms
// included, to their values.
var cnDigit = map[rune]float64{
	'零': 0, '〇': 0, '○': 0, '一': 1, '壹': 1, '二': 2, '贰': 2, '貳': 2, '两': 2, '兩': 2, '俩': 2,
	'三': 3, '叁': 3, '參': 3, '四': 4, '肆': 4, '五': 5, '伍': 5, '六': 6, '陆': 6, '陸': 6,
	'七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9,
}

// cnUnit maps the small multipliers to their values.
var cnUnit = map[rune]float64{
	'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000,
}

// cnTens maps the contracted tens (廿 = 二十, 卅 = 三十) to their values.
var cnTens = map[rune]float64{'廿': 20, '卅': 30, '卌': 40}

// ParseChinese reads a number written in Arabic digits, Chinese numerals or
// a mix of both, with the multipliers 万 and 亿: "十四" → 14, "两千零五" →
// 2005, "1.2万" → 12000, "二〇二四" → 2024, "三点五" → 3.5, "1,200" → 1200.
// ok is false when s is not a number.
func ParseChinese(s string) (v float64, ok bool) {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, " \t") {
		s = strings.NewReplacer(" ", "", "\t", "").Replace(s) // 1 万: a space before the multiplier
	}
	if s == "" {
		return 0, false
	}
	if f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64); err == nil {
		return f, true
	}
	// A decimal written with 点: the integer part as usual, the fraction
	// digit by digit, then any 万/亿 after the fraction.
	if i := strings.IndexAny(s, "点點"); i >= 0 {
		_, n := firstRune(s[i:])
		ip, fp := s[:i], s[i+n:]
		mult := 1.0
		for strings.HasSuffix(fp, "万") || strings.HasSuffix(fp, "萬") || strings.HasSuffix(fp, "亿") || strings.HasSuffix(fp, "億") {
			r, size := lastRune(fp)
			if r == '万' || r == '萬' {
				mult *= 1e4
			} else {
				mult *= 1e8
			}
			fp = fp[:len(fp)-size]
		}
		iv, ok := ParseChinese(ip)
		if !ok || fp == "" {
			return 0, false
		}
		frac, scale := 0.0, 0.1
		for _, r := range fp {
			d, ok := cnDigit[r]
			if !ok {
				if r < '0' || r > '9' {
					return 0, false
				}
				d = float64(r - '0')
			}
			frac += d * scale
			scale /= 10
		}
		return (iv + frac) * mult, true
	}
	rs := []rune(s)
	// A string of digits only (二〇二四) reads digit by digit.
	allDigits := true
	for _, r := range rs {
		if _, ok := cnDigit[r]; !ok {
			allDigits = false
			break
		}
	}
	if allDigits && (len(rs) >= 3 || len(rs) == 2 && (cnDigit[rs[1]] == 0 || cnDigit[rs[0]] == 0)) {
		for _, r := range rs {
			v = v*10 + cnDigit[r]
		}
		return v, true
	}
	var total, section, digit float64
	var haveDigit, any, arabicDigit, zeroSeen bool
	lastUnit := 0.0           // the magnitude of the last unit read, for 两千四百五 = 2450
	lastDigitWritten := false // the last unit had a digit before it (一百, not 百)
	var prev rune
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r >= '0' && r <= '9' || r == '.' || r == ',':
			j := i
			for j < len(rs) && (rs[j] >= '0' && rs[j] <= '9' || rs[j] == '.' || rs[j] == ',') {
				j++
			}
			f, err := strconv.ParseFloat(strings.ReplaceAll(string(rs[i:j]), ",", ""), 64)
			if err != nil || haveDigit && digit != 0 {
				return 0, false
			}
			digit, haveDigit, any, arabicDigit = f, true, true, true
			i = j - 1
		default:
			if t, ok := cnTens[r]; ok {
				section += t
				digit, haveDigit, any, lastUnit = 0, false, true, 10
				break
			}
			if d, ok := cnDigit[r]; ok {
				if haveDigit && d != 0 && digit != 0 {
					return 0, false // 三四: two digits in a row is not one number
				}
				if d == 0 {
					zeroSeen = true
				}
				digit, haveDigit, any, arabicDigit = d, true, true, false
				break
			}
			if u, ok := cnUnit[r]; ok {
				// 一百十一 = 一百一十一, but 百十 alone is no number.
				tensAfterHundred := u == 10 && lastUnit == 100 && !haveDigit && lastDigitWritten
				if lastUnit > 0 && lastUnit < 1e4 && (u >= lastUnit || !haveDigit && section > 0 && !tensAfterHundred) {
					return 0, false // 百十, 十一十二: units out of order
				}
				lastDigitWritten = haveDigit && digit != 0
				if !haveDigit || digit == 0 {
					digit = 1 // 十二, 一百零十万
				}
				section += digit * u
				digit, haveDigit, any, lastUnit, zeroSeen = 0, false, true, u, false
				break
			}
			switch r {
			case '万', '萬':
				if prev == '万' || prev == '萬' {
					total *= 1e4 // 四万万
					break
				}
				section += digit
				if section == 0 {
					section = 1
				}
				total += section * 1e4
				section, digit, haveDigit, any, lastUnit, zeroSeen = 0, 0, false, true, 1e4, false
			case '亿', '億':
				section += digit
				if section == 0 && total == 0 {
					section = 1
				}
				total = (total + section) * 1e8
				section, digit, haveDigit, any, lastUnit, zeroSeen = 0, 0, false, true, 1e8, false
			default:
				return 0, false
			}
		}
		prev = r
	}
	// 两千四百五, 一万三: a last digit right after a unit counts in the
	// next lower unit.
	if haveDigit && !arabicDigit && !zeroSeen && lastUnit >= 100 && digit > 0 {
		digit *= lastUnit / 10
	}
	return total + section + digit, any
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// lastRune returns the last rune of s and the length of its encoding (3
// for a byte that is no rune, read as utf8.RuneError).
func lastRune(s string) (rune, int) {
	if s == "" {
		return 0, 0
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r, len(string(r))
}

// smallRange reads a vague number as a range: two adjacent digits (两三 →
// 2, 3; 八九亿 → 8e8, 9e8; 三五百 → 300, 500), or an order of magnitude
// (几十, 数十 → 10, 100; 十几万 → 100000, 200000). ok is false otherwise.
func smallRange(s string) (lo, hi float64, ok bool) {
	rs := []rune(s)
	if len(rs) < 2 {
		return 0, 0, false
	}
	mult := func(rest []rune) (float64, bool) {
		if len(rest) == 0 {
			return 1, true
		}
		return ParseChinese("一" + string(rest))
	}
	a, okA := cnDigit[rs[0]]
	b, okB := cnDigit[rs[1]]
	switch {
	case okA && okB:
		if a == 0 || b <= a || b-a > 2 {
			return 0, 0, false
		}
		m, ok := mult(rs[2:])
		return a * m, b * m, ok
	case (rs[0] == '几' || rs[0] == '数') && len(rs) >= 2:
		rest := rs[1:]
		if len(rest) >= 2 && rest[1] == '几' {
			rest = append([]rune{rest[0]}, rest[2:]...)
		}
		m, ok := mult(rest)
		return m, m * 10, ok
	case rs[0] == '十' && rs[1] == '几':
		m, ok := mult(rs[2:])
		return 10 * m, 20 * m, ok
	}
	return 0, 0, false
}
