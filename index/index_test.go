package index

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/extract"
	"github.com/zongjie/zongjie/segment"
)

// genDoc is a generated document with the metric values it reports.
type genDoc struct {
	doc   *corpus.Document
	facts []extract.Fact
	rate  *float64 // completion_rate: the first rate fact
	count *float64 // motions: the largest count fact
}

var (
	townships = []string{"拐河镇", "青石镇", "正阳关镇", "城关街道", "白石乡"}
	pieces    = []string{
		"办结率", "办结", "率先", "满意率", "满意", "代表活动站", "代表", "人大代表", "活动", "站",
		"视察", "调研", "议案", "建议", "主席团", "会议", "的", "群众", "选民", "站点", "95", "Ab",
	}
	seps = []string{"", "", "", "，", "。", "、", "\n", " "}
)

// generate makes n documents from a fixed seed. Pieces are joined with and
// without punctuation, so terms also appear across piece boundaries
// (办结 + 率先 holds 办结率).
func generate(n int) []genDoc {
	rng := rand.New(rand.NewPCG(5, 7))
	var docs []genDoc
	for i := range n {
		var b strings.Builder
		for range 10 + rng.IntN(60) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		town := townships[rng.IntN(len(townships))]
		if rng.IntN(10) == 0 {
			town = ""
		}
		year := 2016 + rng.IntN(9)
		if rng.IntN(10) == 0 {
			year = 0
		}
		title := town + strconv.Itoa(year) + "年工作总结"
		if rng.IntN(3) == 0 {
			title = town + "代表建议办理情况报告"
		}
		d := &corpus.Document{
			Source: fmt.Sprintf("gen/%03d.txt", i/2), Part: i%2 + 1, Parts: 2,
			Title: title, Township: town, Year: year, Organ: "人大主席团", Text: b.String(),
		}
		g := genDoc{doc: d}
		for range rng.IntN(4) {
			v := float64(50 + rng.IntN(51))
			g.facts = append(g.facts, extract.Fact{Kind: extract.KindRate, Metric: "completion_rate", Value: extract.Float(v), Unit: "%", Text: "办结率" + strconv.Itoa(int(v)) + "%"})
			if g.rate == nil {
				g.rate = extract.Float(v)
			}
		}
		for range rng.IntN(4) {
			v := float64(1 + rng.IntN(30))
			g.facts = append(g.facts, extract.Fact{Kind: extract.KindCount, Metric: "motions", Value: extract.Float(v), Unit: "件", Text: "建议" + strconv.Itoa(int(v)) + "件"})
			if g.count == nil || v > *g.count {
				g.count = extract.Float(v)
			}
		}
		if rng.IntN(5) == 0 { // a masked figure never counts, whatever it holds
			g.facts = append(g.facts, extract.Fact{Kind: extract.KindCount, Metric: "motions", Value: extract.Float(999), Masked: true, Text: "建议XX件"})
		}
		docs = append(docs, g)
	}
	return docs
}

func buildIndex(tb testing.TB, docs []genDoc) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "index.bleve")
	w, err := Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	for _, g := range docs {
		if err := w.Add(g.doc, g.facts); err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return path
}

func TestSearchMatchesTruth(t *testing.T) {
	docs := generate(400)
	ix, err := Open(buildIndex(t, docs))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()

	text := func(s string) func(genDoc) bool {
		return func(g genDoc) bool { return strings.Contains(g.doc.Title, s) || strings.Contains(g.doc.Text, s) }
	}
	not := func(f func(genDoc) bool) func(genDoc) bool { return func(g genDoc) bool { return !f(g) } }
	and := func(fs ...func(genDoc) bool) func(genDoc) bool {
		return func(g genDoc) bool {
			for _, f := range fs {
				if !f(g) {
					return false
				}
			}
			return true
		}
	}
	town := func(s string) func(genDoc) bool { return func(g genDoc) bool { return g.doc.Township == s } }
	year := func(ok func(int) bool) func(genDoc) bool {
		return func(g genDoc) bool { return g.doc.Year != 0 && ok(g.doc.Year) }
	}
	tests := []struct {
		name, query string
		want        func(genDoc) bool
	}{
		{"term", "办结率", text("办结率")},
		{"term-prefix-of-longer", "办结", text("办结")},
		{"term-long", "代表活动站", text("代表活动站")},
		{"term-across-pieces", "结率先", text("结率先")},
		{"phrase", `"人大代表"`, text("人大代表")},
		{"phrase-fullwidth-quotes", "“满意率”", text("满意率")},
		{"single-char", "率", text("率")},
		{"single-char-rare", "点", text("点")},
		{"latin-word", "ab", func(g genDoc) bool { return hasWord(g.doc.Title, "Ab") || hasWord(g.doc.Text, "Ab") }},
		{"number-word", "95", func(g genDoc) bool { return hasWord(g.doc.Title, "95") || hasWord(g.doc.Text, "95") }},
		{"absent", "不存在", text("不存在")},
		{"body-field", "body:率先", func(g genDoc) bool { return strings.Contains(g.doc.Text, "率先") }},
		{"title-field", "title:情况报告", func(g genDoc) bool { return strings.Contains(g.doc.Title, "情况报告") }},
		{"township", "township:拐河镇", town("拐河镇")},
		{"township-fullwidth-colon", "township：青石镇", town("青石镇")},
		{"year-range", "year:>=2020", year(func(y int) bool { return y >= 2020 })},
		{"year-exact", "year:2018", year(func(y int) bool { return y == 2018 })},
		{"year-both", "year:>=2018 year:<2021", year(func(y int) bool { return y >= 2018 && y < 2021 })},
		{"rate-range", "completion_rate:<90", func(g genDoc) bool { return g.rate != nil && *g.rate < 90 }},
		{"count-range", "motions:>=20", func(g genDoc) bool { return g.count != nil && *g.count >= 20 }},
		{"and", "办结率 township:拐河镇 year:>=2020", and(text("办结率"), town("拐河镇"), year(func(y int) bool { return y >= 2020 }))},
		{"and-terms", "满意率 代表活动站", and(text("满意率"), text("代表活动站"))},
		{"not", "-办结率", not(text("办结率"))},
		{"and-not", "代表 -人大代表", and(text("代表"), not(text("人大代表")))},
		{"metric-and-term", "completion_rate:<80 满意", and(text("满意"), func(g genDoc) bool { return g.rate != nil && *g.rate < 80 })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []string
			for _, g := range docs {
				if tt.want(g) {
					want = append(want, g.doc.ID())
				}
			}
			res, err := ix.Search(context.Background(), tt.query, len(docs)+1)
			if err != nil {
				t.Fatalf("Search(%q): %v", tt.query, err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.ID)
				checkFacts(t, tt.query, h)
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) || int(res.Total) != len(want) {
				t.Errorf("Search(%q): %d hits (total %d), want %d\nmissing: %v\nextra: %v",
					tt.query, len(got), res.Total, len(want), minus(want, got), minus(got, want))
			}
		})
	}
}

// checkFacts checks that the facts shown with a hit are those that meet
// the query's metric ranges, and that a hit found by a range has some.
func checkFacts(tb testing.TB, query string, h Hit) {
	tb.Helper()
	var ok func(v float64) bool
	var metric string
	switch {
	case strings.Contains(query, "completion_rate:<90"):
		metric, ok = "completion_rate", func(v float64) bool { return v < 90 }
	case strings.Contains(query, "completion_rate:<80"):
		metric, ok = "completion_rate", func(v float64) bool { return v < 80 }
	case strings.Contains(query, "motions:>=20"):
		metric, ok = "motions", func(v float64) bool { return v >= 20 }
	default:
		if len(h.Facts) > 0 {
			tb.Errorf("Search(%q): hit %s shows facts %+v, want none", query, h.ID, h.Facts)
		}
		return
	}
	if len(h.Facts) == 0 {
		tb.Errorf("Search(%q): hit %s shows no facts", query, h.ID)
	}
	for _, f := range h.Facts {
		if f.Metric != metric || f.Masked || !ok(*f.Value) {
			tb.Errorf("Search(%q): hit %s shows fact %+v", query, h.ID, f)
		}
	}
}

// hasWord reports whether w occurs in s as a whole run of letters and
// digits other than Han characters: how the index splits Latin and digits.
func hasWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		start, end := i+k, i+k+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		latin := func(r rune) bool { return r != utf8.RuneError && isWordRune(r) && !isHan(r) }
		if !latin(before) && !latin(after) {
			return true
		}
		i = start + 1
	}
}

func minus(a, b []string) []string {
	var out []string
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	if len(out) > 5 {
		out = append(out[:5], "…")
	}
	return out
}

func TestFacetsMatchTruth(t *testing.T) {
	docs := generate(300)
	ix, err := Open(buildIndex(t, docs))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, q := range []string{"办结率", "站", "year:>=2019"} {
		res, err := ix.SearchWith(context.Background(), Request{Query: q, Size: 1, Facets: []string{"township", "year"}})
		if err != nil {
			t.Fatal(err)
		}
		p, _ := parseQuery(q)
		_ = p
		wantTown, wantYear := map[string]int{}, map[string]int{}
		missTown, missYear := 0, 0
		for _, g := range docs {
			var match bool
			switch q {
			case "year:>=2019":
				match = g.doc.Year >= 2019
			default:
				match = strings.Contains(g.doc.Title, q) || strings.Contains(g.doc.Text, q)
			}
			if !match {
				continue
			}
			if g.doc.Township == "" {
				missTown++
			} else {
				wantTown[g.doc.Township]++
			}
			if g.doc.Year == 0 {
				missYear++
			} else {
				wantYear[strconv.Itoa(g.doc.Year)]++
			}
		}
		check := func(f Facet, want map[string]int, missing int) {
			got := map[string]int{}
			for _, ft := range f.Terms {
				got[ft.Term] = ft.Count
			}
			if fmt.Sprint(got) != fmt.Sprint(want) || f.Missing != missing {
				t.Errorf("%q facet %s = %v (missing %d), want %v (missing %d)", q, f.Name, got, f.Missing, want, missing)
			}
		}
		if len(res.Facets) != 2 {
			t.Fatalf("%q: %d facets, want 2", q, len(res.Facets))
		}
		check(res.Facets[0], wantTown, missTown)
		check(res.Facets[1], wantYear, missYear)
	}
}

func TestHitContent(t *testing.T) {
	d := &corpus.Document{
		Source: "a.txt", Part: 1, Parts: 1, Title: "拐河镇人大主席团2023年工作总结", Township: "拐河镇", Year: 2023,
		Text: "一、概况\n全年共收到代表建议11件，办结率95%，满意率100%。<b>\n办结工作率先完成。",
	}
	facts := []extract.Fact{
		{Kind: extract.KindRate, Metric: "completion_rate", Label: "办结率", Value: extract.Float(95), Unit: "%", Text: "办结率95%", Start: strings.Index(d.Text, "办结率")},
		{Kind: extract.KindRate, Metric: "satisfaction_rate", Value: extract.Float(100), Unit: "%", Text: "满意率100%"},
	}
	path := filepath.Join(t.TempDir(), "ix")
	w, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Add(d, facts); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := ix.Search(context.Background(), "办结率 completion_rate:>90", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 {
		t.Fatalf("%d hits, want 1", len(res.Hits))
	}
	h := res.Hits[0]
	want := "全年共收到代表建议11件，<mark>办结率</mark>95%，满意率100%。&lt;b&gt;"
	if len(h.Fragments) != 1 || h.Fragments[0] != want {
		t.Errorf("fragments = %q, want [%q]", h.Fragments, want)
	}
	if len(h.Facts) != 1 || h.Facts[0].Metric != "completion_rate" || *h.Facts[0].Value != 95 {
		t.Errorf("facts = %+v, want the completion_rate fact only", h.Facts)
	}
	if h.Title != d.Title || h.Township != "拐河镇" || h.Year != 2023 || h.Source != "a.txt" || h.Part != 1 {
		t.Errorf("hit = %+v", h)
	}
}

func TestFragmentsMerge(t *testing.T) {
	p, err := parseQuery("办结 结率 率")
	if err != nil {
		t.Fatal(err)
	}
	got := fragments("今年办结率达到九成", p.marks, 3)
	want := []string{"今年<mark>办结率</mark>达到九成"}
	if !slices.Equal(got, want) {
		t.Errorf("fragments = %q, want %q", got, want)
	}
}

func TestBadQueries(t *testing.T) {
	tests := []struct {
		query string
		col   int
		msg   string
	}{
		{`"办结率`, 1, "unterminated quote"},
		{`代表 township:`, 4, `no value after "township:"`},
		{`twnship:拐河镇`, 1, `unknown field "twnship"`},
		{`year:>=二零二零`, 8, "expected a number"},
		{`township:>3`, 10, "not a number field"},
		{`办结率 +`, 5, "nothing after it"},
	}
	for _, tt := range tests {
		_, err := parseQuery(tt.query)
		var qe *QueryError
		if !errors.As(err, &qe) || qe.Col != tt.col || !strings.Contains(qe.Msg, tt.msg) {
			t.Errorf("parseQuery(%q) = %v, want column %d: …%s…", tt.query, err, tt.col, tt.msg)
		}
	}
	for _, q := range []string{"", "  ", "\u3000"} {
		if _, err := parseQuery(q); !errors.Is(err, ErrEmptyQuery) {
			t.Errorf("parseQuery(%q) = %v, want ErrEmptyQuery", q, err)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(filepath.Join(dir, "nothing")); !errors.Is(err, ErrNoIndex) {
		t.Errorf("Open(missing) = %v, want ErrNoIndex", err)
	}
	if _, err := Open(dir); !errors.Is(err, ErrNoIndex) {
		t.Errorf("Open(empty folder) = %v, want ErrNoIndex", err)
	}
	path := buildIndex(t, generate(3))

	// locked by a writer
	w, err := OpenWriter(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path); !errors.Is(err, ErrLocked) {
		t.Errorf("Open(locked) = %v, want ErrLocked", err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(path)
	if err != nil {
		t.Fatalf("Open after the writer closed: %v", err)
	}
	ix.Close()

	// another version
	if err := os.WriteFile(filepath.Join(path, markerFile), []byte(`{"format":"zongjie-index","version":1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path); !errors.Is(err, ErrVersion) {
		t.Errorf("Open(old version) = %v, want ErrVersion", err)
	}
	os.Remove(filepath.Join(path, markerFile))
	if _, err := OpenWriter(path); !errors.Is(err, ErrVersion) {
		t.Errorf("OpenWriter(no marker) = %v, want ErrVersion", err)
	}
}

func TestIncremental(t *testing.T) {
	docs := generate(10)
	path := buildIndex(t, docs)
	w, err := OpenWriter(path)
	if err != nil {
		t.Fatal(err)
	}
	w.Delete(docs[0].doc.ID())
	changed := *docs[1].doc
	changed.Text = "全新的内容：独一无二"
	if err := w.Add(&changed, nil); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := ix.Search(context.Background(), "-不存在的词", 100)
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 9 {
		t.Errorf("after delete: %d documents, want 9", res.Total)
	}
	res, err = ix.Search(context.Background(), "独一无二", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 || res.Hits[0].ID != changed.ID() {
		t.Errorf("after replace: hits %+v, want %s", res.Hits, changed.ID())
	}
}

func TestWordsField(t *testing.T) {
	docs := generate(120)
	ix, err := Open(buildIndex(t, docs))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	// gse words are whole words: every hit holds the characters, and no
	// more documents match than hold them.
	for _, w := range []string{"代表", "满意率", "视察"} {
		res, err := ix.Search(context.Background(), "words:"+w, len(docs))
		if err != nil {
			t.Fatal(err)
		}
		holding := 0
		for _, g := range docs {
			if strings.Contains(g.doc.Text, w) {
				holding++
			}
		}
		if res.Total == 0 || int(res.Total) > holding {
			t.Errorf("words:%s: %d hits, want between 1 and %d", w, res.Total, holding)
		}
		for _, h := range res.Hits {
			if !slices.ContainsFunc(docs, func(g genDoc) bool { return g.doc.ID() == h.ID && strings.Contains(g.doc.Text, w) }) {
				t.Errorf("words:%s: hit %s does not hold it", w, h.ID)
			}
		}
	}
}

func TestNgramTokens(t *testing.T) {
	tests := []struct {
		tok  ngrams
		in   string
		want string
	}{
		{ngrams{}, "办结率95%，率", "办@1 办结@1 结@2 结率@2 率@3 95@4 率@6"},
		{ngrams{query: true}, "办结率95%，率", "办结@1 结率@2 95@4 率@6"},
		{ngrams{query: true}, "率", "率@1"},
		{ngrams{}, "Ab 代表", "ab@1 代@3 代表@3 表@4"},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range tt.tok.Tokenize([]byte(tt.in)) {
			if string(tk.Term) != strings.ToLower(tt.in[tk.Start:tk.End]) {
				t.Errorf("Tokenize(%q): term %q at [%d,%d) is not its text", tt.in, tk.Term, tk.Start, tk.End)
			}
			got = append(got, fmt.Sprintf("%s@%d", tk.Term, tk.Position))
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("Tokenize(%q, query=%v) = %s, want %s", tt.in, tt.tok.query, g, tt.want)
		}
	}
}

// TestAddTokensSameAsAdd checks that a document added with the words the
// pipeline already has is indexed as Add indexes it: the same words
// stream, and the same hits for words: queries.
func TestAddTokensSameAsAdd(t *testing.T) {
	seg, err := segment.Shared()
	if err != nil {
		t.Fatal(err)
	}
	docs := generate(120)
	for _, g := range docs[:20] {
		want := words{}.Tokenize([]byte(g.doc.Text))
		got := segmented(wordSpans(seg.Tokens(g.doc.Text))).Analyze([]byte(g.doc.Text))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: AddTokens' words differ from the analyzer's:\n got %v\nwant %v", g.doc.ID(), got, want)
		}
	}
	path := filepath.Join(t.TempDir(), "index.bleve")
	w, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range docs {
		if err := w.AddTokens(g.doc, g.facts, seg.Tokens(g.doc.Text)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	pre, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer pre.Close()
	plain, err := Open(buildIndex(t, docs))
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	ids := func(ix *Index, q string) []string {
		res, err := ix.Search(context.Background(), q, len(docs))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range res.Hits {
			out = append(out, h.ID)
		}
		slices.Sort(out)
		return out
	}
	for _, q := range []string{"words:代表", "words:满意率", "words:视察", "words:办结率", "words:站", "words:ab", "办结率", "township:拐河镇"} {
		got, want := ids(pre, q), ids(plain, q)
		if len(want) == 0 && !strings.HasPrefix(q, "words:ab") {
			t.Errorf("%s: no hits at all", q)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: AddTokens gives hits %v, Add gives %v", q, got, want)
		}
	}
}
