// Package s3 types the CloudTrail records of Amazon S3 (eventSource s3.amazonaws.com): bucket
// management calls and object-level data events. CloudTrail writes S3's requestParameters in its
// own flat shape, not the API's (bucketName, Host, key, request headers such as x-amz-acl, and
// subresource flags such as "acl": "" or "policy": [""]), so the package is modelled by hand from the
// CloudTrail User Guide and real records, losslessly like the cloudtrail package's own types.
//
// One type serves every operation: *Call, whose Operation is the eventName. Request holds the members
// detections read; bodies (bucket policies, lifecycle, logging, versioning) stay as recorded, and
// Policy reads a bucket policy. Details is additionalEventData, with byte counts that are numbers in
// some records and strings in others.
package s3

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/payload"
	"github.com/trailtype/cloudtrail/policy"
	"github.com/trailtype/cloudtrail/services"
)

// EventSource is the eventSource of S3 records.
const EventSource = "s3.amazonaws.com"

// ErrOtherService is the error for an event that is not an S3 event.
var ErrOtherService = errors.New("s3: event of another service")

// The package types services.Parse's events of EventSource once imported.
func init() {
	services.Register(EventSource, func(ev *cloudtrail.Event) (services.Call, error) { return Parse(ev) })
}

// Call is one S3 event: any operation, named by Name.
type Call struct {
	// Name is the eventName: GetObject, PutBucketPolicy, ...
	Name string
	// Request is requestParameters; nil when null or absent.
	Request *Request
	// Response is responseElements as recorded, nil when null (data events record none).
	Response json.RawMessage
	// Details is additionalEventData; nil when absent.
	Details *Details
}

// Operation returns the eventName.
func (c *Call) Operation() string { return c.Name }

// Parse types an S3 event. It returns an error wrapping ErrOtherService for another service's event,
// and a decode error when requestParameters or additionalEventData is not an object or
// responseElements is not JSON. Every eventName
// is accepted: S3's operations share one shape.
func Parse(ev *cloudtrail.Event) (*Call, error) {
	if ev.EventSource != EventSource {
		return nil, fmt.Errorf("%w: %q", ErrOtherService, ev.EventSource)
	}
	c := &Call{Name: ev.EventName}
	var err error
	if c.Request, err = payload.Decode[Request]("requestParameters", ev.RequestParameters); err != nil {
		return nil, fmt.Errorf("s3: %s: %w", ev.EventName, err)
	}
	if c.Response, err = payload.Raw("responseElements", ev.ResponseElements); err != nil {
		return nil, fmt.Errorf("s3: %s: %w", ev.EventName, err)
	}
	if c.Details, err = payload.Decode[Details]("additionalEventData", ev.AdditionalEventData); err != nil {
		return nil, fmt.Errorf("s3: %s: %w", ev.EventName, err)
	}
	return c, nil
}

// Policy reads the bucket policy a PutBucketPolicy call sets; nil and no error when the request has
// none.
func (c *Call) Policy() (*policy.Document, error) {
	if c.Request == nil || len(c.Request.BucketPolicy) == 0 {
		return nil, nil
	}
	return policy.Read(c.Request.BucketPolicy)
}

// ObjectARN is the ARN of the object an object-level call names, "" when it names no bucket and key.
func (c *Call) ObjectARN() string {
	if c.Request == nil || c.Request.BucketName == "" || c.Request.Key == "" {
		return ""
	}
	return "arn:aws:s3:::" + c.Request.BucketName + "/" + c.Request.Key
}

// Subresources lists the subresource flags the request carries ("acl", "policy", "versioning", ...):
// what a bucket call reads or changes.
func (c *Call) Subresources() []string {
	if c.Request == nil {
		return nil
	}
	var out []string
	for _, f := range c.Request.flags() {
		if len(*f.v) > 0 {
			out = append(out, f.name)
		}
	}
	return out
}
