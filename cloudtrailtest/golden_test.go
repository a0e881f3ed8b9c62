package cloudtrailtest_test

import (
	"flag"
	"os"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

// The builders' output, kept as a golden file: a change in what they build shows here.
func TestGoldenBuilders(t *testing.T) {
	alice := cloudtrailtest.IAMUser("111122223333", "alice")
	events := []*cloudtrail.Event{
		cloudtrailtest.ConsoleLogin(alice, cloudtrailtest.Login{MFA: true}),
		cloudtrailtest.ConsoleLogin(alice, cloudtrailtest.Login{Failed: true}),
		cloudtrailtest.NewEvent("iam.amazonaws.com", "CreateAccessKey", cloudtrailtest.By(cloudtrailtest.Root("111122223333")),
			cloudtrailtest.Response(map[string]any{"accessKey": map[string]string{"userName": "alice", "status": "Active"}})),
		cloudtrailtest.NewEvent("s3.amazonaws.com", "GetObject", cloudtrailtest.By(cloudtrailtest.AssumedRole("111122223333", "reader", "job-7")),
			cloudtrailtest.DataEvent(), cloudtrailtest.InRegion("eu-west-1"),
			cloudtrailtest.Request(map[string]string{"bucketName": "logs", "key": "a.txt"}),
			cloudtrailtest.Resources(cloudtrail.Resource{Type: "AWS::S3::Object", ARN: "arn:aws:s3:::logs/a.txt"})),
		cloudtrailtest.NewEvent("kms.amazonaws.com", "Decrypt", cloudtrailtest.By(cloudtrailtest.AWSService("lambda.amazonaws.com")), cloudtrailtest.AccessDenied()),
	}
	cloudtrailtest.Golden(t, "builders", events)
}

// A missing golden file is a failure that says how to write it.
func TestGoldenMissingFile(t *testing.T) {
	if _, err := os.Stat("testdata/nothing-here.golden.json"); err == nil || flag.Lookup(cloudtrailtest.UpdateFlag).Value.String() == "true" {
		t.Skip("the file exists, or -cloudtrailtest.update would write it")
	}
	ft := &fakeT{TB: t}
	func() {
		defer func() { recover() }()
		cloudtrailtest.Golden(ft, "nothing-here", nil)
	}()
	if !ft.failed {
		t.Error("Golden passed without its file")
	}
}

// fakeT records a failure instead of failing the test.
type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Helper()               {}
func (f *fakeT) Fatalf(string, ...any) { f.failed = true; panic("fatal") }
func (f *fakeT) Errorf(string, ...any) { f.failed = true }
