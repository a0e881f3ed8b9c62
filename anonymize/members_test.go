package anonymize_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/anonymize"
)

// memberNames lists the member names of every object of a JSON document, and of the JSON
// documents held in its strings, in a stable order.
func memberNames(t *testing.T, data []byte) []string {
	t.Helper()
	var walk func(v any) []string
	walk = func(v any) []string {
		var out []string
		switch v := v.(type) {
		case map[string]any:
			keys := slices.Sorted(func(yield func(string) bool) {
				for k := range v {
					if !yield(k) {
						return
					}
				}
			})
			for _, k := range keys {
				out = append(out, k)
				out = append(out, walk(v[k])...)
			}
		case []any:
			for _, e := range v {
				out = append(out, walk(e)...)
			}
		case string:
			var doc any
			if s := strings.TrimSpace(v); strings.HasPrefix(s, "{") && json.Unmarshal([]byte(s), &doc) == nil {
				out = append(out, walk(doc)...)
			}
		}
		return out
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return walk(v)
}

// A value that equals a member name somewhere in the record replaces the value only: an IAM user
// named "key" must not rename the S3 request's "key" member, in the record or in a policy document
// held in a string.
func TestAnonymizeKeepsMemberNames(t *testing.T) {
	const record = `{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","principalId":"AIDAJ45Q7YFFAREXAMPLE",` +
		`"arn":"arn:aws:iam::123456789012:user/NAME","accountId":"123456789012","accessKeyId":"AKIAIOSFODNN7EXAMPLE","userName":"NAME"},` +
		`"eventTime":"2024-03-01T12:00:00Z","eventSource":"s3.amazonaws.com","eventName":"GetObject","awsRegion":"us-east-1",` +
		`"sourceIPAddress":"8.8.8.8","requestParameters":{"bucketName":"reports","Host":"reports.s3.us-east-1.amazonaws.com","key":"q3/summary.csv"},` +
		`"additionalEventData":{"policy":"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"NAME\",\"Effect\":\"Allow\",` +
		`\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:user/NAME\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::reports/*\",` +
		`\"Condition\":{\"StringEquals\":{\"type\":\"NAME\",\"key\":\"NAME\",\"bucketName\":\"reports\"}}}]}"},` +
		`"recipientAccountId":"123456789012"}`
	for _, name := range []string{"key", "policy", "type", "bucketName"} {
		var ev cloudtrail.Event
		if err := json.Unmarshal([]byte(strings.ReplaceAll(record, "NAME", name)), &ev); err != nil {
			t.Fatal(err)
		}
		in, _ := json.Marshal(&ev)
		anon, err := anonymize.New([]byte("k")).Anonymize(&ev)
		if err != nil {
			t.Fatalf("user %q: %v", name, err)
		}
		out, _ := json.Marshal(anon)
		if got, want := memberNames(t, out), memberNames(t, in); !slices.Equal(got, want) {
			t.Errorf("user %q: member names changed:\n got %v\nwant %v\n%s", name, got, want, out)
		}
		var req struct{ BucketName, Key string }
		if err := json.Unmarshal(anon.RequestParameters, &req); err != nil || req.BucketName != "reports" || req.Key != "q3/summary.csv" {
			t.Errorf("user %q: request %s: want bucketName reports and key q3/summary.csv (%v)", name, anon.RequestParameters, err)
		}
		// "policy" is one of the words never learned as a name, as it would break ARNs (":policy/").
		if name != "policy" && (anon.UserIdentity.UserName == name || strings.Contains(string(anon.AdditionalEventData), `\"Sid\":\"`+name+`\"`)) {
			t.Errorf("user %q: the user name survived as a value:\n%s", name, out)
		}
		if anon.UserIdentity.AccountID == "123456789012" || strings.Contains(string(out), "123456789012") {
			t.Errorf("user %q: the account survived:\n%s", name, out)
		}
	}
}
