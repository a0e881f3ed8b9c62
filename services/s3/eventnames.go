package s3

// CloudTrail names some S3 events after the IAM action rather than the API operation: the
// bucket-level public access block calls (PutPublicAccessBlock in the model) are recorded as
// PutBucketPublicAccessBlock and so on. It also records requests that are no API operation at all:
// a browser's CORS preflight (OPTIONS) is PreflightRequest.

// cloudTrailOperations are the events whose eventName is not a model operation.
var cloudTrailOperations = map[string]func() (Call, *Payload){
	"PutBucketPublicAccessBlock":    func() (Call, *Payload) { c := &PutBucketPublicAccessBlock{}; return c, &c.Payload },
	"GetBucketPublicAccessBlock":    func() (Call, *Payload) { c := &GetBucketPublicAccessBlock{}; return c, &c.Payload },
	"DeleteBucketPublicAccessBlock": func() (Call, *Payload) { c := &DeleteBucketPublicAccessBlock{}; return c, &c.Payload },
	"PreflightRequest":              func() (Call, *Payload) { c := &PreflightRequest{}; return c, &c.Payload },
}

// PutBucketPublicAccessBlock is the PutPublicAccessBlock call on a bucket:
// Request.PublicAccessBlockConfiguration is the configuration it sets.
type PutBucketPublicAccessBlock struct{ Payload }

// Operation returns "PutBucketPublicAccessBlock".
func (*PutBucketPublicAccessBlock) Operation() string { return "PutBucketPublicAccessBlock" }

// GetBucketPublicAccessBlock is the GetPublicAccessBlock call on a bucket.
type GetBucketPublicAccessBlock struct{ Payload }

// Operation returns "GetBucketPublicAccessBlock".
func (*GetBucketPublicAccessBlock) Operation() string { return "GetBucketPublicAccessBlock" }

// DeleteBucketPublicAccessBlock is the DeletePublicAccessBlock call on a bucket: it removes the
// bucket's block of public access.
type DeleteBucketPublicAccessBlock struct{ Payload }

// Operation returns "DeleteBucketPublicAccessBlock".
func (*DeleteBucketPublicAccessBlock) Operation() string { return "DeleteBucketPublicAccessBlock" }

// PreflightRequest is a browser's CORS preflight (an OPTIONS request) for the object or bucket the
// request names; CloudTrail records it as a data event, usually from an anonymous caller.
type PreflightRequest struct{ Payload }

// Operation returns "PreflightRequest".
func (*PreflightRequest) Operation() string { return "PreflightRequest" }
