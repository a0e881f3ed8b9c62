// Command s3sqs is a Lambda function for the S3 → SQS → Lambda path: CloudTrail writes log files to a
// bucket, the bucket notifies an SQS queue (directly, through SNS, or CloudTrail's own SNS
// notification), and each invocation reads the log files its messages name, streaming each object
// through the decoder in bounded memory, and reports the messages whose object failed, so that SQS
// retries only those. See template.yaml.
//
// Run with file names as arguments, it reads local log files instead (./bootstrap log.json.gz).
package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/aws/lambdatrail"
	"github.com/trailtype/cloudtrail/examples/lambda/internal/detect"
)

// Getter is the S3 call the function makes; *s3.Client has it.
type Getter interface {
	GetObject(ctx context.Context, in *s3.GetObjectInput, opts ...func(*s3.Options)) (*s3.GetObjectOutput, error)
}

// Handler reads the log files an SQS batch names.
type Handler struct {
	S3  Getter
	Out io.Writer // where findings go: the function's log
}

// Handle processes one batch.
func (h *Handler) Handle(ctx context.Context, e events.SQSEvent) (events.SQSEventResponse, error) {
	var failures lambdatrail.BatchFailures
	for obj, err := range lambdatrail.SQSObjects(e) {
		if err != nil {
			log.Printf("message %s: %v", obj.MessageID, err)
			failures.Add(obj.MessageID)
			continue
		}
		if obj.FileType != cloudtrail.FileLog {
			continue // digest and Insights files share the bucket
		}
		if err := h.read(ctx, obj); err != nil {
			log.Printf("message %s: s3://%s/%s: %v", obj.MessageID, obj.Bucket, obj.Key, err)
			failures.Add(obj.MessageID)
		}
	}
	return failures.SQS(), nil
}

// read streams one log file: a broken object fails its message; a bad record is logged.
func (h *Handler) read(ctx context.Context, obj cloudtrail.Object) error {
	in := &s3.GetObjectInput{Bucket: aws.String(obj.Bucket), Key: aws.String(obj.Key)}
	if obj.VersionID != "" {
		in.VersionId = aws.String(obj.VersionID)
	}
	out, err := h.S3.GetObject(ctx, in)
	if err != nil {
		return err
	}
	defer out.Body.Close()
	for ev, err := range cloudtrail.NewDecoder(out.Body, cloudtrail.WithMaxDecompressedSize(2<<30)).All() {
		if _, ok := err.(*cloudtrail.RecordError); ok {
			log.Printf("s3://%s/%s: %v", obj.Bucket, obj.Key, err)
			continue
		}
		if err != nil {
			return err
		}
		detect.Report(h.Out, detect.Check(ev))
	}
	return nil
}

// local reads log files from disk instead of S3, through the same path, printing each event's name
// before its findings: a smoke test of the built binary, and what BenchmarkColdStart times.
func local(files []string) int {
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		for ev, err := range cloudtrail.NewDecoder(f).All() {
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				continue
			}
			fmt.Println(ev.EventName)
			detect.Report(os.Stdout, detect.Check(ev))
		}
		f.Close()
	}
	return 0
}

func main() {
	if len(os.Args) > 1 {
		os.Exit(local(os.Args[1:]))
	}
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	h := &Handler{S3: s3.NewFromConfig(cfg), Out: os.Stdout}
	lambda.Start(h.Handle)
}
