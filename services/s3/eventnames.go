package s3

// CloudTrail names some S3 events after the IAM action rather than the API operation: the
// bucket-level public access block calls (PutPublicAccessBlock in the model) are recorded as
// PutBucketPublicAccessBlock and so on, and S3 Control's account-level ones (PutPublicAccessBlock
// there) as PutAccountPublicAccessBlock and so on, as the S3 User Guide's "Amazon S3 CloudTrail
// events" lists them. It also records requests that are no API operation of the models: a browser's
// CORS preflight (OPTIONS) is PreflightRequest, an upload through an HTML form (POST Object) is
// PostObject. And S3 writes service events of its own: Batch Operations jobs created and changing
// state, JobCreated and JobStatusChanged, whose Payload.Service is the job.

// cloudTrailOperations are the events whose eventName is not a model operation.
var cloudTrailOperations = map[string]func() (Call, *Payload){
	"PutBucketPublicAccessBlock":     func() (Call, *Payload) { c := &PutBucketPublicAccessBlock{}; return c, &c.Payload },
	"GetBucketPublicAccessBlock":     func() (Call, *Payload) { c := &GetBucketPublicAccessBlock{}; return c, &c.Payload },
	"DeleteBucketPublicAccessBlock":  func() (Call, *Payload) { c := &DeleteBucketPublicAccessBlock{}; return c, &c.Payload },
	"PreflightRequest":               func() (Call, *Payload) { c := &PreflightRequest{}; return c, &c.Payload },
	"PutAccountPublicAccessBlock":    func() (Call, *Payload) { c := &PutAccountPublicAccessBlock{}; return c, &c.Payload },
	"GetAccountPublicAccessBlock":    func() (Call, *Payload) { c := &GetAccountPublicAccessBlock{}; return c, &c.Payload },
	"DeleteAccountPublicAccessBlock": func() (Call, *Payload) { c := &DeleteAccountPublicAccessBlock{}; return c, &c.Payload },
	"PostObject":                     func() (Call, *Payload) { c := &PostObject{}; return c, &c.Payload },
	"JobCreated":                     func() (Call, *Payload) { c := &JobCreated{}; return c, &c.Payload },
	"JobStatusChanged":               func() (Call, *Payload) { c := &JobStatusChanged{}; return c, &c.Payload },
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

// PutAccountPublicAccessBlock is S3 Control's PutPublicAccessBlock, on the account:
// Request.PublicAccessBlockConfiguration is the configuration it sets for every bucket of the
// account, and its Disabled the protections it turns off.
type PutAccountPublicAccessBlock struct{ Payload }

// Operation returns "PutAccountPublicAccessBlock".
func (*PutAccountPublicAccessBlock) Operation() string { return "PutAccountPublicAccessBlock" }

// GetAccountPublicAccessBlock is S3 Control's GetPublicAccessBlock, on the account.
type GetAccountPublicAccessBlock struct{ Payload }

// Operation returns "GetAccountPublicAccessBlock".
func (*GetAccountPublicAccessBlock) Operation() string { return "GetAccountPublicAccessBlock" }

// DeleteAccountPublicAccessBlock is S3 Control's DeletePublicAccessBlock, on the account: it removes
// the account's block of public access.
type DeleteAccountPublicAccessBlock struct{ Payload }

// Operation returns "DeleteAccountPublicAccessBlock".
func (*DeleteAccountPublicAccessBlock) Operation() string { return "DeleteAccountPublicAccessBlock" }

// PostObject is an upload through an HTML form (the REST API's POST Object), an object-level
// event.
type PostObject struct{ Payload }

// Operation returns "PostObject".
func (*PostObject) Operation() string { return "PostObject" }

// JobCreated is S3's service event of a Batch Operations job created: Payload.Service is the job,
// its status "New".
type JobCreated struct{ Payload }

// Operation returns "JobCreated".
func (*JobCreated) Operation() string { return "JobCreated" }

// JobStatusChanged is S3's service event of a Batch Operations job changing state: Payload.Service
// is the job and its new status ("Active", "Complete", "Failed", ...).
type JobStatusChanged struct{ Payload }

// Operation returns "JobStatusChanged".
func (*JobStatusChanged) Operation() string { return "JobStatusChanged" }
