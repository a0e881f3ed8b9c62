package kms_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/kms"
)

// Keys scheduled for deletion, and when they go.
func ExampleParse() {
	f, err := os.Open("testdata/kms-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := kms.Parse(ev)
		if err != nil {
			continue // an operation the model does not have
		}
		if c, ok := call.(*kms.ScheduleKeyDeletion); ok && c.Request != nil {
			fmt.Println(c.Request.KeyID, c.Request.PendingWindowInDays, c.Response.DeletionDate.Format("2006-01-02"))
		}
	}
	// Output:
	// 1 30 2019-01-01
	// 1 30 2019-01-01
}
