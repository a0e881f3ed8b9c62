package s3

import (
	"encoding/json"

	"github.com/trailtype/cloudtrail"
)

// The request bodies of S3's bucket configuration calls. S3 takes them as XML; CloudTrail writes them
// as JSON with the XML's element names (the model's locationNames), an "xmlns" member for the XML
// namespace, and a repeatable element as an object when it occurs once and an array when it
// repeats. The slices below read both and write back what came. Each type keeps the members it does
// not know in Extra and its JSON's member spelling in Layout, as Request does.

// VersioningConfiguration is PutBucketVersioning's body.
type VersioningConfiguration struct {
	Status    string // "Enabled" or "Suspended"
	MfaDelete string // MfaDelete: "Enabled" or "Disabled"
	Xmlns     string // xmlns: the XML namespace
	Extra     map[string]json.RawMessage
	Layout    cloudtrail.Layout
}

// BucketLoggingStatus is PutBucketLogging's body; LoggingEnabled is nil when the call turns server
// access logging off.
type BucketLoggingStatus struct {
	LoggingEnabled *LoggingEnabled
	Xmlns          string
	Extra          map[string]json.RawMessage
	Layout         cloudtrail.Layout
}

// LoggingEnabled says where server access logs go.
type LoggingEnabled struct {
	TargetBucket string
	TargetPrefix string
	// TargetGrants and TargetObjectKeyFormat are kept as recorded.
	TargetGrants, TargetObjectKeyFormat json.RawMessage
	Extra                               map[string]json.RawMessage
	Layout                              cloudtrail.Layout
}

// LifecycleConfiguration is the body of PutBucketLifecycle and PutBucketLifecycleConfiguration.
type LifecycleConfiguration struct {
	Rules  []LifecycleRule // Rule
	Xmlns  string
	Extra  map[string]json.RawMessage
	Layout cloudtrail.Layout
}

// LifecycleRule is one lifecycle rule.
type LifecycleRule struct {
	ID     string
	Status string // "Enabled" or "Disabled"
	Prefix string // the deprecated top-level prefix
	// Filter selects the objects: Prefix, Tag, And, ObjectSizeGreaterThan, ...
	Filter                         *LifecycleFilter
	Expiration                     *LifecycleExpiration
	NoncurrentVersionExpiration    *NoncurrentVersionExpiration
	AbortIncompleteMultipartUpload *AbortIncompleteMultipartUpload
	// Transitions and NoncurrentVersionTransitions are the Transition and
	// NoncurrentVersionTransition elements, as recorded.
	Transitions, NoncurrentVersionTransitions json.RawMessage
	Extra                                     map[string]json.RawMessage
	Layout                                    cloudtrail.Layout
}

// LifecycleFilter is a lifecycle rule's Filter.
type LifecycleFilter struct {
	Prefix string
	// Tag and And are kept as recorded.
	Tag, And                                  json.RawMessage
	ObjectSizeGreaterThan, ObjectSizeLessThan int64
	Extra                                     map[string]json.RawMessage
	Layout                                    cloudtrail.Layout
}

// LifecycleExpiration is when a rule expires current object versions.
type LifecycleExpiration struct {
	Days                      int64
	Date                      string
	ExpiredObjectDeleteMarker bool
	Extra                     map[string]json.RawMessage
	Layout                    cloudtrail.Layout
}

// NoncurrentVersionExpiration is when a rule expires noncurrent object versions.
type NoncurrentVersionExpiration struct {
	NoncurrentDays, NewerNoncurrentVersions int64
	Extra                                   map[string]json.RawMessage
	Layout                                  cloudtrail.Layout
}

// AbortIncompleteMultipartUpload is when a rule aborts unfinished multipart uploads.
type AbortIncompleteMultipartUpload struct {
	DaysAfterInitiation int64
	Extra               map[string]json.RawMessage
	Layout              cloudtrail.Layout
}

// AccessControlPolicy is the ACL body of PutBucketAcl and PutObjectAcl.
type AccessControlPolicy struct {
	Owner             *Owner
	AccessControlList *AccessControlList
	Xmlns             string
	Extra             map[string]json.RawMessage
	Layout            cloudtrail.Layout
}

// Owner is the owner of a bucket or object, by canonical user ID.
type Owner struct {
	ID, DisplayName string
	Extra           map[string]json.RawMessage
	Layout          cloudtrail.Layout
}

// AccessControlList holds an ACL's grants.
type AccessControlList struct {
	Grants []Grant // Grant
	Extra  map[string]json.RawMessage
	Layout cloudtrail.Layout
}

// Grant gives a grantee a permission.
type Grant struct {
	Grantee    *Grantee
	Permission string // FULL_CONTROL, WRITE, WRITE_ACP, READ, READ_ACP
	Extra      map[string]json.RawMessage
	Layout     cloudtrail.Layout
}

// Grantee is who a grant is to: a canonical user (ID), a group (URI) or an e-mail address.
type Grantee struct {
	Type         string // xsi:type: "CanonicalUser", "Group", "AmazonCustomerByEmail"
	XmlnsXsi     string // xmlns:xsi
	ID           string
	DisplayName  string
	URI          string // a group's URI, such as AllUsersGroup
	EmailAddress string
	Extra        map[string]json.RawMessage
	Layout       cloudtrail.Layout
}

// The URIs of the groups that make a grant public.
const (
	AllUsersGroup           = "http://acs.amazonaws.com/groups/global/AllUsers"
	AuthenticatedUsersGroup = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
)

// ServerSideEncryptionConfiguration is PutBucketEncryption's body.
type ServerSideEncryptionConfiguration struct {
	Rules  []ServerSideEncryptionRule // Rule
	Xmlns  string
	Extra  map[string]json.RawMessage
	Layout cloudtrail.Layout
}

// ServerSideEncryptionRule is a bucket's default encryption.
type ServerSideEncryptionRule struct {
	ApplyServerSideEncryptionByDefault *ServerSideEncryptionByDefault
	BucketKeyEnabled                   bool
	Extra                              map[string]json.RawMessage
	Layout                             cloudtrail.Layout
}

// ServerSideEncryptionByDefault is the algorithm and key new objects are encrypted with.
type ServerSideEncryptionByDefault struct {
	SSEAlgorithm   string // "AES256", "aws:kms", "aws:kms:dsse"
	KMSMasterKeyID string
	Extra          map[string]json.RawMessage
	Layout         cloudtrail.Layout
}

// PublicAccessBlockConfiguration is PutPublicAccessBlock's body (PutBucketPublicAccessBlock in
// CloudTrail).
type PublicAccessBlockConfiguration struct {
	BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets bool
	Xmlns                                                                       string
	Extra                                                                       map[string]json.RawMessage
	Layout                                                                      cloudtrail.Layout
}

// Tagging is the body of PutBucketTagging and PutObjectTagging.
type Tagging struct {
	TagSet *TagSet
	Xmlns  string
	Extra  map[string]json.RawMessage
	Layout cloudtrail.Layout
}

// TagSet holds the tags.
type TagSet struct {
	Tags   []Tag // Tag
	Extra  map[string]json.RawMessage
	Layout cloudtrail.Layout
}

// Tag is one tag.
type Tag struct {
	Key, Value string
	Extra      map[string]json.RawMessage
	Layout     cloudtrail.Layout
}

// CreateBucketConfiguration is CreateBucket's body.
type CreateBucketConfiguration struct {
	LocationConstraint string
	// Location and Bucket (directory buckets) are kept as recorded.
	Location, Bucket json.RawMessage
	Xmlns            string
	Extra            map[string]json.RawMessage
	Layout           cloudtrail.Layout
}

// Delete is DeleteObjects' body: the objects to delete.
type Delete struct {
	Objects []ObjectIdentifier // Object
	Quiet   bool
	Xmlns   string
	Extra   map[string]json.RawMessage
	Layout  cloudtrail.Layout
}

// ObjectIdentifier names one object to delete.
type ObjectIdentifier struct {
	Key       string
	VersionID string // VersionId
	Extra     map[string]json.RawMessage
	Layout    cloudtrail.Layout
}
