package cloudtrail

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"time"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// Decoder reads CloudTrail events one at a time from any delivery format: S3 log files, NDJSON, JSON
// arrays, EventBridge events, LookupEvents output and CloudWatch Logs subscription data, gzip or not.
// It holds one record at a time, never the whole input. Formats are detected from the bytes, for each
// top-level value; options force one.
//
// Errors say where they happened. A *RecordError (one record or document that could not be used,
// such as a digest file or a malformed record) leaves the stream readable: call Next again. A
// *StreamError (truncated or corrupt input) ends it. Neither is ever a panic.
//
// Memory: the events of an S3 log file are decoded in place, so their strings share the read
// buffer's chunk (256 KiB or more) instead of being copied. A program that keeps a few events out of
// many for a long time keeps those chunks too; copy what it keeps (encode and decode the event, or
// copy the strings) if that matters.
type Decoder struct {
	o     options
	src   io.Reader
	w     *window
	stop  func()
	stack []frame
	index int
	env   Envelope
	err   error // sticky: io.EOF or a *StreamError
	spans []span
	sc    lossless.Scanner // reused for records decoded in place
}

type frameKind uint8

const (
	frameArray     frameKind = iota // a top-level JSON array of documents
	frameRecords                    // the Records array of an S3 log file
	frameLookup                     // the Events array of LookupEvents output
	frameLogEvents                  // the logEvents array of CloudWatch Logs data
	frameTail                       // the members after a streamed array, to the end of its object
	frameNested                     // a decoder over an embedded payload (awslogs.data)
)

type frame struct {
	kind   frameKind
	n      int   // elements passed so far
	skip   bool  // pass over the rest (a foreign document, a control message)
	offset int64 // where the frame's document began
	cwl    *CloudWatchLogsEnvelope
	nested *Decoder
}

// span locates one member of an object being walked, relative to the object's first byte.
type span struct{ key, val [2]int }

// NewDecoder returns a decoder reading from r. Call Close when abandoning it before io.EOF.
func NewDecoder(r io.Reader, opts ...Option) *Decoder {
	d := &Decoder{src: r, o: options{maxRecord: DefaultMaxRecordSize}}
	for _, opt := range opts {
		opt(&d.o)
	}
	if d.o.maxRecord <= 0 {
		d.o.maxRecord = DefaultMaxRecordSize
	}
	return d
}

// Next returns the next event, io.EOF after the last, or an error (see Decoder).
func (d *Decoder) Next() (*Event, error) {
	if d.err != nil {
		return nil, d.err
	}
	if d.w == nil {
		in, stop, err := openInput(d.src, &d.o)
		if err != nil {
			return nil, d.fatal(0, err)
		}
		d.w, d.stop = newWindow(in, d.o.maxRecord), stop
	}
	for {
		ev, err, done := d.step()
		if done {
			return ev, err
		}
	}
}

// All yields every event and every error, ending after io.EOF (not yielded) or a *StreamError.
func (d *Decoder) All() iter.Seq2[*Event, error] {
	return func(yield func(*Event, error) bool) {
		for {
			ev, err := d.Next()
			if err == io.EOF || !yield(ev, err) || d.err != nil {
				return // the end, the caller's stop, or a broken stream
			}
		}
	}
}

// Envelope describes the event Next last returned: its delivery format, position and envelope.
func (d *Decoder) Envelope() Envelope { return d.env }

// Close stops the decoder's inflating goroutine, if any. It does not close the reader.
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
	d.err = &StreamError{Index: d.index, Offset: off, Err: err}
	if d.stop != nil {
		d.stop()
	}
	return d.err
}

func (d *Decoder) syntax(off int64, format string, args ...any) error {
	return d.fatal(off, &SyntaxError{Offset: off, Msg: fmt.Sprintf(format, args...)})
}

// recordErr reports a record that could not be used and counts it.
func (d *Decoder) recordErr(off int64, err error) error {
	var le *lossless.SyntaxError
	if errors.As(err, &le) {
		err = &SyntaxError{Offset: off + le.Offset, Msg: le.Msg}
	}
	e := &RecordError{Index: d.index, Offset: off, Err: err}
	d.index++
	return e
}

// yieldEvent records the envelope of an event about to be returned.
func (d *Decoder) yieldEvent(ev *Event, env Envelope) (*Event, error, bool) {
	env.Index = d.index
	d.index++
	d.env = env
	return ev, nil, true
}

// step advances by one element of the innermost frame. done is false when it returned nothing yet.
func (d *Decoder) step() (ev *Event, err error, done bool) {
	w := d.w
	if len(d.stack) == 0 {
		c, ok := w.peek()
		if !ok {
			if err := w.readErr(); err != nil {
				return nil, d.fatal(w.offset(w.pos), err), true
			}
			d.err = io.EOF
			return nil, io.EOF, true
		}
		return d.document(c, false)
	}
	f := &d.stack[len(d.stack)-1]
	if f.kind == frameNested {
		return d.nestedStep(f)
	}
	c, ok := w.peek()
	if !ok {
		return nil, d.fatal(w.offset(w.pos), orTruncated(w.readErr())), true
	}
	closer := byte(']')
	if f.kind == frameTail {
		closer = '}'
	}
	if c == closer {
		w.pos++
		d.stack = d.stack[:len(d.stack)-1]
		return nil, nil, false
	}
	if f.n > 0 || f.kind == frameTail {
		if c != ',' {
			return nil, d.syntax(w.offset(w.pos), "unexpected %q, want ',' or %q", c, closer), true
		}
		w.pos++
		if c, ok = w.peek(); !ok {
			return nil, d.fatal(w.offset(w.pos), orTruncated(w.readErr())), true
		}
	}
	f.n++
	off := w.offset(w.pos)
	switch {
	case f.kind == frameTail:
		return d.skipMember(c)
	case f.kind == frameArray:
		return d.document(c, true)
	case f.skip:
		if _, _, err := w.scan(false, 0); err != nil && err != errTooLarge {
			return nil, d.fatal(off, orTruncated(err)), true
		}
		return nil, nil, false
	}
	if f.kind == frameRecords && c == '{' {
		if ev, ok := d.inPlace(); ok {
			return d.recordsEvent(f, ev, off)
		}
	}
	start, end, err := w.scan(true, 0)
	if err == errTooLarge {
		return nil, d.recordErr(off, fmt.Errorf("record over %d bytes: %w", d.o.maxRecord, ErrTooLarge)), true
	}
	if err != nil {
		return nil, d.fatal(off, orTruncated(err)), true
	}
	raw := w.buf[start:end]
	switch f.kind {
	case frameRecords:
		return d.recordsElement(f, raw, off)
	case frameLookup:
		return d.lookupElement(bytes.Clone(raw), off)
	default:
		return d.logEventElement(f, bytes.Clone(raw), off)
	}
}

func orTruncated(err error) error {
	if err == nil {
		return errTruncated
	}
	return err
}

// skipMember passes over one member of an object after its streamed array.
func (d *Decoder) skipMember(c byte) (*Event, error, bool) {
	w := d.w
	off := w.offset(w.pos)
	if c != '"' {
		return nil, d.syntax(off, "want a member name"), true
	}
	if _, _, err := w.scan(false, 0); err != nil {
		return nil, d.fatal(off, orTruncated(err)), true
	}
	if c, ok := w.peek(); !ok || c != ':' {
		return nil, d.syntax(w.offset(w.pos), "want ':'"), true
	}
	w.pos++
	if _, ok := w.peek(); !ok {
		return nil, d.fatal(w.offset(w.pos), orTruncated(w.readErr())), true
	}
	if _, _, err := w.scan(false, 0); err != nil {
		return nil, d.fatal(off, orTruncated(err)), true
	}
	return nil, nil, false
}

// document handles one top-level value (or one element of a top-level array).
func (d *Decoder) document(c byte, inArray bool) (*Event, error, bool) {
	w := d.w
	off := w.offset(w.pos)
	switch {
	case c == '{':
		return d.object(off)
	case c == '[' && !inArray:
		w.pos++
		d.stack = append(d.stack, frame{kind: frameArray, offset: off})
		return nil, nil, false
	case c == '[' || c == '"' || c == '-' || c == 't' || c == 'f' || c == 'n' || ('0' <= c && c <= '9'):
		if _, _, err := w.scan(false, 0); err != nil && err != errTooLarge {
			return nil, d.fatal(off, orTruncated(err)), true
		}
		return nil, d.recordErr(off, fmt.Errorf("a JSON %s where a record or document belongs: %w", jsonKind(c), ErrNotCloudTrail)), true
	}
	return nil, d.syntax(off, "unexpected %q where a JSON value belongs", c), true
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

// Member names that tell documents apart.
const (
	hasDetail = 1 << iota
	hasDetailType
	hasSource
	hasAWSLogs
	hasCloudTrailEvent
	hasLogEvents
	hasDigest
	hasSNS
)

func keyFlag(key []byte) int {
	switch string(key) {
	case "detail":
		return hasDetail
	case "detail-type":
		return hasDetailType
	case "source":
		return hasSource
	case "awslogs":
		return hasAWSLogs
	case "CloudTrailEvent":
		return hasCloudTrailEvent
	case "logEvents":
		return hasLogEvents
	case "digestS3Object", "digestS3Bucket", "digestPublicKeyFingerprint", "digestSignatureAlgorithm", "previousDigestSignature":
		return hasDigest
	case "s3ObjectKey", "TopicArn":
		return hasSNS
	}
	return 0
}

// streamKind says whether an object's member is an array to stream element by element.
func (d *Decoder) streamKind(key []byte) (frameKind, bool) {
	switch f := d.o.format; string(key) {
	case "Records":
		return frameRecords, f == FormatAuto || f == FormatS3
	case "Events":
		return frameLookup, f == FormatAuto || f == FormatLookupEvents
	case "logEvents":
		return frameLogEvents, f == FormatAuto || f == FormatCloudWatchLogs
	}
	return 0, false
}

// object walks a top-level object member by member, keeping its bytes, until it either ends (then
// it is classified and decoded whole) or reaches an array to stream.
func (d *Decoder) object(off int64) (*Event, error, bool) {
	w := d.w
	w.pin = w.pos
	defer func() { w.pin = -1 }()
	w.pos++
	d.spans = d.spans[:0]
	flags := 0
	for first := true; ; first = false {
		c, ok := w.peek()
		if !ok {
			return nil, d.fatal(w.offset(w.pos), orTruncated(w.readErr())), true
		}
		if c == '}' && first {
			w.pos++
			break
		}
		if !first {
			if c == '}' {
				w.pos++
				break
			}
			if c != ',' {
				return nil, d.syntax(w.offset(w.pos), "unexpected %q in object, want ',' or '}'", c), true
			}
			w.pos++
			if c, ok = w.peek(); !ok {
				return nil, d.fatal(w.offset(w.pos), orTruncated(w.readErr())), true
			}
		}
		if c != '"' {
			return nil, d.syntax(w.offset(w.pos), "want a member name"), true
		}
		ks, ke, err := w.scan(true, 0)
		if err == nil {
			if c, ok = w.peek(); !ok || c != ':' {
				return nil, d.syntax(w.offset(w.pos), "want ':' after a member name"), true
			}
			w.pos++
			_, ok = w.peek()
		}
		if err != nil || !ok {
			return d.objectFailed(off, err)
		}
		key := w.buf[ks+1 : ke-1]
		flags |= keyFlag(key)
		if kind, stream := d.streamKind(key); stream && w.buf[w.pos] == '[' {
			return d.startStream(kind, off)
		}
		if flags&(hasDigest|hasSNS) != 0 && d.o.format == FormatAuto {
			return d.foreign(off, flags)
		}
		vs, ve, err := w.scan(true, 0)
		if err != nil {
			return d.objectFailed(off, err)
		}
		d.spans = append(d.spans, span{key: [2]int{ks - w.pin, ke - w.pin}, val: [2]int{vs - w.pin, ve - w.pin}})
	}
	raw := bytes.Clone(w.buf[w.pin:w.pos])
	return d.whole(raw, off, flags)
}

// objectFailed ends an object walk that hit the size limit (the object is skipped) or a broken stream.
func (d *Decoder) objectFailed(off int64, err error) (*Event, error, bool) {
	if err != errTooLarge {
		return nil, d.fatal(d.w.offset(d.w.pos), orTruncated(err)), true
	}
	if _, _, err := d.w.scan(false, 1); err != nil && err != errTooLarge {
		return nil, d.fatal(d.w.offset(d.w.pos), orTruncated(err)), true
	}
	return nil, d.recordErr(off, fmt.Errorf("document over %d bytes: %w", d.o.maxRecord, ErrTooLarge)), true
}

// foreign skips the rest of a document that is not log records and reports what it is.
func (d *Decoder) foreign(off int64, flags int) (*Event, error, bool) {
	d.w.pin = -1
	if _, _, err := d.w.scan(false, 1); err != nil && err != errTooLarge {
		return nil, d.fatal(d.w.offset(d.w.pos), orTruncated(err)), true
	}
	cause := ErrSNSNotification
	if flags&hasDigest != 0 {
		cause = ErrDigestFile
	}
	return nil, d.recordErr(off, cause), true
}

// member returns the bytes of an object member's name and value, relative to base.
func (sp span) member(base []byte) (key, val []byte) {
	return base[sp.key[0]+1 : sp.key[1]-1], base[sp.val[0]:sp.val[1]]
}

// startStream enters an array member; the members read before it describe the envelope.
func (d *Decoder) startStream(kind frameKind, off int64) (*Event, error, bool) {
	w := d.w
	fr := frame{kind: kind, offset: off}
	if kind == frameLogEvents {
		fr.cwl = &CloudWatchLogsEnvelope{}
		base := bytes.Clone(w.buf[w.pin:w.pos])
		for _, sp := range d.spans {
			key, val := sp.member(base)
			s := lossless.NewScanner(val)
			switch string(key) {
			case "owner":
				fr.cwl.Owner = readString(s)
			case "logGroup":
				fr.cwl.LogGroup = readString(s)
			case "logStream":
				fr.cwl.LogStream = readString(s)
			case "messageType":
				fr.cwl.MessageType = readString(s)
			case "subscriptionFilters":
				fr.cwl.SubscriptionFilters = readStrings(s)
			}
		}
		fr.skip = fr.cwl.MessageType == "CONTROL_MESSAGE"
	}
	w.pos++ // the '['
	d.stack = append(d.stack, frame{kind: frameTail, offset: off}, fr)
	return nil, nil, false
}

// whole decodes an object read in full: a record or an envelope around one.
func (d *Decoder) whole(raw []byte, off int64, flags int) (*Event, error, bool) {
	format := d.o.format
	if format == FormatAuto {
		switch {
		case flags&(hasDetailType|hasDetail) == hasDetailType|hasDetail || flags&(hasDetail|hasSource) == hasDetail|hasSource:
			format = FormatEventBridge
		case flags&hasAWSLogs != 0:
			format = FormatCloudWatchLogs
		case flags&hasCloudTrailEvent != 0:
			format = FormatLookupEvents
		case flags&hasLogEvents != 0:
			return nil, d.recordErr(off, fmt.Errorf("CloudWatch Logs data whose logEvents is not an array: %w", ErrNotCloudTrail)), true
		default:
			format = FormatRecord
		}
	}
	switch format {
	case FormatEventBridge:
		return d.eventBridge(raw, off)
	case FormatCloudWatchLogs:
		return d.awsLogs(raw, off)
	case FormatLookupEvents:
		return d.lookupElement(raw, off)
	case FormatS3:
		return nil, d.recordErr(off, fmt.Errorf("an object without a Records array: %w", ErrNotCloudTrail)), true
	}
	ev, err := decodeRecord(raw)
	if err != nil {
		return nil, d.recordErr(off, err), true
	}
	return d.yieldEvent(ev, Envelope{Format: FormatRecord, Offset: off})
}

// decodeRecord decodes one record from bytes it takes ownership of.
func decodeRecord(raw []byte) (*Event, error) {
	s := lossless.NewScanner(raw)
	ev := newEventBlock(s)
	if err := eventCodec.Decode(ev, s); err != nil {
		return nil, err
	}
	if !s.AtEnd() {
		return nil, &lossless.SyntaxError{Offset: int64(s.Pos()), Msg: "data after the record"}
	}
	return ev, nil
}

// inPlaceMargin is how much unread input inPlace wants in the window before it starts: records
// are rarely larger, so few attempts run off the end of the buffer and fall back.
const inPlaceMargin = 64 << 10

// inPlace decodes the record at pos straight from the window: one validating pass, no split pass
// and no copy. The event aliases the window's buffer, which is never written again. On anything
// unusual (malformed JSON, a record running past the buffered input or over the size limit) it
// gives up with pos unchanged, and the general path reports it exactly.
func (d *Decoder) inPlace() (*Event, bool) {
	w := d.w
	if len(w.buf)-w.pos < inPlaceMargin && w.err == nil {
		w.fill()
	}
	data := w.buf[w.pos:len(w.buf):len(w.buf)]
	d.sc.Reset(data)
	ev := newEventBlock(&d.sc)
	if err := eventCodec.Decode(ev, &d.sc); err != nil || d.sc.Pos() > d.o.maxRecord {
		return nil, false
	}
	w.pos += d.sc.Pos()
	w.shared = true
	return ev, true
}

func (d *Decoder) recordsElement(f *frame, raw []byte, off int64) (*Event, error, bool) {
	ev, err := decodeRecord(bytes.Clone(raw))
	if err != nil {
		return nil, d.recordErr(off, err), true
	}
	return d.recordsEvent(f, ev, off)
}

// recordsEvent yields an event of a Records array, unless it is an S3 event notification.
func (d *Decoder) recordsEvent(f *frame, ev *Event, off int64) (*Event, error, bool) {
	if ev.EventSource == "aws:s3" && ev.Extra["s3"] != nil {
		f.skip = true // the rest of the notification's records too
		return nil, d.recordErr(f.offset, ErrS3Notification), true
	}
	return d.yieldEvent(ev, Envelope{Format: FormatS3, Offset: off})
}

func (d *Decoder) eventBridge(raw []byte, off int64) (*Event, error, bool) {
	env := &EventBridgeEnvelope{}
	var detail []byte
	var detailAt int
	s := lossless.NewScanner(raw)
	err := s.Object(func(key string) error {
		switch key {
		case "version":
			env.Version = readString(s)
		case "id":
			env.ID = readString(s)
		case "detail-type":
			env.DetailType = readString(s)
		case "source":
			env.Source = readString(s)
		case "account":
			env.Account = readString(s)
		case "region":
			env.Region = readString(s)
		case "time":
			env.Time, env.TimeText = readTime(s, time.Second)
		case "resources":
			env.Resources = readStrings(s)
		case "detail":
			s.Peek()
			detailAt = s.Pos()
			v, err := s.Raw()
			detail = v
			return err
		default:
			return s.Skip()
		}
		return nil
	})
	if err != nil {
		return nil, d.recordErr(off, err), true
	}
	if !eventBridgeDetailTypes[env.DetailType] && d.o.format != FormatEventBridge {
		return nil, d.recordErr(off, fmt.Errorf("EventBridge detail-type %q: %w", env.DetailType, ErrNotCloudTrail)), true
	}
	ev, err := decodeRecord(detail)
	if err != nil {
		return nil, d.recordErr(off+int64(detailAt), err), true
	}
	return d.yieldEvent(ev, Envelope{Format: FormatEventBridge, Offset: off, EventBridge: env})
}

// lookupElement decodes one LookupEvents Event, whose CloudTrailEvent is the record as a string.
func (d *Decoder) lookupElement(raw []byte, off int64) (*Event, error, bool) {
	env := &LookupEventEnvelope{}
	var record string
	found := false
	s := lossless.NewScanner(raw)
	err := s.Object(func(key string) error {
		switch key {
		case "EventId":
			env.EventID = readString(s)
		case "EventName":
			env.EventName = readString(s)
		case "EventSource":
			env.EventSource = readString(s)
		case "Username":
			env.Username = readString(s)
		case "AccessKeyId":
			env.AccessKeyID = readString(s)
		case "ReadOnly":
			env.ReadOnly = readString(s)
		case "EventTime":
			env.EventTime, _ = readTime(s, time.Second)
		case "CloudTrailEvent":
			found = s.Peek() == '"'
			record = readString(s)
		default:
			return s.Skip()
		}
		return nil
	})
	ev, err := d.embeddedRecord(off, err, found, record, "LookupEvents CloudTrailEvent")
	if err != nil {
		return nil, err, true
	}
	return d.yieldEvent(ev, Envelope{Format: FormatLookupEvents, Offset: off, LookupEvent: env})
}

// logEventElement decodes one CloudWatch Logs log event, whose message is the record.
func (d *Decoder) logEventElement(f *frame, raw []byte, off int64) (*Event, error, bool) {
	env := *f.cwl
	var message string
	found := false
	s := lossless.NewScanner(raw)
	err := s.Object(func(key string) error {
		switch key {
		case "id":
			env.ID = readString(s)
		case "timestamp":
			env.Timestamp, _ = readTime(s, time.Millisecond)
		case "message":
			found = s.Peek() == '"'
			message = readString(s)
		default:
			return s.Skip()
		}
		return nil
	})
	ev, err := d.embeddedRecord(off, err, found, message, "CloudWatch Logs message")
	if err != nil {
		return nil, err, true
	}
	return d.yieldEvent(ev, Envelope{Format: FormatCloudWatchLogs, Offset: off, CloudWatchLogs: &env})
}

// embeddedRecord decodes a record that an envelope element holds as a JSON string (LookupEvents'
// CloudTrailEvent, a log event's message). scanErr is the error of reading the element, found whether
// the string was there; what names it in errors.
func (d *Decoder) embeddedRecord(off int64, scanErr error, found bool, record, what string) (*Event, error) {
	if scanErr == nil && !found {
		scanErr = fmt.Errorf("no %s string: %w", what, ErrNotCloudTrail)
	}
	if scanErr != nil {
		return nil, d.recordErr(off, scanErr)
	}
	ev, err := decodeRecord([]byte(record))
	if err != nil {
		return nil, d.recordErr(off, fmt.Errorf("%s: %w", what, err))
	}
	return ev, nil
}

// awsLogs opens the Lambda event of a CloudWatch Logs subscription: awslogs.data is base64 of gzip of
// the subscription data, read by a nested decoder.
func (d *Decoder) awsLogs(raw []byte, off int64) (*Event, error, bool) {
	var data string
	found := false
	s := lossless.NewScanner(raw)
	err := s.Object(func(key string) error {
		if key != "awslogs" || s.Peek() != '{' {
			return s.Skip()
		}
		return s.Object(func(key string) error {
			if key != "data" {
				return s.Skip()
			}
			found = s.Peek() == '"'
			data = readString(s)
			return nil
		})
	})
	if err == nil && !found {
		err = fmt.Errorf("awslogs without a data string: %w", ErrNotCloudTrail)
	}
	if err != nil {
		return nil, d.recordErr(off, err), true
	}
	o := d.o
	o.format, o.compression, o.syncInflate = FormatCloudWatchLogs, CompressionGzip, true
	nested := &Decoder{src: base64.NewDecoder(base64.StdEncoding, strings.NewReader(data)), o: o}
	d.stack = append(d.stack, frame{kind: frameNested, offset: off, nested: nested})
	return nil, nil, false
}

// nestedStep takes the next event of an embedded payload. A broken payload is one bad record of the
// outer stream, which goes on.
func (d *Decoder) nestedStep(f *frame) (*Event, error, bool) {
	ev, err := f.nested.Next()
	if err == io.EOF {
		d.stack = d.stack[:len(d.stack)-1]
		return nil, nil, false
	}
	if err != nil {
		var se *StreamError
		if errors.As(err, &se) {
			d.stack = d.stack[:len(d.stack)-1]
		}
		return nil, d.recordErr(f.offset, fmt.Errorf("awslogs data: %w", err)), true
	}
	env := f.nested.Envelope()
	env.Offset = f.offset
	return d.yieldEvent(ev, env)
}
