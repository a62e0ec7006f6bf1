package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

var (
	townshipRe = regexp.MustCompile(`([^\s\p{P}镇乡人大的在和与对]{2,6}?(?:镇|乡|街道|苏木))(?:第[一二三四五六七八九十\d]+届)?(?:人大|人民代表大会|人民政府|党委)`)
	maskedTown = regexp.MustCompile(`(?:\*+|＊+|[xX×]+)(?:镇|乡|街道)`)
	yearRe     = regexp.MustCompile(`((?:19|20)\d{2})\s*年`)
	maskedYear = regexp.MustCompile(`(?:[xX×]{2,4}|20[xX]{2})\s*年?`)
	organRe    = regexp.MustCompile(`人大主席团|人大工委|人大常委会|人民政府|人大`)
	signDate   = regexp.MustCompile(`^((?:19|20)\d{2}|[xX×]{2,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$`)
	notTown    = map[string]bool{"全镇": true, "我镇": true, "本镇": true, "乡镇": true, "各镇": true, "该镇": true}
)

// readMeta fills township, year, organ and date from the title, the text
// and the signature lines at the end.
func readMeta(d *Document) {
	lines := strings.Split(d.Text, "\n")
	// Signature: a date line at the end, and the organ line above it.
	var sign string
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-3; i-- {
		if m := signDate.FindStringSubmatch(lines[i]); m != nil {
			mo, _ := strconv.Atoi(m[2])
			day, _ := strconv.Atoi(m[3])
			if y, err := strconv.Atoi(m[1]); err == nil {
				d.Date = pad4(y) + "-" + pad2(mo) + "-" + pad2(day)
			} else {
				d.Date = "--" + pad2(mo) + "-" + pad2(day)
				d.Warnings = append(d.Warnings, "signature date has a masked year")
			}
			if i > 0 {
				sign = lines[i-1]
			}
			break
		}
	}
	for _, s := range []string{d.Title, sign, firstLines(lines, 3)} {
		if m := townshipRe.FindStringSubmatch(s); m != nil && !notTown[lastTwo(m[1])] {
			d.Township = trimTown(m[1])
			break
		}
	}
	if d.Township == "" && (maskedTown.MatchString(d.Title) || maskedTown.MatchString(d.Text)) {
		d.Warnings = append(d.Warnings, "township is masked (**镇); left empty")
	}
	if m := yearRe.FindStringSubmatch(d.Title); m != nil {
		d.Year, _ = strconv.Atoi(m[1])
	} else if len(d.Date) >= 4 && d.Date[0] != '-' {
		d.Year, _ = strconv.Atoi(d.Date[:4])
	} else if maskedYear.MatchString(d.Title) {
		d.Warnings = append(d.Warnings, "year is masked (XX年); left empty")
	}
	if m := organRe.FindString(d.Title); m != "" {
		d.Organ = m
	} else if m := organRe.FindString(sign); m != "" {
		d.Organ = m
	}
}

// trimTown keeps the place name: the township word ends at 镇/乡/街道/苏木,
// and leading words such as 全 or 我 are not part of it.
func trimTown(s string) string {
	for _, p := range []string{"我们", "我", "全", "本", "在", "对"} {
		if strings.HasPrefix(s, p) && len([]rune(s))-len([]rune(p)) >= 2 {
			return strings.TrimPrefix(s, p)
		}
	}
	return s
}

func lastTwo(s string) string {
	r := []rune(s)
	if len(r) <= 2 {
		return s
	}
	return string(r[len(r)-2:])
}

func firstLines(lines []string, n int) string {
	if len(lines) < n {
		n = len(lines)
	}
	return strings.Join(lines[:n], "\n")
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func pad4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}
