package all_test

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
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

var update = flag.Bool("update", false, "rewrite ../OPERATIONS.md")

// ../OPERATIONS.md lists every operation each package types, as the packages register them. When
// this fails, run go test ./services/all -update.
func TestOperationsList(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Operations covered\n\n")
	b.WriteString("The eventNames each service package types, by eventSource, as the packages register them\n")
	b.WriteString("(`services.Operations`). Written by `go test ./services/all -update`; do not edit.\n")
	total := 0
	for _, source := range services.EventSources() {
		ops := services.Operations(source)
		if len(ops) == 0 {
			t.Errorf("%s registered no operations", source)
		}
		total += len(ops)
		fmt.Fprintf(&b, "\n## %s (%d)\n\n", source, len(ops))
		for _, op := range ops {
			fmt.Fprintf(&b, "- %s\n", op)
		}
	}
	if total < 700 {
		t.Errorf("%d operations in all", total)
	}
	const file = "../OPERATIONS.md"
	if *update {
		if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != b.String() {
		t.Errorf("%s is stale: run go test ./services/all -update", file)
	}
}
