// Command cwlogs is a Lambda function subscribed to the CloudWatch Logs log group a trail writes to:
// each invocation gets a batch of records (base64 of gzip in awslogs.data) and checks them. See
// template.yaml.
package main

import (
	"context"
	"io"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"github.com/trailtype/cloudtrail/aws/lambdatrail"
	"github.com/trailtype/cloudtrail/examples/lambda/internal/detect"
)

// Handle checks one subscription batch. A bad record is logged; the batch is not retried for it.
func Handle(out io.Writer) func(context.Context, events.CloudwatchLogsEvent) error {
	return func(_ context.Context, e events.CloudwatchLogsEvent) error {
		for r, err := range lambdatrail.CloudWatchLogsRecords(e) {
			if err != nil {
				log.Print(err)
				continue
			}
			detect.Report(out, detect.Check(r.Event))
		}
		return nil
	}
}

func main() { lambda.Start(Handle(os.Stdout)) }
