package all_test

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/internal/modeltest"
	"github.com/trailtype/cloudtrail/services"
)

// coverage counts, for one eventSource, what services.Parse makes of the project's records.
type coverage struct {
	records, typed, noPackage int
	extra                     []string       // records typed with members left in Extra
	handWritten               []string       // the same, in detection tests' made-up records
	unknown                   map[string]int // the unknown operations' event names, counted
}

// handWritten are records of detection-rule tests that carry members their operation does not take
// (another operation's payload, pasted in): Extra is where those belong.
var handWritten = map[string]string{
	"testdata/panther/rule-test-logs.ndjson record 9":   "a made-up member, someThing",
	"testdata/panther/rule-test-logs.ndjson record 50":  "a KMS call's encryptionContext under StartLogging",
	"testdata/panther/rule-test-logs.ndjson record 61":  "StopConfigurationRecorder's payload under another name",
	"testdata/panther/rule-test-logs.ndjson record 62":  "StopConfigurationRecorder's payload under another name",
	"testdata/panther/rule-test-logs.ndjson record 63":  "StopConfigurationRecorder's payload under another name",
	"testdata/panther/rule-test-logs.ndjson record 66":  "StopConfigurationRecorder's payload under another name",
	"testdata/panther/rule-test-logs.ndjson record 399": "CreateInsight's payload under DeleteInsight",
	"testdata/panther/rule-test-logs.ndjson record 400": "CreateInsight's payload under UpdateFindings",
	"testdata/panther/rule-test-logs.ndjson record 450": "a resourceArn ListWebACLs does not take",
}

// testFiles is every file of CloudTrail data in the project: the core's test data and each service
// package's records.
func testFiles(t *testing.T) []string {
	var files []string
	err := filepath.WalkDir("../../testdata", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasSuffix(path, ".md") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, pattern := range []string{"../*/testdata/*.ndjson", "../*/testdata/*.json"} {
		more, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, more...)
	}
	slices.Sort(files)
	return files
}

// TestCoverage writes ../COVERAGE.md: per eventSource, the records of the project's test data
// (each counted once, however many files hold it) that services.Parse types, that are operations
// their package does not know, and that have no package; and the typed records that left members
// in Extra, which must be none.
func TestCoverage(t *testing.T) {
	bySource := map[string]*coverage{}
	seen := map[[32]byte]bool{}
	for _, file := range testFiles(t) {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		d := cloudtrail.NewDecoder(f)
		for ev, err := range d.All() {
			if err != nil {
				continue // the Lambda events of other services and the like: not records
			}
			key := sha256.Sum256(d.Raw())
			if seen[key] {
				continue
			}
			seen[key] = true
			c := bySource[ev.EventSource]
			if c == nil {
				c = &coverage{unknown: map[string]int{}}
				bySource[ev.EventSource] = c
			}
			c.records++
			call, err := services.Parse(ev)
			switch {
			case errors.Is(err, services.ErrUnknownService):
				c.noPackage++
			case errors.Is(err, services.ErrUnknownOperation):
				c.unknown[ev.EventName]++
			case err != nil:
				t.Errorf("%s: %s %s: %v", file, ev.EventSource, ev.EventName, err)
			default:
				c.typed++
				if left := modeltest.Leftovers(call); len(left) > 0 {
					at := fmt.Sprintf("%s record %d", strings.TrimPrefix(filepath.ToSlash(file), "../../"), d.Envelope().Index)
					if why, ok := handWritten[at]; ok {
						c.handWritten = append(c.handWritten, fmt.Sprintf("%s (%s %s): %s", at, ev.EventName, strings.Join(left, ", "), why))
					} else {
						c.extra = append(c.extra, fmt.Sprintf("%s: %s %s", at, ev.EventName, strings.Join(left, ", ")))
					}
				}
			}
		}
		f.Close()
	}

	var b strings.Builder
	b.WriteString("# Coverage of the project's records\n\n")
	b.WriteString("What `services.Parse`, with every package of `services/all`, makes of the CloudTrail records in the\n")
	b.WriteString("project's test data (`testdata/` and each package's `testdata/`, every record once). Written by\n")
	b.WriteString("`go test ./services/all -update`; do not edit.\n\n")
	b.WriteString("| eventSource | records | typed | unknown operation | no package | left in Extra |\n|---|---|---|---|---|---|\n")
	sources := make([]string, 0, len(bySource))
	for s := range bySource {
		sources = append(sources, s)
	}
	slices.Sort(sources)
	var total coverage
	unknownOps := 0 // the total of the unknown operations' records
	var extra, made, unknown []string
	for _, s := range sources {
		c := bySource[s]
		n := 0
		for _, k := range c.unknown {
			n += k
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d |\n", mdName(s), c.records, c.typed, n, c.noPackage, len(c.extra))
		unknownOps += n
		total.records += c.records
		total.typed += c.typed
		total.noPackage += c.noPackage
		extra = append(extra, c.extra...)
		made = append(made, c.handWritten...)
		for _, name := range slices.Sorted(maps.Keys(c.unknown)) {
			unknown = append(unknown, fmt.Sprintf("%s %s (%d)", mdName(s), name, c.unknown[name]))
		}
	}
	fmt.Fprintf(&b, "| **all %d event sources** | %d | %d (%.1f %%) | %d | %d | %d |\n", len(sources), total.records, total.typed,
		100*float64(total.typed)/float64(total.records), unknownOps, total.noPackage, len(extra))
	if len(unknown) > 0 {
		// Event names no model has: console and internal calls, and operations newer than the models.
		b.WriteString("\nThe unknown operations, by eventSource (records):\n\n")
		for _, u := range unknown {
			fmt.Fprintf(&b, "- %s\n", u)
		}
	}
	if len(made) > 0 {
		b.WriteString("\nNot counted in \"left in Extra\": made-up records of detection tests, whose members belong to another operation:\n\n")
		for _, e := range made {
			fmt.Fprintf(&b, "- %s\n", e)
		}
	}
	if len(extra) > 0 {
		b.WriteString("\nTyped records with members left in Extra:\n\n")
		for _, e := range extra {
			fmt.Fprintf(&b, "- %s\n", e)
		}
	}
	for _, e := range extra {
		t.Errorf("left in Extra: %s", e)
	}
	if total.records < 600 {
		t.Errorf("only %d records", total.records)
	}
	checkFile(t, "../COVERAGE.md", b.String())
}

// mdName writes an eventSource for a table cell; records with none show as such.
func mdName(s string) string {
	if s == "" {
		return "(none)"
	}
	return "`" + s + "`"
}

// checkFile compares a generated file with what is checked in, rewriting it with -update.
func checkFile(t *testing.T, file, want string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(file, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s is stale: run go test ./services/all -update", file)
	}
}
