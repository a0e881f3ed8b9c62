package s3

import (
	"encoding/json"
	"sync"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/lossless"
	"github.com/trailtype/cloudtrail/policy"
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
	// Query parameters of list and multipart calls, as recorded.
	Prefix, Delimiter, Marker, StartAfter, ContinuationToken, EncodingType, ListType, MaxKeys string
	UploadID, PartNumber                                                                      string // uploadId, partNumber
	FetchOwner                                                                                string // fetch-owner
	// The query parameters of a presigned URL: X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date,
	// X-Amz-Expires, X-Amz-SignedHeaders.
	AmzAlgorithm, AmzCredential, AmzDate, AmzExpires, AmzSignedHeaders string
	StorageClass                                                       string // x-amz-storage-class
	// Request headers.
	ACLHeader            json.RawMessage // x-amz-acl: a canned ACL, as a string or a list; see CannedACLs
	ServerSideEncryption string          // x-amz-server-side-encryption
	SSEKMSKeyID          string          // x-amz-server-side-encryption-aws-kms-key-id
	SSECustomerAlgorithm string          // x-amz-server-side-encryption-customer-algorithm
	// The x-amz-grant-* headers: grantees as "uri=...", "id=...", "emailAddress=..." lists.
	GrantRead, GrantWrite, GrantReadACP, GrantWriteACP, GrantFullControl string
	// Bodies, each named after its XML element.
	BucketPolicy                      policy.JSON // bucketPolicy: an object or a JSON string; see Payload.PolicyDocument
	VersioningConfiguration           *VersioningConfiguration
	LifecycleConfiguration            *LifecycleConfiguration
	BucketLoggingStatus               *BucketLoggingStatus
	PublicAccessBlockConfiguration    *PublicAccessBlockConfiguration
	AccessControlPolicy               *AccessControlPolicy
	ServerSideEncryptionConfiguration *ServerSideEncryptionConfiguration
	Tagging                           *Tagging
	CreateBucketConfiguration         *CreateBucketConfiguration
	Delete                            *Delete
	// Bodies kept as recorded: ReplicationConfiguration, CORSConfiguration,
	// NotificationConfiguration, WebsiteConfiguration, ObjectLockConfiguration, OwnershipControls.
	ReplicationConfiguration, CORSConfiguration, NotificationConfiguration, WebsiteConfiguration,
	ObjectLockConfiguration, OwnershipControls json.RawMessage
	// Subresource flags: the query parameter that names what a bucket call reads or changes
	// ("?policy", "?tagging"), as recorded ("" or [""]), nil when absent. Each is its parameter's
	// name with Flag appended, to tell it from the body of the same subresource: TaggingFlag is
	// ?tagging, Tagging the body. Payload.Subresources lists the ones present.
	ACLFlag, PolicyFlag, VersioningFlag, LifecycleFlag, LoggingFlag, EncryptionFlag, ReplicationFlag,
	PublicAccessBlockFlag, TaggingFlag, CORSFlag, WebsiteFlag, NotificationFlag, ObjectLockFlag,
	OwnershipControlsFlag json.RawMessage
	// The S3 REST API's other subresource flags, each the query parameter of the model's request
	// URIs: ?accelerate, ?analytics, ?inventory, ?metrics, ?intelligent-tiering (with id),
	// ?location, ?policyStatus, ?requestPayment, ?uploads, ?versions, ?delete (DeleteObjects),
	// ?restore, ?retention, ?legal-hold, ?attributes, ?torrent, ?select (with select-type),
	// ?session, ?renameObject, ?abac, ?annotation, and the S3 Metadata ones.
	AccelerateFlag, AnalyticsFlag, InventoryFlag, MetricsFlag, IntelligentTieringFlag, LocationFlag,
	PolicyStatusFlag, RequestPaymentFlag, UploadsFlag, VersionsFlag, DeleteFlag, RestoreFlag,
	RetentionFlag, LegalHoldFlag, AttributesFlag, TorrentFlag, SelectFlag, SessionFlag,
	RenameObjectFlag, ABACFlag, AnnotationFlag, MetadataConfigurationFlag, MetadataTableFlag,
	MetadataJournalTableFlag, MetadataInventoryTableFlag, MetadataAnnotationTableFlag json.RawMessage
	// ConfigurationID is the id query parameter of the analytics, inventory, metrics and
	// intelligent-tiering calls: the configuration they name.
	ConfigurationID string
	// SelectType is SelectObjectContent's select-type query parameter ("2").
	SelectType string
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
	return []flag{{"acl", &r.ACLFlag}, {"policy", &r.PolicyFlag}, {"versioning", &r.VersioningFlag}, {"lifecycle", &r.LifecycleFlag},
		{"logging", &r.LoggingFlag}, {"encryption", &r.EncryptionFlag}, {"replication", &r.ReplicationFlag},
		{"publicAccessBlock", &r.PublicAccessBlockFlag}, {"tagging", &r.TaggingFlag}, {"cors", &r.CORSFlag},
		{"website", &r.WebsiteFlag}, {"notification", &r.NotificationFlag}, {"object-lock", &r.ObjectLockFlag},
		{"ownershipControls", &r.OwnershipControlsFlag},
		{"accelerate", &r.AccelerateFlag}, {"analytics", &r.AnalyticsFlag}, {"inventory", &r.InventoryFlag},
		{"metrics", &r.MetricsFlag}, {"intelligent-tiering", &r.IntelligentTieringFlag}, {"location", &r.LocationFlag},
		{"policyStatus", &r.PolicyStatusFlag}, {"requestPayment", &r.RequestPaymentFlag}, {"uploads", &r.UploadsFlag},
		{"versions", &r.VersionsFlag}, {"delete", &r.DeleteFlag}, {"restore", &r.RestoreFlag},
		{"retention", &r.RetentionFlag}, {"legal-hold", &r.LegalHoldFlag}, {"attributes", &r.AttributesFlag},
		{"torrent", &r.TorrentFlag}, {"select", &r.SelectFlag}, {"session", &r.SessionFlag},
		{"renameObject", &r.RenameObjectFlag}, {"abac", &r.ABACFlag}, {"annotation", &r.AnnotationFlag},
		{"metadataConfiguration", &r.MetadataConfigurationFlag}, {"metadataTable", &r.MetadataTableFlag},
		{"metadataJournalTable", &r.MetadataJournalTableFlag}, {"metadataInventoryTable", &r.MetadataInventoryTableFlag},
		{"metadataAnnotationTable", &r.MetadataAnnotationTableFlag}}
}

// requestCodec is built the first time a request is read or written, not at program start: with
// its 90 fields it is the package's largest.
var requestCodec = sync.OnceValue(func() *lossless.Codec[Request] {
	return lossless.NewCodec(
		func(r *Request) *lossless.Layout { return &r.Layout },
		func(r *Request) *map[string]json.RawMessage { return &r.Extra },
		lossless.String("bucketName", func(r *Request) *string { return &r.BucketName }),
		lossless.String("key", func(r *Request) *string { return &r.Key }),
		lossless.String("versionId", func(r *Request) *string { return &r.VersionID }),
		lossless.String("Host", func(r *Request) *string { return &r.Host }),
		lossless.Raw("host", func(r *Request) *json.RawMessage { return &r.HostLower }),
		lossless.String("x-amz-copy-source", func(r *Request) *string { return &r.CopySource }),
		lossless.String("prefix", func(r *Request) *string { return &r.Prefix }),
		lossless.String("delimiter", func(r *Request) *string { return &r.Delimiter }),
		lossless.String("marker", func(r *Request) *string { return &r.Marker }),
		lossless.String("start-after", func(r *Request) *string { return &r.StartAfter }),
		lossless.String("continuation-token", func(r *Request) *string { return &r.ContinuationToken }),
		lossless.String("encoding-type", func(r *Request) *string { return &r.EncodingType }),
		lossless.String("list-type", func(r *Request) *string { return &r.ListType }),
		lossless.String("max-keys", func(r *Request) *string { return &r.MaxKeys }),
		lossless.String("uploadId", func(r *Request) *string { return &r.UploadID }),
		lossless.String("partNumber", func(r *Request) *string { return &r.PartNumber }),
		lossless.String("fetch-owner", func(r *Request) *string { return &r.FetchOwner }),
		lossless.String("X-Amz-Algorithm", func(r *Request) *string { return &r.AmzAlgorithm }),
		lossless.String("X-Amz-Credential", func(r *Request) *string { return &r.AmzCredential }),
		lossless.String("X-Amz-Date", func(r *Request) *string { return &r.AmzDate }),
		lossless.String("X-Amz-Expires", func(r *Request) *string { return &r.AmzExpires }),
		lossless.String("X-Amz-SignedHeaders", func(r *Request) *string { return &r.AmzSignedHeaders }),
		lossless.String("x-amz-storage-class", func(r *Request) *string { return &r.StorageClass }),
		lossless.Raw("x-amz-acl", func(r *Request) *json.RawMessage { return &r.ACLHeader }),
		lossless.String("x-amz-grant-read", func(r *Request) *string { return &r.GrantRead }),
		lossless.String("x-amz-grant-write", func(r *Request) *string { return &r.GrantWrite }),
		lossless.String("x-amz-grant-read-acp", func(r *Request) *string { return &r.GrantReadACP }),
		lossless.String("x-amz-grant-write-acp", func(r *Request) *string { return &r.GrantWriteACP }),
		lossless.String("x-amz-grant-full-control", func(r *Request) *string { return &r.GrantFullControl }),
		lossless.String("x-amz-server-side-encryption", func(r *Request) *string { return &r.ServerSideEncryption }),
		lossless.String("x-amz-server-side-encryption-aws-kms-key-id", func(r *Request) *string { return &r.SSEKMSKeyID }),
		lossless.String("x-amz-server-side-encryption-customer-algorithm", func(r *Request) *string { return &r.SSECustomerAlgorithm }),
		lossless.Raw("bucketPolicy", func(r *Request) *policy.JSON { return &r.BucketPolicy }),
		lossless.Object("VersioningConfiguration", func(r *Request) **VersioningConfiguration { return &r.VersioningConfiguration }, versioningCodec),
		lossless.Object("LifecycleConfiguration", func(r *Request) **LifecycleConfiguration { return &r.LifecycleConfiguration }, lifecycleCodec),
		lossless.Object("BucketLoggingStatus", func(r *Request) **BucketLoggingStatus { return &r.BucketLoggingStatus }, loggingStatusCodec),
		lossless.Object("PublicAccessBlockConfiguration", func(r *Request) **PublicAccessBlockConfiguration { return &r.PublicAccessBlockConfiguration }, publicAccessBlockCodec),
		lossless.Object("AccessControlPolicy", func(r *Request) **AccessControlPolicy { return &r.AccessControlPolicy }, aclCodec),
		lossless.Object("ServerSideEncryptionConfiguration", func(r *Request) **ServerSideEncryptionConfiguration {
			return &r.ServerSideEncryptionConfiguration
		}, encryptionCodec),
		lossless.Object("Tagging", func(r *Request) **Tagging { return &r.Tagging }, taggingCodec),
		lossless.Object("CreateBucketConfiguration", func(r *Request) **CreateBucketConfiguration { return &r.CreateBucketConfiguration }, createBucketCodec),
		lossless.Object("Delete", func(r *Request) **Delete { return &r.Delete }, deleteCodec),
		lossless.Raw("ReplicationConfiguration", func(r *Request) *json.RawMessage { return &r.ReplicationConfiguration }),
		lossless.Raw("CORSConfiguration", func(r *Request) *json.RawMessage { return &r.CORSConfiguration }),
		lossless.Raw("NotificationConfiguration", func(r *Request) *json.RawMessage { return &r.NotificationConfiguration }),
		lossless.Raw("WebsiteConfiguration", func(r *Request) *json.RawMessage { return &r.WebsiteConfiguration }),
		lossless.Raw("ObjectLockConfiguration", func(r *Request) *json.RawMessage { return &r.ObjectLockConfiguration }),
		lossless.Raw("OwnershipControls", func(r *Request) *json.RawMessage { return &r.OwnershipControls }),
		lossless.Raw("acl", func(r *Request) *json.RawMessage { return &r.ACLFlag }),
		lossless.Raw("policy", func(r *Request) *json.RawMessage { return &r.PolicyFlag }),
		lossless.Raw("versioning", func(r *Request) *json.RawMessage { return &r.VersioningFlag }),
		lossless.Raw("lifecycle", func(r *Request) *json.RawMessage { return &r.LifecycleFlag }),
		lossless.Raw("logging", func(r *Request) *json.RawMessage { return &r.LoggingFlag }),
		lossless.Raw("encryption", func(r *Request) *json.RawMessage { return &r.EncryptionFlag }),
		lossless.Raw("replication", func(r *Request) *json.RawMessage { return &r.ReplicationFlag }),
		lossless.Raw("publicAccessBlock", func(r *Request) *json.RawMessage { return &r.PublicAccessBlockFlag }),
		lossless.Raw("tagging", func(r *Request) *json.RawMessage { return &r.TaggingFlag }),
		lossless.Raw("cors", func(r *Request) *json.RawMessage { return &r.CORSFlag }),
		lossless.Raw("website", func(r *Request) *json.RawMessage { return &r.WebsiteFlag }),
		lossless.Raw("notification", func(r *Request) *json.RawMessage { return &r.NotificationFlag }),
		lossless.Raw("object-lock", func(r *Request) *json.RawMessage { return &r.ObjectLockFlag }),
		lossless.Raw("ownershipControls", func(r *Request) *json.RawMessage { return &r.OwnershipControlsFlag }),
		lossless.Raw("accelerate", func(r *Request) *json.RawMessage { return &r.AccelerateFlag }),
		lossless.Raw("analytics", func(r *Request) *json.RawMessage { return &r.AnalyticsFlag }),
		lossless.Raw("inventory", func(r *Request) *json.RawMessage { return &r.InventoryFlag }),
		lossless.Raw("metrics", func(r *Request) *json.RawMessage { return &r.MetricsFlag }),
		lossless.Raw("intelligent-tiering", func(r *Request) *json.RawMessage { return &r.IntelligentTieringFlag }),
		lossless.Raw("location", func(r *Request) *json.RawMessage { return &r.LocationFlag }),
		lossless.Raw("policyStatus", func(r *Request) *json.RawMessage { return &r.PolicyStatusFlag }),
		lossless.Raw("requestPayment", func(r *Request) *json.RawMessage { return &r.RequestPaymentFlag }),
		lossless.Raw("uploads", func(r *Request) *json.RawMessage { return &r.UploadsFlag }),
		lossless.Raw("versions", func(r *Request) *json.RawMessage { return &r.VersionsFlag }),
		lossless.Raw("delete", func(r *Request) *json.RawMessage { return &r.DeleteFlag }),
		lossless.Raw("restore", func(r *Request) *json.RawMessage { return &r.RestoreFlag }),
		lossless.Raw("retention", func(r *Request) *json.RawMessage { return &r.RetentionFlag }),
		lossless.Raw("legal-hold", func(r *Request) *json.RawMessage { return &r.LegalHoldFlag }),
		lossless.Raw("attributes", func(r *Request) *json.RawMessage { return &r.AttributesFlag }),
		lossless.Raw("torrent", func(r *Request) *json.RawMessage { return &r.TorrentFlag }),
		lossless.Raw("select", func(r *Request) *json.RawMessage { return &r.SelectFlag }),
		lossless.Raw("session", func(r *Request) *json.RawMessage { return &r.SessionFlag }),
		lossless.Raw("renameObject", func(r *Request) *json.RawMessage { return &r.RenameObjectFlag }),
		lossless.Raw("abac", func(r *Request) *json.RawMessage { return &r.ABACFlag }),
		lossless.Raw("annotation", func(r *Request) *json.RawMessage { return &r.AnnotationFlag }),
		lossless.Raw("metadataConfiguration", func(r *Request) *json.RawMessage { return &r.MetadataConfigurationFlag }),
		lossless.Raw("metadataTable", func(r *Request) *json.RawMessage { return &r.MetadataTableFlag }),
		lossless.Raw("metadataJournalTable", func(r *Request) *json.RawMessage { return &r.MetadataJournalTableFlag }),
		lossless.Raw("metadataInventoryTable", func(r *Request) *json.RawMessage { return &r.MetadataInventoryTableFlag }),
		lossless.Raw("metadataAnnotationTable", func(r *Request) *json.RawMessage { return &r.MetadataAnnotationTableFlag }),
		lossless.String("id", func(r *Request) *string { return &r.ConfigurationID }),
		lossless.String("select-type", func(r *Request) *string { return &r.SelectType }),
	)
})

// MarshalJSON encodes the request losslessly.
func (r Request) MarshalJSON() ([]byte, error) { return requestCodec().Marshal(&r) }

// UnmarshalJSON decodes the request, keeping what the package does not know.
func (r *Request) UnmarshalJSON(data []byte) error { return requestCodec().UnmarshalCopy(r, data) }
