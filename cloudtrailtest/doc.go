// Package cloudtrailtest helps test code that reads CloudTrail: parsers, detections, pipelines. It
// is to cloudtrail what httptest is to net/http.
//
// # Comparing events
//
// Plain cmp.Diff and cmp.Equal (github.com/google/go-cmp) work on every model type of the
// cloudtrail and serverlessrepo packages, and report differences by field path:
//
//	if diff := cmp.Diff(want, got); diff != "" {
//		t.Errorf("detection input (-want +got):\n%s", diff)
//	}
//
// How the JSON looked never counts: each model struct keeps that bookkeeping in a Layout field whose
// Equal method reports true (see cloudtrail.Layout). Payloads (requestParameters, responseElements,
// ...) are raw JSON, which plain cmp compares byte by byte; Diff and Options compare them as JSON
// values, so white space and key order inside them do not count either.
//
// # Building events
//
// NewEvent builds the record of any API call the way CloudTrail writes it, and the options change
// what a test cares about:
//
//	ev := cloudtrailtest.NewEvent("s3.amazonaws.com", "PutBucketPolicy",
//		cloudtrailtest.By(cloudtrailtest.AssumedRole("111122223333", "deploy", "ci-42")),
//		cloudtrailtest.Request(map[string]any{"bucketName": "logs", "bucketPolicy": policy}),
//		cloudtrailtest.AccessDenied())
//
// Identities come ready-made for each kind of principal: Root, IAMUser, AssumedRole (with its
// session issuer), FederatedUser, IdentityCenterUser, SAMLUser, WebIdentityUser, AWSService.
// ConsoleLogin builds sign-ins, with or without MFA, successful or not; SARCall builds a Serverless
// Application Repository record from the serverlessrepo package's typed calls. IDs and keys are
// derived from the arguments: a test builds the same event every run.
//
// To start from a real record instead, take a fixture, and remove what the negative case lacks with
// the model's Delete methods (setting a field to "" would write "errorCode":""):
//
//	ev := cloudtrailtest.Fixture("console-login-mfa")
//	ev.Delete("additionalEventData")
//
// # Fixtures
//
// Fixture returns a fresh copy of one of these records, anonymized with an Anonymizer; the real ones
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
// Golden compares events with testdata/<name>.golden.json; go test -update rewrites the file.
//
// # Anonymizing real logs
//
// An Anonymizer replaces account IDs, access keys, names, e-mail and IP addresses, IDs and tokens in
// every member and payload, consistently and under a key, so that a real log becomes a fixture safe
// to commit. examples/anonymize streams a whole log file of any format through one.
package cloudtrailtest
