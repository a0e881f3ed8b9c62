// Package s3trail reads CloudTrail trails from Amazon S3 with the AWS SDK for Go v2.
//
// NewStore makes a digest.Store of an S3 client, so that digest.Validator checks a trail's
// integrity in place. NewReader streams the events of a trail's log files, chosen by account,
// region and delivery time, with a bounded number of objects in flight, in key order or as they
// come, with an error per object that names it, progress reports and cancellation through the
// context.
//
// The package lives in its own module (github.com/trailtype/cloudtrail/aws) so that users of the
// core package never depend on the AWS SDK.
package s3trail
