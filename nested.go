package cloudtrail

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/klauspost/compress/gzip"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// A payload embedded in an element (an SQS body, an SNS Message, Kinesis or Firehose data, awslogs
// data) is a document of its own, in any format: a nested decoder reads it, so that everything the
// decoder knows applies inside it too, and the outer decoder wraps what it yields in the element's
// envelope. Nested decoders inflate on the calling goroutine and borrow the root decoder's spare
// inflater and window buffer, so that a batch of small payloads does not allocate a reader each.

// payloadOf describes a payload about to be read.
type payloadOf struct {
	what        string      // names the payload in errors, such as `SQS message "m-1"`
	format      Format      // the payload's format, FormatAuto to detect it
	compression Compression // whether it is gzip, CompressionAuto to detect it
	env         Envelope    // the envelope layers its events are wrapped in
}

// maxNesting bounds how deep payloads may nest: an SNS message inside an SQS body is two deep.
const maxNesting = 4

// enterText reads a payload held as text (an SQS body, an SNS Message).
func (d *Decoder) enterText(text string, off int64, p payloadOf) error {
	if d.depth >= maxNesting {
		return d.notCloudTrail(off, "%s: payloads nested more than %d deep", p.what, maxNesting)
	}
	child := d.child(p, off)
	child.w = bytesWindow(lossless.ReadOnlyBytes(text), d.o.maxRecord)
	d.push(frame{kind: frameNested, offset: off, env: p.env, nested: child, what: p.what})
	return nil
}

// enterBase64 reads a payload held as base64 (Kinesis and Firehose data, awslogs data), gzip or not.
func (d *Decoder) enterBase64(text string, off int64, p payloadOf) error {
	if d.depth >= maxNesting {
		return d.notCloudTrail(off, "%s: payloads nested more than %d deep", p.what, maxNesting)
	}
	data := make([]byte, base64.StdEncoding.DecodedLen(len(text)))
	n, err := base64.StdEncoding.Decode(data, lossless.ReadOnlyBytes(text))
	if err != nil {
		return d.recordErr(off, fmt.Errorf("%s is not base64: %w", p.what, err))
	}
	data = data[:n]
	child := d.child(p, off)
	zipped := isGzip(data)
	switch {
	case p.compression == CompressionGzip && !zipped:
		return d.recordErr(off, fmt.Errorf("%s is not gzip", p.what))
	case zipped && p.compression != CompressionNone:
		zr, err := d.root.inflater(data)
		if err != nil {
			return d.recordErr(off, fmt.Errorf("%s: %w", p.what, gzipError(err, int64(len(data)))))
		}
		child.gz = zr
		size := int64(len(data))
		child.w = newWindow(limitInput(&gzipReader{zr: zr, compressed: &size}, d.o.maxDecompressed), d.o.maxRecord, d.root.windowBuffer(inflatedSize(data)))
	default:
		child.w = bytesWindow(data, d.o.maxRecord)
	}
	d.push(frame{kind: frameNested, offset: off, env: p.env, nested: child, what: p.what})
	return nil
}

// child is a decoder for a payload, with d's limits.
func (d *Decoder) child(p payloadOf, off int64) *Decoder {
	o := d.o
	o.format, o.compression, o.syncInflate = p.format, p.compression, true
	return &Decoder{o: o, root: d.root, parent: d, depth: d.depth + 1, outer: d.headerEnv(&p.env, off)}
}

// inflater returns the root's idle gzip reader reset to data, or a new one.
func (d *Decoder) inflater(data []byte) (*gzip.Reader, error) {
	if zr := d.gz; zr != nil {
		d.gz = nil
		return zr, zr.Reset(bytes.NewReader(data))
	}
	return gzip.NewReader(bytes.NewReader(data))
}

// inflatedSize is gzip's record of the size of its last member, a good first buffer size.
func inflatedSize(data []byte) int {
	if len(data) < 18 { // a header and a trailer: anything shorter fails to inflate anyway
		return 4 << 10
	}
	n := int(binary.LittleEndian.Uint32(data[len(data)-4:]))
	return min(max(n+512, 4<<10), windowChunk)
}

// windowBuffer returns the root's idle window buffer when it is large enough, or a new one.
func (d *Decoder) windowBuffer(size int) []byte {
	if b := d.spare; cap(b) >= size {
		d.spare = nil
		return b[:0]
	}
	return make([]byte, 0, size)
}

// recycle takes back the inflater and the window buffer of a nested decoder that is done, unless
// events it returned alias the buffer.
func (d *Decoder) recycle(child *Decoder) {
	if child.gz != nil {
		d.gz = child.gz
	}
	if w := child.w; w != nil && !w.shared && !w.borrowed && cap(w.buf) <= 4*windowChunk && cap(w.buf) > cap(d.spare) {
		d.spare = w.buf[:0]
	}
}

// nestedStep takes the next event of an embedded payload. A broken payload is one bad record of the
// outer stream, which goes on.
func (d *Decoder) nestedStep(f *frame) (*Event, error) {
	ev, err := f.nested.Next()
	if err == nil {
		env := f.env.wrap(f.nested.env)
		d.asked = true // the nested decoder has asked the filter
		return d.yield(ev, &env, f.offset)
	}
	env, off, what := f.env, f.offset, f.what
	var se *StreamError
	if err == io.EOF || errors.As(err, &se) {
		d.pop()
	}
	if err == io.EOF {
		return nil, nil
	}
	re := d.recordErr(off, payloadError(what, env, err, d.notWanted())).(*RecordError)
	re.ItemID = env.BatchItemID()
	return nil, re
}

// notJSON says that a payload broke on its first byte: it is text, not a JSON document.
func notJSON(se *StreamError) bool {
	var syn *SyntaxError
	return se.Index == 0 && errors.As(se.Err, &syn) && syn.Offset == 0
}

// payloadError says which payload an error of a nested decoder came from; the objects a
// notification inside it names get the payload's envelope layers. notWanted is the cause for a
// payload that is not JSON.
func payloadError(what string, env Envelope, err, notWanted error) error {
	var ne *NotificationError
	if errors.As(err, &ne) {
		for i := range ne.Objects {
			o := &ne.Objects[i]
			o.Envelope = env.wrap(o.Envelope)
			o.MessageID = o.Envelope.BatchItemID()
		}
	}
	var re *RecordError
	var se *StreamError
	switch {
	case errors.As(err, &re) && re.Index == 0 && re.Offset == 0:
		return fmt.Errorf("in %s: %w", what, re.Err) // the payload is the record
	case re != nil:
		return fmt.Errorf("in %s, %s: %w", what, re.position(), re.Err)
	case errors.As(err, &se) && notJSON(se):
		return fmt.Errorf("%s is not JSON (%v): %w", what, se.Err, notWanted)
	case se != nil:
		return fmt.Errorf("%s is broken at byte %d after %s: %w", what, se.Offset, records(se.Index), se.Err)
	}
	return fmt.Errorf("%s: %w", what, err)
}
