package cloudtrail_test

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/trailtype/cloudtrail"
)

func quoted(s string) string {
	q, _ := json.Marshal(s)
	return string(q)
}

func sqsEvent(id, body string) string {
	return `{"Records":[{"messageId":"` + id + `","receiptHandle":"h","body":` + quoted(body) +
		`,"attributes":{},"eventSource":"aws:sqs","awsRegion":"us-east-1"}]}`
}

// Errors inside a payload read as one sentence: where in the outer stream, which payload, where in it.
func TestErrorsInPayloadsReadWell(t *testing.T) {
	const a = `{"eventVersion":"1.08","eventName":"A"}`
	t.Run("a bad record", func(t *testing.T) {
		got := decodeAll(t, []byte(sqsEvent("m-1", a+"\n"+`{"eventName":tru}`)))
		want := fmt.Sprintf(`cloudtrail: record 1 at byte 12: in SQS message "m-1", record 1 on line 2 at byte %d: invalid JSON at byte %d: `,
			len(a)+1, len(a)+1+len(`{"eventName":`))
		if len(got.events) != 1 || len(got.errs) != 1 || !strings.HasPrefix(got.errs[0].Error(), want) {
			t.Fatalf("events %d, errors %v, want one starting %q", len(got.events), got.errs, want)
		}
	})
	t.Run("a broken payload", func(t *testing.T) {
		body := a + "\n" + `{"eventName":"cut`
		got := decodeAll(t, []byte(sqsEvent("m-1", body)))
		want := fmt.Sprintf(`cloudtrail: record 1 at byte 12: SQS message "m-1" is broken at byte %d after 1 record: unexpected EOF`, len(body))
		if len(got.errs) != 1 || got.errs[0].Error() != want {
			t.Fatalf("errors %v, want %q", got.errs, want)
		}
	})
	t.Run("the whole payload is the record", func(t *testing.T) {
		got := decodeAll(t, []byte(sqsEvent("m-1", `{"detail-type":"x","source":"aws.ec2","detail":{}}`)))
		want := `cloudtrail: record 0 at byte 12: in SQS message "m-1": `
		if len(got.errs) != 1 || !strings.HasPrefix(got.errs[0].Error(), want) {
			t.Fatalf("errors %v, want one starting %q", got.errs, want)
		}
	})
	t.Run("a broken stream counts its records", func(t *testing.T) {
		for n, want := range map[int]string{0: "after 0 records: ", 1: "after 1 record: ", 2: "after 2 records: "} {
			got := decodeAll(t, []byte(strings.Repeat(a+"\n", n)+`{"eventName":"cut`))
			if len(got.errs) != 1 || !strings.Contains(got.errs[0].Error(), want) {
				t.Errorf("errors %v, want one saying %q", got.errs, want)
			}
		}
	})
}

// Objects says of a document that is no notification that it is none, not that it is no record.
func TestObjectsOfSomethingElse(t *testing.T) {
	for name, input := range map[string]string{
		"top level":      `{"hello":"world"}`,
		"in an SQS body": sqsEvent("m-1", `{"hello":"world"}`),
		"a Lambda event": `{"Records":[{"eventSource":"aws:dynamodb","dynamodb":{}}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			var errs []error
			for _, err := range cloudtrail.Objects(strings.NewReader(input)) {
				errs = append(errs, err)
			}
			if len(errs) != 1 || !errors.Is(errs[0], cloudtrail.ErrNotNotification) ||
				strings.Contains(errs[0].Error(), "not a CloudTrail record") || !strings.Contains(errs[0].Error(), "not an S3, EventBridge or SNS notification") {
				t.Fatalf("errors %v", errs)
			}
		})
	}
}

// A gzip stream cut short says so, and where.
func TestTruncatedGzip(t *testing.T) {
	z := gz(t, recordsDoc(testRecords(t)[:20], "", ""))
	cut := z[:len(z)/2]
	got := decodeAll(t, cut)
	var se *cloudtrail.StreamError
	want := fmt.Sprintf("truncated gzip stream: the compressed input ends after %d bytes", len(cut))
	if len(got.errs) != 1 || !errors.As(got.errs[0], &se) || !errors.Is(se, io.ErrUnexpectedEOF) || !strings.Contains(se.Error(), want) {
		t.Fatalf("errors %v, want a StreamError saying %q", got.errs, want)
	}
	if se.Offset == 0 {
		t.Errorf("offset 0, want where the stream broke")
	}
	t.Run("in a payload", func(t *testing.T) {
		data := gz(t, cwlData(t, testRecords(t)[:5], "DATA_MESSAGE"))
		data = data[:len(data)-10]
		got := decodeAll(t, []byte(`{"awslogs":{"data":"`+base64.StdEncoding.EncodeToString(data)+`"}}`))
		want := fmt.Sprintf("truncated gzip stream: the compressed input ends after %d bytes", len(data))
		if len(got.errs) != 1 || !strings.Contains(got.errs[0].Error(), want) {
			t.Fatalf("errors %v, want one saying %q", got.errs, want)
		}
	})
	t.Run("in the header", func(t *testing.T) {
		got := decodeAll(t, z[:5])
		if len(got.errs) != 1 || !strings.Contains(got.errs[0].Error(), "truncated gzip stream") {
			t.Fatalf("errors %v", got.errs)
		}
	})
}

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xfeff}, units...)
	}
	var b []byte
	for _, u := range units {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

// Files saved by Windows tools start with a byte-order mark, or are UTF-16.
func TestByteOrderMarks(t *testing.T) {
	const a, b = `{"eventVersion":"1.08","eventName":"A"}`, `{"eventVersion":"1.08","eventName":"B"}`
	t.Run("a UTF-8 byte-order mark is skipped", func(t *testing.T) {
		// The second one is where `cat` of two such files puts it.
		got := decodeAll(t, []byte("\xef\xbb\xbf"+a+"\n\xef\xbb\xbf"+b))
		if names(got) != "A B" || len(got.errs) != 0 || got.envelopes[0].Offset != 3 {
			t.Fatalf("events %q, errors %v, envelopes %+v", names(got), got.errs, got.envelopes)
		}
	})
	for name, input := range map[string][]byte{
		"UTF-16LE with a byte-order mark":    utf16Bytes(a, false, true),
		"UTF-16BE with a byte-order mark":    utf16Bytes(a, true, true),
		"UTF-16LE without a byte-order mark": utf16Bytes(a, false, false),
		"UTF-16BE without a byte-order mark": utf16Bytes(a, true, false),
	} {
		t.Run(name, func(t *testing.T) {
			got := decodeAll(t, input)
			var se *cloudtrail.StreamError
			if len(got.errs) != 1 || !errors.As(got.errs[0], &se) || !strings.Contains(se.Error(), "UTF-16") {
				t.Fatalf("errors %v, want a StreamError naming UTF-16", got.errs)
			}
		})
	}
}

// A notification of an empty object whose key says gzip says so: CloudTrail never writes one.
func TestObjectsOfEmptyFiles(t *testing.T) {
	const logKey = "AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02/111122223333_CloudTrail_us-east-1_20261102T0905Z_Ab12Cd34Ef56Gh78.json.gz"
	s3Event := func(key string, size int) string {
		return fmt.Sprintf(`{"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1","eventName":"ObjectCreated:Put",`+
			`"s3":{"bucket":{"name":"b"},"object":{"key":%q,"size":%d}}}]}`, key, size)
	}
	eventBridge := func(key string, size int) string {
		return fmt.Sprintf(`{"version":"0","id":"e-1","detail-type":"Object Created","source":"aws.s3","account":"111122223333","time":"2026-11-02T09:05:41Z",`+
			`"region":"us-east-1","resources":[],"detail":{"bucket":{"name":"b"},"object":{"key":%q,"size":%d}}}`, key, size)
	}
	tests := []struct {
		name, input string
		empty       bool
	}{
		{"S3 event, empty log file", s3Event(logKey, 0), true},
		{"S3 event, empty .json.gz", s3Event("exports/x.json.gz", 0), true},
		{"in SQS", sqsEvent("m-1", s3Event(logKey, 0)), true},
		{"EventBridge, empty log file", eventBridge(logKey, 0), true},
		{"S3 event, a log file", s3Event(logKey, 2048), false},
		{"S3 event, a folder marker", s3Event("AWSLogs/", 0), false},
		{"S3 event, an empty .json", s3Event("exports/x.json", 0), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := 0
			for o, err := range cloudtrail.Objects(strings.NewReader(tc.input)) {
				n++
				if o.Bucket != "b" || o.Key == "" {
					t.Errorf("object %+v", o)
				}
				if tc.empty != (err != nil) || (err != nil && (!errors.Is(err, cloudtrail.ErrEmptyObject) || !strings.Contains(err.Error(), "s3://b/"+o.Key))) {
					t.Errorf("error %v, want an empty-object error: %v", err, tc.empty)
				}
				if err != nil && strings.HasPrefix(tc.name, "in SQS") && o.MessageID != "m-1" {
					t.Errorf("MessageID %q", o.MessageID)
				}
				if o.EmptyFile() != tc.empty {
					t.Errorf("EmptyFile() = %v", o.EmptyFile())
				}
			}
			if n != 1 {
				t.Errorf("yielded %d times, want once", n)
			}
		})
	}
}
