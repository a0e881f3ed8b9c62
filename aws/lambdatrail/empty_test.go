package lambdatrail_test

import (
	"errors"
	"testing"

	"github.com/aws/aws-lambda-go/events"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/aws/lambdatrail"
)

// An S3 event of an empty object whose key says gzip says so: reading it would give nothing.
func TestS3ObjectsOfEmptyFiles(t *testing.T) {
	record := func(key string, size int64) events.S3EventRecord {
		var r events.S3EventRecord
		r.S3.Bucket.Name, r.S3.Object.Key, r.S3.Object.Size = "b", key, size
		return r
	}
	e := events.S3Event{Records: []events.S3EventRecord{record("AWSLogs/x.json.gz", 0), record("AWSLogs/", 0), record("AWSLogs/y.json.gz", 10)}}
	var empty []bool
	for o, err := range lambdatrail.S3Objects(e) {
		if err != nil && (!errors.Is(err, cloudtrail.ErrEmptyObject) || o.Key == "") {
			t.Errorf("%s: %v", o.Key, err)
		}
		empty = append(empty, err != nil)
	}
	if len(empty) != 3 || !empty[0] || empty[1] || empty[2] {
		t.Errorf("empty-object errors %v, want only the first", empty)
	}
}
