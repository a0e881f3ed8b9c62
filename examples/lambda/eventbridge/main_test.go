package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

func TestHandle(t *testing.T) {
	var payload bytes.Buffer
	if err := cloudtrailtest.Encode(&payload, cloudtrail.FormatEventBridge, cloudtrailtest.Fixture("console-login-no-mfa")); err != nil {
		t.Fatal(err)
	}
	var e events.CloudWatchEvent
	if err := json.Unmarshal(payload.Bytes(), &e); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Handle(&out)(context.Background(), e); err != nil || !strings.HasPrefix(out.String(), "console-login-without-mfa: ConsoleLogin") {
		t.Errorf("%v, findings:\n%s", err, out.String())
	}
	raw, err := os.ReadFile("../../../testdata/lambda/other/eventbridge-scheduled.json")
	if err != nil {
		t.Fatal(err)
	}
	_ = json.Unmarshal(raw, &e)
	if err := Handle(&out)(context.Background(), e); !errors.Is(err, cloudtrail.ErrNotCloudTrail) {
		t.Errorf("a scheduled event: %v, want ErrNotCloudTrail", err)
	}
}
