package payload

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/trailtype/cloudtrail"
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

// Parse checks the source, finds the operation (with or without an API version suffix) and names
// the service and operation in decode errors.
func TestParse(t *testing.T) {
	errOther, errUnknown := errors.New("other"), errors.New("unknown")
	s := Service{Source: "x.amazonaws.com", Name: "x", ErrOther: errOther, ErrUnknown: errUnknown}
	ps := Parsers[string]{"Get": func(req, _ json.RawMessage) (string, error) {
		v, err := Decode[struct{ ID string }]("requestParameters", req)
		if err != nil {
			return "", err
		}
		return v.ID, nil
	}}
	ev := func(source, name, req string) *cloudtrail.Event {
		return &cloudtrail.Event{EventSource: source, EventName: name, RequestParameters: json.RawMessage(req)}
	}
	if got, err := Parse(s, ps, ev("x.amazonaws.com", "Get20150331v2", `{"ID":"a"}`)); err != nil || got != "a" {
		t.Errorf("versioned name: %q, %v", got, err)
	}
	if _, err := Parse(s, ps, ev("y.amazonaws.com", "Get", `{}`)); !errors.Is(err, errOther) {
		t.Errorf("other source: %v", err)
	}
	if _, err := Parse(s, ps, ev("x.amazonaws.com", "Put", `{}`)); !errors.Is(err, errUnknown) {
		t.Errorf("unknown operation: %v", err)
	}
	if _, err := Parse(s, ps, ev("x.amazonaws.com", "Get", `[1]`)); err == nil || !strings.HasPrefix(err.Error(), "x: Get: requestParameters: ") {
		t.Errorf("decode error: %v", err)
	}
}
