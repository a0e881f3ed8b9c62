// Command eventbridge is the target of an EventBridge rule on CloudTrail events ("AWS API Call via
// CloudTrail", "AWS Console Sign In via CloudTrail"): each invocation checks one record. See
// template.yaml.
package main

import (
	"context"
	"io"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"github.com/trailtype/cloudtrail/aws/lambdatrail"
	"github.com/trailtype/cloudtrail/examples/lambda/internal/detect"
)

// Handle checks one event. An event that carries no CloudTrail record is an error: the rule's
// pattern is wrong, and retrying will not help, so EventBridge's retries end in its dead-letter queue.
func Handle(out io.Writer) func(context.Context, events.CloudWatchEvent) error {
	return func(_ context.Context, e events.CloudWatchEvent) error {
		r, err := lambdatrail.EventBridgeRecord(e)
		if err != nil {
			return err
		}
		detect.Report(out, detect.Check(r.Event))
		return nil
	}
}

func main() { lambda.Start(Handle(os.Stdout)) }
