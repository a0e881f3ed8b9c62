package cloudtrail

import (
	"fmt"
	"time"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// SNSMessage is the SNS message that carried an event or an object notification: one record of the
// Lambda event of an SNS topic, or an SNS message delivered to SQS without raw message delivery. Its
// Message was read as a document of its own.
type SNSMessage struct {
	// MessageID identifies the message.
	MessageID string
	// TopicArn is the topic's ARN.
	TopicArn string
	// Type is "Notification".
	Type string
	// Subject is the message's subject, if it has one.
	Subject string
	// Timestamp is when the message was published.
	Timestamp time.Time
	// SubscriptionArn is the Lambda subscription's ARN (EventSubscriptionArn); "" for a message
	// that came through SQS.
	SubscriptionArn string
}

// snsBody is an SNS message as SNS writes it, in a Lambda record's Sns member or on its own.
type snsBody struct {
	msg          SNSMessage
	message      string
	foundMessage bool
}

var snsBodyCodec = lossless.NewCodec[snsBody](nil, nil,
	lossless.String("MessageId", func(b *snsBody) *string { return &b.msg.MessageID }),
	lossless.String("TopicArn", func(b *snsBody) *string { return &b.msg.TopicArn }),
	lossless.String("Type", func(b *snsBody) *string { return &b.msg.Type }),
	lossless.String("Subject", func(b *snsBody) *string { return &b.msg.Subject }),
	lossless.EpochTime("Timestamp", func(b *snsBody) *time.Time { return &b.msg.Timestamp }, time.Millisecond),
	lossless.Text("Message", func(b *snsBody) *string { return &b.message }, func(b *snsBody) *bool { return &b.foundMessage }),
)

// snsRecord is one record of an SNS event.
type snsRecord struct {
	subscription string
	sns          *snsBody
}

var snsRecordCodec = lossless.NewCodec[snsRecord](nil, nil,
	lossless.String("EventSubscriptionArn", func(r *snsRecord) *string { return &r.subscription }),
	lossless.Object("Sns", func(r *snsRecord) **snsBody { return &r.sns }, snsBodyCodec),
)

// snsRecord reads one record of an SNS event: its Sns member is the message.
func (d *Decoder) snsRecord(raw []byte, off int64) error {
	var r snsRecord
	if err := snsRecordCodec.Unmarshal(&r, raw); err != nil {
		return d.recordErr(off, err)
	}
	if r.sns == nil {
		return d.notCloudTrail(off, "an SNS record without its Sns message")
	}
	r.sns.msg.SubscriptionArn = r.subscription
	return d.enterSNS(r.sns, off, Envelope{Format: FormatSNS})
}

// snsMessage reads an SNS message on its own, such as the body of an SQS message.
func (d *Decoder) snsMessage(raw []byte, off int64, env Envelope) error {
	var b snsBody
	if err := snsBodyCodec.Unmarshal(&b, raw); err != nil {
		return d.recordErr(off, err)
	}
	return d.enterSNS(&b, off, env)
}

// TrailValidationMessage is the SNS message CloudTrail publishes when a topic is set up for a trail.
// It announces nothing; the decoder and Objects yield nothing for it.
const TrailValidationMessage = "CloudTrail validation message."

// enterSNS makes an SNS message's Message the next document.
func (d *Decoder) enterSNS(b *snsBody, off int64, env Envelope) error {
	what := fmt.Sprintf("SNS message %q", b.msg.MessageID)
	switch {
	case !b.foundMessage:
		return d.notCloudTrail(off, "%s without a Message", what)
	case b.message == TrailValidationMessage:
		return nil // it announces nothing
	}
	env.SNS = &b.msg
	return d.enterText(b.message, off, payloadOf{what: what, compression: CompressionNone, env: env})
}
