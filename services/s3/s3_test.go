package s3_test

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services/s3"
)

func parse(ev *cloudtrail.Event) (any, error) { return s3.Parse(ev) }

func records(t testing.TB) []*cloudtrail.Event {
	return modeltest.Records(t, "testdata/s3-records.ndjson")
}

// want is what the records do beyond a clean parse, by record (its line in
// testdata/s3-records.ndjson, whose sources testdata/SOURCES.md gives).
var want = modeltest.Expect{
	ErrUnknown: s3.ErrUnknownOperation,
	// Names that are no S3 operation, all in made-up records of Panther's detection tests:
	// SetQueueAttributes (12) and CreateServiceLinkedRole (15) of other services, and the IAM
	// actions ListBucket (1, 35, 37) and ListAllMyBuckets (75) where real records have ListObjects
	// (80, 81) and ListBuckets (77).
	Unknown: []int{1, 12, 15, 35, 37, 75},
}

// Every S3 record of the test data parses, leaves nothing in Extra but what want lists, and
// encodes back to the same payloads.
func TestRecords(t *testing.T) { modeltest.CheckRecords(t, records(t), parse, want) }

// additionalEventData encodes back as recorded; byte counts read whether numbers or strings.
func TestDetails(t *testing.T) {
	counted := 0
	for i, ev := range records(t) {
		call, err := s3.Parse(ev)
		if err != nil || len(ev.AdditionalEventData) == 0 {
			continue
		}
		out, err := json.Marshal(s3.PayloadOf(call).Details)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(generic(t, ev.AdditionalEventData), generic(t, out)); d != "" {
			t.Errorf("record %d: additionalEventData does not encode back (-record +typed):\n%s", i, d)
		}
		if left := modeltest.Leftovers(s3.PayloadOf(call).Details); len(left) > 0 {
			t.Errorf("record %d: details left in Extra: %q", i, left)
		}
		var raw map[string]any
		_ = json.Unmarshal(ev.AdditionalEventData, &raw)
		if _, ok := raw["bytesTransferredOut"]; ok {
			counted++
		}
	}
	if counted == 0 {
		t.Error("no record with byte counts")
	}
}

// The helpers on the records: subresources of bucket calls, object ARNs of object calls, bucket
// policies.
func TestHelpers(t *testing.T) {
	subresources, objects, policies := map[string]bool{}, 0, 0
	for i, ev := range records(t) {
		c, err := s3.Parse(ev)
		if err != nil {
			continue // the unknown operations of want
		}
		call := s3.PayloadOf(c)
		for _, s := range call.Subresources() {
			subresources[s] = true
		}
		if arn := call.ObjectARN(); arn != "" {
			objects++
			if !strings.HasPrefix(arn, "arn:aws:s3:::"+call.Request.BucketName+"/") {
				t.Errorf("record %d: ObjectARN %q", i, arn)
			}
		}
		if doc, err := call.PolicyDocument(); err == nil && doc != nil {
			policies++
		} else if call.Request != nil && len(call.Request.BucketPolicy) > 0 && err == nil {
			t.Errorf("record %d: bucket policy not read", i)
		}
	}
	for _, s := range []string{"acl", "policy", "versioning", "lifecycle", "logging", "encryption", "replication", "publicAccessBlock"} {
		if !subresources[s] {
			t.Errorf("no record with subresource %s; saw %v", s, subresources)
		}
	}
	if objects == 0 || policies == 0 {
		t.Errorf("%d object ARNs, %d policies", objects, policies)
	}
}

func generic(t *testing.T, b []byte) any {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	return v
}

// FuzzParse: any payloads parse without panic, and a parsed call encodes to JSON.
func FuzzParse(f *testing.F) {
	for _, ev := range records(f) {
		f.Add(ev.EventName, []byte(ev.RequestParameters), []byte(ev.AdditionalEventData))
	}
	f.Fuzz(func(t *testing.T, name string, req, details []byte) {
		call, err := s3.Parse(&cloudtrail.Event{EventSource: s3.EventSource, EventName: name, RequestParameters: req, AdditionalEventData: details})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", name, out, err)
		}
		_ = slices.Clone(s3.PayloadOf(call).Subresources())
		_ = s3.PayloadOf(call).PublicGrants()
	})
}

// Every operation of the S3 model, and every name CloudTrail gives in place of one, parses into a
// type whose Operation is the eventName.
func TestEveryOperation(t *testing.T) {
	data, err := os.ReadFile("model/service-2.json")
	if err != nil {
		t.Fatal(err)
	}
	var model struct{ Operations map[string]json.RawMessage }
	if err := json.Unmarshal(data, &model); err != nil {
		t.Fatal(err)
	}
	names := []string{"PutBucketPublicAccessBlock", "GetBucketPublicAccessBlock", "DeleteBucketPublicAccessBlock", "PreflightRequest"}
	for name := range model.Operations {
		names = append(names, name)
	}
	if len(names) < 100 {
		t.Fatalf("%d operations", len(names))
	}
	for _, name := range names {
		ev := &cloudtrail.Event{EventSource: s3.EventSource, EventName: name, RequestParameters: json.RawMessage(`{"bucketName":"b"}`)}
		c, err := s3.Parse(ev)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if c.Operation() != name || s3.PayloadOf(c).Request.BucketName != "b" {
			t.Errorf("%s: parsed as %T (%s)", name, c, c.Operation())
		}
	}
	if _, err := s3.Parse(&cloudtrail.Event{EventSource: s3.EventSource, EventName: "ListBucket"}); !errors.Is(err, s3.ErrUnknownOperation) {
		t.Errorf("ListBucket: %v, want ErrUnknownOperation", err)
	}
}

// The records' errorCodes are S3's modelled error codes where the model has them: AccessDenied is
// ErrorCodeAccessDenied. (NoSuchLifecycleConfiguration and VpceAccessDenied are S3 errors the model
// does not list.)
func TestErrorCodes(t *testing.T) {
	denied := 0
	for _, ev := range records(t) {
		if ev.ErrorCode == s3.ErrorCodeAccessDenied {
			denied++
		}
	}
	if denied == 0 {
		t.Error("no record with errorCode", s3.ErrorCodeAccessDenied)
	}
}
