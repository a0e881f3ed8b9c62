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
	free     chan []byte
	done     chan struct{}
	cur      chunk
	off      int
	err      error
	stopOnce sync.Once
}

type chunk struct {
	b   []byte
	err error
}

const (
	asyncChunkSize = 256 << 10
	asyncChunks    = 4
)

func newAsyncReader(r io.Reader) *asyncReader {
	a := &asyncReader{full: make(chan chunk, asyncChunks), free: make(chan []byte, asyncChunks), done: make(chan struct{})}
	for i := 0; i < asyncChunks; i++ {
		a.free <- make([]byte, asyncChunkSize)
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
		n, err := readChunk(r, buf)
		select {
		case a.full <- chunk{b: buf[:n], err: err}:
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
		if a.cur.b != nil {
			a.free <- a.cur.b[:cap(a.cur.b)]
			a.cur.b = nil
		}
		a.cur = <-a.full
		a.off = 0
		a.err = a.cur.err
	}
	n := copy(p, a.cur.b[a.off:])
	a.off += n
	return n, nil
}

// close stops the inflating goroutine.
func (a *asyncReader) close() { a.stopOnce.Do(func() { close(a.done) }) }
