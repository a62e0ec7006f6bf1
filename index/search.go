package index

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
)

// Index is an open index, for searching.
type Index struct {
	idx bleve.Index
	// positions: the index has term vectors and phrases are Bleve's
	// phrase queries (format 3; tests only)
	positions bool
}

// Open opens the index at path read-only. It does not load the gse
// dictionary; only a query on the words field does. It fails with
// ErrNoIndex, ErrVersion or (within about half a second) ErrLocked.
func Open(path string) (*Index, error) {
	idx, err := open(path, true)
	if err != nil {
		return nil, err
	}
	return &Index{idx: idx}, nil
}

// Close closes the index.
func (x *Index) Close() error { return x.idx.Close() }

// Hit is one search result.
type Hit struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Township  string   `json:"township,omitempty"`
	Organ     string   `json:"organ,omitempty"`
	Year      int      `json:"year,omitempty"`
	Source    string   `json:"source"`
	Part      int      `json:"part"`
	Score     float64  `json:"score"`
	Fragments []string `json:"fragments"`       // body text around matches; matches in <mark>…</mark>, the rest HTML-escaped
	Facts     []Fact   `json:"facts,omitempty"` // facts whose values meet the query's metric ranges
}

// MarshalJSON writes a hit with null for an unknown township, organ or
// year, as the documents of FACTS.md do, so scripts see one shape.
func (h Hit) MarshalJSON() ([]byte, error) {
	type plain Hit
	out := struct {
		plain
		Township *string `json:"township"`
		Organ    *string `json:"organ"`
		Year     *int    `json:"year"`
	}{plain: plain(h)}
	if h.Township != "" {
		out.Township = &h.Township
	}
	if h.Organ != "" {
		out.Organ = &h.Organ
	}
	if h.Year != 0 {
		out.Year = &h.Year
	}
	// Fragments hold <mark>: keep them readable, as the command's encoder does.
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// FacetTerm is one value of a facet with the number of hits that have it.
type FacetTerm struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// Facet counts the hits by the values of one field.
type Facet struct {
	Name    string      `json:"facet"`
	Terms   []FacetTerm `json:"terms"`   // by count, most first, then by term
	Missing int         `json:"missing"` // hits without a value
}

// Result is the answer to a query.
type Result struct {
	Total  uint64  `json:"total"`
	Hits   []Hit   `json:"hits"`
	Facets []Facet `json:"facets,omitempty"`
}

// Request is a search: a query in Bleve's query-string syntax, how many hits
// to return, and the fields to count hits by (township, organ, year, source).
type Request struct {
	Query  string
	Size   int
	Facets []string
}

// Facets that Request.Facets may name, with the field each counts.
var facetFields = map[string]string{"township": "township", "organ": "organ", "year": "year_facet", "source": "source"}

// Search runs query and returns the best n hits.
func (x *Index) Search(ctx context.Context, query string, n int) (*Result, error) {
	return x.SearchWith(ctx, Request{Query: query, Size: n})
}

// SearchWith runs a request. A malformed query gives a *QueryError, an empty
// one ErrEmptyQuery. Hits are sorted by score, then by ID.
func (x *Index) SearchWith(ctx context.Context, r Request) (*Result, error) {
	p, err := parseQueryAs(r.Query, x.positions)
	if err != nil {
		return nil, err
	}
	size := r.Size
	if size < 0 {
		size = 0
	}
	req := bleve.NewSearchRequestOptions(p.q, size, 0, false)
	req.SortBy([]string{"-_score", "_id"})
	req.Fields = []string{"title", "township", "organ", "year", "source", "part", "body"}
	if len(p.metrics) > 0 {
		req.Fields = append(req.Fields, "facts")
	}
	for _, name := range r.Facets {
		field, ok := facetFields[name]
		if !ok {
			return nil, fmt.Errorf("unknown facet %q (use township, organ, year or source)", name)
		}
		req.AddFacet(name, bleve.NewFacetRequest(field, 10000))
	}
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", r.Query, err)
	}
	out := &Result{Total: res.Total, Hits: make([]Hit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, p.hit(h))
	}
	for _, name := range r.Facets {
		fr := res.Facets[name]
		if fr == nil {
			continue
		}
		f := Facet{Name: name, Missing: fr.Missing}
		if fr.Terms != nil {
			for _, t := range fr.Terms.Terms() {
				f.Terms = append(f.Terms, FacetTerm{Term: t.Term, Count: t.Count})
			}
		}
		slices.SortFunc(f.Terms, func(a, b FacetTerm) int {
			return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Term, b.Term))
		})
		out.Facets = append(out.Facets, f)
	}
	return out, nil
}

func (p *parsed) hit(h *search.DocumentMatch) Hit {
	hit := Hit{ID: h.ID, Score: h.Score}
	str := func(k string) string { s, _ := h.Fields[k].(string); return s }
	hit.Title, hit.Township, hit.Organ, hit.Source = str("title"), str("township"), str("organ"), str("source")
	if y, ok := h.Fields["year"].(float64); ok {
		hit.Year = int(y)
	}
	if n, ok := h.Fields["part"].(float64); ok {
		hit.Part = int(n)
	}
	hit.Fragments = fragments(str("body"), p.marks, 3)
	if hit.Fragments == nil {
		hit.Fragments = []string{}
	}
	if fj := str("facts"); fj != "" {
		var facts []Fact
		if json.Unmarshal([]byte(fj), &facts) == nil {
			for _, f := range facts {
				if p.showFact(f) {
					hit.Facts = append(hit.Facts, f)
				}
			}
		}
	}
	return hit
}

type span struct{ start, end int }

// Fragment sizes, in runes: context kept before the first and after the
// last match of a fragment, and the most a fragment grows to take in more
// matches.
const (
	fragBefore = 20
	fragAfter  = 40
	fragMax    = 160
)

// fragments returns up to max pieces of text around the matches of marks,
// each match in <mark>…</mark>. Matches that overlap or touch are marked
// as one. A fragment stays within one line.
func fragments(text string, marks []*regexp.Regexp, max int) []string {
	var spans []span
	for _, re := range marks {
		for _, m := range re.FindAllStringIndex(text, -1) {
			spans = append(spans, span{m[0], m[1]})
		}
	}
	if len(spans) == 0 {
		return nil
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Or(a.start-b.start, a.end-b.end) })
	merged := spans[:1]
	for _, s := range spans[1:] {
		last := &merged[len(merged)-1]
		if s.start <= last.end {
			last.end = max2(last.end, s.end)
			continue
		}
		merged = append(merged, s)
	}
	var out []string
	for i := 0; i < len(merged) && len(out) < max; {
		first := merged[i]
		lineStart := strings.LastIndexByte(text[:first.start], '\n') + 1
		lineEnd := len(text)
		if k := strings.IndexByte(text[first.start:], '\n'); k >= 0 {
			lineEnd = first.start + k
		}
		from := backRunes(text, first.start, fragBefore, lineStart)
		limit := forwardRunes(text, from, fragMax, lineEnd)
		j := i
		for j+1 < len(merged) && merged[j+1].end <= limit {
			j++
		}
		to := forwardRunes(text, merged[j].end, fragAfter, min(limit, lineEnd))
		if to < merged[j].end {
			to = merged[j].end
		}
		var b strings.Builder
		if from > lineStart {
			b.WriteString("…")
		}
		at := from
		for _, s := range merged[i : j+1] {
			b.WriteString(escape(text[at:s.start]))
			b.WriteString("<mark>")
			b.WriteString(escape(text[s.start:s.end]))
			b.WriteString("</mark>")
			at = s.end
		}
		b.WriteString(escape(text[at:to]))
		if to < lineEnd {
			b.WriteString("…")
		}
		out = append(out, b.String())
		i = j + 1
	}
	return out
}

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// backRunes steps back n runes from byte offset i, not before floor.
func backRunes(s string, i, n, floor int) int {
	for ; n > 0 && i > floor; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

// forwardRunes steps forward n runes from byte offset i, not past ceil.
func forwardRunes(s string, i, n, ceil int) int {
	for ; n > 0 && i < ceil; n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

func escape(s string) string { return escaper.Replace(s) }
