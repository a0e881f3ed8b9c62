package payload

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/lossless"
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

// A call type as the generator writes it.
type (
	getRequest struct {
		ID     string                     `json:"id,omitempty"`
		Extra  map[string]json.RawMessage `json:"-"`
		Layout lossless.Layout            `json:"-"`
	}
	get struct {
		Request  *getRequest
		Response json.RawMessage
	}
	getV2 struct { // the same eventName in another model of the eventSource
		Request  json.RawMessage
		Response json.RawMessage
	}
)

var types lossless.Types

// Parse checks the source, finds the operation (with or without an API version suffix), decodes
// typed payloads, keeps the others as recorded, and names the service, the operation and the
// payload in decode errors.
func TestParse(t *testing.T) {
	errOther, errUnknown := errors.New("other"), errors.New("unknown")
	s := &Service{Source: "x.amazonaws.com", Name: "x", ErrOther: errOther, ErrUnknown: errUnknown, Types: &types,
		Ops: []Op{{Name: "Get", Call: (*get)(nil)}, {Name: "Get", APIVersion: "2015-12-01", Call: (*getV2)(nil)}, {Name: "Put"}}}
	ev := func(source, name, req string) *cloudtrail.Event {
		return &cloudtrail.Event{EventSource: source, EventName: name, RequestParameters: json.RawMessage(req),
			ResponseElements: json.RawMessage(`{"ok":true}`)}
	}
	got, err := s.Parse(ev("x.amazonaws.com", "Get20150331v2", `{"id":"a","more":1}`))
	if c, ok := got.(*get); err != nil || !ok || c.Request.ID != "a" || string(c.Request.Extra["more"]) != "1" || string(c.Response) != `{"ok":true}` {
		t.Errorf("versioned name: %+v, %v", got, err)
	}
	v2 := ev("x.amazonaws.com", "Get", `{"id":"b"}`)
	for _, version := range []string{"2015-12-01", "20151201"} {
		v2.APIVersion = version
		if got, err := s.Parse(v2); err != nil || string(got.(*getV2).Request) != `{"id":"b"}` {
			t.Errorf("apiVersion %s: %+v, %v", version, got, err)
		}
	}
	v2.APIVersion = "2012-06-01"
	if got, err := s.Parse(v2); err != nil || got.(*get).Request.ID != "b" {
		t.Errorf("another apiVersion: %+v, %v", got, err)
	}
	if got, err := s.Parse(ev("x.amazonaws.com", "Get", `null`)); err != nil || got.(*get).Request != nil {
		t.Errorf("null request: %+v, %v", got, err)
	}
	if _, err := s.Parse(ev("y.amazonaws.com", "Get", `{}`)); !errors.Is(err, errOther) {
		t.Errorf("other source: %v", err)
	}
	if _, err := s.Parse(ev("x.amazonaws.com", "List", `{}`)); !errors.Is(err, errUnknown) {
		t.Errorf("unknown operation: %v", err)
	}
	for _, bad := range []string{`[1]`, `""`, `{"id":`} {
		if _, err := s.Parse(ev("x.amazonaws.com", "Get", bad)); err == nil || !strings.HasPrefix(err.Error(), "x: Get: requestParameters: ") {
			t.Errorf("%s: decode error %v", bad, err)
		}
	}
	if got := s.Operations(); len(got) != 2 || got[0] != "Get" || got[1] != "Put" {
		t.Errorf("Operations() = %q", got)
	}
}
