package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFindAll checks that findAll finds what the regexp engine finds, on
// the texts of examples, in halves of them and in text folded to ASCII.
func TestFindAll(t *testing.T) {
	res := []*regexp.Regexp{isoDateRe, monthSpanRe, dateRe, dayOnlyRe, yearSpanRe, yearSpanBareRe, yearRe, yearPartRe,
		decadeRe, relativeDayRe, daysFromTodayRe, relativeMonthRe, relativeYearRe, relativeWeekRe, compactDateRe, spacedDateRe, dotMonthRe, editionRe, unitAfterRe, relativeSpanRe, yearsFromTodayRe, centuryRe, headingRe, urlRe,
		docNumberRe, pageRe, phoneRe, figureRe, percentWordRe, kiloRateRe, bareMoneyRe, sessionRe, sessionShortRe,
		jiaoRe, fenRe, symbolMoneyRe, fractionRe, numberRe, halfRe, tenthsRe, metaLineRe,
		futureYearRe, kiloMoneyRe, sittingListRe, bareSittingRe, itemPointRe, plainItemRe, dotSpanRe, sittingRe, listItemTailRe}
	texts := []string{"", "2024年3月5日至7日，共12名代表；百分之九十五，九成以上，1.5万元至2万元。\xff\xfe年", "发布时间：2022-11-21 14:50 来源：镇政府 浏览次数：12", "阅读量:3", "约3次，近五年来，超过20人，大约1.5万元至将近2万元，不少于三分之一，逾百分之九十，接近八成，高于去年同期", "2022年工作总结\n2023年，我们将。2024年要召开。\n　2025年是！ 二〇二三年，本人将\n。\n2026年将", "一、2020年工作打算\n二、下步工作打算。一是抓好\n 第二篇：回顾\n三、很长的标题很长的标题很长的标题很长的标题很长的标题很长的标题很长的标题很长的标题很长的标题\n1.2万\n3.好\n四、末"}
	filepath.WalkDir("../examples", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			if b, err := os.ReadFile(p); err == nil {
				text, _, _ := foldWidth(string(b))
				bad := []byte(string(b))
				for i := 5; i < len(bad); i += 37 {
					bad[i] = 0xff
				}
				texts = append(texts, string(b), text, string(b[len(b)/3:]), string(bad), strings.ReplaceAll(string(b), "\n", ""))
			}
		}
		return nil
	})
	fast := 0
	for _, re := range res {
		if starterFor(re).anchor != nil {
			fast++
		}
		for _, text := range texts {
			if got, want := findAll(re, text), re.FindAllStringSubmatchIndex(text, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: findAll differs on %.60q", re, text)
			}
			if got, want := matchString(re, text), re.MatchString(text); got != want {
				t.Fatalf("%s: matchString differs on %.60q", re, text)
			}
			if got, want := findAllIndex(re, text), re.FindAllStringIndex(text, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: findAllIndex differs on %.60q", re, text)
			}
		}
	}
	t.Logf("%d of %d patterns sped up, %d texts", fast, len(res), len(texts))
	// The same, with the first runes of every pattern found in one pass.
	fromIndex := 0
	for _, text := range texts {
		release := indexStarts(text)
		for _, re := range res {
			if _, ok := startsOf(starterFor(re), text); ok {
				fromIndex++
			}
			if got, want := findAll(re, text), re.FindAllStringSubmatchIndex(text, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: indexed findAll differs on %.60q", re, text)
			}
		}
		release()
		if _, ok := startsOf(starterFor(figureRe), text); ok {
			t.Fatalf("%.60q still indexed after release", text)
		}
	}
	if fromIndex == 0 {
		t.Fatal("no pattern was searched from the index")
	}
	t.Logf("%d searches from the index", fromIndex)
}

func TestStarterReport(t *testing.T) {
	for _, re := range []*regexp.Regexp{isoDateRe, monthSpanRe, dateRe, dayOnlyRe, yearSpanRe, yearSpanBareRe, yearRe, yearPartRe,
		decadeRe, relativeDayRe, daysFromTodayRe, relativeMonthRe, relativeYearRe, relativeWeekRe, compactDateRe, spacedDateRe, dotMonthRe, editionRe, unitAfterRe, relativeSpanRe, yearsFromTodayRe, centuryRe, headingRe, urlRe,
		docNumberRe, pageRe, phoneRe, figureRe, percentWordRe, kiloRateRe, bareMoneyRe, sessionRe, sessionShortRe,
		jiaoRe, fenRe, symbolMoneyRe, fractionRe, numberRe, halfRe, tenthsRe} {
		st := starterFor(re)
		t.Logf("%v tail=%v body=%v span=%d ascii=%d ranges=%d %.80s", st.anchor != nil, st.tail != nil, st.body != nil, st.span, func() int {
			n := 0
			for _, b := range st.first.ascii {
				if b {
					n++
				}
			}
			return n
		}(), len(st.first.ranges)/2, re)
	}
}

func TestDecodeRune(t *testing.T) {
	var b [3]byte
	for c := 0xE0; c < 0xF0; c++ {
		for b1 := 0; b1 < 256; b1++ {
			for _, b2 := range []byte{0x80, 0x9F, 0xBF, 0x7F, 0xC0, 0xFF} {
				b = [3]byte{byte(c), byte(b1), b2}
				s := "x" + string(b[:]) + "y"
				r, w := decodeRune(s, 1)
				if r2, w2 := utf8.DecodeRuneInString(s[1:]); r != r2 || w != w2 {
					t.Fatalf("% x: %U %d, want %U %d", b, r, w, r2, w2)
				}
				if r, w := decodeRune(s[:3], 1); r != utf8.RuneError || w != 1 {
					t.Fatalf("% x cut: %U %d", b, r, w)
				}
			}
		}
	}
}
