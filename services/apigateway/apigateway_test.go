package apigateway_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services/apigateway"
)

func parse(ev *cloudtrail.Event) (any, error) { return apigateway.Parse(ev) }

func records(t testing.TB) []*cloudtrail.Event {
	return modeltest.Records(t, "testdata/apigateway-records.ndjson")
}

// want is what the records do beyond a clean parse, by record (its line in
// testdata/apigateway-records.ndjson, whose sources testdata/SOURCES.md gives).
var want = modeltest.Expect{
	ErrUnknown: apigateway.ErrUnknownOperation,
	// Members the models do not have: they stay in Extra.
	Lacks: map[int][]string{},
}

// Every record of the test data parses into its operation, leaves nothing the models know in
// Extra, and encodes back to the same payloads.
func TestRecords(t *testing.T) { modeltest.CheckRecords(t, records(t), parse, want) }

// Every operation of both models round-trips a request and a response with every member filled:
// the REST API's requests as CloudTrail records them (body members in <operation>Input), and the
// sampled events carry their model's apiVersion, which picks the HTTP and WebSocket API's
// operation where both models have one of that name.
func TestOperationsRoundTrip(t *testing.T) {
	modeltest.CheckOperations(t, "model/apigateway.json", apigateway.EventSource, parse, modeltest.BodyInput)
	modeltest.CheckOperations(t, "model/apigatewayv2.json", apigateway.EventSource, parse, modeltest.NoOverlay)
}

// A name both APIs have is the HTTP and WebSocket API's operation by its apiVersion or, with none
// (as the records have), when its requestParameters has a member only that API's request has, such
// as apiId; a REST API request, whose body members CloudTrail records in <operation>Input, is the
// REST API's.
func TestVersionPicksTheModel(t *testing.T) {
	for _, tc := range []struct {
		name, apiVersion, req, want string
	}{
		{"CreateStage", "", `{"restApiId": "a1", "createStageInput": {"stageName": "prod", "deploymentId": "d1"}, "template": false}`, "*apigateway.CreateStage"},
		{"CreateStage", "", `{"apiId": "a1", "stageName": "prod", "autoDeploy": true}`, "*apigateway.V2CreateStage"},
		{"CreateStage", "2018-11-29", `{"stageName": "prod"}`, "*apigateway.V2CreateStage"},
		{"DeleteStage", "", `{"restApiId": "a1", "stageName": "prod", "template": false}`, "*apigateway.DeleteStage"},
		{"DeleteStage", "", `{"apiId": "a1", "stageName": "prod"}`, "*apigateway.V2DeleteStage"},
		{"TagResource", "", `{"resourceArn": "arn:aws:apigateway:us-east-1::/restapis/a1", "tagResourceInput": {"tags": {"k": "v"}}, "template": false}`, "*apigateway.TagResource"},
		{"TagResource", "", `{"resourceArn": "arn:aws:apigateway:us-east-1::/apis/a1", "tags": {"k": "v"}}`, "*apigateway.V2TagResource"},
		{"UpdateRoute", "", `{"apiId": "a1", "routeId": "r1", "authorizationType": "NONE"}`, "*apigateway.UpdateRoute"},
	} {
		ev := &cloudtrail.Event{EventSource: apigateway.EventSource, EventName: tc.name, APIVersion: tc.apiVersion, RequestParameters: json.RawMessage(tc.req)}
		call, err := apigateway.Parse(ev)
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprintf("%T", call); got != tc.want || call.Operation() != tc.name {
			t.Errorf("%s, apiVersion %q, %s: %s (%s), want %s", tc.name, tc.apiVersion, tc.req, got, call.Operation(), tc.want)
		}
		if left := modeltest.Leftovers(call); len(left) > 0 {
			t.Errorf("%s, %s: left in Extra: %q", tc.name, tc.req, left)
		}
	}
}

// FuzzParse: any payloads of any operation, of either API, parse without panic, and a parsed call
// encodes to JSON.
func FuzzParse(f *testing.F) {
	for _, ev := range records(f) {
		f.Add(ev.EventName, ev.APIVersion, []byte(ev.RequestParameters), []byte(ev.ResponseElements))
	}
	f.Fuzz(func(t *testing.T, op, version string, req, resp []byte) {
		call, err := apigateway.Parse(&cloudtrail.Event{EventSource: apigateway.EventSource, EventName: op, APIVersion: version, RequestParameters: req, ResponseElements: resp})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", op, out, err)
		}
	})
}
