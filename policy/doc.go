// Package policy reads the IAM policy documents CloudTrail records carry: IAM's inline, managed and
// trust policies, S3 bucket policies, KMS key policies, Secrets Manager resource policies.
//
// Read takes a payload member as it came: a JSON object, or a JSON string holding the document
// (URL-encoded, as IAM's query API receives it, or not). Statement, Action, Resource and the
// principals may each be one value or a list; Values keeps which, so that a document encodes back
// to the same JSON. Members this package does not know stay in Extra.
//
// The helpers answer what detections ask of a policy: does a statement allow anyone
// (Document.Public: a "*" principal that no condition such as aws:PrincipalOrgID or aws:SourceVpce
// narrows, as IAM Access Analyzer reads it; PublicPrincipal asks about the "*" alone), any action of
// a service ("s3:*", "*"), or principals of other accounts.
package policy
