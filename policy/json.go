package policy

import (
	"bytes"
	"encoding/json"
)

// JSON is a payload member that holds a policy document, kept exactly as recorded: a JSON string
// of the document (URL-encoded in some IAM records) or, in some records, the document itself as an
// object. The typed service packages use it for every member their API model gives a policy shape
// (IAM's PolicyDocument, KMS's Policy, Secrets Manager's ResourcePolicy, ...); Document reads it.
type JSON []byte

// Document reads the policy; nil and no error when the member is absent, null or an empty string.
func (j JSON) Document() (*Document, error) {
	if j.Empty() {
		return nil, nil
	}
	return Read(json.RawMessage(j))
}

// Empty reports whether the member holds no policy: absent, null or "".
func (j JSON) Empty() bool {
	t := bytes.TrimSpace(j)
	return len(t) == 0 || string(t) == "null" || string(t) == `""`
}

// Text is the policy's text: the string's value, URL-decoded when IAM recorded it URL-encoded, or
// the object's JSON.
func (j JSON) Text() string {
	var s string
	if json.Unmarshal(j, &s) != nil {
		return string(j)
	}
	if dec, err := unescape(s); err == nil {
		return dec
	}
	return s
}

// MarshalJSON writes the member as it came; null when empty.
func (j JSON) MarshalJSON() ([]byte, error) {
	if len(j) == 0 {
		return []byte("null"), nil
	}
	return j, nil
}

// UnmarshalJSON keeps a copy of the member's JSON.
func (j *JSON) UnmarshalJSON(data []byte) error {
	*j = bytes.Clone(data)
	return nil
}
