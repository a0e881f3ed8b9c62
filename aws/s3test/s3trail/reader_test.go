// Package s3trail_test tests github.com/trailtype/cloudtrail/aws/s3trail against the S3 test server,
// with the real SDK client. It lives in the s3test module, not beside s3trail, so that the aws module
// does not require gofakes3 and every user of s3trail or lambdatrail does not get it.
package s3trail_test

import (
	"context"
	"errors"
	"io/fs"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/aws/s3test"
	"github.com/trailtype/cloudtrail/aws/s3trail"
)

func collect(t *testing.T, events func(func(*cloudtrail.Event, error) bool)) (ids []string, errs []error) {
	t.Helper()
	for ev, err := range events {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ids = append(ids, ev.EventID)
	}
	return ids, errs
}

func TestReaderReadsTheTrail(t *testing.T) {
	s := s3test.NewServer(t)
	tr := uploadTrail(t, s)
	all := func(string) bool { return true }
	q := s3trail.Query{Bucket: tr.bucket, Prefix: tr.prefix, OrgID: tr.org}
	for _, n := range []int{1, 4, 16} {
		var last s3trail.Progress
		r := s3trail.NewReader(s.Client, s3trail.WithConcurrency(n), s3trail.WithProgress(func(p s3trail.Progress) { last = p }))
		ids, errs := collect(t, r.Events(context.Background(), q))
		if len(errs) != 0 || !slices.Equal(ids, tr.eventIDs(all)) {
			t.Fatalf("%d in flight: %d events in key order? errors %v", n, len(ids), errs)
		}
		if !last.Listed || last.ObjectsDone != len(tr.keys) || last.ObjectsListed != len(tr.keys) || last.BytesDone != last.BytesListed || last.BytesDone == 0 {
			t.Errorf("progress %+v, want %d objects", last, len(tr.keys))
		}
		unordered, errs := collect(t, s3trail.NewReader(s.Client, s3trail.WithConcurrency(n), s3trail.WithUnordered()).Events(context.Background(), q))
		slices.Sort(unordered)
		want := tr.eventIDs(all)
		slices.Sort(want)
		if len(errs) != 0 || !slices.Equal(unordered, want) {
			t.Fatalf("unordered, %d in flight: %d events, errors %v", n, len(unordered), errs)
		}
	}
}

func TestReaderQuery(t *testing.T) {
	s := s3test.NewServer(t)
	tr := uploadTrail(t, s)
	start, end := time.Date(2026, 11, 2, 1, 0, 0, 0, time.UTC), time.Date(2026, 11, 2, 7, 0, 0, 0, time.UTC)
	q := s3trail.Query{Bucket: tr.bucket, Prefix: "logs", OrgID: tr.org, Accounts: []string{"444455556666"}, Regions: []string{"us-east-1"}, Start: start, End: end}
	ids, errs := collect(t, s3trail.NewReader(s.Client).Events(context.Background(), q))
	want := tr.eventIDs(func(k string) bool {
		return strings.Contains(k, "/444455556666/") && strings.Contains(k, "/us-east-1/") &&
			(strings.Contains(k, "20261102T0100Z") || strings.Contains(k, "20261102T0400Z") || strings.Contains(k, "20261102T0700Z"))
	})
	if len(errs) != 0 || len(want) != 15 || !slices.Equal(ids, want) {
		t.Errorf("%d events (errors %v), want the %d of three log files", len(ids), errs, len(want))
	}
}

// A 503 SlowDown is retried by the SDK; an object deleted between list and get is reported with
// its key, and the trail goes on.
func TestReaderThrottledAndDeleted(t *testing.T) {
	s := s3test.NewServer(t)
	tr := uploadTrail(t, s)
	s.Throttle(tr.keys[3], 2)
	gone := tr.keys[5]
	api := &deletingAPI{API: s.Client, client: s.Client, bucket: tr.bucket, key: gone}
	ids, errs := collect(t, s3trail.NewReader(api).Events(context.Background(), s3trail.Query{Bucket: tr.bucket, Prefix: tr.prefix, OrgID: tr.org}))
	var oe *s3trail.ObjectError
	if len(errs) != 1 || !errors.As(errs[0], &oe) || oe.Key != gone || !errors.Is(errs[0], fs.ErrNotExist) {
		t.Fatalf("errors %v, want one for the deleted object", errs)
	}
	if want := tr.eventIDs(func(k string) bool { return k != gone }); !slices.Equal(ids, want) {
		t.Errorf("%d events, want %d", len(ids), len(want))
	}
	if s.Gets(tr.keys[3]) != 3 {
		t.Errorf("throttled object fetched %d times, want 3 (two 503s, then the object)", s.Gets(tr.keys[3]))
	}
}

// deletingAPI deletes one object right after the listing named it, before the reader gets it.
type deletingAPI struct {
	s3trail.API
	client      *s3.Client
	bucket, key string
}

func (d *deletingAPI) GetObject(ctx context.Context, in *s3.GetObjectInput, opts ...func(*s3.Options)) (*s3.GetObjectOutput, error) {
	if aws.ToString(in.Key) == d.key {
		if _, err := d.client.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(d.bucket), Key: in.Key}); err != nil {
			return nil, err
		}
	}
	return d.API.GetObject(ctx, in, opts...)
}

// Cancelling the context, or leaving the loop, stops the reader and everything it started.
func TestReaderStops(t *testing.T) {
	s := s3test.NewServer(t)
	tr := uploadTrail(t, s)
	q := s3trail.Query{Bucket: tr.bucket, Prefix: tr.prefix, OrgID: tr.org}
	s.DropConnections()
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	var last error
	for _, err := range s3trail.NewReader(s.Client, s3trail.WithConcurrency(8)).Events(ctx, q) {
		if err != nil {
			last = err
			continue
		}
		if n++; n == 7 {
			cancel()
		}
	}
	if !errors.Is(last, context.Canceled) || n >= len(tr.keys)*5 {
		t.Errorf("after cancel: %d events, last error %v", n, last)
	}
	for range s3trail.NewReader(s.Client, s3trail.WithConcurrency(8), s3trail.WithUnordered()).Events(context.Background(), q) {
		break
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		s.DropConnections()
		time.Sleep(10 * time.Millisecond)
	}
	if g := runtime.NumGoroutine(); g > before {
		t.Errorf("%d goroutines, %d before", g, before)
	}
}
