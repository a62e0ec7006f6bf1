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
// "single file web page" Word saves, often named .doc) and its charset as
// the archive declares it ("" when it does not). The page is the first
// text/html part; pictures and style sheets are skipped.
func readMHT(data []byte, limit int64) (page []byte, charset string, err error) {
	bad := func(why string, err error) (_ []byte, _ string, e error) {
		return nil, "", &Error{Msg: "damaged web archive (.mht): " + why + " (open it in a browser and save the page as .html)", Err: err}
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
		body, err := decodeTransfer(msg.Header.Get("Content-Transfer-Encoding"), msg.Body, limit)
		if err != nil {
			return bad("cannot decode its body", err)
		}
		return body, params["charset"], nil
	}
	if params["boundary"] == "" {
		return bad("no boundary in its Content-Type", nil)
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextRawPart()
		if errors.Is(err, io.EOF) {
			return nil, "", &Error{Msg: "web archive (.mht) without a web page in it (open it in a browser and save the page as .html)", Err: ErrNoDocuments}
		}
		if err != nil {
			return bad("cannot read its parts", err)
		}
		pt, pp, err := mime.ParseMediaType(p.Header.Get("Content-Type"))
		if err != nil || pt != "text/html" {
			continue
		}
		body, err := decodeTransfer(p.Header.Get("Content-Transfer-Encoding"), p, limit)
		if err != nil {
			return bad("cannot decode its web page", err)
		}
		return body, pp["charset"], nil
	}
}

// decodeTransfer undoes a MIME Content-Transfer-Encoding, reading at most
// limit bytes of the result.
func decodeTransfer(cte string, r io.Reader, limit int64) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, &stripSpace{r: r})
	case "quoted-printable":
		r = quotedprintable.NewReader(r)
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, &Error{Msg: "web page in the archive too large (raise --max-size to read it)", Err: ErrTooLarge}
	}
	return b, nil
}

// stripSpace drops the line breaks and spaces of base64 text, which
// encoding/base64 does not accept inside the data.
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
