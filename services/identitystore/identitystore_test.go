package identitystore_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services"
	"github.com/trailtype/cloudtrail/services/identitystore"
)

func parse(ev *cloudtrail.Event) (any, error) { return identitystore.Parse(ev) }

// Every operation of the model round-trips a request and a response with every member filled.
func TestOperationsRoundTrip(t *testing.T) {
	modeltest.CheckOperations(t, "model/service-2.json", identitystore.EventSource, parse)
}

// Parse refuses an event of another service, and an eventName the models do not have, with the
// package's errors; the second is also services.ErrUnknownOperation.
func TestErrors(t *testing.T) {
	if _, err := identitystore.Parse(&cloudtrail.Event{EventSource: "kms.amazonaws.com", EventName: "Decrypt"}); !errors.Is(err, identitystore.ErrOtherService) {
		t.Errorf("another service: %v", err)
	}
	_, err := identitystore.Parse(&cloudtrail.Event{EventSource: identitystore.EventSource, EventName: "NoSuchOperation"})
	if !errors.Is(err, identitystore.ErrUnknownOperation) || !errors.Is(err, services.ErrUnknownOperation) {
		t.Errorf("unknown operation: %v", err)
	}
}

// FuzzParse: any payloads of any operation parse without panic, and a parsed call encodes to JSON.
// There is no published Identity Store record to seed it with (testdata/SOURCES.md); the seeds are
// built from the API reference's request members.
func FuzzParse(f *testing.F) {
	f.Add("CreateUser", []byte(`{"identityStoreId":"d-1234567890","userName":"jdoe","displayName":"John Doe","emails":[{"value":"jdoe@example.com","primary":true}]}`), []byte(`{"userId":"94d00cd8-e9e6-4810-b177-b08e84775435","identityStoreId":"d-1234567890"}`))
	f.Add("CreateGroupMembership", []byte(`{"identityStoreId":"d-1234567890","groupId":"g-1","memberId":{"userId":"u-1"}}`), []byte(`{"membershipId":"m-1","identityStoreId":"d-1234567890"}`))
	f.Add("DeleteUser", []byte(`{"identityStoreId":"d-1234567890","userId":"u-1"}`), []byte(`null`))
	f.Fuzz(func(t *testing.T, op string, req, resp []byte) {
		call, err := identitystore.Parse(&cloudtrail.Event{EventSource: identitystore.EventSource, EventName: op, RequestParameters: req, ResponseElements: resp})
		if err != nil {
			return
		}
		if out, err := json.Marshal(call); err != nil || !json.Valid(out) {
			t.Fatalf("%s: %q, %v", op, out, err)
		}
	})
}
