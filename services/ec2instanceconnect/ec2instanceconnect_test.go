package ec2instanceconnect_test

import (
	"encoding/json"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services/ec2instanceconnect"
)

func parse(ev *cloudtrail.Event) (any, error) { return ec2instanceconnect.Parse(ev) }

func records(t testing.TB) []*cloudtrail.Event {
	return modeltest.Records(t, "testdata/ec2instanceconnect-records.ndjson")
}

// want is what the records do beyond a clean parse, by record (its line in
// testdata/ec2instanceconnect-records.ndjson, whose sources testdata/SOURCES.md gives).
var want = modeltest.Expect{
	ErrUnknown: ec2instanceconnect.ErrUnknownOperation,
	// OpenTunnel (record 4) is EC2 Instance Connect Endpoint's connection event, recorded under this
	// eventSource; the ec2-instance-connect model does not have it (its endpoints are EC2's API).
	Unknown: []int{4},
	// Members the model does not have: they stay in Extra.
	Lacks: map[int][]string{},
}

// Every record of the test data parses into its operation, leaves nothing the model knows in Extra,
// and encodes back to the same payloads.
func TestRecords(t *testing.T) { modeltest.CheckRecords(t, records(t), parse, want) }

// Every operation of the model round-trips a request and a response with every member filled.
func TestOperationsRoundTrip(t *testing.T) {
	modeltest.CheckOperations(t, "model/service-2.json", ec2instanceconnect.EventSource, parse)
}

// FuzzParse: any payloads of any operation parse without panic, and a parsed call encodes to JSON.
func FuzzParse(f *testing.F) {
	for _, ev := range records(f) {
		f.Add(ev.EventName, []byte(ev.RequestParameters), []byte(ev.ResponseElements))
	}
	f.Fuzz(func(t *testing.T, op string, req, resp []byte) {
		call, err := ec2instanceconnect.Parse(&cloudtrail.Event{EventSource: ec2instanceconnect.EventSource, EventName: op, RequestParameters: req, ResponseElements: resp})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", op, out, err)
		}
	})
}
