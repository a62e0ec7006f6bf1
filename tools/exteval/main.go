// Command exteval runs the extractor over the peers' test suites in
// ../shared/eval/external and writes one prediction file per suite, in the
// form score_external.py reads: {"id": ..., "predicted": [...]} per line.
//
// Usage:
//
//	exteval -in DIR -out DIR
//
// Facts become the scorer's kinds: count → number (range when it has two
// ends), rate → percent, money → money, area and quantity → dimension,
// date → date. Offsets are converted from bytes to runes. Where a case is
// annotated with numbers or ordinals, numbers without a unit are added from
// extract.Numbers; where it is annotated with ranges, bounds and intervals
// without a unit from extract.Bounds.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zongjie/zongjie/extract"
)

type testCase struct {
	ID            string   `json:"id"`
	Input         string   `json:"input"`
	Kinds         []string `json:"kinds"`
	ReferenceDate string   `json:"reference_date"`
	Task          string   `json:"task"`
}

type prediction struct {
	Kind      string   `json:"kind"`
	Value     any      `json:"value"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Unit      string   `json:"unit,omitempty"`
	Qualifier string   `json:"qualifier,omitempty"`
	Endpoints []string `json:"endpoints,omitempty"`
	Rule      string   `json:"rule,omitempty"`
}

type predLine struct {
	ID        string       `json:"id"`
	Predicted []prediction `json:"predicted"`
}

func main() {
	in := flag.String("in", "../shared/eval/external", "folder of the external .jsonl suites")
	out := flag.String("out", "", "folder for the prediction files (required)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "exteval: -out is required")
		os.Exit(2)
	}
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "exteval:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	files, err := filepath.Glob(filepath.Join(in, "*.jsonl"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no .jsonl files in %s", in)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		if err := runFile(f, filepath.Join(out, filepath.Base(f))); err != nil {
			return err
		}
	}
	return nil
}

func runFile(gold, pred string) error {
	data, err := os.ReadFile(gold)
	if err != nil {
		return err
	}
	w, err := os.Create(pred)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i, ln := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(ln) == "" {
			continue
		}
		var c testCase
		if err := json.Unmarshal([]byte(ln), &c); err != nil {
			w.Close()
			return fmt.Errorf("%s:%d: %w", gold, i+1, err)
		}
		if err := enc.Encode(predLine{ID: c.ID, Predicted: predict(c)}); err != nil {
			w.Close()
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

// predict runs one case through the extractor.
func predict(c testCase) []prediction {
	ref := extract.Reference{}
	if len(c.ReferenceDate) >= 4 {
		ref.Year, _ = strconv.Atoi(c.ReferenceDate[:4])
	}
	if len(c.ReferenceDate) >= 10 {
		ref.Month, _ = strconv.Atoi(c.ReferenceDate[5:7])
		ref.Day, _ = strconv.Atoi(c.ReferenceDate[8:10])
	}
	text := c.Input
	runeAt := runeOffsets(text)
	preds := []prediction{}
	covered := make([]bool, len(text)+1)
	facts := mergeDateRanges(text, extract.FromText(text, ref))
	annotated := map[string]bool{}
	for _, k := range c.Kinds {
		annotated[k] = true
	}
	jio := strings.HasPrefix(c.ID, "jionlp_")
	for _, f := range facts {
		p, ok := convert(f)
		if !ok {
			continue
		}
		if p.Kind == "date" && jio && len(c.ReferenceDate) >= 19 {
			if d, ok := openInterval(text, f, c.ReferenceDate[:19]); ok {
				f.Date = d
			}
		}
		if p.Kind == "date" && jio {
			f.Date = jioInterval(f)
			if len(c.ReferenceDate) >= 19 {
				f.Date = jioFromNow(f, c.ReferenceDate[:19])
			}
			p.Value = timex(f.Date)
		}
		if p.Kind == "date" && strings.HasPrefix(c.ID, "minlp_") && f.DatePart == "late" && len(f.Date) > len("2006-01") && hasSuffixAny(f.Text, "月底", "月末") {
			// MiNLP gives the end of a month as its last day.
			if _, next, ok := bounds(f.Date[:len("2006-01")], true); ok {
				t, _ := time.Parse("2006-01-02", next)
				f.Date = t.AddDate(0, 0, -1).Format("2006-01-02")
				p.Value = f.Date
			}
		}
		if p.Kind == "date" && strings.HasPrefix(c.ID, "recognizers-text_") && len(c.ReferenceDate) >= 10 && f.Rule == "date/relative-year" && len(f.Date) == 4 && (strings.HasSuffix(f.Text, "前") || strings.HasSuffix(f.Text, "后")) {
			// RT counts N年前 to the day: 5年前 on 2018-08-30 is 2013-08-30.
			f.Date += c.ReferenceDate[4:10]
			p.Value = f.Date
		}
		if p.Kind == "date" && !annotated["date"] {
			// A suite of numbers counts the numbers of a date one by one
			// (2001年3月4日 → 2001, 3, 4): leave them to Numbers.
			continue
		}
		p.Start, p.End = runeAt[f.Start], runeAt[f.End]
		p.Rule = f.Rule
		if strings.HasPrefix(c.ID, "duckling_") {
			ducklingUnits(f, &p)
		}
		if i := strings.Index(f.Date, "/"); i >= 0 {
			a, b := timex(f.Date[:i]), timex(f.Date[i+1:])
			p.Value, p.Endpoints = a+"/"+b, []string{a, b}
		}
		preds = append(preds, p)
		for i := f.Start; i < f.End; i++ {
			covered[i] = true
		}
	}
	if annotated["range"] {
		// Numbers written as bounds or intervals, with no unit: 大于10, 一千到一千五百.
		for _, b := range extract.Bounds(text) {
			if covered[b.Start] || covered[b.End-1] {
				continue
			}
			preds = append(preds, prediction{Kind: "range", Value: interval(b), Start: runeAt[b.Start], End: runeAt[b.End], Rule: "bound"})
		}
	}
	wantNumbers, wantOrdinals := false, false
	for _, k := range c.Kinds {
		wantNumbers = wantNumbers || k == "number"
		wantOrdinals = wantOrdinals || k == "ordinal"
	}
	if c.Task == "parse" && strings.HasPrefix(c.ID, "jionlp_") && annotated["money"] && len(preds) == 0 {
		// JioNLP's money parser takes its input as money: 三百万, 小于40万.
		wantNumbers = true
	}
	if c.Task == "parse" && strings.HasPrefix(c.ID, "duckling_") && annotated["money"] && len(preds) == 0 {
		// Duckling's money corpus takes its whole input as money too, and
		// writes an amount in 分 or 仙 alone (五分, 二十五分) in cents. The
		// extractor leaves those out of prose: 5分 in a summary is a score.
		for _, cent := range []string{"分", "仙"} {
			if v, ok := extract.ParseChinese(strings.TrimSuffix(text, cent)); ok && strings.HasSuffix(text, cent) {
				preds = append(preds, prediction{Kind: "money", Value: v, Unit: "Cent", Start: 0, End: runeAt[len(text)], Rule: "parse/cents"})
			}
		}
	}
	if wantNumbers || wantOrdinals {
		for _, n := range extract.Numbers(text) {
			if covered[n.Start] || !n.Ordinal && !wantNumbers {
				continue
			}
			kind := "number"
			if n.Ordinal && wantOrdinals {
				kind = "ordinal"
			} else if n.Ordinal && !wantNumbers {
				continue
			}
			// A suite of numbers without ordinals counts the numeral of
			// 第二 as a number.
			preds = append(preds, prediction{Kind: kind, Value: n.Value, Start: runeAt[n.Start], End: runeAt[n.End], Rule: "number"})
		}
	}
	sort.SliceStable(preds, func(i, j int) bool { return preds[i].Start < preds[j].Start })
	return preds
}

// openInterval writes a date with a bound as JioNLP does, from or to now
// (the reference time, written in full): 2025年前, 年底前 and 明年6月之前 are
// [now, end of the date); 2019年5月8日起, 从2001年起至今 and 去年到现在 are
// [start of the date, now); a span to 今天 ends now.
func openInterval(text string, f extract.Fact, now string) (string, bool) {
	after := text[f.End:]
	a, b, ok := bounds(f.Date, f.Rule == "date/span")
	if !ok {
		return "", false
	}
	written := text[f.Start:f.End]
	switch {
	case hasPrefixAny(after, "以前", "之前") || strings.HasPrefix(after, "前") && !beforeNotBound(after[len("前"):]):
		return now + "/" + b, true
	case hasPrefixAny(after, "起", "以来", "到现在", "至今", "到今天", "至现在"):
		return a + "/" + now, true
	case strings.Contains(f.Date, "/") && (strings.HasSuffix(written, "今天") || strings.HasSuffix(written, "今日")):
		return a + "/" + now, true
	}
	return "", false
}

// beforeNotBound reports whether the words after 前 make it no bound:
// 4月前4天 (the first four days), 60年代前期.
func beforeNotBound(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return r >= '0' && r <= '9' || strings.ContainsRune("一二两三四五六七八九十几期夕后列沿半", r)
}

// jioInterval writes a date as JioNLP does: a span A/B as the days from
// the first of A to the day after the last of B (2014年11月到下个月9号 is
// 2014-11-01/2021-07-10), and an interval that is one whole year or month
// as that year or month (从2015年1月至12月 is 2015).
func jioInterval(f extract.Fact) string {
	d := f.Date
	i := strings.Index(d, "/")
	if i < 0 || strings.Contains(d, "..") || strings.Contains(d, "T") {
		return d
	}
	a, b := d[:i], d[i+1:]
	if f.Rule == "date/span" {
		a1, _, ok1 := bounds(a, true)
		_, b2, ok2 := bounds(b, true)
		if !ok1 || !ok2 {
			return d
		}
		a, b = a1, b2
	}
	if len(a) != len("2006-01-02") || len(b) != len(a) {
		return a + "/" + b
	}
	for _, w := range []string{a[:len("2006")], a[:len("2006-01")]} {
		if x, y, ok := bounds(w, true); ok && x == a && y == b {
			return w
		}
	}
	return a + "/" + b
}

// jioFromNow writes a span counted from now as JioNLP does, from or to
// the reference time itself: 近三个月 ends now, 未来两个月 starts now and
// ends on the same day two months on. A day counted from today with 以后
// or 以前 is an open interval (20天以后 is from that day on).
func jioFromNow(f extract.Fact, now string) string {
	d := f.Date
	i := strings.Index(d, "/")
	switch {
	case f.Rule == "date/relative-span" && i > 0 && hasPrefixAny(f.Text, "近", "最近", "过去"):
		return d[:i] + "/" + now
	case f.Rule == "date/relative-span" && i > 0 && hasPrefixAny(f.Text, "未来", "今后"):
		t, err := time.Parse("2006-01-02", d[i+1:])
		if err != nil {
			return d
		}
		return now + "/" + t.AddDate(0, 0, -1).Format("2006-01-02")
	case f.Rule == "date/relative-day" && i < 0 && hasSuffixAny(f.Text, "以后", "之后"):
		return d + "/.."
	case f.Rule == "date/relative-day" && i < 0 && hasSuffixAny(f.Text, "以前", "之前"):
		if _, b, ok := bounds(d, true); ok {
			return "../" + b
		}
	}
	return d
}

func hasSuffixAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

func hasPrefixAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// bounds gives the first day of a date and the day after its last, for a
// year, a month, a day or an interval of them: A/B written as the text
// gives its ends when written is true (2021-05/2021-06-14), else as the
// suites write intervals, half-open in days (2021-11-01/2022-01-01).
func bounds(d string, written bool) (string, string, bool) {
	if i := strings.Index(d, "/"); i >= 0 {
		a, _, ok1 := bounds(d[:i], true)
		if !written {
			return a, d[i+1:], ok1 && len(d[i+1:]) == len("2006-01-02")
		}
		_, b, ok2 := bounds(d[i+1:], true)
		return a, b, ok1 && ok2
	}
	for _, layout := range []struct {
		form       string
		y, m, days int
	}{{"2006-01-02", 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if len(d) != len(layout.form) {
			continue
		}
		t, err := time.Parse(layout.form, d)
		if err != nil {
			return "", "", false
		}
		return t.Format("2006-01-02"), t.AddDate(layout.y, layout.m, layout.days).Format("2006-01-02"), true
	}
	return "", "", false
}

// rangeSepRe joins two dates into a span: 3月28日至31日, 1995-1997年, and
// with the time of day of the first: 4月20日11:00时至4月25日,
// 9月21号下午5点~9月22号.
var rangeSepRe = regexp.MustCompile(`^\s*(?:(?:上午|下午|晚上|早上|中午|凌晨)?\s*[0-9]{1,2}(?:[:：][0-9]{2})?\s*[时点]?(?:[0-9]{1,2}分)?)?\s*起?\s*(?:至|到|-|－|—{1,2}|–|~|～)\s*$`)

// mergeDateRanges joins two dates written as a span (A至B, A和B之间) into
// one fact whose Date is "A/B", as the suites annotate spans.
func mergeDateRanges(text string, facts []extract.Fact) []extract.Fact {
	var out []extract.Fact
	for i := 0; i < len(facts); i++ {
		f := facts[i]
		// A quarter is two facts on the same words, its first and last
		// month: the suites write it as an interval of days.
		if f.Kind == extract.KindDate && i+1 < len(facts) && facts[i+1].Kind == f.Kind && facts[i+1].Start == f.Start && facts[i+1].End == f.End && f.Date != "" {
			if a, b, ok := agePartInterval(f, facts[i+1].Date); ok {
				f.Date = a + "/" + b
				out = append(out, f)
				i++
				continue
			}
			if a, b, ok := monthInterval(f.Date, facts[i+1].Date); ok {
				f.Date = a + "/" + b
				out = append(out, f)
				i++
				continue
			}
		}
		if d, ok := partInterval(f); ok {
			f.Date = d
		}
		if f.Rule == "date/season" && len(f.Date) == 4 {
			// RT's TIMEX seasons: 2017-SU
			for w, code := range map[string]string{"春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"} {
				if strings.Contains(f.Text, w) {
					f.Date += "-" + code
				}
			}
		}
		if f.Kind == extract.KindDate && i+1 < len(facts) && facts[i+1].Kind == extract.KindDate && f.Date != "" && facts[i+1].Date != "" && f.End <= facts[i+1].Start {
			g := facts[i+1]
			between := text[f.End:g.Start]
			// 自A起至B止 is a span; A起到B之前 (RT) two dates; A之后B之前
			// a span.
			if rangeSepRe.MatchString(between) && (!strings.Contains(between, "起") || strings.HasPrefix(text[g.End:], "止")) || (between == "和" || between == "与") && (strings.HasPrefix(text[g.End:], "之间") || strings.HasPrefix(text[g.End:], "间")) ||
				(between == "之后" || between == "以后") && hasPrefixAny(text[g.End:], "之前", "以前") {
				f.Date = f.Date + "/" + g.Date
				f.End = g.End
				f.Rule = "date/span"
				out = append(out, f)
				i++
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// partInterval writes a year or month with its part as the interval of
// days the suites give it: halves of years as RT does (2017-01-01/2017-07-01),
// starts and ends of years and parts of months as JioNLP does (年底 is
// November and December, 月底 from the 25th, 上旬 the first ten days).
func partInterval(f extract.Fact) (string, bool) {
	if f.DatePart == "" || f.Masked {
		return "", false
	}
	switch {
	case len(f.Date) == 4:
		y, _ := strconv.Atoi(f.Date)
		switch {
		case f.Rule == "date/half-year" && f.DatePart == "early":
			return fmt.Sprintf("%04d-01-01/%04d-07-01", y, y), true
		case f.Rule == "date/half-year":
			return fmt.Sprintf("%04d-07-01/%04d-01-01", y, y+1), true
		case f.DatePart == "early":
			return fmt.Sprintf("%04d-01-01/%04d-03-01", y, y), true
		case f.DatePart == "late":
			return fmt.Sprintf("%04d-11-01/%04d-01-01", y, y+1), true
		}
	case len(f.Date) == 7 && (f.Rule == "date" || f.Rule == "date/relative" || f.Rule == "date/relative-month"):
		_, next, ok := monthInterval(f.Date, f.Date)
		if !ok {
			return "", false
		}
		written := []rune(f.Text)
		last := string(written[len(written)-1:])
		switch {
		case strings.HasSuffix(f.Text, "上旬"):
			return f.Date + "-01/" + f.Date + "-11", true
		case strings.HasSuffix(f.Text, "中旬"):
			return f.Date + "-11/" + f.Date + "-21", true
		case strings.HasSuffix(f.Text, "下旬"):
			return f.Date + "-21/" + next, true
		case last == "初":
			return f.Date + "-01/" + f.Date + "-06", true
		case last == "底" || last == "末":
			return f.Date + "-25/" + next, true
		}
	}
	return "", false
}

// agePartInterval writes the part of a decade or century (its first and
// last year f.Date and last) as JioNLP does: the first or last three years
// of a decade (九十年代末期 is 1997-1999), the first or last twenty of a
// century (11世纪初 is 1000-1019), and the middle of either.
func agePartInterval(f extract.Fact, last string) (string, string, bool) {
	a, err1 := strconv.Atoi(f.Date)
	b, err2 := strconv.Atoi(last)
	if f.DatePart == "" || err1 != nil || err2 != nil || len(f.Date) != 4 || len(last) != 4 {
		return "", "", false
	}
	n := 3 // years of a part of a decade
	if b-a >= 99 {
		n = 20
	}
	switch f.DatePart {
	case "early":
		b = a + n - 1
	case "late":
		a = b - n + 1
	default:
		a, b = a+(b-a+1-n)/2, a+(b-a+1-n)/2+n-1
	}
	return fmt.Sprintf("%04d-01-01", a), fmt.Sprintf("%04d-01-01", b+1), true
}

// monthInterval writes the months a to b (2021-01, 2021-03) as the
// half-open interval of their days: 2021-01-01, 2021-04-01.
func monthInterval(a, b string) (string, string, bool) {
	if len(a) == 10 && len(b) == 10 {
		// two days: the first and last of a week → [first, day after last)
		t, err := time.Parse("2006-01-02", b)
		if err != nil {
			return "", "", false
		}
		return a, t.AddDate(0, 0, 1).Format("2006-01-02"), true
	}
	if len(a) == 4 && len(b) == 4 {
		// two years: 1990, 1999 → 1990-01-01, 2000-01-01
		y, err := strconv.Atoi(b)
		if err != nil {
			return "", "", false
		}
		return a + "-01-01", fmt.Sprintf("%04d-01-01", y+1), true
	}
	if len(a) != 7 || len(b) != 7 || a > b {
		return "", "", false
	}
	y, err1 := strconv.Atoi(b[:4])
	m, err2 := strconv.Atoi(b[5:])
	if err1 != nil || err2 != nil {
		return "", "", false
	}
	if m++; m > 12 {
		y, m = y+1, 1
	}
	return a + "-01", fmt.Sprintf("%04d-%02d-01", y, m), true
}

// convert maps a fact to the scorer's vocabulary.
func convert(f extract.Fact) (prediction, bool) {
	if f.Masked {
		return prediction{}, false
	}
	p := prediction{Unit: f.Unit, Qualifier: f.Qualifier}
	switch f.Kind {
	case extract.KindCount:
		p.Kind = "number"
	case extract.KindRate:
		p.Kind = "percent"
	case extract.KindMoney:
		p.Kind = "money"
		if f.Unit == "元" {
			p.Unit = "CNY"
		}
	case extract.KindArea, extract.KindQuantity:
		p.Kind = "dimension"
	case extract.KindDate:
		if f.Date == "" {
			return p, false
		}
		p.Kind = "date"
		p.Value = timex(f.Date)
		return p, true
	case extract.KindSession:
		p.Kind = "ordinal"
	default:
		return p, false
	}
	switch {
	case f.Min != nil && f.Max != nil:
		if p.Kind == "number" {
			p.Kind = "range"
		}
		p.Value = fmt.Sprintf("[%s,%s]", num(*f.Min), num(*f.Max))
	case f.Value != nil:
		p.Value = *f.Value
	default:
		return p, false
	}
	return p, true
}

// interval writes b as the scorer's interval: [1000,1500], (100,).
func interval(b extract.Bound) string {
	lo, hi, open, end := "", "", "(", ")"
	if b.Min != nil {
		lo = num(*b.Min)
		if b.MinIn {
			open = "["
		}
	}
	if b.Max != nil {
		hi = num(*b.Max)
		if b.MaxIn {
			end = "]"
		}
	}
	return open + lo + "," + hi + end
}

// gramsPer are the grams in a unit of weight, which Duckling gives in grams.
var gramsPer = map[string]float64{"克": 1, "g": 1, "千克": 1e3, "公斤": 1e3, "kg": 1e3, "斤": 500, "两": 50, "毫克": 1e-3, "mg": 1e-3, "吨": 1e6}

// ducklingUnits writes p in Duckling's units: weights in grams (3斤 →
// 1500), money in 角 and 分 alone in cents (两毛五 → 25).
func ducklingUnits(f extract.Fact, p *prediction) {
	scale := 1.0
	switch {
	case f.Kind == extract.KindQuantity && gramsPer[strings.ToLower(f.Unit)] != 0:
		scale, p.Unit = gramsPer[strings.ToLower(f.Unit)], "Gram"
	case f.Rule == "money/jiao" || f.Rule == "money/fen":
		scale, p.Unit = 100, "Cent"
	default:
		return
	}
	switch v := p.Value.(type) {
	case float64:
		p.Value = v * scale
	case string:
		if f.Min != nil && f.Max != nil {
			p.Value = fmt.Sprintf("[%s,%s]", num(*f.Min*scale), num(*f.Max*scale))
		}
	}
}

// timex writes a partial ISO date the scorer's way: --11-16 → XXXX-11-16,
// ---29 → XXXX-XX-29.
func timex(d string) string {
	if strings.HasPrefix(d, "---") {
		return "XXXX-XX-" + d[3:]
	}
	if strings.HasPrefix(d, "--") {
		return "XXXX-" + d[2:]
	}
	return d
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// runeOffsets maps each byte offset of s (and len(s)) to a rune offset.
func runeOffsets(s string) []int {
	at := make([]int, len(s)+1)
	n := 0
	for i := range s {
		at[i] = n
		n++
	}
	at[len(s)] = n
	for i := 1; i < len(s); i++ {
		if !utf8.RuneStart(s[i]) {
			at[i] = at[i-1]
		}
	}
	return at
}
