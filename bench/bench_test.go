package bench

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/bytedance/sonic"
	jsonv2 "github.com/go-json-experiment/json"
	gojson "github.com/goccy/go-json"
	kgzip "github.com/klauspost/compress/gzip"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/benchlog"
)

// records is the size of the log: the core module's benchmarks read the same one.
const records = 40000

// logFile is the synthetic S3 log file, plain and gzip (the default level, as CloudTrail's).
var logFile = sync.OnceValues(func() (plain, gzipped []byte) {
	plain = benchlog.LogFile(benchlog.Records(records, 1))
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(plain)
	zw.Close()
	return plain, b.Bytes()
})

// document is the whole log file as the baselines decode it: lossy plain structs.
type document struct {
	Records []benchlog.Plain `json:"Records"`
}

func benchWhole(b *testing.B, unmarshal func([]byte, any) error) {
	plain, _ := logFile()
	b.SetBytes(int64(len(plain)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var doc document
		if err := unmarshal(plain, &doc); err != nil {
			b.Fatal(err)
		}
		if len(doc.Records) != records {
			b.Fatalf("%d records", len(doc.Records))
		}
	}
	perRecord(b)
}

func perRecord(b *testing.B) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*records), "ns/record")
}

func BenchmarkWholeEncodingJSON(b *testing.B) { benchWhole(b, json.Unmarshal) }
func BenchmarkWholeGoccy(b *testing.B)        { benchWhole(b, gojson.Unmarshal) }
func BenchmarkWholeJSONv2(b *testing.B) {
	benchWhole(b, func(data []byte, v any) error { return jsonv2.Unmarshal(data, v) })
}
func BenchmarkWholeSonic(b *testing.B) { benchWhole(b, sonic.Unmarshal) }

// benchDecoder streams the log through the cloudtrail decoder: typed, lossless events one at a time.
func benchDecoder(b *testing.B, input []byte, want int, opts ...cloudtrail.Option) {
	benchWith(b, func() *cloudtrail.Decoder { return cloudtrail.NewDecoder(bytes.NewReader(input), opts...) }, want)
}

// benchBytes reads the log where it lies in memory, as the baselines do.
func benchBytes(b *testing.B, input []byte, want int, opts ...cloudtrail.Option) {
	benchWith(b, func() *cloudtrail.Decoder { return cloudtrail.NewBytesDecoder(input, opts...) }, want)
}

func benchWith(b *testing.B, open func() *cloudtrail.Decoder, want int) {
	plain, _ := logFile()
	b.SetBytes(int64(len(plain)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := 0
		for _, err := range open().All() {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != want {
			b.Fatalf("%d events, want %d", n, want)
		}
	}
	perRecord(b)
}

func BenchmarkCloudTrail(b *testing.B) {
	plain, _ := logFile()
	benchDecoder(b, plain, records)
}

func BenchmarkCloudTrailReuseEvent(b *testing.B) {
	plain, _ := logFile()
	benchDecoder(b, plain, records, cloudtrail.WithReuseEvent())
}

// rare keeps the records whose eventID starts with "fff": about one in 4,096.
func rare(h *cloudtrail.Header) bool { return strings.HasPrefix(h.EventID, "fff") }

var rareCount = sync.OnceValue(func() int {
	plain, _ := logFile()
	return bytes.Count(plain, []byte(`"eventID":"fff`))
})

func BenchmarkCloudTrailFilter(b *testing.B) {
	plain, _ := logFile()
	benchDecoder(b, plain, rareCount(), cloudtrail.WithFilter(rare))
}

// BenchmarkCloudTrailBytes and BenchmarkCloudTrailBytesFilter read the log with NewBytesDecoder:
// from memory, as the Whole baselines read it.
func BenchmarkCloudTrailBytes(b *testing.B) {
	plain, _ := logFile()
	benchBytes(b, plain, records)
}

func BenchmarkCloudTrailBytesFilter(b *testing.B) {
	plain, _ := logFile()
	benchBytes(b, plain, rareCount(), cloudtrail.WithFilter(rare))
}

// BenchmarkCloudTrailGzip reports MB/s of inflated JSON, so that it compares with the plain run;
// with -cpu 1 it compares with the sum of an inflate benchmark and BenchmarkCloudTrail.
func BenchmarkCloudTrailGzip(b *testing.B) {
	_, gzipped := logFile()
	benchDecoder(b, gzipped, records)
}

func BenchmarkCloudTrailGzipFilter(b *testing.B) {
	_, gzipped := logFile()
	benchDecoder(b, gzipped, rareCount(), cloudtrail.WithFilter(rare))
}

func benchInflate(b *testing.B, open func(io.Reader) (io.Reader, error)) {
	plain, gzipped := logFile()
	b.SetBytes(int64(len(plain)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		zr, err := open(bytes.NewReader(gzipped))
		if err != nil {
			b.Fatal(err)
		}
		if n, err := io.Copy(io.Discard, zr); err != nil || n != int64(len(plain)) {
			b.Fatal(n, err)
		}
	}
	perRecord(b)
}

func BenchmarkInflateCompressGzip(b *testing.B) {
	benchInflate(b, func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) })
}

func BenchmarkInflateKlauspost(b *testing.B) {
	benchInflate(b, func(r io.Reader) (io.Reader, error) { return kgzip.NewReader(r) })
}
