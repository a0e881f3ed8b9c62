// Command bare is the smallest aws-lambda-go function, an SQS handler that does nothing: the
// baseline the example functions' binary sizes are measured against (BenchmarkLambdaBinarySize).
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func handle(context.Context, events.SQSEvent) (events.SQSEventResponse, error) {
	return events.SQSEventResponse{}, nil
}

func main() { lambda.Start(handle) }
