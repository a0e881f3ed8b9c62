package digest

import (
	"fmt"
	"time"
)

// Status is what a finding says about an object or a stretch of the chain.
type Status string

// What a finding says. Every status but Valid is a failure of integrity or of completeness.
const (
	Valid Status = "valid"
	// SignatureInvalid: the digest's signature does not verify with the key it names, or its
	// algorithm is not SHA256withRSA. The digest was changed or forged.
	SignatureInvalid Status = "signature invalid"
	// SignatureMissing: no signature to check: the object has no signature metadata and no newer
	// digest records one (the newest digest of a copy made without metadata).
	SignatureMissing Status = "signature missing"
	// UnknownPublicKey: no key in the KeySet has the digest's fingerprint.
	UnknownPublicKey Status = "unknown public key"
	// HashMismatch: the log file's SHA-256 differs from the digest's hashValue.
	HashMismatch Status = "hash mismatch"
	// LogMissing: a log file the digest lists does not exist.
	LogMissing Status = "log file missing"
	// DigestMissing: a digest the chain points to does not exist.
	DigestMissing Status = "digest missing"
	// DigestsDeleted: the hole left by a missing digest spans two or more hours, so two or more
	// consecutive digests are gone (CloudTrail writes one every hour, even an empty one). Count
	// estimates how many.
	DigestsDeleted Status = "consecutive digests deleted"
	// DigestMoved: the digest is not where its content says CloudTrail put it.
	DigestMoved Status = "digest moved"
	// Gap: a starting digest (no previous) follows older digests: validation or logging was off
	// from From to To, and nothing delivered then can be validated.
	Gap Status = "gap in chain"
	// ChainBroken: the newer digest's previousDigestHashValue or previousDigestSignature does not
	// match this digest (checks the AWS CLI does not make).
	ChainBroken Status = "chain broken"
	// TrailingData: bytes follow the gzip member of a log or digest file; the AWS CLI ignores them.
	TrailingData Status = "data after gzip member"
	// InvalidFormat: the object is not gzip, or the digest is not a valid digest document.
	InvalidFormat Status = "invalid format"
)

// Finding is one result of a validation.
type Finding struct {
	// Status is what was found: Valid, or the failure.
	Status Status
	// FileType is the file the finding is about: FileDigest or FileLog.
	FileType FileType
	// Bucket and Key locate the object. For a Gap or DigestsDeleted they are the newer digest's.
	Bucket, Key string
	// Digest is the key of the digest that lists a log file (log file findings only).
	Digest string
	// From and To bound the hours without digests (Gap, DigestsDeleted).
	From, To time.Time
	// Count is the estimated number of consecutive digests missing (DigestsDeleted).
	Count int
	// Detail adds the specifics: expected and actual values, the underlying error.
	Detail string
}

// Valid reports whether the finding is a success.
func (f Finding) Valid() bool { return f.Status == Valid }

// String prints the finding the way `aws cloudtrail validate-logs --verbose` does, with the
// checks the CLI does not make in the same style.
func (f Finding) String() string {
	const layout = time.RFC3339
	loc := "s3://" + f.Bucket + "/" + f.Key
	var s string
	switch f.Status {
	case Valid:
		return fmt.Sprintf("%s\t%s\tvalid", f.FileType.label(), loc)
	case Gap:
		return fmt.Sprintf("No log files were delivered by CloudTrail between %s and %s", f.From.Format(layout), f.To.Format(layout))
	case DigestsDeleted:
		return fmt.Sprintf("Digest files between %s and %s were deleted: about %d consecutive hourly digests missing before %s",
			f.From.Format(layout), f.To.Format(layout), f.Count, loc)
	case HashMismatch:
		s = "hash value doesn't match"
	case LogMissing, DigestMissing:
		s = "not found"
	case DigestMoved:
		s = "has been moved from its original location"
	case SignatureInvalid:
		s = "signature verification failed"
	case SignatureMissing:
		s = "no signature to verify"
	case UnknownPublicKey:
		s = "public key not found"
	case ChainBroken:
		s = "does not match the next digest's record of it"
	case TrailingData:
		s = "data appended after the gzip member"
	default:
		s = string(f.Status)
	}
	if f.Detail != "" {
		s += " (" + f.Detail + ")"
	}
	return fmt.Sprintf("%s\t%s\tINVALID: %s", f.FileType.label(), loc, s)
}

// label names the file type as the AWS CLI prints it.
func (t FileType) label() string {
	switch t {
	case FileDigest:
		return "Digest file"
	case FileLog:
		return "Log file"
	case FileInsight:
		return "Insights log file"
	}
	return string(t)
}
