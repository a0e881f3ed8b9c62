package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHelp(t *testing.T) {
	for _, arg := range []string{"-h", "-help", "--help"} {
		var stdout, stderr bytes.Buffer
		code := run([]string{arg}, os.Stdin, &stdout, &stderr)
		if code != 0 || !strings.HasPrefix(stderr.String(), "usage: summarize") || stdout.Len() != 0 {
			t.Errorf("summarize %s: status %d, stderr %q, stdout %q", arg, code, stderr.String(), stdout.String())
		}
	}
}

// A record without eventTime prints "-" where the time goes, as other missing fields do.
func TestRecordWithoutTime(t *testing.T) {
	name := filepath.Join(t.TempDir(), "x.json")
	if err := os.WriteFile(name, []byte(`{"eventVersion":"1.08","eventSource":"s3.amazonaws.com","eventName":"GetObject"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{name}, os.Stdin, &stdout, &stderr); code != 0 {
		t.Fatalf("status %d: %s", code, stderr.String())
	}
	if got := stdout.String(); !strings.HasPrefix(got, "-  ") || strings.Contains(got, "0001-01-01") {
		t.Errorf("printed %q", got)
	}
}

// The README's command works as written.
func TestSummarizeTheShippedLog(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"../../testdata/trailscraper/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz"}, os.Stdin, &stdout, &stderr)
	if code != 0 || strings.Count(stdout.String(), "\n") != 2 || !strings.HasPrefix(stdout.String(), "2017-12-11T") {
		t.Errorf("status %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
}
