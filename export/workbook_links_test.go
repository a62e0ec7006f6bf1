package export

import (
	"bytes"
	"strings"
	"testing"
)

// TestLinkSplicer writes a worksheet through newLinkSplicer in chunks of every
// size: the element of the known first link is replaced by all the links
// of its sheet, wherever the chunks split the tags; anything else passes
// unchanged.
func TestLinkSplicer(t *testing.T) {
	links := []compareLink{{row: 2, factPart: 0, firstFact: 5}, {row: 4, factPart: 1, firstFact: 2}}
	head := `<worksheet><sheetData><row r="2"><c r="C2" t="inlineStr"><is><t>&lt;hyperlinks&gt;</t></is></c></row></sheetData>`
	tail := `<pageSetup paperSize="9"></pageSetup></worksheet>`
	first := `<hyperlinks><hyperlink ref="C2" location="&#39;事实&#39;!A5" tooltip="查看本篇在“事实”表中的数字"></hyperlink></hyperlinks>`
	want := head + `<hyperlinks><hyperlink ref="C2" location="&#39;事实&#39;!A5" tooltip="查看本篇在“事实”表中的数字"></hyperlink>` +
		`<hyperlink ref="C4" location="&#39;事实2&#39;!A2" tooltip="查看本篇在“事实2”表中的数字"></hyperlink></hyperlinks>` + tail
	other := head + `<hyperlinks><hyperlink ref="C2" location="&#39;事实&#39;!A9" tooltip="x"></hyperlink></hyperlinks>` + tail
	for _, tc := range []struct {
		name, in, want string
		written        bool
	}{
		{"known first link", head + first + tail, want, true},
		{"another sheet's links", other, other, false},
		{"no links", head + tail, head + tail, false},
	} {
		for size := 1; size <= len(tc.in); size++ {
			sl := &sheetLinks{sheet: "对比", links: links}
			var out bytes.Buffer
			s := newLinkSplicer(&out, map[string]*sheetLinks{"'事实'!A5": sl})
			for in := tc.in; in != ""; {
				n := min(size, len(in))
				if _, err := s.Write([]byte(in[:n])); err != nil {
					t.Fatal(err)
				}
				in = in[n:]
			}
			if err := s.end(); err != nil {
				t.Fatal(err)
			}
			if out.String() != tc.want || sl.written != tc.written {
				t.Fatalf("%s, chunks of %d: wrote (links written %v)\n%s\nwant (%v)\n%s", tc.name, size, sl.written, out.String(), tc.written, tc.want)
			}
		}
	}
	s := newLinkSplicer(&bytes.Buffer{}, nil)
	s.Write([]byte(strings.TrimSuffix(first, "</hyperlinks>")))
	if err := s.end(); err == nil {
		t.Errorf("a worksheet that ends inside <hyperlinks> gave no error")
	}
}
