// Package segment splits Chinese text into words. It wraps gse behind its own
// Token type, loads gse's embedded dictionary together with a domain
// dictionary once, and is safe for concurrent use once built.
//
// Token offsets are byte offsets into the segmented string, half open.
package segment

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/go-ego/gse"
)

// Token is one word of a text.
type Token struct {
	Text       string
	Start, End int    // byte offsets in the text, [Start, End)
	Pos        string // gse part-of-speech tag ("n", "m", "x"); "" if unknown
}

// Segmenter splits text into tokens. Build one with New or Shared; it is
// read-only afterwards and safe for concurrent use.
type Segmenter struct {
	seg gse.Segmenter
}

//go:embed dict/domain.txt
var domainDict string

// New loads the dictionaries: the domain dictionary first (the first entry
// for a word wins in gse), then gse's embedded simplified-Chinese dictionary;
// word costs are computed once, after both.
//
// Only the simplified dictionary (zh_s, 352k words) is loaded: the
// traditional one (zh_t, 235k more) costs about half as much again in time
// and heap, for summaries that are nearly all written in simplified
// characters. The domain dictionary carries the traditional forms of its
// words (主席團會議, 辦結率), so those stay whole in a traditional text; other
// traditional words fall apart into characters, which costs figures nothing
// (the eval sets, one traditional file among them, score the same).
//
// Words that gse's dictionary gives a frequency below 5 are left out
// (MinTokenFreq): 212k of the 352k, mostly rare compounds (4S店) that then
// segment into their parts. It cuts the load to about 40% and the heap
// from 104 MB to 35 MB. The eval sets score the same, and 396 generated
// summaries give the same facts.
//
// gse's HMM model is not loaded: Segment never uses it (only Cut does).
func New() (*Segmenter, error) {
	s := &Segmenter{}
	s.seg.SkipLog = true
	s.seg.NotLoadHMM = true
	s.seg.MinTokenFreq = minFreq
	s.seg.Dict = gse.NewDict()
	s.seg.Init()
	for ln := range strings.Lines(domainDict) {
		f := strings.Fields(ln)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		freq := 100000.0
		pos := "n"
		if len(f) > 1 {
			if v, err := strconv.ParseFloat(f[1], 64); err == nil && v > 0 {
				freq = v
			}
		}
		if len(f) > 2 {
			pos = f[2]
		}
		if err := s.seg.Dict.AddToken(s.seg.ToToken(f[0], freq, pos)); err != nil {
			return nil, fmt.Errorf("load domain dictionary: %s: %w", f[0], err)
		}
	}
	// LoadDictEmbed("zh_s") reads gse's embedded simplified dictionary in
	// one LoadDictStr: Dictionary.AddToken skips a word already present, so
	// our entries above win, and CalcToken runs once, at the end, over all
	// words (checked against gse v0.80.3: dict_1.16.go LoadDictEmbed,
	// LoadDictStr).
	if err := s.seg.LoadDictEmbed("zh_s"); err != nil {
		return nil, fmt.Errorf("load gse dictionary: %w", err)
	}
	dropSearchSegments(s.seg.Dict)
	return s, nil
}

// dropSearchSegments releases the sub-words that CalcToken works out for
// every dictionary word (办结率 → 办结, 率). Only gse's search mode reads
// them (ModeSegment(…, true), ToSlice/ToString with searchMode), which this
// package never uses; Segment does not. Clearing the pointers lets the
// collector free the sub-word arrays, about a tenth of the dictionary's heap.
func dropSearchSegments(d *gse.Dictionary) {
	for i := range d.Tokens {
		clear(d.Tokens[i].Segments())
	}
}

// minFreq is the lowest frequency of a gse dictionary word that is loaded.
const minFreq = 5

var shared = sync.OnceValues(New)

// Shared returns the process-wide Segmenter, loading it on first use.
func Shared() (*Segmenter, error) { return shared() }

// Tokens splits text into words. Runs of digits with their decimal point,
// and a number followed by %, stay one token.
func (s *Segmenter) Tokens(text string) []Token {
	segs := s.seg.Segment([]byte(text))
	toks := make([]Token, 0, len(segs))
	for _, sg := range segs {
		t := Token{Text: text[sg.Start():sg.End()], Start: sg.Start(), End: sg.End(), Pos: sg.Token().Pos()}
		toks = append(toks, t)
	}
	return mergeNumbers(text, toks)
}

// mergeNumbers joins adjacent tokens that together write one figure, so
// that a number stays whole with its unit: "9", "5", "%" → "95%"; "93",
// ".", "5" → "93.5"; "250", "万元" → "250万元"; "600", "余件" → "600余件";
// "132", "人次" → "132人次". The merged token has the tag "m".
func mergeNumbers(text string, toks []Token) []Token {
	out := toks[:0]
	for _, t := range toks {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			if prev.End == t.Start && numberish(prev.Text) && joins(text, prev.Text, t) {
				prev.Text = text[prev.Start:t.End]
				prev.End = t.End
				prev.Pos = "m"
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// joins reports whether t continues the number prev: more digits, a
// separator with a digit after it, or a unit.
func joins(text, prev string, t Token) bool {
	if t.Text == "." || t.Text == "," {
		return t.End < len(text) && text[t.End] >= '0' && text[t.End] <= '9'
	}
	if last := prev[len(prev)-1]; last == '.' || last == ',' {
		i := strings.IndexFunc(t.Text, func(r rune) bool { return r < '0' || r > '9' })
		return i != 0 && (i < 0 || unitLike(t.Text[i:]))
	}
	if numberish(t.Text) {
		return !chineseOnly(prev) && !chineseOnly(t.Text)
	}
	return unitLike(t.Text)
}

// numberish reports whether s is a number, or a number with its unit
// already merged: digits with separators, or Chinese numerals.
func numberish(s string) bool {
	if s == "" {
		return false
	}
	digits := 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r) || strings.ContainsRune(cnNumerals, r):
			digits++
		case r == '.' || r == ',' || r == '．' || r == '，':
		default:
			return false
		}
	}
	return digits > 0
}

// chineseOnly reports whether s holds Chinese numerals only: 十 and 2
// written side by side are two numbers.
func chineseOnly(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune(cnNumerals, r) {
			return false
		}
	}
	return true
}

const cnNumerals = "零〇○一二两三四五六七八九十百千万亿廿"

// units are the units that stay with the number before them; read only.
var units = func() map[string]bool {
	m := map[string]bool{}
	for _, u := range strings.Fields(`% ％ ‰ 元 美元 人次 户次 次 件 条 份 名 人 个 户 项 座 所 场 期 批 家 篇 位 天 间 棒 头
		平方米 平米 平方公里 亩 公顷 公里 千米 米 吨 公斤 千克 斤 个百分点 百分点`) {
		m[u] = true
	}
	return m
}()

// unitLike reports whether s may follow a number inside one figure: a unit
// (件, 人次, %), a multiplier or approximation (万, 余, 多), or both (万元,
// 余件).
func unitLike(s string) bool {
	rest := strings.TrimLeft(s, "多余来万亿千百")
	return rest != s && rest == "" || units[rest]
}
