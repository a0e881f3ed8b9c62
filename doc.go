// Package cloudtrail reads AWS CloudTrail events from every place CloudTrail delivers them and gives
// typed Go values that lose nothing.
//
// # The model
//
// [Event] is one CloudTrail record: every documented field up to eventVersion 1.11, typed (times are
// [time.Time], the "true"/"false" strings are bool, [Version] compares "1.08" < "1.10"), with
// [UserIdentity] and its variants, Insights details and TLS details. Enumerations such as
// [IdentityType] and [EventType] are open string types with constants: values CloudTrail adds later
// read fine. The service-specific payloads (requestParameters, responseElements, ...) stay raw JSON;
// [UnmarshalPayload] types them, and subpackages such as serverlessrepo type whole services.
//
// The model is lossless. Decoding a record and encoding it again, with encoding/json or
// goccy/go-json, gives back the same JSON, key order and white space aside: unknown members are kept
// in Extra at every level, null, absent and empty stay apart, and a value of an unexpected JSON type
// (the string "True" where a boolean belongs, a time in another layout) is written back as it came
// while the typed field holds its best reading. A field changed in Go shows in the encoding. Nothing
// is required at decode time.
//
// # The decoder
//
// [NewDecoder] reads events one at a time from any delivery format, gzip or not, holding one record
// at a time: S3 log files, NDJSON, JSON arrays, EventBridge events, LookupEvents output, CloudWatch
// Logs subscription data, and the Lambda events of SQS, SNS, Kinesis and Firehose that carry them.
// The [Format] and the compression are detected from the bytes; [WithFormat] and the other options
// force them and set limits. [Decoder.Envelope] says where the last event came from: its position and
// every envelope around it (the SQS message, the Kinesis record, the EventBridge event, ...).
//
// [Objects] reads the other kind of trigger, the notifications that name S3 objects (S3 event
// notifications, EventBridge "Object Created" events, CloudTrail's SNS notification), and yields an
// [Object] for each, with the message ID a Lambda partial batch response needs.
//
// # Errors
//
// Every error says where it happened. A [*RecordError] reports one record or document that could
// not be used (malformed JSON, a digest file, an S3 event notification, a Lambda event of another
// service, a value over [WithMaxRecordSize]) with its index and byte offset, and its line in
// line-delimited input such as NDJSON: the stream goes on, and the next call to Next reads on. A
// malformed line of NDJSON is one such error; the decoder goes on at the next line. A [*StreamError]
// reports a break in the input itself (truncated JSON, corrupt or truncated gzip, UTF-16 input, a
// read error, [WithMaxDecompressedSize]) where it was found: it ends the stream. A UTF-8 byte-order
// mark is skipped. Causes are
// sentinels for errors.Is ([ErrNotCloudTrail], [ErrDigestFile], [ErrS3Notification], ...) and types
// for errors.As ([*SyntaxError], [*NotificationError]). Nothing that is not a CloudTrail record is ever
// returned as an Event, and no input makes the decoder panic.
//
// # Memory and lifecycle
//
// Records of S3 log files are decoded in place: their strings share the decoder's read buffer (256
// KiB chunks), so keeping a few events out of many keeps their chunks; [Event.Clone] copies an event
// out. Gzip is inflated on a second goroutine, stopped when a range over [Decoder.All] ends, by
// [Decoder.Close], or by a cleanup once an abandoned decoder is garbage.
//
// # Configuration
//
// Everything that takes settings in this module takes functional options, each type named for what
// it configures: [Option] configures a decoder here (and passes unchanged through the helpers that
// build one for their caller: [Objects], s3trail.WithDecoderOptions), digest.ValidatorOption a
// digest validator, cloudtrailtest.EventOption a built event, s3trail.ReaderOption an S3 trail
// reader. Settings are fixed when the value is made and have safe defaults.
//
// # Packages
//
// Beside this one, the module github.com/trailtype/cloudtrail holds:
//
//   - github.com/trailtype/cloudtrail/services/... types the payloads of AWS services, one package
//     per service (services/iam, services/s3, services/sts, services/signin, ...); importing one
//     registers it with github.com/trailtype/cloudtrail/services, whose Parse types any event of
//     an imported service.
//   - github.com/trailtype/cloudtrail/serverlessrepo types the Serverless Application Repository's
//     operations.
//   - github.com/trailtype/cloudtrail/policy reads the IAM policy documents payloads carry, and
//     answers whether one is public.
//   - github.com/trailtype/cloudtrail/digest validates log file integrity, as
//     `aws cloudtrail validate-logs` does.
//   - github.com/trailtype/cloudtrail/cloudtrailtest is the test kit: comparison, builders, fixtures,
//     every delivery format, golden files.
//   - github.com/trailtype/cloudtrail/anonymize turns real records into test data safe to commit.
//
// The AWS SDK parts are a module of their own, github.com/trailtype/cloudtrail/aws, so that users of
// this one never depend on the SDK: aws/s3trail reads a trail's log files from S3 and is a
// digest.Store over S3, and aws/lambdatrail reads aws-lambda-go's event types.
package cloudtrail
