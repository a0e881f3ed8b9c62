package ce_test

import (
	"fmt"
	"os"

	"github.com/trailtype/cloudtrail"
	"github.com/trailtype/cloudtrail/services/ce"
)

// Cost anomaly detection turned off, and who looks at it first: deleted monitors and
// subscriptions hide a miner's bill, and reading the monitors is how one finds them.
func ExampleParse() {
	f, err := os.Open("testdata/ce-records.ndjson")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	for ev, err := range cloudtrail.NewDecoder(f).All() {
		if err != nil {
			panic(err)
		}
		call, err := ce.Parse(ev)
		if err != nil || ev.Failed() {
			continue
		}
		switch c := call.(type) {
		case *ce.DeleteAnomalyMonitor:
			fmt.Println(ev.Actor(), "deleted anomaly monitor", c.Request.MonitorARN)
		case *ce.DeleteAnomalySubscription:
			fmt.Println(ev.Actor(), "deleted anomaly subscription", c.Request.SubscriptionARN)
		case *ce.GetAnomalyMonitors:
			fmt.Println(ev.Actor(), "listed the anomaly monitors at", ev.EventTime.Format("2006-01-02 15:04:05"))
		}
	}
	// Output: [AWS_ARN_REDACTED][AWS_ACCOUNT_ID_REDACTED]:user/daniel.austin.admin listed the anomaly monitors at 2026-08-27 19:29:21
}
