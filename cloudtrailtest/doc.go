// Package cloudtrailtest helps test code that reads CloudTrail: parsers, detections, pipelines. It
// is to cloudtrail what httptest is to net/http.
//
// # Comparing events
//
// Equal and Diff compare any values of the model (events, slices of them, identities, the typed
// calls of the services packages) by what their fields hold, and Diff reports the differences by
// field path:
//
//	if diff := cloudtrailtest.Diff(want, got); diff != "" {
//		t.Errorf("detection input (-want +got):\n%s", diff)
//	}
//
// Do not compare events with reflect.DeepEqual or testify's assert.Equal (and require.Equal,
// assert.ObjectsAreEqual), which uses it: every model struct keeps how its JSON looked in a Layout
// field, and Extra for the members the model does not know, so a decoded event and the same event
// built in Go differ to them although every field holds the same. With testify, write
// assert.True(t, cloudtrailtest.Equal(want, got), cloudtrailtest.Diff(want, got)), or
// assert.Empty(t, cloudtrailtest.Diff(want, got)).
//
// Plain cmp.Diff and cmp.Equal (github.com/google/go-cmp) work too: Layout has an Equal method that
// reports true (see cloudtrail.Layout). They compare payloads (requestParameters,
// responseElements, ...), which are raw JSON, byte by byte; Equal and Diff, and cmp with Options,
// compare them as JSON values, so white space and key order inside them do not count either.
//
// # Building events
//
// NewEvent builds the record of any API call the way CloudTrail writes it, and its EventOptions
// change what a test cares about:
//
//	ev := cloudtrailtest.NewEvent("s3.amazonaws.com", "PutBucketPolicy",
//		cloudtrailtest.By(cloudtrailtest.AssumedRole("111122223333", "deploy", "ci-42")),
//		cloudtrailtest.Request(map[string]any{"bucketName": "logs", "bucketPolicy": policy}),
//		cloudtrailtest.AccessDenied())
//
// Identities come ready-made for each kind of principal: Root, IAMUser, AssumedRole (with its
// session issuer), FederatedUser, IdentityCenterUser, SAMLUser, WebIdentityUser, AWSService.
// ConsoleLogin builds sign-ins, ConsoleLogin(alice, Login{MFA: true}) or Login{Failed: true};
// SARCall builds a Serverless Application Repository record from the serverlessrepo package's typed
// calls. IDs and keys are derived from the arguments: a test builds the same event every run.
//
// To start from a real record instead, take a fixture, and remove what the negative case lacks with
// the model's Delete methods (setting a field to "" would write "errorCode":""):
//
//	ev := cloudtrailtest.Fixture("console-login-mfa")
//	ev.Delete("additionalEventData")
//
// # Fixtures
//
// Fixture returns a fresh copy of one of these records, anonymized (NewAnonymizer); the real ones
// come from AWS's documentation and public detection tests, the sar-* ones that no public record
// shows are built:
//
//	name                          what it is
//	console-login-mfa             console sign-in of an IAM user with MFA
//	console-login-no-mfa          console sign-in of an IAM user without MFA
//	console-login-failed          failed console sign-in (errorMessage, "ConsoleLogin":"Failure")
//	root-activity                 API call by the root user (EnableMFADevice)
//	assume-role-chain             AssumeRole called by an assumed-role session
//	access-denied                 AccessDenied error of an assumed role (LeaveOrganization)
//	iam-policy-change             AttachRolePolicy
//	s3-data-event                 S3 PutObject data event
//	kms                           KMS Decrypt
//	insight-start, insight-end    the two records of a CloudTrail Insights event
//	service-event                 AwsServiceEvent (KMS key rotation)
//	network-activity              network-activity event through a VPC endpoint
//	sar-<Operation>               each of the 14 Serverless Application Repository operations
//	missing-user-identity         a record without userIdentity
//	string-booleans               readOnly written as a string
//	eventversion-1.0              a record of eventVersion 1.0
//
// # Every delivery format
//
// Encode writes events as CloudTrail delivers them: an S3 log file, NDJSON, a JSON array,
// EventBridge events, LookupEvents output, CloudWatch Logs subscription data (decoded or as the
// Lambda awslogs event), and the SQS, SNS, Kinesis and Firehose Lambda events that carry them, so
// that a parser can be fed every format. cloudtrail.NewDecoder reads everything Encode writes back
// to equal events.
//
// # Golden files
//
// Golden compares events with testdata/<name>.golden.json; go test -cloudtrailtest.update rewrites
// the file. The flag has a name of the kit's own, so a test package may define its own -update, and
// it is registered in test binaries only.
//
// # Anonymizing real logs
//
// NewAnonymizer returns an anonymizer (package github.com/trailtype/cloudtrail/anonymize) that
// replaces account IDs, access keys, names, e-mail and IP addresses, IDs and tokens in the values of
// every member and payload, consistently and under a key, so that a real log becomes a fixture safe
// to commit; member names stay as they are. examples/anonymize streams a whole log file of any
// format through one.
package cloudtrailtest
