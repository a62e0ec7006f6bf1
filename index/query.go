package index

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/zongjie/zongjie/extract"
)

// ErrEmptyQuery is returned for a query with nothing to search for.
var ErrEmptyQuery = errors.New("empty query")

// QueryError is a malformed query. Col is the 1-based column, in runes, of
// the place where it goes wrong; 0 when the parser could not say.
type QueryError struct {
	Query string
	Col   int
	Msg   string
}

func (e *QueryError) Error() string {
	if e.Col > 0 {
		return fmt.Sprintf("bad query at column %d: %s", e.Col, e.Msg)
	}
	return "bad query: " + e.Msg
}

// fieldKinds lists the fields a query may name.
func fieldKind(name string) (kind string, ok bool) {
	switch name {
	case "title", "body", "words":
		return "text", true
	case "township", "organ", "source":
		return "keyword", true
	case "year", "part":
		return "number", true
	}
	if _, ok := extract.MetricByID(name); ok {
		return "number", true
	}
	return "", false
}

// fullWidth maps the full-width forms a Chinese keyboard types to the
// ASCII syntax of the query language.
var fullWidth = strings.NewReplacer("：", ":", "“", `"`, "”", `"`, "＞", ">", "＜", "<", "＝", "=", "\u3000", " ", "＋", "+")

// parsed is a query ready to run, with what the caller needs to present
// its hits.
type parsed struct {
	q       query.Query
	marks   []*regexp.Regexp           // what to highlight in the body
	metrics []*query.NumericRangeQuery // ranges on metric fields, in query order
	// positions: phrases as Bleve's MatchPhraseQuery (tests only)
	positions bool
}

// parseQuery checks the syntax of s (Bleve's query-string syntax) and
// rewrites it: clauses without + or - must all match (AND); text on title,
// body and words matches as a phrase; a term without a field searches
// title and body.
func parseQuery(s string) (*parsed, error) { return parseQueryAs(s, false) }

// parseQueryAs is parseQuery; with positions, phrases are Bleve's phrase
// queries, for an index with term vectors (tests compare the two).
func parseQueryAs(s string, positions bool) (*parsed, error) {
	s = strings.TrimSpace(fullWidth.Replace(s))
	if s == "" {
		return nil, ErrEmptyQuery
	}
	if err := checkSyntax(s); err != nil {
		return nil, err
	}
	q, err := query.NewQueryStringQuery(s).Parse()
	if err != nil {
		msg := strings.ReplaceAll(err.Error(), "\n", "; ")
		return nil, &QueryError{Query: s, Msg: msg}
	}
	p := &parsed{positions: positions}
	top, ok := q.(*query.BooleanQuery)
	if !ok {
		p.q = p.rewrite(q, false)
		return p, nil
	}
	var must, mustNot []query.Query
	if c, ok := top.Must.(*query.ConjunctionQuery); ok {
		for _, sub := range c.Conjuncts {
			must = append(must, p.rewrite(sub, false))
		}
	}
	if d, ok := top.Should.(*query.DisjunctionQuery); ok {
		for _, sub := range d.Disjuncts {
			must = append(must, p.rewrite(sub, false))
		}
	}
	if d, ok := top.MustNot.(*query.DisjunctionQuery); ok {
		for _, sub := range d.Disjuncts {
			mustNot = append(mustNot, p.rewrite(sub, true))
		}
	}
	if len(must) == 0 {
		must = append(must, query.NewMatchAllQuery())
	}
	b := query.NewBooleanQuery(must, nil, mustNot)
	p.q = b
	return p, nil
}

func (p *parsed) rewrite(q query.Query, negated bool) query.Query {
	switch q := q.(type) {
	case *query.BooleanQuery:
		if c, ok := q.Must.(*query.ConjunctionQuery); ok {
			q.Must = p.rewrite(c, negated)
		}
		if d, ok := q.Should.(*query.DisjunctionQuery); ok {
			q.Should = p.rewrite(d, negated)
		}
		if d, ok := q.MustNot.(*query.DisjunctionQuery); ok {
			q.MustNot = p.rewrite(d, !negated)
		}
		return q
	case *query.ConjunctionQuery:
		for i, sub := range q.Conjuncts {
			q.Conjuncts[i] = p.rewrite(sub, negated)
		}
		return q
	case *query.DisjunctionQuery:
		for i, sub := range q.Disjuncts {
			q.Disjuncts[i] = p.rewrite(sub, negated)
		}
		return q
	case *query.MatchQuery:
		return p.phrase(q.Match, q.FieldVal, q.BoostVal, negated, q)
	case *query.MatchPhraseQuery:
		return p.phrase(q.MatchPhrase, q.FieldVal, q.BoostVal, negated, q)
	case *query.NumericRangeQuery:
		if _, ok := extract.MetricByID(q.FieldVal); ok && !negated {
			p.metrics = append(p.metrics, q)
		}
		return q
	}
	return q
}

// showFact tells whether a fact's value lies in one of the ranges the
// query puts on its metric: the facts that justify a hit.
func (p *parsed) showFact(f Fact) bool {
	if f.Masked || f.Value == nil {
		return false
	}
	v := *f.Value
	for _, r := range p.metrics {
		if r.FieldVal != f.Metric {
			continue
		}
		incl := func(b *bool, def bool) bool {
			if b == nil {
				return def
			}
			return *b
		}
		if r.Min != nil && (v < *r.Min || v == *r.Min && !incl(r.InclusiveMin, true)) {
			continue
		}
		if r.Max != nil && (v > *r.Max || v == *r.Max && !incl(r.InclusiveMax, false)) {
			continue
		}
		return true
	}
	return false
}

// phrase turns text on a text field (or on no field) into phrase queries;
// other fields keep their query, orig.
func (p *parsed) phrase(text, field string, boost *query.Boost, negated bool, orig query.Query) query.Query {
	mk := func(f, analyzer string) query.BoostableQuery {
		var m query.BoostableQuery = newPhraseQuery(text, f, analyzer)
		if p.positions {
			mp := query.NewMatchPhraseQuery(text)
			mp.SetField(f)
			mp.Analyzer = analyzer
			m = mp
		}
		if boost != nil {
			m.SetBoost(boost.Value())
		}
		return m
	}
	var out query.Query
	switch field {
	case "":
		title := mk("title", ngramQueryAnalyzer)
		title.SetBoost(2 * title.Boost())
		out = query.NewDisjunctionQuery([]query.Query{mk("body", ngramQueryAnalyzer), title})
	case "title", "body":
		out = mk(field, ngramQueryAnalyzer)
	case "words":
		out = mk(field, wordAnalyzer)
	default:
		return orig
	}
	if !negated && field != "title" {
		if re := markPattern(text); re != nil {
			p.marks = append(p.marks, re)
		}
	}
	return out
}

// markPattern matches text in a body as the index does: its runs of
// letters, digits and Han characters in order, with anything but letters
// and digits between them, ASCII letters in either case.
func markPattern(text string) *regexp.Regexp {
	var pieces []string
	start := -1
	for i, r := range text + " " {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			pieces = append(pieces, regexp.QuoteMeta(text[start:i]))
			start = -1
		}
	}
	if len(pieces) == 0 {
		return nil
	}
	re, err := regexp.Compile(`(?i)` + strings.Join(pieces, `[^\p{L}\p{N}]*`))
	if err != nil {
		return nil
	}
	return re
}

// checkSyntax finds the mistakes Bleve's parser reports without a position:
// an unterminated quote, a field with no value, an unknown field, a
// comparison on a field that is not a number or without a number.
func checkSyntax(s string) error {
	col := func(i int) int { return utf8.RuneCountInString(s[:i]) + 1 }
	i := 0
	for i < len(s) {
		for i < len(s) && s[i] == ' ' || i < len(s) && s[i] == '\t' {
			i++
		}
		if i >= len(s) {
			break
		}
		start := i
		if s[i] == '+' || s[i] == '-' {
			i++
			if i >= len(s) || s[i] == ' ' || s[i] == '\t' {
				return &QueryError{Query: s, Col: col(start), Msg: fmt.Sprintf("%q with nothing after it", s[start:i])}
			}
		}
		// a clause: [field:]value, value possibly "quoted"
		fieldStart := i
		field := ""
		for i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '"' && s[i] != ':' {
			if s[i] == '\\' {
				i++
			}
			i++
		}
		if i < len(s) && s[i] == ':' {
			field = s[fieldStart:i]
			i++
			kind, ok := fieldKind(field)
			if !ok {
				return &QueryError{Query: s, Col: col(fieldStart), Msg: fmt.Sprintf("unknown field %q (fields: title, body, words, township, organ, source, year, part and the metric ids)", field)}
			}
			if i >= len(s) || s[i] == ' ' || s[i] == '\t' {
				return &QueryError{Query: s, Col: col(fieldStart), Msg: fmt.Sprintf("no value after %q", field+":")}
			}
			if s[i] == '>' || s[i] == '<' {
				op := i
				i++
				if i < len(s) && s[i] == '=' {
					i++
				}
				if kind != "number" {
					return &QueryError{Query: s, Col: col(op), Msg: fmt.Sprintf("%s is not a number field; compare year, part or a metric", field)}
				}
				numStart := i
				for i < len(s) && s[i] != ' ' && s[i] != '\t' {
					i++
				}
				if !isNumber(s[numStart:i]) {
					return &QueryError{Query: s, Col: col(numStart), Msg: fmt.Sprintf("expected a number after %q", s[fieldStart:numStart])}
				}
				continue
			}
		}
		if i < len(s) && s[i] == '"' {
			q := i
			i++
			for i < len(s) && s[i] != '"' {
				if s[i] == '\\' {
					i++
				}
				i++
			}
			if i >= len(s) {
				return &QueryError{Query: s, Col: col(q), Msg: "unterminated quote"}
			}
			i++
		}
		for i < len(s) && s[i] != ' ' && s[i] != '\t' {
			if s[i] == '\\' {
				i++
			}
			i++
		}
	}
	return nil
}

func isNumber(s string) bool {
	if strings.HasPrefix(s, "-") {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	dot := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
		case r == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return true
}
