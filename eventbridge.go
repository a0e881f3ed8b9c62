package cloudtrail

import (
	"encoding/json"
	"time"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// EventBridgeEnvelope is the EventBridge event around a record (its detail).
type EventBridgeEnvelope struct {
	// Version is the envelope version, "0".
	Version string
	// ID is the EventBridge event ID.
	ID string
	// DetailType is the detail-type, such as "AWS API Call via CloudTrail".
	DetailType string
	// Source is "aws." and the service, such as "aws.s3".
	Source string
	// Account is the account the event was delivered in.
	Account string
	// Region is the region the event was delivered in.
	Region string
	// Time is the envelope's time; TimeText keeps the text it came as.
	Time     time.Time
	TimeText string
	// Resources is the envelope's resources list ([] for CloudTrail events).
	Resources []string
}

// eventBridgeDetailTypes are the detail-type values of events that carry a CloudTrail record.
var eventBridgeDetailTypes = map[string]bool{
	"AWS API Call via CloudTrail":               true,
	"AWS Console Sign In via CloudTrail":        true, // what real events carry
	"AWS Console Signin via CloudTrail":         true, // what the EventBridge documentation writes
	"AWS Console Action via CloudTrail":         true,
	"AWS Service Event via CloudTrail":          true,
	"AWS Insight via CloudTrail":                true,
	"AWS Network Activity Event via CloudTrail": true,
}

// CloudTrailDetailType reports whether an EventBridge detail-type is one of those CloudTrail sends,
// whose detail is a CloudTrail record ("AWS API Call via CloudTrail" and the like).
func CloudTrailDetailType(detailType string) bool { return eventBridgeDetailTypes[detailType] }

// eventBridgeEvent is an EventBridge event as read: its detail is decoded as a record straight
// away, in the same pass, so that errors inside it have their offsets in the stream.
type eventBridgeEvent struct {
	env    EventBridgeEnvelope
	detail *Event
	layout lossless.Layout
	extra  map[string]json.RawMessage
}

var eventBridgeCodec = lossless.NewCodec(
	func(e *eventBridgeEvent) *lossless.Layout { return &e.layout },
	func(e *eventBridgeEvent) *map[string]json.RawMessage { return &e.extra },
	lossless.String("version", func(e *eventBridgeEvent) *string { return &e.env.Version }),
	lossless.String("id", func(e *eventBridgeEvent) *string { return &e.env.ID }),
	lossless.String("detail-type", func(e *eventBridgeEvent) *string { return &e.env.DetailType }),
	lossless.String("source", func(e *eventBridgeEvent) *string { return &e.env.Source }),
	lossless.String("account", func(e *eventBridgeEvent) *string { return &e.env.Account }),
	lossless.String("region", func(e *eventBridgeEvent) *string { return &e.env.Region }),
	lossless.String("time", func(e *eventBridgeEvent) *string { return &e.env.TimeText }),
	lossless.Strings("resources", func(e *eventBridgeEvent) *[]string { return &e.env.Resources }),
	lossless.ObjectAlloc("detail", func(e *eventBridgeEvent) **Event { return &e.detail }, eventCodec,
		eventFromArena),
)

// eventBridge reads an EventBridge event: a CloudTrail record in its detail, or an S3 "Object
// Created" event naming an object.
func (d *Decoder) eventBridge(raw []byte, off int64) (*Event, error) {
	var e eventBridgeEvent
	s := lossless.NewScanner(raw)
	if d.o.reuse {
		d.newEvent(s) // arms s with the reused block, which eventFromArena hands to the detail
	}
	if err := eventBridgeCodec.Decode(&e, s); err != nil {
		return nil, d.recordErr(off, err)
	}
	if !s.AtEnd() {
		return nil, d.recordErr(off, &lossless.SyntaxError{Offset: int64(s.Pos()), Msg: "data after the top-level value"})
	}
	e.env.Time, _ = lossless.ParseTime(e.env.TimeText)
	env := Envelope{Format: FormatEventBridge, EventBridge: &e.env}
	if e.env.Source == "aws.s3" && e.env.DetailType == "Object Created" && d.o.format == FormatAuto {
		return nil, d.recordErr(off, eventBridgeObject(&e, env))
	}
	if !eventBridgeDetailTypes[e.env.DetailType] && d.o.format != FormatEventBridge {
		return nil, d.notCloudTrail(off, "EventBridge detail-type %q", e.env.DetailType)
	}
	if e.detail == nil {
		return nil, d.notCloudTrail(off, "EventBridge event without a detail object")
	}
	if kind, what := classifyRecord(e.detail, true); kind != kindRecord && d.o.format == FormatAuto {
		return nil, d.notCloudTrail(off, "EventBridge detail holding %s", what)
	}
	d.root.raw = memberRaw(raw, "detail")
	return d.yield(e.detail, &env, off)
}

// memberRaw is the bytes of an object's member, nil when it has none. The object is valid JSON.
func memberRaw(obj []byte, name string) []byte {
	s := lossless.NewScanner(obj)
	var raw []byte
	_ = s.Object(func(key string) (err error) {
		if key == name && raw == nil {
			raw, err = s.Raw()
			return err
		}
		return s.Skip()
	})
	return raw
}
