module github.com/trailtype/cloudtrail/services/all

go 1.25

require (
	github.com/trailtype/cloudtrail v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/accessanalyzer v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/account v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/acm v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/apigateway v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/athena v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/autoscaling v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/backup v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/bedrock v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/ce v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/cloudformation v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/cloudfront v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/cloudtrail v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/codebuild v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/codecommit v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/cognitoidentity v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/cognitoidp v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/computeoptimizer v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/config v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/detective v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/directconnect v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/dynamodb v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/ec2 v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/ec2instanceconnect v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/ecr v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/ecs v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/eks v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/elasticache v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/elasticfilesystem v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/elasticloadbalancing v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/es v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/events v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/firehose v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/glue v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/guardduty v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/health v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/iam v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/identitystore v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/inspector2 v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/kafka v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/kinesis v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/kms v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/lambda v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/logs v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/macie2 v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/monitoring v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/organizations v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/ram v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/rds v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/redshift v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/resourceexplorer2 v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/rolesanywhere v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/route53 v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/route53resolver v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/s3 v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/sagemaker v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/secretsmanager v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/securityhub v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/servicecatalog v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/ses v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/signin v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/sns v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/sqs v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/ssm v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/sso v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/ssooauth v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/sts v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/tagging v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/waf v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/wafregional v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/wafv2 v0.0.0-00010101000000-000000000000
	github.com/trailtype/cloudtrail/services/xray v0.0.0-00010101000000-000000000000
)

require (
	github.com/goccy/go-json v0.10.5 // indirect
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/klauspost/compress v1.20.4 // indirect
)

// The modules are developed together; a release pins their versions instead.
replace (
	github.com/trailtype/cloudtrail => ../..
	github.com/trailtype/cloudtrail/services/accessanalyzer => ../accessanalyzer
	github.com/trailtype/cloudtrail/services/account => ../account
	github.com/trailtype/cloudtrail/services/acm => ../acm
	github.com/trailtype/cloudtrail/services/apigateway => ../apigateway
	github.com/trailtype/cloudtrail/services/athena => ../athena
	github.com/trailtype/cloudtrail/services/autoscaling => ../autoscaling
	github.com/trailtype/cloudtrail/services/backup => ../backup
	github.com/trailtype/cloudtrail/services/bedrock => ../bedrock
	github.com/trailtype/cloudtrail/services/ce => ../ce
	github.com/trailtype/cloudtrail/services/cloudformation => ../cloudformation
	github.com/trailtype/cloudtrail/services/cloudfront => ../cloudfront
	github.com/trailtype/cloudtrail/services/cloudtrail => ../cloudtrail
	github.com/trailtype/cloudtrail/services/codebuild => ../codebuild
	github.com/trailtype/cloudtrail/services/codecommit => ../codecommit
	github.com/trailtype/cloudtrail/services/cognitoidentity => ../cognitoidentity
	github.com/trailtype/cloudtrail/services/cognitoidp => ../cognitoidp
	github.com/trailtype/cloudtrail/services/computeoptimizer => ../computeoptimizer
	github.com/trailtype/cloudtrail/services/config => ../config
	github.com/trailtype/cloudtrail/services/detective => ../detective
	github.com/trailtype/cloudtrail/services/directconnect => ../directconnect
	github.com/trailtype/cloudtrail/services/dynamodb => ../dynamodb
	github.com/trailtype/cloudtrail/services/ec2 => ../ec2
	github.com/trailtype/cloudtrail/services/ec2instanceconnect => ../ec2instanceconnect
	github.com/trailtype/cloudtrail/services/ecr => ../ecr
	github.com/trailtype/cloudtrail/services/ecs => ../ecs
	github.com/trailtype/cloudtrail/services/eks => ../eks
	github.com/trailtype/cloudtrail/services/elasticache => ../elasticache
	github.com/trailtype/cloudtrail/services/elasticfilesystem => ../elasticfilesystem
	github.com/trailtype/cloudtrail/services/elasticloadbalancing => ../elasticloadbalancing
	github.com/trailtype/cloudtrail/services/es => ../es
	github.com/trailtype/cloudtrail/services/events => ../events
	github.com/trailtype/cloudtrail/services/firehose => ../firehose
	github.com/trailtype/cloudtrail/services/glue => ../glue
	github.com/trailtype/cloudtrail/services/guardduty => ../guardduty
	github.com/trailtype/cloudtrail/services/health => ../health
	github.com/trailtype/cloudtrail/services/iam => ../iam
	github.com/trailtype/cloudtrail/services/identitystore => ../identitystore
	github.com/trailtype/cloudtrail/services/inspector2 => ../inspector2
	github.com/trailtype/cloudtrail/services/kafka => ../kafka
	github.com/trailtype/cloudtrail/services/kinesis => ../kinesis
	github.com/trailtype/cloudtrail/services/kms => ../kms
	github.com/trailtype/cloudtrail/services/lambda => ../lambda
	github.com/trailtype/cloudtrail/services/logs => ../logs
	github.com/trailtype/cloudtrail/services/macie2 => ../macie2
	github.com/trailtype/cloudtrail/services/monitoring => ../monitoring
	github.com/trailtype/cloudtrail/services/organizations => ../organizations
	github.com/trailtype/cloudtrail/services/ram => ../ram
	github.com/trailtype/cloudtrail/services/rds => ../rds
	github.com/trailtype/cloudtrail/services/redshift => ../redshift
	github.com/trailtype/cloudtrail/services/resourceexplorer2 => ../resourceexplorer2
	github.com/trailtype/cloudtrail/services/rolesanywhere => ../rolesanywhere
	github.com/trailtype/cloudtrail/services/route53 => ../route53
	github.com/trailtype/cloudtrail/services/route53resolver => ../route53resolver
	github.com/trailtype/cloudtrail/services/s3 => ../s3
	github.com/trailtype/cloudtrail/services/sagemaker => ../sagemaker
	github.com/trailtype/cloudtrail/services/secretsmanager => ../secretsmanager
	github.com/trailtype/cloudtrail/services/securityhub => ../securityhub
	github.com/trailtype/cloudtrail/services/servicecatalog => ../servicecatalog
	github.com/trailtype/cloudtrail/services/ses => ../ses
	github.com/trailtype/cloudtrail/services/signin => ../signin
	github.com/trailtype/cloudtrail/services/sns => ../sns
	github.com/trailtype/cloudtrail/services/sqs => ../sqs
	github.com/trailtype/cloudtrail/services/ssm => ../ssm
	github.com/trailtype/cloudtrail/services/sso => ../sso
	github.com/trailtype/cloudtrail/services/ssooauth => ../ssooauth
	github.com/trailtype/cloudtrail/services/sts => ../sts
	github.com/trailtype/cloudtrail/services/tagging => ../tagging
	github.com/trailtype/cloudtrail/services/waf => ../waf
	github.com/trailtype/cloudtrail/services/wafregional => ../wafregional
	github.com/trailtype/cloudtrail/services/wafv2 => ../wafv2
	github.com/trailtype/cloudtrail/services/xray => ../xray
)
