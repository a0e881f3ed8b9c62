package cloudtrail

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/klauspost/compress/gzip"
)

// openInput returns the decompressed stream: gzip is recognised by its magic bytes. Members that
// follow one another (Firehose, Kinesis) are read as one stream. async is the inflating goroutine's
// reader, when there is one: its owner must close it.
func openInput(r io.Reader, o *options) (in io.Reader, async *asyncReader, err error) {
	cr := &countingReader{r: r}
	br := bufio.NewReaderSize(cr, 64<<10)
	magic, _ := br.Peek(2)
	switch isGzip := isGzip(magic); {
	case o.compression == CompressionNone || (o.compression == CompressionAuto && !isGzip):
		return limitInput(br, o.maxDecompressed), nil, nil
	case !isGzip:
		return nil, nil, errors.New("input is not gzip")
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, nil, gzipError(err, cr.n)
	}
	in = limitInput(&gzipReader{zr: zr, compressed: &cr.n}, o.maxDecompressed)
	// With one core (GOMAXPROCS follows a container's CPU limit, Lambda's among them) a second
	// goroutine only adds hand-offs.
	if o.syncInflate || runtime.GOMAXPROCS(0) == 1 {
		return in, nil, nil
	}
	async = newAsyncReader(in)
	return async, async, nil
}

func isGzip(magic []byte) bool { return len(magic) >= 2 && magic[0] == 0x1f && magic[1] == 0x8b }

// countingReader counts the bytes read through it: the size of a compressed input.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// gzipReader says that a gzip stream is truncated, and where, when gzip says only "unexpected EOF".
type gzipReader struct {
	zr         *gzip.Reader
	compressed *int64 // the compressed bytes read so far: all of them, once the input ends
}

func (g *gzipReader) Read(p []byte) (int, error) {
	n, err := g.zr.Read(p)
	if err != nil {
		err = gzipError(err, *g.compressed)
	}
	return n, err
}

// gzipError names gzip's errors; compressed is the size of the compressed input read.
func gzipError(err error, compressed int64) error {
	switch err {
	case io.EOF:
		return err
	case io.ErrUnexpectedEOF:
		return fmt.Errorf("truncated gzip stream: the compressed input ends after %d bytes: %w", compressed, err)
	}
	return fmt.Errorf("gzip: %w", err)
}

// limitedReader fails once more than max bytes have been read.
type limitedReader struct {
	r    io.Reader
	left int64
	max  int64
}

func limitInput(r io.Reader, max int64) io.Reader {
	if max <= 0 {
		return r
	}
	return &limitedReader{r: r, left: max, max: max}
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, fmt.Errorf("decompressed input over %d bytes: %w", l.max, ErrTooLarge)
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		return n + int(l.left), fmt.Errorf("decompressed input over %d bytes: %w", l.max, ErrTooLarge)
	}
	return n, err
}

// asyncReader inflates on its own goroutine, a few chunks ahead of the reader, so that inflating
// and decoding use two cores.
type asyncReader struct {
	full     chan chunk
	free     chan []byte // buffers to fill; nil for one the window took, which run replaces
	done     chan struct{}
	cur      chunk
	off      int
	err      error
	stopOnce sync.Once
}

// chunk is a filled buffer: b is buf's inflated bytes, after asyncHeadroom bytes left free.
type chunk struct {
	buf []byte
	b   []byte
	err error
}

const (
	asyncChunkSize = 256 << 10
	asyncChunks    = 4
	// asyncHeadroom is the room before a chunk's bytes for the window's unread bytes, when the
	// window takes the chunk as its buffer (see take).
	asyncHeadroom = inPlaceMargin
)

func newAsyncReader(r io.Reader) *asyncReader {
	a := &asyncReader{full: make(chan chunk, asyncChunks), free: make(chan []byte, asyncChunks), done: make(chan struct{})}
	for i := 0; i < asyncChunks; i++ {
		a.free <- nil
	}
	go a.run(r)
	return a
}

func (a *asyncReader) run(r io.Reader) {
	for {
		var buf []byte
		select {
		case buf = <-a.free:
		case <-a.done:
			return
		}
		if buf == nil { // the first chunks, and the place of each the window took
			buf = make([]byte, asyncHeadroom+asyncChunkSize)
		}
		n, err := readChunk(r, buf[asyncHeadroom:])
		select {
		case a.full <- chunk{buf: buf, b: buf[asyncHeadroom : asyncHeadroom+n], err: err}:
		case <-a.done:
			return
		}
		if err != nil {
			return
		}
	}
}

// readChunk fills buf unless the reader stops first, passing its error on unchanged (io.ReadFull
// would turn a real io.ErrUnexpectedEOF into a short read).
func readChunk(r io.Reader, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		m, err := r.Read(buf[n:])
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

func (a *asyncReader) Read(p []byte) (int, error) {
	for a.off >= len(a.cur.b) {
		if a.err != nil {
			return 0, a.err
		}
		a.release()
		a.cur = <-a.full
		a.off = 0
		a.err = a.cur.err
	}
	n := copy(p, a.cur.b[a.off:])
	a.off += n
	return n, nil
}

// release gives the current chunk's buffer back to be filled again.
func (a *asyncReader) release() {
	if a.cur.buf != nil {
		a.free <- a.cur.buf
		a.cur = chunk{}
	}
}

// take hands the next chunk over whole, instead of copying it out as Read does: the window makes
// it its buffer, with tail (its unread bytes) copied in front, when values decoded in place hold on
// to the old one. Inflating allocates the new buffers, on its own goroutine, and nothing is copied
// twice. It reports false, taking nothing, while a chunk is part read, after the input's end or
// error, or when tail does not fit before the chunk.
func (a *asyncReader) take(tail []byte) ([]byte, bool) {
	if a.off < len(a.cur.b) || a.err != nil || len(tail) > asyncHeadroom {
		return nil, false
	}
	a.release()
	c := <-a.full
	a.err = c.err
	if len(c.b) == 0 {
		a.cur, a.off = c, 0 // Read reports the error
		return nil, false
	}
	a.free <- nil // the buffer is the window's now: run makes another
	start := asyncHeadroom - len(tail)
	copy(c.buf[start:], tail)
	return c.buf[start : asyncHeadroom+len(c.b)], true
}

// close stops the inflating goroutine.
func (a *asyncReader) close() { a.stopOnce.Do(func() { close(a.done) }) }
