package payload

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	type req struct{ Name string }
	for _, tc := range []struct {
		raw     string
		want    string
		wantNil bool
		err     string
	}{{`{"Name":"a"}`, "a", false, ""}, {`null`, "", true, ""}, {``, "", true, ""}, {`[1]`, "", true, "requestParameters: "}} {
		v, err := Decode[req]("requestParameters", json.RawMessage(tc.raw))
		if tc.err != "" {
			if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
				t.Errorf("%s: error %v, want one starting %q", tc.raw, err, tc.err)
			}
			continue
		}
		if err != nil || (v == nil) != tc.wantNil || (v != nil && v.Name != tc.want) {
			t.Errorf("%s: %+v, %v", tc.raw, v, err)
		}
	}
}

func TestRaw(t *testing.T) {
	for _, tc := range []struct {
		raw, want string
		err       bool
	}{{`{"a":1}`, `{"a":1}`, false}, {` null `, "", false}, {``, "", false}, {`{"a":`, "", true}, {"nult", "", true}} {
		v, err := Raw("responseElements", json.RawMessage(tc.raw))
		if (err != nil) != tc.err || string(v) != tc.want {
			t.Errorf("%q: %q, %v", tc.raw, v, err)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "responseElements: ") {
			t.Errorf("%q: error %v does not name the payload", tc.raw, err)
		}
	}
}
