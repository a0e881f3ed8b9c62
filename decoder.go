package cloudtrail

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"runtime"

	"github.com/klauspost/compress/gzip"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// Decoder reads CloudTrail events one at a time from any delivery format: S3 log files, NDJSON, JSON
// arrays, EventBridge events, LookupEvents output, CloudWatch Logs subscription data, and the Lambda
// events of SQS, SNS, Kinesis and Firehose that carry any of these, gzip or not. It holds one record
// at a time, never the whole input. Formats are detected from the bytes, for each top-level value;
// options force one.
//
// Errors say where they happened. A *RecordError (one record or document that could not be used,
// such as a digest file, an S3 event notification, a malformed record or a malformed line of NDJSON)
// leaves the stream readable: call Next again. A *StreamError (truncated or corrupt input) ends it.
// Neither is ever a panic, and nothing that is not a CloudTrail record is ever returned as an Event.
//
// Lifecycle: a decoder reading gzip inflates on a second goroutine (unless GOMAXPROCS is 1). Ranging over All stops it when
// the loop ends, however it ends; a caller of Next should call Close when it abandons the decoder
// before io.EOF. A decoder dropped without either is stopped once the garbage collector finds it
// unreachable, so forgetting Close costs memory for a while, never a leak.
//
// Memory: the events of an S3 log file are decoded in place, so their strings share the read
// buffer's chunk (256 KiB or more) instead of being copied. A program that keeps a few events out of
// many for a long time keeps those chunks too; keep Event.Clone copies if that matters. The events of
// a NewBytesDecoder share its input instead.
type Decoder struct {
	o     options
	src   io.Reader
	w     *window
	stop  func() // stops the inflating goroutine, if any
	stack []frame
	index int
	line  int // the line the current top-level document began on; 0 when lines are not counted
	env   Envelope
	err   error // sticky: io.EOF or a *StreamError
	spans []span
	sc    lossless.Scanner // reused for records decoded in place

	// Payloads embedded in elements (an SQS body, Kinesis data) are read by nested decoders.
	root   *Decoder     // the outermost decoder; the decoder itself at the top
	parent *Decoder     // the decoder whose element holds this one's payload; nil at the top
	depth  int          // how many payloads deep this decoder reads
	outer  Envelope     // nested: the envelope layers of the elements around the payload
	gz     *gzip.Reader // root only: an idle inflater for nested payloads
	spare  []byte       // root only: an idle window buffer for nested payloads

	raw    []byte       // root only: the bytes of the record last returned or being filtered
	hdr    Header       // root only: the header handed to the filter
	strs   stringArena  // root only: copies of the header's strings
	asked  bool         // the filter has kept the record being decoded
	reused *eventBlock  // WithReuseEvent: the block of the event last returned
	blocks []eventBlock // root only: the blocks of the batch not yet handed out (see nextBlock)
	// inMemory is set at the top of a NewBytesDecoder reading data where it lies: its strings
	// stay valid as long as data, so the filter's headers need no copies.
	inMemory bool
}

// NewDecoder returns a decoder reading from r. It reads nothing until the first call to Next.
func NewDecoder(r io.Reader, opts ...Option) *Decoder {
	d := &Decoder{src: r, o: options{maxRecord: DefaultMaxRecordSize}}
	for _, opt := range opts {
		opt(&d.o)
	}
	if d.o.maxRecord <= 0 {
		d.o.maxRecord = DefaultMaxRecordSize
	}
	if !d.o.format.known() {
		d.err = fmt.Errorf("cloudtrail: WithFormat(%v): no format the decoder reads", d.o.format)
	}
	d.root = d
	return d
}

// NewBytesDecoder returns a decoder reading the input in data, as NewDecoder would read it from a
// reader, without copying it: the events' strings and Raw share data's memory, as sonic's and
// encoding/json's RawMessage values share theirs, so data must not change while they are in use,
// and an event kept keeps all of data. For a whole log file already in memory (a test fixture, an
// object read with io.ReadAll) it is the faster way: nothing is read into buffers, and the events
// need no read buffers of their own. Gzip input is inflated as NewDecoder inflates it, and the
// events then alias the inflated buffers instead.
func NewBytesDecoder(data []byte, opts ...Option) *Decoder {
	d := NewDecoder(bytes.NewReader(data), opts...)
	if d.err == nil && plainInput(data, &d.o) {
		d.w = bytesWindow(data, d.o.maxRecord)
		d.inMemory = true
	}
	return d
}

// plainInput reports whether data can be read where it lies: it is not to be inflated, and within
// the decompressed-size limit (which the stream path reports where it is crossed).
func plainInput(data []byte, o *options) bool {
	notGzip := o.compression == CompressionNone || (o.compression == CompressionAuto && !isGzip(data))
	return notGzip && (o.maxDecompressed <= 0 || int64(len(data)) <= o.maxDecompressed)
}

// Next returns the next event, io.EOF after the last, or an error (see Decoder). Options it cannot
// follow give an error that is neither a RecordError nor a StreamError, from the first call on.
func (d *Decoder) Next() (*Event, error) {
	if d.err != nil {
		return nil, d.err
	}
	if d.w == nil {
		if err := d.open(); err != nil {
			return nil, err
		}
	}
	for {
		if ev, err := d.step(); ev != nil || err != nil {
			return ev, err
		}
	}
}

// open starts reading: it detects gzip and, for gzip, starts the inflating goroutine.
func (d *Decoder) open() error {
	in, async, err := openInput(d.src, &d.o)
	if err != nil {
		return d.fatal(0, err)
	}
	d.w = newWindow(in, d.o.maxRecord, make([]byte, 0, windowChunk))
	if async != nil {
		d.stop = async.close
		// The goroutine holds the asyncReader, never the decoder, so a decoder nobody holds
		// becomes unreachable and the cleanup stops the goroutine.
		runtime.AddCleanup(d, func(a *asyncReader) { a.close() }, async)
	}
	return nil
}

// All yields every event and every error, ending after io.EOF (not yielded) or a *StreamError. When
// the loop ends, however it ends, All closes the decoder.
func (d *Decoder) All() iter.Seq2[*Event, error] {
	return func(yield func(*Event, error) bool) {
		defer d.Close()
		for {
			ev, err := d.Next()
			if err == io.EOF || !yield(ev, err) || d.err != nil {
				return // the end, the caller's stop, or a broken stream
			}
		}
	}
}

// Envelope describes the event Next last returned: its delivery format, position and envelopes.
func (d *Decoder) Envelope() Envelope { return d.env }

// Close stops the decoder's inflating goroutine, if any, and makes Next return io.EOF. It does not
// close the reader. It is optional after io.EOF or a *StreamError, and for callers that range over
// All.
func (d *Decoder) Close() error {
	if d.stop != nil {
		d.stop()
	}
	if d.err == nil {
		d.err = io.EOF
	}
	return nil
}

func (d *Decoder) fatal(off int64, err error) error {
	if errors.Is(err, errTruncated) {
		err = io.ErrUnexpectedEOF
	}
	// A read error, a truncation or the decompressed-size limit is met where the input stopped,
	// however far back the value being read began.
	var syn *SyntaxError
	if d.w != nil && !errors.As(err, &syn) {
		off = d.w.offset(len(d.w.buf))
	}
	d.err = &StreamError{Index: d.index, Offset: off, Err: err}
	if d.stop != nil {
		d.stop()
	}
	return d.err
}

// recordErr reports a record that could not be used and counts it.
func (d *Decoder) recordErr(off int64, err error) error {
	var le *lossless.SyntaxError
	if errors.As(err, &le) {
		err = &SyntaxError{Offset: off + le.Offset, Msg: le.Msg}
	}
	e := &RecordError{Index: d.index, Offset: off, Line: d.docLine(), Err: err}
	d.index++
	return e
}

// notCloudTrail reports a document or element that is something else, saying what.
func (d *Decoder) notCloudTrail(off int64, format string, args ...any) error {
	return d.recordErr(off, fmt.Errorf(format+": %w", append(args, d.notWanted())...))
}

// notWanted is the cause for something else than what the caller looks for: records, or for
// Objects notifications.
func (d *Decoder) notWanted() error {
	if d.o.objects {
		return ErrNotNotification
	}
	return ErrNotCloudTrail
}

// yield records the envelope of an event about to be returned.
func (d *Decoder) yield(ev *Event, env *Envelope, off int64) (*Event, error) {
	if !d.keepDecoded(ev, env, off) {
		return nil, nil
	}
	d.env = *env
	d.env.Index, d.env.Offset = d.index, off
	d.index++
	return ev, nil
}

// decodeRecord decodes one record from bytes it takes ownership of.
func decodeRecord(raw []byte) (*Event, error) { return decodeRecordFor(nil, raw) }

// decodeRecord decodes one record from bytes it takes ownership of, into the decoder's event when
// it reuses one.
func (d *Decoder) decodeRecord(raw []byte) (*Event, error) { return decodeRecordFor(d, raw) }

func decodeRecordFor(d *Decoder, raw []byte) (*Event, error) {
	s := lossless.NewScanner(raw)
	var ev *Event
	if d != nil {
		ev = d.newEvent(s)
	} else {
		ev = newEventBlock(s)
	}
	if err := eventCodec.Decode(ev, s); err != nil {
		return nil, err
	}
	if !s.AtEnd() {
		return nil, &lossless.SyntaxError{Offset: int64(s.Pos()), Msg: "data after the record"}
	}
	return ev, nil
}
