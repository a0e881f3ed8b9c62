package cloudtrail_test

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
)

// decoded is everything a decoder yielded.
type decoded struct {
	events    []*cloudtrail.Event
	envelopes []cloudtrail.Envelope
	errs      []error
}

func decodeAll(t *testing.T, input []byte, opts ...cloudtrail.Option) decoded {
	t.Helper()
	return decodeFrom(t, bytes.NewReader(input), opts...)
}

func decodeFrom(t *testing.T, r io.Reader, opts ...cloudtrail.Option) decoded {
	t.Helper()
	var out decoded
	d := cloudtrail.NewDecoder(r, opts...)
	defer d.Close()
	for ev, err := range d.All() {
		if err != nil {
			out.errs = append(out.errs, err)
			continue
		}
		out.events = append(out.events, ev)
		out.envelopes = append(out.envelopes, d.Envelope())
	}
	return out
}

// requireSameRecords checks that the decoder yielded exactly the records, in order, losslessly.
func requireSameRecords(t *testing.T, got decoded, want []record) {
	t.Helper()
	for _, err := range got.errs {
		t.Errorf("unexpected error: %v", err)
	}
	if len(got.events) != len(want) {
		t.Fatalf("decoded %d events, want %d", len(got.events), len(want))
	}
	for i, ev := range got.events {
		out, err := json.Marshal(ev)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(generic(t, want[i].raw), generic(t, out)); diff != "" {
			t.Fatalf("event %d (%s) differs from its record (-want +got):\n%s", i, want[i].name, diff)
		}
	}
}

// gz compresses data; t may be nil outside a test.
func gz(_ testing.TB, data []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data) // writes to a bytes.Buffer cannot fail
	zw.Close()
	return b.Bytes()
}

func join(records []record, sep string, wrap func([]byte) []byte) []byte {
	var b bytes.Buffer
	for i, r := range records {
		if i > 0 {
			b.WriteString(sep)
		}
		b.Write(wrap(r.raw))
	}
	return b.Bytes()
}

func same(b []byte) []byte { return b }

func recordsDoc(records []record, before, after string) []byte {
	return []byte(`{` + before + `"Records":[` + string(join(records, ",", same)) + `]` + after + `}`)
}

func indent(t testing.TB, b []byte) []byte {
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "    "); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestDecodeS3LogFiles(t *testing.T) {
	recs := testRecords(t)
	half := len(recs) / 2
	tests := map[string][]byte{
		"compact":                    recordsDoc(recs, "", ""),
		"pretty-printed":             indent(t, recordsDoc(recs, "", "")),
		"other keys first and last":  recordsDoc(recs, `"meta":{"a":[1,{"Records":2}]},"n":null,`, `,"NextToken":"x"`),
		"gzip":                       gz(t, recordsDoc(recs, "", "")),
		"two documents back to back": append(recordsDoc(recs[:half], "", ""), append([]byte("\n"), recordsDoc(recs[half:], "", "")...)...),
		"two gzip members":           append(gz(t, recordsDoc(recs[:half], "", "")), gz(t, recordsDoc(recs[half:], "", ""))...),
	}
	for name, input := range tests {
		t.Run(name, func(t *testing.T) {
			got := decodeAll(t, input)
			requireSameRecords(t, got, recs)
			if got.envelopes[0].Format != cloudtrail.FormatS3 {
				t.Errorf("Format = %v, want s3", got.envelopes[0].Format)
			}
		})
	}
	// Records are decoded in place in the read buffer: events kept from earlier reads must not
	// change as later reads refill it, and records cut by a read boundary must still decode.
	t.Run("read in odd small pieces", func(t *testing.T) {
		got := decodeFrom(t, &pieces{data: recordsDoc(recs, "", ""), sizes: []int{1, 997, 7, 65536, 3, 100000}})
		requireSameRecords(t, got, recs)
	})
	t.Run("real log file", func(t *testing.T) {
		input := readFileRaw(t, "testdata/trailscraper/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz")
		got := decodeAll(t, input)
		if len(got.errs) != 0 || len(got.events) != 2 || got.events[0].EventSource == "" {
			t.Fatalf("got %d events, errors %v", len(got.events), got.errs)
		}
	})
}

// pieces is a reader that returns its data in chunks of the given sizes, in turn.
type pieces struct {
	data  []byte
	sizes []int
	n     int
}

func (p *pieces) Read(b []byte) (int, error) {
	if len(p.data) == 0 {
		return 0, io.EOF
	}
	size := min(p.sizes[p.n%len(p.sizes)], len(b), len(p.data))
	p.n++
	n := copy(b, p.data[:size])
	p.data = p.data[n:]
	return n, nil
}

func readFileRaw(t testing.TB, name string) []byte {
	t.Helper()
	b, err := readRaw(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeBareRecords(t *testing.T) {
	recs := testRecords(t)
	t.Run("NDJSON", func(t *testing.T) { requireSameRecords(t, decodeAll(t, join(recs, "\n", same)), recs) })
	t.Run("NDJSON gzip", func(t *testing.T) { requireSameRecords(t, decodeAll(t, gz(t, join(recs, "\n", same))), recs) })
	t.Run("array", func(t *testing.T) {
		requireSameRecords(t, decodeAll(t, []byte("["+string(join(recs, ",\n", same))+"]")), recs)
	})
	t.Run("single record", func(t *testing.T) {
		got := decodeAll(t, indent(t, recs[0].raw))
		requireSameRecords(t, got, recs[:1])
		if got.envelopes[0].Format != cloudtrail.FormatRecord {
			t.Errorf("Format = %v", got.envelopes[0].Format)
		}
	})
}

var detailTypes = []string{"AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail", "AWS Console Signin via CloudTrail",
	"AWS Service Event via CloudTrail", "AWS Console Action via CloudTrail", "AWS Insight via CloudTrail", "AWS Network Activity Event via CloudTrail"}

func TestDecodeEventBridge(t *testing.T) {
	recs := testRecords(t)
	n := 0
	wrap := func(raw []byte) []byte {
		n++
		return []byte(fmt.Sprintf(`{"version":"0","id":"id-%d","detail-type":%q,"source":"aws.ec2","account":"123456789012",`+
			`"time":"2024-01-02T03:04:05Z","region":"us-east-1","resources":[],"detail":%s}`, n, detailTypes[n%len(detailTypes)], raw))
	}
	input := join(recs, "\n", wrap)
	got := decodeAll(t, input)
	requireSameRecords(t, got, recs)
	env := got.envelopes[4].EventBridge
	if env == nil || env.ID != "id-5" || env.DetailType != detailTypes[5%len(detailTypes)] || env.Account != "123456789012" ||
		env.Time.Format("2006-01-02T15:04:05Z") != "2024-01-02T03:04:05Z" {
		t.Errorf("envelope = %+v", env)
	}
	t.Run("shared file", func(t *testing.T) {
		got := decodeAll(t, readFile(t, "testdata/awsdocs/eventbridge-user-guide.ndjson"))
		if len(got.events) != 3 || len(got.errs) != 1 || !errors.Is(got.errs[0], cloudtrail.ErrNotCloudTrail) {
			t.Fatalf("events %d errors %v; want 3 and one ErrNotCloudTrail for the autoscaling event", len(got.events), got.errs)
		}
		if got.envelopes[0].EventBridge.DetailType != "AWS Console Sign In via CloudTrail" {
			t.Errorf("detail-type = %q", got.envelopes[0].EventBridge.DetailType)
		}
	})
}

func TestDecodeLookupEvents(t *testing.T) {
	recs := testRecords(t)
	n := 0
	wrap := func(raw []byte) []byte {
		n++
		s, _ := json.Marshal(string(raw))
		return []byte(fmt.Sprintf(`{"EventId":"e-%d","EventName":"X","ReadOnly":"true","EventTime":1.644312217E9,"Resources":[],"CloudTrailEvent":%s}`, n, s))
	}
	t.Run("API response", func(t *testing.T) {
		got := decodeAll(t, []byte(`{"Events":[`+string(join(recs, ",", wrap))+`],"NextToken":"abc"}`))
		requireSameRecords(t, got, recs)
		le := got.envelopes[2].LookupEvent
		if le == nil || le.EventID != "e-3" || le.ReadOnly != "true" || le.EventTime.Unix() != 1644312217 {
			t.Errorf("lookup envelope = %+v", le)
		}
	})
	t.Run("one Event per line", func(t *testing.T) {
		requireSameRecords(t, decodeAll(t, join(recs, "\n", wrap)), recs)
	})
	t.Run("shared CLI output", func(t *testing.T) {
		got := decodeAll(t, readFile(t, "testdata/plaso/lookup-events.jsonl"))
		if len(got.events) != 6 || len(got.errs) != 0 {
			t.Fatalf("events %d errors %v", len(got.events), got.errs)
		}
		if le := got.envelopes[0].LookupEvent; le.EventID != "0828c0d2-3589-4390-b954-c78b4a7df44b" || le.EventTime.Unix() != 1644272617 {
			t.Errorf("envelope %+v (EventTime with a +11:00 offset)", le)
		}
	})
}

func cwlData(t testing.TB, recs []record, messageType string) []byte {
	var events []string
	for i, r := range recs {
		msg, _ := json.Marshal(string(r.raw))
		events = append(events, fmt.Sprintf(`{"id":"3719581760000000000000000000000000000000000000000000%04d","timestamp":%d,"message":%s}`, i, 1700000000000+i, msg))
	}
	return []byte(fmt.Sprintf(`{"messageType":%q,"owner":"123456789012","logGroup":"aws-cloudtrail-logs","logStream":"123456789012_CloudTrail_us-east-1",`+
		`"subscriptionFilters":["f1"],"logEvents":[%s]}`, messageType, strings.Join(events, ",")))
}

func TestDecodeCloudWatchLogs(t *testing.T) {
	recs := testRecords(t)
	t.Run("decoded DATA_MESSAGE", func(t *testing.T) {
		got := decodeAll(t, cwlData(t, recs, "DATA_MESSAGE"))
		requireSameRecords(t, got, recs)
		c := got.envelopes[7].CloudWatchLogs
		if c == nil || c.LogGroup != "aws-cloudtrail-logs" || c.Owner != "123456789012" || c.ID != "37195817600000000000000000000000000000000000000000000007" ||
			c.Timestamp.UnixMilli() != 1700000000007 || len(c.SubscriptionFilters) != 1 {
			t.Errorf("envelope = %+v", c)
		}
	})
	lambdaEvent := func(data []byte) []byte {
		return []byte(`{"awslogs":{"data":"` + base64.StdEncoding.EncodeToString(gz(t, data)) + `"}}`)
	}
	t.Run("Lambda awslogs event", func(t *testing.T) {
		got := decodeAll(t, lambdaEvent(cwlData(t, recs, "DATA_MESSAGE")))
		requireSameRecords(t, got, recs)
		if got.envelopes[0].CloudWatchLogs.LogStream != "123456789012_CloudTrail_us-east-1" || got.envelopes[3].Index != 3 {
			t.Errorf("envelope = %+v", got.envelopes[3])
		}
	})
	t.Run("NDJSON of Lambda events", func(t *testing.T) {
		input := append(lambdaEvent(cwlData(t, recs[:10], "DATA_MESSAGE")), '\n')
		input = append(input, lambdaEvent(cwlData(t, recs[10:], "DATA_MESSAGE"))...)
		requireSameRecords(t, decodeAll(t, input), recs)
	})
	t.Run("CONTROL_MESSAGE yields nothing", func(t *testing.T) {
		control := []byte(`{"messageType":"CONTROL_MESSAGE","owner":"CloudwatchLogs","logGroup":"","logStream":"","subscriptionFilters":[],` +
			`"logEvents":[{"id":"","timestamp":1700000000000,"message":"CWL CONTROL MESSAGE: Checking health of destination Firehose."}]}`)
		got := decodeAll(t, lambdaEvent(control))
		if len(got.events) != 0 || len(got.errs) != 0 {
			t.Errorf("control message gave %d events, errors %v", len(got.events), got.errs)
		}
	})
	t.Run("corrupt awslogs data is one bad record", func(t *testing.T) {
		input := append([]byte(`{"awslogs":{"data":"bm90IGd6aXA="}}`+"\n"), recs[0].raw...)
		got := decodeAll(t, input)
		if len(got.errs) != 1 || len(got.events) != 1 {
			t.Fatalf("events %d errors %v, want the bad payload reported and the next record read", len(got.events), got.errs)
		}
		var re *cloudtrail.RecordError
		if !errors.As(got.errs[0], &re) || re.Index != 0 || re.Offset != 0 {
			t.Errorf("error = %#v", got.errs[0])
		}
	})
}

func TestDecodeRecognisesOtherDocuments(t *testing.T) {
	rec := testRecords(t)[0].raw
	tests := []struct {
		name  string
		doc   string
		cause error
	}{
		{"digest file", `{"awsAccountId":"111122223333","digestStartTime":"2024-01-01T00:00:00Z","digestEndTime":"2024-01-01T01:00:00Z",` +
			`"digestS3Bucket":"b","digestS3Object":"AWSLogs/111122223333/CloudTrail-Digest/x.json.gz","logFiles":[{"s3Object":"k","hashValue":"00"}]}`, cloudtrail.ErrDigestFile},
		{"S3 event notification", `{"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1","eventName":"ObjectCreated:Put",` +
			`"s3":{"bucket":{"name":"b"},"object":{"key":"AWSLogs/x.json.gz"}}}]}`, cloudtrail.ErrS3Notification},
		{"SNS message", `{"Type":"Notification","MessageId":"m","TopicArn":"arn:aws:sns:us-east-1:111122223333:t",` +
			`"Message":"{\"s3Bucket\":\"b\",\"s3ObjectKey\":[\"k\"]}"}`, cloudtrail.ErrSNSNotification},
		{"CloudTrail SNS message body", `{"s3Bucket":"b","s3ObjectKey":["AWSLogs/x.json.gz"]}`, cloudtrail.ErrSNSNotification},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			input := tc.doc + "\n" + string(rec)
			got := decodeAll(t, []byte(input))
			if len(got.errs) != 1 || !errors.Is(got.errs[0], tc.cause) {
				t.Fatalf("errors %v, want exactly one %v", got.errs, tc.cause)
			}
			if len(got.events) != 1 {
				t.Errorf("the record after the document: got %d events, want 1", len(got.events))
			}
		})
	}
}

func TestDecodeForcedFormat(t *testing.T) {
	// Forced to records, an EventBridge envelope is taken as a record with unknown members.
	env := []byte(`{"detail-type":"AWS API Call via CloudTrail","source":"aws.s3","detail":{"eventName":"X"}}`)
	got := decodeAll(t, env, cloudtrail.WithFormat(cloudtrail.FormatRecord))
	if len(got.events) != 1 || got.events[0].Extra["detail"] == nil {
		t.Fatalf("forced record: %d events, errors %v", len(got.events), got.errs)
	}
	got = decodeAll(t, env)
	if len(got.events) != 1 || got.events[0].EventName != "X" {
		t.Fatalf("auto: %d events, errors %v", len(got.events), got.errs)
	}
	if _, err := cloudtrail.NewDecoder(bytes.NewReader(env), cloudtrail.WithCompression(cloudtrail.CompressionGzip)).Next(); err == nil {
		t.Error("forced gzip on plain input: want an error")
	}
}

func TestDecodeErrorsSayWhere(t *testing.T) {
	recs := testRecords(t)[:3]
	good := string(recsJoined(recs))
	t.Run("malformed record, stream goes on", func(t *testing.T) {
		input := `{"Records":[` + string(recs[0].raw) + `,{"eventName":tru},` + string(recs[1].raw) + `,42]}`
		got := decodeAll(t, []byte(input))
		if len(got.events) != 2 || len(got.errs) != 2 {
			t.Fatalf("events %d errors %v", len(got.events), got.errs)
		}
		var re *cloudtrail.RecordError
		if !errors.As(got.errs[0], &re) || re.Index != 1 || re.Offset != int64(len(`{"Records":[`)+len(recs[0].raw)+1) {
			t.Errorf("error = %v, want record 1 at its offset", got.errs[0])
		}
		var se *cloudtrail.SyntaxError
		if !errors.As(got.errs[0], &se) || se.Offset != re.Offset+int64(len(`{"eventName":`)) {
			t.Errorf("syntax error = %v, want the offset of 'tru'", got.errs[0])
		}
		if got.envelopes[1].Index != 2 {
			t.Errorf("index of the record after the bad one = %d, want 2", got.envelopes[1].Index)
		}
	})
	t.Run("truncated stream ends after the good records", func(t *testing.T) {
		input := `{"Records":[` + good + `,{"eventName":"cut`
		got := decodeAll(t, []byte(input))
		var se *cloudtrail.StreamError
		if len(got.events) != 3 || len(got.errs) != 1 || !errors.As(got.errs[0], &se) || !errors.Is(se, io.ErrUnexpectedEOF) {
			t.Fatalf("events %d errors %v", len(got.events), got.errs)
		}
		if se.Index != 3 {
			t.Errorf("StreamError.Index = %d, want 3", se.Index)
		}
	})
	t.Run("corrupt gzip ends after the good records", func(t *testing.T) {
		z := gz(t, []byte(`{"Records":[`+good+`]}`))
		corrupt := append(bytes.Clone(z[:len(z)-8]), 0, 0, 0, 0, 0, 0, 0, 0) // bad CRC and size
		got := decodeAll(t, corrupt)
		var se *cloudtrail.StreamError
		if len(got.events) != 3 || len(got.errs) != 1 || !errors.As(got.errs[0], &se) {
			t.Fatalf("events %d errors %v", len(got.events), got.errs)
		}
		trailing := append(bytes.Clone(z), "garbage"...)
		got = decodeAll(t, trailing)
		if len(got.events) != 3 || len(got.errs) != 1 {
			t.Fatalf("data after the gzip member: events %d errors %v", len(got.events), got.errs)
		}
	})
	t.Run("framing garbage", func(t *testing.T) {
		got := decodeAll(t, []byte(string(recs[0].raw)+"\n}"))
		var se *cloudtrail.SyntaxError
		if len(got.events) != 1 || len(got.errs) != 1 || !errors.As(got.errs[0], &se) || se.Offset != int64(len(recs[0].raw)+1) {
			t.Fatalf("events %d errors %v", len(got.events), got.errs)
		}
	})
	t.Run("next after a stream error repeats it", func(t *testing.T) {
		d := cloudtrail.NewDecoder(strings.NewReader(`{"Records":[{`))
		_, err1 := d.Next()
		_, err2 := d.Next()
		if err1 == nil || err1 != err2 {
			t.Errorf("errors %v then %v", err1, err2)
		}
	})
}

func recsJoined(recs []record) []byte { return join(recs, ",", same) }

// repeatReader yields n bytes of c without holding them.
type repeatReader struct {
	c byte
	n int64
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > r.n {
		p = p[:r.n]
	}
	for i := range p {
		p[i] = r.c
	}
	r.n -= int64(len(p))
	return len(p), nil
}

func TestDecodeLimits(t *testing.T) {
	rec := testRecords(t)[0].raw
	t.Run("a 300 MB string is skipped, not held", func(t *testing.T) {
		input := io.MultiReader(strings.NewReader(`{"Records":[{"eventName":"`), &repeatReader{c: 'a', n: 300 << 20},
			strings.NewReader(`"},`), bytes.NewReader(rec), strings.NewReader(`]}`))
		d := cloudtrail.NewDecoder(input, cloudtrail.WithMaxRecordSize(1<<20))
		_, err := d.Next()
		var re *cloudtrail.RecordError
		if !errors.As(err, &re) || !errors.Is(err, cloudtrail.ErrTooLarge) || re.Index != 0 {
			t.Fatalf("err = %v, want a RecordError for ErrTooLarge", err)
		}
		ev, err := d.Next()
		if err != nil || ev == nil {
			t.Fatalf("record after the huge one: %v", err)
		}
		if _, err := d.Next(); err != io.EOF {
			t.Errorf("end: %v", err)
		}
	})
	t.Run("top-level document over the limit", func(t *testing.T) {
		big := `{"eventName":"` + strings.Repeat("b", 4096) + `","x":[{"y":"}"}]}`
		got := decodeAll(t, []byte(big+"\n"+`{"eventName":"small"}`), cloudtrail.WithMaxRecordSize(1024))
		if len(got.errs) != 1 || !errors.Is(got.errs[0], cloudtrail.ErrTooLarge) || len(got.events) != 1 {
			t.Fatalf("events %d errors %v", len(got.events), got.errs)
		}
	})
	t.Run("decompressed size limit", func(t *testing.T) {
		input := gz(t, []byte(`{"Records":[`+strings.Repeat(string(rec)+",", 200)+string(rec)+`]}`))
		got := decodeAll(t, input, cloudtrail.WithMaxDecompressedSize(int64(len(rec))*50))
		var se *cloudtrail.StreamError
		if len(got.errs) != 1 || !errors.As(got.errs[0], &se) || !errors.Is(se, cloudtrail.ErrTooLarge) {
			t.Fatalf("errors %v", got.errs)
		}
		if len(got.events) < 40 || len(got.events) > 50 {
			t.Errorf("decoded %d events before the limit, want the ones that fit", len(got.events))
		}
		if limit := int64(len(rec)) * 50; se.Offset != limit {
			t.Errorf("StreamError.Offset = %d, want %d, where the limit was reached", se.Offset, limit)
		}
	})
}
