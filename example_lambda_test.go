package cloudtrail_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path"

	"github.com/trailtype/cloudtrail"
)

// The S3 → SQS → Lambda loop: the trigger names objects, each object is streamed into a decoder,
// and the messages whose object failed go back in a partial batch response. Here the "bucket" is a
// local folder; in a function it is s3.GetObject.
func ExampleObjects() {
	payload, _ := os.ReadFile("testdata/lambda/sqs-s3-event.json") // the function's input
	failed := map[string]bool{}
	for obj, err := range cloudtrail.Objects(bytes.NewReader(payload)) {
		if err != nil {
			fmt.Println("message", obj.MessageID, "failed:", err)
			failed[obj.MessageID] = true
			continue
		}
		if obj.FileType != cloudtrail.FileLog {
			continue // digests and other objects that share the bucket
		}
		f, err := os.Open(path.Join("testdata/trailscraper", path.Base(obj.Key))) // s3.GetObject
		if err != nil {
			fmt.Println("message", obj.MessageID, "failed: no such object", path.Base(obj.Key))
			failed[obj.MessageID] = true
			continue
		}
		d := cloudtrail.NewDecoder(f)
		for ev, err := range d.All() {
			if err != nil {
				failed[obj.MessageID] = true
				break
			}
			fmt.Println(ev.EventName)
		}
		f.Close()
	}
	fmt.Println(len(failed), "messages to retry")
	// Output:
	// message 8b1f6c7e-2d3a-4e5f-9a0b-000000000001 failed: no such object 111122223333_CloudTrail_us-east-2_20261102T0905Z_Ab12Cd34Ef56Gh78.json.gz
	// message 8b1f6c7e-2d3a-4e5f-9a0b-000000000002 failed: no such object 111122223333_CloudTrail_eu-west-1_20261102T0910Z_Zz98Yy76Xx54Ww32.json.gz
	// 2 messages to retry
}

// An S3 event notification names its objects; keys come URL-decoded.
func ExampleObjects_s3Notification() {
	payload, _ := os.ReadFile("testdata/lambda/s3-event.json")
	for obj, err := range cloudtrail.Objects(bytes.NewReader(payload)) {
		if err != nil {
			panic(err)
		}
		fmt.Println(obj.FileType, obj.Region, obj.Size, obj.Bucket, path.Dir(obj.Key))
	}
	// Output:
	// log us-east-2 2048 trail-bucket AWSLogs/o-aa111bb222/111122223333/CloudTrail/us-east-2/2026/11/02
	// digest us-east-2 811 trail-bucket AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2026/11/02
	// log eu-west-1 1500 eu-trail-bucket my logs/c++/AWSLogs/111122223333/CloudTrail/eu-west-1/2026/11/02
}

// CloudTrail's own SNS notification lists new log files; through SQS, with raw message delivery
// off (the body is the SNS message) or on (the body is CloudTrail's message).
func ExampleObjects_cloudTrailSNS() {
	payload, _ := os.ReadFile("testdata/lambda/sqs-sns-cloudtrail.json")
	for obj, err := range cloudtrail.Objects(bytes.NewReader(payload)) {
		if err != nil {
			panic(err)
		}
		fmt.Println(obj.MessageID[len(obj.MessageID)-1:], obj.Envelope.SNS != nil, path.Base(obj.Key)[49:])
	}
	// Output:
	// 4 true Ab12Cd34Ef56Gh78.json.gz
	// 4 true Qq11Ww22Ee33Rr44.json.gz
	// 5 false Ab12Cd34Ef56Gh78.json.gz
	// 5 false Qq11Ww22Ee33Rr44.json.gz
}

// An EventBridge rule on S3 "Object Created" events; EventBridge does not URL-encode keys.
func ExampleObjects_eventBridge() {
	payload, _ := os.ReadFile("testdata/lambda/eventbridge-s3-object-created.json")
	for obj, err := range cloudtrail.Objects(bytes.NewReader(payload)) {
		fmt.Println(obj.Event, obj.MessageID, obj.Key[:12], err)
	}
	// Output: Object Created 17793124-05d4-b198-2fde-7ededc63b103 my logs/c++/ <nil>
}

// A Kinesis data stream fed by a CloudWatch Logs subscription: each record's data is gzip
// subscription data. The control message CloudWatch Logs sends first yields nothing.
func ExampleDecoder_kinesis() {
	payload, _ := os.ReadFile("testdata/lambda/kinesis-cloudwatch-logs.json")
	d := cloudtrail.NewDecoder(bytes.NewReader(payload))
	for ev, err := range d.All() {
		if err != nil {
			panic(err)
		}
		env := d.Envelope()
		fmt.Println(ev.EventName, env.Format, env.Kinesis.SequenceNumber[50:], env.CloudWatchLogs.LogGroup)
	}
	// Output:
	// DescribeLaunchConfigurations kinesis 333331 aws-cloudtrail-logs-111111111111
	// AssumeRole kinesis 333332 aws-cloudtrail-logs-111111111111
}

// A Firehose transformation function answers per record ID.
func ExampleDecoder_firehose() {
	payload, _ := os.ReadFile("testdata/lambda/firehose-cloudwatch-logs.json")
	d := cloudtrail.NewDecoder(bytes.NewReader(payload))
	for ev, err := range d.All() {
		if err != nil {
			panic(err)
		}
		fmt.Println(ev.EventName, d.Envelope().Firehose.RecordID[50:])
	}
	// Output:
	// DescribeLaunchConfigurations 785154000000
	// AssumeRole 785154000000
}

// An SQS queue that an EventBridge rule feeds: each body is an EventBridge event around a record.
// Envelope().BatchItemID() is what a partial batch response names.
func ExampleDecoder_sqs() {
	payload, _ := os.ReadFile("testdata/lambda/sqs-eventbridge.json")
	d := cloudtrail.NewDecoder(bytes.NewReader(payload))
	for ev, err := range d.All() {
		if err != nil {
			panic(err)
		}
		env := d.Envelope()
		fmt.Println(ev.EventName, env.Format, env.BatchItemID(), env.EventBridge.DetailType)
	}
	// Output: AssumeRole sqs 059f36b4-87a3-44ab-83d2-661975960001 AWS API Call via CloudTrail
}

// An SNS topic's Lambda event: CloudTrail's notification names objects, so the decoder reports it
// with a NotificationError; CloudTrail's validation message yields nothing.
func ExampleDecoder_sns() {
	payload, _ := os.ReadFile("testdata/lambda/sns-cloudtrail.json")
	d := cloudtrail.NewDecoder(bytes.NewReader(payload))
	for _, err := range d.All() {
		var ne *cloudtrail.NotificationError
		if errors.As(err, &ne) {
			fmt.Println(errors.Is(err, cloudtrail.ErrSNSNotification), len(ne.Objects), ne.Objects[0].MessageID)
		}
	}
	// Output: true 2 0f6d3a2b-1c4e-5d6f-7a8b-9c0d1e2f3a4b
}

// Other Lambda events are never taken for records: each is a RecordError saying what it is.
func ExampleDecoder_otherLambdaEvent() {
	payload, _ := os.ReadFile("testdata/lambda/other/dynamodb.json")
	for ev, err := range cloudtrail.NewDecoder(bytes.NewReader(payload)).All() {
		fmt.Println(ev, err)
	}
	// Output: <nil> cloudtrail: record 0 at byte 21: a DynamoDB stream record: not a CloudTrail record
}
