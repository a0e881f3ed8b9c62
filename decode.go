package cloudtrail

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// frameKind says what container the decoder is inside.
type frameKind uint8

const (
	frameArray     frameKind = iota // a top-level JSON array of documents
	frameRecords                    // a Records array: log records, or the records of a Lambda event
	frameLookup                     // the Events array of LookupEvents output
	frameLogEvents                  // the logEvents array of CloudWatch Logs data
	frameFirehose                   // the records array of a Firehose transformation event
	frameTail                       // the members after a streamed array, to the end of its object
	frameNested                     // a payload embedded in an element, read by a decoder of its own
)

type frame struct {
	kind   frameKind
	n      int   // elements passed so far
	seen   bool  // frameRecords: a CloudTrail record was met, so later odd elements are records too
	skip   bool  // pass over the rest (a CloudWatch Logs control message)
	offset int64 // where the frame's document, or the element holding the nested payload, began
	// env holds the envelope layers this frame adds to the events it yields: the CloudWatch Logs
	// or Firehose header, the SQS message, the SNS message, the Kinesis record.
	env    Envelope
	nested *Decoder
	what   string // names the nested payload in errors, such as `SQS message "m-1"`
}

// span locates one member of an object being walked, relative to the object's first byte.
type span struct{ key, val [2]int }

// step takes one step through the input: it returns an event, an error, or neither when the step
// only moved through framing (the caller steps again).
//
// The stack holds the containers the decoder is inside, outermost first; it is empty between
// top-level documents. A top-level object is walked member by member (object) until either it ends,
// and is then decoded whole as a record or an envelope around one, or a member turns out to be an
// array worth streaming (Records, Events, logEvents, a Firehose records): then a frameTail for the
// rest of the object goes on the stack, and above it the array's frame, whose elements each step
// decodes one at a time. At the array's ']' its frame is popped; the tail then passes over any
// members left and is popped at the object's '}'. An element that holds a payload of its own (an
// SQS body, Kinesis data, awslogs data) pushes a frameNested, whose decoder yields the payload's
// events until it is exhausted. A top-level array pushes a frameArray whose elements are documents.
func (d *Decoder) step() (*Event, error) {
	w := d.w
	d.asked = false
	if len(d.stack) == 0 {
		c, ok := w.peek()
		if !ok {
			if err := w.readErr(); err != nil {
				return nil, d.fatal(w.offset(w.pos), err)
			}
			d.err = io.EOF
			return nil, io.EOF
		}
		return d.topDocument(c)
	}
	f := &d.stack[len(d.stack)-1]
	if f.kind == frameNested {
		return d.nestedStep(f)
	}
	closer := byte(']')
	if f.kind == frameTail {
		closer = '}'
	}
	c, done, err := w.nextElement(closer, f.n == 0 && f.kind != frameTail)
	if err != nil {
		return nil, d.fatal(w.offset(w.pos), err)
	}
	if done {
		d.pop()
		return nil, nil
	}
	f.n++
	off := w.offset(w.pos)
	switch {
	case f.kind == frameTail:
		return nil, d.skipMember()
	case f.kind == frameArray:
		return d.document(c, true)
	case f.skip:
		return nil, d.skipValue(off)
	case f.kind == frameRecords:
		return d.recordsElement(f, c, off)
	}
	raw, err := d.element(off)
	if raw == nil {
		return nil, err
	}
	switch f.kind {
	case frameLookup:
		return d.lookupEvent(raw, off, f.env)
	case frameLogEvents:
		return d.logEvent(f.env, raw, off)
	default:
		return d.firehoseRecord(f.env, raw, off)
	}
}

func (d *Decoder) push(f frame) { d.stack = append(d.stack, f) }

// pop leaves the innermost container; a nested payload's decoder hands its buffers back.
func (d *Decoder) pop() {
	f := &d.stack[len(d.stack)-1]
	if f.nested != nil {
		d.root.recycle(f.nested)
	}
	*f = frame{}
	d.stack = d.stack[:len(d.stack)-1]
}

// element returns a copy of the element at pos, or nil and the error that reports it.
func (d *Decoder) element(off int64) ([]byte, error) {
	start, end, err := d.w.scan(true, 0)
	switch {
	case err == errTooLarge:
		return nil, d.recordErr(off, fmt.Errorf("record over %d bytes: %w", d.o.maxRecord, ErrTooLarge))
	case err != nil:
		return nil, d.fatal(off, orTruncated(err))
	}
	return d.w.own(start, end), nil
}

// skipValue passes over the value at pos, keeping none of it.
func (d *Decoder) skipValue(off int64) error {
	if _, _, err := d.w.scan(false, 0); err != nil && err != errTooLarge {
		return d.fatal(off, orTruncated(err))
	}
	return nil
}

// skipMember passes over one member of an object after its streamed array.
func (d *Decoder) skipMember() error {
	w := d.w
	off := w.offset(w.pos)
	if c, _ := w.peek(); c != '"' {
		return d.fatal(off, w.syntaxf("want a member name"))
	}
	if err := d.skipValue(off); err != nil {
		return err
	}
	if c, ok := w.peek(); !ok {
		return d.fatal(w.offset(w.pos), w.stopped())
	} else if c != ':' {
		return d.fatal(w.offset(w.pos), w.syntaxf("want ':' after a member name"))
	}
	w.pos++
	if _, ok := w.peek(); !ok {
		return d.fatal(w.offset(w.pos), w.stopped())
	}
	return d.skipValue(off)
}

// topDocument starts a document at the top of the stream: it skips a UTF-8 byte-order mark, refuses
// UTF-16, and notes the line.
func (d *Decoder) topDocument(c byte) (*Event, error) {
	w := d.w
	if c == utf8BOM[0] && w.skipBOM() {
		return nil, nil
	}
	if what := w.utf16(); what != "" {
		return nil, d.fatal(w.offset(w.pos), w.syntaxf("%s", what))
	}
	d.line = w.lineAt(w.pos)
	return d.document(c, false)
}

// document handles one top-level value (or one element of a top-level array).
func (d *Decoder) document(c byte, inArray bool) (*Event, error) {
	w := d.w
	off := w.offset(w.pos)
	switch {
	case c == '{':
		return d.object(off)
	case c == '[' && !inArray:
		w.pos++
		w.countLines = false // its documents are elements, not lines
		d.push(frame{kind: frameArray, offset: off})
		return nil, nil
	case c == '[' || c == '"' || c == '-' || c == 't' || c == 'f' || c == 'n' || ('0' <= c && c <= '9'):
		if err := d.skipValue(off); err != nil {
			return nil, err
		}
		return nil, d.notCloudTrail(off, "a JSON %s where a record or document belongs", jsonKind(c))
	}
	what := fmt.Sprintf("%q", c)
	if c == utf8BOM[0] && w.has(3) && bytes.HasPrefix(w.buf[w.pos:], utf8BOM) {
		what = "a UTF-8 byte-order mark"
	}
	err := w.syntaxf("unexpected %s where a JSON value belongs", what)
	// A line of text after documents is one bad line; text from the start is no JSON at all.
	if !inArray && d.index > 0 {
		w.pin = w.pos
		cause := d.resync(err)
		w.pin = -1
		if cause != nil {
			return nil, d.recordErr(off, cause)
		}
	}
	return nil, d.fatal(off, err)
}

func jsonKind(c byte) string {
	switch c {
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

// object walks a top-level object member by member, keeping its bytes, until it either ends (then
// it is classified and decoded whole) or reaches an array to stream.
func (d *Decoder) object(off int64) (*Event, error) {
	w := d.w
	w.pin = w.pos
	defer func() { w.pin = -1 }()
	w.pos++
	d.spans = d.spans[:0]
	var flags docFlags
	for first := true; ; first = false {
		_, done, err := w.nextElement('}', first)
		if err != nil {
			return d.objectFailed(off, err)
		}
		if done {
			break
		}
		ks, ke, err := w.memberName()
		if err != nil {
			return d.objectFailed(off, err)
		}
		key := w.buf[w.pin+ks+1 : w.pin+ke-1]
		flags |= keyFlag(key)
		if kind, stream := d.streamKind(key, flags); stream && w.buf[w.pos] == '[' {
			return nil, d.startStream(kind, off)
		}
		if flags&hasDigest != 0 && d.o.format == FormatAuto {
			return nil, d.skipDocument(off, ErrDigestFile)
		}
		vs, ve, err := w.scan(true, 0)
		if err != nil {
			return d.objectFailed(off, err)
		}
		d.spans = append(d.spans, span{key: [2]int{ks, ke}, val: [2]int{vs - w.pin, ve - w.pin}})
	}
	return d.whole(w.own(w.pin, w.pos), off, flags)
}

// objectFailed ends an object walk that hit the size limit (the object is skipped), broken JSON on
// a line of its own (the line is skipped), or a broken stream.
func (d *Decoder) objectFailed(off int64, err error) (*Event, error) {
	if err != errTooLarge {
		if cause := d.resync(err); cause != nil {
			return nil, d.recordErr(off, cause)
		}
		return nil, d.fatal(d.w.offset(d.w.pos), orTruncated(err))
	}
	d.w.pin = -1
	if _, _, err := d.w.scan(false, 1); err != nil && err != errTooLarge {
		return nil, d.fatal(d.w.offset(d.w.pos), orTruncated(err))
	}
	return nil, d.recordErr(off, fmt.Errorf("document over %d bytes: %w", d.o.maxRecord, ErrTooLarge))
}

// skipDocument passes over the rest of a document that holds no records and reports what it is.
func (d *Decoder) skipDocument(off int64, cause error) error {
	d.w.pin = -1
	if _, _, err := d.w.scan(false, 1); err != nil && err != errTooLarge {
		return d.fatal(d.w.offset(d.w.pos), orTruncated(err))
	}
	return d.recordErr(off, cause)
}

// startStream enters an array member; the members read before it are the envelope's header.
func (d *Decoder) startStream(kind frameKind, off int64) error {
	w := d.w
	fr := frame{kind: kind, offset: off}
	header := bytes.Clone(w.buf[w.pin:w.pos]) // what it decodes outlives the window's bytes
	switch kind {
	case frameRecords:
		fr.env.Format = FormatS3
	case frameLookup:
		fr.env.Format = FormatLookupEvents
	case frameLogEvents:
		fr.env = cloudWatchLogsHeader(header, d.spans)
		fr.skip = fr.env.CloudWatchLogs.MessageType == "CONTROL_MESSAGE"
	case frameFirehose:
		fr.env = firehoseHeader(header, d.spans)
	}
	// Its records are elements, not lines.
	w.countLines = false
	w.pos++ // the '['
	d.push(frame{kind: frameTail, offset: off})
	d.push(fr)
	return nil
}

// recordsElement reads one element of a Records array: a log record, decoded in place when it can
// be, or a Lambda event's record (an SQS message, an SNS message, a Kinesis record, an S3 event
// notification), whose payload is read next.
func (d *Decoder) recordsElement(f *frame, c byte, off int64) (*Event, error) {
	if c == '{' && (d.o.format == FormatAuto || d.o.format == FormatS3) {
		if d.o.keep != nil && d.passInPlace(f, off) {
			return nil, nil
		}
		if ev, raw, ok := d.inPlace(); ok {
			return d.recordsMember(f, ev, raw, off)
		}
	}
	raw, err := d.element(off)
	if raw == nil {
		return nil, err
	}
	ev, err := d.decodeRecord(raw)
	if err != nil {
		return nil, d.recordErr(off, err)
	}
	return d.recordsMember(f, ev, raw, off)
}

// passInPlace asks the filter about the log record at pos, reading its header straight from the
// window, and passes over the record if the filter refuses it. A record it cannot judge (see
// scanHeader) or that is not JSON is left for the general path, with pos unchanged.
func (d *Decoder) passInPlace(f *frame, off int64) bool {
	w := d.w
	if len(w.buf)-w.pos < inPlaceMargin && w.err == nil {
		w.fill()
	}
	n, skip, plain, err := d.filtered(w.buf[w.pos:len(w.buf):len(w.buf)], &f.env, off, false)
	if err != nil || !plain {
		return false
	}
	f.seen = true // as recordsMember would have it
	if skip {
		w.pos += n
	}
	return skip
}

// recordsMember yields a Records element that is a CloudTrail record, and hands any other to the
// reader of its kind.
func (d *Decoder) recordsMember(f *frame, ev *Event, raw []byte, off int64) (*Event, error) {
	d.root.raw = raw
	if f.seen && len(ev.Extra) == 0 && !strings.HasPrefix(ev.EventSource, "aws:") &&
		(d.o.format == FormatAuto || d.o.format == FormatS3) {
		return d.yield(ev, &f.env, off) // the usual log record: nothing to tell it from
	}
	kind, what := classifyRecord(ev, !f.seen)
	if kind == kindRecord && (d.o.format == FormatAuto || d.o.format == FormatS3) {
		f.seen = true
		return d.yield(ev, &f.env, off)
	}
	return nil, d.lambdaRecord(kind, what, raw, off)
}

// inPlaceMargin is how much unread input inPlace wants in the window before it starts: records
// are rarely larger, so few attempts run off the end of the buffer and fall back. No more than
// that: each refill copies these unread bytes into the next chunk (64 KiB made the chunks 1.4x
// the input and copied a quarter of it again).
const inPlaceMargin = 16 << 10

// inPlace decodes the record at pos straight from the window: one validating pass, no split pass
// and no copy. The event aliases the window's buffer, which is never written again; raw is the
// record's bytes there. On anything unusual (malformed JSON, a record running past the buffered
// input or over the size limit) it gives up with pos unchanged, and the general path reports it
// exactly.
func (d *Decoder) inPlace() (ev *Event, raw []byte, ok bool) {
	w := d.w
	if len(w.buf)-w.pos < inPlaceMargin && w.err == nil {
		w.fill()
	}
	data := w.buf[w.pos:len(w.buf):len(w.buf)]
	d.sc.Reset(data)
	ev = d.newEvent(&d.sc)
	if err := eventCodec.Decode(ev, &d.sc); err != nil || d.sc.Pos() > d.o.maxRecord {
		return nil, nil, false
	}
	n := d.sc.Pos()
	w.pos += n
	w.shared = true
	return ev, data[:n:n], true
}
