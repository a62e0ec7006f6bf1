package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// FuzzRead decodes and cleans arbitrary bytes under each extension: no
// panic, an *Error or documents whose text is valid UTF-8, whose line
// anchors are sorted, in bounds and on rune boundaries, with lines >= 1.
func FuzzRead(f *testing.F) {
	f.Add("txt", []byte(sample))
	f.Add("txt", []byte("第一篇：甲镇人大主席团工作总结\n内容一。\n第二篇：乙乡人大主席团工作总结\n内容二。"))
	f.Add("txt", []byte("７ 月 19 日，鎮(zhèn)\n1/22\n分享到\n小编推荐"))
	f.Add("txt", []byte("工作总结(2篇)\n第一篇\n甲山镇人大主席团工作报告\n——2023年12月26日在镇人大会议上\n全年收到代表建议30件，已办结26件，其余4件正在办理中，满意率达到95%。\n全年收到代表建议30件，已办结26件，其余4件正在抓紧办理中，满意率达到95%。\n第二篇：乙山镇\n（2024年1月10日）"))
	gb, _ := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(sample))
	f.Add("txt", gb)
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(sample))
	f.Add("txt", u16)
	f.Add("html", []byte("<html><head><meta charset=gbk></head><body><p>"+sample+"</p></body></html>"))
	f.Add("docx", makeDocx(f, wpara(sample)))
	f.Add("pdf", makePDFOpt(f, [][]string{sampleLines}, true))
	f.Add("doc", makeDoc(f, []string{strings.ReplaceAll(sample, "\n", "\r")}, nil))
	f.Add("rtf", []byte(`{\rtf1\ansi\ansicpg936{\fonttbl{\f0\fcharset134 x;}}\f0\uc1\u25910?\'c4\'ea 11\cell\row\bin3 abc{\*\x}}`))
	f.Add("mht", mhtFile([]byte("<html><body><p>"+sample+"</p></body></html>"), "quoted-printable", "utf-8"))
	f.Fuzz(func(t *testing.T, ext string, data []byte) {
		switch ext {
		case "txt", "html", "docx", "doc", "wps", "rtf", "mht":
		case "pdf":
			// The built-in reader; pdftotext is another program.
		default:
			ext = "txt"
		}
		docs, err := Read("fuzz."+ext, data, Options{MaxSize: 1 << 20, PDFToText: "no-such-pdftotext-tool"})
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error %T is not an *Error: %v", err, err)
			}
			return
		}
		if len(docs) == 0 {
			t.Fatal("no documents and no error")
		}
		for _, d := range docs {
			if !utf8.ValidString(d.Text) {
				t.Fatalf("text not valid UTF-8: %q", d.Text)
			}
			prev := 0
			for _, a := range d.Lines {
				if a.Off < prev || a.Off > len(d.Text) || a.Line < 1 || !utf8.RuneStart(byteAt(d.Text, a.Off)) {
					t.Fatalf("bad anchor %+v in %q (anchors %v)", a, d.Text, d.Lines)
				}
				prev = a.Off
			}
			if d.Line(len(d.Text)) < 0 || d.RuneOffset(len(d.Text)+5) != d.Chars() {
				t.Fatalf("Line/RuneOffset out of range")
			}
		}
	})
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}

func TestDocumentMethods(t *testing.T) {
	d := &Document{Source: "a/b.txt", Part: 2, Parts: 3, Text: "甲乙\n丙丁", Lines: []LineAnchor{{0, 4}, {7, 9}}}
	tests := []struct{ off, line, runes int }{{0, 4, 0}, {3, 4, 1}, {6, 4, 2}, {7, 9, 3}, {13, 9, 5}, {99, 9, 5}}
	for _, tt := range tests {
		if got := d.Line(tt.off); got != tt.line {
			t.Errorf("Line(%d) = %d, want %d", tt.off, got, tt.line)
		}
		if got := d.RuneOffset(tt.off); got != tt.runes {
			t.Errorf("RuneOffset(%d) = %d, want %d", tt.off, got, tt.runes)
		}
	}
	if d.ID() != "a/b.txt#2" || d.Chars() != 5 {
		t.Errorf("ID, Chars = %q, %d", d.ID(), d.Chars())
	}
	if (&Document{Source: "x.txt", Part: 1, Parts: 1}).ID() != "x.txt" {
		t.Error("single-document ID has a part")
	}
}
