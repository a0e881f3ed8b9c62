package modeltest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
)

// The checks every typed service package runs: its real records, and every operation of its model.

// Parser is a service package's Parse, its result as any.
type Parser func(*cloudtrail.Event) (any, error)

// Records reads a file of records, one a line.
func Records(t testing.TB, path string) []*cloudtrail.Event {
	t.Helper()
	f, err := os.Open(path)
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
	return out
}

// Expect is what CheckRecords expects of a service's records beyond a clean parse, by record
// index (numbered in the package's testdata/SOURCES.md).
type Expect struct {
	// Lacks lists, for a record, the members it has that the model does not: they stay in Extra.
	Lacks map[int][]string
	// Unknown lists the records whose operation the model does not have (service events such as
	// KMS's RotateKey, or made-up names in detection tests): Parse must fail with ErrUnknown.
	Unknown    []int
	ErrUnknown error
}

// CheckRecords parses every record into its operation and checks that nothing is left in Extra
// but what want.Lacks lists for it, and that the typed payloads encode back to the record's.
func CheckRecords(t *testing.T, records []*cloudtrail.Event, parse Parser, want Expect) {
	t.Helper()
	if len(records) == 0 {
		t.Fatal("no records")
	}
	for i, ev := range records {
		call, err := parse(ev)
		if slices.Contains(want.Unknown, i) {
			if !errors.Is(err, want.ErrUnknown) {
				t.Errorf("record %d (%s): got %v, want %v", i, ev.EventName, err, want.ErrUnknown)
			}
			continue
		}
		if err != nil {
			t.Errorf("record %d (%s): %v", i, ev.EventName, err)
			continue
		}
		if left := Leftovers(call); !slices.Equal(left, want.Lacks[i]) {
			t.Errorf("record %d (%s): members left in Extra %q, want %q", i, ev.EventName, left, want.Lacks[i])
		}
		req, resp := payloads(t, call)
		comparePayload(t, fmt.Sprintf("record %d (%s) requestParameters", i, ev.EventName), ev.RequestParameters, req)
		comparePayload(t, fmt.Sprintf("record %d (%s) responseElements", i, ev.EventName), ev.ResponseElements, resp)
	}
}

// CheckOperations builds, for every operation of the model, a request and a response with every
// member filled, and checks that they parse with nothing left over and encode back.
func CheckOperations(t *testing.T, modelPath, eventSource string, parse Parser, opts ...CheckOption) {
	t.Helper()
	data, err := os.ReadFile(modelPath)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Operations map[string]struct {
			Input, Output *struct{ Shape string }
		}
		Shapes   map[string]SampleShape
		Metadata struct{ APIVersion string }
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if bodyInput(opts) {
		wrapBodies(m.Operations, m.Shapes) // bodyinput.go
	}
	if !noOverlay(opts) {
		mergeOverlay(t, filepath.Join(filepath.Dir(modelPath), "overlay.json"), m.Shapes)
	}
	if nameCase(opts) {
		dropLocationNames(m.Shapes) // namecase.go
	}
	for op, o := range m.Operations {
		if skipped(op, opts) {
			continue
		}
		// The model's apiVersion picks its operation where the eventSource carries two models with
		// the same operation name (elb's and elbv2's CreateLoadBalancer).
		ev := &cloudtrail.Event{EventSource: eventSource, EventName: op, APIVersion: m.Metadata.APIVersion,
			RequestParameters: json.RawMessage("null"), ResponseElements: json.RawMessage("null")}
		if o.Input != nil {
			ev.RequestParameters, _ = json.Marshal(sample(m.Shapes, o.Input.Shape, op, map[string]bool{}, modelCase(opts)))
		}
		if o.Output != nil {
			ev.ResponseElements, _ = json.Marshal(sample(m.Shapes, resultShape(m.Shapes, o.Output.Shape, opts), op, map[string]bool{}, modelCase(opts)))
		}
		call, err := parse(ev)
		if err != nil {
			t.Errorf("%s: %v", op, err)
			continue
		}
		if left := Leftovers(call); len(left) > 0 {
			t.Errorf("%s: members left in Extra: %q", op, left)
		}
		req, resp := payloads(t, call)
		comparePayload(t, op+" request", ev.RequestParameters, req)
		comparePayload(t, op+" response", ev.ResponseElements, resp)
	}
}

// CheckOption changes what CheckOperations expects of a package.
type CheckOption struct {
	flatten   bool
	skip      []string
	modelCase bool // ModelCase
	nameCase  bool // NameCase
	bodyInput bool // BodyInput
	noOverlay bool // NoOverlay
}

// FlattenResult says the package was generated with apigen -flatten-result: CloudTrail records an
// output of one structure member as that structure's members.
var FlattenResult = CheckOption{flatten: true}

// SkipOperations leaves out the model's operations of these names: a further model's (apigen
// -also-model) whose names the first model has, where records carry no apiVersion to pick them.
func SkipOperations(names ...string) CheckOption { return CheckOption{skip: names} }

func skipped(op string, opts []CheckOption) bool {
	for _, o := range opts {
		if slices.Contains(o.skip, op) {
			return true
		}
	}
	return false
}

// resultShape is the shape CloudTrail records as the response of an operation of output shape
// output, as apigen's resultShape.
func resultShape(shapes map[string]SampleShape, output string, opts []CheckOption) string {
	if !slices.ContainsFunc(opts, func(o CheckOption) bool { return o.flatten }) || len(shapes[output].Members) != 1 {
		return output
	}
	for _, mem := range shapes[output].Members {
		if shapes[mem.Shape].Type == "structure" {
			return mem.Shape
		}
	}
	return output
}

// mergeOverlay adds the shapes and members of the overlay at path, if there is one, to shapes, as
// apigen does, so that the members CloudTrail records beyond the model are sampled too.
func mergeOverlay(t testing.TB, path string, shapes map[string]SampleShape) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	var o struct{ Shapes map[string]SampleShape }
	if err := json.Unmarshal(data, &o); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	for name, add := range o.Shapes {
		have, ok := shapes[name]
		if !ok {
			shapes[name] = add
			continue
		}
		for mn, mem := range add.Members {
			have.Members[mn] = mem
		}
	}
}

// payloads encodes a call's request and response back to JSON.
func payloads(t testing.TB, call any) (req, resp json.RawMessage) {
	v, err := json.Marshal(call)
	if err != nil {
		t.Fatal(err)
	}
	var both struct{ Request, Response json.RawMessage }
	if err := json.Unmarshal(v, &both); err != nil {
		t.Fatal(err)
	}
	return both.Request, both.Response
}

func comparePayload(t testing.TB, what string, want, got json.RawMessage) {
	t.Helper()
	if len(bytes.TrimSpace(want)) == 0 || bytes.Equal(bytes.TrimSpace(want), []byte("null")) {
		if len(got) > 0 && !bytes.Equal(got, []byte("null")) {
			t.Errorf("%s: none in the record, %s typed", what, got)
		}
		return
	}
	if d := cmp.Diff(generic(t, what, want), generic(t, what, got)); d != "" {
		t.Errorf("%s does not encode back (-record +typed):\n%s", what, d)
	}
}

// generic is JSON as encoding/json reads it, numbers as written.
func generic(t testing.TB, what string, b []byte) any {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("%s: %q: %v", what, b, err)
	}
	return v
}
