package digest

import (
	"bytes"
	"encoding/json"
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
	var start, end string
	if json.Unmarshal(keys["digestStartTime"], &start) != nil || json.Unmarshal(keys["digestEndTime"], &end) != nil ||
		start == "" || end == "" {
		return nil, &FormatError{Reason: "digestStartTime and digestEndTime must be strings"}
	}
	// time.Time reads null as "leave zero", which is what a null event time means here.
	d := &Digest{rawEndTime: end}
	if err := json.Unmarshal(data, d); err != nil {
		return nil, &FormatError{Reason: err.Error()}
	}
	times := []*time.Time{&d.DigestStartTime, &d.DigestEndTime, &d.NewestEventTime, &d.OldestEventTime}
	for i := range d.LogFiles {
		times = append(times, &d.LogFiles[i].NewestEventTime, &d.LogFiles[i].OldestEventTime)
	}
	for _, t := range times {
		*t = t.UTC()
	}
	if d.LogFiles == nil {
		d.LogFiles = []LogFile{}
	}
	return d, nil
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
