package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// Options control reading. The zero value works.
type Options struct {
	// Encoding forces the decoding of .txt, .html and .mht files: "utf-8",
	// "gb18030" (or "gbk"), "big5", "utf-16le", "utf-16be", or any WHATWG
	// encoding label. "" detects it.
	Encoding string
	// MaxSize is the largest file read, in bytes, and the most a .docx may
	// unpack to; 0 means DefaultMaxSize.
	MaxSize int64
	// PDFToText is the pdftotext program used for PDF files; "" looks for
	// "pdftotext" on PATH. When it is not found, the built-in reader is
	// used and the documents carry a warning.
	PDFToText string
}

// DefaultMaxSize is the size limit when Options.MaxSize is 0.
const DefaultMaxSize = 50 << 20

func (o Options) maxSize() int64 {
	if o.MaxSize > 0 {
		return o.MaxSize
	}
	return DefaultMaxSize
}

// Error is a problem with one input file. It prints as
// "path:line: what went wrong (what to do): cause", without the path when
// Path is "" (as in the errors Walk passes to its callback, which gets the
// path separately) and without the line when Line is 0.
type Error struct {
	Path string // file path as shown to the user
	Line int    // 1-based line of the decoded file, 0 if it does not apply
	Msg  string // lower case, no final period
	Err  error  // underlying error, may be nil
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.Path != "" {
		b.WriteString(e.Path)
		if e.Line > 0 {
			fmt.Fprintf(&b, ":%d", e.Line)
		}
		b.WriteString(": ")
	} else if e.Line > 0 {
		fmt.Fprintf(&b, "line %d: ", e.Line)
	}
	b.WriteString(e.Msg)
	if e.Err != nil && !isSentinel(e.Err) && !strings.Contains(e.Msg, e.Err.Error()) {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Sentinels callers may branch on with errors.Is.
var (
	ErrEmpty       = errors.New("file is empty")
	ErrBinary      = errors.New("not a text document")
	ErrTooLarge    = errors.New("file too large")
	ErrUndecodable = errors.New("cannot decode text")
	ErrUnsupported = errors.New("format not supported")
)

func isSentinel(err error) bool {
	switch err {
	case ErrEmpty, ErrBinary, ErrTooLarge, ErrUndecodable, ErrUnsupported, ErrNoDocuments, ErrNotFound, errWordDamaged, errLinkLoop, fs.ErrPermission:
		return true
	}
	return false
}

// ReadFile reads one file and returns the documents it holds, cleaned, split
// and with their metadata. An unreadable file returns an *Error naming it.
func ReadFile(f File, opt Options) ([]*Document, error) {
	limit := opt.maxSize()
	if f.Size > limit {
		return nil, &Error{Path: f.Source, Msg: fmt.Sprintf("file too large (%s, limit %s; raise --max-size to read it)", sizeString(f.Size), sizeString(limit)), Err: ErrTooLarge}
	}
	fh, err := os.Open(f.Path)
	if err != nil {
		return nil, &Error{Path: f.Source, Msg: openAdvice(err), Err: err}
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, limit+1))
	if err != nil {
		return nil, &Error{Path: f.Source, Msg: "cannot read (is it a folder or a damaged disk?)", Err: err}
	}
	if int64(len(data)) > limit {
		return nil, &Error{Path: f.Source, Msg: fmt.Sprintf("file too large (over %s; raise --max-size to read it)", sizeString(limit)), Err: ErrTooLarge}
	}
	return Read(f.Source, data, opt)
}

func openAdvice(err error) string {
	switch {
	case errors.Is(err, os.ErrPermission):
		return "cannot open: permission denied (check the file's permissions)"
	case errors.Is(err, syscall.ELOOP):
		return "cannot open: symbolic link loop (fix or remove the link)"
	case errors.Is(err, os.ErrNotExist):
		return "cannot open: no such file (was it moved, or is it a broken link?)"
	}
	return "cannot open"
}

func sizeString(n int64) string {
	if n >= 10<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	if n >= 10<<10 {
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Read reads the bytes of a file named name and returns its documents. The
// format comes from the content where it tells (a zip, an OLE file, a PDF,
// an HTML page) and from the extension otherwise; text is the default.
// Read never panics on bad input: a failure is an *Error naming the file.
func Read(name string, data []byte, opt Options) (docs []*Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			docs, err = nil, &Error{Path: name, Msg: "internal error while reading (please report it with the file)", Err: fmt.Errorf("%v", r)}
		}
	}()
	if int64(len(data)) > opt.maxSize() {
		return nil, &Error{Path: name, Msg: fmt.Sprintf("file too large (over %s; raise --max-size to read it)", sizeString(opt.maxSize())), Err: ErrTooLarge}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Error{Path: name, Msg: "file is empty (nothing to read)", Err: ErrEmpty}
	}
	format, warns, err := sniff(name, data)
	if err != nil {
		return nil, withPath(err, name)
	}
	var text, enc string
	var w []string
	switch format {
	case "docx":
		text, err = readDocx(data, opt.maxSize())
		enc = "utf-8"
	case "doc":
		text, err = readWord97(data, opt.maxSize())
		enc = "utf-16le"
	case "rtf":
		text, enc, w, err = readRTF(data, opt.maxSize())
	case "html":
		text, enc, w, err = decodeHTML(data, opt.Encoding)
		if err == nil {
			text = readHTML(text)
		}
	case "mht":
		var page []byte
		var cs string
		var w1 []string
		if page, cs, w1, err = readMHT(data, opt.maxSize()); err == nil {
			text, enc, w, err = decodeHTMLHint(page, opt.Encoding, cs)
			w = append(w1, w...)
			if err == nil {
				text = readHTML(text)
			}
		}
	case "pdf":
		text, w, err = readPDF(data, opt.PDFToText, opt.maxSize())
		enc = "utf-8"
	default:
		text, enc, w, err = decodeText(data, opt.Encoding)
	}
	if err != nil {
		return nil, withPath(err, name)
	}
	warns = append(warns, w...)
	docs = Split(name, text)
	if len(docs) == 0 {
		return nil, &Error{Path: name, Msg: "no text found after cleaning (is it a summary?)", Err: ErrNoDocuments}
	}
	for _, d := range docs {
		d.Encoding = enc
		d.Format = format
		d.Warnings = append(append([]string(nil), warns...), d.Warnings...)
	}
	return docs, nil
}

// mimeHeader returns the header block of a MIME message: up to the first
// blank line, at most 8 KB (a browser's archive can have long headers).
func mimeHeader(data []byte) []byte {
	h := data[:min(len(data), 8<<10)]
	if i := bytes.Index(h, []byte("\n\r\n")); i >= 0 {
		h = h[:i]
	}
	if i := bytes.Index(h, []byte("\n\n")); i >= 0 {
		h = h[:i]
	}
	return h
}

func withPath(err error, name string) error {
	var e *Error
	if errors.As(err, &e) {
		c := *e
		c.Path = name
		return &c
	}
	return &Error{Path: name, Msg: "cannot read", Err: err}
}

// sniff picks the format of a file from its first bytes, then from its
// extension.
func sniff(name string, data []byte) (format string, warns []string, err error) {
	ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(name)), ".")
	head := data[:min(len(data), 1024)]
	lower := bytes.ToLower(head)
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		if ext != "docx" && ext != "wps" && ext != "doc" {
			warns = append(warns, fmt.Sprintf("扩展名为 .%s，实为 zip 压缩包，按 .docx 读取", ext))
		}
		return "docx", warns, nil
	case bytes.HasPrefix(data, cfbMagic):
		return "doc", nil, nil
	case bytes.Contains(head, pdfMagic):
		return "pdf", nil, nil
	case bytes.HasPrefix(bytes.TrimLeft(head, "\xEF\xBB\xBF \r\n\t"), rtfMagic):
		if ext != "rtf" && ext != "doc" && ext != "wps" {
			warns = append(warns, fmt.Sprintf("扩展名为 .%s，实为 RTF 文档，按 RTF 读取", ext))
		}
		return "rtf", warns, nil
	case ext == "mht" || ext == "mhtml" || bytes.Contains(lower, []byte("mime-version:")) && bytes.Contains(bytes.ToLower(mimeHeader(data)), []byte("multipart/related")):
		if ext != "mht" && ext != "mhtml" && ext != "doc" {
			warns = append(warns, fmt.Sprintf("扩展名为 .%s，实为网页存档（MHT），按网页读取", ext))
		}
		return "mht", warns, nil
	case ext == "html" || ext == "htm" || ext == "xhtml":
		return "html", nil, nil
	case bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<!doctype html")):
		if ext != "txt" {
			warns = append(warns, fmt.Sprintf("扩展名为 .%s，实为网页，按 .html 读取", ext))
		}
		return "html", warns, nil
	case ext == "docx":
		return "", nil, &Error{Msg: "not a valid .docx (no zip header; the file is damaged or misnamed)", Err: ErrUnsupported}
	case ext == "pdf":
		return "", nil, &Error{Msg: "not a PDF file (no %PDF- header; the file is damaged or misnamed)", Err: ErrUnsupported}
	case ext == "doc" || ext == "wps":
		if looksBinary(data) {
			_, err := readWord97(data, 0) // for its message
			return "", nil, err
		}
		return "txt", []string{fmt.Sprintf("扩展名为 .%s，实为纯文本，按文本读取", ext)}, nil
	}
	return "txt", nil, nil
}
