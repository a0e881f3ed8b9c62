package cloudtrail_test

import (
	"testing"

	"github.com/trailtype/cloudtrail"
)

func TestVersionCompare(t *testing.T) {
	tests := []struct {
		a, b cloudtrail.Version
		want int
	}{
		{"1.08", "1.10", -1}, // as strings "1.08" < "1.10" too, but:
		{"1.9", "1.10", -1},  // lexically "1.9" > "1.10"
		{"1.1", "1.10", -1},  // as floats these are equal
		{"1.05", "1.5", 0},
		{"1.11", "1.08", 1},
		{"2.0", "1.11", 1},
		{"garbage", "1.0", -1},
		{"1.0", "", 1},
	}
	for _, tc := range tests {
		if got := tc.a.Compare(tc.b); got != tc.want {
			t.Errorf("%q.Compare(%q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
	if !cloudtrail.Version("1.10").AtLeast("1.08") || cloudtrail.Version("2.0").AtLeast("1.08") || cloudtrail.Version("1.07").AtLeast("1.08") {
		t.Error("AtLeast: want same major and minor >=")
	}
	for _, bad := range []cloudtrail.Version{"1", "1.", ".1", "1.+2", "a.b", "1.-1"} {
		if _, _, ok := bad.Parts(); ok {
			t.Errorf("%q.Parts() ok, want not a version", bad)
		}
	}
}

func TestParseARN(t *testing.T) {
	a, err := cloudtrail.ParseARN("arn:aws-cn:serverlessrepo:cn-north-1:123456789012:applications/my-app")
	if err != nil {
		t.Fatal(err)
	}
	if a.Partition != "aws-cn" || a.Service != "serverlessrepo" || a.Region != "cn-north-1" || a.AccountID != "123456789012" ||
		a.Resource != "applications/my-app" || a.ResourceType() != "applications" || a.ResourceID() != "my-app" {
		t.Errorf("ParseARN = %+v", a)
	}
	if got := a.String(); got != "arn:aws-cn:serverlessrepo:cn-north-1:123456789012:applications/my-app" {
		t.Errorf("String = %q", got)
	}
	s3, err := cloudtrail.ParseARN("arn:aws:s3:::bucket/key:with:colons")
	if err != nil || s3.Region != "" || s3.AccountID != "" || s3.ResourceID() != "key:with:colons" {
		t.Errorf("s3 ARN = %+v, %v", s3, err)
	}
	for _, bad := range []string{"", "arn:aws:s3", "ARN:aws:s3:::b", "arn::s3:::b", "not an arn"} {
		if _, err := cloudtrail.ParseARN(bad); err == nil {
			t.Errorf("ParseARN(%q) succeeded", bad)
		}
	}
}

func TestSourceIP(t *testing.T) {
	for in, want := range map[string]bool{"203.0.113.5": true, "2001:db8::1": true, "signin.amazonaws.com": false, "AWS Internal": false, "": false} {
		ev := cloudtrail.Event{SourceIPAddress: in}
		if _, ok := ev.SourceIP(); ok != want {
			t.Errorf("SourceIP(%q) ok = %v, want %v", in, ok, want)
		}
	}
}

func TestUnmarshalPayload(t *testing.T) {
	ev := decodeEvent(t, findRecord(t, `"eventName":"StartSession"`, `bobson.dugnutt`))
	type startSession struct {
		Target string `json:"target"`
	}
	req, ok, err := cloudtrail.UnmarshalPayload[startSession](ev.RequestParameters)
	if err != nil || !ok || req.Target != "i-047fce8bf4806e5ee" {
		t.Errorf("UnmarshalPayload = %+v, %v, %v", req, ok, err)
	}
	if _, ok, err := cloudtrail.UnmarshalPayload[startSession](ev.AdditionalEventData); ok || err != nil {
		t.Errorf("absent payload: ok %v err %v, want false nil", ok, err)
	}
	if _, ok, err := cloudtrail.UnmarshalPayload[startSession]([]byte("null")); ok || err != nil {
		t.Errorf("null payload: ok %v err %v, want false nil", ok, err)
	}
	if _, _, err := cloudtrail.UnmarshalPayload[startSession]([]byte(`{"target":5}`)); err == nil {
		t.Error("mistyped payload: want an error")
	}
}
