package cloudtrail_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
)

// FuzzEventUnmarshal checks the record decoder against encoding/json: it accepts exactly the valid
// JSON objects, and whatever it accepts encodes back to the same JSON.
func FuzzEventUnmarshal(f *testing.F) {
	for _, r := range testRecords(f) {
		f.Add(r.raw)
	}
	for _, s := range []string{`{}`, `null`, `{"a":[1,{"b":null}]}`, `{"eventTime":"x"}`, `{"readOnly":"false"}`,
		`{"userIdentity":[]}`, `{"resources":[1,{"ARN":"a"}]}`, `{"eventName":"\ud800"}`, "{\"k\":\"\xff\"}",
		`{"eventName":"a","eventName":"b"}`, `{"insightDetails":{"insightContext":{"statistics":{"insightDuration":1e3}}}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var ev cloudtrail.Event
		err := ev.UnmarshalJSON(data)
		trimmed := bytes.TrimLeft(data, " \t\r\n")
		isObject := json.Valid(data) && len(trimmed) > 0 && trimmed[0] == '{'
		if (err == nil) != isObject {
			t.Fatalf("UnmarshalJSON error %v, but encoding/json says valid object = %v", err, isObject)
		}
		if err != nil {
			return
		}
		out, err := json.Marshal(&ev)
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		if diff := cmp.Diff(generic(t, data), generic(t, out)); diff != "" {
			t.Fatalf("round trip changed the record (-in +out):\n%s", diff)
		}
	})
}
