package cloudtrail_test

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"regexp"
	"slices"
	"testing"
	"testing/iotest"

	"github.com/trailtype/cloudtrail"
)

// FuzzDecoder feeds arbitrary bytes to the decoder in every format: it must never panic or loop,
// report only RecordError and StreamError, and stop after a StreamError.
func FuzzDecoder(f *testing.F) {
	recs := testRecords(f)[:6]
	docs := [][]byte{
		recordsDoc(recs, "", ""),
		join(recs, "\n", same),
		[]byte("[" + string(recsJoined(recs)) + "]"),
		cwlData(f, recs, "DATA_MESSAGE"),
		[]byte(`{"awslogs":{"data":"` + base64.StdEncoding.EncodeToString(gz(f, cwlData(f, recs[:2], "DATA_MESSAGE"))) + `"}}`),
		[]byte(`{"Events":[{"EventId":"e","CloudTrailEvent":"{\"eventName\":\"x\"}"}]}`),
		[]byte(`{"detail-type":"AWS API Call via CloudTrail","detail":` + string(recs[0].raw) + `}`),
		[]byte(`{"digestS3Object":"k","logFiles":[]}`),
		[]byte(`{"Records":[{"eventSource":"aws:s3","s3":{}}]}`),
		[]byte(`{"Records":[1,"x",[],{"a":"\"}"}]} [] ] {`),
	}
	for _, d := range docs {
		f.Add(d, uint8(0))
		f.Add(gz(f, d), uint8(0))
	}
	f.Add(append(gz(f, docs[0]), gz(f, docs[1])...), uint8(0))
	// 33 bytes of gzip, its trailer cut, inflate to a Records array of 45 empty elements: 45 record
	// errors and a stream error, more results than input bytes, and all of them legitimate.
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x04\xff\xab\x56\x0a\x4a\x4d\xce\x2f\x4a\x29\x56\xb2\x8a\xae\xae\xd5\x19\x04\x28\xb6\x16\x00\x13\x78"), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		opts := []cloudtrail.Option{cloudtrail.WithFormat(cloudtrail.Format(format % 11)),
			cloudtrail.WithMaxRecordSize(1 << 16), cloudtrail.WithSyncInflate()}
		// Read whole, records are decoded in place; read a byte at a time, they are split out
		// first; from memory, they are decoded where they lie. All three must give the same
		// events and errors.
		whole := results(cloudtrail.NewDecoder(bytes.NewReader(data), opts...))
		if bytewise := results(cloudtrail.NewDecoder(iotest.OneByteReader(bytes.NewReader(data)), opts...)); !slices.Equal(whole, bytewise) {
			t.Fatalf("reading whole and byte by byte differ:\n%q\n%q", whole, bytewise)
		}
		if inMemory := results(cloudtrail.NewBytesDecoder(data, opts...)); !slices.Equal(whole, inMemory) {
			t.Fatalf("reading whole and from memory differ:\n%q\n%q", whole, inMemory)
		}
		d := cloudtrail.NewDecoder(bytes.NewReader(data), opts...)
		limit := expandedSize(data, 4) + 10
		for i := 0; ; i++ {
			if i > limit {
				t.Fatalf("more results than decompressed input bytes (%d): the decoder is not making progress", limit)
			}
			ev, err := d.Next()
			if err == io.EOF {
				return
			}
			var re *cloudtrail.RecordError
			var se *cloudtrail.StreamError
			switch {
			case err == nil:
				if ev == nil {
					t.Fatal("nil event without an error")
				}
			case errors.As(err, &se) && !errors.As(err, &re):
				if _, again := d.Next(); again != err {
					t.Fatalf("after a stream error Next returned %v", again)
				}
				return
			case errors.As(err, &re):
				if re.Offset < 0 || re.Offset > int64(len(data))*1000+1<<20 {
					t.Fatalf("implausible offset in %v", err)
				}
			default:
				t.Fatalf("error of unexpected type %T: %v", err, err)
			}
		}
	})
}

// jsonString matches a JSON string: a payload that may be base64, or a document of its own.
var jsonString = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// expandedSize bounds the bytes the decoder can read from data: the input, inflated if it is gzip,
// and what the strings in it hold as payloads (base64 of gzip, or text), as deep as payloads nest.
// Every result the decoder yields takes at least one of these bytes.
func expandedSize(data []byte, depth int) int {
	n := len(data)
	if len(data) > 2 && data[0] == 0x1f && data[1] == 0x8b {
		if zr, err := gzip.NewReader(bytes.NewReader(data)); err == nil {
			data, _ = io.ReadAll(io.LimitReader(zr, 64<<20)) // what inflates before an error counts
			n += len(data)
		}
	}
	if depth == 0 {
		return n
	}
	for _, q := range jsonString.FindAll(data, -1) {
		var s string
		if json.Unmarshal(q, &s) != nil {
			s = string(q[1 : len(q)-1])
		}
		if b, err := base64.StdEncoding.DecodeString(s); err == nil {
			n += expandedSize(b, depth-1)
		}
		n += expandedSize([]byte(s), depth-1)
	}
	return n
}

// results lists what a decoder yields, as text: each event's JSON or the error.
func results(d *cloudtrail.Decoder) []string {
	defer d.Close()
	var out []string
	for i := 0; i < 1000; i++ {
		ev, err := d.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			out = append(out, "error: "+err.Error())
			var se *cloudtrail.StreamError
			if errors.As(err, &se) {
				break
			}
			continue
		}
		b, err := json.Marshal(ev)
		if err != nil {
			out = append(out, "marshal: "+err.Error())
			continue
		}
		out = append(out, string(b))
	}
	return out
}
