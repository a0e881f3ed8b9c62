package lambdatrail

import (
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/trailtype/cloudtrail"
)

// S3Objects yields the objects of an S3 event notification, keys URL-decoded. An object the
// notification says is empty although its key says gzip comes with an error wrapping
// cloudtrail.ErrEmptyObject.
func S3Objects(e events.S3Event) iter.Seq2[cloudtrail.Object, error] {
	return func(yield func(cloudtrail.Object, error) bool) {
		for _, r := range e.Records {
			key := r.S3.Object.URLDecodedKey
			if key == "" { // built in Go rather than decoded
				var err error
				if key, err = url.QueryUnescape(r.S3.Object.Key); err != nil {
					if !yield(cloudtrail.Object{Size: -1}, fmt.Errorf("lambdatrail: key %q: %w", r.S3.Object.Key, err)) {
						return
					}
					continue
				}
			}
			o := cloudtrail.Object{Bucket: r.S3.Bucket.Name, Key: key, Region: r.AWSRegion, Size: r.S3.Object.Size,
				VersionID: r.S3.Object.VersionID, ETag: r.S3.Object.ETag, Event: r.EventName, Time: r.EventTime.UTC(),
				FileType: cloudtrail.FileTypeOf(key), Envelope: cloudtrail.Envelope{Format: cloudtrail.FormatS3Notification}}
			var err error
			if o.EmptyFile() {
				err = fmt.Errorf("lambdatrail: s3://%s/%s: %w", o.Bucket, o.Key, cloudtrail.ErrEmptyObject)
			}
			if !yield(o, err) {
				return
			}
		}
	}
}

// SQSObjects yields the objects the messages of an SQS event name (S3 event notifications,
// EventBridge "Object Created" events, CloudTrail's SNS notification, directly or in an SNS message).
// Each object's MessageID is its message's ID; errors are *cloudtrail.RecordError with ItemID set.
func SQSObjects(e events.SQSEvent) iter.Seq2[cloudtrail.Object, error] {
	return func(yield func(cloudtrail.Object, error) bool) {
		for _, m := range e.Records {
			if !objects(m.Body, cloudtrail.Envelope{Format: cloudtrail.FormatSQS, SQS: sqsMessage(m)}, yield) {
				return
			}
		}
	}
}

// SNSObjects yields the objects the messages of an SNS event name.
func SNSObjects(e events.SNSEvent) iter.Seq2[cloudtrail.Object, error] {
	return func(yield func(cloudtrail.Object, error) bool) {
		for _, r := range e.Records {
			if r.SNS.Message == cloudtrail.TrailValidationMessage {
				continue // it announces nothing
			}
			if !objects(r.SNS.Message, cloudtrail.Envelope{Format: cloudtrail.FormatSNS, SNS: snsMessage(r)}, yield) {
				return
			}
		}
	}
}

// objects reads one message body through cloudtrail.Objects, with the message as the envelope.
func objects(body string, layer cloudtrail.Envelope, yield func(cloudtrail.Object, error) bool) bool {
	id := layer.BatchItemID()
	for o, err := range cloudtrail.Objects(strings.NewReader(body)) {
		var re *cloudtrail.RecordError
		if err != nil && !errors.As(err, &re) {
			// The body is not JSON, or broken: one bad message of the batch.
			re = &cloudtrail.RecordError{Err: err}
			err = re
		}
		if re != nil {
			re.ItemID = id
		}
		o.MessageID = id
		inner := o.Envelope
		o.Envelope = layer
		o.Envelope.SNS, o.Envelope.EventBridge = or(layer.SNS, inner.SNS), inner.EventBridge
		if !yield(o, err) {
			return false
		}
	}
	return true
}

// EventBridgeObject returns the object of an S3 "Object Created" EventBridge event. EventBridge
// does not URL-encode keys.
func EventBridgeObject(e events.CloudWatchEvent) (cloudtrail.Object, error) {
	if e.Source != "aws.s3" || e.DetailType != "Object Created" {
		return cloudtrail.Object{Size: -1}, fmt.Errorf("lambdatrail: EventBridge %q event from %q names no new object: %w", e.DetailType, e.Source, cloudtrail.ErrNotCloudTrail)
	}
	var d struct {
		Bucket struct {
			Name string `json:"name"`
		} `json:"bucket"`
		Object struct {
			Key       string       `json:"key"`
			Size      *json.Number `json:"size"`
			ETag      string       `json:"etag"`
			VersionID string       `json:"version-id"`
		} `json:"object"`
	}
	if err := json.Unmarshal(e.Detail, &d); err != nil || d.Bucket.Name == "" || d.Object.Key == "" {
		return cloudtrail.Object{Size: -1}, fmt.Errorf("lambdatrail: EventBridge event %q: no bucket and key in its detail (%v)", e.ID, err)
	}
	size := int64(-1)
	if d.Object.Size != nil {
		size, _ = d.Object.Size.Int64()
	}
	env := cloudtrail.Envelope{Format: cloudtrail.FormatEventBridge, EventBridge: &cloudtrail.EventBridgeEnvelope{Version: e.Version, ID: e.ID,
		DetailType: e.DetailType, Source: e.Source, Account: e.AccountID, Region: e.Region, Time: e.Time.UTC(), Resources: e.Resources}}
	return cloudtrail.Object{Bucket: d.Bucket.Name, Key: d.Object.Key, Region: e.Region, Size: size, VersionID: d.Object.VersionID,
		ETag: d.Object.ETag, Event: e.DetailType, Time: e.Time.UTC(), FileType: cloudtrail.FileTypeOf(d.Object.Key), MessageID: e.ID, Envelope: env}, nil
}

// cloudtrailTime reads an epoch-milliseconds attribute.
func cloudtrailTime(ms string) (time.Time, error) {
	n, err := strconv.ParseInt(ms, 10, 64)
	return time.UnixMilli(n).UTC(), err
}
