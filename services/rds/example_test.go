package rds_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/rds"
)

// Database snapshots shared out of the account, or made public: the exfiltration path detection
// rules watch for.
func ExampleSnapshotSharing() {
	f, err := os.Open("testdata/rds-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := rds.Parse(ev)
		if err != nil {
			continue
		}
		if s, ok := rds.SnapshotSharing(call); ok && len(s.SharedWith(ev.RecipientAccountID)) > 0 {
			fmt.Println(s.Snapshot, "shared with", s.SharedWith(ev.RecipientAccountID), "public:", s.Public())
		}
	}
	// Output:
	// exfiltration shared with [193672423079] public: false
}
