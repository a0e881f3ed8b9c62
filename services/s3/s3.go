// Package s3 types the CloudTrail records of Amazon S3 (eventSource s3.amazonaws.com): bucket
// management calls and object-level data events. CloudTrail writes S3's requestParameters in its
// own flat shape, not the API model's: bucketName, Host, key, query parameters such as prefix,
// request headers such as x-amz-acl, subresource flags such as "acl": "" or "policy": [""], and XML
// bodies turned into JSON under their element names. So the payloads are modelled by hand from the
// CloudTrail and S3 User Guides and real records, losslessly like the cloudtrail package's own
// types, and the model gives the operations: one type per operation of the S3 API model, such as
// *GetObject or *PutBucketAcl, generated, each embedding the same Payload.
//
// The eventSource carries S3 Control too (model/s3control.json, generated the same way): access
// points (*CreateAccessPoint, *PutAccessPointPolicy), Multi-Region Access Points, Storage Lens,
// Batch Operations jobs (*CreateJob), Access Grants. Its 18 operations whose names S3 has (S3 on
// Outposts' bucket calls) are Control* types, picked by the record's apiVersion. And CloudTrail's
// own S3 event names are types too: PutAccountPublicAccessBlock and the other account-level and
// bucket-level public access block calls, PostObject, PreflightRequest, and Batch Operations'
// service events JobCreated and JobStatusChanged (Payload.Service).
//
// Detections it makes easy: a bucket policy that opens a bucket to anyone (PolicyDocument), ACLs
// and canned ACLs granting to everyone (PublicGrants), public access blocks turned off for a bucket
// or the whole account (PutBucketPublicAccessBlock, PutAccountPublicAccessBlock: Disabled) or
// deleted, versioning suspended, logging, encryption and replication changed or removed, and mass
// object changes through Batch Operations jobs.
//
// Parse turns an event into its operation's type; switch on it, or use the Payload every type
// embeds: Request (with the bodies typed: VersioningConfiguration, LifecycleConfiguration,
// BucketLoggingStatus, AccessControlPolicy, ServerSideEncryptionConfiguration,
// PublicAccessBlockConfiguration, Tagging, ...), Response and Details (additionalEventData, whose
// byte counts are numbers in some records and strings in others) and Service (serviceEventDetails).
// PolicyDocument reads a bucket policy, PublicGrants lists what an ACL opens to everyone,
// Subresources says what a bucket call touches (every subresource flag of the S3 REST API: ?policy,
// ?acl, ?policyStatus, ?location, ?versions, ...); PayloadOf gives the Payload of any call.
//
// Every struct keeps the members it does not know in Extra and its JSON's member order and
// spelling in Layout, so that encoding gives back the record's JSON.
package s3

//go:generate go run ../../internal/apigen/cmd/apigen -package s3 -model model/service-2.json -also-model model/s3control.json=Control -operations Payload -o zz_operations.go

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/lossless"
	"github.com/trailtype/cloudtrail/internal/payload"
	"github.com/trailtype/cloudtrail/services"
)

// EventSource is the eventSource of S3 records.
const EventSource = "s3.amazonaws.com"

// Call is one typed S3 event: *GetObject, *PutBucketPolicy, and so on; PayloadOf gives what every
// one of them carries. Only this package's types are Calls.
type Call interface {
	// Operation is the event's eventName.
	Operation() string
	payload() *Payload
}

// PayloadOf returns the Payload of any S3 event, for code that reads them all alike: the bucket and
// key of the request, its subresources, PolicyDocument, PublicGrants. A type switch on the call
// gives the same Payload, embedded.
func PayloadOf(c Call) *Payload { return c.payload() }

var (
	// ErrOtherService: the event is not an S3 event.
	ErrOtherService = errors.New("s3: event of another service")
	// ErrUnknownOperation: the eventName is not an operation of the S3 or S3 Control API model nor
	// one of CloudTrail's own S3 event names. The event is unchanged.
	ErrUnknownOperation = fmt.Errorf("s3: %w", services.ErrUnknownOperation)
)

// The package types services.Parse's events of EventSource once imported.
func init() {
	services.Register(EventSource, func(ev *cloudtrail.Event) (services.Call, error) { return Parse(ev) }, operationNames)
}

// operationNames lists the eventNames Parse types: the models' operations and CloudTrail's own
// names, each once.
func operationNames() []string {
	names := slices.Collect(maps.Keys(cloudTrailOperations))
	for _, op := range operations {
		if op.apiVersion == "" {
			names = append(names, op.name)
		}
	}
	return names
}

// Payload is what every S3 event carries; each operation's type embeds it.
type Payload struct {
	// Request is requestParameters; nil when null or absent.
	Request *Request
	// Response is responseElements; nil when null (data events mostly record none).
	Response *Response
	// Details is additionalEventData; nil when absent.
	Details *Details
	// Service is serviceEventDetails, of S3's service events (Batch Operations' JobCreated and
	// JobStatusChanged); nil when absent.
	Service *ServiceEventDetails
}

func (p *Payload) payload() *Payload { return p }

// Parse types an S3 event. It returns an error wrapping ErrOtherService for another service's event,
// ErrUnknownOperation for an eventName that is neither an S3 or S3 Control operation nor one of the
// names CloudTrail gives in place of one (PutBucketPublicAccessBlock, PutAccountPublicAccessBlock,
// PreflightRequest, JobCreated, ...), and a decode error when requestParameters, responseElements,
// additionalEventData or serviceEventDetails is not an object. A record whose apiVersion is S3
// Control's (2018-08-20) of an operation both APIs have (CreateBucket, PutBucketPolicy, ... of S3
// on Outposts buckets) is the S3 Control one: ControlCreateBucket and so on.
func Parse(ev *cloudtrail.Event) (Call, error) {
	if ev.EventSource != EventSource {
		return nil, fmt.Errorf("%w: %q", ErrOtherService, ev.EventSource)
	}
	newCall, ok := operation(ev.EventName, ev.APIVersion)
	if !ok {
		newCall, ok = cloudTrailOperations[ev.EventName]
	}
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownOperation, ev.EventName)
	}
	c, p := newCall()
	if err := p.parse(ev); err != nil {
		return nil, fmt.Errorf("s3: %s: %w", ev.EventName, err)
	}
	return c, nil
}

func (p *Payload) parse(ev *cloudtrail.Event) error {
	var err error
	if p.Request, err = payload.Decode[Request]("requestParameters", ev.RequestParameters); err != nil {
		return err
	}
	if p.Response, err = payload.Decode[Response]("responseElements", ev.ResponseElements); err != nil {
		return err
	}
	if p.Details, err = payload.Decode[Details]("additionalEventData", ev.AdditionalEventData); err != nil {
		return err
	}
	p.Service, err = payload.Decode[ServiceEventDetails]("serviceEventDetails", ev.ServiceEventDetails)
	return err
}

// Response is S3's responseElements: the response headers CloudTrail records.
type Response struct {
	ServerSideEncryption string // x-amz-server-side-encryption
	SSEKMSKeyID          string // x-amz-server-side-encryption-aws-kms-key-id
	VersionID            string // x-amz-version-id
	Expiration           string // x-amz-expiration
	// Extra keeps members this package does not know, as they came.
	Extra map[string]json.RawMessage
	// Layout records the JSON's member order and spelling, for a faithful encoding.
	Layout cloudtrail.Layout
}

var responseCodec = lossless.NewCodec(
	func(r *Response) *lossless.Layout { return &r.Layout },
	func(r *Response) *map[string]json.RawMessage { return &r.Extra },
	lossless.String("x-amz-server-side-encryption", func(r *Response) *string { return &r.ServerSideEncryption }),
	lossless.String("x-amz-server-side-encryption-aws-kms-key-id", func(r *Response) *string { return &r.SSEKMSKeyID }),
	lossless.String("x-amz-version-id", func(r *Response) *string { return &r.VersionID }),
	lossless.String("x-amz-expiration", func(r *Response) *string { return &r.Expiration }),
)

// MarshalJSON encodes the response losslessly.
func (r Response) MarshalJSON() ([]byte, error) { return responseCodec.Marshal(&r) }

// UnmarshalJSON decodes the response, keeping what the package does not know.
func (r *Response) UnmarshalJSON(data []byte) error { return responseCodec.UnmarshalCopy(r, data) }
