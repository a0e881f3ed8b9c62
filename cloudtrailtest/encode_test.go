package cloudtrailtest_test

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

var encodeFormats = []cloudtrail.Format{cloudtrail.FormatS3, cloudtrail.FormatRecord, cloudtrailtest.JSONArray, cloudtrail.FormatEventBridge,
	cloudtrail.FormatLookupEvents, cloudtrail.FormatCloudWatchLogs, cloudtrailtest.AWSLogs, cloudtrail.FormatSQS, cloudtrail.FormatSNS,
	cloudtrail.FormatKinesis, cloudtrail.FormatFirehose}

// Whatever Encode writes, the decoder reads back to equal events, for every format and every record.
func TestEncodeRoundTrip(t *testing.T) {
	events := records(t)
	for _, f := range encodeFormats {
		t.Run(f.String(), func(t *testing.T) {
			var b bytes.Buffer
			if err := cloudtrailtest.Encode(&b, f, events...); err != nil {
				t.Fatal(err)
			}
			var got []*cloudtrail.Event
			d := cloudtrail.NewDecoder(&b)
			for ev, err := range d.All() {
				if err != nil {
					t.Fatalf("decoding what Encode wrote: %v", err)
				}
				got = append(got, ev)
			}
			if diff := cmp.Diff(events, got, cloudtrailtest.Options()); diff != "" {
				t.Fatalf("read back differently (-encoded +decoded):\n%s", diff)
			}
		})
	}
	t.Run("no events", func(t *testing.T) {
		for _, f := range encodeFormats {
			var b bytes.Buffer
			if err := cloudtrailtest.Encode(&b, f); err != nil {
				t.Fatal(err)
			}
			for ev, err := range cloudtrail.NewDecoder(&b).All() {
				t.Errorf("%v: empty document gave %v %v", f, ev, err)
			}
		}
	})
	if err := cloudtrailtest.Encode(&bytes.Buffer{}, cloudtrail.FormatS3Notification, events[0]); err == nil {
		t.Error("S3 notifications carry no records: want an error")
	}
}
