package cloudtrailtest_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

// encoding is what the kit writes: a delivery format or one of its outputs.
type encoding struct {
	name   string
	encode func(w io.Writer, events ...*cloudtrail.Event) error
}

var encodings = func() []encoding {
	var out []encoding
	for _, f := range []cloudtrail.Format{cloudtrail.FormatS3, cloudtrail.FormatRecord, cloudtrail.FormatEventBridge, cloudtrail.FormatLookupEvents,
		cloudtrail.FormatCloudWatchLogs, cloudtrail.FormatSQS, cloudtrail.FormatSNS, cloudtrail.FormatKinesis, cloudtrail.FormatFirehose} {
		out = append(out, encoding{f.String(), func(w io.Writer, events ...*cloudtrail.Event) error { return cloudtrailtest.Encode(w, f, events...) }})
	}
	for _, o := range []cloudtrailtest.Output{cloudtrailtest.JSONArray, cloudtrailtest.AWSLogs} {
		out = append(out, encoding{o.String(), o.Encode})
	}
	return out
}()

// Whatever Encode writes, the decoder reads back to equal events, for every format and every record.
func TestEncodeRoundTrip(t *testing.T) {
	events := records(t)
	for _, enc := range encodings {
		t.Run(enc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := enc.encode(&b, events...); err != nil {
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
		for _, enc := range encodings {
			var b bytes.Buffer
			if err := enc.encode(&b); err != nil {
				t.Fatal(err)
			}
			for ev, err := range cloudtrail.NewDecoder(&b).All() {
				t.Errorf("%v: empty document gave %v %v", enc.name, ev, err)
			}
		}
	})
	if err := cloudtrailtest.Encode(&bytes.Buffer{}, cloudtrail.FormatS3Notification, events[0]); err == nil {
		t.Error("S3 notifications carry no records: want an error")
	}
}

// A format Encode does not write is refused with an error that names it and says so.
func TestEncodeRefusesFormats(t *testing.T) {
	for _, f := range []cloudtrail.Format{cloudtrail.Format(42), cloudtrail.FormatAuto, cloudtrail.FormatS3Notification} {
		err := cloudtrailtest.Encode(&bytes.Buffer{}, f, cloudtrailtest.NewEvent("s3.amazonaws.com", "ListBuckets"))
		if err == nil || !strings.Contains(err.Error(), "does not write "+f.String()) {
			t.Errorf("%d: %v, want an error saying Encode does not write %v", int(f), err, f)
		}
	}
}

// The outputs beyond cloudtrail.Format name themselves and the format the decoder reads them as.
func TestOutputNames(t *testing.T) {
	if got := cloudtrailtest.JSONArray.String() + " " + cloudtrailtest.AWSLogs.String(); got != "jsonarray awslogs" {
		t.Errorf("names %q", got)
	}
	for o, want := range map[cloudtrailtest.Output]cloudtrail.Format{cloudtrailtest.JSONArray: cloudtrail.FormatRecord,
		cloudtrailtest.AWSLogs: cloudtrail.FormatCloudWatchLogs, cloudtrailtest.Output(7): -1} {
		if got := o.Format(); got != want {
			t.Errorf("%v.Format() = %v, want %v", o, got, want)
		}
	}
	err := cloudtrailtest.Output(7).Encode(&bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "Output(7)") {
		t.Errorf("Output(7): %v", err)
	}
}

// A JSON array and the awslogs Lambda event look as AWS and other tools write them.
func TestOutputShapes(t *testing.T) {
	ev := cloudtrailtest.NewEvent("s3.amazonaws.com", "ListBuckets")
	var b bytes.Buffer
	if err := cloudtrailtest.JSONArray.Encode(&b, ev, ev); err != nil || !strings.HasPrefix(b.String(), "[{") || !strings.HasSuffix(b.String(), "}]\n") {
		t.Errorf("JSON array %q, %v", b.String(), err)
	}
	b.Reset()
	if err := cloudtrailtest.AWSLogs.Encode(&b, ev); err != nil || !strings.HasPrefix(b.String(), `{"awslogs":{"data":"H4sI`) {
		t.Errorf("awslogs %q, %v", b.String(), err)
	}
}
