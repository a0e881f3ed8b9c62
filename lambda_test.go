package cloudtrail_test

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trailtype/cloudtrail"
)

// The Lambda payloads below wrap every test record the way AWS does, so that each trigger kind is
// checked against all the real records: in order, losslessly, with the right envelope.

func eventBridgeOf(raw []byte, i int) []byte {
	return []byte(fmt.Sprintf(`{"version":"0","id":"eb-%d","detail-type":"AWS API Call via CloudTrail","source":"aws.s3",`+
		`"account":"111122223333","time":"2026-11-02T09:00:00Z","region":"us-east-2","resources":[],"detail":%s}`, i, raw))
}

func quote(b []byte) string {
	q, _ := json.Marshal(string(b))
	return string(q)
}

func sqsMessageOf(id string, body []byte) string {
	return fmt.Sprintf(`{"messageId":%q,"receiptHandle":"rh-%s","body":%s,"attributes":{"ApproximateReceiveCount":"1",`+
		`"SentTimestamp":"1762074741000"},"messageAttributes":{},"md5OfBody":"x","eventSource":"aws:sqs",`+
		`"eventSourceARN":"arn:aws:sqs:us-east-2:111122223333:q","awsRegion":"us-east-2"}`, id, id, quote(body))
}

func snsBodyOf(id string, message []byte) []byte {
	return []byte(fmt.Sprintf(`{"Type":"Notification","MessageId":%q,"TopicArn":"arn:aws:sns:us-east-2:111122223333:t",`+
		`"Message":%s,"Timestamp":"2026-11-02T09:00:00.123Z","SignatureVersion":"1","Signature":"x"}`, id, quote(message)))
}

func kinesisRecordOf(seq string, data []byte) string {
	return fmt.Sprintf(`{"kinesis":{"kinesisSchemaVersion":"1.0","partitionKey":"pk-%s","sequenceNumber":%q,"data":%q,`+
		`"approximateArrivalTimestamp":1762074741.25},"eventSource":"aws:kinesis","eventVersion":"1.0","eventID":"shardId-000000000000:%s",`+
		`"eventName":"aws:kinesis:record","awsRegion":"us-east-2","eventSourceARN":"arn:aws:kinesis:us-east-2:111122223333:stream/s"}`,
		seq, seq, base64.StdEncoding.EncodeToString(data), seq)
}

func firehoseEventOf(ids []string, data [][]byte) []byte {
	var recs []string
	for i, id := range ids {
		recs = append(recs, fmt.Sprintf(`{"recordId":%q,"approximateArrivalTimestamp":1762074741000,"data":%q}`, id, base64.StdEncoding.EncodeToString(data[i])))
	}
	return []byte(`{"invocationId":"inv-1","deliveryStreamArn":"arn:aws:firehose:us-east-2:111122223333:deliverystream/d","region":"us-east-2","records":[` +
		strings.Join(recs, ",") + `]}`)
}

// batches cuts records into groups of n.
func batches(recs []record, n int) [][]record {
	var out [][]record
	for len(recs) > n {
		out = append(out, recs[:n])
		recs = recs[n:]
	}
	return append(out, recs)
}

func TestLambdaTriggersCarryEveryRecord(t *testing.T) {
	recs := testRecords(t)
	var sqsEB, sqsSNS, snsEvent, kinesisCWL, kinesisEB []string
	var fhIDs []string
	var fhData [][]byte
	// wantItem[i] is the batch item each record should report.
	var wantSQS, wantSNS, wantKinesis, wantFirehose []string
	for i, r := range recs {
		id := fmt.Sprintf("m-%03d", i)
		sqsEB = append(sqsEB, sqsMessageOf(id, eventBridgeOf(r.raw, i)))
		sqsSNS = append(sqsSNS, sqsMessageOf(id, snsBodyOf("sns-"+id, eventBridgeOf(r.raw, i))))
		snsEvent = append(snsEvent, `{"EventSource":"aws:sns","EventVersion":"1.0","EventSubscriptionArn":"arn:aws:sns:us-east-2:111122223333:t:sub",`+
			`"Sns":`+string(snsBodyOf("sns-"+id, eventBridgeOf(r.raw, i)))+`}`)
		kinesisEB = append(kinesisEB, kinesisRecordOf("seq-"+id, eventBridgeOf(r.raw, i)))
		wantSQS, wantSNS = append(wantSQS, id), append(wantSNS, "sns-"+id)
	}
	for i, b := range batches(recs, 7) {
		seq := fmt.Sprintf("seq-%03d", i)
		kinesisCWL = append(kinesisCWL, kinesisRecordOf(seq, gz(t, cwlData(t, b, "DATA_MESSAGE"))))
		fhIDs = append(fhIDs, "rec-"+seq)
		fhData = append(fhData, gz(t, cwlData(t, b, "DATA_MESSAGE")))
		for range b {
			wantKinesis, wantFirehose = append(wantKinesis, seq), append(wantFirehose, "rec-"+seq)
		}
	}
	// A control message in the middle of a Kinesis batch yields nothing.
	control := kinesisRecordOf("seq-control", gz(t, []byte(`{"messageType":"CONTROL_MESSAGE","owner":"CloudwatchLogs","logGroup":"","logStream":"",`+
		`"subscriptionFilters":[],"logEvents":[{"id":"","timestamp":1,"message":"CWL CONTROL MESSAGE"}]}`)))
	kinesisCWL = append(kinesisCWL[:2], append([]string{control}, kinesisCWL[2:]...)...)
	records := func(elems []string) []byte { return []byte(`{"Records":[` + strings.Join(elems, ",\n") + `]}`) }
	tests := []struct {
		name   string
		input  []byte
		format cloudtrail.Format
		items  []string
		check  func(env cloudtrail.Envelope) bool
	}{
		{"SQS, EventBridge bodies", records(sqsEB), cloudtrail.FormatSQS, wantSQS,
			func(e cloudtrail.Envelope) bool {
				return e.SQS != nil && e.EventBridge != nil && e.SQS.SentTime.UnixMilli() == 1762074741000
			}},
		{"SQS, SNS bodies (raw delivery off)", records(sqsSNS), cloudtrail.FormatSQS, wantSQS,
			func(e cloudtrail.Envelope) bool {
				return e.SQS != nil && e.SNS != nil && strings.HasPrefix(e.SNS.MessageID, "sns-m-")
			}},
		{"SNS", records(snsEvent), cloudtrail.FormatSNS, wantSNS,
			func(e cloudtrail.Envelope) bool {
				return e.SNS != nil && e.SNS.SubscriptionArn != "" && e.SNS.Timestamp.Format(time.RFC3339Nano) == "2026-11-02T09:00:00.123Z"
			}},
		{"Kinesis, EventBridge data", records(kinesisEB), cloudtrail.FormatKinesis, prefixed("seq-", wantSQS),
			func(e cloudtrail.Envelope) bool {
				return e.Kinesis != nil && e.Kinesis.PartitionKey == "pk-"+e.Kinesis.SequenceNumber
			}},
		{"Kinesis, CloudWatch Logs data", records(kinesisCWL), cloudtrail.FormatKinesis, wantKinesis,
			func(e cloudtrail.Envelope) bool {
				return e.Kinesis != nil && e.CloudWatchLogs != nil && e.CloudWatchLogs.LogGroup == "aws-cloudtrail-logs" &&
					e.Kinesis.ApproximateArrivalTimestamp.UnixMilli() == 1762074741250
			}},
		{"Firehose, CloudWatch Logs data", firehoseEventOf(fhIDs, fhData), cloudtrail.FormatFirehose, wantFirehose,
			func(e cloudtrail.Envelope) bool {
				return e.Firehose != nil && e.Firehose.InvocationID == "inv-1" && e.Firehose.Region == "us-east-2" && e.CloudWatchLogs != nil
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, opts := range [][]cloudtrail.Option{nil, {cloudtrail.WithFormat(tc.format)}} {
				got := decodeAll(t, tc.input, opts...)
				requireSameRecords(t, got, recs)
				for i, env := range got.envelopes {
					if env.Format != tc.format || env.BatchItemID() != tc.items[i] || env.Index != i || !tc.check(env) {
						t.Fatalf("event %d: envelope %+v, batch item %q; want format %v, item %q", i, env, env.BatchItemID(), tc.format, tc.items[i])
					}
				}
			}
		})
	}
}

func prefixed(p string, ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = p + s
	}
	return out
}

// The shipped fixtures carry the two records of the real trailscraper log file.
func TestLambdaFixturesCarryTheRealLog(t *testing.T) {
	want := testRecords(t)
	want = want[len(want)-2:] // the trailscraper .json.gz, read last
	tests := []struct {
		file  string
		items []string
	}{
		{"kinesis-cloudwatch-logs.json", []string{"49568167373333333333333333333333333333333333333333333331", "49568167373333333333333333333333333333333333333333333332"}},
		{"firehose-cloudwatch-logs.json", []string{"49546986683135544286507457936321625675700192471156785154000000", "49546986683135544286507457936321625675700192471156785154000000"}},
		{"sqs-eventbridge.json", nil},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			got := decodeAll(t, readFile(t, "testdata/lambda/"+tc.file))
			if tc.items == nil {
				requireSameRecords(t, got, want[1:])
				if sqs := got.envelopes[0].SQS; sqs == nil || sqs.MessageID != "059f36b4-87a3-44ab-83d2-661975960001" || got.envelopes[0].EventBridge.Source != "aws.sts" {
					t.Errorf("envelope %+v", got.envelopes[0])
				}
				return
			}
			requireSameRecords(t, got, want)
			for i, env := range got.envelopes {
				if env.BatchItemID() != tc.items[i] || env.CloudWatchLogs.LogStream != "111111111111_CloudTrail_eu-central-1" {
					t.Errorf("event %d: batch item %q, envelope %+v", i, env.BatchItemID(), env)
				}
			}
		})
	}
}

// wantNotCloudTrail names, for some of the other Lambda events, what the error must call them.
var wantNotCloudTrail = map[string]string{
	"dynamodb.json":              "DynamoDB stream record",
	"ses.json":                   "SES",
	"codecommit.json":            "CodeCommit",
	"kafka-msk.json":             "Kafka",
	"kafka-self-managed.json":    "Kafka",
	"activemq.json":              "ActiveMQ",
	"rabbitmq.json":              "RabbitMQ",
	"documentdb.json":            "DocumentDB",
	"cloudfront-request.json":    "CloudFront",
	"s3-object-lambda.json":      "S3 Object Lambda",
	"cognito-sync.json":          "Cognito sync",
	"s3-batch-operations.json":   "S3 Batch Operations",
	"eventbridge-scheduled.json": `detail-type "Scheduled Event"`,
	"sqs-plain-text.json":        `SQS message "19dd0b57-b21e-4ac1-bd88-01bbb068cb78"`,
	"kinesis-plain-text.json":    "Kinesis record",
	"firehose-plain-text.json":   "Firehose record",
}

// No other Lambda event is ever an Event: each is reported, with what it is, and the stream goes on.
func TestLambdaOtherEventsAreNeverEvents(t *testing.T) {
	files, err := filepath.Glob("testdata/lambda/other/*.json")
	if err != nil || len(files) < 30 {
		t.Fatalf("fixtures: %v %v", files, err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			doc := readFile(t, f)
			for _, input := range [][]byte{doc, gz(t, doc), compact(t, doc)} {
				got := decodeAll(t, input)
				for _, ev := range got.events {
					out, _ := json.Marshal(ev)
					t.Fatalf("decoded an event: %s", out)
				}
				if len(got.errs) == 0 {
					t.Fatal("no error: the event was dropped silently")
				}
				for _, err := range got.errs {
					var re *cloudtrail.RecordError
					if !errors.As(err, &re) || !errors.Is(err, cloudtrail.ErrNotCloudTrail) {
						t.Fatalf("error %v: want a RecordError for ErrNotCloudTrail", err)
					}
				}
				if want := wantNotCloudTrail[name]; !strings.Contains(got.errs[0].Error(), want) {
					t.Errorf("error %q does not say %q", got.errs[0], want)
				}
			}
			for obj, err := range cloudtrail.Objects(strings.NewReader(string(doc))) {
				if err == nil {
					t.Fatalf("object %+v from an event that names none", obj)
				}
			}
		})
	}
}

func compact(t *testing.T, doc []byte) []byte {
	var v any
	mustUnmarshal(t, doc, &v)
	out, _ := json.Marshal(v)
	return out
}

func TestObjects(t *testing.T) {
	const (
		orgLog   = "AWSLogs/o-aa111bb222/111122223333/CloudTrail/us-east-2/2026/11/02/111122223333_CloudTrail_us-east-2_20261102T0905Z_Ab12Cd34Ef56Gh78.json.gz"
		orgLog2  = "AWSLogs/o-aa111bb222/111122223333/CloudTrail/us-east-2/2026/11/02/111122223333_CloudTrail_us-east-2_20261102T0905Z_Qq11Ww22Ee33Rr44.json.gz"
		digest   = "AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2026/11/02/111122223333_CloudTrail-Digest_us-east-2_org_trail_us-east-2_20261102T093015Z.json.gz"
		prefixed = "my logs/c++/AWSLogs/111122223333/CloudTrail/eu-west-1/2026/11/02/111122223333_CloudTrail_eu-west-1_20261102T0910Z_Zz98Yy76Xx54Ww32.json.gz"
	)
	type obj struct {
		bucket, key, region string
		size                int64
		fileType            cloudtrail.FileType
		message             string
	}
	sqsID := func(i int) string { return fmt.Sprintf("8b1f6c7e-2d3a-4e5f-9a0b-%012d", i) }
	tests := map[string][]obj{
		"s3-event.json": {
			{"trail-bucket", orgLog, "us-east-2", 2048, cloudtrail.FileLog, ""},
			{"trail-bucket", digest, "us-east-2", 811, cloudtrail.FileDigest, ""},
			{"eu-trail-bucket", prefixed, "eu-west-1", 1500, cloudtrail.FileLog, ""},
		},
		"sqs-s3-event.json": { // the third message is S3's test event: nothing
			{"trail-bucket", orgLog, "us-east-2", 2048, cloudtrail.FileLog, sqsID(1)},
			{"eu-trail-bucket", prefixed, "eu-west-1", 2048, cloudtrail.FileLog, sqsID(2)},
		},
		"sns-cloudtrail.json": { // the second message is CloudTrail's validation message: nothing
			{"trail-bucket", orgLog, "", -1, cloudtrail.FileLog, "0f6d3a2b-1c4e-5d6f-7a8b-9c0d1e2f3a4b"},
			{"trail-bucket", orgLog2, "", -1, cloudtrail.FileLog, "0f6d3a2b-1c4e-5d6f-7a8b-9c0d1e2f3a4b"},
		},
		"sqs-sns-cloudtrail.json": { // raw message delivery off, then on
			{"trail-bucket", orgLog, "", -1, cloudtrail.FileLog, sqsID(4)},
			{"trail-bucket", orgLog2, "", -1, cloudtrail.FileLog, sqsID(4)},
			{"trail-bucket", orgLog, "", -1, cloudtrail.FileLog, sqsID(5)},
			{"trail-bucket", orgLog2, "", -1, cloudtrail.FileLog, sqsID(5)},
		},
		"sqs-sns-s3-event.json": {
			{"trail-bucket", orgLog, "us-east-2", 2048, cloudtrail.FileLog, sqsID(6)},
		},
		"eventbridge-s3-object-created.json": {
			{"trail-bucket", prefixed, "us-east-2", 2048, cloudtrail.FileLog, "17793124-05d4-b198-2fde-7ededc63b103"},
		},
		"sqs-eventbridge-s3-object-created.json": {
			{"trail-bucket", orgLog, "us-east-2", 2048, cloudtrail.FileLog, sqsID(7)},
			{"trail-bucket", digest, "us-east-2", 811, cloudtrail.FileDigest, sqsID(8)},
		},
	}
	for file, want := range tests {
		t.Run(file, func(t *testing.T) {
			var got []obj
			for o, err := range cloudtrail.Objects(strings.NewReader(string(readFile(t, "testdata/lambda/"+file)))) {
				if err != nil {
					t.Fatalf("error: %v", err)
				}
				if o.MessageID != o.Envelope.BatchItemID() {
					t.Errorf("MessageID %q, envelope's batch item %q", o.MessageID, o.Envelope.BatchItemID())
				}
				got = append(got, obj{o.Bucket, o.Key, o.Region, o.Size, o.FileType, o.MessageID})
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("objects\n got %v\nwant %v", got, want)
			}
		})
	}
	t.Run("what the envelope keeps", func(t *testing.T) {
		for o, err := range cloudtrail.Objects(strings.NewReader(string(readFile(t, "testdata/lambda/sqs-sns-s3-event.json")))) {
			if err != nil || o.Envelope.Format != cloudtrail.FormatSQS || o.Envelope.SNS == nil || o.Envelope.SQS.ReceiptHandle != "AQEBexampleReceiptHandle6==" ||
				o.Event != "ObjectCreated:Put" || o.Time.Format(time.RFC3339Nano) != "2026-11-02T09:05:41.512Z" || o.VersionID == "" || o.ETag == "" {
				t.Errorf("object %+v, error %v", o, err)
			}
		}
	})
	t.Run("records are not notifications", func(t *testing.T) {
		var errs []error
		for _, err := range cloudtrail.Objects(strings.NewReader(string(readFile(t, "testdata/lambda/kinesis-cloudwatch-logs.json")))) {
			errs = append(errs, err)
		}
		// Two Kinesis records carry events (once each); the control message carries nothing.
		if len(errs) != 2 || !errors.Is(errs[0], cloudtrail.ErrNotNotification) || errs[1].(*cloudtrail.RecordError).ItemID == "" {
			t.Errorf("errors %v", errs)
		}
	})
	t.Run("the decoder reports notifications with their objects", func(t *testing.T) {
		got := decodeAll(t, readFile(t, "testdata/lambda/s3-event.json"))
		var ne *cloudtrail.NotificationError
		if len(got.events) != 0 || len(got.errs) != 3 || !errors.As(got.errs[2], &ne) || !errors.Is(got.errs[2], cloudtrail.ErrS3Notification) ||
			ne.Objects[0].Key != prefixed {
			t.Errorf("events %d, errors %v", len(got.events), got.errs)
		}
	})
}

func TestFileTypeOf(t *testing.T) {
	for key, want := range map[string]cloudtrail.FileType{
		"AWSLogs/111122223333/CloudTrail/us-east-1/2019/11/14/111122223333_CloudTrail_us-east-1_20191114T2155Z_abcdefgh12345678.json.gz":                                    cloudtrail.FileLog,
		"AWSLogs/111122223333/CloudTrail-Insight/us-east-1/2019/11/14/111122223333_CloudTrail-Insight_us-east-1_20191114T2155Z_abcdefgh12345678.json.gz":                    cloudtrail.FileInsight,
		"p/AWSLogs/o-abc/111122223333/CloudTrail-Digest/us-east-2/2026/11/02/111122223333_CloudTrail-Digest_us-east-2_my_trail_us-east-1_20261102T093015Z_backfill.json.gz": cloudtrail.FileDigest,
		"AWSLogs/111122223333/CloudTrail/us-east-1/2019/11/14/notes.txt":                                                                                                    cloudtrail.FileOther,
		"": cloudtrail.FileOther,
	} {
		if got := cloudtrail.FileTypeOf(key); got != want {
			t.Errorf("FileTypeOf(%q) = %q, want %q", key, got, want)
		}
	}
}

// In a real log file an odd element after a record stays a record, as CloudTrail wrote it; before
// any record, an element without a record's members is something else. A Lambda event's record is
// never a record, wherever it is.
func TestRecordsArrayOddElements(t *testing.T) {
	rec := string(testRecords(t)[0].raw)
	sqs := sqsMessageOf("m-1", eventBridgeOf([]byte(rec), 1))
	tests := []struct {
		name           string
		doc            string
		events, errors int
	}{
		{"odd element after a record", `{"Records":[` + rec + `,{"p_any":1}]}`, 2, 0},
		{"odd element first", `{"Records":[{"p_any":1},` + rec + `]}`, 1, 1},
		{"CloudFront element", `{"Records":[{"cf":{"config":{}}}]}`, 0, 1},
		{"DynamoDB element after a record", `{"Records":[` + rec + `,{"eventSource":"aws:dynamodb","eventName":"INSERT","dynamodb":{}}]}`, 1, 1},
		{"SQS message after a record is read as one", `{"Records":[` + rec + `,` + sqs + `]}`, 2, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := decodeAll(t, []byte(tc.doc))
			if len(got.events) != tc.events || len(got.errs) != tc.errors {
				t.Fatalf("events %d, errors %v; want %d and %d", len(got.events), got.errs, tc.events, tc.errors)
			}
			for _, err := range got.errs {
				if !errors.Is(err, cloudtrail.ErrNotCloudTrail) {
					t.Errorf("error %v, want ErrNotCloudTrail", err)
				}
			}
		})
	}
}
