package wafregional_test

import (
	"encoding/json"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services/wafregional"
)

func parse(ev *cloudtrail.Event) (any, error) { return wafregional.Parse(ev) }

// built are events made here, not records: no published waf-regional.amazonaws.com record was
// found (testdata/SOURCES.md). They seed FuzzParse and BenchmarkParse and show the package's
// detections in the example.
func built() []*cloudtrail.Event {
	return []*cloudtrail.Event{
		cloudtrailtest.NewEvent(wafregional.EventSource, "AssociateWebACL", cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "alice")),
			cloudtrailtest.Request(map[string]any{"webACLId": "web-acl-1", "resourceArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1"})),
		cloudtrailtest.NewEvent(wafregional.EventSource, "DisassociateWebACL", cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "mallory")),
			cloudtrailtest.Request(map[string]any{"resourceArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1"})),
		cloudtrailtest.NewEvent(wafregional.EventSource, "DeleteWebACL", cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "mallory")),
			cloudtrailtest.Request(map[string]any{"webACLId": "web-acl-1", "changeToken": "token-1"}),
			cloudtrailtest.Response(map[string]any{"changeToken": "token-1"})),
		cloudtrailtest.NewEvent(wafregional.EventSource, "UpdateRule", cloudtrailtest.By(cloudtrailtest.IAMUser("111122223333", "alice")),
			cloudtrailtest.Request(map[string]any{"ruleId": "rule-1", "changeToken": "token-2", "updates": []any{map[string]any{
				"action": "DELETE", "predicate": map[string]any{"type": "IPMatch", "dataId": "ip-set-1", "negated": false}}}}),
			cloudtrailtest.Response(map[string]any{"changeToken": "token-2"})),
	}
}

// The built events parse into their operations with nothing left over and encode back.
func TestBuilt(t *testing.T) {
	modeltest.CheckRecords(t, built(), parse, modeltest.Expect{ErrUnknown: wafregional.ErrUnknownOperation})
}

// Every operation of the model round-trips a request and a response with every member filled.
func TestOperationsRoundTrip(t *testing.T) {
	modeltest.CheckOperations(t, "model/service-2.json", wafregional.EventSource, parse)
}

// FuzzParse: any payloads of any operation parse without panic, and a parsed call encodes to JSON.
func FuzzParse(f *testing.F) {
	for _, ev := range built() {
		f.Add(ev.EventName, []byte(ev.RequestParameters), []byte(ev.ResponseElements))
	}
	f.Fuzz(func(t *testing.T, op string, req, resp []byte) {
		call, err := wafregional.Parse(&cloudtrail.Event{EventSource: wafregional.EventSource, EventName: op, RequestParameters: req, ResponseElements: resp})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", op, out, err)
		}
	})
}
