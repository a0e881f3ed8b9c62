package s3_test

import (
	"encoding/json"
	"testing"

	"github.com/trailtype/cloudtrail/internal/modeltest"
)

// Parse on the package's records against encoding/json and goccy/go-json decoding the same
// payloads (additionalEventData included) into plain structs with the same fields, written once for
// the benchmark. Members that records write as a string or a list, or an element once or repeated,
// are any; byte counts, numbers or strings, are any.
func BenchmarkParse(b *testing.B) {
	recs := records(b)
	plain := map[string]func() (req, resp any){}
	for _, ev := range recs {
		plain[ev.EventName] = func() (any, any) { return new(plainRequest), new(plainResponse) }
	}
	modeltest.BenchParseDetails(b, recs, parse, plain, func() any { return new(plainDetails) })
}

type plainRequest struct {
	BucketName                        string             `json:"bucketName"`
	Key                               string             `json:"key"`
	VersionID                         string             `json:"versionId"`
	Host                              string             `json:"Host"`
	HostLower                         any                `json:"host"`
	CopySource                        string             `json:"x-amz-copy-source"`
	Prefix                            string             `json:"prefix"`
	Delimiter                         string             `json:"delimiter"`
	Marker                            string             `json:"marker"`
	StartAfter                        string             `json:"start-after"`
	ContinuationToken                 string             `json:"continuation-token"`
	EncodingType                      string             `json:"encoding-type"`
	ListType                          string             `json:"list-type"`
	MaxKeys                           string             `json:"max-keys"`
	UploadID                          string             `json:"uploadId"`
	PartNumber                        string             `json:"partNumber"`
	FetchOwner                        string             `json:"fetch-owner"`
	AmzAlgorithm                      string             `json:"X-Amz-Algorithm"`
	AmzCredential                     string             `json:"X-Amz-Credential"`
	AmzDate                           string             `json:"X-Amz-Date"`
	AmzExpires                        string             `json:"X-Amz-Expires"`
	AmzSignedHeaders                  string             `json:"X-Amz-SignedHeaders"`
	StorageClass                      string             `json:"x-amz-storage-class"`
	ACLHeader                         any                `json:"x-amz-acl"`
	ServerSideEncryption              string             `json:"x-amz-server-side-encryption"`
	SSEKMSKeyID                       string             `json:"x-amz-server-side-encryption-aws-kms-key-id"`
	SSECustomerAlgorithm              string             `json:"x-amz-server-side-encryption-customer-algorithm"`
	GrantRead                         string             `json:"x-amz-grant-read"`
	GrantWrite                        string             `json:"x-amz-grant-write"`
	GrantReadACP                      string             `json:"x-amz-grant-read-acp"`
	GrantWriteACP                     string             `json:"x-amz-grant-write-acp"`
	GrantFullControl                  string             `json:"x-amz-grant-full-control"`
	BucketPolicy                      any                `json:"bucketPolicy"`
	VersioningConfiguration           *plainVersioning   `json:"VersioningConfiguration"`
	LifecycleConfiguration            *plainLifecycle    `json:"LifecycleConfiguration"`
	BucketLoggingStatus               *plainLogging      `json:"BucketLoggingStatus"`
	PublicAccessBlock                 *plainPublicAccess `json:"PublicAccessBlockConfiguration"`
	AccessControlPolicy               *plainACL          `json:"AccessControlPolicy"`
	ServerSideEncryptionConfiguration *plainXMLList      `json:"ServerSideEncryptionConfiguration"`
	Tagging                           *plainTagging      `json:"Tagging"`
	CreateBucketConfiguration         *plainCreateBucket `json:"CreateBucketConfiguration"`
	Delete                            *plainXMLList      `json:"Delete"`
	ReplicationConfiguration          json.RawMessage    `json:"ReplicationConfiguration"`
	CORSConfiguration                 json.RawMessage    `json:"CORSConfiguration"`
	NotificationConfiguration         json.RawMessage    `json:"NotificationConfiguration"`
	WebsiteConfiguration              json.RawMessage    `json:"WebsiteConfiguration"`
	ObjectLockConfiguration           json.RawMessage    `json:"ObjectLockConfiguration"`
	OwnershipControls                 json.RawMessage    `json:"OwnershipControls"`
	ACL                               any                `json:"acl"`
	Policy                            any                `json:"policy"`
	Versioning                        any                `json:"versioning"`
	Lifecycle                         any                `json:"lifecycle"`
	Logging                           any                `json:"logging"`
	Encryption                        any                `json:"encryption"`
	Replication                       any                `json:"replication"`
	PublicAccessBlockFlag             any                `json:"publicAccessBlock"`
	TaggingFlag                       any                `json:"tagging"`
	CORS                              any                `json:"cors"`
	Website                           any                `json:"website"`
	Notification                      any                `json:"notification"`
	ObjectLock                        any                `json:"object-lock"`
	OwnershipControlsFlag             any                `json:"ownershipControls"`
}

type plainVersioning struct {
	Status    string `json:"Status"`
	MfaDelete string `json:"MfaDelete"`
	Xmlns     string `json:"xmlns"`
}

type plainLifecycle struct {
	Rule  any    `json:"Rule"`
	Xmlns string `json:"xmlns"`
}

type plainLogging struct {
	LoggingEnabled *struct {
		TargetBucket          string          `json:"TargetBucket"`
		TargetPrefix          string          `json:"TargetPrefix"`
		TargetGrants          json.RawMessage `json:"TargetGrants"`
		TargetObjectKeyFormat json.RawMessage `json:"TargetObjectKeyFormat"`
	} `json:"LoggingEnabled"`
	Xmlns string `json:"xmlns"`
}

type plainPublicAccess struct {
	BlockPublicAcls       bool   `json:"BlockPublicAcls"`
	IgnorePublicAcls      bool   `json:"IgnorePublicAcls"`
	BlockPublicPolicy     bool   `json:"BlockPublicPolicy"`
	RestrictPublicBuckets bool   `json:"RestrictPublicBuckets"`
	Xmlns                 string `json:"xmlns"`
}

type plainACL struct {
	Owner             *struct{ ID, DisplayName string } `json:"Owner"`
	AccessControlList *struct {
		Grant any `json:"Grant"`
	} `json:"AccessControlList"`
	Xmlns string `json:"xmlns"`
}

// plainXMLList is a body whose one member is a repeatable element (encryption's Rule, Delete's
// Object), as any.
type plainXMLList struct {
	Rule   any    `json:"Rule"`
	Object any    `json:"Object"`
	Quiet  bool   `json:"Quiet"`
	Xmlns  string `json:"xmlns"`
}

type plainTagging struct {
	TagSet *struct {
		Tag any `json:"Tag"`
	} `json:"TagSet"`
	Xmlns string `json:"xmlns"`
}

type plainCreateBucket struct {
	LocationConstraint string          `json:"LocationConstraint"`
	Location           json.RawMessage `json:"Location"`
	Bucket             json.RawMessage `json:"Bucket"`
	Xmlns              string          `json:"xmlns"`
}

type plainResponse struct {
	ServerSideEncryption string `json:"x-amz-server-side-encryption"`
	SSEKMSKeyID          string `json:"x-amz-server-side-encryption-aws-kms-key-id"`
	VersionID            string `json:"x-amz-version-id"`
	Expiration           string `json:"x-amz-expiration"`
}

type plainDetails struct {
	SignatureVersion     string `json:"SignatureVersion"`
	CipherSuite          string `json:"CipherSuite"`
	AuthenticationMethod string `json:"AuthenticationMethod"`
	BytesTransferredIn   any    `json:"bytesTransferredIn"`
	BytesTransferredOut  any    `json:"bytesTransferredOut"`
	XAmzID2              string `json:"x-amz-id-2"`
	VPCEndpointID        string `json:"vpcEndpointId"`
	SSEApplied           string `json:"SSEApplied"`
	ACLRequired          string `json:"aclRequired"`
}
