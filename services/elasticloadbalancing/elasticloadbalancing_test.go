package elasticloadbalancing_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	elb "github.com/trailtype/cloudtrail/services/elasticloadbalancing"
)

func parse(ev *cloudtrail.Event) (any, error) { return elb.Parse(ev) }

// Every operation of both models round-trips a request and a response with every member filled:
// the sampled events carry their model's apiVersion, which picks elbv2's operation where both
// models have one of that name.
func TestOperationsRoundTrip(t *testing.T) {
	modeltest.CheckOperations(t, "model/elb.json", elb.EventSource, parse)
	modeltest.CheckOperations(t, "model/elbv2.json", elb.EventSource, parse)
}

// The same eventName is the Classic operation or the elbv2 one by the record's apiVersion, written
// with or without dashes; without one it is the Classic one, whose name it has.
func TestAPIVersionPicksTheModel(t *testing.T) {
	for _, tc := range []struct {
		apiVersion string
		want       string
	}{{"2015-12-01", "*elasticloadbalancing.V2CreateLoadBalancer"}, {"20151201", "*elasticloadbalancing.V2CreateLoadBalancer"},
		{"2012-06-01", "*elasticloadbalancing.CreateLoadBalancer"}, {"", "*elasticloadbalancing.CreateLoadBalancer"}} {
		ev := cloudtrailtest.NewEvent(elb.EventSource, "CreateLoadBalancer", cloudtrailtest.Request(map[string]any{"name": "web", "scheme": "internet-facing"}))
		ev.APIVersion = tc.apiVersion
		call, err := elb.Parse(ev)
		if err != nil {
			t.Fatal(err)
		}
		if got := typeName(call); got != tc.want || call.Operation() != "CreateLoadBalancer" {
			t.Errorf("apiVersion %q: %s (%s), want %s", tc.apiVersion, got, call.Operation(), tc.want)
		}
	}
	ev := cloudtrailtest.NewEvent(elb.EventSource, "CreateTargetGroup", cloudtrailtest.Request(map[string]any{"name": "tg"}))
	if call, err := elb.Parse(ev); err != nil || call.(*elb.CreateTargetGroup).Request.Name != "tg" {
		t.Errorf("an operation only elbv2 has: %v, %v", call, err)
	}
}

func typeName(v any) string { return fmt.Sprintf("%T", v) }

// FuzzParse: any payloads of any operation, of either API version, parse without panic, and a
// parsed call encodes to JSON. There is no published Elastic Load Balancing record to seed it
// with (testdata/SOURCES.md); the seeds are built.
func FuzzParse(f *testing.F) {
	f.Add("CreateLoadBalancer", "2015-12-01", []byte(`{"name":"web","scheme":"internet-facing","subnets":["subnet-1"]}`), []byte(`{"loadBalancers":[{"loadBalancerName":"web"}]}`))
	f.Add("CreateLoadBalancer", "2012-06-01", []byte(`{"loadBalancerName":"web","listeners":[{"protocol":"HTTP","loadBalancerPort":80}]}`), []byte(`{"dNSName":"web.elb"}`))
	f.Add("ModifyLoadBalancerAttributes", "2015-12-01", []byte(`{"attributes":[{"key":"access_logs.s3.enabled","value":"false"}]}`), []byte(`null`))
	f.Fuzz(func(t *testing.T, op, version string, req, resp []byte) {
		call, err := elb.Parse(&cloudtrail.Event{EventSource: elb.EventSource, EventName: op, APIVersion: version, RequestParameters: req, ResponseElements: resp})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", op, out, err)
		}
	})
}
