package cloudtrail_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/trailtype/cloudtrail"
)

// Read an S3-delivered log file (gzip, {"Records":[...]}) one event at a time.
func ExampleNewDecoder() {
	f, err := os.Open("testdata/trailscraper/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	d := cloudtrail.NewDecoder(f)
	for ev, err := range d.All() {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(ev.EventTime.Format("15:04:05"), ev.EventSource, ev.EventName, ev.Actor())
	}
	// Output:
	// 15:01:51 autoscaling.amazonaws.com DescribeLaunchConfigurations arn:aws:iam::111111111111:role/someRole
	// 15:04:51 sts.amazonaws.com AssumeRole config.amazonaws.com
}

// Read a log file already in memory where it lies: the events share data rather than copies of it.
func ExampleNewBytesDecoder() {
	data, err := os.ReadFile("testdata/trailscraper/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json")
	if err != nil {
		panic(err)
	}
	for ev, err := range cloudtrail.NewBytesDecoder(data).All() {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(ev.EventName, ev.EventID)
	}
	// Output:
	// DescribeLaunchConfigurations a0ed971f-389f-406a-9fcf-887c5ca6903a
	// AssumeRole b25ff7e3-f1cf-4b7f-883d-b09168c454d5
}

// Skip the documents that share a bucket with log files, such as digest files.
func ExampleDecoder_Next() {
	input := `{"digestS3Object":"AWSLogs/111122223333/CloudTrail-Digest/x.json.gz","logFiles":[]}
{"eventName":"GetObject","eventSource":"s3.amazonaws.com"}`
	d := cloudtrail.NewDecoder(strings.NewReader(input))
	for {
		ev, err := d.Next()
		if errors.Is(err, cloudtrail.ErrDigestFile) {
			fmt.Println("skipped a digest file:", err)
			continue
		}
		if err != nil {
			break // io.EOF, or a broken stream
		}
		fmt.Println(ev.EventName, "from", d.Envelope().Format)
	}
	// Output:
	// skipped a digest file: cloudtrail: record 0 on line 1 at byte 0: a CloudTrail digest file, not log records
	// GetObject from record
}

// The actor of an assumed-role session is the role, not the session.
func ExampleEvent_ActorARN() {
	var ev cloudtrail.Event
	_ = json.Unmarshal([]byte(`{"userIdentity":{"type":"AssumedRole",
		"arn":"arn:aws:sts::111122223333:assumed-role/deploy/ci-run-42",
		"sessionContext":{"sessionIssuer":{"type":"Role","arn":"arn:aws:iam::111122223333:role/deploy"}}}}`), &ev)
	fmt.Println(ev.ActorARN())
	// Output: arn:aws:iam::111122223333:role/deploy
}

// Decoding then encoding keeps what the model does not know and what it could not type; edits show.
func ExampleEvent_MarshalJSON() {
	var ev cloudtrail.Event
	_ = json.Unmarshal([]byte(`{"eventName":"PutObject","readOnly":"false","p_source":"panther","responseElements":null}`), &ev)
	ev.EventName = "DeleteObject"
	out, _ := json.Marshal(ev)
	fmt.Println(string(out))
	// Output: {"eventName":"DeleteObject","responseElements":null,"readOnly":"false","p_source":"panther"}
}

func ExampleUnmarshalPayload() {
	var ev cloudtrail.Event
	_ = json.Unmarshal([]byte(`{"eventName":"GetObject","requestParameters":{"bucketName":"logs","key":"a.txt"}}`), &ev)
	type getObject struct {
		BucketName string `json:"bucketName"`
		Key        string `json:"key"`
	}
	req, ok, err := cloudtrail.UnmarshalPayload[getObject](ev.RequestParameters)
	fmt.Println(req.BucketName, req.Key, ok, err)
	// Output: logs a.txt true <nil>
}

func ExampleVersion_Compare() {
	fmt.Println(cloudtrail.Version("1.09").Compare("1.10"), cloudtrail.Version("1.10").AtLeast("1.08"))
	// Output: -1 true
}

func ExampleParseARN() {
	a, _ := cloudtrail.ParseARN("arn:aws:serverlessrepo:us-east-1:123456789012:applications/my-app")
	fmt.Println(a.Partition, a.Service, a.Region, a.AccountID, a.ResourceType(), a.ResourceID())
	// Output: aws serverlessrepo us-east-1 123456789012 applications my-app
}

// Turn a real record into a negative test case: remove a member, and the encoding has no such key
// (setting the field to "" would encode "errorCode":"").
func ExampleEvent_Delete() {
	var ev cloudtrail.Event
	_ = json.Unmarshal([]byte(`{"eventName":"PutObject","errorCode":"AccessDenied","userIdentity":{"type":"IAMUser","userName":"alice"}}`), &ev)
	ev.Delete("errorCode")
	ev.UserIdentity.Delete("userName")
	out, _ := json.Marshal(ev)
	fmt.Println(string(out), ev.Failed())
	// Output: {"userIdentity":{"type":"IAMUser"},"eventName":"PutObject"} false
}
