package index

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/blevesearch/bleve/v2"
)

// Index is an open index, for searching.
type Index struct {
	idx bleve.Index
}

// ErrNoIndex is returned by Open when there is no index at the path.
var ErrNoIndex = errors.New("no index here")

// Open opens the index at path read-only.
func Open(path string) (*Index, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open index %s: %w", path, ErrNoIndex)
	}
	idx, err := bleve.OpenUsing(path, map[string]any{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	return &Index{idx: idx}, nil
}

// Close closes the index.
func (x *Index) Close() error { return x.idx.Close() }

// Hit is one search result.
type Hit struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Township  string   `json:"township"`
	Year      int      `json:"year,omitempty"`
	Source    string   `json:"source"`
	Part      int      `json:"part"`
	Score     float64  `json:"score"`
	Fragments []string `json:"fragments"`
}

// Result is the answer to a query.
type Result struct {
	Total uint64
	Hits  []Hit
}

// Search runs a query in Bleve's query-string syntax and returns the best n
// hits with highlighted fragments.
func (x *Index) Search(ctx context.Context, query string, n int) (*Result, error) {
	q := bleve.NewQueryStringQuery(query)
	req := bleve.NewSearchRequestOptions(q, n, 0, false)
	req.Fields = []string{"title", "township", "year", "source", "part"}
	req.Highlight = bleve.NewHighlightWithStyle("html")
	req.Highlight.AddField("body")
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	out := &Result{Total: res.Total}
	for _, h := range res.Hits {
		hit := Hit{ID: h.ID, Score: h.Score}
		hit.Title, _ = h.Fields["title"].(string)
		hit.Township, _ = h.Fields["township"].(string)
		hit.Source, _ = h.Fields["source"].(string)
		if y, ok := h.Fields["year"].(float64); ok {
			hit.Year = int(y)
		}
		if p, ok := h.Fields["part"].(float64); ok {
			hit.Part = int(p)
		}
		hit.Fragments = h.Fragments["body"]
		out.Hits = append(out.Hits, hit)
	}
	return out, nil
}
