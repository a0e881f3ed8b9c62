package cloudtrailtest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
)

// update is the -update flag: go test -update rewrites golden files instead of comparing with them.
// Like other golden-file helpers, this package defines it; a test package importing cloudtrailtest
// must not define its own.
var update = flag.Bool("update", false, "cloudtrailtest: rewrite testdata/*.golden.json with the events the tests produce")

// Golden compares events with testdata/<name>.golden.json, a JSON array of records, and reports
// the differences field by field, payloads compared as JSON values. Run go test -update to write the
// file from the events instead: then review it with git diff.
func Golden(t testing.TB, name string, events []*cloudtrail.Event) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden.json")
	if *update {
		var b bytes.Buffer
		if err := Encode(&b, JSONArray, events...); err != nil {
			t.Fatalf("golden %s: %v", path, err)
		}
		var pretty bytes.Buffer
		if err := json.Indent(&pretty, b.Bytes(), "", "  "); err != nil {
			t.Fatalf("golden %s: %v", path, err)
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, pretty.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden file: %v (run go test -update to write it)", err)
	}
	var want []*cloudtrail.Event
	for ev, err := range cloudtrail.NewDecoder(bytes.NewReader(data), cloudtrail.WithFormat(cloudtrail.FormatRecord)).All() {
		if err != nil {
			t.Fatalf("golden file %s: %v", path, err)
		}
		want = append(want, ev)
	}
	if diff := cmp.Diff(want, events, Options()); diff != "" {
		t.Errorf("events differ from %s (-golden +got); go test -update rewrites it:\n%s", path, diff)
	}
}
