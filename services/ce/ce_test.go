package ce_test

import (
	"encoding/json"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services/ce"
)

func parse(ev *cloudtrail.Event) (any, error) { return ce.Parse(ev) }

func records(t testing.TB) []*cloudtrail.Event {
	return modeltest.Records(t, "testdata/ce-records.ndjson")
}

// want is what the records do beyond a clean parse, by record (its line in
// testdata/ce-records.ndjson, whose sources testdata/SOURCES.md gives).
var want = modeltest.Expect{
	ErrUnknown: ce.ErrUnknownOperation,
	// The Cost Management User Guide's example is of "GetCostandUsage", as the page spells it: the
	// model's operation is GetCostAndUsage.
	Unknown: []int{0},
	// Members the model does not have: they stay in Extra.
	Lacks: map[int][]string{},
}

// Every record of the test data parses into its operation, leaves nothing the model knows in Extra,
// and encodes back to the same payloads.
func TestRecords(t *testing.T) { modeltest.CheckRecords(t, records(t), parse, want) }

// Every operation of the model round-trips a request and a response with every member filled.
func TestOperationsRoundTrip(t *testing.T) {
	modeltest.CheckOperations(t, "model/service-2.json", ce.EventSource, parse, modeltest.ModelCase)
}

// FuzzParse: any payloads of any operation parse without panic, and a parsed call encodes to JSON.
func FuzzParse(f *testing.F) {
	for _, ev := range records(f) {
		f.Add(ev.EventName, []byte(ev.RequestParameters), []byte(ev.ResponseElements))
	}
	f.Fuzz(func(t *testing.T, op string, req, resp []byte) {
		call, err := ce.Parse(&cloudtrail.Event{EventSource: ce.EventSource, EventName: op, RequestParameters: req, ResponseElements: resp})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", op, out, err)
		}
	})
}

// The Cost Management User Guide's record (record 0) is of "GetCostandUsage", as the page spells
// it; its payload, under the model's GetCostAndUsage, types with nothing left over: CloudTrail
// writes Cost Explorer's members under the model's own names (-member-case model).
func TestGuideRecordMemberCase(t *testing.T) {
	ev := *records(t)[0]
	ev.EventName = "GetCostAndUsage"
	call, err := ce.Parse(&ev)
	if err != nil {
		t.Fatal(err)
	}
	if left := modeltest.Leftovers(call); len(left) > 0 {
		t.Errorf("left in Extra: %q", left)
	}
	req := call.(*ce.GetCostAndUsage).Request
	if req.TimePeriod == nil || req.TimePeriod.Start != "2022-01-01" || req.Granularity != ce.GranularityMonthly || len(req.GroupBy) != 1 {
		t.Errorf("request typed as %+v", req)
	}
}
