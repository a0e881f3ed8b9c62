// Package s3test runs an S3-compatible server for tests: in memory, on the loopback interface, with
// the AWS SDK's real S3 client pointed at it. Tests of code that reads S3 (a Lambda function, a
// trail reader) talk HTTP to it as they would to S3, and can make it throttle:
//
//	srv := s3test.NewServer(t) // stops when the test ends
//	srv.Bucket(t, "trail-bucket")
//	srv.Put(t, "trail-bucket", key, gzipped, nil)
//	srv.Throttle(key, 2) // the next two GETs answer 503 SlowDown
//	r := s3trail.NewReader(srv.Client)
//
// The server speaks the S3 REST API the SDK uses: ListObjectsV2, GetObject with user metadata,
// PutObject, DeleteObject and S3's error codes. It is a module of its own,
// github.com/trailtype/cloudtrail/aws/s3test, so that only the tests that import it depend on the
// server's dependencies.
package s3test

import (
	"bytes"
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
)

// Server is an S3-compatible server (gofakes3, in memory) on the loopback interface, with the real
// SDK client pointed at it. GETs of a key can be made to fail first, as S3 does when it throttles.
type Server struct {
	// Client is the SDK's S3 client for the server, with path-style addressing, static credentials
	// and quick retries.
	Client *s3.Client
	srv    *httptest.Server

	mu       sync.Mutex
	throttle map[string]int // key: how many more GETs answer 503 SlowDown
	gets     map[string]int
}

// NewServer starts a server for the test; it stops when the test ends.
func NewServer(t testing.TB) *Server {
	t.Helper()
	s := &Server{throttle: map[string]int{}, gets: map[string]int{}}
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
	s.Client = NewClient(srv.URL)
	return s
}

// NewClient returns an S3 client for the S3-compatible server at url: path-style addressing, static
// credentials, checksums only where required, and quick retries. A child process of a test uses it
// to reach the parent's server.
func NewClient(url string) *s3.Client {
	return s3.NewFromConfig(aws.Config{
		Region:      "us-east-1",
		Credentials: credentials.NewStaticCredentialsProvider("test", "test", ""),
		Retryer: func() aws.Retryer {
			return retry.NewStandard(func(o *retry.StandardOptions) { o.MaxAttempts = 5; o.MaxBackoff = 20 * time.Millisecond })
		},
	}, func(o *s3.Options) {
		o.BaseEndpoint = aws.String(url)
		o.UsePathStyle = true
		o.RequestChecksumCalculation = aws.RequestChecksumCalculationWhenRequired
		o.ResponseChecksumValidation = aws.ResponseChecksumValidationWhenRequired
	})
}

// URL is the server's address.
func (s *Server) URL() string { return s.srv.URL }

// Bucket creates a bucket.
func (s *Server) Bucket(t testing.TB, name string) {
	t.Helper()
	if _, err := s.Client.CreateBucket(context.Background(), &s3.CreateBucketInput{Bucket: aws.String(name)}); err != nil {
		t.Fatal(err)
	}
}

// Put stores an object with its user metadata.
func (s *Server) Put(t testing.TB, bucket, key string, body []byte, meta map[string]string) {
	t.Helper()
	if _, err := s.Client.PutObject(context.Background(), &s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String(key),
		Body: bytes.NewReader(body), Metadata: meta}); err != nil {
		t.Fatal(err)
	}
}

// DropConnections closes the kept-alive connections, and with them the goroutines net/http keeps
// for them, so that a test can count the goroutines the code under test left.
func (s *Server) DropConnections() {
	s.srv.CloseClientConnections()
	if c, ok := s.Client.Options().HTTPClient.(interface{ CloseIdleConnections() }); ok {
		c.CloseIdleConnections()
	}
}

// Throttle makes the next n GETs of key answer 503 SlowDown.
func (s *Server) Throttle(key string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.throttle[key] = n
}

// Gets is how many GETs of key the server answered, 503s included.
func (s *Server) Gets(key string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gets[key]
}
