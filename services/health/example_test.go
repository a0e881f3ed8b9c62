package health_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/health"
)

// Who looks at the account's AWS Health events, and organization-wide Health views turned off.
func ExampleParse() {
	f, err := os.Open("testdata/health-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := health.Parse(ev)
		if err != nil {
			continue
		}
		switch c := call.(type) {
		case *health.DescribeEntityAggregates:
			fmt.Println(ev.Actor(), "counted the entities of", c.Request.EventARNs)
		case *health.DescribeEventDetails:
			fmt.Println(ev.Actor(), "read the details of", c.Request.EventARNs)
		case *health.DisableHealthServiceAccessForOrganization:
			fmt.Println(ev.Actor(), "turned off the organization view of AWS Health")
		}
	}
	// Output:
	// arn:aws:iam::111122223333:user/JaneDoe counted the entities of [arn:aws:health:us-east-1::event/EBS_LOST_VOLUME]
}
