package cloudtrail_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	ct "github.com/trailtype/cloudtrail/services/cloudtrail"
)

// Trails stopped or deleted, and event selectors that stop recording management events: the
// defense evasions of a trail, each one type.
func ExampleParse() {
	f, err := os.Open("testdata/cloudtrail-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := ct.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *ct.StopLogging:
			fmt.Println("logging stopped:", c.Request.Name)
		case *ct.DeleteTrail:
			fmt.Println("trail deleted:", c.Request.Name)
		case *ct.PutEventSelectors:
			for _, s := range c.Request.EventSelectors {
				if !s.IncludeManagementEvents {
					fmt.Println("management events off:", c.Request.TrailName)
				}
			}
		}
	}
	// Output:
	// management events off: sample-cloudtrail-name
	// logging stopped: arn:aws:cloudtrail:us-west-2:123456789012:trail/example-trail
	// logging stopped: arn:aws:cloudtrail:us-west-2:123456789012:trail/example-trail
	// trail deleted: example-trail
	// trail deleted: example-trail
	// logging stopped: stratus-red-team-ct-stop-trail-buykxbqejv
	// trail deleted: stratus-red-team-cloudtraild-trail-kvrwohmiai
	// management events off: stratus-red-team-ctes-trail-khlvciwdor
}
