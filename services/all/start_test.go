package all_test

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// startBudget is what importing every service package may cost at program start, before main runs:
// every Lambda cold start pays it. Allocation counts and bytes are deterministic; time is measured
// by internal/apigen/budget/run.sh, not asserted here.
const startBudget = 200 << 10

// Importing services/all allocates at most startBudget at start: the packages register themselves
// and build nothing. The test binary runs itself again under GODEBUG=inittrace=1 and adds up the
// init lines of the service packages.
func TestStartCost(t *testing.T) {
	if os.Getenv("TRAILTYPE_START_CHILD") == "1" {
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestStartCost$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1", "TRAILTYPE_START_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	bytes, packages := 0, 0
	for _, line := range strings.Split(string(out), "\n") {
		// init github.com/trailtype/cloudtrail/services/ssm @1.3 ms, 0.005 ms clock, 688 bytes, 6 allocs
		f := strings.Fields(line)
		if len(f) < 11 || f[0] != "init" || !(strings.HasPrefix(f[1], "github.com/trailtype/cloudtrail/services") ||
			strings.HasPrefix(f[1], "github.com/trailtype/cloudtrail/serverlessrepo")) {
			continue
		}
		n, err := strconv.Atoi(f[7])
		if err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		bytes += n
		packages++
	}
	if packages < 10 {
		t.Fatalf("found the init lines of %d service packages in:\n%s", packages, out)
	}
	if bytes > startBudget {
		t.Errorf("the service packages allocate %d bytes at start, over the budget of %d:\n%s", bytes, startBudget, out)
	}
	t.Logf("%d service packages, %d bytes at start", packages, bytes)
}
