package bedrock_test

import (
	"encoding/json"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services/bedrock"
)

func parse(ev *cloudtrail.Event) (any, error) { return bedrock.Parse(ev) }

func records(t testing.TB) []*cloudtrail.Event {
	return modeltest.Records(t, "testdata/bedrock-records.ndjson")
}

// Every record of the test data parses into its operation, leaves nothing the models know in
// Extra, and encodes back to the same payloads.
func TestRecords(t *testing.T) {
	modeltest.CheckRecords(t, records(t), parse, modeltest.Expect{ErrUnknown: bedrock.ErrUnknownOperation})
}

// Every operation of the four models round-trips a request and a response with every member
// filled. The six names several models have are Bedrock's own (its records carry no apiVersion):
// only the first model's are checked for them.
func TestOperationsRoundTrip(t *testing.T) {
	modeltest.CheckOperations(t, "model/bedrock.json", bedrock.EventSource, parse)
	for _, m := range []string{"model/bedrock-runtime.json", "model/bedrock-agent.json", "model/bedrock-agent-runtime.json"} {
		modeltest.CheckOperations(t, m, bedrock.EventSource, parse, modeltest.SkipOperations(shared...))
	}
}

// shared are the operation names of more than one of the models.
var shared = []string{"TagResource", "UntagResource", "ListTagsForResource", "PutResourcePolicy", "GetResourcePolicy", "DeleteResourcePolicy"}

// FuzzParse: any payloads of any operation parse without panic, and a parsed call encodes to JSON.
func FuzzParse(f *testing.F) {
	for _, ev := range records(f) {
		f.Add(ev.EventName, []byte(ev.RequestParameters), []byte(ev.ResponseElements))
	}
	f.Fuzz(func(t *testing.T, op string, req, resp []byte) {
		call, err := bedrock.Parse(&cloudtrail.Event{EventSource: bedrock.EventSource, EventName: op, RequestParameters: req, ResponseElements: resp})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", op, out, err)
		}
	})
}
