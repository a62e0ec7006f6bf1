package corpus

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"
)

// readMHT returns the HTML page of a web archive (.mht, .mhtml, and the
// "single file web page" Word saves, often named .doc) and the charset the
// archive declares for it ("" when it does not). The page is the first
// text/html part that holds text; pictures and style sheets are skipped. An
// archive cut short keeps what it holds, with a warning.
func readMHT(data []byte, limit int64) (page []byte, charset string, warns []string, err error) {
	bad := func(why string, err error) ([]byte, string, []string, error) {
		return nil, "", nil, &Error{Msg: "damaged web archive (.mht): " + why + " (open it in a browser and save the page as .html)", Err: err}
	}
	msg, err := mail.ReadMessage(bytes.NewReader(bytes.TrimLeft(data, "\xEF\xBB\xBF \r\n\t")))
	if err != nil {
		return bad("cannot read its headers", err)
	}
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return bad("cannot read its Content-Type", err)
	}
	if !strings.HasPrefix(mt, "multipart/") {
		body, w, err := decodeTransfer(msg.Header.Get("Content-Transfer-Encoding"), msg.Body, limit)
		if err != nil {
			return bad("cannot decode its body", err)
		}
		return body, params["charset"], w, nil
	}
	if params["boundary"] == "" {
		return bad("no boundary in its Content-Type", nil)
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextRawPart()
		if errors.Is(err, io.EOF) {
			return nil, "", nil, &Error{Msg: "web archive (.mht) without a web page in it (open it in a browser and save the page as .html)", Err: ErrNoDocuments}
		}
		if err != nil {
			return bad("cannot read its parts", err)
		}
		pt, pp, err := mime.ParseMediaType(p.Header.Get("Content-Type"))
		if err != nil || pt != "text/html" {
			continue
		}
		body, w, err := decodeTransfer(p.Header.Get("Content-Transfer-Encoding"), p, limit)
		if err != nil {
			return bad("cannot decode its web page", err)
		}
		if len(bytes.TrimSpace(body)) > 0 {
			return body, pp["charset"], w, nil
		}
		// an empty frame page: the next one holds the text
	}
}

// decodeTransfer undoes a MIME Content-Transfer-Encoding, reading at most
// limit bytes of the result. A part cut short (the archive ends inside it)
// keeps what was decoded, with a warning.
func decodeTransfer(cte string, r io.Reader, limit int64) ([]byte, []string, error) {
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, &stripSpace{r: r})
	case "quoted-printable":
		r = quotedprintable.NewReader(r)
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	var warns []string
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, new(base64.CorruptInputError)) {
		warns = append(warns, "网页存档不完整（文件被截断），已读取截断前的内容")
		err = nil
	}
	if err != nil {
		return nil, nil, err
	}
	if int64(len(b)) > limit {
		return nil, nil, &Error{Msg: "web page in the archive too large (raise --max-size to read it)", Err: ErrTooLarge}
	}
	return b, warns, nil
}

// stripSpace drops the spaces and tabs some writers put in base64 text
// (encoding/base64 skips only line breaks).
type stripSpace struct{ r io.Reader }

func (s *stripSpace) Read(p []byte) (int, error) {
	for {
		n, err := s.r.Read(p)
		k := 0
		for _, c := range p[:n] {
			if c != '\r' && c != '\n' && c != ' ' && c != '\t' {
				p[k] = c
				k++
			}
		}
		if k > 0 || err != nil {
			return k, err
		}
	}
}
