package eks_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services"
	"github.com/trailtype/cloudtrail/services/eks"
)

func parse(ev *cloudtrail.Event) (any, error) { return eks.Parse(ev) }

func records(t testing.TB) []*cloudtrail.Event {
	return modeltest.Records(t, "testdata/eks-records.ndjson")
}

// want is what the records do beyond a clean parse, by record (its line in
// testdata/eks-records.ndjson, whose sources testdata/SOURCES.md gives).
var want = modeltest.Expect{
	ErrUnknown: eks.ErrUnknownOperation,
	// Members the model does not have: they stay in Extra.
	Lacks: map[int][]string{},
}

// Every record of the test data parses into its operation, leaves nothing the model knows in Extra,
// and encodes back to the same payloads.
func TestRecords(t *testing.T) { modeltest.CheckRecords(t, records(t), parse, want) }

// Every operation of the model round-trips a request and a response with every member filled.
func TestOperationsRoundTrip(t *testing.T) {
	modeltest.CheckOperations(t, "model/service-2.json", eks.EventSource, parse)
}

// Parse refuses an event of another service, and an eventName the models do not have, with the
// package's errors; the second is also services.ErrUnknownOperation.
func TestErrors(t *testing.T) {
	if _, err := eks.Parse(&cloudtrail.Event{EventSource: "kms.amazonaws.com", EventName: "Decrypt"}); !errors.Is(err, eks.ErrOtherService) {
		t.Errorf("another service: %v", err)
	}
	_, err := eks.Parse(&cloudtrail.Event{EventSource: eks.EventSource, EventName: "NoSuchOperation"})
	if !errors.Is(err, eks.ErrUnknownOperation) || !errors.Is(err, services.ErrUnknownOperation) {
		t.Errorf("unknown operation: %v", err)
	}
}

// FuzzParse: any payloads of any operation parse without panic, and a parsed call encodes to JSON.
func FuzzParse(f *testing.F) {
	for _, ev := range records(f) {
		f.Add(ev.EventName, []byte(ev.RequestParameters), []byte(ev.ResponseElements))
	}
	f.Fuzz(func(t *testing.T, op string, req, resp []byte) {
		call, err := eks.Parse(&cloudtrail.Event{EventSource: eks.EventSource, EventName: op, RequestParameters: req, ResponseElements: resp})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", op, out, err)
		}
	})
}

// The User Guide's CreateCluster record writes createdAt in epoch seconds: the typed time reads
// it, and it is the moment of the call (eventTime, which has no fraction).
func TestCreatedAtEpochSeconds(t *testing.T) {
	ev := records(t)[0]
	call, err := eks.Parse(ev)
	if err != nil {
		t.Fatal(err)
	}
	cc, ok := call.(*eks.CreateCluster)
	if !ok || cc.Response == nil || cc.Response.Cluster == nil {
		t.Fatalf("record 1: %T, want a CreateCluster with its response", call)
	}
	got := cc.Response.Cluster.CreatedAt
	if !got.Truncate(time.Second).Equal(ev.EventTime) || got.Nanosecond() != 208e6 {
		t.Errorf("createdAt %v, want eventTime %v and .208", got, ev.EventTime)
	}
}
