package cloudtrailtest_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/serverlessrepo"
)

// mfaMissing is the kind of detection a user tests: a console sign-in without MFA.
func mfaMissing(ev *cloudtrail.Event) bool {
	return ev.EventName == "ConsoleLogin" && !ev.Failed() && strings.Contains(string(ev.AdditionalEventData), `"MFAUsed":"No"`)
}

// A table test of a detection, from fixtures and builders.
func Example() {
	withMFA := cloudtrailtest.Fixture("console-login-mfa")
	noMFA := cloudtrailtest.ConsoleLogin(cloudtrailtest.IAMUser("111122223333", "alice"), cloudtrailtest.Login{MFA: false})
	failed := cloudtrailtest.Fixture("console-login-failed")
	for _, ev := range []*cloudtrail.Event{withMFA, noMFA, failed} {
		fmt.Println(ev.ActorARN() != "", mfaMissing(ev))
	}
	// Output:
	// true false
	// true true
	// false false
}

// Diff compares events field by field; payloads compare as JSON values.
func ExampleDiff() {
	want := cloudtrailtest.NewEvent("s3.amazonaws.com", "GetObject", cloudtrailtest.Request(map[string]string{"bucketName": "logs", "key": "a"}))
	got := want.Clone()
	got.RequestParameters = json.RawMessage(`{ "key" : "a", "bucketName" : "logs" }`) // same value, other layout
	fmt.Printf("%q\n", cloudtrailtest.Diff(want, got))
	got.AWSRegion = "eu-west-1"
	fmt.Println(strings.Contains(cloudtrailtest.Diff(want, got), "AWSRegion"))
	// Output:
	// ""
	// true
}

// Equal in place of reflect.DeepEqual and testify's assert.Equal: a built event and the same event
// decoded hold the same, but reflect.DeepEqual also sees how the decoded JSON looked.
func ExampleEqual() {
	built := cloudtrailtest.NewEvent("sts.amazonaws.com", "GetCallerIdentity")
	var b bytes.Buffer
	if err := cloudtrailtest.Encode(&b, cloudtrail.FormatRecord, built); err != nil {
		panic(err)
	}
	decoded, err := cloudtrail.NewDecoder(&b).Next()
	if err != nil {
		panic(err)
	}
	fmt.Println(cloudtrailtest.Equal(built, decoded), reflect.DeepEqual(built, decoded))
	// Output: true false
}

// Plain cmp.Diff works on model types; Options adds the JSON comparison of payloads.
func ExampleOptions() {
	a := cloudtrailtest.Fixture("kms")
	b := cloudtrailtest.Fixture("kms")
	b.RequestParameters = json.RawMessage(strings.ReplaceAll(string(b.RequestParameters), `":`, `" : `))
	fmt.Println(cmp.Equal(a, b), cmp.Equal(a, b, cloudtrailtest.Options()))
	// Output: false true
}

// Build the record of a call, then change what the test is about.
func ExampleNewEvent() {
	ev := cloudtrailtest.NewEvent("iam.amazonaws.com", "AttachRolePolicy",
		cloudtrailtest.By(cloudtrailtest.AssumedRole("111122223333", "deploy", "ci-42")),
		cloudtrailtest.Request(map[string]string{"roleName": "app", "policyArn": "arn:aws:iam::aws:policy/AdministratorAccess"}),
		cloudtrailtest.AccessDenied())
	fmt.Println(ev.ActorARN(), ev.Failed(), *ev.ReadOnly, ev.RecipientAccountID)
	// Output: arn:aws:iam::111122223333:role/deploy true false 111122223333
}

// A fixture is a fresh copy each time: change it freely.
func ExampleFixture() {
	ev := cloudtrailtest.Fixture("root-activity")
	ev.Delete("errorCode")
	fmt.Println(ev.UserIdentity.Type, ev.EventName, len(cloudtrailtest.FixtureNames()))
	// Output: Root EnableMFADevice 30
}

// Feed a parser every delivery format.
func ExampleEncode() {
	ev := cloudtrailtest.NewEvent("s3.amazonaws.com", "ListBuckets")
	for _, f := range []cloudtrail.Format{cloudtrail.FormatS3, cloudtrail.FormatEventBridge, cloudtrail.FormatSQS} {
		var b bytes.Buffer
		if err := cloudtrailtest.Encode(&b, f, ev); err != nil {
			panic(err)
		}
		d := cloudtrail.NewDecoder(&b)
		got, err := d.Next()
		fmt.Println(d.Envelope().Format, cloudtrailtest.Diff(ev, got) == "", err)
	}
	// Output:
	// s3 true <nil>
	// eventbridge true <nil>
	// sqs true <nil>
}

// The Lambda event of a CloudWatch Logs subscription is an output of its own: the decoder reads it as
// FormatCloudWatchLogs, as it does the decoded subscription data Encode writes for that format.
func ExampleOutput() {
	ev := cloudtrailtest.NewEvent("s3.amazonaws.com", "ListBuckets")
	var b bytes.Buffer
	if err := cloudtrailtest.AWSLogs.Encode(&b, ev); err != nil {
		panic(err)
	}
	d := cloudtrail.NewDecoder(&b)
	got, err := d.Next()
	fmt.Println(cloudtrailtest.AWSLogs.Format(), d.Envelope().Format, cloudtrailtest.Diff(ev, got) == "", err)
	// Output: cloudwatchlogs cloudwatchlogs true <nil>
}

// Anonymize a real record before committing it as a fixture.
func ExampleNewAnonymizer() {
	a := cloudtrailtest.NewAnonymizer([]byte("a key kept out of the repository"))
	anon, err := a.Anonymize(cloudtrailtest.ConsoleLogin(cloudtrailtest.IAMUser("123456789012", "alice"), cloudtrailtest.Login{MFA: true}))
	if err != nil {
		panic(err)
	}
	fmt.Println(anon.UserIdentity.ARN, anon.UserIdentity.UserName)
	// Output: arn:aws:iam::543462941130:user/name-aduyyswm name-aduyyswm
}

// Keep what a parser makes of a log as a golden file; go test -cloudtrailtest.update rewrites it.
// In a test, pass the test's *testing.T; here a reporter prints what Golden would report (nothing:
// the events match).
func ExampleGolden() {
	events := []*cloudtrail.Event{cloudtrailtest.Fixture("kms")}
	cloudtrailtest.Golden(printer{}, "example", events) // testdata/example.golden.json
	fmt.Println("compared with testdata/example.golden.json")
	// Output: compared with testdata/example.golden.json
}

// printer is a testing.TB that prints the first line of what is reported.
type printer struct{ testing.TB }

func (printer) Helper() {}
func (printer) Errorf(format string, args ...any) {
	fmt.Println("reported:", strings.SplitN(fmt.Sprintf(format, args...), " (", 2)[0])
}
func (p printer) Fatalf(format string, args ...any) { p.Errorf(format, args...) }

// Console sign-ins, the way signin.amazonaws.com records them.
func ExampleConsoleLogin() {
	root := cloudtrailtest.Root("111122223333")
	ev := cloudtrailtest.ConsoleLogin(root, cloudtrailtest.Login{Failed: true, MFA: true}, cloudtrailtest.From("198.51.100.23"))
	fmt.Println(ev.EventType, ev.Failed(), ev.ErrorMessage, string(ev.ResponseElements))
	// Output: AwsConsoleSignIn true Failed authentication {"ConsoleLogin":"Failure"}
}

// Each kind of principal, with what CloudTrail writes of it.
func ExampleAssumedRole() {
	for _, id := range []*cloudtrail.UserIdentity{
		cloudtrailtest.AssumedRole("111122223333", "deploy", "ci-42"),
		cloudtrailtest.IAMUser("111122223333", "alice"),
		cloudtrailtest.FederatedUser("111122223333", "alice", "app"),
		cloudtrailtest.AWSService("cloudformation.amazonaws.com"),
	} {
		ev := cloudtrailtest.NewEvent("sts.amazonaws.com", "GetCallerIdentity", cloudtrailtest.By(id))
		fmt.Println(id.Type, ev.Actor())
	}
	// Output:
	// AssumedRole arn:aws:iam::111122223333:role/deploy
	// IAMUser arn:aws:iam::111122223333:user/alice
	// FederatedUser arn:aws:sts::111122223333:federated-user/app
	// AWSService cloudformation.amazonaws.com
}

// A Serverless Application Repository record from the serverlessrepo package's typed call.
func ExampleSARCall() {
	call := &serverlessrepo.UnshareApplication{Request: &serverlessrepo.UnshareApplicationRequest{
		ApplicationID:  "arn:aws:serverlessrepo:us-east-1:111122223333:applications/log-shipper",
		OrganizationID: "o-a1b2c3d4e5"}}
	ev := cloudtrailtest.SARCall(call, cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "publisher")))
	fmt.Println(ev.EventSource, ev.EventName, string(ev.RequestParameters))
	// Output: serverlessrepo.amazonaws.com UnshareApplication {"applicationId":"arn:aws:serverlessrepo:us-east-1:111122223333:applications/log-shipper","organizationId":"o-a1b2c3d4e5"}
}

// Stream events into a file too long to build in memory.
func ExampleNewEncoder() {
	var b bytes.Buffer
	enc := cloudtrailtest.NewEncoder(&b, cloudtrail.FormatS3)
	for i := 0; i < 3; i++ {
		if err := enc.Encode(cloudtrailtest.NewEvent("s3.amazonaws.com", "GetObject", cloudtrailtest.At(cloudtrailtest.DefaultTime.Add(time.Duration(i)*time.Minute)))); err != nil {
			panic(err)
		}
	}
	if err := enc.Close(); err != nil {
		panic(err)
	}
	n := 0
	for _, err := range cloudtrail.NewDecoder(&b).All() {
		if err == nil {
			n++
		}
	}
	fmt.Println(n, "events in", cloudtrail.FormatS3)
	// Output: 3 events in s3
}
