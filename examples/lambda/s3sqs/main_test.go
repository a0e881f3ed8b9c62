package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/aws/s3test"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

// The function, called with an SQS event of S3 notifications (the payload of
// testdata/lambda/sqs-s3-event.json), reads the log file from an S3 server; the message whose bucket
// does not exist is the one reported for retry, S3's test message is passed over.
func TestHandle(t *testing.T) {
	raw, err := os.ReadFile("../../../testdata/lambda/sqs-s3-event.json")
	if err != nil {
		t.Fatal(err)
	}
	var e events.SQSEvent
	if err := json.Unmarshal(raw, &e); err != nil {
		t.Fatal(err)
	}
	for i := range e.Records { // the test bucket is not versioned: the notifications' versions name nothing there
		e.Records[i].Body = strings.ReplaceAll(e.Records[i].Body, `"versionId": "3HL4kqtJlcpXroDTDmjVBH40Nrjfkd"`, `"versionId": ""`)
	}
	srv := s3test.NewServer(t)
	srv.Bucket(t, "trail-bucket")
	var log bytes.Buffer
	zw := gzip.NewWriter(&log)
	if err := cloudtrailtest.Encode(zw, cloudtrail.FormatS3, cloudtrailtest.Fixture("root-activity"), cloudtrailtest.Fixture("console-login-no-mfa"),
		cloudtrailtest.Fixture("kms")); err != nil {
		t.Fatal(err)
	}
	zw.Close()
	srv.Put(t, "trail-bucket", "AWSLogs/o-aa111bb222/111122223333/CloudTrail/us-east-2/2026/11/02/111122223333_CloudTrail_us-east-2_20261102T0905Z_Ab12Cd34Ef56Gh78.json.gz", log.Bytes(), nil)

	var out bytes.Buffer
	h := &Handler{S3: srv.Client, Out: &out}
	resp, err := h.Handle(context.Background(), e)
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.BatchItemFailures) != 1 || resp.BatchItemFailures[0].ItemIdentifier != e.Records[1].MessageId {
		t.Errorf("failures %+v, want message 2's (its bucket does not exist)", resp.BatchItemFailures)
	}
	if got := out.String(); !strings.Contains(got, "root-activity: EnableMFADevice") || !strings.Contains(got, "console-login-without-mfa: ConsoleLogin") || strings.Count(got, "\n") != 2 {
		t.Errorf("findings:\n%s", got)
	}
}
