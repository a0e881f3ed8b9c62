package sts_test

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services/sts"
)

// modelLacks lists the members CloudTrail records that the API model does not have, by record (its
// line in testdata/sts-records.ndjson, whose sources testdata/SOURCES.md gives): they stay in Extra.
var modelLacks = map[int][]string{
	2: {".Request.incomingTransitiveTags"}, // AssumeRole, IAM User Guide: tags passed on from the session before
	3: {".Request.principalTags", ".Request.roleSessionName", ".Request.sAMLAssertionID", ".Request.sourceIdentity",
		".Request.transitiveTagKeys"}, // AssumeRoleWithSAML, IAM User Guide: what the SAML assertion carried
}

func records(t testing.TB) []*cloudtrail.Event {
	t.Helper()
	f, err := os.Open("testdata/sts-records.ndjson")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []*cloudtrail.Event
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ev)
	}
	if len(out) < 20 {
		t.Fatalf("%d STS records", len(out))
	}
	return out
}

// generic is JSON as encoding/json reads it, numbers as written.
func generic(t testing.TB, b []byte) any {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if len(b) > 0 {
		if err := d.Decode(&v); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
	}
	return v
}

// Every STS record of the test data parses into its operation, leaves nothing the model knows in
// Extra, and encodes back to the same payloads.
func TestRecords(t *testing.T) {
	for i, ev := range records(t) {
		call, err := sts.Parse(ev)
		if err != nil {
			t.Fatalf("record %d (%s): %v", i, ev.EventName, err)
		}
		if left := modeltest.Leftovers(call); !slices.Equal(left, modelLacks[i]) {
			t.Errorf("record %d (%s): members left in Extra %q, want %q", i, ev.EventName, left, modelLacks[i])
		}
		req, resp := payloads(t, call)
		for name, pair := range map[string][2][]byte{"requestParameters": {ev.RequestParameters, req}, "responseElements": {ev.ResponseElements, resp}} {
			if bytes.Equal(pair[0], []byte("null")) || len(pair[0]) == 0 {
				continue
			}
			if d := cmp.Diff(generic(t, pair[0]), generic(t, pair[1])); d != "" {
				t.Errorf("record %d %s %s does not encode back (-record +typed):\n%s", i, ev.EventName, name, d)
			}
		}
	}
}

// payloads encodes a call's request and response back to JSON.
func payloads(t testing.TB, call sts.Call) (req, resp []byte) {
	v, _ := json.Marshal(call)
	var both struct{ Request, Response json.RawMessage }
	if err := json.Unmarshal(v, &both); err != nil {
		t.Fatal(err)
	}
	return both.Request, both.Response
}

// Every operation of the model round-trips a request and a response built from its shapes, with
// every member filled.
func TestOperationsRoundTrip(t *testing.T) {
	data, err := os.ReadFile("model/service-2.json")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Operations map[string]struct {
			Input, Output *struct{ Shape string }
		}
		Shapes map[string]modeltest.SampleShape
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	for op, o := range m.Operations {
		ev := &cloudtrail.Event{EventSource: sts.EventSource, EventName: op, RequestParameters: json.RawMessage("null"), ResponseElements: json.RawMessage("null")}
		if o.Input != nil {
			ev.RequestParameters, _ = json.Marshal(modeltest.Sample(m.Shapes, o.Input.Shape, op))
		}
		if o.Output != nil {
			ev.ResponseElements, _ = json.Marshal(modeltest.Sample(m.Shapes, o.Output.Shape, op))
		}
		call, err := sts.Parse(ev)
		if err != nil {
			t.Fatalf("%s: %v", op, err)
		}
		if left := modeltest.Leftovers(call); len(left) > 0 {
			t.Errorf("%s: members left in Extra: %q", op, left)
		}
		req, resp := payloads(t, call)
		if d := cmp.Diff(generic(t, ev.RequestParameters), generic(t, req)); o.Input != nil && d != "" {
			t.Errorf("%s request (-model +typed):\n%s", op, d)
		}
		if d := cmp.Diff(generic(t, ev.ResponseElements), generic(t, resp)); o.Output != nil && d != "" {
			t.Errorf("%s response (-model +typed):\n%s", op, d)
		}
	}
}

// FuzzParse: any payloads of any operation parse without panic, and a parsed call encodes to JSON.
func FuzzParse(f *testing.F) {
	for _, ev := range records(f) {
		f.Add(ev.EventName, []byte(ev.RequestParameters), []byte(ev.ResponseElements))
	}
	f.Fuzz(func(t *testing.T, op string, req, resp []byte) {
		call, err := sts.Parse(&cloudtrail.Event{EventSource: sts.EventSource, EventName: op, RequestParameters: req, ResponseElements: resp})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", op, out, err)
		}
	})
}
