package autoscaling_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/cloudtrailtest"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services/autoscaling"
)

func parse(ev *cloudtrail.Event) (any, error) { return autoscaling.Parse(ev) }

func records(t testing.TB) []*cloudtrail.Event {
	return modeltest.Records(t, "testdata/autoscaling-records.ndjson")
}

// want is what the records do beyond a clean parse, by record (its line in
// testdata/autoscaling-records.ndjson, whose sources testdata/SOURCES.md gives).
var want = modeltest.Expect{
	ErrUnknown: autoscaling.ErrUnknownOperation,
	// Members the model does not have: they stay in Extra.
	Lacks: map[int][]string{},
}

// Every record of the test data parses into its operation, leaves nothing the model knows in Extra,
// and encodes back to the same payloads.
func TestRecords(t *testing.T) { modeltest.CheckRecords(t, records(t), parse, want) }

// Every operation of both models round-trips a request and a response with every member filled:
// the sampled events carry their model's apiVersion, which picks Application Auto Scaling's
// operation where both models have one of that name.
func TestOperationsRoundTrip(t *testing.T) {
	modeltest.CheckOperations(t, "model/service-2.json", autoscaling.EventSource, parse)
	modeltest.CheckOperations(t, "model/application-autoscaling.json", autoscaling.EventSource, parse)
}

// FuzzParse: any payloads of any operation parse without panic, and a parsed call encodes to JSON.
func FuzzParse(f *testing.F) {
	for _, ev := range records(f) {
		f.Add(ev.EventName, []byte(ev.RequestParameters), []byte(ev.ResponseElements))
	}
	f.Fuzz(func(t *testing.T, op string, req, resp []byte) {
		call, err := autoscaling.Parse(&cloudtrail.Event{EventSource: autoscaling.EventSource, EventName: op, RequestParameters: req, ResponseElements: resp})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", op, out, err)
		}
	})
}

// Records carry no apiVersion: an operation both APIs have (PutScalingPolicy, ...) is Application
// Auto Scaling's when its request has a member only that API's has (serviceNamespace, resourceId),
// and EC2 Auto Scaling's otherwise.
func TestRequestPicksTheAPI(t *testing.T) {
	for _, tc := range []struct {
		req  map[string]any
		want string
	}{
		{map[string]any{"autoScalingGroupName": "web", "policyName": "cpu", "policyType": "TargetTrackingScaling"}, "*autoscaling.PutScalingPolicy"},
		{map[string]any{"serviceNamespace": "ecs", "resourceId": "service/default/web", "scalableDimension": "ecs:service:DesiredCount", "policyName": "cpu"}, "*autoscaling.ApplicationPutScalingPolicy"},
	} {
		call, err := autoscaling.Parse(cloudtrailtest.NewEvent(autoscaling.EventSource, "PutScalingPolicy", cloudtrailtest.Request(tc.req)))
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprintf("%T", call); got != tc.want || call.Operation() != "PutScalingPolicy" {
			t.Errorf("%v: %s (%s), want %s", tc.req, got, call.Operation(), tc.want)
		}
		if left := modeltest.Leftovers(call); len(left) > 0 {
			t.Errorf("%v: left in Extra %q", tc.req, left)
		}
	}
}
