// Package index owns the Bleve full-text index of documents: its mapping,
// Chinese analysis, batched writes, queries and highlighting.
package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/blevesearch/bleve/v2"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/cjk" // registers the "cjk" analyzer
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/extract"
)

// Entry is what one zongjie document becomes in the index.
type Entry struct {
	Title    string             `json:"title"`
	Body     string             `json:"body"`
	Township string             `json:"township"`
	Organ    string             `json:"organ"`
	Source   string             `json:"source"`
	Part     int                `json:"part"`
	Year     float64            `json:"year,omitempty"`
	Metrics  map[string]float64 `json:"-"`
	Facts    string             `json:"facts"` // JSON of the facts, stored for display
}

func buildMapping() mapping.IndexMapping {
	text := bleve.NewTextFieldMapping()
	text.Analyzer = "cjk"
	text.Store = true
	text.IncludeTermVectors = true
	kw := bleve.NewKeywordFieldMapping()
	num := bleve.NewNumericFieldMapping()
	stored := bleve.NewTextFieldMapping()
	stored.Index = false
	stored.Store = true

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt("title", text)
	doc.AddFieldMappingsAt("body", text)
	doc.AddFieldMappingsAt("township", kw)
	doc.AddFieldMappingsAt("organ", kw)
	doc.AddFieldMappingsAt("source", kw)
	doc.AddFieldMappingsAt("year", num)
	doc.AddFieldMappingsAt("part", num)
	doc.AddFieldMappingsAt("facts", stored)
	for _, m := range extract.Metrics {
		doc.AddFieldMappingsAt(m.ID, num)
	}
	im := bleve.NewIndexMapping()
	im.DefaultMapping = doc
	im.DefaultAnalyzer = "cjk"
	return im
}

// Writer adds documents to an index in batches.
type Writer struct {
	idx   bleve.Index
	batch *bleve.Batch
}

// BatchSize is how many documents a Writer collects before writing them.
const BatchSize = 200

// Create makes a new, empty index at path, which must not exist.
func Create(path string) (*Writer, error) {
	if _, err := os.Stat(path); err == nil {
		return nil, fmt.Errorf("create index %s: already exists", path)
	}
	idx, err := bleve.New(path, buildMapping())
	if err != nil {
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	return &Writer{idx: idx, batch: idx.NewBatch()}, nil
}

// OpenWriter opens the existing index at path for incremental updates:
// Add replaces a document with the same ID, Delete removes one.
func OpenWriter(path string) (*Writer, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open index %s: %w", path, ErrNoIndex)
	}
	idx, err := bleve.OpenUsing(path, map[string]any{"bolt_timeout": "1s"})
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	return &Writer{idx: idx, batch: idx.NewBatch()}, nil
}

// Add queues doc with its facts for indexing.
func (w *Writer) Add(doc *corpus.Document, facts []extract.Fact) error {
	m := map[string]any{
		"title": doc.Title, "body": doc.Text, "township": doc.Township,
		"organ": doc.Organ, "source": doc.Source, "part": doc.Part,
	}
	if doc.Year != 0 {
		m["year"] = doc.Year
	}
	for id, v := range DocMetrics(facts) {
		m[id] = v
	}
	fj, err := json.Marshal(facts)
	if err != nil {
		return err
	}
	m["facts"] = string(fj)
	if err := w.batch.Index(doc.ID(), m); err != nil {
		return fmt.Errorf("index %s: %w", doc.ID(), err)
	}
	if w.batch.Size() >= BatchSize {
		return w.flush()
	}
	return nil
}

// Delete queues the removal of the document with the given id.
func (w *Writer) Delete(id string) {
	w.batch.Delete(id)
}

func (w *Writer) flush() error {
	if w.batch.Size() == 0 {
		return nil
	}
	err := w.idx.Batch(w.batch)
	w.batch.Reset()
	return err
}

// Close writes what is queued and closes the index.
func (w *Writer) Close() error {
	return errors.Join(w.flush(), w.idx.Close())
}

// DocMetrics returns the document-level value of each metric found in facts:
// for a count its largest value (totals dominate their parts), for a rate
// the first value. Masked facts have no value and are left out.
func DocMetrics(facts []extract.Fact) map[string]float64 {
	out := map[string]float64{}
	for _, f := range facts {
		if f.Metric == "" || f.Value == nil {
			continue
		}
		v, seen := out[f.Metric]
		switch {
		case !seen:
			out[f.Metric] = *f.Value
		case f.Kind == extract.KindCount && *f.Value > v:
			out[f.Metric] = *f.Value
		}
	}
	return out
}
