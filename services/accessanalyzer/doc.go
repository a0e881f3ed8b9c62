// Package accessanalyzer types the CloudTrail records of IAM Access Analyzer (eventSource access-
// analyzer.amazonaws.com, the model's endpointPrefix and signingName, with its dash, as the IAM
// User Guide's CloudTrail record of CreateAnalyzer writes it; the package is accessanalyzer, the
// eventSource's first label without the dash): the requestParameters and responseElements of each
// operation, generated from the service's API model, losslessly like the cloudtrail package's own
// types. Times read from every layout CloudTrail writes them in and are written back as they came.
//
// Parse turns an event into a *CreateAnalyzer, *DeleteAnalyzer and so on; switch on the concrete
// type. Deleting an analyzer or archiving its findings (DeleteAnalyzer, CreateArchiveRule,
// UpdateFindings with status ARCHIVED) hides external access from the team; each is one type (see
// the example).
//
// The policy documents of the policy checks and the proposed resource policies of access previews
// (CheckNoPublicAccess, ValidatePolicy, CreateAccessPreview's S3 bucket, KMS, SQS ...
// configurations) are policy.JSON: Document reads them and Public says whether they grant anyone
// access.
package accessanalyzer

//go:generate go run ../../internal/apigen/cmd/apigen -package accessanalyzer -model model/service-2.json -event-source access-analyzer.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape AccessCheckPolicyDocument -policy-shape PolicyDocument -policy-shape AccessPointPolicy -policy-shape DynamodbStreamPolicy -policy-shape DynamodbTablePolicy -policy-shape EcrRepositoryPolicy -policy-shape EfsFileSystemPolicy -policy-shape IamTrustPolicy -policy-shape S3BucketPolicy -policy-shape S3ExpressDirectoryBucketPolicy -policy-shape SecretsManagerSecretPolicy -policy-shape SnsTopicPolicy -policy-shape SqsQueuePolicy -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package accessanalyzer -model model/service-2.json -event-source access-analyzer.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape AccessCheckPolicyDocument -policy-shape PolicyDocument -policy-shape AccessPointPolicy -policy-shape DynamodbStreamPolicy -policy-shape DynamodbTablePolicy -policy-shape EcrRepositoryPolicy -policy-shape EfsFileSystemPolicy -policy-shape IamTrustPolicy -policy-shape S3BucketPolicy -policy-shape S3ExpressDirectoryBucketPolicy -policy-shape SecretsManagerSecretPolicy -policy-shape SnsTopicPolicy -policy-shape SqsQueuePolicy -o zz_plain_test.go
