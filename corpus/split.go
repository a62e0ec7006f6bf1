package corpus

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Split cleans the decoded text of the file named source and splits it into
// the documents it holds: one per part heading (第一篇：…), or one for the
// whole file. Each document gets its metadata.
func Split(source, text string) []*Document {
	lines := cleanLines(text)
	var groups [][]line
	var titles []string
	for _, l := range lines {
		if m := partHeading.FindStringSubmatch(l.text); m != nil {
			groups = append(groups, nil)
			titles = append(titles, strings.TrimSpace(m[1]))
			continue
		}
		if len(groups) == 0 {
			groups = append(groups, nil)
			titles = append(titles, "")
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], l)
	}
	var docs []*Document
	for i, g := range groups {
		d := build(source, titles[i], g)
		if d == nil {
			continue
		}
		docs = append(docs, d)
	}
	for i, d := range docs {
		d.Part, d.Parts = i+1, len(docs)
	}
	return docs
}

// build assembles one document from its lines: drops repeated paragraphs,
// records the line map and reads the metadata.
func build(source, title string, lines []line) *Document {
	d := &Document{Source: source, Title: title}
	seen := map[string]int{}
	var b strings.Builder
	for _, l := range lines {
		key := dedupKey(l.text)
		if first, ok := seen[key]; ok && utf8.RuneCountInString(key) >= 8 {
			d.Warnings = append(d.Warnings, fmt.Sprintf("line %d repeats line %d; dropped", l.src, first))
			continue
		}
		seen[key] = l.src
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		base := b.Len()
		d.Lines = append(d.Lines, LineAnchor{Off: base, Line: l.src})
		for _, j := range l.joins {
			d.Lines = append(d.Lines, LineAnchor{Off: base + j.Off, Line: j.Line})
		}
		b.WriteString(l.text)
	}
	d.Text = b.String()
	if strings.TrimSpace(d.Text) == "" && d.Title == "" {
		return nil
	}
	if d.Title == "" {
		d.Title = guessTitle(lines)
	}
	readMeta(d)
	return d
}

// guessTitle takes the first line when it is short and not a sentence.
func guessTitle(lines []line) string {
	if len(lines) == 0 {
		return ""
	}
	s := lines[0].text
	if utf8.RuneCountInString(s) > 40 || strings.HasSuffix(s, "。") {
		return ""
	}
	return s
}
