package corpus

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"time"
	"unicode/utf8"
)

// PDF text is read by poppler's pdftotext (Debian package poppler-utils),
// run as a separate process: it maps glyphs back to text through the
// fonts' ToUnicode maps, including the Identity-H fonts Chinese PDFs use,
// and copes with the many ways PDFs are damaged. Where it is missing, the
// built-in reader (pdfgo.go) reads what office suites write, and the
// document says so in a warning.

// pdfTimeout bounds one pdftotext run.
const pdfTimeout = 2 * time.Minute

var pdfMagic = []byte("%PDF-")

// readPDF returns the text layer of a PDF, pages separated by line ends,
// and a warning when the built-in reader was used.
func readPDF(data []byte, tool string, limit int64) (string, []string, error) {
	text, err := runPDFToText(data, tool)
	if errors.Is(err, errNoPDFToText) {
		text, err = readPDFGo(data, limit)
		if err != nil {
			return "", nil, err
		}
		return text, []string{"未找到 pdftotext，已用内置 PDF 阅读器读取（安装 poppler-utils 效果更好）"}, nil
	}
	return text, nil, err
}

var errNoPDFToText = errors.New("pdftotext not found")

// runPDFToText runs pdftotext on data.
func runPDFToText(data []byte, tool string) (string, error) {
	if !bytes.Contains(data[:min(len(data), 1024)], pdfMagic) {
		return "", &Error{Msg: "not a PDF file (no %PDF- header; check the extension)", Err: ErrUnsupported}
	}
	if tool == "" {
		tool = "pdftotext"
	}
	path, err := exec.LookPath(tool)
	if err != nil {
		return "", errNoPDFToText
	}
	tmp, err := os.CreateTemp("", "zongjie-*.pdf")
	if err != nil {
		return "", &Error{Msg: "cannot write a temporary copy of the PDF (check TMPDIR)", Err: err}
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return "", &Error{Msg: "cannot write a temporary copy of the PDF (check TMPDIR)", Err: err}
	}
	if err := tmp.Close(); err != nil {
		return "", &Error{Msg: "cannot write a temporary copy of the PDF (check TMPDIR)", Err: err}
	}
	ctx, cancel := context.WithTimeout(context.Background(), pdfTimeout)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, path, "-q", "-enc", "UTF-8", "-eol", "unix", tmp.Name(), "-")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if ctx.Err() != nil {
		return "", &Error{Msg: "pdftotext took longer than " + pdfTimeout.String() + " (the PDF may be damaged or huge)", Err: ctx.Err()}
	}
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			switch ee.ExitCode() {
			case 1:
				if strings.Contains(strings.ToLower(msg), "password") {
					return "", &Error{Msg: "the PDF is password protected (remove the password and save it again)", Err: ErrUnsupported}
				}
				return "", &Error{Msg: "damaged PDF: pdftotext cannot open it (open and save it again, or print it to a new PDF)", Err: errors.New(firstLine(msg))}
			case 3:
				return "", &Error{Msg: "the PDF forbids copying its text (save it again without restrictions)", Err: ErrUnsupported}
			}
		}
		return "", &Error{Msg: "pdftotext failed", Err: errors.New(firstLine(msg + " " + err.Error()))}
	}
	out := stdout.Bytes()
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	text := strings.ReplaceAll(string(out), "\f", "\n")
	if strings.TrimSpace(text) == "" {
		return "", &Error{Msg: "the PDF has no text layer (a scanned image? run OCR on it first)", Err: ErrNoDocuments}
	}
	return text, nil
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
