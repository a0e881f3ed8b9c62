package s3trail_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

// s3Server is an S3-compatible server (gofakes3, in memory) on the loopback interface, with the real
// SDK client pointed at it. Requests can be made to fail first, as S3 does when it throttles.
type s3Server struct {
	client *s3.Client
	srv    *httptest.Server

	mu       sync.Mutex
	throttle map[string]int // key: how many more GETs answer 503 SlowDown
	gets     map[string]int
}

func newS3Server(t testing.TB) *s3Server {
	t.Helper()
	s := &s3Server{throttle: map[string]int{}, gets: map[string]int{}}
	fake := gofakes3.New(s3mem.New()).Server()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := strings.TrimPrefix(r.URL.Path, "/")
		if _, k, ok := strings.Cut(key, "/"); ok && r.Method == http.MethodGet {
			s.mu.Lock()
			s.gets[k]++
			slow := s.throttle[k] > 0
			if slow {
				s.throttle[k]--
			}
			s.mu.Unlock()
			if slow {
				w.WriteHeader(http.StatusServiceUnavailable)
				fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>`)
				return
			}
		}
		fake.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	s.srv = srv
	s.client = s3.NewFromConfig(aws.Config{
		Region:      "us-east-1",
		Credentials: credentials.NewStaticCredentialsProvider("test", "test", ""),
		Retryer: func() aws.Retryer {
			return retry.NewStandard(func(o *retry.StandardOptions) { o.MaxAttempts = 5; o.MaxBackoff = 20 * time.Millisecond })
		},
	}, func(o *s3.Options) {
		o.BaseEndpoint = aws.String(srv.URL)
		o.UsePathStyle = true
		o.RequestChecksumCalculation = aws.RequestChecksumCalculationWhenRequired
		o.ResponseChecksumValidation = aws.ResponseChecksumValidationWhenRequired
	})
	return s
}

func (s *s3Server) bucket(t testing.TB, name string) {
	t.Helper()
	if _, err := s.client.CreateBucket(context.Background(), &s3.CreateBucketInput{Bucket: aws.String(name)}); err != nil {
		t.Fatal(err)
	}
}

func (s *s3Server) put(t testing.TB, bucket, key string, body []byte, meta map[string]string) {
	t.Helper()
	if _, err := s.client.PutObject(context.Background(), &s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String(key),
		Body: bytes.NewReader(body), Metadata: meta}); err != nil {
		t.Fatal(err)
	}
}

// trail is a generated trail uploaded to the server: log files of two accounts in two regions over
// three days, under a prefix, an organization trail, beside digest and Insights files.
type trail struct {
	bucket, prefix, org string
	keys                []string                       // log file keys, in key order
	events              map[string][]*cloudtrail.Event // by key
}

func uploadTrail(t testing.TB, s *s3Server) *trail {
	t.Helper()
	tr := &trail{bucket: "trail-bucket", prefix: "logs/", org: "o-aa111bb222", events: map[string][]*cloudtrail.Event{}}
	s.bucket(t, tr.bucket)
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
				s.put(t, tr.bucket, key, b.Bytes(), nil)
				tr.keys = append(tr.keys, key)
				tr.events[key] = evs
				digestKey := fmt.Sprintf("%sAWSLogs/%s/%s/CloudTrail-Digest/%s/%s/%s_CloudTrail-Digest_%s_org_%s_%s.json.gz",
					tr.prefix, tr.org, account, region, at.Format("2006/01/02"), account, region, region, at.Add(time.Hour).Format("20060102T150405Z"))
				s.put(t, tr.bucket, digestKey, []byte("not a log file"), map[string]string{"signature": "00"})
			}
		}
		insight := fmt.Sprintf("%sAWSLogs/%s/%s/CloudTrail-Insight/us-east-1/2026/11/02/%s_CloudTrail-Insight_us-east-1_20261102T0100Z_I000000000000001.json.gz",
			tr.prefix, tr.org, account, account)
		s.put(t, tr.bucket, insight, []byte("not a log file"), nil)
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

// dropConnections closes the kept-alive connections, and with them the goroutines net/http keeps
// for them, so that a test can count the goroutines a reader left.
func (s *s3Server) dropConnections() {
	s.srv.CloseClientConnections()
	if c, ok := s.client.Options().HTTPClient.(interface{ CloseIdleConnections() }); ok {
		c.CloseIdleConnections()
	}
}
