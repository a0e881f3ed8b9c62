package ec2_test

import (
	"encoding/json"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services/ec2"
)

func parse(ev *cloudtrail.Event) (any, error) { return ec2.Parse(ev) }

func records(t testing.TB) []*cloudtrail.Event {
	return modeltest.Records(t, "testdata/ec2-records.ndjson")
}

// want is what the records do beyond a clean parse, by record (its line in
// testdata/ec2-records.ndjson, whose sources testdata/SOURCES.md gives).
var want = modeltest.Expect{
	ErrUnknown: ec2.ErrUnknownOperation,
	// Members the model does not have: they stay in Extra. Record 5 is a hand-written Panther test
	// whose attributeType is made up ("someThing"), and so is its member.
	Lacks: map[int][]string{5: {".Request.someThing"}},
	// Not EC2 API operations: Panther's tests of S3 and SSM rules recorded under ec2.amazonaws.com
	// (72 to 77, 62), and the service event SharedSnapshotVolumeCreated (89).
	Unknown: []int{62, 72, 73, 74, 75, 76, 77, 89},
}

// Every record of the test data parses into its operation, leaves nothing the model knows in Extra,
// and encodes back to the same payloads.
func TestRecords(t *testing.T) { modeltest.CheckRecords(t, records(t), parse, want) }

// Every operation of the model round-trips a request and a response with every member filled, in
// each spelling CloudTrail writes EC2's calls in.
func TestOperationsRoundTrip(t *testing.T) {
	modeltest.CheckEC2Operations(t, "model/service-2.json", "model/ec2-names.json", ec2.EventSource, parse)
}

// FuzzParse: any payloads of any operation parse without panic, and a parsed call encodes to JSON.
func FuzzParse(f *testing.F) {
	for _, ev := range records(f) {
		f.Add(ev.EventName, []byte(ev.RequestParameters), []byte(ev.ResponseElements))
	}
	f.Fuzz(func(t *testing.T, op string, req, resp []byte) {
		call, err := ec2.Parse(&cloudtrail.Event{EventSource: ec2.EventSource, EventName: op, RequestParameters: req, ResponseElements: resp})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", op, out, err)
		}
	})
}
