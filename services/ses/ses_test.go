package ses_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services/ses"
)

func parse(ev *cloudtrail.Event) (any, error) { return ses.Parse(ev) }

func records(t testing.TB) []*cloudtrail.Event {
	return modeltest.Records(t, "testdata/ses-records.ndjson")
}

// want is what the records do beyond a clean parse, by record (its line in
// testdata/ses-records.ndjson, whose sources testdata/SOURCES.md gives).
var want = modeltest.Expect{
	ErrUnknown: ses.ErrUnknownOperation,
	// Members the models do not have: they stay in Extra.
	Lacks: map[int][]string{},
}

// Every record of the test data parses into its operation, leaves nothing the models know in
// Extra, and encodes back to the same payloads.
func TestRecords(t *testing.T) { modeltest.CheckRecords(t, records(t), parse, want) }

// Every operation of both models round-trips a request and a response with every member filled:
// the sampled events carry their model's apiVersion, which picks the v2 operation where both
// models have one of that name.
func TestOperationsRoundTrip(t *testing.T) {
	modeltest.CheckOperations(t, "model/ses.json", ses.EventSource, parse)
	modeltest.CheckOperations(t, "model/sesv2.json", ses.EventSource, parse)
}

// A name both APIs have is the v2 operation by its apiVersion or, with none (as the records have),
// by a request member only the v2 request has; else the classic one. The event is left as it was.
func TestVersionPicksTheModel(t *testing.T) {
	for _, tc := range []struct {
		name, apiVersion, req, want string
	}{
		{"SendEmail", "", `{"source": "a@example.com", "destination": {"toAddresses": ["b@example.com"]}}`, "*ses.SendEmail"},
		{"SendEmail", "", `{"fromEmailAddress": "a@example.com", "content": {"simple": {}}}`, "*ses.V2SendEmail"},
		{"SendEmail", "2019-09-27", `{"configurationSetName": "c"}`, "*ses.V2SendEmail"},
		{"SendEmail", "2010-12-01", `{"fromEmailAddress": "a@example.com"}`, "*ses.SendEmail"},
		{"CreateConfigurationSet", "", `{"configurationSet": {"name": "c"}}`, "*ses.CreateConfigurationSet"},
		{"CreateConfigurationSet", "", `{"configurationSetName": "c"}`, "*ses.V2CreateConfigurationSet"},
		{"DeleteConfigurationSet", "", `{"configurationSetName": "c"}`, "*ses.DeleteConfigurationSet"},
		{"CreateEmailIdentity", "", `{"emailIdentity": "example.com"}`, "*ses.CreateEmailIdentity"},
	} {
		ev := &cloudtrail.Event{EventSource: ses.EventSource, EventName: tc.name, APIVersion: tc.apiVersion, RequestParameters: json.RawMessage(tc.req)}
		call, err := ses.Parse(ev)
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprintf("%T", call); got != tc.want || call.Operation() != tc.name {
			t.Errorf("%s, apiVersion %q, %s: %s (%s), want %s", tc.name, tc.apiVersion, tc.req, got, call.Operation(), tc.want)
		}
		if ev.APIVersion != tc.apiVersion {
			t.Errorf("%s: Parse changed the event's apiVersion to %q", tc.name, ev.APIVersion)
		}
	}
}

// FuzzParse: any payloads of any operation, of either API version, parse without panic, and a
// parsed call encodes to JSON.
func FuzzParse(f *testing.F) {
	for _, ev := range records(f) {
		f.Add(ev.EventName, ev.APIVersion, []byte(ev.RequestParameters), []byte(ev.ResponseElements))
	}
	f.Add("SendEmail", "", []byte(`{"fromEmailAddress":"a@example.com","content":{"simple":{"subject":{"data":"hi"}}}}`), []byte(`{"messageId":"m"}`))
	f.Fuzz(func(t *testing.T, op, version string, req, resp []byte) {
		call, err := ses.Parse(&cloudtrail.Event{EventSource: ses.EventSource, EventName: op, APIVersion: version, RequestParameters: req, ResponseElements: resp})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", op, out, err)
		}
	})
}
