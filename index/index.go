// Package index owns the Bleve full-text index of documents: its mapping,
// Chinese analysis, batched writes, queries and highlighting.
//
// Fields of an indexed document:
//
//	title, body    CJK n-grams (unigrams and bigrams); a Chinese term or
//	               phrase in a query is matched as a phrase of bigrams, so a
//	               hit contains exactly the characters asked for
//	words          the body again, split into words by gse (word-boundary
//	               matches: words:代表); only queries on it load gse
//	township, organ, source   keywords
//	year, part     numbers; year_facet is the year as a keyword, for facets
//	<metric id>    one number per metric of extract.Metrics: the
//	               document-level value (see extract.DocValues)
//	facts          the document's facts as JSON, stored, not indexed
//
// All byte offsets are into the indexed text; positions are 1-based.
package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	zapx "github.com/blevesearch/zapx/v17"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/extract"
	"github.com/zongjie/zongjie/segment"
)

// Version is the format of the indexes this package writes. An index with
// another version (or none) is refused by Open and OpenWriter.
//
// 3: the words field is segmented with segment's smaller dictionary (gse's
// simplified words of frequency 5 and more), which queries must share.
// 4: text fields without term vectors (phrases are checked on the stored
// text); metric fields not stored; numbers without doc values.
const Version = 4

// markerFile is the version marker kept in the index folder beside Bleve's
// own files.
const markerFile = "zongjie.json"

type marker struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
}

// Errors that callers branch on, checked with errors.Is.
var (
	ErrNoIndex = errors.New("no index here")
	ErrVersion = errors.New("index built by another version of zongjie")
	ErrLocked  = errors.New("index in use by another process")
)

// lockTimeout bounds how long opening waits for the lock held by a writer.
const lockTimeout = 500 * time.Millisecond

// buildMapping makes the index mapping. positions adds term vectors to
// the text fields, as format 3 had them: only tests use it, to check that
// phrases found without them are the phrases Bleve finds with them.
func buildMapping(positions bool) (mapping.IndexMapping, error) {
	im := bleve.NewIndexMapping()
	for name, tok := range map[string]string{
		ngramAnalyzer:      ngramTokenizer,
		ngramQueryAnalyzer: ngramQueryTokenizer,
		wordAnalyzer:       wordTokenizer,
	} {
		err := im.AddCustomAnalyzer(name, map[string]any{"type": custom.Name, "tokenizer": tok})
		if err != nil {
			return nil, fmt.Errorf("analyzer %s: %w", name, err)
		}
	}
	text := func(analyzer string, store bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = store
		f.IncludeInAll = false
		f.IncludeTermVectors = positions // phrases are checked on the stored text (phrase.go)
		f.DocValues = false
		return f
	}
	kw := func(store bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Store = store
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		return f
	}
	num := func(store bool) *mapping.FieldMapping {
		f := bleve.NewNumericFieldMapping()
		f.Store = store
		f.IncludeInAll = false
		f.DocValues = false // no number is sorted or faceted on
		return f
	}
	stored := bleve.NewTextFieldMapping()
	stored.Index = false
	stored.Store = true
	stored.IncludeInAll = false
	stored.DocValues = false

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt("title", text(ngramAnalyzer, true))
	doc.AddFieldMappingsAt("body", text(ngramAnalyzer, true))
	doc.AddFieldMappingsAt("words", text(wordAnalyzer, false))
	doc.AddFieldMappingsAt("township", kw(true))
	doc.AddFieldMappingsAt("organ", kw(true))
	doc.AddFieldMappingsAt("source", kw(true))
	doc.AddFieldMappingsAt("year_facet", kw(false))
	doc.AddFieldMappingsAt("year", num(true))
	doc.AddFieldMappingsAt("part", num(true))
	doc.AddFieldMappingsAt("facts", stored)
	for _, m := range extract.Metrics {
		doc.AddFieldMappingsAt(m.ID, num(false)) // searched, never shown
	}
	im.DefaultMapping = doc
	im.DefaultAnalyzer = ngramAnalyzer
	im.DefaultField = "body"
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	return im, nil
}

// Writer adds documents to an index in batches. It is not safe for
// concurrent use.
type Writer struct {
	idx   bleve.Index
	batch *bleve.Batch
	bytes int // text queued in batch
}

// A Writer writes its batch when it holds BatchSize documents or BatchBytes
// bytes of text, whichever comes first. Bleve analyses a whole batch before
// it builds it into a segment; each batch is a segment that merges rewrite
// later. Without term vectors the analysis of a document takes a third of
// the memory it did, so batches are larger than they were (100 documents,
// 512 KB): at 10k documents, 300 instead of 100 cut the index's CPU time
// by about a third, most of it in merges. The analysis of a batch is most
// of the live heap at its peak (the terms of each field of each document,
// counted), so 200 rather than 300: 30 MB less at the peak for no
// measurable CPU time at 10k documents (issue 7).
const (
	BatchSize  = 200
	BatchBytes = 2 << 20
)

// Create makes a new, empty index at path, which must not exist.
func Create(path string) (*Writer, error) {
	if _, err := os.Stat(path); err == nil {
		return nil, fmt.Errorf("create index %s: already exists (remove it or choose another path)", path)
	}
	m, err := buildMapping(false)
	if err != nil {
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	idx, err := bleve.NewUsing(path, m, bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, scorchConfig())
	if err != nil {
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	mk, _ := json.Marshal(marker{Format: "zongjie-index", Version: Version})
	if err := os.WriteFile(filepath.Join(path, markerFile), append(mk, '\n'), 0o644); err != nil {
		idx.Close()
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	return &Writer{idx: idx, batch: idx.NewBatch()}, nil
}

// OpenWriter opens the existing index at path for incremental updates:
// Add replaces a document with the same ID, Delete removes one. It fails
// with ErrLocked, after at most about half a second, when another process
// has the index open for writing.
func OpenWriter(path string) (*Writer, error) {
	idx, err := open(path, false)
	if err != nil {
		return nil, err
	}
	return &Writer{idx: idx, batch: idx.NewBatch()}, nil
}

// open checks the folder and the version marker, then opens the Bleve
// index with a bounded wait for its lock.
func open(path string, readOnly bool) (bleve.Index, error) {
	st, err := os.Stat(path)
	if err != nil || !st.IsDir() {
		return nil, fmt.Errorf("open index %s: %w", path, ErrNoIndex)
	}
	data, err := os.ReadFile(filepath.Join(path, markerFile))
	if err != nil {
		if _, err2 := os.Stat(filepath.Join(path, "index_meta.json")); err2 != nil {
			return nil, fmt.Errorf("open index %s: %w", path, ErrNoIndex)
		}
		return nil, fmt.Errorf("open index %s: %w (no version marker; rebuild it with 'zongjie run')", path, ErrVersion)
	}
	var mk marker
	if err := json.Unmarshal(data, &mk); err != nil || mk.Format != "zongjie-index" {
		return nil, fmt.Errorf("open index %s: %w (unreadable %s; rebuild it with 'zongjie run')", path, ErrVersion, markerFile)
	}
	if mk.Version != Version {
		return nil, fmt.Errorf("open index %s: %w (version %d, this zongjie reads version %d; rebuild it with 'zongjie run')", path, ErrVersion, mk.Version, Version)
	}
	cfg := scorchConfig()
	cfg["bolt_timeout"] = lockTimeout.String()
	if readOnly {
		cfg["read_only"] = true
	}
	idx, err := bleve.OpenUsing(path, cfg)
	if err != nil {
		// idx may be a typed nil here: never Close it.
		if isTimeout(err) {
			return nil, fmt.Errorf("open index %s: %w (a 'zongjie run' is probably writing it; try again when it has finished)", path, ErrLocked)
		}
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	return idx, nil
}

// MaxSegmentDocs bounds the documents of one index segment: Bleve's merger
// stops merging a segment that has grown to it. A merge reads its segments
// through memory maps, which count in the process's resident memory, so
// this bounds that memory too, whatever the size of the corpus; a search
// visits a few more segments in exchange.
const MaxSegmentDocs = 2500

// scorchConfig is the configuration of Bleve's index (scorch) for creating
// and opening an index. Segments smaller than a batch count as a batch
// (FloorSegmentSize; Bleve's default is 2000 documents) so that the merger
// does not rewrite batch-sized segments over and over.
func scorchConfig() map[string]any {
	return map[string]any{
		"scorchMergePlanOptions": map[string]any{
			"MaxSegmentSize":   MaxSegmentDocs,
			"FloorSegmentSize": BatchSize,
		},
	}
}

// mergeWriteSize is the size of the writes with which Bleve's merger
// writes a merged segment (zapx's buffer; its default is 1 MB). The page
// cache keeps a file in folios as large as the writes that made it (ext4
// and xfs on recent kernels), and a fault on a memory-mapped file maps the
// whole folio. Opening a segment reads a few bytes in some twenty places
// (each field's section, the stored fields' index, the footer), so with
// 1 MB folios an open segment of 2,500 documents (19 MB) kept 4.6 MB
// resident, and the resident size grew by that much with every segment
// of the corpus (277 MB of mapped index pages at 100,000 documents). With
// 64 KB writes the same opening keeps 1.2 MB (the kernel's fault-around
// window); nothing else changes, the files are the same bytes.
const mergeWriteSize = 64 << 10

func init() {
	zapx.DefaultFileMergerBufferSize = mergeWriteSize
}

// isTimeout tells whether err is bolt's lock timeout; bleve wraps it
// without %w, so only its text is left.
func isTimeout(err error) bool {
	return strings.HasSuffix(err.Error(), "timeout")
}

// Add queues doc with its facts for indexing; a document with the same ID
// is replaced. The words field is segmented by the index's gse analyzer.
func (w *Writer) Add(doc *corpus.Document, facts []extract.Fact) error {
	return w.add(doc, facts, nil, false)
}

// AddTokens is Add for a document already split into words: toks must be
// what segment.Tokens returns for doc.Text (as the pipeline computes it for
// extraction). The words field is built from toks, exactly as the gse
// analyzer would build it, instead of segmenting the body a second time.
func (w *Writer) AddTokens(doc *corpus.Document, facts []extract.Fact, toks []segment.Token) error {
	return w.add(doc, facts, toks, true)
}

func (w *Writer) add(doc *corpus.Document, facts []extract.Fact, toks []segment.Token, pre bool) error {
	bd, size, err := mapDocument(w.idx.Mapping(), doc, facts, toks, pre)
	if err != nil {
		return err
	}
	if err := w.batch.IndexAdvanced(bd); err != nil {
		return fmt.Errorf("index %s: %w", doc.ID(), err)
	}
	w.bytes += size
	if w.batch.Size() >= BatchSize || w.bytes >= BatchBytes {
		return w.flush()
	}
	return nil
}

// mapDocument makes the Bleve document of doc; size is the text it holds.
func mapDocument(im mapping.IndexMapping, doc *corpus.Document, facts []extract.Fact, toks []segment.Token, pre bool) (*document.Document, int, error) {
	m := map[string]any{
		"title": doc.Title, "body": doc.Text, "words": doc.Text,
		"source": doc.Source, "part": float64(doc.Part),
	}
	// an unknown township or organ is left out, so facets count it as missing
	if doc.Township != "" {
		m["township"] = doc.Township
	}
	if doc.Organ != "" {
		m["organ"] = doc.Organ
	}
	if doc.Year != 0 {
		m["year"] = float64(doc.Year)
		m["year_facet"] = strconv.Itoa(doc.Year)
	}
	for id, v := range docMetrics(facts) {
		m[id] = v
	}
	fj, err := json.Marshal(storedFacts(doc, facts))
	if err != nil {
		return nil, 0, fmt.Errorf("index %s: %w", doc.ID(), err)
	}
	m["facts"] = string(fj)
	bd := document.NewDocument(doc.ID())
	if err := im.MapDocument(bd, m); err != nil {
		return nil, 0, fmt.Errorf("index %s: %w", doc.ID(), err)
	}
	for i, f := range bd.Fields {
		if tf, ok := f.(*document.TextField); ok && pre && tf.Name() == "words" {
			// the same field the mapping made, with the words given
			f = document.NewTextFieldCustom(tf.Name(), tf.ArrayPositions(), tf.Value(),
				tf.Options(), segmented(wordSpans(toks)))
		}
		bd.Fields[i] = ownAnalysis(f) // field.go
	}
	return bd, len(doc.Text) + len(doc.Title) + len(fj), nil
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
	w.bytes = 0
	return err
}

// Close writes what is queued and closes the index.
func (w *Writer) Close() error {
	return errors.Join(w.flush(), w.idx.Close())
}

// Fact is a fact as stored in the index for display: the fields of
// FACTS.md that a reader of search results needs.
type Fact struct {
	Kind      string   `json:"kind"`
	Metric    string   `json:"metric,omitempty"`
	Label     string   `json:"label,omitempty"`
	Value     *float64 `json:"value"`
	Unit      string   `json:"unit,omitempty"`
	Qualifier string   `json:"qualifier,omitempty"`
	Masked    bool     `json:"masked,omitempty"`
	Text      string   `json:"text"`
	Line      int      `json:"line,omitempty"` // 1-based source line; 0 if unknown
}

func storedFacts(doc *corpus.Document, facts []extract.Fact) []Fact {
	out := make([]Fact, 0, len(facts))
	for _, f := range facts {
		if f.Metric == "" {
			continue // only metric facts are shown next to hits
		}
		out = append(out, Fact{
			Kind: f.Kind, Metric: f.Metric, Label: f.Label, Value: f.Value, Unit: f.Unit,
			Qualifier: f.Qualifier, Masked: f.Masked, Text: f.Text, Line: doc.Line(f.Start),
		})
	}
	return out
}

// docMetrics returns the document-level value of each metric reported with
// a value (extract.DocValues), keyed by metric id.
func docMetrics(facts []extract.Fact) map[string]float64 {
	out := map[string]float64{}
	for i, dv := range extract.DocValues(facts) {
		if dv.Set {
			out[extract.Metrics[i].ID] = dv.Value
		}
	}
	return out
}
