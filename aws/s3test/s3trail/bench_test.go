package s3trail_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/aws/s3test"
	"github.com/trailtype/cloudtrail/aws/s3trail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
)

// benchTrail is 24 log files of 2,000 events each (about 3 MB each decompressed) in the S3 test
// server: the trail the throughput benchmarks read.
const benchObjects, benchEventsPerObject = 24, 2000

type benchSetup struct {
	srv          *s3test.Server
	keys         []string
	decompressed int64
}

// benchTrail uploads the trail to a server that lives as long as the benchmark b.
func benchTrail(b *testing.B) benchSetup {
	var bench benchSetup
	{
		srv := s3test.NewServer(b)
		srv.Bucket(b, "bench-trail")
		start := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
		for o := 0; o < benchObjects; o++ {
			at := start.Add(time.Duration(o) * 5 * time.Minute)
			var evs []*cloudtrail.Event
			for i := 0; i < benchEventsPerObject; i++ {
				evs = append(evs, cloudtrailtest.NewEvent("s3.amazonaws.com", "GetObject", cloudtrailtest.DataEvent(),
					cloudtrailtest.By(cloudtrailtest.AssumedRole("111122223333", "app", fmt.Sprintf("i-%d", i%50))),
					cloudtrailtest.At(at.Add(-time.Duration(i)*time.Second)),
					cloudtrailtest.Request(map[string]string{"bucketName": "data", "key": fmt.Sprintf("objects/%d/%d.parquet", o, i)})))
			}
			var plain bytes.Buffer
			if err := cloudtrailtest.Encode(&plain, cloudtrail.FormatS3, evs...); err != nil {
				b.Fatal(err)
			}
			bench.decompressed += int64(plain.Len())
			var z bytes.Buffer
			zw := gzip.NewWriter(&z)
			zw.Write(plain.Bytes())
			zw.Close()
			key := fmt.Sprintf("AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/02/111122223333_CloudTrail_us-east-1_%s_B%015d.json.gz", at.Format("20060102T1504Z"), o)
			srv.Put(b, "bench-trail", key, z.Bytes(), nil)
			bench.keys = append(bench.keys, key)
		}
		bench.srv = srv
	}
	b.ResetTimer()
	return bench
}

// BenchmarkReader reads the trail with 1, 4 and 16 objects in flight; MB/s is of decompressed log.
func BenchmarkReader(b *testing.B) {
	setup := benchTrail(b)
	q := s3trail.Query{Bucket: "bench-trail"}
	for _, n := range []int{1, 4, 16} {
		b.Run(fmt.Sprintf("inflight=%d", n), func(b *testing.B) {
			b.SetBytes(setup.decompressed)
			r := s3trail.NewReader(setup.srv.Client, s3trail.WithConcurrency(n), s3trail.WithUnordered())
			for i := 0; i < b.N; i++ {
				events := 0
				for _, err := range r.Events(context.Background(), q) {
					if err != nil {
						b.Fatal(err)
					}
					events++
				}
				if events != benchObjects*benchEventsPerObject {
					b.Fatalf("%d events", events)
				}
			}
		})
	}
}

// BenchmarkDownloadThenDecode is the baseline: each object copied to a file, as `aws s3 cp` does,
// then decoded from the file, one object after another in one process.
func BenchmarkDownloadThenDecode(b *testing.B) {
	setup := benchTrail(b)
	b.SetBytes(setup.decompressed)
	dir := b.TempDir()
	for i := 0; i < b.N; i++ {
		events := 0
		for _, key := range setup.keys {
			out, err := setup.srv.Client.GetObject(context.Background(), &s3.GetObjectInput{Bucket: aws.String("bench-trail"), Key: aws.String(key)})
			if err != nil {
				b.Fatal(err)
			}
			path := filepath.Join(dir, filepath.Base(key))
			f, err := os.Create(path)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := io.Copy(f, out.Body); err != nil {
				b.Fatal(err)
			}
			out.Body.Close()
			f.Close()
			f, err = os.Open(path)
			if err != nil {
				b.Fatal(err)
			}
			for _, err := range cloudtrail.NewDecoder(f).All() {
				if err != nil {
					b.Fatal(err)
				}
				events++
			}
			f.Close()
		}
		if events != benchObjects*benchEventsPerObject {
			b.Fatalf("%d events", events)
		}
	}
}
