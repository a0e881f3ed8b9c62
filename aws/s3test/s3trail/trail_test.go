package s3trail_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"testing"
	"time"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/aws/s3test"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

// trail is a generated trail uploaded to the server: log files of two accounts in two regions over
// three days, under a prefix, an organization trail, beside digest and Insights files.
type trail struct {
	bucket, prefix, org string
	keys                []string                       // log file keys, in key order
	events              map[string][]*cloudtrail.Event // by key
}

func uploadTrail(t testing.TB, s *s3test.Server) *trail {
	t.Helper()
	tr := &trail{bucket: "trail-bucket", prefix: "logs/", org: "o-aa111bb222", events: map[string][]*cloudtrail.Event{}}
	s.Bucket(t, tr.bucket)
	start := time.Date(2026, 11, 1, 22, 0, 0, 0, time.UTC)
	n := 0
	for _, account := range []string{"111122223333", "444455556666"} {
		for _, region := range []string{"eu-west-1", "us-east-1"} {
			for h := 0; h < 6; h++ { // 22:00 to 03:00 over three days' folders
				at := start.Add(time.Duration(h) * 3 * time.Hour)
				key := fmt.Sprintf("%sAWSLogs/%s/%s/CloudTrail/%s/%s/%s_CloudTrail_%s_%s_U%015d.json.gz",
					tr.prefix, tr.org, account, region, at.Format("2006/01/02"), account, region, at.Format("20060102T1504Z"), n)
				var evs []*cloudtrail.Event
				for i := 0; i < 5; i++ {
					n++
					evs = append(evs, cloudtrailtest.NewEvent("s3.amazonaws.com", "GetBucketAcl",
						cloudtrailtest.By(cloudtrailtest.AssumedRole(account, "reader", fmt.Sprintf("s-%d", n))),
						cloudtrailtest.InRegion(region), cloudtrailtest.At(at.Add(-time.Duration(i)*time.Minute))))
				}
				var b bytes.Buffer
				zw := gzip.NewWriter(&b)
				if err := cloudtrailtest.Encode(zw, cloudtrail.FormatS3, evs...); err != nil {
					t.Fatal(err)
				}
				zw.Close()
				s.Put(t, tr.bucket, key, b.Bytes(), nil)
				tr.keys = append(tr.keys, key)
				tr.events[key] = evs
				digestKey := fmt.Sprintf("%sAWSLogs/%s/%s/CloudTrail-Digest/%s/%s/%s_CloudTrail-Digest_%s_org_%s_%s.json.gz",
					tr.prefix, tr.org, account, region, at.Format("2006/01/02"), account, region, region, at.Add(time.Hour).Format("20060102T150405Z"))
				s.Put(t, tr.bucket, digestKey, []byte("not a log file"), map[string]string{"signature": "00"})
			}
		}
		insight := fmt.Sprintf("%sAWSLogs/%s/%s/CloudTrail-Insight/us-east-1/2026/11/02/%s_CloudTrail-Insight_us-east-1_20261102T0100Z_I000000000000001.json.gz",
			tr.prefix, tr.org, account, account)
		s.Put(t, tr.bucket, insight, []byte("not a log file"), nil)
	}
	return tr
}

// eventIDs lists the event IDs of the trail's log files of the keys pred accepts, in key order.
func (tr *trail) eventIDs(pred func(key string) bool) []string {
	var ids []string
	for _, k := range tr.keys {
		if pred(k) {
			for _, ev := range tr.events[k] {
				ids = append(ids, ev.EventID)
			}
		}
	}
	return ids
}
