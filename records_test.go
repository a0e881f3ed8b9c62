package cloudtrail_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// record is one CloudTrail record taken out of a test file, independently of this package's decoder.
type record struct {
	name string // file and position, for failure messages
	raw  []byte
}

// testRecords returns every CloudTrail record in testdata, unwrapping each file's envelope with
// encoding/json so that the model is tested against records found without its own decoder.
func testRecords(t testing.TB) []record {
	t.Helper()
	var out []record
	add := func(name string, raw []byte) { out = append(out, record{name: name, raw: raw}) }
	for _, f := range []string{
		"testdata/panther/rule-test-logs.ndjson",
		"testdata/awsdocs/cloudtrail-user-guide.ndjson",
		"testdata/awsdocs/iam-user-guide.ndjson",
	} {
		for i, line := range readLines(t, f) {
			add(fmt.Sprintf("%s:%d", filepath.Base(f), i+1), line)
		}
	}
	for i, line := range readLines(t, "testdata/awsdocs/eventbridge-user-guide.ndjson") {
		var env struct{ Detail json.RawMessage }
		mustUnmarshal(t, line, &env)
		if env.Detail == nil {
			env.Detail = line // the file also holds one bare record
		}
		add(fmt.Sprintf("eventbridge-user-guide.ndjson:%d", i+1), env.Detail)
	}
	for i, line := range readLines(t, "testdata/plaso/lookup-events.jsonl") {
		var ev struct{ CloudTrailEvent string }
		mustUnmarshal(t, line, &ev)
		add(fmt.Sprintf("lookup-events.jsonl:%d", i+1), []byte(ev.CloudTrailEvent))
	}
	var idc []json.RawMessage
	mustUnmarshal(t, readFile(t, "testdata/awsdocs/identitycenter-examples.json"), &idc)
	for i, r := range idc {
		add(fmt.Sprintf("identitycenter-examples.json[%d]", i), r)
	}
	add("serverlessrepo-CreateApplication.json", readFile(t, "testdata/awsdocs/serverlessrepo-CreateApplication.json"))
	for _, f := range []string{
		"testdata/trailscraper/events-for-smoke-test.json",
		"testdata/trailscraper/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz",
	} {
		var doc struct{ Records []json.RawMessage }
		mustUnmarshal(t, readFile(t, f), &doc)
		for i, r := range doc.Records {
			add(fmt.Sprintf("%s Records[%d]", filepath.Base(f), i), r)
		}
	}
	return out
}

// findRecord returns the first test record whose JSON contains every one of the given fragments.
func findRecord(t testing.TB, fragments ...string) []byte {
	t.Helper()
outer:
	for _, r := range testRecords(t) {
		for _, f := range fragments {
			if !bytes.Contains(r.raw, []byte(f)) {
				continue outer
			}
		}
		return r.raw
	}
	t.Fatalf("no test record contains all of %q", fragments)
	return nil
}

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if b, err = io.ReadAll(zr); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

func readLines(t testing.TB, name string) [][]byte {
	t.Helper()
	var lines [][]byte
	sc := bufio.NewScanner(bytes.NewReader(readFile(t, name)))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if line := bytes.TrimSpace(sc.Bytes()); len(line) > 0 {
			lines = append(lines, bytes.Clone(line))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}

func mustUnmarshal(t testing.TB, data []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("test data: %v", err)
	}
}

// generic decodes JSON into maps, slices and json.Number, the form two documents are compared in.
func generic(t testing.TB, data []byte) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("generic decode: %v\n%s", err, data)
	}
	return v
}

// readRaw reads a file as it is, compressed or not.
func readRaw(name string) ([]byte, error) { return os.ReadFile(name) }
