package cloudtrail_test

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
)

// A Kinesis batch as a CloudWatch Logs subscription sends it to Lambda: 100 records, each the gzip,
// base64 subscription data of 10 log events (1,000 records of the generated log), against the same
// 1,000 records as plain NDJSON. Both report events/s; their ratio is the cost of the envelope.
const kinesisBatch, kinesisEventsPerRecord = 100, 10

var kinesisBench = sync.OnceValues(func() (batch, ndjson []byte) {
	recs := generateLog(kinesisBatch*kinesisEventsPerRecord, 3)
	var kin []string
	var nd bytes.Buffer
	for i := 0; i < kinesisBatch; i++ {
		var group []record
		for _, r := range recs[i*kinesisEventsPerRecord : (i+1)*kinesisEventsPerRecord] {
			group = append(group, record{raw: r})
			nd.Write(r)
			nd.WriteByte('\n')
		}
		kin = append(kin, kinesisRecordOf(fmt.Sprintf("seq-%03d", i), gz(nil, cwlData(nil, group, "DATA_MESSAGE"))))
	}
	return []byte(`{"Records":[` + strings.Join(kin, ",") + `]}`), nd.Bytes()
})

func BenchmarkKinesisBatch(b *testing.B) {
	batch, _ := kinesisBench()
	benchDecoderN(b, batch, len(batch), kinesisBatch*kinesisEventsPerRecord, kinesisBatch*kinesisEventsPerRecord)
}

func BenchmarkKinesisBaselineNDJSON(b *testing.B) {
	_, ndjson := kinesisBench()
	benchDecoderN(b, ndjson, len(ndjson), kinesisBatch*kinesisEventsPerRecord, kinesisBatch*kinesisEventsPerRecord)
}
