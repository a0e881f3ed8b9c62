package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"

	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

func TestHandle(t *testing.T) {
	var payload bytes.Buffer
	if err := cloudtrailtest.AWSLogs.Encode(&payload, cloudtrailtest.Fixture("kms"), cloudtrailtest.Fixture("root-activity"),
		cloudtrailtest.Fixture("console-login-mfa")); err != nil {
		t.Fatal(err)
	}
	var e events.CloudwatchLogsEvent
	if err := json.Unmarshal(payload.Bytes(), &e); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Handle(&out)(context.Background(), e); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); strings.Count(got, "\n") != 1 || !strings.HasPrefix(got, "root-activity: EnableMFADevice") {
		t.Errorf("findings:\n%s", got)
	}
}
