package inspector2_test

import (
	"encoding/json"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services/inspector2"
)

func parse(ev *cloudtrail.Event) (any, error) { return inspector2.Parse(ev) }

// noRecords is why the package has no test data: no public source the project searched (the AWS
// documentation, detection rules' tests, the project's test data) holds an
// inspector2.amazonaws.com record. When one is found, it goes in testdata/inspector2-records.ndjson
// and these tests read it as every other package's do.
const noRecords = "no public inspector2.amazonaws.com record found (see doc.go)"

// Every record of the test data parses into its operation, leaves nothing the model knows in Extra,
// and encodes back to the same payloads.
func TestRecords(t *testing.T) { t.Skip(noRecords) }

// Every operation of the model round-trips a request and a response with every member filled.
func TestOperationsRoundTrip(t *testing.T) {
	modeltest.CheckOperations(t, "model/service-2.json", inspector2.EventSource, parse)
}

// FuzzParse: any payloads of any operation parse without panic, and a parsed call encodes to JSON.
// Without records to seed it, it starts from an empty request and response of Disable, the call a
// detection watches for.
func FuzzParse(f *testing.F) {
	f.Add("Disable", []byte(`{}`), []byte(`{}`))
	f.Fuzz(func(t *testing.T, op string, req, resp []byte) {
		call, err := inspector2.Parse(&cloudtrail.Event{EventSource: inspector2.EventSource, EventName: op, RequestParameters: req, ResponseElements: resp})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", op, out, err)
		}
	})
}
