package cloudtrail_test

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/trailtype/cloudtrail"
)

// An EventBridge rule's target gets the record in the event's detail.
func ExampleDecoder_Envelope_eventBridge() {
	f, _ := os.Open("testdata/awsdocs/eventbridge-user-guide.ndjson")
	defer f.Close()
	d := cloudtrail.NewDecoder(f)
	for ev, err := range d.All() {
		if errors.Is(err, cloudtrail.ErrNotCloudTrail) {
			continue // an Auto Scaling event shares the file
		}
		if eb := d.Envelope().EventBridge; eb != nil {
			fmt.Println(eb.DetailType, "|", eb.Source, ev.EventName)
		}
	}
	// Output:
	// AWS Console Sign In via CloudTrail | aws.signin ConsoleLogin
	// AWS API Call via CloudTrail | aws.s3 CreateBucket
}

// CloudWatch Logs subscription data holds one record per log event; a Lambda subscription gets it
// as base64 of gzip in awslogs.data.
func ExampleDecoder_Envelope_cloudWatchLogs() {
	rec := `{"eventVersion":"1.08","eventTime":"2024-03-01T00:00:00Z","eventSource":"s3.amazonaws.com","eventName":"PutBucketPolicy"}`
	msg, _ := json.Marshal(rec)
	data := `{"messageType":"DATA_MESSAGE","owner":"111122223333","logGroup":"aws-cloudtrail-logs","logStream":"111122223333_CloudTrail_us-east-1",` +
		`"subscriptionFilters":["all"],"logEvents":[{"id":"37195817600000000000000000000000000000000000000000000001","timestamp":1709251200000,"message":` + string(msg) + `}]}`
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write([]byte(data))
	zw.Close()
	lambdaEvent := `{"awslogs":{"data":"` + base64.StdEncoding.EncodeToString(z.Bytes()) + `"}}`

	d := cloudtrail.NewDecoder(strings.NewReader(lambdaEvent))
	for ev, err := range d.All() {
		if err != nil {
			panic(err)
		}
		cwl := d.Envelope().CloudWatchLogs
		fmt.Println(ev.EventName, cwl.LogGroup, cwl.Timestamp.UTC().Format("2006-01-02T15:04:05Z"))
	}
	// Output: PutBucketPolicy aws-cloudtrail-logs 2024-03-01T00:00:00Z
}

// `aws cloudtrail lookup-events` output holds each record as a string in CloudTrailEvent.
func ExampleDecoder_Envelope_lookupEvents() {
	f, _ := os.Open("testdata/plaso/lookup-events.jsonl")
	defer f.Close()
	d := cloudtrail.NewDecoder(f)
	for ev, err := range d.All() {
		if err != nil {
			panic(err)
		}
		le := d.Envelope().LookupEvent
		fmt.Println(le.EventID[:8], le.ReadOnly, ev.EventName)
		break
	}
	// Output: 0828c0d2 true DescribeInstances
}

// Force the format and compression instead of detecting them, and bound what one input may cost.
func ExampleWithFormat() {
	input := `{"detail-type":"AWS API Call via CloudTrail","source":"aws.s3","detail":{"eventName":"GetObject"}}`
	for ev, err := range cloudtrail.NewDecoder(strings.NewReader(input),
		cloudtrail.WithFormat(cloudtrail.FormatEventBridge),
		cloudtrail.WithCompression(cloudtrail.CompressionNone),
		cloudtrail.WithMaxRecordSize(1<<20),
		cloudtrail.WithMaxDecompressedSize(1<<30),
		cloudtrail.WithSyncInflate(),
	).All() {
		fmt.Println(ev.EventName, err)
	}
	// Output: GetObject <nil>
}

// A record over the size limit is skipped with a RecordError; the stream goes on.
func ExampleWithMaxRecordSize() {
	input := `{"eventName":"` + strings.Repeat("x", 2000) + `"}` + "\n" + `{"eventName":"Small"}`
	for ev, err := range cloudtrail.NewDecoder(strings.NewReader(input), cloudtrail.WithMaxRecordSize(1024)).All() {
		if errors.Is(err, cloudtrail.ErrTooLarge) {
			fmt.Println("skipped:", err)
			continue
		}
		fmt.Println(ev.EventName)
	}
	// Output:
	// skipped: cloudtrail: record 0 on line 1 at byte 0: document over 1024 bytes: larger than the limit
	// Small
}

// The questions detections ask of every event.
func ExampleEvent_Failed() {
	f, _ := os.Open("testdata/awsdocs/cloudtrail-user-guide.ndjson")
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil || ev.EventName != "ConsoleLogin" {
			continue
		}
		ip, isIP := ev.SourceIP()
		fmt.Println(ev.Failed(), ev.AccountID(), ev.Actor(), ip, isIP)
	}
	// Output:
	// false 111122223333 arn:aws:iam::111122223333:user/anaya 192.0.2.0 true
	// false 111122223333 arn:aws:iam::111122223333:user/anaya 192.0.2.0 true
	// true 111122223333 anaya 192.0.2.0 true
	// false 111122223333 arn:aws:iam::111122223333:root 192.0.2.0 true
	// false 111122223333 arn:aws:iam::111122223333:root 192.0.2.0 true
	// true 111122223333 arn:aws:iam::111122223333:root 192.0.2.0 true
	// false 123456789012 arn:aws:iam::123456789012:user/Mary_Major 203.0.113.67 true
}

// SourceIP is false for the host names and labels CloudTrail puts in sourceIPAddress.
func ExampleEvent_SourceIP() {
	for _, src := range []string{"203.0.113.7", "2001:db8::1", "signin.amazonaws.com", "AWS Internal"} {
		ev := cloudtrail.Event{SourceIPAddress: src}
		ip, ok := ev.SourceIP()
		fmt.Println(ip, ok)
	}
	// Output:
	// 203.0.113.7 true
	// 2001:db8::1 true
	// invalid IP false
	// invalid IP false
}

// AccountID is the recipient account, else the account of whoever acted.
func ExampleEvent_AccountID() {
	var ev cloudtrail.Event
	_ = json.Unmarshal([]byte(`{"userIdentity":{"type":"AWSAccount","accountId":"444455556666"},"recipientAccountId":"111122223333"}`), &ev)
	fmt.Println(ev.AccountID(), ev.UserIdentity.AccountID)
	// Output: 111122223333 444455556666
}

// Actor labels who acted even when the record names no ARN: the invoking service, the user name.
func ExampleEvent_Actor() {
	var ev cloudtrail.Event
	_ = json.Unmarshal([]byte(`{"userIdentity":{"type":"AWSService","invokedBy":"cloudtrail.amazonaws.com"}}`), &ev)
	fmt.Println(ev.ActorARN() == "", ev.Actor())
	// Output: true cloudtrail.amazonaws.com
}

// Keep a copy of an event without keeping the decoder's read buffer it points into.
func ExampleEvent_Clone() {
	f, _ := os.Open("testdata/trailscraper/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz")
	defer f.Close()
	var kept []*cloudtrail.Event
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err == nil && ev.EventName == "AssumeRole" {
			kept = append(kept, ev.Clone())
		}
	}
	fmt.Println(len(kept), kept[0].EventSource)
	// Output: 1 sts.amazonaws.com
}

// A guard against gzip bombs: the decompressed stream may not pass a bound.
func ExampleWithMaxDecompressedSize() {
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write([]byte(`{"Records":[` + strings.Repeat(`{"eventName":"x"},`, 100000) + `{}]}`)) // 1.8 MB from a few KB
	zw.Close()
	n := 0
	for _, err := range cloudtrail.NewDecoder(&z, cloudtrail.WithMaxDecompressedSize(1<<20)).All() {
		if err != nil {
			fmt.Println(n, "events, then:", errors.Is(err, cloudtrail.ErrTooLarge))
			break
		}
		n++
	}
	// Output: 58253 events, then: true
}

// Refuse anything but gzip, as an S3 log file object must be.
func ExampleWithCompression() {
	_, err := cloudtrail.NewDecoder(strings.NewReader(`{"Records":[]}`), cloudtrail.WithCompression(cloudtrail.CompressionGzip)).Next()
	fmt.Println(err)
	// Output: cloudtrail: stream broken at byte 0 after 0 records: input is not gzip
}

// Inflate on the calling goroutine: no second goroutine, at some cost in speed on several cores.
func ExampleWithSyncInflate() {
	f, _ := os.Open("testdata/trailscraper/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz")
	defer f.Close()
	n := 0
	for _, err := range cloudtrail.NewDecoder(f, cloudtrail.WithSyncInflate()).All() {
		if err == nil {
			n++
		}
	}
	fmt.Println(n, "events")
	// Output: 2 events
}
