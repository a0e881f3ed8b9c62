package cloudtrail

import "unsafe"

// WithFilter makes the decoder read each record's Header first and decode only the records keep
// says yes to. A record keep refuses is passed over without being decoded: it is not returned and
// is no error, though it keeps its place in the count (Envelope.Index). What is not a record, or not
// valid JSON, is reported as without a filter. It works for every format, inside Lambda events and
// other envelopes too, and Header.Envelope says which envelope the record is in.
//
// keep may call Decoder.Raw for the record's bytes: a program that forwards records and returns
// false from keep never decodes one. h is reused for the next record, so copy *h to keep it; its
// strings may be kept, as an Event's may.
func WithFilter(keep func(h *Header) bool) Option { return func(o *options) { o.keep = keep } }

// WithReuseEvent makes Next return the same *Event each time, overwritten by each record, and with
// it the structs and slices the event holds (its UserIdentity, its Resources), so that decoding
// allocates at most once per event and often not at all. Like encoding/csv's ReuseRecord: the event
// Next returned is valid until the next call, so a caller that keeps one must keep a Clone. Its
// strings stay valid, as without the option.
func WithReuseEvent() Option { return func(o *options) { o.reuse = true } }

// Raw returns the bytes of the record Next last returned, exactly as they stood in the input. For a
// record carried inside a JSON string (a CloudWatch Logs message, a LookupEvents CloudTrailEvent,
// an SQS message body) they are the string's unescaped text; inside base64 (Kinesis, Firehose), the
// decoded data. Called from a WithFilter keep function, Raw gives the record being filtered. The
// bytes are valid until the next call to Next, as bufio.Scanner's Bytes are; Raw is nil before the
// first record.
func (d *Decoder) Raw() []byte { return d.root.raw }

// filtered asks the filter about the record at the start of data before it is decoded, under env.
// It returns the record's length, and whether to pass over it; plain is false when the header cannot
// tell (see scanHeader), or when whole asks for data to be the record alone and it is not; err is set
// when the record is not JSON. A record kept is not asked about again when it is yielded.
func (d *Decoder) filtered(data []byte, env *Envelope, off int64, whole bool) (n int, skip, plain bool, err error) {
	r := d.root
	d.sc.Reset(data)
	n, plain, err = scanHeader(&d.sc, &r.hdr)
	if (whole && !d.sc.AtEnd()) || n > d.o.maxRecord {
		plain = false // the decoder reports what follows, or the size
	}
	r.raw = data[:n:n]
	if err != nil || !plain {
		return n, false, plain, err
	}
	r.hdr.Envelope = d.headerEnv(env, off)
	if !(d == r && r.inMemory) {
		r.strs.keep(&r.hdr) // the window may overwrite them
	}
	if d.o.keep(&r.hdr) {
		d.asked = true
		return n, false, true, nil
	}
	d.skip()
	return n, true, true, nil
}

// keepDecoded asks the filter about a decoded event, unless it has been asked already.
func (d *Decoder) keepDecoded(ev *Event, env *Envelope, off int64) bool {
	if d.o.keep == nil || d.asked {
		d.asked = false
		return true
	}
	r := d.root
	r.hdr = headerOf(ev, d.headerEnv(env, off))
	if d.o.keep(&r.hdr) {
		return true
	}
	d.skip()
	return false
}

// headerEnv is the envelope an event this decoder yields now under env would have at the top.
func (d *Decoder) headerEnv(env *Envelope, off int64) Envelope {
	e := *env
	if d.depth > 0 {
		e, off = d.outer.wrap(e), d.outer.Offset
	}
	e.Index, e.Offset = d.root.index, off
	return e
}

// skip counts a record the filter passed over, as every decoder around it would count its event.
func (d *Decoder) skip() {
	for p := d; p != nil; p = p.parent {
		p.index++
	}
}

// stringArena holds copies of the strings of headers, so that a header's strings stay valid
// however long the filter keeps them while the input they were read from is overwritten. It fills
// a buffer and then moves on to a new one, never writing over what it handed out.
type stringArena struct{ buf []byte }

// keep points h's strings at copies in the arena.
func (a *stringArena) keep(h *Header) {
	n := len(h.EventVersion) + len(h.EventSource) + len(h.EventName) + len(h.AWSRegion) + len(h.SourceIPAddress) +
		len(h.RecipientAccountID) + len(h.ErrorCode) + len(h.EventType) + len(h.EventCategory) + len(h.EventID)
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]byte, 0, max(16<<10, n))
	}
	h.EventVersion = Version(a.copy(string(h.EventVersion)))
	h.EventSource = a.copy(h.EventSource)
	h.EventName = a.copy(h.EventName)
	h.AWSRegion = a.copy(h.AWSRegion)
	h.SourceIPAddress = a.copy(h.SourceIPAddress)
	h.RecipientAccountID = a.copy(h.RecipientAccountID)
	h.ErrorCode = a.copy(h.ErrorCode)
	h.EventType = EventType(a.copy(string(h.EventType)))
	h.EventCategory = EventCategory(a.copy(string(h.EventCategory)))
	h.EventID = a.copy(h.EventID)
}

func (a *stringArena) copy(s string) string {
	if s == "" {
		return ""
	}
	start := len(a.buf)
	a.buf = append(a.buf, s...)
	return unsafe.String(&a.buf[start], len(s))
}
