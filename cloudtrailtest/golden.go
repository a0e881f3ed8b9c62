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

// UpdateFlag is the name of the flag that makes Golden write golden files instead of comparing
// with them: go test -cloudtrailtest.update. The name is the kit's own, so a test package keeps its
// own -update flag.
const UpdateFlag = "cloudtrailtest.update"

// The flag is registered in test binaries only, so that a command that links the kit does not list
// it in its -h.
func init() {
	if testing.Testing() && flag.Lookup(UpdateFlag) == nil {
		flag.Bool(UpdateFlag, false, "cloudtrailtest: rewrite testdata/*.golden.json with the events the tests produce")
	}
}

// updating reports whether the test runs with -cloudtrailtest.update.
func updating() bool {
	f := flag.Lookup(UpdateFlag)
	return f != nil && f.Value.String() == "true"
}

// Golden compares events with testdata/<name>.golden.json, a JSON array of records, and reports
// the differences field by field, payloads compared as JSON values. Run go test
// -cloudtrailtest.update to write the file from the events instead: then review it with git diff.
func Golden(t testing.TB, name string, events []*cloudtrail.Event) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden.json")
	if updating() {
		var b bytes.Buffer
		if err := JSONArray.Encode(&b, events...); err != nil {
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
		t.Fatalf("golden file: %v (run go test -cloudtrailtest.update to write it)", err)
	}
	var want []*cloudtrail.Event
	for ev, err := range cloudtrail.NewDecoder(bytes.NewReader(data), cloudtrail.WithFormat(cloudtrail.FormatRecord)).All() {
		if err != nil {
			t.Fatalf("golden file %s: %v", path, err)
		}
		want = append(want, ev)
	}
	if diff := cmp.Diff(want, events, Options()); diff != "" {
		t.Errorf("events differ from %s (-golden +got); go test -cloudtrailtest.update rewrites it:\n%s", path, diff)
	}
}
