package lambdatrail_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"iter"
	"os"
	"testing"

	"github.com/aws/aws-lambda-go/events"
	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/aws/lambdatrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

// fixture reads one of the core module's Lambda payloads into an aws-lambda-go type.
func fixture[T any](t *testing.T, name string) ([]byte, T) {
	t.Helper()
	raw, err := os.ReadFile("../../testdata/lambda/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var e T
	if err := json.Unmarshal(raw, &e); err != nil {
		t.Fatal(err)
	}
	return raw, e
}

// fromCore is what the core decoder makes of the raw payload: each event, its batch item and format.
func fromCore(t *testing.T, raw []byte) []string {
	var out []string
	d := cloudtrail.NewDecoder(bytes.NewReader(raw))
	for ev, err := range d.All() {
		if err != nil {
			out = append(out, "error "+err.(*cloudtrail.RecordError).ItemID)
			continue
		}
		b, _ := json.Marshal(ev)
		env := d.Envelope()
		out = append(out, fmt.Sprintf("%s %v %s", b, env.Format, env.BatchItemID()))
	}
	return out
}

func fromHelper(records iter.Seq2[lambdatrail.Record, error]) []string {
	var out []string
	for r, err := range records {
		if err != nil {
			out = append(out, "error "+err.(*cloudtrail.RecordError).ItemID)
			continue
		}
		b, _ := json.Marshal(r.Event)
		out = append(out, fmt.Sprintf("%s %v %s", b, r.Envelope.Format, r.Envelope.BatchItemID()))
	}
	return out
}

// The helpers give what the core decoder gives for the same payload read as JSON.
func TestRecordsAgreeWithTheCore(t *testing.T) {
	check := func(name string, raw []byte, got []string) {
		t.Helper()
		if want := fromCore(t, raw); len(want) == 0 || cmp.Diff(want, got) != "" {
			t.Errorf("%s (-core +helper):\n%s", name, cmp.Diff(want, got))
		}
	}
	raw, kin := fixture[events.KinesisEvent](t, "kinesis-cloudwatch-logs.json")
	check("kinesis", raw, fromHelper(lambdatrail.KinesisRecords(kin)))
	raw, fh := fixture[events.KinesisFirehoseEvent](t, "firehose-cloudwatch-logs.json")
	check("firehose", raw, fromHelper(lambdatrail.FirehoseRecords(fh)))
	raw, sqs := fixture[events.SQSEvent](t, "sqs-eventbridge.json")
	check("sqs", raw, fromHelper(lambdatrail.SQSRecords(sqs)))

	// Every format the test kit writes, read back through the typed events.
	evs := []*cloudtrail.Event{cloudtrailtest.Fixture("kms"), cloudtrailtest.Fixture("console-login-mfa"), cloudtrailtest.Fixture("insight-start")}
	encode := func(f cloudtrail.Format) []byte {
		var b bytes.Buffer
		if err := cloudtrailtest.Encode(&b, f, evs...); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	var awslogs bytes.Buffer
	if err := cloudtrailtest.AWSLogs.Encode(&awslogs, evs...); err != nil {
		t.Fatal(err)
	}
	var sns events.SNSEvent
	raw = encode(cloudtrail.FormatSNS)
	_ = json.Unmarshal(raw, &sns)
	check("sns", raw, fromHelper(lambdatrail.SNSRecords(sns)))
	var cwl events.CloudwatchLogsEvent
	raw = awslogs.Bytes()
	_ = json.Unmarshal(raw, &cwl)
	check("awslogs", raw, fromHelper(lambdatrail.CloudWatchLogsRecords(cwl)))
	var sqs2 events.SQSEvent
	raw = encode(cloudtrail.FormatSQS)
	_ = json.Unmarshal(raw, &sqs2)
	check("sqs from the test kit", raw, fromHelper(lambdatrail.SQSRecords(sqs2)))
	for _, ev := range evs {
		var b bytes.Buffer
		_ = cloudtrailtest.Encode(&b, cloudtrail.FormatEventBridge, ev)
		var cw events.CloudWatchEvent
		_ = json.Unmarshal(b.Bytes(), &cw)
		r, err := lambdatrail.EventBridgeRecord(cw)
		if err != nil || cloudtrailtest.Diff(ev, r.Event) != "" || r.Envelope.EventBridge.DetailType != cw.DetailType {
			t.Errorf("EventBridge: %v %s", err, cloudtrailtest.Diff(ev, r.Event))
		}
	}
}

// A message that is not JSON is one failed item; the batch goes on.
func TestBadMessageIsOneFailure(t *testing.T) {
	_, sqs := fixture[events.SQSEvent](t, "sqs-eventbridge.json")
	bad := sqs.Records[0]
	bad.MessageId, bad.Body = "bad-1", "Hello from SQS!"
	sqs.Records = append([]events.SQSMessage{bad}, sqs.Records...)
	var failures lambdatrail.BatchFailures
	n := 0
	for r, err := range lambdatrail.SQSRecords(sqs) {
		if err != nil {
			failures.Add(err.(*cloudtrail.RecordError).ItemID)
			continue
		}
		n += len(r.Event.EventName)
	}
	resp := failures.SQS()
	if n == 0 || len(resp.BatchItemFailures) != 1 || resp.BatchItemFailures[0].ItemIdentifier != "bad-1" {
		t.Errorf("events %d, response %+v", n, resp)
	}
}

func objectsOf(seq iter.Seq2[cloudtrail.Object, error]) []string {
	var out []string
	for o, err := range seq {
		out = append(out, fmt.Sprintf("%s %s %s %d %s %v", o.Bucket, o.Key, o.FileType, o.Size, o.MessageID, err))
	}
	return out
}

func coreObjects(raw []byte) []string { return objectsOf(cloudtrail.Objects(bytes.NewReader(raw))) }

// The object helpers give what cloudtrail.Objects gives for the same payload read as JSON.
func TestObjectsAgreeWithTheCore(t *testing.T) {
	raw, s3e := fixture[events.S3Event](t, "s3-event.json")
	if got, want := objectsOf(lambdatrail.S3Objects(s3e)), coreObjects(raw); cmp.Diff(want, got) != "" {
		t.Errorf("S3 (-core +helper):\n%s", cmp.Diff(want, got))
	}
	for _, name := range []string{"sqs-s3-event.json", "sqs-sns-cloudtrail.json", "sqs-sns-s3-event.json", "sqs-eventbridge-s3-object-created.json"} {
		raw, sqs := fixture[events.SQSEvent](t, name)
		if got, want := objectsOf(lambdatrail.SQSObjects(sqs)), coreObjects(raw); cmp.Diff(want, got) != "" {
			t.Errorf("%s (-core +helper):\n%s", name, cmp.Diff(want, got))
		}
	}
	raw, sns := fixture[events.SNSEvent](t, "sns-cloudtrail.json")
	if got, want := objectsOf(lambdatrail.SNSObjects(sns)), coreObjects(raw); cmp.Diff(want, got) != "" {
		t.Errorf("SNS (-core +helper):\n%s", cmp.Diff(want, got))
	}
	raw, eb := fixture[events.CloudWatchEvent](t, "eventbridge-s3-object-created.json")
	o, err := lambdatrail.EventBridgeObject(eb)
	if got, want := objectsOf(func(yield func(cloudtrail.Object, error) bool) { yield(o, err) }), coreObjects(raw); cmp.Diff(want, got) != "" {
		t.Errorf("EventBridge (-core +helper):\n%s", cmp.Diff(want, got))
	}
}

func TestBatchFailures(t *testing.T) {
	var f lambdatrail.BatchFailures
	for _, id := range []string{"b", "a", "b", "", "c"} {
		f.Add(id)
	}
	if f.Len() != 3 || f.Kinesis().BatchItemFailures[1].ItemIdentifier != "a" || len(f.SQS().BatchItemFailures) != 3 {
		t.Errorf("%d failures: %+v", f.Len(), f.SQS())
	}
	var none lambdatrail.BatchFailures
	if out, _ := json.Marshal(none.SQS()); string(out) != `{"batchItemFailures":[]}` {
		t.Errorf("no failures: %s", out)
	}
}
