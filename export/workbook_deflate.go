package export

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"os"
	"sync"
)

// The rows of a large sheet are deflated while the run is still adding
// documents, on a goroutine of the sheet's own, instead of at the end on
// one core (the 事实 sheet is ~290 MB of XML at 10,000 documents, ~2 s of
// deflate). When the workbook is written, the sheet's zip entry is put
// together from three deflate streams: what excelize writes before the
// rows, the rows' stream and what follows them. The first two end with a
// sync flush (an empty stored block: byte-aligned, not final), the last is
// closed, so the three make one valid deflate stream; the rows' stream
// refers to nothing before it. The entry's CRC-32 is combined from the
// parts' (crc32Combine) and the entry is added with zip.Writer.CreateRaw,
// with the header that zip.Writer.Create gives it otherwise. What the entry
// holds after unzipping is byte for byte the same; only the compressed bytes
// differ, by a few bytes at the seams.

// deflateLevel is archive/zip's (its newFlateWriter).
const deflateLevel = 5

// deflateChunk is how many bytes of rows the writer hands the deflating
// goroutine at a time; deflateChunks are in flight at most.
const (
	deflateChunk  = 256 << 10
	deflateChunks = 3
)

// rowDeflater deflates the rows of one sheet into a temporary file on its
// own goroutine. The workbook's goroutine calls write and finish (or stop);
// the deflating goroutine owns fw, bw and the file's writes until done.
type rowDeflater struct {
	f      *os.File
	cw     *countWriter // on f
	bw     *bufio.Writer
	fw     *flate.Writer
	chunks chan []byte // full chunks, to deflate
	free   chan []byte // deflated chunks, to fill again
	done   chan struct{}
	cur    []byte // the chunk being filled
	closed bool   // chunks is closed

	// set by the deflating goroutine (read after done, or under mu)
	mu   sync.Mutex
	err  error
	crc  uint32 // of the rows
	size int64  // compressed bytes in f, once done
}

// newRowDeflater starts deflating into f.
func newRowDeflater(f *os.File) *rowDeflater {
	cw := &countWriter{w: f}
	d := &rowDeflater{f: f, cw: cw, bw: bufio.NewWriterSize(cw, 64<<10),
		chunks: make(chan []byte, deflateChunks), free: make(chan []byte, deflateChunks),
		done: make(chan struct{}), cur: make([]byte, 0, deflateChunk)}
	for range deflateChunks - 1 {
		d.free <- make([]byte, 0, deflateChunk)
	}
	d.fw, _ = flate.NewWriter(d.bw, deflateLevel) // the level is valid
	go d.run()
	return d
}

func (d *rowDeflater) run() {
	defer close(d.done)
	var err error
	crc := uint32(0)
	for c := range d.chunks {
		if err == nil {
			crc = crc32.Update(crc, crc32.IEEETable, c)
			if _, err = d.fw.Write(c); err != nil {
				d.setErr(err)
			}
		}
		d.free <- c[:0]
	}
	if err == nil {
		err = d.fw.Flush() // sync flush: the stream ends byte-aligned, not final
	}
	if err == nil {
		err = d.bw.Flush()
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.err == nil {
		d.err = err
	}
	d.crc, d.size = crc, d.cw.n
}

func (d *rowDeflater) setErr(err error) {
	d.mu.Lock()
	if d.err == nil {
		d.err = err
	}
	d.mu.Unlock()
}

func (d *rowDeflater) error() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.err
}

// write adds rows. It returns an error the deflating goroutine met.
func (d *rowDeflater) write(b []byte) error {
	for len(b) > 0 {
		n := min(len(b), cap(d.cur)-len(d.cur))
		d.cur = append(d.cur, b[:n]...)
		b = b[n:]
		if len(d.cur) == cap(d.cur) {
			d.chunks <- d.cur
			d.cur = <-d.free
		}
	}
	return d.error()
}

// finish waits until every row is deflated.
func (d *rowDeflater) finish() error {
	if !d.closed {
		if len(d.cur) > 0 {
			d.chunks <- d.cur
			d.cur = nil
		}
		d.closed = true
		close(d.chunks)
	}
	<-d.done
	return d.error()
}

// countWriter counts what it writes.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// deflatedRows is a finished rowDeflater's stream: size bytes of f that
// inflate to n bytes whose CRC-32 is crc.
type deflatedRows struct {
	f    *os.File
	size int64
	n    int64
	crc  uint32
}

// deflatedSink is a writer that can take deflated rows as they are.
type deflatedSink interface {
	writeDeflated(r deflatedRows) error
}

// rawCreator is the part of *zip.Writer a deflateEntry needs.
type rawCreator interface {
	CreateRaw(fh *zip.FileHeader) (io.Writer, error)
}

// deflateEntry is a zip entry written as a deflate stream put together
// from parts (see above): what is written to it is deflated into memory,
// deflated rows are taken as they are. close adds the entry to the zip.
type deflateEntry struct {
	zw    rawCreator
	name  string
	fw    *flate.Writer // on cur
	cur   *bytes.Buffer
	parts []entryPart
	crc   uint32
	n     int64 // bytes before compression
}

// entryPart is a part of an entry's compressed bytes: mem, or size bytes
// of f.
type entryPart struct {
	mem  []byte
	f    *os.File
	size int64
}

// newDeflateEntry starts entry name; fw is a flate writer to reuse.
func newDeflateEntry(zw rawCreator, name string, fw *flate.Writer) *deflateEntry {
	e := &deflateEntry{zw: zw, name: name, fw: fw, cur: new(bytes.Buffer)}
	fw.Reset(e.cur)
	return e
}

func (e *deflateEntry) Write(p []byte) (int, error) {
	e.crc = crc32.Update(e.crc, crc32.IEEETable, p)
	e.n += int64(len(p))
	return e.fw.Write(p)
}

func (e *deflateEntry) writeDeflated(r deflatedRows) error {
	if err := e.fw.Flush(); err != nil {
		return err
	}
	e.parts = append(e.parts, entryPart{mem: e.cur.Bytes()}, entryPart{f: r.f, size: r.size})
	e.crc = crc32Combine(e.crc, r.crc, r.n)
	e.n += r.n
	e.cur = new(bytes.Buffer)
	e.fw.Reset(e.cur)
	return nil
}

// end adds the entry to the zip.
func (e *deflateEntry) end() error {
	if err := e.fw.Close(); err != nil {
		return err
	}
	e.parts = append(e.parts, entryPart{mem: e.cur.Bytes()})
	var size int64
	for _, p := range e.parts {
		size += int64(len(p.mem)) + p.size
	}
	// the header zip.Writer.Create makes (CreateHeader), with the sizes
	// and the CRC it would find at the end
	fh := &zip.FileHeader{Name: e.name, Method: zip.Deflate, Flags: 0x8,
		CreatorVersion: zipVersion20, ReaderVersion: zipVersion20,
		CRC32: e.crc, CompressedSize64: uint64(size), UncompressedSize64: uint64(e.n)}
	if fh.CompressedSize64 >= uint32max || fh.UncompressedSize64 >= uint32max {
		fh.ReaderVersion = zipVersion45
	}
	w, err := e.zw.CreateRaw(fh)
	if err != nil {
		return err
	}
	for _, p := range e.parts {
		if p.f == nil {
			_, err = w.Write(p.mem)
		} else {
			_, err = io.Copy(w, io.NewSectionReader(p.f, 0, p.size))
		}
		if err != nil {
			return err
		}
	}
	e.parts, e.cur = nil, nil
	return nil
}

// From archive/zip (unexported there).
const (
	zipVersion20 = 20
	zipVersion45 = 45
	uint32max    = 1<<32 - 1
)

// inflateRows writes the rows of r to w, inflated, for a writer that
// cannot take them deflated.
func inflateRows(w io.Writer, r deflatedRows) error {
	fr := flate.NewReader(io.NewSectionReader(r.f, 0, r.size))
	defer fr.Close()
	// the stream is not final: stop at its n bytes rather than read on to
	// an unexpected end
	n, err := io.CopyN(w, fr, r.n)
	if err == nil && n != r.n {
		err = errors.New("deflated rows: short")
	}
	return err
}

// crc32Combine returns the CRC-32 (IEEE) of a+b from crc1 of a, crc2 of b
// and the length of b, as zlib's crc32_combine does: crc1 is moved past
// len2 zero bytes by squaring the matrix of one zero bit's effect.
func crc32Combine(crc1, crc2 uint32, len2 int64) uint32 {
	if len2 <= 0 {
		return crc1
	}
	var even, odd [32]uint32
	odd[0] = crc32.IEEE // the operator for one zero bit
	row := uint32(1)
	for n := 1; n < 32; n++ {
		odd[n] = row
		row <<= 1
	}
	gf2Square(&even, &odd) // two zero bits
	gf2Square(&odd, &even) // four
	for {
		gf2Square(&even, &odd) // one zero byte, then 4, 16 …
		if len2&1 != 0 {
			crc1 = gf2Times(&even, crc1)
		}
		len2 >>= 1
		if len2 == 0 {
			break
		}
		gf2Square(&odd, &even)
		if len2&1 != 0 {
			crc1 = gf2Times(&odd, crc1)
		}
		len2 >>= 1
		if len2 == 0 {
			break
		}
	}
	return crc1 ^ crc2
}

func gf2Times(mat *[32]uint32, vec uint32) uint32 {
	var sum uint32
	for i := 0; vec != 0; i, vec = i+1, vec>>1 {
		if vec&1 != 0 {
			sum ^= mat[i]
		}
	}
	return sum
}

func gf2Square(square, mat *[32]uint32) {
	for n := range 32 {
		square[n] = gf2Times(mat, mat[n])
	}
}
