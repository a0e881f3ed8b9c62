package cloudtrail_test

import (
	"bytes"
	"reflect"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

// A decoder over bytes in memory yields what a decoder reading them yields: the same events,
// envelopes, raw bytes and errors, for every test input and format, with and without a filter
// (whose headers, not copied, must be the same too), and when an option makes it fall back to
// the stream path.
func TestBytesDecoderEqualsStream(t *testing.T) {
	options := map[string][]cloudtrail.Option{
		"none":          nil,
		"reuse":         {cloudtrail.WithReuseEvent()},
		"small records": {cloudtrail.WithMaxRecordSize(2000)},
		"gzip only":     {cloudtrail.WithCompression(cloudtrail.CompressionGzip)},
		"size limit":    {cloudtrail.WithMaxDecompressedSize(100 << 10)},
	}
	for _, f := range filters[:4] {
		options["filter "+f.name] = []cloudtrail.Option{cloudtrail.WithFilter(f.keep)}
	}
	for _, in := range filterInputs(t) {
		t.Run(in.name, func(t *testing.T) {
			for name, opts := range options {
				want := readInput(t, in.data, opts...)
				got := readAll(cloudtrail.NewBytesDecoder(in.data, opts...))
				if reflect.DeepEqual(want, got) { // cmp.Diff's walk is slow: only for a difference
					continue
				}
				if diff := cmp.Diff(want, got, cloudtrailtest.Options()); diff != "" {
					t.Errorf("%s: (-NewDecoder +NewBytesDecoder):\n%s", name, diff)
				}
			}
			var fromStream, fromBytes []cloudtrail.Header
			readInput(t, in.data, cloudtrail.WithFilter(func(h *cloudtrail.Header) bool {
				fromStream = append(fromStream, *h)
				return h.Envelope.Index%3 == 0
			}))
			readAll(cloudtrail.NewBytesDecoder(in.data, cloudtrail.WithFilter(func(h *cloudtrail.Header) bool {
				fromBytes = append(fromBytes, *h)
				return h.Envelope.Index%3 == 0
			})))
			if diff := cmp.Diff(fromStream, fromBytes, cloudtrailtest.Options()); diff != "" {
				t.Errorf("headers kept from the filter (-NewDecoder +NewBytesDecoder):\n%s", diff)
			}
		})
	}
}

// Events read from bytes in memory share them, as the documentation says, rather than copies.
func TestBytesDecoderAliasesInput(t *testing.T) {
	data := testRecordsDocument(t)
	start, end := uintptr(unsafe.Pointer(&data[0])), uintptr(unsafe.Pointer(&data[len(data)-1]))
	inData := func(p *byte) bool { return start <= uintptr(unsafe.Pointer(p)) && uintptr(unsafe.Pointer(p)) <= end }
	n := 0
	d := cloudtrail.NewBytesDecoder(data)
	for ev, err := range d.All() {
		if err != nil {
			t.Fatal(err)
		}
		if ev.EventID != "" && !inData(unsafe.StringData(ev.EventID)) {
			t.Fatalf("event %d: EventID %q is a copy", n, ev.EventID)
		}
		if raw := d.Raw(); !inData(unsafe.SliceData(raw)) {
			t.Fatalf("event %d: Raw is a copy", n)
		}
		n++
	}
	if want := len(testRecords(t)); n != want {
		t.Fatalf("%d events, want %d", n, want)
	}
}

// The sample log as a fixture in memory, gzip or not, reads the same.
func TestBytesDecoderGzip(t *testing.T) {
	data := readFile(t, "testdata/trailscraper/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz")
	plain := readAll(cloudtrail.NewBytesDecoder(data))
	zipped := readAll(cloudtrail.NewBytesDecoder(gz(t, data)))
	if len(plain.Events) != 2 || len(plain.Errors) != 0 {
		t.Fatalf("%d events, errors %q", len(plain.Events), plain.Errors)
	}
	if diff := cmp.Diff(plain, zipped, cloudtrailtest.Options()); diff != "" {
		t.Error(diff)
	}
	if got := readAll(cloudtrail.NewBytesDecoder(bytes.Repeat([]byte("x"), 10))); len(got.Errors) != 1 || len(got.Events) != 0 {
		t.Errorf("not JSON: %+v", got)
	}
}
