package cloudtrail_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/trailtype/cloudtrail"
)

// rssFileEnv names the file TestStreamForRSS streams when the RSS benchmark runs it as a child.
const rssFileEnv = "TRAILTYPE_RSS_FILE"

// rssLogSize is the size of the log file the peak-RSS benchmark streams from disk.
const rssLogSize = 250 << 20

// writeBigLog writes a {"Records":[...]} file of at least rssLogSize bytes, plain or gzip, built
// from generated records repeated.
func writeBigLog(b *testing.B, path string, compress bool) (plainSize int64) {
	b.Helper()
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var w io.Writer = f
	if compress {
		z, _ := gzip.NewWriterLevel(f, gzip.BestSpeed)
		defer z.Close()
		w = z
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	defer bw.Flush()
	recs := generateLog(20000, 7)
	n, _ := bw.WriteString(`{"Records":[`)
	plainSize = int64(n)
	for i := 0; plainSize < rssLogSize; i++ {
		if i > 0 {
			bw.WriteByte(',')
			plainSize++
		}
		n, _ := bw.Write(recs[i%len(recs)])
		plainSize += int64(n)
	}
	n, _ = bw.WriteString("]}")
	return plainSize + int64(n)
}

// BenchmarkPeakRSS streams a 250 MB log file from disk in a child process (this test binary,
// running TestStreamForRSS) and reports the child's peak resident set size, VmHWM: what a Lambda
// function's memory limit is held against. The child's whole footprint counts, runtime included.
func BenchmarkPeakRSS(b *testing.B) {
	if runtime.GOOS != "linux" {
		b.Skip("VmHWM is read from /proc")
	}
	dir := b.TempDir()
	for _, compress := range []bool{false, true} {
		name, path := "plain", filepath.Join(dir, "big.json")
		if compress {
			name, path = "gzip", path+".gz"
		}
		size := writeBigLog(b, path, compress)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(size)
			var peak float64
			for i := 0; i < b.N; i++ {
				cmd := exec.Command(os.Args[0], "-test.run=^TestStreamForRSS$", "-test.v")
				cmd.Env = append(os.Environ(), rssFileEnv+"="+path)
				out, err := cmd.CombinedOutput()
				if err != nil {
					b.Fatalf("child: %v\n%s", err, out)
				}
				kb, err := childPeak(out)
				if err != nil {
					b.Fatalf("%v\n%s", err, out)
				}
				peak = max(peak, float64(kb)/1024)
			}
			b.ReportMetric(peak, "peak-RSS-MiB")
		})
	}
}

func childPeak(out []byte) (int64, error) {
	_, rest, ok := bytes.Cut(out, []byte("vmhwm_kb="))
	if !ok {
		return 0, fmt.Errorf("no vmhwm_kb in the child's output")
	}
	end := bytes.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' })
	if end < 0 {
		end = len(rest)
	}
	return strconv.ParseInt(string(rest[:end]), 10, 64)
}

// TestStreamForRSS is the child side of BenchmarkPeakRSS; it does nothing in a normal test run.
func TestStreamForRSS(t *testing.T) {
	path := os.Getenv(rssFileEnv)
	if path == "" {
		t.Skip("run by BenchmarkPeakRSS")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := cloudtrail.NewDecoder(f)
	defer d.Close()
	events := 0
	for _, err := range d.All() {
		if err != nil {
			t.Fatal(err)
		}
		events++
	}
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			fmt.Printf("events=%d vmhwm_kb=%s\n", events, strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return
		}
	}
	t.Fatal("no VmHWM in /proc/self/status")
}
