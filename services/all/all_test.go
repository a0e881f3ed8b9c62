package all_test

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/lossless"
	"github.com/trailtype/cloudtrail/services"
	_ "github.com/trailtype/cloudtrail/services/all"
)

// Every service module beside this one is imported by all.go, and every package registered an
// eventSource with operations.
func TestEveryServiceIsImportedAndRegistered(t *testing.T) {
	mods, err := filepath.Glob("../*/go.mod")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("all.go")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range mods {
		dir := filepath.Base(filepath.Dir(m))
		if dir == "all" {
			continue
		}
		n++
		if !strings.Contains(string(src), `"github.com/trailtype/cloudtrail/services/`+dir+`"`) {
			t.Errorf("all.go does not import services/%s", dir)
		}
	}
	sources := services.EventSources()
	if len(sources) != n+1 { // and serverlessrepo
		t.Errorf("%d event sources registered for %d service modules and serverlessrepo: %q", len(sources), n, sources)
	}
	for _, s := range sources {
		if len(services.Operations(s)) == 0 {
			t.Errorf("%s registered no operations", s)
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
		"rds.amazonaws.com", "s3.amazonaws.com", "secretsmanager.amazonaws.com", "signin.amazonaws.com", "ssm.amazonaws.com", "sts.amazonaws.com"} {
		if typed[s] == 0 {
			t.Errorf("no %s record typed; typed: %v", s, typed)
		}
	}
}

var update = flag.Bool("update", false, "rewrite ../OPERATIONS.md and ../COVERAGE.md")

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
