package bench

import (
	"encoding/json"
	"testing"

	"github.com/bytedance/sonic"
	jsonv2 "github.com/go-json-experiment/json"
	gojson "github.com/goccy/go-json"
	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail/internal/benchlog"
)

// The baselines decode the log to the same plain structs, so that their figures compare: each
// reads what encoding/json reads.
func TestBaselinesAgree(t *testing.T) {
	const n = 2000 // the benchmarks' log's first records: cmp is slow on all of them
	plain := benchlog.LogFile(benchlog.Records(n, 1))
	var want document
	if err := json.Unmarshal(plain, &want); err != nil {
		t.Fatal(err)
	}
	if len(want.Records) != n {
		t.Fatalf("%d records", len(want.Records))
	}
	for name, unmarshal := range map[string]func([]byte, any) error{
		"goccy": gojson.Unmarshal, "sonic": sonic.Unmarshal,
		"jsonv2": func(data []byte, v any) error { return jsonv2.Unmarshal(data, v) },
	} {
		var got document
		if err := unmarshal(plain, &got); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s decodes another log:\n%.2000s", name, diff)
		}
	}
}
