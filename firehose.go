package cloudtrail

import (
	"fmt"
	"time"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// FirehoseRecord is the record of an Amazon Data Firehose transformation event that carried events;
// its data (usually gzip CloudWatch Logs subscription data) was read as a document of its own. A
// transformation function answers per RecordID.
type FirehoseRecord struct {
	// InvocationID identifies the invocation.
	InvocationID string
	// DeliveryStreamARN is the Firehose stream's ARN.
	DeliveryStreamARN string
	// SourceKinesisStreamARN is the Kinesis data stream Firehose reads from, if it reads from one.
	SourceKinesisStreamARN string
	// Region is the Firehose stream's region.
	Region string
	// RecordID identifies the record; the function's response names it.
	RecordID string
	// ApproximateArrivalTimestamp is when the record reached Firehose.
	ApproximateArrivalTimestamp time.Time
	// SequenceNumber and PartitionKey come from the source Kinesis record, if there is one.
	SequenceNumber, PartitionKey string
}

// The event's members before its records make the header every record shares.
var firehoseHeaderCodec = lossless.NewCodec[FirehoseRecord](nil, nil,
	lossless.String("invocationId", func(r *FirehoseRecord) *string { return &r.InvocationID }),
	lossless.String("deliveryStreamArn", func(r *FirehoseRecord) *string { return &r.DeliveryStreamARN }),
	lossless.String("sourceKinesisStreamArn", func(r *FirehoseRecord) *string { return &r.SourceKinesisStreamARN }),
	lossless.String("region", func(r *FirehoseRecord) *string { return &r.Region }),
)

// firehoseHeader reads the header from the members walked before records.
func firehoseHeader(base []byte, spans []span) Envelope {
	h := &FirehoseRecord{}
	readHeader(firehoseHeaderCodec, h, base, spans)
	return Envelope{Format: FormatFirehose, Firehose: h}
}

// firehoseElement is one element of records.
type firehoseElement struct {
	rec       FirehoseRecord
	kinesis   *FirehoseRecord // kinesisRecordMetadata
	data      string
	foundData bool
}

var firehoseKinesisCodec = lossless.NewCodec[FirehoseRecord](nil, nil,
	lossless.String("sequenceNumber", func(r *FirehoseRecord) *string { return &r.SequenceNumber }),
	lossless.String("partitionKey", func(r *FirehoseRecord) *string { return &r.PartitionKey }),
)

var firehoseElementCodec = lossless.NewCodec[firehoseElement](nil, nil,
	lossless.String("recordId", func(e *firehoseElement) *string { return &e.rec.RecordID }),
	lossless.EpochTime("approximateArrivalTimestamp", func(e *firehoseElement) *time.Time { return &e.rec.ApproximateArrivalTimestamp }, time.Millisecond),
	lossless.Object("kinesisRecordMetadata", func(e *firehoseElement) **FirehoseRecord { return &e.kinesis }, firehoseKinesisCodec),
	lossless.Text("data", func(e *firehoseElement) *string { return &e.data }, func(e *firehoseElement) *bool { return &e.foundData }),
)

// firehoseRecord reads one record of a Firehose event, under the header env holds: its data is the
// next document.
func (d *Decoder) firehoseRecord(env Envelope, raw []byte, off int64) (*Event, error) {
	var e firehoseElement
	if err := firehoseElementCodec.Unmarshal(&e, raw); err != nil {
		return nil, d.recordErr(off, err)
	}
	rec := *env.Firehose
	rec.RecordID, rec.ApproximateArrivalTimestamp = e.rec.RecordID, e.rec.ApproximateArrivalTimestamp
	if e.kinesis != nil {
		rec.SequenceNumber, rec.PartitionKey = e.kinesis.SequenceNumber, e.kinesis.PartitionKey
	}
	what := fmt.Sprintf("Firehose record %q", rec.RecordID)
	if !e.foundData {
		return nil, d.notCloudTrail(off, "%s without data", what)
	}
	env.Firehose = &rec
	return nil, d.enterBase64(e.data, off, payloadOf{what: what, env: env})
}
