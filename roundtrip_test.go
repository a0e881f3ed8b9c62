package cloudtrail_test

import (
	"encoding/json"
	"testing"

	gojson "github.com/goccy/go-json"
	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
)

// jsonLibs are the two encoders users pair the model with; the round trip must hold with each.
var jsonLibs = []struct {
	name      string
	marshal   func(any) ([]byte, error)
	unmarshal func([]byte, any) error
}{
	{"encoding/json", json.Marshal, json.Unmarshal},
	{"goccy/go-json", gojson.Marshal, gojson.Unmarshal},
}

func TestRoundTripEveryRecord(t *testing.T) {
	records := testRecords(t)
	if len(records) < 500 {
		t.Fatalf("found %d test records, want the whole shared set (over 500)", len(records))
	}
	for _, lib := range jsonLibs {
		t.Run(lib.name, func(t *testing.T) {
			for _, r := range records {
				var ev cloudtrail.Event
				if err := lib.unmarshal(r.raw, &ev); err != nil {
					t.Errorf("%s: decode: %v", r.name, err)
					continue
				}
				out, err := lib.marshal(&ev)
				if err != nil {
					t.Errorf("%s: encode: %v", r.name, err)
					continue
				}
				if diff := cmp.Diff(generic(t, r.raw), generic(t, out)); diff != "" {
					t.Errorf("%s: round trip changed the record (-in +out):\n%s", r.name, diff)
				}
			}
		})
	}
}
