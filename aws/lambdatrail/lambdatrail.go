// Package lambdatrail connects the event types of github.com/aws/aws-lambda-go/events to the
// cloudtrail package, for Lambda functions that take typed events: the CloudTrail records an SQS,
// SNS, Kinesis, Firehose, CloudWatch Logs or EventBridge event carries, with the envelope the core
// decoder would give them, and the S3 objects an S3, SQS, SNS or EventBridge event names. Message
// bodies and record data are read as they are; nothing is marshalled back to JSON.
//
// BatchFailures collects the messages a function could not process, for a partial batch response.
package lambdatrail

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/aws/aws-lambda-go/events"

	"github.com/trailtype/cloudtrail"
)

// Record is a CloudTrail record with its envelope: the message it came in (Envelope.SQS,
// Envelope.Kinesis, ...) and what was around it inside (EventBridge, CloudWatch Logs).
type Record struct {
	Event    *cloudtrail.Event
	Envelope cloudtrail.Envelope
}

// SQSRecords yields the CloudTrail records the messages of an SQS event carry, in order. An error
// is a *cloudtrail.RecordError whose ItemID is the message's ID; the other messages go on.
func SQSRecords(e events.SQSEvent) iter.Seq2[Record, error] {
	return func(yield func(Record, error) bool) {
		for _, m := range e.Records {
			layer := cloudtrail.Envelope{Format: cloudtrail.FormatSQS, SQS: sqsMessage(m)}
			if !payload(strings.NewReader(m.Body), layer, fmt.Sprintf("SQS message %q", m.MessageId), yield) {
				return
			}
		}
	}
}

// SNSRecords yields the CloudTrail records the messages of an SNS event carry.
func SNSRecords(e events.SNSEvent) iter.Seq2[Record, error] {
	return func(yield func(Record, error) bool) {
		for _, r := range e.Records {
			if r.SNS.Message == cloudtrail.TrailValidationMessage {
				continue // it announces nothing
			}
			layer := cloudtrail.Envelope{Format: cloudtrail.FormatSNS, SNS: snsMessage(r)}
			if !payload(strings.NewReader(r.SNS.Message), layer, fmt.Sprintf("SNS message %q", r.SNS.MessageID), yield) {
				return
			}
		}
	}
}

// KinesisRecords yields the CloudTrail records of a Kinesis event's records, usually gzip CloudWatch
// Logs subscription data. aws-lambda-go has already decoded the base64.
func KinesisRecords(e events.KinesisEvent) iter.Seq2[Record, error] {
	return func(yield func(Record, error) bool) {
		for _, r := range e.Records {
			layer := cloudtrail.Envelope{Format: cloudtrail.FormatKinesis, Kinesis: &cloudtrail.KinesisRecord{
				EventID: r.EventID, EventSourceARN: r.EventSourceArn, AWSRegion: r.AwsRegion, PartitionKey: r.Kinesis.PartitionKey,
				SequenceNumber: r.Kinesis.SequenceNumber, ApproximateArrivalTimestamp: r.Kinesis.ApproximateArrivalTimestamp.UTC()}}
			if !payload(bytes.NewReader(r.Kinesis.Data), layer, fmt.Sprintf("Kinesis record %q", r.Kinesis.SequenceNumber), yield) {
				return
			}
		}
	}
}

// FirehoseRecords yields the CloudTrail records of a Firehose transformation event's records.
func FirehoseRecords(e events.KinesisFirehoseEvent) iter.Seq2[Record, error] {
	return func(yield func(Record, error) bool) {
		for _, r := range e.Records {
			layer := cloudtrail.Envelope{Format: cloudtrail.FormatFirehose, Firehose: &cloudtrail.FirehoseRecord{
				InvocationID: e.InvocationID, DeliveryStreamARN: e.DeliveryStreamArn, SourceKinesisStreamARN: e.SourceKinesisStreamArn,
				Region: e.Region, RecordID: r.RecordID, ApproximateArrivalTimestamp: r.ApproximateArrivalTimestamp.UTC(),
				SequenceNumber: r.KinesisFirehoseRecordMetadata.SequenceNumber, PartitionKey: r.KinesisFirehoseRecordMetadata.PartitionKey}}
			if !payload(bytes.NewReader(r.Data), layer, fmt.Sprintf("Firehose record %q", r.RecordID), yield) {
				return
			}
		}
	}
}

// CloudWatchLogsRecords yields the CloudTrail records of a CloudWatch Logs subscription event.
func CloudWatchLogsRecords(e events.CloudwatchLogsEvent) iter.Seq2[Record, error] {
	return func(yield func(Record, error) bool) {
		// The awslogs member is the only one: reading it as the Lambda event it came in costs no copy.
		input := io.MultiReader(strings.NewReader(`{"awslogs":{"data":"`), strings.NewReader(e.AWSLogs.Data), strings.NewReader(`"}}`))
		payload(input, cloudtrail.Envelope{Format: cloudtrail.FormatCloudWatchLogs}, "awslogs data", yield)
	}
}

// EventBridgeRecord returns the CloudTrail record of an EventBridge event, or an error wrapping
// cloudtrail.ErrNotCloudTrail when its detail-type is not one of CloudTrail's.
func EventBridgeRecord(e events.CloudWatchEvent) (Record, error) {
	if !cloudtrail.CloudTrailDetailType(e.DetailType) {
		return Record{}, fmt.Errorf("lambdatrail: EventBridge detail-type %q: %w", e.DetailType, cloudtrail.ErrNotCloudTrail)
	}
	env := cloudtrail.Envelope{Format: cloudtrail.FormatEventBridge, EventBridge: &cloudtrail.EventBridgeEnvelope{
		Version: e.Version, ID: e.ID, DetailType: e.DetailType, Source: e.Source, Account: e.AccountID, Region: e.Region,
		Time: e.Time.UTC(), TimeText: e.Time.UTC().Format("2006-01-02T15:04:05Z"), Resources: e.Resources}}
	d := cloudtrail.NewDecoder(bytes.NewReader(e.Detail))
	defer d.Close()
	ev, err := d.Next()
	if err != nil {
		return Record{}, fmt.Errorf("lambdatrail: EventBridge event %q: %w", e.ID, err)
	}
	env.Index, env.Offset = 0, 0
	return Record{Event: ev, Envelope: env}, nil
}

// payload decodes one message's payload, wrapping its envelopes in the message's layer; it reports
// whether the caller still wants more.
func payload(r io.Reader, layer cloudtrail.Envelope, what string, yield func(Record, error) bool) bool {
	d := cloudtrail.NewDecoder(r)
	defer d.Close()
	id := layer.BatchItemID()
	for ev, err := range d.All() {
		if err != nil {
			var re *cloudtrail.RecordError
			if !errors.As(err, &re) {
				// The payload is not JSON, or broken: one bad message of the batch.
				re = &cloudtrail.RecordError{Err: fmt.Errorf("%s: %w", what, err)}
			}
			re.ItemID = id
			if !yield(Record{Envelope: layer}, re) {
				return false
			}
			continue
		}
		env := d.Envelope()
		env.Format = layer.Format
		env.SQS, env.SNS, env.Kinesis, env.Firehose = or(layer.SQS, env.SQS), or(layer.SNS, env.SNS), or(layer.Kinesis, env.Kinesis), or(layer.Firehose, env.Firehose)
		if !yield(Record{Event: ev, Envelope: env}, nil) {
			return false
		}
	}
	return true
}

func or[T any](a, b *T) *T {
	if a != nil {
		return a
	}
	return b
}

func sqsMessage(m events.SQSMessage) *cloudtrail.SQSMessage {
	msg := &cloudtrail.SQSMessage{MessageID: m.MessageId, ReceiptHandle: m.ReceiptHandle, EventSourceARN: m.EventSourceARN,
		AWSRegion: m.AWSRegion, Attributes: m.Attributes}
	if d, err := cloudtrailTime(m.Attributes["SentTimestamp"]); err == nil {
		msg.SentTime = d
	}
	return msg
}

func snsMessage(r events.SNSEventRecord) *cloudtrail.SNSMessage {
	return &cloudtrail.SNSMessage{MessageID: r.SNS.MessageID, TopicArn: r.SNS.TopicArn, Type: r.SNS.Type, Subject: r.SNS.Subject,
		Timestamp: r.SNS.Timestamp.UTC(), SubscriptionArn: r.EventSubscriptionArn}
}
