package cloudtrail

import (
	"fmt"
	"strconv"
	"time"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// SQSMessage is the SQS message that carried an event or an object notification: one record of the
// Lambda event of an SQS queue. Its body was read as a document of its own.
type SQSMessage struct {
	// MessageID identifies the message; return it in a partial batch response's
	// batchItemFailures to have the message retried.
	MessageID string
	// ReceiptHandle is the handle that deletes the message.
	ReceiptHandle string
	// EventSourceARN is the queue's ARN.
	EventSourceARN string
	// AWSRegion is the queue's region.
	AWSRegion string
	// Attributes are the system attributes: ApproximateReceiveCount, SentTimestamp, SenderId,
	// MessageGroupId and so on, as strings.
	Attributes map[string]string
	// SentTime is the SentTimestamp attribute as a time; zero when absent.
	SentTime time.Time
}

// sqsRecord is one record of an SQS event.
type sqsRecord struct {
	msg       SQSMessage
	body      string
	foundBody bool
}

var sqsRecordCodec = lossless.NewCodec[sqsRecord](nil, nil,
	lossless.String("messageId", func(r *sqsRecord) *string { return &r.msg.MessageID }),
	lossless.String("receiptHandle", func(r *sqsRecord) *string { return &r.msg.ReceiptHandle }),
	lossless.String("eventSourceARN", func(r *sqsRecord) *string { return &r.msg.EventSourceARN }),
	lossless.String("awsRegion", func(r *sqsRecord) *string { return &r.msg.AWSRegion }),
	lossless.StringMap("attributes", func(r *sqsRecord) *map[string]string { return &r.msg.Attributes }),
	lossless.Text("body", func(r *sqsRecord) *string { return &r.body }, func(r *sqsRecord) *bool { return &r.foundBody }),
)

// sqsMessage reads one SQS message: its body is the next document.
func (d *Decoder) sqsMessage(raw []byte, off int64) error {
	var r sqsRecord
	if err := sqsRecordCodec.Unmarshal(&r, raw); err != nil {
		return d.recordErr(off, err)
	}
	if ms, err := strconv.ParseInt(r.msg.Attributes["SentTimestamp"], 10, 64); err == nil {
		r.msg.SentTime = time.UnixMilli(ms).UTC()
	}
	what := fmt.Sprintf("SQS message %q", r.msg.MessageID)
	if !r.foundBody {
		return d.notCloudTrail(off, "%s without a body", what)
	}
	return d.enterText(r.body, off, payloadOf{what: what, compression: CompressionNone,
		env: Envelope{Format: FormatSQS, SQS: &r.msg}})
}
