package cloudtrail

import (
	"time"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// CloudWatchLogsEnvelope is the subscription data and log event around a record.
type CloudWatchLogsEnvelope struct {
	// Owner is the account that owns the log group.
	Owner string
	// LogGroup is the log group CloudTrail writes to.
	LogGroup string
	// LogStream is "<account>_CloudTrail_<region>", with a number when there are several.
	LogStream string
	// SubscriptionFilters names the filters that sent the data.
	SubscriptionFilters []string
	// MessageType is DATA_MESSAGE (CONTROL_MESSAGE data yields no events).
	MessageType string
	// ID is the log event's ID, a large decimal kept as text.
	ID string
	// Timestamp is the log event's time (epoch milliseconds in JSON).
	Timestamp time.Time
}

// The subscription data's members before logEvents make the header every log event shares.
var cloudWatchLogsHeaderCodec = lossless.NewCodec[CloudWatchLogsEnvelope](nil, nil,
	lossless.String("owner", func(e *CloudWatchLogsEnvelope) *string { return &e.Owner }),
	lossless.String("logGroup", func(e *CloudWatchLogsEnvelope) *string { return &e.LogGroup }),
	lossless.String("logStream", func(e *CloudWatchLogsEnvelope) *string { return &e.LogStream }),
	lossless.String("messageType", func(e *CloudWatchLogsEnvelope) *string { return &e.MessageType }),
	lossless.Strings("subscriptionFilters", func(e *CloudWatchLogsEnvelope) *[]string { return &e.SubscriptionFilters }),
)

// cloudWatchLogsHeader reads the header from the members walked before logEvents.
func cloudWatchLogsHeader(base []byte, spans []span) Envelope {
	h := &CloudWatchLogsEnvelope{}
	readHeader(cloudWatchLogsHeaderCodec, h, base, spans)
	return Envelope{Format: FormatCloudWatchLogs, CloudWatchLogs: h}
}

// readHeader decodes the members an object walk passed before its streamed array, as an object of
// their own. Their values are not validated yet; from a malformed one on the header is left as it
// is, since it is metadata, not a record.
func readHeader[T any](c *lossless.Codec[T], t *T, base []byte, spans []span) {
	obj := make([]byte, 0, len(base)+1)
	obj = append(obj, '{')
	for i, sp := range spans {
		if i > 0 {
			obj = append(obj, ',')
		}
		obj = append(obj, base[sp.key[0]:sp.val[1]]...) // "name": value
	}
	_ = c.Unmarshal(t, append(obj, '}'))
}

// logEventElement is one element of logEvents; its message is the record as a string.
type logEventElement struct {
	env          CloudWatchLogsEnvelope
	message      string
	foundMessage bool
}

var logEventCodec = lossless.NewCodec[logEventElement](nil, nil,
	lossless.String("id", func(e *logEventElement) *string { return &e.env.ID }),
	lossless.EpochTime("timestamp", func(e *logEventElement) *time.Time { return &e.env.Timestamp }, time.Millisecond),
	lossless.Text("message", func(e *logEventElement) *string { return &e.message },
		func(e *logEventElement) *bool { return &e.foundMessage }),
)

// logEvent decodes one log event, under the header env holds.
func (d *Decoder) logEvent(env Envelope, raw []byte, off int64) (*Event, error) {
	e := logEventElement{}
	if err := logEventCodec.Unmarshal(&e, raw); err != nil {
		return nil, d.recordErr(off, err)
	}
	cwl := *env.CloudWatchLogs
	cwl.ID, cwl.Timestamp = e.env.ID, e.env.Timestamp
	env.CloudWatchLogs = &cwl
	ev, err := d.embeddedRecord(off, e.foundMessage, e.message, "CloudWatch Logs message", &env)
	if ev == nil {
		return nil, err
	}
	return d.yield(ev, &env, off)
}

// awsLogsEvent is the Lambda event of a CloudWatch Logs subscription: awslogs.data is base64 of
// gzip of the subscription data.
type awsLogsEvent struct {
	awsLogs *awsLogsData
}

type awsLogsData struct {
	data      string
	foundData bool
}

var awsLogsDataCodec = lossless.NewCodec[awsLogsData](nil, nil,
	lossless.Text("data", func(a *awsLogsData) *string { return &a.data }, func(a *awsLogsData) *bool { return &a.foundData }),
)

var awsLogsEventCodec = lossless.NewCodec[awsLogsEvent](nil, nil,
	lossless.Object("awslogs", func(e *awsLogsEvent) **awsLogsData { return &e.awsLogs }, awsLogsDataCodec),
)

// awsLogs opens the Lambda event of a CloudWatch Logs subscription.
func (d *Decoder) awsLogs(raw []byte, off int64) error {
	var e awsLogsEvent
	if err := awsLogsEventCodec.Unmarshal(&e, raw); err != nil {
		return d.recordErr(off, err)
	}
	if e.awsLogs == nil || !e.awsLogs.foundData {
		return d.notCloudTrail(off, "awslogs without a data string")
	}
	return d.enterBase64(e.awsLogs.data, off, payloadOf{what: "awslogs data", format: FormatCloudWatchLogs, compression: CompressionGzip,
		env: Envelope{Format: FormatCloudWatchLogs}})
}
