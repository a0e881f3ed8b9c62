package lambda_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto"
	"crypto/md5"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/aws/s3test"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/digest"
)

// The four functions, deployed: built as bootstrap binaries and run under the Lambda Runtime
// Interface Emulator (rie_helper_test.go), invoked over HTTP with the trigger payloads of
// testdata/lambda. The functions that read S3 and CloudTrail reach this process's S3 test server
// and a ListPublicKeys stand-in through AWS_ENDPOINT_URL_S3 and AWS_ENDPOINT_URL_CLOUDTRAIL, with
// the SDK's default configuration, as in Lambda.
//
// Figures (in examples/): go test -run '^$' -bench '^BenchmarkRIE' ./lambda for cold start and warm
// latency; go test -run '^TestRIEWarmRSS$' -v ./lambda for the bootstrap's RSS.

const lambdaTestdata = "../../testdata/lambda/"

// rieFunction is a function and what it is invoked with.
type rieFunction struct {
	pkg                string
	memoryMB, timeoutS int // as its template.yaml deploys it
	// setup makes what the function reads and returns the environment it needs and its invocations.
	setup func(tb testing.TB) (env []string, cases []rieCase)
}

// rieCase is one invocation and the response it must get.
type rieCase struct {
	name    string
	payload []byte
	check   func(r response) error
}

var rieFunctions = []rieFunction{
	{"eventbridge", 128, 10, eventBridgeCases},
	{"cwlogs", 128, 30, cloudWatchLogsCases},
	{"s3sqs", 256, 120, s3SQSCases},
	{"validate", 512, 900, validateCases},
}

// rieBaseline is aws-lambda-go's smallest function, an SQS handler that does nothing: what the
// benchmarks' figures of the functions compare with.
var rieBaseline = rieFunction{"internal/bare", 128, 3, func(tb testing.TB) ([]string, []rieCase) {
	return nil, []rieCase{{"sqs-s3-event.json", readPayload(tb, "sqs-s3-event.json"), answers(`{"batchItemFailures":null}`)}}
}}

func readPayload(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(lambdaTestdata + name)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// answers checks a successful invocation: the response body (JSON, compared as values) and the
// function's output, one line per wanted substring, in order.
func answers(body string, lines ...string) func(response) error {
	var want any
	if err := json.Unmarshal([]byte(body), &want); err != nil {
		panic(err)
	}
	return func(r response) error {
		var got any
		if r.status != http.StatusOK || json.Unmarshal(r.body, &got) != nil || !reflect.DeepEqual(got, want) {
			return fmt.Errorf("status %d, body %s; want 200, %s", r.status, r.body, body)
		}
		return outputIs(r.lines, lines)
	}
}

// fails checks a function error: the RIE answers 200 with the error as the body, as Lambda's
// Invoke does (Lambda adds X-Amz-Function-Error, which the RIE does not). aws-lambda-go logs the
// error too.
func fails(message string, lines ...string) func(response) error {
	return func(r response) error {
		var e lambdaError
		if r.status != http.StatusOK || json.Unmarshal(r.body, &e) != nil || !strings.Contains(e.ErrorMessage, message) {
			return fmt.Errorf("status %d, body %s; want a function error with %q", r.status, r.body, message)
		}
		return outputIs(r.lines, lines)
	}
}

func outputIs(got, want []string) error {
	ok := len(got) == len(want)
	for i := 0; ok && i < len(want); i++ {
		ok = strings.Contains(got[i], want[i])
	}
	if !ok {
		return fmt.Errorf("output:\n%s\nwant lines with, in order: %q", strings.Join(got, "\n"), want)
	}
	return nil
}

// eventBridgeCases: the EventBridge events of sqs-eventbridge.json (the bodies its queue got: a
// real record of testdata/trailscraper), a console sign-in without MFA, and two events that carry
// no record: S3's Object Created, and a scheduled event, which must fail the invocation.
func eventBridgeCases(tb testing.TB) ([]string, []rieCase) {
	var sqs struct{ Records []struct{ Body string } }
	if err := json.Unmarshal(readPayload(tb, "sqs-eventbridge.json"), &sqs); err != nil || len(sqs.Records) == 0 {
		tb.Fatalf("sqs-eventbridge.json: %v", err)
	}
	var login bytes.Buffer
	if err := cloudtrailtest.Encode(&login, cloudtrail.FormatEventBridge, cloudtrailtest.Fixture("console-login-no-mfa")); err != nil {
		tb.Fatal(err)
	}
	cases := []rieCase{{"console-login-no-mfa fixture", login.Bytes(), answers("null", "console-login-without-mfa: ConsoleLogin by ")}}
	for i, r := range sqs.Records {
		cases = append(cases, rieCase{fmt.Sprintf("sqs-eventbridge.json body %d", i+1), []byte(r.Body), answers("null")})
	}
	return nil, append(cases,
		rieCase{"eventbridge-s3-object-created.json", readPayload(tb, "eventbridge-s3-object-created.json"),
			fails(`EventBridge detail-type "Object Created": not a CloudTrail record`, "not a CloudTrail record")},
		rieCase{"other/eventbridge-scheduled.json", readPayload(tb, "other/eventbridge-scheduled.json"),
			fails(`EventBridge detail-type "Scheduled Event": not a CloudTrail record`, "not a CloudTrail record")})
}

// cloudWatchLogsCases: the CloudWatch Logs subscription data of kinesis-cloudwatch-logs.json and
// firehose-cloudwatch-logs.json (the two real records of testdata/trailscraper, and a control
// message) as a subscribed function gets it, in awslogs.data: the same base64 of gzip the Kinesis
// and Firehose records carry. Then records with a finding: root activity among two without.
func cloudWatchLogsCases(tb testing.TB) ([]string, []rieCase) {
	var cases []rieCase
	awslogs := func(name, data string) {
		payload, _ := json.Marshal(map[string]any{"awslogs": map[string]string{"data": data}})
		cases = append(cases, rieCase{name, payload, answers("null")})
	}
	var kinesis struct {
		Records []struct{ Kinesis struct{ Data string } }
	}
	var firehose struct{ Records []struct{ Data string } }
	if json.Unmarshal(readPayload(tb, "kinesis-cloudwatch-logs.json"), &kinesis) != nil || len(kinesis.Records) == 0 ||
		json.Unmarshal(readPayload(tb, "firehose-cloudwatch-logs.json"), &firehose) != nil || len(firehose.Records) == 0 {
		tb.Fatal("reading the Kinesis and Firehose payloads")
	}
	for i, r := range kinesis.Records {
		awslogs(fmt.Sprintf("kinesis-cloudwatch-logs.json record %d", i+1), r.Kinesis.Data)
	}
	for i, r := range firehose.Records {
		awslogs(fmt.Sprintf("firehose-cloudwatch-logs.json record %d", i+1), r.Data)
	}
	var batch bytes.Buffer
	if err := cloudtrailtest.AWSLogs.Encode(&batch, cloudtrailtest.Fixture("kms"), cloudtrailtest.Fixture("root-activity"),
		cloudtrailtest.Fixture("console-login-mfa")); err != nil {
		tb.Fatal(err)
	}
	return nil, append([]rieCase{{"kms, root-activity, console-login-mfa fixtures", batch.Bytes(),
		answers("null", "root-activity: EnableMFADevice by ")}}, cases...)
}

// noChecksums: the S3 test server returns no checksums, and with the SDK's default
// (when_supported) every GetObject of an object without one logs "Response has no supported
// checksum" into the function's output.
const noChecksums = "AWS_RESPONSE_CHECKSUM_VALIDATION=when_required"

// The log files the S3 notifications of testdata/lambda name, in the S3 test server: one with a
// root call and a console sign-in without MFA (and a KMS call), and testdata/trailscraper's real
// log file.
const (
	findingsKey     = "AWSLogs/o-aa111bb222/111122223333/CloudTrail/us-east-2/2026/11/02/111122223333_CloudTrail_us-east-2_20261102T0905Z_Ab12Cd34Ef56Gh78.json.gz"
	trailscraperKey = "AWSLogs/o-aa111bb222/111122223333/CloudTrail/us-east-2/2026/11/02/111122223333_CloudTrail_us-east-2_20261102T0905Z_Qq11Ww22Ee33Rr44.json.gz"
	trailscraperLog = "../../testdata/trailscraper/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz"
)

// s3SQSCases: the SQS events of S3 notifications, straight, through SNS, through EventBridge, and
// CloudTrail's own SNS notification. The test bucket is not versioned, so the notifications'
// versionIds are dropped; the bucket of sqs-s3-event.json's second message does not exist, so that
// message is the one to retry; a digest's notification and S3's test event are passed over.
func s3SQSCases(tb testing.TB) ([]string, []rieCase) {
	srv := s3test.NewServer(tb)
	srv.Bucket(tb, "trail-bucket")
	var log bytes.Buffer
	zw := gzip.NewWriter(&log)
	if err := cloudtrailtest.Encode(zw, cloudtrail.FormatS3, cloudtrailtest.Fixture("root-activity"), cloudtrailtest.Fixture("console-login-no-mfa"),
		cloudtrailtest.Fixture("kms")); err != nil {
		tb.Fatal(err)
	}
	zw.Close()
	srv.Put(tb, "trail-bucket", findingsKey, log.Bytes(), nil)
	scraped, err := os.ReadFile(trailscraperLog)
	if err != nil {
		tb.Fatal(err)
	}
	srv.Put(tb, "trail-bucket", trailscraperKey, scraped, nil)

	unversioned := func(name string) []byte {
		p := readPayload(tb, name)
		return bytes.ReplaceAll(p, []byte(`3HL4kqtJlcpXroDTDmjVBH40Nrjfkd`), nil)
	}
	found := []string{"root-activity: EnableMFADevice by ", "console-login-without-mfa: ConsoleLogin by "}
	env := []string{"AWS_ENDPOINT_URL_S3=" + srv.URL(), noChecksums}
	return env, []rieCase{
		{"sqs-s3-event.json", unversioned("sqs-s3-event.json"), answers(`{"batchItemFailures":[{"itemIdentifier":"8b1f6c7e-2d3a-4e5f-9a0b-000000000002"}]}`,
			found[0], found[1], "message 8b1f6c7e-2d3a-4e5f-9a0b-000000000002: s3://eu-trail-bucket/my logs/c++/AWSLogs/111122223333/CloudTrail/eu-west-1/2026/11/02/")},
		{"sqs-sns-s3-event.json", unversioned("sqs-sns-s3-event.json"), answers(`{"batchItemFailures":[]}`, found...)},
		{"sqs-sns-cloudtrail.json", unversioned("sqs-sns-cloudtrail.json"), answers(`{"batchItemFailures":[]}`, found[0], found[1], found[0], found[1])},
		{"sqs-eventbridge-s3-object-created.json", unversioned("sqs-eventbridge-s3-object-created.json"), answers(`{"batchItemFailures":[]}`, found...)},
	}
}

// trail is a signed trail in the S3 test server: hourly digests, each over one log file (the real
// log file of testdata/trailscraper), chained and signed as CloudTrail does it (digest.StringToSign),
// with a key made for the test.
type trail struct {
	key         *rsa.PrivateKey
	fingerprint string
	ends        []time.Time          // digest end times, oldest first
	logs        map[time.Time]string // log file key by the end time of its digest
	deleted     []time.Time          // the digests whose log file tampered-bucket lacks
}

var (
	trailKeyOnce sync.Once
	trailKey     *rsa.PrivateKey
)

func newTrail() *trail {
	trailKeyOnce.Do(func() {
		var err error
		if trailKey, err = rsa.GenerateKey(rand.Reader, 2048); err != nil {
			panic(err)
		}
	})
	sum := md5.Sum(x509.MarshalPKCS1PublicKey(&trailKey.PublicKey))
	return &trail{key: trailKey, fingerprint: hex.EncodeToString(sum[:]), logs: map[time.Time]string{}}
}

// put writes the trail's hours from `from` on into bucket.
func (tr *trail) put(tb testing.TB, srv *s3test.Server, bucket string, from time.Time, hours int) {
	tb.Helper()
	gz, err := os.ReadFile(trailscraperLog)
	if err != nil {
		tb.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		tb.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatal(err)
	}
	logHash := sha256.Sum256(raw)
	srv.Bucket(tb, bucket)
	tr.ends, tr.logs = nil, map[time.Time]string{}
	var prevKey, prevSig, prevHash string
	for h := range hours {
		start := from.Add(time.Duration(h) * time.Hour)
		end := start.Add(time.Hour)
		delivered := start.Add(5 * time.Minute)
		lk := digest.ObjectKey{FileType: digest.FileLog, AccountID: "111122223333", Region: "us-east-2",
			Time: delivered.Truncate(time.Minute), Unique: fmt.Sprintf("Rie0%012d", h)}.String()
		srv.Put(tb, bucket, lk, gz, nil)
		dk := digest.ObjectKey{FileType: digest.FileDigest, AccountID: "111122223333", Region: "us-east-2",
			Trail: "management_events", HomeRegion: "us-east-2", Time: end}.String()
		doc := map[string]any{
			"awsAccountId": "111122223333", "digestStartTime": start.Format(time.RFC3339), "digestEndTime": end.Format(time.RFC3339),
			"digestS3Bucket": bucket, "digestS3Object": dk,
			"digestPublicKeyFingerprint": tr.fingerprint, "digestSignatureAlgorithm": digest.SignatureAlgorithm,
			"newestEventTime": delivered.Format(time.RFC3339), "oldestEventTime": delivered.Add(-2 * time.Minute).Format(time.RFC3339),
			"previousDigestS3Bucket": nil, "previousDigestS3Object": nil, "previousDigestHashValue": nil,
			"previousDigestHashAlgorithm": nil, "previousDigestSignature": nil,
			"logFiles": []map[string]any{{
				"s3Bucket": bucket, "s3Object": lk, "hashValue": hex.EncodeToString(logHash[:]), "hashAlgorithm": digest.HashAlgorithm,
				"newestEventTime": delivered.Format(time.RFC3339), "oldestEventTime": delivered.Add(-2 * time.Minute).Format(time.RFC3339),
			}},
		}
		if prevKey != "" {
			doc["previousDigestS3Bucket"], doc["previousDigestS3Object"] = bucket, prevKey
			doc["previousDigestHashValue"], doc["previousDigestHashAlgorithm"] = prevHash, digest.HashAlgorithm
			doc["previousDigestSignature"] = prevSig
		}
		data, _ := json.Marshal(doc)
		d, err := digest.Parse(data)
		if err != nil {
			tb.Fatal(err)
		}
		sum := sha256.Sum256(data)
		toSign := sha256.Sum256([]byte(d.StringToSign(hex.EncodeToString(sum[:]))))
		sig, err := rsa.SignPKCS1v15(rand.Reader, tr.key, crypto.SHA256, toSign[:])
		if err != nil {
			tb.Fatal(err)
		}
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		zw.Write(data)
		zw.Close()
		srv.Put(tb, bucket, dk, z.Bytes(), map[string]string{"signature": hex.EncodeToString(sig), "signature-algorithm": digest.SignatureAlgorithm})
		prevKey, prevSig, prevHash = dk, hex.EncodeToString(sig), hex.EncodeToString(sum[:])
		tr.ends = append(tr.ends, end)
		tr.logs[end] = lk
	}
}

// publicKeys stands in for CloudTrail's ListPublicKeys (JSON 1.1 protocol), answering with the
// trail's key, and keeps the time ranges asked for.
type publicKeys struct {
	srv    *httptest.Server
	mu     sync.Mutex
	ranges [][2]time.Time
}

func newPublicKeys(tb testing.TB, tr *trail, from, to time.Time) *publicKeys {
	pk := &publicKeys{}
	pk.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var in struct{ StartTime, EndTime float64 }
		if r.Header.Get("X-Amz-Target") != "CloudTrail_20131101.ListPublicKeys" || json.NewDecoder(r.Body).Decode(&in) != nil {
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprintf(w, `{"__type":"InvalidParameterException","message":"not a ListPublicKeys call: %s"}`, r.Header.Get("X-Amz-Target"))
			return
		}
		pk.mu.Lock()
		pk.ranges = append(pk.ranges, [2]time.Time{time.Unix(int64(in.StartTime), 0).UTC(), time.Unix(int64(in.EndTime), 0).UTC()})
		pk.mu.Unlock()
		w.Header().Set("Content-Type", "application/x-amz-json-1.1")
		json.NewEncoder(w).Encode(map[string]any{"PublicKeyList": []map[string]any{{
			"Value":             base64.StdEncoding.EncodeToString(x509.MarshalPKCS1PublicKey(&tr.key.PublicKey)),
			"ValidityStartTime": from.Unix(), "ValidityEndTime": to.Unix(), "Fingerprint": tr.fingerprint,
		}}})
	}))
	tb.Cleanup(pk.srv.Close)
	return pk
}

// validated reads the function's summary line.
var validated = regexp.MustCompile(`^(\d+) trails, (\d+) files checked, (\d+) invalid, digests ending (\S+) to (\S+)$`)

// validateCases: the function validates yesterday (UTC) of a trail that starts at 20:00 yesterday
// (validation switched on then) and goes on to 03:00 today, and must find it valid: the digests
// that end from 21:00 yesterday to 00:00 today (the validator takes in the first hour after the
// day) and their log files, 8 files. Were the day to change while the test runs, today would be
// whole too. The schedule's payload is an EventBridge scheduled event, which the function does
// not read.
func validateCases(tb testing.TB) ([]string, []rieCase) {
	env, tr, _ := validateTrails(tb)
	return env, []rieCase{{"other/eventbridge-scheduled.json", readPayload(tb, "other/eventbridge-scheduled.json"), func(r response) error {
		if err := answers("null", "1 trails, 8 files checked, 0 invalid")(r); err != nil {
			return err
		}
		_, err := tr.summaryIs(r.lines[0], 0)
		return err
	}}}
}

// validateTrails puts the trail into trail-bucket, and into tampered-bucket with the log files of
// the hours to 22:00 yesterday and to 02:00 today deleted (one of them is in whichever day the
// function validates), and returns the function's environment for trail-bucket.
func validateTrails(tb testing.TB) ([]string, *trail, *publicKeys) {
	srv := s3test.NewServer(tb)
	from := time.Now().UTC().Truncate(24 * time.Hour).Add(-4 * time.Hour)
	tr := newTrail()
	tr.put(tb, srv, "tampered-bucket", from, 7)
	for _, end := range []time.Time{from.Add(2 * time.Hour), from.Add(6 * time.Hour)} {
		in := &s3.DeleteObjectInput{Bucket: aws.String("tampered-bucket"), Key: aws.String(tr.logs[end])}
		if _, err := srv.Client.DeleteObject(context.Background(), in); err != nil {
			tb.Fatal(err)
		}
		tr.deleted = append(tr.deleted, end)
	}
	tr.put(tb, srv, "trail-bucket", from, 7)
	keys := newPublicKeys(tb, tr, from.Add(-48*time.Hour), from.Add(48*time.Hour))
	return []string{"AWS_ENDPOINT_URL_S3=" + srv.URL(), noChecksums, "AWS_ENDPOINT_URL_CLOUDTRAIL=" + keys.srv.URL, "TRAIL_BUCKET=trail-bucket"}, tr, keys
}

// summaryIs checks the function's summary line against the trail: the range is a day's, and every
// digest ending in it (or within the hour after) was checked, with its log file. It returns the
// day.
func (tr *trail) summaryIs(line string, invalid int) (time.Time, error) {
	m := validated.FindStringSubmatch(line)
	if m == nil {
		return time.Time{}, fmt.Errorf("summary %q", line)
	}
	start, err1 := time.Parse(time.RFC3339, m[4])
	end, err2 := time.Parse(time.RFC3339, m[5])
	if err1 != nil || err2 != nil || end.Sub(start) != 24*time.Hour-time.Second || !start.Truncate(24*time.Hour).Equal(start) {
		return time.Time{}, fmt.Errorf("summary %q: not a day's range", line)
	}
	digests := 0
	for _, e := range tr.ends {
		if tr.inDay(e, start) {
			digests++
		}
	}
	if want := fmt.Sprintf("1 trails, %d files checked, %d invalid", 2*digests, invalid); !strings.HasPrefix(line, want) {
		return time.Time{}, fmt.Errorf("summary %q, want %q", line, want)
	}
	return start, nil
}

// inDay reports whether a digest that ends at end is validated with the day.
func (tr *trail) inDay(end, day time.Time) bool {
	return !end.Before(day) && end.Before(day.Add(25*time.Hour))
}

// TestRIEEventBridge, TestRIECloudWatchLogs and TestRIES3SQS invoke each function, warm after the
// first invocation, with every payload.
func TestRIEEventBridge(t *testing.T)    { runCases(t, rieFunctions[0]) }
func TestRIECloudWatchLogs(t *testing.T) { runCases(t, rieFunctions[1]) }
func TestRIES3SQS(t *testing.T)          { runCases(t, rieFunctions[2]) }

func runCases(t *testing.T, fn rieFunction) *emulator {
	needLinux(t)
	env, cases := fn.setup(t)
	e := startEmulator(t, fn.pkg, fn.memoryMB, fn.timeoutS, env...)
	for _, c := range cases {
		r, err := e.invoke(c.payload)
		if err == nil {
			err = c.check(r)
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	return e
}

// TestRIEValidate validates yesterday of a trail, then of the same trail with a log file deleted:
// the invocation fails, naming it. The keys come from the ListPublicKeys stand-in, asked for the
// day before yesterday to today.
func TestRIEValidate(t *testing.T) {
	needLinux(t)
	env, tr, keys := validateTrails(t)
	fn := rieFunctions[3]
	e := startEmulator(t, fn.pkg, fn.memoryMB, fn.timeoutS, env...)
	payload := readPayload(t, "other/eventbridge-scheduled.json")
	r, err := e.invoke(payload)
	if err == nil {
		err = answers("null", "0 invalid")(r)
	}
	if err == nil {
		_, err = tr.summaryIs(r.lines[0], 0)
	}
	if err != nil {
		t.Fatal(err)
	}

	// The same trail with a log file deleted: the finding, the summary, and aws-lambda-go's log of
	// the error.
	tampered := startEmulator(t, fn.pkg, fn.memoryMB, fn.timeoutS, append(env, "TRAIL_BUCKET=tampered-bucket")...)
	r, err = tampered.invoke(payload)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.lines) != 3 {
		t.Fatalf("output:\n%s", strings.Join(r.lines, "\n"))
	}
	day, err := tr.summaryIs(r.lines[1], 1)
	if err != nil {
		t.Fatal(err)
	}
	var lost string
	for _, end := range tr.deleted {
		if tr.inDay(end, day) {
			lost = tr.logs[end]
		}
	}
	if err := fails("validate: 1 invalid of 8", "Log file\ts3://tampered-bucket/"+lost+"\tINVALID: not found", "1 trails, 8 files checked, 1 invalid", "validate: 1 invalid of 8")(r); err != nil {
		t.Error(err)
	}
	t.Logf("tampered trail: %q", r.lines)

	keys.mu.Lock()
	defer keys.mu.Unlock()
	if len(keys.ranges) != 2 {
		t.Fatalf("ListPublicKeys called %d times, want once per invocation", len(keys.ranges))
	}
	for _, rg := range keys.ranges {
		today := rg[1]
		if !today.Truncate(24*time.Hour).Equal(today) || !rg[0].Equal(today.Add(-48*time.Hour)) {
			t.Errorf("ListPublicKeys from %v to %v, want the day before yesterday to today", rg[0], rg[1])
		}
	}
}

// TestRIEWarmRSS invokes each function 1,000 times, going round its payloads, and checks that the
// bootstrap (one process throughout: it never restarted) holds no more memory after 1,000
// invocations than after 100, beyond noise: nothing builds up from one invocation to the next.
// VmRSS swings with each GC cycle (s3sqs's by up to 9 MiB), so "after n" is the median over the 50
// invocations up to n.
func TestRIEWarmRSS(t *testing.T) {
	needLinux(t)
	for _, fn := range rieFunctions {
		t.Run(fn.pkg, func(t *testing.T) {
			env, cases := fn.setup(t)
			e := startEmulator(t, fn.pkg, fn.memoryMB, fn.timeoutS, env...)
			var pid int
			var rss []int // after each invocation
			for i := 1; i <= 1000; i++ {
				c := cases[i%len(cases)]
				r, err := e.invoke(c.payload)
				if err == nil {
					err = c.check(r)
				}
				if err != nil {
					t.Fatalf("invocation %d, %s: %v", i, c.name, err)
				}
				p, err := e.bootstrapPID()
				if err == nil && pid != 0 && p != pid {
					err = fmt.Errorf("the bootstrap restarted: pid %d, then %d", pid, p)
				}
				pid = p
				var kib int
				if err == nil {
					kib, err = rssKiB(pid)
				}
				if err != nil {
					t.Fatal(err)
				}
				rss = append(rss, kib)
			}
			at100, at1000 := median(rss[50:100]), median(rss[950:1000])
			t.Logf("%s: bootstrap VmRSS %d KiB after 1 invocation, %d KiB after 100, %d KiB after 1000 (medians of 50); range %d to %d KiB over 100 to 1000",
				fn.pkg, rss[0], at100, at1000, slices.Min(rss[99:]), slices.Max(rss[99:]))
			// A leak of about 5 KiB per invocation exceeds this by the 1,000th.
			if limit := at100 + max(at100/4, 4<<10); at1000 > limit {
				t.Errorf("%s: VmRSS grew from %d KiB after 100 invocations to %d KiB after 1000 (limit %d KiB)", fn.pkg, at100, at1000, limit)
			}
		})
	}
}

func median(v []int) int {
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}

// BenchmarkRIEColdStart times, per function, from starting the RIE process to the first
// invocation's response: the RIE starts and listens (ms-rie-listening of it), takes the
// invocation, starts the bootstrap, which initializes and handles it. (The RIE's own "Init
// Duration" only times its dispatch of the init, not the bootstrap's.)
func BenchmarkRIEColdStart(b *testing.B) {
	needLinux(b)
	for _, fn := range append([]rieFunction{rieBaseline}, rieFunctions...) {
		b.Run(filepath.Base(fn.pkg), func(b *testing.B) {
			env, cases := fn.setup(b)
			rieBinary(b)
			bootstrapBinary(b, fn.pkg)
			var total, listen time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				e := startEmulator(b, fn.pkg, fn.memoryMB, fn.timeoutS, env...)
				r, err := e.invoke(cases[0].payload)
				total += time.Since(e.started)
				listen += e.listen
				b.StopTimer()
				if err == nil {
					err = cases[0].check(r)
				}
				if err != nil {
					b.Fatal(err)
				}
				e.stop()
				b.StartTimer()
			}
			b.ReportMetric(float64(total.Microseconds())/1000/float64(b.N), "ms-to-first-response")
			b.ReportMetric(float64(listen.Microseconds())/1000/float64(b.N), "ms-rie-listening")
		})
	}
}

// BenchmarkRIEInvoke times warm invocations of each function over HTTP, round its payloads, and
// reports the bootstrap's VmRSS at the end.
func BenchmarkRIEInvoke(b *testing.B) {
	needLinux(b)
	for _, fn := range append([]rieFunction{rieBaseline}, rieFunctions...) {
		b.Run(filepath.Base(fn.pkg), func(b *testing.B) {
			env, cases := fn.setup(b)
			e := startEmulator(b, fn.pkg, fn.memoryMB, fn.timeoutS, env...)
			if _, err := e.invoke(cases[0].payload); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				c := cases[i%len(cases)]
				r, err := e.invoke(c.payload)
				if err == nil {
					err = c.check(r)
				}
				if err != nil {
					b.Fatalf("%s: %v", c.name, err)
				}
			}
			b.StopTimer()
			pid, err := e.bootstrapPID()
			if err != nil {
				b.Fatal(err)
			}
			rss, err := rssKiB(pid)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(rss), "KiB-RSS")
		})
	}
}
