package corpus

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the expected sections of testdata/clean/*.txtar")

// dump prints documents for golden comparison: metadata, warnings, then
// each line of Text with the source line of its start and of any joins.
func dump(docs []*Document) string {
	var b strings.Builder
	for _, d := range docs {
		fmt.Fprintf(&b, "# part %d/%d\n", d.Part, d.Parts)
		fmt.Fprintf(&b, "title: %s\ntownship: %s\nyear: %d\norgan: %s\ndate: %s\n", d.Title, d.Township, d.Year, d.Organ, d.Date)
		if d.Spoken != 0 {
			fmt.Fprintf(&b, "spoken: %d\n", d.Spoken) // the year its 今年 names
		}
		for _, w := range d.Warnings {
			fmt.Fprintf(&b, "warning: %s\n", w)
		}
		off := 0
		for _, l := range strings.Split(d.Text, "\n") {
			var srcs []string
			for _, a := range d.Lines {
				if a.Off >= off && a.Off < off+len(l) || (a.Off == off && l == "") {
					srcs = append(srcs, fmt.Sprint(a.Line))
				}
			}
			fmt.Fprintf(&b, "%s\t%s\n", strings.Join(srcs, "+"), l)
			off += len(l) + 1
		}
	}
	return b.String()
}

// TestCleanGolden reads testdata/clean/*.txtar: the "input" file is read as
// a .txt file (or under the name given in the "name" file), and the
// documents it yields must print as the "docs" file.
func TestCleanGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/clean/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			a := golden.Parse(string(data))
			in, ok := a.Get("input")
			if !ok {
				t.Fatalf("%s: no input section", file)
			}
			docs, err := Read("input.txt", []byte(in), Options{})
			got := ""
			if err != nil {
				got = "error: " + err.Error() + "\n"
			} else {
				got = dump(docs)
				checkDocs(t, docs)
			}
			want, _ := a.Get("docs")
			if got == want {
				return
			}
			if *update {
				a.Set("docs", got)
				if err := os.WriteFile(file, a.Format(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			t.Errorf("%s: documents differ (run go test ./corpus -run TestCleanGolden -update and review the diff)\ngot:\n%s\nwant:\n%s", file, got, want)
		})
	}
}

// checkDocs asserts the invariants every document keeps.
func checkDocs(tb testing.TB, docs []*Document) {
	tb.Helper()
	for _, d := range docs {
		if !bytes.Equal([]byte(d.Text), bytes.ToValidUTF8([]byte(d.Text), nil)) {
			tb.Errorf("%s: text is not valid UTF-8", d.ID())
		}
		prev := -1
		for _, a := range d.Lines {
			if a.Off < 0 || a.Off > len(d.Text) || a.Off < prev || a.Line < 1 {
				tb.Errorf("%s: bad line anchor %+v (previous offset %d, text %d bytes)", d.ID(), a, prev, len(d.Text))
			}
			prev = a.Off
		}
		if len(d.Text) > 0 && (len(d.Lines) == 0 || d.Lines[0].Off != 0) {
			tb.Errorf("%s: first line anchor is not at offset 0: %v", d.ID(), d.Lines)
		}
		if d.Part < 1 || d.Part > d.Parts {
			tb.Errorf("%s: part %d of %d", d.ID(), d.Part, d.Parts)
		}
	}
}
