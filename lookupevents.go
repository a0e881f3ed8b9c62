package cloudtrail

import (
	"fmt"
	"time"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// LookupEventEnvelope is the LookupEvents Event around a record (CloudTrailEvent).
type LookupEventEnvelope struct {
	// EventID is the event's ID, the record's eventID.
	EventID string
	// EventName is the API action.
	EventName string
	// EventSource is the service endpoint.
	EventSource string
	// Username is the user or role session name.
	Username string
	// AccessKeyID is the access key used.
	AccessKeyID string
	// ReadOnly is the string "true" or "false", as the API writes it.
	ReadOnly string
	// EventTime is read from epoch seconds (the API's wire form) or from text (the CLI's).
	EventTime time.Time
}

// lookupEventElement is one Event of LookupEvents output; CloudTrailEvent is the record as a string.
type lookupEventElement struct {
	env         LookupEventEnvelope
	record      string
	foundRecord bool
}

var lookupEventCodec = lossless.NewCodec[lookupEventElement](nil, nil,
	lossless.String("EventId", func(e *lookupEventElement) *string { return &e.env.EventID }),
	lossless.String("EventName", func(e *lookupEventElement) *string { return &e.env.EventName }),
	lossless.String("EventSource", func(e *lookupEventElement) *string { return &e.env.EventSource }),
	lossless.String("Username", func(e *lookupEventElement) *string { return &e.env.Username }),
	lossless.String("AccessKeyId", func(e *lookupEventElement) *string { return &e.env.AccessKeyID }),
	lossless.String("ReadOnly", func(e *lookupEventElement) *string { return &e.env.ReadOnly }),
	lossless.EpochTime("EventTime", func(e *lookupEventElement) *time.Time { return &e.env.EventTime }, time.Second),
	lossless.Text("CloudTrailEvent", func(e *lookupEventElement) *string { return &e.record },
		func(e *lookupEventElement) *bool { return &e.foundRecord }),
)

// lookupEvent decodes one LookupEvents Event.
func (d *Decoder) lookupEvent(raw []byte, off int64, env Envelope) (*Event, error) {
	var e lookupEventElement
	if err := lookupEventCodec.Unmarshal(&e, raw); err != nil {
		return nil, d.recordErr(off, err)
	}
	env.LookupEvent = &e.env
	ev, err := d.embeddedRecord(off, e.foundRecord, e.record, "LookupEvents CloudTrailEvent", &env)
	if ev == nil {
		return nil, err
	}
	return d.yield(ev, &env, off)
}

// embeddedRecord decodes a record that an envelope element holds as a JSON string (LookupEvents'
// CloudTrailEvent, a log event's message), to be yielded under env; what names it in errors. It
// returns neither an event nor an error for a record the filter passes over.
func (d *Decoder) embeddedRecord(off int64, found bool, record, what string, env *Envelope) (*Event, error) {
	if !found {
		return nil, d.notCloudTrail(off, "no %s string", what)
	}
	raw := lossless.ReadOnlyBytes(record)
	if d.o.keep != nil {
		if _, skip, _, err := d.filtered(raw, env, off, true); skip && err == nil {
			return nil, nil
		}
	}
	d.root.raw = raw
	ev, err := d.decodeRecord(raw)
	if err != nil {
		return nil, d.recordErr(off, fmt.Errorf("%s: %w", what, err))
	}
	if kind, desc := classifyRecord(ev, true); kind != kindRecord {
		return nil, d.notCloudTrail(off, "%s holding %s", what, desc)
	}
	return ev, nil
}
