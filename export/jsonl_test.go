package export

import (
	"bytes"
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/extract"
)

func testDoc() *corpus.Document {
	text := "全镇共召开主席团会议１２次。\n每个代表联系3-5名选民，办结率95％。"
	return &corpus.Document{
		Source: "2024/青石镇.txt", Part: 1, Parts: 1, Title: "青石镇人大主席团工作总结",
		Text:  text,
		Lines: []corpus.LineAnchor{{Off: 0, Line: 2}, {Off: strings.Index(text, "\n") + 1, Line: 3}},
	}
}

// TestRecordKeys pins the JSON shape of FACTS.md: the field names a
// document and its facts carry, and null for what is unknown.
func TestRecordKeys(t *testing.T) {
	doc := testDoc()
	facts := extract.Extract(doc, nil)
	var buf bytes.Buffer
	if err := NewJSONLWriter(&buf).Write(doc, facts); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, buf.Bytes())
	}
	wantDoc := []string{"chars", "date", "facts", "organ", "part", "parts", "source", "title", "township", "warnings", "year"}
	for _, k := range wantDoc {
		if _, ok := got[k]; !ok {
			t.Errorf("document lacks %q: %s", k, buf.Bytes())
		}
	}
	for _, k := range []string{"township", "year", "date"} {
		if got[k] != nil {
			t.Errorf("unknown %s = %v, want null", k, got[k])
		}
	}
	fs, _ := got["facts"].([]any)
	if len(fs) == 0 {
		t.Fatalf("no facts in %s", buf.Bytes())
	}
	wantFact := []string{"end", "kind", "label", "line", "masked", "metric", "qualifier", "start", "text", "unit", "value"}
	sawRange := false
	for _, f := range fs {
		fm := f.(map[string]any)
		for _, k := range wantFact {
			if _, ok := fm[k]; !ok {
				t.Errorf("fact lacks %q: %v", k, fm)
			}
		}
		if _, ok := fm["min"]; ok {
			sawRange = true
			if fm["value"] != nil || fm["max"] == nil {
				t.Errorf("range fact: value %v max %v, want null and a number", fm["value"], fm["max"])
			}
		}
	}
	if !sawRange {
		t.Errorf("3-5名 gave no fact with min and max: %s", buf.Bytes())
	}
}

// TestRecordOffsets checks that start and end are rune offsets of text in
// the cleaned text, and line is the source line.
func TestRecordOffsets(t *testing.T) {
	doc := testDoc()
	rec := Record(doc, extract.Extract(doc, nil))
	runes := []rune(doc.Text)
	var lines []int
	for _, f := range rec.Facts {
		if f.Start < 0 || f.End > len(runes) || f.Start > f.End {
			t.Fatalf("fact %q: offsets [%d,%d) out of bounds", f.Text, f.Start, f.End)
		}
		if got := string(runes[f.Start:f.End]); got != f.Text {
			t.Errorf("runes[%d:%d] = %q, want the fact's text %q", f.Start, f.End, got, f.Text)
		}
		if !strings.Contains(f.Sentence, f.Text) {
			t.Errorf("sentence %q does not hold %q", f.Sentence, f.Text)
		}
		lines = append(lines, f.Line)
	}
	if !sort.IntsAreSorted(lines) || lines[0] != 2 || lines[len(lines)-1] != 3 {
		t.Errorf("lines %v, want sorted from 2 to 3", lines)
	}
	// FactRecordOf, one fact at a time, agrees with Record.
	facts := extract.Extract(doc, nil)
	for i, f := range facts {
		if got := FactRecordOf(doc, f); !reflect.DeepEqual(got, rec.Facts[i]) {
			t.Errorf("FactRecordOf = %+v, Record gave %+v", got, rec.Facts[i])
		}
	}
}
