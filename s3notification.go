package cloudtrail

import (
	"encoding/json"
	"fmt"
	"net/url"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// This file reads the documents that name S3 objects instead of carrying records: S3 event
// notifications, EventBridge "Object Created" events, CloudTrail's SNS notification and S3's test
// message. Each becomes a *NotificationError listing the objects.

// s3Object is an object as the notifications describe it; size is -1 until one is read.
type s3Object struct {
	key, versionID, eTag string
	size                 int64
	layout               lossless.Layout // for the size's presence
	extra                map[string]json.RawMessage
}

func (o *s3Object) layoutOf() *lossless.Layout           { return &o.layout }
func (o *s3Object) extraOf() *map[string]json.RawMessage { return &o.extra }

// S3 event notifications write eTag and versionId ...
var s3ObjectCodec = lossless.NewCodec((*s3Object).layoutOf, (*s3Object).extraOf,
	lossless.String("key", func(o *s3Object) *string { return &o.key }),
	lossless.Int("size", func(o *s3Object) *int64 { return &o.size }),
	lossless.String("versionId", func(o *s3Object) *string { return &o.versionID }),
	lossless.String("eTag", func(o *s3Object) *string { return &o.eTag }),
)

// ... and EventBridge etag and version-id.
var eventBridgeObjectCodec = lossless.NewCodec((*s3Object).layoutOf, (*s3Object).extraOf,
	lossless.String("key", func(o *s3Object) *string { return &o.key }),
	lossless.Int("size", func(o *s3Object) *int64 { return &o.size }),
	lossless.String("version-id", func(o *s3Object) *string { return &o.versionID }),
	lossless.String("etag", func(o *s3Object) *string { return &o.eTag }),
)

var (
	s3SizeMask          = s3ObjectCodec.Mask("size")
	eventBridgeSizeMask = eventBridgeObjectCodec.Mask("size")
)

type s3Bucket struct{ name string }

var s3BucketCodec = lossless.NewCodec[s3Bucket](nil, nil,
	lossless.String("name", func(b *s3Bucket) *string { return &b.name }),
)

// object makes an Object; encoded says the key is URL-encoded.
func (o *s3Object) object(bucket *s3Bucket, encoded bool, sizeMask uint64) (Object, error) {
	if bucket == nil || bucket.name == "" || o.key == "" {
		return Object{}, fmt.Errorf("a notification without a bucket name and an object key: %w", ErrNotCloudTrail)
	}
	key := o.key
	if encoded {
		var err error
		if key, err = url.QueryUnescape(o.key); err != nil {
			return Object{}, fmt.Errorf("object key %q is not URL-encoded: %w", o.key, ErrNotCloudTrail)
		}
	}
	size := int64(-1)
	if lossless.ShapeOf(&o.layout).Any(sizeMask) {
		size = o.size
	}
	return Object{Bucket: bucket.name, Key: key, Size: size, VersionID: o.versionID, ETag: o.eTag, FileType: FileTypeOf(key)}, nil
}

// s3NotificationRecord is one record of an S3 event notification.
type s3NotificationRecord struct {
	eventName, awsRegion, eventTime string
	s3                              *s3Entity
}

type s3Entity struct {
	bucket *s3Bucket
	object *s3Object
}

var s3EntityCodec = lossless.NewCodec[s3Entity](nil, nil,
	lossless.Object("bucket", func(e *s3Entity) **s3Bucket { return &e.bucket }, s3BucketCodec),
	lossless.Object("object", func(e *s3Entity) **s3Object { return &e.object }, s3ObjectCodec),
)

var s3NotificationCodec = lossless.NewCodec[s3NotificationRecord](nil, nil,
	lossless.String("eventName", func(r *s3NotificationRecord) *string { return &r.eventName }),
	lossless.String("awsRegion", func(r *s3NotificationRecord) *string { return &r.awsRegion }),
	lossless.String("eventTime", func(r *s3NotificationRecord) *string { return &r.eventTime }),
	lossless.Object("s3", func(r *s3NotificationRecord) **s3Entity { return &r.s3 }, s3EntityCodec),
)

// s3Notification reads one record of an S3 event notification.
func (d *Decoder) s3Notification(raw []byte, off int64) error {
	var r s3NotificationRecord
	if err := s3NotificationCodec.Unmarshal(&r, raw); err != nil {
		return d.recordErr(off, err)
	}
	if r.s3 == nil || r.s3.object == nil {
		return d.notCloudTrail(off, "an S3 event notification without an object")
	}
	o, err := r.s3.object.object(r.s3.bucket, true, s3SizeMask)
	if err != nil {
		return d.recordErr(off, err)
	}
	o.Region, o.Event = r.awsRegion, r.eventName
	o.Time, _ = lossless.ParseTime(r.eventTime)
	o.Envelope = Envelope{Format: FormatS3Notification}
	return d.recordErr(off, &NotificationError{Objects: []Object{o}, cause: ErrS3Notification})
}

// eventBridgeObject reads the object of an EventBridge "Object Created" event, whose detail was
// decoded as a record: its members are in Extra. EventBridge does not URL-encode keys.
func eventBridgeObject(e *eventBridgeEvent, env Envelope) error {
	if e.detail == nil {
		return fmt.Errorf("an EventBridge S3 event without a detail: %w", ErrNotCloudTrail)
	}
	var b s3Bucket
	var o s3Object
	if err := s3BucketCodec.Unmarshal(&b, e.detail.Extra["bucket"]); err != nil {
		return err
	}
	if err := eventBridgeObjectCodec.Unmarshal(&o, e.detail.Extra["object"]); err != nil {
		return err
	}
	obj, err := o.object(&b, false, eventBridgeSizeMask)
	if err != nil {
		return err
	}
	obj.Region, obj.Event, obj.Time, obj.Envelope = e.env.Region, e.env.DetailType, e.env.Time, env
	obj.MessageID = env.BatchItemID()
	return &NotificationError{Objects: []Object{obj}, cause: ErrS3Notification}
}

// trailNotice is CloudTrail's SNS message: the bucket and the keys of new log files.
type trailNotice struct {
	bucket string
	keys   []string
}

var trailNoticeCodec = lossless.NewCodec[trailNotice](nil, nil,
	lossless.String("s3Bucket", func(n *trailNotice) *string { return &n.bucket }),
	lossless.Strings("s3ObjectKey", func(n *trailNotice) *[]string { return &n.keys }),
)

// trailNotification reads CloudTrail's SNS notification of new log files.
func (d *Decoder) trailNotification(raw []byte, off int64) error {
	var n trailNotice
	if err := trailNoticeCodec.Unmarshal(&n, raw); err != nil {
		return d.recordErr(off, err)
	}
	if n.bucket == "" || len(n.keys) == 0 {
		return d.notCloudTrail(off, "a CloudTrail notification without a bucket and keys")
	}
	objs := make([]Object, len(n.keys))
	for i, k := range n.keys {
		objs[i] = Object{Bucket: n.bucket, Key: k, Size: -1, FileType: FileTypeOf(k), Envelope: Envelope{Format: FormatSNS}}
	}
	return d.recordErr(off, &NotificationError{Objects: objs, cause: ErrSNSNotification})
}

// s3TestMessage is what S3 sends when a notification is set up; it announces nothing.
type s3TestMessage struct{ service, event string }

var s3TestMessageCodec = lossless.NewCodec[s3TestMessage](nil, nil,
	lossless.String("Service", func(m *s3TestMessage) *string { return &m.service }),
	lossless.String("Event", func(m *s3TestMessage) *string { return &m.event }),
)

// s3TestMessage reads S3's test message: nothing to yield.
func (d *Decoder) s3TestMessage(raw []byte, off int64) error {
	var m s3TestMessage
	if err := s3TestMessageCodec.Unmarshal(&m, raw); err != nil {
		return d.recordErr(off, err)
	}
	if m.service != "Amazon S3" || m.event != "s3:TestEvent" {
		return d.notCloudTrail(off, "a message of %q about %q", m.service, m.event)
	}
	return nil
}
