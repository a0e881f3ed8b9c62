package backup_test

import (
	"encoding/json"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services/backup"
)

func parse(ev *cloudtrail.Event) (any, error) { return backup.Parse(ev) }

func records(t testing.TB) []*cloudtrail.Event {
	return modeltest.Records(t, "testdata/backup-records.ndjson")
}

// want is what the records do beyond a clean parse, by record (its line in
// testdata/backup-records.ndjson, whose sources testdata/SOURCES.md gives).
var want = modeltest.Expect{
	ErrUnknown: backup.ErrUnknownOperation,
	// Members the model does not have: they stay in Extra.
	Lacks: map[int][]string{},
}

// Every record of the test data parses into its operation, leaves nothing the model knows in Extra,
// and encodes back to the same payloads.
// No public record was found (testdata/SOURCES.md): the test skips until one is added.
func TestRecords(t *testing.T) {
	recs := records(t)
	if len(recs) == 0 {
		t.Skip("no public record of the service yet: testdata/SOURCES.md")
	}
	modeltest.CheckRecords(t, recs, parse, want)
}

// Every operation of the model round-trips a request and a response with every member filled.
func TestOperationsRoundTrip(t *testing.T) {
	modeltest.CheckOperations(t, "model/service-2.json", backup.EventSource, parse)
}

// FuzzParse: any payloads of any operation parse without panic, and a parsed call encodes to JSON.
func FuzzParse(f *testing.F) {
	for _, ev := range records(f) {
		f.Add(ev.EventName, []byte(ev.RequestParameters), []byte(ev.ResponseElements))
	}
	f.Fuzz(func(t *testing.T, op string, req, resp []byte) {
		call, err := backup.Parse(&cloudtrail.Event{EventSource: backup.EventSource, EventName: op, RequestParameters: req, ResponseElements: resp})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", op, out, err)
		}
	})
}
