package s3

import (
	"encoding/json"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// The codecs of the bodies, each with its MarshalJSON and UnmarshalJSON below.

var versioningCodec = lossless.NewCodec(
	func(v *VersioningConfiguration) *lossless.Layout { return &v.Layout },
	func(v *VersioningConfiguration) *map[string]json.RawMessage { return &v.Extra },
	lossless.String("Status", func(v *VersioningConfiguration) *string { return &v.Status }),
	lossless.String("MfaDelete", func(v *VersioningConfiguration) *string { return &v.MfaDelete }),
	lossless.String("xmlns", func(v *VersioningConfiguration) *string { return &v.Xmlns }),
)

var loggingStatusCodec = lossless.NewCodec(
	func(v *BucketLoggingStatus) *lossless.Layout { return &v.Layout },
	func(v *BucketLoggingStatus) *map[string]json.RawMessage { return &v.Extra },
	lossless.Object("LoggingEnabled", func(v *BucketLoggingStatus) **LoggingEnabled { return &v.LoggingEnabled }, loggingEnabledCodec),
	lossless.String("xmlns", func(v *BucketLoggingStatus) *string { return &v.Xmlns }),
)

var loggingEnabledCodec = lossless.NewCodec(
	func(v *LoggingEnabled) *lossless.Layout { return &v.Layout },
	func(v *LoggingEnabled) *map[string]json.RawMessage { return &v.Extra },
	lossless.String("TargetBucket", func(v *LoggingEnabled) *string { return &v.TargetBucket }),
	lossless.String("TargetPrefix", func(v *LoggingEnabled) *string { return &v.TargetPrefix }),
	lossless.Raw("TargetGrants", func(v *LoggingEnabled) *json.RawMessage { return &v.TargetGrants }),
	lossless.Raw("TargetObjectKeyFormat", func(v *LoggingEnabled) *json.RawMessage { return &v.TargetObjectKeyFormat }),
)

var lifecycleCodec = lossless.NewCodec(
	func(v *LifecycleConfiguration) *lossless.Layout { return &v.Layout },
	func(v *LifecycleConfiguration) *map[string]json.RawMessage { return &v.Extra },
	lossless.Elements("Rule", func(v *LifecycleConfiguration) *[]LifecycleRule { return &v.Rules }, lifecycleRuleCodec),
	lossless.String("xmlns", func(v *LifecycleConfiguration) *string { return &v.Xmlns }),
)

var lifecycleRuleCodec = lossless.NewCodec(
	func(v *LifecycleRule) *lossless.Layout { return &v.Layout },
	func(v *LifecycleRule) *map[string]json.RawMessage { return &v.Extra },
	lossless.String("ID", func(v *LifecycleRule) *string { return &v.ID }),
	lossless.String("Status", func(v *LifecycleRule) *string { return &v.Status }),
	lossless.String("Prefix", func(v *LifecycleRule) *string { return &v.Prefix }),
	lossless.Object("Filter", func(v *LifecycleRule) **LifecycleFilter { return &v.Filter }, lifecycleFilterCodec),
	lossless.Object("Expiration", func(v *LifecycleRule) **LifecycleExpiration { return &v.Expiration }, expirationCodec),
	lossless.Object("NoncurrentVersionExpiration", func(v *LifecycleRule) **NoncurrentVersionExpiration { return &v.NoncurrentVersionExpiration }, noncurrentCodec),
	lossless.Object("AbortIncompleteMultipartUpload", func(v *LifecycleRule) **AbortIncompleteMultipartUpload { return &v.AbortIncompleteMultipartUpload }, abortCodec),
	lossless.Raw("Transition", func(v *LifecycleRule) *json.RawMessage { return &v.Transitions }),
	lossless.Raw("NoncurrentVersionTransition", func(v *LifecycleRule) *json.RawMessage { return &v.NoncurrentVersionTransitions }),
)

var lifecycleFilterCodec = lossless.NewCodec(
	func(v *LifecycleFilter) *lossless.Layout { return &v.Layout },
	func(v *LifecycleFilter) *map[string]json.RawMessage { return &v.Extra },
	lossless.String("Prefix", func(v *LifecycleFilter) *string { return &v.Prefix }),
	lossless.Raw("Tag", func(v *LifecycleFilter) *json.RawMessage { return &v.Tag }),
	lossless.Raw("And", func(v *LifecycleFilter) *json.RawMessage { return &v.And }),
	lossless.Int("ObjectSizeGreaterThan", func(v *LifecycleFilter) *int64 { return &v.ObjectSizeGreaterThan }),
	lossless.Int("ObjectSizeLessThan", func(v *LifecycleFilter) *int64 { return &v.ObjectSizeLessThan }),
)

var expirationCodec = lossless.NewCodec(
	func(v *LifecycleExpiration) *lossless.Layout { return &v.Layout },
	func(v *LifecycleExpiration) *map[string]json.RawMessage { return &v.Extra },
	lossless.Int("Days", func(v *LifecycleExpiration) *int64 { return &v.Days }),
	lossless.String("Date", func(v *LifecycleExpiration) *string { return &v.Date }),
	lossless.Bool("ExpiredObjectDeleteMarker", func(v *LifecycleExpiration) *bool { return &v.ExpiredObjectDeleteMarker }),
)

var noncurrentCodec = lossless.NewCodec(
	func(v *NoncurrentVersionExpiration) *lossless.Layout { return &v.Layout },
	func(v *NoncurrentVersionExpiration) *map[string]json.RawMessage { return &v.Extra },
	lossless.Int("NoncurrentDays", func(v *NoncurrentVersionExpiration) *int64 { return &v.NoncurrentDays }),
	lossless.Int("NewerNoncurrentVersions", func(v *NoncurrentVersionExpiration) *int64 { return &v.NewerNoncurrentVersions }),
)

var abortCodec = lossless.NewCodec(
	func(v *AbortIncompleteMultipartUpload) *lossless.Layout { return &v.Layout },
	func(v *AbortIncompleteMultipartUpload) *map[string]json.RawMessage { return &v.Extra },
	lossless.Int("DaysAfterInitiation", func(v *AbortIncompleteMultipartUpload) *int64 { return &v.DaysAfterInitiation }),
)

var aclCodec = lossless.NewCodec(
	func(v *AccessControlPolicy) *lossless.Layout { return &v.Layout },
	func(v *AccessControlPolicy) *map[string]json.RawMessage { return &v.Extra },
	lossless.Object("Owner", func(v *AccessControlPolicy) **Owner { return &v.Owner }, ownerCodec),
	lossless.Object("AccessControlList", func(v *AccessControlPolicy) **AccessControlList { return &v.AccessControlList }, grantsCodec),
	lossless.String("xmlns", func(v *AccessControlPolicy) *string { return &v.Xmlns }),
)

var ownerCodec = lossless.NewCodec(
	func(v *Owner) *lossless.Layout { return &v.Layout },
	func(v *Owner) *map[string]json.RawMessage { return &v.Extra },
	lossless.String("ID", func(v *Owner) *string { return &v.ID }),
	lossless.String("DisplayName", func(v *Owner) *string { return &v.DisplayName }),
)

var grantsCodec = lossless.NewCodec(
	func(v *AccessControlList) *lossless.Layout { return &v.Layout },
	func(v *AccessControlList) *map[string]json.RawMessage { return &v.Extra },
	lossless.Elements("Grant", func(v *AccessControlList) *[]Grant { return &v.Grants }, grantCodec),
)

var grantCodec = lossless.NewCodec(
	func(v *Grant) *lossless.Layout { return &v.Layout },
	func(v *Grant) *map[string]json.RawMessage { return &v.Extra },
	lossless.Object("Grantee", func(v *Grant) **Grantee { return &v.Grantee }, granteeCodec),
	lossless.String("Permission", func(v *Grant) *string { return &v.Permission }),
)

var granteeCodec = lossless.NewCodec(
	func(v *Grantee) *lossless.Layout { return &v.Layout },
	func(v *Grantee) *map[string]json.RawMessage { return &v.Extra },
	lossless.String("xsi:type", func(v *Grantee) *string { return &v.Type }),
	lossless.String("xmlns:xsi", func(v *Grantee) *string { return &v.XmlnsXsi }),
	lossless.String("ID", func(v *Grantee) *string { return &v.ID }),
	lossless.String("DisplayName", func(v *Grantee) *string { return &v.DisplayName }),
	lossless.String("URI", func(v *Grantee) *string { return &v.URI }),
	lossless.String("EmailAddress", func(v *Grantee) *string { return &v.EmailAddress }),
)

var encryptionCodec = lossless.NewCodec(
	func(v *ServerSideEncryptionConfiguration) *lossless.Layout { return &v.Layout },
	func(v *ServerSideEncryptionConfiguration) *map[string]json.RawMessage { return &v.Extra },
	lossless.Elements("Rule", func(v *ServerSideEncryptionConfiguration) *[]ServerSideEncryptionRule { return &v.Rules }, encryptionRuleCodec),
	lossless.String("xmlns", func(v *ServerSideEncryptionConfiguration) *string { return &v.Xmlns }),
)

var encryptionRuleCodec = lossless.NewCodec(
	func(v *ServerSideEncryptionRule) *lossless.Layout { return &v.Layout },
	func(v *ServerSideEncryptionRule) *map[string]json.RawMessage { return &v.Extra },
	lossless.Object("ApplyServerSideEncryptionByDefault", func(v *ServerSideEncryptionRule) **ServerSideEncryptionByDefault {
		return &v.ApplyServerSideEncryptionByDefault
	}, encryptionDefaultCodec),
	lossless.Bool("BucketKeyEnabled", func(v *ServerSideEncryptionRule) *bool { return &v.BucketKeyEnabled }),
)

var encryptionDefaultCodec = lossless.NewCodec(
	func(v *ServerSideEncryptionByDefault) *lossless.Layout { return &v.Layout },
	func(v *ServerSideEncryptionByDefault) *map[string]json.RawMessage { return &v.Extra },
	lossless.String("SSEAlgorithm", func(v *ServerSideEncryptionByDefault) *string { return &v.SSEAlgorithm }),
	lossless.String("KMSMasterKeyID", func(v *ServerSideEncryptionByDefault) *string { return &v.KMSMasterKeyID }),
)

var publicAccessBlockCodec = lossless.NewCodec(
	func(v *PublicAccessBlockConfiguration) *lossless.Layout { return &v.Layout },
	func(v *PublicAccessBlockConfiguration) *map[string]json.RawMessage { return &v.Extra },
	lossless.Bool("BlockPublicAcls", func(v *PublicAccessBlockConfiguration) *bool { return &v.BlockPublicAcls }),
	lossless.Bool("IgnorePublicAcls", func(v *PublicAccessBlockConfiguration) *bool { return &v.IgnorePublicAcls }),
	lossless.Bool("BlockPublicPolicy", func(v *PublicAccessBlockConfiguration) *bool { return &v.BlockPublicPolicy }),
	lossless.Bool("RestrictPublicBuckets", func(v *PublicAccessBlockConfiguration) *bool { return &v.RestrictPublicBuckets }),
	lossless.String("xmlns", func(v *PublicAccessBlockConfiguration) *string { return &v.Xmlns }),
)

var taggingCodec = lossless.NewCodec(
	func(v *Tagging) *lossless.Layout { return &v.Layout },
	func(v *Tagging) *map[string]json.RawMessage { return &v.Extra },
	lossless.Object("TagSet", func(v *Tagging) **TagSet { return &v.TagSet }, tagSetCodec),
	lossless.String("xmlns", func(v *Tagging) *string { return &v.Xmlns }),
)

var tagSetCodec = lossless.NewCodec(
	func(v *TagSet) *lossless.Layout { return &v.Layout },
	func(v *TagSet) *map[string]json.RawMessage { return &v.Extra },
	lossless.Elements("Tag", func(v *TagSet) *[]Tag { return &v.Tags }, tagCodec),
)

var tagCodec = lossless.NewCodec(
	func(v *Tag) *lossless.Layout { return &v.Layout },
	func(v *Tag) *map[string]json.RawMessage { return &v.Extra },
	lossless.String("Key", func(v *Tag) *string { return &v.Key }),
	lossless.String("Value", func(v *Tag) *string { return &v.Value }),
)

var createBucketCodec = lossless.NewCodec(
	func(v *CreateBucketConfiguration) *lossless.Layout { return &v.Layout },
	func(v *CreateBucketConfiguration) *map[string]json.RawMessage { return &v.Extra },
	lossless.String("LocationConstraint", func(v *CreateBucketConfiguration) *string { return &v.LocationConstraint }),
	lossless.Raw("Location", func(v *CreateBucketConfiguration) *json.RawMessage { return &v.Location }),
	lossless.Raw("Bucket", func(v *CreateBucketConfiguration) *json.RawMessage { return &v.Bucket }),
	lossless.String("xmlns", func(v *CreateBucketConfiguration) *string { return &v.Xmlns }),
)

var deleteCodec = lossless.NewCodec(
	func(v *Delete) *lossless.Layout { return &v.Layout },
	func(v *Delete) *map[string]json.RawMessage { return &v.Extra },
	lossless.Elements("Object", func(v *Delete) *[]ObjectIdentifier { return &v.Objects }, objectIDCodec),
	lossless.Bool("Quiet", func(v *Delete) *bool { return &v.Quiet }),
	lossless.String("xmlns", func(v *Delete) *string { return &v.Xmlns }),
)

var objectIDCodec = lossless.NewCodec(
	func(v *ObjectIdentifier) *lossless.Layout { return &v.Layout },
	func(v *ObjectIdentifier) *map[string]json.RawMessage { return &v.Extra },
	lossless.String("Key", func(v *ObjectIdentifier) *string { return &v.Key }),
	lossless.String("VersionId", func(v *ObjectIdentifier) *string { return &v.VersionID }),
)

// MarshalJSON encodes v losslessly.
func (v VersioningConfiguration) MarshalJSON() ([]byte, error) { return versioningCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *VersioningConfiguration) UnmarshalJSON(data []byte) error {
	return versioningCodec.UnmarshalCopy(v, data)
}

// MarshalJSON encodes v losslessly.
func (v BucketLoggingStatus) MarshalJSON() ([]byte, error) { return loggingStatusCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *BucketLoggingStatus) UnmarshalJSON(data []byte) error {
	return loggingStatusCodec.UnmarshalCopy(v, data)
}

// MarshalJSON encodes v losslessly.
func (v LoggingEnabled) MarshalJSON() ([]byte, error) { return loggingEnabledCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *LoggingEnabled) UnmarshalJSON(data []byte) error {
	return loggingEnabledCodec.UnmarshalCopy(v, data)
}

// MarshalJSON encodes v losslessly.
func (v LifecycleConfiguration) MarshalJSON() ([]byte, error) { return lifecycleCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *LifecycleConfiguration) UnmarshalJSON(data []byte) error {
	return lifecycleCodec.UnmarshalCopy(v, data)
}

// MarshalJSON encodes v losslessly.
func (v LifecycleRule) MarshalJSON() ([]byte, error) { return lifecycleRuleCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *LifecycleRule) UnmarshalJSON(data []byte) error {
	return lifecycleRuleCodec.UnmarshalCopy(v, data)
}

// MarshalJSON encodes v losslessly.
func (v LifecycleFilter) MarshalJSON() ([]byte, error) { return lifecycleFilterCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *LifecycleFilter) UnmarshalJSON(data []byte) error {
	return lifecycleFilterCodec.UnmarshalCopy(v, data)
}

// MarshalJSON encodes v losslessly.
func (v LifecycleExpiration) MarshalJSON() ([]byte, error) { return expirationCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *LifecycleExpiration) UnmarshalJSON(data []byte) error {
	return expirationCodec.UnmarshalCopy(v, data)
}

// MarshalJSON encodes v losslessly.
func (v NoncurrentVersionExpiration) MarshalJSON() ([]byte, error) {
	return noncurrentCodec.Marshal(&v)
}

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *NoncurrentVersionExpiration) UnmarshalJSON(data []byte) error {
	return noncurrentCodec.UnmarshalCopy(v, data)
}

// MarshalJSON encodes v losslessly.
func (v AbortIncompleteMultipartUpload) MarshalJSON() ([]byte, error) { return abortCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *AbortIncompleteMultipartUpload) UnmarshalJSON(data []byte) error {
	return abortCodec.UnmarshalCopy(v, data)
}

// MarshalJSON encodes v losslessly.
func (v AccessControlPolicy) MarshalJSON() ([]byte, error) { return aclCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *AccessControlPolicy) UnmarshalJSON(data []byte) error {
	return aclCodec.UnmarshalCopy(v, data)
}

// MarshalJSON encodes v losslessly.
func (v Owner) MarshalJSON() ([]byte, error) { return ownerCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *Owner) UnmarshalJSON(data []byte) error { return ownerCodec.UnmarshalCopy(v, data) }

// MarshalJSON encodes v losslessly.
func (v AccessControlList) MarshalJSON() ([]byte, error) { return grantsCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *AccessControlList) UnmarshalJSON(data []byte) error {
	return grantsCodec.UnmarshalCopy(v, data)
}

// MarshalJSON encodes v losslessly.
func (v Grant) MarshalJSON() ([]byte, error) { return grantCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *Grant) UnmarshalJSON(data []byte) error { return grantCodec.UnmarshalCopy(v, data) }

// MarshalJSON encodes v losslessly.
func (v Grantee) MarshalJSON() ([]byte, error) { return granteeCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *Grantee) UnmarshalJSON(data []byte) error { return granteeCodec.UnmarshalCopy(v, data) }

// MarshalJSON encodes v losslessly.
func (v ServerSideEncryptionConfiguration) MarshalJSON() ([]byte, error) {
	return encryptionCodec.Marshal(&v)
}

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *ServerSideEncryptionConfiguration) UnmarshalJSON(data []byte) error {
	return encryptionCodec.UnmarshalCopy(v, data)
}

// MarshalJSON encodes v losslessly.
func (v ServerSideEncryptionRule) MarshalJSON() ([]byte, error) {
	return encryptionRuleCodec.Marshal(&v)
}

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *ServerSideEncryptionRule) UnmarshalJSON(data []byte) error {
	return encryptionRuleCodec.UnmarshalCopy(v, data)
}

// MarshalJSON encodes v losslessly.
func (v ServerSideEncryptionByDefault) MarshalJSON() ([]byte, error) {
	return encryptionDefaultCodec.Marshal(&v)
}

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *ServerSideEncryptionByDefault) UnmarshalJSON(data []byte) error {
	return encryptionDefaultCodec.UnmarshalCopy(v, data)
}

// MarshalJSON encodes v losslessly.
func (v PublicAccessBlockConfiguration) MarshalJSON() ([]byte, error) {
	return publicAccessBlockCodec.Marshal(&v)
}

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *PublicAccessBlockConfiguration) UnmarshalJSON(data []byte) error {
	return publicAccessBlockCodec.UnmarshalCopy(v, data)
}

// MarshalJSON encodes v losslessly.
func (v Tagging) MarshalJSON() ([]byte, error) { return taggingCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *Tagging) UnmarshalJSON(data []byte) error { return taggingCodec.UnmarshalCopy(v, data) }

// MarshalJSON encodes v losslessly.
func (v TagSet) MarshalJSON() ([]byte, error) { return tagSetCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *TagSet) UnmarshalJSON(data []byte) error { return tagSetCodec.UnmarshalCopy(v, data) }

// MarshalJSON encodes v losslessly.
func (v Tag) MarshalJSON() ([]byte, error) { return tagCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *Tag) UnmarshalJSON(data []byte) error { return tagCodec.UnmarshalCopy(v, data) }

// MarshalJSON encodes v losslessly.
func (v CreateBucketConfiguration) MarshalJSON() ([]byte, error) {
	return createBucketCodec.Marshal(&v)
}

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *CreateBucketConfiguration) UnmarshalJSON(data []byte) error {
	return createBucketCodec.UnmarshalCopy(v, data)
}

// MarshalJSON encodes v losslessly.
func (v Delete) MarshalJSON() ([]byte, error) { return deleteCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *Delete) UnmarshalJSON(data []byte) error { return deleteCodec.UnmarshalCopy(v, data) }

// MarshalJSON encodes v losslessly.
func (v ObjectIdentifier) MarshalJSON() ([]byte, error) { return objectIDCodec.Marshal(&v) }

// UnmarshalJSON decodes v, keeping what the package does not know.
func (v *ObjectIdentifier) UnmarshalJSON(data []byte) error {
	return objectIDCodec.UnmarshalCopy(v, data)
}
