package s3

import (
	"encoding/json"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/lossless"
)

// Request is S3's requestParameters as CloudTrail writes them. Members are named as the records
// name them; both "Host" and "host" occur (the latter sometimes as a list), and both are kept.
type Request struct {
	BucketName string // bucketName
	Key        string // key, of object-level calls
	VersionID  string // versionId
	Host       string // Host: the endpoint the request went to
	// HostLower is "host" as recorded, in the records that write it so: a string or a list.
	HostLower json.RawMessage
	// CopySource is CopyObject's x-amz-copy-source: "bucket/key".
	CopySource string
	// Request headers.
	ACLHeader            json.RawMessage // x-amz-acl: a canned ACL, as a string or a list
	ServerSideEncryption string          // x-amz-server-side-encryption
	SSEKMSKeyID          string          // x-amz-server-side-encryption-aws-kms-key-id
	SSECustomerAlgorithm string          // x-amz-server-side-encryption-customer-algorithm
	// Bodies, as recorded.
	BucketPolicy            json.RawMessage // bucketPolicy: an object or a JSON string; see Call.Policy
	VersioningConfiguration json.RawMessage
	LifecycleConfiguration  json.RawMessage
	BucketLoggingStatus     json.RawMessage
	PublicAccessBlock       json.RawMessage // PublicAccessBlockConfiguration
	// Subresource flags, as recorded ("" or [""]); Call.Subresources lists the ones present.
	ACL, Policy, Versioning, Lifecycle, Logging, Encryption, Replication, PublicAccessBlockFlag,
	Tagging, CORS, Website, Notification, ObjectLock, OwnershipControls json.RawMessage
	// Extra keeps members this package does not know, as they came.
	Extra map[string]json.RawMessage
	// Layout records the JSON's member order and spelling, for a faithful encoding.
	Layout cloudtrail.Layout
}

type flag struct {
	name string
	v    *json.RawMessage
}

// flags are the subresource flags, by their JSON names.
func (r *Request) flags() []flag {
	return []flag{{"acl", &r.ACL}, {"policy", &r.Policy}, {"versioning", &r.Versioning}, {"lifecycle", &r.Lifecycle},
		{"logging", &r.Logging}, {"encryption", &r.Encryption}, {"replication", &r.Replication},
		{"publicAccessBlock", &r.PublicAccessBlockFlag}, {"tagging", &r.Tagging}, {"cors", &r.CORS},
		{"website", &r.Website}, {"notification", &r.Notification}, {"object-lock", &r.ObjectLock},
		{"ownershipControls", &r.OwnershipControls}}
}

var requestCodec = lossless.NewCodec(
	func(r *Request) *lossless.Layout { return &r.Layout },
	func(r *Request) *map[string]json.RawMessage { return &r.Extra },
	lossless.String("bucketName", func(r *Request) *string { return &r.BucketName }),
	lossless.String("key", func(r *Request) *string { return &r.Key }),
	lossless.String("versionId", func(r *Request) *string { return &r.VersionID }),
	lossless.String("Host", func(r *Request) *string { return &r.Host }),
	lossless.Raw("host", func(r *Request) *json.RawMessage { return &r.HostLower }),
	lossless.String("x-amz-copy-source", func(r *Request) *string { return &r.CopySource }),
	lossless.Raw("x-amz-acl", func(r *Request) *json.RawMessage { return &r.ACLHeader }),
	lossless.String("x-amz-server-side-encryption", func(r *Request) *string { return &r.ServerSideEncryption }),
	lossless.String("x-amz-server-side-encryption-aws-kms-key-id", func(r *Request) *string { return &r.SSEKMSKeyID }),
	lossless.String("x-amz-server-side-encryption-customer-algorithm", func(r *Request) *string { return &r.SSECustomerAlgorithm }),
	lossless.Raw("bucketPolicy", func(r *Request) *json.RawMessage { return &r.BucketPolicy }),
	lossless.Raw("VersioningConfiguration", func(r *Request) *json.RawMessage { return &r.VersioningConfiguration }),
	lossless.Raw("LifecycleConfiguration", func(r *Request) *json.RawMessage { return &r.LifecycleConfiguration }),
	lossless.Raw("BucketLoggingStatus", func(r *Request) *json.RawMessage { return &r.BucketLoggingStatus }),
	lossless.Raw("PublicAccessBlockConfiguration", func(r *Request) *json.RawMessage { return &r.PublicAccessBlock }),
	lossless.Raw("acl", func(r *Request) *json.RawMessage { return &r.ACL }),
	lossless.Raw("policy", func(r *Request) *json.RawMessage { return &r.Policy }),
	lossless.Raw("versioning", func(r *Request) *json.RawMessage { return &r.Versioning }),
	lossless.Raw("lifecycle", func(r *Request) *json.RawMessage { return &r.Lifecycle }),
	lossless.Raw("logging", func(r *Request) *json.RawMessage { return &r.Logging }),
	lossless.Raw("encryption", func(r *Request) *json.RawMessage { return &r.Encryption }),
	lossless.Raw("replication", func(r *Request) *json.RawMessage { return &r.Replication }),
	lossless.Raw("publicAccessBlock", func(r *Request) *json.RawMessage { return &r.PublicAccessBlockFlag }),
	lossless.Raw("tagging", func(r *Request) *json.RawMessage { return &r.Tagging }),
	lossless.Raw("cors", func(r *Request) *json.RawMessage { return &r.CORS }),
	lossless.Raw("website", func(r *Request) *json.RawMessage { return &r.Website }),
	lossless.Raw("notification", func(r *Request) *json.RawMessage { return &r.Notification }),
	lossless.Raw("object-lock", func(r *Request) *json.RawMessage { return &r.ObjectLock }),
	lossless.Raw("ownershipControls", func(r *Request) *json.RawMessage { return &r.OwnershipControls }),
)

// MarshalJSON encodes the request losslessly.
func (r Request) MarshalJSON() ([]byte, error) { return requestCodec.Marshal(&r) }

// UnmarshalJSON decodes the request, keeping what the package does not know.
func (r *Request) UnmarshalJSON(data []byte) error { return requestCodec.UnmarshalCopy(r, data) }
