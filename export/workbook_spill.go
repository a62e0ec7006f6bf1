package export

import (
	"bytes"
	"os"
	"reflect"
	"unsafe"

	"github.com/xuri/excelize/v2"
)

// An excelize StreamWriter keeps the XML of its rows in memory until it
// holds excelize.StreamChunkSize (16 MB) of it, then moves it to a
// temporary file; the buffer keeps its capacity (up to 32 MB) for the rest
// of the run. A workbook has four such streams, and more when a table goes
// on in continuation sheets, so on a large corpus the buffers alone came to
// about 80 MB (issue 7). excelize has no setting for the size, so spill
// does excelize's own move earlier: at spillSize, into the same temporary
// file that excelize would create, reads and removes (StreamWriter.Flush,
// File.Close). It reaches the stream's unexported buffer through
// reflection, and does nothing if excelize's StreamWriter is not laid out
// as it expects (checked by TestSpillStreams).
//
// excelize has no public way to bound that buffer. Without spill a run of
// 50k documents peaked at 439 MB resident instead of 355, with 40% more
// collections (issue 7). The way out without reflection is to write the
// rows' XML ourselves and splice it into the sheet as the zip is written,
// as workbook_links.go does for the links of 对比; not done yet.

// spillSize is what a stream keeps in memory at most, give or take a row.
const spillSize = 1 << 20

// streamBuffer is the part of excelize's bufferedWriter spill uses.
type streamBuffer struct {
	tmpDir *string
	tmp    **os.File
	buf    *bytes.Buffer
}

// streamBufferOf finds the buffer of sw; ok is false if excelize's types
// are not as expected.
func streamBufferOf(sw *excelize.StreamWriter) (b streamBuffer, ok bool) {
	raw := reflect.ValueOf(sw).Elem().FieldByName("rawData")
	if !raw.IsValid() || raw.Kind() != reflect.Struct {
		return b, false
	}
	dir, tmp, buf := raw.FieldByName("tmpDir"), raw.FieldByName("tmp"), raw.FieldByName("buf")
	if !dir.IsValid() || dir.Type() != reflect.TypeFor[string]() ||
		!tmp.IsValid() || tmp.Type() != reflect.TypeFor[*os.File]() ||
		!buf.IsValid() || buf.Type() != reflect.TypeFor[bytes.Buffer]() {
		return b, false
	}
	return streamBuffer{
		tmpDir: (*string)(unsafe.Pointer(dir.UnsafeAddr())),
		tmp:    (**os.File)(unsafe.Pointer(tmp.UnsafeAddr())),
		buf:    (*bytes.Buffer)(unsafe.Pointer(buf.UnsafeAddr())),
	}, true
}

// spill moves what the stream holds to its temporary file once it holds
// spillSize bytes. If the file cannot be made, the rows stay in memory, as
// excelize itself does then.
func (b streamBuffer) spill() error {
	if b.buf == nil || b.buf.Len() < spillSize {
		return nil
	}
	if *b.tmp == nil {
		f, err := os.CreateTemp(*b.tmpDir, "excelize-")
		if err != nil {
			return nil
		}
		*b.tmp = f
	}
	_, err := b.buf.WriteTo(*b.tmp)
	b.buf.Reset()
	return err
}
