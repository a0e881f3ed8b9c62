// Package all imports every typed service package, so that services.Parse types the events of all of
// them. Import it for its side effect:
//
//	import _ "github.com/trailtype/cloudtrail/services/all"
//
// It is a module of its own, which requires every service module. A program that reads a few
// services can import just those packages instead, and download only their modules: each adds its
// types to the binary (about 6 KB per operation typed).
package all

import (
	// Each registers its Parse with services.
	_ "github.com/trailtype/cloudtrail/serverlessrepo"
	_ "github.com/trailtype/cloudtrail/services/accessanalyzer"
	_ "github.com/trailtype/cloudtrail/services/account"
	_ "github.com/trailtype/cloudtrail/services/acm"
	_ "github.com/trailtype/cloudtrail/services/athena"
	_ "github.com/trailtype/cloudtrail/services/backup"
	_ "github.com/trailtype/cloudtrail/services/bedrock"
	_ "github.com/trailtype/cloudtrail/services/codebuild"
	_ "github.com/trailtype/cloudtrail/services/codecommit"
	_ "github.com/trailtype/cloudtrail/services/cognitoidentity"
	_ "github.com/trailtype/cloudtrail/services/cognitoidp"
	_ "github.com/trailtype/cloudtrail/services/computeoptimizer"
	_ "github.com/trailtype/cloudtrail/services/detective"
	_ "github.com/trailtype/cloudtrail/services/directconnect"
	_ "github.com/trailtype/cloudtrail/services/elasticache"
	_ "github.com/trailtype/cloudtrail/services/elasticfilesystem"
	_ "github.com/trailtype/cloudtrail/services/elasticloadbalancing"
	_ "github.com/trailtype/cloudtrail/services/firehose"
	_ "github.com/trailtype/cloudtrail/services/glue"
	_ "github.com/trailtype/cloudtrail/services/iam"
	_ "github.com/trailtype/cloudtrail/services/kafka"
	_ "github.com/trailtype/cloudtrail/services/kinesis"
	_ "github.com/trailtype/cloudtrail/services/kms"
	_ "github.com/trailtype/cloudtrail/services/lambda"
	_ "github.com/trailtype/cloudtrail/services/macie2"
	_ "github.com/trailtype/cloudtrail/services/organizations"
	_ "github.com/trailtype/cloudtrail/services/ram"
	_ "github.com/trailtype/cloudtrail/services/rds"
	_ "github.com/trailtype/cloudtrail/services/redshift"
	_ "github.com/trailtype/cloudtrail/services/rolesanywhere"
	_ "github.com/trailtype/cloudtrail/services/s3"
	_ "github.com/trailtype/cloudtrail/services/sagemaker"
	_ "github.com/trailtype/cloudtrail/services/secretsmanager"
	_ "github.com/trailtype/cloudtrail/services/servicecatalog"
	_ "github.com/trailtype/cloudtrail/services/signin"
	_ "github.com/trailtype/cloudtrail/services/ssm"
	_ "github.com/trailtype/cloudtrail/services/sts"
	_ "github.com/trailtype/cloudtrail/services/tagging"
)
