package cloudtrail_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/trailtype/cloudtrail"
)

// Payload errors name the member and the JSON type found, where goccy's own messages say "number \""
// for a string and give Go field names.
func TestPayloadErrorsSayWhichMember(t *testing.T) {
	type statement struct {
		Effect string `json:"Effect"`
		Count  int    `json:"count"`
	}
	type policy struct {
		Version    string      `json:"Version"`
		Statements []statement `json:"Statement"`
	}
	type request struct {
		Bucket string `json:"bucketName"`
		Policy policy `json:"policy"`
	}
	tests := []struct {
		payload, want string
		member        string
	}{
		{`{"bucketName":5}`, `payload member "bucketName" at byte 15: a JSON number where string belongs`, "bucketName"},
		{`{"policy":{"Statement":[{"count":"7"}]}}`, `payload member "policy.Statement.count" at byte 36: a JSON string where int belongs`, "policy.Statement.count"},
		{`{"policy":{"Statement":[{"count":1.5}]}}`, `payload member "policy.Statement.count" at byte 36: a JSON number 1.5 where int belongs`, "policy.Statement.count"},
		{`["a"]`, `payload: a JSON array where cloudtrail_test.request belongs`, ""},
		{`{"bucketName":tru}`, `payload at byte 18: invalid character '}' in literal true (expecting 'e')`, ""},
	}
	for _, tc := range tests {
		_, ok, err := cloudtrail.UnmarshalPayload[request](json.RawMessage(tc.payload))
		var pe *cloudtrail.PayloadError
		if ok || !errors.As(err, &pe) || pe.Member != tc.member || err.Error() != tc.want {
			t.Errorf("%s: ok %v, error %q (%#v); want %q", tc.payload, ok, err, pe, tc.want)
		}
	}
}
