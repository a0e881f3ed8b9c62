module github.com/trailtype/cloudtrail/services/all

go 1.24

require (
	github.com/trailtype/cloudtrail v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/accessanalyzer v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/account v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/acm v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/athena v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/backup v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/bedrock v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/codebuild v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/codecommit v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/cognitoidentity v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/cognitoidp v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/computeoptimizer v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/detective v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/directconnect v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/elasticache v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/elasticfilesystem v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/elasticloadbalancing v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/firehose v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/glue v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/iam v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/kafka v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/kinesis v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/kms v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/lambda v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/macie2 v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/organizations v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/ram v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/rds v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/redshift v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/rolesanywhere v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/s3 v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/sagemaker v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/secretsmanager v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/servicecatalog v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/signin v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/ssm v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/sts v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/tagging v0.0.0-00010101000000-000000000000
)

require (
	github.com/goccy/go-json v0.10.5 // indirect
	github.com/google/go-cmp v0.7.0 // indirect
)

// The modules are developed together; a release pins their versions instead.
replace (
	github.com/trailtype/cloudtrail => ../..
	github.com/trailtype/cloudtrail/services/accessanalyzer => ../accessanalyzer
	github.com/trailtype/cloudtrail/services/account => ../account
	github.com/trailtype/cloudtrail/services/acm => ../acm
	github.com/trailtype/cloudtrail/services/athena => ../athena
	github.com/trailtype/cloudtrail/services/backup => ../backup
	github.com/trailtype/cloudtrail/services/bedrock => ../bedrock
	github.com/trailtype/cloudtrail/services/codebuild => ../codebuild
	github.com/trailtype/cloudtrail/services/codecommit => ../codecommit
	github.com/trailtype/cloudtrail/services/cognitoidentity => ../cognitoidentity
	github.com/trailtype/cloudtrail/services/cognitoidp => ../cognitoidp
	github.com/trailtype/cloudtrail/services/computeoptimizer => ../computeoptimizer
	github.com/trailtype/cloudtrail/services/detective => ../detective
	github.com/trailtype/cloudtrail/services/directconnect => ../directconnect
	github.com/trailtype/cloudtrail/services/elasticache => ../elasticache
	github.com/trailtype/cloudtrail/services/elasticfilesystem => ../elasticfilesystem
	github.com/trailtype/cloudtrail/services/elasticloadbalancing => ../elasticloadbalancing
	github.com/trailtype/cloudtrail/services/firehose => ../firehose
	github.com/trailtype/cloudtrail/services/glue => ../glue
	github.com/trailtype/cloudtrail/services/iam => ../iam
	github.com/trailtype/cloudtrail/services/kafka => ../kafka
	github.com/trailtype/cloudtrail/services/kinesis => ../kinesis
	github.com/trailtype/cloudtrail/services/kms => ../kms
	github.com/trailtype/cloudtrail/services/lambda => ../lambda
	github.com/trailtype/cloudtrail/services/macie2 => ../macie2
	github.com/trailtype/cloudtrail/services/organizations => ../organizations
	github.com/trailtype/cloudtrail/services/ram => ../ram
	github.com/trailtype/cloudtrail/services/rds => ../rds
	github.com/trailtype/cloudtrail/services/redshift => ../redshift
	github.com/trailtype/cloudtrail/services/rolesanywhere => ../rolesanywhere
	github.com/trailtype/cloudtrail/services/s3 => ../s3
	github.com/trailtype/cloudtrail/services/sagemaker => ../sagemaker
	github.com/trailtype/cloudtrail/services/secretsmanager => ../secretsmanager
	github.com/trailtype/cloudtrail/services/servicecatalog => ../servicecatalog
	github.com/trailtype/cloudtrail/services/signin => ../signin
	github.com/trailtype/cloudtrail/services/ssm => ../ssm
	github.com/trailtype/cloudtrail/services/sts => ../sts
	github.com/trailtype/cloudtrail/services/tagging => ../tagging
)
