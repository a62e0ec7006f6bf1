package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Options control reading. The zero value works.
type Options struct {
	// Encoding forces the decoding of .txt files: "utf-8", "gb18030",
	// "utf-16le", "utf-16be". "" detects it.
	Encoding string
	// MaxSize is the largest file read, in bytes; 0 means DefaultMaxSize.
	MaxSize int64
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
// "path: what went wrong (what to do)".
type Error struct {
	Path string // file path as shown to the user
	Line int    // 1-based line, 0 if it does not apply
	Msg  string // lower case, no final period
	Err  error  // underlying error, may be nil
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	if e.Err != nil && !strings.Contains(e.Msg, e.Err.Error()) {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Sentinels callers may branch on with errors.Is.
var (
	ErrEmpty    = errors.New("file is empty")
	ErrBinary   = errors.New("not a text document")
	ErrTooLarge = errors.New("file too large")
)

// ReadFile reads one file and returns the documents it holds, cleaned, split
// and with their metadata. An unreadable file returns an *Error naming it.
func ReadFile(f File, opt Options) ([]*Document, error) {
	if f.Size > opt.maxSize() {
		return nil, &Error{Path: f.Source, Msg: fmt.Sprintf("file too large (%d MB, limit %d MB; raise --max-size to read it)", f.Size>>20, opt.maxSize()>>20), Err: ErrTooLarge}
	}
	fh, err := os.Open(f.Path)
	if err != nil {
		return nil, &Error{Path: f.Source, Msg: "cannot open", Err: err}
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, opt.maxSize()+1))
	if err != nil {
		return nil, &Error{Path: f.Source, Msg: "cannot read", Err: err}
	}
	if int64(len(data)) > opt.maxSize() {
		return nil, &Error{Path: f.Source, Msg: "file too large (raise --max-size to read it)", Err: ErrTooLarge}
	}
	return Read(f.Source, data, opt)
}

// Read reads the bytes of a file named name (its extension picks the format)
// and returns its documents.
func Read(name string, data []byte, opt Options) ([]*Document, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Error{Path: name, Msg: "file is empty (nothing to read; remove it or add text)", Err: ErrEmpty}
	}
	format := strings.TrimPrefix(strings.ToLower(filepath.Ext(name)), ".")
	var (
		text, enc string
		warns     []string
		err       error
	)
	switch format {
	default:
		format = "txt"
		text, enc, warns, err = decodeText(data, opt.Encoding)
	}
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			e.Path = name
			return nil, e
		}
		return nil, &Error{Path: name, Msg: "cannot decode", Err: err}
	}
	docs := Split(name, text)
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

// decodeText turns the bytes of a text file into UTF-8.
func decodeText(data []byte, force string) (text, enc string, warns []string, err error) {
	if bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
		data = data[3:]
	}
	if looksBinary(data) {
		return "", "", nil, &Error{Msg: "looks like a binary file, not text (convert it to .txt or .docx)", Err: ErrBinary}
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:invalidAt(data)], []byte("\n"))
		return "", "", nil, &Error{Line: line, Msg: "not valid UTF-8 (try --encoding gb18030)"}
	}
	return string(data), "utf-8", nil, nil
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// looksBinary reports whether data holds NUL bytes or many control bytes in
// its first 8 KB, as binary files do and text never does.
func looksBinary(data []byte) bool {
	if len(data) > 8192 {
		data = data[:8192]
	}
	ctrl := 0
	for _, c := range data {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl > len(data)/20+1
}
