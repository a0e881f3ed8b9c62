package cloudtrail_test

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"testing"

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
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		d := cloudtrail.NewDecoder(bytes.NewReader(data), cloudtrail.WithFormat(cloudtrail.Format(format%6)),
			cloudtrail.WithMaxRecordSize(1<<16), cloudtrail.WithSyncInflate())
		for i := 0; ; i++ {
			if i > len(data)+10 {
				t.Fatalf("more results than input bytes: the decoder is not making progress")
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
