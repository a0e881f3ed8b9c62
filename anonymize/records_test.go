package anonymize_test

import (
	"os"
	"testing"

	"github.com/trailtype/cloudtrail"
)

// testFiles are the project's files of real and AWS-documented records (see ../testdata/SOURCES.md).
var testFiles = []string{
	"../testdata/awsdocs/cloudtrail-user-guide.ndjson",
	"../testdata/awsdocs/iam-user-guide.ndjson",
	"../testdata/awsdocs/eventbridge-user-guide.ndjson",
	"../testdata/awsdocs/identitycenter-examples.json",
	"../testdata/awsdocs/serverlessrepo-CreateApplication.json",
	"../testdata/panther/rule-test-logs.ndjson",
	"../testdata/plaso/lookup-events.jsonl",
	"../testdata/trailscraper/events-for-smoke-test.json",
	"../testdata/trailscraper/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz",
	"../serverlessrepo/testdata/sar-activity.ndjson",
	"../testdata/lambda/kinesis-cloudwatch-logs.json",
	"../testdata/lambda/firehose-cloudwatch-logs.json",
	"../testdata/lambda/sqs-eventbridge.json",
}

// records decodes every record of the test files (an Auto Scaling event in the EventBridge file is
// reported and left out).
func records(t testing.TB) []*cloudtrail.Event {
	t.Helper()
	var out []*cloudtrail.Event
	for _, name := range testFiles {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		for ev, err := range cloudtrail.NewDecoder(f).All() {
			if err == nil {
				out = append(out, ev)
			}
		}
		f.Close()
	}
	if len(out) < 500 {
		t.Fatalf("%d records, want the 520 of the test files", len(out))
	}
	return out
}
