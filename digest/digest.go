package digest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// Digest is the content of one digest file. Times are UTC. A field that is null in the file (the
// previous-digest fields of a starting digest, the event times of an hour without events) is the
// zero value.
type Digest struct {
	AWSAccountID               string    `json:"awsAccountId"`
	DigestStartTime            time.Time `json:"digestStartTime"`
	DigestEndTime              time.Time `json:"digestEndTime"`
	DigestS3Bucket             string    `json:"digestS3Bucket"`
	DigestS3Object             string    `json:"digestS3Object"`
	DigestPublicKeyFingerprint string    `json:"digestPublicKeyFingerprint"`
	DigestSignatureAlgorithm   string    `json:"digestSignatureAlgorithm"`
	NewestEventTime            time.Time `json:"newestEventTime"`
	OldestEventTime            time.Time `json:"oldestEventTime"`

	PreviousDigestS3Bucket      string `json:"previousDigestS3Bucket"`
	PreviousDigestS3Object      string `json:"previousDigestS3Object"`
	PreviousDigestHashValue     string `json:"previousDigestHashValue"`
	PreviousDigestHashAlgorithm string `json:"previousDigestHashAlgorithm"`
	PreviousDigestSignature     string `json:"previousDigestSignature"`

	LogFiles []LogFile `json:"logFiles"`

	// rawEndTime is digestEndTime exactly as written: the signature covers the text, not the instant.
	rawEndTime string
}

// LogFile is one log file listed in a digest.
type LogFile struct {
	S3Bucket        string    `json:"s3Bucket"`
	S3Object        string    `json:"s3Object"`
	HashValue       string    `json:"hashValue"`
	HashAlgorithm   string    `json:"hashAlgorithm"`
	NewestEventTime time.Time `json:"newestEventTime"`
	OldestEventTime time.Time `json:"oldestEventTime"`
}

// Algorithms CloudTrail uses.
const (
	SignatureAlgorithm = "SHA256withRSA"
	HashAlgorithm      = "SHA-256"
)

// requiredKeys must be present (null allowed) or the digest is refused, as the AWS CLI does.
var requiredKeys = []string{
	"digestPublicKeyFingerprint", "digestS3Bucket", "digestS3Object",
	"previousDigestSignature", "digestEndTime", "digestStartTime",
}

// FormatError says why a digest file's content is not a valid digest.
type FormatError struct {
	Reason string
}

func (e *FormatError) Error() string { return "digest: invalid format: " + e.Reason }

// Parse reads an uncompressed digest file. It refuses a document that lacks any key the AWS CLI
// requires, or whose times are not RFC 3339.
func Parse(data []byte) (*Digest, error) {
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(data, &keys); err != nil {
		return nil, &FormatError{Reason: err.Error()}
	}
	for _, k := range requiredKeys {
		if _, ok := keys[k]; !ok {
			return nil, &FormatError{Reason: "missing key " + k}
		}
	}
	var w wireDigest
	if err := json.Unmarshal(data, &w); err != nil {
		return nil, &FormatError{Reason: err.Error()}
	}
	return w.digest()
}

// wireDigest is the digest as JSON has it: nullable strings for every time, so that null and a bad
// layout can be told apart from a missing value.
type wireDigest struct {
	AWSAccountID               string  `json:"awsAccountId"`
	DigestStartTime            *string `json:"digestStartTime"`
	DigestEndTime              *string `json:"digestEndTime"`
	DigestS3Bucket             string  `json:"digestS3Bucket"`
	DigestS3Object             string  `json:"digestS3Object"`
	DigestPublicKeyFingerprint string  `json:"digestPublicKeyFingerprint"`
	DigestSignatureAlgorithm   string  `json:"digestSignatureAlgorithm"`
	NewestEventTime            *string `json:"newestEventTime"`
	OldestEventTime            *string `json:"oldestEventTime"`

	PreviousDigestS3Bucket      string `json:"previousDigestS3Bucket"`
	PreviousDigestS3Object      string `json:"previousDigestS3Object"`
	PreviousDigestHashValue     string `json:"previousDigestHashValue"`
	PreviousDigestHashAlgorithm string `json:"previousDigestHashAlgorithm"`
	PreviousDigestSignature     string `json:"previousDigestSignature"`

	LogFiles []struct {
		S3Bucket        string  `json:"s3Bucket"`
		S3Object        string  `json:"s3Object"`
		HashValue       string  `json:"hashValue"`
		HashAlgorithm   string  `json:"hashAlgorithm"`
		NewestEventTime *string `json:"newestEventTime"`
		OldestEventTime *string `json:"oldestEventTime"`
	} `json:"logFiles"`
}

func (w *wireDigest) digest() (*Digest, error) {
	d := &Digest{
		AWSAccountID:                w.AWSAccountID,
		DigestS3Bucket:              w.DigestS3Bucket,
		DigestS3Object:              w.DigestS3Object,
		DigestPublicKeyFingerprint:  w.DigestPublicKeyFingerprint,
		DigestSignatureAlgorithm:    w.DigestSignatureAlgorithm,
		PreviousDigestS3Bucket:      w.PreviousDigestS3Bucket,
		PreviousDigestS3Object:      w.PreviousDigestS3Object,
		PreviousDigestHashValue:     w.PreviousDigestHashValue,
		PreviousDigestHashAlgorithm: w.PreviousDigestHashAlgorithm,
		PreviousDigestSignature:     w.PreviousDigestSignature,
	}
	if w.DigestEndTime == nil || w.DigestStartTime == nil {
		return nil, &FormatError{Reason: "digestStartTime and digestEndTime must not be null"}
	}
	d.rawEndTime = *w.DigestEndTime
	err := firstError(
		parseTime("digestStartTime", w.DigestStartTime, &d.DigestStartTime),
		parseTime("digestEndTime", w.DigestEndTime, &d.DigestEndTime),
		parseTime("newestEventTime", w.NewestEventTime, &d.NewestEventTime),
		parseTime("oldestEventTime", w.OldestEventTime, &d.OldestEventTime))
	if err != nil {
		return nil, err
	}
	d.LogFiles = make([]LogFile, len(w.LogFiles))
	for i, lf := range w.LogFiles {
		d.LogFiles[i] = LogFile{S3Bucket: lf.S3Bucket, S3Object: lf.S3Object, HashValue: lf.HashValue, HashAlgorithm: lf.HashAlgorithm}
		err := firstError(
			parseTime(fmt.Sprintf("logFiles[%d].newestEventTime", i), lf.NewestEventTime, &d.LogFiles[i].NewestEventTime),
			parseTime(fmt.Sprintf("logFiles[%d].oldestEventTime", i), lf.OldestEventTime, &d.LogFiles[i].OldestEventTime))
		if err != nil {
			return nil, err
		}
	}
	return d, nil
}

// parseTime reads an RFC 3339 time; null leaves dst zero.
func parseTime(name string, raw *string, dst *time.Time) error {
	if raw == nil {
		return nil
	}
	v, err := time.Parse(time.RFC3339, *raw)
	if err != nil {
		return &FormatError{Reason: fmt.Sprintf("%s: %v", name, err)}
	}
	*dst = v.UTC()
	return nil
}

func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// Starting reports whether the digest starts a chain: validation was switched on or restarted, or
// logging was restarted, so there is no previous digest.
func (d *Digest) Starting() bool {
	return d.PreviousDigestS3Bucket == "" && d.PreviousDigestS3Object == ""
}

// StringToSign is the text CloudTrail signs: the end time exactly as written, the digest's location,
// the hex SHA-256 of the uncompressed digest bytes and the previous signature (or "null"), joined
// with LF and no trailing newline.
func (d *Digest) StringToSign(hexSHA256 string) string {
	end := d.rawEndTime
	if end == "" {
		end = d.DigestEndTime.UTC().Format(time.RFC3339)
	}
	prev := d.PreviousDigestSignature
	if prev == "" {
		prev = "null"
	}
	var b bytes.Buffer
	for i, part := range []string{end, d.DigestS3Bucket + "/" + d.DigestS3Object, hexSHA256, prev} {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(part)
	}
	return b.String()
}
