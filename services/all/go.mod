module github.com/trailtype/cloudtrail/services/all

go 1.24

require (
	github.com/trailtype/cloudtrail v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/bedrock v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/elasticloadbalancing v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/iam v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/kms v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/lambda v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/organizations v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/rds v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/s3 v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/secretsmanager v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/signin v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/ssm v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/sts v0.0.0-00010101000000-000000000000
)

require (
	github.com/goccy/go-json v0.10.5 // indirect
	github.com/google/go-cmp v0.7.0 // indirect
)

// The modules are developed together; a release pins their versions instead.
replace (
	github.com/trailtype/cloudtrail => ../..
	github.com/trailtype/cloudtrail/services/bedrock => ../bedrock
	github.com/trailtype/cloudtrail/services/elasticloadbalancing => ../elasticloadbalancing
	github.com/trailtype/cloudtrail/services/iam => ../iam
	github.com/trailtype/cloudtrail/services/kms => ../kms
	github.com/trailtype/cloudtrail/services/lambda => ../lambda
	github.com/trailtype/cloudtrail/services/organizations => ../organizations
	github.com/trailtype/cloudtrail/services/rds => ../rds
	github.com/trailtype/cloudtrail/services/s3 => ../s3
	github.com/trailtype/cloudtrail/services/secretsmanager => ../secretsmanager
	github.com/trailtype/cloudtrail/services/signin => ../signin
	github.com/trailtype/cloudtrail/services/ssm => ../ssm
	github.com/trailtype/cloudtrail/services/sts => ../sts
)
