package modeltest

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/apigen"
)

// CheckEC2Operations is CheckOperations for a package generated with apigen -ec2: for every
// operation of the model it builds, with every member filled, the request and response in each
// spelling CloudTrail writes EC2's calls in (the legacy XML one, {"items": [...]} lists and epoch
// millisecond times; the wrapped query one, {"<Op>Request": {...}} with "tag"ged repeats; the
// wrapped response; the empty request ""), and checks that they parse with nothing left over and
// encode back. The overlay and names files are read from beside the model.
func CheckEC2Operations(t *testing.T, modelPath, namesPath, eventSource string, parse Parser) {
	t.Helper()
	read := func(path string, optional bool) []byte {
		data, err := os.ReadFile(path)
		if optional && errors.Is(err, os.ErrNotExist) {
			return nil
		}
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	m, err := apigen.LoadEC2(read(modelPath, false), read(filepath.Join(filepath.Dir(modelPath), "overlay.json"), true), read(namesPath, true))
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range m.OperationNames() {
		o := m.Operations[op]
		type spelling struct{ what, req, resp string }
		var cases []spelling
		var legacyReq, queryReq, legacyResp any = nil, nil, nil
		if o.Input != nil {
			legacyReq = ec2Sample(m, o.Input.Shape, "", false, false, map[string]bool{})
			queryReq = map[string]any{op + "Request": ec2Sample(m, o.Input.Shape, "", true, false, map[string]bool{})}
		}
		if o.Output != nil {
			legacyResp = ec2Sample(m, o.Output.Shape, "", false, true, map[string]bool{})
		}
		enc := func(v any) string {
			if v == nil {
				return "null"
			}
			b, _ := json.Marshal(v)
			return string(b)
		}
		cases = append(cases, spelling{"legacy", enc(legacyReq), enc(legacyResp)})
		if o.Input != nil {
			var wrapped any
			if legacyResp != nil {
				wrapped = map[string]any{op + "Response": legacyResp}
			}
			cases = append(cases, spelling{"wrapped", enc(queryReq), enc(wrapped)}, spelling{"empty", `""`, "null"})
		}
		for _, c := range cases {
			ev := &cloudtrail.Event{EventSource: eventSource, EventName: op, APIVersion: m.Metadata.APIVersion,
				RequestParameters: json.RawMessage(c.req), ResponseElements: json.RawMessage(c.resp)}
			call, err := parse(ev)
			if err != nil {
				t.Errorf("%s (%s): %v", op, c.what, err)
				continue
			}
			if left := Leftovers(call); len(left) > 0 {
				t.Errorf("%s (%s): members left in Extra: %q", op, c.what, left)
			}
			req, resp := payloads(t, call)
			comparePayload(t, op+" ("+c.what+") request", ev.RequestParameters, req)
			comparePayload(t, op+" ("+c.what+") response", ev.ResponseElements, resp)
		}
	}
}

// ec2Sample builds a JSON value of a shape in one of EC2's spellings: query (the wrapped request's)
// or legacy; response says the legacy value is a response's (times in epoch milliseconds).
func ec2Sample(m *apigen.Model, shape, member string, query, response bool, open map[string]bool) any {
	sh := m.Shapes[shape]
	if open[shape] {
		return nil
	}
	open[shape] = true
	defer delete(open, shape)
	switch {
	case len(sh.Enum) > 0:
		return sh.Enum[len(member)%len(sh.Enum)]
	case sh.Type == "string" || sh.Type == "blob":
		return member + "-value"
	case sh.Type == "boolean":
		return true
	case sh.Type == "integer" || sh.Type == "long":
		return 25
	case sh.Type == "double" || sh.Type == "float":
		return 2.5
	case sh.Type == "timestamp" && response && !query:
		return 1714979289000
	case sh.Type == "timestamp":
		return "2024-05-06T07:08:09Z"
	case sh.Type == "structure":
		obj := map[string]any{}
		for mn, mem := range sh.Members {
			legacy, item, q := m.EC2Member(shape, mn)
			name := legacy
			if query && q != "" {
				name = q
			}
			elem := m.Shapes[mem.Shape]
			if elem.Type == "list" {
				inner := m.Shapes[elem.Member.Shape]
				v := ec2Sample(m, elem.Member.Shape, mn, query, response, open)
				switch {
				case v == nil && query:
					continue
				case v == nil:
					obj[name] = map[string]any{}
				case inner.Type == "structure" && query:
					o := v.(map[string]any)
					o["tag"] = 1
					obj[name] = o
				case inner.Type == "structure":
					obj[name] = map[string]any{"items": []any{v}}
				case inner.Type == "string" && query:
					obj[name] = []any{map[string]any{"content": v, "tag": 1}, map[string]any{"content": "second", "tag": 2}}
				case inner.Type == "string":
					obj[name] = map[string]any{"items": []any{map[string]any{item: v}}}
				default:
					obj[name] = []any{v} // lists of numbers stay as recorded
				}
				continue
			}
			if v := ec2Sample(m, mem.Shape, mn, query, response, open); v != nil {
				obj[name] = v
			}
		}
		return obj
	}
	return nil
}
