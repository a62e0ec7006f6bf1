package export

import (
	"encoding/json"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/extract"
)

// DocRecord is one document as JSON: the shape of FACTS.md. Field names are
// fixed; fields may be added, none removed or renamed.
type DocRecord struct {
	Source   string       `json:"source"`
	Part     int          `json:"part"`
	Parts    int          `json:"parts"`
	Title    string       `json:"title"`
	Township *string      `json:"township"`
	Year     *int         `json:"year"`
	Organ    string       `json:"organ"`
	Date     *string      `json:"date"`
	Chars    int          `json:"chars"`
	Encoding string       `json:"encoding,omitempty"`
	Format   string       `json:"format,omitempty"`
	Facts    []FactRecord `json:"facts"`
	Warnings []string     `json:"warnings"`
	// Text is the cleaned text, which the facts' offsets count in. It is
	// written only on request (zongjie extract --text): to feed a search
	// engine such as Elasticsearch through its bulk API.
	Text string `json:"text,omitempty"`
}

// FactRecord is one fact as JSON. Start and End are rune offsets in the
// document's cleaned text; Line is the 1-based source line where Text begins.
type FactRecord struct {
	Kind      string   `json:"kind"`
	Metric    string   `json:"metric"`
	Label     string   `json:"label"`
	Value     any      `json:"value"` // number, date string, or null
	Min       *float64 `json:"min,omitempty"`
	Max       *float64 `json:"max,omitempty"`
	Term      *int     `json:"term,omitempty"`
	Part      string   `json:"part,omitempty"` // early, mid, late (dates)
	Unit      string   `json:"unit"`
	Qualifier string   `json:"qualifier"`
	Masked    bool     `json:"masked"`
	Text      string   `json:"text"`
	Sentence  string   `json:"sentence,omitempty"` // the sentence holding text, for tracing a figure
	Line      int      `json:"line"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Rule      string   `json:"rule,omitempty"`
}

// Record converts a document and its facts to their JSON form.
func Record(doc *corpus.Document, facts []extract.Fact) DocRecord {
	r := DocRecord{
		Source: doc.Source, Part: doc.Part, Parts: doc.Parts,
		Title: doc.Title, Organ: doc.Organ, Chars: doc.Chars(),
		Encoding: doc.Encoding, Format: doc.Format,
		Facts: make([]FactRecord, 0, len(facts)), Warnings: doc.Warnings,
	}
	if r.Warnings == nil {
		r.Warnings = []string{}
	}
	if doc.Township != "" {
		r.Township = &doc.Township
	}
	if doc.Year != 0 {
		r.Year = &doc.Year
	}
	if doc.Date != "" {
		r.Date = &doc.Date
	}
	// Facts come in text order, so rune offsets are counted in one pass.
	rc := runeCounter{text: doc.Text}
	for _, f := range facts {
		r.Facts = append(r.Facts, factRecord(doc, f, &rc))
	}
	return r
}

// FactRecordOf converts one fact of doc to its JSON form. To convert all
// facts of a document, Record is faster: it counts rune offsets once.
func FactRecordOf(doc *corpus.Document, f extract.Fact) FactRecord {
	return factRecord(doc, f, &runeCounter{text: doc.Text})
}

// runeCounter converts byte offsets of text to rune offsets, counting on
// from the previous offset asked for when offsets come in order.
type runeCounter struct {
	text string
	b, r int // byte offset and its rune offset
}

func (c *runeCounter) at(off int) int {
	if off > len(c.text) {
		off = len(c.text)
	}
	if off < c.b {
		c.b, c.r = 0, 0
	}
	c.r += utf8.RuneCountInString(c.text[c.b:off])
	c.b = off
	return c.r
}

func factRecord(doc *corpus.Document, f extract.Fact, rc *runeCounter) FactRecord {
	start := rc.at(f.Start)
	end := start
	if f.End > f.Start && f.End <= len(doc.Text) {
		end += utf8.RuneCountInString(doc.Text[f.Start:f.End])
	}
	from, to := extract.Sentence(doc.Text, f.Start, f.End)
	fr := FactRecord{
		Kind: f.Kind, Metric: f.Metric, Label: f.Label,
		Min: f.Min, Max: f.Max, Term: f.Term, Part: f.DatePart,
		Unit: f.Unit, Qualifier: f.Qualifier, Masked: f.Masked,
		Text: f.Text, Sentence: strings.TrimSpace(doc.Text[from:to]), Line: doc.Line(f.Start),
		Start: start, End: end,
		Rule: f.Rule,
	}
	if fr.Qualifier == "" {
		fr.Qualifier = extract.Exact
	}
	switch {
	case f.Kind == extract.KindDate:
		if f.Date != "" {
			fr.Value = f.Date
		}
	case f.Value != nil:
		fr.Value = *f.Value
	}
	return fr
}

// JSONLWriter writes one document a line.
type JSONLWriter struct {
	enc *json.Encoder
}

// NewJSONLWriter returns a writer of JSON Lines to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &JSONLWriter{enc: enc}
}

// Write writes the document and its facts as one line.
func (w *JSONLWriter) Write(doc *corpus.Document, facts []extract.Fact) error {
	return w.enc.Encode(Record(doc, facts))
}

// WriteRecord writes a document already converted with Record as one line.
func (w *JSONLWriter) WriteRecord(rec DocRecord) error {
	return w.enc.Encode(rec)
}
