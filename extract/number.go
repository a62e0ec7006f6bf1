package extract

import (
	"strconv"
	"strings"
)

var cnDigit = map[rune]float64{
	'零': 0, '〇': 0, '○': 0, '一': 1, '壹': 1, '二': 2, '贰': 2, '两': 2, '俩': 2, '三': 3, '叁': 3,
	'四': 4, '肆': 4, '五': 5, '伍': 5, '六': 6, '陆': 6, '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9,
}

var cnUnit = map[rune]float64{
	'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000,
}

// ParseChinese reads a number written in Chinese numerals, optionally mixed
// with Arabic digits and the multipliers 万 and 亿: "十四" → 14, "两千零五" →
// 2005, "1.2万" → 12000, "二〇二四" → 2024. ok is false when s is not a
// number.
func ParseChinese(s string) (v float64, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	if f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64); err == nil {
		return f, true
	}
	var total, section, digit float64
	var haveDigit, any bool
	rs := []rune(s)
	// A string of digits only (二〇二四) reads digit by digit.
	allDigits := true
	for _, r := range rs {
		if _, ok := cnDigit[r]; !ok {
			allDigits = false
			break
		}
	}
	if allDigits && len(rs) > 1 {
		for _, r := range rs {
			v = v*10 + cnDigit[r]
		}
		return v, true
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r >= '0' && r <= '9' || r == '.':
			j := i
			for j < len(rs) && (rs[j] >= '0' && rs[j] <= '9' || rs[j] == '.') {
				j++
			}
			f, err := strconv.ParseFloat(string(rs[i:j]), 64)
			if err != nil {
				return 0, false
			}
			digit, haveDigit, any = f, true, true
			i = j - 1
		case r == '廿':
			digit, haveDigit, any = 20, true, true
		default:
			if d, ok := cnDigit[r]; ok {
				digit, haveDigit, any = d, true, true
				continue
			}
			if u, ok := cnUnit[r]; ok {
				if !haveDigit {
					digit = 1
				}
				section += digit * u
				digit, haveDigit, any = 0, false, true
				continue
			}
			switch r {
			case '万':
				section += digit
				if section == 0 {
					section = 1
				}
				total += section * 1e4
				section, digit, haveDigit, any = 0, 0, false, true
			case '亿':
				section += digit
				if section == 0 && total == 0 {
					section = 1
				}
				total = (total + section) * 1e8
				section, digit, haveDigit, any = 0, 0, false, true
			default:
				return 0, false
			}
		}
	}
	return total + section + digit, any
}
