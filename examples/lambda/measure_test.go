package lambda_test

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// build compiles a function as the templates deploy it (arm64, no RPC, stripped), or for this
// machine, and returns the binary's path.
func build(b *testing.B, pkg string, forLambda bool) string {
	b.Helper()
	out := filepath.Join(b.TempDir(), filepath.Base(pkg))
	cmd := exec.Command("go", "build", "-tags", "lambda.norpc", "-trimpath", "-ldflags=-s -w", "-o", out, "./"+pkg)
	cmd.Env = os.Environ()
	if forLambda {
		cmd.Env = append(cmd.Env, "GOOS=linux", "GOARCH=arm64", "CGO_ENABLED=0")
	}
	if msg, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("build %s: %v\n%s", pkg, err, msg)
	}
	return out
}

// BenchmarkLambdaBinarySize reports the size of each function's binary, and its ratio to a bare
// aws-lambda-go handler's.
func BenchmarkLambdaBinarySize(b *testing.B) {
	bare := build(b, "internal/bare", true)
	st, _ := os.Stat(bare)
	for _, pkg := range []string{"s3sqs", "cwlogs", "eventbridge", "validate"} {
		b.Run(pkg, func(b *testing.B) {
			bin := build(b, pkg, true)
			fi, _ := os.Stat(bin)
			for i := 0; i < b.N; i++ {
			}
			b.ReportMetric(float64(fi.Size()), "bytes")
			b.ReportMetric(float64(fi.Size())/float64(st.Size()), "x-bare")
		})
	}
}

// BenchmarkColdStart times the S3 -> SQS function from process start to its first decoded event, on
// the real log file shipped in testdata.
func BenchmarkColdStart(b *testing.B) {
	bin := build(b, "s3sqs", false)
	log := "../../testdata/trailscraper/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz"
	b.ResetTimer()
	var total time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		cmd := exec.Command(bin, log)
		out, err := cmd.StdoutPipe()
		if err != nil {
			b.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		line, err := bufio.NewReader(out).ReadString('\n')
		total += time.Since(start)
		if err != nil || line != "DescribeLaunchConfigurations\n" {
			b.Fatalf("first line %q, %v", line, err)
		}
		cmd.Wait()
	}
	b.ReportMetric(float64(total.Microseconds())/float64(b.N), "µs-to-first-event")
}
