package signin_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services/signin"
)

func parse(ev *cloudtrail.Event) (any, error) { return signin.Parse(ev) }

func records(t testing.TB) []*cloudtrail.Event {
	return modeltest.Records(t, "testdata/signin-records.ndjson")
}

// want is what the records do beyond a clean parse, by record (its line in
// testdata/signin-records.ndjson, whose sources testdata/SOURCES.md gives).
var want = modeltest.Expect{
	ErrUnknown: signin.ErrUnknownOperation,
	// An AssumeRole under signin.amazonaws.com: a made-up record of Panther's detection tests.
	Unknown: []int{20},
}

// Every sign-in record of the test data parses into its event's type, leaves nothing in Extra, and
// encodes back to the same payloads.
func TestRecords(t *testing.T) { modeltest.CheckRecords(t, records(t), parse, want) }

// additionalEventData encodes back as recorded, and the flags read the way CloudTrail writes them.
func TestDetails(t *testing.T) {
	mfa := 0
	for i, ev := range records(t) {
		call, err := signin.Parse(ev)
		if err != nil {
			continue
		}
		step := stepOf(call)
		if len(ev.AdditionalEventData) == 0 {
			if step.Details != nil {
				t.Errorf("record %d: details from nothing", i)
			}
			continue
		}
		out, err := json.Marshal(step.Details)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(generic(t, ev.AdditionalEventData), generic(t, out)); d != "" {
			t.Errorf("record %d: additionalEventData does not encode back (-record +typed):\n%s", i, d)
		}
		var raw struct{ MFAUsed string }
		_ = json.Unmarshal(ev.AdditionalEventData, &raw)
		used, known := step.MFAUsed()
		if used != (raw.MFAUsed == "Yes" || raw.MFAUsed == "YES" || raw.MFAUsed == "yes") || known != (raw.MFAUsed != "") {
			t.Errorf("record %d: MFAUsed() = %v, %v for %q", i, used, known, raw.MFAUsed)
		}
		if used {
			mfa++
		}
	}
	if mfa == 0 {
		t.Error("no record with MFA used")
	}
}

// Result is the one member of responseElements.
func TestResult(t *testing.T) {
	results := map[signin.Result]int{}
	for _, ev := range records(t) {
		if call, err := signin.Parse(ev); err == nil {
			results[stepOf(call).Result()]++
		}
	}
	if results[signin.Success] == 0 || results[signin.Failure] == 0 || results[""] == 0 {
		t.Errorf("results %v: want successes, failures and records without responseElements", results)
	}
	for _, tc := range []struct {
		resp string
		want signin.Result
	}{{`{"ConsoleLogin":"Failure"}`, signin.Failure}, {`{"a":"Success","b":"Failure"}`, ""}, {`{"CheckMfa":1}`, ""}, {``, ""}} {
		s := signin.Step{Response: json.RawMessage(tc.resp)}
		if got := s.Result(); got != tc.want {
			t.Errorf("%s: Result() = %q, want %q", tc.resp, got, tc.want)
		}
	}
}

func stepOf(call signin.Call) *signin.Step { return signin.StepOf(call) }

func generic(t *testing.T, b []byte) any {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	return v
}

// FuzzParse: any payloads of any event parse without panic, and a parsed event encodes to JSON.
func FuzzParse(f *testing.F) {
	for _, ev := range records(f) {
		f.Add(ev.EventName, []byte(ev.ResponseElements), []byte(ev.AdditionalEventData))
	}
	f.Fuzz(func(t *testing.T, name string, resp, details []byte) {
		call, err := signin.Parse(&cloudtrail.Event{EventSource: signin.EventSource, EventName: name, ResponseElements: resp, AdditionalEventData: details})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", name, out, err)
		}
		_ = signin.StepOf(call).Result()
	})
}
