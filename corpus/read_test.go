package corpus

import (
	"bytes"
	"errors"
	"os/exec"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// sample is our own summary text, used by the round-trip tests.
const sample = `龙泉镇人大主席团2023年工作总结
一年来，龙泉镇人大主席团在镇党委的领导下，共召开主席团会议6次。
全年收到代表建议14件，办结率达到100%，代表满意率为96%。
龙泉镇人大主席团
2023年12月22日`

var sampleLines = strings.Split(sample, "\n")

// wantSample checks that docs hold the sample as one document.
func wantSample(tb testing.TB, docs []*Document, format, enc string) {
	tb.Helper()
	checkDocs(tb, docs)
	if len(docs) != 1 {
		tb.Fatalf("got %d documents, want 1", len(docs))
	}
	d := docs[0]
	if d.Text != sample {
		tb.Errorf("text = %q, want %q", d.Text, sample)
	}
	if d.Title != sampleLines[0] || d.Township != "龙泉镇" || d.Year != 2023 || d.Organ != "人大主席团" || d.Date != "2023-12-22" {
		tb.Errorf("metadata = %q %q %d %q %q", d.Title, d.Township, d.Year, d.Organ, d.Date)
	}
	if d.Format != format || d.Encoding != enc {
		tb.Errorf("format, encoding = %q, %q, want %q, %q", d.Format, d.Encoding, format, enc)
	}
	if got := d.Line(strings.Index(d.Text, "全年收到")); got != 3 {
		tb.Errorf("Line(全年收到) = %d, want 3", got)
	}
}

func encode(tb testing.TB, e encoding.Encoding, s string) []byte {
	tb.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestReadText(t *testing.T) {
	crlf := strings.ReplaceAll(sample, "\n", "\r\n")
	// Paragraphs indented with ideographic spaces (U+3000, 00 30 in
	// UTF-16LE), as most Chinese documents are; cleaning drops the indent.
	indented := strings.ReplaceAll(sample, "\n一年来", "\n\u3000\u3000一年来")
	tests := []struct {
		name  string
		data  []byte
		force string
		enc   string
	}{
		{"utf-8", []byte(sample), "", "utf-8"},
		{"utf-8 bom crlf", append([]byte("\xEF\xBB\xBF"), crlf...), "", "utf-8"},
		{"utf-16le bom", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), sample), "", "utf-16le"},
		{"utf-16be bom", encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), crlf), "", "utf-16be"},
		{"gb18030", encode(t, simplifiedchinese.GB18030, sample), "", "gb18030"},
		{"gbk", encode(t, simplifiedchinese.GBK, crlf), "", "gb18030"},
		{"forced gbk", encode(t, simplifiedchinese.GBK, sample), "gbk", "gb18030"},
		{"forced utf-16le without bom", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), sample), "utf-16le", "utf-16le"},
		{"forced utf-8", []byte(sample), "UTF-8", "utf-8"},
		{"utf-16le without bom", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), crlf), "", "utf-16le"},
		{"utf-16be without bom", encode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), sample), "", "utf-16be"},
		{"utf-16le without bom, indented", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), indented), "", "utf-16le"},
		{"utf-16be without bom, indented", encode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), indented), "", "utf-16be"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Read("龙泉 镇.txt", tt.data, Options{Encoding: tt.force})
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			wantSample(t, docs, "txt", tt.enc)
			if len(docs[0].Warnings) != 0 {
				t.Errorf("warnings = %q, want none", docs[0].Warnings)
			}
		})
	}
}

func TestReadTextBig5(t *testing.T) {
	trad := "梅溪鎮人大主席團2022年工作總結\n今年以來，梅溪鎮人大主席團共召開會議7次。"
	data := encode(t, traditionalchinese.Big5, trad)
	docs, err := Read("a.txt", data, Options{Encoding: "big5"})
	if err != nil {
		t.Fatal(err)
	}
	if docs[0].Text != trad || docs[0].Encoding != "big5" || docs[0].Township != "梅溪鎮" {
		t.Errorf("got %q %q %q", docs[0].Text, docs[0].Encoding, docs[0].Township)
	}
}

func TestReadUndecodable(t *testing.T) {
	gb := encode(t, simplifiedchinese.GB18030, sample)
	// A few stray bytes in GB18030 text: decoded, with a warning.
	nl := bytes.IndexByte(gb, '\n') + 1
	bad := append(append(append([]byte{}, gb[:nl]...), 0x81, 0x20), gb[nl:]...)
	docs, err := Read("a.txt", bad, Options{})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if len(docs[0].Warnings) == 0 || !strings.Contains(docs[0].Warnings[0], "无法按 gb18030 解码（首个在第 2 行）") {
		t.Errorf("warnings = %q, want one about undecodable bytes", docs[0].Warnings)
	}
	// Mostly garbage: an error with a line.
	_, err = Read("b.txt", bytes.Repeat([]byte{0x81, 0x7F, 0x41}, 200), Options{})
	var e *Error
	if !errors.As(err, &e) || !errors.Is(err, ErrUndecodable) || e.Path != "b.txt" || e.Line != 1 {
		t.Errorf("Read(garbage) = %v, want an undecodable *Error at b.txt:1", err)
	}
	// UTF-8 with a byte cut out of one character: still UTF-8, warned.
	u := []byte(sample)
	cut := append(append([]byte{}, u[:50]...), u[51:]...)
	docs, err = Read("d.txt", cut, Options{})
	if err != nil || docs[0].Encoding != "utf-8" || !strings.Contains(strings.Join(docs[0].Warnings, " "), "不是有效的 UTF-8") {
		t.Errorf("Read(damaged utf-8) = %v, %+v", err, docs)
	}
	// Forced UTF-8 on GB18030 text: replaced, with a warning.
	docs, err = Read("c.txt", gb, Options{Encoding: "utf-8"})
	if err != nil || !strings.Contains(strings.Join(docs[0].Warnings, " "), "不是有效的 UTF-8") {
		t.Errorf("Read(forced utf-8) = %v, %v", err, docs)
	}
}

func TestReadDocx(t *testing.T) {
	body := wpara(sampleLines[0]) +
		// A sentence split over runs, with deleted text and a field code.
		`<w:p><w:r><w:t>一年来，龙泉镇人大主席团在镇党委的领导下，</w:t></w:r>` +
		`<w:del><w:r><w:delText>删去的文字</w:delText></w:r></w:del>` +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
		`<w:r><w:t>共召开主席团会议6次。</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
		`<w:p><mc:AlternateContent><mc:Choice><w:r><w:t>全年收到代表建议14件，</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>重复的文本框</w:t></w:r></mc:Fallback></mc:AlternateContent>` +
		`<w:r><w:t>办结率达到100%，代表满意率为96%。</w:t></w:r></w:p>` +
		wpara(sampleLines[3]) + wpara(sampleLines[4])
	docs, err := Read("报告/龙泉镇.docx", makeDocx(t, body), Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantSample(t, docs, "docx", "utf-8")
}

func TestReadDocxTable(t *testing.T) {
	body := wpara("石门乡人大主席团2022年工作总结") +
		`<w:tbl><w:tr><w:tc>` + wpara("项目") + `</w:tc><w:tc>` + wpara("数量") + `</w:tc></w:tr>` +
		`<w:tr><w:tc>` + wpara("主席团会议") + `</w:tc><w:tc>` + wpara("5次") + `</w:tc></w:tr></w:tbl>` +
		wpara("表后的段落。")
	docs, err := Read("a.docx", makeDocx(t, body), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "石门乡人大主席团2022年工作总结\n项目\t数量\n主席团会议\t5次\n表后的段落。"
	if docs[0].Text != want {
		t.Errorf("text = %q, want %q", docs[0].Text, want)
	}
}

func TestReadDocxBomb(t *testing.T) {
	// 4 MB of one repeated paragraph compresses to a few KB.
	body := strings.Repeat(wpara("很长的重复文字很长的重复文字。"), 4<<20/100)
	data := makeDocx(t, body)
	if len(data) > 1<<20 {
		t.Fatalf("test docx is %d bytes; expected it to compress well", len(data))
	}
	_, err := Read("bomb.docx", data, Options{MaxSize: 1 << 20})
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("Read(bomb) = %v, want ErrTooLarge", err)
	}
}

func TestReadDoc(t *testing.T) {
	for _, name := range []string{"龙泉镇.doc", "龙泉镇.wps"} {
		t.Run(name, func(t *testing.T) {
			// The title in an 8-bit piece would lose its Chinese, so only
			// an ASCII piece is compressed; a field code is dropped and
			// its result kept.
			pieces := []string{
				sampleLines[0] + "\r" + sampleLines[1] + "\r",
				"\x13 PAGE \x14",
				sampleLines[2] + "\x15\r",
				sampleLines[3] + "\r" + sampleLines[4] + "\r",
			}
			docs, err := Read(name, makeDoc(t, pieces, nil), Options{})
			if err != nil {
				t.Fatal(err)
			}
			wantSample(t, docs, "doc", "utf-16le")
		})
	}
	t.Run("table", func(t *testing.T) {
		docs, err := Read("a.doc", makeDoc(t, []string{"杨柳镇人大主席团工作总结\r项目\x07数量\x07\x07主席团会议\x075次\x07\x07表后的段落。\r"}, nil), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if want := "杨柳镇人大主席团工作总结\n项目\t数量\n主席团会议\t5次\n表后的段落。"; docs[0].Text != want {
			t.Errorf("text = %q, want %q", docs[0].Text, want)
		}
	})
	t.Run("compressed piece", func(t *testing.T) {
		docs, err := Read("a.doc", makeDoc(t, []string{"杨柳镇人大主席团工作总结\r", "Plan 2024: 5 items\r"}, []bool{false, true}), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if want := "杨柳镇人大主席团工作总结\nPlan 2024: 5 items"; docs[0].Text != want {
			t.Errorf("text = %q, want %q", docs[0].Text, want)
		}
	})
}

func TestReadHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><meta charset="%s"><title>龙泉镇人大主席团2023年工作总结_某某范文网</title>
<script>var x = "不要这段脚本";</script><style>.a{}</style></head><body>
<div class="header"><a href="/">首页</a> <a href="/a">工作总结</a> <a href="/b">述职报告</a></div>
<div class="breadcrumb">当前位置：首页 &gt; 工作总结</div>
<div id="main"><h1>龙泉镇人大主席团2023年工作总结</h1>
<div class="info">发布时间：2023-12-25 09:12:30 浏览：312</div>
<div class="content">
<p>一年来，龙泉镇人大主席团在镇党委的领导下，共召开主席团会议6次。</p>
<p>全年收到代表建议14件，办结率达到100%，代表满意率为96%。</p>
<p>龙泉镇人大主席团<br>2023年12月22日</p>
</div>
<div class="share">分享到：微信 微博</div>
<div class="related"><ul><li><a href="/1">村委会工作总结范文</a></li><li><a href="/2">教师年度考核个人总结</a></li></ul></div>
</div>
<div class="footer">版权所有 某某范文网 备案号</div>
</body></html>`
	tests := []struct {
		name, charset string
		enc           encoding.Encoding
		want          string
	}{
		{"utf-8", "utf-8", nil, "utf-8"},
		{"gb2312 meta", "gb2312", simplifiedchinese.GBK, "gb18030"},
		{"gbk meta", "GBK", simplifiedchinese.GBK, "gb18030"},
		{"no meta gb18030", "", simplifiedchinese.GB18030, "gb18030"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := strings.Replace(page, "%s", tt.charset, 1)
			if tt.charset == "" {
				p = strings.Replace(p, `<meta charset="">`, "", 1)
			}
			data := []byte(p)
			if tt.enc != nil {
				data = encode(t, tt.enc, p)
			}
			docs, err := Read("page.html", data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			wantSample(t, docs, "html", tt.want)
		})
	}
}

func TestReadPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not found: install poppler-utils (apt-get install poppler-utils) to test PDF reading")
	}
	pages := [][]string{sampleLines[:3], sampleLines[3:]}
	docs, err := Read("龙泉镇 2023.pdf", makePDF(t, pages), Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantSample(t, docs, "pdf", "utf-8")
	if len(docs[0].Warnings) > 0 {
		t.Errorf("warnings = %q", docs[0].Warnings)
	}
}

// TestReadPDFBuiltin reads the generated PDFs with the built-in reader, as
// on a machine without pdftotext.
func TestReadPDFBuiltin(t *testing.T) {
	for _, z := range []bool{false, true} {
		pages := [][]string{sampleLines[:3], sampleLines[3:]}
		docs, err := Read("a.pdf", makePDFOpt(t, pages, z), Options{PDFToText: "no-such-pdftotext-tool"})
		if err != nil {
			t.Fatalf("compressed %v: %v", z, err)
		}
		wantSample(t, docs, "pdf", "utf-8")
		if !strings.Contains(strings.Join(docs[0].Warnings, " "), "内置 PDF 阅读器") {
			t.Errorf("warnings = %q, want one naming the built-in reader", docs[0].Warnings)
		}
	}
}

func TestReadBadInput(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		opt  Options
		want error
	}{
		{"empty.txt", nil, Options{}, ErrEmpty},
		{"blank.txt", []byte(" \n\r\n\t"), Options{}, ErrEmpty},
		{"binary.txt", []byte("ab\x00\x01\x02cd\x00\x00"), Options{}, ErrBinary},
		{"big.txt", []byte(strings.Repeat("文字", 100)), Options{MaxSize: 100}, ErrTooLarge},
		{"rtf.doc", []byte(`{\rtf1\ansi{\fonttbl{\f0 x;}}{\pict 0102}}`), Options{}, ErrNoDocuments},
		{"broken.docx", []byte("PK\x03\x04 this is not a zip"), Options{}, nil},
		{"noheader.docx", []byte("plain text named docx"), Options{}, ErrUnsupported},
		{"notpdf.pdf", []byte("plain text named pdf"), Options{}, ErrUnsupported},
		{"binary.doc", []byte("\x00\x01\x02\x03binary"), Options{}, ErrUnsupported},
		{"bad-ole.doc", append(append([]byte{}, cfbMagic...), make([]byte, 600)...), Options{}, nil},
		{"only-boilerplate.txt", []byte("分享到：微信\n1/22\n版权所有 © 2022"), Options{}, ErrNoDocuments},
		{"bad-encoding.txt", []byte("文字"), Options{Encoding: "no-such-encoding"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Read(tt.name, tt.data, tt.opt)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Read = %v, %v; want an *Error", docs, err)
			}
			if e.Path != tt.name || !strings.HasPrefix(err.Error(), tt.name+":") {
				t.Errorf("error %q does not start with the path %q", err, tt.name)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("Read = %v, want %v", err, tt.want)
			}
			if msg := e.Msg; msg == "" || msg != strings.ToLower(msg[:1])+msg[1:] {
				t.Errorf("message %q should start lower case", msg)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	// Content decides over the extension.
	docs, err := Read("saved-as.doc", []byte("<html><body><p>双河镇人大主席团全年召开会议4次，收到建议10件。</p></body></html>"), Options{})
	if err != nil || docs[0].Format != "html" || !strings.Contains(strings.Join(docs[0].Warnings, " "), "实为网页") {
		t.Errorf("html named .doc: %v %+v", err, docs)
	}
	docs, err = Read("report.txt", makeDocx(t, wpara("双河镇人大主席团全年召开会议4次。")), Options{})
	if err != nil || docs[0].Format != "docx" {
		t.Errorf("docx named .txt: %v", err)
	}
	docs, err = Read("plain.wps", []byte("双河镇人大主席团全年召开会议4次。"), Options{})
	if err != nil || docs[0].Format != "txt" {
		t.Errorf("text named .wps: %v", err)
	}
}
