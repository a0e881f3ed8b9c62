package cloudtrail

import (
	"fmt"
	"time"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// KinesisRecord is the Kinesis data stream record that carried events: one record of the Lambda
// event of a stream, whose data (usually gzip CloudWatch Logs subscription data) was read as a
// document of its own.
type KinesisRecord struct {
	// EventID is "shardId-...:<sequence number>".
	EventID string
	// EventSourceARN is the stream's ARN.
	EventSourceARN string
	// AWSRegion is the stream's region.
	AWSRegion string
	// PartitionKey is the record's partition key.
	PartitionKey string
	// SequenceNumber is the record's sequence number; return it in a partial batch response's
	// batchItemFailures to have the batch retried from this record.
	SequenceNumber string
	// ApproximateArrivalTimestamp is when the record reached the stream.
	ApproximateArrivalTimestamp time.Time
}

// kinesisRecord is one record of a Kinesis event; its kinesis member holds the data.
type kinesisRecord struct {
	rec     KinesisRecord
	kinesis *kinesisData
}

// kinesisData is the kinesis member: rec gets its partition key, sequence number and arrival time.
type kinesisData struct {
	rec       KinesisRecord
	data      string
	foundData bool
}

var kinesisDataCodec = lossless.NewCodec[kinesisData](nil, nil,
	lossless.String("partitionKey", func(k *kinesisData) *string { return &k.rec.PartitionKey }),
	lossless.String("sequenceNumber", func(k *kinesisData) *string { return &k.rec.SequenceNumber }),
	lossless.EpochTime("approximateArrivalTimestamp", func(k *kinesisData) *time.Time { return &k.rec.ApproximateArrivalTimestamp }, time.Second),
	lossless.Text("data", func(k *kinesisData) *string { return &k.data }, func(k *kinesisData) *bool { return &k.foundData }),
)

var kinesisRecordCodec = lossless.NewCodec[kinesisRecord](nil, nil,
	lossless.String("eventID", func(r *kinesisRecord) *string { return &r.rec.EventID }),
	lossless.String("eventSourceARN", func(r *kinesisRecord) *string { return &r.rec.EventSourceARN }),
	lossless.String("awsRegion", func(r *kinesisRecord) *string { return &r.rec.AWSRegion }),
	lossless.Object("kinesis", func(r *kinesisRecord) **kinesisData { return &r.kinesis }, kinesisDataCodec),
)

// kinesisRecord reads one record of a Kinesis event: its data is the next document.
func (d *Decoder) kinesisRecord(raw []byte, off int64) error {
	var r kinesisRecord
	if err := kinesisRecordCodec.Unmarshal(&r, raw); err != nil {
		return d.recordErr(off, err)
	}
	if r.kinesis == nil || !r.kinesis.foundData {
		return d.notCloudTrail(off, "a Kinesis record without data")
	}
	k := &r.kinesis.rec
	r.rec.PartitionKey, r.rec.SequenceNumber, r.rec.ApproximateArrivalTimestamp = k.PartitionKey, k.SequenceNumber, k.ApproximateArrivalTimestamp
	what := fmt.Sprintf("Kinesis record %q", r.rec.SequenceNumber)
	return d.enterBase64(r.kinesis.data, off, payloadOf{what: what, env: Envelope{Format: FormatKinesis, Kinesis: &r.rec}})
}
