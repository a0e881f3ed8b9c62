package cloudtrail_test

import (
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"strings"
	"sync"
	"testing"

	gojson "github.com/goccy/go-json"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/benchlog"
)

// benchRecords is the size of the generated benchmark log.
const benchRecords = 40000

var benchLog = sync.OnceValues(func() (plain, gzipped []byte) {
	plain = logFile(generateLog(benchRecords, 1))
	return plain, gz(nil, plain)
})

// baselineRecord is the baselines' record: see benchlog.Plain.
type baselineRecord = benchlog.Plain

// tokenDecoder is what encoding/json's and goccy's streaming decoders have in common.
type tokenDecoder interface {
	Token() (json.Token, error)
	More() bool
	Decode(any) error
}

// streamBaseline reads {"Records":[...]} the way a hand-written consumer does: Token into the array,
// then Decode each record.
func streamBaseline(b *testing.B, dec tokenDecoder) int {
	for i := 0; i < 3; i++ { // '{', "Records", '['
		if _, err := dec.Token(); err != nil {
			b.Fatal(err)
		}
	}
	n := 0
	for dec.More() {
		var rec baselineRecord
		if err := dec.Decode(&rec); err != nil {
			b.Fatal(err)
		}
		n++
	}
	return n
}

func reportPerEvent(b *testing.B, events int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*events), "ns/record")
}

// benchBaseline streams the benchmark log through a baseline decoder.
func benchBaseline(b *testing.B, newDecoder func(io.Reader) tokenDecoder) {
	plain, _ := benchLog()
	b.SetBytes(int64(len(plain)))
	b.ReportAllocs()
	b.ResetTimer() // the log is generated on first use
	n := 0
	for i := 0; i < b.N; i++ {
		n = streamBaseline(b, newDecoder(bytes.NewReader(plain)))
	}
	reportPerEvent(b, n)
}

func BenchmarkDecodeBaselineEncodingJSON(b *testing.B) {
	benchBaseline(b, func(r io.Reader) tokenDecoder { return json.NewDecoder(r) })
}

func BenchmarkDecodeBaselineGoccy(b *testing.B) {
	benchBaseline(b, func(r io.Reader) tokenDecoder { return gojson.NewDecoder(r) })
}

func benchDecoder(b *testing.B, input []byte, size int, opts ...cloudtrail.Option) {
	benchDecoderN(b, input, size, benchRecords, benchRecords, opts...)
}

// benchDecoderN decodes input, which holds records records, b.N times, checking that it yields
// want events. It reports time and allocations per record of the input.
func benchDecoderN(b *testing.B, input []byte, size, records, want int, opts ...cloudtrail.Option) {
	benchDecoderWith(b, func() *cloudtrail.Decoder { return cloudtrail.NewDecoder(bytes.NewReader(input), opts...) },
		size, records, want)
}

// benchDecoderWith is benchDecoderN for the decoders open makes.
func benchDecoderWith(b *testing.B, open func() *cloudtrail.Decoder, size, records, want int) {
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu := cpuTime()
	b.ResetTimer() // the log is generated on first use
	n := 0
	for i := 0; i < b.N; i++ {
		d := open()
		n = 0
		for {
			_, err := d.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	b.StopTimer()
	cpu = cpuTime() - cpu
	runtime.ReadMemStats(&after)
	if n != want {
		b.Fatalf("decoded %d events, want %d", n, want)
	}
	reportPerEvent(b, records)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N*records), "allocs/record")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*records), "cpu-ns/record")
}

func BenchmarkDecoderPlain(b *testing.B) {
	plain, _ := benchLog()
	benchDecoder(b, plain, len(plain))
}

// BenchmarkDecoderGzip reports MB/s of decompressed JSON, so that it compares with the plain run.
func BenchmarkDecoderGzip(b *testing.B) {
	plain, gzipped := benchLog()
	benchDecoder(b, gzipped, len(plain))
}

func BenchmarkDecoderGzipSyncInflate(b *testing.B) {
	plain, gzipped := benchLog()
	benchDecoder(b, gzipped, len(plain), cloudtrail.WithSyncInflate())
}

// BenchmarkDecoderBytes reads the log with NewBytesDecoder, where it lies in memory.
func BenchmarkDecoderBytes(b *testing.B) {
	plain, _ := benchLog()
	benchDecoderWith(b, func() *cloudtrail.Decoder { return cloudtrail.NewBytesDecoder(plain) },
		len(plain), benchRecords, benchRecords)
}

func BenchmarkDecoderBytesFilter(b *testing.B) {
	plain, _ := benchLog()
	benchDecoderWith(b, func() *cloudtrail.Decoder {
		return cloudtrail.NewBytesDecoder(plain, cloudtrail.WithFilter(rareFilter))
	},
		len(plain), benchRecords, rareRecords())
}

// rareFilter keeps about one record in 4,096: those whose eventID starts with "fff".
func rareFilter(h *cloudtrail.Header) bool { return strings.HasPrefix(h.EventID, "fff") }

// rareRecords is how many records of the benchmark log rareFilter keeps.
var rareRecords = sync.OnceValue(func() int {
	n := 0
	for _, r := range generateLog(benchRecords, 1) {
		if bytes.Contains(r, []byte(`"eventID":"fff`)) {
			n++
		}
	}
	return n
})

// BenchmarkDecoderFilter keeps about one record in 4,000; compare with BenchmarkDecoderPlain.
func BenchmarkDecoderFilter(b *testing.B) {
	plain, _ := benchLog()
	benchDecoderN(b, plain, len(plain), benchRecords, rareRecords(), cloudtrail.WithFilter(rareFilter))
}

func BenchmarkDecoderFilterGzip(b *testing.B) {
	plain, gzipped := benchLog()
	benchDecoderN(b, gzipped, len(plain), benchRecords, rareRecords(), cloudtrail.WithFilter(rareFilter))
}

// BenchmarkDecoderFilterNDJSON is the filter on one record per line.
func BenchmarkDecoderFilterNDJSON(b *testing.B) {
	ndjson := benchNDJSON()
	benchDecoderN(b, ndjson, len(ndjson), benchRecords, rareRecords(), cloudtrail.WithFilter(rareFilter))
}

func BenchmarkDecoderNDJSON(b *testing.B) {
	ndjson := benchNDJSON()
	benchDecoderN(b, ndjson, len(ndjson), benchRecords, benchRecords)
}

var benchNDJSON = sync.OnceValue(func() []byte {
	return append(bytes.Join(generateLog(benchRecords, 1), []byte("\n")), '\n')
})

// BenchmarkDecoderReuseEvent reports allocs/event with WithReuseEvent; compare with
// BenchmarkDecoderPlain.
func BenchmarkDecoderReuseEvent(b *testing.B) {
	plain, _ := benchLog()
	benchDecoder(b, plain, len(plain), cloudtrail.WithReuseEvent())
}
