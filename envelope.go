package cloudtrail

// Envelope describes where the event that Next last returned came from: its position, the input's
// format, and each envelope around the record, outermost first in the order of the fields below.
// Only the envelopes the event really came in are set; several are when one delivery carries
// another (an SQS message whose body is an SNS message whose Message is an EventBridge event).
// BatchItemID names the batch item to report in a Lambda partial batch response.
type Envelope struct {
	// Format is the delivery format of the input's top-level document, such as FormatSQS for an
	// SQS message's EventBridge event.
	Format Format
	// Index is the event's number in the stream, from 0, counting every record and document met.
	Index int
	// Offset is the first byte of the record, or of the outermost envelope element holding it (the
	// SQS message, the Kinesis record, the log event), in the decompressed stream.
	Offset int64

	// SQS is the SQS message that carried the event (FormatSQS).
	SQS *SQSMessage
	// Kinesis is the Kinesis record that carried the event (FormatKinesis).
	Kinesis *KinesisRecord
	// Firehose is the Firehose record that carried the event (FormatFirehose).
	Firehose *FirehoseRecord
	// SNS is the SNS message that carried the event, directly or inside an SQS message.
	SNS *SNSMessage
	// EventBridge is the EventBridge event around the record.
	EventBridge *EventBridgeEnvelope
	// CloudWatchLogs is the CloudWatch Logs subscription data and log event around the record.
	CloudWatchLogs *CloudWatchLogsEnvelope
	// LookupEvent is the LookupEvents Event around the record.
	LookupEvent *LookupEventEnvelope
}

// wrap puts e's layers around an envelope found inside a payload e carried: the format is the
// outer one, and each layer e has is added.
func (e Envelope) wrap(inner Envelope) Envelope {
	inner.Format = e.Format
	if e.SQS != nil {
		inner.SQS = e.SQS
	}
	if e.Kinesis != nil {
		inner.Kinesis = e.Kinesis
	}
	if e.Firehose != nil {
		inner.Firehose = e.Firehose
	}
	if e.SNS != nil {
		inner.SNS = e.SNS
	}
	if e.EventBridge != nil {
		inner.EventBridge = e.EventBridge
	}
	if e.CloudWatchLogs != nil {
		inner.CloudWatchLogs = e.CloudWatchLogs
	}
	return inner
}

// BatchItemID is the identifier a Lambda function returns to report that this event's message
// failed, in a partial batch response: the SQS message ID, the Kinesis sequence number or the
// Firehose record ID; for an SNS or EventBridge invocation, the message or event ID. It is "" for
// input that came in no message.
func (e Envelope) BatchItemID() string {
	switch {
	case e.SQS != nil:
		return e.SQS.MessageID
	case e.Kinesis != nil:
		return e.Kinesis.SequenceNumber
	case e.Firehose != nil:
		return e.Firehose.RecordID
	case e.SNS != nil:
		return e.SNS.MessageID
	case e.EventBridge != nil:
		return e.EventBridge.ID
	}
	return ""
}
