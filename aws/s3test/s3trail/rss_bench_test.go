package s3trail_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/aws/s3test"
	"github.com/trailtype/cloudtrail/aws/s3trail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

// BenchmarkPeakRSS streams 250 MB log objects from the S3 test server with 1 and 8 objects in
// flight, in a child process (this test binary again, running TestReadForRSS), and reports the
// child's peak resident memory: the server's copies of the objects live in this process, not there.
func BenchmarkPeakRSS(b *testing.B) {
	srv := s3test.NewServer(b)
	srv.Bucket(b, "big-trail")
	object := bigLog(b, 250<<20)
	for i := 0; i < 8; i++ {
		key := fmt.Sprintf("AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02/111122223333_CloudTrail_us-east-1_20261102T%02d00Z_R%015d.json.gz", i, i)
		srv.Put(b, "big-trail", key, object, nil)
	}
	for _, n := range []int{1, 8} {
		b.Run(fmt.Sprintf("inflight=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				b.ReportMetric(float64(peakRSS(b, srv.URL(), "big-trail", n))/(1<<20), "MiB-peak-RSS")
			}
		})
	}
}

// A 250 MB log object is streamed in bounded memory, in the normal test run.
func TestBigObjectInBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("uploads 250 MB")
	}
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("peak RSS is read from Linux's /proc")
	}
	srv := s3test.NewServer(t)
	srv.Bucket(t, "big-trail")
	srv.Put(t, "big-trail", "AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02/111122223333_CloudTrail_us-east-1_20261102T0000Z_R000000000000000.json.gz", bigLog(t, 250<<20), nil)
	if peak := peakRSS(t, srv.URL(), "big-trail", 1); peak > 96<<20 {
		t.Errorf("peak RSS %d MiB reading a 250 MB object", peak>>20)
	}
}

// peakRSS runs TestReadForRSS in a child process over the bucket and returns its peak RSS in bytes.
func peakRSS(t testing.TB, url, bucket string, inFlight int) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestReadForRSS$", "-test.v")
	cmd.Env = append(os.Environ(), "S3TRAIL_RSS_URL="+url, "S3TRAIL_RSS_BUCKET="+bucket, fmt.Sprintf("S3TRAIL_RSS_INFLIGHT=%d", inFlight))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "peak-rss-kb "); ok {
			kb, _ := strconv.Atoi(v)
			return kb << 10
		}
	}
	t.Fatalf("no peak in:\n%s", out)
	return 0
}

// bigLog is an uncompressed log file of about size bytes.
func bigLog(t testing.TB, size int) []byte {
	one, _ := cloudtrailtest.Fixture("kms").MarshalJSON()
	var buf bytes.Buffer
	buf.Grow(size + len(one))
	buf.WriteString(`{"Records":[`)
	for i := 0; buf.Len() < size; i++ {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.Write(one)
	}
	buf.WriteString("]}")
	return buf.Bytes()
}

// TestReadForRSS is BenchmarkPeakRSS's child: it reads the parent's trail and prints its peak RSS.
func TestReadForRSS(t *testing.T) {
	url := os.Getenv("S3TRAIL_RSS_URL")
	if url == "" {
		t.Skip("run by BenchmarkPeakRSS")
	}
	n, _ := strconv.Atoi(os.Getenv("S3TRAIL_RSS_INFLIGHT"))
	r := s3trail.NewReader(s3test.NewClient(url), s3trail.WithConcurrency(n), s3trail.WithUnordered(),
		s3trail.WithDecoderOptions(cloudtrail.WithMaxDecompressedSize(1<<30)))
	events := 0
	start := time.Now()
	for _, err := range r.Events(context.Background(), s3trail.Query{Bucket: os.Getenv("S3TRAIL_RSS_BUCKET")}) {
		if err != nil {
			t.Fatal(err)
		}
		events++
	}
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Skip("no /proc: peak RSS is read from Linux's VmHWM")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			fmt.Printf("peak-rss-kb %s\n", strings.TrimSuffix(strings.TrimSpace(v), " kB"))
		}
	}
	t.Logf("%d events in %v", events, time.Since(start))
}
