package all_test

import (
	"errors"
	"os"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/lossless"
	"github.com/trailtype/cloudtrail/services"
	_ "github.com/trailtype/cloudtrail/services/all"
)

// Every service package is registered.
func TestEventSources(t *testing.T) {
	want := []string{"iam.amazonaws.com", "kms.amazonaws.com", "lambda.amazonaws.com", "organizations.amazonaws.com",
		"s3.amazonaws.com", "secretsmanager.amazonaws.com", "serverlessrepo.amazonaws.com", "signin.amazonaws.com", "ssm.amazonaws.com", "sts.amazonaws.com"}
	got := services.EventSources()
	if len(got) != len(want) {
		t.Fatalf("EventSources() = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("EventSources() = %q, want %q", got, want)
		}
	}
}

// A mixed stream of real and test records, each typed by its service's package or refused with the
// right error: a service with no package, or an operation its model does not have.
func TestParseMixedStream(t *testing.T) {
	f, err := os.Open("../../testdata/panther/rule-test-logs.ndjson")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	registered := map[string]bool{}
	for _, s := range services.EventSources() {
		registered[s] = true
	}
	typed := map[string]int{}
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			t.Fatal(err)
		}
		call, err := services.Parse(ev)
		switch {
		case !registered[ev.EventSource]:
			if !errors.Is(err, services.ErrUnknownService) {
				t.Errorf("%s %s: got %v, want ErrUnknownService", ev.EventSource, ev.EventName, err)
			}
		case errors.Is(err, services.ErrUnknownOperation):
		case err != nil:
			t.Errorf("%s %s: %v", ev.EventSource, ev.EventName, err)
		case call.Operation() != lossless.TrimAPIVersion(ev.EventName):
			t.Errorf("%s %s: typed as %s", ev.EventSource, ev.EventName, call.Operation())
		default:
			typed[ev.EventSource]++
		}
	}
	for _, s := range []string{"iam.amazonaws.com", "kms.amazonaws.com", "lambda.amazonaws.com", "organizations.amazonaws.com",
		"s3.amazonaws.com", "secretsmanager.amazonaws.com", "signin.amazonaws.com", "ssm.amazonaws.com", "sts.amazonaws.com"} {
		if typed[s] == 0 {
			t.Errorf("no %s record typed; typed: %v", s, typed)
		}
	}
}
