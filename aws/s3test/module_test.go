package s3test_test

import (
	"os"
	"strings"
	"testing"
)

// The aws module's users must not get the test server's dependencies in their module graph. With
// module graph pruning, a user's graph holds what the aws module's go.mod requires, indirect
// requirements included, so none of them may be there: this module, gofakes3, and what gofakes3
// brings (testify, golang.org/x/tools).
func TestAWSModuleDoesNotRequireTheServer(t *testing.T) {
	data, err := os.ReadFile("../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	required := map[string]bool{}
	inRequire := false
	for _, line := range strings.Split(string(data), "\n") {
		line, _, _ = strings.Cut(line, "//")
		fields := strings.Fields(line)
		switch {
		case len(fields) == 0:
		case fields[0] == "require" && len(fields) > 1 && fields[1] == "(":
			inRequire = true
		case inRequire && fields[0] == ")":
			inRequire = false
		case inRequire:
			required[fields[0]] = true
		case fields[0] == "require" && len(fields) > 1:
			required[fields[1]] = true
		}
	}
	if !required["github.com/trailtype/cloudtrail"] {
		t.Fatalf("read no requirements from ../go.mod: %v", required)
	}
	for _, m := range []string{"github.com/trailtype/cloudtrail/aws/s3test", "github.com/johannesboyne/gofakes3",
		"github.com/stretchr/testify", "golang.org/x/tools"} {
		if required[m] {
			t.Errorf("the aws module requires %s: every user of s3trail or lambdatrail gets it", m)
		}
	}
}
