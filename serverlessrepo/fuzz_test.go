package serverlessrepo_test

import (
	"encoding/json"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/serverlessrepo"
)

// FuzzParse decodes arbitrary payloads for every operation: Parse must not panic, and a payload it
// accepts must re-encode to valid JSON.
func FuzzParse(f *testing.F) {
	for _, r := range modelRecords(f) {
		var ev struct {
			EventName         string
			RequestParameters json.RawMessage
			ResponseElements  json.RawMessage
		}
		if json.Unmarshal(r.raw, &ev) == nil {
			f.Add(ev.EventName, []byte(ev.RequestParameters), []byte(ev.ResponseElements))
		}
	}
	f.Add("ListApplications", []byte(`{"maxItems":"x"}`), []byte(`{"applications":[1,{}]}`))
	f.Fuzz(func(t *testing.T, op string, req, resp []byte) {
		ev := &cloudtrail.Event{EventSource: serverlessrepo.EventSource, EventName: op, RequestParameters: req, ResponseElements: resp}
		call, err := serverlessrepo.Parse(ev)
		if err != nil {
			return
		}
		for _, name := range []string{"Request", "Response"} {
			if v := field(call, name); v.IsValid() && !v.IsNil() {
				out, err := json.Marshal(v.Interface())
				if err != nil || !json.Valid(out) {
					t.Fatalf("%s %s: re-encoding failed: %v %s", op, name, err, out)
				}
			}
		}
	})
}
