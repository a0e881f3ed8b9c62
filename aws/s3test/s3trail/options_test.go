package s3trail_test

import (
	"context"
	"errors"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/aws/s3test"
	"github.com/trailtype/cloudtrail/aws/s3trail"
)

// A Reader takes ReaderOptions; the decoder's own options pass through WithDecoderOptions: here a
// record size limit every record exceeds, so that each is a RecordError.
func TestReaderOptionsAndDecoderOptions(t *testing.T) {
	s := s3test.NewServer(t)
	tr := uploadTrail(t, s)
	opts := []s3trail.ReaderOption{s3trail.WithConcurrency(2), s3trail.WithDecoderOptions(cloudtrail.WithMaxRecordSize(64))}
	ids, errs := collect(t, s3trail.NewReader(s.Client, opts...).Events(context.Background(),
		s3trail.Query{Bucket: tr.bucket, Prefix: "logs", OrgID: tr.org, Accounts: []string{"111122223333"}, Regions: []string{"eu-west-1"}}))
	var re *cloudtrail.RecordError
	if len(ids) != 0 || len(errs) != 30 || !errors.As(errs[0], &re) {
		t.Errorf("%d events and %d errors (%v), want the 30 records of six log files refused", len(ids), len(errs), errs)
	}
}
