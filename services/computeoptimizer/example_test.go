package computeoptimizer_test

import (
	"fmt"

	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/services/computeoptimizer"
)

// An inventory of the organization's instances written to a bucket. The record is builder-made: no
// public Compute Optimizer record was found.
func ExampleParse() {
	ev := cloudtrailtest.NewEvent(computeoptimizer.EventSource, "ExportEC2InstanceRecommendations",
		cloudtrailtest.By(cloudtrailtest.AssumedRole("111122223333", "ops", "eve")),
		cloudtrailtest.Request(map[string]any{
			"includeMemberAccounts": true,
			"s3DestinationConfig":   map[string]any{"bucket": "exfil-bucket-444455556666", "keyPrefix": "inv/"},
		}))
	call, err := computeoptimizer.Parse(ev)
	if err != nil {
		panic(err)
	}
	if c, ok := call.(*computeoptimizer.ExportEC2InstanceRecommendations); ok && c.Request.S3DestinationConfig != nil {
		fmt.Println(ev.Actor(), "exported instance recommendations to s3://"+c.Request.S3DestinationConfig.Bucket+"/"+c.Request.S3DestinationConfig.KeyPrefix,
			"member accounts:", c.Request.IncludeMemberAccounts)
	}
	// Output: arn:aws:iam::111122223333:role/ops exported instance recommendations to s3://exfil-bucket-444455556666/inv/ member accounts: true
}
