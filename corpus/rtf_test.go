package corpus

import (
	"encoding/base64"
	"fmt"
	"mime/quotedprintable"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// rtfHex writes s in GBK as \'hh escapes, as Word writes Chinese text in
// an RTF file with \ansicpg936.
func rtfHex(t testing.TB, s string) string {
	t.Helper()
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, c := range b {
		if c < 0x80 {
			out.WriteByte(c)
		} else {
			fmt.Fprintf(&out, `\'%02x`, c)
		}
	}
	return out.String()
}

// rtfU writes s as \uN? escapes (with \uc1 fallbacks), as most RTF writers
// do for characters outside the code page.
func rtfU(s string) string {
	var out strings.Builder
	for _, r := range s {
		if r < 0x80 {
			out.WriteRune(r)
			continue
		}
		if r > 0xFFFF {
			r -= 0x10000
			fmt.Fprintf(&out, `\u%d?\u%d?`, int16(0xD800+(r>>10)), int16(0xDC00+(r&0x3FF)))
			continue
		}
		fmt.Fprintf(&out, `\u%d?`, int16(r))
	}
	return out.String()
}

func TestReadRTF(t *testing.T) {
	head := `{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 ` + rtfHex(t, "宋体") + `;}{\f1\froman Times New Roman;}}` +
		`{\colortbl;\red0\green0\blue0;}{\stylesheet{\s0 Normal;}}{\info{\title ` + rtfHex(t, "标题不读") + `}{\author x}}` + "\r\n"
	cases := []struct {
		name, rtf, want string
	}{
		{"gbk bytes", head + `\pard\f0 ` + rtfHex(t, "全年收到代表建议11件，办结率95％。") + `\par}`, "全年收到代表建议11件，办结率95％。\n"},
		{"unicode escapes", head + `\uc1\pard ` + rtfU("召开主席团会议12次") + `\par}`, "召开主席团会议12次\n"},
		{"fallback as hex bytes", head + `\uc2 \u20840\'c8\'ab\u24180\'c4\'ea\par}`, "全年\n"},
		{"ignorable destinations", head + `{\*\generator Riched20;}{\*\themedata 0102}\pard ` + rtfHex(t, "正文") + `{\*\bkmkstart a}\par}`, "正文\n"},
		{"field result kept, instruction dropped", head + `{\field{\*\fldinst HYPERLINK "x"}{\fldrslt ` + rtfHex(t, "链接文字") + `}}\par}`, "链接文字\n"},
		{"header and footer dropped", head + `{\header ` + rtfHex(t, "页眉") + `}{\footer ` + rtfHex(t, "第1页") + `}` + rtfHex(t, "正文") + `\par}`, "正文\n"},
		{"table", head + `\trowd\cellx1000\cellx2000 ` + rtfHex(t, "议案") + `\cell 11\cell\row}`, "议案\t11\t\n"},
		{"escapes", head + `a\{b\}c\\d\~e\emdash f\line g}`, "a{b}c\\d e—f\ng"},
		{"font charset without ansicpg", `{\rtf1\ansi{\fonttbl{\f0\fcharset134 x;}}\f0 ` + rtfHex(t, "镇人大") + `\par}`, "镇人大\n"},
		{"surrogate pair", head + `\uc1 ` + rtfU("𠀀字") + `}`, "𠀀字"},
		{"binary data skipped", head + `\bin4 ab}{` + rtfHex(t, "后") + `}`, "后"},
		{"listtext kept", head + `{\listtext ` + rtfHex(t, "一、") + `\tab}` + rtfHex(t, "监督工作") + `\par}`, "一、\t监督工作\n"},
		{"line breaks in source ignored", head + rtfHex(t, "代表") + "\r\n" + rtfHex(t, "建议") + `\par}`, "代表建议\n"},
		{"second byte written plain", head + `\'e9F\'abh\'acB\'c0\\\par}`, "镕玥珺繺\n"},
		{"symbol font bullet", `{\rtf1\ansi\ansicpg936{\fonttbl{\f0\fcharset134 x;}{\f1\fcharset2 Symbol;}}{\listtext\f1 \'b7\tab}\f0 ` + rtfHex(t, "视察5次") + `\par}`, "•\t视察5次\n"},
		{"default font, no code page", `{\rtf1\ansi\deff0{\fonttbl{\f0\fcharset134 x;}}` + rtfHex(t, "清河镇") + `\par}`, "清河镇\n"},
		{"no code page, gbk bytes", `{\rtf1\ansi ` + rtfHex(t, "清河镇") + `}`, "清河镇"},
		{"no code page, utf-8 bytes", "{\\rtf1\\ansi 清河镇}", "清河镇"},
		{"hidden text", head + `a{\v hidden}b\v c\v0 d}`, "abd"},
		{"index entries", head + `a{\xe {\v entry}}b{\tc toc}c}`, "abc"},
		{"nested table", head + `a\nestcell b\nestrow c}`, "a\tb\nc"},
		{"utf-8 code page", `{\rtf1\ansi\ansicpg65001 ` + strings.NewReplacer("\u4eba", `\'e4\'ba\'ba`).Replace("人") + `}`, "人"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _, _, err := readRTF([]byte(c.rtf), 1<<20)
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("got %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestReadRTFFile(t *testing.T) {
	body := `{\rtf1\ansi\ansicpg936{\fonttbl{\f0\fcharset134 x;}}\f0 ` +
		rtfHex(t, "清河镇人大主席团2022年工作总结") + `\par ` +
		rtfHex(t, "全年共收到代表建议11件，已全部办结。") + `\par ` +
		rtfHex(t, "清河镇人大主席团") + `\par 2022` + rtfHex(t, "年") + `12` + rtfHex(t, "月") + `26` + rtfHex(t, "日") + `\par}`
	for _, name := range []string{"a.rtf", "a.doc", "a.txt"} {
		t.Run(name, func(t *testing.T) {
			docs, err := Read(name, []byte(body), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkDocs(t, docs)
			d := docs[0]
			if d.Format != "rtf" || d.Encoding != "gb18030" {
				t.Errorf("format %q encoding %q", d.Format, d.Encoding)
			}
			if !strings.Contains(d.Text, "全年共收到代表建议11件") || d.Township != "清河镇" || d.Year != 2022 || d.Date != "2022-12-26" {
				t.Errorf("text %q township %q year %d date %q", d.Text, d.Township, d.Year, d.Date)
			}
			warned := strings.Contains(strings.Join(d.Warnings, ""), "实为 RTF")
			if warned != (name == "a.txt") {
				t.Errorf("warnings %q", d.Warnings)
			}
		})
	}
}

// mhtFile builds a web archive the way browsers and Word write one: a
// multipart/related message whose first part is the page.
func mhtFile(page []byte, cte, charset string) []byte {
	var b strings.Builder
	b.WriteString("From: <Saved by Blink>\r\nSubject: page\r\nMIME-Version: 1.0\r\n")
	b.WriteString("Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----=_NextPart_01D9\"\r\n\r\n")
	b.WriteString("This is a multi-part message in MIME format.\r\n\r\n")
	b.WriteString("------=_NextPart_01D9\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: 7bit\r\n\r\np{margin:0}\r\n")
	b.WriteString("------=_NextPart_01D9\r\nContent-Location: file:///C:/a.htm\r\nContent-Transfer-Encoding: " + cte + "\r\n")
	b.WriteString("Content-Type: text/html; charset=\"" + charset + "\"\r\n\r\n")
	switch cte {
	case "base64":
		s := base64.StdEncoding.EncodeToString(page)
		for len(s) > 76 {
			b.WriteString(s[:76] + "\r\n")
			s = s[76:]
		}
		b.WriteString(s + "\r\n")
	case "quoted-printable":
		var q strings.Builder
		w := quotedprintable.NewWriter(&q)
		w.Write(page)
		w.Close()
		b.WriteString(q.String() + "\r\n")
	default:
		b.Write(page)
		b.WriteString("\r\n")
	}
	b.WriteString("------=_NextPart_01D9\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n")
	b.WriteString("------=_NextPart_01D9--\r\n")
	return []byte(b.String())
}

func TestReadMHT(t *testing.T) {
	html := "<html><head><title>清河镇人大主席团2022年工作总结</title></head><body><p>清河镇人大主席团2022年工作总结</p>" +
		"<p>全年共收到代表建议11件，已全部办结，满意率达到98%。</p><p>清河镇人大主席团</p><p>2022年12月26日</p></body></html>"
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(html))
	cases := []struct {
		name, file string
		data       []byte
		warn       bool
	}{
		{"quoted-printable gb2312 as .doc", "a.doc", mhtFile(gbk, "quoted-printable", "gb2312"), false},
		{"base64 utf-8", "a.mht", mhtFile([]byte(html), "base64", "utf-8"), false},
		{"8bit gbk named .html", "a.html", mhtFile(gbk, "8bit", "gbk"), true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			docs, err := Read(c.file, c.data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkDocs(t, docs)
			d := docs[0]
			if d.Format != "mht" || !strings.Contains(d.Text, "全年共收到代表建议11件，已全部办结，满意率达到98%。") || strings.Contains(d.Text, "margin") {
				t.Errorf("format %q text %q", d.Format, d.Text)
			}
			if d.Township != "清河镇" || d.Year != 2022 {
				t.Errorf("township %q year %d", d.Township, d.Year)
			}
			if warned := strings.Contains(strings.Join(d.Warnings, ""), "MHT"); warned != c.warn {
				t.Errorf("warnings %q", d.Warnings)
			}
		})
	}
}

// TestReadMHTReal covers what browsers and office suites write beyond the
// plain case: long headers, a charset declared wrongly, an empty frame page
// before the text, and an archive cut short.
func TestReadMHTReal(t *testing.T) {
	html := "<html><body><p>清河镇人大主席团2022年工作总结</p><p>全年共收到代表建议11件，已全部办结。</p></body></html>"
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(html))
	long := []byte("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/" + strings.Repeat("a", 1500) + "\r\nSubject: =?utf-8?Q?=E6=B8=85?=\r\n")
	long = append(long, mhtFile([]byte(html), "quoted-printable", "utf-8")[len("From: <Saved by Blink>\r\nSubject: page\r\n"):]...)
	frame := mhtFile([]byte(html), "base64", "utf-8")
	frame = []byte(strings.Replace(string(frame), "------=_NextPart_01D9\r\nContent-Location", "------=_NextPart_01D9\r\nContent-Type: text/html\r\n\r\n \r\n------=_NextPart_01D9\r\nContent-Location", 1))
	full := mhtFile([]byte(html+strings.Repeat("<p>全年召开主席团会议6次。</p>", 40)), "quoted-printable", "utf-8")
	cut := full[:len(full)*2/3]
	cases := []struct {
		name, file string
		data       []byte
		warn       string
	}{
		{"headers past 1 KB", "a.mht", long, ""},
		{"windows-1252 declared on a GBK page", "a.doc", mhtFile(gbk, "quoted-printable", "windows-1252"), ""},
		{"empty frame first", "a.mhtml", frame, ""},
		{"cut short", "a.mht", cut, "不完整"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			docs, err := Read(c.file, c.data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			d := docs[0]
			if d.Format != "mht" || !strings.Contains(d.Text, "全年共收到代表建议11件") {
				t.Errorf("format %q text %q", d.Format, d.Text)
			}
			w := strings.Join(d.Warnings, " ")
			if c.warn == "" && strings.Contains(w, "不完整") || c.warn != "" && !strings.Contains(w, c.warn) {
				t.Errorf("warnings %q, want %q", d.Warnings, c.warn)
			}
		})
	}
}

func TestReadRTFDeep(t *testing.T) {
	data := []byte(`{\rtf1\ansi ` + strings.Repeat("{", 5000) + "x")
	_, err := Read("deep.rtf", data, Options{})
	if err == nil || !strings.Contains(err.Error(), "nested too deeply") || !strings.HasPrefix(err.Error(), "deep.rtf: ") {
		t.Fatalf("err = %v, want a nesting error naming deep.rtf", err)
	}
}

func TestReadMHTErrors(t *testing.T) {
	cases := []struct {
		name string
		data string
		want string
	}{
		{"no page", "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nx\r\n--b--\r\n", "without a web page"},
		{"no boundary", "MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n--b\r\n", "no boundary"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read("a.mht", []byte(c.data), Options{})
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "a.mht: ") {
				t.Errorf("err = %v, want one naming a.mht with %q", err, c.want)
			}
		})
	}
}
