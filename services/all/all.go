// Package all imports every typed service package, so that services.Parse types the events of all of
// them. Import it for its side effect:
//
//	import _ "github.com/trailtype/cloudtrail/services/all"
//
// A program that reads a few services should import just those packages instead: each one adds its
// generated types to the binary.
package all

import (
	// Each registers its Parse with services.
	_ "github.com/trailtype/cloudtrail/serverlessrepo"
	_ "github.com/trailtype/cloudtrail/services/iam"
	_ "github.com/trailtype/cloudtrail/services/kms"
	_ "github.com/trailtype/cloudtrail/services/lambda"
	_ "github.com/trailtype/cloudtrail/services/organizations"
	_ "github.com/trailtype/cloudtrail/services/s3"
	_ "github.com/trailtype/cloudtrail/services/secretsmanager"
	_ "github.com/trailtype/cloudtrail/services/signin"
	_ "github.com/trailtype/cloudtrail/services/ssm"
	_ "github.com/trailtype/cloudtrail/services/sts"
)
