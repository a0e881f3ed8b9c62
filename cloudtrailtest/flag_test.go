package cloudtrailtest_test

import (
	"flag"
	"testing"
)

// The golden-file flag most test packages define for themselves: importing the kit must not make it
// panic with "flag redefined: update".
var update = flag.Bool("update", false, "rewrite this package's own golden files")

// The kit's flag has a name of its own, beside the test package's -update.
func TestOwnUpdateFlagBesideTheKits(t *testing.T) {
	own := flag.Lookup("update")
	if own == nil || own.Usage != "rewrite this package's own golden files" || *update {
		t.Fatalf("-update is not the test package's own flag: %+v", own)
	}
	kit := flag.Lookup("cloudtrailtest.update")
	if kit == nil || kit.Value.String() != "false" {
		t.Fatalf("no -cloudtrailtest.update flag: %+v", kit)
	}
}
