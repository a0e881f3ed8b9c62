package es_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services/es"
)

func parse(ev *cloudtrail.Event) (any, error) { return es.Parse(ev) }

func records(t testing.TB) []*cloudtrail.Event {
	return modeltest.Records(t, "testdata/es-records.ndjson")
}

// want is what the records do beyond a clean parse, by record (its line in
// testdata/es-records.ndjson, whose sources testdata/SOURCES.md gives).
var want = modeltest.Expect{
	ErrUnknown: es.ErrUnknownOperation,
	// Members the models do not have: they stay in Extra.
	Lacks: map[int][]string{},
}

// Every record of the test data parses into its operation, leaves nothing the models know in
// Extra, and encodes back to the same payloads.
func TestRecords(t *testing.T) { modeltest.CheckRecords(t, records(t), parse, want) }

// Every operation of both models round-trips a request and a response with every member filled:
// the sampled events carry their model's apiVersion, which picks the Elasticsearch Service
// operation where both models have one of that name.
func TestOperationsRoundTrip(t *testing.T) {
	modeltest.CheckOperations(t, "model/opensearch.json", es.EventSource, parse)
	modeltest.CheckOperations(t, "model/es.json", es.EventSource, parse)
}

// A name both APIs have is the OpenSearch API's operation without an apiVersion (the records have
// none) and the Elasticsearch Service one with its apiVersion; a name only one has is that one's.
func TestAPIVersionPicksTheModel(t *testing.T) {
	for _, tc := range []struct {
		name, apiVersion, want string
	}{
		{"AddTags", "", "*es.AddTags"}, {"AddTags", "2021-01-01", "*es.AddTags"},
		{"AddTags", "2015-01-01", "*es.ESAddTags"}, {"AddTags", "20150101", "*es.ESAddTags"},
		{"CreateElasticsearchDomain", "", "*es.CreateElasticsearchDomain"}, {"CreateDomain", "", "*es.CreateDomain"},
	} {
		call, err := es.Parse(&cloudtrail.Event{EventSource: es.EventSource, EventName: tc.name, APIVersion: tc.apiVersion,
			RequestParameters: json.RawMessage(`{"aRN": "arn:aws:es:us-east-1:111122223333:domain/logs"}`)})
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprintf("%T", call); got != tc.want || call.Operation() != tc.name {
			t.Errorf("%s, apiVersion %q: %s (%s), want %s", tc.name, tc.apiVersion, got, call.Operation(), tc.want)
		}
	}
}

// FuzzParse: any payloads of any operation parse without panic, and a parsed call encodes to JSON.
func FuzzParse(f *testing.F) {
	for _, ev := range records(f) {
		f.Add(ev.EventName, ev.APIVersion, []byte(ev.RequestParameters), []byte(ev.ResponseElements))
	}
	f.Add("AddTags", "2015-01-01", []byte(`{"aRN":"arn:aws:es:us-east-1:111122223333:domain/logs","tagList":[{"key":"k","value":"v"}]}`), []byte(`null`))
	f.Fuzz(func(t *testing.T, op, version string, req, resp []byte) {
		call, err := es.Parse(&cloudtrail.Event{EventSource: es.EventSource, EventName: op, APIVersion: version, RequestParameters: req, ResponseElements: resp})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", op, out, err)
		}
	})
}
