package s3_test

import (
	"encoding/json"
	"errors"
	"fmt"
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

// modelOperations reads the operation names of a model, and its apiVersion.
func modelOperations(t *testing.T, path string) (names []string, apiVersion string) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var model struct {
		Operations map[string]json.RawMessage
		Metadata   struct{ APIVersion string }
	}
	if err := json.Unmarshal(data, &model); err != nil {
		t.Fatal(err)
	}
	for name := range model.Operations {
		names = append(names, name)
	}
	slices.Sort(names)
	return names, model.Metadata.APIVersion
}

// Every operation of the S3 model, and every name CloudTrail gives in place of one, parses into a
// type whose Operation is the eventName.
func TestEveryOperation(t *testing.T) {
	names, _ := modelOperations(t, "model/service-2.json")
	names = append(names, cloudTrailNames...)
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

// cloudTrailNames are the S3 eventNames of CloudTrail's own: the S3 User Guide's "Amazon S3
// CloudTrail events" (the public access block calls by their IAM actions, PostObject, the OPTIONS
// preflight) and Batch Operations' service events.
var cloudTrailNames = []string{"PutBucketPublicAccessBlock", "GetBucketPublicAccessBlock", "DeleteBucketPublicAccessBlock",
	"PutAccountPublicAccessBlock", "GetAccountPublicAccessBlock", "DeleteAccountPublicAccessBlock", "PreflightRequest",
	"PostObject", "JobCreated", "JobStatusChanged"}

// Every operation of the S3 Control model parses into a type whose Operation is the eventName. The
// 18 names S3 has too (S3 on Outposts' bucket calls: CreateBucket, PutBucketPolicy, ...) are the S3
// operation in a record without S3 Control's apiVersion, and the S3 Control one, a Control* type,
// in a record with it, written with or without dashes.
func TestEveryControlOperation(t *testing.T) {
	names, version := modelOperations(t, "model/s3control.json")
	s3names, _ := modelOperations(t, "model/service-2.json")
	if len(names) < 90 || version != "2018-08-20" {
		t.Fatalf("%d operations, apiVersion %s", len(names), version)
	}
	shared := 0
	for _, name := range names {
		for _, v := range []string{version, strings.ReplaceAll(version, "-", ""), ""} {
			ev := &cloudtrail.Event{EventSource: s3.EventSource, EventName: name, APIVersion: v,
				RequestParameters: json.RawMessage(`{"Host":"111122223333.s3-control.us-east-1.amazonaws.com"}`)}
			c, err := s3.Parse(ev)
			if err != nil {
				t.Errorf("%s (%s): %v", name, v, err)
				continue
			}
			control := strings.HasPrefix(typeName(c), "*s3.Control")
			if c.Operation() != name || s3.PayloadOf(c).Request.Host == "" ||
				control != (v != "" && slices.Contains(s3names, name)) {
				t.Errorf("%s (apiVersion %q): parsed as %s (%s)", name, v, typeName(c), c.Operation())
			}
			if control && v == version {
				shared++
			}
		}
	}
	if shared != 18 {
		t.Errorf("%d operations of both models, want 18", shared)
	}
}

func typeName(v any) string { return fmt.Sprintf("%T", v) }

// S3's service events: the Batch Operations job of records 84 to 86, typed in Payload.Service, which
// encodes back to the record's serviceEventDetails.
func TestServiceEvents(t *testing.T) {
	recs := records(t)
	var got []string
	for i, ev := range recs {
		if len(ev.ServiceEventDetails) == 0 {
			continue
		}
		c, err := s3.Parse(ev)
		if err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		job := s3.PayloadOf(c).Service
		if job == nil || !strings.HasSuffix(job.JobARN, "job/"+job.JobID) {
			t.Fatalf("record %d (%s): %+v", i, ev.EventName, job)
		}
		out, err := json.Marshal(job)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(generic(t, ev.ServiceEventDetails), generic(t, out)); d != "" {
			t.Errorf("record %d: serviceEventDetails does not encode back (-record +typed):\n%s", i, d)
		}
		got = append(got, fmt.Sprintf("%d %s %s", i, typeName(c), job.Status))
	}
	want := []string{"84 *s3.JobStatusChanged Complete", "85 *s3.JobCreated New", "86 *s3.JobStatusChanged Complete"}
	if !slices.Equal(got, want) {
		t.Errorf("service events %q, want %q", got, want)
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
