package cloudtrailtest_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

// Plain cmp.Diff works on every decoded record: no panic, equal to itself and to its clone, and a
// changed field shows as a diff naming it.
func TestPlainCmpDiffOnEveryRecord(t *testing.T) {
	for i, ev := range records(t) {
		if d := cmp.Diff(ev, ev.Clone()); d != "" {
			t.Fatalf("record %d differs from its clone:\n%s", i, d)
		}
		changed := ev.Clone()
		changed.EventName += "X"
		if d := cmp.Diff(ev, changed); !strings.Contains(d, "EventName") {
			t.Fatalf("record %d: diff %q does not name EventName", i, d)
		}
	}
}

// A hand-built event equals the same event decoded from JSON written with other key order, white
// space and payload layout.
func TestDiffIgnoresLayout(t *testing.T) {
	built := &cloudtrail.Event{EventName: "PutBucketPolicy", EventSource: "s3.amazonaws.com",
		RequestParameters: json.RawMessage(`{"bucketName":"b","policy":{"Version":"2012-10-17"}}`)}
	var decoded cloudtrail.Event
	if err := json.Unmarshal([]byte(`{ "requestParameters" : { "policy":{ "Version" : "2012-10-17" }, "bucketName":"b" },
		"eventSource":"s3.amazonaws.com", "eventName":"PutBucketPolicy" }`), &decoded); err != nil {
		t.Fatal(err)
	}
	if d := cloudtrailtest.Diff(built, &decoded); d != "" {
		t.Errorf("Diff: %s", d)
	}
	if cmp.Equal(built, &decoded) {
		t.Error("plain cmp.Equal compares payloads as bytes: they differ in layout here")
	}
	decoded.RequestParameters = json.RawMessage(`{"bucketName":"c","policy":{"Version":"2012-10-17"}}`)
	if d := cloudtrailtest.Diff(built, &decoded); !strings.Contains(d, "RequestParameters") || !strings.Contains(d, `"c"`) {
		t.Errorf("a changed payload member: %s", d)
	}
}
