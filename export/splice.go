package export

import (
	"bytes"
	"fmt"
	"io"
)

// An elementSplicer passes a worksheet's XML on to out as it is written,
// but holds back the first element between open and close (the tags
// included) and has replace write whatever stands in its place. The tags
// may be split across writes; text cannot hold them (excelize escapes "<"
// in text). newLinkSplicer and newRowSplicer make the two the workbook uses.
type elementSplicer struct {
	out         io.Writer
	open, close []byte
	replace     func(elem []byte) error
	state       int          // 0: looking for open; 1: in the element; 2: past it
	buf         bytes.Buffer // 0: the tail that may begin open; 1: the element so far
}

func (s *elementSplicer) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		switch s.state {
		case 2:
			if _, err := s.out.Write(p); err != nil {
				return 0, err
			}
			return n, nil
		case 0:
			s.buf.Write(p)
			p = nil
			b := s.buf.Bytes()
			i := bytes.Index(b, s.open)
			if i < 0 {
				keep := min(len(b), len(s.open)-1) // what could begin the tag
				if _, err := s.out.Write(b[:len(b)-keep]); err != nil {
					return 0, err
				}
				tail := bytes.Clone(b[len(b)-keep:])
				s.buf.Reset()
				s.buf.Write(tail)
				continue
			}
			if _, err := s.out.Write(b[:i]); err != nil {
				return 0, err
			}
			rest := bytes.Clone(b[i:])
			s.buf.Reset()
			s.state = 1
			p = rest
		case 1:
			s.buf.Write(p)
			p = nil
			b := s.buf.Bytes()
			i := bytes.Index(b, s.close)
			if i < 0 {
				continue
			}
			end := i + len(s.close)
			rest := bytes.Clone(b[end:])
			if err := s.replace(b[:end]); err != nil {
				return 0, err
			}
			s.buf.Reset()
			s.state = 2
			p = rest
		}
	}
	return n, nil
}

// end writes what is held back at the end of the entry.
func (s *elementSplicer) end() error {
	if s.state == 1 {
		return fmt.Errorf("worksheet ends inside its %s element", s.open)
	}
	if s.state == 0 && s.buf.Len() > 0 {
		_, err := s.out.Write(s.buf.Bytes())
		s.buf.Reset()
		return err
	}
	return nil
}

// write writes b to w.
func write(w io.Writer, b []byte) error {
	_, err := w.Write(b)
	return err
}
