package cloudtrail_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

// input is one document the decoder reads, for the tests that compare two ways of reading it.
type input struct {
	name string
	data []byte
	// raws, when known, are the bytes of each record as the input holds them (unescaped when the
	// record is inside a string), found without the decoder.
	raws [][]byte
}

// filterInputs is every test file, and every test record in every delivery format the test kit
// writes, plain and gzip.
func filterInputs(t testing.TB) []input {
	t.Helper()
	var out []input
	files, err := filepath.Glob("testdata/*/*.*")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("testdata/lambda/other/*.json")
	for _, f := range append(files, more...) {
		if strings.HasSuffix(f, ".md") {
			continue
		}
		data, err := readRaw(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, input{name: f, data: data})
	}
	// The records found without the decoder, by file, in order: Raw must give the same bytes.
	byFile := map[string][][]byte{}
	for _, r := range testRecords(t) {
		file, _, _ := strings.Cut(r.name, ":")
		file, _, _ = strings.Cut(file, " ")
		file, _, _ = strings.Cut(file, "[")
		byFile[file] = append(byFile[file], r.raw)
	}
	for i := range out {
		// The EventBridge guide's first event has an EC2 detail, which is no record.
		if base := filepath.Base(out[i].name); base != "eventbridge-user-guide.ndjson" {
			out[i].raws = byFile[base]
		}
	}

	events := decodeEvents(t, testRecordsDocument(t))
	var want [][]byte
	for _, ev := range events {
		b, err := json.Marshal(ev) // as the test kit's encoder writes it
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, b)
	}
	for _, f := range []cloudtrail.Format{cloudtrail.FormatS3, cloudtrail.FormatRecord, cloudtrail.FormatEventBridge,
		cloudtrail.FormatLookupEvents, cloudtrail.FormatCloudWatchLogs, cloudtrail.FormatSQS, cloudtrail.FormatSNS,
		cloudtrail.FormatKinesis, cloudtrail.FormatFirehose} {
		var b bytes.Buffer
		if err := cloudtrailtest.Encode(&b, f, events...); err != nil {
			t.Fatal(err)
		}
		out = append(out, input{name: f.String(), data: b.Bytes(), raws: want},
			input{name: f.String() + ".gz", data: gz(nil, b.Bytes()), raws: want})
	}
	for _, o := range []cloudtrailtest.Output{cloudtrailtest.JSONArray, cloudtrailtest.AWSLogs} {
		var b bytes.Buffer
		if err := o.Encode(&b, events...); err != nil {
			t.Fatal(err)
		}
		out = append(out, input{name: o.String(), data: b.Bytes(), raws: want})
	}
	return out
}

// testRecordsDocument is every test record, one per line.
func testRecordsDocument(t testing.TB) []byte {
	var b bytes.Buffer
	for _, r := range testRecords(t) {
		b.Write(r.raw)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func decodeEvents(t testing.TB, data []byte) []*cloudtrail.Event {
	t.Helper()
	var out []*cloudtrail.Event
	for ev, err := range cloudtrail.NewDecoder(bytes.NewReader(data)).All() {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ev)
	}
	return out
}

// read is what a decoder yields for an input: events with their envelopes and raw bytes, and
// errors, in order.
type read struct {
	Events    []*cloudtrail.Event
	Envelopes []cloudtrail.Envelope
	Raws      [][]byte
	Errors    []string
}

func readInput(t *testing.T, data []byte, opts ...cloudtrail.Option) read {
	t.Helper()
	return readAll(cloudtrail.NewDecoder(bytes.NewReader(data), opts...))
}

// readAll is what d yields, to the end.
func readAll(d *cloudtrail.Decoder) read {
	var r read
	defer d.Close()
	for {
		ev, err := d.Next()
		if err == io.EOF {
			return r
		}
		if err != nil {
			r.Errors = append(r.Errors, err.Error())
			var se *cloudtrail.StreamError
			if errors.As(err, &se) {
				return r
			}
			continue
		}
		r.Events = append(r.Events, ev.Clone())
		r.Envelopes = append(r.Envelopes, d.Envelope())
		r.Raws = append(r.Raws, bytes.Clone(d.Raw()))
	}
}

// Filters, for every input: none, all, by a header member, by position (so that skipped records
// must keep their place in the count).
var filters = []struct {
	name string
	keep func(h *cloudtrail.Header) bool
}{
	{"none", func(*cloudtrail.Header) bool { return false }},
	{"all", func(*cloudtrail.Header) bool { return true }},
	{"iam", func(h *cloudtrail.Header) bool { return h.EventSource == "iam.amazonaws.com" }},
	{"odd", func(h *cloudtrail.Header) bool { return h.Envelope.Index%2 == 1 }},
	{"errors", func(h *cloudtrail.Header) bool { return h.ErrorCode != "" || h.EventTime.Year() < 2017 }},
}

// A filtered decode yields exactly the events of the full decode its filter keeps, with the same
// envelopes, raw bytes and errors; the filter is asked once per event, with the header of the
// event the full decode yields.
func TestFilterEqualsFullDecode(t *testing.T) {
	for _, in := range filterInputs(t) {
		t.Run(in.name, func(t *testing.T) {
			full := readInput(t, in.data)
			for _, f := range filters {
				var asked []cloudtrail.Header
				keep := func(h *cloudtrail.Header) bool {
					asked = append(asked, *h)
					return f.keep(h)
				}
				got := readInput(t, in.data, cloudtrail.WithFilter(keep))
				var want read
				var headers []cloudtrail.Header
				for i, ev := range full.Events {
					h := header(ev, full.Envelopes[i])
					headers = append(headers, h)
					if f.keep(&h) {
						want.Events = append(want.Events, ev)
						want.Envelopes = append(want.Envelopes, full.Envelopes[i])
						want.Raws = append(want.Raws, full.Raws[i])
					}
				}
				want.Errors = full.Errors
				if diff := cmp.Diff(want, got, cloudtrailtest.Options()); diff != "" {
					t.Errorf("filter %s: (-full decode's +filtered):\n%s", f.name, diff)
				}
				if diff := cmp.Diff(headers, asked, cloudtrailtest.Options()); diff != "" {
					t.Errorf("filter %s: headers asked about (-from the events +given):\n%s", f.name, diff)
				}
			}
		})
	}
}

// header is what a Header should hold for an event.
func header(ev *cloudtrail.Event, env cloudtrail.Envelope) cloudtrail.Header {
	return cloudtrail.Header{EventVersion: ev.EventVersion, EventTime: ev.EventTime, EventSource: ev.EventSource,
		EventName: ev.EventName, AWSRegion: ev.AWSRegion, SourceIPAddress: ev.SourceIPAddress,
		RecipientAccountID: ev.RecipientAccountID, ErrorCode: ev.ErrorCode, EventType: ev.EventType,
		EventCategory: ev.EventCategory, EventID: ev.EventID, Envelope: env}
}

// Raw gives each record's bytes as the input holds them: the same bytes a reader without this
// package finds (for the test files), or the encoder wrote (for every format), and, for every
// input, bytes that decode to the event.
func TestRawIsTheInputRecord(t *testing.T) {
	checked := 0
	for _, in := range filterInputs(t) {
		t.Run(in.name, func(t *testing.T) {
			r := readInput(t, in.data)
			for i, raw := range r.Raws {
				ev, err := decodeOne(raw)
				if err != nil {
					t.Fatalf("event %d: Raw does not decode: %v\n%s", i, err, raw)
				}
				if diff := cmp.Diff(r.Events[i], ev, cloudtrailtest.Options()); diff != "" {
					t.Errorf("event %d: Raw decodes to another event:\n%s", i, diff)
				}
			}
			if in.raws == nil {
				return
			}
			if len(r.Raws) != len(in.raws) {
				t.Fatalf("%d events, %d records in the input", len(r.Raws), len(in.raws))
			}
			for i := range in.raws {
				if !bytes.Equal(r.Raws[i], bytes.TrimSpace(in.raws[i])) {
					t.Errorf("record %d: Raw\n%s\nwant\n%s", i, r.Raws[i], in.raws[i])
				}
				checked++
			}
		})
	}
	if checked < 5000 {
		t.Errorf("only %d records compared with the input's bytes", checked)
	}
}

func decodeOne(raw []byte) (*cloudtrail.Event, error) {
	ev := new(cloudtrail.Event)
	return ev, ev.UnmarshalJSON(raw)
}

// A filter may forward records byte for byte from inside keep, and so never have one decoded.
func TestRawInsideFilter(t *testing.T) {
	data := readFile(t, "testdata/trailscraper/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz")
	full := readInput(t, data)
	var d *cloudtrail.Decoder
	var forwarded [][]byte
	d = cloudtrail.NewDecoder(bytes.NewReader(data), cloudtrail.WithFilter(func(h *cloudtrail.Header) bool {
		forwarded = append(forwarded, bytes.Clone(d.Raw()))
		return false
	}))
	if ev, err := d.Next(); err != io.EOF {
		t.Fatalf("Next = %v, %v; want io.EOF", ev, err)
	}
	if diff := cmp.Diff(full.Raws, forwarded); diff != "" {
		t.Error(diff)
	}
}

// Malformed records are reported with a filter as without one, whatever the filter says.
func TestFilterReportsBadRecords(t *testing.T) {
	good := `{"eventVersion":"1.08","eventSource":"s3.amazonaws.com","eventName":"GetObject","eventID":"a"}`
	for _, doc := range []string{
		`{"Records":[` + good + `,{"eventName":"X","eventID":}, ` + good + `]}`,
		good + "\n" + `{"eventName":"X", "requestParameters": {"a": [1,]}}` + "\n" + good + "\n",
		`{"Records":[` + good + `,{"eventName":"X","eventSource":"s3.amazonaws.com"` + strings.Repeat(" ", 300) + `]}`,
	} {
		full := readInput(t, []byte(doc))
		if len(full.Errors) == 0 {
			t.Fatalf("%s: no error without a filter", doc)
		}
		for _, f := range filters {
			got := readInput(t, []byte(doc), cloudtrail.WithFilter(f.keep))
			if diff := cmp.Diff(full.Errors, got.Errors); diff != "" {
				t.Errorf("%s, filter %s: errors (-without +with):\n%s", doc, f.name, diff)
			}
		}
	}
}

// With WithReuseEvent the decoder returns one *Event, overwritten by each record, equal to what it
// decodes without the option.
func TestReuseEvent(t *testing.T) {
	for _, in := range filterInputs(t) {
		t.Run(in.name, func(t *testing.T) {
			full := readInput(t, in.data)
			d := cloudtrail.NewDecoder(bytes.NewReader(in.data), cloudtrail.WithReuseEvent())
			var first *cloudtrail.Event
			var got read
			for ev, err := range d.All() {
				if err != nil {
					got.Errors = append(got.Errors, err.Error())
					continue
				}
				if first == nil {
					first = ev
				} else if ev != first {
					t.Fatalf("event %d is a new *Event", len(got.Events))
				}
				got.Events = append(got.Events, ev.Clone())
				got.Envelopes = append(got.Envelopes, d.Envelope())
				got.Raws = append(got.Raws, bytes.Clone(d.Raw()))
			}
			if diff := cmp.Diff(full, got, cloudtrailtest.Options()); diff != "" {
				t.Error(diff)
			}
		})
	}
}

// ExampleWithFilter reads only the records that create access keys: the others are passed over
// without being decoded.
func ExampleWithFilter() {
	f, err := os.Open("testdata/panther/rule-test-logs.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	d := cloudtrail.NewDecoder(f, cloudtrail.WithFilter(func(h *cloudtrail.Header) bool {
		return h.EventSource == "iam.amazonaws.com" && h.EventName == "CreateAccessKey" && h.ErrorCode == ""
	}))
	for ev, err := range d.All() {
		if err != nil {
			panic(err)
		}
		fmt.Println("record", d.Envelope().Index, ev.Actor())
	}
	// Output:
	// record 185 arn:aws:iam::123456789:user/user1
	// record 186 arn:aws:iam::123456789:user/user1
	// record 187 arn:aws:iam::123456789:user/jackson
	// record 188 arn:aws:iam::123456789:user/jack
	// record 316 arn:aws:iam::123456789012:root
	// record 317 arn:aws:iam::123456789012:root
}

// ExampleDecoder_Raw forwards the console sign-ins of a file byte for byte, as a forwarder or a
// Firehose transformation would, and decodes no record at all.
func ExampleDecoder_Raw() {
	f, err := os.Open("testdata/panther/rule-test-logs.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	var out bytes.Buffer
	records := 0
	var d *cloudtrail.Decoder
	d = cloudtrail.NewDecoder(f, cloudtrail.WithFilter(func(h *cloudtrail.Header) bool {
		if h.EventName == "ConsoleLogin" {
			out.Write(d.Raw())
			out.WriteByte('\n')
			records++
		}
		return false // decode none
	}))
	for _, err := range d.All() {
		panic(err) // only errors come: every record is refused
	}
	fmt.Println(records, "sign-ins,", out.Len(), "bytes")
	// Output: 33 sign-ins, 25145 bytes
}

// ExampleWithReuseEvent counts the event names of a file with one Event for all its records.
func ExampleWithReuseEvent() {
	f, err := os.Open("testdata/panther/rule-test-logs.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	names := map[string]int{}
	for ev, err := range cloudtrail.NewDecoder(f, cloudtrail.WithReuseEvent()).All() {
		if err != nil {
			panic(err)
		}
		names[ev.EventName]++ // strings stay valid; the event itself is overwritten next
	}
	fmt.Println(len(names), "event names,", names["ConsoleLogin"], "ConsoleLogin")
	// Output: 192 event names, 33 ConsoleLogin
}
